"""Framing and propaganda keywords: a lemma-based matcher, counts per segment kind, concordance,
a scikit-learn vectoriser and the weighted log-odds comparison of outlets.

Matching works on lemmas, so every inflected form counts ("київського режиму", "окупантам").
A word matches a pattern word when any of its pymorphy3 normal forms equals it (:func:`analysis.nlp.lemma_set`):
the Ukrainian dictionary has no frequency ranking, so choosing one reading would lose real hits
("режиму" has only one lemma, but "бавовни" or "орків" have several). Precision comes back from
``framing_exclusions.csv``: collocations in which a term is not framing ("режим тиші", "борт МКС").
Hyphenated compounds are matched whole and by the lemmas of their parts ("державою-агресором" ->
"держава-агресор"). Rows of category ``othering_name`` (russified spellings of first names) match
on the surface stem, because those spellings are not in any dictionary.

Every count is derived from hit rows (``framing_hits``) that name the document, segment and
characters, so each number can be traced to its words with :func:`concordance`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from . import nlp
from .config import LEXICON_DIR

LEXICON_COLUMNS = ["term_id", "category", "language", "pattern", "max_gap", "condition", "note"]
#: What a row's ``condition`` may ask of a match besides its lemmas: nothing (empty), its first
#: word written in capitals (``capitals``: abbreviations, so "СВО" matches and "своих" does not),
#: or a capitalised word right after it in the same sentence (``name_after``: a name in the
#: genitive, so "режим Путіна" matches and "режим роботи" does not); ``joins_quote`` asks nothing
#: but extends the hit over a quoted phrase right after it (:data:`QUOTED_PHRASE_AFTER`);
#: ``person_after`` needs a person noun soon after it (:data:`PERSON_AFTER_WORDS`); ``impersonal``
#: needs its first word to be a verb form that tells no subject: the neuter past or the third
#: person singular ("прилетіло", "якщо прилетить"), so "делегація прилетіла" is not the strike;
#: ``plural`` needs a noun with plural readings only ("боти в коментарях" are trolls, "чат-бот
#: ЦПД" a service); ``scare_quoted`` needs an opening quote mark right before the match and its
#: closing mark soon after (:data:`SCARE_QUOTED`: «оптимізація» of schools is a cut, the plain word
#: is not).
CONDITIONS = ("", "capitals", "name_after", "joins_quote", "person_after", "impersonal", "plural",
              "scare_quoted")
#: ``scare_quoted``: the text from the opening mark before a match to its closing mark.
SCARE_QUOTED = re.compile(r"[«„“\"][^«»„“”\"\n]{1,60}[»“”\"]")
#: ``person_after``: one of this many words after the match (same sentence) must be a noun that
#: may name a person (pymorphy3's ``anim``), so "ліквідували 300 окупантів" is the euphemism for
#: killing and "ліквідували кол-центр" or "ликвидировали ботоферму" is not.
PERSON_AFTER_WORDS = 3
#: For rows with condition ``joins_quote`` ("так звані «референдуми»"): a phrase in quote marks
#: right after the match is part of the expression, so the hit runs to its closing mark (unless
#: another hit starts inside it, which then keeps its own category).
QUOTED_PHRASE_AFTER = re.compile(r"\s?[«„“\"][^«»„“”\"\n]{1,60}[»“”\"]")
HIT_COLUMNS = ["category", "term_id", "start", "end", "matched"]
SURFACE_CATEGORIES = frozenset({"othering_name"})
#: Surface-stem matching tolerates up to this many extra letters (case endings: Алєксандра).
SURFACE_ENDING_LETTERS = 3
SURFACE_PREFIX = 3
PER = 1000


class LexiconError(ValueError):
    """A lexicon file that cannot be used (missing columns, duplicate ids, empty patterns)."""


def load_lexicon(path: str | Path | None = None, *, extra: str | Path | pd.DataFrame | Sequence | None = None
                 ) -> pd.DataFrame:
    """Load the framing lexicon (``lexicons/framing.csv`` by default) plus an analyst's ``extra``
    CSV file(s) or DataFrame with the same columns (``max_gap``, ``condition`` and ``note``
    optional; ``condition`` is one of :data:`CONDITIONS`).

    Raises :class:`LexiconError` naming the file on missing columns, empty patterns or repeated
    ``term_id``.
    """
    frames = [_read_lexicon(path or LEXICON_DIR / "framing.csv")]
    if extra is not None:
        extras = extra if isinstance(extra, (list, tuple)) else [extra]
        frames.extend(_read_lexicon(item) for item in extras)
    lexicon = pd.concat(frames, ignore_index=True)
    repeated = lexicon["term_id"][lexicon["term_id"].duplicated()].tolist()
    if repeated:
        raise LexiconError(f"repeated term_id in lexicon: {repeated[:5]}")
    lexicon["tokens"] = lexicon["pattern"].map(lambda p: tuple(nlp.morph_form(t) for t in p.split()))
    return lexicon


def _read_lexicon(source) -> pd.DataFrame:
    name = "DataFrame" if isinstance(source, pd.DataFrame) else str(source)
    frame = source.copy() if isinstance(source, pd.DataFrame) else pd.read_csv(source, dtype=str, keep_default_na=False)
    missing = {"term_id", "category", "language", "pattern"} - set(frame.columns)
    if missing:
        raise LexiconError(f"{name}: lexicon lacks columns {sorted(missing)}")
    frame["max_gap"] = pd.to_numeric(frame["max_gap"], errors="coerce").fillna(0).astype(int) \
        if "max_gap" in frame else 0
    for optional in ("condition", "note"):
        if optional not in frame:
            frame[optional] = ""
    frame["condition"] = frame["condition"].fillna("").astype(str).str.strip()
    unknown = sorted(set(frame["condition"]) - set(CONDITIONS))
    if unknown:
        raise LexiconError(f"{name}: unknown condition {unknown[:5]} (allowed: {', '.join(c for c in CONDITIONS if c)})")
    frame["pattern"] = frame["pattern"].astype(str).str.strip().str.lower()
    if (frame["pattern"] == "").any():
        raise LexiconError(f"{name}: empty pattern in rows {list(frame.index[frame['pattern'] == ''])[:5]}")
    return frame[LEXICON_COLUMNS]


@lru_cache(maxsize=4)
def load_exclusions(path: str | None = None) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``term_id`` -> lemma sequences in which that term is not framing."""
    frame = pd.read_csv(path or LEXICON_DIR / "framing_exclusions.csv", dtype=str, keep_default_na=False)
    result: dict[str, list[tuple[str, ...]]] = {}
    for row in frame.itertuples():
        result.setdefault(row.term_id, []).append(tuple(nlp.morph_form(t) for t in row.exclude_pattern.split()))
    return {k: tuple(v) for k, v in result.items()}


