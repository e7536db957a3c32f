"""Text normalisation and artefact removal with an edit log an analyst can audit and undo.

:func:`clean_text` runs a sequence of small named rules (:data:`DEFAULT_RULES`); each rule looks
at the current text and proposes edits ``(start, end, replacement)``. The edits of all rules are
composed into one list of non-overlapping edits *in the input's offsets*, so that
:func:`apply_edits` (``input``, ``edits``) reproduces the clean text exactly, and every change can
be traced to the raw characters it replaced. An edit touched by several rules names all of them
("remove_invisible+normalize_spaces").

Switch a rule off by passing ``rules=[r for r in DEFAULT_RULES if r is not repair_midword_capitals]``.
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from . import nlp
from .config import LEXICON_DIR

#: A document that loses more than this share of its characters is flagged in the log.
HEAVY_LOSS_SHARE = 0.30
#: The flag of a document that had words and has none after cleaning (the pipeline
#: quarantines it).
NOTHING_LEFT_FLAG = "nothing_left"
#: Near-duplicate threshold: estimated Jaccard similarity of word 5-shingles. Syndicated copies
#: with a changed headline, byline or a few edited words stay far above it (typically >= 0.85);
#: two different reports on the same event share far fewer 5-word sequences (< 0.3 in our demo).
NEAR_DUPLICATE_THRESHOLD = 0.8
SHINGLE_SIZE = 5
MINHASH_PERMUTATIONS = 128
LSH_CANDIDATE_MARGIN = 0.3


class Edit(NamedTuple):
    """One change: ``before`` at ``[start, end)`` of the input became ``after``."""

    rule: str
    start: int
    end: int
    before: str
    after: str


@dataclass
class Cleaned:
    """Result of :func:`clean_text`: the clean ``text``, its ``edits`` and any ``flags``."""

    text: str
    edits: list[Edit]
    flags: list[str] = field(default_factory=list)


Proposal = tuple[int, int, str]
Rule = Callable[[str], Iterable[Proposal]]

# ---------------------------------------------------------------------------------------------
# compiled patterns, named for what they match

HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
HTML_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|tr|table|figure|figcaption)"
    r"(?:\s[^<>]{0,500})?/?>", re.IGNORECASE)
HTML_INLINE_TAG = re.compile(
    r"</?(?:a|b|i|u|em|strong|span|font|sup|sub|small|mark|cite|q|abbr|time|img|iframe|script|style)"
    r"(?:\s[^<>]{0,500})?/?>|<!--.{0,2000}?-->", re.IGNORECASE | re.DOTALL)
# UTF-8 Cyrillic read as cp1251 gives pairs such as "Рї", "СЂ", "Р°": Р or С followed by what
# cp1251 makes of a UTF-8 continuation byte (0x80-0xBF).
CP1251_CONTINUATION_CHARS = re.escape(bytes(range(0x80, 0xC0)).decode("cp1251", errors="ignore"))
# A run of such pairs (lead bytes 0xC2-0xDF read as В..Я, 0xE2 read as в for three-byte
# sequences such as вЂ“ for an en dash) and the ASCII between them.
MOJIBAKE_CP1251 = re.compile(
    f"[В-Яв][{CP1251_CONTINUATION_CHARS}]{{1,2}}(?:[ -~]*[В-Яв][{CP1251_CONTINUATION_CHARS}]{{1,2}})*")
MOJIBAKE_PAIR = re.compile(f"[В-Яв][{CP1251_CONTINUATION_CHARS}]")
# Continuations that are also real Ukrainian/Russian letters: "Він" must not count as mojibake.
REAL_LETTER_CONTINUATIONS = frozenset("іїєґІЇЄҐёЁ")
MOJIBAKE_LATIN1 = re.compile(r"(?:[ÐÑ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]){2,}")
COMBINING_SEQUENCE = re.compile(r".[\u0300-\u036f]+", re.DOTALL)
INVISIBLE_CHARS = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff\u180e\u200e\u200f\u202a-\u202e]+")
SPACE_LIKE = re.compile(r"[\u00a0\u2007\u202f\u2000-\u2006\u2008-\u200a\u3000\t]")
# Spaces at a line's start or end go; other runs of spaces become one (one pass, no overlaps).
# Every alternative opens with a literal space, so the regex engine skips other characters fast.
SPACE_AT_LINE_EDGE_OR_RUN = re.compile(r"(?P<edge> +(?=\n)| (?<=\n ) *)|(?P<run> {2,})")
CARRIAGE_RETURN = re.compile(r"\r\n?")
EXCESS_BLANK_LINES = re.compile(r"\n{3,}")
APOSTROPHE_IN_WORD = re.compile(r"(?<=[а-яіїєґА-ЯІЇЄҐ])['\u2019\u02b9`\u00b4\u2018\u02c8\uff07](?=[а-яіїєґА-ЯІЇЄҐ])")
# A token mixing Cyrillic and Latin letters (digits/hyphens allowed), not part of a URL/e-mail.
MIXED_SCRIPT_TOKEN = re.compile(
    r"(?<![\w/@.])(?=[\w'ʼ-]*[а-яіїєґА-ЯІЇЄҐ])(?=[\w'ʼ-]*[a-zA-Z])[\w'ʼ-]+(?![\w/@]|\.\w)")
ASCII_LETTER = re.compile(r"[a-zA-Z]")
LONE_LATIN_CONJUNCTION = re.compile(
    r"(?<=[а-яіїєґА-ЯІЇЄҐ,] )[ia](?= [а-яіїєґА-ЯІЇЄҐ])")
MIDWORD_CAPITAL_TOKEN = re.compile(r"\b[а-яіїєґ][а-яіїєґʼ]*[А-ЯІЇЄҐ][А-ЯІЇЄҐа-яіїєґʼ]*\b")
LINE = re.compile(r"[^\n]+")

LATIN_TO_CYRILLIC = str.maketrans({
    "a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "x": "х", "y": "у",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М",
    "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "У",
})

# Injected lines. Each pattern must match a WHOLE line; length limits keep real paragraphs safe.
READ_ALSO_LINE = re.compile(
    r"(?:читайте|читати|дивіться|слухайте|також читайте|також дивіться|вас може зацікавити|"
    r"раніше ми писали|новини партнерів|рекомендуємо|більше новин|по темі|за темою|більше по темі|"
    r"більше за темою|новини за темою|новини по темі|дивіться відео|вам може бути цікаво|"
    r"читайте также|смотрите также|также читайте|рекомендуем|по теме|ранее мы писали|"
    r"больше по теме|новости по теме|смотрите видео|вам может быть интересно|"
    r"вас может заинтересовать)(?:\s+(?:також|также|більше))?\s*[:–—\-]\s*\S.{0,220}|"
    r"(?:читайте також|дивіться також|читайте также|смотрите также)\s+\S.{0,220}",
    re.IGNORECASE)
# The 24 Kanal style: a cue word, a space and a capitalised headline, no comma after the cue and
# no full stop at the end ("Цікаво, що ..." is ordinary prose and is not touched).
CUE_HEADLINE_LINE = re.compile(
    r"(?:Цікаво|Важливо|Актуально|Популярне|Ексклюзив|Інтересно|Важно)\s+"
    r"[«\"„]?[A-ZА-ЯІЇЄҐЁ0-9][^\n]{10,200}(?<![.;,])")
# A call to follow the outlet: names a platform, and either addresses the reader with an
# imperative ("підписуйтесь", "пишіть", "стежте") or speaks of "our" channel in a line without a
# closing full stop (news paragraphs that merely mention Telegram end with one).
SOCIAL_PLATFORM = re.compile(
    r"telegram|телеграм|facebook|фейсбук|instagram|інстаграм|инстаграм|youtube|ютуб|viber|вайбер|"
    r"twitter|tiktok|whatsapp|threads|google news|google новин|google новост|patreon|вконтакте|сповіщен|"
    r"уведомлени|"
    r"одноклассники|дзен|розсилк|рассылк|newsletter|соцмереж|соцсет", re.IGNORECASE)
# The same names matched against the lower-cased line: an IGNORECASE alternation without a literal
# prefix is about ten times slower, and every line of every document is tested. Letters whose
# lower case is not what IGNORECASE matches them as (long s, dotted and dotless i, the Kelvin
# sign) send the line to the IGNORECASE pattern instead.
SOCIAL_PLATFORM_LOWER = re.compile(SOCIAL_PLATFORM.pattern)
CASE_FOLDING_ODDITIES = re.compile("[\u017f\u0130\u0131\u212a]")


def _names_platform(text: str) -> bool:
    """Whether ``text`` names a social platform (:data:`SOCIAL_PLATFORM`, quickly)."""
    if SOCIAL_PLATFORM_LOWER.search(text.lower()):
        return True
    return bool(CASE_FOLDING_ODDITIES.search(text)) and bool(SOCIAL_PLATFORM.search(text))
# Imperatives of the verbs a call to action uses (follow, subscribe, join, read, watch, write to us).
IMPERATIVE_ADDRESS = re.compile(
    r"\b(?:підпис|підпиш|стежте|слідкуйте|приєдну|долуча|читайте|дивіться|пишіть|надсилайте|"
    r"завантажуйте|вмикайте|ставте|подпис|следите|присоединя|смотрите|пишите)\w*", re.IGNORECASE)
def _addresses_reader(text: str) -> bool:
    """Whether ``text`` holds an imperative of a call-to-action verb ("підписуйтесь", "читайте"),
    not another form of it ("просять підписатися", "підписали"): pymorphy3 says which forms are
    imperative, in Ukrainian or Russian."""
    return any(any("impr" in reading.tag for lang in ("uk", "ru") for reading in nlp.parses(match.group(), lang))
               for match in IMPERATIVE_ADDRESS.finditer(text))


OUR_CHANNEL = re.compile(r"\b(?:наш\w*|нас|нами|наш)\b", re.IGNORECASE)


class _CallToActionLine:
    """Matches a whole line that is a call to follow the outlet (see the patterns above)."""

    @staticmethod
    def fullmatch(line: str) -> bool:
        if len(line) > 300 or not _names_platform(line):
            return False
        sentences = [s for s in re.split(r"(?<=[.!?…])\s+", line.strip()) if s]
        if len(sentences) > 3 or nlp.count_words(line) > 40:
            return False
        for sentence in sentences[:-1]:
            # every sentence must belong to the call: it names the platform, addresses the
            # reader, or asks the reader a question ("Маєте історію? Пишіть нам у Telegram")
            if not (_names_platform(sentence) or _addresses_reader(sentence)
                    or sentence.endswith("?")):
                return False
        if _addresses_reader(line):
            return True
        return bool(OUR_CHANNEL.search(line)) and not line.rstrip().endswith(".")


CALL_TO_ACTION_LINE = _CallToActionLine()

# Page furniture a scraper keeps from a news site's layout. Each pattern is written in lower
# case and matched against the lower-cased line (an IGNORECASE alternation without a literal
# prefix is about ten times slower), and only lines of at most FURNITURE_MAX_CHARS are tried.
FURNITURE_MAX_CHARS = 300
MONTH_NAMES = (r"(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
               r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)")
# A date: "12 березня 2024 року", "12.03.2024", "сьогодні"; optionally after a weekday.
DATE = (r"(?:(?:понеділок|вівторок|середа|четвер|пʼятниця|субота|неділя|понедельник|вторник|среда|"
        r"пятница|воскресенье)\s*,\s*)?"
        r"(?:\d{1,2}\s+" + MONTH_NAMES + r"(?:\s+\d{4})?(?:\s*(?:року|р\.|года|г\.))?"
        r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|сьогодні|вчора|сегодня|вчера)")
CLOCK_TIME = r"(?:(?:о|об|в|у)\s+)?\d{1,2}:\d{2}"
DATELINE_SEPARATOR = r"\s*[,|•·–—/-]?\s*"
# Labels of buttons, widgets and blocks that stand alone on a line, and labels over blocks of
# related headlines, are data: ``lexicons/page_furniture.csv`` (see :func:`furniture_labels`).
# What may stand around a label: arrows and spaces, then a count ("Коментарі (12)"), a colon or
# dots ("Завантаження...").
LABEL_EDGE = r"[←→«»<>\s]*"
LABEL_TAIL = r"\s*(?::\s*\d+|\(\d+\)|\d+)?\s*(?::|\.{1,3})?"
# A few words after a label that may name its section ("Усі новини Полтави").
WORDS_AFTER_LABEL = r"(?:\s+[^\n.!?:]{1,40})?"
# The period a most-read block names ("Популярне за добу").
LABEL_PERIOD = r"(?: за (?:добу|день|тиждень|місяць|сутки|неделю|месяц))?"
# Labels with a number in them: reading times, view and comment counts, an advertising label
# joined to another ("Реклама • Партнерський матеріал").
NUMBERED_LABELS = (
    r"(?:час читання|время чтения)\s*:?\s*\d+\s*(?:хв|хвилин\w*|мин|минут\w*)\.?|"
    r"\d+\s*(?:хв|хвилин\w*|мин|минут\w*)\.?(?:\s+(?:читання|чтения))?|"
    r"(?:переглядів|перегляди|просмотров|просмотры)\s*:?\s*[\d\s]+|"
    r"[\d\s]+(?:переглядів|перегляди|перегляд|просмотров|просмотра|просмотр|коментарів|"
    r"коментарі|комментариев|комментария)|"
    r"реклама\s*[•·|/–—-]\s*[^\n.!?]{1,40}|"
    r"(?:ще|еще|ещё)\s+\d+\s+(?:новин\w*|матеріал\w*|материал\w*)(?:\s+[^\n.!?:]{1,40})?")
PAGE_FURNITURE_PATH = LEXICON_DIR / "page_furniture.csv"
FURNITURE_LABEL_KINDS = {"label": ("none", "words"), "related": ("none", "period", "words_colon")}


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first."""
    return "(?:" + "|".join(re.escape(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p))) + ")"


