"""Web pages: the main content only, so menus, cookie banners and footers yield no facts."""

from __future__ import annotations

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
    return ExtractedText(text=normalise_newlines(text))