@lru_cache(maxsize=1)
def default_lexicon() -> pd.DataFrame:
    """The shipped lexicon, loaded once per process."""
    return load_lexicon()


# ---------------------------------------------------------------------------------------------
# matching


@dataclass(frozen=True)
class _Pattern:
    term_id: str
    category: str
    tokens: tuple[str, ...]
    max_gap: int
    surface: bool
    condition: str = ""


class _Matcher:
    """Patterns of one language indexed by their first lemma (or surface stem)."""

    #: What :meth:`starts` answers for a word that starts no pattern (one shared object).
    NOTHING: tuple = ((), ())

    def __init__(self, lexicon: pd.DataFrame, lang: str):
        rows = lexicon[lexicon["language"] == lang]
        self.by_first: dict[str, list[_Pattern]] = {}
        self.surface: dict[str, list[_Pattern]] = {}  # by the first SURFACE_PREFIX letters
        for row in rows.itertuples():
            pattern = _Pattern(row.term_id, row.category, row.tokens, int(row.max_gap),
                               row.category in SURFACE_CATEGORIES, row.condition)
            if pattern.surface:
                self.surface.setdefault(pattern.tokens[0][:SURFACE_PREFIX], []).append(pattern)
            else:
                self.by_first.setdefault(pattern.tokens[0], []).append(pattern)
        self.lang = lang
        self._starts: dict[str, tuple[tuple[_Pattern, ...], tuple[_Pattern, ...]]] = {}

    def starts(self, word: str) -> tuple[tuple[_Pattern, ...], tuple[_Pattern, ...]]:
        """Patterns that may start at a token spelled ``word``: lemma patterns to continue, and
        one-word surface patterns that already match. Cached per spelling, since most tokens
        start nothing and a word's answer never changes."""
        cached = self._starts.get(word)
        if cached is None:
            if len(self._starts) >= MAX_CACHED_SPELLINGS:
                self._starts.clear()
            form = nlp.morph_form(word)
            by_lemma = tuple(p for first in sorted(token_lemmas(word, self.lang))
                             for p in self.by_first.get(first, ()))
            surface = tuple(p for p in self.surface.get(form[:SURFACE_PREFIX], ())
                            if len(p.tokens) == 1 and _surface_match(form, p.tokens[0]))
            cached = self._starts[word] = (by_lemma, surface) if by_lemma or surface else self.NOTHING
        return cached


