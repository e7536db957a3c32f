"""Sentiment: lexicons, the rule engine, explanations, the classifier and voice comparisons."""

import csv
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import f1_score

from analysis import nlp
from analysis import sentiment as S
from analysis.config import DEMO_CORPUS_DIR, LEXICON_DIR
from analysis.quotes import segment_corpus
from conftest import GOLD_DIR, read_jsonl

POLARITY = {-1: "negative", 0: "neutral", 1: "positive"}
#: The project's goal for the lexicon scorer's macro-F1 on the demo gold (see the README).
TARGET_MACRO_F1 = 0.70
#: A regression floor below the goal (the scorer reaches 0.703 with the sixth lexicon review, the
#: earnings and closed-fundraiser frames, the endurance of a concession and the negated harm verb
#: before an infinitive; 0.687 before them, 0.667 with the accountability, directive and clause-final
#: negation rules, the price_rise frame and the review3 families; 0.649 before them, 0.638 with
#: the event frames, 0.628 before them, 0.590 before the Russian lexicon expansion,
#: the need/plan rule and the register-word valences, 0.553 before the news-register rules).
LEXICON_FLOOR_MACRO_F1 = 0.66


def score(text, **kwargs):
    return S.score_text(text, **kwargs)


# ---------------------------------------------------------------------------------------------
# lexicons


def test_ukrainian_lexicon_is_merged_sorted_and_unique():
    frame = pd.read_csv(LEXICON_DIR / "sentiment_uk.csv", keep_default_na=False)
    assert list(frame.columns) == ["lemma", "pos", "score", "domain", "note", "source"]
    assert not frame["lemma"].duplicated().any()
    assert frame["lemma"].tolist() == sorted(frame["lemma"])
    assert frame["score"].between(-4, 4).all() and (frame["score"] != 0).all()
    assert set(frame["source"]) <= {"general", "news", "both", "review"}
    assert set(frame["pos"]) <= {"NOUN", "VERB", "ADJ", "ADV", "INTJ"}
    assert not (LEXICON_DIR / "sentiment_uk_general.csv").exists()
    assert not (LEXICON_DIR / "sentiment_uk_news.csv").exists()
    kept = frame[frame["note"].str.contains("news score kept")]
    assert len(kept) and (kept["source"] == "both").all()


@pytest.mark.parametrize("name, lang", [("sentiment_uk.csv", "uk"), ("sentiment_ru.csv", "ru")])
def test_every_lexicon_lemma_is_a_dictionary_lemma(name, lang):
    with open(LEXICON_DIR / name, encoding="utf-8") as handle:
        lemmas = [row["lemma"] for row in csv.DictReader(handle)]
    bad = [w for w in lemmas if nlp.morph_form(w) not in {p.lemma for p in nlp.parses(w, lang)}]
    assert not bad, bad[:20]


def test_modifier_table():
    frame = pd.read_csv(S.MODIFIERS_PATH, keep_default_na=False)
    assert list(frame.columns) == ["word", "language", "kind", "value", "note"]
    assert len(frame) >= 60
    assert set(frame["kind"]) == {"negation", "booster", "dampener", "contrast", "concession",
                                  "remedy", "reduction", "cessation", "ending", "accountability"}
    assert set(S.REMEDY_KINDS) == {"remedy", "reduction", "cessation", "ending"}
    assert (frame.loc[frame["kind"].isin([*S.REMEDY_KINDS, "accountability"]), "value"] == "").all()
    assert not frame.duplicated(["word", "language", "kind"]).any()
    assert set(frame["language"]) == {"uk", "ru"}
    values = pd.to_numeric(frame["value"].replace("", np.nan))
    assert (values[frame["kind"] == "booster"] > 0).all()
    assert (values[frame["kind"] == "dampener"] < 0).all()
    assert values[frame["kind"].isin(["contrast", "concession"])].between(0, 1).all()
    assert {"не", "ні", "ані", "жоден", "ніколи", "без", "ніхто", "ніщо"} <= set(
        frame.loc[(frame["kind"] == "negation") & (frame["language"] == "uk"), "word"])


def test_frame_table():
    frame = pd.read_csv(S.FRAMES_PATH, keep_default_na=False)
    assert list(frame.columns) == ["frame_id", "language", "kind", "predicates", "arguments", "window",
                                   "valence", "argument_case", "rationale"]
    assert set(frame["kind"]) == {"set", "frame"} and set(frame["language"]) == {"uk", "ru"}
    assert not frame.duplicated(["frame_id", "language"]).any()
    frames = frame[frame["kind"] == "frame"]
    assert set(frames["frame_id"]) == set(S.FRAME_CLASSES)
    assert (frames["rationale"] != "").all() and (frames["predicates"] != "").all()
    assert pd.to_numeric(frames["valence"]).between(-4, 4).all()
    assert set(frames["argument_case"]) <= {"", "object", "subject"}
    sets = set(zip(frame.loc[frame["kind"] == "set", "frame_id"], frame.loc[frame["kind"] == "set", "language"]))
    for row in frames.itertuples():
        for item in row.arguments.split():
            assert not item.startswith("@") or (item[1:], row.language) in sets, (row.frame_id, item)
    # every word is a dictionary lemma (the negators "без", "немає", "нема", "нет" match by form)
    forms = {"без", "немає", "нема", "нет"}
    bad = [(row.language, w) for row in frame.itertuples() for w in (row.predicates + " " + row.arguments).split()
           if not w.startswith("@") and w not in forms
           and nlp.morph_form(w) not in {p.lemma for p in nlp.parses(w, row.language)}]
    assert not bad, bad


# ---------------------------------------------------------------------------------------------
# the rules, one by one


@pytest.mark.parametrize("plain, negated, lang", [
    ("погано", "не погано", "uk"),
    ("Постраждали люди.", "Ніхто не постраждав.", "uk"),
    ("Були втрати.", "Обійшлося без втрат.", "uk"),
    ("Загиблі є.", "Загиблих немає.", "uk"),
    ("плохо", "не плохо", "ru"),
    ("Есть пострадавшие.", "Пострадавших нет.", "ru"),
])
def test_negation_flips_a_negative(plain, negated, lang):
    assert score(plain, lang=lang) < 0 < score(negated, lang=lang)


@pytest.mark.parametrize("plain, negated", [("добре", "не добре"), ("Це була перемога.", "Це не перемога.")])
def test_negation_flips_a_positive_and_damps_it(plain, negated):
    assert score(negated) < 0 < score(plain)
    assert abs(score(negated)) < abs(score(plain))


def test_negation_scope_ends_at_punctuation_and_at_not_only():
    assert score("Не знаю, це погано.") == score("Знаю, це погано.")
    assert score("Це не лише погано.") < 0
    assert score("Він не залишився без допомоги.") > 0  # "не ... без" cancels


@pytest.mark.parametrize("plain, modified, lang", [
    ("погано", "дуже погано", "uk"), ("добре", "надзвичайно добре", "uk"),
    ("Ситуація складна.", "Ситуація вкрай складна.", "uk"), ("плохо", "очень плохо", "ru"),
])
def test_booster_increases_magnitude(plain, modified, lang):
    assert abs(score(modified, lang=lang)) > abs(score(plain, lang=lang))
    assert np.sign(score(modified, lang=lang)) == np.sign(score(plain, lang=lang))


@pytest.mark.parametrize("plain, modified", [("погано", "трохи погано"), ("добре", "майже добре")])
def test_dampener_decreases_magnitude(plain, modified):
    assert 0 < abs(score(modified)) < abs(score(plain))


@pytest.mark.parametrize("text, sign, lang", [
    ("добре, але жахливо", -1, "uk"), ("погано, але чудово", 1, "uk"),
    ("Було страшно, проте ми вистояли.", 1, "uk"), ("Плохо, но прекрасно.", 1, "ru"),
])
def test_contrast_weighs_the_second_clause(text, sign, lang):
    assert np.sign(score(text, lang=lang)) == sign


@pytest.mark.parametrize("text, lang", [
    ("Попри нічний обстріл, школа відкрилася вчасно.", "uk"),
    ("Школа відкрилася вчасно, незважаючи на обстріли.", "uk"),
    ("Попри те, що місто обстрілюють щодня, школа працює.", "uk"),
    ("Несмотря на обстрелы, школа открылась вовремя.", "ru"),
])
def test_conceded_harm_reads_as_endurance(text, lang):
    assert S.label(score(text, lang=lang)) == "positive"
    assert "concession" in ",".join(S.explain(text, lang=lang)["rules"])


@pytest.mark.parametrize("text", [
    "Окупанти всупереч міжнародному праву депортували дітей.",  # the verb is no longer conceded
    "Попри заклики партнерів, окупанти знову обстріляли місто.",  # the point is the harm
    "Попри обіцянки, світла в селі досі немає.",
])
def test_concession_keeps_the_harm_that_is_asserted(text):
    assert S.label(score(text)) == "negative"


@pytest.mark.parametrize("plain, emphatic", [("Жахливо.", "Жахливо!"), ("Чудово.", "Чудово!!"),
                                             ("Це перемога.", "Це перемога!")])
def test_exclamation_increases_magnitude_with_a_cap(plain, emphatic):
    assert abs(score(emphatic)) > abs(score(plain))
    assert score("Жахливо!!!!!!!!!") == score("Жахливо!!!!")


@pytest.mark.parametrize("plain, repeated", [("дуже добре", "дуже-дуже добре"), ("Війна.", "Війна, війна, війна."),
                                             ("довго", "довго-довго")])
def test_repetition_intensifies(plain, repeated):
    if score(plain) == 0:  # a neutral word stays neutral however often it is said
        assert score(repeated) == 0
    else:
        assert abs(score(repeated)) > abs(score(plain))


@pytest.mark.parametrize("ironic, plain", [
    ("У місто прийшли «визволителі».", "У місто прийшли визволителі."),
    ("У Москві знову говорять про «мирні перемовини».", "У Москві знову говорять про мирні перемовини."),
])
def test_scare_quote_irony_flips(ironic, plain):
    assert score(ironic) < 0 < score(plain)
    assert "scare_quote" in S.explain(ironic)["rules"].str.cat(sep=",")
    assert score(ironic, scare_quotes=False) == score(plain)


def test_a_negative_word_in_scare_quotes_is_disowned_not_praised():
    assert score("Пропагандисти знову пишуть про «агресора».") < 0
    assert S.explain("Вони називають це «катастрофою».")["contribution"].sum() == 0


