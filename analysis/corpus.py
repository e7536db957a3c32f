"""Load raw news corpora into the ``documents`` table, with a quarantine for bad inputs.

Every raw input (a file, or one record of a JSON Lines / CSV / Parquet file) becomes exactly
one row: either a document or a quarantine row with a reason. Nothing is dropped silently, so
``len(documents) + len(quarantine) == n_inputs`` always holds.

Supported inputs
----------------
- a directory (searched recursively, in sorted order) of the files below; a ``metadata.csv``
  next to ``.txt`` files supplies ``doc_id, outlet, published, title, url, language`` by
  ``file`` name. ``README*`` files and hidden files are documentation, not inputs.
- ``.txt``: one article per file (UTF-8 with or without BOM, cp1251 or koi8-u: detected).
- ``.jsonl``: one JSON object per line with a ``text`` field (other columns optional).
- ``.csv``: one article per row, a ``text`` column required.
- ``.parquet``: as CSV.
- ``.html`` / ``.htm``: main text and metadata extracted with trafilatura.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

DOCUMENT_COLUMNS = [
    "doc_id", "outlet", "published", "title", "url", "language", "text", "source_path", "sha256",
]
QUARANTINE_COLUMNS = ["source_path", "reason"]
#: Outlet of documents whose metadata names none: counted under this label, never dropped by a
#: group-by on the outlet.
UNKNOWN_OUTLET = "(unknown)"
METADATA_FIELDS = ["doc_id", "outlet", "published", "title", "url", "language"]
TEXT_SUFFIXES = {".txt"}
RECORD_SUFFIXES = {".jsonl", ".csv", ".parquet"}
HTML_SUFFIXES = {".html", ".htm"}
METADATA_FILE_NAME = "metadata.csv"

#: Articles above this size are quarantined rather than loaded: no real news article comes
#: close, and a 50 MB "article" is a scraping accident that would dominate every count.
MAX_DOCUMENT_BYTES = 5_000_000
#: Share of control characters (other than tab/newline) above which a decoded text is junk.
MAX_CONTROL_CHAR_SHARE = 0.01

CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
CYRILLIC_LETTERS = re.compile(r"[а-яіїєґё]", re.IGNORECASE)
CYRILLIC_LOWER = re.compile(r"[а-яіїєґё]")
DOC_ID_UNSAFE = re.compile(r"[^\w.\-]+")


class CorpusError(ValueError):
    """A corpus path that cannot be read at all (missing, unknown format)."""


@dataclass
class Corpus:
    """The loaded corpus: ``documents`` (the documents table) and ``quarantine``."""

    documents: pd.DataFrame
    quarantine: pd.DataFrame
    n_inputs: int
    root: str = ""
    notes: list[str] = field(default_factory=list)

    def __repr__(self) -> str:
        return (f"Corpus(root={self.root!r}, documents={len(self.documents)}, "
                f"quarantine={len(self.quarantine)}, inputs={self.n_inputs})")


@dataclass(frozen=True)
class _Rejected:
    source_path: str
    reason: str


# ---------------------------------------------------------------------------------------------
# decoding


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode raw bytes of a Ukrainian/Russian text; return ``(text, encoding)``.

    UTF-8 (with or without BOM) is tried first and strictly. Otherwise cp1251 and koi8-u are
    both decoded and the one with the higher share of lower-case Cyrillic letters wins: in
    running text most letters are lower-case, and the two code pages swap the cases of the
    Cyrillic block, so the wrong one reads as mostly capitals.

    Raises ``UnicodeDecodeError`` if no candidate decodes into text with Cyrillic or ASCII letters.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    candidates = []
    for encoding in ("cp1251", "koi8-u"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        letters = len(CYRILLIC_LETTERS.findall(text))
        lower = len(CYRILLIC_LOWER.findall(text))
        if letters:
            candidates.append((lower / letters, encoding, text))
    if not candidates:
        raise utf8_error
    _, encoding, text = max(candidates)
    return text, encoding


def junk_reason(text: str) -> str | None:
    """Return why ``text`` is not an article (empty, binary), or ``None`` if it looks like text."""
    if "\x00" in text:
        return "binary content (NUL bytes)"
    stripped = text.strip()
    if not stripped:
        return "empty text"
    controls = len(CONTROL_CHARS.findall(stripped))
    if controls / len(stripped) > MAX_CONTROL_CHAR_SHARE:
        return f"binary content ({controls} control characters)"
    if not any(ch.isalpha() for ch in stripped):
        return "no letters in text"
    return None


def sha256_text(text: str) -> str:
    """Hex SHA-256 of the UTF-8 bytes of ``text``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def derive_doc_id(text: str) -> str:
    """A stable id from the content: ``d`` + the first 16 hex digits of its SHA-256."""
    return "d" + sha256_text(text)[:16]


