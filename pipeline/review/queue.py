"""The review queue: records that break a consistency rule first, then the least confident.

Rules look across the records of one document, where a contradiction shows that at least one of
them is wrong: a port handling more than its stated capacity, or one port given two different
ranks in the same scope.
"""

from __future__ import annotations

from collections import defaultdict


def _port(row: dict) -> tuple:
    return row["doc_id"], row.get("city_geonames_id"), row.get("port_type")


def _amount(value) -> str:
    return f"{value:,.0f}" if isinstance(value, (int, float)) else str(value)


def consistency_issues(port_metrics: list[dict]) -> dict[str, list[str]]:
    """``_ref`` -> the rules a port metric breaks, in words. Rejected records do not count."""
    issues: dict[str, list[str]] = defaultdict(list)
    by_port: dict[tuple, list[dict]] = defaultdict(list)
    for row in port_metrics:
        if row["review_status"] != "rejected":
            by_port[_port(row)].append(row)
    for rows in by_port.values():
        capacities = [r for r in rows if r["metric"] == "capacity" and r.get("value")]
        for throughput in (r for r in rows if r["metric"] == "throughput" and r.get("value")):
            for capacity in capacities:
                if throughput["unit"] == capacity["unit"] and throughput["value"] > capacity["value"]:
                    issues[throughput["_ref"]].append(
                        f"throughput {_amount(throughput['value'])} {throughput['unit']} is above the stated "
                        f"capacity of {_amount(capacity['value'])} {capacity['unit']}")
                    issues[capacity["_ref"]].append(
                        f"capacity {_amount(capacity['value'])} {capacity['unit']} is below a stated throughput "
                        f"of {_amount(throughput['value'])} {throughput['unit']}")
        ranks: dict[str, list[dict]] = defaultdict(list)
        for row in rows:
            if row["metric"] == "rank" and row.get("rank") is not None:
                ranks[(row.get("scope") or "").casefold()].append(row)
        for scope_rows in ranks.values():
            stated = sorted({r["rank"] for r in scope_rows})
            if len(stated) > 1:
                scope = scope_rows[0].get("scope") or "no scope"
                for row in scope_rows:
                    issues[row["_ref"]].append(
                        f"ranked {', '.join(map(str, stated))} at once ({scope}) in this document")
    return dict(issues)


def queue(tables: dict[str, list[dict]], issues: dict[str, list[str]], threshold: float) -> list[dict]:
    """Records still pending, ordered: rule breaks, then below the review threshold, then the rest;
    within each, the least confident first. Items are ``{"table", "row", "issues", "rank"}``."""
    items = []
    for table, rows in tables.items():
        for row in rows:
            if row["review_status"] != "pending":
                continue
            found = issues.get(row["_ref"], [])
            tier = 0 if found else 1 if (row.get("needs_review") or row["confidence"] < threshold) else 2
            items.append({"table": table, "row": row, "issues": found, "tier": tier})
    items.sort(key=lambda i: (i["tier"], i["row"]["confidence"], i["row"]["doc_id"], i["row"]["start_char"]))
    return items
