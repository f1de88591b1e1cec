"""Where the flow's batches run: this process by default, worker processes on request, Dask beyond one machine."""

from __future__ import annotations

from pipeline.config import Settings


def ingest_flow_for(settings: Settings):
    """The ingestion flow with the task runner the settings ask for."""
    from flows.ingest import ingest_flow

    if settings.dask_address:
        return ingest_flow.with_options(task_runner=_dask_runner(settings.dask_address))
    if settings.workers <= 1:
        return ingest_flow
    from prefect.task_runners import ProcessPoolTaskRunner

    from pipeline.nlp.build import warm_pipeline

    # Processes, since spaCy holds the GIL. Each loads the pipeline as it starts, so its first batch does
    # not wait for it. A process pool rather than a local Dask cluster: no scheduler, nannies or
    # heartbeats taking CPU from the workers (measured: 2 workers 1.5x one process, against 1.4x on Dask).
    runner = ProcessPoolTaskRunner(max_workers=settings.workers, initializer=warm_pipeline, initargs=(settings,))
    return ingest_flow.with_options(task_runner=runner)


def _dask_runner(address: str):
    import os
    import warnings

    from prefect_dask import DaskTaskRunner

    if not os.environ.get("PREFECT_API_URL"):
        # Workers are other processes: without a server address each starts a temporary Prefect server of
        # its own (seconds of CPU each), and their task runs are recorded apart from the flow run.
        warnings.warn("Dask workers without PREFECT_API_URL each start a temporary Prefect server: use the "
                      "local server (`trex server start`, the default) or set PREFECT_API_URL", stacklevel=3)
    return DaskTaskRunner(address=address)
