"""PDF through pdfplumber: one text for the whole file, pages joined by a blank line."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from pipeline.errors import DocumentReadError
from pipeline.ingest import ExtractedText

PAGE_SEPARATOR = "\n\n"


def _reason(exc: BaseException) -> str:
    """pdfplumber wraps pdfminer errors with an empty message; the cause names the problem."""
    chain: list[BaseException] = [exc]
    while len(chain) < 6:
        last = chain[-1]
        wrapped = next((a for a in last.args if isinstance(a, BaseException)), None)
        nxt = last.__cause__ or wrapped or last.__context__
        if nxt is None or nxt in chain:
            break
        chain.append(nxt)
    names = " ".join(type(e).__name__ for e in chain)
    if "PDFPassword" in names or "Encrypt" in names:
        return "encrypted PDF: a password is needed"
    message = next((str(e) for e in chain if str(e)), "")
    return f"unreadable PDF ({type(chain[-1]).__name__}{': ' + message if message else ''})"


def read_pdf(path: Path) -> ExtractedText:
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    try:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                # Fake-bold PDFs print every glyph twice; dedupe_chars folds them back.
                text = page.dedupe_chars().extract_text() or ""
                starts.append(offset)
                parts.append(text)
                offset += len(text) + len(PAGE_SEPARATOR)
                page.close()
    except DocumentReadError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        raise DocumentReadError(_reason(exc)) from exc
    if not starts:
        raise DocumentReadError("the PDF has no pages")
    text = PAGE_SEPARATOR.join(parts)
    result = ExtractedText(text=text, page_starts=starts)
    if not text.strip():
        raise DocumentReadError("no text layer: the PDF holds only images (scanned pages need OCR)")
    return result