@pytest.mark.parametrize("text, lemma", [
    ("Це був найстрашніший день.", "страшний"),
    ("Вода ринула вниз, затоплюючи села.", "затоплювати"),
    ("Так діє країна-агресор.", "агресор"),
    ("Ситуація гірша, ніж торік.", "гірший"),
])
def test_lookup_fallbacks(text, lemma):
    assert lemma in S.explain(text)["lemma"].tolist()


@pytest.mark.parametrize("text, lang, sign", [
    # a harm that persists ("досі" is pinned as an adverb: the dictionary reads it as a pronoun)
    ("Родина досі живе в чужій квартирі.", "uk", -1),
    ("Мост по-прежнему закрыт.", "ru", -1),
    # a first step is news of progress, unless a harm outweighs it
    ("Команда вперше зіграла в Європі.", "uk", 1),
    ("Завод впервые выпустил партию дронов.", "ru", 1),
    ("Ворог уперше застосував нову ракету по місту.", "uk", -1),
])
def test_words_of_persistence_and_of_a_first_time(text, lang, sign):
    assert np.sign(S.score_text(text, lang=lang)) == sign, S.explain(text, lang=lang)
    assert S.label(S.score_text(text, lang=lang)) != "neutral"


def test_burns_are_not_custody():
    # "опіки" is the plural of опік (a burn) in news, the genitive of опіка (custody) only in its formula
    assert S.label(S.score_text("Двоє працівників дістали опіки, їх доправили до лікарні.")) == "negative"
    assert S.score_text("Документи передали до органу опіки.") == 0


@pytest.mark.parametrize("text", ["Зараз ми вдома.", "Рано чи пізно.", "Колона виїхала із Сум до Полтави.",
                                  "Збір підписів завершили раніше.",
                                  # a past plural, not the imperative of "спалити"
                                  "Того тижня малюки спали до обіду."])
def test_homonyms_and_names_do_not_score(text):
    assert score(text) == 0, S.explain(text)


def test_a_russian_sentence_in_a_ukrainian_article_uses_the_russian_lexicon():
    assert score("Мы готовы обеспечить безопасный выход.", lang="uk") > 0


@pytest.mark.parametrize("text, lang, expected", [
    # no telling letter: the words that only one dictionary knows decide
    ("Все дети вернулись к родителям.", "uk", "ru"),
    ("Сейчас небо над передовой буквально гудит.", "uk", "ru"),
    ("Ми вдома.", "uk", "uk"),
    ("Все хорошо.", "ru", "ru"),
    ("Он сказал: да.", "uk", "uk"),  # one Russian-only word is not enough
    ("Так, ми готові.", "uk", "uk"),
])
def test_the_language_of_a_sentence_without_telling_letters(text, lang, expected):
    assert S.unit_language(text, lang) == expected


def test_segments_read_a_russian_sentence_without_telling_letters_in_russian():
    # the table's fast path for a document with no Russian letter must switch the same sentence
    text = "Мешканці чекали цього два роки. Все дети вернулись к родителям."
    documents = pd.DataFrame({"doc_id": ["own"], "text": [text], "language": ["uk"]})
    segments = segment_corpus(documents)
    table = S.score_segments(documents, segments)
    assert S.score_text("Все дети вернулись к родителям.", lang="uk") > S.NEUTRAL_BAND
    assert table["score"].iloc[0] == pytest.approx(S.score_text(text, lang="uk"))
    assert table["label"].iloc[0] == "positive"


# ---------------------------------------------------------------------------------------------
# event frames (invented sentences)


@pytest.mark.parametrize("text, lang, frame_id, expected", [
    ("Увечері в місті нарешті дали світло.", "uk", "restoration_utility", "positive"),
    ("Після ремонту в будинках знову є газ.", "uk", "restoration_utility", "positive"),
    ("У селі знову відкрилася школа.", "uk", "restoration_facility", "positive"),
    ("Мешканці отримали гуманітарну допомогу та ліки.", "uk", "aid_receipt", "positive"),
    ("Волонтери привезли генератори до лікарні.", "uk", "aid_receipt", "positive"),
    ("Фонд передав на фронт ще двадцять дронів.", "uk", "aid_front", "positive"),
    ("Моряки повернулися додому.", "uk", "return_home", "positive"),
    ("Двадцять бійців звільнили з полону.", "uk", "return_captivity", "positive"),
    ("Сили ППО збили дві ракети.", "uk", "air_defence", "positive"),
    ("Артилеристи знищили ворожу техніку.", "uk", "own_forces", "positive"),
    ("Уночі знищено російський склад боєприпасів.", "uk", "own_forces", "positive"),
    ("Ми третю ніч ночуємо в підвалі.", "uk", "shelter", "negative"),
    ("Половина міста залишилася без світла і води.", "uk", "lack", "negative"),
    ("Після удару в районі зник звʼязок.", "uk", "outage", "negative"),
    ("Сотні родин втратили житло.", "uk", "displacement", "negative"),
    ("Вечером в городе дали свет.", "ru", "restoration_utility", "positive"),
    ("В посёлке снова открылась аптека.", "ru", "restoration_facility", "positive"),
    ("Жители получили гуманитарную помощь.", "ru", "aid_receipt", "positive"),
    ("Волонтёры отправили на фронт генераторы.", "ru", "aid_front", "positive"),
    ("Дети вернулись домой.", "ru", "return_home", "positive"),
    ("Из плена освободили сорок человек.", "ru", "return_captivity", "positive"),
    ("ПВО сбила три ракеты.", "ru", "air_defence", "positive"),
    ("Уничтожен склад противника.", "ru", "own_forces", "positive"),
    ("Мы неделю сидели в подвале.", "ru", "shelter", "negative"),
    ("Город остался без воды.", "ru", "lack", "negative"),
    ("После обстрела пропала связь.", "ru", "outage", "negative"),
    ("Многие семьи потеряли жильё.", "ru", "displacement", "negative"),
    ("Суд засудив колаборанта до 12 років.", "uk", "justice", "positive"),
    ("Суд заочно засудив до 15 років позбавлення волі російського офіцера.", "uk", "justice", "positive"),
    ("Суд приговорил коллаборанта к десяти годам.", "ru", "justice", "positive"),
    ("СБУ затримала посадовця в Одесі.", "uk", "law_enforcement", "positive"),
    ("Поліцейські вилучили ноутбуки і гроші.", "uk", "law_enforcement", "positive"),
    ("Полиция задержала двух мужчин.", "ru", "law_enforcement", "positive"),
    ("Сусіди за тиждень зібрали 90 тисяч гривень на машину для батальйону.", "uk", "fundraising", "positive"),
    ("Кошти на ремонт храму назбирали парафіяни.", "uk", "fundraising", "positive"),
    ("Выпускники собрали деньги на генератор для школы.", "ru", "fundraising", "positive"),
])
def test_event_frames(text, lang, frame_id, expected):
    table = S.explain(text, lang=lang)
    fired = table[table["rules"].str.startswith("frame") & (table["lemma"] == frame_id)]
    assert len(fired) == 1, table[["token", "rules", "triggers"]]
    assert fired["triggers"].iloc[0].startswith(frame_id + ":")
    assert S.label(S.score_text(text, lang=lang)) == expected
    # the frame replaces the lexicon valences of its own words
    own = table[table["rules"].str.contains("frame") & ~table["lemma"].isin(S.FRAME_CLASSES)]
    assert (own["contribution"] == 0).all()


@pytest.mark.parametrize("text, lang, expected", [
    # a negated good-news frame is bad news, even when its object stands first
    ("Світло в будинки так і не повернули.", "uk", "negative"),
    ("Ліки до села так і не доставили.", "uk", "negative"),
    ("Син досі не повернувся додому.", "uk", "negative"),
    ("Води в будинку не було три дні.", "uk", "negative"),
    ("Свет так и не дали.", "ru", "negative"),
    ("Лекарства так и не привезли.", "ru", "negative"),
    # a negated bad-news frame is (mild) relief
    ("Цієї ночі ми вже не ховалися в укритті.", "uk", "positive"),
    ("Этой ночью мы уже не сидели в подвале.", "ru", "positive"),
])
def test_negated_frames(text, lang, expected):
    table = S.explain(text, lang=lang)
    fired = table[table["lemma"].isin(S.FRAME_CLASSES)]
    assert len(fired) == 1 and "negation" in fired["rules"].iloc[0]
    assert S.label(S.score_text(text, lang=lang)) == expected


@pytest.mark.parametrize("text, lang", [
    ("Окупанти знищили школу.", "uk"),  # a civilian object: no frame, destruction stays bad
    ("Російський дрон знищив будинок.", "uk"),  # the enemy is the subject, not the object
    ("Ворожі дрони знищили склад.", "uk"),
    ("Российская ракета уничтожила больницу.", "ru"),
])
def test_destruction_of_civilian_objects_stays_bad(text, lang):
    table = S.explain(text, lang=lang)
    assert not table["rules"].str.contains("frame").any()
    assert S.label(S.score_text(text, lang=lang)) == "negative"


@pytest.mark.parametrize("text, lang", [
    ("Російський суд засудив українського журналіста до шести років.", "uk"),  # no wrongdoer as object
    ("Окупанти затримали місцевого священника.", "uk"),  # the subject is no Ukrainian authority
    ("Поліцейського затримали на хабарі.", "uk"),  # the officer is the object, not the subject
])
def test_convictions_and_arrests_of_others_are_no_good_news(text, lang):
    table = S.explain(text, lang=lang)
    assert not table["lemma"].isin(["justice", "law_enforcement"]).any()
    assert S.label(S.score_text(text, lang=lang)) == "negative"


@pytest.mark.parametrize("text, lang", [
    ("Світло планують дати до вечора.", "uk"),  # a plan: the good news is not yet a fact
    ("Коли дадуть світло?", "uk"),  # a question asserts nothing good
    ("Помощь планируют доставить к выходным.", "ru"),
    ("Громада планує відремонтувати дах школи і відновити опалення.", "uk"),  # each joined infinitive is planned
    ("Ми звернулися до Червоного Хреста з проханням доставити генератори.", "uk"),  # a request, as "просити"
    ("На генератор ще треба зібрати сорок тисяч гривень.", "uk"),  # a need, not money raised
    ("Фонд збирає кошти на новий автомобіль.", "uk"),  # an open appeal (imperfective): no frame
])
def test_good_news_frames_in_plans_and_questions_assert_nothing(text, lang):
    assert S.label(S.score_text(text, lang=lang)) == "neutral"


