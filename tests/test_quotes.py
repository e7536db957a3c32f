"""Segmentation into editorial / quote / question / scare_quote, with speakers."""

import csv

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.config import LEXICON_DIR
from analysis.evaluate import evaluate_quotes, read_gold
from analysis.quotes import SEGMENT_COLUMNS, segment_corpus, segment_text
from conftest import GOLD_DIR


def pieces(text, kind=None, lang="uk"):
    frame = segment_text(text, lang=lang)
    if kind:
        frame = frame[frame["kind"] == kind]
    return [(text[r.start:r.end], r.speaker, r.quote_id) for r in frame.itertuples()]


def assert_partition(text, frame):
    assert list(frame.columns) == SEGMENT_COLUMNS
    cursor = 0
    for row in frame.itertuples():
        assert row.start == cursor and row.end > row.start
        cursor = row.end
    assert cursor == len(text)


@pytest.mark.parametrize("text, quote, speaker", [
    ("Марія Бондар заявила: «Ми готові до зими». Далі був брифінг.", "Ми готові до зими", "Марія Бондар"),
    ("«Ремонт триватиме тиждень», – сказав Олег Бойко.", "Ремонт триватиме тиждень", "Олег Бойко"),
    ("“Світла не буде до ранку”, – повідомила Ірина Ткач.", "Світла не буде до ранку", "Ірина Ткач"),
    ('"Ми тримаємо оборону", – наголосив Петро Гуменюк.', "Ми тримаємо оборону", "Петро Гуменюк"),
    ("– Ми працюємо цілодобово, – розповів Андрій Лисенко.", "Ми працюємо цілодобово", "Андрій Лисенко"),
    ("— Ми працюємо цілодобово, — розповів Андрій Лисенко.", "Ми працюємо цілодобово", "Андрій Лисенко"),
    ("- Ми працюємо цілодобово, - розповів Андрій Лисенко.", "Ми працюємо цілодобово", "Андрій Лисенко"),
    ("Мер Степан Коваль написав у фейсбуці: «Школи відкриються в понеділок».",
     "Школи відкриються в понеділок", "Степан Коваль"),
])
def test_quoting_conventions(text, quote, speaker):
    found = pieces(text, "quote")
    assert [q for q, _, _ in found] == [quote]
    assert found[0][1] == speaker


def test_nested_quotes_stay_inside_the_outer_quote():
    text = "Олена Шевчук сказала: «Він відповів мені: „Все буде добре“, і поїхав». Потім вона пішла."
    assert pieces(text, "quote") == [("Він відповів мені: „Все буде добре“, і поїхав", "Олена Шевчук", 0)]


def test_interrupted_quote_is_one_quotation_and_the_attribution_is_editorial():
    text = "«Світло буде, – каже Іван Мельник, – але не одразу»."
    found = pieces(text, "quote")
    assert [q for q, _, _ in found] == ["Світло буде", "але не одразу"]
    assert {s for _, s, _ in found} == {"Іван Мельник"}
    assert len({g for _, _, g in found}) == 1


def test_unmarked_block_quote_with_attribution_line_and_insertion():
    text = ("Голова області провів нараду з аграріями.\n\n"
            "Ми вчора довго радилися з ними (з фермерами – ред.) про врожай. Посівна йде за планом,\n"
            "– каже Савченко.\n\nЦе викликало подив.")
    found = pieces(text, "quote")
    assert [q for q, _, _ in found] == ["Ми вчора довго радилися з ними", "про врожай. Посівна йде за планом"]
    assert {s for _, s, _ in found} == {"Савченко"}
    assert len({g for _, _, g in found}) == 1


@pytest.mark.parametrize("text, post, speaker, cue", [
    # X/Twitter: the post, then "— Name (@handle) date" on its own line or paragraph
    ("Міністр відреагував у мережі.\n\nМи відбудуємо кожну підстанцію. Дякую енергетикам!\n"
     "— Остап Гнатюк (@ostap_hn) March 3, 2024\n\nДалі текст.",
     "Ми відбудуємо кожну підстанцію. Дякую енергетикам!", "Остап Гнатюк", "embed:x"),
    ("Посол написала англійською.\n\nWe stand with Ukraine.\n\n— Jane Doe (@janedoe_amb) 4 березня 2024 р.",
     "We stand with Ukraine.", "Jane Doe", "embed:x"),
    # Facebook: "Posted by Name on date"
    ("Текст.\n\nСьогодні в громаді день жалоби.\nPosted by Ірпінська міська рада on Monday, March 4, 2024",
     "Сьогодні в громаді день жалоби.", "Ірпінська міська рада", "embed:facebook"),
    # Instagram, with a caption before the author line
    ("Текст.\n\nНарешті вдома.\nA post shared by Марта Лис (@marta.lys)\n\nДалі.",
     "Нарешті вдома.", "Марта Лис", "embed:instagram"),
    # a page whose paragraphs are single lines: only the line before the author line
    ("Волонтер описав вечір.\nСвітло дали, трамваї пішли.\n— Іван Руденко (@irudenko) 5 березня 2023 р.\n"
     "Далі текст статті.", "Світло дали, трамваї пішли.", "Іван Руденко", "embed:x"),
])
def test_an_embedded_post_is_a_quote_of_its_author(text, post, speaker, cue):
    frame = segment_text(text)
    quotes = frame[frame["kind"] == "quote"]
    assert [text[r.start:r.end] for r in quotes.itertuples()] == [post]
    assert quotes["speaker"].tolist() == [speaker] and quotes["cue"].tolist() == [cue]
    assert_partition(text, frame)


def test_an_embed_link_and_author_line_without_a_caption_quote_nothing():
    # the paragraph before the fallback link is the journalist's, not the post's
    text = "Співачка показала фото з концерту.\n\nView this post on Instagram\n\nA post shared by Марта Лис (@marta.lys)"
    assert segment_text(text)["kind"].tolist() == ["editorial"]


def test_quote_across_paragraphs():
    text = ("«Перший абзац промови без закривальної лапки.\n\n"
            "«Другий абзац закінчує цитату», – сказала Ольга Дорош.\n\nДалі редакційний текст.")
    found = pieces(text, "quote")
    assert len(found) == 2 and len({g for _, _, g in found}) == 1
    assert {s for _, s, _ in found} == {"Ольга Дорош"}


def test_interview_questions_and_answers():
    text = ("Ми поговорили з хірургом Ігорем Морозом про роботу лікарні.\n\n"
            "– Скільки поранених ви приймаєте щодня?\n\n– Буває по двадцять, буває більше.\n\n"
            "– Чого бракує найбільше?\n\n– Бракує людей і часу.")
    frame = segment_text(text)
    kinds = frame[frame["kind"] != "editorial"]["kind"].tolist()
    assert kinds == ["question", "quote", "question", "quote"]
    assert set(frame[frame["kind"] == "quote"]["speaker"]) == {"Ігор Мороз"}


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "Волонтерка Ганна Руденко збирає гроші на дрони. Ми поговорили з нею про втому.\n\n"
           "Чи стало важче збирати?\n\nСтало. Люди дають менше, але частіше.\n\n"
           "Що вас тримає?\n\nХлопці на позиціях і їхні повідомлення.\n\n"
           "Наступний збір фонд оголосить у понеділок.", "Ганна Руденко"),
    ("ru", "Мы попросили историка Павла Осадчего ответить на несколько вопросов.\n\n"
           "Зачем нужны такие вбросы?\n\nЧтобы посеять панику перед зимой.\n\n"
           "Как их распознать?\n\nПроверять источник и дату снимка.", "Павел Осадчий"),
    # one who told the outlet, before the questions
    ("uk", "Як проходять ці процеси, «Виміру» розповів аналітик групи «Моніторинг полону» Юрій Ничипорук.\n\n"
           "Скільки полонених уже засудили?\n\nМи верифікували 187 вироків.\n\nХто ці люди?\n\n"
           "Переважно бійці з Маріуполя.\n\nНаступне засідання суду призначено на травень.", "Юрій Ничипорук"),
])
def test_interview_without_dashes_or_labels(lang, text, speaker):
    frame = segment_text(text, lang=lang)
    speech = frame[frame["kind"] != "editorial"]
    assert speech["kind"].tolist() == ["question", "quote", "question", "quote"]
    assert set(speech.loc[speech["kind"] == "quote", "speaker"]) == {speaker}
    assert text[speech.iloc[0]["start"]:speech.iloc[0]["end"]].endswith("?")
    # the paragraph after the last answer is the journalist's again
    assert frame.iloc[-1]["kind"] == "editorial" or lang == "ru"


@pytest.mark.parametrize("lang, text, fragment, kind", [
    ("uk", "Міністр Андрій Литвиненко назвав атаку «найзухвалішою за всю зиму».", "найзухвалішою за всю зиму", "quote"),
    ("uk", 'Речниця Ольга Мельник назвала ці заяви "театром абсурду".', "театром абсурду", "quote"),
    ("ru", "Аналитик Олег Мирошниченко назвал публикацию «грубой подделкой».", "грубой подделкой", "quote"),
    ("uk", "Окупанти назвали це «визволенням».", "визволенням", "scare_quote"),  # one word, no named speaker
])
def test_words_a_named_speaker_gives_something_are_a_quote(lang, text, fragment, kind):
    assert [q for q, _, _ in pieces(text, kind, lang)] == [fragment]


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "«Ворог відступив», — йдеться у заяві Генштабу ЗСУ.", "Генштаб ЗСУ"),
    ("uk", "«Обмін триватиме», – йдеться в повідомленні Координаційного штабу з питань полонених.",
     "Координаційний штаб з питань полонених"),
    ("uk", "«Ціни зростуть», – йдеться в заяві пресслужби НБУ за підсумками засідання.", "пресслужба НБУ"),
    ("uk", "«Пожежу загасили», – йдеться в повідомленні ДСНС у Київській області.", "ДСНС у Київській області"),
    ("uk", "У МЗС заявили: «Переговорів не буде».", "МЗС"),
    ("uk", "В Генштабі повідомили: «Атаку відбито».", "Генштаб"),
    ("ru", "«Пожары потушены», – говорится в сообщении Оперативного командования «Юг».",
     "Оперативное командование «Юг»"),
    ("ru", "«Документ поддельный», - говорится в сообщении Центра противодействия дезинформации.",
     "Центр противодействия дезинформации"),
])
def test_institutions_as_speakers(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "“Запаси крові достатні”, — повідомили в Міністерстві охорони здоровʼя України.",
     "Міністерство охорони здоровʼя України"),
    ("ru", "«Повреждены двести памятников», – сообщили в департаменте культурного наследия горсовета.",
     "департамент культурного наследия горсовета"),
    ("ru", "В городской администрации заявили, что ситуация с ценами «под полным контролем».",
     "городская администрация"),
])
def test_institutions_after_the_verb_and_in_lower_case(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


def test_a_platform_or_a_place_is_not_an_institution():
    assert {who for _, who, _ in pieces("Іван Бойко очолює громаду. «Ми тримаємось», – написав він у Telegram.",
                                        "quote")} == {"Іван Бойко"}
    assert {who for _, who, _ in pieces("Іван Бойко приїхав. «Ми тримаємось», – сказав у Харкові він.",
                                        "quote")} == {"Іван Бойко"}


def test_a_naming_verb_of_a_person_named_by_surname_or_pronoun():
    text = ("Інженер Сергій Ковтун керує розмінуванням. Машинне розмінування Ковтун назвав «справжнім "
            "проривом». Вона назвала це «найкращою відповіддю на терор».")
    assert [(q, who) for q, who, _ in pieces(text, "quote")] == [("справжнім проривом", "Сергій Ковтун"),
                                                                 ("найкращою відповіддю на терор", "Сергій Ковтун")]


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "Пресслужба Офісу генерального прокурора повідомила: «Вирок набрав чинності».",
     "Пресслужба Офісу генерального прокурора"),
    ("uk", "Міністерство оборони заявило: «Атаку відбито».", "Міністерство оборони"),
    ("uk", "Запорізька обласна рада повідомила: «Кошти виділено».", "Запорізька обласна рада"),
    ("ru", "Пресс-служба городского совета сообщила: «Воду дадут завтра».", "Пресс-служба городского совета"),
    ("uk", "Речниця міністерства Олена Гай заявила: «Атаку відбито».", "Олена Гай"),
])
def test_an_institution_as_the_subject_of_the_verb(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


def test_a_place_after_a_preposition_and_an_adjective_is_no_person():
    text = ("Він очолював комендатуру в окупованому Купʼянську. Марта Ліщук нагадує про вирок. "
            "Вона назвала процеси «єдиним способом зафіксувати злочини».")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Марта Ліщук"]


def test_a_double_surname_is_one_name():
    text = ("Суперечка спалахнула між Іриною Ковальчук-Бойко та Олегом Дубом.\n\n"
            "— Ви пропонуєте служити без строку, — сказала Ковальчук-Бойко.")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Ірина Ковальчук-Бойко"]


def test_an_institution_whose_name_holds_a_first_name():
    text = "«Повернули тисячу дітей», – повідомили в Офісі Уповноваженого Верховної Ради з прав людини."
    assert [who for _, who, _ in pieces(text, "quote")] == ["Офіс Уповноваженого Верховної Ради з прав людини"]


def test_the_dash_of_an_editorial_insertion_starts_no_attribution():
    text = "— Так. Нас (всю роту – ред.) перевезли під Бахмут і сказали, що тепер ми штурмовики."
    assert [q for q, _, _ in pieces(text, "quote")] == ["Так. Нас", "перевезли під Бахмут і сказали, що тепер ми штурмовики."]


def test_a_name_noun_in_the_previous_sentence_does_not_make_a_name():
    text = "Журналіст побував у селі. «Найстрашніше за місяць – лисиця в курнику», – пожартував фермер Віктор Гнатюк."
    assert [(q, who) for q, who, _ in pieces(text, "quote")] == [
        ("Найстрашніше за місяць – лисиця в курнику", "Віктор Гнатюк")]


def test_a_statement_without_a_name_does_not_make_an_institution():
    text = "Олена Гринько очолює відомство. «Ми працюємо», – йдеться в заяві відомства."
    assert [who for _, who, _ in pieces(text, "quote")] == ["Олена Гринько"]


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "«Затриманому повідомили про підозру», – повідомила СБУ у своєму Telegram-каналі.", "СБУ"),
    ("uk", "«Атаку відбито», – повідомило Міністерство оборони.", "Міністерство оборони"),
    ("ru", "«Атака отражена», – сообщило Министерство обороны Украины.", "Министерство обороны Украины"),
])
def test_an_institution_as_the_subject_after_the_verb(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "У Міністерстві юстиції підтримали законопроєкт. Депутати ще сперечаються.\n\n"
           "«Норма давно назріла», – йдеться в коментарі міністерства.", "Міністерство юстиції"),
    ("uk", "СБУ затримала коригувальника в Одесі. Його спіймали біля порту.\n\n"
           "«Фігурант діяв за гроші», – йдеться в повідомленні відомства.", "СБУ"),
    ("ru", "В МИД Молдовы прокомментировали визит. Позже к обсуждению подключились депутаты.\n\n"
           "«Визит не согласовывался», – говорится в заявлении ведомства.", "МИД Молдовы"),
])
def test_a_bare_institution_noun_refers_back_to_the_institution_named_before(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


def test_a_state_is_not_the_agency_a_bare_institution_noun_refers_to():
    text = "США запровадили нові санкції. «Обмеження діятимуть рік», – йдеться в заяві відомства."
    assert [who for _, who, _ in pieces(text, "quote")] != ["США"]


def test_a_paragraph_addressing_an_audience_before_a_colon_introduces_an_unmarked_quote():
    text = ("Голова громади Марко Левицький звернувся до волонтерів:\n\n"
            "Без вас ми не відбудували б жодного даху. Дякую кожному.\n\nПотім усі сфотографувалися.")
    assert [(q, who) for q, who, _ in pieces(text, "quote")] == [
        ("Без вас ми не відбудували б жодного даху. Дякую кожному.", "Марко Левицький")]


@pytest.mark.parametrize("lang, intro", [
    ("uk", "Розповідає Оксана Дідух:"),  # the verb before its subject
    ("uk", "Оксана Дідух розповідає:"),
    ("ru", "Вспоминает Оксана Дидух:"),
])
def test_a_line_before_a_colon_introduces_a_monologue_over_first_person_paragraphs(lang, intro):
    said = {"uk": ("Ми не вірили, що доведеться їхати. Спочатку зникло світло.",
                   "Автобус приїхав уранці. Я взяла документи і кота, нічого не скажу більше.",
                   "Тепер вона живе в гуртожитку."),
            "ru": ("Мы не верили, что придется уезжать. Сначала пропал свет.",
                   "Автобус приехал утром. Я взяла документы и кота, больше ничего не скажу.",
                   "Теперь она живет в общежитии.")}[lang]
    name = "Оксана Дідух" if lang == "uk" else "Оксана Дидух"
    text = f"{name} прожила в місті все життя.\n\n{intro}\n\n" + "\n\n".join(said)
    assert [(q, who) for q, who, _ in pieces(text, "quote", lang)] == [(said[0], name), (said[1], name)]


@pytest.mark.parametrize("after", [
    "Монтаж робила київська фірма. Ми поговорили з її інженером Вадимом Кушніром.",  # a new person
    "Оксана завжди любила кіно, і нам показувала старі фільми.",  # the speaker, named: about her
    "Потім нам зателефонувала сестра, каже вона.",  # a report in the third person
    "Тепер вона живе в гуртожитку.",  # no first person
])
def test_a_monologue_ends_where_the_editorial_voice_comes_back(after):
    text = ("Оксана Дідух прожила в місті все життя.\n\nРозповідає Оксана Дідух:\n\n"
            f"Ми не вірили, що доведеться їхати.\n\n{after}")
    assert [q for q, _, _ in pieces(text, "quote")] == ["Ми не вірили, що доведеться їхати."]


def test_a_question_put_to_one_of_several_by_name_is_answered_by_that_one():
    text = ("На запитання журналістів відповідали заступниця міністра Оксана Левчук і начальник "
            "управління Ігор Сахно.\n\nДалі — відповіді посадовців.\n\n"
            "Пані Левчук, скільки триває черга?\n\nУ середньому дев’ять днів, ми її скоротили.\n\n"
            "Пане Сахно, чому родини не знають про відмову?\n\nТакі випадки були, я перепрошую.\n\n"
            "І знову до пана Сахна: чи вистачає машин?\n\nЗараз у нас чотирнадцять машин.")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Оксана Левчук", "Ігор Сахно", "Ігор Сахно"]
    assert len(pieces(text, "question")) == 3


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "Міський голова Вінниці Сергій Моргун і директор школи Олег Гай відкрили укриття.\n\n"
           "«Ми чекали цього два роки», – сказав мер.", "Сергій Моргун"),
    ("ru", "Городской голова Николаева Игорь Литвак и директор водоканала Наталья Кравец провели "
           "пресс-конференцию. Журналист местного телеканала спросил: «Когда будет вода?»\n\n"
           "«Работы затянутся до осени», – признал мэр.", "Игорь Литвак"),
    ("ru", "Прокурор Антон Сухарев просил семь лет. Адвокат Мария Лиховид напомнила, что посты "
           "Елены Вересовой взяты из доклада ООН.\n\n"
           "«Обвинение не назвало ни одного ложного факта», — сказала защитница.", "Мария Лиховид"),
])
def test_a_person_is_called_by_another_title_than_the_one_introduced(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


def test_a_surname_with_a_case_ending_the_dictionary_does_not_know_is_the_person_named_before():
    text = ("Міністр Андрій Кравчишин провів зустріч.\n\n"
            "За словами Кравчишина, «коридор має стати найшвидшим».")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Андрій Кравчишин"]


def test_a_person_named_in_what_a_source_reported_does_not_replace_the_source():
    text = ("Источник в окружении семьи рассказал изданию, что в СИЗО Вересова продолжает петь. "
            "«Она и там организовала хор», — сказал собеседник.")
    assert [who for _, who, _ in pieces(text, "quote", "ru")] == ["источник в окружении семьи"]


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "Начальник МВА Ігор Стецюк назвав ніч важкою.\n\nЗранку Генштаб ЗСУ оприлюднив зведення. "
           "«Відбулося 96 зіткнень», – ідеться в ньому.", "ЗСУ"),
    ("ru", "Начальник МВА Игорь Стецюк назвал ночь тяжелой.\n\nУтром Генштаб ВСУ опубликовал сводку. "
           "«Произошло 96 столкновений», – говорится в ней.", "ВСУ"),
])
def test_a_statement_referred_to_by_a_pronoun_is_the_body_s_that_published_it(lang, text, speaker):
    assert [who.split()[-1] for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Світло в Кривому Розі. Енергетики компанії «ДніпроЕнергоМережі» під ранок повідомили у Facebook: "
     "«Живлення відновлено».", "компанія «ДніпроЕнергоМережі»"),
    ("Рятувальники ДСНС Київщини повідомили: «Пожежу ліквідовано».", "ДСНС Київщини"),
])
def test_staff_opening_the_sentence_speak_for_the_body_named_after_them(text, speaker):
    assert [who for _, who, _ in pieces(text, "quote")] == [speaker]


@pytest.mark.parametrize("text, persons", [
    ("Світло в Кривому Розі повернули. Мешканка Ірина Гай подякувала.", ["Ірина Гай"]),
    ("Ліцей у Білій Церкві відкрили. Директорка Олена Гай подякувала.", ["Олена Гай"]),
])
def test_a_first_name_after_a_capitalised_adjective_is_a_place(text, persons):
    from analysis.quotes import _Context, _register_persons, load_cues, load_name_nouns, \
        load_speaker_descriptions, paragraph_spans
    ctx = _Context(text, "uk", load_cues(), load_name_nouns(), load_speaker_descriptions(), paragraph_spans(text))
    _register_persons(ctx)
    assert [name for _, name in ctx.persons] == persons


def test_a_question_and_its_answer_on_one_dash_line_are_split_and_the_interviewee_answers():
    text = ("Директорка ліцею Людмила Онищенко розповіла нашому виданню, як живе школа.\n\n"
            "— Батьки не бояться? — Бояться, звісно. Учні приїжджають зі Львова.\n\n"
            "Одинадцятикласник Максим Кравець зізнався: «Я рік не бачив однокласників».\n\n"
            "— А як почуваються учні? — Вони дорослішають дуже швидко.")
    assert [q for q, _, _ in pieces(text, "question")] == ["Батьки не бояться?", "А як почуваються учні?"]
    assert [(q, who) for q, who, _ in pieces(text, "quote")] == [
        ("Бояться, звісно. Учні приїжджають зі Львова.", "Людмила Онищенко"),
        ("Я рік не бачив однокласників", "Максим Кравець"),
        ("Вони дорослішають дуже швидко.", "Людмила Онищенко")]


def test_an_attribution_after_a_dashed_question_is_no_answer():
    text = ("– Я нічого не боюся, – сказав студент Денис Ярошенко.\n\n"
            "– А ви не боїтеся? – перепитала його Олександра Гуменюк.")
    assert "перепитала" not in " ".join(q for q, _, _ in pieces(text, "quote"))


