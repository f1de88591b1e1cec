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
    lines = []
    for line in text.split("\n"):
        stripped = line.strip()
        if re.fullmatch(r"\|(?:\s*:?-{3,}:?\s*\|)+", stripped):
            continue
        if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3:
            line = " | ".join(cell.strip() for cell in stripped[1:-1].split("|"))
        lines.append(line)
    return "\n".join(lines)