@pytest.mark.parametrize("text, lang", [
    ("Людям не вистачає води.", "uk"),
    ("Людям не хватает воды.", "ru"),  # the Russian verb of sufficiency, negated
    ("Им не хватило денег на лекарства.", "ru"),
])
def test_negated_sufficiency_is_a_lack(text, lang):
    assert S.label(S.score_text(text, lang=lang)) == "negative"


@pytest.mark.parametrize("text, lang", [
    ("Бійці звільнили село на Харківщині.", "uk"),  # not бійка ('brawl')
    ("Спасатели работают на берегу реки.", "ru"),  # not беречь ('to keep')
    ("Ремонт дороги завершили.", "ru"),  # not дорогой ('dear')
])
def test_a_common_news_noun_is_not_read_as_a_rare_homonym_with_a_sentiment(text, lang):
    assert S.label(S.score_text(text, lang=lang)) != "negative"
    assert not S.explain(text, lang=lang)["lemma"].isin(["бійка", "беречь", "дорогой"]).any()


# ---------------------------------------------------------------------------------------------
# labels, sentences, explanations


def test_label_bands():
    band = S.NEUTRAL_BAND
    assert S.label(0.0) == "neutral"
    assert S.label(band) == "neutral" and S.label(-band) == "neutral"
    assert S.label(band + 1e-9) == "positive" and S.label(-band - 1e-9) == "negative"
    assert S.label(1.0) == "positive" and S.label(-1.0) == "negative"
    assert S.label(0.2, band=0.5) == "neutral"


def test_score_sentences_gives_one_row_per_sentence():
    text = "Окупанти обстріляли місто. Рятувальники врятували трьох людей. Далі буде брифінг."
    frame = S.score_sentences(text)
    assert list(frame.columns) == ["start", "end", "score", "label"]
    assert frame["label"].tolist() == ["negative", "positive", "neutral"]
    assert [text[a:b] for a, b in zip(frame["start"], frame["end"])][1] == "Рятувальники врятували трьох людей."


def test_explain_shows_each_rule_and_adds_up():
    text = "Не погано, але дуже-дуже страшно! Війна, війна."
    frame = S.explain(text)
    assert list(frame.columns) == S.EXPLAIN_COLUMNS
    rules = set(",".join(frame["rules"]).split(","))
    assert {"negation", "contrast", "booster", "exclamation", "repetition"} <= rules
    assert "не" in frame["triggers"].str.lower().str.cat(sep=" ").split()
    for _, sentence in frame.groupby("sentence"):
        assert math.isclose(S.normalise(sentence["contribution"].sum()), sentence["sentence_score"].iloc[0])
    dampened = S.explain("Це трохи складно.")
    assert dampened["rules"].tolist() == ["dampener"]


# ---------------------------------------------------------------------------------------------
# properties


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_score_is_bounded_and_deterministic_for_any_text(text):
    first = S.score_text(text)
    assert -1.0 <= first <= 1.0
    assert S.score_text(text) == first


WORDS = ["не", "дуже", "трохи", "але", "а", "погано", "добре", "війна", "перемога", "жахливо", "без",
         "втрат", "немає", "«визволителі»", "дуже-дуже", "чудово", "місто", ",", ".", "!", "?", "Київ"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60))
def test_score_is_bounded_on_dense_evaluative_text(words):
    text = " ".join(words)
    value = S.score_text(text)
    assert -1.0 <= value <= 1.0
    frame = S.explain(text)
    assert frame["sentence_score"].between(-1, 1).all()


def test_long_texts_do_not_saturate():
    one = "Ситуація на фронті складна."
    assert -0.5 < score(one) < 0
    assert score(" ".join([one] * 200)) == pytest.approx(score(one), abs=0.02)
    mixed = " ".join(["Ситуація складна.", "Далі буде брифінг."] * 100)
    assert score(mixed) == pytest.approx(score(one), abs=0.02)


# ---------------------------------------------------------------------------------------------
# the sentiment table


@pytest.fixture(scope="session")
def demo_sentiment(demo_clean):
    documents = demo_clean.documents
    segments = segment_corpus(documents)
    return documents, segments, S.score_segments(documents, segments)


def test_score_segments_table(demo_sentiment):
    documents, segments, table = demo_sentiment
    assert list(table.columns) == S.SENTIMENT_COLUMNS
    assert table["score"].between(-1, 1).all() and (table["n_words"] > 0).all()
    assert set(table["method"]) == {"lexicon"}
    assert set(table["label"]) <= set(S.LABELS)
    with_words = segments[[nlp.count_words(t[a:b]) > 0 for t, a, b in zip(
        segments["doc_id"].map(documents.set_index("doc_id")["text"]), segments["start"], segments["end"])]]
    assert len(table) == len(with_words)
    merged = table.merge(segments, on=["doc_id", "seg_id"], suffixes=("", "_segment"))
    assert (merged["kind"] == merged["kind_segment"]).all()  # questions, scare quotes keep their kind
    assert {"editorial", "quote", "question", "scare_quote"} <= set(table["kind"])
    assert (table.loc[table["kind"] == "scare_quote", "score"] <= 0).all()


def test_quoted_warmth_and_editorial_condemnation():
    # lines written for this test, not taken from any article
    text = ("Диктатор знову бреше, а окупанти продовжують обстрілювати мирні міста. "
            "Сусід розповів про свого друга: «Скажу чесно, дружба в нас чудова, такої дай Боже кожному».")
    documents = pd.DataFrame({"doc_id": ["own"], "text": [text], "language": ["uk"]})
    segments = segment_corpus(documents)
    table = S.score_segments(documents, segments).set_index("kind")
    assert table.loc["quote", "label"] == "positive"
    editorial = table.loc["editorial"]
    editorial = editorial.iloc[0] if isinstance(editorial, pd.DataFrame) else editorial
    assert editorial["label"] == "negative"

    quoted = S.explain("Скажу чесно, дружба в нас чудова, такої дай Боже кожному")
    assert "чудовий" in quoted.loc[quoted["contribution"] > 0, "lemma"].tolist()
    said = S.explain("Диктатор знову бреше, а окупанти продовжують обстрілювати мирні міста")
    negative = set(said.loc[said["contribution"] < 0, "lemma"])
    assert {"диктатор", "брехати", "окупант"} <= negative
    assert "contrast" in said["rules"].str.cat(sep=",")


# ---------------------------------------------------------------------------------------------
# the demo gold


@pytest.fixture(scope="session")
def gold(demo_clean):
    frame = pd.DataFrame(read_jsonl(GOLD_DIR / "sentiment.jsonl"))
    languages = demo_clean.documents.set_index("doc_id")["language"].to_dict()
    frame["lang"] = frame["doc"].map(languages).fillna("uk")
    frame["gold"] = frame["polarity"].map(POLARITY)
    return frame


@pytest.fixture(scope="session")
def lexicon_macro_f1(gold):
    predicted = [S.label(S.score_text(t, lang=lang)) for t, lang in zip(gold["text"], gold["lang"])]
    per_class = f1_score(gold["gold"], predicted, labels=list(S.LABELS), average=None)
    macro = f1_score(gold["gold"], predicted, labels=list(S.LABELS), average="macro")
    print(f"\nlexicon scorer on the demo gold ({len(gold)} sentences): macro-F1 {macro:.3f}; "
          + ", ".join(f"{c} {f:.3f}" for c, f in zip(S.LABELS, per_class)))
    return macro


def test_lexicon_scorer_on_the_demo_gold(lexicon_macro_f1):
    assert lexicon_macro_f1 >= LEXICON_FLOOR_MACRO_F1


def test_the_gold_is_reproducible_by_a_second_annotator(gold):
    """240 gold sentences labelled again, blind, by a second annotator: the agreement says how far
    any scorer can be expected to go on this gold (and that 0.70 is below that ceiling)."""
    from sklearn.metrics import cohen_kappa_score

    second = pd.DataFrame(read_jsonl(GOLD_DIR / "sentiment_second_annotator.jsonl"))
    assert (gold.loc[second["line"], "text"].to_numpy() == second["text"].to_numpy()).all()
    first = gold.loc[second["line"], "polarity"].to_numpy()
    kappa = cohen_kappa_score(first, second["polarity"])
    macro = f1_score(first, second["polarity"], average="macro")
    print(f"\nsecond annotator vs gold ({len(second)} sentences): Cohen's kappa {kappa:.3f}, macro-F1 {macro:.3f}")
    assert kappa >= 0.6 and macro > TARGET_MACRO_F1


def test_lexicon_scorer_reaches_the_target(lexicon_macro_f1):
    assert lexicon_macro_f1 >= TARGET_MACRO_F1


@pytest.fixture(scope="session")
def trained(gold):
    return S.train_classifier(gold["text"], gold["polarity"], cv=5, random_state=0)


def test_classifier_cross_validated_beats_chance(trained):
    pipeline, report = trained
    print("\nclassifier, 5-fold cross-validated on the demo gold:\n" + report.round(3).to_string())
    assert list(report.columns) == ["precision", "recall", "f1", "support"]
    assert list(report.index) == ["-1", "0", "1", "macro"]
    assert report.loc["macro", "support"] == 611
    assert report.loc["macro", "f1"] > 0.40


def test_lexicon_features_help_the_classifier(trained, gold):
    _, with_lexicon = trained
    _, tfidf_only = S.train_classifier(gold["text"], gold["polarity"], cv=5, random_state=0,
                                       lexicon_features=False)
    print(f"\nclassifier macro-F1 (5-fold, demo gold): TF-IDF alone {tfidf_only.loc['macro', 'f1']:.3f}, "
          f"with lexicon features {with_lexicon.loc['macro', 'f1']:.3f}")
    assert with_lexicon.loc["macro", "f1"] > tfidf_only.loc["macro", "f1"]


def test_lexicon_features_follow_sklearn_conventions():
    features = S.LexiconFeatures()
    assert features.fit(["будь-що"]) is features
    table = features.set_output(transform="pandas").transform(
        ["Загарбники зруйнували школу.", "Волонтери передали допомогу, і люди щасливі.", "Сесія почалася о десятій."])
    assert list(table.columns) == ["lexicon_score", "lexicon_positive", "lexicon_negative"]
    assert table.loc[0, "lexicon_score"] < 0 and table.loc[0, "lexicon_negative"] < 0
    assert table.loc[1, "lexicon_score"] > 0 and table.loc[1, "lexicon_positive"] > 0
    assert (table.loc[2] == 0).all()
    assert ((table >= -1) & (table <= 1)).all().all()


