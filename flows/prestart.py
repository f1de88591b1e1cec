"""Worker processes started before the flow run, for the process pool that will use them (``flows.runners``).

A worker spends seconds importing Prefect and loading the pipeline. Started as soon as the command knows that
there is work, that happens while this process imports Prefect and creates the flow run, and the first batches
find the workers ready (measured: extraction began 2.6 s into the flow run when the workers started with it).

This module imports no Prefect at the top: the fork server is under way before this process pays for it.
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor

from pipeline.config import Settings

# Keyed by the number of workers: the runner that has as many adopts them.
_prestarted: dict[int, tuple[object, ProcessPoolExecutor]] = {}


def prestart_workers(settings: Settings) -> None:
    """Start ``settings.workers`` worker processes now; ``take_workers`` hands them to the flow's runner."""
    if settings.workers <= 1 or settings.dask_address or settings.workers in _prestarted:
        return
    if "forkserver" in multiprocessing.get_all_start_methods():
        # Workers forked from a fresh server process that has loaded the pipeline once: two workers cost one
        # load, not two, and nothing of this process's threads is copied. Elsewhere, spawn as Prefect does.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["flows.preload"])
        from multiprocessing import forkserver

        forkserver.ensure_running()  # returns at once; the server loads while the lines below import Prefect
    else:
        context = multiprocessing.get_context("spawn")
    from prefect.task_runners import _initialize_process_pool_worker

    from pipeline.nlp.build import warm_pipeline

    queue = context.Queue()
    # Prefect's initializer, as its runner passes it: workers forward their events and logs through the queue.
    executor = ProcessPoolExecutor(max_workers=settings.workers, mp_context=context,
                                   initializer=_initialize_process_pool_worker,
                                   initargs=(queue, warm_pipeline, (settings,)))
    _prestarted[settings.workers] = (queue, executor)
    # Any picklable no-op: the submit is what starts a process. In a thread, since a fork server answers
    # only once it has loaded the pipeline, and this process has the flow run to create meanwhile.
    threading.Thread(target=lambda: [executor.submit(int) for _ in range(settings.workers)], daemon=True).start()


def take_workers(count: int) -> tuple[object, ProcessPoolExecutor] | None:
    """The message queue and executor of ``count`` prestarted workers, once; None if there are none."""
    return _prestarted.pop(count, None)
