"""Language of a text or span (uk / ru / mixed / other) and Ukrainian dictionary coverage.

Ukrainian and Russian share most of the Cyrillic alphabet, so the decision rests on evidence
that only one language has: letters (і ї є ґ and the apostrophe vs ы э ъ ё), and very frequent
function words that differ between the two (і, й, та, що, це, від, який vs и, что, это, от,
который). Each Cyrillic word votes at most once; words that carry no evidence abstain.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter

import pandas as pd

from . import nlp

UKRAINIAN_ONLY_LETTERS = re.compile(r"[іїєґʼ]", re.IGNORECASE)
RUSSIAN_ONLY_LETTERS = re.compile(r"[ыэъё]", re.IGNORECASE)
CYRILLIC = re.compile(r"[а-яіїєґёыэъ]", re.IGNORECASE)
# Runs rather than single letters: counting letters through runs makes far fewer match objects.
CYRILLIC_RUN = re.compile(r"[а-яіїєґёыэъ]+", re.IGNORECASE)
LATIN_RUN = re.compile(r"[a-z]+", re.IGNORECASE)

UKRAINIAN_FUNCTION_WORDS = frozenset(
    "й та що це від який яка які якого як але вже ще щоб бо дуже або він вона вони ми ви ти "
    "його її їх нам вам був була було були буде будуть має мають можна треба тому коли де чи "
    "теж також навіть після через між під над про для без до на у в з зі із із-за".split())
RUSSIAN_FUNCTION_WORDS = frozenset(
    "и что это от который которая которые как но уже еще ещё чтобы потому очень или он она они "
    "мы вы ты его ее её их нам вам был была было были будет будут может можно нужно надо когда "
    "где ли тоже также даже после через между под над про для без до на в с со из-за".split())
# Forms spelled the same in both languages carry no evidence.
_SHARED = UKRAINIAN_FUNCTION_WORDS & RUSSIAN_FUNCTION_WORDS
UK_MARKERS = UKRAINIAN_FUNCTION_WORDS - _SHARED
RU_MARKERS = RUSSIAN_FUNCTION_WORDS - _SHARED

#: A text is one language when at least this share of its voting words agree.
DOMINANT_SHARE = 0.85
#: Below this many voting words a span is too short to call; it inherits "other".
MIN_VOTES = 3
#: Share of letters that must be Cyrillic for a text to be uk/ru at all.
MIN_CYRILLIC_SHARE = 0.5


def language_votes(text: str) -> tuple[int, int]:
    """Count Ukrainian and Russian votes among the words of ``text``."""
    return _votes_of(nlp.word_spans(text).words)


def _votes_of(words: list[str]) -> tuple[int, int]:
    votes = list(map(_word_vote, words))
    return votes.count(1), votes.count(-1)


@lru_cache(maxsize=200_000)
def _word_evidence(word: str) -> tuple[int, int, int, int]:
    """``(Ukrainian vote, Russian vote, Cyrillic letters, Latin letters)`` of one token."""
    vote = _word_vote(word)
    return (int(vote > 0), int(vote < 0), sum(map(len, CYRILLIC_RUN.findall(word))),
            sum(map(len, LATIN_RUN.findall(word))))


@lru_cache(maxsize=64)
def _cumulative_evidence(text: str) -> tuple[list[int], ...]:
    """Running sums of :func:`_word_evidence` over the tokens of ``text`` (index k: the first k
    tokens), so the votes and letters of any span are subtractions. Every letter lies in a token,
    so the letter counts equal those of :func:`_cyrillic_share` over the span."""
    evidence = list(map(_word_evidence, nlp.word_spans(text).words))
    return tuple(list(accumulate(map(itemgetter(k), evidence), initial=0)) for k in range(4))


def _evidence_in(text: str, start: int, end: int) -> tuple[int, int, float]:
    """Ukrainian votes, Russian votes and Cyrillic share of ``text[start:end]`` (as
    :func:`language_votes` and :func:`_cyrillic_share`), from the text's shared tokens."""
    found = nlp.token_range(text, start, end)
    if found is None:
        return (*_votes_of(nlp.WORD_TOKEN.findall(text, start, end)), _cyrillic_share(text, start, end))
    i, j = found
    uk, ru, cyrillic, latin = _cumulative_evidence(text)
    letters = cyrillic[j] - cyrillic[i]
    share = letters / (letters + latin[j] - latin[i]) if letters else 0.0
    return uk[j] - uk[i], ru[j] - ru[i], share


@lru_cache(maxsize=200_000)
def _word_vote(word: str) -> int:
    """+1 for a Ukrainian-only word, -1 for a Russian-only word, 0 for no evidence."""
    lower = word.lower()
    if UKRAINIAN_ONLY_LETTERS.search(lower) or lower in UK_MARKERS:
        return 1
    if RUSSIAN_ONLY_LETTERS.search(lower) or lower in RU_MARKERS:
        return -1
    return 0


def detect_language(text: str) -> str:
    """``"uk"``, ``"ru"``, ``"mixed"`` or ``"other"`` for a text.

    >>> detect_language("Це звичайний український текст про події на фронті.")
    'uk'
    >>> detect_language("Это обычный русский текст о событиях на фронте.")
    'ru'
    """
    evidence = list(map(_word_evidence, nlp.word_spans(text).words))
    if not evidence:
        return "other"
    # every letter lies in a token, so the tokens' letters give the text's Cyrillic share
    uk, ru, cyrillic, latin = map(sum, zip(*evidence))
    if not cyrillic or cyrillic / (cyrillic + latin) < MIN_CYRILLIC_SHARE:
        return "other"
    return _language_from_votes(uk, ru)