@lru_cache(maxsize=4)
def furniture_labels(path: str | None = None) -> tuple[re.Pattern, re.Pattern]:
    """``(label line, related-block label line)``: regexes, in lower case, for a line that is a
    label of a button, widget or block (``kind`` "label"), and for one that heads a block of
    related headlines (``kind`` "related"), from ``lexicons/page_furniture.csv`` (``phrase,
    language, kind, trailing, note``). ``trailing`` says what may follow a phrase: nothing
    ("none"), a few words naming its section ("words"), the period of a most-read block
    ("period"), or a few words before a colon ("words_colon")."""
    source = Path(path) if path else PAGE_FURNITURE_PATH
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    phrases: dict[tuple[str, str], list[str]] = {}
    for number, row in enumerate(rows, start=2):
        kind, trailing = row.get("kind"), row.get("trailing")
        if kind not in FURNITURE_LABEL_KINDS or trailing not in FURNITURE_LABEL_KINDS[kind] \
                or not (row.get("phrase") or "").strip():
            raise ValueError(f"{source}, line {number}: expected a phrase, kind {'/'.join(FURNITURE_LABEL_KINDS)} "
                             f"and a trailing its kind allows, got {row}")
        phrases.setdefault((kind, trailing), []).append(row["phrase"].strip().lower())
    labels = LABEL_EDGE + "(?:" + "|".join(filter(None, [
        phrases.get(("label", "none")) and _alternation(phrases[("label", "none")]),
        phrases.get(("label", "words")) and _alternation(phrases[("label", "words")]) + WORDS_AFTER_LABEL,
        NUMBERED_LABELS])) + ")" + LABEL_TAIL + LABEL_EDGE
    alone = phrases.get(("related", "none"), []) + phrases.get(("related", "words_colon"), [])
    related = "|".join(filter(None, [
        alone and _alternation(alone) + r"\s*[:–—\-]?",
        phrases.get(("related", "period")) and _alternation(phrases[("related", "period")]) + LABEL_PERIOD
        + r"\s*[:–—\-]?",
        phrases.get(("related", "words_colon")) and _alternation(phrases[("related", "words_colon")])
        + r"\s+[^\n.!?:]{1,40}:"]))
    return re.compile(labels), re.compile(related)


