"""Cleaning rules, the edit log, idempotence, duplicates, and the planted-artefact gold."""

import time

import pandas as pd
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import cleaning
from analysis.cleaning import DEFAULT_RULES, apply_edits, clean_text, find_duplicates
from conftest import GOLD_DIR, read_jsonl


@pytest.mark.parametrize("raw, clean", [
    ("Війська\u00a0наступали", "Війська наступали"),
    ("без\u00adпе\u00adка", "безпека"),
    ("при\u200bвіт", "привіт"),
    ("два   пробіли", "два пробіли"),
    ("рядок  \nнаступний", "рядок\nнаступний"),
    ("абзац\r\n\r\n\r\n\r\nінший", "абзац\n\nінший"),
    ("памʼять, пам’ять, пам'ять, пам`ять", "памʼять, памʼять, памʼять, памʼять"),
    ("Kиїв i Львів", "Київ і Львів"),
    ("нaступ", "наступ"),
    ("війська наблизиТися до міста", "війська наблизитися до міста"),
    ("&laquo;Слово&raquo; &amp; діло", "«Слово» & діло"),
    ("текст <strong>важливий</strong> тут", "текст важливий тут"),
    ("РїСЂРёРІС–С‚ світ", "привіт світ"),
    ("Ð¿Ñ€Ð¸Ð²Ñ–Ñ‚ світ", "привіт світ"),
    ("и\u0306од", "йод"),
    ("Перший абзац.\n\nЧитайте також: Як підготуватися до зими\n\nДругий абзац.",
     "Перший абзац.\n\nДругий абзац."),
    ("Перший абзац.\n\nЦікаво Як зміниться тариф: пояснення енергетиків\n\nДругий.",
     "Перший абзац.\n\nДругий."),
    ("Текст.\n\nПідписуйтесь на наш Telegram-канал, щоб знати більше\n\nДалі.", "Текст.\n\nДалі."),
    ("Текст.\n\nФото: Олена Коваль / Укрфото\n\nДалі.", "Текст.\n\nДалі."),
    ("Текст.\n\nАвтор: Ірина Левчук", "Текст."),
    ("Текст.\n\nСмотрите также: Новости региона за неделю", "Текст."),
])
def test_rules_repair_artefacts(raw, clean):
    assert clean_text(raw).text == clean


