"""Records in words for the pages: one-line summaries and the evidence with its mention marked."""

from __future__ import annotations

from markupsafe import Markup, escape

TITLES = {"cities": "Cities", "industries": "Industries", "port_metrics": "Port metrics",
          "partnerships": "Partnerships"}
SINGULAR = {"cities": "city", "industries": "industry", "port_metrics": "port metric",
            "partnerships": "partnership"}


def number(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, (int, float)) else str(value)


def summary(table: str, row: dict) -> str:
    """What the record says, in one line."""
    if table == "cities":
        mentions = row.get("mentions") or 1
        return (f"{row['name']}, {row['country_code']} · GeoNames {row['geonames_id']}"
                f" · {mentions} mention{'s' if mentions != 1 else ''}")
    if table == "industries":
        sector = f" ({row['sector']})" if row.get("sector") else ""
        return f"{row['city']}: {row['industry']}{sector}"
    if table == "port_metrics":
        if row["metric"] == "rank":
            rank = f"rank {row['rank']}" if row.get("rank") else "one of the largest"
            scope = f" in {row['scope']}" if row.get("scope") else ""
            what = f"{rank}{scope}"
        else:
            what = f"{row['metric']} {number(row.get('value'))} {row.get('unit') or ''}".rstrip()
        period = f" · {row['period']}" if row.get("period") else ""
        return f"{row['port']} · {what}{period}"
    since = f" · since {row['since']}" if row.get("since") else ""
    return f"{row['city_a']} ⇄ {row['city_b']} · {row['kind']} partnership{since}"


def evidence_html(row: dict) -> Markup:
    """The evidence sentence, escaped, with the mention (where it stands in it) marked."""
    evidence = row.get("evidence") or ""
    mention = row.get("mention") or ""
    at = evidence.find(mention) if mention else -1
    if at < 0:
        return escape(evidence)
    return Markup("{}<mark>{}</mark>{}").format(evidence[:at], mention, evidence[at + len(mention):])


def changed_fields(row: dict) -> list[tuple[str, str, str]]:
    """(field, was, now) for a corrected record."""
    raw = row.get("_raw")
    if not raw:
        return []
    skip = {"review_status", "needs_review", "_ref", "_raw", "_thread", "row_id"}
    return [(k, number(raw.get(k)), number(v)) for k, v in row.items()
            if k not in skip and not k.startswith("_") and raw.get(k) != v]