def test_classifier_skops_round_trip(trained, gold, tmp_path):
    import skops.io as sio

    pipeline, _ = trained
    path = S.save_classifier(pipeline, tmp_path / "sentiment.skops")
    assert set(sio.get_untrusted_types(file=path)) <= set(S.TRUSTED_TYPES)
    loaded = S.load_classifier(path)
    assert (loaded.predict(gold["text"]) == pipeline.predict(gold["text"])).all()
    assert np.allclose(loaded.predict_proba(gold["text"]), pipeline.predict_proba(gold["text"]))


def test_lemma_tokenizer_keeps_apostrophes_one_letter_words_and_marks_negation():
    tokens = S.UkrainianLemmaTokenizer()("Памʼять не знає меж, і в 2024 році прийде мир")
    assert tokens[0] == "пам'ять"
    assert "не" in tokens and "і" in tokens and "в" in tokens
    assert "не_знати" in tokens and "<num>" in tokens and "прийти" in tokens
    assert "знати" in S.UkrainianLemmaTokenizer(mark_negation=False)("не знає")


# ---------------------------------------------------------------------------------------------
# comparisons with uncertainty


def _table(rows):
    return pd.DataFrame(rows, columns=["doc_id", "seg_id", "kind", "quote_id", "speaker", "score"])


@pytest.fixture
def synthetic():
    rng = np.random.default_rng(1)
    rows, docs = [], []
    for outlet, n_edit, n_quote, shift in [("A", 40, 30, -0.3), ("B", 3, 20, 0.0)]:
        doc = f"{outlet}-1"
        docs.append({"doc_id": doc, "outlet": outlet, "published": pd.Timestamp("2023-05-02")})
        for i in range(n_edit):
            rows.append((doc, i, "editorial", -1, "", float(np.clip(shift + rng.normal(0, 0.2), -1, 1))))
        for i in range(n_quote):
            rows.append((doc, 100 + i, "quote", i, "Іван Мельник", float(np.clip(rng.normal(0, 0.2), -1, 1))))
        rows.append((doc, 999, "question", 50, "", 0.9))  # never counted as a voice
    return _table(rows), pd.DataFrame(docs)


def test_compare_voices_intervals(synthetic):
    sentiment, documents = synthetic
    result = S.compare_voices(sentiment, documents, by="outlet").set_index("outlet")
    a, b = result.loc["A"], result.loc["B"]
    assert (a["n_editorial"], a["n_quote"]) == (40, 30)
    assert a["ci_low"] <= a["difference"] <= a["ci_high"]
    assert a["ci_high"] < 0  # a clear gap of -0.3 is detected
    assert math.isclose(a["difference"], a["mean_editorial"] - a["mean_quote"])
    assert b["n_editorial"] == 3 and math.isnan(b["ci_low"]) and math.isnan(b["ci_high"])
    again = S.compare_voices(sentiment, documents, by="outlet").set_index("outlet")
    pd.testing.assert_frame_equal(result, again)
    other_seed = S.compare_voices(sentiment, documents, by="outlet", seed=7).set_index("outlet")
    assert other_seed.loc["A", "ci_low"] != a["ci_low"]


def test_compare_voices_groupings(synthetic):
    sentiment, documents = synthetic
    assert S.compare_voices(sentiment, documents, by="month")["month"].tolist() == ["2023-05"]
    assert set(S.compare_voices(sentiment, documents, by="doc_id")["doc_id"]) == {"A-1", "B-1"}
    by_speaker = S.compare_voices(sentiment, documents, by="speaker")
    assert by_speaker["speaker"].tolist() == ["Іван Мельник"]
    assert by_speaker.loc[0, "n_quote"] == 50 and by_speaker.loc[0, "n_editorial"] == 43
    with pytest.raises(ValueError):
        S.compare_voices(sentiment, documents, by="weekday")


def test_compare_voices_on_the_demo_corpus(demo_sentiment):
    documents, _, table = demo_sentiment
    for by in ("outlet", "month", "doc_id", "speaker"):
        result = S.compare_voices(table, documents, by=by, n_boot=500)
        enough = (result["n_editorial"] >= S.MIN_SEGMENTS) & (result["n_quote"] >= S.MIN_SEGMENTS)
        assert result.loc[enough, "ci_low"].notna().all()
        assert result.loc[~enough, ["ci_low", "ci_high"]].isna().all().all()
        inside = result[enough]
        assert ((inside["ci_low"] <= inside["difference"]) & (inside["difference"] <= inside["ci_high"])).all()
    assert len(S.compare_voices(table, documents, by="outlet")) == documents["outlet"].nunique()


@pytest.mark.parametrize("text, sign", [
    ("У нас відносини дай Боже кожному.", 1),
    ("Не дай Боже нікому такого пережити.", -1),
    ("На жаль, зв'язку з селом немає.", -1),
    ("Слава Богу, всі вціліли.", 1),
    ("К сожалению, связи нет.", -1),
])
def test_idioms_score_as_a_whole(text, sign):
    lang = "ru" if "связ" in text else "uk"
    assert np.sign(S.score_text(text, lang=lang)) == sign
    assert any(" " in lemma for lemma in S.explain(text, lang=lang)["lemma"])


# ---------------------------------------------------------------------------------------------
# news-register rules (sentences written for these tests)


@pytest.mark.parametrize("text", [
    "Внаслідок удару пошкоджено два житлові будинки.",
    "У селі зруйновано школу.",
    "Троє людей поранено.",
    "Пограбований магазин стоїть без вікон.",
    "Атакований танкер дрейфує біля берега.",
    "Підірваний міст перекрив дорогу на схід.",
])
def test_passive_forms_of_harm_are_negative(text):
    assert score(text) < -S.NEUTRAL_BAND, S.explain(text)


@pytest.mark.parametrize("participle, verb", [("атакований", "атакувати"), ("пограбований", "пограбувати"),
                                              ("підірваний", "підірвати"), ("відремонтований", "відремонтувати")])
def test_participle_falls_back_to_its_verb(participle, verb):
    assert S.lookup(participle)[1] == verb
    assert S.lookup("захоплений")[0] == 0  # gradable: "delighted", not "captured"


@pytest.mark.parametrize("text", [
    "Волонтери роздали мешканцям генератори.",
    "Енергетики заживили підстанцію до вечора.",
    "Громада збудувала нову амбулаторію.",
    "Місто забезпечило переселенців житлом.",
    "Бригада швидко відремонтувала пошкоджену лінію.",
    "Бригади вже відновлюють зруйновані мости.",
])
def test_aid_and_restoration_are_positive(text):
    assert score(text) > S.NEUTRAL_BAND, S.explain(text)


@pytest.mark.parametrize("text, harm", [
    ("Усі пожежі ліквідовано.", "пожежа"),
    ("Сапери знешкодили міни біля школи.", "міна"),
    ("Фонд збирає на допомогу пораненим.", "поранений"),
    ("Комунальники розчистили завали на вулиці.", "завал"),
    ("Дипломати закликали зупинити війну.", "війна"),
    ("Сторони домовилися припинити обстріли.", "обстріл"),
    # a moratorium stops the harm it names
    ("Уряд продовжив мораторій на банкрутство шахт.", "банкрутство"),
])
def test_a_remedy_cancels_the_harm_it_removes(text, harm):
    frame = S.explain(text)
    assert score(text) >= 0, frame
    row = frame[frame["lemma"] == harm]
    assert len(row) and (row["contribution"] == 0).all()
    assert {"remedy", "cessation"} & set(row["rules"].iloc[0].split(","))


@pytest.mark.parametrize("text, lang", [
    # a negated verb of success after an infinitive: the action failed
    ("Ногу врятувати не вдалося.", "uk"),
    ("Двоих, к сожалению, спасти не удалось.", "ru"),
    ("Однако витражи восстановить пока не удалось.", "ru"),
    # ... and a remedy that failed removes no harm
    ("Загасити пожежу не вдалося до ранку.", "uk"),
])
def test_a_failed_action_is_bad_news(text, lang):
    assert S.score_text(text, lang=lang) < -S.NEUTRAL_BAND, S.explain(text, lang=lang)


def test_a_successful_action_stays_good_news():
    assert S.score_text("Пожежу вдалося загасити.") > S.NEUTRAL_BAND, S.explain("Пожежу вдалося загасити.")


@pytest.mark.parametrize("text, lang, harm", [
    # an impersonal or passive remedy acts on its subject anywhere before it in the clause
    ("Аварійні відключення в Києві та області вже скасовано.", "uk", "відключення"),
    ("Наступ ворога на цьому напрямку зупинено.", "uk", "ворог"),
    ("Пожар на территории склада в Одесской области полностью ликвидирован.", "ru", "пожар"),
])
def test_a_passive_remedy_acts_on_its_subject_across_the_clause(text, lang, harm):
    frame = S.explain(text, lang=lang)
    assert S.score_text(text, lang=lang) >= 0, frame
    row = frame[frame["lemma"] == harm]
    assert len(row) and (row["contribution"] == 0).all(), frame


@pytest.mark.parametrize("text, lang, harm", [
    # numbers and words of quantity between a remedy and its harm do not widen the gap
    ("Сили оборони за добу відбили понад 40 атак.", "uk", "атака"),
    ("Сапери району знешкодили близько трьох тисяч мін.", "uk", "міна"),
    ("За ночь отражено более 150 атак.", "ru", "атака"),
])
def test_a_remedy_reaches_a_harm_behind_a_number(text, lang, harm):
    frame = S.explain(text, lang=lang)
    assert S.score_text(text, lang=lang) > S.NEUTRAL_BAND, frame
    row = frame[frame["lemma"] == harm]
    assert len(row) and (row["contribution"] == 0).all(), frame


@pytest.mark.parametrize("text, lang, harm", [
    # a participle clause in commas describes the thing the remedy acts on, before it or after it
    ("Громада відремонтувала дві школи, пошкоджені обстрілами.", "uk", "обстріл"),
    ("Из 46 многоэтажек, поврежденных бомбардировками, восстановлены 31.", "ru", "бомбардировка"),
    ("У місті відновили п'ять лікарень, зруйнованих торік.", "uk", "зруйнований"),
])
def test_a_remedy_reaches_the_harm_of_a_participle_clause_next_to_it(text, lang, harm):
    frame = S.explain(text, lang=lang)
    assert S.score_text(text, lang=lang) > S.NEUTRAL_BAND, frame
    row = frame[frame["lemma"] == harm]
    assert len(row) and (row["contribution"] == 0).all(), frame