# One headline of such a block: short, no closing full stop, maybe after the time it was posted.
HEADLINE_MAX_WORDS = 25
# A line that ends like a sentence and has more words than this is prose: a short line right
# before it is its subheading.
PROSE_MIN_WORDS = 12
HEADLINE_END = re.compile(r"[.;,:!…]\s*$")
BARE_CLOCK_TIME = re.compile(r"\s*\d{1,2}:\d{2}\s*")
# A breadcrumb trail: "Головна / Новини / Україна", "Економіка / Агро", "Главная › Война":
# two to six short parts between separators, no sentence.
BREADCRUMB_PART = r"(?:«[^«»\n]{1,30}»|[^\n/›»>→|.!?«])"
BREADCRUMB_LINE = re.compile(
    BREADCRUMB_PART + r"{1,40}(?:\s+[/›»>→|]\s+" + BREADCRUMB_PART + r"{1,40}){1,5}"
    r"|(?:головна|главная)(?:\s*[/›»>→|]\s*[^\n/›»>→|]{1,40}){1,5}")
BREADCRUMB_PART_MAX_WORDS = 4
BREADCRUMB_SEPARATOR = re.compile(r"\s+[/›»>→|]\s+|\s*[/›>→|]\s*|(?<=^головна)\s*»\s*|(?<=^главная)\s*»\s*")
# A tag list: "Теги: війна, Харків, обстріл" (no sentence inside).
TAG_LIST_LINE = re.compile(
    r"(?:теги|теґи|мітки|теми|темы|ключові слова|ключевые слова|tags|сюжет|рубрики|рубрика|розділ|раздел|"
    r"категорія|категорія|категория)\s*:\s*[^\n.!?]{1,200}")
# A source credit: "Джерело: Генштаб ЗСУ", "За матеріалами: Укрінформ", "Источник: pravda.com.ua".
SOURCE_CREDIT_LINE = re.compile(
    r"(?:джерело|джерела|источник|источники|за матеріалами|по материалам)\s*:\s*"
    r"(?:[^\n.!?]|\.(?=\S)){1,100}\.?")
# A dateline: dates and times, maybe after "Оновлено" / "Опубліковано" or a place or an
# author and a separator ("Херсон • 11:05 • 2 травня 2023", "Ірина Коваль — 8 квітня 2025,
# 07:46"). See :func:`_is_dateline` for when such a line is furniture.
DATELINE = re.compile(
    r"(?:(?P<prefix>оновлено|опубліковано|оприлюднено|додано|обновлено|опубликовано|добавлено|"
    r"останнє оновлення|последнее обновление|"
    r"дата публікації|дата публикации|updated|published)\s*:?\s*"
    r"|(?P<place>[^\n\d•·|–—]{1,30})\s*(?P<separator>[•·|–—])\s*)?"
    r"(?:" + DATE + "|" + CLOCK_TIME + r")(?:" + DATELINE_SEPARATOR + r"(?:" + DATE + "|" + CLOCK_TIME + r"))*"
    r"(?:\s*\((?:оновлено|обновлено|updated)\s*:?\s*" + CLOCK_TIME + r"\))?\.?")
CLOCK = re.compile(r"\d:\d\d")
YEAR_OR_NUMERIC_DATE = re.compile(r"\d{4}|\d[./]\d{1,2}[./]\d")
# What may stand before a dash in a dateline: a place or an author's name, capitalised words.
DATELINE_NAME_PREFIX = re.compile(r"(?:[A-ZА-ЯІЇЄҐЁ][\w'ʼ.-]*\s*){1,3}")
# A line of hashtags only: "#Харків #обстріл".
HASHTAG_LINE = re.compile(r"(?:#[\w'ʼ-]+[\s,]*)+")
# A weather widget: "Харків +4°C", "Погода: +19 °C, хмарно".
WEATHER_LINE = re.compile(r"[^\n.!?]{0,40}[+−-]?\d{1,2}\s*°\s*[cс]?[^\n.!?]{0,30}")
# A line without a letter: view and comment counters ("👁 3 412"), age ratings ("16+").
LETTERLESS_LINE = re.compile(r"[^a-zа-яіїєґёʼ'\n]{1,20}")
# "Помітили помилку? Виділіть її та натисніть Ctrl+Enter".
TYPO_REPORT_LINE = re.compile(r"[^\n]*(?:помилк|ошибк|опечатк)[^\n]*ctrl[^\n]*")
# "© 2024 Назва видання", "Усі права захищено. ...", the terms of reuse ("Використання
# матеріалів дозволяється лише за умови посилання на ..."), the register entry of a site.
COPYRIGHT_LINE = re.compile(
    r"[^\n]{0,60}(?:©|\(c\)|copyright)[^\n]{0,150}"
    r"|(?:усі права захищено|всі права захищено|усі права захищені|всі права захищені|все права защищены)[^\n]*"
    r"|[^\n]{0,80}(?:передрук|цитуванн|використанн\w* матеріал|перепечатк|цитировани|использовани\w* материал)"
    r"[^\n]{0,120}(?:посиланн|гіперпосиланн|ссылк|гиперссылк)[^\n]*"
    r"|(?:сетевое издание|мережеве видання|интернет-издание|інтернет-видання)[^\n]{0,80}"
    r"(?:регистрац|реєстрац|свидетельств|свідоцтв|учредитель|засновник)[^\n]*"
    r"|(?:главный редактор|головний редактор|учредитель|засновник)\s*:[^\n]{0,80}")
# Notices a page prints over the article: the Russian "foreign agent" label, a donor's
# disclaimer ("створено за підтримки ...; погляди ... можуть не збігатися з позицією ...").
NOTICE_LINE = re.compile(
    r"[^\n]{0,150}(?:материал|сообщени|распростран|создан|выполняющ|матеріал|повідомленн|поширю|створен)"
    r"[^\n]{0,150}(?:иностранн\w* агент|іноземн\w* агент)[^\n]*"
    r"|[^\n]{0,120}(?:за підтримки|за фінансової підтримки|при поддержке|при финансовой поддержке)[^\n]{0,150}"
    r"(?:не збіга|не обовʼязково|не обов'язково|не відобража|не совпада|не обязательно|не отража)[^\n]*"
    r"|(?:думка|позиція|точка зору|погляди|мнение|позиция|точка зрения)\s+автор\w*[^\n]{0,60}"
    r"(?:не збіга|не обовʼязково|не обов'язково|не відобража|не совпада|не обязательно|не отража)[^\n]*")
