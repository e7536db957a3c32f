"""Throughput and memory of the pipeline on corpora generated from the demo articles.

``python -m benchmarks [--scales 10 100] [--workers 1 2] [--repeats 3] [--no-peer]``

Each system (the pipeline with each number of workers, and the peer) runs ``--repeats`` times,
in rounds that take every system in turn, and the summary gives the median of its runs: single
timings on a shared machine drift by tens of percent within minutes.

For each scale a corpus of ``scale`` x the demo size is generated: every generated article mixes
paragraphs of several demo articles of the same language and outlet (so the articles are new
texts, not near-duplicates that deduplication would drop), keeps some artefacts of the raw
files, and is perturbed (every number is replaced by another), so no two paragraphs need be
equal. Each configuration runs in a fresh subprocess that first loads its dictionaries and
lexicons (``analysis.pipeline.warm_up``; the peer likewise builds its pipeline before timing);
the pipeline then writes every table to disk as it would for an analyst. The figures are words
per second over the clean text, and peak resident memory of the process and its workers. The peer baseline
tokenises and lemmatises the same clean texts with spaCy's Ukrainian tokenizer and the pymorphy3
lemmatizer (DAWG2 backend), installed on first use into a separate virtual environment under
``benchmarks/_work`` so that the project's own environment stays lean.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "benchmarks" / "_work"
PEER_VENV = WORK / "peer-venv"
PEER_REQUIREMENTS = ["spacy==3.8.18", "pymorphy3==2.0.6", "pymorphy3-dicts-uk==2.4.1.1.1663094765",
                     "DAWG2==0.13.3"]
SEED = 7
STAGE_NAMES = ("cleaning", "segmentation", "framing", "sentiment")


NUMBER = re.compile(r"\d+")
#: Bump when the generator changes, so cached corpora are regenerated.
GENERATOR_VERSION = 2


def generate_corpus(scale: int) -> Path:
    """Write ``scale`` x the demo corpus as JSON Lines; return its path (cached)."""
    path = WORK / f"corpus_v{GENERATOR_VERSION}_x{scale}.jsonl"
    if path.exists():
        return path
    from analysis.corpus import load_corpus

    WORK.mkdir(parents=True, exist_ok=True)
    demo = load_corpus(ROOT / "data" / "raw" / "demo").documents
    rng = random.Random(SEED + scale)
    pools: dict[tuple, list[str]] = {}
    for row in demo.itertuples():
        pools.setdefault((row.outlet, row.language), []).extend(
            p for p in row.text.replace("\r\n", "\n").split("\n\n") if p.strip())
    keys = sorted(pools)
    with path.open("w", encoding="utf-8") as handle:
        for index in range(scale * len(demo)):
            outlet, language = keys[index % len(keys)]
            paragraphs = rng.sample(pools[(outlet, language)], k=min(8, len(pools[(outlet, language)])))
            text = NUMBER.sub(lambda m: str(rng.randint(2, 10 ** len(m.group()))), "\n\n".join(paragraphs))
            record = {"doc_id": f"b{scale}-{index:06d}", "outlet": outlet, "language": language,
                      "published": f"{2022 + index % 4}-{1 + index % 12:02d}-15", "text": text}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


OURS = """
import json, resource, sys, time
from analysis.pipeline import run, warm_up
warm_up()
started = time.perf_counter()
result = run(sys.argv[1], sys.argv[3], workers=int(sys.argv[2]), progress=False)
elapsed = time.perf_counter() - started
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": elapsed, "words": result.record["words"],
                  "documents": result.record["accounting"]["documents"],
                  "duplicates": result.record["accounting"]["duplicates"], "peak_mb": max(own, children) / 1024,
                  "timings": result.record["timings_seconds"]}))
"""

#: What both stage scripts share: the stages, and a timer that records each one's seconds.
TIMED_STAGES = """
import json, sys, time
from analysis.corpus import load_corpus
from analysis.cleaning import clean_corpus
from analysis.quotes import segment_corpus
from analysis.framing import framing_hits
from analysis.sentiment import score_segments
from analysis.nlp import count_words, cache_info
from analysis.pipeline import warm_up
out = {}
def timed(name, function, *args):
    started = time.perf_counter()
    value = function(*args)
    out[name] = {"seconds": time.perf_counter() - started}
    return value
def time_stages(documents):
    docs = timed("cleaning", clean_corpus, documents).documents
    segments = timed("segmentation", segment_corpus, docs)
    timed("framing", framing_hits, docs, segments)
    timed("sentiment", score_segments, docs, segments)
    return docs
"""

STAGES = TIMED_STAGES + """
corpus = load_corpus(sys.argv[1])
warm_up()
docs = time_stages(corpus.documents)
hits = cache_info()["best_parse"]
out["words"] = int(sum(count_words(t) for t in docs["text"]))
out["lemma_cache_hit_rate"] = hits.hits / max(hits.hits + hits.misses, 1)
print(json.dumps(out))
"""

PEER = """
import json, resource, sys, time
import spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.blank("uk")
nlp.add_pipe("lemmatizer", config={"mode": "pymorphy3"})
nlp.initialize()
started = time.perf_counter()
words = 0
for doc in nlp.pipe(texts, batch_size=64):
    words += sum(1 for token in doc if token.is_alpha or token.like_num)
    [token.lemma_ for token in doc]
