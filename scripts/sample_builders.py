"""Shared helpers for the scripts that build the PDF and DOCX sample reports.

The ``build_*samples*.py`` scripts in this folder hold the texts of the reports; this module
holds what they have in common:

* finding and registering the DejaVu Sans fonts (the standard PDF fonts cannot draw
  characters such as "ń" or "ș"),
* fixed timestamps and zip normalisation, so that a DOCX has the same bytes on every build,
* ``build_flow_pdf``: a single-column A4 report with a running header and a page footer,
  with the table layouts and paragraph styles the batches use,
* ``build_docx``: a Word report with headings, paragraphs, captions, bullets and tables,
* ``write_samples``: the ``--out DIR`` command line shared by the scripts.

A document is a list of blocks:

    ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
    ("bullets", [text, ...]) ("table", [[cell, ...], ...], ...) ("pagebreak",)

The first row of a table is its header row; what else a table block carries depends on the
table layout a script picks (see ``ruled_table``).

Where the batches differ in a way that shows in the output (timestamps, author, creator,
table layout, title size, caption font), the difference is a parameter: the samples are
fixtures with gold annotations, and a refactoring here must not change a single byte of them.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parent.parent  # the scripts' default output folders are under it

# Fixed timestamps for DOCX metadata and zip entries. Each batch keeps the date it was first
# built with, because changing it would change every byte of the zip directory.
DEV_TIME = dt.datetime(2024, 4, 2, 9, 0, 0)  # samples/dev/ and samples/formats/
TEST_TIME = dt.datetime(2024, 5, 6, 9, 0, 0)  # samples/test/

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
)
BASE_FONTS = ("DejaVuSans", "DejaVuSans-Bold")


# --- fonts -------------------------------------------------------------------------------

def find_font(name: str) -> Path:
    """Path of the font file ``name``, looked for in the usual font folders."""
    for folder in FONT_DIRS:
        for candidate in (folder / name, *folder.rglob(name)) if folder.exists() else ():
            if candidate.is_file():
                return candidate
    raise FileNotFoundError(f"font {name!r} not found in {[str(d) for d in FONT_DIRS]}; "
                            "install fonts-dejavu-core")


def register_fonts(*names: str) -> None:
    """Register DejaVu fonts with reportlab under their own names ("DejaVuSans" -> DejaVuSans.ttf).

    Without names, the regular and bold faces are registered.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in names or BASE_FONTS:
        pdfmetrics.registerFont(TTFont(name, str(find_font(f"{name}.ttf"))))


# --- deterministic DOCX ------------------------------------------------------------------

def normalise_zip(data: bytes, when: dt.datetime) -> bytes:
    """Rewrite a zip with the fixed timestamp ``when``, so the bytes do not depend on the clock."""
    date_time = when.timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=date_time)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def save_docx(document, path: Path, when: dt.datetime) -> None:
    """Save a python-docx document to ``path`` with zip timestamps fixed at ``when``."""
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(normalise_zip(buffer.getvalue(), when))


def build_docx(path: Path, blocks: list, title: str, *, author: str = "trex samples",
               when: dt.datetime = DEV_TIME) -> None:
    """Word report with headings, paragraphs, captions, bullets and tables (fixed metadata)."""
    from docx import Document

    document = Document()
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, author, author
    props.created = props.modified = props.last_printed = when
    props.revision = 1
    for block in blocks:
        kind = block[0]
        if kind == "title":
            document.add_heading(block[1], level=0)
        elif kind == "subtitle":
            document.add_paragraph(block[1], style="Subtitle")
        elif kind == "h":
            document.add_heading(block[1], level=1)
        elif kind == "p":
            document.add_paragraph(block[1])
        elif kind == "caption":
            document.add_paragraph(block[1], style="Caption")
        elif kind == "bullets":
            for text in block[1]:
                document.add_paragraph(text, style="List Bullet")
        elif kind == "table":
            _add_docx_table(document, block[1])
        elif kind == "pagebreak":
            document.add_page_break()
    save_docx(document, path, when)


