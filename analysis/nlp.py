"""Sentences, words, lemmas and tags for Ukrainian (and Russian), cached.

Word tokens come from one compiled regex (letters with inner apostrophes and hyphens, or
numbers), so offsets are exact and one-letter words such as "в", "з", "і" are kept.
Lemmas and tags come from pymorphy3 with the DAWG2 backend; every distinct lower-cased word
form is analysed once per process (an LRU cache), because news text repeats its word forms.

pymorphy3's Ukrainian dictionary has no frequency ranking, so its first parse is often wrong
on the commonest words (його -> йога, мені -> мен, зараз -> зараза). :func:`lemma` therefore
chooses deliberately: a closed-class reading (pronoun, conjunction, preposition, particle,
predicative, adverb) wins when the form has one, and ``lexicons/function_words.csv`` fixes the
forms the dictionary gets wrong altogether (можна, треба). Where recall matters (keyword
matching) use :func:`lemma_set`, all normal forms of a word.
"""

from __future__ import annotations

import csv
import functools
import re
from collections import OrderedDict
from bisect import bisect_left
from itertools import accumulate
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from .config import LEXICON_DIR

#: The canonical apostrophe in clean text: U+02BC MODIFIER LETTER APOSTROPHE, the one the
#: Ukrainian orthography standard names; it is a letter for Unicode (``str.isalpha``), so words
#: such as "памʼять" stay one token for every regex and tokenizer.
CANONICAL_APOSTROPHE = "\u02bc"
#: Apostrophe look-alikes seen inside Ukrainian words in the wild.
APOSTROPHE_VARIANTS = "'\u2019\u02bc\u02b9\u0060\u00b4\u2018\u02c8\uff07"
_TO_MORPH_APOSTROPHE = str.maketrans({ch: "'" for ch in APOSTROPHE_VARIANTS})

WORD_TOKEN = re.compile(
    r"[^\W\d_]+(?:['\u2019\u02bc\u02b9`\u00b4][^\W\d_]+)*(?:-[^\W\d_]+(?:['\u2019\u02bc][^\W\d_]+)*)*"
    r"|\d+(?:[.,]\d+)*"
)
CYRILLIC_WORD = re.compile(r"[а-яіїєґёА-ЯІЇЄҐЁ]")

# Sentence ends: terminal punctuation, optional closing quotes/brackets, then a space and a
# capital, digit, opening quote or dash; or a paragraph break. Abbreviations are protected below.
SENTENCE_BOUNDARY = re.compile(
    r"(?<=[.!?…])(?P<close>[»\"”“)\]]*)(?=\s+[«\"„“(\[–—\-]?\s*[A-ZА-ЯІЇЄҐЁ0-9])\s+"
    r"|\n\s*\n\s*|\n(?=\s*[–—\-]\s)"
)
ABBREVIATION_BEFORE_DOT = re.compile(
    r"(?:\b(?:р|рр|ст|м|вул|просп|пл|т\.д|т\.п|ім|див|тис|млн|млрд|грн|ін|др|проф|акад|обл|"
    r"н\.е|с|смт|п|пп|мін|с\.ш|англ|рос|укр|напр|зокр|г|г-н|ул|д)"
    r"|\b[A-ZА-ЯІЇЄҐ])\.$"
)

FUNCTION_WORDS_PATH = LEXICON_DIR / "function_words.csv"
#: pymorphy3 POS tags of closed-class readings preferred over open-class homonyms.
CLOSED_CLASS_POS = frozenset({"NPRO", "PREP", "CONJ", "PRCL", "PRED", "ADVB", "INTJ", "NUMR"})


class Token(NamedTuple):
    """A word token with its offsets in the text."""

    start: int
    end: int
    text: str


def iter_tokens(text: str) -> Iterator[Token]:
    """Yield word and number tokens of ``text`` with exact offsets."""
    for match in WORD_TOKEN.finditer(text):
        yield Token(match.start(), match.end(), match.group())


