"""Every record through its Pydantic model; what fails becomes a ``rejects`` row with the reason."""

from __future__ import annotations

import json

from pydantic import ValidationError

from pipeline.models import FACT_MODELS, Reject


def describe(error: ValidationError) -> str:
    """One line a person can read: ``city_geonames_id: Input should be a valid integer; ...``."""
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item["loc"]) or "record"
        parts.append(f"{where}: {item['msg']}")
    return "; ".join(parts)


def validate_tables(doc_id: str, text: str, tables: dict[str, list[dict]]) -> tuple[dict[str, list[dict]], list[dict]]:
    """(valid rows per table, reject rows). Also checks that each mention is the text at its offsets."""
    valid: dict[str, list[dict]] = {name: [] for name in FACT_MODELS}
    rejects: list[dict] = []
    for table, rows in tables.items():
        model = FACT_MODELS[table]
        for row in rows:
            try:
                record = model.model_validate(row)
                mention = getattr(record, "mention", None)
                if mention is not None and text[record.start_char:record.end_char] != mention:
                    raise ValueError(f"mention {mention!r} is not the text at {record.start_char}:{record.end_char}")
            except ValidationError as exc:
                rejects.append(reject_row(doc_id, table, row, describe(exc)))
                continue
            except ValueError as exc:
                rejects.append(reject_row(doc_id, table, row, str(exc)))
                continue
            valid[table].append(record.model_dump())
    return valid, rejects


def reject_row(doc_id: str, table: str, row: dict, error: str) -> dict:
    record = json.dumps(row, ensure_ascii=False, sort_keys=True, default=str)
    return Reject(doc_id=doc_id, table=table, record=record, error=error).model_dump()