def test_a_harm_in_a_relative_clause_is_no_participle_clause():
    # "який" opens no participle clause: the harm the drone did stays next to the repair
    frame = S.explain("Будинок, який зруйнував дрон, відремонтували.", lang="uk")
    assert (frame.loc[frame["lemma"] == "зруйнувати", "contribution"] < 0).all(), frame


@pytest.mark.parametrize("text, lang", [
    # a remedy word in scare quotes is the other side's word for a harm: no remedy
    ("Окупанти назвали вивезення дітей «евакуацією».", "uk"),
    ("Загарбники «евакуювали» з музею всю колекцію картин.", "uk"),
    ("Власти называли это «восстановлением» разрушенного города.", "ru"),
])
def test_a_remedy_in_scare_quotes_removes_no_harm(text, lang):
    frame = S.explain(text, lang=lang)
    assert S.score_text(text, lang=lang) < -S.NEUTRAL_BAND, frame
    assert not frame["rules"].str.contains("remedy").any(), frame


@pytest.mark.parametrize("text, lang", [
    # "even during" a harm concedes it: what holds despite it is the point
    ("Пекарня працює навіть під час повітряних тривог.", "uk"),
    ("Маршрутки ходили навіть під обстрілами.", "uk"),
    ("Навіть у розпал зими в лікарні було тепло.", "uk"),
    ("Почта работала даже во время воздушных тревог.", "ru"),
])
def test_even_during_a_harm_is_endurance(text, lang):
    frame = S.explain(text, lang=lang)
    assert S.score_text(text, lang=lang) > S.NEUTRAL_BAND, frame
    assert frame["rules"].str.contains("concession").any(), frame


def test_even_alone_is_no_concession():
    assert "concession" not in S.explain("Загинули навіть діти.")["rules"].str.cat(sep=",")


@pytest.mark.parametrize("text, lemma", [
    # an adjective that is also a noun of another lemma reads as the noun where nothing after it
    # agrees with it as an adjective
    ("Школа працювала під час відключень світла.", "світло"),
    ("Діти читали при світлі ліхтарика.", "світло"),
    # ... and as the adjective where a noun after it agrees
    ("Класи мають світлі стіни.", "світлий"),
    ("Я подзвонив другу.", "друг"),
])
def test_adjective_or_noun_by_agreement(text, lemma):
    assert lemma in S.explain(text)["lemma"].tolist(), S.explain(text)


@pytest.mark.parametrize("text, noun", [
    # an adjective whose valence came from a noun of another lemma reads as the adjective where a
    # noun after it agrees ("другу добу": другий, not друг; "страхові ставки": not страх)
    ("Потяги не курсують уже другу добу.", "друг"),
    ("Страхові ставки знизилися.", "страх"),
])
def test_an_adjective_agreeing_with_its_noun_is_no_other_noun(text, noun):
    assert noun not in S.explain(text)["lemma"].tolist(), S.explain(text)


@pytest.mark.parametrize("text, lang", [
    # the words of a name in quote marks evaluate nothing
    ("Представники фонду «Щаслива лапа» приїхали о дев'ятій.", "uk"),
    ('Контракт отримало ТОВ "Надійний Захист".', "uk"),
    ("Эфир вела программа «Добрые новости».", "ru"),
])
def test_a_name_in_quote_marks_evaluates_nothing(text, lang):
    assert S.score_text(text, lang=lang) == 0, S.explain(text, lang=lang)


def test_a_quoted_sentence_still_counts():
    assert score("Він сказав: «Це велика перемога».") > S.NEUTRAL_BAND


@pytest.mark.parametrize("text, lang", [
    # a return ends the captivity or occupation it came from
    ("Сержант повернувся додому після двох років у полоні.", "uk"),
    ("Моряк вернулся домой из плена.", "ru"),
])
def test_a_return_from_captivity_is_good_news(text, lang):
    assert S.score_text(text, lang=lang) > S.NEUTRAL_BAND, S.explain(text, lang=lang)


def test_a_power_cut_named_by_a_noun_is_an_outage():
    frame = S.explain("Почалися відключення світла.")
    assert "outage" in frame["lemma"].tolist() and score("Почалися відключення світла.") < -S.NEUTRAL_BAND, frame


@pytest.mark.parametrize("text, lang, target", [
    ("Енергетикам вдалося скоротити відключення до двох годин.", "uk", "відключення"),
    ("За тиждень кількість обстрілів зменшилася вдвічі.", "uk", "обстріл"),
    ("Нове обладнання знизить ризик інфекцій.", "uk", "ризик"),
    ("Интенсивность обстрелов заметно снизилась.", "ru", "обстрел"),
])
def test_less_of_a_harm_is_good_news(text, lang, target):
    frame = S.explain(text, lang=lang)
    assert S.score_text(text, lang=lang) > S.NEUTRAL_BAND, frame
    row = frame[frame["lemma"] == target]
    assert len(row) and (row["contribution"] > 0).all() and "reduction" in row["rules"].iloc[0]


@pytest.mark.parametrize("text, lang", [
    ("Уряд скоротив допомогу переселенцям.", "uk"),
    ("Міністерство припинило фінансування програми підтримки.", "uk"),
    ("Фонд призупинив виплати за грантами.", "uk"),
    ("Уряд знову відклав підтримку фермерів.", "uk"),
    ("Власти сократили выплаты добровольцам.", "ru"),
    ("Компании прекратили помощь фонду.", "ru"),
])
def test_less_of_a_good_thing_or_its_stop_is_bad_news(text, lang):
    assert S.score_text(text, lang=lang) < -S.NEUTRAL_BAND, S.explain(text, lang=lang)


@pytest.mark.parametrize("text, lang", [
    # negated: the harm is as bad as ever
    ("Кількість обстрілів не зменшується.", "uk"),
    ("Поток раненых не уменьшается.", "ru"),
])
def test_a_negated_reduction_leaves_the_harm(text, lang):
    frame = S.explain(text, lang=lang)
    assert S.score_text(text, lang=lang) < -S.NEUTRAL_BAND, frame
    assert "reduction" not in frame["rules"].str.cat(sep=",")


@pytest.mark.parametrize("text, lang, target, sign", [
    # what ends is the subject, before the verb or after it
    ("Обстріли вщухли лише під ранок.", "uk", "обстріл", 1),
    ("За тиждень паніка минула.", "uk", "паніка", 1),
    ("Страх поступово зникає.", "uk", "страх", 1),
    ("К вечеру тревога закончилась.", "ru", "тревога", 1),
    ("До осені закінчилася підтримка від фонду.", "uk", "підтримка", -1),
    ("Помощь исчезла так же быстро, как появилась.", "ru", "помощь", -1),
])
def test_what_an_ending_verb_ends_is_its_subject(text, lang, target, sign):
    frame = S.explain(text, lang=lang)
    assert sign * S.score_text(text, lang=lang) > S.NEUTRAL_BAND, frame
    row = frame[frame["lemma"] == target]
    assert len(row) and "ending" in row["rules"].iloc[0], frame


@pytest.mark.parametrize("text", [
    # how it ended (instrumental), where (a preposition) and an adverb are not what ended
    "Розмова закінчилася сваркою.",
    "Ніч минула під обстрілами.",
    "Її син зник безвісти.",
])
def test_an_ending_verb_leaves_what_is_not_its_subject(text):
    frame = S.explain(text)
    assert S.score_text(text) < -S.NEUTRAL_BAND, frame
    assert "ending" not in frame["rules"].str.cat(sep=","), frame


def test_the_subject_or_a_verb_of_success_is_no_good_thing_stopped():
    # "вдалося" and the defenders did the stopping; what was stopped is the harm
    for text in ("Пожежу вдалося зупинити до ранку.", "Захисники зупинили штурм."):
        assert S.score_text(text) >= 0, S.explain(text)


@pytest.mark.parametrize("text, lang", [
    # "not all": what the clause praises holds for only some, before the negator or after it
    ("Не всі учасники наради поділяли оптимізм посадовців.", "uk"),
    ("Впрочем, довольны остались не все жители.", "ru"),
    ("Проте не всі батьки в захваті.", "uk"),
    # an unsolved problem is no relief, and "not all" alone reports dissent
    ("Не всі проблеми вдалося розвʼязати.", "uk"),
    ("Виїжджати погоджуються не всі.", "uk"),
    ("Не все идет гладко.", "ru"),
    # the quantifier in any case
    ("Місць у сховищі вистачає не всім.", "uk"),
    ("Такий компроміс влаштовує не всіх.", "uk"),
    ("Не всем выпускникам повезло так же.", "ru"),
])
def test_a_partial_negation_is_bad_news(text, lang):
    frame = S.explain(text, lang=lang)
    assert S.score_text(text, lang=lang) < -S.NEUTRAL_BAND, frame
    assert "partial_negation" in frame["rules"].str.cat(sep=",")


@pytest.mark.parametrize("text, lang", [
    # an awaited event that never came
    ("Комісія до нас так і не приїхала.", "uk"),
    ("А ми генератор так і не купили.", "uk"),
    ("Денег подростки так и не получили.", "ru"),
])
def test_what_never_came_is_bad_news(text, lang):
    frame = S.explain(text, lang=lang)
    assert S.score_text(text, lang=lang) < -S.NEUTRAL_BAND, frame
    assert "unfulfilled" in frame["rules"].str.cat(sep=",")


def test_never_came_leaves_a_valenced_clause_and_a_yes_alone():
    # the negator acts as usual where the clause has its own valence: a fake that never aired
    assert "unfulfilled" not in S.explain("Фейк так і не потрапив в ефір.")["rules"].str.cat(sep=",")
    # "Так, і не раз": a yes, then "not once", is no "так і не"
    assert "unfulfilled" not in S.explain("Так, і не раз.")["rules"].str.cat(sep=",")


def test_not_all_complaining_is_no_bad_news():
    # a negative verb under "not all" turns as after any negator
    assert S.score_text("Втім, не всі покупці скаржаться.") >= 0, S.explain("Втім, не всі покупці скаржаться.")
    # and a plain negation is left as it was
    assert S.score_text("Покупці не скаржаться.") > 0


