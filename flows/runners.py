"""Where the flow's batches run: this process by default, worker processes on request, Dask beyond one machine."""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ThreadPoolExecutor

from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner

from flows.prestart import take_workers
from pipeline.config import Settings


class EarlyProcessPool(ProcessPoolTaskRunner):
    """A process pool whose workers start before its first batch: with the command
    (``flows.prestart.prestart_workers``) or, failing that, with the flow run."""

    def __enter__(self):
        # Prefect also enters a copy of the flow's runner in each worker, around every task it runs there:
        # only the flow's own process starts or adopts workers.
        if multiprocessing.parent_process() is not None:
            return super().__enter__()
        pool = take_workers(self._max_workers)
        if pool is None:
            super().__enter__()
            for _ in range(self._max_workers):
                self._executor.submit(int)
            return self
        # What ProcessPoolTaskRunner.__enter__ (Prefect 3.9) sets up, with the queue and processes made earlier.
        TaskRunner.__enter__(self)
        self._subprocess_message_queue, self._executor = pool
        self._message_forwarding_thread = threading.Thread(
            target=self._forward_subprocess_messages, name="ProcessPoolTaskRunnerMessageForwarder", daemon=True)
        self._message_forwarding_thread.start()
        self._resolver_executor = ThreadPoolExecutor(max_workers=self._max_workers)
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