# A call to support the outlet: "Підтримайте незалежну журналістику", "Поддержите нас".
SUPPORT_CALL_LINE = re.compile(
    r"(?:[^\n.!?]{1,60}\?\s+)?(?:підтримайте|підтримай|підтримати|поддержите|поддержи|поддержать|стати другом|стать другом|"
    r"станьте другом|задонатьте|донатьте)\s+(?:нас|редакці\w*|видання|издани\w*|"
    r"(?:незалежн\w+\s+|независим\w+\s+)?(?:журналістик\w*|журналистик\w*|медіа|медиа)|проєкт\w*|проект\w*|"
    r"[«\"][^«»\"\n]{1,40}[»\"])"
    r"[^\n.!?]{0,80}[.!]?")
# A comment form's prompt to log in: "Щоб залишити коментар, увійдіть на сайт".
COMMENT_LOGIN_LINE = re.compile(
    r"[^\n]{0,60}(?:коментар|комментар)[^\n]{0,60}(?:увійд|авториз|зареєстр|войди|зарегистр)[^\n]{0,60}")
# A cookie notice.
COOKIE_NOTICE_LINE = re.compile(r"[^\n]{0,200}(?:cookie|кукі|куки)[^\n]{0,200}")
COOKIE_VERB = re.compile(r"використову|используем|погоджу|соглаша|приймаю|принять|прийняти|accept|we use")
# A row of share buttons or platform links: "Facebook Twitter Telegram", "Поділитися: Facebook |
# X", "Мы в соцсетях: ВКонтакте, Одноклассники", or one platform name alone.
SHARE_BUTTONS_LINE = re.compile(
    r"(?:(?:ми в соцмережах|ми в мережах|мы в соцсетях|мы в социальных сетях)\s*:?\s*)?"
    r"(?:(?:поділитися|поширити|поделиться|share|копіювати посилання|скопіювати посилання|в|у|на|"
    r"копировать ссылку|email|e-mail|viber|telegram|телеграм|facebook|twitter|whatsapp|linkedin|"
    r"messenger|pinterest|reddit|instagram|youtube|tiktok|threads|вконтакте|одноклассники|дзен|x)"
    r"\s*[,|·:/•]?\s*)+")


# What a dateline or a breadcrumb must hold: lines without it skip those patterns.
DIGIT = re.compile(r"\d")
BREADCRUMB_SEPARATOR_ANYWHERE = re.compile(r"[/›→|]|\s[»>]\s")


def _is_dateline(line: str, lower: str, *, among_furniture: bool = True) -> bool:
    """Whether ``line`` is a dateline (:data:`DATELINE`) that is furniture: one with a time or
    an "Оновлено"-style word anywhere; a date with a year alone only ``among_furniture`` (in the
    page's header, before the first line of prose, or right after a line removed as furniture):
    "24 лютого 2022" may head a chronology in the text, and "24 лютого" always may. Before a dash only a place or a name may stand ("Ірина Коваль — ...", not
    "Обстріл почався — о 05:30")."""
    if not DIGIT.search(lower):
        return False
    match = DATELINE.fullmatch(lower.strip())
    if not match:
        return False
    if match.group("separator") in ("–", "—") and not DATELINE_NAME_PREFIX.fullmatch(
            line.strip()[:match.end("place")].strip()):
        return False
    if match.group("prefix") is not None or CLOCK.search(lower):
        return True
    return among_furniture and bool(YEAR_OR_NUMERIC_DATE.search(lower))


def _is_breadcrumb(lower: str) -> bool:
    if not BREADCRUMB_SEPARATOR_ANYWHERE.search(lower) or not BREADCRUMB_LINE.fullmatch(lower):
        return False
    parts = BREADCRUMB_SEPARATOR.split(lower)
    return all(0 < nlp.count_words(part) <= BREADCRUMB_PART_MAX_WORDS for part in parts)


class _FurnitureLine:
    """Matches a whole line of page furniture (the patterns above), tested in lower case."""

    patterns = (TAG_LIST_LINE, SOURCE_CREDIT_LINE, SUPPORT_CALL_LINE, SHARE_BUTTONS_LINE, HASHTAG_LINE)
    # The patterns that may match anywhere in a line are tried only when the line holds one of
    # their words: every line of every document is tested, and most are prose.
    keyed = ((TYPO_REPORT_LINE, ("ctrl",)),
             (COPYRIGHT_LINE, ("©", "(c)", "copyright", "права", "посилан", "ссылк", "реєстрац",
                               "регистрац", "редактор", "засновник", "учредитель")),
             (NOTICE_LINE, ("агент", "підтримки", "поддержк", "автор")),
             (COMMENT_LOGIN_LINE, ("коментар", "комментар")))

    @classmethod
    def fullmatch(cls, line: str, lower: str | None = None, *, among_furniture: bool = True) -> bool:
        """Whether ``line`` (stripped; ``lower``: the same, lower-cased, if the caller has it)
        is furniture; ``among_furniture``: the line comes before the page's first line of prose
        or right after a line removed as furniture (see :func:`_is_dateline`)."""
        if len(line) > FURNITURE_MAX_CHARS:
            return False
        lower = line.lower() if lower is None else lower
        if len(lower) <= 20 and LETTERLESS_LINE.fullmatch(lower):
            return True
        if len(lower) <= 70 and "°" in lower and WEATHER_LINE.fullmatch(lower):
            return True
        if any(p.fullmatch(lower) for p in (*furniture_labels(), *cls.patterns)) \
                or _is_dateline(line, lower, among_furniture=among_furniture) or _is_breadcrumb(lower):
            return True
        if any(any(word in lower for word in words) and pattern.fullmatch(lower) for pattern, words in cls.keyed):
            return True
        return ("cookie" in lower or "кук" in lower) and bool(COOKIE_NOTICE_LINE.fullmatch(lower)) \
            and bool(COOKIE_VERB.search(lower))


FURNITURE_LINE = _FurnitureLine()
PHOTO_CREDIT_LINE = re.compile(
    r"(?:фото|ілюстрація|ілюстративне фото|скриншот|відео|джерело фото|фото ілюстративне|"
    r"иллюстрация|скриншот|видео)(?:\s+ілюстративне|\s+иллюстративное)?"
    r"(?:\s*[:–—\-/]\s*[^\n]{1,120}|\s+з\s+відкритих\s+джерел|\s+из\s+открытых\s+источников)?",
    re.IGNORECASE)
CREDIT_NAME = r"[A-ZА-ЯІЇЄҐЁ][\w'ʼ.\-]*(?:\s+[A-ZА-ЯІЇЄҐЁ][\w'ʼ.\-]*){0,3}"
CREDIT = (r"(?:(?:автор|авторка|автори|текст|редактор|редакторка|автор фото|автор тексту|фото|відео|"
          r"верстка|ілюстрації|оператор|операторка|монтаж|продюсер|продюсерка|режисер|режисерка|"
          r"фотограф|фотографка|кореспондент|кореспондентка|корреспондент|иллюстрации|видео|"
          r"ведучий|ведуча|ведучі|ведучий трансляції|ведуча трансляції|ведущий|ведущая)"
          r"\s*[:–—]\s*" + CREDIT_NAME + ")")