@pytest.mark.parametrize("text, lang", [
    ("За добу сили оборони відбили 17 штурмів.", "uk"),
    ("Бригада відбила атаку біля села.", "uk"),
    ("Подразделения ПВО отразили атаку.", "ru"),
    ("Все атаки отбиты.", "ru"),
])
def test_a_repelled_attack_is_good_news(text, lang):
    frame = S.explain(text, lang=lang)
    assert S.score_text(text, lang=lang) > S.NEUTRAL_BAND, frame
    harms = frame[frame["lemma"].isin({"штурм", "атака"})]
    assert len(harms) and (harms["contribution"] == 0).all()


@pytest.mark.parametrize("text, lang, frame_id, expected", [
    ("Сили оборони завдають противнику значних втрат.", "uk", "enemy_strike", "positive"),
    ("Ворог зазнав значних втрат у живій силі.", "uk", "enemy_losses", "positive"),
    ("Противник понес значительные потери.", "ru", "enemy_losses", "positive"),
    ("Окупанти тижнями утримували цивільних у підвалі.", "uk", "held_captive", "negative"),
    ("Его трое суток держали в подвале.", "ru", "held_captive", "negative"),
])
def test_frames_of_the_enemy_and_of_captivity(text, lang, frame_id, expected):
    table = S.explain(text, lang=lang)
    assert frame_id in set(table["lemma"]), table[["token", "rules", "triggers"]]
    assert S.label(S.score_text(text, lang=lang)) == expected


def test_the_enemy_as_subject_deals_no_blow_to_itself():
    table = S.explain("Противник завдав удару по місту.")
    assert "enemy_strike" not in set(table["lemma"])
    assert S.score_text("Противник завдав удару по місту.") < 0


@pytest.mark.parametrize("text, lang, expected", [
    # legal formulas name the penalty the law provides, not a loss or a threat
    ("Йому загрожує до 12 років позбавлення волі.", "uk", "neutral"),
    ("Ему грозит до семи лет лишения свободы.", "ru", "neutral"),
    # "не приховувати" is a verb of saying: what is admitted decides
    ("Відвідувачі не приховували радості.", "uk", "positive"),
    ("Командир не приховує втрат.", "uk", "negative"),
    ("Директор не скрывал раздражения.", "ru", "negative"),
])
def test_legal_formulas_and_open_admission(text, lang, expected):
    assert S.label(S.score_text(text, lang=lang)) == expected, S.explain(text, lang=lang)


def test_a_remedy_without_harm_leaves_the_sentence_alone():
    # no harm next to it: "ліквідувати" keeps its own (negative) valence
    assert "remedy" not in S.explain("Місцеві ліквідували сміттєзвалище.")["rules"].str.cat(sep=",")
    assert score("Місцеві ліквідували сміттєзвалище.") < 0
    assert score("Обстріл триває, а бригада відновлює дах.") < score("Бригада відновлює дах.")


@pytest.mark.parametrize("reported, event, lang", [
    ("Поліція відкрила провадження за фактом вбивства двох людей.", "Окупанти вбили двох людей.", "uk"),
    ("Прокурори розслідують обстріл лікарні.", "Окупанти обстріляли лікарню.", "uk"),
    ("Міністр відкидає відповідальність за руйнування мосту.", "Вибух зруйнував міст.", "uk"),
    ("Кодекс передбачає відповідальність, якщо крадіжку вчинено під час воєнного стану.",
     "Крадіжку вчинено під час воєнного стану.", "uk"),
    ("Следователи расследуют убийство журналиста.", "Журналиста жестоко убили.", "ru"),
])
def test_harm_under_investigation_is_the_matter_of_a_procedure(reported, event, lang):
    assert S.label(score(reported, lang=lang)) == "neutral", S.explain(reported, lang=lang)
    assert "accountability" in S.explain(reported, lang=lang)["rules"].str.cat(sep=",")
    assert score(event, lang=lang) < -S.NEUTRAL_BAND


def test_accountability_leaves_good_news_and_judgements_of_the_procedure_alone():
    text = "Суд повернув родині будинок, і люди щасливі."
    assert score(text) > S.NEUTRAL_BAND, S.explain(text)
    text = "Суд визнав результати сфальсифікованими."  # an evaluation, not the name of a harm
    assert score(text) < -S.NEUTRAL_BAND, S.explain(text)


@pytest.mark.parametrize("text, lang", [
    ("Поліція просить водіїв не залишати зламаних авто на узбіччі.", "uk"),
    ("Мешканців закликали не підходити до небезпечних уламків.", "uk"),
    ("Батьків поранених бійців просять звернутися до шпиталю.", "uk"),
    ("Лікарі рекомендують уникати переохолодження.", "uk"),
    ("Жителей просят не приближаться к опасным обломкам.", "ru"),
])
def test_a_request_or_appeal_reports_no_event(text, lang):
    frame = S.explain(text, lang=lang)
    assert score(text, lang=lang) == 0, frame
    assert "directive" in frame["rules"].str.cat(sep=",")


def test_a_request_leaves_the_event_in_another_clause():
    text = "Мешканців просять залишатися в укриттях, бо обстріли тривають."
    assert score(text) < -S.NEUTRAL_BAND, S.explain(text)


@pytest.mark.parametrize("text, lang", [
    ("Чесної відповіді від чиновників мешканці так і не почули.", "uk"),
    ("Обіцяної підтримки переселенці досі не отримали.", "uk"),
    ("Надійного захисту для підстанцій так і не збудували.", "uk"),
    ("Реальной поддержки от властей жители так и не увидели.", "ru"),
])
def test_a_clause_final_negated_verb_denies_the_good_before_it(text, lang):
    assert score(text, lang=lang) < -S.NEUTRAL_BAND, S.explain(text, lang=lang)


@pytest.mark.parametrize("text, sign", [
    ("Ворог обстрілює село і не зупиняється.", -1),  # the noun belongs to another verb
    ("Снарядів на всіх не вистачить.", -1),  # a negative noun is what is lacking, not denied
    ("Волонтери привезли генератори і не взяли грошей.", 1),  # the good has its own verb
])
def test_a_clause_final_negated_verb_reaches_only_its_own_nouns(text, sign):
    assert np.sign(round(score(text), 6)) == sign, S.explain(text)


@pytest.mark.parametrize("text, lang", [
    ("Тарифи на газ знову підвищили.", "uk"),
    ("Ціни на ліки в аптеках зросли.", "uk"),
    ("Зростання цін турбує пенсіонерів.", "uk"),
    ("Цены на продукты растут.", "ru"),
    ("Счета за отопление выросли вдвое.", "ru"),
])
def test_rising_prices_are_bad_news(text, lang):
    assert score(text, lang=lang) < -S.NEUTRAL_BAND, S.explain(text, lang=lang)
    assert "price_rise" in S.explain(text, lang=lang)["lemma"].tolist()


def test_other_growth_is_not_a_price_rise():
    assert "price_rise" not in S.explain("Кількість учнів у школі зросла.")["lemma"].tolist()


@pytest.mark.parametrize("text, lang, sign, frame", [
    ("Експорт зерна зріс на чверть.", "uk", 1, "earnings_growth"),
    ("Виручка пекарні зросла.", "uk", 1, "earnings_growth"),
    ("Завод наростив виробництво.", "uk", 1, "earnings_growth"),
    ("Выручка выросла на 12%.", "ru", 1, "earnings_growth"),
    ("Експорт впав на третину.", "uk", -1, "earnings_fall"),
    ("Доходы фермеров сократились.", "ru", -1, "earnings_fall"),
    ("Ціни на оренду зросли вдвічі.", "uk", -1, "price_rise"),  # rent is a price
])
def test_earnings_going_up_are_good_news_and_going_down_bad(text, lang, sign, frame):
    assert np.sign(score(text, lang=lang)) == sign and abs(score(text, lang=lang)) > S.NEUTRAL_BAND, \
        S.explain(text, lang=lang)
    assert frame in S.explain(text, lang=lang)["lemma"].tolist()


@pytest.mark.parametrize("anchored, plain", [
    ("З початку повномасштабного вторгнення школа прийняла двісті учнів.",
     "Після вторгнення школа прийняла двісті учнів."),
    ("До річниці війни відкрили виставку.", "Через війну відкрили виставку."),
])
def test_a_time_anchor_makes_the_event_a_date(anchored, plain):
    assert score(anchored) == 0 and score(plain) < 0
    assert "time_anchor" in S.explain(anchored)["rules"].str.cat(sep=",")


@pytest.mark.parametrize("text, sign", [
    ("Світла в будинку немає.", -1),
    ("Ліків обмаль.", -1),
    ("Загиблих немає.", 1),  # a valenced word before "немає" is negated, not a lack
])
def test_a_postposed_negator_after_a_plain_noun_reports_a_lack(text, sign):
    assert np.sign(score(text)) == sign


def test_not_x_but_y_scores_only_y():
    assert score("Це не поразка, а пауза.") == 0
    assert score("Вони приїхали не руйнувати, а відбудовувати.") > 0
    assert score("Це не поразка.") > 0  # without the correction the negation still flips


@pytest.mark.parametrize("question, statement", [
    ("І це ви називаєте допомогою?", "Це допомога."),
    ("Хіба такі переговори щось дадуть?", "Переговори щось дадуть."),
])
def test_questions_assert_no_praise(question, statement):
    assert score(question) <= 0 < score(statement)


def test_questions_keep_negative_words():
    assert score("Чому знову обстріл?") < 0


def test_a_topic_preposition_damps_what_follows():
    assert 0 < score("Депутати говорили про безпеку.") < score("Депутати гарантують безпеку.")
    assert score("Журналісти розповіли про загибель людей.") < -S.NEUTRAL_BAND  # a strong word keeps its sign


@pytest.mark.parametrize("text, sign", [
    ("Його вже немає серед живих.", -1),
    ("Вона пішла з життя минулої зими.", -1),
    ("Порушення законів та звичаїв війни розслідують прокурори.", 0),
    ("Стадіон був заповнений до відмови.", 0),
    ("Попри все, фестиваль відбувся.", 1),
    ("Зниклих безвісти шукають волонтери.", 0),  # one -2 concept, the волонтер +2 balances it
])
def test_more_idioms_score_as_a_whole(text, sign):
    assert np.sign(round(S.score_text(text), 6)) == sign, S.explain(text)


