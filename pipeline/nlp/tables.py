"""Facts in tables. Port figures: one fact per cell, the period from the column (or row) header, the unit
and scale from the header or the caption above the table (``Container throughput in million TEU``).
Sectors: a column headed like ``Schwerpunktbranchen`` or ``Main sectors`` says what each row's town lives from.

Readers write table rows as ``cell | cell | cell`` lines; this module reads them back from the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.nlp.numbers import NUMBER_PATTERN, SCALE_PATTERN, scale_factor, scaled
from pipeline.nlp.units import normalise

YEAR = re.compile(r"^(?:19|20)\d\d$")
NUMBER_CELL = re.compile(rf"^(?:ca\.\s*|approx\.\s*|rund\s*)?({NUMBER_PATTERN})$", re.I)
# Most specific first: "Container throughput in TEU" is a TEU figure, not a count of boxes.
UNIT_WORDS = [re.compile(r"\b(TEU|FEU)s?\b"), re.compile(r"\b(tonnes|tons|Tonnen|metric tons|kt|Mt|t)\b"),
              re.compile(r"\b(containers|Container|boxes)\b")]
SCALE_WORDS = re.compile(rf"(?<![\w.]){SCALE_PATTERN}(?![\w])|\b1[.,]000\b", re.I)
CAPACITY_WORDS = re.compile(r"capacit|kapazit", re.I)
PER_YEAR = re.compile(r"\b(?:per year|a year|per annum|p\.\s?a\.|annual|pro Jahr|jährlich)", re.I)
CAPTION_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A column of port figures whose unit only the caption gives.
MEASURE_WORDS = re.compile(r"tonnage|throughput|volume|cargo|handled|Umschlag|Güter|Menge|Fracht|Container", re.I)


@dataclass
class Cell:
    text: str
    start: int
    end: int


@dataclass
class TableFigure:
    start: int
    end: int
    value: float
    unit: str
    period: str | None
    metric: str
    row_label: Cell
    caption: tuple[int, int] | None = None  # character bounds of the caption line above the table
    label_only: bool = False  # the row's label must name the port: a "Total" row belongs to no city
    # a line above a "Total" row ("Getreide | 412.000" above "Gesamt | 1.340.000"): a share of the port's
    # throughput, which counts only where the line names a port of its own
    breakdown: bool = False
    table: int = 0  # where the table starts: which figures share a table


TOTAL_ROW = re.compile(r"\s*(?:Gesamt\w*|Insgesamt|Summe|Total|Overall|All\s+(?:cargo|goods)|Grand\s+total)\b", re.I)


# The city linker, the industry matcher and the port extractor each read the tables of the same text.
@lru_cache(maxsize=8)
def table_rows(text: str) -> list[list[list[Cell]]]:
    """Runs of consecutive ``a | b | c`` lines, each row a list of cells with their offsets (shared: do not
    change them)."""
    tables, current, pos = [], [], 0
    for line in text.split("\n"):
        if " | " in line:
            cells, offset = [], pos
            for part in line.split(" | "):
                stripped = part.strip()
                lead = len(part) - len(part.lstrip())
                cells.append(Cell(stripped, offset + lead, offset + lead + len(stripped)))
                offset += len(part) + 3
            current.append(cells)
        elif current:
            tables.append(current)
            current = []
        pos += len(line) + 1
    if current:
        tables.append(current)
    return [t for t in tables if len(t) >= 2]


# "Main sectors served", "Schwerpunktbranchen", "Leading local industries", "Schwerpunktgewerke"
SECTOR_HEADER = re.compile(r"sector|industr|branche|gewerke|wirtschaftsschwerpunkt|schwerpunkte?$|activities", re.I)
# "Schwerpunkte der Zusammenarbeit", "Current focus of exchange", "Main cargo": what partners do or ports move
NOT_SECTOR_HEADER = re.compile(r"zusammenarbeit|cooperation|exchange|austausch|partner|cargo|güter|goods|fracht", re.I)


def sector_rows(text: str) -> list[tuple[list[Cell], Cell]]:
    """Rows of tables that have one column of sectors: the row's other cells, and its sector cell."""
    out = []
    for rows in table_rows(text):
        header, rows = _header_on_two_lines(rows)
        columns = [i for i, c in enumerate(header) if SECTOR_HEADER.search(c.text) and not NOT_SECTOR_HEADER.search(c.text)]
        if len(columns) != 1:
            continue
        i = columns[0]
        for row in rows[1:]:
            if len(row) == len(header) and row[i].text.strip("–—- "):
                out.append(([c for j, c in enumerate(row) if j != i], row[i]))
    return out


