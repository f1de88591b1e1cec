"""The embedded store (SQLite by default, any SQLAlchemy URL by setting).

One table per dataset, columns taken from the Pydantic models. Replacing a document's rows
happens in one transaction, so a crash leaves either the old rows or the new ones.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import (Boolean, Column, Float, Index, Integer, MetaData, Table, Text, create_engine,
                        delete, event, insert, inspect, select, text)
from sqlalchemy.engine import Engine

from pipeline.models import TABLE_MODELS, base_type

_TYPES = {int: Integer, float: Float, bool: Boolean, str: Text}


def _column_type(annotation):
    return _TYPES.get(base_type(annotation), Text)


def _build_metadata() -> MetaData:
    metadata = MetaData()
    for name, model in TABLE_MODELS.items():
        columns = [Column("row_id", Integer, primary_key=True, autoincrement=True)] if name != "documents" else []
        for field_name, field in model.model_fields.items():
            primary = name == "documents" and field_name == "doc_id"
            columns.append(Column(field_name, _column_type(field.annotation), primary_key=primary))
        table = Table(name, metadata, *columns)
        if name != "documents":
            Index(f"ix_{name}_doc_id", table.c.doc_id)
    return metadata


METADATA = _build_metadata()
FACT_TABLES = ("cities", "industries", "port_metrics", "partnerships", "rejects")


class Store:
    """Rows of every table, keyed by document."""

    def __init__(self, url: str):
        self.url = url
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(url, future=True)
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        METADATA.create_all(self.engine)
        self._add_missing_columns()

    def _add_missing_columns(self) -> None:
        """A store written by an earlier trex lacks columns added since; add them (empty) instead of failing."""
        existing = inspect(self.engine)
        with self.engine.begin() as conn:
            for name, table in METADATA.tables.items():
                have = {c["name"] for c in existing.get_columns(name)}
                for column in table.columns:
                    if column.name not in have:
                        kind = column.type.compile(dialect=self.engine.dialect)
                        conn.execute(text(f'ALTER TABLE "{name}" ADD COLUMN "{column.name}" {kind}'))

    def replace_document(self, document: dict, tables: dict[str, list[dict]]) -> None:
        """Store one document's rows, dropping what an earlier run stored for the same bytes or source."""
        docs = METADATA.tables["documents"]
        with self.engine.begin() as conn:
            stale = {document["doc_id"]}
            stale |= set(conn.execute(select(docs.c.doc_id).where(docs.c.source == document["source"])).scalars())
            for name in FACT_TABLES:
                conn.execute(delete(METADATA.tables[name]).where(METADATA.tables[name].c.doc_id.in_(stale)))
            conn.execute(delete(docs).where(docs.c.doc_id.in_(stale)))
            conn.execute(insert(docs), [document])
            for name in FACT_TABLES:
                rows = tables.get(name) or []
                if rows:
                    conn.execute(insert(METADATA.tables[name]), rows)

    def rows(self, name: str) -> list[dict]:
        """All rows of a table in a stable order (document, then position in the text)."""
        table = METADATA.tables[name]
        order = [table.c.doc_id]
        if "start_char" in table.c:
            order += [table.c.start_char, table.c.end_char]
        if "row_id" in table.c:
            order.append(table.c.row_id)
        with self.engine.connect() as conn:
            result = conn.execute(select(table).order_by(*order))
            return [{k: v for k, v in row._mapping.items() if k != "row_id"} for row in result]

    def stored_versions(self) -> dict[str, tuple[str, str]]:
        """``source -> (doc_id, pipeline_version)`` of every stored document: what incremental runs compare."""
        docs = METADATA.tables["documents"]
        with self.engine.connect() as conn:
            rows = conn.execute(select(docs.c.source, docs.c.doc_id, docs.c.pipeline_version))
            return {source: (doc_id, version) for source, doc_id, version in rows}

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
