"""Run a command in its own process and measure it: wall time and peak memory of it and its children."""
from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass

import psutil


@dataclass
class Measured:
    returncode: int
    output: str
    seconds: float
    peak_bytes: int


def run_measured(args: list[str], env: dict[str, str] | None = None, cwd=None) -> Measured:
    """Peak memory is the largest sum of RSS over the process tree, sampled every 50 ms."""
    started = time.perf_counter()
    process = subprocess.Popen(args, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    watched = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            peak = max(peak, sum(p.memory_info().rss for p in [watched, *watched.children(recursive=True)]))
        except psutil.Error:
            pass
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    return Measured(process.returncode, process.stdout.read(), seconds, peak)
