"""Run every stage over a corpus and write the tables to ``out_dir``.

load -> clean -> duplicates -> segment -> framing -> sentiment -> summaries.

The corpus is streamed in chunks of :data:`CHUNK_SIZE` inputs, so a corpus larger than memory
can be processed. Each chunk goes through two per-document passes, run inline (one worker), in
worker processes (``workers``) or on Dask (``engine="dask"``):

1. *clean*: clean every document, write the cleaned chunk and its cleaning log as one Parquet
   part each, and send back a fingerprint per document (text digest, MinHash signature and
   shingle hashes); the shingles are appended to one file in the staging directory as each
   chunk comes back, so they are not held in memory;
2. between the passes, duplicate detection runs once over all fingerprints (it needs the whole
   corpus, but not the texts, and reads shingles from disk only for candidate pairs);
3. *analyse*: read the cleaned part back, drop the duplicates, segment, find framing terms,
   score sentiment, and write one part of every table.

Every table is a directory of Parquet parts (``segments.parquet/part-00000.parquet``, ...),
which pandas, pyarrow, Dask and Spark read as one table; :func:`read_table` does. Parts are
numbered by chunk, so the tables are the same, row for row, whatever the engine and the number
of workers.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import platform
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from . import __version__
from .cleaning import CLEANING_LOG_COLUMNS, DUPLICATE_COLUMNS, NOTHING_LEFT_FLAG, Fingerprint, clean_record, \
    duplicates_from_fingerprints, fingerprint
from .corpus import DOCUMENT_COLUMNS, QUARANTINE_COLUMNS, UNKNOWN_OUTLET, Corpus, input_file_hashes, iter_corpus

#: Inputs per chunk: the unit of streaming, of work sent to a worker and of Parquet parts. Large
#: enough to amortise the hand-over to a worker, small enough to keep memory low and both
#: workers busy on the demo corpus.
CHUNK_SIZE = 64
#: Chunks submitted ahead per worker: keeps workers busy without reading the corpus ahead.
CHUNKS_IN_FLIGHT_PER_WORKER = 2
TABLES = ("documents", "quarantine", "cleaning_log", "duplicates", "segments", "framing_hits",
          "framing_counts", "sentiment", "outlet_summary")
ENGINES = ("local", "dask")
#: How the sentiment table is scored (see :func:`run`).
SENTIMENT_METHODS = ("lexicon", "classifier")
CLEAN_COLUMNS = [c for c in DOCUMENT_COLUMNS if c not in ("text", "language")] + [
    "language", "declared_language", "text", "raw_chars", "clean_chars", "dictionary_coverage", "flags"]
STAGING = "_staging"
#: New container objects between two runs of Python's cyclic garbage collector while the
#: pipeline runs (Python's default is 700). The stages allocate millions of short-lived tuples
#: and lists but make almost no reference cycles, and every older-generation collection walks
#: the word caches: at the default, collection took about 4% of a one-worker run on the x100
#: benchmark corpus (2.8 s of 69 s, timed with ``gc.callbacks``).
RUN_GC_THRESHOLD = 50_000


# ---------------------------------------------------------------------------------------------
# tables on disk


class Tables(Mapping):
    """The tables of a run by name: read from ``out_dir`` on first access (so a large run costs
    no memory until a table is asked for), or held in memory."""

    def __init__(self, out_dir: Path | None, frames: dict[str, pd.DataFrame] | None = None):
        self.out_dir = out_dir
        self._frames = dict(frames or {})

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in TABLES:
            raise KeyError(f"no table {name!r}; tables are {', '.join(TABLES)}")
        if name not in self._frames:
            self._frames[name] = read_table(self.out_dir, name)
        return self._frames[name]

    def __iter__(self) -> Iterator[str]:
        return iter(TABLES)

    def __len__(self) -> int:
        return len(TABLES)


@dataclass
class RunResult:
    """Tables of one run (pandas DataFrames by name), where they were written, and the record."""

    tables: Mapping[str, pd.DataFrame]
    out_dir: Path | None
    record: dict = field(default_factory=dict)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]


def table_path(out_dir: str | Path, name: str) -> Path:
    """The directory holding the Parquet parts of table ``name``."""
    return Path(out_dir) / f"{name}.parquet"


def read_table(out_dir: str | Path, name: str) -> pd.DataFrame:
    """Read table ``name`` of a run directory (its parts in order) into one DataFrame."""
    path = table_path(out_dir, name)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such table; run `python -m analysis run` first")
    if path.is_file():
        return pd.read_parquet(path)
    frames = [pd.read_parquet(part) for part in sorted(path.glob("part-*.parquet"))]
    non_empty = [frame for frame in frames if len(frame)]
    if not non_empty:
        return frames[0] if frames else pd.DataFrame()
    return pd.concat(non_empty, ignore_index=True) if len(non_empty) > 1 else non_empty[0]


def load_tables(out_dir: str | Path) -> RunResult:
    """The tables and record of an earlier run in ``out_dir`` (tables are read when used)."""
    out = Path(out_dir)
    record_path = out / "run.json"
    if not record_path.exists():
        raise FileNotFoundError(f"{record_path}: no run here; run `python -m analysis run` first")
    return RunResult(Tables(out), out, json.loads(record_path.read_text(encoding="utf-8")))


def tables_for(corpus: str | Path, out_dir: str | Path, **options) -> RunResult:
    """The tables of ``corpus`` in ``out_dir``: read from an earlier run (``make analysis``)
    when it was made from the same inputs by this version (and, if ``sentiment`` is given, with
    that sentiment method), otherwise made now by :func:`run` (``options`` are passed on). The notebooks start here, so they show exactly the tables the
    pipeline wrote, and still work on a fresh clone."""
    out = Path(out_dir)
    if (out / "run.json").exists():
        earlier = load_tables(out)
        method = earlier.record.get("sentiment_method", "lexicon")
        if earlier.record.get("code_sha256") == code_fingerprint() and \
                earlier.record.get("input_files_sha256") == input_file_hashes(corpus) and \
                options.get("sentiment", method) == method and \
                (method != "classifier" or earlier.record.get("training_sha256") == training_fingerprint()):
            return earlier
    return run(corpus, out, **{"progress": False, **options})


def code_fingerprint() -> str:
    """SHA-256 over the package's code and lexicons: tables made by other code are not reused."""
    import hashlib

    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted([*package.glob("*.py"), *package.glob("lexicons/*.csv")]):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def training_fingerprint() -> str:
    """SHA-256 over the labelled sentences the project classifier is trained on: tables scored
    by a classifier trained on other sentences are not reused."""
    import hashlib

    from .evaluate import TRAINING_SETS

    digest = hashlib.sha256()
    for directory in TRAINING_SETS.values():
        for path in sorted(Path(directory).glob("*.json")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _write_part(frame: pd.DataFrame, out_dir: str | Path, name: str, part: int) -> None:
    path = table_path(out_dir, name)
    path.mkdir(parents=True, exist_ok=True)
    frame.to_parquet(path / f"part-{part:05d}.parquet", index=False)


def _rows_in(out_dir: Path, name: str) -> int:
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(part).metadata.num_rows
               for part in sorted(table_path(out_dir, name).glob("part-*.parquet")))


