"""Plain text and Markdown: decode whatever encoding the file came in, normalise line ends."""

from __future__ import annotations

import codecs
import re
from collections import Counter

from pipeline.errors import DocumentReadError
from pipeline.ingest import ExtractedText


def decode_bytes(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16 (with BOM); else Windows-1252, which never fails."""
    # A UTF-16 byte-order mark wins; a Windows-1252 file that merely begins with "ÿþ" is told apart only
    # when its bytes cannot be UTF-16 (an odd count, a lone surrogate), since any even run of bytes can.
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def read_plain_text(data: bytes) -> ExtractedText:
    text = normalise_newlines(decode_bytes(data))
    if not text.strip():
        raise DocumentReadError("empty document: the file holds no text")
    return ExtractedText(text=aligned_table_rows(text))


# A cell of a table set with spaces: words joined by single spaces (or a no-break space); two spaces or a
# tab end it.
_CELL = re.compile(r"\S+(?:[ \u00a0\u202f]\S+)*")
# "------------", "====  =====": a rule drawn with characters above, inside or below such a table
_RULE = re.compile(r"\s*[-=_]{3,}[-=_+ ]*")


def aligned_table_rows(text: str) -> str:
    """A table set with spaces in a plain-text file becomes ``cell | cell`` rows, as the other readers write
    tables; prose, whose double spaces fall anywhere, is left as it is.

    A run of lines with two or more cells (rules drawn with dashes may stand between them) is a table when
    it has three such lines and, leaving its first line (the header) aside, each column of its rows starts
    or ends at the same place: left- or right-aligned. The rules are dropped; a line with fewer cells (the
    second line of a header) keeps its cells in the columns they stand under."""
    lines = text.split("\n")
    # a line that already has its cells set off with bars is left to the table reader as it is
    cells = [[(m.start(), m.end()) for m in _CELL.finditer(line)] if "|" not in line else [] for line in lines]
    rule = [bool(_RULE.fullmatch(line)) for line in lines]
    out, i = [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and (len(cells[j]) >= 2 or rule[j]):
            j += 1
        rows = [k for k in range(i, j) if not rule[k]]
        columns = _columns([cells[k] for k in rows]) if len(rows) >= 3 else None
        if columns is None:
            out.append(lines[i])
            i += 1
            continue
        # a header line with a cell per column says best where a second header line's cells belong
        header = cells[rows[0]]
        anchors = header if len(header) == len(columns) else columns
        for k in rows:
            out.append(" | ".join(_placed(lines[k], cells[k], anchors)))
        i = j
    return "\n".join(out)


def _columns(rows: list[list[tuple[int, int]]]) -> list[tuple[int, int]] | None:
    """Where each column starts and ends in the rows with the most common number of cells, if they line up."""
    width = Counter(len(row) for row in rows).most_common(1)[0][0]
    body = [row for row in rows[1:] if len(row) == width]
    if width < 2 or len(body) < 2:
        return None
    for column in range(1, width):
        starts = [row[column][0] for row in body]
        ends = [row[column][1] for row in body]
        if max(starts) - min(starts) > 1 and max(ends) - min(ends) > 1:
            return None
    return [(min(row[c][0] for row in body), max(row[c][1] for row in body)) for c in range(width)]


def _placed(line: str, cells: list[tuple[int, int]], columns: list[tuple[int, int]]) -> list[str]:
    if len(cells) == len(columns):
        return [line[a:b] for a, b in cells]
    placed = [""] * len(columns)
    for a, b in cells:
        # the column whose start or end is nearest the cell's
        best = min(range(len(columns)), key=lambda c: min(abs(a - columns[c][0]), abs(b - columns[c][1])))
        placed[best] = (placed[best] + " " + line[a:b]).strip()
    return placed