def tokenize_words(text: str) -> list[str]:
    """Word and number tokens of ``text`` (apostrophes and hyphens kept inside words)."""
    return WORD_TOKEN.findall(text)


def count_words(text: str) -> int:
    """Number of word/number tokens in ``text``."""
    return len(WORD_TOKEN.findall(text))


class _RecentTexts:
    """A memo of a function of whole texts, for the last texts seen: at most ``max_texts`` of
    them and ``max_chars`` characters together (several chunks of news, so every stage of a chunk
    finds its texts), so a few huge documents cannot pin their token
    lists in memory (an ``lru_cache`` bounds only the number of entries)."""

    def __init__(self, function, *, max_texts: int = 256, max_chars: int = 2_000_000):
        self.function, self.max_texts, self.max_chars = function, max_texts, max_chars
        self.entries: OrderedDict[str, object] = OrderedDict()
        self.chars = 0
        self.last_text: str | None = None
        self.last_value: object = None
        functools.update_wrapper(self, function)

    def __call__(self, text: str):
        # One string object asks again and again while a document is processed. Checking identity
        # first skips the dictionary, whose lookup of an equal but distinct object (the text read
        # again from a DataFrame) hashes and compares it: time in its length on every call.
        if text is self.last_text:
            return self.last_value
        value = self.entries.get(text)
        if value is not None:
            self.entries.move_to_end(text)
        else:
            value = self.function(text)
            self.entries[text] = value
            self.chars += len(text)
            while len(self.entries) > self.max_texts or (self.chars > self.max_chars
                                                         and len(self.entries) > 1):
                oldest, _ = self.entries.popitem(last=False)
                self.chars -= len(oldest)
        self.last_text, self.last_value = text, value
        return value

    def cache_clear(self) -> None:
        self.entries.clear()
        self.chars = 0
        self.last_text = self.last_value = None


class WordSpans(NamedTuple):
    """The word tokens of one text as parallel lists: spellings, start and end offsets."""

    words: list[str]
    starts: list[int]
    ends: list[int]


#: A capturing version of :data:`WORD_TOKEN`: ``split`` then yields gap, word, gap, word, ...,
#: gap in one call, from which the offsets follow by adding lengths.
_WORD_TOKEN_SPLIT = re.compile(f"({WORD_TOKEN.pattern})")


@_RecentTexts
def word_spans(text: str) -> WordSpans:
    """The word tokens of ``text`` with their offsets, computed once per text.

    Every stage of the pipeline (language, fingerprints, segmentation, framing, sentiment)
    reads the same clean text; this cache of the last texts lets them share one tokenisation.
    The tokens are exactly those of :func:`iter_tokens`.
    """
    pieces = _WORD_TOKEN_SPLIT.split(text)  # gap, word, gap, word, ..., gap
    offsets = list(accumulate(map(len, pieces)))  # where each piece ends
    return WordSpans(pieces[1::2], offsets[0:-1:2], offsets[1::2])