# ---------------------------------------------------------------------------------------------
# the two per-chunk passes (run inline, in worker processes or on Dask workers)


def _typed_documents(frame: pd.DataFrame) -> pd.DataFrame:
    """Fixed column types, so that every part of the documents table has the same schema."""
    types = {c: "string" for c in ("doc_id", "outlet", "title", "url", "source_path", "sha256",
                                   "language", "declared_language", "text", "flags")}
    types.update(raw_chars="int64", clean_chars="int64", dictionary_coverage="float64")
    frame = frame.astype(types)
    frame["published"] = pd.to_datetime(frame["published"]).astype("datetime64[ns]")
    return frame


#: Longest reason kept for a document that a stage failed on.
MAX_REASON_CHARS = 300


def _failure(record: dict, stage: str, error: Exception) -> dict:
    """A quarantine row for a document that ``stage`` raised on: the run goes on without it."""
    reason = f"{stage} failed: {type(error).__name__}: {error}"
    return {"source_path": record.get("source_path") or record.get("doc_id"), "reason": reason[:MAX_REASON_CHARS]}


def _clean_part(records: list[dict], part: int, out: str) -> tuple[list[Fingerprint], list[dict]]:
    """Pass 1 for one chunk: clean, write the cleaned part and its log; return fingerprints and
    quarantine rows for documents cleaning failed on or left without a word."""
    rows, log, failed = [], [], []
    for record in records:
        try:
            row, edits = clean_record(record)
        except Exception as error:  # one bad document must not stop a corpus
            failed.append(_failure(record, "cleaning", error))
            continue
        log.extend(edits)
        if NOTHING_LEFT_FLAG in row["flags"]:
            failed.append({"source_path": record.get("source_path") or record.get("doc_id"),
                           "reason": "nothing left after cleaning: every line with words was an injected "
                                     "line or page furniture (the cleaning log lists them)"})
            continue
        rows.append(row)
    clean = _typed_documents(pd.DataFrame(rows, columns=CLEAN_COLUMNS))
    _write_part(clean, Path(out) / STAGING, "clean", part)
    _write_part(pd.DataFrame(log, columns=CLEANING_LOG_COLUMNS), out, "cleaning_log", part)
    prints = [fingerprint(d, t, p) for d, t, p in zip(clean["doc_id"], clean["text"], clean["published"])]
    return prints, failed


