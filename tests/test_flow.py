"""The Prefect flow and the command line, on Prefect's temporary test server."""

from __future__ import annotations

import csv

import pytest
from typer.testing import CliRunner

from conftest import SAMPLES, SHARED


def test_flow_ingests_samples_and_reports_failures(prefect_harness, tmp_path):
    from flows.ingest import ingest_flow

    bad = tmp_path / "inbox"
    bad.mkdir()
    (bad / "broken.pdf").write_text("this is not a pdf")
    summary = ingest_flow(paths=[str(SAMPLES), str(bad)], out_dir=str(tmp_path / "out"))
    from pipeline.run import discover

    assert summary["documents"] == len(discover([SAMPLES])) + 1
    assert [f["source"] for f in summary["failed"]] == [str(bad / "broken.pdf")]
    with (tmp_path / "out" / "documents.csv").open(encoding="utf-8") as handle:
        rows = {r["source"]: r for r in csv.DictReader(handle)}
    assert rows[str(bad / "broken.pdf")]["status"] == "failed"
    assert "not a PDF" in rows[str(bad / "broken.pdf")]["error"]
    assert summary["tables"]["cities"] > 0


def test_cli_rejects_an_unwritable_output_folder(tmp_path):
    from pipeline.cli import app

    blocker = tmp_path / "file"
    blocker.write_text("")
    result = CliRunner().invoke(app, ["ingest", str(SAMPLES), "--out", str(blocker / "sub")])
    assert result.exit_code == 2
    assert "cannot write to the output folder" in result.output


def test_cli_eval_prints_scores_per_table(tmp_path, settings):
    if not (SHARED / "eval" / "dev").is_dir():
        pytest.skip(f"the user's example is not here: {SHARED / 'eval' / 'dev'} is absent")
    from pipeline.cli import app
    from pipeline.run import ingest

    ingest([SHARED / "eval" / "dev"], tmp_path, settings)
    result = CliRunner().invoke(app, ["eval", "--gold", str(SHARED / "eval" / "dev"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    last = result.output.strip().splitlines()[-1]
    assert last.startswith("cities F1=") and "macro F1=" in last
