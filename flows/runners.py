"""Where the flow's batches run: one process by default, Dask when one machine's core is not enough."""

from __future__ import annotations

from pipeline.config import Settings


def ingest_flow_for(settings: Settings):
    """The ingestion flow with the task runner the settings ask for."""
    from flows.ingest import ingest_flow

    if not settings.dask_address and settings.workers <= 1:
        return ingest_flow
    import os
    import warnings

    from prefect_dask import DaskTaskRunner

    if not os.environ.get("PREFECT_API_URL"):
        # Workers are new processes: without a server address each starts a temporary Prefect server of
        # its own (seconds of CPU each), and their task runs are recorded apart from the flow run.
        warnings.warn("Dask workers without PREFECT_API_URL each start a temporary Prefect server: use the "
                      "local server (`trex server start`, the default) or set PREFECT_API_URL", stacklevel=2)

    if settings.dask_address:
        runner = DaskTaskRunner(address=settings.dask_address)
    else:
        # Processes, one thread each: spaCy holds the GIL. Each worker loads the pipeline once.
        runner = DaskTaskRunner(cluster_kwargs={"n_workers": settings.workers, "threads_per_worker": 1,
                                                "processes": True, "dashboard_address": None})
    return ingest_flow.with_options(task_runner=runner)