class _ShingleSpill:
    """Keeps the shingle hashes of the fingerprints out of memory between the passes: each
    chunk's shingles are appended to one file in the staging directory as the chunk comes
    back, and duplicate detection reads them from it (memory-mapped) only for candidate pairs."""

    def __init__(self, out: Path):
        self.path = out / STAGING / "shingles.u64"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = self.path.open("wb")
        self.offset = 0
        self.mapped: np.ndarray | None = None

    def add(self, prints: list[Fingerprint]) -> list[Fingerprint]:
        """Write the shingles of ``prints``; return the fingerprints without them."""
        spilled = []
        for item in prints:
            item.shingles.astype(np.uint64, copy=False).tofile(self.handle)
            spilled.append(dataclasses.replace(item, shingles=None, shingles_at=(self.offset, len(item.shingles))))
            self.offset += len(item.shingles)
        return spilled

    def close(self) -> None:
        self.handle.close()

    def __call__(self, item: Fingerprint) -> np.ndarray:
        if self.mapped is None:
            self.close()
            self.mapped = np.memmap(self.path, dtype=np.uint64, mode="r") if self.offset else np.zeros(0, np.uint64)
        offset, length = item.shingles_at
        return np.asarray(self.mapped[offset:offset + length])


def _analyse_documents(docs: pd.DataFrame, sentiment: str = "lexicon") -> dict[str, pd.DataFrame]:
    from .framing import count_framing, framing_hits
    from .quotes import segment_corpus
    from .sentiment import project_classifier, score_segments

    segments = segment_corpus(docs)
    hits = framing_hits(docs, segments)
    counts = count_framing(docs, segments, hits=hits)
    return {"documents": docs, "segments": segments, "framing_hits": hits, "framing_counts": counts,
            "sentiment": score_segments(docs, segments, classifier=project_classifier()
                                        if sentiment == "classifier" else None)}


