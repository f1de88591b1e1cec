"""A folder of good reports mixed with every kind of bad file: every file gets an answer, the good ones
are extracted, and the run exits 0."""

from __future__ import annotations

import csv
import os
import sys
import zipfile
from pathlib import Path

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from measure import run_measured  # noqa: E402  (shared with make bench)


GOOD = "Hamburg is twinned with Shanghai since 1986. The Port of Hamburg handled 7.7 million TEU in 2023."


def make_folder(folder: Path) -> dict[str, str | None]:
    """Files to ingest and, for the bad ones, a word their recorded error must contain."""
    folder.mkdir()
    expected: dict[str, str | None] = {}

    def add(name: str, data: bytes, error: str | None) -> None:
        (folder / name).write_bytes(data)
        expected[name] = error

    add("good report.txt", GOOD.encode("utf-8"), None)
    add("-leading-dash.txt", GOOD.encode("utf-8") + b" Kiel too.", None)
    add("Größenbericht.txt", GOOD.encode("utf-8") + b" Rostock too.", None)
    add("utf16.txt", ("\ufeff" + GOOD + " Bremen too.").encode("utf-16-le"), None)
    add("latin1.txt", (GOOD + " Lübeck too.").encode("latin-1"), None)
    add("bom.txt", b"\xef\xbb\xbf" + (GOOD + " Emden too.").encode("utf-8"), None)
    add("fake.pdf", b"this is not a pdf at all", "not a PDF")
    add("sheet.xlsx", b"PK\x03\x04" + b"\x00" * 64, "")
    add("empty.txt", b"", "empty")
    add("one-line.txt", ("Hamburg " * 500_000).encode(), "text too long")
    nested = "<html><body>" + "<div>" * 5000 + "<p>Deep text about Hamburg and its port.</p>" + "</div>" * 5000
    add("nested.html", (nested + "</body></html>").encode(), "")  # read or refused, never a crash
    bomb = folder / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * (3 * 1024 * 1024))
    expected["bomb.docx"] = "expands"
    return expected


def test_mixed_folder_every_file_answered_and_good_ones_extracted(prefect_harness, tmp_path):
    from prefect.settings import PREFECT_API_URL

    folder = tmp_path / "inbox"
    expected = make_folder(folder)
    out = tmp_path / "out"
    env = os.environ | {"TREX_MAX_CHARS": "1000000", "TREX_MAX_UNZIPPED_MB": "1",
                        "PREFECT_API_URL": PREFECT_API_URL.value()}  # the session's test server
    run = run_measured([sys.executable, "-m", "pipeline.cli", "ingest", str(folder), "--out", str(out)], env)
    assert run.returncode == 0, run.output
    assert run.peak_bytes < 2 * 1024 ** 3, f"peak memory {run.peak_bytes / 1024 ** 2:.0f} MiB"
    with (out / "documents.csv").open(encoding="utf-8", newline="") as handle:
        rows = {Path(r["source"]).name: r for r in csv.DictReader(handle)}
    assert set(rows) == set(expected)
    for name, error in expected.items():
        row = rows[name]
        if error is None:
            assert row["status"] == "ok", (name, row["error"])
        elif name == "nested.html":
            assert row["status"] in ("ok", "failed") and (row["status"] == "ok" or row["error"])
        else:
            assert row["status"] == "failed" and error in row["error"], (name, row["error"])
    with (out / "cities.csv").open(encoding="utf-8", newline="") as handle:
        good_ids = {r["doc_id"] for r in rows.values() if r["status"] == "ok"}
        extracted = {r["doc_id"] for r in csv.DictReader(handle)}
    assert {rows[n]["doc_id"] for n, e in expected.items() if e is None} <= extracted <= good_ids