@pytest.mark.parametrize("lang, text, speaker", [
    ("ru", "МВД сообщило о рейдах. «Нам предложили выбор, – рассказал нашему корреспонденту один из "
           "задержанных, гражданин Узбекистана. – Домой я не позвонил».", "один из задержанных, гражданин Узбекистана"),
    ("uk", "Суд допитав свідків. «Вони приходили вдвох», — розповіла суду одна зі свідків, колишня інженерка ЗАЕС.",
     "одна зі свідків, колишня інженерка ЗАЕС"),
    ("uk", "«Тут страшно», – розповів один із мешканців будинку, який живе тут двадцять років.",
     "один із мешканців будинку"),
])
def test_one_of_a_group_after_an_addressee_keeps_its_apposition(lang, text, speaker):
    assert {who for _, who, _ in pieces(text, "quote", lang)} == {speaker}


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "Повітряні сили підбили підсумки атаки. «Противник застосував 12 ракет» — йдеться в повідомленні "
           "командування.", "Повітряні сили"),
    ("ru", "Воздушные силы сообщили о сбитых дронах. «Враг атаковал волнами», – говорится в сообщении "
           "командования.", "Воздушные силы"),
])
def test_the_command_is_that_of_the_military_body_named_before(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


def test_an_unattributed_reply_to_the_first_line_of_an_exchange_is_the_other_person_s():
    text = ("Наш корреспондент записал разговор полицейского с 83-летним Петром Ивановичем.\n\n"
            "— Дедушка, собирайтесь, машина ждет, — говорит сержант полиции Денис Мороз.\n\n"
            "— Кота возьмете? Без него не поеду.")
    assert [who for _, who, _ in pieces(text, "quote", "ru")] == ["Денис Мороз", "Петр Иванович"]


def test_dash_speech_may_open_after_a_sentence_of_the_journalist_inside_a_paragraph():
    text = ("Пенсіонерка Ніна, яка живе сама на крайній вулиці, виїжджати не збирається. — Я тут "
            "народилася і тут помру, — відрізала вона.\n\n"
            "«Ми нічого не вигадували, – каже режисерка Софія Левицька. – Найстрашніше – це тиша.»\n\n"
            "Староста визнав, що переконує родини. Люди — це головне.")
    assert [(q, who) for q, who, _ in pieces(text, "quote")] == [
        ("Я тут народилася і тут помру", "Ніна"), ("Ми нічого не вигадували", "Софія Левицька"),
        ("Найстрашніше – це тиша.", "Софія Левицька")]


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "Начальник сектору Олексій Дорошенко розповів про евакуацію.\n\nУ Telegram-каналі поліції "
           "Харківщини опублікували відео з евакуації. Під відео підпис: «Кожен виїзд – це ризик».",
     "поліція Харківщини"),
    ("ru", "Капитан Денис Полищук рассказал о рейде.\n\nВМС опубликовали в Facebook снимки причала. "
           "«Место освободилось», — говорится в подписи к ним.", "ВМС"),
])
def test_a_caption_is_the_body_s_that_published_the_picture(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "Адміністрація США розглядає передачу ракет, пише The Washington Post з посиланням на джерела.\n\n"
           "«Йдеться про кілька десятків ракет», – пише видання.", "The Washington Post"),
    ("ru", "Производитель получает микроэлектронику через посредников, сообщила Financial Times.\n\n"
           "«Чипы попадают на завод через шесть недель», — пишет газета.", "Financial Times"),
    ("uk", "Війська посилили штурми, йдеться у звіті американського Інституту вивчення війни (ISW).\n\n"
           "Як зазначили аналітики ISW, «командування кидає в бій менш підготовлені підрозділи».",
     "Інститут вивчення війни"),
    ("uk", "Війська посилили штурми, йдеться у звіті Інституту вивчення війни.\n\n"
           "«Більшість груп знищують ще на підході» — пишуть експерти інституту.", "Інститут вивчення війни"),
])
def test_foreign_outlets_and_analysts_of_a_body_speak_for_it(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "Заступник голови ОВА Віталій Гордієнко написав про удар.\n\nПід його дописом зʼявилися "
           "коментарі. Користувачка з ніком olena_sumy_mama написала: «Третю зиму сидимо в куртках».",
     "olena_sumy_mama"),
    ("uk", "Першою підробку помітила користувачка X з ніком Kvitka_OSINT, яка веде сторінку. "
           "У треді вона написала: «Герб розтягнутий».", "Kvitka_OSINT"),
    ("ru", "Командир Андрей Сагайдак ответил коротко.\n\nПользователь под ником Sever_77 написал: "
           "«Вчера ты написал правду».", "Sever_77"),
    ("uk", "Сторінку ведуть з позицій: оператор дронів з позивним Сич публікує відео.\n\n"
           "«Сторінка – це наш склад дронів», – каже військовий.", "Сич"),
])
def test_users_known_by_a_nickname_or_a_call_sign_without_quote_marks(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


def test_where_a_source_spoke_is_no_part_of_its_description():
    text = ("Центр відніс канал до мережі.\n\nДжерело в Службі безпеки в коментарі нашому виданню було "
            "обережним: «Адміністратори сидять у Мелітополі».")
    assert [who for _, who, _ in pieces(text, "quote")] == ["джерело в Службі безпеки"]


def test_a_company_named_in_quote_marks_after_a_clause_is_the_company_referred_to():
    text = ("Гість ефіру Олег Гриценко подякував енергетикам.\n\nПоки тривав ефір, «Укренерго» поширило "
            "повідомлення. «Діють аварійні відключення», – йдеться в повідомленні компанії.")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Укренерго"]


def test_verbs_of_interrupting_and_indignation_attribute_dialogue_lines():
    text = ("Депутат Госдумы Геннадий Рыбаков заверил зрителей, что проблем нет.\n\n"
            "Политолог Аркадий Шилов, сидевший напротив, с ним не согласился.\n\n"
            "— Люди стоят по четыре часа, — перебил он депутата. — Надо честно сказать: дроны бьют по НПЗ.\n\n"
            "— Вы сейчас повторяете вражескую пропаганду! — возмутился Рыбаков.")
    assert [who for _, who, _ in pieces(text, "quote", "ru")] == ["Аркадий Шилов", "Аркадий Шилов", "Геннадий Рыбаков"]
    assert set(segment_text(text, lang="ru").query("kind == 'quote'")["cue"]) == {"перебить", "возмутиться"}


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "Посадовець Роман Білоус погодився. МОЗ після ефіру написало в Telegram: «Записалися 1140 донорів».", "МОЗ"),
    ("ru", "Чиновник Роман Белоус согласился. Минздрав после эфира написал: «Записались 1140 доноров».", "Минздрав"),
])
def test_a_time_after_a_preposition_may_stand_between_a_body_and_its_verb(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "У четвер Київська міська рада надала скверу статус парку.\n\nНа сайті міськради з цього приводу "
           "повідомили: «Будівництво заборонене».", "Київська міська рада"),
    ("ru", "Министерство просвещения России в годовом отчете написало: «Программа формирует гордость».",
     "Министерство просвещения России"),
    ("ru", "В четверг городской совет принял решение. «Решение окончательное», — говорится в отчете совета.",
     "городской совет"),
])
def test_a_phrase_between_a_body_and_its_verb_and_a_verb_read_as_a_surname(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


def test_statement_nouns_are_dictionary_lemmas():
    from analysis import nlp
    with open(LEXICON_DIR / "statement_nouns.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(row["lemma"] in nlp.lemma_set(row["lemma"], row["language"]) for row in rows)


@pytest.mark.parametrize("lang, text, speaker", [
    ("ru", "Представитель Еврокомиссии Мартина Фогель-Андерсен выступила.\n\nВ ГУР Минобороны Украины на "
           "своей странице в Facebook написали: «Обломки дронов мы находим».", "ГУР Минобороны Украины"),
    ("uk", "Представниця Єврокомісії Мартіна Фогель виступила.\n\nУ Міністерстві оборони на офіційному сайті "
           "повідомили: «Уламки дронів ми знаходимо».", "Міністерство оборони"),
])
def test_where_a_body_published_may_stand_between_it_and_its_verb(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, name, canonical", [
    ("ru", "Российский МИД", "МИД России"),
    ("ru", "Пресс-служба российского Минэнерго", "Пресс-служба Минэнерго России"),
    ("uk", "російське МЗС", "МЗС Росії"),
    ("uk", "Український інститут", "Український інститут"),  # no abbreviation: a name of its own
    ("uk", "Російське міністерство оборони", "Міністерство оборони Росії"),
    ("uk", "Український інститут національної памʼяті", "Український інститут національної памʼяті"),
    ("uk", "Олена Руська", "Олена Руська"),
])
def test_a_state_adjective_before_an_abbreviation_becomes_the_state_after_it(lang, name, canonical):
    from analysis.quotes import _state_after
    assert _state_after(name, lang) == canonical


def test_the_lines_of_an_intercepted_call_alternate_between_its_two_parties():
    text = ("СБУ оприлюднила перехоплену розмову окупанта з його матір’ю.\n\n"
            "– Мам, я тут телевізор знайшов, великий.\n\n– Синку, а господарі не повернуться?\n\n"
            "– Які господарі, вони втекли.\n\n– Ну то бери.\n\n"
            "Далі військовий скаржиться на командирів.\n\n– З нашого взводу лишилося семеро.\n\n"
            "– Не кажи таке по телефону.")
    assert [who for _, who, _ in pieces(text, "quote")] == [
        "окупант", "його мати", "окупант", "його мати", "окупант", "його мати"]
    assert not pieces(text, "question")


def test_the_interception_of_a_drone_is_no_intercepted_call():
    text = ("Оператор перехоплювача Денис Клименко до війни розробляв ігри, а його мати вчителька.\n\n"
            "– Ціль у повітрі, – доповідає Клименко.\n\n– Є захоплення, іду на перехоплення.")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Денис Клименко", "Денис Клименко"]


@pytest.mark.parametrize("lang, text, speaker", [
    ("ru", "В Министерстве иностранных дел России морской коридор ранее назвали «прикрытием для поставок».",
     "Министерство иностранных дел России"),
    ("uk", "У Міністерстві освіти ці плани назвали «передчасними».", "Міністерство освіти"),
])
def test_a_naming_verb_s_object_is_no_part_of_the_body_s_name(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


def test_the_nearer_compound_is_the_body_a_bare_head_noun_refers_to():
    text = ("Державна податкова служба з березня скасувала мораторій.\n\nОкремо Держмитслужба повідомила "
            "про зростання надходжень. «Митниці перерахували 31,7 млрд», — йдеться в повідомленні служби.")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Держмитслужба"]


def test_a_month_after_a_preposition_ends_a_body_s_name():
    text = "Державна податкова служба з березня скасувала мораторій. «Ми чекали», – йдеться в повідомленні служби."
    assert [who for _, who, _ in pieces(text, "quote")] == ["Державна податкова служба"]


def test_a_first_name_in_an_oblique_case_before_a_full_name_is_another_person():
    text = "Коллега Дмитрия Максим Руденко уверяет: «Рейсы фонда не прекратятся»."
    assert [who for _, who, _ in pieces(text, "quote", "ru")] == ["Максим Руденко"]


@pytest.mark.parametrize("text, speaker", [
    ("Війська посилили штурми, йдеться у звіті Інституту вивчення війни (ISW).\n\nАналітики ISW назвали "
     "таку тактику «виснажливою і марнотратною».", "Інститут вивчення війни"),
    ("Україна підтвердила депортацію.\n\nПосольство Росії у Великій Британії в коментарі BBC назвало "
     "вивезення дітей «евакуацією із зони бойових дій».", "Посольство Росії у Великій Британії"),
])
def test_a_fragment_named_by_a_body_with_a_latin_name_or_given_to_a_latin_outlet(text, speaker):
    assert [who for _, who, _ in pieces(text, "quote")] == [speaker]


def test_the_government_is_the_cabinet_named_before():
    text = ("Кабінет Міністрів України у середу ухвалив постанову про виплати.\n\n"
            "Рішення уряд оприлюднив у своєму Telegram-каналі: «Відтепер компенсацію можна отримати».")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Кабінет Міністрів України"]


def test_an_explanation_is_a_statement_of_the_body_named_after_it():
    text = ("Заступниця міністра Ірина Кравчук виступила.\n\nНаціональна служба здоровʼя України повідомила про "
            "договори. \"Аптеки не зможуть відпускати препарати\", - йдеться в розʼясненні НСЗУ.")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Національна служба здоровʼя України"]


def test_an_explainer_that_answers_its_own_questions_is_no_interview():
    text = ("Військова адміністрація оголосила евакуацію родин із дітьми. Відповідаємо на головні запитання "
            "про те, як вона відбуватиметься.\n\nЩо вирішили?\n\nЕвакуація обовʼязкова для восьми сіл.\n\n"
            "Кого це стосується?\n\nЗа даними ОВА, у селах досі живуть 214 дітей.")
    assert pieces(text, "quote") == [] and pieces(text, "question") == []


def test_answer_labels_are_the_guest_s_lines():
    text = ("Климатолог Андрей Волков десять лет руководил лабораторией.\n\nВопрос: Вы жалеете, что подписали "
            "письмо?\nОтвет: Ни секунды.\nВопрос: Что стало с лабораторией?\nОтвет: Из двенадцати сотрудников "
            "остались трое.")
    assert [who for _, who, _ in pieces(text, "quote", "ru")] == ["Андрей Волков", "Андрей Волков"]
    assert len(pieces(text, "question", "ru")) == 2


def test_an_infinitive_governed_by_another_verb_reports_nothing():
    text = ("Ми поговорили з економістом Юрієм Гаєм.\n\n— Що змінила блокада?\n\n"
            "— Нам треба покладатися на себе. Криза — змусила згадати, що ми вміємо робити самі.")
    assert [(q, who) for q, who, _ in pieces(text, "quote")] == [
        ("Нам треба покладатися на себе. Криза — змусила згадати, що ми вміємо робити самі.", "Юрій Гай")]


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "Як розповіло виданню джерело в Міністерстві оборони, контракт уже підписано.\n\n"
           "«Постачання почнеться восени», – сказало джерело.", "джерело в Міністерстві оборони"),
    ("uk", "Інший співрозмовник видання, який бачив документи, розповів: «Гроші пішли на фірму-одноденку».",
     "співрозмовник видання"),
    # (the person it is close to is not the speaker; the closeness describes the source)
    ("uk", "«Рішення ухвалили без нас», – сказало джерело, близьке до Олега Петренка.",
     "джерело, близьке до Олега Петренка"),
    ("ru", "«Отставка уже согласована», – сообщил источник в правительстве.", "источник в правительстве"),
])
def test_an_unnamed_source_speaks_for_itself(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


def test_the_interviewee_is_the_person_the_lead_in_names():
    text = ("Студентка Марія Коваль прийшла на акцію вдруге.\n\n"
            "Ми поговорили з головною лікаркою центру Іриною Савчук.\n\n— Скільки донорів прийшло?\n\n"
            "— Понад двісті, це рекорд.")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Ірина Савчук"]


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "«Закон запізнився на десять років», – пише «Житомирська правда».", "Житомирська правда"),
    ("uk", "«Перевірку проводитиме СБУ», — цитує «Житомирська правда» депутата Василя Скоробогача.",
     "Василь Скоробогач"),
    ("ru", "«Командир погиб», – сообщает «Свободный вестник».", "Свободный вестник"),
])
def test_an_outlet_in_quote_marks_after_the_verb_and_the_person_it_quotes(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    ("ru", "Минобороны России опубликовало заявление.\n\n«Наемники не являются комбатантами», — говорится в "
           "заявлении военного ведомства.", "Минобороны России"),
    ("ru", "Источник в одном из военкоматов подтвердил, что план увеличен. «Сверху требуют цифры», — сказал "
           "собеседник.", "источник в одном из военкоматов"),
    ("ru", "В пресс-службе ГУ МВД по Самаре назвали рейд «плановым профилактическим мероприятием».",
     "пресс-служба ГУ МВД по Самаре"),
    ("uk", "Громадська організація ОПОРА оприлюднила звіт.\n\n«Росіяни бʼють по знімальних групах», — йдеться у звіті.",
     "Громадська організація ОПОРА"),
])
def test_descriptions_of_an_institution_or_a_source_named_before(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    ("ru", "Министерство энергетики Молдовы в своем Telegram-канале призвало экономить: «Ситуация остается сложной».",
     "Министерство энергетики Молдовы"),
    ("uk", "Бригадир КП «Житомирський водоканал» Андрій Бойко показує карту.\n\n"
           "«Тиск у мережі знижений», – ідеться в повідомленні водоканалу.", "Житомирський водоканал"),
    ("ru", "Источник в местном отделе полиции рассказал изданию о жалобах. «Участковый приходил и уходил», "
           "– сказал собеседник издания.", "источник в местном отделе полиции"),
])
def test_where_an_institution_posted_and_who_a_bare_interlocutor_is(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Суд визнав обвинуваченого винним.\n\n«Обвинувачений діяв умисно», – зачитала вирок суддя Олена Литвиненко.",
     "Олена Литвиненко"),
    ("Одна з жінок, що назвалася лише Ніною, сказала кореспондентові:\n\nМи чекали на цей вирок.\n\nСуд завершився.",
     "Ніна"),
])
def test_a_verdict_read_out_and_a_first_name_given_in_another_case(text, speaker):
    assert [who for _, who, _ in pieces(text, "quote")] == [speaker]


@pytest.mark.parametrize("lang, text, quoted", [
    ("uk", "У КМДА нагадали, що взимку працюватимуть «Пункти незламності».", []),
    ("ru", "За данными Telegram-канала «Капотня live», силовики проверили документы.", []),
    ("uk", "Міністр заявив, що «Україна не здасться ніколи».", ["Україна не здасться ніколи"]),
])
def test_a_capitalised_name_in_reported_speech_is_no_fragment(lang, text, quoted):
    assert [q for q, _, _ in pieces(text, "quote", lang)] == quoted


def test_an_interviewee_known_by_a_call_sign():
    text = ("Кореспондентка Ольга Бондар провела день з розрахунком командира з позивним «Грім».\n\n"
            "Перед виїздом ми поставили «Грому» кілька запитань.\n\n— Чого бракує найбільше?\n\n"
            "— Дронів і звʼязку.")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Грім"]
    # a name in quote marks that was never introduced as a call sign (a unit) is not the interviewee
    unit = text.replace("командира з позивним «Грім»", "загону «Вега»").replace("«Грому»", "бійцям загону «Вега»")
    assert [who for _, who, _ in pieces(unit, "quote")] == ["Ольга Бондар"]


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "Обласний центр служби крові у Facebook попередив: «Запасів вистачить на три доби».",
     "Обласний центр служби крові"),
    ("ru", "«Нарушений не зафиксировано», – сообщили в Telegram-канале Львовского городского совета.",
     "Львовский городской совет"),
])
def test_a_platform_is_where_an_institution_speaks_not_part_of_its_name(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "05:30 — Харківська обласна військова адміністрація: «Поранено трьох людей».",
     "Харківська обласна військова адміністрація"),
    ("uk", "Голова громади Петро Бойко розповів про ремонт.\n\nОлена Шевчук: «Ми чекали цього мосту два роки».",
     "Олена Шевчук"),
])
def test_a_name_before_a_colon_is_the_speaker_without_a_verb(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "Повітряні сили ЗСУ підбили підсумки ночі. «Збито 30 дронів», — йдеться в повідомленні в Telegram.",
     "Повітряні сили ЗСУ"),
    ("ru", "Оперативный штаб Белгородской области сообщил об атаке.\n\n"
           "\"Пострадавших нет\", — написали в Telegram-канале штаба в 02:40.", "Оперативный штаб Белгородской области"),
    ("ru", "Оперативный штаб Белгородской области сообщил об атаке ночью. Утром штаб уточнил, что обломки "
           "«упали на территорию подстанции».", "Оперативный штаб Белгородской области"),
    ("uk", "У Telegram-каналі КМДА закликали киян: «Утепліть вікна й підʼїзди».", "КМДА"),
    ("ru", "В МИД Молдовы ранее заявили: «Визит не согласовывался».", "МИД Молдовы"),
    ("uk", "«Центр відкрито», – написало Міністерство у справах ветеранів у Facebook.", "Міністерство у справах ветеранів"),
])
def test_institutions_named_before_or_around_the_verb(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


def test_an_abbreviation_before_a_colon_is_not_a_company_name():
    assert [q for q, _, _ in pieces("У МЗС заявили: «Переговорів не буде».", "quote")] == ["Переговорів не буде"]
    assert pieces("Компанія ТОВ «Сонях» заявила про збитки.", "quote") == []


@pytest.mark.parametrize("lang, text", [
    ("uk", "За словами аналітикині Ірини Сови, формат «Рамштайн» і далі працює."),
    ("ru", "Начальник смены Виктор Гончар рассказал, что у причала стоял сухогруз «Мария Эвридика»."),
    ("uk", "Як сказав міністр Петро Дуб, застосунок «єВідновлення» вже працює."),
])
def test_names_after_a_name_noun_stay_editorial_inside_reported_speech(lang, text):
    assert pieces(text, "quote", lang) == []


def test_lower_case_words_after_a_name_noun_are_the_speakers():
    text = "Посадовець Геннадій Лоза запевнив, що сторона готова до обміну у форматі «всіх на всіх»."
    assert [(q, who) for q, who, _ in pieces(text, "quote")] == [("всіх на всіх", "Геннадій Лоза")]


def test_a_term_once_in_scare_quotes_stays_distanced():
    text = ("Окупанти провели так звані «вибори». За словами мешканки Олени Гай, після «виборів» "
            "на блокпостах почастішали перевірки.")
    assert [q for q, _, _ in pieces(text, "scare_quote")] == ["вибори", "виборів"]
    assert pieces(text, "quote") == []


def test_one_word_in_quote_marks_in_reported_speech_is_a_scare_quote():
    text = "Речник Денис Шум зазначив, що результати «волевиявлення» були відомі наперед."
    assert [q for q, _, _ in pieces(text, "scare_quote")] == ["волевиявлення"]
    two = "Речник Денис Шум зазначив, що результати «волевиявлення окупантів» були відомі."
    assert [q for q, _, _ in pieces(two, "quote")] == ["волевиявлення окупантів"]


def test_an_attribution_paragraph_that_opens_with_its_cue_may_describe_the_speaker():
    text = ("Я прийшов одразу після зміни. Кров здати можу.\n\n"
            "— каже Ігор Ткач, водій маршрутки, який здає кров уже вчетверте.\n\nЧерга не меншала.")
    assert [(q, who) for q, who, _ in pieces(text, "quote")] == [
        ("Я прийшов одразу після зміни. Кров здати можу.", "Ігор Ткач")]


def test_a_surname_that_is_also_a_function_word_stays_in_the_name():
    text = "Машиніст Михайло Сорока написав у Telegram: «Ночі гіршої я не памʼятаю»."
    assert [who for _, who, _ in pieces(text, "quote")] == ["Михайло Сорока"]


def test_a_capitalised_name_given_to_something_is_not_a_quote():
    assert pieces("Інженер Олег Бойко назвав свій дрон «Шершень».", "quote") == []


def test_question_subheadings_without_an_interview_lead_stay_editorial():
    text = ("Окупанти знову обстріляли місто.\n\nЩо відомо про наслідки?\n\nПошкоджено два будинки.\n\n"
            "Коли дадуть світло?\n\nЕнергетики обіцяють упоратися до вечора.")
    assert segment_text(text)["kind"].unique().tolist() == ["editorial"]
    # a body that told the news is no interviewee ("розповіли в ОВА" tells no outlet)
    text = text.replace("обстріляли місто.", "обстріляли місто, розповіли в ОВА.")
    assert segment_text(text)["kind"].unique().tolist() == ["editorial"]


def test_names_and_titles_are_editorial():
    text = ("Компанія ТОВ «Сонях» і телеканал «1+1» показали фільм «Тиша після сирени», "
            "а гурт «Ранок» заспівав.")
    assert pieces(text, "quote") == [] and pieces(text, "scare_quote") == []


def test_scare_quotes_and_verbatim_fragments():
    text = ("Кремль знову заговорив про «мирні ініціативи». За його словами, склади "
            "«на межі» спустошення. Так звана «спецоперація» триває.")
    assert [q for q, _, _ in pieces(text, "scare_quote")] == ["мирні ініціативи", "спецоперація"]
    assert [q for q, _, _ in pieces(text, "quote")] == ["на межі"]


def test_reported_speech_without_marks_is_editorial():
    text = "За словами Івана Петренка, ремонт завершать до зими. Як заявила Олена Ткач, шкіл не закриють."
    assert set(segment_text(text)["kind"]) == {"editorial"}


def test_unclosed_mark_does_not_swallow_the_article():
    text = "Він сказав «це ще не кінець.\n\n" + "Наступний абзац редакції. " * 50
    frame = segment_text(text)
    quoted = frame[frame["kind"] != "editorial"]
    assert (quoted["end"] - quoted["start"]).sum() < 40


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("аб вгд,.:\n«»„“”\"–—-()?!АБКМ") + ["каже", "сказав", " Іван ", "ред."]),
               max_size=120).map("".join))
def test_segments_partition_any_text(text):
    assert_partition(text, segment_text(text))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_segments_partition_arbitrary_unicode(text):
    assert_partition(text, segment_text(text))


@pytest.mark.parametrize("text", ["«" * 100_000, "«" + "слово " * 800_000, "\"" * 100_000,
                                  ("– " + "так, – каже він, – " * 5 + "\n\n") * 5_000])
def test_adversarial_inputs_finish(text):
    assert_partition(text, segment_text(text))


def test_segment_corpus_has_doc_and_seg_ids():
    docs = pd.DataFrame({"doc_id": ["a", "b"], "text": ["«Так», – сказав Іван Бойко.", "Текст."],
                         "language": ["uk", "uk"]})
    segments = segment_corpus(docs)
    assert list(segments.columns[:2]) == ["doc_id", "seg_id"]
    assert segments.groupby("doc_id")["seg_id"].apply(list).to_dict() == {"a": [0, 1, 2], "b": [0]}


def test_demo_gold_scores(demo_clean):
    gold = read_gold(GOLD_DIR / "quotes.jsonl")
    docs = demo_clean.documents[demo_clean.documents["doc_id"].isin(gold["doc"])]
    assert docs["doc_id"].nunique() >= 30
    scores = evaluate_quotes(segment_corpus(docs), gold, dict(zip(docs["doc_id"], docs["text"])))
    print(scores)
    assert scores["char_f1"] >= 0.95
    assert scores["span_precision"] >= 0.95
    assert scores["span_recall"] >= 0.95
    # 0.950 now; a floor a little lower, since every span newly found (naming verbs, interviews)
    # adds a speaker to get right
    assert scores["speaker_accuracy"] >= 0.94
    assert scores["names_as_quotes"] <= 0.02


def test_capitalised_letters_without_unicode_names_do_not_crash():
    text = "«Так», – сказав \U00017000ван Бойко. Агов \U00017001"
    assert_partition(text, segment_text(text))


@pytest.mark.parametrize("lang, text, quote, speaker", [
    # manner of speaking after the quote
    ("uk", "«Я думала, що це жарт», – сміється волонтерка Ірина Савчук.", "Я думала, що це жарт", "Ірина Савчук"),
    ("ru", "«Я думал, это шутка», – улыбается фельдшер Павел Рыбак.", "Я думал, это шутка", "Павел Рыбак"),
    ("uk", "«Знову без світла», – зітхає пенсіонерка Марія Гнатюк.", "Знову без світла", "Марія Гнатюк"),
    # describing verb before a colon
    ("uk", "Фермер Назар Ткач описав ранок так: «Прокинулися від вибухів».", "Прокинулися від вибухів", "Назар Ткач"),
    ("ru", "Волонтер Олег Бойко описал утро так: «Проснулись от взрывов».", "Проснулись от взрывов", "Олег Бойко"),
    # an infinitive fragment governed by a verb of promising or appeal is the speaker's wording
    ("uk", "Голова громади Петро Іваненко пообіцяв «відремонтувати дах до зими».",
     "відремонтувати дах до зими", "Петро Іваненко"),
    ("uk", "Староста Ганна Коваль закликала сусідів «не виходити з укриттів без потреби».",
     "не виходити з укриттів без потреби", "Ганна Коваль"),
    # a fragment followed by ", як каже X"
    ("uk", "Подорож вони відклали «до кращих часів», як каже Петро Іваненко.", "до кращих часів", "Петро Іваненко"),
])
def test_fragments_and_manners_of_speaking_name_their_speaker(lang, text, quote, speaker):
    assert pieces(text, "quote", lang)[0][:2] == (quote, speaker)


def test_a_fragment_after_a_verb_with_no_infinitive_stays_a_scare_quote():
    assert pieces("Мер пообіцяв «новий» міст.", "quote") == []
    assert pieces("Подорож відклали «до кращих часів», як кажуть.", "quote") == []


def test_relatives_with_one_surname_stay_two_people():
    text = ("Медсестра Оксана Мельник повернулася з фронту. «Я вдома», – каже Оксана Мельник.\n\n"
            "Її мати Галина Мельник приїхала зустрічати доньку. «Не спала три ночі», – сказала Галина Мельник.")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Оксана Мельник", "Галина Мельник"]


def test_an_unnamed_source_keeps_a_long_description():
    text = "Співрозмовник видання в уряді однієї з прикордонних областей сказав: «Грошей на це немає»."
    assert [who for _, who, _ in pieces(text, "quote")] == ["співрозмовник видання в уряді однієї з прикордонних областей"]


@pytest.mark.parametrize("lang, text, speaker", [
    # a pronoun after an unnamed source, with no person named since, is that source
    ("ru", "Собеседник издания в мэрии рассказал: «Денег нет».\n\n«Ремонт отложили», – добавил он.",
     "собеседник издания в мэрии"),
    # a speaker who asked not to be named is the description used for them
    ("ru", "«Выплаты выросли», – рассказал чиновник областного минфина, попросивший не называть его имени.",
     "чиновник областного минфина"),
    ("uk", "«Грошей немає», – розповів посадовець міської ради, який попросив не називати його імені.",
     "посадовець міської ради"),
    # a channel is where its owner speaks; a channel with its own name in quote marks speaks itself
    ("uk", "Суддя Петро Іванов оголосив вирок. «Кожен отримає вирок», – йдеться в Telegram-каналі СБУ.", "СБУ"),
    ("uk", "Місцевий Telegram-канал «Новини Ірпеня» написав: «Вибухи чули всі».", "Новини Ірпеня"),
    # a bare unit noun refers back to the unit named with its name in quote marks
    ("uk", "Вони служать у батальйоні «Чорні круки». Командування дало їм відпустку.\n\n"
           "«Повертайтеся цілими», – йдеться в повідомленні батальйону.", "батальйон «Чорні круки»"),
])
def test_unnamed_and_collective_speakers(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


def test_a_person_who_is_named_keeps_the_quote_despite_an_anonymity_phrase_elsewhere():
    text = "«Ремонт відкладуть», – сказав мер Іван Бойко, який попросив не називати його імені."
    assert [who for _, who, _ in pieces(text, "quote")] == ["Іван Бойко"]


def test_a_russian_surname_that_is_also_a_function_word_stays_in_the_name():
    text = "«Бригады работают круглосуточно», – заявил диспетчер компании Евгений Сорока."
    assert [who for _, who, _ in pieces(text, "quote", "ru")] == ["Евгений Сорока"]


def test_a_capitalised_place_adjective_is_no_person_and_the_institution_is_put_in_the_nominative():
    text = ("В администрации Скадовского муниципального округа рассказали о раздаче наборов.\n\n"
            "«Особое внимание уделили многодетным семьям и пенсионерам», — говорится в сообщении.")
    assert [who for _, who, _ in pieces(text, "quote", "ru")] == ["администрация Скадовского муниципального округа"]


def test_a_bare_capitalised_institution_noun_gives_way_to_the_fuller_name_before_it():
    text = ("Благодійний фонд «Теплий дім» профінансував ремонт школи. Фонд перевіряв кожен етап робіт.\n\n"
            "«Ми платили лише за виконані роботи», – йдеться у відповіді фонду.")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Благодійний фонд «Теплий дім»"]


def test_a_company_name_in_straight_quotes_keeps_its_closing_mark():
    text = 'Страхова компанія "Морський щит" написала у Facebook: «Ми розширили покриття».'
    assert [who for _, who, _ in pieces(text, "quote")] == ['Страхова компанія "Морський щит"']


@pytest.mark.parametrize("lang, text, speaker", [
    # a bare head noun refers back to a name that opens with a capitalised adjective and has
    # lower-case adjectives before its head; compound nouns stand for their head
    ("uk", "Справу скерувала Харківська обласна прокуратура. Суд її розгляне.\n\n"
           "«Обвинувачений грабував будинки», – йдеться в повідомленні прокуратури.", "Харківська обласна прокуратура"),
    ("uk", "В Одеській міській раді повідомили про нові правила.\n\n«Купатися можна лише в зонах», – заявили в міськраді.",
     "Одеська міська рада"),
    ("ru", "Днепровский городской совет выделил деньги на ремонт.\n\n«Работы завершат к осени», – говорится в сообщении горсовета.",
     "Днепровский городской совет"),
    # a verdict speaks for the court named after it
    ("uk", "«Обвинувачений переховується в Росії», – йдеться у вироку Ірпінського міського суду.", "Ірпінський міський суд"),
    # a short description takes the fuller one it abbreviates
    ("ru", "Источник в штабе Южного военного округа подтвердил переброску.\n\n«Их подняли ночью», — рассказал источник в штабе.",
     "источник в штабе Южного военного округа"),
    # a pronoun after a speaker who asked not to be named
    ("ru", "Сотрудник одного из военкоматов, попросивший не называть его имени, говорит, что семьям не звонят. "
           "«Так проще», – признался он.", "сотрудник одного из военкоматов"),
])
def test_institutions_and_sources_named_before_the_quote(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


def test_a_surname_alone_at_a_sentence_start_is_the_person_named_before():
    text = ("На місці працював заступник мера Віктор Кравченко. Поруч була волонтерка Галина Остапенко.\n\n"
            "Кравченко подякував рятувальникам. «Люди допомагали одне одному», – додав посадовець.")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Віктор Кравченко"]


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "Адміністрація морських портів України оновила прогноз.\n\n«Прогноз враховує нові крани», – повідомили в АМПУ.",
     "Адміністрація морських портів України"),
    ("uk", "Уночі Львівська обласна військова адміністрація повідомила про атаку.\n\n«Загиблих немає», – уточнили в ОВА.",
     "Львівська обласна військова адміністрація"),
    ("uk", "«Загиблих немає», – уточнили в ОВА.", "ОВА"),  # never spelled out: as written
    # conjunctions and prepositions inside the name give no letter; each part of a hyphenated word gives one
    ("uk", "У Міністерстві освіти і науки пояснили зміни.\n\n«Тести будуть онлайн», – наголосили в МОН.",
     "Міністерство освіти і науки"),
    ("ru", "Корабли Военно-морских сил вышли в море.\n\n«Угроза сохраняется», – сообщили в ВМС.",
     "Военно-морские силы"),
    # spelled out in the lead, far before the quote
    ("uk", "Уночі Харківська обласна військова адміністрація повідомила про атаку." + " Тривога тривала довго." * 80
     + "\n\n«Просимо не ігнорувати сигнали», – наголосили в ОВА.", "Харківська обласна військова адміністрація"),
    # a body's noun first changes case alone ("Рада", not the short adjective "рада")
    ("uk", "Засідання Ради національної безпеки і оборони України тривало годину.\n\n«Список уже в роботі», – "
           "прокоментували в РНБО.", "Рада національної безпеки і оборони України"),
    # words with those initials but no body: a minister is no ministry
    ("uk", "Колишній міністр закордонних справ виступив на форумі.\n\n«Ми проти», – заявили в МЗС.", "МЗС"),
])
def test_an_abbreviation_the_article_spelled_out_gives_the_full_name(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


def test_a_pronoun_or_description_takes_the_nearest_person_of_its_gender():
    text = ("Наталія Гриценко, мама восьмикласника Дмитра, визнає, що сумнівалася.\n\n"
            "«Зараз син сам чекає уроків», — говорить жінка.")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Наталія Гриценко"]
    text = "Ірина Коваль виступила після Олега Данильченка.\n\n«Скажіть це родинам», – наполягала депутатка."
    assert [who for _, who, _ in pieces(text, "quote")] == ["Ірина Коваль"]


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "Як зазначив капітан судна Мартін Ейде, «рейс пройшов спокійно».", "Мартін Ейде"),
    ("uk", "Як розповів Роман Кушнір, «на складі лишилося два генератори».", "Роман Кушнір"),
    ("uk", "Як пояснила Валентина Кравчук, «черга рухається швидше».", "Валентина Кравчук"),
    ("ru", "Как отметил Роман Кушнир, «на складе осталось два генератора».", "Роман Кушнир"),
])
def test_the_subject_of_an_as_cue_is_already_in_the_nominative(lang, text, speaker):
    # "як зазначив X" is a verb with its subject, not "за словами X": no genitive to undo
    assert [who for _, who, _ in pieces(text, "quote", lang=lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    ("ru", "Тренер Денис Арсеньев снова вышел на лед.\n\nКапитан сборной Богдан Мельник назвал поступок "
           "Арсеньева «редким исключением». «Уважаю его смелость», — добавил он.", "Богдан Мельник"),
    ("uk", "Голова громади Іван Довгань зустрівся з волонтерами.\n\nДиректорка школи Олена Гук подякувала "
           "Довганю за генератор. «Діти тепер вчаться в теплі», – сказала вона.", "Олена Гук"),
    ("uk", "Голова громади Іван Довгань приїхав до школи.\n\nВчитель Петро Гук подякував Довганю за генератор. "
           "«Діти тепер вчаться в теплі», – сказав він.", "Петро Гук"),
])
def test_a_pronoun_prefers_the_subject_to_a_surname_in_another_case(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang=lang)][-1] == speaker


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "Міністерство оборони України оголосило про закупівлі.\n\n«Ми отримали перші партії», – повідомили "
           "в Міністерстві оборони.", "Міністерство оборони України"),
    ("uk", "Дані оновив Генштаб ЗСУ.\n\n«Противник втратив 20 танків», – йдеться у повідомленні Генштабу.", "Генштаб ЗСУ"),
    ("ru", "Об этом сообщило Главное управление разведки Минобороны Украины.\n\n«Склад уничтожен», – заявили в "
           "Главном управлении разведки.", "Главное управление разведки Минобороны Украины"),
    # two owners in the article: the short name stays as it is
    ("uk", "Заяви зробили МЗС Польщі та МЗС Литви.\n\n«Ми підтримуємо Україну», – заявили в МЗС.", "МЗС"),
    # a person's name after the body is no owner
    ("ru", "В Кремле Аркадий Вершинин выступил первым.\n\n«Мы готовы», – заявили в Кремле.", "Кремль"),
])
def test_a_body_quoted_by_a_short_name_takes_the_full_name_the_article_gives_it(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang=lang)] == [speaker]


