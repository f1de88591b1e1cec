"""Write one dev report in all four formats to ``samples/formats/``, each with its gold file.

The four files carry the same words, so ``trex eval`` on them measures what each reader loses:

    .venv/bin/python scripts/build_format_samples.py        # needs reportlab, python-docx
    .venv/bin/trex ingest samples/formats --out outputs-formats
    .venv/bin/trex eval --gold samples/formats --out outputs-formats
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_builders import DEV_TIME, save_docx  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "samples" / "dev" / "hamburg-port-press-release.txt"
OUT = REPO / "samples" / "formats"
NAME = "hamburg-press-release"


def paragraphs() -> list[str]:
    return [" ".join(p.split()) for p in SOURCE.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def write_txt(path: Path) -> None:
    path.write_text(SOURCE.read_text(encoding="utf-8"), encoding="utf-8")


def write_html(path: Path) -> None:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs())
    path.write_text(f"<html><head><title>Press</title></head><body><nav><a>Home</a> <a>Antwerp office</a></nav>"
                    f"<article>{body}</article><footer>Imprint - Valparaiso</footer></body></html>\n",
                    encoding="utf-8")


def write_pdf(path: Path) -> None:
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    rl_config.invariant = 1  # the same bytes on every build

    def furniture(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, 810, "Port press service")
        canvas.drawString(280, 30, f"Page {doc.page}")

    style = getSampleStyleSheet()["Normal"]
    story = [Paragraph(html.escape(p), style) for p in paragraphs()]
    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=furniture, onLaterPages=furniture)


def write_docx(path: Path) -> None:
    import datetime

    import docx

    document = docx.Document()
    document.core_properties.created = datetime.datetime(2024, 1, 1)
    document.core_properties.modified = datetime.datetime(2024, 1, 1)
    document.sections[0].header.paragraphs[0].text = "Port press service"
    for p in paragraphs():
        document.add_paragraph(p)
    save_docx(document, path, DEV_TIME)  # fixed zip timestamps: the same bytes every build


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    gold = json.loads(SOURCE.with_name("hamburg-port-press-release.gold.json").read_text(encoding="utf-8"))
    for ext, write in {"txt": write_txt, "html": write_html, "pdf": write_pdf, "docx": write_docx}.items():
        name = f"{NAME}-{ext}.{ext}"
        write(OUT / name)
        (OUT / f"{NAME}-{ext}.gold.json").write_text(json.dumps({**gold, "source": name}, indent=2) + "\n",
                                                      encoding="utf-8")
        print("wrote", OUT / name)


if __name__ == "__main__":
    main()
