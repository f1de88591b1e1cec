"""The library's own run: files in, datasets out. The Prefect flow in ``flows/`` calls these pieces.

ingest (read) -> nlp (extract) -> validate -> store -> export, one document never stopping the others.
"""

from __future__ import annotations

import hashlib
import logging
import time
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from pipeline.config import Settings
from pipeline.errors import TrexError
from pipeline.export import write_datasets
from pipeline.ingest import ExtractedText, Limits, SourceFile, doc_id_for, read_text_of, sniff_format
from pipeline.models import Document
from pipeline.store import Store
from pipeline.validate import reject_row, validate_tables
from pipeline.version import pipeline_version

PIPELINE_VERSION = pipeline_version()

log = logging.getLogger("trex")
GOLD_SUFFIX = ".gold.json"


@dataclass
class DocumentResult:
    """Everything one document contributes to the store: its row, its facts, its rejects."""

    document: dict
    tables: dict[str, list[dict]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # time spent per stage (read, nlp, validate)

    @property
    def ok(self) -> bool:
        return self.document["status"] == "ok"


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Files under ``paths`` (folders recursively), sorted. Hidden files and gold annotations are not reports."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [Path(root) / f for f in sorted(files)
                          if not f.startswith(".") and not f.endswith(GOLD_SUFFIX)]
        else:
            found.append(path)  # a missing file is reported by read_source, not dropped here
    return found


def limits_of(settings: Settings) -> Limits:
    return Limits(max_pages=settings.max_pages, max_chars=settings.max_chars,
                  max_unzipped_bytes=int(settings.max_unzipped_mb * 1024 * 1024))


def failed(source: str, doc_id: str, fmt: str, error: str) -> DocumentResult:
    return DocumentResult(Document(doc_id=doc_id, source=source, format=fmt, status="failed", error=error,
                                   pipeline_version=PIPELINE_VERSION).model_dump())


def _unread(path: Path, source: str, error: str) -> tuple[SourceFile, None, DocumentResult]:
    """A file whose bytes could not be read: its id comes from its path, so that each such file keeps its row."""
    doc_id = doc_id_for(f"unread:{source}".encode())
    return SourceFile(path, source, doc_id, "unknown"), None, failed(source, doc_id, "unknown", error)


def read_source(path: Path, settings: Settings) -> tuple[SourceFile, ExtractedText | None, DocumentResult | None]:
    """Read one file. On failure the third item is the ``failed`` document row naming the reason."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > settings.max_file_mb * 1024 * 1024:
            raise TrexError(f"file too large: {size / 1e6:.0f} MB, the limit is {settings.max_file_mb:g} MB "
                            f"(set TREX_MAX_FILE_MB)")
        data = path.read_bytes()
    except FileNotFoundError:
        return _unread(path, source, "file not found")
    except (OSError, TrexError) as exc:
        return _unread(path, source, str(exc))
    doc_id = doc_id_for(data)
    fmt = path.suffix.lower().lstrip(".") or "unknown"
    try:
        fmt = sniff_format(path, data[:512])
        extracted = read_text_of(path, fmt, data, limits_of(settings))
    except TrexError as exc:
        return SourceFile(path, source, doc_id, fmt), None, failed(source, doc_id, fmt, str(exc))
    except MemoryError:
        return SourceFile(path, source, doc_id, fmt), None, failed(source, doc_id, fmt, "out of memory reading the file")
    except Exception as exc:  # a reader bug must not stop the run; say what broke
        log.warning("reading %s failed: %s", source, exc, exc_info=log.isEnabledFor(logging.DEBUG))
        return SourceFile(path, source, doc_id, fmt), None, failed(source, doc_id, fmt,
                                                                   f"reader error: {type(exc).__name__}: {exc}")
    return SourceFile(path, source, doc_id, fmt), extracted, None


def extract(items: list[tuple[SourceFile, ExtractedText]], settings: Settings) -> list[DocumentResult]:
    """Run the spaCy pipeline over read documents with ``nlp.pipe``; validate every record."""
    if not items:
        return []
    # spaCy is imported here, not at the top: a run with nothing new to extract never pays for it.
    from pipeline.nlp.build import load_pipeline
    from pipeline.nlp.layout import detect_language
    from pipeline.nlp.records import doc_records

    nlp = load_pipeline(settings)
    gazetteer = nlp.get_pipe("trex_cities").gazetteer
    languages = [detect_language(text.text) for _, text in items]
    docs_in = []
    for (_, text), lang in zip(items, languages):
        doc = nlp.make_doc(text.text)
        doc._.trex_lang = lang
        docs_in.append(doc)
    started = time.perf_counter()
    try:
        docs = list(nlp.pipe(docs_in, batch_size=settings.batch_size))
    except Exception:
        # Isolate the document that broke the batch; the others still get extracted.
        docs = []
        for (src, _), doc in zip(items, docs_in):
            try:
                docs.append(nlp(doc))
            except Exception as exc:
                log.warning("extraction failed for %s: %s", src.source, exc,
                            exc_info=log.isEnabledFor(logging.DEBUG))
                docs.append(exc)
    nlp_share = (time.perf_counter() - started) / len(items)
    results = []
    for (src, text), lang, doc in zip(items, languages, docs):
        started = time.perf_counter()
        if isinstance(doc, Exception):
            results.append(failed(src.source, src.doc_id, src.format,
                                  f"extraction error: {type(doc).__name__}: {doc}"))
            continue
        rows = doc_records(doc, src.doc_id, text, gazetteer, settings.review_threshold)
        set_aside = rows.pop("set_aside", [])
        valid, rejects = validate_tables(src.doc_id, text.text, rows)
        rejects += [reject_row(src.doc_id, "industries", {k: v for k, v in row.items() if k != "reason"}, row["reason"])
                    for row in set_aside]
        document = Document(doc_id=src.doc_id, source=src.source, format=src.format, language=lang,
                            pages=text.pages, status="ok", chars=len(text.text),
                            warnings="; ".join(text.warnings) or None,
                            pipeline_version=PIPELINE_VERSION).model_dump()
        results.append(DocumentResult(document, {**valid, "rejects": rejects},
                                      {"nlp": nlp_share, "validate": time.perf_counter() - started}))
    return results


def process_batch(paths: list[Path], settings: Settings) -> list[DocumentResult]:
    """Read and extract a batch of files; failed reads come back as failed documents, in input order."""
    read, read_seconds = [], []
    for path in paths:
        started = time.perf_counter()
        read.append(read_source(path, settings))
        read_seconds.append(time.perf_counter() - started)
    good = [(src, text) for src, text, fail in read if fail is None]
    extracted = iter(extract(good, settings))
    results = [fail if fail is not None else next(extracted) for _, _, fail in read]
    for result, seconds in zip(results, read_seconds):
        result.seconds["read"] = seconds
    return results


def file_id(path: Path, max_bytes: float) -> str | None:
    """The contract's doc_id of a file without holding it in memory; None when it cannot be read."""
    try:
        if path.stat().st_size > max_bytes:
            return None  # read_source will record it as too large
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()[:16]
    except OSError:
        return None


