"""No loss from format: one report as txt, html, pdf and docx extracts to the same facts."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from conftest import SAMPLES
from pipeline.evaluate import evaluate
from pipeline.run import ingest

SOURCE = SAMPLES / "hamburg-port-press-release.txt"


def paragraphs() -> list[str]:
    return [" ".join(p.split()) for p in SOURCE.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def write_html(path: Path) -> None:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs())
    path.write_text(f"<html><head><title>Press</title></head><body><nav><a>Home</a> <a>Antwerp office</a></nav>"
                    f"<article>{body}</article><footer>Imprint - Valparaiso</footer></body></html>",
                    encoding="utf-8")


def write_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    def furniture(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, 810, "Port press service")
        canvas.drawString(280, 30, f"Page {doc.page}")

    style = getSampleStyleSheet()["Normal"]
    story = [Paragraph(html.escape(p), style) for p in paragraphs()]
    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=furniture, onLaterPages=furniture)


def write_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Port press service"
    for p in paragraphs():
        document.add_paragraph(p)
    document.save(str(path))


@pytest.fixture(scope="module")
def four_formats(tmp_path_factory, settings):
    folder = tmp_path_factory.mktemp("formats")
    gold = json.loads(SOURCE.with_name("hamburg-port-press-release.gold.json").read_text(encoding="utf-8"))
    writers = {"txt": lambda p: p.write_text(SOURCE.read_text(encoding="utf-8"), encoding="utf-8"),
               "html": write_html, "pdf": write_pdf, "docx": write_docx}
    for ext, write in writers.items():
        write(folder / f"report-{ext}.{ext}")
        (folder / f"report-{ext}.gold.json").write_text(json.dumps({**gold, "source": f"report-{ext}.{ext}"}),
                                                        encoding="utf-8")
    out = folder / "out"
    summary = ingest([folder], out, settings)
    assert summary["failed"] == []
    return folder, out


def test_every_format_scores_within_five_points_of_the_others(four_formats, tmp_path):
    folder, out = four_formats
    scores = {}
    for ext in ("txt", "html", "pdf", "docx"):
        single = tmp_path / ext
        single.mkdir()
        for name in (f"report-{ext}.{ext}", f"report-{ext}.gold.json"):
            (single / name).write_bytes((folder / name).read_bytes())
        scores[ext] = evaluate(single, out).macro_f1
    print("macro F1 per format:", scores)
    assert max(scores.values()) - min(scores.values()) <= 0.05, scores
    assert min(scores.values()) >= 0.6, scores
