"""DOCX: body paragraphs and tables in document order; page headers and footers left out."""

from __future__ import annotations

import zipfile
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


def check_zip_size(path: Path, max_unzipped_bytes: int) -> None:
    """Refuse a zip bomb before anything unpacks it: the declared sizes of all entries added up."""
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise DocumentReadError(f"not a DOCX: broken zip archive ({exc})") from exc
    if total > max_unzipped_bytes:
        raise DocumentReadError(f"DOCX expands to {total / 1e6:,.0f} MB, more than the limit of "
                                f"{max_unzipped_bytes / 1e6:,.0f} MB (set TREX_MAX_UNZIPPED_MB)")


def read_docx(path: Path, max_unzipped_bytes: int = 500 * 1024 * 1024) -> ExtractedText:
    import docx

    check_zip_size(path, max_unzipped_bytes)
    try:
        document = docx.Document(str(path))
    except Exception as exc:
        raise DocumentReadError(f"unreadable DOCX ({type(exc).__name__}: {exc})") from exc
    text = "\n".join(_blocks(document)).strip("\n")
    if not text.strip():
        raise DocumentReadError("empty document: the DOCX holds no text")
    return ExtractedText(text=text)
