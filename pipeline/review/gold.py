"""Gold files from review: each reviewed document as ``NAME.gold.json`` beside a copy of ``NAME.<ext>``.

The format is the shared evaluation's (``eval/FORMAT.md``), so a folder exported here can be
scored at once: ``trex ingest DIR --out X`` then ``trex eval --gold DIR --out X``. Only documents
marked reviewed, and not changed since, are exported: gold must be complete, not half-checked.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest import doc_id_for
from pipeline.review.apply import Review
from pipeline.review.sources import Sources


@dataclass
class GoldFile:
    source: str
    gold: Path
    document: Path | None  # the copy of the document beside it, None when the file is not there
    note: str = ""


def _number(value):
    return int(value) if isinstance(value, float) and value.is_integer() else value


def gold_of(document: dict, review: Review) -> dict:
    """The document's reviewed facts (rejected left out, corrections in, added facts in) in the gold format."""
    doc_id = document["doc_id"]

    def rows(table):
        return [r for r in review.dataset_rows(table) if r["doc_id"] == doc_id]

    cities = list(dict.fromkeys(r["geonames_id"] for r in rows("cities")))
    industries = list({(r["city_geonames_id"], r["industry"]): {"city": r["city_geonames_id"],
                                                               "industry": r["industry"]}
                       for r in rows("industries")}.values())
    metrics = [{"city": r["city_geonames_id"], "metric": r["metric"], "value": _number(r.get("value")),
                "unit": r.get("unit"), "rank": r.get("rank"), "scope": r.get("scope"),
                **({"period": r["period"]} if r.get("period") else {})} for r in rows("port_metrics")]
    partnerships = [{"a": r["city_a_geonames_id"], "b": r["city_b_geonames_id"], "kind": r["kind"],
                     "since": r.get("since")} for r in rows("partnerships")]
    return {"source": Path(document["source"]).name, "language": document.get("language"), "cities": cities,
            "industries": industries, "port_metrics": metrics, "partnerships": partnerships}


def _write_atomic(target: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_gold(review: Review, sources: Sources, out_dir: Path) -> list[GoldFile]:
    """Write a gold file, and a copy of the document, for every reviewed document; returns what was written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[GoldFile] = []
    used: dict[str, str] = {}  # file name -> doc_id, so two documents called report.pdf do not collide
    for document in review.documents:
        if document["status"] != "ok" or review.is_reviewed(document["doc_id"]) != "reviewed":
            continue
        name = Path(document["source"]).name
        if used.get(name, document["doc_id"]) != document["doc_id"]:
            stem, suffix = Path(name).stem, Path(name).suffix
            name = f"{stem}-{document['doc_id'][:8]}{suffix}"
        used[name] = document["doc_id"]
        gold = gold_of(document, review)
        gold["source"] = name
        gold_path = out_dir / f"{Path(name).stem}.gold.json"
        _write_atomic(gold_path, (json.dumps(gold, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        path = sources.locate(document)
        data = path.read_bytes() if path else None
        if data is not None and doc_id_for(data) == document["doc_id"]:
            _write_atomic(out_dir / name, data)
            written.append(GoldFile(document["source"], gold_path, out_dir / name))
        else:
            written.append(GoldFile(document["source"], gold_path, None,
                                    "the document's file is missing or changed: put the reviewed version beside it"))
    return written
