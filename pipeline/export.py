"""Datasets: each table as Parquet and CSV, written to a temporary file and renamed into place."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from pipeline.models import TABLE_MODELS, base_type, columns
from pipeline.review.apply import load_review
from pipeline.store import Store

_ARROW = {int: pa.int64(), float: pa.float64(), bool: pa.bool_(), str: pa.string()}


def _arrow_type(annotation) -> pa.DataType:
    return _ARROW.get(base_type(annotation), pa.string())


def schema_for(table: str) -> pa.Schema:
    fields = TABLE_MODELS[table].model_fields
    return pa.schema([pa.field(name, _arrow_type(fields[name].annotation)) for name in columns(table)])


def _atomic_write(target: Path, write) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _current_text(document: dict):
    """A document's text as read now, to place facts a reviewer added where its text has changed."""
    from pipeline.config import Settings
    from pipeline.review.sources import Sources

    try:
        return Sources(Settings(), []).load(document).text
    except Exception:  # the export must not fail over this; the fact is then listed as unmatched
        return None


def write_datasets(store: Store, out_dir: Path) -> dict[str, int]:
    """Write every table with the review decisions applied; returns the row count per table.

    Rejected records are left out, corrected values are in place and added facts are present
    (pipeline.review.apply). With no decisions the rows are the store's, as extracted.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    review = load_review(store, text_of=_current_text) if store.has_decisions() else None
    counts = {}
    for name in TABLE_MODELS:
        schema = schema_for(name)
        rows = review.dataset_rows(name) if review else store.rows(name)
        table = pa.Table.from_pylist([{k: r.get(k) for k in schema.names} for r in rows], schema=schema)
        _atomic_write(out_dir / f"{name}.parquet", lambda tmp: pq.write_table(table, tmp))
        _atomic_write(out_dir / f"{name}.csv", lambda tmp: pacsv.write_csv(table, tmp))
        counts[name] = len(rows)
    return counts
