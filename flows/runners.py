"""Where the flow's batches run: this process by default, worker processes on request, Dask beyond one machine."""

from __future__ import annotations

import multiprocessing

from prefect.task_runners import ProcessPoolTaskRunner

from pipeline.config import Settings


class EarlyProcessPool(ProcessPoolTaskRunner):
    """A process pool whose workers start with the flow run, not with its first batch.

    A process starts on the first task given to it, then spends seconds importing and loading the
    pipeline. Started here, they do that while the flow looks for new files on one core, and the first
    batches find them ready.
    """

    def __enter__(self):
        super().__enter__()
        # Prefect also enters a copy of the flow's runner in each worker, around every task it runs there:
        # only the flow's own process starts workers.
        if multiprocessing.parent_process() is None:
            for _ in range(self._max_workers):
                self._executor.submit(int)  # any picklable no-op: the submit is what starts a process
        return self


def ingest_flow_for(settings: Settings):
    """The ingestion flow with the task runner the settings ask for."""
    from flows.ingest import ingest_flow

    if settings.dask_address:
        return ingest_flow.with_options(task_runner=_dask_runner(settings.dask_address))
    if settings.workers <= 1:
        return ingest_flow
    from pipeline.nlp.build import warm_pipeline

    # Processes, since spaCy holds the GIL. A process pool rather than a local Dask cluster: no scheduler,
    # nannies or heartbeats taking CPU from the workers (measured: 2 workers 1.5x one process, against 1.4x
    # on Dask).
    runner = EarlyProcessPool(max_workers=settings.workers, initializer=warm_pipeline, initargs=(settings,))
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
