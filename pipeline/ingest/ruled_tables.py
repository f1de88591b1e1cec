"""Ruled tables of a PDF page from pdfium's drawing, found by pdfplumber's own table algorithm.

pdfplumber finds a table from the page's lines and boxes (its "lines" strategy), but to get those
it parses the whole page in Python first: about 140 ms a page here, most of the cost of a PDF.
pdfium gives the same path objects in C. This module turns them into the edges pdfplumber would
see and hands them to ``pdfplumber.table.TableFinder`` unchanged, so snapping, joining and cell
finding stay pdfplumber's; the cells' text comes from the words pdfium already read.
"""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from pdfplumber.table import TableFinder

from pipeline.ingest.pagelayout import Word
from pipeline.ingest.pdfium_text import turned_point

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# pdfminer keeps a straight segment as horizontal or vertical only when it is exactly so; PDF writers
# round coordinates, so a hundredth of a point is allowed here.
STRAIGHT = 0.01


class _Drawing:
    """The two attributes of a pdfplumber page that TableFinder reads under the "lines" strategy."""

    def __init__(self, edges: list[dict], bbox: tuple[float, float, float, float]) -> None:
        self.edges = edges
        self.bbox = bbox


def find_tables(page: pdfium.PdfPage, words: list[Word], turn: int = 0) -> list:
    """Tables of at least two rows and two columns: (bbox, rows with a ``bbox``, cell texts per row),
    the shape that pdfplumber's ``find_tables`` gives, with cells read from ``words`` (which are on the
    page turned clockwise by ``turn`` degrees, as ``page_words`` gives them)."""
    frame = Frame(*page.get_mediabox(), turn)
    edges = page_edges(page, frame)
    if not edges:
        return []
    tables = []
    for table in TableFinder(_Drawing(edges, (0.0, 0.0, frame.width_read, frame.height_read))).tables:
        row_objects = table.rows
        rows = [[_cell_text(cell, words) if cell is not None else None for cell in row.cells]
                for row in row_objects]
        kept = [(obj, r) for obj, r in zip(row_objects, rows) if any(c for c in r)]
        if len(kept) >= 2 and max(len(r) for _, r in kept) >= 2:
            tables.append((table.bbox, [obj for obj, _ in kept], [r for _, r in kept]))
    return tables


def _cell_text(cell: tuple[float, float, float, float], words: list[Word]) -> str:
    """Words whose middle lies in the cell (pdfplumber's rule for characters), line by line."""
    x0, top, x1, bottom = cell
    inside = [w for w in words
              if x0 <= (w.x0 + w.x1) / 2 < x1 and top <= (w.top + w.bottom) / 2 < bottom]
    inside.sort(key=lambda w: (round(w.top / 3), w.x0))
    return " ".join(w.text for w in inside)


class Frame:
    """The page's media box, and the turn under which its words are read."""

    def __init__(self, left: float, bottom: float, right: float, top: float, turn: int) -> None:
        self.left, self.bottom, self.turn = left, bottom, turn
        self.width, self.height = right - left, top - bottom
        self.width_read, self.height_read = ((self.height, self.width) if turn in (90, 270)
                                             else (self.width, self.height))

    def place(self, x: float, y: float) -> tuple[float, float]:
        """A point in PDF space, in pdfplumber's coordinates on the turned page."""
        x, y = turned_point(x - self.left, y - self.bottom, self.turn, self.width, self.height)
        return x, self.height_read - y


def page_edges(page: pdfium.PdfPage, frame: Frame) -> list[dict]:
    """Horizontal and vertical edges of the page's lines, boxes and paths, in pdfplumber's coordinates
    (points from the top left), split the way pdfminer splits a path into lines, rects and curves."""
    edges: list[dict] = []
    _collect(raw.FPDFPage_CountObjects(page.raw), lambda i: raw.FPDFPage_GetObject(page.raw, i),
             IDENTITY, frame, edges, depth=0)
    return edges


def _collect(count: int, get, outer: Matrix, frame: Frame, edges: list[dict], depth: int) -> None:
    matrix = raw.FS_MATRIX()
    for index in range(count):
        obj = get(index)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM):
            continue
        raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix))
        local = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
        if kind == raw.FPDF_PAGEOBJ_FORM:
            if depth < 4:
                _collect(raw.FPDFFormObj_CountObjects(obj), lambda i, form=obj: raw.FPDFFormObj_GetObject(form, i),
                         local, frame, edges, depth + 1)
            continue
        for points in _subpaths(obj, local):
            edges.extend(_edges_of([frame.place(x, y) for x, y in points]))


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _subpaths(obj, m: Matrix) -> list[list[tuple[float, float]]]:
    """The path's points in page space, one list per subpath (a move starts a new one)."""
    x, y = ctypes.c_float(), ctypes.c_float()
    a, b, c, d, e, f = m
    paths: list[list[tuple[float, float]]] = []
    for index in range(raw.FPDFPath_CountSegments(obj)):
        segment = raw.FPDFPath_GetPathSegment(obj, index)
        raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if raw.FPDFPathSegment_GetType(segment) == raw.FPDF_SEGMENT_MOVETO or not paths:
            paths.append([point])
        else:
            paths[-1].append(point)
        if raw.FPDFPathSegment_GetClose(segment) and paths[-1][0] != point:
            paths[-1].append(paths[-1][0])
    return paths


def _edges_of(points: list[tuple[float, float]]) -> list[dict]:
    edges = []
    for (xa, ya), (xb, yb) in zip(points, points[1:]):
        if abs(ya - yb) <= STRAIGHT:
            orientation = "h"
        elif abs(xa - xb) <= STRAIGHT:
            orientation = "v"
        else:
            continue  # a diagonal or a curve's chord is no table rule
        x0, x1 = sorted((xa, xb))
        y0, y1 = sorted((ya, yb))
        edges.append({"object_type": "curve_edge", "orientation": orientation, "x0": x0, "x1": x1,
                      "top": y0, "bottom": y1, "width": x1 - x0, "height": y1 - y0})
    return edges