BYLINE_LINE = re.compile(
    r"(?:розмову вела|розмову вів|розмовляла|розмовляв|спілкувалася|спілкувався|записала|записав|"
    r"підготувала|підготував|беседовала|беседовал|подготовила|подготовил)\s+" + CREDIT_NAME + r"\.?"
    r"|" + CREDIT + r"(?:\s*[,;|/]\s*" + CREDIT + r")*\.?",
    re.IGNORECASE)
INJECTED_LINE_PATTERNS = {
    "read_also": READ_ALSO_LINE,
    "cue_headline": CUE_HEADLINE_LINE,
    "call_to_action": CALL_TO_ACTION_LINE,
    "photo_credit": PHOTO_CREDIT_LINE,
    "byline": BYLINE_LINE,
}

# ---------------------------------------------------------------------------------------------
# rules: each takes the current text and yields (start, end, replacement) proposals


def decode_html_entities(text: str) -> Iterable[Proposal]:
    """``&laquo;`` -> ``«``, ``&nbsp;`` -> NBSP (later a space), ``&#39;`` -> ``'``."""
    for match in HTML_ENTITY.finditer(text):
        decoded = html.unescape(match.group())
        if decoded != match.group():
            yield match.start(), match.end(), decoded


def remove_html_tags(text: str) -> Iterable[Proposal]:
    """Drop left-over tags: block tags become a line break, inline tags vanish."""
    for match in HTML_BLOCK_TAG.finditer(text):
        yield match.start(), match.end(), "\n"
    for match in HTML_INLINE_TAG.finditer(text):
        yield match.start(), match.end(), ""


def repair_mojibake(text: str) -> Iterable[Proposal]:
    """Repair UTF-8 text that was decoded as cp1251 or latin-1 ("РїСЂРёРІС–С‚" -> "привіт").

    Each run of characters with a mojibake signature is passed to ftfy's ``fix_encoding``
    and replaced only if ftfy changes it, so correct text on the same line is never touched.
    """
    import ftfy  # imported here: only texts with a mojibake signature need it

    for pattern, wrong_codec in ((MOJIBAKE_CP1251, "cp1251"), (MOJIBAKE_LATIN1, "cp1252")):
        for match in pattern.finditer(text):
            single_pair = False
            if pattern is MOJIBAKE_CP1251:
                pairs = MOJIBAKE_PAIR.findall(match.group())
                if len(pairs) < 2 and all(p[1] in REAL_LETTER_CONTINUATIONS for p in pairs):
                    continue
                single_pair = len(pairs) < 2
            fixed = ftfy.fix_encoding(match.group())
            if fixed == match.group():
                # ftfy's badness heuristic does not flag Cyrillic-on-Cyrillic mojibake; undo the
                # wrong decoding directly, and only if the bytes are valid UTF-8.
                try:
                    fixed = match.group().encode(wrong_codec).decode("utf-8")
                except UnicodeError:
                    continue
            if single_pair and not any(ch in UKRAINIAN_RUSSIAN_LETTERS or ch == "ʼ" for ch in fixed):
                continue  # one pair alone ("ТВ»") repairs only to a letter, never to punctuation
            if fixed != match.group() and all(_plausible_repaired_char(ch) for ch in fixed):
                yield match.start(), match.end(), fixed


UKRAINIAN_RUSSIAN_LETTERS = frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяёыэъ"
                                      "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯЁЫЭЪ")


def _plausible_repaired_char(ch: str) -> bool:
    """Repaired mojibake must read as our texts do: ASCII, Ukrainian/Russian letters, the
    apostrophe, typographic quotes, dashes and spaces. "ІПСО»" read backwards would give a Greek
    λ, "Т–" a Kazakh Җ: not repairs."""
    code = ord(ch)
    return (code < 0x80 or ch in UKRAINIAN_RUSSIAN_LETTERS or ch in "ʼ«»„“”’‘–—…№ "
            or 0x2010 <= code <= 0x2046)


def normalize_unicode(text: str) -> Iterable[Proposal]:
    """Unicode NFC for letters followed by combining marks (й written as и + U+0306)."""
    for match in COMBINING_SEQUENCE.finditer(text):
        composed = unicodedata.normalize("NFC", match.group())
        if composed != match.group():
            yield match.start(), match.end(), composed


def remove_invisible(text: str) -> Iterable[Proposal]:
    """Soft hyphens, zero-width spaces/joiners, BOMs and direction marks are removed."""
    for match in INVISIBLE_CHARS.finditer(text):
        yield match.start(), match.end(), ""


def normalize_spaces(text: str) -> Iterable[Proposal]:
    """NBSP, thin and other space characters and tabs become a plain space."""
    for match in SPACE_LIKE.finditer(text):
        yield match.start(), match.end(), " "


def collapse_spaces(text: str) -> Iterable[Proposal]:
    """Runs of spaces become one; spaces at the start and end of lines go."""
    for match in SPACE_AT_LINE_EDGE_OR_RUN.finditer(text):
        yield match.start(), match.end(), "" if match.group("edge") else " "


def normalize_newlines(text: str) -> Iterable[Proposal]:
    """CR LF and CR become LF; three or more line breaks become one blank line."""
    for match in CARRIAGE_RETURN.finditer(text):
        yield match.start(), match.end(), "\n"
    for match in EXCESS_BLANK_LINES.finditer(text):
        yield match.start(), match.end(), "\n\n"


def normalize_apostrophes(text: str, *, apostrophe: str = nlp.CANONICAL_APOSTROPHE
                          ) -> Iterable[Proposal]:
    """Apostrophe look-alikes between two Cyrillic letters become ``apostrophe`` (default ʼ).

    Only marks with a Cyrillic letter on both sides change, so quote marks stay quote marks.
    """
    for match in APOSTROPHE_IN_WORD.finditer(text):
        if match.group() != apostrophe:
            yield match.start(), match.end(), apostrophe


def repair_latin_lookalikes(text: str) -> Iterable[Proposal]:
    """Latin letters that look Cyrillic inside Cyrillic words are replaced ("Kиїв" -> "Київ").

    A token changes only if every Latin letter in it has a Cyrillic twin, so genuinely mixed
    tokens ("COVID-19", "iPhone", model names, URLs) stay; a lone Latin "i" or "a" between
    Cyrillic words (the conjunctions і, а) is repaired too.
    """
    if not ASCII_LETTER.search(text):
        return  # both repairs need a Latin letter; most texts have none to scan for
    for match in MIXED_SCRIPT_TOKEN.finditer(text):
        offset = match.start()
        for part in match.group().split("-"):
            # a wholly Latin part joined by a hyphen ("IT-компанія") is a real abbreviation
            latin = [ch for ch in part if "a" <= ch.lower() <= "z"]
            if latin and len(latin) < sum(ch.isalpha() for ch in part) and all(
                    ch in LATIN_TO_CYRILLIC_KEYS for ch in latin):
                yield offset, offset + len(part), part.translate(LATIN_TO_CYRILLIC)
            offset += len(part) + 1
    for match in LONE_LATIN_CONJUNCTION.finditer(text):
        yield match.start(), match.end(), match.group().translate(LATIN_TO_CYRILLIC)


LATIN_TO_CYRILLIC_KEYS = frozenset(chr(code) for code in LATIN_TO_CYRILLIC)


def repair_midword_capitals(text: str) -> Iterable[Proposal]:
    """A capital inside a lower-case word ("наблизиТися") is lowered when the lower-case form is
    a dictionary word. Words that start with a capital (ПриватБанк, МінЦифри) and all-capital
    abbreviations (ЗМІ, ЗСУ) are never touched.
    """
    for match in MIDWORD_CAPITAL_TOKEN.finditer(text):
        token = match.group()
        lowered = token.lower()
        if nlp.is_known(lowered):
            yield match.start(), match.end(), lowered