elapsed = time.perf_counter() - started
print(json.dumps({"seconds": elapsed, "words": words,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


LONG = TIMED_STAGES + """
demo = load_corpus(sys.argv[1]).documents
size = int(sys.argv[2])
joined = "\\n\\n".join(demo["text"])
documents = demo.iloc[:1].copy()
documents["doc_id"] = ["long"]
documents["text"] = [(joined * (size // len(joined) + 1))[:size]]
warm_up()
# every stage once over the demo articles first, untimed, so both sizes meet warm word caches
# and the comparison is of length alone
warm = clean_corpus(demo).documents
warm_segments = segment_corpus(warm)
framing_hits(warm, warm_segments)
score_segments(warm, warm_segments)
docs = time_stages(documents)
out["words"] = int(count_words(docs["text"].iloc[0]))
out["chars"] = size
print(json.dumps(out))
"""


def compare_tokenizers() -> list[dict]:
    """Speed and agreement of the word and sentence tokenizers we could use, on the clean demo
    corpus: our regexes (``analysis.nlp``) and tokenize-uk 2.0's default and legacy engines.

    Sentences are scored against the sentences of the sentiment gold (hand-cut units of the demo
    articles): the share reproduced exactly, as start and end offsets. Words are scored as the
    agreement of word-token spans with tokenize-uk's default engine (punctuation tokens left out,
    since our tokenizer does not emit them; "тис." and "тис" count as the same word).
    """
    import time

    import tokenize_uk

    from analysis import nlp
    from analysis.cleaning import clean_corpus
    from analysis.corpus import load_corpus

    docs = clean_corpus(load_corpus(ROOT / "data" / "raw" / "demo").documents).documents
    texts = dict(zip(docs["doc_id"], docs["text"]))
    gold = [json.loads(line) for line in (ROOT / "tests" / "gold" / "sentiment.jsonl").open(encoding="utf-8")]
    words = sum(nlp.count_words(text) for text in texts.values())
    sentence_engines = {
        "regex (ours)": lambda s: nlp.split_sentences(s),
        "tokenize-uk default": lambda s: [(a, b) for _, a, b in tokenize_uk.tokenize_sents_with_spans(s)],
        "tokenize-uk legacy": lambda s: [(a, b) for _, a, b in tokenize_uk.tokenize_sents_with_spans(s, legacy=True)],
    }
    word_engines = {
        "regex (ours)": lambda s: [(m.start(), m.end()) for m in nlp.WORD_TOKEN.finditer(s)],
        "tokenize-uk default": lambda s: [(a, b) for _, a, b in tokenize_uk.tokenize_words_with_spans(s)],
        "tokenize-uk legacy": lambda s: [(a, b) for _, a, b in tokenize_uk.tokenize_words_with_spans(s, legacy=True)],
    }

    def words_only(text: str, spans) -> set:
        return {(a, b - (text[b - 1] == ".")) for a, b in spans if any(ch.isalnum() for ch in text[a:b])}

    reference = {d: words_only(text, word_engines["tokenize-uk default"](text)) for d, text in texts.items()}
    rows = []
    for name in sentence_engines:
        started = time.perf_counter()
        sentences = {d: set(sentence_engines[name](text)) for d, text in texts.items()}
        sentence_seconds = time.perf_counter() - started
        started = time.perf_counter()
        tokens = {d: words_only(text, word_engines[name](text)) for d, text in texts.items()}
        word_seconds = time.perf_counter() - started
        exact = located = 0
        for item in gold:
            text = texts.get(item["doc"], "")
            start = text.find(item["text"])
            if start >= 0:
                located += 1
                exact += (start, start + len(item["text"])) in sentences[item["doc"]]
        agree = sum(len(tokens[d] & reference[d]) for d in texts)
        total = sum(len(tokens[d] | reference[d]) for d in texts)
        rows.append({"engine": name, "sentence_wps": words / sentence_seconds, "word_wps": words / word_seconds,
                     "sentences_exact": exact / max(located, 1), "word_agreement": agree / max(total, 1)})
    return rows


def _measure(python: str, script: str, *args: str) -> dict:
    output = subprocess.run([python, "-c", script, *args], check=True, capture_output=True, text=True,
                            cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": "0"})
    return json.loads(output.stdout.strip().splitlines()[-1])


def peer_python() -> str:
    python = PEER_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(PEER_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", *PEER_REQUIREMENTS], check=True)
    return str(python)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--scales", type=int, nargs="+", default=[10, 100])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-peer", action="store_true")
    parser.add_argument("--stages-only", action="store_true", help="only the per-stage figures")
    parser.add_argument("--long-sizes", type=_positive, nargs="*", default=[100_000, 1_600_000],
                        help="sizes in characters of single long articles (a live blog) to time")
    parser.add_argument("--repeats", type=_positive, default=3,
                        help="rounds of runs; each round runs every system once, in turn (default 3)")
    args = parser.parse_args(argv)
    rows = []
    for scale in ([] if args.stages_only else args.scales):
        corpus = generate_corpus(scale)
        systems = [(f"pipeline, {workers} worker(s)", sys.executable, OURS,
                    [str(corpus), str(workers), str(WORK / f"out_x{scale}_w{workers}")])
                   for workers in args.workers]
        if not args.no_peer:
            systems.append(("peer: spaCy uk tokenizer + pymorphy3", peer_python(), PEER, [str(corpus)]))
        runs: dict[str, list[dict]] = {name: [] for name, *_ in systems}
        # Rounds rather than one system after the other: on a shared machine the speed drifts
        # over minutes, and interleaving spreads that drift over every system alike.
        for round_number in range(args.repeats):
            for name, python, script, script_args in systems:
                result = _measure(python, script, *script_args)
                if script is OURS:
                    shutil.rmtree(script_args[-1], ignore_errors=True)
                result["wps"] = result["words"] / result["seconds"]
                runs[name].append(result)
                print(f"x{scale:<4} round {round_number + 1}  {name:40s} {result['words']:>9,} words "
                      f"{result['seconds']:8.1f} s {result['wps']:>9,.0f} w/s  peak {result['peak_mb']:,.0f} MB",
                      flush=True)
        for name, results in runs.items():
            rows.append({"scale": scale, "system": name, "runs": results, "words": results[0]["words"],
                         "wps": statistics.median(r["wps"] for r in results),
                         "peak_mb": statistics.median(r["peak_mb"] for r in results)})
    print("\ntokenizers on the clean demo corpus (sentences: share of the sentiment gold's sentences cut"
          " exactly; words: agreement of word spans with tokenize-uk's default engine):")
    for row in compare_tokenizers():
        rows.append({"scale": 1, "system": "tokenizer", **row})
        print(f"  {row['engine']:22s} sentences {row['sentence_wps']:>11,.0f} w/s, exact {row['sentences_exact']:.3f};"
              f"  words {row['word_wps']:>11,.0f} w/s, agreement {row['word_agreement']:.3f}", flush=True)
    print("\nper stage, one process (words per second; cleaning includes duplicate detection):")
    for scale in args.scales:
        stages = _measure(sys.executable, STAGES, str(generate_corpus(scale)))
        rows.append({"scale": scale, "system": "stages", **stages})
        line = "  ".join(f"{name} {stages['words'] / stages[name]['seconds']:,.0f} w/s"
                         for name in STAGE_NAMES)
        print(f"  x{scale:<4} {line}  lemma cache hit rate {stages['lemma_cache_hit_rate']:.2f}", flush=True)
    if args.long_sizes:
        print("\none long article made of the demo articles, one process (words per second per stage):")
        long_rows = []
        for size in args.long_sizes:
            long = _measure(sys.executable, LONG, str(ROOT / "data" / "raw" / "demo"), str(size))
            long["total_seconds"] = sum(long[name]["seconds"] for name in STAGE_NAMES)
            long_rows.append(long)
            rows.append({"scale": 0, "system": "long article", **long})
            line = "  ".join(f"{name} {long['words'] / long[name]['seconds']:,.0f}" for name in STAGE_NAMES)
            print(f"  {size:>10,} characters ({long['words']:,} words)  {line}  all "
                  f"{long['words'] / long['total_seconds']:,.0f} w/s", flush=True)
        if len(long_rows) >= 2:
            small, large = long_rows[0], long_rows[-1]
            ratio = (large["total_seconds"] / large["words"]) / (small["total_seconds"] / small["words"])
            print(f"  cost per word, {large['chars']:,} / {small['chars']:,} characters: {ratio:.2f}")
    print(f"\nsummary (median of {args.repeats} interleaved runs; words per second; ratio = pipeline / peer):")
    for scale in args.scales:
        peer = next((r for r in rows if r["scale"] == scale and r["system"].startswith("peer")), None)
        for row in rows:
            if row["scale"] != scale or row["system"].startswith(("peer", "stages", "tokenizer", "long")):
                continue
            ratio = f"{row['wps'] / peer['wps']:.2f}x" if peer else "n/a"
            print(f"  x{scale:<4} {row['system']:24s} {row['wps']:>9,.0f} w/s  peak {row['peak_mb']:,.0f} MB"
                  f"  ratio {ratio}")
    if len(args.scales) >= 2 and not args.stages_only:
        small, large = args.scales[0], args.scales[-1]
        for workers in args.workers:
            name = f"pipeline, {workers} worker(s)"
            a = next(r for r in rows if r["scale"] == small and r["system"] == name)
            b = next(r for r in rows if r["scale"] == large and r["system"] == name)
            print(f"  cost per word x{large} / x{small}, {workers} worker(s): {a['wps'] / b['wps']:.2f};"
                  f" peak memory ratio {b['peak_mb'] / a['peak_mb']:.2f}")
    (WORK / "results.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
