"""The ingestion flow: find new or changed files, extract them in batches, store, write the datasets, summarise."""

from __future__ import annotations

import time
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from pipeline import progress
from pipeline.config import Settings
from pipeline.export import write_datasets
from pipeline.run import DocumentResult, pending_files, process_batch, store_results, summarize
from pipeline.store import Store
from flows.report import gold_scores, markdown_summary, review_rows


# Reading the inbox and the store may hit a network share or a database server: retry those.
# Extraction is deterministic, so a retry would only fail again; it is not retried.
@task(name="find-new-files", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def find_new_files(paths: list[str], store_url: str, settings: Settings, force: bool) -> tuple[list[Path], int]:
    todo, unchanged = pending_files(paths, store_url, settings, force)
    return todo, len(unchanged)


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch(files: list[Path], settings: Settings) -> list[DocumentResult]:
    return process_batch(files, settings)


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


def task_batches(files: list[Path], settings: Settings) -> list[list[Path]]:
    """The flow's extraction tasks. With several workers, batches shrink towards the end of the run.

    Each task run costs the Prefect server some CPU that the workers share, so tasks are large while
    there is much left; the last ones are small, so no worker sits idle while another finishes a long
    batch. (Guided self-scheduling: each batch takes a share of what is left.)
    """
    workers = 1 if settings.workers <= 1 and not settings.dask_address else max(settings.workers, 2)
    if workers == 1:
        return [files[i:i + settings.batch_size] for i in range(0, len(files), settings.batch_size)]
    largest = 8 * settings.batch_size  # a task's results travel back in one piece: bound its memory
    batches, start = [], 0
    while start < len(files):
        share = -(-(len(files) - start) // (2 * workers))
        size = min(largest, max(settings.batch_size, share))
        batches.append(files[start:start + size])
        start += size
    return batches


# One extraction at a time by default: spaCy is not shared between threads, and the store and the
# flow's bookkeeping run while the next batch is extracted. `flows.runners` swaps in worker processes or Dask.
@flow(name="trex-ingest", log_prints=False, task_runner=ThreadPoolTaskRunner(max_workers=1))
def ingest_flow(paths: list[str], out_dir: str = "outputs", force: bool = False) -> dict:
    """Ingest new and changed reports from ``paths`` (files or folders) into the datasets in ``out_dir``."""
    logger = get_run_logger()
    settings = Settings()
    out = Path(out_dir)
    store_url = settings.store_url(out)
    files, unchanged = find_new_files(paths, store_url, settings, force)
    logger.info("%d files to ingest into %s, %d unchanged since the last run", len(files), out, unchanged)
    futures = [extract_batch.submit(batch, settings) for batch in task_batches(files, settings)]
    results: list[DocumentResult] = []
    timed = {"store": 0.0, "write": 0.0}
    for future in futures:
        batch = future.result()
        started = time.perf_counter()
        store_batch(quote(batch), store_url)  # quote: Prefect need not walk thousands of rows for futures
        timed["store"] += time.perf_counter() - started
        for result in batch:
            progress.report(result)
        results += batch
        logger.info("%d/%d documents done, %d failed", len(results), len(files), sum(not r.ok for r in results))
    started = time.perf_counter()
    counts = export_datasets(store_url, out)
    timed["write"] = time.perf_counter() - started
    summary = summarize(results, counts, unchanged, timed)
    create_markdown_artifact(markdown_summary(summary, gold_scores(paths, out)), key="trex-ingest-summary",
                             description="Documents and rows of this run")
    needing_review = review_rows(results)
    if needing_review:
        create_table_artifact(needing_review, key="trex-needs-review",
                              description="Facts with low confidence: review them in trex review")
    for failure in summary["failed"]:
        logger.warning("failed: %s: %s", failure["source"], failure["error"])
    return summary
