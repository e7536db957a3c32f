"""Loading raw corpora: formats, encodings, bad inputs, and the accounting invariant."""

import json
import string

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.corpus import (DOCUMENT_COLUMNS, CorpusError, decode_bytes, derive_doc_id,
                             load_corpus)

UKRAINIAN_TEXT = "Мешканці Полтави знову провели ніч в укриттях: у місті лунала тривога."


def test_demo_corpus_loads_every_article_with_metadata(demo_corpus):
    metadata = pd.read_csv("data/raw/demo/metadata.csv", dtype=str)
    assert len(demo_corpus.quarantine) == 0
    assert len(demo_corpus.documents) == len(metadata) == demo_corpus.n_inputs
    merged = demo_corpus.documents.merge(metadata, on="doc_id", suffixes=("", "_meta"))
    assert len(merged) == len(metadata)
    for column in ("outlet", "title", "url", "language"):
        assert (merged[column] == merged[f"{column}_meta"]).all(), column
    assert (merged["published"] == pd.to_datetime(merged["published_meta"])).all()
    assert list(demo_corpus.documents.columns) == DOCUMENT_COLUMNS


def test_demo_corpus_shape_matches_the_brief(demo_corpus):
    docs = demo_corpus.documents
    assert (docs["language"] == "uk").sum() >= 60
    assert (docs["language"] == "ru").sum() >= 6
    assert docs["outlet"].nunique() >= 5
    assert docs["published"].min() >= pd.Timestamp("2022-02-01")
    assert docs["published"].max() <= pd.Timestamp("2025-12-31")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "koi8-u"])
def test_encodings_are_detected(tmp_path, encoding):
    (tmp_path / "a.txt").write_bytes(UKRAINIAN_TEXT.encode(encoding))
    corpus = load_corpus(tmp_path)
    assert corpus.documents["text"].iloc[0] == UKRAINIAN_TEXT


def test_decode_bytes_prefers_the_codepage_that_reads_as_lower_case():
    text, encoding = decode_bytes("Добрий вечір, ми з України".encode("koi8-u"))
    assert (text, encoding) == ("Добрий вечір, ми з України", "koi8-u")


def test_jsonl_csv_parquet_and_html_inputs(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"doc_id": "j1", "text": UKRAINIAN_TEXT, "outlet": "Тест"}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    pd.DataFrame({"text": [UKRAINIAN_TEXT + " Перший."], "outlet": ["CSV"]}).to_csv(tmp_path / "b.csv", index=False)
    pd.DataFrame({"text": [UKRAINIAN_TEXT + " Другий."], "id": ["p1"]}).to_parquet(tmp_path / "c.parquet")
    paragraph = "<p>" + UKRAINIAN_TEXT + " Це речення потрібне, щоб текст виглядав як стаття. </p>"
    (tmp_path / "d.html").write_text(
        "<html><head><title>Тривога в Полтаві</title></head><body><article><h1>Тривога в Полтаві</h1>"
        + paragraph * 3 + "</article><footer>Усі права захищено</footer></body></html>", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert len(corpus.quarantine) == 0, corpus.quarantine
    docs = corpus.documents.set_index("source_path")
    assert docs.loc["a.jsonl", "doc_id"] == "j1"
    assert docs.loc["b.csv", "outlet"] == "CSV"
    assert docs.loc["c.parquet", "doc_id"] == "p1"
    assert docs.loc["d.html", "title"] == "Тривога в Полтаві"
    assert "Усі права захищено" not in docs.loc["d.html", "text"]


@pytest.mark.parametrize("name, content, reason", [
    ("junk.txt", bytes(range(256)) * 4, "binary"),
    ("empty.txt", b"   \n\n ", "empty"),
    ("bad.jsonl", b'{"text": "ok"\n', "broken JSON"),
    ("notext.csv", "title,body\nx,y\n".encode(), "no 'text' column"),
    ("doc.docx", b"PK\x03\x04", "unsupported file type"),
    ("broken.parquet", b"PAR1 not really", "unreadable Parquet"),
])
def test_bad_inputs_are_quarantined_with_a_reason(tmp_path, name, content, reason):
    (tmp_path / "good.txt").write_text(UKRAINIAN_TEXT, encoding="utf-8")
    (tmp_path / name).write_bytes(content)
    corpus = load_corpus(tmp_path)
    assert len(corpus.documents) == 1
    assert len(corpus.quarantine) == 1
    assert reason in corpus.quarantine["reason"].iloc[0]


def test_oversized_article_is_quarantined(tmp_path):
    (tmp_path / "huge.txt").write_text("слово " * 2_000, encoding="utf-8")
    corpus = load_corpus(tmp_path, max_bytes=5_000)
    assert corpus.quarantine["reason"].iloc[0].startswith("too large")


def test_missing_path_and_unknown_format_raise_clear_errors(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "nope")
    odd = tmp_path / "corpus.xlsx"
    odd.write_bytes(b"x")
    with pytest.raises(CorpusError, match="unknown corpus format"):
        load_corpus(odd)


def test_repeated_given_id_is_quarantined_but_repeated_content_is_kept(tmp_path):
    lines = [{"doc_id": "x", "text": UKRAINIAN_TEXT}, {"doc_id": "x", "text": UKRAINIAN_TEXT + "!"}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(l, ensure_ascii=False) for l in lines), encoding="utf-8")
    (tmp_path / "b.txt").write_text(UKRAINIAN_TEXT, encoding="utf-8")
    (tmp_path / "c.txt").write_text(UKRAINIAN_TEXT, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert "duplicate doc_id" in corpus.quarantine["reason"].iloc[0]
    derived = derive_doc_id(UKRAINIAN_TEXT)
    assert {derived, derived + "-2"} <= set(corpus.documents["doc_id"])


GOOD_TEXT = st.text(alphabet="абвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ ,.«»", min_size=1, max_size=80).filter(
    lambda t: any(c.isalpha() for c in t))
FILE_KINDS = st.sampled_from(["good_txt", "empty_txt", "binary_txt", "jsonl", "bad_csv", "unknown"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.tuples(FILE_KINDS, GOOD_TEXT, st.integers(0, 3)), max_size=12))
def test_every_input_is_accounted_for(tmp_path_factory, files):
    root = tmp_path_factory.mktemp("corpus")
    expected_inputs = 0
    for index, (kind, text, n_records) in enumerate(files):
        if kind == "good_txt":
            (root / f"{index}.txt").write_text(text, encoding="utf-8")
            expected_inputs += 1
        elif kind == "empty_txt":
            (root / f"{index}.txt").write_text("", encoding="utf-8")
            expected_inputs += 1
        elif kind == "binary_txt":
            (root / f"{index}.txt").write_bytes(b"\x00\xff" + text.encode("utf-8"))
            expected_inputs += 1
        elif kind == "jsonl":
            lines = [json.dumps({"text": text}, ensure_ascii=False) if i % 2 == 0 else "{broken"
                     for i in range(n_records)]
            (root / f"{index}.jsonl").write_text("\n".join(lines), encoding="utf-8")
            expected_inputs += n_records
        elif kind == "bad_csv":
            (root / f"{index}.csv").write_text("a,b\n1,2\n", encoding="utf-8")
            expected_inputs += 1
        else:
            (root / f"{index}.{string.ascii_lowercase[index % 26]}xyz").write_text(text, encoding="utf-8")
            expected_inputs += 1
    corpus = load_corpus(root)
    assert corpus.n_inputs == expected_inputs
    assert len(corpus.documents) + len(corpus.quarantine) == expected_inputs
    assert corpus.documents["doc_id"].is_unique
