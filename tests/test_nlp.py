"""Tokens, sentences and deliberate lemma choice on the commonest words."""

import pytest

from analysis import nlp


@pytest.mark.parametrize("word, lemma", [
    ("його", "він"), ("мені", "я"), ("яку", "який"), ("зараз", "зараз"), ("можна", "можна"),
    ("вона", "вона"), ("окупантам", "окупант"), ("обстрілів", "обстріл"), ("з’явилося", "з'явитися"),
    ("памʼяті", "пам'ять"), ("диктатора", "диктатор"),
    # pinned against rare homonyms that carry a sentiment: бійка 'brawl', війнути, палати 'blaze'
    ("бійці", "боєць"), ("війну", "війна"), ("палати", "палата"), ("вибори", "вибори"),
])
def test_lemma_of_common_and_framing_words(word, lemma):
    assert nlp.lemma(word) == lemma


def test_lemma_set_keeps_every_reading_for_recall():
    assert {"зараз", "зараза"} <= nlp.lemma_set("зараз")


def test_tokens_keep_apostrophes_hyphens_and_one_letter_words():
    assert nlp.tokenize_words("Памʼять і в з’явилося Івано-Франківськ") == [
        "Памʼять", "і", "в", "з’явилося", "Івано-Франківськ"]


def test_sentences_respect_abbreviations_and_quotes():
    text = "Про це заявив мер м. Київ О. Петренко. Він сказав: «Ми готові!» Далі 2 тис. осіб прийшли."
    sentences = [text[a:b] for a, b in nlp.split_sentences(text)]
    assert sentences == ["Про це заявив мер м. Київ О. Петренко.", "Він сказав: «Ми готові!»",
                         "Далі 2 тис. осіб прийшли."]


@pytest.mark.parametrize("phrase, case, nominative", [
    ("Лукашенка", "gent", "Лукашенко"),
    ("Олени Коваленко", "gent", "Олена Коваленко"),
    ("Івана Мельника", "gent", "Іван Мельник"),
    ("Марії Бондар", "gent", "Марія Бондар"),
    ("Іван Мельник", "nomn", "Іван Мельник"),
    # a woman's surname in a consonant stays as written whatever case the slot suggests
    ("Олени Кравчишин", "gent", "Олена Кравчишин"),
    ("Ірині Костюк", "datv", "Ірина Костюк"),
    # a surname with no form in the first name's case does not decline (a Moldovan surname, not
    # the dative of "бурлак"); one with a man's genitive ending still loses it
    ("Сергія Бурлаку", "gent", "Сергій Бурлаку"),
    ("Ігоря Кравчишина", "gent", "Ігор Кравчишин"),
    # one man: a surname the dictionary reads as a common noun it cannot inflect gets its lemma,
    # not the plural nominative of the same spelling
    ("Олега Кравчини", "gent", "Олег Кравчина"),
])
def test_names_to_nominative(phrase, case, nominative):
    assert nlp.to_nominative(phrase, case=case) == nominative


