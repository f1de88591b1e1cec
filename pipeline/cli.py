"""The ``trex`` command. Each command is one library (or flow) call; errors become plain messages here."""

from __future__ import annotations

import json
import os
import sys
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
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's logs.")] = False,
) -> None:
    """Run the ingestion flow over PATHS and write the datasets to --out."""
    _check_out_dir(out)
    from flows.server import choose_api

    where = choose_api()
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")  # no network here: no telemetry errors
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    console.print(f"[dim]running on {where}[/dim]")
    from pipeline import progress
    from pipeline.run import discover
    from flows.ingest import ingest_flow

    total = len(discover(paths))
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
            summary = ingest_flow(paths=[str(p) for p in paths], out_dir=str(out))
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
    console.print(f"{summary['ok']} of {summary['documents']} documents extracted, "
                  f"{len(summary['failed'])} failed.")


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
    cron: Annotated[str, typer.Option(help="Cron schedule.")] = "0 * * * *",
) -> None:
    """Serve the scheduled ingestion deployment (watches --inbox on a cron schedule)."""
    _check_out_dir(out)
    from flows.server import choose_api

    console.print(f"serving on {choose_api()}", markup=False)
    from flows.deploy import serve_inbox

    serve_inbox(inbox, out, cron)


@app.command()
def review(
    out: Annotated[Path, typer.Option("--out", "-o")] = Path("outputs"),
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
) -> None:
    """Start the review web app (not built yet: it is tracked as its own issue)."""
    console.print("trex review is not available in this version yet; the datasets are in "
                  f"{out} (documents, cities, industries, port_metrics, partnerships, rejects).", markup=False)
    raise typer.Exit(1)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        console.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