# ---------------------------------------------------------------------------------------------
# per-format readers: each yields exactly one dict (a document) or _Rejected per input


def _read_text_file(path: Path, source: str, *, max_bytes: int) -> dict | _Rejected:
    size = path.stat().st_size
    if size > max_bytes:
        return _Rejected(source, f"too large: {size:,} bytes (limit {max_bytes:,})")
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        return _Rejected(source, "binary content (NUL bytes)")
    try:
        text, _ = decode_bytes(data)
    except UnicodeDecodeError as exc:
        return _Rejected(source, f"undecodable bytes: {exc.reason} at byte {exc.start}")
    return {"text": text}


def _read_html_file(path: Path, source: str, *, max_bytes: int) -> dict | _Rejected:
    raw = _read_text_file(path, source, max_bytes=max_bytes)
    if isinstance(raw, _Rejected):
        return raw
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    extracted = trafilatura.bare_extraction(
        raw["text"], with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True,
    )
    if extracted is None:
        return _Rejected(source, "no main text found in HTML")
    meta = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    record = {"text": meta.get("text") or ""}
    for key, target in (("title", "title"), ("date", "published"), ("url", "url"),
                        ("sitename", "outlet")):
        if meta.get(key):
            record[target] = meta[key]
    return record


def _records_jsonl(path: Path, source: str, *, max_bytes: int) -> Iterator[dict | _Rejected]:
    with path.open("rb") as handle:
        for line_no, line in enumerate(handle, start=1):
            where = f"{source}:{line_no}"
            if not line.strip():
                continue
            try:
                record = json.loads(decode_bytes(line)[0])
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield _Rejected(where, f"broken JSON line: {exc}")
                continue
            if not isinstance(record, dict):
                yield _Rejected(where, "JSON line is not an object")
                continue
            yield _check_record(record, where, max_bytes=max_bytes)


def _records_table(frame: pd.DataFrame, source: str, *, max_bytes: int,
                   row_label: str) -> Iterator[dict | _Rejected]:
    if "text" not in frame.columns:
        yield _Rejected(source, f"no 'text' column (columns: {', '.join(map(str, frame.columns))})")
        return
    for row_no, record in enumerate(frame.to_dict("records"), start=1):
        yield _check_record(record, f"{source}:{row_label}{row_no}", max_bytes=max_bytes)


def _check_record(record: dict, where: str, *, max_bytes: int) -> dict | _Rejected:
    text = record.get("text")
    if not isinstance(text, str):
        return _Rejected(where, "missing or non-text 'text' field")
    if len(text) * 2 > max_bytes and len(text.encode("utf-8")) > max_bytes:
        return _Rejected(where, f"too large: {len(text.encode('utf-8')):,} bytes (limit {max_bytes:,})")
    return record


def _read_csv(path: Path, source: str, *, max_bytes: int) -> Iterator[dict | _Rejected]:
    try:
        text, _ = decode_bytes(path.read_bytes())
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError, csv.Error) as exc:
        yield _Rejected(source, f"unreadable CSV: {exc}")
        return
    yield from _records_table(frame, source, max_bytes=max_bytes, row_label="row")


def _read_parquet(path: Path, source: str, *, max_bytes: int) -> Iterator[dict | _Rejected]:
    try:
        frame = pd.read_parquet(path)
    except Exception as exc:  # pyarrow raises many types for corrupt files
        yield _Rejected(source, f"unreadable Parquet: {exc.__class__.__name__}: {exc}")
        return
    yield from _records_table(frame, source, max_bytes=max_bytes, row_label="row")


