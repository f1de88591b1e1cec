"""Incremental, scheduled, multi-process, Dask and PostgreSQL runs give the tables a plain run gives."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SAMPLES

TABLES = ("documents", "cities", "industries", "port_metrics", "partnerships", "rejects")
FEW = ["hamburg-port-press-release.txt", "duisburg-binnenhafen.pdf", "valencia-chamber-brief.docx",
       "linz-wirtschaftsstandort.html"]


def copy_reports(folder: Path, names=FEW) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(SAMPLES / name, folder / name)
    return folder


def csv_tables(out: Path) -> dict[str, str]:
    return {t: (out / f"{t}.csv").read_text(encoding="utf-8") for t in TABLES}


@pytest.mark.slow
def test_unchanged_files_are_skipped_and_a_changed_one_replaced(tmp_path, settings):
    from pipeline.run import ingest

    inbox = copy_reports(tmp_path / "inbox")
    out = tmp_path / "out"
    first = ingest([inbox], out, settings)
    tables = csv_tables(out)
    again = ingest([inbox], out, settings)
    assert (again["documents"], again["unchanged"]) == (0, len(FEW))
    assert csv_tables(out) == tables

    changed = inbox / FEW[0]
    changed.write_text(changed.read_text(encoding="utf-8").replace("Hamburg", "Bremen", 1), encoding="utf-8")
    third = ingest([inbox], out, settings)
    assert (third["documents"], third["unchanged"]) == (1, len(FEW) - 1)
    documents = csv_tables(out)["documents"].splitlines()
    assert len(documents) == 1 + len(FEW)  # the changed file replaced its old row
    assert first["documents"] == len(FEW)
    forced = ingest([inbox], out, settings, force=True)
    assert forced["documents"] == len(FEW)


@pytest.mark.slow
def test_a_new_pipeline_version_reprocesses(tmp_path, settings, monkeypatch):
    from pipeline import run

    inbox = copy_reports(tmp_path / "inbox", FEW[:1])
    run.ingest([inbox], tmp_path / "out", settings)
    monkeypatch.setattr(run, "PIPELINE_VERSION", run.PIPELINE_VERSION + "-next")
    assert run.ingest([inbox], tmp_path / "out", settings)["documents"] == 1


@pytest.mark.slow
def test_two_worker_processes_and_a_dask_cluster_give_the_same_tables(prefect_harness, tmp_path, monkeypatch):
    from distributed import LocalCluster
    from prefect.settings import PREFECT_API_URL
    from prefect.task_runners import ProcessPoolTaskRunner

    from flows.ingest import ingest_flow
    from flows.runners import ingest_flow_for
    from pipeline.config import Settings

    inbox = copy_reports(tmp_path / "inbox")
    # Worker processes must talk to the same test server, not start their own.
    monkeypatch.setenv("PREFECT_API_URL", PREFECT_API_URL.value())
    monkeypatch.setenv("TREX_BATCH_SIZE", "1")  # one task per document: both workers get work
    ingest_flow(paths=[str(inbox)], out_dir=str(tmp_path / "plain"))

    monkeypatch.setenv("TREX_WORKERS", "2")
    pool_flow = ingest_flow_for(Settings())
    assert isinstance(pool_flow.task_runner, ProcessPoolTaskRunner)
    assert pool_flow.task_runner._max_workers == 2
    summary = pool_flow(paths=[str(inbox)], out_dir=str(tmp_path / "pool"))
    assert summary["ok"] == len(FEW)
    assert csv_tables(tmp_path / "pool") == csv_tables(tmp_path / "plain")

    # Workers started by the command before the flow run (as `trex ingest` does), then adopted by its runner.
    from flows.prestart import prestart_workers, take_workers

    prestart_workers(Settings())
    summary = ingest_flow_for(Settings())(paths=[str(inbox)], out_dir=str(tmp_path / "prestarted"))
    assert take_workers(2) is None  # the flow's runner took them
    assert summary["ok"] == len(FEW)
    assert csv_tables(tmp_path / "prestarted") == csv_tables(tmp_path / "plain")

    # An existing Dask cluster, as a user would name one with TREX_DASK_ADDRESS.
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        monkeypatch.setenv("TREX_DASK_ADDRESS", cluster.scheduler_address)
        dask_flow = ingest_flow_for(Settings())
        assert type(dask_flow.task_runner).__name__ == "DaskTaskRunner"
        summary = dask_flow(paths=[str(inbox)], out_dir=str(tmp_path / "dask"))
    assert summary["ok"] == len(FEW)
    assert csv_tables(tmp_path / "dask") == csv_tables(tmp_path / "plain")


def _pipelines_loaded() -> int:
    from pipeline.nlp.build import _loaded

    return len(_loaded)


def test_prestarted_workers_begin_with_the_pipeline_loaded(monkeypatch):
    from flows.prestart import prestart_workers, take_workers
    from pipeline.config import Settings

    monkeypatch.setenv("TREX_WORKERS", "3")  # a count no other test prestarts
    prestart_workers(Settings())
    queue, executor = take_workers(3)
    try:
        # Forked from a server that loaded the pipeline (or spawned and loaded by the initializer): either
        # way a worker has it before its first task.
        assert executor.submit(_pipelines_loaded).result(timeout=120) >= 1
        assert take_workers(3) is None
    finally:
        executor.shutdown()
        queue.close()


def test_worker_processes_start_with_the_flow_not_with_its_first_batch():
    from flows.runners import EarlyProcessPool

    with EarlyProcessPool(max_workers=2) as runner:
        # Nothing submitted yet, so a plain process pool would have no process at all.
        assert len(runner._executor._processes) == 2


@pytest.mark.slow
def test_postgresql_store_gives_the_same_tables_as_sqlite(postgres_url, tmp_path):
    from pipeline.config import Settings
    from pipeline.run import ingest

    inbox = copy_reports(tmp_path / "inbox")
    ingest([inbox], tmp_path / "sqlite", Settings())
    on_postgres = Settings(db_url=postgres_url)
    ingest([inbox], tmp_path / "pg", on_postgres)
    assert ingest([inbox], tmp_path / "pg", on_postgres)["unchanged"] == len(FEW)  # incremental there too
    assert csv_tables(tmp_path / "pg") == csv_tables(tmp_path / "sqlite")


@pytest.fixture
def prefect_server_with_scheduler(tmp_path):
    """A real Prefect server (the test harness runs without the scheduler service that creates scheduled
    runs), with a fresh database and a two-second scheduler loop."""
    port = free_port()
    env = os.environ | {"PREFECT_HOME": str(tmp_path / "prefect-home"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2"}
    env.pop("PREFECT_API_URL", None)
    server = subprocess.Popen([str(Path(sys.executable).with_name("prefect")), "server", "start", "--host",
                               "127.0.0.1", "--port", str(port), "--no-ui"], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/api"
    from flows.server import running_local_server

    deadline = time.monotonic() + 120
    while not running_local_server(url, timeout=1):
        if time.monotonic() > deadline or server.poll() is not None:
            server.kill()
            pytest.fail("the Prefect server did not start within 120 s")
        time.sleep(0.5)
    yield url
    server.terminate()
    server.wait(timeout=30)


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.slow
def test_serve_picks_up_a_file_dropped_into_the_inbox(prefect_server_with_scheduler, tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    env = os.environ | {"PREFECT_API_URL": prefect_server_with_scheduler, "PREFECT_RUNNER_POLL_FREQUENCY": "2"}
    server = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "serve", "--inbox", str(inbox), "--out",
                               str(out), "--interval", "2"], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    documents = out / "documents.csv"
    try:
        deadline = time.monotonic() + 90
        while not documents.exists():  # a first scheduled run over the empty inbox
            assert time.monotonic() < deadline, "no scheduled run within 90 s"
            assert server.poll() is None, "trex serve exited"
            time.sleep(0.5)
        assert FEW[0] not in documents.read_text(encoding="utf-8")
        shutil.copy(SAMPLES / FEW[0], inbox / FEW[0])
        deadline = time.monotonic() + 90
        while FEW[0] not in documents.read_text(encoding="utf-8"):
            assert time.monotonic() < deadline, "the dropped file was not ingested by a scheduled run within 90 s"
            assert server.poll() is None, "trex serve exited"
            time.sleep(0.5)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert '"ok"' in documents.read_text(encoding="utf-8")


def test_the_local_server_starts_over_a_stale_pid_file(tmp_path, monkeypatch):
    """A background server that died (killed, machine restarted) leaves its PID file; Prefect then refuses
    to start another, and every run fell back to temporary per-process servers (one per Dask worker)."""
    from flows.server import running_local_server, start_local_server, stop_local_server

    home = tmp_path / "prefect-home"
    home.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (home / "server.pid").write_text(str(dead.pid))
    monkeypatch.setenv("PREFECT_HOME", str(home))
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    port = free_port()
    try:
        assert start_local_server(wait_seconds=120, port=port)
        assert running_local_server(f"http://127.0.0.1:{port}/api")
    finally:
        stop_local_server()
    assert not (home / "server.pid").exists()


def test_worker_batches_cover_every_file_once_and_shrink_towards_the_end():
    from flows.ingest import task_batches
    from pipeline.config import Settings

    files = [Path(f"r{i}.txt") for i in range(500)]
    batches = task_batches(files, Settings(workers=2, batch_size=16))
    assert [f for batch in batches for f in batch] == files
    sizes = [len(batch) for batch in batches]
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[0] > 4 * sizes[-1]  # large while much is left, small at the end
    assert max(sizes) <= 8 * 16
    # One process: plain batches of batch_size, since nobody waits for anybody.
    assert {len(b) for b in task_batches(files, Settings(workers=1, batch_size=16))[:-1]} == {16}
