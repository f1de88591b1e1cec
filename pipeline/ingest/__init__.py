"""Readers: one per format, each turning a file into one plain text with page boundaries."""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import DocumentReadError, UnsupportedFormat

SUFFIX_FORMATS = {
    ".txt": "txt", ".md": "txt", ".text": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}


@dataclass
class ExtractedText:
    """The text a reader produced. ``page_starts[i]`` is where page i+1 begins in ``text``."""

    text: str
    page_starts: list[int] | None = None  # None: the format has no pages
    # (start, end, page, x0, top, x1, bottom): where a run of the text stands on its page (PDF only)
    boxes: list[tuple[int, int, int, float, float, float, float]] | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def pages(self) -> int | None:
        return len(self.page_starts) if self.page_starts is not None else None

    def bbox_of(self, start: int, end: int) -> str | None:
        """``x0,top,x1,bottom`` in PDF points around the text at [start, end) on its first page."""
        if not self.boxes:
            return None
        i = bisect_right(self.boxes, (start, float("inf"))) - 1
        i = max(i, 0)
        found = []
        page = None
        for box in self.boxes[i:]:
            if box[0] >= end:
                break
            if box[1] > start and (page is None or box[2] == page):
                page = box[2]
                found.append(box)
        if not found:
            return None
        x0 = min(b[3] for b in found)
        top = min(b[4] for b in found)
        x1 = max(b[5] for b in found)
        bottom = max(b[6] for b in found)
        return f"{x0:.1f},{top:.1f},{x1:.1f},{bottom:.1f}"

    def page_of(self, offset: int) -> int | None:
        if self.page_starts is None:
            return None
        return max(1, bisect_right(self.page_starts, offset))


@dataclass
class SourceFile:
    path: Path
    source: str
    doc_id: str
    format: str


def doc_id_for(data: bytes) -> str:
    """The contract's document id: the first 16 hex digits of the SHA-256 of the bytes."""
    return hashlib.sha256(data).hexdigest()[:16]


def sniff_format(path: Path, head: bytes) -> str:
    """Format from the file's first bytes, falling back to its extension.

    Content wins over the name, so a PDF saved as ``.txt`` is still read as a PDF.
    """
    if b"%PDF-" in head[:1024]:  # some producers put junk before the header; readers skip it
        return "pdf"
    suffix = path.suffix.lower()
    if head.startswith(b"PK\x03\x04"):
        if suffix == ".docx" or suffix not in SUFFIX_FORMATS:
            return "docx"
        raise UnsupportedFormat(f"{path.name}: a zip archive, not a {suffix} file (only .docx zips are read)")
    fmt = SUFFIX_FORMATS.get(suffix)
    if fmt is None:
        lowered = head.lstrip()[:64].lower()
        if lowered.startswith((b"<!doctype html", b"<html")):
            return "html"
        raise UnsupportedFormat(f"unsupported format {suffix or '(no extension)'}: trex reads "
                                + ", ".join(sorted(SUFFIX_FORMATS)))
    if fmt in ("pdf", "docx"):
        raise DocumentReadError(f"not a {fmt.upper()}: the file starts with {head[:8]!r}")
    return fmt


@dataclass(frozen=True)
class Limits:
    """Bounds that keep one hostile file from taking the run's memory or time."""

    max_pages: int = 2000
    max_chars: int = 3_000_000
    max_unzipped_bytes: int = 500 * 1024 * 1024


def read_text_of(path: Path, fmt: str, data: bytes, limits: Limits = Limits()) -> ExtractedText:
    """Dispatch to the reader for ``fmt``. Raises DocumentReadError with the reason."""
    if fmt == "txt":
        from pipeline.ingest.text import read_plain_text
        result = read_plain_text(data)
    elif fmt == "html":
        from pipeline.ingest.html import read_html
        result = read_html(data)
    elif fmt == "pdf":
        from pipeline.ingest.pdf import read_pdf
        result = read_pdf(path, max_pages=limits.max_pages)
    elif fmt == "docx":
        from pipeline.ingest.docx import read_docx
        result = read_docx(path, max_unzipped_bytes=limits.max_unzipped_bytes)
    else:
        raise UnsupportedFormat(f"unsupported format {fmt}")
    if len(result.text) > limits.max_chars:
        raise DocumentReadError(f"text too long: {len(result.text):,} characters, the limit is "
                                f"{limits.max_chars:,} (set TREX_MAX_CHARS)")
    return result
