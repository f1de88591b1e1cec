"""PDF through pdfium, tables by pdfplumber's algorithm, and pdfplumber itself where a page needs it: words in reading order (columns one after another), running headers
and footers dropped, hyphenation repaired, tables kept as ``cell | cell`` rows, a box per word.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pdfplumber

from pipeline.errors import DocumentReadError
from pipeline.ingest import ExtractedText
from pipeline.ingest.pagelayout import (Piece, Word, block_text, find_gutters, furniture_keys, group_lines,
                                        is_furniture, reading_order)
from pipeline.ingest.pdfium_text import page_objects, page_words, text_angle
from pipeline.ingest.ruled_tables import find_tables

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


class _Page:
    """What one page contributes: its lines outside tables, its tables as row lines, its size."""

    def __init__(self, number: int, height: float, words: list[Word], tables: list | None = None,
                 has_images: bool = False, rotated: bool = False,
                 turn: tuple[int, float, float] | None = None) -> None:
        self.number = number
        self.turn = turn
        self.height = height
        self.has_images = has_images
        self.tables = tables or []
        spaced = len(words) > 20 and sum(len(w.text) == 1 for w in words) > len(words) / 2
        # Rotated or letter-spaced pages: pdfium reads their text in writing order where word
        # grouping by position fails (one word per line, or "T h e m o v i e").
        self.needs_pdfium = rotated or spaced
        self.fallback_text: str | None = None
        self.words = words
        self.set_tables(self.tables)
        self.ocr_used = False

    def set_tables(self, tables: list) -> None:
        """Tables become ``cell | cell`` rows; the words inside them leave the running text."""
        self.tables = tables
        inside = [t[0] for t in tables]
        self.lines = group_lines([w for w in self.words if not any(_within(w, box) for box in inside)])

    @property
    def empty(self) -> bool:
        return not self.lines and not self.tables and not (self.fallback_text or "").strip()


def _plumber_page(page, ocr: bool = True) -> _Page:
    """Everything through pdfplumber: for files pdfium cannot open, and scanned pages (OCR)."""
    page = page.dedupe_chars()  # fake-bold PDFs print every glyph twice or more
    raw_words = page.extract_words(keep_blank_chars=False)
    rotated = bool(raw_words) and sum(not w.get("upright", True) for w in raw_words) > len(raw_words) / 2
    words = [Word(w["text"], w["x0"], w["top"], w["x1"], w["bottom"]) for w in raw_words if w.get("upright", True)]
    result = _Page(page.page_number, float(page.height), words, _tables(page), bool(page.images), rotated)
    if ocr and not result.lines and not result.tables and result.has_images and ocr_available():
        result.lines = group_lines(ocr_words(page))
        result.ocr_used = bool(result.lines)
    return result


def _tables(page) -> list:
    """pdfplumber's ruled tables with at least two rows and two columns: (bbox, row objects, cell texts)."""
    try:
        found = page.find_tables()
    except Exception:  # a broken drawing layer should not cost the page's text
        return []
    tables = []
    for table in found:
        rows = [r for r in table.extract() if any(c for c in r)]
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            tables.append((table.bbox, table.rows, rows))
    return tables


OCR_RESOLUTION = 300
OCR_LANGUAGES = "eng+deu"


def ocr_available() -> bool:
    try:
        import pytesseract  # noqa: F401
    except ImportError:
        return False
    return shutil.which("tesseract") is not None


def ocr_words(page) -> list[Word]:
    """Words of a scanned page through Tesseract, in PDF points like pdfplumber's own words."""
    import pytesseract

    image = page.to_image(resolution=OCR_RESOLUTION).original
    data = pytesseract.image_to_data(image, lang=OCR_LANGUAGES, output_type=pytesseract.Output.DICT)
    factor = 72 / OCR_RESOLUTION
    words = []
    for text, conf, left, top, width, height in zip(data["text"], data["conf"], data["left"], data["top"],
                                                    data["width"], data["height"]):
        if text.strip() and float(conf) >= 30:
            words.append(Word(text.strip(), left * factor, top * factor, (left + width) * factor,
                              (top + height) * factor))
    return words


def _within(word: Word, box) -> bool:
    x0, top, x1, bottom = box
    return word.x0 >= x0 - 1 and word.x1 <= x1 + 1 and word.top >= top - 1 and word.bottom <= bottom + 1


def _table_block(bbox, row_objects, rows) -> tuple[float, list[Piece]]:
    pieces: list[Piece] = []
    boxes = [r.bbox for r in row_objects] if len(row_objects) == len(rows) else [bbox] * len(rows)
    for i, (cells, box) in enumerate(zip(rows, boxes)):
        if i:
            pieces.append(Piece("\n"))
        text = " | ".join(" ".join((c or "").split()) for c in cells)
        pieces.append(Piece(text, tuple(box)))
    return bbox[1], pieces


def read_pdf(path: Path, max_pages: int | None = None) -> ExtractedText:
    try:
        pages = _read_pages(path, max_pages)
        _read_with_pdfium(path, [p for p in pages if p.needs_pdfium])
    except DocumentReadError:
        raise
    except Exception as exc:  # pdfminer and pdfium raise many unrelated types for broken files
        raise DocumentReadError(_reason(exc)) from exc
    if not pages:
        raise DocumentReadError("the PDF has no pages")
    scanned = [p.number for p in pages if p.empty and p.has_images]
    ocred = [p.number for p in pages if p.ocr_used]
    if all(p.empty for p in pages):
        if scanned:
            raise DocumentReadError(_ocr_advice(len(scanned)))
        raise DocumentReadError("no text in the PDF")
    result = _assemble(pages, scanned)
    if ocred:
        result.warnings.append(f"pages {', '.join(map(str, ocred))} read by OCR")
    return result


