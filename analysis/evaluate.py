"""Score the segmenter and the cleaner against gold annotations (JSON Lines, one annotation per line).

Gold quote file: one JSON object per span, ``{"doc", "start", "end", "kind", "speaker", "cue",
"group"}``, offsets in the clean text of the document. ``kind`` is ``quote``, ``question``,
``scare_quote`` or ``name`` (a name or title in quote marks, which must stay editorial).
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

GOLD_COLUMNS = ["doc", "start", "end", "kind", "speaker", "cue", "group"]
#: A gold quote counts as found when at least this share of its letters is predicted as quote.
SPAN_FOUND_SHARE = 0.5


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
    words = str(name or "").replace("ʼ", "'").split()
    return words[-1].lower() if words else ""


def _mask(length: int, spans) -> bytearray:
    mask = bytearray(length)
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask


def evaluate_quotes(segments: pd.DataFrame, gold: pd.DataFrame, texts: dict[str, str]
                    ) -> dict[str, float]:
    """Character and span scores of the ``quote`` class (questions count with quotes: both are
    speech not in the journalist's voice), speaker accuracy, and names taken for quotes."""
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
