"""Run summaries for people: markdown with every document text escaped, never interpreted."""

from __future__ import annotations

import re
from pathlib import Path

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~])")


def escape_markdown(text: str) -> str:
    return _MARKDOWN_SPECIALS.sub(r"\\\1", " ".join(str(text).split()))


def markdown_summary(summary: dict, scores: dict[str, dict[str, float]] | None = None) -> str:
    lines = ["# trex ingest", "",
             f"**{summary['ok']}** of **{summary['documents']}** documents extracted, "
             f"**{len(summary['failed'])}** failed, **{summary.get('unchanged', 0)}** unchanged since the "
             "last run (not read again).", "", "| table | rows |", "|---|---|"]
    lines += [f"| {name} | {count} |" for name, count in summary["tables"].items()]
    if summary["failed"]:
        lines += ["", "## Failed documents", "", "| source | reason |", "|---|---|"]
        lines += [f"| {escape_markdown(f['source'])} | {escape_markdown(f['error'])} |" for f in summary["failed"]]
    if scores:
        lines += ["", "## Scores against gold files", "", "| gold folder | table | F1 |", "|---|---|---|"]
        lines += [f"| {escape_markdown(folder)} | {table} | {f1:.3f} |"
                  for folder, tables in scores.items() for table, f1 in tables.items()]
    return "\n".join(lines)


def gold_scores(paths: list[str], out_dir: Path) -> dict[str, dict[str, float]]:
    """F1 per table for every given folder that holds gold files beside its documents."""
    from pipeline.evaluate import TABLES, evaluate

    scores = {}
    for raw in paths:
        folder = Path(raw)
        if folder.is_dir() and any(folder.glob("*.gold.json")):
            result = evaluate(folder, out_dir)
            scores[str(folder)] = {t: result.tables[t].f1 for t in TABLES} | {"macro": result.macro_f1}
    return scores


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
