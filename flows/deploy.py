"""The scheduled deployment: every hour (by default) ingest new or changed reports from an inbox."""

from __future__ import annotations

from pathlib import Path

from flows.ingest import ingest_flow


def serve_inbox(inbox: Path, out_dir: Path, cron: str | None = "0 * * * *", interval: float | None = None,
                name: str = "trex-inbox") -> None:
    """Serve the ingestion flow on a schedule until interrupted (Ctrl-C).

    Each run ingests only what is new or changed in the inbox (the flow skips unchanged files).
    ``interval`` (seconds) replaces the cron schedule, for tests and tight loops.
    """
    inbox.mkdir(parents=True, exist_ok=True)
    schedule = {"interval": interval} if interval else {"cron": cron}
    # limit=1: a run that outlasts the interval delays the next one instead of racing it over the same files.
    ingest_flow.serve(name=name, parameters={"paths": [str(inbox.resolve())], "out_dir": str(out_dir.resolve())},
                      limit=1, **schedule)


if __name__ == "__main__":
    serve_inbox(Path("inbox"), Path("outputs"))
