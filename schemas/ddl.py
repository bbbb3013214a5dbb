"""Generate DuckDB CREATE TABLE statements from the pandera models, keys included."""
from __future__ import annotations

import pandera.pandas as pa

from .base import foreign_keys, primary_key
from .table_schema import field_type

_SQL_TYPES = {"string": "VARCHAR", "number": "DOUBLE", "integer": "BIGINT", "boolean": "BOOLEAN",
              "date": "DATE", "datetime": "TIMESTAMP"}


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def column_types(model: type[pa.DataFrameModel]) -> dict[str, str]:
    """Column name → DuckDB type, in model order."""
    return {name: _SQL_TYPES[field_type(col.dtype)] for name, col in model.to_schema().columns.items()}


def create_table(model: type[pa.DataFrameModel], table: str, *, references: dict[str, str] | None = None,
                 extra_columns: tuple[str, ...] = (), extra_constraints: tuple[str, ...] = ()) -> str:
    """CREATE TABLE for `model` named `table`.

    `references` maps a model's resource name (e.g. "documents") to the warehouse table its foreign
    keys point at (e.g. "marts.dim_documents"); keys to resources not in the map are left out, so
    staging tables (no map) get primary keys only. `extra_columns`/`extra_constraints` are SQL
    clauses for warehouse-only columns such as lineage.
    """
    schema = model.to_schema()
    lines = []
    for name, sql_type in column_types(model).items():
        null = "" if schema.columns[name].nullable else " NOT NULL"
        lines.append(f"{quote(name)} {sql_type}{null}")
    lines.extend(extra_columns)
    lines.append(f"PRIMARY KEY ({', '.join(map(quote, primary_key(model)))})")
    for fk in foreign_keys(model):
        target = (references or {}).get(fk.resource)
        if target:
            lines.append(f"FOREIGN KEY ({', '.join(map(quote, fk.fields))}) "
                         f"REFERENCES {target} ({', '.join(map(quote, fk.reference))})")
    lines.extend(extra_constraints)
    body = ",\n    ".join(lines)
    return f"CREATE TABLE {table} (\n    {body}\n)"