def test_a_first_name_in_the_genitive_does_not_join_the_next_persons_name():
    text = "Класна керівниця Дмитра Тетяна Гриценко пригадує його.\n\n«Він був упертим», – каже вона."
    assert [who for _, who, _ in pieces(text, "quote")] == ["Тетяна Гриценко"]


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "«Землі немає», — пояснив один із членів бюджетної комісії, який попросив не називати його імені.",
     "один із членів бюджетної комісії"),
    ("uk", "Тернопільська міська рада ухвалила рішення. Рада підтримала проєкт.\n\n"
           "«Роботи завершать до осені», — йдеться в повідомленні міської ради у Facebook.", "Тернопільська міська рада"),
    ("uk", "У Міністерстві охорони здоровʼя у Facebook написали: «Це вже девʼятий томограф».",
     "Міністерство охорони здоровʼя"),
    ("ru", "«Для нас это второй праздник, – сказал участник торжеств, ветеран специальной военной операции Андрей "
           "Кулик, который вернулся в родной город после ранения. – Ребята сделали это ради мирной жизни».", "Андрей Кулик"),
])
def test_more_speakers_named_around_the_quote(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


def test_a_naming_verb_gives_the_fragment_to_its_subject_not_its_object():
    text = "Отець Василь Гуцуляк назвав Юрія Федорчука «добрим самарянином нашого часу»."
    assert [who for _, who, _ in pieces(text, "quote")] == ["Василь Гуцуляк"]


def test_a_fragment_after_a_named_persons_report_about_it_is_theirs():
    assert [who for _, who, _ in pieces("Губернатор Алексей Сомов сообщил о «небольшом возгорании» на нефтебазе.",
                                        "quote", "ru")] == ["Алексей Сомов"]
    assert pieces("Тепер західні медіа пишуть про «складні умови» на фронті.", "quote") == []


@pytest.mark.parametrize("lang, text, speaker", [
    ("ru", "«Стекла повылетали», – рассказала «Окну» жительница соседнего микрорайона, попросившая не называть ее имени.",
     "жительница соседнего микрорайона"),
    ("uk", "Побратим Юрія, який попросив не називати його імені, розповів про останній виклик.\n\n"
           "«Він пішов по поранених», — сказав військовий.", "побратим Юрія"),
    ("ru", "Жительница Рыльска Ирина, попросившая не называть ее фамилию, рассказала о ночи.\n\n"
           "«Был один хлопок», - говорит она.", "Ирина"),
])
def test_speakers_who_asked_not_to_be_named(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


def test_questions_put_to_you_make_an_interview_without_a_lead_in():
    text = ("Директорка школи Наталія Ромась розповіла виданню про перші тижні.\n\n"
            "Як діти звикли до навчання без вікон?\n\nШвидше, ніж ми, дорослі.\n\n"
            "Про що мрієте ви?\n\nЩоб ця школа стала непотрібною.")
    assert [(q, who) for q, who, _ in pieces(text, "quote")] == [
        ("Швидше, ніж ми, дорослі.", "Наталія Ромась"), ("Щоб ця школа стала непотрібною.", "Наталія Ромась")]
    subheadings = ("Мер Наталія Ромась відкрила школу.\n\nЩо відомо про школу?\n\nЇї збудували за рік.\n\n"
                   "Скільки це коштувало?\n\nРемонт обійшовся в мільйон гривень.")
    assert pieces(subheadings, "quote") == []


@pytest.mark.parametrize("text, speaker", [
    ("Андрій Климчук відкрив майстерню.\n\nЙого дружина Світлана шукала його весь час полону. Коли Андрій "
     "повернувся, вона написала у Facebook:\n\nДевʼятнадцять місяців я засинала з телефоном у руці.\n\nЗараз він працює.",
     "Світлана"),
    ("Про атаку першою повідомила Одеська обласна військова адміністрація у своєму Telegram-каналі: «Ворог випустив 19 дронів».",
     "Одеська обласна військова адміністрація"),
])
def test_a_pronoun_subject_of_the_other_gender_and_an_institution_after_the_verb(text, speaker):
    assert [who for _, who, _ in pieces(text, "quote")] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # a name in its own quote marks keeps every word of it, whatever its part of speech
    ("uk", "Фонд «Світло поруч» звітує про кожен виїзд. «За місяць ми провели сто консультацій», "
           "– йдеться в останньому дописі.", "Фонд «Світло поруч»"),
    ("uk", "Громадська організація «Дорога додому» написала: «Ми повернули всіх дітей».",
     "Громадська організація «Дорога додому»"),
    # "група" heads a name only after a capitalised adjective
    ("uk", "Правозахисна група «Поліська памʼять» написала в Telegram: «Це вже десятий вирок».",
     "Правозахисна група «Поліська памʼять»"),
    # a bare capitalised noun after a statement noun stands for the fullest name given before
    ("uk", "За даними Офісу Уповноваженого Верховної Ради з прав людини, дітей повернули. В Офісі "
           "Уповноваженого повідомили, що діти здорові. «Кожне повернення – це перемога», – йдеться в заяві Офісу.",
     "Офіс Уповноваженого Верховної Ради з прав людини"),
    # a post on a platform is a statement noun
    ("ru", "Херсонский городской совет, который работает из Николаева, призвал жителей не ехать в город. "
           "«Сохраняйте документы», – говорится в публикации.", "Херсонский городской совет"),
    # the channel named before speaks through its authors
    ("ru", "Акцию координировал Telegram-канал «Вернем своих».\n\n«Наши требования не изменились», "
           "– написали администраторы канала.", "Вернем своих"),
    # a journalist's request between the institution and its verb
    ("ru", "В администрации края на запрос издания ответили, что вопросы ротации «находятся в "
           "компетенции министерства».", "администрация края"),
    # adjectives before an abbreviation go into the nominative
    ("uk", "В Одеській ОВА відповіли, що «усі укриття відкриті».", "Одеська ОВА"),
    # a genitive after a capitalised word continues a source's description
    ("uk", "Джерело в Міністерстві енергетики, яке попросило не називати його імені, поговорило з "
           "нами.\n\n«Ми не розраховуємо на обіцянки», – сказав співрозмовник.", "джерело в Міністерстві енергетики"),
])
def test_names_of_institutions_groups_and_channels(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    ("ru", "Местный депутат, пожелавший остаться неназванным, считает, что власти боятся огласки. "
           "«Им проще задержать пятерых женщин», — сказал он.", "местный депутат"),
    ("uk", "Місцева вчителька, чиє імʼя ми не називаємо, пережила два візити. «Прийшли троє», — каже вона.",
     "місцева вчителька"),
    ("ru", "Местная учительница, чье имя мы не называем ради ее безопасности, пережила два визита.\n\n"
           "Пришли трое, один с автоматом. Спросили, почему я до сих пор живу здесь.\n\n— рассказала учительница.",
     "местная учительница"),
])
def test_speakers_described_without_a_name(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


def test_a_dash_interview_with_a_speaker_who_is_not_named():
    text = ("Одна из участниц пикета, учительница из Бердска, согласилась поговорить с нами при условии "
            "анонимности.\n\n– Почему вы решили выйти на улицу?\n\n– Муж воюет два года без отпуска.\n\n"
            "– Вы не боитесь?\n\n– Боюсь, конечно.")
    assert [who for _, who, _ in pieces(text, "quote", "ru")] == ["одна из участниц пикета"] * 2
    assert len(pieces(text, "question", "ru")) == 2


def test_a_group_that_names_something_is_no_person_named_before():
    text = ("Максим Гордієнко розповів про роботу. «Сапери перевірили кожен метр», – пояснив Гордієнко.\n\n"
            "Під час окупації військові РФ привозили воду раз на тиждень і називали це «турботою про населення».")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Максим Гордієнко"]
    assert [q for q, _, _ in pieces(text, "scare_quote")] == ["турботою про населення"]


@pytest.mark.parametrize("lang, text, speaker", [
    # a naming verb's fragment is its subject's, in one word too, and an institution's as well
    ("uk", "Депутат Олег Мірошниченко назвав темпи ремонту «запізнілими».", "Олег Мірошниченко"),
    ("uk", "У пресслужбі НБУ назвали ситуацію на валютному ринку «збалансованою».", "пресслужба НБУ"),
    ("ru", "В Кремле ранее называли демобилизацию «преждевременной».", "Кремль"),
    # thanking is a speech act; a name in straight quote marks keeps its words
    ("uk", 'У фонді "Книжкова полиця" подякували донорам у Facebook: "Понад шість тисяч людей скинулися на дах".',
     'фонд "Книжкова полиця"'),
    # a region after an abbreviation belongs to the name
    ("uk", "У Головному управлінні ДСНС у Полтавській області подякували кінологам: «Пишаємося вами».",
     "Головне управління ДСНС у Полтавській області"),
    ("ru", "В ГУ МВД по Новосибирской области заявили, что акция «не была согласована».",
     "ГУ МВД по Новосибирской области"),
    # a lower-case name takes the fuller form the article gave before
    ("uk", "У департаменті охорони здоровʼя міської ради повідомили, що стан пацієнтів важкий. "
           "«Усі медикаменти є», – йдеться в повідомленні департаменту.", "департамент охорони здоровʼя міської ради"),
    ("ru", "Петицию приняла пресс-служба губернатора Новосибирской области. «Вопросы ротации не в нашей "
           "компетенции», — говорится в ответе пресс-службы губернатора.", "пресс-служба губернатора Новосибирской области"),
    # "не називати" in an anonymity request is no cue of its own
    ("uk", "Співрозмовник в обласній прокуратурі, який попросив не називати його імені, повідомив: "
           "«Кожен такий удар ми кваліфікуємо як злочин».", "співрозмовник в обласній прокуратурі"),
    # the channel's administrators before the verb
    ("ru", "Акцию анонсировали в Telegram-канале «Ждем домой». Администраторы канала написали: «Мы не против армии».",
     "Ждем домой"),
    # a first name and patronymic are the full name given before
    ("uk", "Ганна Петрівна Лисенко живе сама. Ганна Петрівна погоджується їхати. «Страшно», – каже вона.",
     "Ганна Петрівна Лисенко"),
])
def test_more_speakers_of_fragments_and_institutions(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


def test_a_second_fragment_after_a_naming_verb_is_the_outlets_distance():
    text = "В Кремле ранее называли демобилизацию «преждевременной» до завершения «спецоперации»."
    assert [q for q, _, _ in pieces(text, "quote", "ru")] == ["преждевременной"]
    assert [q for q, _, _ in pieces(text, "scare_quote", "ru")] == ["спецоперации"]
    # a person who does not agree with a plural verb is its object, not its subject
    text = "У пропагандистських каналах таких, як Руслан, досі називають «бойовиками»."
    assert pieces(text, "quote") == []


@pytest.mark.parametrize("lang, text, speaker", [
    # a lower-case institution as the subject, before or after the verb
    ("uk", "Увечері міська рада написала: «Тепло повернулося в усі будинки».", "міська рада"),
    ("uk", "«Підозру вручено», – повідомила обласна прокуратура.", "обласна прокуратура"),
    # a bare compound noun after a statement and a site: the lower-case mention before it, or
    # the compound spelled out
    ("uk", "Про пошкодження повідомила міська рада. «Бригади вже працюють», – йдеться в повідомленні "
           "на сайті міськради.", "міська рада"),
    ("uk", "«Бригади вже працюють», – йдеться в повідомленні на сайті міськради.", "міська рада"),
    ("ru", "«Купаться можно только в зонах», – говорится в сообщении на сайте горсовета.", "городской совет"),
    # a lower-case name of an institution named in full before
    ("uk", "Тернопільська міська рада оголосила конкурс. «Перший етап завершимо восени», – йдеться в "
           "повідомленні міської ради у Facebook.", "Тернопільська міська рада"),
    # "there", with a plural verb: the institution just named
    ("uk", "Адміністрація морських портів України відповіла, що має план. «Генератори встановлені», – "
           "запевнили там.", "Адміністрація морських портів України"),
    # the outlet as the addressee between the institution and its verb
    ("uk", "У Львівському обласному ТЦК та СП нашому виданню відповіли письмово: «Жінки не підлягають "
           "мобілізації».", "Львівський обласний ТЦК та СП"),
    # an impersonal statement lets an institution speak although "Рада" is also a first name
    ("uk", '"Ми фіксуємо кожен випадок", - йдеться в повідомленні Офісу Уповноваженого Верховної Ради '
           'з прав людини.', "Офіс Уповноваженого Верховної Ради з прав людини"),
])
def test_institutions_in_lower_case_or_named_before(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # a first name alone who asked that the surname not be given is that person
    ("uk", "Ми знайшли студентку. Софія, яка попросила не називати її прізвища, розповіла: «Мені пишуть "
           "незнайомі люди».", "Софія"),
    # a source described, then named by first name in apposition
    ("ru", "«Воду забирают для военных частей, это все знают», – считает другой собеседник издания, Игорь.",
     "Игорь"),
    # a speaker known by the call sign the attribution introduces
    ("ru", "Ирина Белоус написала: «Спасибо». Как отметил командир подразделения с позывным «Шкипер», "
           "«каждый такой дрон – это остановленный штурм».", "Шкипер"),
])
def test_speakers_known_by_a_first_name_or_a_call_sign(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


def test_a_call_sign_of_someone_spoken_about_is_not_the_speaker():
    text = "Олег Бойко розповів про бійця з позивним «Грім»: «Він витягнув трьох поранених»."
    assert [who for _, who, _ in pieces(text, "quote")] == ["Олег Бойко"]


@pytest.mark.parametrize("lang, text, speakers", [
    # a surname alone as a full name wrote it (the dictionary reads "Волкова" as a man's genitive)
    ("ru", "«Мы живем в общежитии» - рассказала Марина Волкова.\n\nВласти не ответили.\n\n"
           "Волкова говорит, что не надеется. «Хорошо, что школа рядом» - добавила она.",
     ["Марина Волкова", "Марина Волкова"]),
    ("uk", "«Ми живемо в гуртожитку», – розповіла Марина Волкова.\n\nВлада не відповіла.\n\n"
           "Волкова каже, що не сподівається. «Добре, що школа поруч», – додала вчителька.",
     ["Марина Волкова", "Марина Волкова"]),
    # an institution, a relative clause, then its verb
    ("ru", "Пенсионер Виктор пожаловался на цены.\n\nВ Мелитопольском городском совете, который работает "
           "на подконтрольной Украине территории, заявили: «Мы восстановим сети».",
     ["Мелитопольский городской совет"]),
    ("uk", "Пенсіонер Віктор поскаржився на ціни.\n\nУ Мелітопольській міській раді, яка працює на "
           "підконтрольній Україні території, заявили: «Ми відновимо мережі».", ["Мелітопольська міська рада"]),
    # the second verb of one subject names ("подякувала ... і назвала"); not a relative clause's
    ("uk", "Міністерка Ірина Коваль подякувала партнерам і назвала допомогу «дуже вчасною».", ["Ірина Коваль"]),
    ("uk", "Міністерка Ірина Коваль подякувала партнеру, який назвав допомогу «дуже вчасною».", []),
])
def test_surnames_relative_clauses_and_second_naming_verbs(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


def test_a_question_after_an_attributed_dash_line_is_put_to_its_speaker():
    text = ("Волонтер Олег Кравець пише, що евакуація тривала добу.\n\n"
            "Галина Мельник тепер живе в Сумах.\n\n"
            "– Я до ранку не вірила, що поїду, – згадує 82-річна жінка.\n\n"
            "– А що взяли з собою?\n\n"
            "– Документи, ліки й кота.")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Галина Мельник", "Галина Мельник"]
    assert len(pieces(text, "question")) == 1


@pytest.mark.parametrize("text, speaker", [
    # Russian "с" with the genitive is "from" a place, with the instrumental "with" a person
    ("Среди них – Валентина Ивановна с Салтовки, которая приезжает на автобусе.\n\n"
     "– Я там спать не могу, – говорит она.", "Валентина Ивановна"),
    ("Мы поговорили с Ириной Коваль. «Мы остаемся», – сказала она.", "Ирина Коваль"),
])
def test_a_place_after_russian_s_is_no_person(text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", "ru")] == [speaker]


@pytest.mark.parametrize("lang, text, speakers", [
    # an outlet after the verb: in Latin letters, or in quote marks after a description
    ("uk", "«Європа навчилася виробляти снаряди», – пише британський тижневик The Northbridge Review. "
           "Як зазначає видання, «без пороху обіцянки залишаються на папері».",
     ["The Northbridge Review", "The Northbridge Review"]),
    ("uk", "«Рішення ще не ухвалене», – повідомляє Reuters.", ["Reuters"]),
    ("ru", "«Масло подорожало на треть», – пишет челябинский портал «Уральский курьер».", ["Уральский курьер"]),
    # "the outlet", "in the article": the outlet named last
    ("ru", "Американское издание The Capitol Ledger пишет, что Вашингтон может смягчить ограничения. "
           "«Решение пока не принято, но давление растет», – отмечает издание.", ["The Capitol Ledger"]),
    ("uk", "Німецька Rheinischer Morgenkurier пише про енергетику. «Українці готуються до зими», – "
           "йдеться в матеріалі.", ["Rheinischer Morgenkurier"]),
    # an outlet in quote marks with its noun as the subject
    ("uk", "Провладна газета «Вечірній вісник» стверджує: «Наступ триває по всіх напрямках».",
     ["Вечірній вісник"]),
    # a person's words reported to an outlet stay the person's
    ("uk", "«Ми готові», – сказав Олег Бондар журналістам «Укрінформу».", ["Олег Бондар"]),
    # the staff of a service in the plural: the service named last, never the person before it
    ("uk", "Мер Роман Лещенко написав про наслідки.\n\nУ поліції Запорізької області повідомили про "
           "провадження. «На місці працюють вибухотехніки», – додали правоохоронці.",
     ["поліція Запорізької області"]),
    ("uk", "Мер Роман Лещенко написав про наслідки. «Пожежу загасили за годину», – розповіли рятувальники.",
     ["рятувальники"]),
    # a label that is nothing but a name in quote marks
    ("uk", "Без світла залишалися родини Сигнівки.\n\n«Львівобленерго»: «Живлення відновлено о 05:40»",
     ["Львівобленерго"]),
])
def test_outlets_services_and_quoted_labels_as_speakers(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


def test_a_dash_answer_may_end_with_a_question():
    text = ("Ми поговорили з Оленою Бондар.\n\n– Чому ви не виїжджаєте?\n\n"
            "– Тут хата, город, корова. Куди я поїду?\n\n– А обстріли?\n\n– Страшно, звісно.")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Олена Бондар", "Олена Бондар"]
    assert len(pieces(text, "question")) == 2


def test_an_interview_answer_runs_over_paragraphs_in_the_first_person():
    text = ("Ми поговорили з директоркою центру Ганною Левчук.\n\n"
            "Скільки дітей приходить до центру?\n\n"
            "Щодня близько сорока. Більшість із них живуть поруч.\n\n"
            "Ми працюємо без вихідних, бо інакше діти сидять у підвалах.\n\n"
            "Будівництво центру коштувало два мільйони гривень, гроші дала громада.\n\n"
            "Чого вам бракує?\n\n"
            "Психологів і пального для генератора.")
    quotes = pieces(text, "quote")
    assert [who for _, who, _ in quotes] == ["Ганна Левчук", "Ганна Левчук", "Ганна Левчук"]
    assert [said for said, _, _ in quotes][:2] == ["Щодня близько сорока. Більшість із них живуть поруч.",
                                                   "Ми працюємо без вихідних, бо інакше діти сидять у підвалах."]


@pytest.mark.parametrize("lang, text, speaker", [
    # a role noun after "за словами" / "по словам" is the person it describes, not an institution
    ("uk", "Справу веде слідча обласної поліції Ганна Тимошенко-Руда. За словами слідчої, «більшість людей "
           "забирали з дому вночі».", "Ганна Тимошенко-Руда"),
    ("ru", "Дела ведёт следователь Марина Ткаченко. По словам следователя, «часть людей вывезли в Россию».",
     "Марина Ткаченко"),
    # the description's gender ("слідча") and a name that is only a vocative of the other gender
    ("uk", "Справу веде слідча Ганна Руда. Її колега Петро Іванов мовчить. «Більшість людей забирали "
           "вночі», – каже слідча.", "Ганна Руда"),
    # the subject in the nominative, not the relative named before it in the genitive
    ("uk", "На вокзалі Сергія зустріли дружина й донька. «Ми щотижня писали листи», – каже дружина Сергія "
           "Ірина Олійник.", "Ірина Олійник"),
    ("uk", "«Ми чекали», – сказала Ірина про сина Сергія Олійника.", "Ірина"),
    # a surname as written after a noun cue ("в последнем слове") is the person named in full
    ("ru", "В последнем слове Анна Крылова просила о снисхождении. Крылова вину не признала.\n\n"
           "В последнем слове Крылова сказала: «Я ни о чем не жалею».", "Анна Крылова"),
    # a first name at a sentence start right before a reporting verb of confirmation
    ("uk", "Волонтерка Анастасія Коваль розповіла про табір.\n\nЗа словами волонтерки, листи не відправляли. "
           "Максим підтверджує: «Нам казали, що вдома нас ніхто не чекає».", "Максим"),
    # a subject pronoun: the sentence's subject, not a first name in an oblique case after it
    ("uk", "Тарас Ковальчук приїхав до Києва. Ковальчук підтвердив, що знав Артема в полоні. «Він тримався "
           "краще за багатьох», – запевнив він.", "Тарас Ковальчук"),
])
def test_role_nouns_relatives_and_subjects(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # a person known only by a call sign is the referent of a later description or pronoun
    ("uk", "Старша бойова медикиня з позивним «Ліса» працює тут із весни. Командир Віталій Гордієнко "
           "хвалить її.\n\n– Перші місяці я плакала після кожної зміни, – зізнається медикиня.", "Ліса"),
    ("uk", "Такі дані навів командир роти з позивним «Кобзар».\n\n«Ми працюємо по логістиці», – каже командир.",
     "Кобзар"),
    # a full name right before the call sign introduces the person by name
    ("uk", "Нагороду отримав Роман Гайовий з позивним «Тихий». «Найважче було в тиші», – каже він.",
     "Роман Гайовий"),
    # an abbreviation alone as the subject, after a sentence-initial adverb
    ("uk", "Директор департаменту Максим Гудзь уточнив прогноз.\n\nУвечері НБУ пояснив своє рішення "
           "вкладникам у Telegram-каналі:\n\nГривневі депозити залишаються вигідними.", "НБУ"),
    # a capitalised description at a sentence start is no name
    ("ru", "По словам аналитика Игоря Савенко, бизнес живет коротко. Он напомнил про страховки.\n\n"
           "Экономист добавил: «Любой удар по кварталу – и владелец теряет все».", "Игорь Савенко"),
])
def test_call_signs_abbreviations_and_capitalised_descriptions(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "the company" refers back to a company named only in quote marks after "в"/"у"
    ("Окупант Сєрков знову погрожував.\n\nВ «Енергоатомі» заяву окупанта назвали брехнею. «Станція "
     "залишається українською», – йдеться в повідомленні компанії.", "Енергоатом"),
    ("В «Укренерго» нагадали про минулу весну. «Ми не віримо словам», – йдеться в повідомленні компанії.",
     "Укренерго"),
])
def test_a_company_named_only_in_quote_marks(text, speaker):
    assert [who for _, who, _ in pieces(text, "quote")] == [speaker]


def test_outlet_nouns_are_data_with_a_note_each():
    from analysis.quotes import load_outlet_nouns, load_staff_nouns

    kinds = load_outlet_nouns()
    assert set(kinds) == {"outlet", "article", "company"}
    assert ("uk", "видання") in kinds["outlet"] and ("ru", "статья") in kinds["article"]
    assert ("uk", "правоохоронець") in load_staff_nouns()
    for name in ("outlet_nouns.csv", "staff_nouns.csv"):
        with open(LEXICON_DIR / name, encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert rows and all(row["note"].strip() and row["language"] in ("uk", "ru") for row in rows)


@pytest.mark.parametrize("lang, text, speaker", [
    # documents of a body: a communiqué, a policy paper, a resolution, a study
    ("uk", "Міністр Олег Бойко приїхав у Київ. «Союзники засуджують удари», – йдеться в підсумковому "
           "комюніке Північноатлантичної ради.", "Північноатлантична рада"),
    ("ru", "Министр Олег Бойко приехал в Киев. «Союзники осуждают удары», – говорится в резолюции ПАСЕ.", "ПАСЕ"),
    # a bare "у вироку" is the court's, the court named last, whoever was named since
    ("uk", "Херсонський міський суд засудив Петра Лопату. Свідчила й директорка школи Лариса Гончар.\n\n"
           "«Обвинувачений організовував вивезення зерна», – йдеться у вироку.", "Херсонський міський суд"),
    ("ru", "Свердловский районный суд Перми приговорил Анну Карпову к шести годам. Ее защищал адвокат "
           "Павел Орлов. В приговоре говорится: «Подсудимая подрывала доверие к армии».",
     "Свердловский районный суд Перми"),
    # ... but a verdict the subject announces is not the speaker ("оголошуючи вирок")
    ("uk", "Суддя Лариса Бондар відхилила ці аргументи. «Для хліба не потрібні списки незгодних», – "
           "сказала суддя, оголошуючи вирок.", "Лариса Бондар"),
    # Russian "по" goes on the name of an office or a staff ("по правам человека", "по вопросам ...")
    ("ru", "Координационный штаб по вопросам обращения с военнопленными написал в Telegram: «Мы вернем всех».",
     "Координационный штаб по вопросам обращения с военнопленными"),
    # an outlet as the subject: its noun inside the marks, a phrase between, a Latin name
    ("uk", "Міністр Олег Бойко приїхав у Київ. Польська «Газета Надвіслянська» у репортажі про візит "
           "писала: «Люди вітають поляків».", "Газета Надвіслянська"),
    ("uk", "Міністр Олег Бойко приїхав у Київ. Видання Kansai Evening Post написало: «Це сміливий жест».",
     "Kansai Evening Post"),
    # an institution as the subject: an adverb, a relative clause, an abbreviation with its state
    ("uk", "Олег Бойко приїхав. Посольство Росії в Польщі напередодні заявило: «Це підживлення конфлікту».",
     "Посольство Росії в Польщі"),
    ("uk", "Артем будує курінь. Фонд «Крила дитинства», який оплатив путівки, написав у Telegram: «Зміна "
           "стартує в серпні».", "Фонд «Крила дитинства»"),
    # the relative pronoun in an oblique case; a verb of the clause is no cue of its own
    ("uk", "Артем будує курінь. Фонд «Крила дитинства», якому належить табір, написав у Telegram: «Зміна "
           "стартує в серпні».", "Фонд «Крила дитинства»"),
    ("uk", "Олег Бойко приїхав. Міністерство енергетики, яке відповідає за мережі, написало у Facebook: "
           "«Ремонт триватиме тиждень».", "Міністерство енергетики"),
    ("ru", "Олег Бойко приехал. Фонд «Крылья детства», которому принадлежит лагерь, написал в Telegram: «Смена "
           "стартует в августе».", "Фонд «Крылья детства»"),
    ("uk", "Олег Бойко приїхав. Київський метрополітен повідомив у Telegram: «Станції працюють як укриття».",
     "Київський метрополітен"),
    ("uk", "Олег Бойко приїхав. МЗС Польщі заявило: «Це історичний крок».", "МЗС Польщі"),
    # a capitalised institution noun in the genitive heads genitives of its own
    ("uk", "Ганна Кирилюк чекала поїзд.\n\nПресслужба Міністерства розвитку громад у Telegram повідомила: «Середня "
           "затримка становила 19 хвилин».", "Пресслужба Міністерства розвитку громад"),
    # a one-word body with where it posted between it and its verb
    ("ru", "Наталья Гриценко ехала во Львов.\n\nРосавиация в своем Telegram-канале написала: «Ограничения введены "
           "для безопасности полетов».", "Росавиация"),
    # a pronoun right before the verb is its subject, not the channel named before it
    ("ru", "Глава администрации Вадим Сухоруков объяснил отключения.\n\nВ Telegram-канале «Энергодар сегодня» он "
           "написал: «Все службы работают в усиленном режиме».", "Вадим Сухоруков"),
    # a name in quote marks after a described head, with its channel between it and the verb
    ("ru", "Олег Бойко приехал. Украинский оператор «Энергоатом» в своем Facebook назвал происходящее «прямой "
           "угрозой безопасности Европы».", "Энергоатом"),
    ("uk", "Олег Бойко приїхав. Державний оператор «Укренерго» у своєму Telegram-каналі назвав атаку «наймасованішою "
           "за зиму».", "Укренерго"),
    # a bare head noun at a sentence start refers back to the group it heads
    ("uk", "Загинув барабанщик гурту «Сіра вежа» Максим Орлик. Гурт написав в Instagram: «Нам боляче».",
     "гурт «Сіра вежа»"),
])
def test_bodies_their_documents_and_outlets_as_speakers(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a foreign name the dictionary only guesses stays as written when a verb follows it
    ("Посол Японії Такесі Омура висловив співчуття. «Японія засуджує удари», – сказав Омура.", "Такесі Омура"),
    ("Міністерка Гезіне Брандгорст прибула до Києва. «Ми допоможемо», – сказала вона.", "Гезіне Брандгорст"),
    # an age in apposition makes a lone first name at a sentence start a person
    ("Ірина, 38 років, працює хірургинею у Харкові.\n\n«Найважче – чекати», – каже жінка.", "Ірина"),
    # a verb of listing is a cue
    ("Іван Степанович живе в пансіонаті. Про нього дбає медсестра Тетяна Коваль.\n\n– Добре. Годують, "
     "миють, телевізор є, – перелічує пенсіонер.", "Іван Степанович"),
])
def test_foreign_names_ages_and_listing_verbs(text, speaker):
    assert [who for _, who, _ in pieces(text, "quote")] == [speaker]


def test_an_attributed_answer_names_who_answers_the_next_questions():
    text = ("Міністерка Олена Гай прибула до Києва. Міністр Андрій Стельмах подякував їй.\n\nДалі "
            "журналісти поставили кілька запитань гості.\n\n– Чи обговорювали ви ракети?\n\n– Ми "
            "обговорювали все, – відповіла Гай.\n\n– Коли прибудуть системи?\n\n– Перша – вже за кілька тижнів.")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Олена Гай"] * 2


def test_a_quote_without_attribution_is_the_subjects_not_a_relative_named_after_it():
    text = ("Людмила Коваль тримає фото сина Артема в рамці.\n\n"
            "«Він подзвонив о пʼятій ранку. Більше я його не чула».")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Людмила Коваль"]


def test_question_subheadings_over_reported_paragraphs_are_no_interview():
    # a lead-in that announces talking to experts, questions as subheadings, and paragraphs that
    # quote the experts with attributions: the outlet's text, not an interview's answers
    text = ("Ми розпитали військових експертів, щоб зрозуміти, на що здатен противник.\n\n"
            "Скільки сил залишилося в Росії?\n\nАналітик Богдан Яцишин вважає, що противник втрачає людей. "
            "«Глибокого прориву не буде», – пояснив він.\n\nЩо пишуть іноземні медіа?\n\n"
            "Газета The Northern Ledger пише про мобілізацію. «Кремль поспішає», – зазначає видання.")
    segments = segment_text(text)
    assert not (segments["kind"] == "question").any()
    assert [who for _, who, _ in pieces(text, "quote")] == ["Богдан Яцишин", "The Northern Ledger"]


@pytest.mark.parametrize("lang, text, speaker", [
    # a first name the dictionary tags only as a common noun in the nominative
    ("uk", "Аналітик Богдан Яцишин вважає, що фронт встоїть. Експертка Лариса Дорош погодилася.\n\n"
           "«Ми втримаємо лінію», – підсумував Яцишин.", "Богдан Яцишин"),
    # a research institute and its review or paper
    ("uk", "Аналітик Богдан Яцишин вважає так. Аналітики Інституту оборонних студій оцінюють угруповання. "
           "«Темп впав утричі», – йдеться у звіті інституту.", "Інститут оборонних студій"),
    ("uk", "Аналітик Богдан Яцишин вважає так. Аналітики Центру транспортної економіки у квартальному огляді "
           "прогнозують зростання. «Це ще не довоєнний рівень», – йдеться в огляді.", "Центр транспортної економіки"),
    # a pronoun subject is the speaker, not the channel he spoke on
    ("uk", "Економіст Кирило Савінов називає ситуацію задушенням. «Дефіцит перевищив план», – сказав він "
           "в ефірі YouTube-каналу «Відкрита економіка».", "Кирило Савінов"),
    # the outlet's correspondent writes for the outlet; Italian particles in a Latin name
    ("ru", "Газета Corriere del Litorale пишет об Одессе. Мэр Виктор Бережной ответил так. «Здесь в полночь "
           "гремит взрыв», – пишет корреспондент издания.", "Corriere del Litorale"),
    # Russian verbs of explaining and the like are cues
    ("ru", "Мэр Роман Кушнир поблагодарил энергетиков. «Резервная схема не рассчитана на такую нагрузку», "
           "– объяснил главный инженер Виктор Остапенко.", "Виктор Остапенко"),
    # a statement published with a colon before the list it gives
    ("uk", "Голова ОВА Сергій Ліщук навів у Telegram перелік руйнувань:\n\nПошкоджені 17 будинків, газогін і "
           "лінія електропередачі.", "Сергій Ліщук"),
    # a person named by a first name before a call sign is that person, not the call sign
    ("uk", "Взводом командує 27-річна Марина з позивним «Ліса».\n\n«Штурми тут майже щодня», – розповідає "
           "командирка взводу.", "Марина"),
])
def test_experts_outlets_and_published_statements(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    ("uk", "Міністерство оборони Росії тим часом щотижня звітує про «планомірне просування».",
     "Міністерство оборони Росії"),
    ("ru", "Минобороны России вечером заявило о «взятии под контроль» нескольких высот.", "Минобороны России"),
])
def test_an_institutions_claim_about_a_fragment_is_its_quote(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


def test_a_title_after_a_verb_of_being_called_is_a_name():
    text = "Я дивлюся шоу Гліба Вітрова. Минулого четверга випуск називався «Що робити з Європою після перемоги»."
    assert pieces(text, "quote") == []


def test_a_reporters_own_question_with_a_verb_of_asking_is_a_question():
    text = ("Водійка трамвая Наталія Гринько працює на маршруті з 2009 року.\n\n– Не страшно їздити на "
            "Салтівку? – питаємо в неї.\n\n– Страшно було раніше, – відповідає вона.")
    assert [q for q, _, _ in pieces(text, "question")] == ["Не страшно їздити на Салтівку?"]
    assert [who for _, who, _ in pieces(text, "quote")] == ["Наталія Гринько"]


def test_transcript_labels_by_surname_and_role_and_the_guest_per_section():
    text = ("Гостями були депутатка Жанна Орехова та експерт Станіслав Дронов.\n\n"
            "Ветров: Жанно Вікторівно, Європа нас боїться?\n\n"
            "Орехова: Боїться, і правильно робить.\n\n"
            "Дронов: А хто не згадає, тому нагадаємо.\n\n"
            "Другим гостем став морський піхотинець Артем Ничипорук.\n\n"
            "Ведучий: Що ви відчули на кордоні?\n\nГість: Спершу нічого, бо не вірив.\n\n"
            "Ведучий: Що б ви сказали пані Світлані Коваль?\n\nГість: Не здавайтеся.")
    assert [who for _, who, _ in pieces(text, "quote")] == [
        "Жанна Орехова", "Станіслав Дронов", "Артем Ничипорук", "Артем Ничипорук"]


@pytest.mark.parametrize("lang, text, speakers", [
    # verbs of retort and of pressing with questions are cues
    ("uk", "Депутатка Вікторія Гнатюк підтримала рішення.\n\n– Ви латаєте одну діру, – заперечив голова "
           "фракції Ярослав Дідух.\n\n– Вибоїни можна обʼїхати, – парирувала Гнатюк.\n\n"
           "– Тоді чому гроші не знайшли восени? – допитувався Дідух.\n\n– Відновлюєте третій рік, – кинула Гнатюк.",
     ["Ярослав Дідух", "Вікторія Гнатюк", "Ярослав Дідух", "Вікторія Гнатюк"]),
    # a dash interview's interviewee is the person introduced in the plain paragraph before it
    ("uk", "Лікар Сергій Мазур приймає пацієнтів щосуботи.\n\nПенсіонерка Валентина Коломієць показує нам "
           "порожню коробку з-під інсуліну.\n\n– На скільки днів вистачить ліків?\n\n– Дві ампули. Це днів на чотири.",
     ["Валентина Коломієць"]),
])
def test_retorts_and_the_interviewee_introduced_before_the_questions(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


def test_statement_owners_are_institution_nouns_and_extra_first_names_have_notes():
    from analysis import nlp
    from analysis.quotes import load_institution_nouns, load_statement_owners

    owners = {(lang, owner) for (lang, _), owner in load_statement_owners().items() if owner}
    assert owners and owners <= load_institution_nouns()
    with open(LEXICON_DIR / "first_names.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(row["note"].strip() and row["gender"] in ("masc", "femn") for row in rows)
    # each is a name the dictionary does not tag in the nominative, which is why it is listed
    assert all(not any("Name" in r.tag and "nomn" in r.tag for r in nlp.parses(row["form"], row["language"]))
               for row in rows)


@pytest.mark.parametrize("lang, text, speaker", [
    # (an apposition after "one of" names them more exactly: the gold of batches 218 and 254 names
    # the speaker so, that of batch 42 by the group)
    ("uk", "Директорка ліцею Людмила Панченко почала з цифр.\n\nОдин із батьків, тато семикласника, "
           "запитав: «Ми чуємо це вже другий рік».", "тато семикласника"),
    ("uk", "Директорка Людмила Панченко говорила довго.\n\nОдна з мешканок будинку підвелася.\n\n"
           "– Ми мерзнемо третю зиму, – сказала вона.", "одна з мешканок будинку"),
    ("ru", "Реставратор Ирина Заславская выступила.\n\nОдин из жильцов, бывший моряк, поддержал реставрацию. "
           "\"Мы готовы ждать, если будем знать сроки\", – сказал он.", "один из жильцов"),  # not a listed description
])
def test_an_unnamed_member_of_a_group_is_a_person_of_their_own(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # the euphonic form of "йдеться" after a vowel is the same cue
    ("uk", "Волонтерка Ганна Лисенко розповіла про обмін.\n\n«Рішення ухвалили на рік», — ідеться в "
           "Telegram-каналі Офісу Генпрокурора.", "Офіс Генпрокурора"),
    # a site or page is where its owner's statement stands
    ("uk", "Справу передали до суду. «Слідство триває», – йдеться на сайті Офісу Генпрокурора.",
     "Офіс Генпрокурора"),
    # an additive particle may stand between "В ведомстве" and its verb
    ("ru", "Министерство образования сообщило об этом. В ведомстве также подчеркнули: «Занятия "
           "пройдут в обычном режиме».", "Министерство образования"),
    # and so may a restrictive one, with a person named in the sentence before
    ("ru", "Московская патриархия молчит.\n\nРябов не ответил. В патриархии лишь отметили, что позиция "
           "Церкви «неизменна с 2022 года».", "Московская патриархия"),
    ("uk", "Генштаб ЗСУ оновив дані. Оксана Дуднік не відповіла.\n\nУ Генштабі лише зазначили, що ситуація "
           "«залишається складною».", "Генштаб ЗСУ"),
    # a lower-case "канал" in the attribution is the channel named before in quote marks
    ("ru", "Мать пленного Галина Ершова обратилась к журналистам. Похожие истории собирает "
           "Telegram-канал «Ждем вестей». «За полгода к нам обратились сотни семей», – говорится в "
           "закрепленном посте канала.", "Ждем вестей"),
    # "по ..." goes on an institution's name only while its words are oblique
    ("ru", "В Мониторинговой миссии ООН по правам человека приговор назвали незаконным. «Конвенция "
           "запрещает такие процессы», — напомнили в миссии.", "Мониторинговая миссия ООН по правам человека"),
    # a full name in the nominative after an institution's name starts a person
    ("ru", "Детей встретила сотрудница Офиса Уполномоченного в Харьковской области Алина Мороз.\n\n"
           "В Telegram-канале офиса написали: «Все дети прошли обследование».",
     "Офис Уполномоченного в Харьковской области"),
])
def test_institutions_behind_statements_sites_and_channels(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # an adjective and an inanimate noun after "із" are a place, not a person called "Рог"
    ("uk", "Петро Гаврилюк із Кривого Рогу приїхав сюди вдруге.\n\n«Минулого разу мені нічого не "
           "сказали», – розповів чоловік.", "Петро Гаврилюк"),
    # a comma before a coordinating conjunction keeps the subject of a naming verb
    ("uk", "Про це розповів Богдан Ковтун. Ковтун подякував організації за допомогу, проте назвав "
           "її позицію «надто обережною».", "Богдан Ковтун"),
    # a full name in the nominative between a statement noun and a verb is the verb's subject
    ("uk", "Під дописом Марти вдова військового Ірина Козак написала:\n\nЯ дякую всім, хто "
           "допомагав нам цієї зими.", "Ірина Козак"),
])
def test_places_conjunctions_and_subjects_after_a_statement_noun(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speakers", [
    # a described subject with dependents is a person of their own for the pronoun after it
    ("ru", "Квартиры занимают. Пенсионерка из квартала Солнечный рассказала, что у соседки сменили "
           "замок. «Пришли с бумагой из администрации», - рассказала женщина.",
     ["пенсионерка из квартала Солнечный"]),
    # an apposition after "Один из них," names the person; a bare head later refers back to it
    ("ru", "Об этом рассказали двое рабочих. Один из них, инженер турбинного цеха, говорит, что "
           "всё сложно. «Нам велели уходить», – рассказал он.\n\nИнженер признаётся, что держится "
           "ради семьи. «Мама болеет», – говорит он.",
     ["инженер турбинного цеха", "инженер турбинного цеха"]),
    # a role of an official is no new person: "Мер" refers to the mayor named before
    ("uk", "Мер Ігор Стасюк відкрив сесію.\n\nМер міста також зазначив: «Бюджет ухвалимо вчасно».",
     ["Ігор Стасюк"]),
    # a description followed by a first name is a title of that person
    ("uk", "Мешканка Херсона Ольга Бондар розповіла: «Світла немає третій день».", ["Ольга Бондар"]),
])
def test_a_described_subject_is_a_person_of_their_own(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speaker", [
    # the person who agreed to answer anonymously, introduced in the instrumental, answers
    ("ru", "Тепла нет.\n\nРедакция связалась с жительницей Заводского района, которая согласилась "
           "ответить на вопросы анонимно.\n\n— Когда у вас было тепло?\n\n— Дали на два дня в начале "
           "месяца, потом опять авария.", "жительница Заводского района"),
    ("uk", "Тепла немає.\n\nМи поговорили з мешканкою Заводського району, яка попросила не "
           "називати її імені.\n\n– Коли у вас востаннє було тепло?\n\n– Дали на два дні на початку "
           "місяця.", "мешканка Заводського району"),
])
def test_an_anonymous_interviewee_described_in_an_oblique_case(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # an indeclinable head gives its gender to the adjectives put into the nominative
    ("uk", "У Національному антикорупційному бюро заявили: «Справу відкрито».",
     "Національне антикорупційне бюро"),
    # a lower-case head noun refers back to the abbreviation named last that holds its initial
    ("uk", "У НАБУ нагадали, що схему викрили восени. «Детективи перевірили кожну ділянку», – "
           "написали в телеграм-каналі бюро.", "НАБУ"),
    # "движение" of trains is no movement; a movement has its name in quote marks
    ("ru", "Движение поездов на участке остановлено. Об этом сообщило движение сопротивления "
           "«Степной ветер». «Наши люди ушли без потерь», – говорится в сообщении движения.",
     "движение сопротивления «Степной ветер»"),
])
def test_bureaus_abbreviations_and_movements(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # a diocese and an inspectorate are institutions
    ("uk", "Храм передали громаді. Житомирська єпархія заявила, що «не втручається в рішення "
           "громади».", "Житомирська єпархія"),
    ("uk", "Рибу знайшли мертвою. Державна екологічна інспекція написала в Telegram: «Концентрація "
           "амонію перевищує норму в 40 разів».", "Державна екологічна інспекція"),
    # a lower-case head noun refers back to a capitalised compound that ends in it
    ("uk", "Держпродспоживслужба повідомила, що перевірила тисячу партій. «Жодна з них не "
           "перевищила норм», – йдеться в повідомленні служби.", "Держпродспоживслужба"),
    # after "Про це" / "Про затримання" the abbreviation is the verb's subject
    ("uk", "Про затримання СБУ написала у своєму Telegram-каналі: «Агент фотографував позиції».", "СБУ"),
    # a request phrase may stand between an institution and its verb
    ("ru", "Генпрокуратура Казахстана в ответ на запрос редакции сообщила: «Решение изучается».",
     "Генпрокуратура Казахстана"),
    ("ru", "Ольга улыбается.\n\nВ пресс-службе Сумской ОВА на вопрос издания ответили: «Эвакуация продолжается».",
     "пресс-служба Сумской ОВА"),
    # an unnamed interlocutor in a body is a source of their own
    ("uk", "Пороги можуть переглянути.\n\n«Цифри не остаточні», – сказав нашому виданню співрозмовник "
           "у міністерстві.", "співрозмовник у міністерстві"),
])
def test_dioceses_compounds_abbreviations_and_interlocutors(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speakers", [
    # two first names before a plural surname: each takes the surname in their gender
    ("uk", "Кияни Андрій та Світлана Гнатюки прийшли о шостій ранку.\n\n«Ми стоїмо під дощем», - "
           "обурюється Світлана.", ["Світлана Гнатюк"]),
    ("ru", "Олег и Мария Петровы вернулись домой. «Мы счастливы», – сказала Мария.", ["Мария Петрова"]),
    # a relative named by a first name after the person named in full shares the surname (not a
    # patronymic: "Галина Ивановна и ее муж Степан" gives Степан no family name)
    ("uk", "Ми говоримо з Людмилою Бондаренко та її чоловіком Віктором на кухні.\n\n– А я тут "
           "потрібніший, – додає Віктор.", ["Віктор Бондаренко"]),
    ("ru", "Галина Ивановна и ее муж Степан живут у реки.\n\n«Было страшно», – говорит Степан.", ["Степан"]),
    # a name with an apostrophe inside ("ОʼКоннор") is one word
    ("uk", "Радна Шивон ОʼКоннор підтримує переселенців. Як зазначила ОʼКоннор, «у містечку одна "
           "школа і жодного автобуса».", ["Шивон ОʼКоннор"]),
    # a guessed foreign name before a phrase and a singular verb is kept as written; "Рада"
    # alone is the parliament, not a woman's name
    ("uk", "Заступниця мера Брно Ленка Гавелкова під час зустрічі подякувала переселенцям.\n\n«Ви "
           "наші сусіди», — наголосила посадовиця.", ["Ленка Гавелкова"]),
    ("uk", "Депутатка Наталія Гребенюк нагадала, що довіри, яку Рада мала, вже немає. «Поки зарплати "
           "ростуть швидше за довіру, радіти немає чому», - іронізує вона.", ["Наталія Гребенюк"]),
])
def test_families_apostrophes_foreign_names_and_the_rada(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speakers", [
    # an accusation's quoted words after its object are the accuser's
    ("ru", "Депутат Ирина Кретова выступила.\n\nЕе коллега Сергей Вахрушев обвинил Кретову в "
           "«политиканстве».", ["Сергей Вахрушев"]),
    # an exchange of two speakers goes on by turns
    ("uk", "Засідання почалося зі суперечки.\n\n– Оголошую перерву, – звернувся до опозиції "
           "головуючий Юрій Степаненко.\n\n– Люди мають право бачити, як ви голосуєте, – відповіла "
           "депутатка Лариса Шевчук.\n\n– Стенограма публікується того ж дня.\n\nПісля цього "
           "засідання продовжилося.", ["Юрій Степаненко", "Лариса Шевчук", "Юрій Степаненко"]),
])
def test_accusations_and_turns_of_an_exchange(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speaker", [
    # a name in quote marks opening the sentence is the subject, also with the channel it used
    ("uk", "Дрони атакували вузлову станцію.\n\n«Укрзалізниця» у своєму Telegram-каналі повідомила: "
           "«Шість поїздів курсують із затримкою».", "Укрзалізниця"),
    # "компанія" refers back to the company named last in quote marks after a noun
    ("uk", "Ракета влучила в термінал «Укрпошти» на околиці міста.\n\nУ Telegram-каналі компанії "
           "написали: «Вогонь знищив тисячі відправлень».", "Укрпошта"),
    ("ru", "Перевозчик «Степ-Экспресс» возит пассажиров в Ригу. В своем Telegram-канале компания "
           "предупредила: «Берите с собой запас воды».", "Степ-Экспресс"),
    # "у справах ..." is inside a ministry's name, not a place before the verb
    ("uk", "Гранти отримали 400 бізнесів.\n\nУ Міністерстві у справах ветеранів написали в Telegram: "
           "«Пекарня – одна з переможниць конкурсу».", "Міністерство у справах ветеранів"),
    # adjectives and two abbreviations joined by "та"
    ("uk", "Відео поширили в мережі.\n\nОдеський обласний ТЦК та СП написав у Facebook: «Відео не має "
           "стосунку до області».", "Одеський обласний ТЦК та СП"),
    # "– написал канал «...»": the channel named right there
    ("ru", "Каналы распространяют «новость».\n\n«С 1 числа кондукторы обязаны звонить в полицию», – "
           "написал канал «Одесса Сегодня».", "Одесса Сегодня"),
    # "в його дописі": the post of the man named last
    ("uk", "Голова Віталій Ромашин написав у Telegram про удар по Запорізькій АЕС.\n\n«Київ готує "
           "провокацію», – ідеться в його дописі.", "Віталій Ромашин"),
])
def test_quoted_companies_channels_and_possessive_posts(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


@pytest.mark.parametrize("lang, text, speaker", [
    # a title used alone at a sentence start is the person it introduced
    ("uk", "Фізична терапевтка Олена Мартинюк працює з Андрієм щодня.\n\nТерапевтка пояснила: «Ми "
           "вчимо ходити не лише рівною підлогою».", "Олена Мартинюк"),
    # a feminine verb beats a masculine noun of a profession
    ("ru", "Капитан Руслан Мамедов рассказал о пожаре.\n\nПортовый врач Елена Гринчук, которая "
           "оказывала помощь, рассказала, что все живы. «Он все время спрашивал об остальных», – "
           "добавила врач.", "Елена Гринчук"),
    # a manner of speaking: smiling
    ("uk", "Дмитро Савенко фінішував першим. Катерина Гринько його зустріла.\n\n«Мама плакала від "
           "радості», - усміхнувся Дмитро.", "Дмитро Савенко"),
])
def test_titles_professions_and_smiles(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


@pytest.mark.parametrize("lang, text, speaker", [
    # a civic initiative named in quote marks is a body; its statement is its quote
    ("ru", "Журналиста задержали.\n\nВ правозащитной инициативе «Южный круг» напомнили, что он "
           "девятнадцатый. «Власти пытаются оставить регион без свидетелей», — говорится в заявлении "
           "инициативы.", "инициатива «Южный круг»"),
    # a word after a preposition is no speaker, nor a thing before the verb
    ("uk", "Мешканка Ялти, яка попросила не називати її імені з міркувань безпеки, розповіла нам через "
           "месенджер: «Люди вже навчилися розрізняти звуки».", "мешканка Ялти"),
    # two abbreviations after an adverb at a sentence start: a body and its forces
    ("uk", "Судно зайшло в порт.\n\nЗгодом ВМС ЗСУ написали у своєму Telegram-каналі: «Кожне таке "
           "судно порушує законодавство».", "ВМС ЗСУ"),
    # a guessed foreign name after a title in the nominative stays as written
    ("uk", "Її заснувала філологиня із Сімферополя Ельмаз Усеїнова, яка виїхала з півострова. Ми "
           "поговорили з нею.\n\n– Скільки зараз у вас учнів?\n\n– Сорок три.", "Ельмаз Усеїнова"),
    # the club or team the article names first in quote marks
    ("uk", "Херсонська «Таврика» перемогла словацький «Прешов».\n\nКлуб подякував уболівальникам у "
           "своєму Telegram-каналі: «Дякуємо кожному, хто приїхав».", "Таврика"),
])
def test_initiatives_prepositions_forces_titles_and_clubs(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


def test_a_guessed_first_name_has_no_gender():
    # "Кемаль" is only guessed by the dictionary: "– сказал он" may be Кемаль, not a man named before
    text = ("Военные «находили» склады в зернохранилищах Измаила.\n\nКапитан сухогруза, гражданин "
            "Турции Кемаль Озтюрк, не скрывал эмоций. «Я двадцать лет хожу в море», – сказал он.")
    assert [who for _, who, _ in pieces(text, "quote", "ru")] == ["Кемаль Озтюрк"]


@pytest.mark.parametrize("lang, text, speaker", [
    # a lower-case noun with no genitive reading after a name is the verb's object, not the name
    ("uk", "Склад згорів. У Міноборони РФ пожежу традиційно назвали «плановою утилізацією техніки».",
     "Міноборони РФ"),
    ("ru", "Цены выросли. В МИД России решение назвали «политически ангажированным шагом».", "МИД России"),
    # a ministry's short name is a whole name; a body headed by "палата" after its adjective
    ("ru", "Пошлины подняли. Минсельхоз России назвал пошлину «важной мерой для внутреннего рынка».",
     "Минсельхоз России"),
    ("uk", "Тендери перевірили. Рахункова палата назвала закупівлі «непрозорими та завищеними».",
     "Рахункова палата"),
    ("uk", "Депутати вимагали звіту. Після засідання в Мінветеранів заявили, що зміни готові. У "
           "відомстві назвали їх «реальним кроком назустріч родинам».", "Мінветеранів"),
    # a name is complete after its capitalised dependent or place: the plural things after it
    # are the object of the verb that has no subject of its own
    ("uk", "Ударів побільшало. У Міністерстві оборони Росії удари зазвичай називають «вимушеною "
           "відповіддю».", "Міністерство оборони Росії"),
    ("ru", "Цифры скрывают. В правительстве Курганской области претензии назвали "
           "«необоснованными и голословными».", "правительство Курганской области"),
    # "тем временем" after a name is no part of it
    ("ru", "Штурмы продолжаются. Минобороны России тем временем сообщило: «Позиции улучшены».",
     "Минобороны России"),
    # a declinable head with a rare indeclinable homograph ("порту") is put into the nominative
    ("uk", "Удар пошкодив склад. «Причали не постраждали», – йдеться в повідомленні Ренійського "
           "морського торговельного порту.", "Ренійський морський торговельний порт"),
])
def test_objects_after_names_short_ministry_names_and_chambers(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


def test_a_hospital_ward_is_no_institution():
    text = "Пацієнтів перевели в палату. Лікар Олег Мирний сказав: «Усе буде добре»."
    assert [who for _, who, _ in pieces(text, "quote", "uk")] == ["Олег Мирний"]


@pytest.mark.parametrize("lang, text, speakers", [
    # a role who asked not to be named is a person of their own, for the description after it
    ("uk", "Юрист Тарас Левко підтвердив, що порушень немає.\n\nКомандир мінометної батареї, який "
           "попросив не називати його прізвища, розповів, що машини потрібні щодня.\n\n«Старі вже не "
           "їздять», — сказав офіцер.", ["командир мінометної батареї"]),
    # "Другой педагог, учитель химии," is someone besides the person quoted before
    ("ru", "«Я подписала», – рассказала учительница, попросившая не называть ее имени.\n\nДругой "
           "педагог, учитель химии, добавил, что отчетов нет.\n\n\"Никто не видел чеков\" - написал он.",
     ["учительница", "учитель химии"]),
    # a person the newsroom reached, described by a relative clause, answers the exchange
    ("uk", "Директор фонду Павло Гук показав акти.\n\nНаше видання звʼязалося з колишнім командиром "
           "взводу, який нині служить в іншій бригаді.\n\n– Прилади отримав я, – сказав офіцер.\n\n– "
           "Де вони зараз?\n\n– Я передав їх заступнику.", ["колишній командир взводу"] * 2),
    # the interviewee's description runs on with a participle ("подругой осужденной")
    ("ru", "Суд приговорил Анну Березину к сроку.\n\nМы поговорили с подругой осужденной, которая "
           "попросила не называть ее имени.\n\n– Как она держалась?\n\n– Очень спокойно.",
     ["подруга осужденной"]),
    # "попросила называть ее только Ольгой": the name she gave, not a description
    ("ru", "Жительница Энергодара, которая попросила называть ее только Мариной, описала жизнь без "
           "света.\n\n«Готовим на костре», — написала Марина.", ["Марина"]),
    # a lone first name opening a sentence is the person the full name introduced
    ("uk", "Його син Ігор Шевчук приїжджає щотижня. Слідчий Петро Гаврилюк радить здавати ДНК.\n\n"
           "Ігор свій зразок уже здав. «Я вірю, що тато живий», – сказав він.", ["Ігор Шевчук"]),
])
def test_anonymous_roles_others_and_people_the_newsroom_reached(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


def test_the_newsroom_talking_with_a_person_named_before_keeps_that_person():
    text = ("Хірург Олег Дмитрук третій рік працює в лікарні. Ми поговорили з лікарем про нестачу "
            "кадрів.\n\n– Скільки операцій на день?\n\n– Чотири-пʼять.")
    assert [who for _, who, _ in pieces(text, "quote", "uk")] == ["Олег Дмитрук"]


@pytest.mark.parametrize("lang, text, speaker", [
    # a company named in quote marks in the oblique case, however far back: the name in the
    # nominative, not a group named in quote marks since
    ("uk", "Сервіси «Волинської енергозбутової компанії» не працювали два дні.\n\n" + "Атака тривала. " * 120
           + "Відповідальність взяло угруповання «Темний лід». «Ми повернулися», – написали в компанії.",
     "Волинська енергозбутова компанія"),
    # a group or a union as a body: its channel speaks for it
    ("uk", "Хакерське угруповання «Сірий вовк» заявило про злам. «Ми лише почали», – написали хакери в "
           "Telegram-каналі угруповання.", "Хакерське угруповання «Сірий вовк»"),
    ("ru", "Цены растут. Союз сибирских машиностроителей в своем Telegram-канале написал: «Мы "
           "консервируем проекты».", "Союз сибирских машиностроителей"),
    # the regulator named before
    ("uk", "Національний банк України зберіг ставку. У Telegram-каналі регулятора пояснили: «Інфляція "
           "сповільнюється».", "Національний банк України"),
    # a bare noun refers to a body named before it, not to one named after it in the sentence
    ("uk", "Міністерство оборони Росії знову оголосило про успіх. У відомстві заявили, що підрозділи "
           "угруповання «Захід» «повністю зачистили село».", "Міністерство оборони Росії"),
    # an object with its genitives between a body and its plural verb
    ("uk", "Табори перевірили. В Офісі Генерального прокурора депортацію дітей назвали «тяжким "
           "злочином».", "Офіс Генерального прокурора"),
])
def test_companies_groups_regulators_and_antecedents_before_the_noun(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


def test_an_ironic_adverb_makes_a_naming_verb_the_outlets_distance():
    kinds = set(segment_text("У Кремлі депортацію дітей, звісно, називають «порятунком».", lang="uk")["kind"])
    assert "scare_quote" in kinds and "quote" not in kinds


@pytest.mark.parametrize("lang, text, speakers", [
    # a title the description list lacks, used alone after the verb: the person it introduced
    ("ru", "Главный конструктор бюро Андрей Мельник показал катер. Менеджер Ольга Ставрати раздала "
           "буклеты.\n\n«Мы потеряли два катера», — вспоминает конструктор.", ["Андрей Мельник"]),
    # a full name read as a woman's in the nominative, while the article writes the surname
    # alone: the case whose nominative gives that surname
    ("ru", "По словам аналитика центра «Мост» Романа Кушнира, «запас прочности тает».\n\n«Россия "
           "может воевать долго», — сказал Кушнир.", ["Роман Кушнир", "Роман Кушнир"]),
    # "Петра Савчука" is Петро when the article writes "Петро" alone
    ("uk", "Одного з них, 46-річного Петра Савчука, ми застаємо біля трактора.\n\n– Вдома в мене "
           "теж було поле, – каже Петро.", ["Петро Савчук"]),
    # a description ends before a preposition
    ("ru", "Наш корреспондент поговорил с владельцем продуктового магазина в одном из районов, "
           "который торгует давно.\n\n– Почему вы подняли цены?\n\n– Я не поднимал, мне поднимают.",
     ["владелец продуктового магазина"]),
])
def test_titles_alone_surnames_as_written_and_descriptions(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, expected", [
    # the reporter's question put to someone named in its attribution: the answers are theirs
    ("uk", "Табір вів Андрій Костюк.\n\n– Що тобі тут сподобалося? – запитуємо в дванадцятирічної "
           "Соломії з Кропивницького.\n\n– Ніч біля ватри.\n\n– А повернешся?\n\n– Обовʼязково.",
     [("question", ""), ("quote", "Соломія"), ("question", ""), ("quote", "Соломія")]),
    # "запитую" with no addressee: still the reporter's question
    ("uk", "Віктор Бондаренко повернувся додому.\n\n– Чому саме зараз? – запитую.\n\n– Бо тут мій дім.",
     [("question", ""), ("quote", "Віктор Бондаренко")]),
    # a question asked by someone else is their quote
    ("uk", "— Хто мене захистить від такої зими? — запитує житомирянка Любов Дячук.",
     [("quote", "Любов Дячук")]),
    # a short name in quote marks after a colon, with the sentence going on, is a name
    ("ru", "Ромашов добавил, что у решения есть обратная сторона: «Веллтек» больше не будет платить "
           "налоги в России.", []),
])
def test_questions_to_a_named_person_and_names_after_a_colon(lang, text, expected):
    frame = segment_text(text, lang=lang)
    speech = frame[frame["kind"].isin(["quote", "question"])]
    assert list(zip(speech["kind"], speech["speaker"])) == expected


@pytest.mark.parametrize("lang, text, speakers", [
    # a first name that can only be oblique before a nominative one: two people
    ("uk", "Сапер Марина Кравець показала макет міни.\n\n– А якщо я знайду міну? – спитала "
           "однокласниця Максима Соломія.", ["Соломія"]),
    ("uk", "Нарешті вдома. «Мама сьогодні вперше усміхалася», – каже дружина Артема Оксана Вознюк.",
     ["Оксана Вознюк"]),
    # a pseudonym introduces the interviewee as a call sign does
    ("uk", "Координаторка мережі, яка підписується псевдонімом «Чайка», погодилася відповісти на "
           "запитання редакції.\n\nСкільки вас?\n\nТочної цифри я не назву. Скажу так: багато.\n\n"
           "Чого ви боїтеся?\n\nОбшуків. Коли в селі машини без номерів, ми обриваємо звʼязок.",
     ["Чайка", "Чайка"]),
    # a hyphenated compound is headed by its last part; a body named in the lead is found however
    # far back its head noun refers to it
    ("uk", "Львівський рок-гурт «Грань» завершив тур.\n\nПісля концерту гурт написав у Telegram: «Ми "
           "зібрали три мільйони».", ["Львівський рок-гурт «Грань»"]),
    ("uk", "Концерт у Харківській обласній філармонії перенесли. " + "Зала була повна. " * 110
           + "\n\nУвечері філармонія написала: «Дякуємо всім».", ["Харківська обласна філармонія"]),
    # a noun already in the nominative keeps its form ("Мати", not the verb's lemma)
    ("uk", "Мати затриманого підлітка попросила не називати її імені.\n\n— Сина забрали з уроку, — "
           "каже жінка.", ["мати затриманого підлітка"]),
])
def test_two_first_names_pseudonyms_compounds_and_leads(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speaker", [
    # a participle clause in commas between a body and its verb
    ("ru", "Театр открыли после ремонта. Бердянский городской совет, работающий сейчас в Запорожье, "
           "заявил: «Это декорация на месте преступления».", "Бердянский городской совет"),
    # an abbreviation spelled out after a sentence-initial preposition: not "В ..."
    ("uk", "Сумська обласна військова адміністрація оголосила евакуацію.\n\nВ обласній військовій "
           "адміністрації повідомили, що тварин теж вивозять. «Ми беремо обох», – йдеться в коментарі "
           "ОВА.", "Сумська обласна військова адміністрація"),
])
def test_participle_clauses_and_abbreviations_after_a_preposition(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speakers", [
    # the person reached asks in the next sentence not to be named: a person of their own
    ("ru", "Директор завода Ринат Садыков от комментариев отказался.\n\nНам удалось поговорить с "
           "сотрудником одного из цехов. Он попросил не называть его имени.\n\n— Что было утром?\n\n"
           "— Сначала завыла сирена.", ["сотрудник одного из цехов"]),
    # a place that is also a first name ("Феодосии") does not name the person described
    ("ru", "Экономист Илья Бережной спорит с властями.\n\nХозяйка мини-гостиницы в Феодосии "
           "согласилась поговорить с нами на условиях анонимности.\n\n— Сколько у вас гостей?\n\n— "
           "Заняты три номера.", ["хозяйка мини-гостиницы в Феодосии"]),
])
def test_people_reached_who_ask_not_to_be_named(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speakers", [
    # a genitive chain and "та" between two genitives stay in a source's description
    ("uk", "Вакансій у районних лікарнях більшає. Джерело в обласному департаменті охорони здоровʼя "
           "визнало: «Молоді лікарі питають передусім про укриття».",
     ["джерело в обласному департаменті охорони здоровʼя"]),
    ("uk", "Заявки на виїзд перевіряють повторно. Джерело в Міністерстві молоді та спорту сказало: "
           "«Половина заявок виявилася фіктивною».", ["джерело в Міністерстві молоді та спорту"]),
    # a body whose adjectives can only be nominative, after a noun it does not depend on
    ("uk", "Про наслідки обстрілу Сумська обласна військова адміністрація написала: «Поранених "
           "четверо, всі в лікарні».", ["Сумська обласна військова адміністрація"]),
    # a weekday and the platform between the body and its verb
    ("uk", "Над містом стоїть дим. Луцька міська рада в суботу вранці написала у своєму "
           "Telegram-каналі: «Не відчиняйте вікон до вечора».", ["Луцька міська рада"]),
    # the object of a finite naming verb is not its subject
    ("ru", "Хоккеист Павел Орлов уехал в Финляндию. Провластный Telegram-канал «Голос Урала» "
           "назвал Орлова «беглецом, который бросил команду ради денег».", ["Голос Урала"]),
    # someone introduced with "один" right before the verb is unnamed
    ("uk", "Звіт підготувала дослідниця Марта Коваль. У Москві звіт проігнорували. Лише один "
           "депутат Держдуми заявив, що «це черговий спосіб виманити гроші».", ["депутат Держдуми"]),
    # a title opening a sentence introduces the person after it
    ("uk", "Ігуменя обителі сестра Параскева Дудар написала: «Ми не готель».\n\nПоруч працює "
           "волонтерка Ольга Гнатюк.\n\n«Поки є хліб, ми нікого не виженемо», – каже ігуменя.",
     ["Параскева Дудар", "Параскева Дудар"]),
    # verbs of irony are cues
    ("uk", "Джерело в Державному операторі тилу розповіло про тендер. «Зекономили копійки, а могли "
           "втратити все», – іронізує співрозмовник.", ["джерело в Державному операторі тилу"]),
])
def test_descriptions_bodies_naming_verbs_and_titles(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speakers", [
    # adverbials and where the body spoke make the words before its verb many
    ("uk", "Іспит склали всі. Український центр оцінювання якості освіти ще напередодні у своєму "
           "Telegram-каналі написав: «Таймер зупиняється під час тривоги».",
     ["Український центр оцінювання якості освіти"]),
    # a pseudonym given in the instrumental names the interviewee
    ("ru", "Нам удалось связаться с одним из участников группы. Он представился Странником и "
           "отвечал письменно.\n\n— Почему именно этот провайдер?\n\n— Через его сети шла связь "
           "для аэродромов.", ["Странник"]),
])
def test_long_runs_before_a_body_and_pseudonyms(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speakers", [
    # a person named in the reported clause is what the unnamed source speaks of
    ("uk", "Заступник міністра Бенце Фаркаш заявив про кордони. Джерело в угорському уряді, яке "
           "попросило про анонімність, сказало нашому виданню, що Фаркаш «говорив від себе».",
     ["джерело в угорському уряді"]),
    # a foreign surname alone, opening a sentence, is the person named in full before
    ("uk", "Міністр Даріус Вайткус відкрив саміт. Естонська посадовиця Кая Мянник підтримала "
           "його.\n\nВайткус відповів журналістам одним реченням: «Ми тут саме тому».",
     ["Даріус Вайткус"]),
    # a capitalised word after a preposition in a body's name is a place ("Києві": also Кий)
    ("uk", "Повернення відбулося за посередництва Катару.\n\nПосольство Катару в Києві повідомило: "
           "«Зусилля триватимуть».", ["Посольство Катару в Києві"]),
    # not authorised to comment: an unnamed person of their own
    ("uk", "Як зазначив голова комітету Красимир Тодоров, «проєкт можна внести знову».\n\n"
           "Посадовець українського посольства в Софії, який не мав права коментувати публічно, "
           "сказав нашому виданню: «Ми не сприймаємо це як відмову».",
     ["Красимир Тодоров", "посадовець українського посольства в Софії"]),
    # an interlocutor who asks not to be named is the source introduced before
    ("uk", "Джерело в компанії розповіло, що хакери мали доступ до мережі. «Вони сиділи в системі "
           "місяцями» — сказав співрозмовник, який попросив не називати його імені.",
     ["джерело в компанії"]),
    # a ministry's head noun refers back to its short name
    ("uk", "Як повідомили в Мінцифри, наступним кроком стане компенсація за дахи. У Telegram-каналі "
           "міністерства послугу назвали «найшвидшою компенсацією в історії держави».", ["Мінцифри"]),
    # a provider speaks as a company (by its name: the noun before it describes it)
    ("ru", "Интернет пропал у тысяч абонентов. Провайдер «Степь-Нет» признал, что «сеть подверглась "
           "внешнему воздействию».", ["Степь-Нет"]),
    # "one of" a group right after the verb
    ("ru", "Жители Ростова жалуются в пабликах на молчание провайдера. «Три дня ни одного "
           "объяснения», — написала одна из пользовательниц.", ["одна из пользовательниц"]),
])
def test_sources_surnames_bodies_and_groups_in_diplomacy_and_tech_news(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speakers", [
    # a name in quote marks inside a source's description
    ("uk", "Лінію знову пошкодили. «Ми тричі домовлялися про вікно тиші», – сказав посадовець "
           "«Київської енергетичної компанії», який попросив не називати його імені.",
     ["посадовець «Київської енергетичної компанії»"]),
    # a capitalised bare noun refers back to an abbreviation holding its initial
    ("uk", "У МАГАТЕ повідомили, що експерти працюють на станції. Агентство закликало сторони "
           "«утримуватися від будь-яких дій» поблизу ліній.", ["МАГАТЕ"]),
    # a verbal noun governs the instrumental inside a body's name
    ("uk", "Науковиця Галина Дорош нагадала про окопи.\n\nДержавне агентство України з управління "
           "зоною відчуження написало: «Кожен новий пост – ще одна пара очей».",
     ["Державне агентство України з управління зоною відчуження"]),
    # a name in quote marks opening a sentence is the company a later "компанія" refers to
    ("uk", 'Контракти пропонує компанія, яку створив "Росатом".\n\n"Енергоатом" закликав працівників '
           'нічого не підписувати. "Кожен отримає роботу", - йдеться в заяві компанії.', ["Енергоатом"]),
    # a platform is no body; the publication is that of the body named last
    ("ru", "Военный комиссариат Чувашии в своем Telegram-канале призвал не верить слухам. «Никакой "
           "мобилизации в республике нет», – говорится в публикации.", ["Военный комиссариат Чувашии"]),
    # the outlet a comment was given to is not its speaker
    ("ru", "Политолог Максим Ярошенко видит в этом тревожный сигнал. В комментарии «Южной волне» он "
           "сказал:\n\nКремль выстраивает новую элиту.\n\nКурс продолжится.", ["Максим Ярошенко"]),
    # a man's surname declined as the dictionary reads a woman's, and a description opening a sentence
    ("uk", "Ведучий ток-шоу Аркадій Смолянінов знову закликав до ударів. Прокурори повідомили "
           "Смолянінову про підозру. Телеведучий відповів, що «повісить її в рамку».",
     ["Аркадій Смолянінов"]),
])
def test_names_in_descriptions_publications_addressees_and_declined_surnames(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speakers", [
    # a bare noun refers back to an abbreviation with the adjectives it was named with
    ("uk", "Полтавський обласний ТЦК та СП заявив про перевірку. У центрі запевнили, що «перевірка "
           "не затягне призов».", ["Полтавський обласний ТЦК та СП"]),
    # a time in the genitive between a body and its verb
    ("uk", "Губернатор Вадим Корольков пообіцяв розібратися.\n\nОперативний штаб Брянської області "
           "того ж вечора написав у Telegram: «За добу зафіксовано 46 обстрілів».",
     ["Оперативний штаб Брянської області"]),
    # a capitalised adjective agreeing with the noun after it is a place, not a woman's surname
    ("uk", "Губернатор Вадим Корольков пообіцяв розібратися. Оперативний штаб Курської області "
           "повідомив: «Обстрілів не було».", ["Оперативний штаб Курської області"]),
    # "one of" a group reached by the newsroom, described by an apposition after a dash
    ("ru", "По словам координатора фонда Марии Ефимовой, «срок ожидания вырос».\n\nИздание поговорило "
           "с одним из ожидающих — 29-летним бывшим контрактником из Бердска.\n\n— Сколько вы ждете?"
           "\n\n— Одиннадцатый месяц.", ["Мария Ефимова", "бывший контрактник из Бердска"]),
    # someone the newsroom reached who asks not to be named, though no listed description
    ("ru", "Паром поврежден.\n\nНаш корреспондент поговорил с водителем грузовика из Краснодара, "
           "который попросил не называть его имени.\n\n— Сколько вы уже стоите?\n\n— Третьи сутки.",
     ["водитель грузовика из Краснодара"]),
])
def test_abbreviations_times_appositions_and_people_reached(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speakers", [
    # "Генштабу" refers back to "Генеральний штаб ЗСУ"
    ("uk", 'Генеральний штаб ЗСУ підтвердив ураження аеродрому. "Знищено два літаки", - йдеться в '
           'повідомленні Генштабу.', ["Генеральний штаб ЗСУ"]),
    # a name's first word alone stands for the name as introduced
    ("uk", "Меджліс кримськотатарського народу закликав світ памʼятати. «Наш народ вивезли за одну "
           "ніч», – йдеться в дописі Меджлісу у Facebook.", ["Меджліс кримськотатарського народу"]),
    # an unnamed source of the same paragraph for a quote with no attribution and for "посадовець"
    ("uk", "– Скільки можна зняти? – питаю в Миколи Гончаренка.\n\nДжерело в обласній військовій "
           "адміністрації пояснює затримку інакше. «Жодна страхова компанія не бере на себе "
           "інкасацію, – каже посадовець. – Без страховки банк сюди не поїде».",
     ["джерело в обласній військовій адміністрації", "джерело в обласній військовій адміністрації"]),
    # a time after a preposition ends a body's name
    ("uk", "Фонд гарантування вкладів фізичних осіб з понеділка почав виплати.\n\nУ Telegram-каналі "
           "Фонду з цього приводу написали:\n\nВкладники отримають свої кошти.\n\nІнше.",
     ["Фонд гарантування вкладів фізичних осіб"]),
    # the article's "е" stays where the dictionary writes "ё"
    ("ru", "С Эскендером мы поговорили по видеосвязи.\n\n— Как вы выбрались?\n\n— Через Грузию, "
           "на трех автобусах.", ["Эскендер"]),
    # a place that is also a first name in the plural does not join the name after it
    ("uk", "Мер Феодосії Артем Гулєв заявив: «Воду подаємо за графіком».", ["Артем Гулєв"]),
    # the platform between the verb and its subject; a description before a name in quote marks
    ("ru", '"Ситуация стабильная", - написало в Telegram правительство Забайкальского края.',
     ["правительство Забайкальского края"]),
    ("uk", 'Пориви сягали 28 метрів за секунду.\n\nОператор розподільчих мереж «Степові мережі» '
           'написав у Facebook: "Аварійні бригади працюють з пʼятої ранку".', ["Степові мережі"]),
])
def test_compound_heads_sources_times_spellings_and_platforms(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speakers", [
    # a pseudonym given by a participle
    ("ru", '"Главное – не писать грамотно", – объяснил журналистам куратор, представившийся Максимом.',
     ["Максим"]),
    # an abbreviation with the state it belongs to, for a later "міністерство"
    ("uk", "Фейк підхопили сотні акаунтів.\n\nМЗС України спростувало цю інформацію. «Жодних рішень "
           "не ухвалювали», — йдеться в коментарі міністерства.", ["МЗС України"]),
    # a name's first words for the name as introduced
    ("uk", "У Повітряних силах ЗСУ вранці повідомили, що збили 54 дрони.\n\n«Мобільні групи "
           "залишаються основою протидії», — наголосили в Повітряних силах.", ["Повітряні сили ЗСУ"]),
])
def test_given_names_states_and_first_words_of_names(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speakers", [
    # a full name in the genitive put into the nominative by case agreement, then its surname alone
    ("uk", "Журналісти поговорили з директором ліцею Олександра Коваленка.\n\n«Ремонт завершимо "
           "до вересня», – пообіцяв Коваленко.", ["Олександр Коваленко"]),
    ("uk", "Свою позицію пояснила голова ради Ярослави Кучер.\n\nЗа словами Кучер, «бюджет "
           "збалансований».", ["Ярослава Кучер"]),
    # a thing before the name is no title that would keep a guessed surname as written
    ("uk", "Депутати викликали міністра охорони здоровʼя Тараса Зубрицького.\n\nЗа словами "
           "Зубрицького, «ліків вистачає».", ["Тарас Зубрицький"]),
    # a woman's first name in the nominative or a man's in the genitive: the verbs agreeing with
    # the surname alone decide
    ("ru", "По словам директора завода Дмитрия Савченко, «заказов стало больше».\n\n«Людей не "
           "хватает», – рассказал Савченко.", ["Дмитрий Савченко", "Дмитрий Савченко"]),
    ("ru", "Вчера цех посетила директор завода Александра Савченко.\n\n«Людей не хватает», – "
           "рассказала Савченко.", ["Александра Савченко"]),
    ("ru", "На проходной нас встретил водитель Александра Савченко.\n\n«Людей не хватает», – "
           "рассказал Савченко.", ["Александр Савченко"]),
    # a subject in the nominative whose first name the dictionary lacks has the gender of its verb
    ("uk", "Голова комісії Любомир Лозинський передав слово доповідачці, депутатці Олені Сірко. "
           "\"Бюджет треба переглянути\", - сказала вона.", ["Олена Сірко"]),
    # a name in quote marks as the subject, past a time phrase before the verb
    ("uk", "Засідання вела заступниця голови Ірина Бабич.\n\nПартія «Нова громада» після засідання "
           "написала у фейсбуці: «Ми голосували проти».", ["Нова громада"]),
    # a word that is no noun, or a place, before a name is not part of it
    ("ru", "Депутат Олег Брагин выступил против.\n\nПозже Брагин добавил: «Мы подадим в суд».",
     ["Олег Брагин"]),
    ("ru", "Посол Дании Мортен Ларсен приехал во Львов. «Мы поможем музеям», – сказал Ларсен.",
     ["Мортен Ларсен"]),
])
def test_full_names_by_case_agreement_and_agreeing_verbs(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speakers", [
    # vox-pop label lines: a name, an age and a job on a line of their own, the answer after it
    ("uk", "Ми запитали покупців про ціни.\n\nОльга, 45 років, вчителька:\n\nРаніше я брала "
           "повну сумку, тепер половину.\n\nВіктор Поліщук, 63 роки, пенсіонер:\n\nПенсії вистачає "
           "хіба на ліки.", ["Ольга", "Віктор Поліщук"]),
    ("ru", "Мы спросили прохожих.\n\nИрина, 34 года:\n\nДля меня это возможность забыть о "
           "сиренах.", ["Ирина"]),
    # a compound preposition of place: "з-під Покровська" is no woman named Покровська
    ("uk", "На бульварі ми зустріли сержанта Віталія Козака, який приїхав з-під Покровська.\n\n"
           "«Перші два дні я здригався від кожного звуку», – розповів він.", ["Віталій Козак"]),
    # an unnamed speaker described after the verb, with what describes them
    ("uk", "Журналісти питали людей на вокзалі.\n\n«Я і так обережна», – каже мешканка Бучі.",
     ["мешканка Бучі"]),
    ("ru", "Корреспондент вышел на улицу.\n\n— Я и так осторожная, — смеется девушка в красной куртке.",
     ["девушка в красной куртке"]),
    # ... but not the addressee or the manner of speaking after such a noun
    ("uk", "Галина Остапчук довго мовчала.\n\n«Я все бачила», – сказала жінка журналістам.",
     ["Галина Остапчук"]),
    ("ru", "Людмила Рябченко живет в Херсоне.\n\n«Света нет третий день», – рассказала женщина по "
           "телефону.", ["Людмила Рябченко"]),
    # a woman who gave no name, opening the sentence, is a person of her own
    ("uk", "Тарас Мельник сказав, що не боїться.\n\nЖінка, яка не назвала свого імені, розповіла, що "
           "її чоловік не виходить з дому. «Він боїться, і я теж», — сказала вона.", ["жінка"]),
    # an adjective that is also a noun opens the description of its noun
    ("ru", "Поезда прибывают чаще.\n\nВоенный медик, который сопровождает один из поездов, на условиях "
           "анонимности рассказал, что вагоны переполнены. «Крови на всех не хватает», — сказал собеседник.",
     ["военный медик"]),
    ("uk", "Потяги прибувають частіше.\n\nВійськовий медик, який супроводжує один із потягів, на умовах "
           "анонімності розповів, що вагони переповнені. «Крові на всіх не вистачає», — сказав співрозмовник.",
     ["військовий медик"]),
    # the person after the verb of a sentence that opens with its object, a Latin abbreviation
    # before the noun kept as written (not "Інший досвід")
    ("uk", "Рекрутери відповіли.\n\nІнший досвід описала HR-менеджерка великої логістичної компанії, яка "
           "попросила не називати її імені. \"Керівник прямо сказав мені, що не візьме людину з фронту\", - "
           "сказала вона.", ["HR-менеджерка великої логістичної компанії"]),
    # one of a group named more exactly by an apposition with adjectives before its noun
    ("ru", "Журналисты поговорили с тремя источниками.\n\nОдин из собеседников, бывший инженер компании, "
           "рассказал, что к коллегам приходят люди в форме. «Они приносят старые схемы», — рассказал он.",
     ["бывший инженер компании"]),
    # ... and one after the verb who would not give a name, through a dash interview
    ("uk", "Журналісти подзвонили в готель.\n\n– Ви зараз приймаєте гостей?\n\n– Приймаємо, – відповіла "
           "адміністраторка, яка не захотіла назвати свого імені. – Але бронювань майже немає.",
     ["адміністраторка", "адміністраторка"]),
    # an adjective that reads first as another case still opens the description
    ("uk", "Марина Гончаренко працює при ліхтарику.\n\nЛітній чоловік з пакетом, у якому лежав "
           "термос, відповів не одразу. «Я приходжу сюди щодня», — розповів він.", ["чоловік з пакетом"]),
])
def test_vox_pops_places_and_unnamed_people_described(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speakers", [
    # a Russian spelling of a place inside a quotation is no person for a pronoun or title later
    ("uk", "Ведучий шоу «Вердикт» Аркадій Звягін знову пророкував.\n\nСайт «Зоря-Інфо» написав: "
           "«Европа уже мерзнет, а Киев готовит белый флаг».\n\nПісля ефіру ведучий написав у своєму "
           "Telegram-каналі: «Мої прогнози не помиляються».", ["Зоря-Інфо", "Аркадій Звягін"]),
    # a document with no body or author named speaks for itself, not the person named near it
    ("uk", "Сергій Богданюк загинув у серпні. Копія наказу теж є на виставці. «Виходити колоною», "
           "– йдеться в наказі.", ["наказ"]),
    # ... but a statement of a body described in the genitive is left to the person who heads it
    ("uk", "Олена Гринько очолює відомство. «Ми працюємо», – йдеться в заяві відомства.", ["Олена Гринько"]),
    # an age between the verb and the title
    ("uk", "Актор Остап Вербицький, якого знають як лейтенанта Гнатюка із серіалу «Сусіди», підписав "
           "контракт.\n\n«Я три сезони грав солдата» — пояснив 34-річний актор.", ["Остап Вербицький"]),
    # a comparison or a role in commas between a body and its naming verb
    ("uk", "Агенція пише про санкції. МЗС Росії, як і після попередніх пакетів, назвав українські "
           "санкції «юридично нікчемними».", ["МЗС Росії"]),
    # a person named inside someone's quoted words is not who speaks next ...
    ("uk", "Вчителька Марія Литвиненко вела щоденник.\n\n«Сьогодні в школу прийшло одинадцятеро дітей. "
           "Петрик Гуменюк заснув за партою і вже не прокинувся», – написала вона 14 березня.\n\n"
           "Найсвітліший запис у зошиті датований травнем: «Нарешті зацвіли вишні, і в класі знову "
           "двадцять дітей».", ["Марія Литвиненко", "Марія Литвиненко"]),
    # ... but a call sign in quote marks is a person, and so is one named in an attribution
    # inside the marks
    ("uk", "Командир роти з позивним «Туман» розповів про бій.\n\n«Ми тримали позицію три доби», – "
           "каже він.", ["Туман"]),
    ("uk", "\"Вода змиває склади пального, – каже екологиня Лариса Гнатюк. – Без води залишаться поля.\"\n\n"
           "За її словами, наслідки \"відчуватимуться роками\".", ["Лариса Гнатюк", "Лариса Гнатюк",
                                                              "Лариса Гнатюк"]),
    # a view put into words before a colon, the paragraph after it
    ("uk", "Дипломат Олег Бондар стежив за самітом і сформулював своє враження так:\n\nЦе не саміт, а "
           "платна вечірка.", ["Олег Бондар"]),
])
def test_places_in_the_other_language_documents_ages_and_views(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, quoted", [
    # an expert's numbered steps after a colon line are all hers, up to the editorial paragraph
    ("uk", "Юристка Ірина Ковальчук пояснює.\n\nОсь що радить фахівчиня:\n\n1) Перевірте реєстр.\n\n"
           "2) Якщо запису немає, зверніться до нотаріуса.\n\n3) Подайте заяву.\n\nМи звернулися до "
           "міністерства.", ["1) Перевірте реєстр.", "2) Якщо запису немає, зверніться до нотаріуса.",
                             "3) Подайте заяву."]),
    # ... and so is advice in the imperative, paragraph after paragraph
    ("uk", "Психологиня Олена Тимошенко працює з родинами.\n\nОсь що вона радить:\n\nДомовтеся про "
           "вечірній ритуал.\n\nНе приховуйте правди, достатньо сказати, що ви поруч.\n\nТимошенко визнає, "
           "що швидкого результату не буде.", ["Домовтеся про вечірній ритуал.",
                                               "Не приховуйте правди, достатньо сказати, що ви поруч."]),
    # a list that does not count on, or an editorial paragraph in the third person, ends it
    ("uk", "Юристка Ірина Ковальчук пояснює.\n\nОсь що радить фахівчиня:\n\n1) Перевірте реєстр.\n\n"
           "3) Подайте заяву.", ["1) Перевірте реєстр."]),
])
def test_advice_goes_on_over_numbered_steps_and_imperatives(lang, text, quoted):
    assert [quote for quote, _, _ in pieces(text, "quote", lang)] == quoted


