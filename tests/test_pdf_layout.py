"""PDF reading order, running headers and footers, hyphenation, tables and boxes, on PDFs built here."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import DocumentReadError
from pipeline.ingest.pagelayout import Line, Word, block_text, find_gutters, group_lines, reading_order
from pipeline.ingest.pdf import read_pdf

LEFT = ["Rotterdam is the largest port", "in Europe and handled 13.4", "million TEU in 2023. Its",
        "petrochemical cluster is large.", "The port keeps growing and", "invests in new quays."]
RIGHT = ["Antwerp follows as the second", "largest port of the continent", "with 12.5 million TEU and a",
         "big chemical industry too.", "Both ports compete for the", "same Asian liner services."]


def canvas(path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as rl_canvas

    return rl_canvas.Canvas(str(path), pagesize=A4)


def two_column_pdf(path: Path, pages: int = 3) -> Path:
    c = canvas(path)
    for number in range(1, pages + 1):
        c.setFont("Helvetica", 9)
        c.drawString(72, 810, "Port Monitor - quarterly report")
        c.drawString(280, 30, f"Page {number}")
        c.setFont("Helvetica", 11)
        for i, (left, right) in enumerate(zip(LEFT, RIGHT)):
            c.drawString(72, 760 - 15 * i, left)
            c.drawString(320, 760 - 15 * i, right)
        c.showPage()
    c.save()
    return path


def test_two_columns_are_read_one_after_the_other(tmp_path):
    text = read_pdf(two_column_pdf(tmp_path / "cols.pdf", pages=1)).text
    assert "Rotterdam is the largest port in Europe and handled 13.4 million TEU in 2023." in text
    assert text.index("invests in new quays.") < text.index("Antwerp follows as the second")


def test_running_header_and_page_numbers_are_dropped(tmp_path):
    result = read_pdf(two_column_pdf(tmp_path / "cols.pdf", pages=3))
    assert "quarterly report" not in result.text
    assert "Page 2" not in result.text
    assert result.pages == 3
    third = result.text.index("Rotterdam", result.page_starts[2])
    assert result.page_of(third) == 3


def test_hyphenated_word_across_lines_is_joined_and_coordination_kept(tmp_path):
    path = tmp_path / "hyphen.pdf"
    c = canvas(path)
    lines = ["Containers leave Rot-", "terdam every day for the hinterland and", "the region is known for Maschinen-",
             "und Anlagenbau as well as for trade."]
    for i, line in enumerate(lines):
        c.drawString(72, 760 - 15 * i, line)
    c.showPage()
    c.save()
    result = read_pdf(path)
    assert "Containers leave Rotterdam every day" in result.text
    assert "Maschinen- und Anlagenbau" in result.text
    start = result.text.index("Rotterdam")
    x0, top, x1, bottom = map(float, result.bbox_of(start, start + len("Rotterdam")).split(","))
    assert x0 == pytest.approx(72, abs=1) and bottom - top > 15  # the box spans both lines


def test_word_boxes_point_at_the_page(tmp_path):
    result = read_pdf(two_column_pdf(tmp_path / "cols.pdf", pages=1))
    start = result.text.index("Antwerp")
    x0, top, x1, bottom = map(float, result.bbox_of(start, start + 7).split(","))
    assert x0 == pytest.approx(320, abs=1)
    assert 842 - 760 - 12 < top < 842 - 760  # reportlab y grows upwards, pdfplumber's top downwards


def test_tables_become_rows_of_cells(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet

    path = tmp_path / "table.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    table = Table([["Port", "2022", "2023"], ["Hamburg", "8.3", "7.7"], ["Bremerhaven", "4.6", "4.2"]])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    doc.build([Paragraph("Container throughput in million TEU:", getSampleStyleSheet()["Normal"]), table])
    text = read_pdf(path).text
    assert "Port | 2022 | 2023\nHamburg | 8.3 | 7.7\nBremerhaven | 4.6 | 4.2" in text
    assert text.index("Container throughput") < text.index("Port | 2022")


def test_ruled_tables_from_pdfium_match_pdfplumbers_table_finder(tmp_path):
    """pdfplumber's table algorithm run on pdfium's drawing finds the same cells as pdfplumber itself,
    for a grid, boxes per cell, a form XObject and a table inside a scaled coordinate system."""
    import pdfplumber
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from pipeline.ingest.pdf import _tables
    from pipeline.ingest.pdfium_text import page_words
    from pipeline.ingest.ruled_tables import find_tables

    path = tmp_path / "tables.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    grid = Table([["Port", "2022", "2023"], ["Hamburg", "8.3", "7.7"], ["Bremerhaven", "4.6", "4.2"]])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    boxes = Table([["Airport", "Cargo (t)"], ["Leipzig/Halle", "1,380,000"], ["Frankfurt", "1,950,000"],
                   ["Cologne Bonn", "780,000"]])
    boxes.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, "black"), ("INNERGRID", (0, 0), (-1, -1), 0.25, "grey"),
                               ("BACKGROUND", (0, 0), (-1, 0), "lightgrey")]))
    doc.build([grid, boxes])
    c = canvas(tmp_path / "scaled.pdf")
    c.saveState()
    c.translate(100, 400)
    c.scale(1.5, 1.5)
    for i in range(4):
        c.line(0, 40 * i, 240, 40 * i)
    for j in range(3):
        c.line(120 * j, 0, 120 * j, 120)
    for i, (a, b) in enumerate([("Gdynia", "1.0"), ("Gdansk", "2.1"), ("Port", "TEU")]):
        c.drawString(10, 40 * i + 15, a)
        c.drawString(130, 40 * i + 15, b)
    c.restoreState()
    c.showPage()
    c.save()
    compared = 0
    for pdf_path in (path, tmp_path / "scaled.pdf"):
        document = pdfium.PdfDocument(str(pdf_path))
        with pdfplumber.open(pdf_path) as pdf:
            for index in range(len(document)):
                page = document[index]
                mine = find_tables(page, page_words(page, page.get_textpage())[0])
                theirs = _tables(pdf.pages[index])
                assert [tuple(round(v) for v in t[0]) for t in mine] == [tuple(round(v) for v in t[0]) for t in theirs]
                assert [t[2] for t in mine] == [t[2] for t in theirs]
                compared += len(theirs)
        document.close()
    assert compared == 3
    assert "Gdansk | 2.1" in read_pdf(tmp_path / "scaled.pdf").text


def _turned_pdf(path: Path, sideways_text: bool) -> Path:
    """A landscape report set on a portrait page turned by /Rotate 90, as printers' PDFs do: either the
    text is drawn sideways (upright once turned), or the page is landscape and only /Rotate turns it."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas as rl_canvas

    size = A4 if sideways_text else landscape(A4)
    c = rl_canvas.Canvas(str(path), pagesize=size)
    c.setPageRotation(90)
    if sideways_text:
        c.translate(size[0], 0)
        c.rotate(90)  # now drawing on the landscape page as a reader sees it
    lines = ["Rotterdam handled 13.4 million TEU in 2023.", "Antwerp handled 12.5 million TEU.",
             "Hamburg is Germany's largest seaport."]
    for i, line in enumerate(lines):
        c.drawString(72, 500 - 20 * i, line)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("sideways_text", [True, False])
