"""Validation, the store and the datasets: rejects with reasons, replacement by document, atomic files."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from pipeline.export import write_datasets
from pipeline.models import TABLE_MODELS, columns
from pipeline.store import Store
from pipeline.validate import validate_tables

DOC = "0123456789abcdef"
TEXT = "Hamburg is twinned with Shanghai."
CONTRACT_COLUMNS = {
    "documents": "doc_id, source, format, language, pages, status, error",
    "cities": "doc_id, geonames_id, name, country_code, latitude, longitude, mention, mentions, start_char, "
              "end_char, page, evidence",
    "industries": "doc_id, city_geonames_id, city, industry, sector, mention, start_char, end_char, page, evidence",
    "port_metrics": "doc_id, city_geonames_id, port, port_type, metric, value, unit, period, rank, scope, mention, "
                    "start_char, end_char, page, evidence",
    "partnerships": "doc_id, city_a_geonames_id, city_a, city_b_geonames_id, city_b, kind, since, start_char, "
                    "end_char, page, evidence",
    "rejects": "doc_id, table, record, error",
}


def city_row(**changes) -> dict:
    row = {"doc_id": DOC, "geonames_id": 2911298, "name": "Hamburg", "country_code": "DE", "latitude": 53.55,
           "longitude": 9.99, "mention": "Hamburg", "mentions": 1, "start_char": 0, "end_char": 7, "page": None,
           "evidence": TEXT, "bbox": None, "confidence": 0.9, "review_status": "pending", "needs_review": False}
    return row | changes


def document_row(doc_id: str = DOC, source: str = "a.txt") -> dict:
    return {"doc_id": doc_id, "source": source, "format": "txt", "language": "en", "pages": None,
            "status": "ok", "error": None, "chars": len(TEXT), "pipeline_version": "test"}


def test_contract_columns_are_all_there():
    for table, required in CONTRACT_COLUMNS.items():
        missing = set(required.split(", ")) - set(columns(table))
        assert not missing, (table, missing)
    for table in ("cities", "industries", "port_metrics", "partnerships"):
        assert {"bbox", "confidence", "review_status"} <= set(columns(table))


@pytest.mark.parametrize("change, reason", [
    ({"geonames_id": None}, "geonames_id"),
    ({"country_code": "Germany"}, "country_code"),
    ({"latitude": 123.0}, "latitude"),
    ({"end_char": 0}, "empty span"),
    ({"mention": "Hamburx"}, "is not the text at"),
    ({"confidence": 1.5}, "confidence"),
])
def test_bad_records_go_to_rejects_with_the_reason(change, reason):
    valid, rejects = validate_tables(DOC, TEXT, {"cities": [city_row(**change)]})
    assert valid["cities"] == []
    [reject] = rejects
    assert reject["table"] == "cities" and reason in reject["error"]
    assert json.loads(reject["record"])["name"] == "Hamburg"


def test_port_metric_needs_value_and_unit_or_a_rank():
    base = {"doc_id": DOC, "city_geonames_id": 2911298, "port": "Port of Hamburg", "port_type": "sea",
            "value": None, "unit": None, "period": None, "rank": None, "scope": None, "mention": "Hamburg",
            "start_char": 0, "end_char": 7, "page": None, "evidence": TEXT, "bbox": None, "confidence": 0.8}
    valid, rejects = validate_tables(DOC, TEXT, {"port_metrics": [base | {"metric": "throughput"},
                                                                  base | {"metric": "rank", "rank": 3}]})
    assert len(valid["port_metrics"]) == 1 and valid["port_metrics"][0]["rank"] == 3
    assert "needs a positive value and a unit" in rejects[0]["error"]


def test_replacing_a_document_keeps_other_documents(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'trex.db'}")
    store.replace_document(document_row(DOC, "a.txt"), {"cities": [city_row()]})
    other = "fedcba9876543210"
    store.replace_document(document_row(other, "b.txt"), {"cities": [city_row(doc_id=other)]})
    store.replace_document(document_row(DOC, "a.txt"), {"cities": [city_row(), city_row(start_char=24, end_char=31,
                                                                                          mention="Shanghai")]})
    assert [r["doc_id"] for r in store.rows("documents")] == [DOC, other]
    assert sorted(r["doc_id"] for r in store.rows("cities")) == [DOC, DOC, other]


def test_changed_file_at_the_same_source_replaces_its_old_rows(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'trex.db'}")
    store.replace_document(document_row(DOC, "a.txt"), {"cities": [city_row()]})
    new = "1111111111111111"
    store.replace_document(document_row(new, "a.txt"), {"cities": [city_row(doc_id=new)]})
    assert [r["doc_id"] for r in store.rows("documents")] == [new]
    assert [r["doc_id"] for r in store.rows("cities")] == [new]


def test_datasets_are_written_as_parquet_and_csv_with_the_same_rows(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'trex.db'}")
    store.replace_document(document_row(), {"cities": [city_row()]})
    counts = write_datasets(store, tmp_path / "out")
    assert counts["cities"] == 1 and counts["documents"] == 1
    for table in TABLE_MODELS:
        parquet = pq.read_table(tmp_path / "out" / f"{table}.parquet")
        csv_lines = (tmp_path / "out" / f"{table}.csv").read_text(encoding="utf-8").splitlines()
        assert parquet.column_names == columns(table)
        assert len(csv_lines) - 1 == parquet.num_rows == counts[table]
    assert not list((tmp_path / "out").glob(".*"))  # no temporary files left behind


def test_a_batch_stores_every_unreadable_file_and_one_row_for_identical_bytes(tmp_path, settings):
    from pipeline.run import process_batch, store_results
    from pipeline.store import Store

    (tmp_path / "a.txt").write_text("Hamburg has a port.", encoding="utf-8")
    (tmp_path / "copy-of-a.txt").write_text("Hamburg has a port.", encoding="utf-8")
    missing = [tmp_path / "gone-1.txt", tmp_path / "gone-2.txt"]
    results = process_batch([tmp_path / "a.txt", tmp_path / "copy-of-a.txt", *missing], settings)
    store = Store(f"sqlite:///{tmp_path / 'trex.db'}")
    try:
        store_results(store, results)
        documents = {d["source"]: d for d in store.rows("documents")}
    finally:
        store.close()
    assert {str(p) for p in missing} <= set(documents)  # each missing file keeps its own failed row
    assert all(documents[str(p)]["error"] == "file not found" for p in missing)
    same_bytes = [s for s in documents if s.endswith("a.txt")]
    assert same_bytes == [str(tmp_path / "copy-of-a.txt")]  # the later name wins, as one by one


def test_a_store_whose_file_was_deleted_in_the_same_process_is_created_again(tmp_path):
    from pipeline.store import Store

    url = f"sqlite:///{tmp_path / 'trex.db'}"
    Store(url).close()
    (tmp_path / "trex.db").unlink()
    for extra in ("-wal", "-shm"):
        (tmp_path / f"trex.db{extra}").unlink(missing_ok=True)
    store = Store(url)
    try:
        store.replace_document({"doc_id": "0123456789abcdef", "source": "a.txt", "format": "txt", "language": "en",
                                "pages": None, "status": "ok", "error": None, "warnings": None, "chars": 1,
                                "pipeline_version": "x"}, {})
    finally:
        store.close()
    import sqlite3

    with sqlite3.connect(tmp_path / "trex.db") as conn:  # the new file on disk, not the deleted one
        assert conn.execute("select count(*) from documents").fetchone() == (1,)