def remove_injected_lines(text: str) -> Iterable[Proposal]:
    """Drop lines injected into the body: "read also" links (a label of related headlines alone
    on its line takes the headline lines under it with it), "Цікаво <headline>" lines, calls to
    follow the outlet on social media, photo credits, bylines and page furniture
    (:data:`FURNITURE_LINE`: labels of buttons and blocks, breadcrumbs, tag lists, source
    credits, datelines, counters, typo-report requests, copyright and reuse terms, notices,
    cookie banners, rows of share buttons).

    A line goes only if a pattern of :data:`INJECTED_LINE_PATTERNS` matches it *whole*; the line
    break after it (or before it, at the end of the text) goes with it, so paragraphs close up.
    """
    injected, last_content_end = [], -1  # -1: no content line yet
    in_block = 0  # headlines taken under a label of related headlines (0: not in a block)
    related_label = furniture_labels()[1]
    seen_prose = False  # a line of prose came before: the page's header is over
    removed_before = False  # the line before was removed
    previous_end = 0
    lines = [line for line in LINE.finditer(text) if line.group().strip()]
    for number, line in enumerate(lines):
        content = line.group().strip()
        if "\n\n" in text[previous_end:line.start()]:
            in_block = 0
        previous_end = line.end()
        if in_block and (BARE_CLOCK_TIME.fullmatch(content) or (
                _headline_like(content) and (in_block == 1 or not _prose_follows(text, lines, number)))):
            injected.append(line)  # a headline of the block (or the time it was posted)
            in_block += 1
            removed_before = True
            continue
        lower = content.lower()
        in_block = 1 if related_label.fullmatch(lower) else 0
        if in_block or FURNITURE_LINE.fullmatch(content, lower, among_furniture=removed_before or not seen_prose) \
                or any(p.fullmatch(content) for p in INJECTED_LINE_PATTERNS.values()):
            injected.append(line)
            removed_before = True
        else:
            last_content_end = line.end()
            seen_prose = seen_prose or _is_prose(content)
            removed_before = False
    for line in injected:
        if line.start() > last_content_end:
            # Trailing injected lines go together with the line breaks before them.
            yield max(last_content_end, 0), len(text), ""
            break
        following = line.end()
        while following < len(text) and text[following] in "\n ":
            following += 1
        yield line.start(), following, ""


def _headline_like(line: str) -> bool:
    """A short line without a sentence's closing mark (a headline or a subheading)."""
    return nlp.count_words(line) <= HEADLINE_MAX_WORDS and not HEADLINE_END.search(line)


def _is_prose(line: str) -> bool:
    """A line that ends like a sentence and is longer than a heading."""
    return bool(HEADLINE_END.search(line)) and nlp.count_words(line) > PROSE_MIN_WORDS


def _prose_follows(text: str, lines: list, number: int) -> bool:
    """Whether the line after ``lines[number]``, in the same paragraph, is prose (ends like a
    sentence): a short line right before prose is a subheading of the article, not one more
    related headline (a blank line after it ends the block instead)."""
    if number + 1 >= len(lines) or "\n\n" in text[lines[number].end():lines[number + 1].start()]:
        return False
    return _is_prose(lines[number + 1].group().strip())


def trim_document(text: str) -> Iterable[Proposal]:
    """White space at the very start and end of the document goes."""
    # str.strip and the regex's \s agree on what white space is; stripping is far quicker than
    # a regex searching for "\s+\Z" at every space of the text
    lead = len(text) - len(text.lstrip())
    if lead:
        yield 0, lead, ""
    if lead < len(text):
        kept = len(text.rstrip())
        if kept < len(text):
            yield kept, len(text), ""


#: The rules in the order they run. Markup and encoding first (they create characters the later
#: rules normalise), line removal late (it needs normalised lines), trimming last.
DEFAULT_RULES: tuple[Rule, ...] = (
    decode_html_entities,
    remove_html_tags,
    repair_mojibake,
    normalize_unicode,
    remove_invisible,
    normalize_spaces,
    normalize_newlines,
    collapse_spaces,
    repair_latin_lookalikes,
    normalize_apostrophes,
    repair_midword_capitals,
    remove_injected_lines,
    normalize_newlines,
    trim_document,
)

# ---------------------------------------------------------------------------------------------
# edit composition: the state is a sorted list of non-overlapping edits in INPUT offsets; a rule's
# proposals (in current-text offsets) are mapped back through it. A proposal that touches text an
# earlier rule produced swallows that earlier edit, so input offsets stay exact.


def _non_overlapping(proposals: Iterable[Proposal], text: str) -> list[Proposal]:
    """Sort proposals, drop no-ops and any proposal overlapping an earlier one (first wins)."""
    result: list[Proposal] = []
    last_end = -1
    for start, end, replacement in sorted(proposals, key=lambda p: (p[0], p[1])):
        if text[start:end] == replacement or start < last_end:
            continue
        if start == end and result and result[-1][0] == result[-1][1] == start:
            continue
        result.append((start, end, replacement))
        last_end = end
    return result


def _compose(edits: list[Edit], proposals: list[Proposal], current: str, rule: str) -> list[Edit]:
    starts, ends, shift = [], [], [0]
    for edit in edits:
        starts.append(edit.start + shift[-1])
        ends.append(starts[-1] + len(edit.after))
        shift.append(shift[-1] + len(edit.after) - (edit.end - edit.start))

    def orig_start(x: int) -> int:
        return x - shift[bisect_right(ends, x)]

    def orig_end(x: int) -> int:
        count = bisect_left(ends, x)
        if count < len(edits) and ends[count] == x and starts[count] < x:
            count += 1
        return x - shift[count]

    groups: list[list] = []  # [cur_start, cur_end, absorbed edit indices, proposals]
    for start, end, replacement in proposals:
        absorbed = []
        for i in range(bisect_left(ends, start), len(edits)):
            if starts[i] > end:
                break
            c_s, c_e = starts[i], ends[i]
            if ((c_s < end and c_e > start) or (start == end and c_s < start < c_e)
                    or (c_s == c_e and start < c_s < end)):
                absorbed.append(i)
        w_start = min([start] + [starts[i] for i in absorbed])
        w_end = max([end] + [ends[i] for i in absorbed])
        if groups and (w_start < groups[-1][1] or set(absorbed) & set(groups[-1][2])):
            group = groups[-1]
            group[1] = max(group[1], w_end)
            group[2] = sorted(set(group[2]) | set(absorbed))
            group[3].append((start, end, replacement))
        else:
            groups.append([w_start, w_end, absorbed, [(start, end, replacement)]])

    removed: set[int] = set()
    created: list[Edit] = []
    for w_start, w_end, absorbed, parts in groups:
        first = absorbed[0] if absorbed else None
        last = absorbed[-1] if absorbed else None
        o_start = edits[first].start if first is not None and starts[first] == w_start else orig_start(w_start)
        o_end = edits[last].end if last is not None and ends[last] == w_end else orig_end(w_end)
        after = _apply_proposals(current, w_start, w_end, parts)
        names = list(dict.fromkeys(n for i in absorbed for n in edits[i].rule.split("+")))
        if rule not in names:
            names.append(rule)
        removed.update(absorbed)
        created.append(Edit("+".join(names), o_start, o_end, "", after))
    kept = [edit for i, edit in enumerate(edits) if i not in removed]
    return sorted(kept + created, key=lambda e: (e.start, e.end))


