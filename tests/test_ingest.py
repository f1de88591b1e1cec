"""Readers: each format gives one plain text with pages, and bad files a clear reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.errors import DocumentReadError, UnsupportedFormat
from pipeline.ingest import doc_id_for, read_text_of, sniff_format
from pipeline.run import read_source

REPORT = "Rotterdam handled 13.4 million TEU in 2023. The port is twinned with Shanghai."


def make_pdf(path: Path, pages: list[list[str]]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        y = 800
        for line in lines:
            c.drawString(72, y, line)
            y -= 16
        c.showPage()
    c.save()
    return path


def make_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None,
              header: str | None = None) -> Path:
    import docx

    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    document.save(str(path))
    return path


def read(path: Path):
    data = path.read_bytes()
    return read_text_of(path, sniff_format(path, data[:512]), data)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_text_reader_decodes_common_encodings(tmp_path, encoding):
    text = "Nürnberg und Fürth: Maschinenbau.\r\nZweite Zeile."
    path = tmp_path / "bericht.txt"
    path.write_bytes(text.encode(encoding))
    result = read(path)
    assert result.text == "Nürnberg und Fürth: Maschinenbau.\nZweite Zeile."
    assert result.pages is None and result.page_of(5) is None


def test_html_reader_keeps_article_and_drops_navigation(tmp_path):
    nav = "<nav><ul><li>Offices: Antwerp</li><li>Bremen</li><li>Gdansk</li></ul></nav>"
    article = "".join(f"<p>{REPORT} Paragraph {i} adds more detail about terminals and hinterland rail.</p>"
                      for i in range(4))
    footer = "<footer>© Example Forwarding, Valparaiso office</footer>"
    html = f"<html><head><title>Blog</title></head><body>{nav}<article><h1>Ports</h1>{article}</article>{footer}</body></html>"
    path = tmp_path / "post.html"
    path.write_text(html, encoding="utf-8")
    text = read(path).text
    assert "13.4 million TEU" in text
    assert "Antwerp" not in text and "Valparaiso" not in text


def test_html_table_caption_is_the_line_above_the_table_not_its_header(tmp_path):
    article = "".join(f"<p>{REPORT} Paragraph {i} adds more detail about terminals and hinterland rail.</p>"
                      for i in range(3))
    table = ("<table><caption>Table 2. Regional ports, 2024</caption>"
             "<tr><th>Port</th><th>Cargo (million tonnes)</th></tr>"
             "<tr><td>Gdynia</td><td>27.1</td></tr><tr><td>Kiel</td><td>7.5</td></tr></table>")
    path = tmp_path / "brief.html"
    path.write_text(f"<html><body><article><h1>Ports</h1>{article}{table}</article></body></html>", encoding="utf-8")
    lines = read(path).text.split("\n")
    header = lines.index("Port | Cargo (million tonnes)")
    assert lines[header - 1] == "Table 2. Regional ports, 2024"
    assert lines[header + 1:header + 3] == ["Gdynia | 27.1", "Kiel | 7.5"]


def test_a_plain_text_table_set_with_spaces_becomes_cell_rows(tmp_path):
    text = ("Figures from the port authorities.\n\n"
            "    Port                  Reefer plugs    Cargo 2024 (million t)\n"
            "    Gdynia (Oksywie)             1,900                      27.1\n"
            "    Kiel                           350                       7.5\n"
            "    Sassnitz                        40                       2.2\n\n"
            "Prose keeps its double spaces.  Even when a line  has several,\n"
            "the next line  starts elsewhere  and so does\n"
            "this  one, which is  no table.\n"
            "Bars stay as they are: Kiel | 7.5\n")
    path = tmp_path / "update.txt"
    path.write_text(text, encoding="utf-8")
    lines = read(path).text.split("\n")
    assert lines[2:6] == ["Port | Reefer plugs | Cargo 2024 (million t)", "Gdynia (Oksywie) | 1,900 | 27.1",
                          "Kiel | 350 | 7.5", "Sassnitz | 40 | 2.2"]
    assert lines[7:11] == text.split("\n")[7:11]


def test_pdf_reader_gives_page_offsets(tmp_path):
    path = make_pdf(tmp_path / "two.pdf", [["Page one talks about Hamburg."], ["Page two is about Duisburg."]])
    result = read(path)
    assert result.pages == 2
    hamburg = result.text.index("Hamburg")
    duisburg = result.text.index("Duisburg")
    assert result.page_of(hamburg) == 1
    assert result.page_of(duisburg) == 2


def test_docx_reader_keeps_paragraphs_and_tables_in_order_without_page_header(tmp_path):
    path = make_docx(tmp_path / "brief.docx", ["Valencia is a port city.", "Throughput by year:"],
                     table=[["Year", "TEU"], ["2023", "4.8 million"]], header="Chamber Brief - confidential")
    text = read(path).text
    assert text.index("Valencia") < text.index("Throughput") < text.index("2023 | 4.8 million")
    assert "confidential" not in text


def test_sniffing_prefers_content_over_extension(tmp_path):
    path = make_pdf(tmp_path / "report.txt", [["Hidden PDF about Antwerp."]])
    assert sniff_format(path, path.read_bytes()[:16]) == "pdf"


def test_unsupported_format_is_named(tmp_path):
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(b"\x00\x01binary")
    with pytest.raises(UnsupportedFormat, match=r"unsupported format \.xlsx"):
        sniff_format(path, path.read_bytes())


def test_fake_pdf_is_reported_with_its_first_bytes(tmp_path):
    path = tmp_path / "fake.pdf"
    path.write_text("hello, not a pdf")
    with pytest.raises(DocumentReadError, match="not a PDF: the file starts with"):
        sniff_format(path, path.read_bytes())


def test_read_source_turns_every_failure_into_a_failed_document(tmp_path):
    settings = Settings()
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    cases = {
        tmp_path / "missing.txt": "file not found",
        empty: "empty document",
        tmp_path / "sheet.xlsx": "unsupported format .xlsx",
    }
    (tmp_path / "sheet.xlsx").write_bytes(b"\x00\x01")
    for path, reason in cases.items():
        _, text, failure = read_source(path, settings)
        assert text is None
        assert failure.document["status"] == "failed"
        assert reason in failure.document["error"]
        assert failure.document["source"] == str(path)


def test_encrypted_pdf_names_the_password(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    c.drawString(72, 800, "Secret figures for Antwerp.")
    c.save()
    _, text, failure = read_source(path, Settings())
    assert failure is not None and "password" in failure.document["error"]


def test_doc_id_is_the_contract_hash():
    assert doc_id_for(b"abc") == "ba7816bf8f01cfea"


def test_zip_bomb_docx_is_refused_before_unpacking(tmp_path):
    import zipfile

    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * (5 * 1024 * 1024))
    settings = Settings(max_unzipped_mb=1)
    _, text, failure = read_source(path, settings)
    assert text is None and "DOCX expands to" in failure.document["error"]


def test_limits_on_pages_and_characters(tmp_path):
    settings = Settings(max_chars=1000, max_pages=1)
    long_text = tmp_path / "one-line.txt"
    long_text.write_text("Hamburg " * 500)
    _, _, failure = read_source(long_text, settings)
    assert "text too long" in failure.document["error"]
    pdf = make_pdf(tmp_path / "pages.pdf", [["one"], ["two"]])
    _, _, failure = read_source(pdf, settings)
    assert "too many pages: 2, the limit is 1" in failure.document["error"]


def test_words_joined_by_a_no_break_space_are_one_cell_of_prose():
    from pipeline.ingest.text import aligned_table_rows

    prose = "\n".join(["Hamburg ist bekannt für Maschinenbau und\u00a0Maschinenbau."] * 3)
    assert aligned_table_rows(prose) == prose