@pytest.mark.parametrize("line", [
    "Реклама",
    "Поділитися",
    "Коментарі (14)",
    "Головне за день",
    "Відео дня",
    "Новини партнерів",
    "Усі права захищено.",
    "Показать комментарии",
    "Головна / Новини / Суспільство",
    "Главная › Политика",
    "Теги: енергетика, Дніпро, відключення",
    "Темы: армия, мобилизация",
    "Джерело: Повітряні сили ЗСУ",
    "Источник: пресс-служба мэрии",
    "За матеріалами: regionews.example.ua",
    "Оновлено о 18:25",
    "Опубліковано 3 квітня 2024, 07:10",
    "вівторок, 5 грудня 2023, 22:48",
    "05.12.2023 22:48",
    "Обновлено: 14 мая 2024 года, 16:03",
    "Помітили помилку? Виділіть її мишкою і натисніть Ctrl+Enter",
    "Нашли опечатку? Выделите текст и нажмите Ctrl + Enter.",
    "© 2025 Вечірній Степ. Усі права захищено.",
    "Повне або часткове використання матеріалів можливе лише за умови гіперпосилання, яке є обов'язковим.",
    "Ми використовуємо файли cookie, щоб сайт працював краще",
    "Facebook Twitter Telegram Viber",
    "Поділитися: Facebook | X | WhatsApp",
    "Стежте за новинами в Google News",
    "Більше по темі: Де у місті відкрили пункти незламності",
    "Смотрите видео: как работает мобильная огневая группа",
    "Львів • 08:15 • 9 жовтня 2024",
    "2 листопада 2023 · 19:40",
    "17.06.2024",
    "21:07",
    "👁 1 204",
    "18+",
    "Ваш email",
    "← Попередня новина",
    "Час читання: 6 хв",
    "Завантаження...",
    "Регіони / Одещина",
    "Щоб залишити коментар, авторизуйтеся",
    "Данное сообщение (материал) создано и распространено иностранным агентом.",
    "Публікацію створено за підтримки фонду. Її зміст не обов'язково відображає позицію донора.",
    "Підтримайте незалежну журналістику",
    "Поддержите нас на Patreon",
    "Підпишіться на нашу розсилку: головне за тиждень",
    "Мы в соцсетях: ВКонтакте, Telegram",
    "Instagram",
    "Інтернет-видання «Південний кур'єр». Свідоцтво про реєстрацію № 000.",
    "#Суми #укриття #школи",
    "Суми +7°C",
    "Погода: −3 °C, сніг",
    "Оператор: Олексій Гребінь",
    "4 хв читання",
    "3 412 переглядів",
    "Перейти до змісту",
    "Пошук...",
    "Наживо",
    "Поділитися в Telegram",
    "Усі новини Полтави",
    "Реклама • Партнерський матеріал",
    "Останнє оновлення: 2 травня 2024, 16:20",
    "Подобається наша робота? Підтримайте «Вісник» донатом",
    "Комментарии: 27",
    "Рубрики: Війна, Регіони",
    "Ще новини Житомира",
    "Ще 12 новин з цієї теми",
    "Олег Савчук — Середа, 9 квітня 2025, 10:15",
    "14.05.2025, 11:02 (обновлено: 12:40)",
    "Думка автора може не збігатися з позицією редакції.",
    "Ведуча трансляції: Ольга Гнатюк",
    "Українською",
    "Читайте нас в Google Новостях",
    "Скопировать ссылку",
])
def test_page_furniture_lines_are_removed(line):
    raw = f"Перший абзац статті.\n\n{line}\n\nДругий абзац статті."
    assert clean_text(raw).text == "Перший абзац статті.\n\nДругий абзац статті."


@pytest.mark.parametrize("raw, clean", [
    ("Текст.\n\nЧитайте також:\nЯк підготувати укриття до зими\n\nДалі.", "Текст.\n\nДалі."),
    ("Текст.\n\nПо темі\nВибухи в Одесі: що відомо\nДалі йде абзац.", "Текст.\n\nДалі йде абзац."),
    # a line that ends like a sentence is prose, not the label's headline: only the label goes
    ("Текст.\n\nЧитайте також:\nУряд ухвалив нові виплати.", "Текст.\n\nУряд ухвалив нові виплати."),
    # a block of headlines, some after the time they were posted, up to the blank line
    ("Текст.\n\nІнші новини\n12:40\nУ Сумах відкрили новий ЦНАП\n11:05 Синоптики обіцяють сніг\n\nДалі.",
     "Текст.\n\nДалі."),
    # on a page of one-line paragraphs a short line right before prose is a subheading, not a
    # headline of the block (the label's first line always is one)
    ("Текст.\nЧитайте також:\nУ Сумах відкрили новий ЦНАП\nЩо робити мешканцям\n"
     "Комісія обстежує пошкоджені будинки щодня, а акти видають у ЦНАП за три дні після огляду.",
     "Текст.\nЩо робити мешканцям\nКомісія обстежує пошкоджені будинки щодня, а акти видають у ЦНАП за три дні після огляду."),
    ("Текст.\n\nСхожі новини з інших джерел:\nУ Сумах відкрили новий ЦНАП — Сумські вісті\n\nДалі.",
     "Текст.\n\nДалі."),
    ("Текст.\n\nІнші джерела про цю новину:\nСумські вісті: У Сумах відкрили новий ЦНАП\n\nДалі.",
     "Текст.\n\nДалі."),
])
def test_a_related_block_label_takes_its_headlines(raw, clean):
    assert clean_text(raw).text == clean


