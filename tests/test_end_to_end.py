"""The whole path: files in, six tables out, scored against gold files."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from conftest import SAMPLES, SAMPLES_TEST
from pipeline.evaluate import evaluate
from pipeline.run import ingest

TABLES = ("documents", "cities", "industries", "port_metrics", "partnerships", "rejects")


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory, settings):
    out = tmp_path_factory.mktemp("samples-out")
    summary = ingest([SAMPLES], out, settings)
    return out, summary


def read_csv(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("split", [SAMPLES, SAMPLES_TEST], ids=["dev", "test"])
def test_samples_cover_every_format_and_both_languages(split):
    gold = [json.loads(p.read_text(encoding="utf-8")) for p in split.glob("*.gold.json")]
    assert len(gold) >= 6
    assert {Path(g["source"]).suffix for g in gold} >= {".txt", ".html", ".pdf", ".docx"}
    assert {g["language"] for g in gold} == {"en", "de"}
    for g in gold:
        assert (split / g["source"]).exists()


def test_samples_ingest_into_six_tables(sample_out):
    out, summary = sample_out
    assert summary["failed"] == []
    documents = read_csv(out / "documents.csv")
    assert {d["status"] for d in documents} == {"ok"}
    assert {d["format"] for d in documents} == {"txt", "html", "pdf", "docx"}
    assert {d["language"] for d in documents} == {"en", "de"}
    for table in TABLES:
        assert (out / f"{table}.parquet").exists() and (out / f"{table}.csv").exists()
    for table in ("cities", "industries", "port_metrics", "partnerships"):
        assert summary["tables"][table] > 0, table


def test_every_fact_points_at_its_mention(sample_out, settings):
    out, _ = sample_out
    from pipeline.ingest import read_text_of, sniff_format

    texts = {}
    for document in read_csv(out / "documents.csv"):
        path = Path(document["source"])
        data = path.read_bytes()
        texts[document["doc_id"]] = read_text_of(path, sniff_format(path, data[:512]), data)
    for table in ("cities", "industries", "port_metrics"):
        for row in read_csv(out / f"{table}.csv"):
            extracted = texts[row["doc_id"]]
            start, end = int(row["start_char"]), int(row["end_char"])
            assert extracted.text[start:end] == row["mention"]
            expected_page = extracted.page_of(start)
            assert row["page"] == ("" if expected_page is None else str(expected_page))


def test_samples_score_above_a_floor(sample_out):
    """A regression guard, not a target: extraction quality on our own samples must not collapse."""
    out, _ = sample_out
    result = evaluate(SAMPLES, out)
    assert result.warnings == []
    assert result.tables["cities"].f1 >= 0.85
    assert result.macro_f1 >= 0.5


def test_held_out_split_scores_above_a_floor(settings, tmp_path):
    """Reported, never tuned on: this only catches a collapse on reports the rules were not written for."""
    ingest([SAMPLES_TEST], tmp_path, settings)
    result = evaluate(SAMPLES_TEST, tmp_path)
    assert result.warnings == []
    assert result.tables["cities"].f1 >= 0.8
    assert result.macro_f1 >= 0.55


def test_ingesting_again_gives_identical_tables(sample_out, settings, tmp_path):
    out, _ = sample_out
    before = {t: (out / f"{t}.csv").read_bytes() for t in TABLES}
    ingest([SAMPLES], out, settings)
    assert {t: (out / f"{t}.csv").read_bytes() for t in TABLES} == before


def test_users_example_meets_the_agreed_scores(shared_eval_dir, settings, tmp_path):
    ingest([shared_eval_dir], tmp_path, settings)
    result = evaluate(shared_eval_dir, tmp_path)
    # issue 4's bar for the user's example: every table at 0.90 or better
    assert {t: s.f1 >= 0.90 for t, s in result.tables.items()} == dict.fromkeys(result.tables, True)


def test_library_does_not_import_prefect():
    """pipeline/ is a plain library: Prefect is only the shell in flows/."""
    import subprocess
    import sys

    code = ("import sys, pipeline.run, pipeline.nlp.build, pipeline.cli, pipeline.evaluate, pipeline.store; "
            "print('prefect' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
