"""Score the segmenter, the framing matcher and the sentiment scorer against gold annotations.

Gold quote file: one JSON object per span, ``{"doc", "start", "end", "kind", "speaker", "cue",
"group"}``, offsets in the clean text of the document. ``kind`` is ``quote``, ``question``,
``scare_quote`` or ``name`` (a name or title in quote marks, which must stay editorial).

*Authored articles* are the JSON files the demo corpus is built from (``data/demo_source/``) and
the held-out set (``data/heldout_source/``): clean paragraphs with the quoted spans and labelled
sentences annotated by their text. :func:`load_authored` turns a folder of them into documents
and gold tables.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from .config import DATA_DIR
from .nlp import CANONICAL_APOSTROPHE
from .sentiment import SENTIMENT_NAMES as SENTIMENT_LABELS

GOLD_COLUMNS = ["doc", "start", "end", "kind", "speaker", "cue", "group"]
#: Columns of a framing gold table: one row per annotated framing expression.
FRAMING_GOLD_COLUMNS = ["doc", "start", "end", "category", "text"]
#: A gold quote counts as found when at least this share of its letters is predicted as quote.
SPAN_FOUND_SHARE = 0.5


#: A straight or typographic apostrophe between letters: authored texts are written with any of
#: them, clean text has the canonical one.
APOSTROPHE_BETWEEN_LETTERS = re.compile(r"(?<=[а-яіїєґА-ЯІЇЄҐ])['\u2019`](?=[а-яіїєґА-ЯІЇЄҐ])")
#: The held-out batches of authored articles (see their README files).
HELDOUT_BATCHES = {"held-out 1": DATA_DIR / "heldout_source", "held-out 2": DATA_DIR / "heldout2_source",
                   "held-out 3": DATA_DIR / "heldout3_source", "held-out 4": DATA_DIR / "heldout4_source",
                   "held-out 5": DATA_DIR / "heldout5_source", "held-out 6": DATA_DIR / "heldout6_source",
                   "held-out 7": DATA_DIR / "heldout7_source", "held-out 8": DATA_DIR / "heldout8_source",
                   "held-out 9": DATA_DIR / "heldout9_source", "held-out 10": DATA_DIR / "heldout10_source",
                   "held-out 11": DATA_DIR / "heldout11_source", "held-out 12": DATA_DIR / "heldout12_source",
                   "held-out 13": DATA_DIR / "heldout13_source", "held-out 14": DATA_DIR / "heldout14_source",
                   "held-out 15": DATA_DIR / "heldout15_source", "held-out 16": DATA_DIR / "heldout16_source",
                   "held-out 17": DATA_DIR / "heldout17_source", "held-out 18": DATA_DIR / "heldout18_source",
                   "held-out 19": DATA_DIR / "heldout19_source", "held-out 20": DATA_DIR / "heldout20_source",
                   "held-out 21": DATA_DIR / "heldout21_source", "held-out 22": DATA_DIR / "heldout22_source",
                   "held-out 23": DATA_DIR / "heldout23_source", "held-out 24": DATA_DIR / "heldout24_source",
                   "held-out 25": DATA_DIR / "heldout25_source", "held-out 26": DATA_DIR / "heldout26_source",
                   "held-out 27": DATA_DIR / "heldout27_source", "held-out 28": DATA_DIR / "heldout28_source",
                   "held-out 29": DATA_DIR / "heldout29_source", "held-out 30": DATA_DIR / "heldout30_source",
                   "held-out 31": DATA_DIR / "heldout31_source", "held-out 32": DATA_DIR / "heldout32_source",
                   "held-out 33": DATA_DIR / "heldout33_source", "held-out 34": DATA_DIR / "heldout34_source",
                   "held-out 35": DATA_DIR / "heldout35_source", "held-out 36": DATA_DIR / "heldout36_source",
                   "held-out 37": DATA_DIR / "heldout37_source", "held-out 38": DATA_DIR / "heldout38_source",
                   "held-out 39": DATA_DIR / "heldout39_source", "held-out 40": DATA_DIR / "heldout40_source",
                   "held-out 41": DATA_DIR / "heldout41_source", "held-out 42": DATA_DIR / "heldout42_source",
                   "held-out 43": DATA_DIR / "heldout43_source", "held-out 44": DATA_DIR / "heldout44_source",
                   "held-out 45": DATA_DIR / "heldout45_source", "held-out 46": DATA_DIR / "heldout46_source",
                   "held-out 47": DATA_DIR / "heldout47_source", "held-out 48": DATA_DIR / "heldout48_source",
                   "held-out 49": DATA_DIR / "heldout49_source", "held-out 50": DATA_DIR / "heldout50_source",
                   "held-out 51": DATA_DIR / "heldout51_source", "held-out 52": DATA_DIR / "heldout52_source",
                   "held-out 53": DATA_DIR / "heldout53_source", "held-out 54": DATA_DIR / "heldout54_source",
                   "held-out 55": DATA_DIR / "heldout55_source", "held-out 56": DATA_DIR / "heldout56_source",
                   "held-out 57": DATA_DIR / "heldout57_source", "held-out 58": DATA_DIR / "heldout58_source",
                   "held-out 59": DATA_DIR / "heldout59_source", "held-out 60": DATA_DIR / "heldout60_source",
                   "held-out 61": DATA_DIR / "heldout61_source", "held-out 62": DATA_DIR / "heldout62_source",
                   "held-out 63": DATA_DIR / "heldout63_source", "held-out 64": DATA_DIR / "heldout64_source",
                   "held-out 65": DATA_DIR / "heldout65_source", "held-out 66": DATA_DIR / "heldout66_source",
                   "held-out 67": DATA_DIR / "heldout67_source", "held-out 68": DATA_DIR / "heldout68_source",
                   "held-out 69": DATA_DIR / "heldout69_source", "held-out 70": DATA_DIR / "heldout70_source",
                   "held-out 71": DATA_DIR / "heldout71_source", "held-out 72": DATA_DIR / "heldout72_source",
                   "held-out 73": DATA_DIR / "heldout73_source", "held-out 74": DATA_DIR / "heldout74_source",
                   "held-out 75": DATA_DIR / "heldout75_source", "held-out 76": DATA_DIR / "heldout76_source",
                   "held-out 77": DATA_DIR / "heldout77_source", "held-out 78": DATA_DIR / "heldout78_source",
                   "held-out 79": DATA_DIR / "heldout79_source", "held-out 80": DATA_DIR / "heldout80_source",
                   "held-out 81": DATA_DIR / "heldout81_source", "held-out 82": DATA_DIR / "heldout82_source",
                   "held-out 83": DATA_DIR / "heldout83_source", "held-out 84": DATA_DIR / "heldout84_source",
                   "held-out 85": DATA_DIR / "heldout85_source", "held-out 86": DATA_DIR / "heldout86_source",
                   "held-out 87": DATA_DIR / "heldout87_source", "held-out 88": DATA_DIR / "heldout88_source",
                   "held-out 89": DATA_DIR / "heldout89_source", "held-out 90": DATA_DIR / "heldout90_source",
                   "held-out 91": DATA_DIR / "heldout91_source", "held-out 92": DATA_DIR / "heldout92_source",
                   "held-out 93": DATA_DIR / "heldout93_source", "held-out 94": DATA_DIR / "heldout94_source",
                   "held-out 95": DATA_DIR / "heldout95_source", "held-out 96": DATA_DIR / "heldout96_source",
                   "held-out 97": DATA_DIR / "heldout97_source", "held-out 98": DATA_DIR / "heldout98_source",
                   "held-out 99": DATA_DIR / "heldout99_source", "held-out 100": DATA_DIR / "heldout100_source",
                   "held-out 101": DATA_DIR / "heldout101_source",
                   **{f"held-out {n}": DATA_DIR / f"heldout{n}_source" for n in range(102, 310)}}
#: Held-out batches whose articles also carry blind framing gold (``framing`` in each article,
#: annotated by readers who had not seen the lexicon), in rounds of eighteen. Each round was
#: measured blind on the lexicon of its time; the development batches were then used for the next
#: lexicon review (round 1: 10, 40, ..., 250; round 2: 20, 35, 50, ..., 275; round 3: 15, 30, 45,
#: ..., 270; round 4: 7, 22, ..., 262; round 5: 2, 17, ..., 257), and the test batches measure what
#: the reviews carry over to.
FRAMING_DEV_BATCHES = tuple(sorted((*range(10, 251, 30), *range(20, 276, 15), *range(15, 271, 15),
                                    *range(7, 263, 15), *range(2, 258, 15))))
FRAMING_TEST_BATCHES = (25, 55, 85, 115, 145, 175, 205, 235, 265)
#: The last round (3, 18, ..., 258), annotated after the last review and measured once on the
#: final lexicon: the blind estimate of what to expect on new text. No change looked at its errors.
FRAMING_FINAL_BATCHES = tuple(range(3, 259, 15))


class AuthoredSet(NamedTuple):
    """Authored articles as ``documents`` (``doc_id, outlet, published, title, language, text``),
    their quote gold (:data:`GOLD_COLUMNS`), labelled ``sentences`` (``doc, text, voice,
    polarity``) and, where the set is annotated for it, framing gold
    (:data:`FRAMING_GOLD_COLUMNS`; None for a set without it)."""

    documents: pd.DataFrame
    quotes: pd.DataFrame
    sentences: pd.DataFrame
    framing: pd.DataFrame | None = None


def authored_text(article: dict) -> str:
    """The clean text of an authored article: paragraphs joined by a blank line, canonical
    apostrophes."""
    text = "\n\n".join(p.strip() for p in article["paragraphs"])
    return APOSTROPHE_BETWEEN_LETTERS.sub(CANONICAL_APOSTROPHE, text)


def authored_spans(article: dict, text: str) -> list[dict]:
    """The annotated spans of an authored article located in its clean ``text``, in order: each
    is looked for after the previous one (then anywhere); a span not found raises ``ValueError``."""
    rows, cursor = [], 0
    for span in article.get("spans", []):
        needle = APOSTROPHE_BETWEEN_LETTERS.sub(CANONICAL_APOSTROPHE, span["text"])  # as in the text
        at = text.find(needle, cursor)
        if at < 0:
            at = text.find(needle)
        if at < 0:
            raise ValueError(f"{article['doc_id']}: span not found: {needle[:60]!r}")
        rows.append({"doc": article["doc_id"], "start": at, "end": at + len(needle),
                     "kind": span["kind"], "speaker": span.get("speaker", ""),
                     "cue": span.get("cue", ""), "group": span.get("group", 0)})
        cursor = at
    return rows


def authored_framing(article: dict, text: str) -> list[dict]:
    """The framing expressions annotated in an authored article (``framing``: ``text``,
    ``occurrence`` (1-based, default 1) and ``category`` each) located in its clean ``text``; an
    expression not found raises ``ValueError``."""
    rows = []
    for expression in article.get("framing", []):
        needle = APOSTROPHE_BETWEEN_LETTERS.sub(CANONICAL_APOSTROPHE, expression["text"])
        at = -1
        for _ in range(int(expression.get("occurrence", 1))):
            at = text.find(needle, at + 1)
            if at < 0:
                raise ValueError(f"{article['doc_id']}: framing expression not found: {needle!r} "
                                 f"(occurrence {expression.get('occurrence', 1)})")
        rows.append({"doc": article["doc_id"], "start": at, "end": at + len(needle),
                     "category": expression["category"], "text": needle})
    return rows


def load_authored(directory: str | Path) -> AuthoredSet:
    """Read every ``*.json`` authored article in ``directory`` (sorted by file name). The set has
    framing gold when every article has a ``framing`` list (empty where it has no expression);
    a set where only some have it raises ``ValueError``."""
    documents, quotes, sentences, framing, with_framing = [], [], [], [], 0
    paths = sorted(Path(directory).glob("*.json"))
    if not paths:
        raise ValueError(f"{directory}: no authored articles (*.json)")
    for path in paths:
        try:
            article = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: not valid JSON: {exc}") from exc
        text = authored_text(article)
        documents.append({"doc_id": article["doc_id"], "outlet": article.get("outlet", ""),
                          "published": article.get("published", ""), "title": article.get("title", ""),
                          "language": article.get("language", "uk"), "text": text})
        quotes.extend(authored_spans(article, text))
        sentences.extend({"doc": article["doc_id"], "text": s["text"], "voice": s["voice"],
                          "polarity": s["polarity"]} for s in article.get("sentences", []))
        if "framing" in article:
            with_framing += 1
            framing.extend(authored_framing(article, text))
    if 0 < with_framing < len(paths):
        raise ValueError(f"{directory}: {with_framing} of {len(paths)} articles have framing gold; "
                         f"annotate every article (an empty list where it has none) or none")
    return AuthoredSet(pd.DataFrame(documents), pd.DataFrame(quotes, columns=GOLD_COLUMNS),
                       pd.DataFrame(sentences, columns=["doc", "text", "voice", "polarity"]),
                       pd.DataFrame(framing, columns=FRAMING_GOLD_COLUMNS) if with_framing else None)


#: Authored sets whose labelled sentences train the project's classifier
#: (:func:`analysis.sentiment.project_classifier`): the demo sources and every held-out batch.
TRAINING_SETS = {"demo": DATA_DIR / "demo_source", **HELDOUT_BATCHES}


def project_sentences(sets: dict[str, Path] | None = None) -> pd.DataFrame:
    """Every labelled sentence of the authored ``sets`` (default :data:`TRAINING_SETS`):
    ``set, doc, language, text, voice, polarity``, in a fixed order (set, then file name)."""
    frames = []
    for name, directory in (TRAINING_SETS if sets is None else sets).items():
        if not Path(directory).is_dir():
            raise FileNotFoundError(f"{directory}: labelled sentences not found (the project's data "
                                    f"directory is needed to train the project classifier)")
        authored = load_authored(directory)
        sentences = authored.sentences.assign(
            set=name, language=authored.sentences["doc"].map(
                dict(zip(authored.documents["doc_id"], authored.documents["language"]))))
        frames.append(sentences[["set", "doc", "language", "text", "voice", "polarity"]])
    return pd.concat(frames, ignore_index=True)


def evaluate_sentiment(sentences: pd.DataFrame, languages: dict[str, str] | None = None) -> dict[str, float]:
    """Macro-F1 and per-class F1 of the lexicon scorer on labelled ``sentences`` (``doc, text,
    polarity`` -1/0/1), each scored alone in its document's language (``languages``: doc ->
    "uk"/"ru", default "uk")."""
    from sklearn.metrics import f1_score

    from .sentiment import LABELS, label, score_text

    languages = languages or {}
    gold = [SENTIMENT_LABELS[int(p)] for p in sentences["polarity"]]
    predicted = [label(score_text(text, lang=languages.get(doc, "uk")))
                 for doc, text in zip(sentences["doc"], sentences["text"])]
    per_class = f1_score(gold, predicted, labels=list(LABELS), average=None, zero_division=0)
    scores = {"macro_f1": round(float(per_class.mean()), 4), "sentences": len(gold)}
    scores.update({f"f1_{name}": round(float(value), 4) for name, value in zip(LABELS, per_class)})
    return scores


def _overlapping(spans: list[tuple[int, int, str]], others: list[tuple[int, int, str]], *,
                 same_category: bool) -> int:
    """How many of ``spans`` (start, end, category) overlap one of ``others`` (with the same
    category when ``same_category``)."""
    return sum(any(s < e2 and s2 < e and (not same_category or c == c2) for s2, e2, c2 in others)
               for s, e, c in spans)


def _spans_by_doc(table: pd.DataFrame) -> dict[str, list[tuple[int, int, str]]]:
    doc_column = "doc" if "doc" in table else "doc_id"
    grouped: dict[str, list[tuple[int, int, str]]] = {}
    for doc, start, end, category in zip(table[doc_column], table["start"], table["end"], table["category"]):
        grouped.setdefault(doc, []).append((int(start), int(end), category))
    return grouped


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def evaluate_framing(hits: pd.DataFrame, gold: pd.DataFrame) -> dict[str, float]:
    """Framing hits (``doc_id`` or ``doc``, ``start, end, category``) against gold expressions
    (:data:`FRAMING_GOLD_COLUMNS`) of the same documents. A hit and an expression match when their
    characters overlap, since annotators and lexicon draw a phrase's edges differently ("воєнні
    злочини" / "злочини"):

    - ``precision``: share of hits that overlap a gold expression; ``recall``: share of gold
      expressions a hit overlaps; ``f1``;
    - ``category_precision``, ``category_recall``, ``category_f1``: the same, counting only a
      match of the same category;
    - ``hits``, ``gold_expressions``.

    The same function measures two annotators' agreement: pass one's table as ``hits``.
    """
    predicted, expected = _spans_by_doc(hits), _spans_by_doc(gold)
    scores: dict[str, float] = {}
    for prefix, same in (("", False), ("category_", True)):
        found = sum(_overlapping(spans, predicted.get(doc, []), same_category=same) for doc, spans in expected.items())
        correct = sum(_overlapping(spans, expected.get(doc, []), same_category=same) for doc, spans in predicted.items())
        precision, recall = correct / max(len(hits), 1), found / max(len(gold), 1)
        scores.update({f"{prefix}precision": round(precision, 4), f"{prefix}recall": round(recall, 4),
                       f"{prefix}f1": round(_f1(precision, recall), 4)})
    scores.update({"hits": len(hits), "gold_expressions": len(gold)})
    return scores


def framing_by_category(hits: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """:func:`evaluate_framing` within each category (the hits of a category against the gold
    expressions of that category): ``category, hits, gold_expressions, precision, recall, f1``,
    one row per category that either side uses, sorted by name."""
    rows = []
    for category in sorted(set(hits["category"]) | set(gold["category"])):
        scores = evaluate_framing(hits[hits["category"] == category], gold[gold["category"] == category])
        rows.append((category, scores["hits"], scores["gold_expressions"], scores["precision"],
                     scores["recall"], scores["f1"]))
    return pd.DataFrame(rows, columns=["category", "hits", "gold_expressions", "precision", "recall", "f1"])


def framing_errors(hits: pd.DataFrame, gold: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """The disagreements behind :func:`evaluate_framing`, for error analysis: ``doc, start, end,
    error, gold_category, hit_category, text`` where ``error`` is ``missed`` (a gold expression
    no hit overlaps), ``spurious`` (a hit that overlaps no gold expression) or ``category`` (a
    hit that overlaps gold expressions of other categories only)."""
    predicted, expected = _spans_by_doc(hits), _spans_by_doc(gold)
    rows = []
    for doc in sorted(set(predicted) | set(expected)):
        ours, theirs = predicted.get(doc, []), expected.get(doc, [])
        for start, end, category in theirs:
            if not _overlapping([(start, end, category)], ours, same_category=False):
                rows.append((doc, start, end, "missed", category, "", texts[doc][start:end]))
        for start, end, category in ours:
            overlapped = [c for s, e, c in theirs if s < end and start < e]
            if not overlapped:
                rows.append((doc, start, end, "spurious", "", category, texts[doc][start:end]))
            elif category not in overlapped:
                rows.append((doc, start, end, "category", overlapped[0], category, texts[doc][start:end]))
    return pd.DataFrame(rows, columns=["doc", "start", "end", "error", "gold_category", "hit_category", "text"])


def evaluate_authored(directory: str | Path) -> dict[str, dict[str, float]]:
    """Quote, sentiment and (for a set with framing gold) framing scores on a folder of authored
    articles (:func:`load_authored`): ``{"quotes": ..., "sentiment": ..., "framing": ...}`` as
    :func:`evaluate_quotes`, :func:`evaluate_sentiment` and :func:`evaluate_framing` give them."""
    from .quotes import segment_corpus

    authored = load_authored(directory)
    documents = authored.documents
    scores = {"quotes": evaluate_quotes(segment_corpus(documents), authored.quotes,
                                        dict(zip(documents["doc_id"], documents["text"]))),
              "sentiment": evaluate_sentiment(authored.sentences,
                                              dict(zip(documents["doc_id"], documents["language"])))}
    if authored.framing is not None:
        from .framing import framing_hits

        scores["framing"] = evaluate_framing(framing_hits(documents), authored.framing)
    return scores


def framing_batches() -> dict[str, Path]:
    """The held-out batches with framing gold (:data:`FRAMING_DEV_BATCHES`,
    :data:`FRAMING_TEST_BATCHES` and :data:`FRAMING_FINAL_BATCHES`), in batch order."""
    return {f"held-out {n}": HELDOUT_BATCHES[f"held-out {n}"]
            for n in sorted(FRAMING_DEV_BATCHES + FRAMING_TEST_BATCHES + FRAMING_FINAL_BATCHES)}


def heldout_scores(part: str = "quotes") -> pd.DataFrame:
    """:func:`evaluate_authored` on the project's held-out batches (``data/heldout_source/``,
    ``heldout2_source/`` ...: each written blind after the ones before it had been used for error
    analysis; the README gives each one's first-contact figures): one column per batch, the
    scores of ``part`` ("quotes", "sentiment" or "framing", the last on the batches with framing
    gold, :func:`framing_batches`) as rows."""
    if part not in ("quotes", "sentiment", "framing"):
        raise ValueError(f"part must be 'quotes', 'sentiment' or 'framing', got {part!r}")
    batches = framing_batches() if part == "framing" else HELDOUT_BATCHES
    return pd.DataFrame({name: evaluate_authored(path)[part] for name, path in batches.items()})


#: The scraped-page set: raw page text with its page furniture and embedded posts annotated
#: (see its README).
SCRAPED_PAGES = DATA_DIR / "scraped_source"
#: Every scraped-page set, each written blind after the one before had been used for error
#: analysis.
SCRAPED_SETS = {"scraped 1": SCRAPED_PAGES, "scraped 2": DATA_DIR / "scraped2_source",
                "scraped 3": DATA_DIR / "scraped3_source"}
SCRAPED_LINE_COLUMNS = ["doc", "line", "role", "raw_count", "kept_count"]


def _scraped_pages(directory: str | Path) -> list[tuple[Path, dict, str, str]]:
    """``(annotation path, annotation, raw text, clean text)`` of every scraped page in
    ``directory``, each page cleaned once."""
    from .cleaning import clean_text

    pages = []
    for path in sorted(Path(directory).glob("*.json")):
        page = path.with_suffix(".txt")
        if not page.is_file():
            raise ValueError(f"{path}: no scraped page {page.name} beside it")
        try:
            annotation = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: not valid JSON: {exc}") from exc
        raw = page.read_text(encoding="utf-8")
        pages.append((path, annotation, raw, clean_text(raw).text))
    if not pages:
        raise ValueError(f"{directory}: no annotated scraped pages (*.json beside *.txt)")
    return pages


def scraped_lines(directory: str | Path = SCRAPED_PAGES) -> pd.DataFrame:
    """Every distinct non-empty line of the scraped pages in ``directory`` (``*.txt`` with a
    ``*.json`` annotation: ``furniture`` lines, ``embeds`` with their ``text`` and other
    ``lines``), with its ``role`` (furniture, embed or content), how often it occurs in the raw
    page and how often it survives :func:`analysis.cleaning.clean_text`. Lines are compared
    after the normalising rules (every rule but line removal), so a kept line counts as kept
    even when its apostrophes or spaces were normalised."""
    return _line_table(_scraped_pages(directory))


def _line_table(pages: list[tuple[Path, dict, str, str]]) -> pd.DataFrame:
    """:func:`scraped_lines` of pages already read and cleaned (:func:`_scraped_pages`)."""
    from collections import Counter

    from .cleaning import DEFAULT_RULES, clean_text, remove_injected_lines

    normalising = [rule for rule in DEFAULT_RULES if rule is not remove_injected_lines]
    rows = []
    for path, annotation, raw, clean in pages:
        furniture = {line.strip() for line in annotation.get("furniture", [])}
        embed_lines = {line.strip() for embed in annotation.get("embeds", []) for line in embed.get("lines", [])}
        raw_lines = Counter(line.strip() for line in raw.splitlines() if line.strip())
        clean_lines = Counter(line.strip() for line in clean.splitlines() if line.strip())
        for line, count in raw_lines.items():
            role = "furniture" if line in furniture else "embed" if line in embed_lines else "content"
            rows.append((path.stem, line, role, count, min(count, clean_lines[clean_text(line, rules=normalising).text])))
    return pd.DataFrame(rows, columns=SCRAPED_LINE_COLUMNS)


def evaluate_scraped(directory: str | Path = SCRAPED_PAGES) -> dict[str, float]:
    """Cleaning and embedded posts on the scraped pages in ``directory``:

    - ``furniture_removed``: share of the furniture lines (occurrences) cleaning removes;
    - ``content_kept``: share of the other lines (article text) it keeps;
    - ``embeds_quoted``: share of embedded posts whose text is mostly (:data:`SPAN_FOUND_SHARE`)
      segmented as quote, and ``embed_speaker``: share of those whose quote names the author
      (same surname, as for quotes).
    """
    from .cleaning import clean_text
    from .quotes import segment_text

    pages = _scraped_pages(directory)
    lines = _line_table(pages)
    furniture, content = lines[lines["role"] == "furniture"], lines[lines["role"] == "content"]
    embeds = quoted = named = 0
    for _, annotation, _, text in pages:
        segments = segment_text(text, lang=annotation.get("language", "uk"))
        for embed in annotation.get("embeds", []):
            embeds += 1
            needle = clean_text(embed["text"]).text
            at = text.find(needle)
            if at < 0 or not needle:
                continue
            inside = segments[(segments["kind"] == "quote") & (segments["start"] < at + len(needle))
                              & (segments["end"] > at)]
            covered = sum(min(e, at + len(needle)) - max(s, at) for s, e in zip(inside["start"], inside["end"]))
            if covered >= SPAN_FOUND_SHARE * len(needle):
                quoted += 1
                named += any(_surname(speaker) == _surname(embed["author"]) for speaker in inside["speaker"])
    return {"furniture_removed": round(float(furniture["kept_count"].rsub(furniture["raw_count"]).sum())
                                       / max(int(furniture["raw_count"].sum()), 1), 4),
            "content_kept": round(float(content["kept_count"].sum()) / max(int(content["raw_count"].sum()), 1), 4),
            "furniture_lines": int(furniture["raw_count"].sum()), "content_lines": int(content["raw_count"].sum()),
            "embeds": embeds, "embeds_quoted": round(quoted / max(embeds, 1), 4),
            "embed_speaker": round(named / max(quoted, 1), 4)}


def read_gold(path: str | Path) -> pd.DataFrame:
    """Read a gold JSON Lines file; a broken line raises ``ValueError`` naming the line."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{line_no}: not valid JSON: {exc}") from exc
    frame = pd.DataFrame(rows)
    missing = {"doc", "start", "end", "kind"} - set(frame.columns)
    if missing:
        raise ValueError(f"{path}: gold lacks columns {sorted(missing)}")
    for column in GOLD_COLUMNS:
        if column not in frame:
            frame[column] = ""
    return frame[GOLD_COLUMNS]