# A date with a year alone is a dateline in the page's header or among furniture, and a
# subheading of a chronology in the text.
@pytest.mark.parametrize("raw, clean", [
    ("Заголовок\n28 серпня 2024\n\nУ порту за тиждень відвантажили мільйон тонн зерна, повідомили в адміністрації порту.",
     "Заголовок\nУ порту за тиждень відвантажили мільйон тонн зерна, повідомили в адміністрації порту."),
    ("Ми провели тиждень з волонтерами на сході, щоб побачити, як вони вивозять людей з прифронтових сіл.\n"
     "Фото: Остап Гнатюк\n3 жовтня 2024\n\nДалі.",
     "Ми провели тиждень з волонтерами на сході, щоб побачити, як вони вивозять людей з прифронтових сіл.\nДалі."),
    ("Село жило під окупацією пів року, і ми відновили хронологію подій за розповідями мешканців.\n\n"
     "24 лютого 2022\n\nПершу колону техніки побачили ще до обіду.",
     "Село жило під окупацією пів року, і ми відновили хронологію подій за розповідями мешканців.\n\n"
     "24 лютого 2022\n\nПершу колону техніки побачили ще до обіду."),
])
def test_a_bare_date_is_furniture_only_among_furniture(raw, clean):
    assert clean_text(raw).text == clean


@pytest.mark.parametrize("line", [
    "Джерело в Генштабі повідомило, що колону помітили ще вранці.",
    "Джерело: у штабі кажуть, що колону помітили ще вранці. Підтверджень поки немає.",
    "Оновлені дані про постраждалих оприлюднять о 18:00.",
    "24 лютого",
    "Березень – травень 2022",
    "Важливо: пункти обігріву працюють цілодобово.",
    "Головне управління розвідки оприлюднило запис перемовин.",
    "Реклама на білбордах закликала чоловіків підписувати контракти.",
    "Коментарі експертів розійшлися: одні радять чекати, інші – діяти.",
    "Про це повідомляє Telegram-канал міської ради.",
    "Теги в соцмережах допомагали волонтерам знаходити збори.",
    "У мережі поширюють відео, де видно наслідки влучання.",
    "Меня объявили иностранным агентом, и вернуться я не могу.",
    "Головний редактор видання Іван Гнатенко заявив, що редакція працює.",
    "Зміни / доповнення до закону обговорять у вівторок.",
    "Ми підтримали збір у Instagram, бо віримо в цих людей.",
    "Мешканців просять підписатися на канал громади в Telegram: там публікують графік.",
    "Головне на цю хвилину:",
    "Температура в укритті трималася на рівні +12°C навіть уночі, розповіли волонтери.",
    "Обстріл почався — о 05:30",
    "Думка автора цієї петиції знайшла підтримку в громаді.",
])
def test_prose_that_resembles_furniture_stays(line):
    raw = f"Перший абзац статті.\n\n{line}\n\nДругий абзац статті."
    assert clean_text(raw).text == raw


@pytest.mark.parametrize("text", [
    "ЗМІ, ЄС, НАТО і ЗСУ повідомили про ПриватБанк та МінЦифри.",
    "Новий iPhone і COVID-19 згадано на https://example.com/a?b=c.",
    "Цікаво, що він сказав про це вчора.",
    "Важливо: збори триватимуть до неділі.",
    "Роль Білорусі в перші дні вторгнення",
    "Він написав у Telegram, що ситуація під контролем.",
    "Про це повідомили в пресслужбі. Фото з місця події оприлюднили пізніше.",
    "«Ми готові», – сказав він. „Так“, – відповіла вона.",
    "Ukraine and Poland signed the deal in Rzeszów.",
    "Рахунок у банку і Рівне поруч.",
])
def test_rules_leave_clean_text_alone(text):
    cleaned = clean_text(text)
    assert cleaned.text == text
    assert cleaned.edits == []


def test_each_rule_can_be_switched_off():
    rules = [r for r in DEFAULT_RULES if r is not cleaning.repair_midword_capitals]
    assert clean_text("наблизиТися", rules=rules).text == "наблизиТися"


def test_heavy_loss_is_flagged():
    raw = "Короткий текст.\n\n" + "\n\n".join(f"Читайте також: Новина номер {i} про події" for i in range(10))
    cleaned = clean_text(raw)
    assert cleaned.flags and cleaned.flags[0].startswith("heavy_loss")