def _analyse_part(part: int, out: str, drop: list[str], sentiment: str = "lexicon"
                  ) -> tuple[pd.DataFrame, list[dict]]:
    """Pass 2 for one chunk: drop duplicates, segment, framing, sentiment; write one part of
    each table; return the chunk's per-outlet counts for the summary, and quarantine rows for
    documents a stage failed on (the chunk is then redone without them)."""
    docs = pd.read_parquet(table_path(Path(out) / STAGING, "clean") / f"part-{part:05d}.parquet")
    if drop:
        docs = docs[~docs["doc_id"].isin(drop)].reset_index(drop=True)
    failed = []
    try:
        tables = _analyse_documents(docs, sentiment)
    except Exception:  # find the document(s) at fault, one by one, and go on without them
        keep = []
        for index, record in enumerate(docs.to_dict("records")):
            try:
                _analyse_documents(docs.iloc[[index]].reset_index(drop=True), sentiment)
                keep.append(index)
            except Exception as error:
                failed.append(_failure(record, "analysis", error))
        docs = docs.iloc[keep].reset_index(drop=True)
        tables = _analyse_documents(docs, sentiment)
    for name, frame in tables.items():
        _write_part(frame, out, name, part)
    quotes = Path(out) / STAGING / "quotes"
    quotes.mkdir(parents=True, exist_ok=True)
    quote_rows(docs, tables["segments"]).to_csv(quotes / f"part-{part:05d}.csv", index=False, header=False)
    return outlet_counts(docs, tables["framing_counts"]), failed


#: Two tiny documents (written for this purpose) that touch every dictionary and lexicon.
WARM_UP_DOCUMENTS = (
    ("warm-up-uk", "uk", "«Ми відновимо мости до зими», – сказав міністр Іван Бойко. Окупанти "
                         "знову обстріляли місто, загинули двоє людей."),
    ("warm-up-ru", "ru", "«Мы восстановим мосты к зиме», – сказал министр Иван Бойко. Армия "
                         "снова обстреляла город, погибли два человека."),
)


def warm_up(sentiment: str = "lexicon") -> None:
    """Load every dictionary and lexicon into this process by running the per-document stages
    on two tiny documents (and train the project classifier when ``sentiment`` is
    "classifier"). Worker processes forked afterwards share what is loaded, rather than each
    loading it again; benchmarks call it so that, as for the peer, loading is not timed."""
    from .framing import framing_hits
    from .quotes import segment_corpus
    from .sentiment import score_segments

    rows = [clean_record({"doc_id": d, "text": text, "language": lang})[0]
            for d, lang, text in WARM_UP_DOCUMENTS]
    docs = pd.DataFrame(rows)
    segments = segment_corpus(docs)
    framing_hits(docs, segments)
    score_segments(docs, segments)
    if sentiment == "classifier":
        from .sentiment import project_classifier

        project_classifier()
    fingerprint(rows[0]["doc_id"], rows[0]["text"])


# ---------------------------------------------------------------------------------------------
# engines


class _InlineExecutor:
    """Runs each task at once in this process (one worker): no pickling, no start-up cost."""

    def submit(self, function, *args) -> Future:
        future: Future = Future()
        try:
            future.set_result(function(*args))
        except BaseException as error:  # handed to the caller through the future, as pools do
            future.set_exception(error)
        return future

    def close(self) -> None:
        pass


def _collect_less() -> None:
    """Raise the collector's first threshold to :data:`RUN_GC_THRESHOLD` (the older generations
    keep their ratios)."""
    gc.set_threshold(RUN_GC_THRESHOLD, *gc.get_threshold()[1:])


@contextmanager
def _collecting_less() -> Iterator[None]:
    """:func:`_collect_less` for the duration of a run; the caller's setting is restored."""
    before = gc.get_threshold()
    _collect_less()
    try:
        yield
    finally:
        gc.set_threshold(*before)


class _ProcessExecutor:
    def __init__(self, workers: int):
        # worker processes live for one run: they keep the raised threshold
        self.pool = ProcessPoolExecutor(max_workers=workers, initializer=_collect_less)

    def submit(self, function, *args):
        return self.pool.submit(function, *args)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