def _add_docx_table(document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Light Grid Accent 1"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


# --- PDF -----------------------------------------------------------------------------------

def paragraph_styles(title: tuple[float, float] = (17, 21), subtitle: tuple[float, float] = (11, 15),
                     caption_font: str = "DejaVuSans-Bold", caption_space_after: float = 4) -> dict:
    """Paragraph styles by block kind; ``title`` and ``subtitle`` are (font size, leading).

    The defaults are the look of the dev batches; the test split has a slightly smaller
    title and subtitle and italic captions.
    """
    from reportlab.lib.styles import ParagraphStyle

    return {
        "title": ParagraphStyle("title", fontName="DejaVuSans-Bold", fontSize=title[0], leading=title[1],
                                spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", fontName="DejaVuSans", fontSize=subtitle[0],
                                   leading=subtitle[1], spaceAfter=12, textColor="#444444"),
        "h": ParagraphStyle("h", fontName="DejaVuSans-Bold", fontSize=12, leading=16,
                            spaceBefore=8, spaceAfter=4),
        "caption": ParagraphStyle("caption", fontName=caption_font, fontSize=9, leading=12,
                                  spaceBefore=4, spaceAfter=caption_space_after),
        "p": ParagraphStyle("body", fontName="DejaVuSans", fontSize=10, leading=14, spaceAfter=7),
    }


def draw_page_furniture(canvas, header: str, footer: str) -> None:
    """Header text over a thin rule at the top of an A4 page, centred footer text at the bottom."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    width, height = A4
    canvas.saveState()
    canvas.setFont("DejaVuSans", 8.5)
    canvas.setFillColor("#555555")
    canvas.drawString(20 * mm, height - 14 * mm, header)
    canvas.setLineWidth(0.4)
    canvas.line(20 * mm, height - 16 * mm, width - 20 * mm, height - 16 * mm)
    canvas.drawCentredString(width / 2, 12 * mm, footer)
    canvas.restoreState()


# Table layouts for build_flow_pdf: each takes the table block and the body style and returns
# the flowables to add to the story.

def table_as_text(block: tuple, body) -> list:
    """No drawn table: one paragraph per row, cells joined by " | " (first dev batch)."""
    from reportlab.platypus import Paragraph

    return [Paragraph(escape(" | ".join(row)), body) for row in block[1]]


def ruled_table(block: tuple, body, widths_mm: Iterable[float] | None = None) -> list:
    """Drawn table with rules above and below the header and below the last row.

    The column widths in mm come from ``widths_mm`` or, failing that, from the block's third
    element, ``("table", rows, widths_mm)``.
    """
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    widths = block[2] if widths_mm is None else widths_mm
    table = Table(block[1], colWidths=[w * mm for w in widths], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "DejaVuSans", 9.5),
        ("FONT", (0, 0), (-1, 0), "DejaVuSans-Bold", 9.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, "#333333"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, "#333333"),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, "#333333"),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
    ]))
    return [table, Spacer(1, 10)]


def light_table(block: tuple, body) -> list:
    """Drawn table with 35 mm columns, a black rule under the header, a grey one under the last row
    (test split)."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    rows = block[1]
    table = Table(rows, hAlign="LEFT", colWidths=[35 * mm] * len(rows[0]))
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"),
        ("FONTNAME", (0, 0), (-1, 0), "DejaVuSans-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.grey),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]))
    return [table, Spacer(1, 8)]


# The held-out test split's look (smaller title, italic captions): both test batches use it.
TEST_STYLES = {"title": (16, 20), "subtitle": (10.5, 14), "caption_font": "DejaVuSans-Oblique",
               "caption_space_after": 3}


def build_flow_pdf(path: Path, blocks: list, header: str, footer: str, lang: str, title: str, *,
                   creator: str, author: str = "trex samples",
                   table: Callable[[tuple, object], list] = table_as_text,
                   styles: dict | None = None) -> None:
    """Single-column A4 report: running header line, paragraphs, bullets, tables, page footer.

    ``footer`` is a format string with ``{n}`` for the page number. ``table`` is one of the
    table layouts above, ``styles`` keyword arguments for ``paragraph_styles``.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
    )

    by_kind = paragraph_styles(**(styles or {}))
    body = by_kind["p"]
    # Register only the faces the styles use, in a fixed order, as the original builders did.
    register_fonts(*dict.fromkeys((*BASE_FONTS, by_kind["caption"].fontName)))

    def decorate(canvas, doc):
        draw_page_furniture(canvas, header, footer.format(n=doc.page))

    story = []
    for block in blocks:
        kind = block[0]
        if kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "bullets":
            items = [ListItem(Paragraph(escape(t), body), leftIndent=12) for t in block[1]]
            story.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=12,
                                      bulletFontName="DejaVuSans"))
            story.append(Spacer(1, 6))
        elif kind == "table":
            story.extend(table(block, body))
        else:
            story.append(Paragraph(escape(block[1]), by_kind[kind]))

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=24 * mm, bottomMargin=22 * mm, title=title,
                            author=author, subject=title, creator=creator,
                            lang=lang, invariant=1)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


# --- command line ------------------------------------------------------------------------

def write_samples(docstring: str, default_out: Path,
                  *batches: tuple[Callable[..., None], dict[str, dict]]) -> None:
    """Parse ``--out DIR`` and write every document of every (builder, {file name: spec}) batch.

    The first line of the calling script's docstring is the command's description.
    """
    parser = argparse.ArgumentParser(description=docstring.splitlines()[0])
    parser.add_argument("--out", type=Path, default=default_out,
                        help=f"output folder (default: {default_out.relative_to(REPO).as_posix()}/)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for builder, specs in batches:
        for name, spec in specs.items():
            builder(args.out / name, **spec)
            print(f"wrote {args.out / name}")