@pytest.mark.parametrize("lang, text, expected", [
    # the reporters ask and the person asked answers
    ("uk", "Директорка ліцею Ганна Савчук показала укриття.\n\n– Коли повернуться учні? – запитали "
           "журналісти в Савчук.\n\n– Щойно добудуємо другий вихід.",
     [("question", ""), ("quote", "Ганна Савчук")]),
    ("ru", "Глава района Олег Прохоренко выступил на сессии. Депутат Нина Белова возражала.\n\n"
           "— Будете ли вы баллотироваться? — спросил наш корреспондент Прохоренко.\n\n"
           "— Посмотрим, — ответил депутат.",
     [("question", ""), ("quote", "Олег Прохоренко")]),
    # a chair stopping a speaker, the speaker addressed in the vocative
    ("uk", "Першим виступив міністр Петро Гнатюк.\n\n– Петре Івановичу, ваш час вичерпано, – зупинила "
           "доповідача головуюча Олена Дзюба.", [("quote", "Олена Дзюба")]),
    ("ru", "Слово взял депутат Игорь Носов.\n\n— Игорь Петрович, регламент, — прервал его "
           "председатель Павел Гуров.", [("quote", "Павел Гуров")]),
    # a headline is the outlet's, named before it
    ("uk", "Видання «Волинський тиждень» вийшло з матеріалом під заголовком «Світло дадуть не всім». "
           "Автори порахували знеструмлені села.", [("quote", "Волинський тиждень")]),
    ("ru", "Телеканал «Вечерний курьер» показал сюжет под заголовком «Мосты снова открыты». "
           "Ведущий был краток.", [("quote", "Вечерний курьер")]),
    ("uk", "Сайт «Полтавські обрії» опублікував матеріал під назвою «Ліцей без укриття». Автори "
           "зібрали свідчення батьків.", [("quote", "Полтавські обрії")]),
    # reporters of an outlet ask; the person after "у" answers
    ("ru", "Глава депо Виталий Кравец рассказал о ремонте. Портал «Городские вести» напомнил о "
           "путях.\n\n— Когда пустят трамвай? — спросили журналисты портала у Кравца.\n\n— Как "
           "только позволят военные.", [("question", ""), ("quote", "Виталий Кравец")]),
    # a post with no owner named: the channel that published it
    ("uk", "Телеграм-канал «Харківський шепіт» оприлюднив допис про закриття шкіл.\n\nУ самому "
           "дописі йдеться: «Рішення вже ухвалили».", [("quote", "Харківський шепіт")]),
    ("ru", "Телеграм-канал «Речной дозор» разместил пост о выселении.\n\n«Людей выставили за "
           "сутки», — говорится в посте.", [("quote", "Речной дозор")]),
    # an outlet told, in the dative, is not the outlet named before
    ("uk", "Першим фото опублікував канал «Галицький вісник».\n\nУ Львівській ОВА нашому виданню "
           "відповіли письмово: «Таких наказів немає».", [("quote", "Львівська ОВА")]),
    # what was shouted, even one capitalised word, by a group as the text gives it or a person
    ("uk", "Доповідь перервали. Кілька депутатів від опозиції наприкінці скандували «Геть!».",
     [("quote", "кілька депутатів")]),
    ("ru", "Часть зала аплодировала, а группа активистов выкрикнула «Позор!».",
     [("quote", "группа активистов")]),
    ("uk", "Депутат Орест Явір вигукнув «Соромно!» і вийшов.", [("quote", "Орест Явір")]),
    # what a person thanked for, and a naming gerund after a comma
    ("uk", "Депутатка Ліна Гай подякувала міністрові «за вичерпні відповіді».", [("quote", "Ліна Гай")]),
    ("uk", "Лікарка Ірма Вовк виступила першою.\n\nВовк подякувала волонтерам, назвавши їхню "
           "допомогу «справжнім дивом».", [("quote", "Ірма Вовк")]),
    # diary entries closed by a line of who wrote them down, and when
    ("uk", "Парамедикиня Зоряна Гук веде щоденник.\n\nДощ не вщухав третю добу. Машина застрягла "
           "двічі.\n\n— записала Зоряна 4 квітня.",
     [("quote", "Зоряна Гук")]),
    # an excerpt of a letter by its author, named by a first name in another case
    ("uk", "Денис Коваль загинув навесні. Лист від Дениса прийшов через тиждень. Ось його уривок:\n\n"
           "Мамо, не хвилюйся, у нас тихо.\n\nЛист родина передала до музею.",
     [("quote", "Денис Коваль")]),
    # a naming verb in a clause of where it was said keeps the subject
    ("uk", "Депутатка Яна Кравець написала допис. Згодом Кравець записала відео, у якому назвала "
           "свої слова «необдуманими».", [("quote", "Яна Кравець")]),
    # a person the newsroom got through to ("дозвонилась до", the genitive) answers
    ("ru", "Мэр Игорь Сухов заверил: «Отопление дадут».\n\nНаш корреспондент дозвонилась до "
           "пенсионерки из Миасса. Она попросила не называть её имени.\n\n— Как вы живёте?\n\n"
           "— Спим в пальто.", [("quote", "Игорь Сухов"), ("question", ""), ("quote", "пенсионерка из Миасса")]),
    # a capitalised adjective before an abbreviation names a body, not a person
    ("ru", "Биолог Анна Коваленко изучает дельфинов. Их стало меньше после подрыва Каховской ГЭС. "
           "«Мы их не дрессируем», – сказала она.", [("quote", "Анна Коваленко")]),
    # a judge's questioning goes on by turns: the bare questions are hers, the answers the witness's
    ("uk", "Першою свідчила Ніна Гребенюк.\n\n– Що лишилося від хати? – запитала її суддя Марія "
           "Левчук.\n\n– Тільки стіни.\n\n– Ви отримали компенсацію?\n\n– Ні, жодної гривні.",
     [("quote", "Марія Левчук"), ("quote", "Ніна Гребенюк"), ("quote", "Марія Левчук"), ("quote", "Ніна Гребенюк")]),
    # a name after "за пределами", "на околиці" is a place, not a person a pronoun could mean
    ("ru", "Пекарь Алла Зуева печёт с рассвета. Её хлеб знают далеко за пределами Салтовки.\n\n"
           "\"Печь не остынет\", – говорит она.", [("quote", "Алла Зуева")]),
    ("ru", "Волонтёрка Дарья Лозова ведёт дневник кухни.\n\nОдна из первых записей появилась в мае:\n\n"
           "Сегодня кормили сорок человек.\n\nКухня работает до сих пор.", [("quote", "Дарья Лозова")]),
    # a Ukrainian gerund is a cue by its verb
    ("uk", "Ведучий Остап Гнідий почав шоу. Гостя Марта Сич відповіла йому.\n\nГнідий закінчив ефір, "
           "закликавши глядачів «не панікувати».", [("quote", "Остап Гнідий")]),
    # a proposal introduced with a colon
    ("uk", "Експерт Левко Дяк запропонував власний рецепт:\n\nТреба закрити небо над кожним заводом.\n\n"
           "Ведучий кивнув.", [("quote", "Левко Дяк")]),
    # a body, a relative clause and where it posted, then its verb
    ("uk", "Депутатка Лідія Гоць розповіла про Бердянськ.\n\nБердянська міська рада, яка працює в "
           "Запоріжжі, у Telegram нагадала: «Окупанти зносять будинки».", [("quote", "Бердянська міська рада")]),
    # an adjective and a name the dictionary lacks after "з" are a place
    ("uk", "Глядачка Ольга Вереск, вчителька з Північної Салтівки, впізнала сусідів.\n\n«Я сміялася», "
           "– сказала вона.", [("quote", "Ольга Вереск")]),
])
def test_reporters_questions_chairs_and_headlines(lang, text, expected):
    frame = segment_text(text, lang=lang)
    assert [(r.kind, r.speaker) for r in frame.itertuples() if r.kind in ("quote", "question")] == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(1, 6)), max_size=12), st.integers(0, 80))
