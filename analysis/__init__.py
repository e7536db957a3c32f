"""Framing analysis of Ukrainian war news: editorial voice vs quoted speech.

The public API is re-exported here; each stage lives in its own module
(corpus -> cleaning -> quotes -> framing -> sentiment -> charts), wired by :mod:`analysis.pipeline`.
"""

from importlib import metadata as _metadata

from . import config
from .corpus import Corpus, CorpusError, load_corpus

try:
    __version__ = _metadata.version("analysis")
except _metadata.PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+source"

__all__ = ["Corpus", "CorpusError", "config", "load_corpus", "__version__"]
