"""Reference tables published beside the facts: the unit registry, the indicator dictionary, regions.

Loads the registries of `zhibiao.units` and `zhibiao.indicators` and the administrative-division
lookup of `zhibiao.ingest.regions`; makes frames shaped like the `units`, `indicators` and `regions`
models, and the code lists the facts model checks against.
"""
from __future__ import annotations

from functools import cache

import pandas as pd

from zhibiao.indicators import load_indicators
from zhibiao.units import MAGNITUDES, UNITS, lookup

_MAGNITUDES_LONGEST_FIRST = sorted(MAGNITUDES, key=len, reverse=True)


def _nulls_for_empty(rows: list[dict]) -> pd.DataFrame:
    # an empty cell is a missing value in the published CSV: make it one in the warehouse too
    return pd.DataFrame([{k: (None if v == "" else v) for k, v in row.items()} for row in rows])


@cache
def units_frame() -> pd.DataFrame:
    return _nulls_for_empty([row.as_dict() for row in UNITS])


@cache
def indicators_frame() -> pd.DataFrame:
    return _nulls_for_empty([ind.as_dict() for ind in load_indicators()])


@cache
def canonical_units() -> tuple[str, ...]:
    return tuple(sorted({row.unit for row in UNITS}))


@cache
def indicator_codes() -> tuple[str, ...]:
    return tuple(ind.code for ind in load_indicators())


def unit_code(raw_unit: str | None) -> str | None:
    """Registry code of a unit as written: 亿元 → yi_yuan; 万千瓦 → kW (magnitude 万 + 千瓦)."""
    if not raw_unit:
        return None
    row = lookup(raw_unit)
    if row is None:
        magnitude = next((m for m in _MAGNITUDES_LONGEST_FIRST if raw_unit.startswith(m)), "")
        row = lookup(raw_unit[len(magnitude):]) if magnitude else None
    return row.code if row else None


def regions_frame(codes: list[str]) -> pd.DataFrame:
    """The regions with these codes and all their ancestors, shaped like the regions model."""
    from zhibiao.ingest.regions import regions_with_ancestors

    return pd.DataFrame([{"code": r.code, "name": r.name, "level": r.level, "parent_code": r.parent_code,
                          "province": r.province} for r in regions_with_ancestors(codes)],
                        columns=["code", "name", "level", "parent_code", "province"])
