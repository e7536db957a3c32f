"""Run every stage over a corpus and write the tables to ``out_dir``.

load -> clean -> (duplicates) -> segment -> framing -> sentiment -> summaries.

Per-document stages are pure functions of one document, so they run in chunks across worker
processes (``workers``); duplicate detection needs the whole cleaned corpus and runs once in
between. Output is deterministic: rows are sorted by document and offset whatever the number of
workers.
"""

from __future__ import annotations

import json
import platform
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import __version__
from .cleaning import CLEANING_LOG_COLUMNS, clean_record, find_duplicates
from .corpus import Corpus, load_corpus

#: Documents per task sent to a worker process: large enough to amortise the hand-over, small
#: enough to balance two workers on the demo corpus.
CHUNK_SIZE = 16
TABLES = ("documents", "quarantine", "cleaning_log", "duplicates", "segments", "framing_hits",
          "framing_counts", "sentiment", "outlet_summary")


@dataclass
class RunResult:
    """Tables of one run (pandas DataFrames by name), where they were written, and the record."""

    tables: dict[str, pd.DataFrame]
    out_dir: Path | None
    record: dict = field(default_factory=dict)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]


# ---------------------------------------------------------------------------------------------
# per-document work (runs in worker processes)


def _clean_chunk(records: list[dict]) -> list[tuple[dict, list[dict]]]:
    return [clean_record(record) for record in records]


def _analyse_chunk(records: list[dict]) -> dict[str, pd.DataFrame]:
    from .framing import count_framing, framing_hits
    from .quotes import segment_corpus
    from .sentiment import score_segments

    docs = pd.DataFrame(records)
    segments = segment_corpus(docs)
    hits = framing_hits(docs, segments)
    counts = count_framing(docs, segments, hits=hits)
    return {"segments": segments, "framing_hits": hits, "framing_counts": counts,
            "sentiment": score_segments(docs, segments)}


def _map(function, chunks: list, workers: int, progress: bool, desc: str) -> list:
    from tqdm import tqdm

    if workers <= 1 or len(chunks) <= 1:
        return [function(chunk) for chunk in tqdm(chunks, desc=desc, unit="chunk", disable=not progress)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(tqdm(pool.map(function, chunks), total=len(chunks), desc=desc, unit="chunk",
                         disable=not progress))


def _chunks(records: list[dict], size: int = CHUNK_SIZE) -> list[list[dict]]:
    return [records[i:i + size] for i in range(0, len(records), size)]


# ---------------------------------------------------------------------------------------------


def run(corpus: str | Path | Corpus, out_dir: str | Path | None = None, *, workers: int | None = None,
        engine: str = "local", progress: bool = True) -> RunResult:
    """Run the whole pipeline on ``corpus`` (a path or a loaded :class:`Corpus`).

    Writes every table to ``out_dir`` as Parquet (plus ``quarantine.csv`` and ``run.json``) when
    ``out_dir`` is given. ``workers`` processes (default 1) share the per-document stages.
    """
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}: only 'local' is available in this version")
    workers = max(1, int(workers or 1))
    timings: dict[str, float] = {}
    started = time.perf_counter()
    loaded = corpus if isinstance(corpus, Corpus) else load_corpus(corpus)
    timings["load"] = time.perf_counter() - started

    step = time.perf_counter()
    raw_docs = loaded.documents
    records = raw_docs[["doc_id", "text", "language"]].to_dict("records")
    cleaned = [item for chunk in _map(_clean_chunk, _chunks(records), workers, progress, "cleaning")
               for item in chunk]
    log = pd.DataFrame([edit for _, edits in cleaned for edit in edits], columns=CLEANING_LOG_COLUMNS)
    clean_frame = pd.DataFrame([row for row, _ in cleaned], columns=[
        "doc_id", "language", "declared_language", "text", "raw_chars", "clean_chars",
        "dictionary_coverage", "flags"])
    documents = raw_docs.drop(columns=["text", "language"]).merge(clean_frame, on="doc_id", how="left")
    documents = documents.sort_values(["published", "doc_id"], na_position="last", kind="stable")
    duplicates = find_duplicates(documents)
    documents = documents[~documents["doc_id"].isin(duplicates["doc_id"])].reset_index(drop=True)
    timings["clean"] = time.perf_counter() - step

    step = time.perf_counter()
    analysed = _map(_analyse_chunk, _chunks(documents[["doc_id", "text", "language"]].to_dict("records")),
                    workers, progress, "analysing")
    tables = {"documents": documents, "quarantine": loaded.quarantine, "cleaning_log": log,
              "duplicates": duplicates}
    for name in ("segments", "framing_hits", "framing_counts", "sentiment"):
        tables[name] = pd.concat([chunk[name] for chunk in analysed], ignore_index=True)
    tables["outlet_summary"] = outlet_summary(tables)
    timings["analyse"] = time.perf_counter() - step
    timings["total"] = time.perf_counter() - started

    record = _run_record(loaded, tables, timings, workers)
    result = RunResult(tables, Path(out_dir) if out_dir else None, record)
    if out_dir:
        write_tables(result, out_dir)
    return result