def _apply_proposals(text: str, start: int, end: int, proposals: list[Proposal]) -> str:
    parts, cursor = [], start
    for p_start, p_end, replacement in proposals:
        parts.append(text[cursor:p_start])
        parts.append(replacement)
        cursor = p_end
    parts.append(text[cursor:end])
    return "".join(parts)


def rule_name(rule: Rule) -> str:
    """The name under which a rule's edits are logged."""
    return getattr(rule, "__name__", str(rule))


def clean_text(text: str, *, rules: Sequence[Rule] = DEFAULT_RULES) -> Cleaned:
    """Clean one text; return the clean text, the edits (input offsets) and flags.

    >>> cleaned = clean_text("Війська\\u00a0наблизиТися до мiста")
    >>> cleaned.text
    'Війська наблизитися до міста'
    >>> [e.rule for e in cleaned.edits]
    ['normalize_spaces', 'repair_midword_capitals', 'repair_latin_lookalikes']
    """
    if not isinstance(text, str):
        raise TypeError(f"clean_text expects str, got {type(text).__name__}")
    edits: list[Edit] = []
    current = text
    for rule in rules:
        proposals = _non_overlapping(rule(current), current)
        if proposals:
            edits = _compose(edits, proposals, current, rule_name(rule))
            current = apply_edits(text, edits)
    edits = [edit._replace(before=text[edit.start:edit.end]) for edit in edits
             if text[edit.start:edit.end] != edit.after]
    flags = []
    if text and (len(text) - len(current)) / len(text) > HEAVY_LOSS_SHARE:
        flags.append(f"heavy_loss: {len(text) - len(current)} of {len(text)} characters removed")
    if not nlp.count_words(current) and nlp.count_words(text):
        flags.append(f"{NOTHING_LEFT_FLAG}: every line with words was removed (injected lines or page furniture)")
    return Cleaned(current, edits, flags)


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply logged edits to the input text; with :func:`clean_text`'s edits this gives its text."""
    parts = []
    cursor = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        parts.append(text[cursor:edit.start])
        parts.append(edit.after)
        cursor = edit.end
    parts.append(text[cursor:])
    return "".join(parts)


# ---------------------------------------------------------------------------------------------
# corpus level

CLEANING_LOG_COLUMNS = ["doc_id", "rule", "start", "end", "before", "after"]
DUPLICATE_COLUMNS = ["doc_id", "duplicate_of", "similarity"]


@dataclass
class CleanedCorpus:
    """Result of :func:`clean_corpus`.

    ``documents``: the documents kept (clean ``text``; ``raw_chars``, ``clean_chars``,
    ``declared_language``, detected ``language``, ``dictionary_coverage``, ``flags``);
    ``log``: the cleaning_log table; ``duplicates``: documents dropped as exact or near copies
    of a kept one; ``language_disagreements``: documents whose declared language differs from
    the detected one.
    """

    documents: pd.DataFrame
    log: pd.DataFrame
    duplicates: pd.DataFrame
    language_disagreements: pd.DataFrame


#: Multiplier of the rolling hash that combines word hashes into shingle hashes (odd, 64-bit).
SHINGLE_HASH_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
#: Mersenne prime of the universal hash family used for the MinHash permutations.
MERSENNE_PRIME = np.uint64((1 << 61) - 1)


@lru_cache(maxsize=500_000)
def _word_hash(word: str) -> int:
    """A stable 64-bit hash of a lower-cased word (Python's ``hash`` differs between processes)."""
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def shingle_hashes(text: str, *, size: int = SHINGLE_SIZE) -> np.ndarray:
    """Sorted unique 64-bit hashes of the lower-cased word ``size``-grams of ``text``.

    Shingles as numbers: each word is hashed once and the hashes
    of ``size`` consecutive words are combined with a polynomial rolling hash, so the shingles
    of a document cost a few vector operations, and a document's fingerprint takes 8 bytes per
    word rather than the shingle strings.
    """
    words = np.fromiter(map(_word_hash, map(str.lower, nlp.word_spans(text).words)), dtype=np.uint64)
    if len(words) == 0:
        return words
    width = min(size, len(words))
    combined = np.zeros(len(words) - width + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):  # arithmetic modulo 2**64 is the point
        for offset in range(width):
            combined = combined * SHINGLE_HASH_MULTIPLIER + words[offset:offset + len(combined)]
    return np.unique(combined)


@lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.RandomState(seed)
    a = rng.randint(1, int(MERSENNE_PRIME), size=num_perm, dtype=np.uint64)
    b = rng.randint(0, int(MERSENNE_PRIME), size=num_perm, dtype=np.uint64)
    return a, b


def minhash_signature(hashes: np.ndarray, *, num_perm: int = MINHASH_PERMUTATIONS) -> np.ndarray:
    """MinHash signature (``num_perm`` 32-bit values) of a set of shingle hashes."""
    a, b = _permutations(num_perm)
    low = (hashes & np.uint64(0xFFFFFFFF))[:, None]
    with np.errstate(over="ignore"):
        values = ((low * a + b) % MERSENNE_PRIME) & np.uint64(0xFFFFFFFF)
    return values.min(axis=0)


#: Multiplier that folds a band's values into one 64-bit key (odd; equal bands, equal keys).
BAND_HASH_MULTIPLIER = np.uint64(0xC2B2AE3D27D4EB4F)


