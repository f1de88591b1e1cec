"""Run summaries for people: markdown with every document text escaped, never interpreted."""

from __future__ import annotations

import re

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~])")


def escape_markdown(text: str) -> str:
    return _MARKDOWN_SPECIALS.sub(r"\\\1", " ".join(str(text).split()))


def markdown_summary(summary: dict) -> str:
    lines = ["# trex ingest", "",
             f"**{summary['ok']}** of **{summary['documents']}** documents extracted, "
             f"**{len(summary['failed'])}** failed.", "", "| table | rows |", "|---|---|"]
    lines += [f"| {name} | {count} |" for name, count in summary["tables"].items()]
    if summary["failed"]:
        lines += ["", "## Failed documents", "", "| source | reason |", "|---|---|"]
        lines += [f"| {escape_markdown(f['source'])} | {escape_markdown(f['error'])} |" for f in summary["failed"]]
    return "\n".join(lines)


def review_rows(results, limit: int = 500) -> list[dict]:
    rows = []
    for result in results:
        for table, records in result.tables.items():
            for record in records:
                if record.get("needs_review"):
                    rows.append({"doc_id": record["doc_id"], "table": table,
                                 "fact": record.get("mention") or f"{record.get('city_a')} - {record.get('city_b')}",
                                 "confidence": record["confidence"], "evidence": record["evidence"][:200]})
    return rows[:limit]
