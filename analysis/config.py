"""Project paths. Nothing else lives here."""

from __future__ import annotations

from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = PROJ_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
DEMO_CORPUS_DIR = RAW_DIR / "demo"
PROCESSED_DIR = DATA_DIR / "processed"
REPORTS_DIR = PROJ_ROOT / "reports"
FIGURES_DIR = REPORTS_DIR / "figures"
LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