@lru_cache(maxsize=16)
def lsh_banding(threshold: float, num_perm: int = MINHASH_PERMUTATIONS) -> tuple[int, int]:
    """``(bands, rows)`` for LSH candidates at Jaccard ``threshold``: the split of the signature
    that minimises the sum of the false-positive and false-negative probability mass (each
    integrated over similarity, weighted equally), as MinHash LSH usually chooses it. For the
    candidate threshold 0.5 and 128 values this is 25 bands of 5: a pair with similarity 0.8
    shares a band with probability 1 - (1 - 0.8**5)**25 > 0.9999."""
    grid = np.linspace(0.0, 1.0, 2001)
    below, above = grid <= threshold, grid >= threshold
    best = None
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            shares_a_band = 1.0 - (1.0 - grid ** rows) ** bands
            false_positive = np.trapezoid(shares_a_band[below], grid[below])
            false_negative = np.trapezoid(1.0 - shares_a_band[above], grid[above])
            error = false_positive + false_negative
            if best is None or error < best[0] - 1e-12:
                best = (error, bands, rows)
    return best[1], best[2]


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One 64-bit key per LSH band for each MinHash signature (an ``(n, num_perm)`` array gives
    ``(n, bands)``). Two documents are candidates when any band key is equal; an accidental
    equality only adds a candidate, which the exact Jaccard check then rejects."""
    values = np.atleast_2d(signatures)[:, :bands * rows].astype(np.uint64).reshape(-1, bands, rows)
    keys = np.zeros(values.shape[:2], dtype=np.uint64)
    with np.errstate(over="ignore"):  # arithmetic modulo 2**64
        for column in range(rows):
            keys = keys * BAND_HASH_MULTIPLIER + values[:, :, column]
    return keys


@dataclass(frozen=True)
class Fingerprint:
    """What duplicate detection needs of one document: its id, date, text digest, MinHash
    signature and shingle hashes. ``shingles`` may be None when they were written to disk (the
    pipeline keeps them there between its passes); ``shingles_at`` then says where."""

    doc_id: str
    published: object
    digest: str
    shingles: np.ndarray | None
    signature: np.ndarray
    words: int
    shingles_at: tuple | None = None


def fingerprint(doc_id: str, text: str, published: object = None) -> Fingerprint:
    """The :class:`Fingerprint` of one (clean) document: computed where the text is (a worker),
    so duplicate detection needs no text."""
    shingles = shingle_hashes(text)
    signature = minhash_signature(shingles).astype(np.uint32) if len(shingles) else shingles
    return Fingerprint(doc_id, published, hashlib.sha256(text.encode("utf-8")).hexdigest(),
                       shingles, signature, len(nlp.word_spans(text).words))


def find_duplicates(documents: pd.DataFrame, *, threshold: float = NEAR_DUPLICATE_THRESHOLD
                    ) -> pd.DataFrame:
    """Exact and near duplicates among ``documents`` (``doc_id``, ``text``; kept in order).

    Exact copies are found by hashing the text. Near copies are found with MinHash LSH over
    word 5-shingles (:func:`lsh_banding`: 25 bands of 5 signature values at the default
    threshold), which only compares documents that share a band, so the cost grows about linearly with the corpus; every candidate pair is then
    confirmed with the exact Jaccard similarity of the shingle sets. The earlier document (in
    table order: sort by date first to keep the original) is kept; later ones are reported with
    the document they copy.
    """
    return duplicates_from_fingerprints(
        [fingerprint(d, t) for d, t in zip(documents["doc_id"], documents["text"])], threshold=threshold)


def duplicates_from_fingerprints(fingerprints: Sequence[Fingerprint], *,
                                 threshold: float = NEAR_DUPLICATE_THRESHOLD,
                                 load_shingles: Callable[[Fingerprint], np.ndarray] | None = None
                                 ) -> pd.DataFrame:
    """:func:`find_duplicates` over precomputed fingerprints, in the order given (the first of
    a group of copies is kept). ``load_shingles`` reads the shingles of a fingerprint whose
    ``shingles`` were written to disk; they are read only for candidate pairs.

    Memory: the signatures (512 bytes per document, held by the caller), their band keys and,
    per band, the documents of keys that more than one document has; no index entry for a key
    only one document has.
    """
    fingerprints = list(fingerprints)
    # LSH proposes candidates at a lower threshold, so that true pairs near the cut-off are not
    # missed; every candidate is confirmed with the exact Jaccard similarity below.
    n_bands, n_rows = lsh_banding(max(threshold - LSH_CANDIDATE_MARGIN, 0.1))
    signed = [i for i, item in enumerate(fingerprints) if len(item.signature)]
    row_of = {index: row for row, index in enumerate(signed)}  # fingerprint -> row of keys
    shared: list[set[int]] = [set() for _ in range(n_bands)]  # band -> keys of 2+ documents
    keys = np.zeros((0, n_bands), dtype=np.uint64)
    if signed:
        keys = band_keys(np.stack([fingerprints[i].signature for i in signed]), n_bands, n_rows)
        for band in range(n_bands):
            values, counts = np.unique(keys[:, band], return_counts=True)
            shared[band] = set(values[counts > 1].tolist())
    rows = []
    first_by_hash: dict[str, str] = {}
    members: list[dict[int, list[Fingerprint]]] = [{} for _ in range(n_bands)]
    for index, item in enumerate(fingerprints):
        if item.digest in first_by_hash:
            rows.append((item.doc_id, first_by_hash[item.digest], 1.0))
            continue
        first_by_hash[item.digest] = item.doc_id
        if index not in row_of:
            continue
        item_keys = keys[row_of[index]].tolist()
        candidates: dict[str, Fingerprint] = {}
        for band, key in enumerate(item_keys):
            if key in shared[band]:
                for other in members[band].get(key, ()):
                    candidates[other.doc_id] = other
        best = None
        if candidates:
            mine = _shingles_of(item, load_shingles)
            for doc_id in sorted(candidates):
                other = _shingles_of(candidates[doc_id], load_shingles)
                common = len(np.intersect1d(mine, other, assume_unique=True))
                similarity = common / (len(mine) + len(other) - common)
                if similarity >= threshold and (best is None or similarity > best[1]):
                    best = (doc_id, similarity)
        if best:
            rows.append((item.doc_id, best[0], round(best[1], 3)))
            continue
        for band, key in enumerate(item_keys):  # index the kept document under its shared keys
            if key in shared[band]:
                members[band].setdefault(key, []).append(item)
    return pd.DataFrame(rows, columns=DUPLICATE_COLUMNS).astype({"similarity": "float64"})


def _shingles_of(item: Fingerprint, load_shingles) -> np.ndarray:
    if item.shingles is not None:
        return item.shingles
    if load_shingles is None:
        raise ValueError(f"{item.doc_id}: the fingerprint's shingles are on disk; pass load_shingles")
    return load_shingles(item)


def clean_record(record: dict, *, rules: Sequence[Rule] = DEFAULT_RULES) -> tuple[dict, list[dict]]:
    """Clean one document record (``doc_id``, ``text``, optional ``language``): the cleaned row
    (clean text, sizes, declared and detected language, dictionary coverage, flags) and its
    cleaning-log rows (flags are logged as no-op rows named ``flag:<kind>``)."""
    from .language import detect_language, dictionary_coverage

    cleaned = clean_text(record["text"], rules=rules)
    log = [{"doc_id": record["doc_id"], **edit._asdict()} for edit in cleaned.edits]
    log += [{"doc_id": record["doc_id"], "rule": "flag:" + flag.split(":")[0], "start": 0, "end": 0,
             "before": "", "after": flag} for flag in cleaned.flags]
    row = {**record, "text": cleaned.text, "raw_chars": len(record["text"]), "clean_chars": len(cleaned.text),
           "declared_language": record.get("language"), "language": detect_language(cleaned.text),
           "dictionary_coverage": round(dictionary_coverage(cleaned.text), 4),
           "flags": "; ".join(cleaned.flags)}
    return row, log


def clean_corpus(documents: pd.DataFrame, *, rules: Sequence[Rule] = DEFAULT_RULES,
                 threshold: float = NEAR_DUPLICATE_THRESHOLD, progress: bool = False
                 ) -> CleanedCorpus:
    """Clean every document, log every edit, detect languages and drop duplicates.

    ``documents`` is the documents table of :func:`analysis.corpus.load_corpus`. Documents are
    ordered by ``published`` (missing dates last), then ``doc_id``, before duplicate detection, so
    the earliest copy is the one kept.
    """
    from tqdm import tqdm

    log_rows: list[dict] = []
    clean_rows: list[dict] = []
    for record in tqdm(documents.to_dict("records"), desc="cleaning", unit="doc", disable=not progress):
        row, edits = clean_record(record, rules=rules)
        clean_rows.append(row)
        log_rows.extend(edits)
    clean = pd.DataFrame(clean_rows)
    if clean.empty:
        clean = documents.assign(raw_chars=0, clean_chars=0, declared_language=None,
                                 dictionary_coverage=0.0, flags="")
    clean = clean.sort_values(["published", "doc_id"], na_position="last", kind="stable")
    duplicates = find_duplicates(clean, threshold=threshold)
    kept = clean[~clean["doc_id"].isin(duplicates["doc_id"])].reset_index(drop=True)
    declared = kept["declared_language"].astype("string")
    disagree = kept[declared.notna() & (declared != kept["language"])][
        ["doc_id", "declared_language", "language"]].reset_index(drop=True)
    log = pd.DataFrame(log_rows, columns=CLEANING_LOG_COLUMNS)
    return CleanedCorpus(kept, log, duplicates.reset_index(drop=True), disagree)