@pytest.mark.parametrize("phrase, lang, nominative", [
    # a man's first name in an oblique case that is also a woman's in the nominative: the surname,
    # which has no woman's reading in that form, decides
    ("Олександра Коваленка", "uk", "Олександр Коваленко"),
    ("Петра Скиданенка", "uk", "Петро Скиданенко"),
    ("Віталія Бондаренка", "uk", "Віталій Бондаренко"),
    ("Олександрові Усику", "uk", "Олександр Усик"),
    ("Сергея Лозинского", "ru", "Сергей Лозинский"),
    # a woman's surname in a consonant does not decline, so it agrees with her name in any case
    ("Ярослави Кучер", "uk", "Ярослава Кучер"),
    ("Лесі Костюк", "uk", "Леся Костюк"),
    ("Юлії Ковалишин", "uk", "Юлія Ковалишин"),
    ("Олени Ковальської", "uk", "Олена Ковальська"),
    # where both may stand in the nominative, the phrase stands as written
    ("Олександра Гнатюк", "uk", "Олександра Гнатюк"),
    ("Віталія Бондаренко", "uk", "Віталія Бондаренко"),
    # a surname the dictionary lacks and has no form of in the first name's case does not decline;
    # one with an adjective's ending does
    ("Виктором Сырбу", "ru", "Виктор Сырбу"),
    # also after a man's name whose genitive is his accusative, where the surname ends in "-у"
    ("Сергея Бурлаку", "ru", "Сергей Бурлаку"),
    ("Андрія Чебану", "uk", "Андрій Чебану"),
    # one man whose surname the dictionary reads two ways: the first reading, never the woman's
    # name "Павла" kept as written
    ("Павла Гребеня", "uk", "Павло Гребень"),
    # a surname in "-их" / "-ых", an old plural genitive, does not decline after a first name
    ("Сергія Чорних", "uk", "Сергій Чорних"),
    ("Анны Седых", "ru", "Анна Седых"),
    ("Натальи Рогожиной", "ru", "Наталья Рогожина"),
    # an "-ов" surname the dictionary reads only as a short adjective ("лыковый")
    ("Анны Лыковой", "ru", "Анна Лыкова"),
    # the text's spelling is kept: no "ё" it does not write, capitals after a hyphen, apostrophes
    ("Джулии Монти-Сальви", "ru", "Джулия Монти-Сальви"),
    ("Марії Лук’яненко", "uk", "Марія Лукʼяненко"),
    # a first name and a patronymic agree as a name and a surname do
    ("Валентині Петрівні", "uk", "Валентина Петрівна"),
    ("Марии Ивановне", "ru", "Мария Ивановна"),
    # a first name, patronymic and surname: the first name agrees with the patronymic, and the
    # surname is read in the patronymic's case ("Петрова" of a man, not a woman's nominative)
    ("Дмитрия Аркадьевича Петрова", "ru", "Дмитрий Аркадьевич Петров"),
    ("Дмитрия Аркадьевича Бойко", "ru", "Дмитрий Аркадьевич Бойко"),
    ("Ігоря Семеновича Литвина", "uk", "Ігор Семенович Литвин"),
])
def test_full_names_to_nominative_by_agreement(phrase, lang, nominative):
    assert nlp.to_nominative(phrase, lang) == nominative


def test_morphology_cache_hits():
    nlp.lemma("перемога")
    before = nlp.best_parse.cache_info().hits
    nlp.lemma("перемога")
    assert nlp.best_parse.cache_info().hits == before + 1


def test_letters_without_a_unicode_name_do_not_crash():
    assert nlp.parses("\U00017000") == ()
    assert nlp.lemma("\U00017000") == "\U00017000"


# the shared tokens of a text: the same tokens as iter_tokens, and slices counted exactly

from hypothesis import given, strategies as st  # noqa: E402

WORDISH = st.text(alphabet="аб'ʼ’-іїєґ1.,2 «»\n–AbЫ_", max_size=60)


@given(WORDISH, st.data())
def test_word_spans_are_iter_tokens_and_slices_count_exactly(text, data):
    spans = nlp.word_spans(text)
    assert list(zip(spans.starts, spans.ends, spans.words)) == [tuple(t) for t in nlp.iter_tokens(text)]
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert nlp.count_words_in(text, start, end) == nlp.count_words(text[start:end])
    found = nlp.token_range(text, start, end)
    if found is not None:
        assert spans.words[found[0]:found[1]] == nlp.tokenize_words(text[start:end])


def test_token_range_refuses_a_slice_that_cuts_a_word():
    text = "Івано-Франківськ і Київ"
    assert nlp.token_range(text, 0, 3) is None  # "Іва" would be a token of its own
    assert nlp.token_range(text, 0, 16) == (0, 1)
    assert nlp.token_range(text, 17, 23) == (1, 3)


def test_recent_texts_memo_is_bounded_by_characters():
    calls = []
    memo = nlp._RecentTexts(lambda text: calls.append(text) or len(text), max_texts=10, max_chars=25)
    assert memo("а" * 10) == 10 and memo("а" * 10) == 10 and calls == ["а" * 10]
    memo("б" * 10)
    memo("в" * 10)  # 30 characters: the oldest goes
    assert list(memo.entries) == ["б" * 10, "в" * 10] and memo.chars == 20
    memo("г" * 100)  # larger than the budget alone: kept until the next text
    assert list(memo.entries) == ["г" * 100]