def test_the_paragraph_at_a_position_is_the_first_that_holds_it(gaps_and_lengths, pos):
    from analysis.quotes import _Context, _paragraph_at
    paragraphs, cursor = [], 0
    for gap, length in gaps_and_lengths:  # sorted, non-empty; a gap of 0 makes two of them touch
        paragraphs.append((cursor + gap, cursor + gap + length))
        cursor += gap + length
    ctx = _Context("", "uk", None, frozenset(), frozenset(), paragraphs)
    expected = next(((a, b) for a, b in paragraphs if a <= pos <= b), (0, 0))
    assert _paragraph_at(ctx, pos) == expected


@pytest.mark.parametrize("lang, text, speakers", [
    # a dash interview with someone described, not named, after the verb of telling
    ("ru", "О жизни в оккупации нам рассказала медсестра из Мелитополя, которая уехала весной.\n\n"
           "— Почему вы решились уехать?\n\n— Из-за детей. Им там нечему учиться.\n\n"
           "— Что было труднее всего?\n\n— Молчать, когда спрашивают, откуда ты.",
     ["медсестра из Мелитополя", "медсестра из Мелитополя"]),
    # a body's name with an adjective before a noun that is also a first name ("Рада")
    ("uk", "Офіс Уповноваженого Верховної Ради з прав людини у Telegram написав: «Усі такі факти ми "
           "документуємо».", ["Офіс Уповноваженого Верховної Ради з прав людини"]),
    # a numbered school speaks as a body
    ("uk", "Херсонська гімназія №3 у Facebook написала: «Ми пишаємося нашими випускниками».",
     ["Херсонська гімназія №3"]),
    # advice a body published
    ("uk", "«Двері укриття не можна замикати на ключ», – йдеться в рекомендаціях ДСНС.", ["ДСНС"]),
    ("ru", "«Эвакуационные выходы должны быть свободны», – говорится в инструкции МЧС.", ["МЧС"]),
    # a body named after the verb and its own channel; a national park as a body
    ("uk", "Про закриття збору повідомило у своєму Telegram-каналі фанатське обʼєднання «Північ»: «Ми "
           "обіцяли довести справу до кінця».", ["фанатське обʼєднання «Північ»"]),
    ("uk", "Національний природний парк «Лимани» у своєму Telegram-каналі закликав: «Не штовхайте "
           "тварину у воду».", ["Національний природний парк «Лимани»"]),
    # a ministry by its short name, then "the agency"
    ("ru", "В Минспорте России решение назвали «несправедливым». «Наших спортсменов наказывают», – "
           "говорится в заявлении ведомства.", ["Минспорт России", "Минспорт России"]),
    # a hyphenated place whose last part is a common noun is no person ("Нови-Сада": сад)
    ("ru", "Павел Лазарев открыл кофейню в Белграде. Зерно теперь поставляют в заведения Белграда и "
           "Нови-Сада. «Мы платим больше рынка», — объясняет предприниматель.", ["Павел Лазарев"]),
    # a registered name is in the nominative: "Алина" is a woman, not a man's name Алин in the
    # genitive, so a masculine verb passes her over
    ("ru", "Министр Римвидас Яновскис провел переговоры. Пресс-секретарь МИД Алина Кравец поблагодарила "
           "Вильнюс. «Россия должна платить», – подчеркнул литовский дипломат.", ["Римвидас Яновскис"]),
    # a body the dictionary knows by a one-word name, then "the agency"
    ("ru", "Операцию координировал Европол. «Мы изъяли 34 сервера» — говорится в заявлении ведомства.",
     ["Европол"]),
    # the channel of the body named last ("В его Telegram-канале")
    ("ru", "Министерство курортов Крыма отчитывается о спросе. В его Telegram-канале написали: «Отдых в "
           "Крыму безопасен».", ["Министерство курортов Крыма"]),
    # a church's regional body, then its channel
    ("uk", "Про затримання священника повідомив Донецький екзархат Української греко-католицької "
           "церкви.\n\nВ офіційному Telegram-каналі екзархату написали: «Уже третю добу ми не знаємо, "
           "де він».", ["Донецький екзархат Української греко-католицької церкви"]),
    # a town in the genitive is no woman of that surname ("Купʼянська" of Купʼянськ)
    ("uk", "Координаторка ініціативи Марта Ліщук нагадує, що це вже шостий вирок щодо «адміністрації» "
           "Купʼянська. Вона назвала заочні процеси «єдиним способом зафіксувати злочини».", ["Марта Ліщук"]),
    # a place's name after a place noun is no person ("району Нойкельн"); a first name there is a
    # resident's ("мешканка селища Людмила")
    ("uk", "Редакція поговорила з Ганною Костюк, яка працює в бібліотеці району Моабіт. Вона сказала: "
           "«Книжок українською досі замало».", ["Ганна Костюк"]),
    ("uk", "Мешканка селища Людмила тримає крамницю. «Світло дають на дві години», – каже жінка.",
     ["Людмила"]),
    # "one of" a group whose plural genitive reads first as a possessive adjective ("татів")
    ("uk", "Вчителька Оксана Гнатюк пояснила розклад. «Будемо вчитися хоч у парку», – пожартував один "
           "із татів.", ["один із татів"]),
    # after "у своєму Telegram-каналі" a name that cannot be genitive is the subject, as written
    ("uk", "Директорка Інна Лис прийшла зранку. У своєму Telegram-каналі адміністрація ліцею написала: "
           "«Шукаємо вчителя фізики».", ["адміністрація ліцею"]),
    ("uk", "Директорка Інна Лис прийшла зранку. У Telegram-каналі міська рада написала: «Прийом "
           "триватиме до п'ятниці».", ["міська рада"]),
    # a first name that is also a common noun, described by where she is from, opens a sentence
    ("uk", "Посадовець Ігор Данилюк похвалив чергу. Марина з Прилук, яка працює в пекарні, розповіла, що "
           "чекала місяць. \"Мені ніхто не дзвонив\", - каже жінка.", ["Марина"]),
    # a model's code is no person ("Ан-32П"): the description after the verb is the official
    ("uk", "«Техніку туди не заведеш», — зазначив заступник начальника управління ДСНС Олег Мирний.\n\n"
           "Залучили два літаки Ан-32П. «Вогонь підійде до вулиць», — попередив заступник начальника.",
     ["Олег Мирний", "Олег Мирний"]),
    # a surname that is also an adverb after a patronymic ("Бойко")
    ("ru", "По словам начальника отряда Петра Аркадьевича Бойко, «мина уже третья».",
     ["Петр Аркадьевич Бойко"]),
    # an abbreviation after a platform's bare name is the subject ("У Telegram НАБУ")
    ("uk", "Бюро оголосило підозру Андрію Вовку.\n\nУ Telegram НАБУ написало: «Ціни завищили вдвічі».",
     ["НАБУ"]),
    # a name in straight quote marks ends at its closing mark ("Укренерго" | в Facebook)
    ("uk", "Спека тривала.\n\nУ \"Укренерго\" в Facebook пояснили: \"Мережа перевантажена\".", ["Укренерго"]),
    # a Russian body's name goes on with "по" and its region in the dative
    ("ru", "«Ситуация под контролем», — говорится в сообщении управления МЧС России по Омской области.",
     ["управление МЧС России по Омской области"]),
    # after "за даними" / "по данным" the body is in the genitive, adjectives too
    ("uk", "Вода прибуває. За даними обласного управління ДСНС, «рівень піднявся на метр».",
     ["обласне управління ДСНС"]),
    ("ru", "Вода прибывает. По данным областного управления МЧС, «уровень поднялся на метр».",
     ["областное управление МЧС"]),
    # a movement named with genitives before its quoted name, then by its bare head noun
    ("uk", "Акцію організував рух матерів військових «Чекаємо вдома».\n\nПісля акції рух написав у "
           "Telegram: «Дякуємо всім, хто прийшов».", ["рух матерів військових «Чекаємо вдома»"]),
    # the State Department as a body; the Kremlin takes no genitive: the naming verb's object follows
    ("uk", "Посол Дуглас Пірс прибув до Києва. Держдепартамент США після голосування повідомив: «Ми "
           "вітаємо рішення».", ["Держдепартамент США"]),
    ("uk", "У Кремлі закон назвали «грабежем».", ["Кремль"]),
    # a body after a statement phrase is the statement's owner, even in lower case
    ("uk", "Джерело пояснило: «Страхові компанії відмовляють».\n\nУ відповіді на запит обласне управління "
           "освіти пообіцяло, що «ремонт завершать до осені».", ["джерело", "обласне управління освіти"]),
    # a ministry's short name does not decline, nor does what follows it
    ("ru", "Учителя приехали.\n\nВ Минпросвещения России программу называют «успешной».",
     ["Минпросвещения России"]),
    # a bare head noun that the article used alone before goes back to the full name before that
    ("uk", "Лікарі Сумської обласної дитячої лікарні оперували всю ніч, поки генератори тримали світло в "
           "операційних і коридорах. "
           + "Скло привозили волонтери з Полтави, а рами робили столярі з сусіднього села. " * 20
           + "\n\nЛікарня працює так не вперше: від початку року її двічі пошкоджували вибухи.\n\nЛікарня "
           "в неділю написала у своєму Telegram-каналі: «Дякуємо всім, хто привіз воду».",
     ["Сумська обласна дитяча лікарня"]),
    # a bare unnamed source keeps the description between commas, in the nominative; one named
    # by where it works keeps only that
    ("ru", "Выборы прошли. Источник, близкий к руководству партии, рассказал нам: «Ставку делали на "
           "регионы».", ["источник, близкий к руководству партии"]),
    ("ru", "Переговоры шли неделю. «Списки меняли трижды», – сказал источник, знакомый с ходом "
           "переговоров.", ["источник, знакомый с ходом переговоров"]),
    ("uk", "Джерело в міністерстві, знайоме з перебігом тендеру, розповіло: «Ціни завищили».",
     ["джерело в міністерстві"]),
    # a first name and the initial of a withheld surname are one person's name
    ("uk", "Суд узяв під варту 41-річного Олега Т., якого підозрюють у шахрайстві.\n\n«Я все поверну», – "
           "сказав підозрюваний.", ["Олег Т."]),
    # a surname that the dictionary reads only as a plural first name is no new person
    ("ru", "Вернулся активист Эскендер Керимов.\n\nЭскендер заметно похудел.\n\n«Никто ничего не "
           "говорил», – вспоминает Эскендер.", ["Эскендер Керимов"]),
    # the terms on which a source spoke are no part of its description
    ("ru", "Склад сгорел. Источник в областном правительстве на условиях анонимности рассказал: «Про "
           "склад знали многие».", ["источник в областном правительстве"]),
    # the words of a name in quote marks are no reporting cue ("слова" of «Справа слова»)
    ("uk", "Суд ухвалив вирок.\n\nПравозахисний проєкт «Справа слова» написав у своєму Telegram-каналі: "
           "«Це вже 41-й вирок».", ["Правозахисний проєкт «Справа слова»"]),
    # a council in the locative ends before the verb's object ("релокацію"), not with it
    ("uk", "У Мукачівській міській раді релокацію фабрики вважають вдалою. «Підприємство сплатило "
           "податки», – йдеться в повідомленні міськради.", ["Мукачівська міська рада"]),
])
def test_described_interviewees_numbered_schools_and_published_advice(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


def test_words_in_lower_case_after_a_body_noun_are_a_quotation_not_its_name():
    # "назвали ліцей «...»": the council speaks of the school; the marks hold its words
    text = ("У Харківській міській раді назвали ліцей «першою відновленою школою району». "
            "Ремонт тривав два роки.")
    assert [who for _, who, _ in pieces(text, "quote", "uk")] == ["Харківська міська рада"]


@pytest.mark.parametrize("lang, text, speakers", [
    # a ministry's or service's short name is spelled out where the article spells it out too
    ("uk", "Програму Міністерство цифрової трансформації запустило навесні.\n\nУ Telegram-каналі "
           "Мінцифри повідомили: «Перші замовлення вже отримано».", ["Міністерство цифрової трансформації"]),
    ("uk", "Державна служба з питань праці розпочала перевірку шахти. «Керівників можуть покарати», — "
           "йдеться в повідомленні Держпраці.", ["Державна служба з питань праці"]),
    ("ru", "Министерство строительства России подготовило проект. «Сроки сдвинутся», – говорится в "
           "заявлении Минстроя России.", ["Министерство строительства России"]),
    # ... and kept as written where the article never spells it out
    ("uk", "У Telegram-каналі Мінцифри повідомили: «Перші замовлення вже отримано».", ["Мінцифри"]),
    # a preposition that opens a sentence opens no description ("Об" is no river here)
    ("ru", "Квартиры передают военным.\n\nОб этом изданию рассказала жительница Мариуполя, которая "
           "попросила не называть ее имени.\n\n— Сколько квартир уже заняли?\n\n— Из сорока девять.",
     ["жительница Мариуполя"]),
    # a word in a list of places after a preposition is a place, not a woman's surname ...
    ("uk", "Учителька Вікторія Панченко веде уроки з коридору.\n\nУчні підключаються з Одеси, Львова, "
           "Польщі та Німеччини.\n\n«На екрані три часові пояси», – каже вона.", ["Вікторія Панченко"]),
    # ... but a subject after a place phrase and a comma is a person
    ("uk", "Перебуваючи в Києві, Макрон сказав: «Ми готові».", ["Макрон"]),
    # a title with its body right after it, and no person named with it, is the body's spokesperson
    ("uk", "Речник Генштабу заявив: «Ми тримаємо оборону».", ["речник Генштабу"]),
    ("uk", "Підозру отримала заступниця Інна Кирсанова.\n\nРечниця МЗС Росії назвала ордери "
           "«юридично нікчемними».", ["речниця МЗС Росії"]),
    # ... unless a person was named with that title before
    ("uk", "Речниця МЗС Росії Марія Захарова заявила, що все добре. Речниця МЗС Росії також додала: "
           "«Ордери нікчемні».", ["Марія Захарова"]),
    # a surname named before may have an adverbial particle between it and a naming verb
    ("uk", "«Ми не даємо знижок», – сказав посол Фредерік Гольм.\n\nГольм також назвав реформу "
           "«найшвидшою серед усіх кандидатів».", ["Фредерік Гольм", "Фредерік Гольм"]),
    # a gerund's subject is that of the verb before its comma
    ("ru", "Посольство России отреагировало в своем Telegram-канале, назвав решение «очередным "
           "проявлением русофобии».", ["Посольство России"]),
    ("uk", "МЗС Росії оцінило зустріч ще до її початку, назвавши її «збіговиськом маріонеток».", ["МЗС Росії"]),
    # "Там (же)" before a reporting verb is the body that spoke in the sentence before
    ("ru", "В Кремле санкции назвали «бессмысленными». Там же заверили, что экономика «давно "
           "адаптировалась» к ограничениям.", ["Кремль", "Кремль"]),
    ("uk", "Міська рада в Telegram назвала програму «безпрецедентною підтримкою». Там також повідомили: "
           "«Видано понад шість тисяч сертифікатів».", ["Міська рада", "Міська рада"]),
    # what a named body promises, in quote marks right after the verb or its addressee
    ("ru", "Посольство России пообещало «адекватный ответ».", ["Посольство России"]),
    ("uk", "Представник Міністерства економіки назвав ці побоювання «перебільшеними» і пообіцяв "
           "аграріям «чесні перехідні періоди».", ["представник Міністерства економіки"] * 2),
    # a decision after a body's name in the locative is the verb's object, not part of the name
    ("uk", "У Міністерстві оборони рішення суду назвали «прикрим непорозумінням».", ["Міністерство оборони"]),
    # two first names and a surname in the plural: each person with the surname in the singular
    ("uk", "Валентина і Петро Сіренки третю ніч сплять у спортзалі.\n\n— Нам тут добре, — каже "
           "Валентина.", ["Валентина Сіренко"]),
    ("ru", "Анна и Сергей Петровы живут в общежитии. «Нам обещали квартиру», – говорит Сергей.",
     ["Сергей Петров"]),
    # relatives named by the surname in the plural, their first names after it
    ("uk", "Серед них брат і сестра Ковальчуки з Рівного. Ірина вчиться у Вроцлаві, а її брат Максим – у "
           "Познані.\n\n– Так, але не одразу, – відповідає Ірина.", ["Ірина Ковальчук"]),
    ("ru", "Супруги Мельниковы уехали в Краков. Ольга работает в школе. «Мы вернемся», – говорит Ольга.",
     ["Ольга Мельникова"]),
    # a title of one of a group is someone new, not the person named last
    ("ru", "Кирилл Мальцев написал: «Всё хорошо».\n\nОфицер разведки одной из бригад рассказал нам: "
           "«Дроны пришли с опозданием на неделю».", ["Кирилл Мальцев", "офицер разведки одной из бригад"]),
    ("ru", "Блогер Кирилл Мальцев написал: «Ни один не долетел». «Сейчас у нас тихо», – сказал командир "
           "взвода одной из бригад.", ["Кирилл Мальцев", "командир взвода одной из бригад"]),
    # "the establishment" refers back to the school, university or hospital named before
    ("uk", "Переселенці живуть у гуртожитку Дніпровського технічного університету.\n\nУ Telegram-каналі "
           "закладу написали: «Гуртожиток передається студентам».", ["Дніпровський технічний університет"]),
])
def test_short_names_place_lists_and_spokespersons(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speakers", [
    # a journalist's request or adverbs between a one-word name and its verb
    ("ru", "Вода пахнет бензином.\n\nРосприроднадзор на запрос редакции сообщил, что проверка "
           "\"проводится в плановом режиме\".", ["Росприроднадзор"]),
    ("uk", "Світла не було до ранку. Укренерго вчора ввечері повідомило, що «ремонт триває в "
           "штатному режимі».", ["Укренерго"]),
    # an infinitive fragment after a second verb of one subject is that subject's wording
    ("ru", "Блогер «Полевой комиссар» назвал сдавшихся «позором армии» и потребовал их «судить заочно».",
     ["Полевой комиссар", "Полевой комиссар"]),
    ("uk", "Мер Ігор Коваль подякував рятувальникам і вимагав від підрядника «негайно відновити дах».",
     ["Ігор Коваль"]),
    # a pronoun object before a verb with no subject of its own, after a locative body
    ("ru", "Поезда отменяют. В пресс-службе РЖД это назвали «оптимизацией маршрутной сети».",
     ["пресс-служба РЖД"]),
    # a name in quote marks as the subject after a time that opens the sentence
    ("uk", "Технічний директор Віталій Мороз сказав: «Все погано». Увечері в неділю «Поліссятелеком» "
           "написав у Facebook: «Звʼязок відновлено».", ["Віталій Мороз", "Поліссятелеком"]),
    # "the company itself" refers back to the company named before, in the form it was written
    ("uk", "Оператор «Поліссятелеком» втратив звʼязок. Сама компанія назвала ці чутки «спробою "
           "посіяти паніку».", ["Поліссятелеком"]),
    # ... and a name of two words whose first, its head, stands in the nominative is kept whole
    ("uk", "Енергокомпанія «Сила Дніпра» вимкнула лінію. Увечері компанія написала: «Ремонт триватиме "
           "до ранку».", ["Сила Дніпра"]),
    # a name in the genitive after the noun that opens the subject, in the nominative
    ("uk", "Журналісти знімали сюжет. Редакція «Південної студії» ввечері оприлюднила заяву: «Наші колеги "
           "працювали з дозволу військових».", ["Південна студія"]),
    # ... and a name in apposition to a company noun, which does not decline, as written
    ("ru", 'Абоненты оператора "Мобикон" остались без связи. Компания написала в своем Telegram-канале: '
           "«Мы столкнулись с атакой».", ["Мобикон"]),
    # an inverted attribution after a comma, with no dash
    ("ru", "Виктор Плахотнюк открыл бассейн. Зато окна теперь из ударопрочного стекла — «на всякий "
           "случай», уточнил он.", ["Виктор Плахотнюк"]),
    # a time phrase between a locative body and its verb
    ("uk", "Секретар міської ради Остап Дмитрук відповів, що все добре. У Львівській міській раді після "
           "голосування повідомили: «Бюджет розвитку перевищить чотири мільярди».",
     ["Львівська міська рада"]),
    # a saint's name in a church's name is no person; the body speaks past its relative clause
    ("uk", "Отець Петро сказав: \"Дякую\". Громада храму святого Миколая, яка збирається в Запоріжжі, "
           "написала у Facebook: \"Отче, ми вас дочекалися! Служба буде\".",
     ["Петро", "Громада храму святого Миколая"]),
    # two bodies joined by "і" are two names; the bare noun refers back to the first
    ("uk", "До учасників вийшли представники Координаційного штабу і Національної поліції. Після зустрічі "
           "штаб написав у Telegram: «Наступна зустріч відбудеться 14 квітня».", ["Координаційний штаб"]),
    # ... but an abbreviation after the conjunction belongs to the name
    ("uk", "У Львівському обласному ТЦК та СП нашому виданню відповіли: «Повістки є фейком».",
     ["Львівський обласний ТЦК та СП"]),
    # what a body explained something by, in quote marks in the instrumental; a year between
    ("uk", "Міністерство оборони Росії ще 2022 року пояснювало згарища «самозайманням сухої трави».",
     ["Міністерство оборони Росії"]),
    # one of the residents of a place, with the place
    ("uk", "Канал опублікував відео. Одна з мешканок Сак написала в коментарях під відео:\n\nСвітло "
           "в будинку блимнуло, вікна задзеленчали.", ["одна з мешканок Сак"]),
    # the place a resident is from is no person
    ("ru", "Житель Курдюма рассказал нам, что «вода пахнет». Позже он добавил: «Мы боимся».",
     ["житель Курдюма", "житель Курдюма"]),
])
def test_requests_and_adverbs_before_a_verb_and_residents_places(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


def test_a_name_that_depends_on_the_noun_before_it_is_no_subject_across_a_request():
    text = ("Ольга рассказала, что «ждала сутки».\n\nПограничная охрана Латвии в ответ на запрос "
            "редакции сообщила, что «пропускная способность увеличена».")
    assert "Латвии" not in [who for _, who, _ in pieces(text, "quote", "ru")]


@pytest.mark.parametrize("lang, text, speakers", [
    # a body named in full before its abbreviation in brackets is that abbreviation's full name
    ("uk", "Про це повідомили в Головному управлінні розвідки Міноборони (ГУР). У ГУР написали в "
           "Telegram: «Корабель отримав пошкодження».", ["Головне управління розвідки Міноборони"]),
    # a date between a named channel and its verb
    ("ru", "Артем рассказал: «Все плохо». Канал «Новороссийск Live» в ночь на 22 августа написал: «Мощный "
           "взрыв в районе порта».", ["Артем", "Новороссийск Live"]),
    # the authorities of a place speak as a body; "Влада" heading one is no woman's name
    ("ru", "Танкер сел на мель. Власти Краснодарского края заявили, что ситуация \"полностью под "
           "контролем\".", ["Власти Краснодарского края"]),
    ("uk", "Танкер сів на мілину. Влада Краснодарського краю заявила, що ситуація «повністю під "
           "контролем». Влада Коваленко сказала: «Все добре».", ["Влада Краснодарського краю", "Влада Коваленко"]),
    # ... while a woman named Влада keeps her words
    ("uk", "Депутатка Влада Коваленко назвала реформу «запізнілою і половинчастою».", ["Влада Коваленко"]),
    # a relative clause after a body's name in quote marks, before the verb
    ("ru", "Елена Громова рассказала: «Все плохо». В движении «Юнармия», которое помогает школам, "
           "заявили: «Все добровольно».", ["Елена Громова", "движение «Юнармия»"]),
    # Russian participles inside a body's name, put into the nominative
    ("ru", "В управляющей компании «Онего-Комфорт» решение назвали «спорным и незаконным».",
     ["управляющая компания «Онего-Комфорт»"]),
    ("ru", "«Мы благодарны всем» — заявили в фонде поддержки заключенных «Голос за решеткой».",
     ["фонд поддержки заключенных «Голос за решеткой»"]),
    # a man's surname in the genitive that the dictionary cannot decline
    ("ru", "По словам координатора волонтерской сети Андрея Горбаня, «большинство выдворенных – пожилые люди».",
     ["Андрей Горбань"]),
])
def test_bracketed_abbreviations_dates_authorities_and_participles(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


def test_unnamed_authorities_reporting_a_fragment_keep_the_outlets_distance():
    text = ("Порт атаковали дроны. Официально власти каждый раз сообщают об «отраженной атаке» и "
            "отсутствии повреждений.")
    frame = segment_text(text, lang="ru")
    assert frame[frame["kind"] != "editorial"]["kind"].tolist() == ["scare_quote"]


@pytest.mark.parametrize("lang, text, speakers", [
    # a time after a preposition opening the sentence before a body's name
    ("ru", "Утром перестал работать валидатор. Через час Харьковский городской совет сообщил: «Система "
           "подверглась кибератаке».", ["Харьковский городской совет"]),
    ("uk", "Зранку зникло світло. Через годину Київська міська рада повідомила: «Система зазнала атаки».",
     ["Київська міська рада"]),
    # ... but a preposition right before the name governs it
    ("ru", "В Одесской областной военной администрации предупредили: «Купание опасно».",
     ["Одесская областная военная администрация"]),
    # a bare head noun opening a sentence is the body it heads named before, not the body named
    # between; a decision speaks for its court
    ("ru", "Вильнюсский окружной суд отказал в выдаче журналиста Ильи Баранова. Генпрокуратура России "
           "утверждала, что он «шантажировал чиновников». Суд этот довод отверг. В решении говорится: "
           "«Запрос не содержит доказательств».", ["Генпрокуратура России", "Вильнюсский окружной суд"]),
    ("uk", "Київський районний суд ухвалив рішення. У рішенні суду йдеться: «Позов задоволено».",
     ["Київський районний суд"]),
    # a letter or request, with what it is about, between a body and its verb
    ("ru", "Суд отказал в выдаче журналиста Ильи Баранова. Генпрокуратура России в запросе об экстрадиции "
           "утверждала, что журналист «шантажировал должностных лиц».", ["Генпрокуратура России"]),
    # what a body wrote about, between the body and a plural verb
    ("uk", "Суддю Аркадія Семенка звільнили. У НАЗК про результати перевірки написали у Facebook: «Вартість "
           "майна перевищує 27 мільйонів».", ["НАЗК"]),
    # "в очередной раз" between a subject and its verb
    ("ru", "«Нас ищут», – иронизирует Денис. Министерство обороны России в очередной раз заявило, что удары "
           "«наносятся только по военным объектам».", ["Денис", "Министерство обороны России"]),
    # archeparchies and branches speak as bodies
    ("uk", "Львівська архиєпархія УГКЦ у Facebook закликала вірян підтримати кухню: «Кожна гривня – це "
           "тарілка супу».", ["Львівська архиєпархія УГКЦ"]),
    ("uk", "Ліс доглядає філія «Харківське лісове господарство». У Facebook філія написала: «Ми ліквідували "
           "214 займань».", ["філія «Харківське лісове господарство»"]),
    # whom a university is named after is no speaker; a rare woman's name is a man's genitive
    ("ru", "По словам гидролога университета имени Каразина Дмитрия Оленченко, «вода ближе к довоенной». "
           "«Мы видим нефтепродукты», – рассказал ученый.", ["Дмитрий Оленченко", "Дмитрий Оленченко"]),
    # ... but "по имени" names the speaker
    ("ru", "Мы поговорили с продавцом. Он попросил называть его только по имени – Сергей.\n\n— Сколько "
           "машин вы продаете?\n\n— В хороший месяц десять.", ["Сергей"]),
    # a branch with the region it serves
    ("ru", "Жительница Валентина Грищенко ждет саперов. ГУ МЧС по Курской области ответило на запрос "
           "редакции: «Все заявки обрабатываются в порядке очереди».", ["ГУ МЧС по Курской области"]),
    ("uk", "ГУ ДСНС у Харківській області повідомило: «Усі заявки опрацьовуються».",
     ["ГУ ДСНС у Харківській області"]),
    # an unnamed source introduced right before a dash interview answers it
    ("ru", "В министерстве утечку отрицают.\n\nОднако источник в одном из военкоматов подтвердил нашему "
           "изданию, что часть данных взята из реестра.\n\n– Как такое могло произойти?\n\n– Доступ к "
           "реестру есть у тысяч сотрудников.", ["источник в одном из военкоматов"]),
])
def test_opening_times_bare_heads_topics_branches_and_sources_in_interviews(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers



@pytest.mark.parametrize("lang, text, speakers", [
    # whom a society is named after is no interviewee
    ("uk", "Вірусологиня Дарина Андріївна Левченко виїхала з Києва. Вона працює в одному з інститутів "
           "Товариства Макса Планка.\n\nМи поговорили з нею про гранти.\n\nЧому ви виїхали?\n\nВибору не "
           "було.\n\nВи повернетеся?\n\nТак, і це принципово.", ["Дарина Андріївна Левченко"] * 2),
    # ... but a person named after a body's noun in another case is a person
    ("uk", "Ми поговорили з психологинею центру Іриною Савчук.\n\nХто звертається до вас?\n\nСпершу "
           "приходять дружини.\n\nЧому?\n\nВони помічають зміни.", ["Ірина Савчук"] * 2),
    # a capitalised adjective before a first name's homonym heads a body's noun
    ("uk", "Офіс Уповноваженого Верховної Ради України з прав людини написав у Telegram: «Найчастіше "
           "люди скаржаться».", ["Офіс Уповноваженого Верховної Ради України з прав людини"]),
    # ... but a name after such a noun is a person's, and a first name after a place's adjective too
    ("ru", "«Я проснулась от лая собаки», – рассказала жительница села Зеленый Гай Валентина Кучер.",
     ["Валентина Кучер"]),
    ("uk", "Мешканець вулиці Харківської Віктор Сахно не виїжджав. «Ми чекали», – розповідає Віктор.",
     ["Віктор Сахно"]),
    ("uk", "Депутат Максим Дідух назвав блокування «шоу». Апарат Верховної Ради повідомив: «Відновити "
           "трансляції можна».", ["Максим Дідух", "Апарат Верховної Ради"]),
    # a span of time between a subject and its verb
    ("ru", "Жители получили SMS. Харьковская областная военная администрация через 20 минут опровергла "
           "рассылку в Telegram: «Никакой эвакуации нет».", ["Харьковская областная военная администрация"]),
    # a delegation speaks as a body
    ("uk", "Дрон влучив у судно біля палацу Долмабахче.\n\nУкраїнська делегація написала в Telegram: «Ми "
           "приїхали домовлятися».", ["Українська делегація"]),
    # a text message is no body
    ("uk", "У Міністерстві розвитку громад наголосили, що виплати не оформлюють через СМС. «Заявку можна "
           "подати лише в застосунку», – йдеться в заяві відомства.", ["Міністерство розвитку громад"]),
    # a woman called by first name and patronymic is the woman named before by first name and surname
    ("ru", "Суд оправдал пенсионерку Галину Воронову.\n\nГалина Петровна после приговора расплакалась. "
           "«Спасибо, что поверили мне», — сказала она журналистам.", ["Галина Воронова"]),
    # a man's first name in the genitive that reads as a woman's, before a surname that declines: the
    # verb with the surname alone says it is a man, and a description finds him
    ("ru", "Стороны обсудили переправу Орловка – Исакча.\n\nПо словам заместителя министра Виталия "
           "Сорочана, «очереди сократятся». Как отметил чиновник, «дорога уже есть в проекте».\n\n«Мы "
           "строим дорогу», — сказал Сорочан журналистам.",
     ["Виталий Сорочан", "Виталий Сорочан", "Виталий Сорочан"]),
])
def test_namesakes_body_nouns_time_spans_delegations_and_patronymics(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speaker", [
    # the one the outlet talked with, by the gender of the description after the interview cue
    ("uk", "Галина Сердюк з Енергодара забрала онука. Тринадцятирічного Тимура влаштували до школи в "
           "Ростові.\n\nМи поговорили з пенсіонеркою в її квартирі.\n\n– Як ви дізналися, де він?\n\n– Він "
           "сам написав мені.\n\n– Вам було страшно?\n\n– Страшно було залишатися.", "Галина Сердюк"),
    # ... past a possessive ("з її адвокатом": the lawyer, not her)
    ("ru", "Суд приговорил учительницу Людмилу Карпову. После заседания мы поговорили с ее адвокатом "
           "Павлом Ежовым.\n\n— Вы будете обжаловать приговор?\n\n— Да, защита подаст апелляцию.\n\n— "
           "Когда?\n\n— В течение десяти дней.", "Павел Ежов"),
    # ... but not the outlet's own reporter
    ("ru", "Глава департамента Олег Санников поблагодарил горожан. Автор петиции Вера Шилова поговорила с "
           "нашим корреспондентом.\n\n— Вы ожидали этого?\n\n— Честно, нет.\n\n— Что изменилось?\n\n— Люди "
           "перестали молчать.", "Вера Шилова"),
])
def test_an_interview_partner_named_by_a_description_of_their_gender(lang, text, speaker):
    assert {who for _, who, _ in pieces(text, "quote", lang)} == {speaker}


@pytest.mark.parametrize("lang, text, speakers", [
    # the country after an abbreviated body is no person (the dictionary also lists a surname)
    ("uk", "МЗС Білорусі традиційно назвало нові санкції «економічною агресією».", ["МЗС Білорусі"]),
    ("uk", "КДБ Білорусі заявив: «Кордон закрито».", ["КДБ Білорусі"]),
    # ... while a surname after one is a person
    ("uk", "Речник МЗС Тихий заявив: «Кордон закрито».", ["Тихий"]),
    # a naming verb's object of up to seven words before the fragment
    ("ru", "Министерство здравоохранения Украины ранее называло ситуацию с медициной на "
           "оккупированных территориях «гуманитарной катастрофой».", ["Министерство здравоохранения Украины"]),
])
def test_bodies_before_a_country_and_long_objects_of_a_naming_verb(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speaker", [
    # a lone first name after an adjective in an oblique case takes that case ("45-річного Павла"
    # is Павло, not the woman's name Павла the dictionary also lists)
    ("uk", "Ми запитали одного з учасників, 45-річного Павла з Вінниці, чому він прийшов.\n\n— Вам не "
           "страшно?\n\n— Страшно, звичайно, — каже він.", "Павло"),
    ("uk", "Біля входу ми зустріли молодого Павла.\n\n«Я приходжу сюди щодня», — сказав він.", "Павло"),
])
def test_a_lone_first_name_takes_the_case_of_the_adjective_before_it(lang, text, speaker):
    assert {who for _, who, _ in pieces(text, "quote", lang)} == {speaker}


@pytest.mark.parametrize("lang, text, speakers", [
    # a time between a body and its verb is no part of its name; the body noun before an
    # abbreviation is ("Генштаб ЗСУ", not "ЗСУ наступного дня")
    ("uk", "Генштаб ЗСУ наступного дня підтвердив відбиття атаки. «Уражено сім танків», – йдеться в "
           "ранковому зведенні.", ["Генштаб ЗСУ"]),
    ("ru", "Генштаб ВСУ следующим утром заявил: «Поражено семь танков».", ["Генштаб ВСУ"]),
    # a person's defence speaks for them
    ("uk", "Захист Сироти наполягав, що той лише «підтримував порядок» у місті.", ["захист Сироти"]),
    ("ru", "Защита Соколовой заявила: «Мы обжалуем приговор».", ["защита Соколовой"]),
    ("uk", "Суд виправдав Олега Сироту. «Справедливість перемогла», – заявив захист Сироти.", ["захист Сироти"]),
    # ... and the person speaks for themself
    ("uk", "Олег Сирота заявив: «Я невинний».", ["Олег Сирота"]),
])
def test_times_after_a_body_and_a_persons_defence(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speakers", [
    # an indeclinable noun after a preposition continues a source's description
    ("uk", "Джерело в одному з обленерго розповіло: «Графіки на лютий уже складено».",
     ["джерело в одному з обленерго"]),
    # a resident described, who gave a name: that name
    ("uk", "Мешканка Токмака, яка представилася Іриною, розповіла, що бачила вогонь біля станції. "
           "«Спочатку злякалася, а потім зрозуміла, що це наші» — написала вона.", ["Ірина"]),
])
def test_sources_in_one_of_several_bodies_and_residents_who_gave_a_name(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speakers", [
    # organising committees and railways head bodies
    ("uk", "Директор Олег Бойко хвалить турнір. Оргкомітет турніру в офіційній заяві назвав присутність "
           "росіян «поверненням до духу чесної гри».", ["Оргкомітет турніру"]),
    ("uk", "Директор Олег Бойко хвалить поїзд. Південна залізниця в Telegram написала: «Ми раді пасажирам».",
     ["Південна залізниця"]),
    # a company named in quote marks after its legal form, opening the sentence
    ("uk", "Директор Олег Бойко хвалить завод. ТОВ «Сіверський механічний завод» повідомило у Facebook: «Ми "
           "вже наростили виробництво втричі».", ["Сіверський механічний завод"]),
    ("ru", "Директор Олег Бойко хвалит завод. ООО «Северный завод» сообщило: «Мы нарастили производство».",
     ["Северный завод"]),
])
def test_committees_railways_and_companies_after_their_legal_form(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speaker", [
    # "по словам источника" right before the quote takes the fuller description given before it,
    # not itself
    ("ru", "Об этом изданию рассказали несколько местных жителей и источник в одной из оккупационных "
           "администраций.\n\nПо словам источника, «план по контрактникам спущен из Москвы».",
     "источник в одной из оккупационных администраций"),
    ("uk", "Про це розповіло джерело в Міністерстві оборони.\n\nЗа словами джерела, «переговори тривають».",
     "джерело в Міністерстві оборони"),
])
def test_a_short_source_before_its_quote_takes_its_earlier_description(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # a pseudonym of several words in quote marks
    ("ru", "Военный блогер, известный под псевдонимом «Таврический штурман», написал в своем "
           "Telegram-канале: «Опять Бельбек, опять ночью».", "Таврический штурман"),
    # a statement with no owner named is that of the body the sentence before says spoke, before
    # or after its verb
    ("uk", "Слідчий комітет Росії затримав колишнього віцегубернатора Вадима Коркіна. Про затримання "
           "відомство повідомило у своєму Telegram-каналі.\n\n«Коркін отримав гроші. Вину він не визнає», "
           "– йдеться в повідомленні.", "Слідчий комітет Росії"),
    ("ru", "В Уфе власти отказались от вырубки парка. Об этом в субботу сообщило правительство "
           "Башкортостана в своем Telegram-канале.\n\n«Проект застройки отменен», — говорится в сообщении.",
     "правительство Башкортостана"),
    # ... not where the statement names its owner
    ("uk", "Аналітикиня «Цифрового дозору» Марта Лисенко описала мережу. У компанії підтвердили видалення "
           "акаунтів.\n\n«Ми видалили мережу повністю», – йдеться в заяві TikTok.", "заява TikTok"),
])
def test_pseudonyms_of_several_words_and_statements_of_the_body_named_just_before(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speakers", [
    # the one a question was put to answers, where the answer's attribution is a pronoun ...
    ("ru", "Логопед Ирина Ляшко занимается с Артёмом.\n\n– Что было самым трудным? – спрашиваю у Людмилы "
           "после занятия.\n\n– Не плакать при нём, – отвечает она.", ["Людмила"]),
    # ... or the description the question used, also after a bare question; a call sign names them
    ("uk", "Командир роти Дмитро Савчук показує позиції.\n\n– Страшно було? – питаю в кулеметника "
           "«Сивого».\n\n– Страшно, коли танк іде просто на тебе, – відповідає він.\n\n– А відпочиваєте "
           "коли?\n\n– Коли дрони не гудуть, – жартує кулеметник.", ["Сивий", "Сивий"]),
    # a full name after the asking verb, in the genitive ("Романа" is no woman here)
    ("uk", "У майстерні збирають дрони.\n\n– Скільки часу йде на один дрон? – питаю в координатора "
           "майстерні Романа Гнатишина.\n\n– Півтори години, – відповідає він.", ["Роман Гнатишин"]),
    # ... but a pronoun of the other gender is someone else
    ("uk", "Командир роти Дмитро Савчук показує позиції.\n\n– Страшно було? – питаю в Олени.\n\n– Ні, "
           "– відповідає він.", ["Дмитро Савчук"]),
])
def test_the_one_a_question_was_put_to_answers(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speaker", [
    # the case of a title noun before a full name decides between the two people it may name
    ("uk", "Комісія зняла з виборів незалежну кандидатку Дарію Соломіну.\n\n«Я не вірила, що суд стане на "
           "наш бік», – розповіла Соломіна.", "Дарія Соломіна"),
    ("uk", "Комісія вручила посвідчення кандидатові Дарію Соломіну.\n\n«Я не вірив, що суд стане на "
           "наш бік», – розповів Соломін.", "Дарій Соломін"),
])
def test_a_title_before_a_full_name_decides_whom_it_names(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # a person registered by a description has its gender: "вона" is not "один із конвоїрів"
    ("uk", "Медикиня Ольга Литвиненко пів року провела в полоні. Один із конвоїрів, за її словами, "
           "таємно передавав їй знеболювальне.\n\n«Я не знаю його імені» — каже вона.", "Ольга Литвиненко"),
    ("uk", "Лікар Олег Бойко оглянув поранених. Мешканка Токмака розповіла, що бачила вогонь.\n\n«Спочатку "
           "злякалася» — каже вона.", "мешканка Токмака"),
])
def test_a_described_person_has_the_gender_of_the_description(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # "чоловік" alone is the man named last, not a husband introduced earlier
    ("uk", "Мій чоловік Богдан служив у Маріуполі. Відтоді жодного листа.\n\n– каже Оксана Левчук із "
           "Самбора.\n\nОсторонь стояв 67-річний Степан Кміть, син якого в полоні.\n\n«Просто хочу, щоб "
           "сина побачили», – пояснив чоловік.", "Степан Кміть"),
    # ... and the husband when no other man was named since
    ("uk", "Оксана Левчук прийшла на акцію разом із сестрою та її чоловіком Богданом Левчуком.\n\n«Ми чекаємо "
           "на обмін», – пояснив чоловік.", "Богдан Левчук"),
])
def test_a_man_or_husband_is_the_man_named_last(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


@pytest.mark.parametrize("lang, text, speaker", [
    # where a body is belongs to its name ("у Фінляндії" after "У Посольстві України")
    ("uk", "У Посольстві України у Фінляндії заявили: «Цей танкер – частина тіньового флоту».",
     "Посольство України у Фінляндії"),
    # a capital speaks for its government, by its own name, not a person's homonym
    ("uk", "У Києві заявили: «Це вкидання».", "Київ"),
    # a time with what it is the time of stands between a body and its verb
    ("ru", "Министерство обороны России в день удара заявило, что поразило «пункты управления "
           "беспилотниками».", "Министерство обороны России"),
])
def test_where_a_body_is_capitals_and_times_of_an_event(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, kind, speaker", [
    # a concessive clause whose subject is the bare body noun: the body named before it names
    ("ru", "Дело будет рассматриваться заочно. МИД России на запрос редакции не ответил, хотя прежде "
           "ведомство называло подобные дела «русофобскими спектаклями».", "quote", "МИД России"),
    # ... not someone else in it
    ("uk", "Петренко не відповів, хоча колега називав його «справжнім героєм війни».", "scare_quote", ""),
])
def test_a_body_named_again_in_a_concessive_clause(lang, text, kind, speaker):
    assert [who for _, who, _ in pieces(text, kind, lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # a statement with no owner, after a body named by a capitalised noun and a capitalised name
    # in the genitive: the whole name
    ("uk", "Командування Сухопутних військ повідомило, що розпочало службову перевірку. «Призначення "
           "на посади здійснюється відповідно до кваліфікації», – йдеться в заяві.",
     "Командування Сухопутних військ"),
])
def test_a_body_noun_before_the_capitalised_name_it_heads(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, kind, speaker", [
    # a second plural verb after a plural one has the same unnamed staff as subject
    ("ru", "В компании «Черномортранснефть» подтвердили остановку, но назвали ее «плановой профилактикой».",
     "quote", "компания «Черномортранснефть»"),
    # ... a plural after a singular does not
    ("uk", "Він привітав партнерів і назвали їх «найкращими друзями України».", "scare_quote", ""),
])
def test_a_second_plural_verb_of_the_same_unnamed_staff_names(lang, text, kind, speaker):
    assert [who for _, who, _ in pieces(text, kind, lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # a woman whose first name also reads as a man's genitive stays a woman when a man of her
    # surname is named too: the surname alone may be his
    ("ru", "Жительница Березников Юлия Корнилова добивалась, чтобы ее мужа сняли с передовой. "
           "Мобилизованного Андрея Корнилова выписали из госпиталя. Корнилов позвонил ей из блиндажа."
           "\n\n«Я не героиня», — говорит Корнилова.", "Юлия Корнилова"),
])
def test_a_woman_stays_a_woman_beside_a_man_of_her_surname(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # calls and shouts introduce speech
    ("uk", "Люди сидять на матрацах. Чергова Ганна Лук’яненко стежить за часом.\n\n– Відбій! – гукає "
           "Лук’яненко о 05:12.", "Ганна Лук’яненко"),
    # one of a group, from a place: the place, never a bare preposition, ends the description
    ("ru", "Учительница ушла из лагеря.\n\nОдна из матерей из Мелитополя написала в закрытом чате: «Детей "
           "заставляют петь гимн».", "одна из матерей из Мелитополя"),
])
def test_shouts_and_one_of_a_group_from_a_place(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speakers", [
    # a surname in "-у" the article writes alone beside a verb of its own does not decline, though the
    # dictionary reads the full name as an accusative of "Бурлака" or a dative of "Мунтян"
    ("uk", "На думку юриста громади Артема Бурлаку, висновки упереджені. «Експерти не говорили з нами», "
           "– сказав Бурлаку.", ["Артем Бурлаку"]),
    ("ru", "По словам проректора Виктора Мунтяну, долгов нет. Мунтяну признал, что денег мало. Мунтяну "
           "добавил: «Мы говорим об этом открыто».", ["Виктор Мунтяну"]),
    ("uk", "За словами аналітика Данила Бурлаку, коридор працює. Бурлаку веде Telegram-канал про флот. "
           "У дописі він написав: «Пауза потрібна Москві».", ["Данило Бурлаку"]),
    # ... but where the article writes the dictionary's nominative, that is the surname
    ("uk", "Суд заслухав Артема Бурлаку. «Я не винен», – сказав Бурлака.", ["Артем Бурлака"]),
])
def test_a_surname_in_u_written_alone_beside_its_verb_does_not_decline(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speakers", [
    # a surname the dictionary reads two ways ("Гребеня": Гребень or Гребінь) is the one the article
    # writes alone in the nominative, whatever path names the speaker
    ("uk", "За словами заступника мера Павла Гребеня, «у місті відкрили всі храми». Гребінь подякував "
           "рятувальникам. «Дякую всім», – сказав Гребінь.", ["Павло Гребінь", "Павло Гребінь"]),
    # ... of the same gender only: the son's surname does not rename his mother
    ("ru", "Среди освобожденных журналист Олег Вершинин. «Я не верил», — сказал Вершинин. Портал процитировал "
           "мать журналиста Галину Вершинину: «Я ждала сына три года».", ["Олег Вершинин", "Галина Вершинина"]),
])
def test_a_surname_read_two_ways_is_the_one_the_article_writes_alone(lang, text, speakers):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == speakers