ARTEFACT_ALPHABET = st.sampled_from(list("абвгдеєжзиіїйклмнопрстуфхцчшщьюя АБВГДЕЄЖЗІЇКЛМНОПРСТУФХЦЧШЩЮЯ"
                                          "aeiopcxyKEHOPT'’ʼ`«»„“\"–—-.,:;!?\n\r\t\u00a0\u00ad\u200b"
                                          "&<>/;#0123456789"))
TEXTS = st.one_of(st.text(max_size=300), st.text(alphabet=ARTEFACT_ALPHABET, max_size=300))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_edits_reproduce_the_clean_text(text):
    cleaned = clean_text(text)
    assert apply_edits(text, cleaned.edits) == cleaned.text
    previous_end = -1
    for edit in cleaned.edits:
        assert edit.start >= previous_end
        assert text[edit.start:edit.end] == edit.before
        previous_end = edit.end


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_cleaning_is_idempotent(text):
    once = clean_text(text).text
    assert clean_text(once).text == once


@pytest.mark.parametrize("text", ["«" * 1_000_000, "слово " * 850_000, "»„\"“" * 250_000,
                                  ("абзац " * 50 + "\n\n") * 20_000])
def test_adversarial_inputs_finish(text):
    started = time.perf_counter()
    cleaned = clean_text(text)
    assert apply_edits(text, cleaned.edits) == cleaned.text
    # generous bound, a guard against super-linear behaviour, not a speed target
    assert time.perf_counter() - started < 60


def test_demo_cleaning_matches_the_planted_artefact_gold(demo_corpus, demo_sources):
    """Every planted artefact is repaired, and nothing else changes."""
    from analysis.evaluate import authored_text

    artefacts = pd.DataFrame(read_jsonl(GOLD_DIR / "cleaning_artefacts.jsonl"))
    checked = 0
    for row in demo_corpus.documents.itertuples():
        if row.doc_id not in demo_sources:
            continue  # syndicated copies are checked by the duplicate test
        cleaned = clean_text(row.text)
        assert cleaned.text == authored_text(demo_sources[row.doc_id]), row.doc_id
        planted = artefacts[artefacts["doc"] == row.doc_id]
        for edit in cleaned.edits:
            overlaps = planted[(planted["raw_start"] < max(edit.end, edit.start + 1))
                               & (planted["raw_end"] > edit.start - 1)]
            assert len(overlaps), f"{row.doc_id}: unplanned edit {edit}"
        for artefact in planted.itertuples():
            assert any(e.start <= artefact.raw_start and e.end >= artefact.raw_end - (artefact.kind == "crlf")
                       or (e.start < artefact.raw_end and e.end > artefact.raw_start)
                       for e in cleaned.edits), f"{row.doc_id}: artefact not repaired {artefact}"
        checked += 1
    assert checked >= 60


def test_demo_near_duplicates_are_found(demo_clean):
    gold = pd.read_csv(GOLD_DIR / "duplicates.csv")
    found = demo_clean.duplicates.set_index("doc_id")["duplicate_of"].to_dict()
    for row in gold.itertuples():
        assert found.get(row.doc_id) == row.duplicate_of
    assert set(found) == set(gold["doc_id"])  # no false duplicates among distinct articles


def test_duplicates_keep_the_earliest_and_report_similarity():
    base = " ".join(f"слово{i}" for i in range(200))
    docs = pd.DataFrame({"doc_id": ["a", "b", "c", "d"],
                         "text": [base, base, base.replace("слово50", "інше"), "зовсім інший текст " * 30]})
    duplicates = find_duplicates(docs)
    assert duplicates.set_index("doc_id")["duplicate_of"].to_dict() == {"b": "a", "c": "a"}
    assert duplicates.set_index("doc_id").loc["b", "similarity"] == 1.0


def test_clean_corpus_accounts_for_every_document(demo_corpus, demo_clean):
    assert len(demo_clean.documents) + len(demo_clean.duplicates) == len(demo_corpus.documents)
    assert set(demo_clean.log.columns) == {"doc_id", "rule", "start", "end", "before", "after"}
    assert demo_clean.language_disagreements.empty, demo_clean.language_disagreements


