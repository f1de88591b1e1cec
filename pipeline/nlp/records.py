"""The one place that turns a processed Doc into plain rows for the dataset tables.

Pydantic never sees a spaCy object and Prefect never hashes a Doc: everything after this
module works on dicts of plain values.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.ingest import ExtractedText
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.industry_scorer import first_per_label
from pipeline.nlp.spans import CITIES_KEY, clean_evidence, sentence_bounds
from pipeline.nlp.layout import span_text, text_of
from pipeline.nlp.ports import COUNTRY_OF_THE_PORT, LAND_OF_THE_PORT


def country_name(code: str) -> str | None:
    from pipeline.nlp.cities import english_country_names

    return english_country_names().get(code)

PORT_NAMES = {"sea": "Port of {}", "inland": "{} inland port", "air": "{} Airport"}


def doc_records(doc: Doc, doc_id: str, extracted: ExtractedText, gazetteer: Gazetteer,
                review_threshold: float = 0.6) -> dict[str, list[dict]]:
    """Rows for cities, industries, port_metrics and partnerships found in ``doc``.

    Under ``set_aside``, the industry rows the scorer found unlikely, each with its ``reason``: for ``rejects``.
    """

    def place(gid):
        row = gazetteer.row_of(gid) if gid is not None else None
        return gazetteer.place(row) if row is not None else None

    def provenance(start: int, end: int, confidence: float, evidence: tuple[int, int] | None = None) -> dict:
        s_start, s_end = evidence or sentence_bounds(doc, start)
        return {"doc_id": doc_id, "start_char": start, "end_char": end, "page": extracted.page_of(start),
                "evidence": clean_evidence(text_of(doc)[s_start:s_end]), "bbox": extracted.bbox_of(start, end),
                "confidence": round(float(confidence), 3), "review_status": "pending",
                "needs_review": bool(confidence < review_threshold)}

    def industry_row(fact: dict) -> dict:
        p = place(fact["city"])
        return {"city_geonames_id": fact["city"], "city": p.name if p else None, "industry": fact["industry"],
                "sector": fact["sector"], "mention": text_of(doc)[fact["start_char"]:fact["end_char"]],
                **provenance(fact["start_char"], fact["end_char"], fact["confidence"])}

    tables: dict[str, list[dict]] = {"cities": [], "industries": [], "port_metrics": [], "partnerships": []}

    cities: dict[int, dict] = {}
    if CITIES_KEY in doc.spans:
        group = doc.spans[CITIES_KEY]
        for span, confidence in zip(group, group.attrs.get("confidence", [0.5] * len(group))):
            gid = int(span.kb_id_)
            if gid in cities:
                cities[gid]["mentions"] += 1
                cities[gid]["confidence"] = max(cities[gid]["confidence"], round(float(confidence), 3))
                continue
            p = place(gid)
            cities[gid] = {"geonames_id": gid, "name": p.name, "country_code": p.country_code,
                           "latitude": p.latitude, "longitude": p.longitude, "mention": span_text(span),
                           "mentions": 1, **provenance(span.start_char, span.end_char, confidence)}
    for row in cities.values():
        row["needs_review"] = row["confidence"] < review_threshold
    tables["cities"] = list(cities.values())

    tables["industries"] = [industry_row(fact) for fact in first_per_label(doc._.trex_industries or []).values()]
    # What the industry scorer set aside goes to rejects with its reason (see pipeline/nlp/industry_scorer.py).
    tables["set_aside"] = [{**industry_row(fact), "reason": fact["reason"]}
                           for fact in first_per_label(doc._.trex_industries_set_aside or []).values()]

    seen = set()
    for fact in doc._.trex_port_metrics or []:
        key = (fact["city"], fact["metric"], fact["value"], fact["unit"], fact["rank"], fact["scope"])
        if key in seen:
            continue
        seen.add(key)
        p = place(fact["city"])
        tables["port_metrics"].append({
            "city_geonames_id": fact["city"],
            "port": PORT_NAMES[fact["port_type"]].format(p.name) if p else None,
            "port_type": fact["port_type"], "metric": fact["metric"], "value": fact["value"],
            "unit": fact["unit"], "period": fact["period"], "rank": fact["rank"],
            "scope": _scope_of(fact["scope"], p),
            "mention": text_of(doc)[fact["start_char"]:fact["end_char"]],
            **provenance(fact["start_char"], fact["end_char"], fact["confidence"]),
        })

    for fact in doc._.trex_partnerships or []:
        a, b = place(fact["city_a"]), place(fact["city_b"])
        tables["partnerships"].append({
            "city_a_geonames_id": fact["city_a"], "city_a": a.name if a else None,
            "city_b_geonames_id": fact["city_b"], "city_b": b.name if b else None,
            "kind": fact["kind"], "since": fact["since"],
            **provenance(fact["start_char"], fact["end_char"], fact["confidence"],
                         (fact["evidence_start"], fact["evidence_end"])),
        })
    return tables


def _scope_of(scope: str | None, p) -> str | None:
    """A rank's scope with "the country" (and a German report's "des Landes") resolved for the port's place."""
    if scope == COUNTRY_OF_THE_PORT:
        return country_name(p.country_code) if p else None
    if scope and scope.startswith(LAND_OF_THE_PORT):
        if p is None:
            return None
        return scope[len(LAND_OF_THE_PORT):] if p.country_code == "DE" else country_name(p.country_code)
    return scope
