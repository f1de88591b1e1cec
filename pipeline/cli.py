"""The ``trex`` command. Each command is one library (or flow) call; errors become plain messages here."""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="trex: turn trade reports into datasets of cities, industries, port metrics and partnerships.")
console = Console(stderr=True)


def _check_out_dir(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".trex-write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        console.print(f"[red]error:[/red] cannot write to the output folder {out}: {exc.strerror or exc}")
        raise typer.Exit(2)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (searched recursively).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder for the datasets.")] = Path("outputs"),
    force: Annotated[bool, typer.Option("--force", help="Extract every file again, even unchanged ones.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's logs.")] = False,
) -> None:
    """Run the ingestion flow over PATHS and write the datasets to --out.

    Files whose bytes and pipeline version are unchanged since the last run into --out are skipped.
    """
    _check_out_dir(out)
    from pipeline.config import Settings

    settings = Settings()
    from pipeline.run import pending_files

    todo, _ = pending_files(paths, settings.store_url(out), settings, force)
    if not todo:
        # Nothing new: like make, do no work and start no flow; the datasets are rewritten from the
        # store (cheap) so that they exist and carry the latest review decisions.
        from pipeline.run import ingest as library_ingest

        _print_summary(library_ingest(paths, out, settings), out)
        return
    if settings.workers <= 1 and not settings.dask_address:
        # Load spaCy while Prefect's server starts (the first time) or Prefect is imported: they overlap.
        # With several workers each loads it, and a copy here would only take a core from them.
        from pipeline.nlp.build import warm_pipeline

        threading.Thread(target=warm_pipeline, args=(settings,), daemon=True).start()
    from flows.server import choose_api

    where = choose_api(settings.prefect_server)
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    if settings.workers > 1 and not settings.dask_address:
        # After choose_api: importing Prefect reads its settings, and the workers inherit them.
        from flows.prestart import prestart_workers

        prestart_workers(settings)  # they load the pipeline while this process starts the flow
    console.print(f"[dim]running on {where}[/dim]")
    from pipeline import progress
    from flows.runners import ingest_flow_for

    total = len(todo)
    done = {"ok": 0, "failed": 0}
    columns = [TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[ok]} ok, {task.fields[failed]} failed"), TimeElapsedColumn(),
               TextColumn("{task.fields[rate]}")]
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task("ingest", total=total, ok=0, failed=0, rate="")

        def advance(result) -> None:
            done["ok" if result.ok else "failed"] += 1
            elapsed = bar.tasks[0].elapsed or 0
            rate = f"{(done['ok'] + done['failed']) / elapsed:.1f} docs/s" if elapsed else ""
            bar.update(task, advance=1, ok=done["ok"], failed=done["failed"], rate=rate)

        with progress.listening(advance):
            summary = ingest_flow_for(settings)(paths=[str(p) for p in paths], out_dir=str(out), force=force)
    _print_summary(summary, out)


def _print_summary(summary: dict, out: Path) -> None:
    table = Table(title=f"datasets in {out}")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in summary["tables"].items():
        table.add_row(name, str(count))
    Console().print(table)
    for failure in summary["failed"]:
        console.print(f"failed: {failure['source']}: {failure['error']}", style="yellow", markup=False,
                      highlight=False)
    stages = summary.get("stage_seconds") or {}
    if summary["documents"] and stages:
        # Summed over documents: with several workers the sum exceeds the wall time.
        console.print("time per stage: " + ", ".join(f"{k} {v:.1f} s" for k, v in stages.items()), markup=False)
    console.print(f"{summary['ok']} of {summary['documents']} documents extracted, "
                  f"{len(summary['failed'])} failed, {summary.get('unchanged', 0)} unchanged since the last run.")


