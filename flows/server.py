"""Which Prefect API a command talks to.

Prefect's embedded default starts a temporary API server in every process (8-14 s here). When a
server is already running (``PREFECT_API_URL``, or ``prefect server start`` on the default port),
we use it instead, and a flow costs about a second.
"""

from __future__ import annotations

import os
import urllib.request

LOCAL_API = "http://127.0.0.1:4200/api"


def running_local_server(url: str = LOCAL_API, timeout: float = 0.3) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=timeout) as response:  # noqa: S310 (loopback only)
            return response.status == 200
    except OSError:
        return False


def choose_api() -> str:
    """Point Prefect at a running server when there is one; returns a description for the user.

    Must run before ``import prefect``: Prefect reads its settings from the environment then.
    """
    if os.environ.get("PREFECT_API_URL"):
        return f"Prefect server at {os.environ['PREFECT_API_URL']}"
    if running_local_server():
        os.environ["PREFECT_API_URL"] = LOCAL_API
        return f"Prefect server at {LOCAL_API}"
    return "Prefect's embedded server (start `prefect server start` once to skip its start-up cost)"