@pytest.mark.parametrize("lang, text, speaker", [
    # one who asked not to be named speaks, not the person named in the genitive in their
    # description; the infinitive of the request, after a participle, is no cue
    ("ru", "Суд осудил Дарью Ермолаеву. Одна из подруг Ермолаевой, попросившая не называть ее имени, "
           "рассказала: «Даша всегда помогала всем».", "одна из подруг Ермолаевой"),
    ("uk", "Суд засудив Дарію Єрмолаєву. Одна з подруг Єрмолаєвої, яка попросила не називати її імені, "
           "розповіла: «Даша завжди допомагала всім».", "одна з подруг Єрмолаєвої"),
    # ... but a first name in the nominative is the speaker's own ("Ирина, попросившая не называть фамилию")
    ("ru", "Жительница Рыльска Ирина, попросившая не называть ее фамилию, рассказала: «Стекла выбило».", "Ирина"),
])
def test_an_unnamed_speaker_is_not_the_person_named_in_the_description(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


def test_the_words_of_a_quotation_are_no_description_of_its_unnamed_speaker():
    # the sentence of the request opens with the quotation: "скважины" in it describes no one
    text = ("\"Воду нам (техническую, из скважины – ред.) привозят раз в неделю\", — рассказал житель "
            "Алешек, попросивший не называть его имени. \"Питьевую покупаем в магазине\", — добавил собеседник.")
    assert {who for _, who, _ in pieces(text, "quote", "ru")} == {"житель Алешек"}



@pytest.mark.parametrize("lang, text, speaker", [
    # the person the newsroom reached, who asks (in the present tense too) not to be named, answers
    # as registered: one of a group, or a description with where they work
    ("ru", "Документов не было.\n\nМы поговорили с одним из координаторов сети, который живет в Тбилиси и "
           "просит не называть его имени. Сеть работает с весны.\n\n— Сколько человек вы вывезли?\n\n"
           "— Больше шестисот, — говорит он.", "один из координаторов сети"),
    ("ru", "Документов не было.\n\nМы поговорили с координатором сети, который живет в Тбилиси и просит не "
           "называть его имени. Сеть работает с весны.\n\n— Больше шестисот, — говорит он.", "координатор сети"),
    ("ru", "Света не было.\n\nМы поговорили с владелицей магазина на Камброде, которая попросила не называть "
           "ее имени. «Генератор работает до вечера», — говорит она.", "владелица магазина на Камброде"),
])
def test_the_person_reached_who_asks_not_to_be_named_answers(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # the addressee in the dative after a description is not part of it
    ("uk", "«Нам наказали мовчати», – розповів один із працівників терміналу місцевому каналу «Туапсе "
           "сьогодні».", "один із працівників терміналу"),
    # ... as does an outlet told, in quote marks: the bare description then refers back
    ("uk", "Його мати Лариса Гордієнко бачила сина на відео. «Я вірю, що скоро обійму його», – сказала жінка "
           "«Бузькому курʼєру».", "Лариса Гордієнко"),
    # ... but an adjective in the locative after "в" is ("в обласному центрі")
    ("uk", "«Запасів крові вистачить», – сказало джерело в обласному центрі служби крові.",
     "джерело в обласному центрі служби крові"),
])
def test_a_description_ends_before_an_addressee_in_the_dative(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # the newsroom of the outlet named before speaks for that outlet, not for the reporting one
    ("ru", "Журналист Виталий Гринчук сказал: «Приговор написали заранее». Ярмоленко публиковался в издании "
           "«Запорожский обозреватель». Его редакция распространила заявление: «Олег знал, чем рискует».",
     "Запорожский обозреватель"),
    ("uk", "Журналіст Віталій Грінчук сказав: «Вирок написали заздалегідь». Ярмоленко писав для видання "
           "«Запорізький оглядач». Редакція видання поширила заяву: «Олег знав, чим ризикує».",
     "Запорізький оглядач"),
])
def test_another_outlets_newsroom_speaks_for_that_outlet(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


def test_a_superlative_opening_a_sentence_is_no_part_of_a_bodys_name():
    # "Найбільше центр потребує ...": the adverb (or a neuter adjective) does not agree with
    # "центр", so the body is the one named in full before
    text = ("До Вінницького обласного центру служби крові прийшли 312 людей.\n\nНайбільше центр потребує "
            "донорів із першою групою.\n\nУвечері центр написав: «Дякуємо кожному».")
    assert [who for _, who, _ in pieces(text, "quote")] == ["Вінницький обласний центр служби крові"]


@pytest.mark.parametrize("lang, text, speaker", [
    # the outlet whose source it is stands between the source and its place: the place describes
    # the source, the outlet does not (in a subject, after the verb, and in an interview's answers)
    ("uk", "Джерело «Житомирських новин» в обласній прокуратурі, яке попросило не називати його імені, "
           "сказало: «Справу передадуть до суду вже восени».", "джерело в обласній прокуратурі"),
    ("ru", "Собеседник «Волжского вестника» в мэрии согласился ответить на вопросы.\n\n— Когда починят "
           "трубы?\n\n— Не раньше весны, — ответил собеседник.", "собеседник в мэрии"),
    # ... with no place after it, the outlet stays
    ("uk", "«Справу передадуть до суду вже восени», – сказало джерело «Житомирських новин».",
     "джерело «Житомирських новин»"),
])
def test_the_outlet_before_a_sources_place_is_no_part_of_its_description(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


@pytest.mark.parametrize("lang, text, speaker", [
    # the elder of two namesakes is the one not introduced as a child, the younger the child
    ("uk", "Тренер Микола Гнатюк веде секцію разом із сином. Його син Денис Гнатюк теж став тренером.\n\n"
           "«Діти тренуються навіть у підвалі», – каже Гнатюк-старший.", "Микола Гнатюк"),
    ("uk", "Тренер Микола Гнатюк веде секцію разом із сином. Його син Денис Гнатюк теж став тренером.\n\n"
           "«Я займаюся з малими», – каже Гнатюк-молодший.", "Денис Гнатюк"),
    # ... of the rank word's gender: a mother and her son
    ("ru", "Швейный цех открыла Ирина Лысенко. Вместе с ней работает ее сын Павел Лысенко.\n\n"
           "«Заказы есть до весны», – говорит Лысенко-старшая.", "Ирина Лысенко"),
])
def test_a_surname_with_elder_or_younger_is_one_of_two_namesakes(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # a second addressee after "та" in the dative is no genitive of the body's name
    ("uk", "Дані волонтери передають Координаційному штабу та родинам, а також юристам, які готують "
           "звернення.\n\nЯк зазначили в Координаційному штабі, «кожне свідчення перевіряють окремо».",
     "Координаційний штаб"),
    # the outlet told ends the name
    ("ru", "В аппарате уполномоченного по правам человека изданию ответили: «Списки уточняются».",
     "аппарат уполномоченного по правам человека"),
])
def test_a_bodys_name_ends_before_an_addressee(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


@pytest.mark.parametrize("lang, text, speaker", [
    # the outlet, named in quote marks as the subject, talked with someone who asked not to be named
    ("ru", "Цены на такси выросли.\n\n«Вольная речь» поговорила с местным таксистом, который попросил не "
           "называть его имени.\n\n«Заказов стало вдвое меньше», — говорит он.", "местный таксист"),
    # someone described right after the verb that says they told the outlet
    ("ru", "Школы работают по новым правилам. Как это выглядит изнутри, «Северному краю» рассказала "
           "медсестра районной больницы, которая осталась в городе.\n\n— Лекарств не хватает, — говорит "
           "она.", "медсестра районной больницы"),
    # ... but a name after the description names her
    ("ru", "Как это выглядит изнутри, «Северному краю» рассказала медсестра Анна Белова.\n\n— Лекарств не "
           "хватает, — говорит она.", "Анна Белова"),
])
def test_a_person_the_outlet_talked_to_answers(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # the owner of the page, in the genitive after "на странице" opening the sentence
    ("ru", "Предприниматели просят помощи.\n\nНа странице Одесского городского совета в Facebook написали: "
           "«Гранты на генераторы уже выделены».", "Одесский городской совет"),
    ("uk", "Підприємці просять допомоги.\n\nНа сторінці Львівської міської ради у Facebook написали: "
           "«Гранти на генератори вже виділено».", "Львівська міська рада"),
    # "так называемый" takes a distance from the body and is no cue of naming
    ("ru", "Света не было три дня.\n\nВ так называемом правительстве Херсонской области в Telegram "
           "заверили: «Больницы обеспечены резервным питанием».", "правительство Херсонской области"),
    # the criticism answered stands between the body and its verb
    ("uk", "Державна аудиторська служба (ДАС) перевірила закупівлі. Голова спілки Олег Ничипорук назвав "
           "перевірку формальною.\n\nВ ДАС на критику відповіли у своєму Telegram-каналі: «Усі висновки "
           "опубліковано».", "Державна аудиторська служба"),
])
def test_a_body_before_the_verb_past_a_page_a_distance_or_a_criticism(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # a school speaks as a body; a unit is the battalion named before
    ("uk", "Дитяча спортивна школа «Дельфін» тренує дітей у Миколаєві. Після удару школа написала у "
           "Facebook: «Басейн уцілів, тренування тривають».", "школа «Дельфін»"),
    ("uk", "Батальйон «Сірий вовк», у якому служив Остап, передав на турнір кубок. У Telegram-каналі "
           "підрозділу написали: «Остап навчив пів роти тримати удар».", "Батальйон «Сірий вовк»"),
    # the press service of the ministry named before: the ministry
    ("ru", "В Министерстве спорта России назвали решение ошибкой. Пресс-служба ведомства написала в своем "
           "Telegram-канале: «Наши спортсмены снова стали заложниками».", "Министерство спорта России"),
    # a company named before in quote marks, in a case form later: as the article wrote it
    ("uk", "Ремонт виконало ТОВ «Дорбуд», яке виграло торги. Підрядник зірвав строки, і місто виставило "
           "«Дорбуду» штраф.\n\n«Затримка сталася через брак металу», – пояснили в компанії.", "Дорбуд"),
])
def test_a_body_referred_back_to(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


def test_a_bare_interlocutor_after_the_verb_is_the_person_described_before():
    text = ("Працівниця заводу, яка досі живе в місті, розповіла, що цех зупинили. «Зарплату не платять "
            "третій місяць», – розповіла співрозмовниця, яка попросила не називати її імені.")
    assert [who for _, who, _ in pieces(text, "quote")] == ["працівниця заводу"]


@pytest.mark.parametrize("lang, text, speaker", [
    # "one of" a group opening the sentence is the verb's subject, not the person named as the
    # group's dependent, nor the one named in the sentence before; an adjective may precede the group
    ("ru", "Глеб Арсеньев уехал из России. Один из партнеров Арсеньева назвал его поступок «смелым, но "
           "бесполезным».", "один из партнеров"),
    ("uk", "Гліб Арсеньєв виїхав. Один із колишніх партнерів Арсеньєва назвав його вчинок «сміливим, але "
           "марним».", "один із колишніх партнерів"),
    # ... but a full name in the nominative after the group is the person
    ("uk", "Гліб Арсеньєв виїхав. Один із партнерів Арсеньєва Іван Петренко назвав його вчинок «сміливим, "
           "але марним».", "Іван Петренко"),
    # a demonstrative inside the description goes on to its noun
    ("uk", "Один із членів такої комісії, який попросив не називати його прізвища, розповів: «Ми приїжджаємо "
           "вже після обстрілу».", "один із членів такої комісії"),
])
def test_one_of_a_group_is_the_subject(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # an answer to the outlet's request, with no owner after it: the same statement named before
    # with its owner
    ("ru", "Переселенцы жалуются на условия.\n\nОфициальный ответ администрации Грайворонского округа звучит "
           "спокойнее. «Семьи получают выплату и питание», — говорится в ответе на запрос редакции.",
     "администрация Грайворонского округа"),
    # a channel's owner in quote marks in the genitive is put into the nominative, a channel's own
    # name stays as written
    ("uk", "Аграрії домовилися про нові вагони.\n\nУ Telegram-каналі «Укрзалізниці» написали: «Рух "
           "відновлено».", "Укрзалізниця"),
    ("ru", "Электрички пошли снова.\n\nВ Telegram-канале «Южной железной дороги» написали: «Возвращаем "
           "сообщение».", "Южная железная дорога"),
    ("uk", "Аграрії домовилися про нові вагони.\n\nУ Telegram-каналі «Слобожанського вісника» написали: "
           "«Рух відновлено».", "Слобожанський вісник"),
    ("ru", "Электрички пошли снова.\n\nTelegram-канал «Унеча сегодня» написал: «Возвращаем сообщение».",
     "Унеча сегодня"),
    # a company's name in quote marks in a case form: as the article wrote it before
    ("uk", "Рекламна агенція «Промо Лайн» заперечує свою причетність. «Ми не укладали договорів», – "
           "заявили в «Промо Лайні».", "Промо Лайн"),
    # an adjective before a body's abbreviation after the verb is the body's, no person's
    ("uk", "Дрон влучив у поїзд. Про атаку першою повідомила Сумська ОВА у своєму Telegram: «Ворог "
           "атакував цивільний поїзд».", "Сумська ОВА"),
])
def test_bodies_named_in_quote_marks_and_statements(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # a name inside the description, before its apposition, names the person
    ("ru", "Жалоб почти никто не подает.\n\nПереселенка из Херсона Алла Дорош, учительница младших классов, "
           "искала квартиру два месяца. Мы попросили ее рассказать, как это было.\n\n— Сколько раз вам "
           "отказывали?\n\n— Я перестала считать после двадцатого.", "Алла Дорош"),
    # "попросил об анонимности" is a request not to be named
    ("ru", "Канал публиковал фото коридоров. Хирург из Таганрога, который тоже попросил об анонимности, "
           "сказал изданию: «Нас просят не указывать в картах, откуда привезли раненых».",
     "хирург из Таганрога"),
    # where a described person wrote is no part of the description
    ("uk", "Пекарню заснувала переселенка Валентина Осадча.\n\nВласниця у Facebook написала: «Коли ми "
           "починали, у нас була одна піч».", "Валентина Осадча"),
    # ... but a statement's owner on a platform is its owner
    ("uk", "Блогерку заблокували. «Ми видалили акаунт за порушення правил», – йдеться в заяві TikTok.",
     "заява TikTok"),
    # a Russian man's surname in "-ой" the article writes alone is his, not the dictionary's "-ий"
    ("ru", "Издание поговорило с адвокатом подсудимого Дмитрием Ланским.\n\n— Ваш подзащитный признает "
           "вину?\n\n— Нет. Он служил водителем, — говорит Ланской.", "Дмитрий Ланской"),
])
def test_persons_named_in_descriptions_and_requests(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # "one of" a group after a participle and what it governs, named more exactly by an apposition
    # whose figure is joined to its word
    ("ru", "Больница работает в две смены.\n\nОдна из оставшихся в городе врачей, терапевт с 25-летним "
           "стажем, согласилась поговорить с нами.\n\n– Сколько врачей сейчас работает?\n\n– Из 140 "
           "осталось около шестидесяти.", "терапевт с 25-летним стажем"),
    ("uk", "Лікарня працює у дві зміни.\n\nОдна з колишніх лікарок міської лікарні, терапевтка з 25-річним "
           "стажем, погодилася поговорити з нами.\n\n– Скільки лікарів зараз працює?\n\n– Із сорока "
           "лишилося дванадцятеро.", "терапевтка з 25-річним стажем"),
])
def test_one_of_a_group_after_a_participle_named_by_an_apposition(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)] == [speaker]