def test_turned_pages_read_in_order_with_boxes_where_a_reader_sees_them(tmp_path, sideways_text):
    import pdfplumber

    path = _turned_pdf(tmp_path / "turned.pdf", sideways_text)
    result = read_pdf(path)
    assert ("Rotterdam handled 13.4 million TEU in 2023. Antwerp handled 12.5 million TEU. "
            "Hamburg is Germany's largest seaport.") == " ".join(result.text.split())
    with pdfplumber.open(path) as pdf:  # pdfplumber reports words on the page as displayed
        theirs = {w["text"]: w for w in pdf.pages[0].extract_words()}
    start = result.text.index("Antwerp")
    box = list(map(float, result.bbox_of(start, start + len("Antwerp")).split(",")))
    expected = [theirs["Antwerp"][k] for k in ("x0", "top", "x1", "bottom")]
    assert box == pytest.approx(expected, abs=3)


def test_a_table_set_without_rules_keeps_its_rows_and_cells(tmp_path):
    path = tmp_path / "light.pdf"
    c = canvas(path)
    c.drawString(72, 760, "Container throughput by port (million TEU) was reported as follows.")
    rows = [("Port", "2022", "2023"), ("Hamburg", "8.3", "7.7"), ("Bremerhaven", "4.6", "4.2")]
    for i, (port, a, b) in enumerate(rows):
        c.drawString(72, 730 - 15 * i, port)
        c.drawString(250, 730 - 15 * i, a)
        c.drawString(350, 730 - 15 * i, b)
    c.drawString(72, 670, "Both ports lost volume in a weak year for the Asia trades, which the text explains.")
    c.showPage()
    c.save()
    text = read_pdf(path).text
    assert "Port | 2022 | 2023\nHamburg | 8.3 | 7.7\nBremerhaven | 4.6 | 4.2" in text
    assert "Both ports lost volume in a weak year" in text


