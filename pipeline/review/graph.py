"""The partnerships as a graph: cities as nodes, partnerships as edges, laid out on the server.

Partnership data falls apart into many small groups (pairs of twinned cities) and a few hubs.
Each connected group gets a force-directed layout (Fruchterman-Reingold, from a seeded start, so
the same data always gives the same picture) in a cell of its own, and the cells are packed in
rows, biggest group first: no group hides another, and hubs stand out.
"""

from __future__ import annotations

import math
from collections import defaultdict

import numpy as np
from markupsafe import Markup

from pipeline.review.svg import PALETTE, el, svg

KIND_COLORS = {"city": PALETTE[0], "port": PALETTE[2]}
MAX_NODES = 400
WIDTH, GAP, LEGEND = 960, 12, 36
LABEL_ROOM = 110  # room right of a cell's nodes for the city names


def layout(n: int, edges: list[tuple[int, int]], iterations: int = 250) -> np.ndarray:
    """Positions in the unit square for the ``n`` nodes of one connected group."""
    if n <= 2:
        return np.array([[0.0, 0.5], [1.0, 0.5]][:n])
    pos = np.random.default_rng(n).random((n, 2))
    k = math.sqrt(1.0 / n)
    adjacency = np.zeros((n, n))
    for a, b in edges:
        adjacency[a, b] = adjacency[b, a] = 1
    temperature = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        distance = np.maximum(np.linalg.norm(delta, axis=-1), 0.01)
        force = k * k / distance - adjacency * distance * distance / k  # repulsion; attraction along edges
        np.fill_diagonal(force, 0)
        shift = (delta / distance[..., None] * force[..., None]).sum(axis=1)
        length = np.maximum(np.linalg.norm(shift, axis=1), 1e-9)
        pos += shift / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature *= 0.98
    low, high = pos.min(axis=0), pos.max(axis=0)
    return (pos - low) / np.maximum(high - low, 1e-9)


def components(n: int, edges: list[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in edges:
        parent[root(a)] = root(b)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[root(i)].append(i)
    return list(groups.values())


def _cells(groups: list[list[int]]) -> tuple[list[tuple[float, float, float, float]], float]:
    """(x, y, width, height) of each group's cell, packed in rows; and the total height."""
    cells, x, y, row = [], 0.0, float(LEGEND), 0.0
    for group in groups:
        m = len(group)
        w = min(WIDTH, 90 * math.sqrt(m) + LABEL_ROOM + (60 if m > 2 else 0))
        h = 44.0 if m <= 2 else max(120.0, (w - LABEL_ROOM) * 0.8)
        if x + w > WIDTH:
            x, y, row = 0.0, y + row + GAP, 0.0
        cells.append((x, y, w, h))
        x += w + GAP
        row = max(row, h)
    return cells, y + row + GAP


def partnership_graph(partnerships: list[dict]) -> tuple[Markup, list[dict]]:
    """(SVG, edges with their document counts): each pair and kind once, however many documents state it."""
    names: dict[int, str] = {}
    edges: dict[tuple[int, int, str], dict] = {}
    for row in partnerships:
        a, b = row["city_a_geonames_id"], row["city_b_geonames_id"]
        names.setdefault(a, row["city_a"])
        names.setdefault(b, row["city_b"])
        key = (min(a, b), max(a, b), row["kind"])
        edge = edges.setdefault(key, {"a": names[key[0]], "b": names[key[1]], "kind": row["kind"],
                                      "since": row.get("since"), "documents": set()})
        edge["documents"].add(row["doc_id"])
        if row.get("since") and not edge["since"]:
            edge["since"] = row["since"]
    degree: dict[int, int] = defaultdict(int)
    for a, b, _ in edges:
        degree[a] += 1
        degree[b] += 1
    nodes = sorted(degree, key=lambda i: (-degree[i], names[i]))[:MAX_NODES]
    index = {gid: i for i, gid in enumerate(nodes)}
    pairs = [(index[a], index[b]) for a, b, _ in edges if a in index and b in index]
    groups = sorted(components(len(nodes), pairs), key=lambda g: (-len(g), names[nodes[min(g)]]))
    cells, height = _cells(groups)
    xy: dict[int, tuple[float, float]] = {}
    for group, (x, y, w, h) in zip(groups, cells):
        local = {node: i for i, node in enumerate(group)}
        pos = layout(len(group), [(local[a], local[b]) for a, b in pairs if a in local])
        for node, (px, py) in zip(group, pos):
            xy[nodes[node]] = (x + 10 + px * (w - LABEL_ROOM - 10), y + 12 + py * (h - 24))
    body = [el("line", x1=4, y1=14, x2=34, y2=14, stroke=KIND_COLORS["city"], stroke_width=3),
            el("text", "city partnership", x=40, y=18, class_="label"),
            el("line", x1=170, y1=14, x2=200, y2=14, stroke=KIND_COLORS["port"], stroke_width=3),
            el("text", "port partnership", x=206, y=18, class_="label")]
    for (a, b, kind), edge in edges.items():
        if a not in xy or b not in xy:
            continue
        since = f" since {edge['since']}" if edge["since"] else ""
        label = f"{edge['a']} – {edge['b']}: {kind} partnership{since} ({len(edge['documents'])} document(s))"
        (x1, y1), (x2, y2) = xy[a], xy[b]
        if (a, b, "city") in edges and (a, b, "port") in edges:  # both kinds for one pair: draw them apart
            length = max(math.hypot(x2 - x1, y2 - y1), 1e-9)
            side = 2.5 if kind == "port" else -2.5
            dx, dy = -(y2 - y1) / length * side, (x2 - x1) / length * side
            x1, y1, x2, y2 = x1 + dx, y1 + dy, x2 + dx, y2 + dy
        body.append(el("line", el("title", label), x1=x1, y1=y1, x2=x2, y2=y2, stroke=KIND_COLORS[kind],
                       stroke_width=1.5 + min(len(edge["documents"]), 4), class_=f"edge edge-{kind}"))
    for gid in nodes:
        x, y = xy[gid]
        radius = 3.5 + min(degree[gid], 8)
        body += [el("circle", el("title", f"{names[gid]}: {degree[gid]} partnership(s)"), cx=x, cy=y, r=radius,
                    class_="node"),
                 el("text", names[gid], x=x + radius + 3, y=y + 4, class_="node-label")]
    title = "Partnerships between cities"
    figure = svg(WIDTH, int(height), title, body,
                 desc=f"{len(nodes)} cities and {len(edges)} partnerships in {len(groups)} groups; "
                      "a thicker line is stated by more documents")
    listing = sorted(({**e, "documents": len(e["documents"])} for e in edges.values()),
                     key=lambda e: (e["a"], e["b"], e["kind"]))
    return figure, listing