#: Spellings whose starting patterns a matcher remembers (a cache bound, not a limit).
MAX_CACHED_SPELLINGS = 500_000


#: Compiled matchers per (lexicon object, language). The lexicon itself is kept with its matcher,
#: so the id in the key cannot be reused by another DataFrame while the entry exists.
_MATCHERS: dict[tuple[int, str], tuple[pd.DataFrame, _Matcher]] = {}
MAX_CACHED_MATCHERS = 16


def _matcher(lexicon: pd.DataFrame, lang: str) -> _Matcher:
    key = (id(lexicon), lang)
    cached = _MATCHERS.get(key)
    if cached is None or cached[0] is not lexicon:
        if len(_MATCHERS) >= MAX_CACHED_MATCHERS:
            _MATCHERS.clear()
        cached = _MATCHERS[key] = (lexicon, _Matcher(lexicon, lang))
    return cached[1]


@lru_cache(maxsize=300_000)
def token_lemmas(word: str, lang: str) -> frozenset[str]:
    """All lemmas a token may stand for, with hyphenated compounds also read part by part."""
    lemmas = set(nlp.lemma_set(word, lang)) | {nlp.morph_form(word)}
    if "-" in word:
        parts = word.split("-")
        lemmas.add("-".join(nlp.lemma(part, lang) for part in parts))
    return frozenset(lemmas)


def _surface_match(form: str, stem: str) -> bool:
    root = stem[:-1] if stem.endswith(("й", "я", "а", "о")) and len(stem) > 4 else stem
    return form.startswith(root) and len(form) - len(stem) <= SURFACE_ENDING_LETTERS


def _find_in_tokens(words: list[str], ends: list[int], starts: list[int], matcher: _Matcher, text: str,
                    low: int = 0, high: int | None = None) -> list[tuple]:
    """Hits ``(pattern, first token, last token)`` among tokens ``low..high`` of a text's tokens
    (parallel lists of spellings and offsets)."""
    lang = matcher.lang
    high = len(words) if high is None else high
    cached, nothing = matcher._starts, _Matcher.NOTHING
    hits = []
    for i in range(low, high):
        found = cached.get(words[i])
        if found is None:
            found = matcher.starts(words[i])
        if found is nothing:  # most tokens start no pattern
            continue
        by_lemma, surface = found
        for pattern in by_lemma:
            end_index = _match_rest(pattern, words, ends, starts, text, i, high, lang)
            if end_index is not None and (not pattern.condition
                                          or _meets_condition(pattern.condition, words, ends, starts, text, i, end_index,
                                                              lang)):
                hits.append((pattern, i, end_index))
        hits.extend((pattern, i, i) for pattern in surface)
    return hits


def _meets_condition(condition: str, words: list[str], ends: list[int], starts: list[int], text: str,
                     first: int, last: int, lang: str) -> bool:
    """Whether the match of tokens ``first..last`` meets a row's ``condition`` (:data:`CONDITIONS`)."""
    if condition == "capitals":
        return words[first].isupper()
    if condition == "joins_quote":
        return True
    if condition == "impersonal":
        return _is_impersonal_verb(words[first], lang)
    if condition == "plural":
        return _is_plural_noun(words[first], lang)
    if condition == "scare_quoted":
        opening = starts[first] - 1
        quoted = SCARE_QUOTED.match(text, opening) if opening >= 0 else None
        return quoted is not None and quoted.end() > ends[last]
    if condition == "person_after":
        for following in range(last + 1, min(last + 1 + PERSON_AFTER_WORDS, len(words))):
            if _crosses_sentence(text, ends[last], starts[following]):
                return False
            if _may_name_person(words[following], lang):
                return True
        return False
    following = last + 1  # name_after
    return (following < len(words) and words[following][:1].isupper()
            and not _crosses_sentence(text, ends[last], starts[following]))


@lru_cache(maxsize=50_000)
def _may_name_person(word: str, lang: str) -> bool:
    """Whether ``word`` has a noun reading that is animate (a person or animal: "окупантів",
    "боевиков")."""
    return any({"NOUN", "anim"} <= grammemes for grammemes in nlp.grammemes(word, lang))