# ---------------------------------------------------------------------------------------------


def _is_documentation(path: Path) -> bool:
    return path.name.startswith(".") or path.name.upper().startswith("README") or (
        path.name == METADATA_FILE_NAME)


def _visible_files(root: Path) -> list[Path]:
    """``root`` itself if it is a file, else every file under it outside hidden directories."""
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*")
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts))


def _list_inputs(root: Path) -> list[Path]:
    return [p for p in _visible_files(root) if root.is_file() or not _is_documentation(p)]


def input_file_hashes(path: str | Path) -> dict[str, str]:
    """SHA-256 of the bytes of every file a corpus is read from (metadata files included), by
    path relative to the corpus: what decides whether tables made earlier are still current."""
    import hashlib

    root = Path(path)
    if not root.exists():
        raise CorpusError(f"corpus path does not exist: {root}")
    base = root.parent if root.is_file() else root
    hashes = {}
    for file in _visible_files(root):
        digest = hashlib.sha256()
        with file.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        hashes[file.relative_to(base).as_posix()] = digest.hexdigest()
    return hashes


def _read_metadata(directory: Path) -> dict[str, dict]:
    path = directory / METADATA_FILE_NAME
    if not path.is_file():
        return {}
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "file" not in frame.columns:
        raise CorpusError(f"{path}: metadata.csv needs a 'file' column")
    return {row["file"]: {k: v for k, v in row.items() if k != "file" and v != ""}
            for row in frame.to_dict("records")}


def iter_inputs(path: str | Path, *, max_bytes: int = MAX_DOCUMENT_BYTES
                ) -> Iterator[tuple[str, dict | _Rejected]]:
    """Yield ``(source_path, record-or-rejection)`` for every raw input under ``path``."""
    root = Path(path)
    if not root.exists():
        raise CorpusError(f"corpus path does not exist: {root}")
    base = root if root.is_dir() else root.parent
    if root.is_file() and root.suffix.lower() not in (
            TEXT_SUFFIXES | RECORD_SUFFIXES | HTML_SUFFIXES):
        raise CorpusError(f"unknown corpus format {root.suffix!r}: {root} "
                          "(expected a directory, .txt, .jsonl, .csv, .parquet or .html)")
    metadata_by_dir: dict[Path, dict[str, dict]] = {}
    for file in _list_inputs(root):
        source = file.relative_to(base).as_posix()
        suffix = file.suffix.lower()
        try:
            if suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES:
                reader = _read_text_file if suffix in TEXT_SUFFIXES else _read_html_file
                record = reader(file, source, max_bytes=max_bytes)
                if not isinstance(record, _Rejected):
                    if file.parent not in metadata_by_dir:
                        metadata_by_dir[file.parent] = _read_metadata(file.parent)
                    record = {**metadata_by_dir[file.parent].get(file.name, {}), **record}
                yield source, record
            elif suffix == ".jsonl":
                for item in _records_jsonl(file, source, max_bytes=max_bytes):
                    yield (item.source_path if isinstance(item, _Rejected) else source), item
            elif suffix == ".csv":
                for item in _read_csv(file, source, max_bytes=max_bytes):
                    yield (item.source_path if isinstance(item, _Rejected) else source), item
            elif suffix == ".parquet":
                for item in _read_parquet(file, source, max_bytes=max_bytes):
                    yield (item.source_path if isinstance(item, _Rejected) else source), item
            else:
                yield source, _Rejected(source, f"unsupported file type {suffix or '(none)'!r}")
        except OSError as exc:
            yield source, _Rejected(source, f"unreadable file: {exc.strerror or exc}")


def _document_row(record: dict, source: str) -> dict | _Rejected:
    text = record["text"]
    reason = junk_reason(text)
    if reason:
        return _Rejected(source, reason)
    digest = sha256_text(text)
    given_id = str(record.get("doc_id") or record.get("id") or "").strip()
    doc_id = DOC_ID_UNSAFE.sub("_", given_id) if given_id else "d" + digest[:16]
    row = {key: (str(record[key]).strip() if record.get(key) not in (None, "") else None)
           for key in ("outlet", "title", "url", "language")}
    row["outlet"] = row["outlet"] or UNKNOWN_OUTLET
    row.update(doc_id=doc_id, published=record.get("published") or record.get("date"),
               text=text, source_path=source, sha256=digest, _derived_id=not given_id)
    return row