@pytest.mark.parametrize("text, lang", [
    ("До повномасштабного вторгнення Марія працювала бухгалтеркою.", "uk"),
    ("За три роки війни пекарня двічі змінювала постачальників.", "uk"),
    ("Під час війни бібліотека перейшла на онлайн-формат.", "uk"),
    ("До войны Павел работал учителем.", "ru"),
    ("За годы войны завод сменил поставщиков.", "ru"),
])
def test_time_formulas_with_war_are_dates(text, lang):
    assert S.score_text(text, lang=lang) == 0.0, S.explain(text, lang=lang)
    assert S.score_text("Росія почала війну.", lang="uk") < -S.NEUTRAL_BAND  # the war itself keeps its sign


@pytest.mark.parametrize("text", ["Енергетики відновили живлення для половини абонентів.",
                                  "Зранку волонтери принесли людям хліб і воду."])
def test_more_restoration_and_aid(text):
    assert S.score_text(text) > S.NEUTRAL_BAND, S.explain(text)


def test_an_idiom_is_matched_on_the_lemma_of_its_first_word():
    frame = S.explain("Родини зниклих безвісти зібралися біля мерії.")
    assert frame["lemma"].tolist() == ["зниклих безвісти"] and frame["valence"].tolist() == [-2.0]


@pytest.mark.parametrize("text", ["Обстрел продолжался всю ночь, погибли двое.",
                                  "Это настоящая катастрофа для жителей."])
def test_russian_war_vocabulary_is_negative(text):
    assert score(text, lang="ru") < 0


@pytest.mark.parametrize("text", ["Бригада отремонтировала мост.", "Жители поблагодарили спасателей."])
def test_russian_restoration_and_thanks_are_positive(text):
    assert score(text, lang="ru") > 0


def test_news_topic_words_are_weak():
    lexicon = S.load_lexicon("uk")
    assert "укриття" not in lexicon and "санкція" not in lexicon
    assert abs(lexicon["безпека"]) <= 1 and abs(lexicon["рятувальник"]) <= 1
    assert S.score_text("Мешканці перечекали тривогу в укритті.") < 0  # тривога still counts


# ---------------------------------------------------------------------------------------------
# need and plan words, register words, the Russian lexicon


@pytest.mark.parametrize("irrealis, plain, lang", [
    ("Громада потребує допомоги.", "Громада отримала допомогу.", "uk"),
    ("Для запуску потрібна підтримка донорів.", "Запуск отримав підтримку донорів.", "uk"),
    ("Відбудову мосту планують на осінь.", "Відбудову мосту завершили восени.", "uk"),
    ("Поселок нуждается в помощи.", "Поселок получил помощь.", "ru"),
    ("Восстановление школы планируют весной.", "Восстановление школы закончили весной.", "ru"),
])
def test_needed_or_planned_good_is_not_asserted(irrealis, plain, lang):
    assert score(irrealis, lang=lang) == 0 < score(plain, lang=lang)


def test_need_and_plan_words_keep_harm():
    assert score("Місто потребує нових укриттів через постійні обстріли.") < 0
    assert "irrealis" in S.explain("Село чекає на допомогу.")["rules"].iloc[0]


@pytest.mark.parametrize("text, lang", [
    ("Делегації провели переговори в Женеві.", "uk"),
    ("Рятувальники працюють на місці.", "uk"),
    ("Закон передбачає штраф.", "uk"),
    ("Над областью пролетела ракета.", "ru"),
    ("Стороны продолжили диалог.", "ru"),
])
def test_a_register_word_alone_is_neutral(text, lang):
    assert S.label(score(text, lang=lang)) == "neutral", S.explain(text, lang=lang)


def test_a_register_word_tips_other_evidence():
    assert score("Ракета зруйнувала школу.") < score("Зруйнували школу.") < 0
    assert score("Переговори принесли успіх.") > score("Зустріч принесла успіх.") > 0


def test_register_words_are_documented():
    for name in ("sentiment_uk.csv", "sentiment_ru.csv"):
        frame = pd.read_csv(LEXICON_DIR / name, keep_default_na=False)
        register = frame[frame["note"].str.contains("register word")]
        assert len(register) >= 40 and (register["score"].abs() == 0.35).all()
        assert S.normalise(0.35) <= S.NEUTRAL_BAND


def test_russian_lexicon_table():
    frame = pd.read_csv(LEXICON_DIR / "sentiment_ru.csv", keep_default_na=False)
    assert list(frame.columns) == ["lemma", "pos", "score", "domain", "note"]
    assert len(frame) >= 2400
    assert not frame["lemma"].duplicated().any()
    assert frame["lemma"].tolist() == sorted(frame["lemma"])
    assert frame["score"].between(-4, 4).all() and (frame["score"] != 0).all()
    assert set(frame["pos"]) <= {"NOUN", "VERB", "ADJ", "ADV", "INTJ"}
    # propaganda terms are scored by what they assert, and the reason is written down
    for word in ("денацификация", "демилитаризация", "спецоперация", "хунта", "освободитель"):
        row = frame[frame["lemma"] == word].iloc[0]
        assert row["note"], word


@pytest.mark.parametrize("text, sign", [
    # war, casualties, destruction (participles reach their verbs)
    ("Ночью дроны атаковали подстанцию, есть раненые.", -1),
    ("В разрушенном квартале нашли обгоревшие машины.", -1),
    ("Город снова оказался под бомбёжками.", -1),
    # crime and repression
    ("Журналиста избили и запугивали в заключении.", -1),
    ("Суд признал показания сфабрикованными.", -1),
    # aid, repair, liberation
    ("Волонтёры накормили и обогрели переселенцев.", 1),
    ("Жители отстроили разрушенный мост за месяц.", 1),
    ("Пленных удалось вызволить и вернуть домой.", 1),
    # diplomacy and economy
    ("Встреча прошла конструктивно и плодотворно.", 1),
    ("Экономика страны переживает глубокий спад, люди нищают.", -1),
    ("Малый бизнес снова процветает, доходы растут.", 1),
    # emotions and evaluation
    ("Мы были напуганы и расстроены этой новостью.", -1),
    ("Дети ликовали, увидев подарки.", 1),
    ("Это бездарное и безответственное решение.", -1),
    ("Концерт получился по-настоящему великолепным и трогательным.", 1),
    # propaganda register: scored by what the word asserts
    ("Они называют это денацификацией.", -1),
    ("Освободители вошли в посёлок.", 1),
    # homonyms and fixed phrases
    ("Об этой истории узнал весь мир.", 0),
    ("Честно говоря, решение приняли вчера.", 0),
    ("Стороны согласовали прекращение огня.", 1),
])
def test_russian_lexicon_classes(text, sign):
    assert np.sign(round(score(text, lang="ru"), 6)) == sign, S.explain(text, lang="ru")


def test_russian_false_friends_follow_the_russian_sense():
    assert score("Задержанного пытали.", lang="ru") < 0  # пытать: torture (Ukrainian питати: ask)
    assert score("Захват здания длился час.", lang="ru") < 0  # захват: seizure (Ukrainian: delight)
    assert score("Уродливый забор снесли.", lang="ru") < 0  # уродливый: ugly (Ukrainian вродливий: handsome)



# ---------------------------------------------------------------------------------------------
# lexicon review: direction words, neutral formulas, boosters and dampeners, more frames
# (sentences written for these tests)


@pytest.mark.parametrize("text, expected, lang", [
    ("Кількість відвідувачів зросла.", "neutral", "uk"),  # a direction word alone says nothing
    ("Ціни на пальне знову зросли.", "negative", "uk"),  # prices: the price_rise frame
    ("Кількість загиблих зросла до дванадцяти.", "negative", "uk"),  # what grows decides
    ("Число раненых выросло.", "negative", "ru"),
    ("Цены снова растут.", "negative", "ru"),
    ("Фахівці оновили дані в реєстрі.", "neutral", "uk"),
    ("У громаді живуть переселенці з півдня.", "neutral", "uk"),
    ("Компанія отримала прибуток.", "neutral", "uk"),
    ("Специалисты прибыли на место вызова.", "neutral", "ru"),  # прибыли: arrived, not profits
    ("Наслідки ще оцінюють.", "neutral", "uk"),
])
def test_direction_and_topic_words_are_weak_alone(text, expected, lang):
    assert S.label(score(text, lang=lang)) == expected, S.explain(text, lang=lang)


@pytest.mark.parametrize("text, lang", [
    ("Енергетики оглянули об'єкти критичної інфраструктури.", "uk"),
    ("Фахівці служби з надзвичайних ситуацій прибули на місце.", "uk"),
    ("Сотрудники министерства по чрезвычайным ситуациям работают на месте.", "ru"),
    ("Вооружённые силы провели плановые учения.", "ru"),
    ("Чесно скажу, я цього не знав.", "uk"),
    ("Скажу чесно: рішення ухвалили вчора.", "uk"),
    ("Честно признаться, я об этом не слышал.", "ru"),
])
def test_neutral_formulas_silence_their_words(text, lang):
    assert score(text, lang=lang) == 0, S.explain(text, lang=lang)


@pytest.mark.parametrize("text, lang", [
    ("Матеріали справи передали до Міжнародного кримінального суду.", "uk"),
    ("Про це повідомили в Центрі протидії дезінформації.", "uk"),
    ("Заявку подали до Агентства відновлення ще навесні.", "uk"),
    ("Дело рассматривает Международный уголовный суд.", "ru"),
    ("Расследование опубликовал Фонд борьбы с коррупцией.", "ru"),
])
def test_names_of_bodies_do_not_evaluate(text, lang):
    # the name of a body is a neutral formula even when it opens with a capital mid-sentence
    assert score(text, lang=lang) == 0, S.explain(text, lang=lang)


def test_a_capital_mid_sentence_opens_no_valenced_idiom():
    # only names (score-0 formulas) start at a capitalised word inside a sentence
    assert score("Дай Боже, щоб усі повернулися.") > S.NEUTRAL_BAND
    assert score("Він назвав пісню Дай Боже.") == 0


def test_civilians_are_not_praise():
    # "мирні жителі" names civilians: "мирний" no longer offsets the harm done to them
    assert score("Загинули мирні жителі.") == score("Загинули жителі.") < 0
    assert score("Погибли мирные жители.", lang="ru") == score("Погибли жители.", lang="ru") < 0
    assert score("Ситуація з водою в місті критична.") < -S.NEUTRAL_BAND


@pytest.mark.parametrize("plain, modified, lang", [
    ("Цього року зібрали врожай.", "Цього року зібрали рекордний врожай.", "uk"),
    ("Це була атака.", "Це була рекордна атака.", "uk"),
    ("Это была атака.", "Это была рекордная атака.", "ru"),
])
def test_record_scales_the_word_it_qualifies(plain, modified, lang):
    assert abs(score(modified, lang=lang)) > abs(score(plain, lang=lang)) > 0
    assert np.sign(score(modified, lang=lang)) == np.sign(score(plain, lang=lang))


