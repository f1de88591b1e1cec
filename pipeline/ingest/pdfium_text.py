"""Positioned words of a PDF page through pdfium: about 50 times faster than pdfplumber's page parse.

pdfplumber parses every page object in Python (about 140 ms a page here); pdfium, the C library
that pdfplumber itself ships with, gives the same characters with their boxes in a few
milliseconds. pdfplumber still finds the tables on pages whose drawing may hold one, and renders
scanned pages for OCR: ``page_objects`` tells which pages those are.
"""

from __future__ import annotations

import ctypes
import math
import re

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from pipeline.ingest.pagelayout import Word

# A ruled table has at least a 2 x 2 grid of cells: three horizontal and three vertical edges.
GRID_EDGES = 3
_SPACES = frozenset(" \t\r\n\u00a0\u2002\u2003\u2009\uffff")


def page_objects(page: pdfium.PdfPage) -> tuple[bool, bool]:
    """(whether drawn lines or boxes may form a table, whether the page shows an image).

    Edges are counted as pdfplumber's table finder sees them: a thin path is a horizontal or a
    vertical rule, a box gives two of each, and a path of many segments may be a whole grid.
    """
    horizontal = vertical = 0
    images = False
    for obj in page.get_objects(max_depth=2):
        if obj.type == raw.FPDF_PAGEOBJ_IMAGE:
            images = True
        elif obj.type == raw.FPDF_PAGEOBJ_PATH:
            left, bottom, right, top = obj.get_bounds()
            width, height = right - left, top - bottom
            # Bounds include the stroke, so a thick or scaled rule is a few points across.
            if height <= 4 and width > 15:
                horizontal += 1
            elif width <= 4 and height > 8:
                vertical += 1
            elif width > 4 and height > 4:
                edges = max(2, raw.FPDFPath_CountSegments(obj.raw) // 2)
                horizontal += edges
                vertical += edges
    return horizontal >= GRID_EDGES and vertical >= GRID_EDGES, images


def text_angle(textpage: pdfium.PdfTextPage) -> int:
    """The angle most of the page's characters are drawn at, counterclockwise, to the nearest quarter turn."""
    count = textpage.count_chars()
    votes: dict[int, int] = {}
    for index in range(0, count, max(1, count // 64)):
        if chr(raw.FPDFText_GetUnicode(textpage.raw, index) or 32) not in _SPACES:
            angle = round(math.degrees(raw.FPDFText_GetCharAngle(textpage.raw, index)) / 90) * 90 % 360
            votes[angle] = votes.get(angle, 0) + 1
    return max(votes, key=votes.get) if votes else 0


def turned_point(x: float, y: float, turn: int, width: float, height: float) -> tuple[float, float]:
    """A point of the page (from the bottom left, y up) on the page turned clockwise by ``turn`` degrees."""
    if turn == 90:
        return y, width - x
    if turn == 180:
        return width - x, height - y
    if turn == 270:
        return height - y, x
    return x, y


def page_words(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, turn: int = 0) -> tuple[list[Word], bool]:
    """Words with boxes in pdfplumber's coordinates (points from the top left) on the page turned
    clockwise by ``turn`` degrees, and whether the text is at other angles (then the caller reads it in
    writing order instead).

    A page has thousands of characters: the pdfium calls are bound to locals and their out-parameters
    made once, which is what keeps this at a few milliseconds a page.
    """
    left, bottom, right, top = page.get_mediabox()
    page_width, page_height = right - left, top - bottom
    height_read = page_width if turn in (90, 270) else page_height
    angle = math.radians((360 - turn) % 360)
    count = textpage.count_chars()
    handle = textpage.raw
    text = _page_text(handle, count)
    is_generated = raw.FPDFText_IsGenerated
    get_loose_box, get_origin, get_size = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetCharOrigin, raw.FPDFText_GetFontSize
    box = raw.FS_RECTF()
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    box_ref, x_ref, y_ref = ctypes.byref(box), ctypes.byref(origin_x), ctypes.byref(origin_y)
    words: list[Word] = []
    chars: list[str] = []
    x0 = y0 = x1 = y1 = 0.0
    last_char, last_x, last_y, last_index = "", 0.0, 0.0, -1
    angled = 0
    gap_hint = False
    for index in range(count):
        char = text[index]
        if char in _SPACES:
            # Only spaces and line breaks are ever guessed by pdfium, so only they need the question.
            if is_generated(handle, index) == 1:
                gap_hint = True  # pdfium guessed a space here; the gap's width decides below
                continue
            if chars:
                words.append(Word("".join(chars), x0, height_read - y1, x1, height_read - y0))
                chars = []
            last_char = ""
            continue
        get_loose_box(handle, index, box_ref)
        get_origin(handle, index, x_ref, y_ref)
        cx0, cy0, cx1, cy1 = box.left - left, box.bottom - bottom, box.right - left, box.top - bottom
        base = origin_y.value - bottom
        if turn:
            (xa, ya), (xb, yb) = (turned_point(cx0, cy0, turn, page_width, page_height),
                                  turned_point(cx1, cy1, turn, page_width, page_height))
            cx0, cx1, cy0, cy1 = min(xa, xb), max(xa, xb), min(ya, yb), max(ya, yb)
            base = turned_point(origin_x.value - left, base, turn, page_width, page_height)[1]
        loose_height = cy1 - cy0
        # Heights from the font size around the baseline, as pdfminer does: loose boxes take the font's
        # ascent and descent, which overlap the next line in tightly set text. A font size far below the
        # box means the size sits in the text matrix (pdfium then reports 1): take it from the box.
        size = get_size(handle, index)
        if not size or size < 0.5 * loose_height:
            size = 0.85 * loose_height
        cy0 = base - 0.2 * size
        cy1 = cy0 + size
        if char == last_char and abs(last_x - cx0) < 1 and abs(last_y - cy0) < 1 \
                and _text_object(handle, last_index) != _text_object(handle, index):
            continue  # fake bold: the same glyph printed again by another text object (a ligature's letters share one)
        previous_index = last_index
        last_char, last_x, last_y, last_index = char, cx0, cy0, index
        if index % 16 == 0 and abs(raw.FPDFText_GetCharAngle(handle, index) - angle) > 0.1:
            angled += 1
        if chars:
            line_height = max(y1 - y0, size, 1.0)
            # A guessed space splits where the gap is a real word space (not kerning, not letter-spacing
            # in a heading); with no space at all, only a wide gap does.
            gap = cx0 - x1
            # Two strings that the writer drew apart are two words even when set close, or overlapping: a
            # table header too wide for its column runs into the next one ("(million t)" | "Containers",
            # "Key sectors" | "Port cargo").
            if abs((cy0 + cy1) - (y0 + y1)) >= line_height or cx0 < x1 - line_height \
                    or gap > (0.1 if gap_hint else 0.35) * size \
                    or (abs(gap) > 0.1 * size or char.isupper() and chars[-1].islower()) \
                    and _text_object(handle, previous_index) != _text_object(handle, index):
                words.append(Word("".join(chars), x0, height_read - y1, x1, height_read - y0))
                chars = []
        gap_hint = False
        if not chars:
            x0, y0, x1, y1 = cx0, cy0, cx1, cy1
        else:
            if cx1 > x1:
                x1 = cx1
            if cy0 < y0:
                y0 = cy0
            if cy1 > y1:
                y1 = cy1
        chars.append(char)
    if chars:
        words.append(Word("".join(chars), x0, height_read - y1, x1, height_read - y0))
    sampled = max(1, count // 16)
    return _without_overprints(words), angled > sampled / 2


# pdfium marks a hyphen at a line end as \x02 (\ufffe in bulk text); other control characters carry no text.
_SURROGATE = re.compile("[\ud800-\udfff]")
_CHAR_FIXES = {i: " " for i in range(32)} | {0x02: "-", 0xFFFE: "-"}


def _page_text(handle, count: int) -> str:
    """The page's characters in one call, one per character index (a call per character costs more than
    all the geometry)."""
    buffer = ctypes.create_string_buffer(2 * (count + 1))
    raw.FPDFText_GetText(handle, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    text = buffer.raw[:2 * count].decode("utf-16-le", errors="surrogatepass")
    if len(text) != count or _SURROGATE.search(text):
        # Surrogate pairs would shift the indexes: ask character by character instead.
        text = "".join(chr(raw.FPDFText_GetUnicode(handle, i) or 32) for i in range(count))
    return text.translate(_CHAR_FIXES)


def _text_object(handle, index: int) -> int | None:
    return ctypes.cast(raw.FPDFText_GetTextObject(handle, index), ctypes.c_void_p).value


def _without_overprints(words: list[Word]) -> list[Word]:
    """Fake bold that prints a whole line again, shifted by a fraction of a point: keep the first copy."""
    seen: dict[tuple[str, int], list[float]] = {}
    kept = []
    for word in words:
        xs = seen.setdefault((word.text, round(word.top)), [])
        if not any(abs(x - word.x0) < 1.5 for x in xs):
            kept.append(word)
        xs.append(word.x0)
    return kept