@app.command("eval")
def evaluate_command(
    gold: Annotated[Path, typer.Option("--gold", help="Folder with *.gold.json files beside their documents.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder with the datasets.")] = Path("outputs"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the whole result as JSON.")] = False,
    errors: Annotated[bool, typer.Option("--errors/--no-errors", help="List missed and extra facts per document.")] = True,
) -> None:
    """Score the datasets in --out against gold annotations: precision, recall and F1 per table."""
    from pipeline.evaluate import TABLES, evaluate, macro

    try:
        result = evaluate(gold, out)
    except FileNotFoundError as exc:
        console.print(f"error: {exc}", markup=False)
        raise typer.Exit(2)
    stdout = Console(highlight=False, soft_wrap=True)
    if as_json:
        print(json.dumps({"tables": {t: vars(s) | {"precision": s.precision, "recall": s.recall, "f1": s.f1}
                                     for t, s in result.tables.items()},
                          "macro_f1": result.macro_f1, "documents": result.documents,
                          "by_language": {lang: {t: vars(s) | {"f1": s.f1} for t, s in tables.items()}
                                          for lang, tables in result.by_language.items()},
                          "warnings": result.warnings}, indent=2, default=str))
        return
    for warning in result.warnings:
        console.print(f"warning: {warning}", markup=False)
    if errors:
        for source, doc_errors in result.documents.items():
            lines = [f"  {table} {kind}: {items}" for table, found in doc_errors.items()
                     for kind, items in found.items() if items]
            if lines:
                stdout.print(source, markup=False)
                for line in lines:
                    stdout.print(line, markup=False)
    if len(result.by_language) > 1:
        for language, tables in sorted(result.by_language.items()):
            stdout.print(f"language {language}: " + " ".join(f"{n} F1={tables[n].f1:.3f}" for n in TABLES)
                         + f" macro F1={macro(tables):.3f}")
    stdout.print(f"{'table':<14}{'P':>7}{'R':>7}{'F1':>7}{'match':>7}{'pred':>6}{'gold':>6}")
    for name in TABLES:
        s = result.tables[name]
        stdout.print(f"{name:<14}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.matched:>7}{s.predicted:>6}{s.gold:>6}")
    stdout.print(" ".join(f"{n} F1={result.tables[n].f1:.3f}" for n in TABLES) + f" macro F1={result.macro_f1:.3f}")


@app.command()
def serve(
    inbox: Annotated[Path, typer.Option(help="Folder to pick new reports up from.")] = Path("inbox"),
    out: Annotated[Path, typer.Option("--out", "-o")] = Path("outputs"),
    cron: Annotated[str, typer.Option(help="Cron schedule (default: hourly).")] = "0 * * * *",
    interval: Annotated[float | None, typer.Option(help="Run every N seconds instead of the cron schedule.")] = None,
) -> None:
    """Serve the scheduled ingestion deployment (watches --inbox on a cron schedule)."""
    _check_out_dir(out)
    from pipeline.config import Settings
    from flows.server import choose_api

    console.print(f"serving on {choose_api(Settings().prefect_server)}", markup=False)
    from flows.deploy import serve_inbox

    serve_inbox(inbox, out, cron, interval)


@app.command()
def review(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder holding the store (trex.db) and the datasets.")]
    = Path("outputs"),
    host: Annotated[str, typer.Option(help="Address to listen on; beyond 127.0.0.1 it needs TREX_REVIEW_TOKEN.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    user: Annotated[str | None, typer.Option(help="Name recorded with each decision (default: $USER).")] = None,
    export_gold: Annotated[Path | None, typer.Option(
        "--export-gold", help="Write the reviewed documents as gold files to this folder, and exit.")] = None,
) -> None:
    """Start the review web app: see each fact where it stands; accept, reject, correct or add facts."""
    from pipeline.config import Settings

    settings = Settings()
    if settings.db_url is None and not (out / "trex.db").exists():
        console.print(f"error: there is no trex store in {out}: run `trex ingest REPORTS --out {out}` first",
                      markup=False)
        raise typer.Exit(2)
    reviewer = user or os.environ.get("USER") or os.environ.get("USERNAME") or "reviewer"
    if export_gold is not None:
        _export_gold(settings, out, export_gold)
        return
    loopback = host in ("127.0.0.1", "localhost", "::1")
    if not loopback and not settings.review_token:
        console.print(f"error: serving on {host} makes the app reachable from other machines; set "
                      "TREX_REVIEW_TOKEN to a long random string first (or keep the default 127.0.0.1)", markup=False)
        raise typer.Exit(2)
    import uvicorn

    from pipeline.review.app import create_app

    web = create_app(settings.store_url(out), out, settings, user=reviewer, allowed_hosts=None if loopback else ["*"])
    address = f"http://{'[::1]' if host == '::1' else host}:{port}/"
    if settings.review_token:
        address += f"?token={settings.review_token}"
    console.print(f"trex review: open {address}  (decisions are recorded as {reviewer}; Ctrl+C stops)",
                  markup=False, highlight=False)
    uvicorn.run(web, host=host, port=port, log_level="warning")


def _export_gold(settings, out: Path, target: Path) -> None:
    from pipeline.review.apply import load_review
    from pipeline.review.gold import export_gold
    from pipeline.review.sources import Sources
    from pipeline.store import Store

    store = Store(settings.store_url(out))
    try:
        sources = Sources(settings, [Path.cwd(), out.resolve().parent])
        written = export_gold(load_review(store, text_of=lambda d: sources.load(d).text), sources, target)
    finally:
        store.close()
    for item in written:
        console.print(f"{item.gold}" + (f"  ({item.note})" if item.note else ""), markup=False, highlight=False)
    console.print(f"{len(written)} reviewed document(s) written to {target}", markup=False)


server_app = typer.Typer(help="The local Prefect server that trex starts once and reuses.", no_args_is_help=True)
app.add_typer(server_app, name="server")


@server_app.command("start")
def server_start() -> None:
    """Start the local Prefect server in the background (127.0.0.1:4200) if none is running."""
    from flows.server import LOCAL_API, start_local_server

    if not start_local_server():
        console.print("error: the Prefect server did not start; try `prefect server start` to see why", markup=False)
        raise typer.Exit(1)
    console.print(f"Prefect server running at {LOCAL_API}", markup=False)


@server_app.command("stop")
def server_stop() -> None:
    """Stop the local Prefect server that `trex ingest` or `trex server start` started."""
    from flows.server import stop_local_server

    console.print(stop_local_server(), markup=False)


@server_app.command("status")
def server_status() -> None:
    """Say whether the local Prefect server answers."""
    from flows.server import LOCAL_API, running_local_server

    up = running_local_server(timeout=1)
    console.print(f"Prefect server at {LOCAL_API}: {'running' if up else 'not running'}", markup=False)
    raise typer.Exit(0 if up else 1)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        console.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