@lru_cache(maxsize=10_000)
def _is_impersonal_verb(word: str, lang: str) -> bool:
    """Whether ``word`` has a verb reading in the neuter past or the third person singular, the
    forms a strike takes when it is told without a subject ("прилетіло", "прилетит")."""
    return any("VERB" in grammemes and ({"neut", "past"} <= grammemes or {"sing", "3per"} <= grammemes)
               for grammemes in nlp.grammemes(word, lang))


@lru_cache(maxsize=10_000)
def _is_plural_noun(word: str, lang: str) -> bool:
    """Whether ``word`` has noun readings and every one of them is plural ("ботів", not "бота")."""
    nouns = [grammemes for grammemes in nlp.grammemes(word, lang) if "NOUN" in grammemes]
    return bool(nouns) and all("plur" in grammemes for grammemes in nouns)


def _match_rest(pattern: _Pattern, words: list[str], ends: list[int], starts: list[int], text: str,
                i: int, high: int, lang: str) -> int | None:
    position = i
    for wanted in pattern.tokens[1:]:
        for step in range(1, pattern.max_gap + 2):
            candidate = position + step
            if candidate >= high or _crosses_sentence(text, ends[position], starts[candidate]):
                return None
            if wanted in token_lemmas(words[candidate], lang):
                position = candidate
                break
        else:
            return None
    return position


def _crosses_sentence(text: str, start: int, end: int) -> bool:
    between = text[start:end]
    return any(mark in between for mark in ".!?;\n")


def find_framing(text: str, lexicon: pd.DataFrame | None = None, *, lang: str = "uk",
                 foreign_spans: Iterable[tuple[int, int]] = ()) -> pd.DataFrame:
    """Framing hits in ``text``: ``category, term_id, start, end, matched``.

    ``lang`` picks the lexicon rows ("uk" or "ru"); passages in ``foreign_spans`` (e.g. Russian
    quotes in a Ukrainian article) are matched with the other language's rows as well.
    Overlapping hits keep the longest (then the earliest); hits inside an excluded collocation
    are dropped.
    """
    return pd.DataFrame(_framing_rows(text, default_lexicon() if lexicon is None else lexicon,
                                      lang=lang, foreign_spans=foreign_spans), columns=HIT_COLUMNS)


def _framing_rows(text: str, lexicon: pd.DataFrame, *, lang: str,
                  foreign_spans: Iterable[tuple[int, int]]) -> list[tuple]:
    """:func:`find_framing` as a list of row tuples."""
    lang = lang if lang in ("uk", "ru") else "uk"
    words, starts, ends = nlp.word_spans(text)
    raw = [(p, i, j, lang) for p, i, j in _find_in_tokens(words, ends, starts, _matcher(lexicon, lang), text)]
    other = {"uk": "ru", "ru": "uk"}[lang]
    for start, end in foreign_spans:
        # the tokens wholly inside the passage
        low = bisect.bisect_left(starts, start)
        high = low
        while high < len(words) and ends[high] <= end:
            high += 1
        raw += [(p, i, j, other)
                for p, i, j in _find_in_tokens(words, ends, starts, _matcher(lexicon, other), text, low, high)]
    exclusions = load_exclusions()
    kept = []
    for pattern, i, j, pattern_lang in raw:
        if pattern.term_id in exclusions and _excluded(exclusions[pattern.term_id], words, i, j, pattern_lang):
            continue
        kept.append((starts[i], ends[j], pattern))
    kept.sort(key=lambda h: (h[0], -(h[1] - h[0]), h[2].term_id))
    chosen, last_end = [], -1
    for start, end, pattern in kept:
        if start < last_end:
            continue
        chosen.append((start, end, pattern))
        last_end = end
    rows = []
    for index, (start, end, pattern) in enumerate(chosen):
        if pattern.condition == "joins_quote":
            quoted = QUOTED_PHRASE_AFTER.match(text, end)
            if quoted and (index + 1 == len(chosen) or chosen[index + 1][0] >= quoted.end()):
                end = quoted.end()
        rows.append((pattern.category, pattern.term_id, start, end, text[start:end]))
    return rows


def _excluded(phrases, words: list[str], i: int, j: int, lang: str) -> bool:
    """Whether tokens i..j lie inside an occurrence of one of the exclusion ``phrases``."""
    for phrase in phrases:
        n = len(phrase)
        for start in range(max(0, j - n + 1), min(i, len(words) - n) + 1):
            window = [token_lemmas(word, lang) for word in words[start:start + n]]
            if len(window) == n and all(phrase[k] in window[k] for k in range(n)) and start <= i and start + n - 1 >= j:
                return True
    return False


