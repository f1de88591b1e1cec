"""A run killed with SIGKILL leaves the earlier datasets whole, and the next run works."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pyarrow.parquet as pq

from conftest import ROOT, SAMPLES
from pipeline.models import TABLE_MODELS
from pipeline.run import ingest

FORMATS = ROOT / "samples" / "formats"


def test_kill_9_during_a_run_leaves_the_earlier_tables_intact(settings, tmp_path):
    out = tmp_path / "out"
    ingest([FORMATS], out, settings)
    before = {name: (out / f"{name}.csv").read_bytes() for name in TABLE_MODELS}
    store = out / "trex.db"
    stamp = store.stat().st_mtime_ns

    code = f"from pipeline.run import ingest; from pathlib import Path; ingest([{str(SAMPLES)!r}], Path({str(out)!r}))"
    process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)
    try:
        deadline = time.monotonic() + 120
        # Kill it once it is storing documents, i.e. in the middle of the run, before the export.
        while time.monotonic() < deadline and process.poll() is None:
            wal = out / "trex.db-wal"
            if (wal.exists() and wal.stat().st_mtime_ns > stamp) or store.stat().st_mtime_ns > stamp:
                break
            time.sleep(0.05)
        assert process.poll() is None, "the run finished before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()

    assert process.returncode == -signal.SIGKILL
    for name in TABLE_MODELS:
        assert (out / f"{name}.csv").read_bytes() == before[name], name
        pq.read_table(out / f"{name}.parquet")  # still a whole file
    assert not list(out.glob(".*.csv.*")), "a temporary file was left behind in place of a dataset"

    summary = ingest([FORMATS], out, settings)  # the store survived: the next run goes through
    assert summary["failed"] == []
