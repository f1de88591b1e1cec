"""Reading order for positioned words: lines, columns, running headers and footers, hyphenation.

Pure geometry on plain tuples, so it is tested without PDFs. ``pdf.py`` feeds it pdfplumber's words.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from statistics import median

BULLETS = "•◦▪‣●○■□–—-*·"
PAGE_NUMBER = re.compile(r"^\W*(?:page|seite|p\.|s\.)?\s*\d{1,4}(?:\s*(?:of|von|/)\s*\d{1,4})?\W*$", re.I)
JOIN_WORDS = frozenset({"und", "oder", "sowie", "bis", "and", "or", "to"})


@dataclass
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class Line:
    words: list[Word]
    top: float = field(init=False)
    bottom: float = field(init=False)

    def __post_init__(self) -> None:
        self.words.sort(key=lambda w: w.x0)
        self.top = min(w.top for w in self.words)
        self.bottom = max(w.bottom for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def height(self) -> float:
        return self.bottom - self.top


def group_lines(words: list[Word]) -> list[Line]:
    """Words whose vertical middles fall within one another's height form a line."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        middle = (word.top + word.bottom) / 2
        for line in reversed(lines[-3:]):
            top = min(w.top for w in line)
            bottom = max(w.bottom for w in line)
            if top <= middle <= bottom:
                line.append(word)
                break
        else:
            lines.append([word])
    return [Line(ws) for ws in lines]