def not_sector_cells(text: str) -> list[tuple[int, int]]:
    """Bounds of the cells under a header of what partners work on or ports move ("Main cargo"): whatever
    industry words they hold are not the row's town's industries."""
    out = []
    for rows in table_rows(text):
        header, rows = _header_on_two_lines(rows)
        columns = [i for i, c in enumerate(header) if NOT_SECTOR_HEADER.search(c.text)]
        out.extend((row[i].start, row[i].end) for row in rows[1:] for i in columns if i < len(row))
    return out


def table_figures(text: str, lang: str) -> list[TableFigure]:
    out: list[TableFigure] = []
    for rows in table_rows(text):
        header = rows[0]
        table_start = header[0].start
        above = text[:header[0].start].rstrip()
        header, rows = _header_on_two_lines(rows)
        caption_start = above.rfind("\n") + 1  # the line right above the table
        caption = above[caption_start:]
        caption_bounds = (caption_start, len(above)) if caption.strip() else None
        context = caption + " " + " ".join(c.text for c in header)
        metric = "capacity" if CAPACITY_WORDS.search(context) else "throughput"
        year_columns = {i: c.text for i, c in enumerate(header) if YEAR.match(c.text)}
        if year_columns:  # years across: one row per port or metric
            unit, scale = _unit_and_scale(context)
            last_total = max((k for k, row in enumerate(rows) if k and TOTAL_ROW.match(row[0].text)), default=0)
            for k, row in enumerate(rows[1:], start=1):
                row_unit, row_scale = _unit_and_scale(row[0].text)
                for i, period in year_columns.items():
                    figure = _figure(row, i, row_unit or unit, row_scale if row_unit else scale, period, metric,
                                     lang)
                    if figure:
                        figure.caption = caption_bounds
                        figure.breakdown = k < last_total
                        figure.table = table_start
                        out.append(figure)
        elif all(YEAR.match(r[0].text) for r in rows[1:]):  # years down: one column per unit
            # "Year | Freight | Mail | Total": the other columns are parts of the total
            totals = [i for i in range(1, len(header)) if TOTAL_ROW.match(header[i].text)]
            for row in rows[1:]:
                for i in totals or range(1, len(header)):
                    unit, scale = _unit_and_scale(header[i].text)
                    if unit is None:
                        unit, scale = _unit_and_scale(header[i].text + " " + caption)
                    figure = _figure(row, i, unit, scale, row[0].text,
                                     "capacity" if CAPACITY_WORDS.search(header[i].text) else metric, lang)
                    if figure:
                        figure.caption = caption_bounds
                        out.append(figure)
        else:  # ports down, one column per measure: "Hafen | Umschlag (Mio. t) | Container (Tsd. TEU)"
            years = CAPTION_YEAR.findall(caption)
            for i in range(1, len(header)):
                own_years = CAPTION_YEAR.findall(header[i].text)  # "Throughput 2023 (million t)"
                period = own_years[-1] if own_years else "annual" if PER_YEAR.search(header[i].text) \
                    else years[-1] if years else None
                unit, scale = _unit_and_scale(header[i].text)
                if unit is None and (MEASURE_WORDS.search(header[i].text) or CAPACITY_WORDS.search(header[i].text)):
                    unit, scale = _unit_and_scale(caption)  # "Port tonnage" under "(2023, million t)"
                if unit is None:
                    continue
                column_metric = _column_metric(header[i].text, metric)
                for row in rows[1:]:
                    figure = _figure(row, i, unit, scale, period, column_metric, lang)
                    if figure:
                        figure.label_only = True
                        out.append(figure)
    return out


