"""Shared fixtures: the demo corpus (loaded and cleaned once per test session)."""

import json
from pathlib import Path

import pytest

from analysis.config import DEMO_CORPUS_DIR, PROJ_ROOT

GOLD_DIR = PROJ_ROOT / "tests" / "gold"
DEMO_SOURCE_DIR = PROJ_ROOT / "data" / "demo_source"


@pytest.fixture(scope="session")
def demo_corpus():
    from analysis.corpus import load_corpus

    return load_corpus(DEMO_CORPUS_DIR)


@pytest.fixture(scope="session")
def demo_clean(demo_corpus):
    from analysis.cleaning import clean_corpus

    return clean_corpus(demo_corpus.documents)


@pytest.fixture(scope="session")
def demo_sources():
    return {p.stem: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(DEMO_SOURCE_DIR.glob("*.json"))}


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# Property tests explore the same examples on every run (reproducible CI); run with
# HYPOTHESIS_PROFILE=explore to search new random examples locally.
import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
