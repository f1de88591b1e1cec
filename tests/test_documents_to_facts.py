"""Documents built here go all the way to facts: tables in PDF and DOCX, boxes, and real-world PDFs."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from conftest import SHARED
from pipeline.run import ingest

HAMBURG, BREMERHAVEN = 2911298, 2944368
CAPTION = "Container throughput of Hamburg and Bremerhaven in million TEU:"
ROWS = [["Port", "2022", "2023"], ["Hamburg", "8.3", "7.7"], ["Bremerhaven", "4.6", "4.2"]]
EXPECTED = {(HAMBURG, 8_300_000.0, "2022"), (HAMBURG, 7_700_000.0, "2023"),
            (BREMERHAVEN, 4_600_000.0, "2022"), (BREMERHAVEN, 4_200_000.0, "2023")}


def rows_of(out: Path, table: str) -> list[dict]:
    with (out / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def table_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    table = Table(ROWS)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(CAPTION, getSampleStyleSheet()["Normal"]), table])


def table_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(CAPTION)
    t = document.add_table(rows=len(ROWS), cols=3)
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    document.save(str(path))


@pytest.mark.parametrize("ext, build", [("pdf", table_pdf), ("docx", table_docx)])
def test_table_cells_become_port_metrics(tmp_path, settings, ext, build):
    build(tmp_path / f"ports.{ext}")
    out = tmp_path / "out"
    ingest([tmp_path / f"ports.{ext}"], out, settings)
    metrics = rows_of(out, "port_metrics")
    found = {(int(m["city_geonames_id"]), float(m["value"]), m["period"]) for m in metrics}
    assert found == EXPECTED
    assert {m["unit"] for m in metrics} == {"TEU"}
    if ext == "pdf":
        assert all(m["page"] == "1" and len(m["bbox"].split(",")) == 4 for m in metrics)
    else:
        assert all(m["bbox"] == "" for m in metrics)


def test_real_world_pdfs_ingest_or_fail_with_a_reason(tmp_path, settings):
    folder = SHARED / "pdfs"
    if not folder.is_dir():
        pytest.skip(f"the real-world PDFs are not here: {folder} is absent")
    pdfs = sorted(folder.glob("*.pdf"))
    summary = ingest(pdfs, tmp_path, settings)
    documents = {Path(d["source"]).name: d for d in rows_of(tmp_path, "documents")}
    assert len(documents) == len(pdfs) == summary["documents"]
    for name, document in documents.items():
        assert document["status"] in ("ok", "failed"), name
        if document["status"] == "failed":
            assert document["error"], name
    assert "password" in documents["password-example.pdf"]["error"]
    assert documents["federal-register-2020-17221.pdf"]["status"] == "ok"
