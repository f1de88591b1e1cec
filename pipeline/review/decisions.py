"""What a reviewer's form becomes: a decision row, checked before it is stored.

A correction or an added fact is validated through the table's Pydantic model, so nothing a
reviewer enters can make the datasets invalid; errors come back in words, per field.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from pydantic import ValidationError

from pipeline.ingest import ExtractedText
from pipeline.models import FACT_MODELS
from pipeline.review.anchors import anchor_columns, anchor_of
from pipeline.review.places import PlaceError, Places
from pipeline.review.textpos import evidence_at, locate
from pipeline.validate import describe

# As pipeline.nlp.records names ports (kept here so the app does not import spaCy).
PORT_NAMES = {"sea": "Port of {}", "inland": "{} inland port", "air": "{} Airport"}
UNITS = ("t", "TEU", "containers")


class DecisionError(ValueError):
    """What is wrong with a reviewer's input, in words for the reviewer."""


@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    kind: str  # city / text / number / int / choice
    required: bool = False
    choices: tuple[str, ...] = ()
    hint: str = ""


_CITY_HINT = "GeoNames id, or a name (a far larger place wins; otherwise you are asked to choose)"
FIELDS: dict[str, list[FormField]] = {
    "cities": [FormField("geonames_id", "City", "city", True, hint=_CITY_HINT)],
    "industries": [
        FormField("city_geonames_id", "City", "city", True, hint=_CITY_HINT),
        FormField("industry", "Industry", "text", True, hint="normalized English label, e.g. shipbuilding"),
        FormField("sector", "NACE Rev. 2 code", "text", hint="e.g. C30.1; may stay empty"),
    ],
    "port_metrics": [
        FormField("city_geonames_id", "Port city", "city", True, hint=_CITY_HINT),
        FormField("port_type", "Port type", "choice", True, ("sea", "inland", "air")),
        FormField("metric", "Metric", "choice", True, ("throughput", "capacity", "rank")),
        FormField("value", "Value", "number", hint="plain number in the unit: 2,1 Mio. TEU is 2100000"),
        FormField("unit", "Unit", "choice", False, ("",) + UNITS),
        FormField("period", "Period", "text", hint="a year such as 2023, or annual"),
        FormField("rank", "Rank", "int", hint="1 for the largest; empty for 'one of the largest'"),
        FormField("scope", "Scope", "text", hint="world, or a region or country in English"),
    ],
    "partnerships": [
        FormField("city_a_geonames_id", "City A", "city", True, hint=_CITY_HINT),
        FormField("city_b_geonames_id", "City B", "city", True, hint=_CITY_HINT),
        FormField("kind", "Kind", "choice", True, ("city", "port")),
        FormField("since", "Since (year)", "int"),
    ],
}


def now() -> str:
    # Microseconds: "decisions since the last export" compares with a file time that has them too.
    return datetime.now(UTC).isoformat(timespec="microseconds")


def form_values(table: str, row: dict) -> dict[str, str]:
    """A record's fields as the correction form shows them."""
    values = {}
    for field in FIELDS[table]:
        value = row.get(field.name)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        values[field.name] = "" if value is None else str(value)
    return values


def parse_fields(table: str, form: dict, places: Places) -> dict:
    """The typed values of a form, with the fields derived from them (names, coordinates, port name)."""
    values: dict = {}
    errors: list[str] = []
    for field in FIELDS[table]:
        raw = str(form.get(field.name) or "").strip()
        if not raw:
            if field.required:
                errors.append(f"{field.label}: required")
            values[field.name] = None
            continue
        try:
            values[field.name] = _parse(field, raw, places)
        except (ValueError, PlaceError) as exc:
            errors.append(str(exc))
    if errors:
        raise DecisionError("; ".join(errors))
    return _derive(table, values, places)


def _parse(field: FormField, raw: str, places: Places):
    if field.kind == "city":
        return places.resolve(raw, field.label).geonames_id
    if field.kind == "choice":
        if raw not in field.choices:
            raise ValueError(f"{field.label}: choose one of {', '.join(c for c in field.choices if c)}")
        return raw
    if field.kind == "int":
        if not re.fullmatch(r"\d+", raw):
            raise ValueError(f"{field.label}: a whole number, such as 3")
        return int(raw)
    if field.kind == "number":
        cleaned = re.sub(r"[\s_'\u202f]", "", raw)
        if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", cleaned):  # 1,234,000 or 1,234.5
            cleaned = cleaned.replace(",", "")
        try:
            return float(cleaned)
        except ValueError:
            raise ValueError(f"{field.label}: a plain number such as 7700000 (not {raw!r})") from None
    return raw


