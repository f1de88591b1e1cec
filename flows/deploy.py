"""The scheduled deployment: every hour (by default) ingest new or changed reports from an inbox."""

from __future__ import annotations

from pathlib import Path

from flows.ingest import ingest_flow


def serve_inbox(inbox: Path, out_dir: Path, cron: str = "0 * * * *", name: str = "trex-inbox") -> None:
    """Serve the ingestion flow on a cron schedule until interrupted (Ctrl-C)."""
    inbox.mkdir(parents=True, exist_ok=True)
    ingest_flow.serve(name=name, cron=cron,
                      parameters={"paths": [str(inbox.resolve())], "out_dir": str(out_dir.resolve())})


if __name__ == "__main__":
    serve_inbox(Path("inbox"), Path("outputs"))