def test_close_cells_of_a_table_with_only_horizontal_rules_are_split_where_columns_line_up(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    rows = [["Port", "Cargo (million t)", "Boxes (thousand TEU)", "Main cargo"],
            ["Santos", "173.0", "5,000", "soybeans, sugar, maize"],
            ["Paranaguá", "66.2", "1,200", "soybeans, meal, chicken"],
            ["Rio Grande", "42.0", "760", "soybeans, wood pulp"],
            ["Zárate", "5.1", "150", "vehicles, steel pipes"]]
    table = Table(rows, colWidths=[70, 84, 108, 130])  # right-aligned cells half an em apart in the header
    table.setStyle(TableStyle([("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEABOVE", (0, 0), (-1, 0), 0.6, "black"),
                               ("LINEBELOW", (0, -1), (-1, -1), 0.6, "black")]))
    path = tmp_path / "booktabs.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    text = read_pdf(path).text
    assert "Port | Cargo (million t) | Boxes (thousand TEU) | Main cargo" in text
    assert "Paranaguá | 66.2 | 1,200 | soybeans, meal, chicken" in text
    assert "Santos | 173.0 | 5,000 | soybeans, sugar, maize" in text


def test_image_only_pdf_is_a_clear_failure(tmp_path):
    from PIL import Image

    image = tmp_path / "scan.png"
    Image.new("RGB", (200, 100), "white").save(image)
    path = tmp_path / "scan.pdf"
    c = canvas(path)
    c.drawImage(str(image), 72, 600, width=200, height=100)
    c.showPage()
    c.save()
    with pytest.raises(DocumentReadError, match="no text layer"):
        read_pdf(path)


def test_gutters_need_text_on_both_sides():
    lines = [Line([Word("word", 10, y, 60, y + 10), Word("word", 200, y, 260, y + 10)]) for y in range(0, 200, 15)]
    assert find_gutters(lines)
    blocks = reading_order(lines, find_gutters(lines))
    assert [len(b) for b in blocks] == [len(lines), len(lines)]
    ragged = [Line([Word("a few words here", 10, y, 160 + (y % 30), y + 10)]) for y in range(0, 200, 15)]
    assert find_gutters(ragged) == []


def test_block_text_joins_wrapped_lines_and_keeps_bullets():
    lines = group_lines([Word("First", 0, 0, 30, 10), Word("line", 32, 0, 300, 10),
                         Word("wraps", 0, 12, 300, 22), Word("•", 0, 24, 5, 34), Word("item", 8, 24, 40, 34)])
    assert "".join(p.text for p in block_text(lines)) == "First line wraps\n• item"


def test_scanned_page_is_read_by_ocr(tmp_path):
    from pipeline.ingest.pdf import ocr_available

    if not ocr_available():
        pytest.skip("Tesseract is not installed here (make test installs the Debian package tesseract-ocr)")
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (1700, 400), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=64)
    draw.text((60, 80), "Rotterdam handled 13.4 million TEU.", fill="black", font=font)
    draw.text((60, 200), "Hamburg follows behind.", fill="black", font=font)
    png = tmp_path / "scan.png"
    image.save(png)
    path = tmp_path / "scan.pdf"
    c = canvas(path)
    c.drawImage(str(png), 36, 500, width=520, height=122)
    c.showPage()
    c.save()
    result = read_pdf(path)
    assert "Rotterdam" in result.text and "Hamburg" in result.text
    assert result.warnings == ["pages 1 read by OCR"]
    start = result.text.index("Hamburg")
    assert result.bbox_of(start, start + 7) is not None


def test_a_german_ordinals_point_ends_no_sentence(run_nlp):
    doc = run_nlp("Mulhouse war im 19. Jahrhundert eine Hochburg der Textilindustrie. Am 1. Januar 2024 trat die Regel "
                  "in Kraft. Die Zahl der Werften sank auf 19. Danach kam mehr.", "de")
    assert [s.text for s in doc.sents] == ["Mulhouse war im 19. Jahrhundert eine Hochburg der Textilindustrie.",
                                           "Am 1. Januar 2024 trat die Regel in Kraft.",
                                           "Die Zahl der Werften sank auf 19.", "Danach kam mehr."]


def test_a_table_header_too_wide_for_its_column_stays_two_cells(tmp_path):
    # A right-aligned header that runs into the next column's header: two strings drawn apart, with no
    # space between them, must not become one word ("(million t)Containers").
    path = tmp_path / "header.pdf"
    c = canvas(path)
    c.setFont("Helvetica", 10)
    rows = [("Port", "Throughput (million t)", "Containers (TEU)"), ("Brest", "2.4", "48,000"),
            ("Lorient", "2.1", "–"), ("Le Havre", "64.0", "3,000,000")]
    for i, (port, tonnes, boxes) in enumerate(rows):
        y = 700 - 16 * i
        c.drawString(72, y, port)
        c.drawRightString(250, y, tonnes)
        width = c.stringWidth(boxes, "Helvetica", 10)
        c.drawString(max(250 - 4, 330 - width), y, boxes)  # the header overlaps the column before it
    c.save()
    text = read_pdf(path).text
    assert "t)Containers" not in text
    assert "Containers (TEU)" in text


def test_a_header_touching_the_next_one_is_split_where_a_capital_starts_a_new_string(tmp_path):
    path = tmp_path / "touching.pdf"
    c = canvas(path)
    c.setFont("Helvetica", 10)
    first = "Key sectors"
    x = 72 + 60
    c.drawString(72, 700, "City")
    c.drawString(x, 700, first)
    c.drawString(x + c.stringWidth(first, "Helvetica", 10), 700, "Port cargo (million t)")  # no gap at all
    for i, (city, sectors, cargo) in enumerate([("Bari", "software", "5.1"), ("Taranto", "steel", "16.2"),
                                                 ("Brindisi", "aerospace", "7.8")]):
        c.drawString(72, 684 - 16 * i, city)
        c.drawString(x, 684 - 16 * i, sectors)
        c.drawRightString(x + 180, 684 - 16 * i, cargo)
    c.save()
    assert "sectorsPort" not in read_pdf(path).text
