"""Generate Frictionless Table Schema descriptors from the pandera models.

Types, required, enum, minimum/maximum, pattern, length, unique, descriptions, primary and foreign
keys all come from the model: nothing about a table is written twice by hand.
"""
from __future__ import annotations

import pandera.pandas as pa

from .base import foreign_keys, primary_key, table_metadata

_TYPES = {"str": "string", "string": "string", "float64": "number", "Int64": "integer", "int64": "integer",
          "bool": "boolean", "date": "date", "datetime64[ns]": "datetime"}


def field_type(dtype) -> str:
    name = str(dtype)
    if name.startswith("string") or name == "object":
        return "string"
    if name.startswith("datetime64"):
        return "datetime"
    try:
        return _TYPES[name]
    except KeyError:
        raise ValueError(f"no Frictionless type for pandera dtype {name!r}") from None


def _unanchored(pattern: str) -> str:
    # Frictionless wraps patterns in ^...$ itself
    return pattern.removeprefix("^").removesuffix("$")


def _constraints(column) -> dict:
    out: dict = {}
    if not column.nullable:
        out["required"] = True
    if column.unique:
        out["unique"] = True
    for check in column.checks:
        stats = check.statistics
        if check.name == "isin":
            out["enum"] = list(stats["allowed_values"])
        elif check.name == "greater_than_or_equal_to":
            out["minimum"] = stats["min_value"]
        elif check.name == "greater_than":
            out["exclusiveMinimum"] = stats["min_value"]
        elif check.name == "less_than_or_equal_to":
            out["maximum"] = stats["max_value"]
        elif check.name == "in_range":
            out["minimum"], out["maximum"] = stats["min_value"], stats["max_value"]
        elif check.name == "str_matches":
            out["pattern"] = _unanchored(stats["pattern"])
        elif check.name == "str_length":
            if stats.get("min_value") is not None:
                out["minLength"] = stats["min_value"]
            if stats.get("max_value") is not None:
                out["maxLength"] = stats["max_value"]
        else:
            raise ValueError(f"check {check.name!r} has no Frictionless constraint; add it to _constraints")
    return out


def table_schema(model: type[pa.DataFrameModel]) -> dict:
    """The Frictionless Table Schema of one model, as a descriptor dict."""
    schema = model.to_schema()
    fields = []
    for name, column in schema.columns.items():
        field = {"name": name, "type": field_type(column.dtype)}
        if column.description:
            field["description"] = column.description
        constraints = _constraints(column)
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    descriptor: dict = {"fields": fields, "primaryKey": primary_key(model), "missingValues": [""]}
    fks = [
        {"fields": list(fk.fields), "reference": {"resource": fk.resource, "fields": list(fk.reference)}}
        for fk in foreign_keys(model)
    ]
    if fks:
        descriptor["foreignKeys"] = fks
    return descriptor


def resource_name(model: type[pa.DataFrameModel]) -> str:
    return table_metadata(model)["name"]
