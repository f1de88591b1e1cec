"""The ingestion flow: discover files, extract them in batches, store, write the datasets, summarise."""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE

from pipeline import progress
from pipeline.config import Settings
from pipeline.export import write_datasets
from pipeline.run import DocumentResult, discover, process_batch, store_results, summarize
from pipeline.store import Store
from flows.report import markdown_summary, review_rows


@task(name="discover-files", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def discover_files(paths: list[str]) -> list[Path]:
    return discover(paths)


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch(files: list[Path], settings: Settings) -> list[DocumentResult]:
    results = process_batch(files, settings)
    for result in results:
        progress.report(result)
    return results


@task(name="store-batch", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NO_CACHE)
def store_batch(results: list[DocumentResult], store_url: str) -> None:
    store = Store(store_url)
    try:
        store_results(store, results)
    finally:
        store.close()


@task(name="write-datasets", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def export_datasets(store_url: str, out_dir: Path) -> dict[str, int]:
    store = Store(store_url)
    try:
        return write_datasets(store, out_dir)
    finally:
        store.close()


@flow(name="trex-ingest", log_prints=False)
def ingest_flow(paths: list[str], out_dir: str = "outputs") -> dict:
    """Ingest reports from ``paths`` (files or folders) into the datasets in ``out_dir``."""
    logger = get_run_logger()
    settings = Settings()
    out = Path(out_dir)
    store_url = settings.store_url(out)
    files = discover_files(paths)
    logger.info("%d files to ingest into %s", len(files), out)
    results: list[DocumentResult] = []
    for start in range(0, len(files), settings.batch_size):
        batch = extract_batch(files[start:start + settings.batch_size], settings)
        store_batch(batch, store_url)
        results += batch
        logger.info("%d/%d documents done, %d failed", len(results), len(files),
                    sum(not r.ok for r in results))
    counts = export_datasets(store_url, out)
    summary = summarize(results, counts)
    create_markdown_artifact(markdown_summary(summary), key="trex-ingest-summary",
                             description="Documents and rows of this run")
    needing_review = review_rows(results)
    if needing_review:
        create_table_artifact(needing_review, key="trex-needs-review",
                              description="Facts with low confidence: review them in trex review")
    for failure in summary["failed"]:
        logger.warning("failed: %s: %s", failure["source"], failure["error"])
    return summary