def _derive(table: str, values: dict, places: Places) -> dict:
    def name(gid):
        return places.get(gid).name

    if table == "cities":
        place = places.get(values["geonames_id"])
        values.update(name=place.name, country_code=place.country_code, latitude=place.latitude,
                      longitude=place.longitude)
    elif table == "industries":
        values["city"] = name(values["city_geonames_id"])
    elif table == "port_metrics":
        values["port"] = PORT_NAMES[values["port_type"]].format(name(values["city_geonames_id"]))
    elif table == "partnerships":
        values["city_a"] = name(values["city_a_geonames_id"])
        values["city_b"] = name(values["city_b_geonames_id"])
    return values


def validated(table: str, record: dict) -> dict:
    """The record through its model (as the pipeline validates), or the reasons it cannot be stored."""
    model = FACT_MODELS[table]
    try:
        return model.model_validate({k: v for k, v in record.items() if k in model.model_fields}).model_dump()
    except ValidationError as exc:
        raise DecisionError(describe(exc)) from None


def changes_of(table: str, reference: dict, form: dict, places: Places) -> dict:
    """The corrected fields (only those that differ from ``reference``), after checking the whole record."""
    new = parse_fields(table, form, places)
    changes = {k: v for k, v in new.items() if reference.get(k) != v}
    validated(table, {**reference, **changes, "review_status": "corrected"})
    return changes


def decision_row(action: str, table: str, row: dict, document: dict, reviewer: str, thread: int | None = None,
                 changes: dict | None = None, record: dict | None = None, note: str = "") -> dict:
    """A row of the decisions table, anchored on ``row`` as the reviewer saw it."""
    shown = record if record is not None else {k: v for k, v in row.items() if not k.startswith("_") and k != "row_id"}
    return {"thread": thread, "created_at": now(), "reviewer": reviewer, "action": action,
            "source": document["source"], "doc_id": document["doc_id"], "end_char": row.get("end_char"),
            "record": json.dumps(shown, ensure_ascii=False, default=str),
            "changes": json.dumps(changes, ensure_ascii=False) if changes else None, "note": note or None,
            **anchor_columns(anchor_of(table, row))}


def follow_up(last: dict, action: str, reviewer: str, note: str = "") -> dict:
    """A further decision in the same thread, on the same anchors (dismissing an unmatched one)."""
    keep = {k: v for k, v in last.items() if k not in ("decision_id", "created_at", "reviewer", "action", "note",
                                                         "changes")}
    return {**keep, "thread": last["thread"] or last["decision_id"], "created_at": now(), "reviewer": reviewer,
            "action": action, "changes": last.get("changes"), "note": note or None}


def document_decision(action: str, document: dict, reviewer: str, thread: int | None, note: str = "") -> dict:
    """Reviewed or not, as a whole; the document row is kept, so a later change of file or pipeline shows."""
    return {"thread": thread, "created_at": now(), "reviewer": reviewer, "action": action, "target": "documents",
            "source": document["source"], "doc_id": document["doc_id"], "note": note or None,
            "record": json.dumps(document, ensure_ascii=False, default=str)}


# --- added facts ----------------------------------------------------------------------------
WORDS = "_words"  # kept with an added record: the words it stands on, to place it again in a changed text


def added_record(table: str, form: dict, document: dict, extracted: ExtractedText, places: Places) -> dict:
    """A complete, valid record of a fact the extraction missed, placed in the text where it is written."""
    mention = str(form.get("mention") or "").strip()
    if not mention:
        raise DecisionError("Text as written: select the words that state the fact in the document, or type them")
    near = str(form.get("near") or "").strip()
    found = locate(extracted.text, mention, int(near) if near.isdigit() else None)
    if found is None:
        raise DecisionError(f"Text as written: “{mention}” does not occur in the document text; select it in "
                            "the text, or copy it exactly as written")
    start, end = found
    values = parse_fields(table, form, places)
    record = {"doc_id": document["doc_id"], **values, "start_char": start, "end_char": end,
              "page": extracted.page_of(start), "evidence": evidence_at(extracted.text, start, end),
              "bbox": extracted.bbox_of(start, end), "confidence": 1.0, "review_status": "accepted",
              "needs_review": False}
    if table != "partnerships":
        record["mention"] = mention
    if table == "cities":
        record["mentions"] = max(1, len(re.findall(rf"(?<!\w){re.escape(mention)}(?!\w)", extracted.text)))
    return {**validated(table, record), WORDS: mention}
