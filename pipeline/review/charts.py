"""Charts of the reviewed datasets, drawn on the server as inline SVG (no script, nothing fetched).

Each chart comes with its numbers, so the page can show them as a table too.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from markupsafe import Markup

from pipeline.review.svg import PALETTE, el, nice_max, short, svg

YEAR = re.compile(r"^(1[89]|20)\d\d$")


@dataclass
class Chart:
    title: str
    svg: Markup
    columns: tuple[str, ...]
    rows: list[tuple]
    note: str = ""


def cities_per_country(cities: list[dict], country_name, top: int = 15) -> Chart:
    """Distinct cities per country, over all documents."""
    per_country: dict[str, set[int]] = defaultdict(set)
    for row in cities:
        per_country[row["country_code"]].add(row["geonames_id"])
    counts = Counter({code: len(ids) for code, ids in per_country.items()})
    items = [(country_name(code), n) for code, n in counts.most_common(top)]
    title = "Cities per country"
    return Chart(title, bar_chart(items, title, "distinct cities"), ("country", "cities"), items,
                 f"the {top} countries with the most cities" if len(counts) > top else "")


def top_industries(industries: list[dict], top: int = 15) -> Chart:
    """Industries by the number of (document, city) records that name them."""
    counts = Counter(row["industry"] for row in industries)
    items = counts.most_common(top)
    title = "Top industries"
    return Chart(title, bar_chart(items, title, "records (document, city)"), ("industry", "records"), items)


def throughput_by_year(port_metrics: list[dict], top: int = 8) -> list[Chart]:
    """Stated throughput per port and year, one chart per unit; where documents differ, the highest figure."""
    values: dict[str, dict[str, dict[int, float]]] = defaultdict(lambda: defaultdict(dict))
    for row in port_metrics:
        period = str(row.get("period") or "")
        if row["metric"] != "throughput" or not row.get("value") or not YEAR.match(period):
            continue
        series = values[row["unit"]][row["port"]]
        year = int(period)
        series[year] = max(series.get(year, 0), row["value"])
    charts = []
    for unit in sorted(values, key=lambda u: (u != "TEU", u != "t", u)):
        ports = sorted(values[unit].items(), key=lambda kv: -max(kv[1].values()))[:top]
        title = f"Port throughput by year ({unit})"
        rows = [(port, year, value) for port, series in ports for year, value in sorted(series.items())]
        charts.append(Chart(title, line_chart(dict(ports), title, unit), ("port", "year", unit), rows,
                            "where documents state different figures for a year, the highest is drawn"))
    return charts


def bar_chart(items: list[tuple[str, float]], title: str, what: str) -> Markup:
    width, label_w, row_h, top = 640, 200, 24, 28
    height = top + row_h * max(len(items), 1) + 12
    end = nice_max(max((v for _, v in items), default=1))
    scale = (width - label_w - 60) / end
    body = [el("text", what, x=label_w, y=16, class_="axis-note")]
    if not items:
        body.append(el("text", "no data yet", x=label_w, y=top + 16, class_="empty"))
    for i, (label, value) in enumerate(items):
        y = top + i * row_h
        body += [
            el("text", label if len(label) <= 28 else label[:27] + "…", x=label_w - 8, y=y + 16,
               text_anchor="end", class_="label"),
            el("rect", el("title", f"{label}: {value:g}"), x=label_w, y=y + 3, width=max(value * scale, 1.0),
               height=row_h - 6, fill=PALETTE[0], rx=2),
            el("text", f"{value:g}", x=label_w + value * scale + 6, y=y + 16, class_="value"),
        ]
    return svg(width, height, title, body, desc=f"{title}: " + ", ".join(f"{label} {value:g}" for label, value in items))


def line_chart(series: dict[str, dict[int, float]], title: str, unit: str) -> Markup:
    width, height, left, right, top, bottom = 640, 330, 64, 190, 30, 36
    years = sorted({y for points in series.values() for y in points})
    if not years:
        return svg(width, 80, title, [el("text", "no data yet", x=left, y=40, class_="empty")])
    y_end = nice_max(max(v for points in series.values() for v in points.values()))
    span = max(years[-1] - years[0], 1)
    plot_w, plot_h = width - left - right, height - top - bottom

    def x(year: int) -> float:
        return left + (plot_w / 2 if len(years) == 1 else (year - years[0]) / span * plot_w)

    def y(value: float) -> float:
        return top + plot_h - value / y_end * plot_h

    body = []
    for i in range(5):  # horizontal grid with values
        value = y_end * i / 4
        body += [el("line", x1=left, x2=left + plot_w, y1=y(value), y2=y(value), class_="grid"),
                 el("text", short(value), x=left - 6, y=y(value) + 4, text_anchor="end", class_="tick")]
    for year in years:
        body.append(el("text", str(year), x=x(year), y=height - bottom + 18, text_anchor="middle", class_="tick"))
    body.append(el("text", unit, x=left - 6, y=top - 14, text_anchor="end", class_="axis-note"))
    for i, (port, points) in enumerate(series.items()):
        color = PALETTE[i % len(PALETTE)]
        ordered = sorted(points.items())
        if len(ordered) > 1:
            body.append(el("polyline", points=" ".join(f"{x(a):.1f},{y(b):.1f}" for a, b in ordered),
                           fill="none", stroke=color, stroke_width=2))
        for year, value in ordered:
            body.append(el("circle", el("title", f"{port}, {year}: {value:,.0f} {unit}"),
                           cx=x(year), cy=y(value), r=4, fill=color))
        legend_y = top + 8 + i * 20
        body += [el("rect", x=width - right + 14, y=legend_y - 9, width=12, height=12, fill=color),
                 el("text", port if len(port) <= 24 else port[:23] + "…", x=width - right + 32, y=legend_y + 2,
                    class_="label")]
    return svg(width, height, title, body,
               desc=f"{title}: " + "; ".join(f"{port} " + ", ".join(f"{yr} {short(v)}" for yr, v in sorted(p.items()))
                                            for port, p in series.items()))