def _cyrillic_share(text: str, start: int = 0, end: int | None = None) -> float:
    """Share of Cyrillic among the Cyrillic and Latin letters of ``text[start:end]`` (0 without
    Cyrillic)."""
    end = len(text) if end is None else end
    cyrillic = sum(map(len, CYRILLIC_RUN.findall(text, start, end)))
    latin = sum(map(len, LATIN_RUN.findall(text, start, end)))
    return cyrillic / (cyrillic + latin) if cyrillic else 0.0


def _language_from_votes(uk: int, ru: int) -> str:
    if uk + ru < MIN_VOTES:
        return "other" if uk + ru == 0 else ("uk" if uk >= ru else "ru")
    if uk / (uk + ru) >= DOMINANT_SHARE:
        return "uk"
    if ru / (uk + ru) >= DOMINANT_SHARE:
        return "ru"
    return "mixed"


def language_spans(text: str) -> pd.DataFrame:
    """Language of each sentence: ``start``, ``end``, ``language`` (for Russian passages in
    Ukrainian articles). Sentences with too little evidence are ``other``."""
    return pd.DataFrame(_language_span_rows(text), columns=["start", "end", "language", "uk_votes",
                                                            "ru_votes"])


def _language_span_rows(text: str) -> list[tuple[int, int, str, int, int]]:
    rows = []
    for start, end in _sentence_and_quote_pieces(text):
        uk, ru, share = _evidence_in(text, start, end)
        if uk + ru < 2:
            language = "other"
        elif share < MIN_CYRILLIC_SHARE:
            language = "other"
        else:
            language = _language_from_votes(uk, ru)
        rows.append((start, end, language, uk, ru))
    return rows


QUOTE_MARKS = re.compile(r"[«»„“”\"]")


def _sentence_and_quote_pieces(text: str) -> list[tuple[int, int]]:
    """Sentences, cut further at quote marks: a Russian quote inside a Ukrainian sentence is a
    piece of its own."""
    pieces = []
    for start, end in nlp.split_sentences(text):
        cursor = start
        for mark in QUOTE_MARKS.finditer(text, start, end):
            nlp._append_trimmed(pieces, text, cursor, mark.start())
            cursor = mark.end()
        nlp._append_trimmed(pieces, text, cursor, end)
    return pieces


#: A piece of a Ukrainian text with at least this many Cyrillic words, of which fewer than this
#: share are Ukrainian dictionary words, is foreign even without Russian-only letters
#: ("«сплотили братские народы»" has no ы/э/ъ/ё but no Ukrainian word either).
MIN_FOREIGN_WORDS = 2
MAX_FOREIGN_COVERAGE = 0.5


def foreign_passages(text: str, *, document_language: str = "uk") -> pd.DataFrame:
    """Sentence pieces (quotes count as pieces) clearly not in ``document_language``: Russian
    quotes in a Ukrainian article, or Ukrainian ones in a Russian article."""
    return pd.DataFrame(foreign_passage_rows(text, document_language),
                        columns=["start", "end", "language", "uk_votes", "ru_votes"])


@lru_cache(maxsize=64)
def foreign_passage_rows(text: str, document_language: str = "uk") -> tuple[tuple, ...]:
    """:func:`foreign_passages` as a tuple of ``(start, end, language, uk_votes, ru_votes)``;
    cached for the last documents, since several stages ask about the same text."""
    other = {"uk": "ru", "ru": "uk"}.get(document_language)
    foreign = []
    for row in _language_span_rows(text):
        start, end, language, uk_votes, _ = row
        if language == other:
            foreign.append(row)
        elif document_language == "uk" and uk_votes == 0:
            found = nlp.token_range(text, start, end)
            coverage, words = _coverage_of(nlp.WORD_TOKEN.findall(text, start, end) if found is None
                                           else nlp.word_spans(text).words[found[0]:found[1]])
            if words >= MIN_FOREIGN_WORDS and coverage < MAX_FOREIGN_COVERAGE:
                foreign.append(row)
    return tuple(foreign)


def _coverage_and_size(text: str) -> tuple[float, int]:
    return _coverage_of(nlp.word_spans(text).words)


def _coverage_of(tokens: list[str]) -> tuple[float, int]:
    """Share of the Cyrillic ``tokens`` in the stress dictionary, and how many there are."""
    found = words = 0
    for word in tokens:
        vote = _coverage_vote(word)
        if vote is not None:
            words += 1
            found += vote
    return (found / words, words) if words else (1.0, 0)


@lru_cache(maxsize=200_000)
def _coverage_vote(word: str) -> int | None:
    """None for a word without Cyrillic letters, else 1 if the stress dictionary has it, 0 if not."""
    return int(in_stress_dictionary(word)) if CYRILLIC.search(word) else None


@lru_cache(maxsize=1)
def _stress_trie():
    from ukrainian_word_stress.stressify_ import _load_dictionary

    return _load_dictionary()


@lru_cache(maxsize=200_000)
def in_stress_dictionary(word: str) -> bool:
    """Whether ``word`` (any case, any apostrophe) is in ukrainian-word-stress's dictionary."""
    from ukrainian_word_stress.stressify_ import _trie_value

    return _trie_value(_stress_trie(), word.replace(nlp.CANONICAL_APOSTROPHE, "'")) is not None


def dictionary_coverage(text: str) -> float:
    """Share of Cyrillic word tokens of ``text`` found in the Ukrainian stress dictionary.

    Around 0.9 or more for clean Ukrainian news; much lower for Russian, garbled or
    mis-encoded text. Returns ``nan`` when the text has no Cyrillic words.
    """
    coverage, words = _coverage_and_size(text)
    return coverage if words else float("nan")
