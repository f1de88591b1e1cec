"""The document's text as HTML with every fact marked, in the manner of spaCy's displaCy.

Spans may nest (a partnership around its two cities) and may cross; a crossing span is cut in
two so the HTML stays well formed, and its label is shown once, after its last piece. All text
goes through ``markupsafe.escape``: document text is data, never markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

LABELS = {"cities": "CITY", "industries": "INDUSTRY", "port_metrics": "PORT", "partnerships": "PARTNERS"}


@dataclass
class Span:
    start: int
    end: int
    table: str
    ref: str
    status: str
    title: str
    first: bool = True
    last: bool = True
    children: list[Span] = field(default_factory=list)


def spans_of(tables: dict[str, list[dict]], text_length: int, describe) -> list[Span]:
    """One span per record whose offsets lie in the text; ``describe(table, row)`` gives its tooltip."""
    spans = []
    for table, rows in tables.items():
        for row in rows:
            start, end = row.get("start_char"), row.get("end_char")
            if start is None or end is None or not 0 <= start < end <= text_length:
                continue
            spans.append(Span(start, end, table, row["_ref"], row["review_status"], describe(table, row)))
    return spans


def _nest(spans: list[Span]) -> list[Span]:
    """A forest of spans, each inside its parent; crossing spans are cut at the parent's end."""
    todo = sorted(spans, key=lambda s: (s.start, -s.end))
    roots: list[Span] = []
    stack: list[Span] = []
    i = 0
    while i < len(todo):
        span = todo[i]
        i += 1
        while stack and stack[-1].end <= span.start:
            stack.pop()
        if stack and span.end > stack[-1].end:
            cut = stack[-1].end
            rest = Span(cut, span.end, span.table, span.ref, span.status, span.title, first=False, last=span.last)
            span.end, span.last = cut, False
            # keep the remaining piece in order for later
            j = i
            while j < len(todo) and (todo[j].start, -todo[j].end) <= (rest.start, -rest.end):
                j += 1
            todo.insert(j, rest)
        (stack[-1].children if stack else roots).append(span)
        stack.append(span)
    return roots


def render(text: str, spans: list[Span]) -> Markup:
    """HTML of the text; plain runs carry ``data-o`` (their offset) so a selection can be mapped back."""
    out: list[str] = []

    def plain(start: int, end: int) -> None:
        if end > start:
            out.append(f'<span data-o="{start}">{escape(text[start:end])}</span>')

    def emit(nodes: list[Span], start: int, end: int) -> None:
        position = start
        for node in nodes:
            plain(position, node.start)
            ident = f' id="t-{node.ref}"' if node.first else ""
            out.append(f'<mark class="ent ent-{node.table} st-{node.status}"{ident} title="{escape(node.title)}">')
            emit(node.children, node.start, node.end)
            if node.last:
                out.append(f'<a class="ent-label" href="#r-{node.ref}" data-skip="1">{LABELS[node.table]}</a>')
            out.append("</mark>")
            position = node.end
        plain(position, end)

    emit(_nest(spans), 0, len(text))
    return Markup("".join(out))
