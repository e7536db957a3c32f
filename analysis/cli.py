"""Command line: ``python -m analysis run|evaluate|notebooks``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .config import DEMO_CORPUS_DIR, PROCESSED_DIR, PROJ_ROOT, REPORTS_DIR

EPILOG = """examples:
  python -m analysis run data/raw/demo --out data/processed
  python -m analysis run ~/my_corpus --out results/ --workers 2 --quiet
  python -m analysis run ~/my_corpus --out results/ --sentiment classifier
  python -m analysis run ~/my_corpus --out results/ --engine dask --workers 4
  python -m analysis run /shared/corpus --out /shared/results --engine dask --scheduler tcp://10.0.0.5:8786
  python -m analysis evaluate quotes --gold tests/gold/quotes.jsonl --texts data/raw/demo
  python -m analysis evaluate framing --gold tests/gold/framing.jsonl --texts data/raw/demo
  python -m analysis evaluate authored --texts data/heldout_source
  python -m analysis evaluate scraped --texts data/scraped_source
  python -m analysis notebooks --corpus ~/my_corpus
"""
NOTEBOOK_DIR = PROJ_ROOT / "notebooks"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Framing analysis of Ukrainian war news: editorial voice vs quoted speech.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="run the pipeline on a corpus and write the tables",
                              epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    run.add_argument("corpus", help="corpus directory or file (.txt dir, .jsonl, .csv, .parquet, .html)")
    run.add_argument("--out", default=str(PROCESSED_DIR), help="output directory (default: data/processed)")
    run.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    run.add_argument("--engine", default="local", choices=["local", "dask"],
                     help="local processes (default) or a Dask cluster")
    run.add_argument("--scheduler", default=None,
                     help="Dask scheduler address (default with --engine dask: a local cluster of "
                          "--workers processes); its workers must see --out")
    run.add_argument("--chunk-size", type=int, default=None,
                     help="documents per chunk (streaming unit and Parquet part; default 64)")
    run.add_argument("--sentiment", default="lexicon", choices=["lexicon", "classifier"],
                     help="score sentiment with the lexicon rules (default, explainable) or with the "
                          "classifier trained on the project's labelled sentences")
    run.add_argument("--quiet", action="store_true", help="no progress bars")

    evaluate = commands.add_parser("evaluate", help="score a stage against gold annotations")
    evaluate.add_argument("stage", choices=["quotes", "framing", "authored", "scraped"],
                          help="quotes or framing against a gold file; authored: quotes and sentiment "
                               "on a folder of annotated articles (data/heldout_source); scraped: page "
                               "furniture and embedded posts on annotated scraped pages (data/scraped_source)")
    evaluate.add_argument("--gold", help="gold JSON Lines file (quotes, framing)")
    evaluate.add_argument("--texts", required=True,
                          help="the corpus the gold refers to, or the folder of authored articles")

    notebooks = commands.add_parser("notebooks", help="execute the notebook series on a corpus")
    notebooks.add_argument("--corpus", default=str(DEMO_CORPUS_DIR))
    notebooks.add_argument("--tables", default=str(PROCESSED_DIR),
                           help="the pipeline's tables for that corpus (made if missing or stale)")
    notebooks.add_argument("--out", default=str(REPORTS_DIR / "notebooks"))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    quiet = getattr(args, "quiet", False) or bool(os.environ.get("CI"))
    try:
        if args.command == "run":
            return _run(args, quiet)
        if args.command == "evaluate":
            return _evaluate(args)
        if args.command == "notebooks":
            return _notebooks(args)
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 1


def _run(args, quiet: bool) -> int:
    from .pipeline import CHUNK_SIZE, run

    result = run(args.corpus, args.out, workers=args.workers, engine=args.engine, progress=not quiet,
                 scheduler=args.scheduler, chunk_size=args.chunk_size or CHUNK_SIZE,
                 sentiment=args.sentiment)
    accounting = result.record["accounting"]
    print(f"corpus: {args.corpus}")
    print(f"inputs {accounting['raw_inputs']} = documents {accounting['documents']} + quarantine "
          f"{accounting['quarantine']} + duplicates {accounting['duplicates']}")
    print(f"words {result.record['words']:,}; {result.record['timings_seconds']['total']:.1f} s")
    print(f"tables written to {Path(args.out).resolve()} (Parquet directories):")
    for name, rows in result.record["rows"].items():
        print(f"  {name + '.parquet/':28s} {rows:>7} rows")
    for name in ("quarantine.csv", "summary.csv", "quotes.csv", "run.json"):
        print(f"  {name}")
    if accounting["raw_inputs"] == 0:
        print(f"error: no input found in {args.corpus} (expected .txt, .jsonl, .csv, .parquet or .html "
              f"files)", file=sys.stderr)
        return 1
    return 0 if accounting["balanced"] else 1


def _evaluate(args) -> int:
    import pandas as pd

    from .cleaning import clean_corpus
    from .corpus import load_corpus
    from .evaluate import evaluate_quotes, read_gold

    if args.stage == "authored":
        return _evaluate_authored(args.texts)
    if args.stage == "scraped":
        from .evaluate import evaluate_scraped

        print(json.dumps(evaluate_scraped(args.texts), indent=1, ensure_ascii=False))
        return 0
    if not args.gold:
        raise ValueError(f"evaluate {args.stage} needs --gold")
    gold = read_gold(args.gold) if args.stage == "quotes" else pd.read_json(args.gold, lines=True)
    corpus = load_corpus(args.texts)
    documents = clean_corpus(corpus.documents).documents
    by_file = {Path(p).name: d for p, d in zip(corpus.documents["source_path"], corpus.documents["doc_id"])}
    gold["doc"] = gold["doc"].map(lambda d: by_file.get(d, d))
    documents = documents[documents["doc_id"].isin(gold["doc"])]
    if documents.empty:
        raise ValueError(f"no document of {args.texts} is named in {args.gold}")
    if args.stage == "quotes":
        from .quotes import segment_corpus

        scores = evaluate_quotes(segment_corpus(documents), gold, dict(zip(documents["doc_id"], documents["text"])))
    else:
        from .evaluate import evaluate_framing
        from .framing import framing_hits

        missing = {"doc", "start", "end", "category"} - set(gold.columns)
        if missing:
            raise ValueError(f"{args.gold}: framing gold lacks columns {sorted(missing)}")
        scores = {**evaluate_framing(framing_hits(documents), gold), "documents": len(documents)}
    print(json.dumps(scores, indent=1, ensure_ascii=False))
    return 0


def _evaluate_authored(directory: str) -> int:
    from .evaluate import evaluate_authored

    print(json.dumps(evaluate_authored(directory), indent=1, ensure_ascii=False))
    return 0


def _notebooks(args) -> int:
    import papermill

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    corpus = str(Path(args.corpus).resolve())
    tables = str(Path(args.tables).resolve())
    for notebook in sorted(NOTEBOOK_DIR.glob("[0-9][0-9]-*.ipynb")):
        target = out / notebook.name
        print(f"executing {notebook.name} -> {target}")
        papermill.execute_notebook(str(notebook), str(target), parameters={"corpus_path": corpus, "tables_path": tables},
                                   cwd=str(NOTEBOOK_DIR), progress_bar=False, kernel_name="python3")
    print(f"executed notebooks are in {out.resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