class _DaskExecutor:
    """Tasks on a ``dask.distributed`` cluster: the scheduler at ``address``, or a local cluster
    of ``workers`` single-threaded processes. Workers must see ``out_dir`` (a shared disk)."""

    def __init__(self, workers: int, address: str | None):
        import logging

        from distributed import Client, LocalCluster

        self.cluster = None
        if address is None:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=logging.ERROR)
        self.client = Client(address or self.cluster)

    def submit(self, function, *args):
        return self.client.submit(function, *args, pure=False)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _executor(engine: str, workers: int, scheduler: str | None):
    if engine == "dask":
        return _DaskExecutor(workers, scheduler)
    return _InlineExecutor() if workers <= 1 else _ProcessExecutor(workers)


def _in_order(executor, tasks: Iterable[tuple], window: int) -> Iterator:
    """Results of ``tasks`` (function, *args) in submission order, with at most ``window``
    submitted and not yet collected: memory stays bounded however long the stream is."""
    pending: deque = deque()
    for function, *args in tasks:
        pending.append(executor.submit(function, *args))
        while len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


# ---------------------------------------------------------------------------------------------


def run(corpus: str | Path | Corpus, out_dir: str | Path | None = None, *, workers: int | None = None,
        engine: str = "local", progress: bool = True, scheduler: str | None = None,
        chunk_size: int = CHUNK_SIZE, sentiment: str = "lexicon") -> RunResult:
    """Run the whole pipeline on ``corpus`` (a path or a loaded :class:`Corpus`).

    Writes every table to ``out_dir`` (Parquet parts, plus ``quarantine.csv``, ``summary.csv``,
    ``quotes.csv`` and ``run.json``); the result reads them on demand. Without ``out_dir`` the
    tables are built in a temporary directory and returned in memory.

    ``sentiment`` is "lexicon" (the rule-based scorer, default) or "classifier" (the project
    classifier, :func:`analysis.sentiment.project_classifier`, trained on first use).

    ``workers`` processes (default 1) share the per-document passes; ``engine="dask"`` runs
    them on a Dask cluster instead: the one at ``scheduler`` (an address such as
    ``"tcp://10.0.0.5:8786"``, whose workers must see ``out_dir``) or a local cluster of
    ``workers`` processes. All engines and worker counts give the same tables.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be positive, got {chunk_size}")
    if sentiment not in SENTIMENT_METHODS:
        raise ValueError(f"unknown sentiment method {sentiment!r}: choose one of {', '.join(SENTIMENT_METHODS)}")
    workers = max(1, int(workers or 1))
    if out_dir is not None and not isinstance(corpus, Corpus) and Path(corpus).is_dir() \
            and Path(out_dir).resolve().is_relative_to(Path(corpus).resolve()):
        raise ValueError(f"the output directory {out_dir} is inside the corpus directory {corpus}: "
                         f"its tables would be read as input next time; write them elsewhere")
    temporary = tempfile.mkdtemp(prefix="analysis-run-") if out_dir is None else None
    out = Path(temporary or out_dir)
    _remove_tables(out)
    if engine == "local" and workers > 1:
        warm_up(sentiment)  # before the pool forks its workers, so that they inherit the dictionaries
    executor = _executor(engine, workers, scheduler)
    try:
        with _collecting_less():
            record = _run_passes(corpus, out, executor, workers, progress, chunk_size, sentiment)
        record["engine"] = engine
        record["sentiment_method"] = sentiment
        if sentiment == "classifier":
            record["training_sha256"] = training_fingerprint()
        # the same key order as a record read back from run.json, so outputs never depend on
        # whether the tables were just made or reused
        record = json.loads(json.dumps(record, sort_keys=True))
        if temporary:
            loaded = Tables(out)
            return RunResult(Tables(None, {name: loaded[name] for name in TABLES}), None, record)
        result = RunResult(Tables(out), out, record)
        spreadsheet_safe(result["quarantine"]).to_csv(out / "quarantine.csv", index=False)
        spreadsheet_safe(result["outlet_summary"]).to_csv(out / "summary.csv", index=False)
        _join_quote_parts(out, record["chunks"])
        (out / "run.json").write_text(json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True),
                                      encoding="utf-8")
        return result
    finally:
        executor.close()
        shutil.rmtree(out / STAGING, ignore_errors=True)
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)


def _remove_tables(out: Path) -> None:
    """Remove the tables of an earlier run in ``out`` (only ours), so no stale part survives."""
    for path in (*(table_path(out, name) for name in TABLES), out / STAGING):
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
    for name in ("run.json", "quarantine.csv", "summary.csv", "quotes.csv"):
        (out / name).unlink(missing_ok=True)


def _chunks(corpus: str | Path | Corpus, chunk_size: int) -> Iterator[Corpus]:
    if not isinstance(corpus, Corpus):
        yield from iter_corpus(corpus, chunk_size=chunk_size)
        return
    documents = corpus.documents
    for start in range(0, max(len(documents), 1), chunk_size):
        first = start == 0
        yield Corpus(documents.iloc[start:start + chunk_size],
                     corpus.quarantine if first else corpus.quarantine.iloc[:0],
                     (corpus.n_inputs - len(documents) if first else 0)
                     + len(documents.iloc[start:start + chunk_size]), corpus.root)


def _run_passes(corpus, out: Path, executor, workers: int, progress: bool, chunk_size: int,
                sentiment: str = "lexicon") -> dict:
    from tqdm import tqdm

    window = max(1, workers * CHUNKS_IN_FLIGHT_PER_WORKER)
    started = time.perf_counter()
    seen = {"inputs": 0, "parts": 0}
    quarantine: list[pd.DataFrame] = []
    input_hashes: dict[str, str] = {}

    def clean_tasks():
        for part, chunk in enumerate(_chunks(corpus, chunk_size)):
            seen["inputs"] += chunk.n_inputs
            seen["parts"] = part + 1
            quarantine.append(chunk.quarantine)
            input_hashes.update(zip(chunk.documents["doc_id"], chunk.documents["sha256"]))
            yield _clean_part, chunk.documents.to_dict("records"), part, str(out)

    fingerprints: list[tuple[int, Fingerprint]] = []
    failures: list[dict] = []  # documents a stage raised on: quarantined with the error
    spill = _ShingleSpill(out)
    with tqdm(desc="cleaning", unit="doc", disable=not progress) as bar:
        for part, (prints, failed) in enumerate(_in_order(executor, clean_tasks(), window)):
            fingerprints.extend((part, item) for item in spill.add(prints))
            failures.extend(failed)
            bar.update(len(prints) + len(failed))
    timings = {"load_and_clean": time.perf_counter() - started}

    step = time.perf_counter()
    # The earliest copy is kept: order by date (missing dates last), then id.
    fingerprints.sort(key=_date_order)
    duplicates = duplicates_from_fingerprints([item for _, item in fingerprints], load_shingles=spill)
    del spill  # unmaps the file
    part_of = {item.doc_id: part for part, item in fingerprints}
    dropped = set(duplicates["doc_id"])
    seen["words"] = sum(item.words for _, item in fingerprints if item.doc_id not in dropped)
    n_clean = len(fingerprints)
    del fingerprints
    drops: dict[int, list[str]] = {}
    for doc_id in duplicates["doc_id"]:
        drops.setdefault(part_of[doc_id], []).append(doc_id)
    _write_part(duplicates.astype({"doc_id": "string", "duplicate_of": "string"}), out, "duplicates", 0)
    timings["duplicates"] = time.perf_counter() - step

    step = time.perf_counter()
    tasks = ((_analyse_part, part, str(out), sorted(drops.get(part, [])), sentiment)
             for part in range(seen["parts"]))
    partial_counts = []
    with tqdm(total=n_clean - len(duplicates), desc="analysing", unit="doc", disable=not progress) as bar:
        for part, (counts, failed) in enumerate(_in_order(executor, tasks, window)):
            partial_counts.append(counts)
            failures.extend(failed)
            bar.update(int(counts.loc[counts["kind"] == "", "documents"].sum()) + len(failed))
    _write_part(summary_from_counts(partial_counts), out, "outlet_summary", 0)
    analysis_failures = sum(row["reason"].startswith("analysis failed") for row in failures)
    quarantine.append(pd.DataFrame(failures, columns=QUARANTINE_COLUMNS))
    quarantine_table = pd.concat([q for q in quarantine if len(q)] or [quarantine[-1]], ignore_index=True)
    _write_part(quarantine_table.astype("string"), out, "quarantine", 0)
    timings["analyse"] = time.perf_counter() - step
    timings["total"] = time.perf_counter() - started

    accounting = {"raw_inputs": seen["inputs"], "documents": n_clean - len(duplicates) - analysis_failures,
                  "quarantine": len(quarantine_table), "duplicates": len(duplicates)}
    accounting["balanced"] = accounting["raw_inputs"] == (
        accounting["documents"] + accounting["quarantine"] + accounting["duplicates"])
    return {
        "analysis_version": __version__,
        "code_sha256": code_fingerprint(),
        "python": platform.python_version(),
        "versions": _versions(),
        "corpus": str(corpus.root if isinstance(corpus, Corpus) else corpus),
        "input_sha256": input_hashes,
        # the bytes of every input file (a corpus passed in memory has none): tables_for reuses
        # tables only when these are unchanged
        "input_files_sha256": {} if isinstance(corpus, Corpus) else input_file_hashes(corpus),
        "accounting": accounting,
        "words": seen["words"],
        "chunks": seen["parts"],
        "chunk_size": chunk_size,
        "rows": {name: _rows_in(out, name) for name in TABLES},
        "workers": workers,
        "timings_seconds": {k: round(v, 3) for k, v in timings.items()},
    }


def _date_order(pair: tuple[int, Fingerprint]) -> tuple:
    published = pair[1].published
    missing = published is None or published is pd.NaT or pd.isna(published)
    return (missing, 0 if missing else published.value, pair[1].doc_id)


def _versions() -> dict[str, str | None]:
    from importlib import metadata

    versions = {}
    for package in ("pandas", "pyarrow", "pymorphy3", "pymorphy3-dicts-uk", "ukrainian-word-stress",
                    "scikit-learn", "ftfy", "trafilatura", "dask", "distributed"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    return versions


# ---------------------------------------------------------------------------------------------
# summaries and exports

def outlet_counts(documents: pd.DataFrame, framing_counts: pd.DataFrame) -> pd.DataFrame:
    """Per outlet x segment kind: ``documents`` (on the row with kind ""), ``words`` and framing
    ``hits``. Counts of chunks add up, so the summary of a streamed corpus is exact."""
    outlet_of = {doc_id: (UNKNOWN_OUTLET if pd.isna(outlet) else outlet) for doc_id, outlet
                 in zip(documents["doc_id"].tolist(), documents["outlet"].astype("object").tolist())}
    # plain dictionaries: this runs once per chunk, where pandas' fixed costs would dominate
    rows: dict[tuple[str, str], list[int]] = {}  # (outlet, kind) -> [documents, words, hits]
    for outlet in outlet_of.values():
        rows.setdefault((outlet, ""), [0, 0, 0])[0] += 1
    words_seen = set()
    for doc_id, kind, tokens, hits in zip(framing_counts["doc_id"].tolist(), framing_counts["kind"].tolist(),
                                          framing_counts["tokens"].tolist(), framing_counts["hits"].tolist()):
        if doc_id not in outlet_of:
            continue  # counts of a document not in the table (none in a pipeline run)
        row = rows.setdefault((outlet_of[doc_id], kind), [0, 0, 0])
        if (doc_id, kind) not in words_seen:  # one row per category repeats the word count
            words_seen.add((doc_id, kind))
            row[1] += tokens
        row[2] += hits
    columns = ["outlet", "kind", "documents", "words", "hits"]
    return pd.DataFrame([(outlet, kind, *counts) for (outlet, kind), counts in sorted(rows.items())],
                        columns=columns).astype(
        {"outlet": "object", "kind": "object", "documents": "int64", "words": "int64", "hits": "int64"})


def summary_from_counts(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """The outlet summary from :func:`outlet_counts` of every chunk: documents, words, share of
    quoted words, framing hits per 1,000 words of editorial and of quoted text."""
    columns = ["outlet", "documents", "words", "quoted_share", "framing_per_1k_editorial",
               "framing_per_1k_quote"]
    counts = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    if counts.empty:
        return pd.DataFrame(columns=columns)
    totals = counts.groupby(["outlet", "kind"])[["documents", "words", "hits"]].sum()
    summary = pd.DataFrame({"documents": totals["documents"].groupby(level="outlet").sum()})
    by_kind = totals.drop(index="", level="kind", errors="ignore")
    words = by_kind["words"].unstack("kind", fill_value=0).reindex(summary.index, fill_value=0)
    hits = by_kind["hits"].unstack("kind", fill_value=0).reindex(summary.index, fill_value=0)
    summary["words"] = words.sum(axis=1)
    quoted = sum(words[kind] for kind in ("quote", "question") if kind in words)
    summary["quoted_share"] = quoted / summary["words"].where(summary["words"] > 0)
    for kind in ("editorial", "quote"):
        n_hits = hits[kind] if kind in hits else 0
        n_words = words[kind] if kind in words else 0
        summary[f"framing_per_1k_{kind}"] = n_hits * 1000 / pd.Series(n_words, index=summary.index).clip(lower=1)
    return summary.reset_index()[columns]


def outlet_summary(tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Per outlet: documents, words, share of quoted words, framing hits per 1,000 words by voice
    (from the ``documents`` and ``framing_counts`` tables)."""
    return summary_from_counts([outlet_counts(tables["documents"], tables["framing_counts"])])


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


