"""Build the synthetic demo corpus and its gold files from the authoring sources.

``data/demo_source/<doc_id>.json`` holds each article as written for this project: clean
paragraphs, the lines a news site would inject, and hand annotations (quoted spans with
speakers, sentence polarity). This script

- plants realistic artefacts into the clean text (injected lines, NBSP, soft hyphens, zero-width
  characters, mixed apostrophes, Latin look-alike letters, mid-word capitals, HTML entities and
  inline tags, CRLF line ends, a mojibake paragraph, cp1251 file encoding) with a seeded random
  generator, and writes the raw articles to ``data/raw/demo/`` with ``metadata.csv``;
- adds syndicated near-duplicates (a wire story re-run by another outlet with small edits);
- writes the gold files to ``tests/gold/``: ``quotes.jsonl`` (offsets in the clean text),
  ``sentiment.jsonl``, ``cleaning_artefacts.jsonl`` (every planted artefact, raw offsets) and
  ``duplicates.csv``.

Run: ``python scripts/build_demo_corpus.py``. Output is deterministic.
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from pathlib import Path

from analysis.evaluate import authored_spans, authored_text

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = ROOT / "data" / "demo_source"
RAW_DIR = ROOT / "data" / "raw" / "demo"
GOLD_DIR = ROOT / "tests" / "gold"
SEED = 20260224

LATIN_TWINS = {"а": "a", "о": "o", "е": "e", "і": "i", "с": "c", "р": "p", "х": "x", "у": "y"}
WORD = re.compile(r"(?<![\w\u02bc])[а-яіїєґ]{7,}(?![\w\u02bc])")
SPACE_BETWEEN_WORDS = re.compile(r"(?<=[а-яіїєґ]) (?=[а-яіїєґА-ЯІЇЄҐ])")
APOSTROPHE_IN_WORD = re.compile(r"(?<=[а-яіїєґА-ЯІЇЄҐ])\u02bc(?=[а-яіїєґ])")
HTML_ENTITY_FOR = {"«": "&laquo;", "»": "&raquo;", "–": "&ndash;", "—": "&mdash;"}
# syndicated copies: (source doc, copy id, outlet, day shift)
SYNDICATED = [("ns-002", "po-syn-001", "Полтавські обрії", 1),
              ("ns-005", "hr-syn-001", "Голос рівноваги", 2),
              ("ns-009", "gk-syn-001", "Гострий кут", 1)]
SYNDICATION_EDITS = [("повідомили", "повідомляють"), ("зазначив", "наголосив"),
                     ("заявив", "сказав"), ("також", "крім того,")]


def plan_artefacts(article: dict, clean: str, rng: random.Random) -> list[dict]:
    """Non-overlapping planted edits ``{start, end, raw, kind}`` in clean-text offsets."""
    edits: list[dict] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s - 1 or start >= e + 1 for s, e in taken)

    def add(start: int, end: int, raw: str, kind: str) -> None:
        edits.append({"start": start, "end": end, "raw": raw, "kind": kind})
        taken.append((start, end))

    # injected lines as paragraphs of their own
    paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n\n", clean)]
    for injection in article.get("injections", []):
        index = injection["after_paragraph"] + 1
        line = injection["line"].strip()
        if index < len(paragraph_starts):
            at = paragraph_starts[index]
            add(at, at, line + "\n\n", "injected_" + injection["kind"])
        else:
            add(len(clean), len(clean), "\n\n" + line, "injected_" + injection["kind"])
    kinds = ["nbsp", "soft_hyphen", "zero_width", "apostrophe", "latin_lookalike",
             "midword_capital", "html_entity", "html_tag", "double_space"]
    for kind in rng.sample(kinds, k=rng.randint(2, 4)):
        for _ in range(20):  # a few attempts to find a free place
            if _plant_one(kind, clean, rng, free, add):
                break
    return sorted(edits, key=lambda e: (e["start"], e["end"]))


def _plant_one(kind, clean, rng, free, add) -> bool:
    if kind in ("nbsp", "double_space", "zero_width"):
        spaces = [m.start() for m in SPACE_BETWEEN_WORDS.finditer(clean)]
        at = rng.choice(spaces)
        if not free(at, at + 1):
            return False
        raw = {"nbsp": "\u00a0", "double_space": "  ", "zero_width": " \u200b"}[kind]
        add(at, at + 1, raw, kind)
        return True
    if kind == "apostrophe":
        places = [m.start() for m in APOSTROPHE_IN_WORD.finditer(clean)]
        if not places:
            return False
        at = rng.choice(places)
        if not free(at, at + 1):
            return False
        add(at, at + 1, rng.choice(["\u2019", "'", "`"]), kind)
        return True
    if kind == "html_entity":
        places = [i for i, ch in enumerate(clean) if ch in HTML_ENTITY_FOR]
        if not places:
            return False
        at = rng.choice(places)
        if not free(at, at + 1):
            return False
        add(at, at + 1, HTML_ENTITY_FOR[clean[at]], kind)
        return True
    words = list(WORD.finditer(clean))
    match = rng.choice(words)
    start, end, word = match.start(), match.end(), match.group()
    if not free(start, end):
        return False
    if kind == "soft_hyphen":
        cut = rng.randint(3, len(word) - 3)
        add(start, end, word[:cut] + "\u00ad" + word[cut:], kind)
    elif kind == "latin_lookalike":
        positions = [i for i, ch in enumerate(word) if ch in LATIN_TWINS]
        if not positions:
            return False
        i = rng.choice(positions)
        add(start, end, word[:i] + LATIN_TWINS[word[i]] + word[i + 1:], kind)
    elif kind == "midword_capital":
        i = rng.randint(3, len(word) - 2)
        add(start, end, word[:i] + word[i].upper() + word[i + 1:], kind)
    elif kind == "html_tag":
        tag = rng.choice(["b", "strong", "em"])
        add(start, end, f"<{tag}>{word}</{tag}>", kind)
    return True


def apply_plan(clean: str, plan: list[dict]) -> tuple[str, list[dict]]:
    """Raw text and the planted artefacts with their raw offsets."""
    parts, artefacts, cursor, raw_len = [], [], 0, 0
    for edit in plan:
        parts.append(clean[cursor:edit["start"]])
        raw_len += edit["start"] - cursor
        artefacts.append({"kind": edit["kind"], "raw_start": raw_len,
                          "raw_end": raw_len + len(edit["raw"]), "raw": edit["raw"],
                          "clean": clean[edit["start"]:edit["end"]]})
        parts.append(edit["raw"])
        raw_len += len(edit["raw"])
        cursor = edit["end"]
    parts.append(clean[cursor:])
    return "".join(parts), artefacts


def main() -> int:
    rng = random.Random(SEED)
    articles = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SOURCE_DIR.glob("*.json"))]
    by_id = {a["doc_id"]: a for a in articles}
    RAW_DIR.mkdir(parents=True, exist_ok=True)
    for old in RAW_DIR.glob("*.txt"):
        old.unlink()
    metadata, quotes, sentiment, artefact_rows = [], [], [], []
    uk_articles = [a for a in articles if a["language"] == "uk"]
    crlf_docs = {a["doc_id"] for a in rng.sample(uk_articles, 2)}
    mojibake_docs = {a["doc_id"] for a in rng.sample(uk_articles, 2)} - crlf_docs
    cp1251_docs = {a["doc_id"] for a in rng.sample(uk_articles, 3)} - crlf_docs - mojibake_docs
    for article in articles:
        doc_id = article["doc_id"]
        clean = authored_text(article)
        plan = plan_artefacts(article, clean, random.Random(f"{SEED}-{doc_id}"))
        if doc_id in mojibake_docs:
            _plan_mojibake(clean, plan, random.Random(f"moji-{doc_id}"))
        raw, artefacts = apply_plan(clean, plan)
        if doc_id in crlf_docs:
            raw, artefacts = _to_crlf(raw, artefacts)
        encoding = "utf-8"
        if doc_id in cp1251_docs:
            try:
                raw.encode("cp1251")
                encoding = "cp1251"
            except UnicodeEncodeError:
                pass
        (RAW_DIR / f"{doc_id}.txt").write_bytes(raw.encode(encoding))
        metadata.append({"doc_id": doc_id, "outlet": article["outlet"], "published": article["published"],
                         "title": article["title"], "url": article["url"],
                         "language": article["language"], "file": f"{doc_id}.txt"})
        quotes.extend(authored_spans(article, clean))
        for sentence in article.get("sentences", []):
            sentiment.append({"doc": doc_id, "text": sentence["text"], "voice": sentence["voice"],
                              "polarity": sentence["polarity"]})
        artefact_rows.extend({"doc": doc_id, "encoding": encoding, **a} for a in artefacts)
    duplicates = []
    for source_id, copy_id, outlet, shift in SYNDICATED:
        if source_id not in by_id:
            continue
        source = by_id[source_id]
        text = authored_text(source)
        for old, new in SYNDICATION_EDITS:
            text = text.replace(old, new, 1)
        text += f"\n\nДжерело: {source['outlet']}."
        (RAW_DIR / f"{copy_id}.txt").write_text(text, encoding="utf-8")
        published = _shift_date(source["published"], shift)
        metadata.append({"doc_id": copy_id, "outlet": outlet, "published": published,
                         "title": source["title"], "url": source["url"].replace("nstrichka", "syndicated"),
                         "language": source["language"], "file": f"{copy_id}.txt"})
        duplicates.append({"doc_id": copy_id, "duplicate_of": source_id})
    with (RAW_DIR / "metadata.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(metadata[0]))
        writer.writeheader()
        writer.writerows(sorted(metadata, key=lambda r: r["doc_id"]))
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    _write_jsonl(GOLD_DIR / "quotes.jsonl", quotes)
    _write_jsonl(GOLD_DIR / "sentiment.jsonl", sentiment)
    _write_jsonl(GOLD_DIR / "cleaning_artefacts.jsonl", artefact_rows)
    with (GOLD_DIR / "duplicates.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["doc_id", "duplicate_of"])
        writer.writeheader()
        writer.writerows(duplicates)
    print(f"{len(metadata)} raw articles, {len(quotes)} gold spans, {len(sentiment)} gold sentences, "
          f"{len(artefact_rows)} planted artefacts, {len(duplicates)} syndicated copies")
    return 0


def _plan_mojibake(clean: str, plan: list[dict], rng: random.Random) -> None:
    """Turn one sentence-long stretch into UTF-8-read-as-cp1251 mojibake."""
    candidates = [m for m in re.finditer(r"[А-ЯІЇЄҐ][^«»„“”\"\n]{30,90}?[.]", clean)
                  if all(m.end() <= e["start"] or m.start() >= e["end"] + 1 for e in plan)]
    if not candidates:
        return
    match = rng.choice(candidates)
    try:
        garbled = match.group().encode("utf-8").decode("cp1251")
    except UnicodeDecodeError:
        return
    plan.append({"start": match.start(), "end": match.end(), "raw": garbled, "kind": "mojibake"})
    plan.sort(key=lambda e: (e["start"], e["end"]))


def _to_crlf(raw: str, artefacts: list[dict]) -> tuple[str, list[dict]]:
    """Convert line ends to CRLF, keep artefact offsets right and record each line end."""
    out = ["\r\n" if ch == "\n" else ch for ch in raw]
    # recompute offsets by counting inserted CRs before each position
    prefix, crs = [], 0
    for ch in raw:
        prefix.append(crs)
        if ch == "\n":
            crs += 1
    prefix.append(crs)
    shifted = [{**a, "raw_start": a["raw_start"] + prefix[a["raw_start"]],
                "raw_end": a["raw_end"] + prefix[a["raw_end"]],
                "raw": a["raw"].replace("\n", "\r\n")} for a in artefacts]
    new = "".join(out)
    for match in re.finditer(r"\r\n", new):
        inside = any(a["raw_start"] <= match.start() < a["raw_end"] for a in shifted)
        if not inside:
            shifted.append({"kind": "crlf", "raw_start": match.start(), "raw_end": match.end(),
                            "raw": "\r\n", "clean": "\n"})
    return new, sorted(shifted, key=lambda a: a["raw_start"])


def _shift_date(date: str, days: int) -> str:
    from datetime import date as _date, timedelta

    return (_date.fromisoformat(date) + timedelta(days=days)).isoformat()


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    sys.exit(main())