def test_recent_texts_memo_finds_an_equal_text_held_by_another_object():
    calls = []
    memo = nlp._RecentTexts(lambda text: calls.append(text) or len(text), max_texts=2, max_chars=100)
    first = "".join(["слово ", "і ", "ще"])
    second = "".join(["слово ", "і ", "ще"])  # equal, but a distinct object (as read from a table)
    assert first is not second
    assert memo(first) == memo(second) == memo(first) == len(first) and len(calls) == 1
    memo("інше")
    memo("третє")  # the first text leaves the memo: asking for it again computes it again
    assert memo(first) == len(first) and len(calls) == 4
    memo.cache_clear()
    assert memo(first) == len(first) and len(calls) == 5


@pytest.mark.parametrize("phrase, lang, nominative", [
    ("Андрея Горбаня", "ru", "Андрей Горбань"),   # "-я" after a consonant: "-ь"
    ("Олега Гайдая", "ru", "Олег Гайдай"),        # "-я" after a vowel: "-й"
    ("Андрея Кирилюка", "ru", "Андрей Кирилюк"),  # a man's reading before an indeclinable one
    ("Андрія Шевченка", "uk", "Андрій Шевченко"),
    ("Ольги Кирилюк", "uk", "Ольга Кирилюк"),     # a woman's surname in a consonant stays
])
def test_mens_surnames_in_the_genitive_after_a_first_name(phrase, lang, nominative):
    assert nlp.to_nominative(phrase, lang, case="gent") == nominative


@pytest.mark.parametrize("phrase, lang, nominative", [
    ("Дмитрия Оленченко", "ru", "Дмитрий Оленченко"),
    # a common woman's name stays as written
    ("Александра Коваленко", "ru", "Александра Коваленко"),
])
def test_a_rare_womans_name_before_an_indeclinable_surname_is_a_mans_genitive(phrase, lang, nominative):
    assert nlp.to_nominative(phrase, lang) == nominative


@pytest.mark.parametrize("phrase, lang, nominative", [
    # a woman's accusative or a rare man's dative, equally weighted: the usual name decides
    ("Марину Зуеву", "ru", "Марина Зуева"),
    ("Марину Зуєву", "uk", "Марина Зуєва"),
    # the Ukrainian dictionary gives no frequencies: the phrase is read word by word as before
    ("Євгенію Петрову", "uk", "Євгеній Петров"),
])
def test_equally_agreeing_first_names_are_told_apart_by_how_usual_each_name_is(phrase, lang, nominative):
    assert nlp.to_nominative(phrase, lang) == nominative


@pytest.mark.parametrize("phrase, lang, nominative", [
    # a woman's surname in a soft sign does not decline (not the plural of the name Надя)
    ("Еріку Надь", "uk", "Еріка Надь"),
    ("Еріка Надь", "uk", "Еріка Надь"),
    ("Ольги Гоголь", "ru", "Ольга Гоголь"),
    # ... a man's does
    ("Андрія Коваля", "uk", "Андрій Коваль"),
    # a foreign surname the dictionary guesses only as a short adjective stays as written
    ("Юха Лаакконен", "ru", "Юха Лаакконен"),
])
def test_womens_surnames_in_a_soft_sign_and_foreign_surnames_read_as_no_noun(phrase, lang, nominative):
    assert nlp.to_nominative(phrase, lang) == nominative


@pytest.mark.parametrize("phrase, lang, nominative", [
    # Moldovan and Georgian first names the dictionary does not tag are nominative, and so is the
    # surname after them ("Морару" is no dative of Морар)
    ("Іон Морару", "uk", "Іон Морару"),
    ("Думітру Бурлаку", "uk", "Думітру Бурлаку"),
    ("Тудор Чобану", "ru", "Тудор Чобану"),
    # the names the list held before still decline in oblique cases
    ("Богдана Коваля", "uk", "Богдан Коваль"),
])
def test_first_names_the_dictionary_does_not_tag_keep_the_surname_after_them(phrase, lang, nominative):
    assert nlp.to_nominative(phrase, lang) == nominative