def split_unchanged(files: list[Path], stored: dict[str, tuple[str, str]],
                    settings: Settings) -> tuple[list[Path], list[Path]]:
    """(files to process, files whose bytes and pipeline version are what the store already holds).

    A document counts as unchanged only under the same source path, so moving a file re-reads it
    (and ``replace_document`` then drops the copy stored under the old path).
    """
    todo, unchanged = [], []
    for path in files:
        known = stored.get(str(path))
        if known and known[1] == PIPELINE_VERSION and known[0] == file_id(path, settings.max_file_mb * 1024 * 1024):
            unchanged.append(path)
        else:
            todo.append(path)
    return todo, unchanged


def pending_files(paths: Iterable[str | Path], store_url: str, settings: Settings,
                  force: bool = False) -> tuple[list[Path], list[Path]]:
    """(files to extract, files unchanged since the last run into this store)."""
    files = discover(paths)
    if force:
        return files, []
    store = Store(store_url)
    try:
        return split_unchanged(files, store.stored_versions(), settings)
    finally:
        store.close()


def store_results(store: Store, results: list[DocumentResult]) -> None:
    store.replace_documents([(result.document, result.tables) for result in results])


def ingest(paths: Iterable[str | Path], out_dir: Path, settings: Settings | None = None,
           on_progress: Callable[[DocumentResult], None] | None = None, force: bool = False) -> dict:
    """Plain-Python run without Prefect: returns a summary with counts per table.

    Files already stored with the same bytes and pipeline version are skipped unless ``force``.
    """
    settings = settings or Settings()
    files, unchanged = pending_files(paths, settings.store_url(out_dir), settings, force)
    store = Store(settings.store_url(out_dir))
    results: list[DocumentResult] = []
    try:
        timed = {"store": 0.0, "write": 0.0}
        for start in range(0, len(files), settings.batch_size):
            batch = process_batch(files[start:start + settings.batch_size], settings)
            started = time.perf_counter()
            store_results(store, batch)
            timed["store"] += time.perf_counter() - started
            results += batch
            for result in batch:
                if on_progress:
                    on_progress(result)
        started = time.perf_counter()
        counts = write_datasets(store, out_dir)
        timed["write"] = time.perf_counter() - started
    finally:
        store.close()
    return summarize(results, counts, len(unchanged), timed)


def summarize(results: list[DocumentResult], counts: dict[str, int], unchanged: int = 0,
              stage_seconds: dict[str, float] | None = None) -> dict:
    stages = {"read": 0.0, "nlp": 0.0, "validate": 0.0, "store": 0.0, "write": 0.0}
    for result in results:
        for stage, seconds in result.seconds.items():
            stages[stage] += seconds
    for stage, seconds in (stage_seconds or {}).items():
        stages[stage] += seconds
    return {
        "stage_seconds": {k: round(v, 3) for k, v in stages.items()},
        "documents": len(results),
        "unchanged": unchanged,
        "ok": sum(r.ok for r in results),
        "failed": [{"source": r.document["source"], "error": r.document["error"]} for r in results if not r.ok],
        "tables": counts,
    }
