"""Shared pieces of the table models: key declarations and common column specs.

Every table is a pandera `DataFrameModel`. Column types, nullability, enums, ranges and patterns are
pandera fields; table-level facts that pandera has no notion of (primary key, foreign keys, title)
live in `Config.metadata`, so the model stays the single source the Frictionless schemas and the
DuckDB DDL are generated from.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandera.pandas as pa

HEX16 = r"^[0-9a-f]{16}$"
HEX64 = r"^[0-9a-f]{64}$"
REGION_CODE = r"^[0-9]{6}$"
# a year, one month, or a span of months: 2024 | 2024-12 | 2024-01/2024-06 | 2016-01/2020-12
PERIOD = r"^[0-9]{4}(-[0-9]{2}(/[0-9]{4}-[0-9]{2})?)?$"


@dataclass(frozen=True)
class ForeignKey:
    fields: tuple[str, ...]
    resource: str
    reference: tuple[str, ...]


class TableModel(pa.DataFrameModel):
    """Base for zhibiao tables: coerce input types and refuse unknown columns."""

    class Config:
        coerce = True
        strict = True


def table_metadata(model: type[pa.DataFrameModel]) -> dict:
    """The model's table-level metadata: name, title, primary_key, foreign_keys."""
    meta = dict(getattr(model.Config, "metadata", None) or {})
    meta.setdefault("foreign_keys", [])
    return meta


def primary_key(model: type[pa.DataFrameModel]) -> list[str]:
    return list(table_metadata(model)["primary_key"])


def foreign_keys(model: type[pa.DataFrameModel]) -> list[ForeignKey]:
    return list(table_metadata(model)["foreign_keys"])