def _surname(name: str) -> str:
    words = str(name or "").replace("ʼ", "'").replace("\u2019", "'").split()  # any apostrophe
    return words[-1].strip("«»„“”\"'.,").lower() if words else ""  # "проєкт «Відкритий протокол»"


def _mask(length: int, spans) -> bytearray:
    mask = bytearray(length)
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask


def evaluate_quotes(segments: pd.DataFrame, gold: pd.DataFrame, texts: dict[str, str]
                    ) -> dict[str, float]:
    """Character and span scores of the ``quote`` class (questions count with quotes: both are
    speech not in the journalist's voice), speaker accuracy, and names taken for quotes (names
    outside the gold quotations; one inside a quotation is part of the speech)."""
    tp = fp = fn = 0
    found = total = 0
    speaker_ok = speaker_total = 0
    predicted_spans = predicted_hit = 0
    names = names_as_quote = 0
    speech = ("quote", "question")
    for doc, text in texts.items():
        doc_gold = gold[gold["doc"] == doc]
        doc_pred = segments[(segments["doc_id"] == doc) & segments["kind"].isin(speech)]
        gold_speech = doc_gold[doc_gold["kind"].isin(speech)]
        gold_mask = _mask(len(text), zip(gold_speech["start"], gold_speech["end"]))
        pred_mask = _mask(len(text), zip(doc_pred["start"], doc_pred["end"]))
        for g, p, ch in zip(gold_mask, pred_mask, text):
            if ch.isspace():
                continue
            tp += g and p
            fp += p and not g
            fn += g and not p
        for row in gold_speech.itertuples():
            total += 1
            letters = [i for i in range(row.start, row.end) if not text[i].isspace()]
            share = sum(pred_mask[i] for i in letters) / max(len(letters), 1)
            if share >= SPAN_FOUND_SHARE:
                found += 1
                if row.kind == "quote" and row.speaker:
                    overlapping = doc_pred[(doc_pred["start"] < row.end) & (doc_pred["end"] > row.start)]
                    speaker_total += 1
                    speaker_ok += any(_surname(s) == _surname(row.speaker) for s in overlapping["speaker"])
        for row in doc_pred.itertuples():
            predicted_spans += 1
            letters = [i for i in range(row.start, row.end) if not text[i].isspace()]
            share = sum(gold_mask[i] for i in letters) / max(len(letters), 1)
            predicted_hit += share >= SPAN_FOUND_SHARE
        for row in doc_gold[doc_gold["kind"] == "name"].itertuples():
            if all(gold_mask[row.start:row.end]):
                continue  # a name inside a quotation ("за кошти фонду „Дорога додому“") is speech too
            names += 1
            names_as_quote += any(pred_mask[row.start:row.end])
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "char_precision": round(precision, 4),
        "char_recall": round(recall, 4),
        "char_f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        "span_precision": round(predicted_hit / predicted_spans, 4) if predicted_spans else 0.0,
        "span_recall": round(found / total, 4) if total else 0.0,
        "speaker_accuracy": round(speaker_ok / speaker_total, 4) if speaker_total else 0.0,
        "names_as_quotes": round(names_as_quote / names, 4) if names else 0.0,
        "gold_spans": total,
        "documents": len(texts),
    }
