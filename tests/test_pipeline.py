"""The pipeline: tables, accounting, determinism across workers, files and the CLI."""

import json
from pathlib import Path

import pandas as pd

from analysis.cli import main
from analysis.config import DEMO_CORPUS_DIR
from analysis.pipeline import TABLES, run


def test_run_writes_every_table_and_balances_the_accounting(tmp_path):
    result = run(DEMO_CORPUS_DIR, tmp_path, progress=False)
    for name in TABLES:
        assert (tmp_path / f"{name}.parquet").exists(), name
    assert (tmp_path / "quarantine.csv").exists()
    record = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    accounting = record["accounting"]
    assert accounting["balanced"]
    assert accounting["raw_inputs"] == accounting["documents"] + accounting["quarantine"] + accounting["duplicates"]
    assert len(record["input_sha256"]) == accounting["raw_inputs"] - accounting["quarantine"]
    segments = result["segments"]
    assert (segments.groupby("doc_id")["end"].max().sort_index()
            == result["documents"].set_index("doc_id")["text"].str.len().sort_index()).all()
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "framing_hits.parquet"), result["framing_hits"],
                                  check_dtype=False)


def test_one_and_two_workers_give_equal_tables():
    one = run(DEMO_CORPUS_DIR, progress=False, workers=1)
    two = run(DEMO_CORPUS_DIR, progress=False, workers=2)
    for name in TABLES:
        pd.testing.assert_frame_equal(one[name], two[name])