def outlet_summary(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Per outlet: documents, words, share of quoted words, framing hits per 1,000 words by voice."""
    documents = tables["documents"]
    segments = tables.get("segments")
    if segments is None or segments.empty:
        return pd.DataFrame()
    texts = dict(zip(documents["doc_id"], documents["text"]))
    from .nlp import count_words

    words = segments.assign(words=[count_words(texts[d][s:e]) for d, s, e in
                                   zip(segments["doc_id"], segments["start"], segments["end"])])
    words = words.merge(documents[["doc_id", "outlet"]], on="doc_id")
    by_kind = words.pivot_table(index="outlet", columns="kind", values="words", aggfunc="sum", fill_value=0)
    summary = pd.DataFrame({"documents": documents.groupby("outlet")["doc_id"].nunique()})
    summary["words"] = by_kind.sum(axis=1)
    summary["quoted_share"] = (by_kind.get("quote", 0) + by_kind.get("question", 0)) / summary["words"]
    hits = tables.get("framing_hits")
    if hits is not None:
        hits = hits.merge(documents[["doc_id", "outlet"]], on="doc_id")
        for kind in ("editorial", "quote"):
            n = hits[hits["kind"] == kind].groupby("outlet").size()
            summary[f"framing_per_1k_{kind}"] = (n.reindex(summary.index, fill_value=0) * 1000
                                                 / by_kind.get(kind, pd.Series(0, index=summary.index)).clip(lower=1))
    return summary.reset_index()


def _run_record(loaded: Corpus, tables: dict[str, pd.DataFrame], timings: dict, workers: int) -> dict:
    from importlib import metadata

    versions = {}
    for package in ("pandas", "pyarrow", "pymorphy3", "pymorphy3-dicts-uk", "ukrainian-word-stress",
                    "scikit-learn", "ftfy", "datasketch", "trafilatura"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    docs = tables["documents"]
    inputs = {
        "raw_inputs": loaded.n_inputs,
        "documents": int(len(docs)),
        "quarantine": int(len(tables["quarantine"])),
        "duplicates": int(len(tables["duplicates"])),
    }
    inputs["balanced"] = inputs["raw_inputs"] == inputs["documents"] + inputs["quarantine"] + inputs["duplicates"]
    return {
        "analysis_version": __version__,
        "python": platform.python_version(),
        "versions": versions,
        "corpus": str(loaded.root),
        "input_sha256": dict(zip(loaded.documents["source_path"], loaded.documents["sha256"])),
        "accounting": inputs,
        "rows": {name: int(len(frame)) for name, frame in tables.items()},
        "workers": workers,
        "timings_seconds": {k: round(v, 3) for k, v in timings.items()},
    }


def write_tables(result: RunResult, out_dir: str | Path) -> Path:
    """Write every table as Parquet, the quarantine also as CSV, and ``run.json``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, frame in result.tables.items():
        frame.to_parquet(out / f"{name}.parquet", index=False)
    spreadsheet_safe(result.tables["quarantine"]).to_csv(out / "quarantine.csv", index=False)
    export_csv(result, out)
    (out / "run.json").write_text(json.dumps(result.record, ensure_ascii=False, indent=1, sort_keys=True),
                                  encoding="utf-8")
    return out


FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells cannot run as spreadsheet formulas: cells starting
    with = + - @ (or tab/CR) get a leading apostrophe, the convention spreadsheets read as text."""
    safe = frame.copy()
    for column in safe.columns:
        if pd.api.types.is_object_dtype(safe[column]) or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(
                lambda v: "'" + v if isinstance(v, str) and v.startswith(FORMULA_PREFIXES) else v)
    return safe


def export_csv(result: RunResult, out_dir: str | Path) -> list[Path]:
    """``summary.csv`` (per outlet) and ``quotes.csv`` (every quotation with speaker and words) for
    spreadsheets, with formula injection neutralised."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    documents, segments = result["documents"], result["segments"]
    texts = dict(zip(documents["doc_id"], documents["text"]))
    quotes = segments[segments["kind"] == "quote"].merge(documents[["doc_id", "outlet", "published"]], on="doc_id")
    quotes = quotes.assign(words=[texts[d][s:e] for d, s, e in zip(quotes["doc_id"], quotes["start"], quotes["end"])])
    paths = [out / "summary.csv", out / "quotes.csv"]
    spreadsheet_safe(result["outlet_summary"]).to_csv(paths[0], index=False)
    spreadsheet_safe(quotes[["doc_id", "outlet", "published", "quote_id", "speaker", "cue", "start", "end", "words"]]
                     ).to_csv(paths[1], index=False)
    return paths