QUOTE_EXPORT_COLUMNS = ["doc_id", "outlet", "published", "quote_id", "speaker", "cue", "start", "end", "words"]


def quote_rows(documents: pd.DataFrame, segments: pd.DataFrame) -> pd.DataFrame:
    """Every quotation with its outlet, date, speaker, cue and words: the rows of ``quotes.csv``,
    spreadsheet-safe."""
    doc_ids = documents["doc_id"].tolist()
    texts = dict(zip(doc_ids, documents["text"].tolist()))
    outlets = dict(zip(doc_ids, documents["outlet"].tolist()))
    dates = dict(zip(doc_ids, documents["published"].tolist()))
    columns = {name: segments[name].tolist() for name in ("doc_id", "kind", "quote_id", "speaker", "cue", "start", "end")}
    keep = [i for i, (kind, doc_id) in enumerate(zip(columns["kind"], columns["doc_id"]))
            if kind == "quote" and doc_id in texts]
    rows = {name: [values[i] for i in keep] for name, values in columns.items() if name != "kind"}
    ids = rows["doc_id"]
    rows["outlet"] = pd.array([outlets[d] for d in ids], dtype=documents["outlet"].dtype)
    rows["published"] = pd.Series([dates[d] for d in ids], dtype=documents["published"].dtype)
    rows["words"] = [texts[d][s:e] for d, s, e in zip(ids, rows["start"], rows["end"])]
    quotes = pd.DataFrame({name: rows[name] for name in QUOTE_EXPORT_COLUMNS})
    return spreadsheet_safe(quotes.astype({"quote_id": "int64", "start": "int64", "end": "int64"}))


def _join_quote_parts(out: Path, n_parts: int) -> Path:
    """``quotes.csv``: the header, then the workers' CSV parts in chunk order."""
    path = out / "quotes.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(pd.DataFrame(columns=QUOTE_EXPORT_COLUMNS).to_csv(index=False))
        for part in range(n_parts):
            with (out / STAGING / "quotes" / f"part-{part:05d}.csv").open(encoding="utf-8", newline="") as piece:
                shutil.copyfileobj(piece, handle)
    return path