def _column_metric(header: str, table_metric: str) -> str:
    """A column's own header decides: under "Cargo handled and rated capacity", "Cargo 2023" is throughput and
    "Capacity per year" capacity; a header that names neither takes the caption's measure."""
    if CAPACITY_WORDS.search(header):
        return "capacity"
    return "throughput" if MEASURE_WORDS.search(header) else table_metric


def _header_on_two_lines(rows: list[list[Cell]]) -> tuple[list[Cell], list[list[Cell]]]:
    """The header and the data rows. A header set on two lines comes as two rows: the measures above
    ("Throughput 2023 | Containers 2023"), the row labels and units below ("Port | (million t) | ('000 TEU)
    | Key industries"); the measures stand over the columns whose cell below is a bare unit."""
    top = rows[0]
    if len(rows) > 2 and len(top) < len(rows[1]):
        below = rows[1]
        unit_columns = [i for i, c in enumerate(below) if re.fullmatch(r"\(.*\)", c.text)]
        if len(unit_columns) == len(top) and not any(NUMBER_CELL.match(c.text) for c in below[1:]):
            merged = list(below)
            for cell, i in zip(top, unit_columns):
                merged[i] = Cell(f"{cell.text} {below[i].text}", below[i].start, below[i].end)
            return merged, [merged] + rows[2:]
    if len(rows) > 3 and len(top) == len(rows[1]) and not rows[1][0].text and \
            not any(NUMBER_CELL.match(c.text) for c in rows[1][1:]):
        # "Hafen | Umschlag 2023 | Veränderung" over " | (1.000 t) | ggü. 2022 (%)": each column's two lines
        merged = [Cell(f"{a.text} {b.text}".strip(), a.start, a.end) for a, b in zip(top, rows[1])]
        return merged, [merged] + rows[2:]
    return top, rows


def _figure(row: list[Cell], i: int, unit: str | None, scale: float, period: str, metric: str,
            lang: str) -> TableFigure | None:
    if unit is None or i >= len(row):
        return None
    m = NUMBER_CELL.match(row[i].text)
    if not m:
        return None
    try:
        value = scaled(m.group(1), scale, lang)
    except ValueError:
        return None
    normalised = normalise(value, unit)
    if normalised is None:
        return None
    return TableFigure(row[i].start, row[i].end, normalised[0], normalised[1], period, metric, row[0])


PRICE = re.compile(r"(?:\b(?:USD|EUR|GBP|CNY|RMB|CHF)\b|[$€£¥])\s*(?:/|per\b|je\b|pro\b)|"
                   r"\b(?:(?:freight|spot|Fracht|Spot)\s*-?\s*rat\w*|Preis\w*|prices?|tariffs?|Tarif\w*|fees?|"
                   r"Gebühr\w*|charges?)\b", re.I)


def _unit_and_scale(text: str) -> tuple[str | None, float]:
    """The unit as written (``TEU``, ``Tonnen``, ``kt``) and the scale (``million`` -> 1e6) in ``text``."""
    if PRICE.search(text):
        return None, 1.0  # "USD/FEU", "Rate (EUR je TEU)": money per box, not boxes
    unit = None
    for pattern in UNIT_WORDS:
        unit_match = pattern.search(text)
        if unit_match:
            unit = unit_match.group(1)
            break
    scale_match = SCALE_WORDS.search(text)
    scale = 1.0
    if re.search(r"['’]000\b", text):
        return unit, 1e3  # "('000 TEU)": thousands
    if scale_match:
        word = scale_match.group(0)
        scale = 1e3 if re.fullmatch(r"1[.,]000", word) else scale_factor(word)
    return unit, scale
