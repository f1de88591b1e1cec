"""A few lines of SVG building, every text and attribute escaped: labels come from documents and reviewers."""

from __future__ import annotations

from markupsafe import Markup, escape

# Okabe-Ito: told apart by people with any common colour-vision deficiency.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#8C6D00", "#000000")


def el(tag: str, content: str | Markup | list | None = None, **attrs) -> Markup:
    """``<tag a="v">content</tag>``; attribute names use ``_`` for ``-`` (``font_size``), ``class_`` for ``class``."""
    parts = [tag]
    for name, value in attrs.items():
        if value is None:
            continue
        name = name.rstrip("_").replace("_", "-")
        if isinstance(value, float):
            value = f"{value:.1f}"
        parts.append(f'{name}="{escape(value)}"')
    if content is None:
        return Markup(f"<{' '.join(parts)}/>")
    if isinstance(content, list):
        content = Markup("").join(content)
    return Markup(f"<{' '.join(parts)}>{escape(content)}</{tag}>")


def svg(width: int, height: int, title: str, body: list, desc: str = "", **attrs) -> Markup:
    """A scalable, labelled figure: screen readers read its title and description."""
    return el("svg", [el("title", title), el("desc", desc) if desc else Markup(""), *body],
              xmlns="http://www.w3.org/2000/svg", viewBox=f"0 0 {width} {height}", role="img",
              class_="chart", **attrs)


def short(value: float) -> str:
    """12500000 -> 12.5M: axis labels that fit."""
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= limit:
            return f"{value / limit:.3g}{suffix}"
    return f"{value:.3g}"


def nice_max(value: float) -> float:
    """The axis end: 1, 2, 2.5 or 5 times a power of ten, at or above ``value``."""
    if value <= 0:
        return 1.0
    power = 10 ** (len(str(int(value))) - 1) if value >= 1 else 1.0
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power
