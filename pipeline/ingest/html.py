"""Web pages: the main content only, so menus, cookie banners and footers yield no facts."""

from __future__ import annotations

import re

import trafilatura

from pipeline.errors import DocumentReadError
from pipeline.ingest import ExtractedText
from pipeline.ingest.text import decode_bytes, normalise_newlines


def read_html(data: bytes) -> ExtractedText:
    markup = decode_bytes(data)
    text = trafilatura.extract(
        markup,
        include_tables=True,
        include_comments=False,
        include_links=False,
        include_images=False,
        favor_recall=True,
        deduplicate=False,
    )
    if not text or not text.strip():
        raise DocumentReadError("no main content found in the HTML page")
    return ExtractedText(text=_plain_table_rows(normalise_newlines(text)))


def _plain_table_rows(text: str) -> str:
    """trafilatura writes tables in Markdown (``| a | b |`` and ``|---|``); trex's readers write ``a | b``."""
    lines, in_table = [], False
    for line in text.split("\n"):
        stripped = line.strip()
        if re.fullmatch(r"\|(?:\s*:?-{3,}:?\s*\|)+", stripped):
            continue
        row = stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3
        if row:
            cells = [cell.strip() for cell in stripped[1:-1].split("|")]
            # A <caption>, or a title cell spanning the table, comes as a first row with one filled cell: it is
            # the caption line above the table, not its header.
            line = cells[0] if not in_table and cells[0] and not any(cells[1:]) else " | ".join(cells)
        in_table = row
        lines.append(line)
    return "\n".join(lines)