@pytest.mark.parametrize("lang, text, kinds", [
    # a dash line that asks is a question, even with a verb of speech and a name in it: no
    # attribution line closing the paragraph before as a block quote
    ("ru", "Суд вынес приговор.\n\nМы поговорили с подругой осужденной, которая попросила не называть ее "
           "имени.\n\n– Как Елена отреагировала на приговор?\n\n– Она держалась спокойно.",
     ["editorial", "question", "editorial", "quote"]),
])
def test_a_question_line_is_no_attribution_line(lang, text, kinds):
    frame = segment_text(text, lang=lang)
    assert list(frame["kind"]) == kinds and frame["speaker"].iloc[-1] == "подруга осужденной"


@pytest.mark.parametrize("lang, text, speaker", [
    # a reaction verb reports
    ("ru", "Суд вынес решение.\n\nВ Запорожской городской военной администрации отреагировали в Telegram "
           "через несколько часов: «Все сотрудники отстранены от работы».",
     "Запорожская городская военная администрация"),
    # the press office of the ministry named before, after "в"
    ("uk", "Міністерство розвитку громад оголосило конкурс. Як зазначили в пресслужбі міністерства, «заявки "
           "прийматимуть до кінця місяця».", "Міністерство розвитку громад"),
    # a body named inside someone's quoted words is no antecedent of a bare noun
    ("uk", "Речниця Державної міграційної служби Оксана Дідух сказала: «Ми пройшли з хлопцями весь шлях. "
           "Наступна група з двадцяти осіб подала заяви ще у вересні».\n\nУ міграційній службі пообіцяли "
           "спрощувати процедури. «Заяви тепер розглядають за місяць», – додали там.",
     "Державна міграційна служба"),
])
def test_bodies_reacting_and_referred_back_to(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


@pytest.mark.parametrize("lang, text, speaker", [
    # the newsroom talked with someone named before by the first name alone; a name after a
    # relative's noun is in the genitive, though the dictionary does not know it
    ("uk", "Син Айше Менсеїтової Сейран відбуває покарання в колонії. Ми поговорили з Айше про листи.\n\n"
           "– Коли ви востаннє бачили сина?\n\n– У жовтні, через скло.", "Айше Менсеїтова"),
    # ... or went somewhere with someone who asked not to be named
    ("uk", "Рятувальники очистили акваторію.\n\nНаш кореспондент вийшов у лиман разом із рибалкою, який "
           "попросив не називати його прізвища.\n\n– Не страшно?\n\n– Страшно було взимку.", "рибалка"),
    # an adjective used as a noun opens the description of one who asked not to be named
    ("ru", "Обыск длился весь день.\n\nЗнакомый семьи, который приехал к Ширяевым вечером, ответил на "
           "вопросы редакции на условиях анонимности.\n\n— Брата отпустили?\n\n— Да, около полуночи.",
     "знакомый семьи"),
    # a surname in "-у" the article writes alone beside a verb, past a particle
    ("ru", "По словам депутата горсовета Игоря Русу, «предприятие покупало асфальт у одной фирмы». Русу и "
           "возглавил новую комиссию.\n\n«Мы запросили все акты», – сказал депутат.", "Игорь Русу"),
])
def test_persons_the_newsroom_talked_with_and_surnames_as_written(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


@pytest.mark.parametrize("lang, text, speaker", [
    # customs, laboratories, publishers and energy companies are bodies: a bare head noun after
    # "в" refers back to the one named before
    ("uk", "Волонтер Тарас Бондар сказав: «Ми тримаємось». У Волинській митниці відповіли, що вантажі "
           "оформлюють позачергово. «Середній час огляду скоротився», — заявили в митниці.", "Волинська митниця"),
    ("uk", "Лікар Андрій Ярош сказав: «Пацієнтів немає». Незалежна лабораторія «АкваЛаб» перевірила проби. "
           "«Усі показники в нормі», – заявили в лабораторії.", "Незалежна лабораторія «АкваЛаб»"),
    ("uk", "Бібліотекарка Ольга Ковтун сказала: «Ми відновимо фонд». Видавництво «Стара ратуша» пообіцяло "
           "допомогти. «Ми передамо книжки», – йдеться в заяві видавництва.", "Видавництво «Стара ратуша»"),
    ("uk", "Експерт Тарас Береза сказав: «Зима буде важкою». Приватна енергокомпанія «Карпатська генерація» "
           "у коментарі нашому виданню заявила: «Ми повернули енергоблоки».",
     "Приватна енергокомпанія «Карпатська генерація»"),
    # a month after "в" between a subject and its verb is a time
    ("ru", "Минобороны не ответило. Пресс-служба Южного военного округа еще в марте заявила, что «госпитали "
           "работают в штатном режиме».", "Пресс-служба Южного военного округа"),
    # a described subject is a person of their own when the next sentence withholds the name
    ("ru", "Бывший офицер Генштаба, уехавший из России, согласился рассказать, как выбирают цели. Его имя "
           "редакция не раскрывает.\n\n— Кто решает?\n\n— Решает не армия.", "офицер Генштаба"),
])
def test_more_bodies_times_and_withheld_names(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


@pytest.mark.parametrize("lang, text, speaker", [
    # a district after a noun of an attack is a place, not a person's surname
    ("ru", "Психолог Елена Гайдай работает с детьми. Меня спасают пробежки и собака, которую мы взяли из "
           "приюта после обстрела Салтовки. «Самое важное — не врать детям, — добавила она. — Им нужна правда.»",
     "Елена Гайдай"),
    ("uk", "Волонтерка Оксана Бойко роздає воду. Ми взяли собаку з притулку після обстрілу Лозової. «Люди "
           "тримаються», – каже вона.", "Оксана Бойко"),
    # a subject pronoun of the other gender than the person introduced with a surname named in
    # the clause is not that person
    ("uk", "Суддя Ганна Дорош вела засідання. Цей звʼязківець, Ігор Шабанов, свідчив у режимі "
           "відеоконференції. На запитання Дорош він відповів: «Полковник сказав бити по лікарні».", "Ігор Шабанов"),
    # a person known by the first name alone has one gender: "Артем" is not the plural of Артема
    ("ru", "В спортзале работает Лидия Петренко. Ее сын Артем, до войны моторист, третий год воюет на "
           "Херсонском направлении. «Сначала я плела, чтобы не сойти с ума», — говорит она.", "Лидия Петренко"),
])
def test_places_attacked_and_the_gender_of_persons_named_by_one_name(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


@pytest.mark.parametrize("lang, text, speaker", [
    # a time of an adjective and a noun of time between a body and its verb
    ("ru", "Минобороны России восьмой день подряд называет обстановку в регионе «стабильной и "
           "контролируемой».", "Минобороны России"),
    ("uk", "Генштаб ЗСУ другу добу поспіль повідомляє: «Ворог атакує малими групами».", "Генштаб ЗСУ"),
    ("uk", "Укренерго весь тиждень повідомляє: «Ворог атакує енергетику».", "Укренерго"),
    ("ru", "Минобороны России восьмой день подряд называет обстановку «стабильной». Как отметили в "
           "ведомстве, «противник несет большие потери и не имеет успеха».", "Минобороны России"),
    # an interlocutor of an outlet is the person the outlet spoke with before
    ("ru", "По словам одесского историка Инны Гриценко, «половина этих названий появилась при советской "
           "власти». «Одесса двести лет была городом греков», — говорит собеседница «Маяка».", "Инна Гриценко"),
    ("uk", "За словами історика Інни Гриценко, «половина назв зʼявилася за радянської влади». «Одеса двісті "
           "років була містом греків», — каже співрозмовниця «Маяка».", "Інна Гриценко"),
])
def test_times_before_the_verb_and_interlocutors_of_an_outlet(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


@pytest.mark.parametrize("lang, text, speaker", [
    # lower-case particles inside a foreign name belong to it
    ("uk", "За словами міністра закордонних справ Нідерландів Пітера ван Дейка, «цей пакет болітиме "
           "російському бюджету».", "Пітер ван Дейк"),
    ("uk", "Державний міністр закордонних справ Катару Халід аль-Мансурі заявив: «Кожна дитина, що "
           "повертається, – це перемога».", "Халід аль-Мансурі"),
    ("uk", "Урсула фон дер Ляєн заявила: «Ми закриваємо лазівки».", "Урсула фон дер Ляєн"),
    ("ru", "Посол Людвиг фон Штайн заявил: «Мы закрываем лазейки».", "Людвиг фон Штайн"),
])
def test_particles_inside_foreign_names(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


@pytest.mark.parametrize("lang, text, speaker", [
    # a source word inside someone's quoted words names no source for a pronoun after it
    ("ru", "Тираж уже готов.\n\nПо словам учительницы истории из Екатеринбурга Анны Мельниченко, «в учебнике "
           "нет ни одной даты, которую можно проверить по источникам».\n\n«Дети задают вопросы, — добавила "
           "она. — Но я все равно советую им читать разные книги».", "Анна Мельниченко"),
    # a body's update is its statement
    ("uk", "У Генштабі повідомили, що противник шість разів атакував позиції Сил оборони. «Усі атаки "
           "відбито», – йдеться в оновленні.", "Генштаб"),
])
def test_sources_inside_quotes_and_updates(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


@pytest.mark.parametrize("lang, text, speaker", [
    # a description after the verb with a clause of its own is someone new, not the person named last
    ("ru", "Глава района Олег Демченко выступил перед жителями. «Раньше думали, что война далеко», — говорит "
           "пенсионер, пришедший на встречу с тростью.", "пенсионер"),
    ("uk", "Мер Олег Демченко виступив перед мешканцями. «Раніше думали, що війна далеко», — каже пенсіонер, "
           "який прийшов на зустріч з палицею.", "пенсіонер"),
])
def test_a_description_with_a_clause_of_its_own_is_someone_new(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


@pytest.mark.parametrize("lang, text, speaker", [
    # a user known by a handle in Latin letters
    ("uk", "Мер Ігор Коваль виступив. «Світла немає вже добу», – написав користувач taras_lviv.", "taras_lviv"),
    ("uk", "Мер Ігор Коваль виступив. «Світла немає», - написав у коментарях користувач vitalii_chn.",
     "vitalii_chn"),
    ("uk", "Мер Ігор Коваль виступив. «Моя бабуся теж хоче миру» - пожартував користувач @wien_ukr.", "@wien_ukr"),
    ("ru", "Мэр Игорь Коваль выступил. «Это лучшее, что я видела» — написала пользовательница mariia_odesa.",
     "mariia_odesa"),
    # ... but a channel's handle where a person wrote is no speaker, nor an abbreviation after a user noun
    ("uk", "Мер Ігор Коваль виступив. «Світла немає», – написав Олег у Telegram-каналі @kyiv_news.", "Олег"),
    # a description with a person's name in the genitive after the verb is that person's relative
    # or neighbour, not the person named
    ("ru", "Зинаида Петрова пережила оккупацию. «Они пришли днем», — рассказывает соседка Зинаиды.",
     "соседка Зинаиды"),
    ("uk", "Ганна Коваль пережила окупацію. «Вони прийшли вдень», — розповідає сусідка Ганни.", "сусідка Ганни"),
    ("uk", "Сергій Олійник загинув. «Він був добрим», — каже дружина Сергія Ірина Олійник.", "Ірина Олійник"),
])
def test_users_known_by_a_handle_and_relatives_named_by_a_genitive(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


@pytest.mark.parametrize("lang, text, speaker", [
    # an adverb opening the sentence is no part of a body's name, and the bare noun after it refers back
    ("uk", "Компанія «Дністровська генерація» відновила роботу. Директор Ярослав Бойко подякував енергетикам. "
           "Пізніше компанія повідомила: «Блок запущено».", "Компанія «Дністровська генерація»"),
    # a piece of footage after a body's name in the locative is the verb's object
    ("ru", "Артем играет на скрипке. В Одесском городском совете видео тоже заметили и поделились им. «Спасибо "
           "Артему», — написали в Telegram-канале горсовета.", "Одесский городской совет"),
])
def test_adverbs_and_footage_around_a_bodys_name(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker


@pytest.mark.parametrize("lang, text, speaker", [
    # an outlet's interlocutor described in an apposition after it is that description
    ("ru", "Директор Иван Петров заявил, что задержки технические. Шахтеры рассказывают другое. «За сентябрь "
           "нам перевели 30% зарплаты», — рассказал собеседник издания, проходчик одной из шахт КУГ.",
     "проходчик одной из шахт КУГ"),
    ("uk", "Директор Іван Петров заявив, що затримки технічні. «Нам перевели 30% зарплати», — розповів "
           "співрозмовник видання, прохідник однієї з шахт.", "прохідник однієї з шахт"),
])
def test_an_interlocutor_described_in_an_apposition(lang, text, speaker):
    assert [who for _, who, _ in pieces(text, "quote", lang)][-1] == speaker
