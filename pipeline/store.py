"""The embedded store (SQLite by default, any SQLAlchemy URL by setting).

One table per dataset, columns taken from the Pydantic models. Replacing a document's rows
happens in one transaction, so a crash leaves either the old rows or the new ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from sqlalchemy import (Boolean, Column, Float, Index, Integer, MetaData, Table, Text, create_engine,
                        delete, event, insert, inspect, or_, select, text)
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
_PREPARED: set[str] = set()
FACT_TABLES = ("cities", "industries", "port_metrics", "partnerships", "rejects")

# Review decisions (pipeline.review) live in their own table: ``replace_document`` never touches
# it, so a re-run keeps them, and they are re-applied to the new rows by anchors (pipeline.review.anchors).
DECISIONS = Table(
    "review_decisions", METADATA,
    Column("decision_id", Integer, primary_key=True, autoincrement=True),
    Column("thread", Integer),  # decision_id of the first decision on the same record; empty for that first one
    Column("created_at", Text, nullable=False),  # ISO 8601, UTC
    Column("reviewer", Text),
    Column("action", Text, nullable=False),  # accept / reject / correct / reset / add / dismiss / reviewed / unreviewed
    Column("target", Text, nullable=False),  # a fact table, or "documents" for a whole-document decision
    Column("source", Text),
    Column("doc_id", Text),  # the document's id when the decision was made
    Column("page", Integer),
    Column("anchor_ids", Text),  # GeoNames ids of the record, "|"-separated
    Column("anchor_mention", Text),  # normalized mention
    Column("anchor_key", Text),  # JSON: the fields that tell records apart besides ids and mention
    Column("anchor_context", Text),  # normalized evidence sentence
    Column("start_char", Integer),
    Column("end_char", Integer),
    Column("record", Text),  # JSON: the record as the reviewer saw it, or the added record
    Column("changes", Text),  # JSON: corrected fields and their new values
    Column("note", Text),
)
Index("ix_review_decisions_source", DECISIONS.c.source)


class Store:
    """Rows of every table, keyed by document."""

    def __init__(self, url: str):
        self.url = url
        file = Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None
        if file is not None:
            file.parent.mkdir(parents=True, exist_ok=True)
        gone = file is not None and not file.exists()
        if gone and url in _ENGINES:
            _ENGINES.pop(url).dispose()  # pooled connections still point at the deleted file
        self.engine: Engine = _engine(url)
        # A flow opens the store once per batch: check the schema once per process, and again when the
        # file is gone (someone cleared the output folder under a long-running `trex serve`).
        if url not in _PREPARED or gone:
            METADATA.create_all(self.engine)
            self._add_missing_columns()
            _PREPARED.add(url)

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
        self.replace_documents([(document, tables)])

    def replace_documents(self, results: list[tuple[dict, dict[str, list[dict]]]]) -> None:
        """Store several documents' rows in one transaction (a batch): all of them or none."""
        docs = METADATA.tables["documents"]
        # Identical bytes under two names are one document: the later name wins, as run one by one.
        results = list({document["doc_id"]: (document, tables) for document, tables in results}.values())
        with self.engine.begin() as conn:
            for document, tables in results:
                stale = {document["doc_id"]}
                stale |= set(conn.execute(select(docs.c.doc_id).where(docs.c.source == document["source"])).scalars())
                for name in FACT_TABLES:
                    conn.execute(delete(METADATA.tables[name]).where(METADATA.tables[name].c.doc_id.in_(stale)))
                conn.execute(delete(docs).where(docs.c.doc_id.in_(stale)))
            conn.execute(insert(docs), [document for document, _ in results])
            for name in FACT_TABLES:
                rows = [row for _, tables in results for row in tables.get(name) or []]
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

    # --- review decisions and row ids, for pipeline.review -------------------------------------
    def fact_rows(self, name: str, doc_ids: Iterable[str] | None = None) -> list[dict]:
        """Rows of a fact table like ``rows``, with their ``row_id`` (what the review app points at)."""
        table = METADATA.tables[name]
        query = select(table).order_by(table.c.doc_id, table.c.start_char, table.c.end_char, table.c.row_id)
        if doc_ids is not None:
            query = query.where(table.c.doc_id.in_(list(doc_ids)))
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def add_decision(self, decision: dict) -> int:
        """Append one review decision; returns its id. Decisions are never updated or deleted."""
        with self.engine.begin() as conn:
            return conn.execute(insert(DECISIONS).values(**decision)).inserted_primary_key[0]

    def decisions(self, sources: Iterable[str] | None = None, doc_ids: Iterable[str] | None = None) -> list[dict]:
        """Review decisions in the order they were made, all or those of some sources or documents."""
        query = select(DECISIONS).order_by(DECISIONS.c.decision_id)
        if sources is not None or doc_ids is not None:
            query = query.where(or_(DECISIONS.c.source.in_(list(sources or [])),
                                    DECISIONS.c.doc_id.in_(list(doc_ids or []))))
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def has_decisions(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(DECISIONS.c.decision_id).limit(1)).first() is not None

    def stored_versions(self) -> dict[str, tuple[str, str]]:
        """``source -> (doc_id, pipeline_version)`` of every stored document: what incremental runs compare."""
        docs = METADATA.tables["documents"]
        with self.engine.connect() as conn:
            rows = conn.execute(select(docs.c.source, docs.c.doc_id, docs.c.pipeline_version))
            return {source: (doc_id, version) for source, doc_id, version in rows}

    def close(self) -> None:
        """Connections go back to the process's pool for this URL (a flow opens the store per batch)."""


_ENGINES: dict[str, Engine] = {}


def _engine(url: str) -> Engine:
    """One engine (and connection pool) per URL and process."""
    engine = _ENGINES.get(url)
    if engine is None:
        engine = create_engine(url, future=True)
        if url.startswith("sqlite"):
            event.listen(engine, "connect", _sqlite_pragmas)
        _ENGINES[url] = engine
    return engine


def dispose_engines() -> None:
    """Close every pooled connection (tests that delete a store's folder, forked workers)."""
    for engine in _ENGINES.values():
        engine.dispose()
    _ENGINES.clear()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