# ---------------------------------------------------------------------------------------------
# corpus level


def framing_hits(documents: pd.DataFrame, segments: pd.DataFrame | None = None,
                 lexicon: pd.DataFrame | None = None, *, progress: bool = False) -> pd.DataFrame:
    """The framing_hits table: ``doc_id, seg_id, kind, category, term_id, start, end, matched``.

    Without ``segments`` every hit gets ``seg_id`` 0 and kind ``document``.
    """
    from tqdm import tqdm

    from .language import foreign_passage_rows

    lexicon = default_lexicon() if lexicon is None else lexicon
    by_doc = {}
    if segments is not None:
        for doc_id, ends, seg_ids, kinds in _segment_arrays(segments):
            by_doc[doc_id] = (ends, seg_ids, kinds)
    rows = []
    languages = documents["language"] if "language" in documents else ["uk"] * len(documents)
    for doc_id, text, lang in tqdm(zip(documents["doc_id"], documents["text"], languages),
                                   total=len(documents), desc="framing", unit="doc", disable=not progress):
        lang = lang if lang in ("uk", "ru") else "uk"
        foreign = [(start, end) for start, end, *_ in foreign_passage_rows(text, lang)]
        hits = _framing_rows(text, lexicon, lang=lang, foreign_spans=foreign)
        located = by_doc.get(doc_id)
        if located is None:
            rows.extend((doc_id, 0, "document", *hit) for hit in hits)
            continue
        ends, seg_ids, kinds = located
        for hit in hits:
            index = bisect.bisect_right(ends, hit[2])
            rows.append((doc_id, seg_ids[index], kinds[index], *hit))
    return pd.DataFrame(rows, columns=["doc_id", "seg_id", "kind", *HIT_COLUMNS]).astype(
        {"seg_id": "int64", "start": "int64", "end": "int64"})


def _segment_arrays(segments: pd.DataFrame):
    """Per document: segment ends, ids and kinds as lists sorted by end (in any input order)."""
    grouped: dict = {}
    for row in zip(segments["doc_id"].tolist(), segments["end"].tolist(), segments["seg_id"].tolist(),
                   segments["kind"].tolist()):
        grouped.setdefault(row[0], []).append(row[1:])
    for doc_id, rows in grouped.items():
        rows.sort()
        yield doc_id, [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]


def count_framing(documents: pd.DataFrame, segments: pd.DataFrame | None = None,
                  lexicon: pd.DataFrame | None = None, *, hits: pd.DataFrame | None = None) -> pd.DataFrame:
    """Counts per document x segment kind x category: ``hits``, ``tokens``, ``per_1k``.

    ``tokens`` is the number of word tokens in that document's segments of that kind, so quoted
    and editorial rates are never mixed. Categories with no hit appear with 0 (an absent term is
    a finding too). Pass precomputed ``hits`` to avoid matching twice.
    """
    lexicon = default_lexicon() if lexicon is None else lexicon
    hits = framing_hits(documents, segments, lexicon) if hits is None else hits
    texts = dict(zip(documents["doc_id"].tolist(), documents["text"].tolist()))
    # plain dictionaries rather than a cross join and merges: this runs once per chunk of a
    # streamed corpus, where pandas' fixed cost per operation would dominate
    tokens: dict[tuple, int] = {}
    if segments is None:
        for doc_id, text in texts.items():
            tokens[(doc_id, "document")] = nlp.count_words(text)
    else:
        for doc_id, kind, start, end in zip(segments["doc_id"].tolist(), segments["kind"].tolist(),
                                            segments["start"].tolist(), segments["end"].tolist()):
            tokens[(doc_id, kind)] = tokens.get((doc_id, kind), 0) + nlp.count_words_in(texts[doc_id], start, end)
    counted = Counter(zip(hits["doc_id"].tolist(), hits["kind"].tolist(), hits["category"].tolist()))
    categories = sorted(lexicon["category"].unique())
    rows = []
    # with segments, rows in (doc_id, kind) order, as a group-by gives them; without, in the
    # order of the documents
    for (doc_id, kind), n_tokens in (tokens.items() if segments is None else sorted(tokens.items())):
        for category in categories:
            n_hits = counted.get((doc_id, kind, category), 0)
            rows.append((doc_id, kind, category, n_hits, n_tokens, n_hits * PER / n_tokens if n_tokens > 0 else 0.0))
    return pd.DataFrame(rows, columns=["doc_id", "kind", "category", "hits", "tokens", "per_1k"]).astype(
        {"hits": "int64", "tokens": "int64", "per_1k": "float64"})