def _next_free_id(doc_id: str, taken: dict[str, str]) -> str:
    suffix = 2
    while f"{doc_id}-{suffix}" in taken:
        suffix += 1
    return f"{doc_id}-{suffix}"


def load_corpus(path: str | Path, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> Corpus:
    """Load a corpus directory or file into a :class:`Corpus`.

    >>> corpus = load_corpus("data/raw/demo")            # doctest: +SKIP
    >>> corpus.documents[["doc_id", "outlet", "published"]].head()  # doctest: +SKIP

    Raises :class:`CorpusError` naming the path when it does not exist or has an unknown format.
    Bad single files or records become ``quarantine`` rows with a reason; documents whose id
    repeats an earlier one are quarantined too (ids must be unique).
    """
    chunks = list(iter_corpus(path, max_bytes=max_bytes, chunk_size=None))
    return Corpus(documents=pd.concat([c.documents for c in chunks], ignore_index=True),
                  quarantine=pd.concat([c.quarantine for c in chunks], ignore_index=True),
                  n_inputs=sum(c.n_inputs for c in chunks), root=str(path))


def iter_corpus(path: str | Path, *, max_bytes: int = MAX_DOCUMENT_BYTES, chunk_size: int | None = 256
                ) -> Iterator[Corpus]:
    """Stream a corpus as :class:`Corpus` chunks of at most ``chunk_size`` inputs (all in one
    chunk when ``chunk_size`` is None), so corpora larger than memory can be processed.

    Every input lands in exactly one chunk, as a document or a quarantine row; ids are checked
    for uniqueness across the whole stream. At least one chunk is yielded.
    """
    documents: list[dict] = []
    rejected: list[dict] = []
    seen_ids: dict[str, str] = {}
    n_inputs = 0
    yielded = False
    for source, item in iter_inputs(path, max_bytes=max_bytes):
        n_inputs += 1
        row = item if isinstance(item, _Rejected) else _document_row(item, source)
        if not isinstance(row, _Rejected) and row["doc_id"] in seen_ids:
            if row.pop("_derived_id"):
                # Same content, no given id: keep it under a suffixed id; cleaning reports it
                # as an exact duplicate, so the analyst sees it rather than losing it here.
                row["doc_id"] = _next_free_id(row["doc_id"], seen_ids)
            else:
                row = _Rejected(row["source_path"], f"duplicate doc_id {row['doc_id']!r} "
                                f"(first in {seen_ids[row['doc_id']]})")
        if isinstance(row, _Rejected):
            rejected.append({"source_path": row.source_path, "reason": row.reason})
        else:
            row.pop("_derived_id", None)
            seen_ids[row["doc_id"]] = row["source_path"]
            documents.append(row)
        if chunk_size and n_inputs == chunk_size:
            yield _corpus_chunk(documents, rejected, n_inputs, path)
            documents, rejected, n_inputs, yielded = [], [], 0, True
    if n_inputs or not yielded:
        yield _corpus_chunk(documents, rejected, n_inputs, path)


def _corpus_chunk(documents: list[dict], rejected: list[dict], n_inputs: int, path) -> Corpus:
    docs = pd.DataFrame(documents, columns=DOCUMENT_COLUMNS)
    # Dates with a time zone are converted to UTC; all dates are stored naive, in one unit, so
    # that every chunk of a streamed corpus has the same column type.
    docs["published"] = pd.to_datetime(docs["published"], errors="coerce", utc=True,
                                       format="mixed").dt.tz_convert(None).astype("datetime64[ns]")
    for column in ("doc_id", "outlet", "title", "url", "language", "text", "source_path", "sha256"):
        docs[column] = docs[column].astype("string")
    quarantine = pd.DataFrame(rejected, columns=QUARANTINE_COLUMNS).astype("string")
    return Corpus(documents=docs, quarantine=quarantine, n_inputs=n_inputs, root=str(path))