def _too_many(count: int, max_pages: int | None) -> None:
    if max_pages is not None and count > max_pages:
        raise DocumentReadError(f"too many pages: {count}, the limit is {max_pages} (set TREX_MAX_PAGES)")


def _read_pages(path: Path, max_pages: int | None) -> list[_Page]:
    """Words and ruled tables of every page through pdfium; pdfplumber renders image-only pages for OCR."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise DocumentReadError("encrypted PDF: a password is needed") from exc
        return _read_pages_with_pdfplumber(path, max_pages)  # pdfminer forgives some breakage pdfium does not
    pages: list[_Page | None] = []
    try:
        _too_many(len(document), max_pages)
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            # Read the text upright: a landscape table set sideways, or a page turned by /Rotate.
            turn = (360 - text_angle(textpage)) % 360
            words, rotated = page_words(page, textpage, turn)
            grid, images = page_objects(page)
            if images and not words:
                pages.append(None)  # scanned: pdfplumber renders it for OCR
                continue
            left, bottom, right, top = page.get_mediabox()
            width, height = (top - bottom, right - left) if turn in (90, 270) else (right - left, top - bottom)
            # Boxes go where a reader sees them: on the page as /Rotate turns it for display.
            shown = (page.get_rotation() - turn) % 360
            pages.append(_Page(index + 1, height, words, find_tables(page, words, turn) if grid else [],
                               has_images=images, rotated=rotated,
                               turn=(shown, width, height) if shown else None))
    finally:
        document.close()
    whole = [i for i, p in enumerate(pages) if p is None]
    if whole:
        with pdfplumber.open(path) as pdf:
            for index in whole:
                pages[index] = _plumber_page(pdf.pages[index])
                pdf.pages[index].close()
    return pages


def _read_pages_with_pdfplumber(path: Path, max_pages: int | None) -> list[_Page]:
    with pdfplumber.open(path) as pdf:
        _too_many(len(pdf.pages), max_pages)
        pages = []
        for page in pdf.pages:
            pages.append(_plumber_page(page))
            page.close()
    return pages


def _read_with_pdfium(path: Path, pages: list[_Page]) -> None:
    if not pages:
        return
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        for page in pages:
            text = document[page.number - 1].get_textpage().get_text_bounded()
            page.fallback_text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    finally:
        document.close()


def _ocr_advice(count: int) -> str:
    if ocr_available():
        return f"no text layer: OCR found no text on {count} scanned page(s)"
    return (f"no text layer: {count} scanned page(s) need OCR, and OCR is not installed "
            "(install the Debian packages tesseract-ocr tesseract-ocr-deu and the Python package pytesseract)")


def _assemble(pages: list[_Page], scanned: list[int]) -> ExtractedText:
    keys = furniture_keys([p.lines for p in pages], [p.height for p in pages])
    text_parts: list[str] = []
    starts: list[int] = []
    boxes: list[tuple[int, int, int, float, float, float, float]] = []
    offset = 0
    for page in pages:
        if text_parts:
            text_parts.append(PAGE_SEPARATOR)
            offset += len(PAGE_SEPARATOR)
        starts.append(offset)
        for piece in _page_pieces(page, keys):
            if piece.box is not None:
                box = _turned(piece.box, *page.turn) if page.turn else piece.box
                boxes.append((offset, offset + len(piece.text), page.number, *box))
            text_parts.append(piece.text)
            offset += len(piece.text)
    warnings = [f"pages {', '.join(map(str, scanned))} have no text layer and gave no OCR text"] if scanned else []
    return ExtractedText(text="".join(text_parts), page_starts=starts, boxes=boxes, warnings=warnings)


def _turned(box: tuple[float, float, float, float], degrees: int, width: float, height: float):
    """A box on a page of ``width`` x ``height`` points, on that page turned clockwise by ``degrees``."""
    x0, top, x1, bottom = box
    if degrees == 90:
        return (height - bottom, x0, height - top, x1)
    if degrees == 180:
        return (width - x1, height - bottom, width - x0, height - top)
    return (top, width - x1, bottom, width - x0)


def _page_pieces(page: _Page, keys: set[str]) -> list[Piece]:
    if page.fallback_text is not None:
        return [Piece(page.fallback_text)]
    lines = [l for l in page.lines if not is_furniture(l, page.height, keys)]
    blocks: list[tuple[float, list[Piece]]] = []
    for block in reading_order(lines, find_gutters(lines)):
        if block:
            blocks.append((block[0].top, block_text(block)))
    tables = sorted((_table_block(*t) for t in page.tables), key=lambda t: t[0])
    # Tables go in where they stand on the page, before the first block that starts below them.
    ordered: list[list[Piece]] = []
    for top, pieces in blocks:
        while tables and tables[0][0] <= top:
            ordered.append(tables.pop(0)[1])
        ordered.append(pieces)
    ordered += [t[1] for t in tables]
    out: list[Piece] = []
    for i, pieces in enumerate(ordered):
        if i:
            out.append(Piece("\n\n"))
        out.extend(pieces)
    return out

