"""DOCX: body paragraphs and tables in document order; page headers and footers left out."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import DocumentReadError
from pipeline.ingest import ExtractedText


def _blocks(document) -> list[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            blocks.append(item.text)
        elif isinstance(item, Table):
            for row in item.rows:
                cells = [" ".join(cell.text.split()) for cell in row.cells]
                # Merged cells repeat their text in every grid column they span.
                deduped = [c for i, c in enumerate(cells) if i == 0 or c != cells[i - 1]]
                blocks.append(" | ".join(deduped))
            blocks.append("")
    return blocks


def read_docx(path: Path) -> ExtractedText:
    import docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:
        raise DocumentReadError(f"unreadable DOCX ({type(exc).__name__}: {exc})") from exc
    text = "\n".join(_blocks(document)).strip("\n")
    if not text.strip():
        raise DocumentReadError("empty document: the DOCX holds no text")
    return ExtractedText(text=text)
