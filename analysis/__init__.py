"""Framing analysis of Ukrainian war news: editorial voice vs quoted speech.

The public API is re-exported here (loaded on first use, so ``import analysis`` stays fast);
each stage lives in its own module (corpus -> cleaning -> quotes -> framing -> sentiment ->
charts), wired by :mod:`analysis.pipeline`.
"""

from importlib import import_module
from importlib import metadata as _metadata

from . import config
from .corpus import Corpus, CorpusError, load_corpus

try:
    __version__ = _metadata.version("analysis")
except _metadata.PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+source"

#: public name -> module that defines it
_LAZY = {
    "clean_text": "cleaning", "clean_corpus": "cleaning", "apply_edits": "cleaning",
    "detect_language": "language", "dictionary_coverage": "language",
    "segment_text": "quotes", "segment_corpus": "quotes",
    "find_framing": "framing", "framing_hits": "framing", "count_framing": "framing",
    "concordance": "framing", "FramingVectorizer": "framing", "weighted_log_odds": "framing",
    "score_text": "sentiment", "score_segments": "sentiment", "explain": "sentiment",
    "compare_voices": "sentiment", "train_classifier": "sentiment",
    "accentuate": "stress", "run": "pipeline", "load_tables": "pipeline", "tables_for": "pipeline",
    "read_table": "pipeline", "iter_corpus": "corpus",
}

__all__ = ["Corpus", "CorpusError", "config", "load_corpus", "__version__", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
