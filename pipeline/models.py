"""Pydantic v2 models: one per dataset table. A record that fails here goes to ``rejects``.

The field order is the column order of the datasets (see CONTRACT.md).
"""

from __future__ import annotations

import types
import typing
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ReviewStatus = Literal["pending", "accepted", "rejected", "corrected"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class Document(Record):
    doc_id: str = Field(pattern=r"^[0-9a-f]{16}$")
    source: str
    format: str
    language: str | None = None
    pages: int | None = Field(None, ge=0)
    status: Literal["ok", "failed"]
    error: str | None = None
    warnings: str | None = None  # what was read with a caveat (scanned pages skipped, ...)
    chars: int | None = Field(None, ge=0)
    pipeline_version: str

    @model_validator(mode="after")
    def _failed_has_reason(self) -> Document:
        if self.status == "failed" and not self.error:
            raise ValueError("a failed document needs an error message")
        return self


class Fact(Record):
    """What every fact table shares: where it stands and how sure we are."""

    doc_id: str = Field(pattern=r"^[0-9a-f]{16}$")
    start_char: int = Field(ge=0)
    end_char: int = Field(ge=0)
    page: int | None = Field(None, ge=1)
    evidence: str = Field(min_length=1)
    bbox: str | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    review_status: ReviewStatus = "pending"
    needs_review: bool = False  # confidence below the review threshold: a person should look

    @model_validator(mode="after")
    def _span_not_empty(self) -> Fact:
        if self.end_char <= self.start_char:
            raise ValueError(f"empty span: end_char {self.end_char} <= start_char {self.start_char}")
        return self


class City(Fact):
    geonames_id: int = Field(gt=0)
    name: str = Field(min_length=1)
    country_code: str = Field(pattern=r"^[A-Z]{2}$")
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)
    mention: str = Field(min_length=1)
    mentions: int = Field(ge=1)


class Industry(Fact):
    city_geonames_id: int = Field(gt=0)
    city: str = Field(min_length=1)
    industry: str = Field(min_length=2)
    sector: str | None = None
    mention: str = Field(min_length=1)


class PortMetric(Fact):
    city_geonames_id: int = Field(gt=0)
    port: str = Field(min_length=1)
    port_type: Literal["sea", "inland", "air"]
    metric: Literal["throughput", "capacity", "rank"]
    value: float | None = None
    unit: str | None = None
    period: str | None = None
    rank: int | None = Field(None, ge=1)
    scope: str | None = None
    mention: str = Field(min_length=1)

    @model_validator(mode="after")
    def _metric_is_complete(self) -> PortMetric:
        if self.metric == "rank":
            if self.rank is None and self.scope is None:
                raise ValueError("a rank needs an ordinal or a scope")
        elif self.value is None or self.value <= 0 or not self.unit:
            raise ValueError(f"a {self.metric} needs a positive value and a unit")
        return self


class Partnership(Fact):
    city_a_geonames_id: int = Field(gt=0)
    city_a: str = Field(min_length=1)
    city_b_geonames_id: int = Field(gt=0)
    city_b: str = Field(min_length=1)
    kind: Literal["city", "port"]
    since: int | None = Field(None, ge=1800, le=2100)

    @model_validator(mode="after")
    def _two_cities(self) -> Partnership:
        if self.city_a_geonames_id == self.city_b_geonames_id:
            raise ValueError("a partnership needs two different cities")
        return self


class Reject(Record):
    doc_id: str
    table: str
    record: str  # JSON
    error: str

    @field_validator("table")
    @classmethod
    def _known_table(cls, value: str) -> str:
        if value not in FACT_MODELS:
            raise ValueError(f"unknown table {value!r}")
        return value


FACT_MODELS: dict[str, type[Fact]] = {
    "cities": City,
    "industries": Industry,
    "port_metrics": PortMetric,
    "partnerships": Partnership,
}
TABLE_MODELS: dict[str, type[Record]] = {"documents": Document, **FACT_MODELS, "rejects": Reject}


def columns(table: str) -> list[str]:
    """Dataset column order: the table's own columns first, then provenance and review state (CONTRACT.md)."""
    fields = list(TABLE_MODELS[table].model_fields)
    if table not in FACT_MODELS:
        return fields
    shared = [f for f in Fact.model_fields if f != "doc_id"]
    return ["doc_id"] + [f for f in fields if f not in Fact.model_fields] + shared


def base_type(annotation) -> type:
    """``int | None`` -> ``int``; ``Literal["a", "b"]`` -> ``str``: the storage type of a field."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if args and typing.get_origin(annotation) in (typing.Union, types.UnionType):
        annotation = args[0]
    if typing.get_origin(annotation) is typing.Literal:
        return str
    return annotation