def find_gutters(lines: list[Line], min_width: float = 5.0) -> list[tuple[float, float]]:
    """Vertical white strips that separate text columns, as (x_from, x_to)."""
    if len(lines) < 6:
        return []
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    width = right - left
    if width <= 0:
        return []
    coverage = Counter()
    for line in lines:
        for word in line.words:
            for x in range(int(word.x0), int(word.x1) + 1):
                coverage[x] += 1
    allowed = max(1, len(lines) // 25)  # a few headings may cross a gutter
    gutters, start = [], None
    for x in range(int(left), int(right) + 1):
        if coverage[x] <= allowed:
            start = x if start is None else start
        else:
            if start is not None and x - start >= min_width:
                gutters.append((float(start), float(x)))
            start = None
    out = []
    for g0, g1 in gutters:
        if not (left + 0.15 * width < g0 and g1 < right - 0.15 * width):
            continue
        both = sum(1 for line in lines if line.x0 < g0 and line.x1 > g1)
        on_left = sum(1 for line in lines if any(w.x1 <= g0 for w in line.words))
        on_right = sum(1 for line in lines if any(w.x0 >= g1 for w in line.words))
        # A real gutter has text on both sides down much of the page, not one ragged table column.
        if on_left >= 0.25 * len(lines) and on_right >= 0.25 * len(lines) and both >= 3:
            out.append((g0, g1))
    return out


def reading_order(lines: list[Line], gutters: list[tuple[float, float]]) -> list[list[Line]]:
    """Blocks of lines in reading order: full-width lines in place, columns one after another between them."""
    if not gutters:
        return [sorted(lines, key=lambda l: l.top)]
    edges = [g[0] for g in gutters] + [float("inf")]
    blocks: list[list[Line]] = []
    band: list[list[Line]] = [[] for _ in edges]

    def flush() -> None:
        for column in band:
            if column:
                blocks.append(sorted(column, key=lambda l: l.top))
                column.clear()

    for line in sorted(lines, key=lambda l: l.top):
        crossing = any(w.x0 < g0 - 1 and w.x1 > g1 + 1 for w in line.words for g0, g1 in gutters)
        if crossing:
            flush()
            blocks.append([line])
            continue
        parts: list[list[Word]] = [[] for _ in edges]
        for word in line.words:
            parts[next(i for i, e in enumerate(edges) if word.x1 <= e + 1)].append(word)
        for i, part in enumerate(parts):
            if part:
                band[i].append(Line(part))
    flush()
    return blocks


def furniture_keys(pages: list[list[Line]], heights: list[float], margin: float = 0.08) -> set[str]:
    """Texts of running headers and footers: lines in the top or bottom margin that repeat on most pages."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines, height in zip(pages, heights):
        keys = {_furniture_key(l.text) for l in lines if l.top < margin * height or l.bottom > (1 - margin) * height}
        counts.update(keys)
    need = max(2, (len(pages) + 1) // 2)
    return {key for key, n in counts.items() if n >= need and key.strip("#")}


def is_furniture(line: Line, height: float, keys: set[str], margin: float = 0.08) -> bool:
    in_margin = line.top < margin * height or line.bottom > (1 - margin) * height
    return in_margin and (_furniture_key(line.text) in keys or bool(PAGE_NUMBER.match(line.text)))


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


@dataclass
class Piece:
    """A run of output text and the box on the page it came from (None for inserted separators)."""

    text: str
    box: tuple[float, float, float, float] | None = None


def block_text(block: list[Line]) -> list[Piece]:
    """Lines of one block as pieces: wrapped lines joined with a space, hyphenation repaired
    (``Rot-``/``terdam`` -> ``Rotterdam``, but ``Maschinen-``/``und`` keeps its hyphen), breaks kept."""
    pieces: list[Piece] = []
    heights = [l.height for l in block if l.height > 0]
    line_height = median(heights) if heights else 10.0
    right = max(l.x1 for l in block)
    left = min(l.x0 for l in block)
    starts = table_cells(block)
    rows = [bool(cells) for cells in starts]
    for index, line in enumerate(block):
        if index:
            prev = block[index - 1]
            last, first = prev.words[-1].text, line.words[0].text
            gap = line.top - prev.bottom
            if gap > 0.9 * line_height:
                pieces.append(Piece("\n\n"))
            elif rows[index] or rows[index - 1]:
                pieces.append(Piece("\n"))  # a row of a table drawn without rules stays a line of its own
            elif re.search(r"[a-zäöüß]-$", last) and first[:1].islower() and first.lower() not in JOIN_WORDS:
                pieces[-1] = Piece(pieces[-1].text[:-1], pieces[-1].box)  # drop the hyphen, join the word
            elif first[:1] in BULLETS or prev.x1 < left + 0.7 * (right - left) or last[-1:] in ".:;!?" and \
                    first[:1].isupper() and prev.x1 < left + 0.85 * (right - left):
                pieces.append(Piece("\n"))
            else:
                pieces.append(Piece(" "))
        cells = starts[index]
        for i, word in enumerate(line.words):
            if i:
                pieces.append(Piece(" | " if i in cells else " "))
            pieces.append(Piece(word.text, (word.x0, word.top, word.x1, word.bottom)))
    return pieces


FIGURE = re.compile(r"[-+–]?[\d.,%]+")


def table_cells(block: list[Line]) -> list[set[int]]:
    """For each line, the words that start a new cell.

    A gap of two ems marks a cell on its own (``_cell_starts``). In a run of three or more such rows, a
    narrower gap is a cell boundary too where the words on either side line up with a column edge that most
    other rows share: right-aligned figures and wrapped headers bring cells closer than two ems
    ("Cargo (million t) Boxes (thousand TEU)" over "173.0 | 5,000").
    """
    cells = [_cell_starts(line) for line in block]
    index = 0
    while index < len(block):
        end = index
        while end < len(block) and cells[end]:
            end += 1
        if end - index >= 3:
            run = range(index, end)
            # Where a column starts counts only for text: figures are set flush right, so equal-width figures
            # share a left edge that says nothing about the column.
            edges = {i: ([block[i].words[k - 1].x1 for k in cells[i]],
                         [block[i].words[k].x0 for k in cells[i] if not FIGURE.fullmatch(block[i].words[k].text)])
                     for i in run}
            for i in run:
                others = [edges[j] for j in run if j != i]
                line = block[i]
                for k in range(1, len(line.words)):
                    if k in cells[i]:
                        continue
                    a, b = line.words[k - 1].x1, line.words[k].x0
                    ends = sum(any(abs(a - x) <= 1.5 for x in e) for e, _ in others)
                    begins = sum(any(abs(b - x) <= 1.5 for x in s) for _, s in others)
                    if max(ends, begins) * 2 > len(others):
                        cells[i].add(k)
        index = max(end, index + 1)
    return cells


def _cell_starts(line: Line) -> set[int]:
    """Words that start a new cell: after a gap of two ems or more, which no justified text stretches to
    but columns of a table set without rules leave."""
    em = max(line.height, 1.0)
    return {i for i in range(1, len(line.words)) if line.words[i].x0 - line.words[i - 1].x1 > 2.0 * em}