def concordance(hits: pd.DataFrame, documents: pd.DataFrame, width: int = 60) -> pd.DataFrame:
    """Key word in context for every hit: ``left``, ``matched``, ``right`` (``width`` characters)."""
    texts = dict(zip(documents["doc_id"], documents["text"]))
    rows = []
    for hit in hits.itertuples():
        text = texts[hit.doc_id]
        left = text[max(0, hit.start - width):hit.start].replace("\n", " ")
        right = text[hit.end:hit.end + width].replace("\n", " ")
        rows.append({"doc_id": hit.doc_id, "category": hit.category, "term_id": hit.term_id,
                     "left": left.rjust(width), "matched": hit.matched, "right": right.ljust(width)})
    return pd.DataFrame(rows, columns=["doc_id", "category", "term_id", "left", "matched", "right"])


def weighted_log_odds(counts: pd.DataFrame, *, group: str = "outlet", term: str = "term_id",
                      prior_scale: float = 1.0) -> pd.DataFrame:
    """Weighted log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).

    ``counts`` has one row per group x term with a ``count`` column. For each group, each term's
    use is compared with all other groups together; the prior is the term's share in the whole
    corpus times ``prior_scale`` x (corpus total). Returns ``group, term, count, log_odds, z``;
    |z| > 1.96 marks terms that distinguish the group at the usual 5% level.
    """
    table = counts.pivot_table(index=term, columns=group, values="count", aggfunc="sum", fill_value=0)
    totals = table.sum(axis=1)
    alpha0 = prior_scale * totals.sum()
    alpha = totals / totals.sum() * alpha0
    rows = []
    n_all = table.to_numpy().sum()
    for name in table.columns:
        y_i = table[name]
        y_j = totals - y_i
        n_i = y_i.sum()
        n_j = n_all - n_i
        delta = (np.log((y_i + alpha) / (n_i + alpha0 - y_i - alpha))
                 - np.log((y_j + alpha) / (n_j + alpha0 - y_j - alpha)))
        variance = 1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)
        rows.append(pd.DataFrame({group: name, term: table.index, "count": y_i.to_numpy(),
                                  "log_odds": delta.to_numpy(), "z": (delta / np.sqrt(variance)).to_numpy()}))
    return pd.concat(rows, ignore_index=True).sort_values([group, "z"], ascending=[True, False],
                                                          ignore_index=True)


# ---------------------------------------------------------------------------------------------
# scikit-learn


class FramingVectorizer(TransformerMixin, BaseEstimator):
    """Texts -> framing rates per category (hits per ``per`` word tokens).

    Follows scikit-learn conventions: ``fit`` learns the category list and returns self,
    ``get_feature_names_out`` names the columns (``framing__<category>``), and it works with
    ``set_output(transform="pandas")`` and inside a ``Pipeline``.
    """

    def __init__(self, lexicon: pd.DataFrame | None = None, lang: str = "uk", per: int = PER):
        self.lexicon = lexicon
        self.lang = lang
        self.per = per

    def fit(self, X, y=None):
        lexicon = default_lexicon() if self.lexicon is None else self.lexicon
        self.categories_ = np.array(sorted(lexicon["category"].unique()), dtype=object)
        self.n_features_in_ = 1
        return self

    def transform(self, X):
        check_is_fitted(self, "categories_")
        texts = _as_texts(X)
        index = {c: k for k, c in enumerate(self.categories_)}
        out = np.zeros((len(texts), len(self.categories_)), dtype=float)
        for row, text in enumerate(texts):
            hits = find_framing(text, self.lexicon, lang=self.lang)
            words = max(nlp.count_words(text), 1)
            for category, n in hits["category"].value_counts().items():
                if category in index:
                    out[row, index[category]] = n * self.per / words
        return out

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "categories_")
        return np.array([f"framing__{c}" for c in self.categories_], dtype=object)


def _as_texts(X) -> list[str]:
    if isinstance(X, str):
        raise ValueError("FramingVectorizer expects an iterable of texts, not a single string")
    if isinstance(X, pd.DataFrame):
        if X.shape[1] != 1:
            raise ValueError("FramingVectorizer expects one text column")
        X = X.iloc[:, 0]
    texts = list(X)
    bad = [type(t).__name__ for t in texts if not isinstance(t, str)]
    if bad:
        raise ValueError(f"FramingVectorizer expects texts, got {bad[0]}")
    return texts
