"""Which Prefect API a command talks to, and the local server that makes repeated runs cheap.

Prefect's embedded default starts a temporary API server inside every process: 12-14 s here before
the first task runs, paid again by every `trex ingest`. trex instead keeps one local Prefect server
running in the background (Prefect's own ``prefect server start --background``), started by the
first command that needs it and reused by every later one, so a flow costs about a second. A
server named by ``PREFECT_API_URL`` always wins; ``TREX_PREFECT_SERVER=ephemeral`` keeps Prefect's
per-process default.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

LOCAL_HOST, LOCAL_PORT = "127.0.0.1", 4200
LOCAL_API = f"http://{LOCAL_HOST}:{LOCAL_PORT}/api"
_QUIET = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false"}  # no network here: no telemetry errors


def running_local_server(url: str = LOCAL_API, timeout: float = 0.3) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=timeout) as response:  # noqa: S310 (loopback only)
            return response.status == 200
    except OSError:
        return False


def _prefect_command() -> list[str]:
    beside = Path(sys.executable).with_name("prefect")
    found = str(beside) if beside.exists() else shutil.which("prefect")
    if not found:
        raise FileNotFoundError("the `prefect` command is not installed beside this Python")
    return [found]


def start_local_server(wait_seconds: float = 120, port: int = LOCAL_PORT) -> bool:
    """Start Prefect's server in the background on 127.0.0.1:4200 and wait until it answers."""
    url = f"http://{LOCAL_HOST}:{port}/api"
    if running_local_server(url):
        return True
    env = os.environ | _QUIET
    env.pop("PREFECT_API_URL", None)
    command = [*_prefect_command(), "server", "start", "--background", "--host", LOCAL_HOST, "--port", str(port)]
    try:
        started = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        if started.returncode and "already running" in started.stdout + started.stderr:
            # A server that died (killed, machine restarted) leaves its PID file behind, and Prefect then
            # refuses to start another: clear it and start again.
            stop_local_server()
            started = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        if started.returncode:
            return False
    except (OSError, subprocess.SubprocessError):
        return False
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline:
        if running_local_server(url, timeout=1):
            return True
        time.sleep(0.25)
    return False


def stop_local_server() -> str:
    result = subprocess.run([*_prefect_command(), "server", "stop"], capture_output=True, text=True, timeout=60,
                            env=os.environ | _QUIET)
    return (result.stdout + result.stderr).strip()


def choose_api(mode: str = "auto") -> str:
    """Point Prefect at a server (``mode``: auto or ephemeral); returns a description for the user.

    Must run before ``import prefect``: Prefect reads its settings from the environment then.
    """
    for key, value in _QUIET.items():
        os.environ.setdefault(key, value)
    if os.environ.get("PREFECT_API_URL"):
        return f"Prefect server at {os.environ['PREFECT_API_URL']}"
    if mode == "ephemeral":
        return "Prefect's embedded per-process server"
    if running_local_server():
        os.environ["PREFECT_API_URL"] = LOCAL_API
        return f"Prefect server at {LOCAL_API}"
    if start_local_server():
        os.environ["PREFECT_API_URL"] = LOCAL_API
        return (f"a local Prefect server started at {LOCAL_API} (UI at http://{LOCAL_HOST}:{LOCAL_PORT}); "
                "later runs reuse it; `trex server stop` stops it")
    return "Prefect's embedded per-process server"