def token_range(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Indices ``(i, j)`` of the tokens of ``text`` that lie within ``text[start:end]``, from
    :func:`word_spans`; None when a token straddles ``start`` or ``end`` (the slice would then
    tokenise differently, so the caller tokenises the slice itself)."""
    spans = word_spans(text)
    i = bisect_left(spans.ends, start + 1)  # first token ending after start
    if i < len(spans.starts) and spans.starts[i] < start:
        return None
    j = bisect_left(spans.starts, end)  # first token starting at or after end
    if j > 0 and spans.ends[j - 1] > end:
        return None
    return i, max(i, j)


def count_words_in(text: str, start: int, end: int) -> int:
    """``count_words(text[start:end])``, from the text's shared tokens where possible."""
    found = token_range(text, start, end)
    if found is None:
        return count_words(text[start:end])
    return found[1] - found[0]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, trimmed of surrounding white space.

    Splits after ``. ! ? …`` (and closing quotes) before a capital, digit, opening quote or dash,
    at blank lines and before a dash-led line, but not after common abbreviations and initials
    ("м. Київ", "О. Петренко", "2 тис. осіб").
    """
    return list(_sentence_spans(text))


@_RecentTexts
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`split_sentences`, cached for the last texts (language detection and sentiment
    both cut every document into sentences)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_BOUNDARY.finditer(text):
        end = match.end("close") if match.group("close") is not None else match.start()
        head = text[start:end]
        if head.endswith(".") and ABBREVIATION_BEFORE_DOT.search(head[-12:]):
            continue
        _append_trimmed(spans, text, start, end)
        start = match.end()
    _append_trimmed(spans, text, start, len(text))
    return tuple(spans)


def _append_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


# ---------------------------------------------------------------------------------------------
# morphology


@lru_cache(maxsize=2)
def morph_analyzer(lang: str = "uk"):
    """The shared pymorphy3 analyzer for ``lang`` ("uk" or "ru"); built once per process."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


class Parse(NamedTuple):
    """One reading of a word form: its lemma, POS and the full pymorphy3 tag string."""

    lemma: str
    pos: str
    tag: str


@lru_cache(maxsize=300_000)
def morph_form(word: str) -> str:
    """The lookup form for pymorphy3: lower case, apostrophes as ASCII ``'`` (cached: every
    stage asks for it, token by token)."""
    return word.lower().translate(_TO_MORPH_APOSTROPHE)


@lru_cache(maxsize=1)
def function_word_lemmas() -> dict[tuple[str, str], Parse]:
    """Hand-checked readings for forms the dictionary gets wrong (``lexicons/function_words.csv``)."""
    table: dict[tuple[str, str], Parse] = {}
    with FUNCTION_WORDS_PATH.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            table[(row["language"], morph_form(row["form"]))] = Parse(
                morph_form(row["lemma"]), row["pos"], row["pos"])
    return table


def safe_parse(analyzer, form: str) -> list:
    """``analyzer.parse(form)``, or [] where pymorphy3 fails (letters without a Unicode name)."""
    try:
        return analyzer.parse(form)
    except ValueError:
        return []


@lru_cache(maxsize=300_000)
def parses(word: str, lang: str = "uk") -> tuple[Parse, ...]:
    """All pymorphy3 readings of ``word`` (cached per lower-cased form)."""
    form = morph_form(word)
    if form != word:
        return parses(form, lang)
    return tuple(Parse(p.normal_form, p.tag.POS or "", str(p.tag))
                 for p in safe_parse(morph_analyzer(lang), form))


@lru_cache(maxsize=100_000)
def grammemes(word: str, lang: str = "uk") -> tuple[frozenset[str], ...]:
    """The grammemes of each reading of ``word`` (:func:`parses`), part of speech included."""
    return tuple(frozenset(p.tag.replace(" ", ",").split(",")) for p in parses(word, lang))


@lru_cache(maxsize=300_000)
def best_parse(word: str, lang: str = "uk") -> Parse:
    """The reading chosen for ``word``: function-word table, then closed class, then first."""
    form = morph_form(word)
    fixed = function_word_lemmas().get((lang, form))
    if fixed:
        return fixed
    readings = parses(form, lang)
    if not readings:
        return Parse(form, "", "")
    for reading in readings:
        if reading.pos in CLOSED_CLASS_POS:
            return reading
    return readings[0]


def lemma(word: str, lang: str = "uk") -> str:
    """The chosen lemma of ``word`` (lower case, ASCII apostrophe)."""
    return best_parse(word, lang).lemma


@lru_cache(maxsize=300_000)
def lemma_set(word: str, lang: str = "uk") -> frozenset[str]:
    """Every normal form pymorphy3 gives for ``word`` (plus the chosen one): for recall."""
    return frozenset({p.lemma for p in parses(word, lang)} | {lemma(word, lang)})


#: Ukrainian gerund endings and the finite ending whose verb they belong to (see gerund_verb).
GERUND_ENDINGS = (("ючи", "ють"), ("учи", "уть"), ("ячи", "ять"), ("ачи", "ать"), ("вши", "в"),
                  ("ши", ""))


@lru_cache(maxsize=100_000)
def gerund_verb(form: str, lang: str = "uk") -> str:
    """The verb of a Ukrainian gerund, which pymorphy3 lemmatises to itself: the gerund ending is
    swapped for the matching finite form ("затоплюючи" -> "затоплюють" -> "затоплювати",
    "закликавши" -> "закликав" -> "закликати"); "" for other words."""
    for ending, finite in GERUND_ENDINGS:
        if form.endswith(ending) and len(form) > len(ending) + 2:
            candidate = form[: -len(ending)] + finite
            for reading in parses(candidate, lang):
                if reading.pos == "VERB":
                    return reading.lemma
    return ""


def is_known(word: str, lang: str = "uk") -> bool:
    """Whether pymorphy3's dictionary knows ``word`` (not merely guesses it)."""
    try:
        return morph_analyzer(lang).word_is_known(morph_form(word))
    except ValueError:
        return False


def lemmatize(text: str, lang: str = "uk") -> list[str]:
    """Chosen lemmas of the word tokens of ``text``."""
    return [lemma(token.text, lang) for token in iter_tokens(text)]


def cache_info() -> dict[str, object]:
    """Hit/miss statistics of the morphology caches (for benchmarks and notebooks)."""
    return {"parses": parses.cache_info(), "best_parse": best_parse.cache_info(),
            "lemma_set": lemma_set.cache_info()}


FIRST_NAMES_PATH = LEXICON_DIR / "first_names.csv"


@lru_cache(maxsize=1)
def extra_first_names() -> dict[tuple[str, str], str]:
    """``(language, form) -> gender`` of first names in the nominative that the dictionary does
    not tag as names (``lexicons/first_names.csv``: "Богдан", "Володимир" read only as common
    nouns, while their oblique forms carry the first-name tag)."""
    with FIRST_NAMES_PATH.open(encoding="utf-8") as handle:
        return {(row["language"], morph_form(row["form"])): row["gender"] for row in csv.DictReader(handle)}


@lru_cache(maxsize=100_000)  # the same names recur across articles; inflecting them is costly
def to_nominative(phrase: str, lang: str = "uk", *, case: str | None = None, tie_case: str | None = None) -> str:
    """Put a name or short noun phrase into the nominative: "Олени Коваленко" -> "Олена Коваленко".

    Each capitalised word is inflected with its best person-name reading (surname, first name,
    patronymic) or noun reading; gender is taken from the first word that shows one, so a
    surname that is ambiguous alone ("Лукашенка") follows the first name or stays masculine.
    Words pymorphy3 cannot inflect keep their surface form. ``case`` is a hint of the case the
    phrase stands in ("nomn" after a verb as its subject, "gent" after "за словами"); readings in
    that case are preferred. ``tie_case`` is a weaker hint, from a title before the name
    ("кандидатку Дарію Соломіну"): it decides only between two people a first name and surname
    agree as (the woman Дарія in the accusative, the man Дарій in the dative).
    """
    words = phrase.split()
    analyzer = morph_analyzer(lang)
    # (a first name the dictionary does not tag is written in the nominative: "Думітру Бурлаку")
    if case is None and len(words) == 2 and (lang, morph_form(words[0])) not in extra_first_names():
        agreed = _agreeing_full_name(words, analyzer, tie_case=tie_case)
        if agreed:
            return agreed
    if case is None and len(words) == 3 and any(
            "Patr" in p.tag.grammemes for p in safe_parse(analyzer, morph_form(words[1]))):
        # a first name, a patronymic and a surname ("Дмитрия Аркадьевича Петрова"): the first name
        # agrees with both, each pair read as a two-word name
        named = _agreeing_full_name(words[:2], analyzer)
        cases = {p.tag.case for p in safe_parse(analyzer, morph_form(words[1])) if "Patr" in p.tag.grammemes}
        # (a man's genitive and accusative are one form: either gives the same nominative)
        case_of = "gent" if "gent" in cases else (cases.pop() if len(cases) == 1 else None)
        if named and case_of and case_of != "nomn":
            # the surname in the patronymic's case ("Петрова" of a man, not a woman's nominative)
            surname = to_nominative(f"{words[0]} {words[2]}", lang, case=case_of).split()[-1]
            return f"{named} {surname}"
    result = []
    gender = None
    first_case = None  # the case the first word was read in
    nominative_phrase = False  # the phrase opened with a first name written in the nominative
    for word in words:
        if nominative_phrase and case is None:
            result.append(word)  # "Олександр Дзюба": the surname agrees with the first name
            continue
        if not word[:1].isupper() or not CYRILLIC_WORD.search(word):
            result.append(word)
            continue
        extra = extra_first_names().get((lang, morph_form(word)))
        if extra and case is None:
            result.append(word)  # a first name the dictionary does not tag, already in the nominative
            nominative_phrase = len(result) == 1
            gender = gender or extra
            continue
        form = morph_form(word)
        candidates = safe_parse(analyzer, form)
        named = [p for p in candidates if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
        if result and gender == "femn" and INDECLINABLE_FOR_WOMEN.search(form):
            result.append(word)  # a woman's surname in a consonant does not decline ("Олени Кравчишин")
            continue
        if result and PLURAL_GENITIVE_SURNAME.search(form) and candidates \
                and all(p.tag.number == "plur" for p in candidates if p.tag.POS in ("NOUN", "ADJF")):
            result.append(word)  # a surname in "-их" after a first name does not decline ("Сергія Чорних")
            continue
        possessive = POSSESSIVE_SURNAME_FORM.search(form)
        if result and possessive and not any(p.tag.POS == "NOUN" for p in candidates):
            # a surname in -ов/-ин that the dictionary reads only as an adjective ("Лыкова" as the
            # short form of "лыковый"): its stem, with "-а" for a woman
            stem = form[:possessive.start(2)] if possessive.group(2) else form
            result.append(match_case(stem + ("а" if gender == "femn" else ""), word))
            continue
        # (a word the dictionary reads as no noun or full adjective, a foreign surname guessed as a
        # short adjective or a verb, "Лаакконен", stays as written)
        pool = named or [p for p in candidates if p.tag.POS in ("NOUN", "ADJF")]
        if gender:
            same = [p for p in pool if p.tag.gender in (gender, None)]
            if not same and named and not any("Surn" in p.tag.grammemes for p in named):
                # a surname the dictionary knows as a name of the other gender only, and as a
                # common noun of this one ("Романа Кушнира": кушнир, not the woman's name Кушнира)
                same = [p for p in candidates if p.tag.POS == "NOUN" and p.tag.gender == gender]
            pool = same or pool
        if not result and len(words) >= 2:
            # the first word of a full name is a first name where it can be ("Ганну Руденко" ->
            # "Ганна", not the surname "Ганн")
            pool = [p for p in pool if "Name" in p.tag.grammemes] or pool
        nominative = [p for p in named if p.tag.case == "nomn" and p.tag.number != "plur"]
        other_lemma = [p for p in named if p.normal_form != morph_form(word)]
        # a first name written in the nominative stays ("Ганна"); a surname that is also an
        # oblique form of another surname ("Лукашенка") is read as the oblique form
        first_name = any("Name" in p.tag.grammemes for p in nominative)
        if case is None and nominative and (first_name or not other_lemma):
            result.append(word)  # already a nominative name form: keep it as written
            nominative_phrase = not result[:-1] and first_name and all(
                p.tag.case == "nomn" for p in named if "Name" in p.tag.grammemes and p.tag.number != "plur")
            gender = gender or nominative[0].tag.gender
            continue
        if case:
            # (of readings in that case, one of the name's gender before one of none: "Андрея
            # Кирилюка" is a man's genitive, not an indeclinable surname)
            pool.sort(key=lambda p: (p.tag.case != case, gender is not None and p.tag.gender != gender))
        else:  # oblique readings first: a name in a non-nominative slot is the common case
            pool.sort(key=lambda p: p.tag.case == "nomn" and p.normal_form != morph_form(word))
        chosen = pool[0] if pool else None
        if chosen is None:
            result.append(word)
            continue
        if result and first_case == "gent" and gender == "masc" and MASCULINE_GENITIVE_ENDING.search(morph_form(word)) \
                and not any(p.tag.case == "gent" and p.tag.gender in ("masc", None) for p in pool):
            # after a man's first name in the genitive, a surname the dictionary cannot read as a
            # man's genitive ("Андрея Горбаня", "Андрея Кирилюка"): drop the genitive ending
            result.append(match_case(_masculine_genitive_stem(morph_form(word)), word))
            continue
        if result and case and first_case == case and chosen.tag.case != case \
                and not any(p.tag.case == case for p in candidates) \
                and not DECLINED_SURNAME_ENDING.search(form) and not MASCULINE_GENITIVE_ENDING.search(form):
            # a surname with no form in the case the first name stands in does not decline ("за
            # словами Сергея Бурлаку"), as in _agreeing_full_name
            result.append(word)
            continue
        if not result:
            first_case = chosen.tag.case
        gender = gender or chosen.tag.gender
        inflected = chosen.inflect({"nomn", "sing"}) or chosen.inflect({"nomn"})
        if inflected and inflected.tag.number == "plur" and chosen.tag.number != "plur":
            # one person: a singular reading the dictionary cannot inflect ("Кравчини", masculine
            # genitive of кравчина) has its lemma, not the plural nominative of the same spelling
            inflected = None
        new = inflected.word if inflected else chosen.normal_form
        lowered = morph_form(word)
        if len(new) < len(lowered) - 1 and lowered.startswith(new) and lowered[len(new):len(new) + 2] in (
                "ов", "ев", "єв", "ін", "ин", "ів"):
            # a surname in -ов/-ев/-ін missing from the dictionary got a common noun's lemma
            # (Сотников -> сотник); keep its stem and drop a feminine/genitive "-а" only.
            new = lowered[:-1] if lowered.endswith("а") and gender != "femn" else lowered
        if "ё" not in lowered:
            new = new.replace("ё", "е")  # the dictionary's "ё" where the text writes "е" ("Эскендер")
        result.append(match_case(new.replace("'", CANONICAL_APOSTROPHE), word))
    return " ".join(result)


#: The genitive ending of a man's surname in a consonant: "-а" ("Кирилюка") or "-я" ("Горбаня",
#: "Гайдая") after a letter of the stem.
MASCULINE_GENITIVE_ENDING = re.compile(r"[а-яіїєґё'ʼ][ая]$")


def _masculine_genitive_stem(form: str) -> str:
    """The nominative of a man's surname in the genitive: "-а" dropped ("кирилюка" -> "кирилюк"),
    "-я" after a vowel read as "-й" ("гайдая" -> "гайдай") and after a consonant as "-ь"
    ("горбаня" -> "горбань")."""
    if form.endswith("а"):
        return form[:-1]
    return form[:-1] + ("й" if form[-2] in "аеєиіїоуюяыэё" else "ь")


#: A surname of the "-ов"/"-ин" type with a case ending ("Лыкова", "Лыковой", "Петрівим"): the
#: suffix, then the ending.
POSSESSIVE_SURNAME_FORM = re.compile(r"\w\w(ов|ев|ёв|єв|ів|їв|ин|ын|ін|їн)(а|у|ы|ым|им|ом|ой|ою|ої|е|і|ій)?$")
#: The last letter of a surname that a woman bears unchanged in every case ("Ярослави Кучер",
#: "Олені Костюк", "Еріку Надь"): a consonant other than "й" (whose "-ський"/"-ий" surnames have
#: women's forms), or a soft sign after one.
INDECLINABLE_FOR_WOMEN = re.compile(r"[бвгґджзклмнпрстфхцчшщь]$")


#: The ending of surnames that are old plural genitives and never decline ("Чорних", "Седых"):
#: after a first name in the singular, a form the dictionary reads only as a plural is one.
PLURAL_GENITIVE_SURNAME = re.compile(r"(?:их|ых)$")


#: Case endings of surnames that decline like adjectives or in "-ов"/"-ін" ("Рогожиной",
#: "Ковальською", "Петровим"): such a surname the dictionary lacks is still declined.
DECLINED_SURNAME_ENDING = re.compile(r"(?:ой|ей|ою|ею|ої|ій|ий|ый|им|ым|ом|ем|ого|его|ому|ему|ых|их)$")


#: A first name's nominative reading with less than this share of the dictionary's frequency
#: of its readings (the Russian dictionary gives one: "Дмитрия" as a woman's name 0.024, as a
#: man's genitive 0.78; "Александра" as a woman's name 0.083) does not make a full name with an
#: indeclinable surname read as written.
RARE_NOMINATIVE_SHARE = 0.05


#: Two first names that agree equally well with a surname ("Марину Зуеву": the woman Марина in
#: the accusative or the man Марин in the dative) are told apart only when one name's nominative
#: reading is this many times as frequent as the other's in the dictionary ("марина" 0.83,
#: "марин" 0.1); closer than that, the caller reads the phrase word by word.
NAME_PREVALENCE_RATIO = 3.0


def _nominative_prevalence(name: str, analyzer) -> float:
    """The dictionary's frequency share of ``name``'s own reading as a first name in the
    nominative singular, when the nominative is parsed alone: how usual a name it is, from the
    reading's share among the form's readings."""
    return max((p.score for p in safe_parse(analyzer, name) if "Name" in p.tag.grammemes
                and p.normal_form == name and p.tag.case == "nomn" and p.tag.number != "plur"), default=0.0)


def _agreeing_full_name(words: list[str], analyzer, *, tie_case: str | None = None) -> str | None:
    """A first name and a surname in an oblique case, put into the nominative by the readings in
    which the two agree in case and gender: "Олександра Коваленка" -> "Олександр Коваленко" (the
    woman's name "Олександра" has no surname "Коваленка" to agree with), "Ярослави Кучер" ->
    "Ярослава Кучер" (a woman's surname in a consonant does not decline); a surname the
    dictionary has no form of in the first name's one case does not decline either ("Виктором
    Сырбу" -> "Виктор Сырбу"), unless it has an adjective's ending.

    None, for the caller's word-by-word reading, where the two may agree in the nominative (the
    phrase then stands as written), where no reading agrees (names the dictionary does not know)
    or where two different people would agree (the more frequent first-name reading decides only
    when the dictionary gives frequencies that differ)."""
    if not all(word[:1].isupper() and CYRILLIC_WORD.search(word) for word in words):
        return None
    forms = [morph_form(word) for word in words]
    first_names = [p for p in safe_parse(analyzer, forms[0]) if "Name" in p.tag.grammemes and p.tag.number != "plur"]
    surname_readings = safe_parse(analyzer, forms[1])
    # a patronymic agrees as a surname does ("Валентині Петрівні" -> "Валентина Петрівна")
    surnames = [p for p in surname_readings if ("Surn" in p.tag.grammemes or "Patr" in p.tag.grammemes)
                and p.tag.number != "plur"]
    unchanged_for_women = INDECLINABLE_FOR_WOMEN.search(forms[1]) and any(
        p.tag.case == "nomn" and p.tag.gender == "masc" for p in surnames)
    pairs = {}
    for name in first_names:
        for surname in surnames:
            if name.tag.case == surname.tag.case and (name.tag.gender == surname.tag.gender
                                                      or "ms-f" in surname.tag.grammemes):
                inflected = surname.inflect({"nomn", "sing"})
                pairs.setdefault((name.normal_form, inflected.word if inflected else surname.normal_form),
                                 []).append(name)
        if name.tag.gender == "femn" and unchanged_for_women:
            pairs.setdefault((name.normal_form, forms[1]), []).append(name)
    cases = {name.tag.case for name in first_names}
    if not pairs and cases and "nomn" not in cases and not DECLINED_SURNAME_ENDING.search(forms[1]) \
            and not any(p.tag.case in cases for p in surname_readings) \
            and (len(cases) == 1 or not MASCULINE_GENITIVE_ENDING.search(forms[1])):
        # (not the guessed "Сырба"; a man's name in the genitive, which is also his accusative,
        # keeps a surname in "-у" that has neither case: "Сергея Бурлаку", a Moldovan surname,
        # not the dative of "бурлак"; one in "-а" is left to the word-by-word reading,
        # "Василя Кравчишина")
        name = max(first_names, key=lambda p: p.score)
        return f"{_written_like(name.normal_form, words[0], forms[0])} {_written_like(forms[1], words[1], forms[1])}"
    total = sum(p.score for p in first_names)
    rare = {id(p) for p in first_names if p.tag.case == "nomn" and total and p.score / total < RARE_NOMINATIVE_SHARE}
    if rare and len(rare) < len(first_names):
        # "Дмитрия Оленченко": the woman's name "Дмитрия" is too rare to read the pair as written
        pairs = {key: kept for key, names in pairs.items() if (kept := [p for p in names if id(p) not in rare])}
    if not pairs or any(name.tag.case == "nomn" for names in pairs.values() for name in names):
        return None
    in_case = [key for key, names in pairs.items() if any(p.tag.case == tie_case for p in names)] if tie_case else []
    if len(pairs) > 1 and len(in_case) == 1:
        # the case of a title before the name decides between two people ("кандидатку Дарію
        # Соломіну": the woman in the accusative, not the man in the dative or locative)
        return " ".join(_written_like(new, word, form) for new, word, form in zip(in_case[0], words, forms))
    weights = sorted(((sum(p.score for p in names), key) for key, names in pairs.items()), reverse=True)
    if len(weights) > 1 and weights[0][0] == weights[1][0]:
        tied = [key for weight, key in weights if weight == weights[0][0]]
        if len({first for first, _ in tied}) == 1:
            # one person whose surname the dictionary reads two ways ("Павла Гребеня": Гребень or
            # Гребінь): the first reading, which the article's own mentions may correct (see
            # analysis.quotes._register_persons)
            chosen = next(key for key in pairs if key in tied)
            return " ".join(_written_like(new, word, form) for new, word, form in zip(chosen, words, forms))
        prevalence = sorted(((_nominative_prevalence(key[0], analyzer), key) for key in tied), reverse=True)
        if not prevalence[0][0] or prevalence[0][0] < NAME_PREVALENCE_RATIO * prevalence[1][0]:
            return None
        weights = [(weights[0][0], prevalence[0][1])]
    return " ".join(_written_like(new, word, form) for new, word, form in zip(weights[0][1], words, forms))


def _written_like(new: str, word: str, form: str) -> str:
    """A nominative ``new`` of ``word`` (lookup form ``form``) spelled as the text spells it:
    unchanged where it did not change ("Монті-Сальві"), with "е" where the text does not write
    "ё" ("Артем"), the text's capitals and apostrophe."""
    if new == form:
        return word.translate(_TO_MORPH_APOSTROPHE).replace("'", CANONICAL_APOSTROPHE)
    if "ё" not in form:
        new = new.replace("ё", "е")
    return match_case(new.replace("'", CANONICAL_APOSTROPHE), word)


def match_case(new: str, original: str) -> str:
    """``new`` written in the case of ``original``: all capitals, capitalised, or as it is."""
    if original.isupper() and len(original) > 1:
        return new.upper()
    if original[:1].isupper():
        return new[:1].upper() + new[1:]
    return new