@pytest.mark.parametrize("plain, modified, lang", [
    ("Будинок отримав пошкодження.", "Будинок отримав незначні пошкодження.", "uk"),
    ("Здание получило повреждения.", "Здание получило незначительные повреждения.", "ru"),
])
def test_minor_damps_the_harm_it_qualifies(plain, modified, lang):
    assert 0 < abs(score(modified, lang=lang)) < abs(score(plain, lang=lang))


@pytest.mark.parametrize("text, sign, lang", [
    ("Окупанти скуповують квартири за безцінь.", -1, "uk"),
    ("Землю продали за бесценок.", -1, "ru"),
    ("Діти кричали всю ніч.", -1, "uk"),
    ("После атаки на складе возникло возгорание.", -1, "ru"),
    ("Це найслабша ланка всієї системи.", -1, "uk"),
    ("Місцевий бізнес швидко адаптувався до нових умов.", 1, "uk"),
    ("Тепер усе нормально, діти вдома.", 1, "uk"),
])
def test_reviewed_lexicon_words(text, sign, lang):
    assert np.sign(round(score(text, lang=lang), 6)) == sign, S.explain(text, lang=lang)


@pytest.mark.parametrize("text, sign, lang", [
    ("Дрони полюють на машини на трасі.", -1, "uk"),
    ("Слідчі з'ясовують обставини пожежі.", -1, "uk"),
    ("Місто приєдналося до програми енергоефективності.", 1, "uk"),
    ("Видимо, в администрации решили этого не замечать.", -1, "ru"),
    ("После перерыва поезд снова прибыл на вокзал.", 1, "ru"),
    ("Після перерви поїзд прибув на вокзал.", 1, "uk"),
])
def test_words_of_review7(text, sign, lang):
    assert np.sign(round(score(text, lang=lang), 6)) == sign, S.explain(text, lang=lang)


@pytest.mark.parametrize("text, sign, lang", [
    ("Діти швидко звикли до нової школи.", 1, "uk"),
    ("Переселенці поступово призвичаюються до життя в громаді.", 1, "uk"),
    ("Жители быстро привыкли к новому графику.", 1, "ru"),
    ("Люди звикли до нічних обстрілів.", -1, "uk"),  # getting used to harm stays bad news
    ("Слідство сфабрикувало справу проти активіста.", -1, "uk"),
    ("Журналісти викрили фабрикацію компромату.", -1, "uk"),
])
def test_word_families_of_review3(text, sign, lang):
    assert np.sign(round(score(text, lang=lang), 6)) == sign, S.explain(text, lang=lang)


@pytest.mark.parametrize("text, lang, frame_id", [
    ("У селі організували гаряче харчування для мешканців.", "uk", "aid_receipt"),
    ("Для жителей организовали доставку питьевой воды.", "ru", "aid_receipt"),
])
def test_organised_aid_is_good_news(text, lang, frame_id):
    assert score(text, lang=lang) > S.NEUTRAL_BAND, S.explain(text, lang=lang)
    assert frame_id in S.explain(text, lang=lang)["lemma"].tolist()


# ---------------------------------------------------------------------------------------------
# round 5 (sentences written for these tests)


@pytest.mark.parametrize("text", [
    "Соседи помогали друг другу.",
    "Соседи ругались друг с другом.",
    "Они давно не писали друг другу.",
])
def test_the_reciprocal_pronoun_is_not_a_friend(text):
    # "друг друга" is "each other": neither of its words is "друг", a friend (+2)
    frame = S.explain(text, lang="ru")
    assert "друг" not in frame["lemma"].tolist(), frame
    assert score("Ко мне приехал старый друг.", lang="ru") > S.NEUTRAL_BAND


@pytest.mark.parametrize("text, lang", [
    ("Чи були пошкодження після вибуху?", "uk"),
    ("Наскільки небезпечною залишається ситуація на трасі?", "uk"),
    ("Как часто случаются такие аварии?", "ru"),
])
def test_an_information_question_asserts_no_harm(text, lang):
    assert S.label(score(text, lang=lang)) == "neutral", S.explain(text, lang=lang)


@pytest.mark.parametrize("text, lang", [
    ("Хіба можна так знущатися з людей?", "uk"),
    ("Чому знову руйнують наші міста?", "uk"),
    ("Неужели обстрелы будут продолжаться вечно?", "ru"),
])
def test_a_rhetorical_question_keeps_its_harm(text, lang):
    assert score(text, lang=lang) < -S.NEUTRAL_BAND, S.explain(text, lang=lang)


@pytest.mark.parametrize("text, lang", [
    ("Обвинуваченого доставили до зали засідань.", "uk"),
    ("Вирок оголосять наступного тижня.", "uk"),
    ("Приговор огласят в пятницу.", "ru"),
])
def test_roles_and_steps_of_a_trial_are_procedure(text, lang):
    # the defendant, the convict, the verdict: register words of court news, not harm events
    assert S.label(score(text, lang=lang)) == "neutral", S.explain(text, lang=lang)


@pytest.fixture(scope="module")
def demo_segments():
    from analysis.cleaning import clean_corpus
    from analysis.corpus import load_corpus

    documents = clean_corpus(load_corpus(DEMO_CORPUS_DIR).documents).documents.head(12)
    return documents, segment_corpus(documents)


def test_a_trained_classifier_scores_the_segments_of_a_corpus(trained, demo_segments):
    pipeline, _ = trained  # trained on -1/0/1, as the gold is labelled
    documents, segments = demo_segments
    by_lexicon = S.score_segments(documents, segments)
    by_classifier = S.score_segments(documents, segments, classifier=pipeline)
    assert list(by_classifier.columns) == S.SENTIMENT_COLUMNS
    # the same rows (every segment with words), other scores
    assert by_classifier[["doc_id", "seg_id", "kind", "n_words"]].equals(by_lexicon[["doc_id", "seg_id", "kind", "n_words"]])
    assert set(by_classifier["method"]) == {"classifier"}
    assert set(by_classifier["label"]) <= set(S.LABELS) and by_classifier["label"].nunique() > 1
    assert by_classifier["score"].between(-1, 1).all()
    assert S.score_segments(documents, segments, classifier=pipeline).equals(by_classifier)  # deterministic


def test_a_classifier_with_other_classes_is_refused(demo_segments):
    from sklearn.dummy import DummyClassifier

    documents, segments = demo_segments
    wrong = DummyClassifier().fit(["а", "б"], ["добре", "погано"])
    with pytest.raises(ValueError, match="classes"):
        S.score_segments(documents, segments, classifier=wrong)


def test_the_project_classifier_is_trained_on_every_labelled_sentence_the_project_ships():
    from analysis.evaluate import TRAINING_SETS, load_authored, project_sentences

    sentences = project_sentences()
    assert len(sentences) == sum(len(load_authored(d).sentences) for d in TRAINING_SETS.values())
    assert set(sentences["language"]) == {"uk", "ru"} and set(sentences["polarity"]) == {-1, 0, 1}
    model = S.project_classifier()
    assert model is S.project_classifier()  # trained once per process
    assert list(model.classes_) == [-1, 0, 1]
    # it learned something: in-sample it agrees with the gold far above chance
    assert f1_score(sentences["polarity"], model.predict(sentences["text"].tolist()), average="macro") > 0.6


@pytest.mark.parametrize("text, lang, sign", [
    # a negated verb of a harm takes the negation; the infinitive phrase it governs goes on
    ("Люди не втомилися допомагати.", "uk", 1),
    ("Люди не устали помогать.", "ru", 1),
    ("Вони не бояться говорити правду.", "uk", 1),
    # a negated verb of success denies the infinitive too
    ("Вони не змогли допомогти.", "uk", 0),
    ("Вони не встигли врятуватися.", "uk", -1),
])
def test_a_negated_harm_verb_leaves_its_infinitive_as_it_is(text, lang, sign):
    value = score(text, lang=lang)
    assert (value > S.NEUTRAL_BAND) - (value < -S.NEUTRAL_BAND) == sign, S.explain(text, lang=lang)


@pytest.mark.parametrize("text, lang", [
    # what goes on despite a harm is endurance, even with no evaluative word
    ("Попри це, громада не розпалася.", "uk"),
    ("Попри удар, коридор продовжує працювати.", "uk"),
    ("Несмотря на это, люди продолжают приезжать.", "ru"),
    # a fundraiser closed reached its target
    ("Збір закрили за дві доби.", "uk"),
    ("Волонтери закрили збір на пікап.", "uk"),
    # working as normal, all of them present
    ("Порти Дунаю працюють у штатному режимі.", "uk"),
    ("Город работает в обычном режиме.", "ru"),
    ("Наступного дня бригада вийшла на зміну в повному складі.", "uk"),
])
def test_endurance_closed_fundraisers_and_normal_work_are_good_news(text, lang):
    assert score(text, lang=lang) > S.NEUTRAL_BAND, S.explain(text, lang=lang)


@pytest.mark.parametrize("text, lang", [
    ("Попри обіцянки, ціни так і не знизили, а черги стали ще довшими.", "uk"),  # asserted harm
    ("Ексгумація в лісі триватиме два тижні.", "uk"),  # a forensic procedure, not an event
])
def test_endurance_needs_no_harm_asserted_and_exhumation_is_a_procedure(text, lang):
    assert score(text, lang=lang) <= S.NEUTRAL_BAND, S.explain(text, lang=lang)


@pytest.mark.parametrize("text, lang, sign", [
    # "а" after a negated finite verb joins two clauses; it corrects only a negated word ("не X, а Y")
    ("Жоден учасник не постраждав, а всі сесії завершено.", "uk", 1),
    ("Людей не вистачає, а паперів побільшало втричі.", "uk", -1),
    # a finite verb before a directive is an event of its own, not part of the appeal
    ("У МЗС рішення суду привітали й закликали держави виконати ордери.", "uk", 1),
    ("МИД поблагодарил Таллин и призвал другие страны принять такие законы.", "ru", 1),
])
def test_a_clause_joined_by_a_and_an_event_before_an_appeal_keep_their_sign(text, lang, sign):
    value = score(text, lang=lang)
    assert (value > S.NEUTRAL_BAND) - (value < -S.NEUTRAL_BAND) == sign, S.explain(text, lang=lang)