def test_cli_reports_errors_with_exit_codes(tmp_path, capsys):
    assert main(["run", str(tmp_path / "missing"), "--out", str(tmp_path / "o"), "--quiet"]) == 2
    assert "does not exist" in capsys.readouterr().err
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("«Ми тримаємось», – сказав Іван Бойко.", encoding="utf-8")
    (corpus / "b.txt").write_bytes(b"\x00\x01")
    assert main(["run", str(corpus), "--out", str(tmp_path / "o"), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "inputs 2 = documents 1 + quarantine 1 + duplicates 0" in out
    assert main(["evaluate", "quotes", "--texts", str(corpus)]) == 2
    assert "needs --gold" in capsys.readouterr().err


def test_cli_evaluates_a_folder_of_authored_articles(tmp_path, capsys):
    article = {"doc_id": "a1", "language": "uk",
               "paragraphs": ["«Ми відбудуємо міст до зими», – сказав мер Іван Бойко."],
               "spans": [{"text": "Ми відбудуємо міст до зими", "kind": "quote", "speaker": "Іван Бойко",
                          "cue": "сказати", "group": 1}],
               "sentences": [{"text": "«Ми відбудуємо міст до зими», – сказав мер Іван Бойко.",
                              "voice": "quote", "polarity": 1}]}
    (tmp_path / "a1.json").write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    assert main(["evaluate", "authored", "--texts", str(tmp_path)]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["quotes"]["gold_spans"] == 1 and scores["quotes"]["speaker_accuracy"] == 1.0
    assert scores["sentiment"]["sentences"] == 1


def test_cli_scores_framing_against_a_gold_file(tmp_path, capsys):
    corpus = tmp_path / "c"
    corpus.mkdir()
    text = "Окупанти знову обстріляли місто. Ринок працює."
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "framing.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "start": 0, "end": 8, "category": "aggressor_label"}) + "\n"
                    + json.dumps({"doc": "a.txt", "start": 33, "end": 38, "category": "euphemism"}) + "\n",
                    encoding="utf-8")
    assert main(["evaluate", "framing", "--gold", str(gold), "--texts", str(corpus)]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["precision"] == 1.0 and scores["recall"] == 0.5 and scores["documents"] == 1
    gold.write_text(json.dumps({"doc": "a.txt", "start": 0, "end": 8}) + "\n", encoding="utf-8")
    assert main(["evaluate", "framing", "--gold", str(gold), "--texts", str(corpus)]) == 2
    assert "lacks columns ['category']" in capsys.readouterr().err


def test_public_api_is_reexported():
    import analysis

    for name in analysis.__all__:
        assert getattr(analysis, name) is not None, name


def test_spreadsheet_exports_neutralise_formulas(tmp_path):
    from analysis.pipeline import spreadsheet_safe

    frame = pd.DataFrame({"a": ["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "звичайний текст", None],
                          "n": [1, 2, 3, 4, 5, 6]})
    safe = spreadsheet_safe(frame)
    assert safe["a"].tolist()[:5] == ["'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM(A1)", "звичайний текст"]
    assert safe["n"].tolist() == frame["n"].tolist()
    run(DEMO_CORPUS_DIR, tmp_path, progress=False)
    quotes = pd.read_csv(tmp_path / "quotes.csv")
    assert len(quotes) > 100 and not quotes["words"].astype(str).str.match(r"^[=+@-]").any()
    assert (tmp_path / "summary.csv").exists()


def test_dask_engine_on_a_local_cluster_gives_the_local_tables(tmp_path):
    local = run(DEMO_CORPUS_DIR, tmp_path / "local", progress=False)
    dask = run(DEMO_CORPUS_DIR, tmp_path / "dask", engine="dask", workers=2, progress=False)
    assert dask.record["engine"] == "dask" and dask.record["accounting"] == local.record["accounting"]
    for name in TABLES:
        pd.testing.assert_frame_equal(local[name], dask[name], obj=name)


def test_chunk_size_does_not_change_the_tables_and_parts_stream(tmp_path):
    whole = run(DEMO_CORPUS_DIR, progress=False, chunk_size=1000)
    small = run(DEMO_CORPUS_DIR, tmp_path, progress=False, chunk_size=7)
    assert small.record["chunks"] == 11  # 76 inputs in chunks of 7
    assert len(list((tmp_path / "segments.parquet").glob("part-*.parquet"))) == 11
    for name in TABLES:
        pd.testing.assert_frame_equal(whole[name], small[name], obj=name)


def test_a_second_run_replaces_the_first_without_stale_parts(tmp_path):
    run(DEMO_CORPUS_DIR, tmp_path, progress=False, chunk_size=5)
    corpus = tmp_path / "small"
    corpus.mkdir()
    (corpus / "a.txt").write_text("«Ми тримаємось», – сказав Іван Бойко.", encoding="utf-8")
    result = run(corpus, tmp_path, progress=False)
    assert len(list((tmp_path / "segments.parquet").glob("part-*.parquet"))) == 1
    assert len(result["documents"]) == 1
    assert set(result["segments"]["doc_id"]) == set(result["documents"]["doc_id"])


def test_load_tables_reads_a_finished_run(tmp_path):
    from analysis.pipeline import load_tables

    first = run(DEMO_CORPUS_DIR, tmp_path, progress=False)
    again = load_tables(tmp_path)
    assert again.record == first.record
    pd.testing.assert_frame_equal(again["sentiment"], first["sentiment"])


def test_the_notebook_series_runs_on_a_directory_of_txt_files(tmp_path):
    """What `make analysis CORPUS=dir` does, on a corpus without metadata (no outlet, no dates)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Окупанти вночі обстріляли місто, загинули двоє людей.\n\n"
                                  "«Ми відновимо зруйновані будинки до зими», – сказав мер Іван Бойко.\n",
                                  encoding="utf-8")
    (corpus / "b.txt").write_text("– Виплати почнуться наступного місяця, – заявила міністерка Олена Гнатюк.\n",
                                  encoding="utf-8")
    (corpus / "c.txt").write_bytes(b"\x00\x01\x02 not text")
    out = tmp_path / "notebooks"
    assert main(["notebooks", "--corpus", str(corpus), "--tables", str(tmp_path / "tables"),
                 "--out", str(out)]) == 0
    assert len(list(out.glob("0*.ipynb"))) == 6
    record = json.loads((tmp_path / "tables" / "run.json").read_text(encoding="utf-8"))
    assert record["accounting"] == {"raw_inputs": 3, "documents": 2, "quarantine": 1, "duplicates": 0,
                                    "balanced": True}
    summary = pd.read_csv(tmp_path / "tables" / "summary.csv")
    assert summary["outlet"].tolist() == ["(unknown)"] and summary["documents"].tolist() == [2]


def test_cli_says_when_a_corpus_directory_has_no_input(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["run", str(tmp_path / "empty"), "--out", str(tmp_path / "o"), "--quiet"]) == 1
    assert "no input found" in capsys.readouterr().err


def test_dask_engine_with_a_scheduler_address(tmp_path):
    import logging

    from distributed import LocalCluster

    local = run(DEMO_CORPUS_DIR, progress=False, chunk_size=20)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster:
        remote = run(DEMO_CORPUS_DIR, tmp_path, engine="dask", scheduler=cluster.scheduler_address,
                     progress=False, chunk_size=20)
    for name in TABLES:
        pd.testing.assert_frame_equal(local[name], remote[name], obj=name)


def test_output_inside_the_corpus_directory_is_refused(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("«Ми тримаємось», – сказав Іван Бойко.", encoding="utf-8")
    assert main(["run", str(tmp_path), "--out", str(tmp_path / "results"), "--quiet"]) == 2
    assert "inside the corpus directory" in capsys.readouterr().err
    assert not (tmp_path / "results").exists()


def test_a_document_a_stage_fails_on_is_quarantined_and_the_run_goes_on(tmp_path, monkeypatch):
    import analysis.pipeline as pipeline
    import analysis.quotes as quotes

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in (("ok.txt", "«Ми тримаємось», – сказав Іван Бойко."),
                       ("breaks_cleaning.txt", "Текст ЗЛАМ-ОЧИЩЕННЯ про обстріл міста."),
                       ("breaks_segmenting.txt", "Текст ЗЛАМ-СЕГМЕНТАЦІЇ про обстріл міста.")):
        (corpus / name).write_text(text, encoding="utf-8")
    real_clean, real_segment = pipeline.clean_record, quotes.segment_rows

    def clean(record, **options):
        if "ЗЛАМ-ОЧИЩЕННЯ" in record["text"]:
            raise RuntimeError("test failure in cleaning")
        return real_clean(record, **options)

    def segment(text, **options):
        if "ЗЛАМ-СЕГМЕНТАЦІЇ" in text:
            raise RuntimeError("test failure in segmentation")
        return real_segment(text, **options)

    monkeypatch.setattr(pipeline, "clean_record", clean)
    monkeypatch.setattr(quotes, "segment_rows", segment)
    result = run(corpus, tmp_path / "out", progress=False)
    assert result.record["accounting"] == {"raw_inputs": 3, "documents": 1, "quarantine": 2, "duplicates": 0,
                                           "balanced": True}
    reasons = dict(zip(result["quarantine"]["source_path"].map(lambda p: p.split("/")[-1]),
                       result["quarantine"]["reason"]))
    assert reasons["breaks_cleaning.txt"].startswith("cleaning failed: RuntimeError: test failure in cleaning")
    assert reasons["breaks_segmenting.txt"].startswith("analysis failed: RuntimeError: test failure in segmentation")
    assert [Path(p).name for p in result["documents"]["source_path"]] == ["ok.txt"]
    assert set(result["segments"]["doc_id"]) == set(result["documents"]["doc_id"])


def test_tables_for_reuses_a_run_only_while_every_input_file_is_unchanged(tmp_path):
    from analysis.pipeline import tables_for

    corpus = tmp_path / "c.jsonl"
    lines = ['{"id": "a", "text": "Окупанти обстріляли місто."}', '{"id": "b", "text": "Рятувальники працюють."}']
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first = tables_for(corpus, tmp_path / "out")
    again = tables_for(corpus, tmp_path / "out")
    assert again.record["timings_seconds"] == first.record["timings_seconds"]  # read, not rerun
    # change the FIRST record of a multi-record file: the run must be redone
    corpus.write_text("\n".join([lines[0].replace("місто", "село"), lines[1]]) + "\n", encoding="utf-8")
    changed = tables_for(corpus, tmp_path / "out")
    assert "село" in changed["documents"].set_index("doc_id").loc["a", "text"]


def test_shingles_wait_on_disk_between_the_passes(tmp_path):
    """Fingerprints come back without their shingles, which are read back exactly."""
    from analysis.cleaning import fingerprint
    from analysis.pipeline import STAGING, _ShingleSpill

    texts = ["перше речення про обстріл міста " * 5, "друге", "третій текст про відновлення світла " * 4]
    prints = [fingerprint(f"d{i}", text) for i, text in enumerate(texts)]
    spill = _ShingleSpill(tmp_path)
    kept = spill.add(prints[:2]) + spill.add(prints[2:])
    assert all(item.shingles is None for item in kept)
    assert (tmp_path / STAGING / "shingles.u64").stat().st_size == 8 * sum(len(p.shingles) for p in prints)
    for original, item in zip(prints, kept):
        assert spill(item).tolist() == original.shingles.tolist()


def test_the_collector_runs_less_often_during_a_run_and_the_setting_is_restored(tmp_path, monkeypatch):
    import gc

    import analysis.pipeline as pipeline

    seen = []
    real_clean = pipeline.clean_record

    def clean(record, **options):
        seen.append(gc.get_threshold()[0])
        return real_clean(record, **options)

    monkeypatch.setattr(pipeline, "clean_record", clean)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "Окупанти обстріляли місто."}\n', encoding="utf-8")
    before = gc.get_threshold()
    gc.set_threshold(1234, 7, 9)
    try:
        run(corpus, tmp_path / "out", progress=False)
        assert gc.get_threshold() == (1234, 7, 9)
    finally:
        gc.set_threshold(*before)
    assert seen == [pipeline.RUN_GC_THRESHOLD]


def test_the_classifier_scores_the_sentiment_table_when_asked(tmp_path):
    from analysis.pipeline import tables_for

    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "«Ми відбудуємо школу до осені», – сказав мер Іван Бойко. '
                      'Окупанти знову обстріляли місто."}\n', encoding="utf-8")
    lexicon = tables_for(corpus, tmp_path / "out")
    assert set(lexicon["sentiment"]["method"]) == {"lexicon"}
    classifier = tables_for(corpus, tmp_path / "out", sentiment="classifier")  # another method: rerun
    assert set(classifier["sentiment"]["method"]) == {"classifier"}
    assert classifier.record["sentiment_method"] == "classifier" and len(classifier.record["training_sha256"]) == 64
    pd.testing.assert_frame_equal(classifier["sentiment"][["doc_id", "seg_id", "kind"]],
                                  lexicon["sentiment"][["doc_id", "seg_id", "kind"]])
    again = tables_for(corpus, tmp_path / "out")  # no method asked: the tables on disk serve
    assert again.record["timings_seconds"] == classifier.record["timings_seconds"]
    assert main(["run", str(corpus), "--out", str(tmp_path / "cli"), "--sentiment", "classifier", "--quiet"]) == 0
    assert json.loads((tmp_path / "cli" / "run.json").read_text(encoding="utf-8"))["sentiment_method"] == "classifier"


def test_an_unknown_sentiment_method_is_refused(tmp_path):
    import pytest

    with pytest.raises(ValueError, match="sentiment method"):
        run(DEMO_CORPUS_DIR, tmp_path, progress=False, sentiment="vader")


def test_a_page_of_furniture_only_is_quarantined_with_its_log_kept(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "article.txt").write_text("Війська відійшли від міста, повідомили у штабі.\n\nРеклама\n", encoding="utf-8")
    (corpus / "furniture.txt").write_text("Реклама\n\nПоділитися\n\n© 2024 Вісник\n", encoding="utf-8")
    result = run(corpus, tmp_path / "out", progress=False)
    assert result.record["accounting"] == {"raw_inputs": 2, "documents": 1, "quarantine": 1, "duplicates": 0,
                                           "balanced": True}
    reason, = result["quarantine"]["reason"]
    assert reason.startswith("nothing left after cleaning")
    # what was removed stays auditable: the log holds the quarantined page's edits too
    assert result["cleaning_log"]["doc_id"].nunique() == 2