def test_near_copies_found_by_banding_match_the_exact_jaccard():
    """Every pair the LSH banding reports has Jaccard >= 0.8 by the exact check, and pairs of
    lightly edited copies (a few words changed in 300) are all found."""
    import random

    from analysis.cleaning import NEAR_DUPLICATE_THRESHOLD, band_keys, duplicates_from_fingerprints, \
        fingerprint, lsh_banding

    rng = random.Random(5)
    vocabulary = [f"слово{i}" for i in range(2000)]
    originals = [" ".join(rng.choice(vocabulary) for _ in range(300)) for _ in range(20)]
    copies = []
    for text in originals:
        words = text.split()
        for _ in range(3):
            words[rng.randrange(len(words))] = "заміна"
        copies.append(" ".join(words))
    prints = [fingerprint(f"o{i}", t) for i, t in enumerate(originals)]
    prints += [fingerprint(f"c{i}", t) for i, t in enumerate(copies)]
    assert lsh_banding(0.5) == (25, 5)
    keys = band_keys(np.stack([p.signature for p in prints]), 25, 5)
    assert keys.shape == (40, 25) and (keys[0] == band_keys(prints[0].signature, 25, 5)[0]).all()
    found = duplicates_from_fingerprints(prints).set_index("doc_id")
    assert found["duplicate_of"].to_dict() == {f"c{i}": f"o{i}" for i in range(20)}
    assert (found["similarity"] >= NEAR_DUPLICATE_THRESHOLD).all()


def test_shingles_kept_on_disk_are_read_only_through_the_loader():
    from dataclasses import replace

    from analysis.cleaning import duplicates_from_fingerprints, fingerprint

    base = " ".join(f"слово{i}" for i in range(200))
    prints = [fingerprint("a", base), fingerprint("b", base.replace("слово7", "інше"))]
    stored = {p.doc_id: p.shingles for p in prints}
    spilled = [replace(p, shingles=None, shingles_at=p.doc_id) for p in prints]
    with pytest.raises(ValueError, match="load_shingles"):
        duplicates_from_fingerprints(spilled)
    found = duplicates_from_fingerprints(spilled, load_shingles=lambda p: stored[p.shingles_at])
    assert found["duplicate_of"].tolist() == ["a"]


@pytest.mark.parametrize("threshold, jaccard_step", [(0.3, 7), (0.5, 12), (0.8, 40)])
def test_near_copies_are_found_at_any_threshold(threshold, jaccard_step):
    """The LSH banding follows the threshold: pairs a little above a low threshold are found too."""
    from analysis.cleaning import find_duplicates

    base = [f"слово{i}" for i in range(400)]
    edited = [("інше" if i % jaccard_step == 0 else w) for i, w in enumerate(base)]
    found = find_duplicates(pd.DataFrame({"doc_id": ["a", "b"], "text": [" ".join(base), " ".join(edited)]}),
                            threshold=threshold)
    assert found["duplicate_of"].tolist() == ["a"]
    assert found["similarity"].iloc[0] >= threshold


@pytest.mark.parametrize("platform", ["Telegram", "TELEGRAM", "Inſtagram", "İNSTAGRAM", "ınstagram", "ФЕЙСБУК"])
def test_calls_to_follow_are_recognised_in_any_letter_case(platform):
    from analysis.cleaning import CALL_TO_ACTION_LINE

    assert CALL_TO_ACTION_LINE.fullmatch(f"Підписуйтесь на наш {platform}")
    assert not CALL_TO_ACTION_LINE.fullmatch(f"Уряд обговорив роботу {platform} в Україні.")


def test_page_furniture_lexicon_has_a_note_on_every_row_and_rejects_bad_rows(tmp_path):
    import csv

    with cleaning.PAGE_FURNITURE_PATH.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 100 and all(row["note"].strip() and row["phrase"] == row["phrase"].lower() for row in rows)
    bad = tmp_path / "furniture.csv"
    bad.write_text("phrase,language,kind,trailing,note\nреклама,uk,label,period,wrong trailing\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        cleaning.furniture_labels(str(bad))
