"""Reference tables published beside the facts: the unit registry, the indicator dictionary, regions.

Loads the data files under zhibiao/data and the administrative-division lookup; makes frames shaped
like the `units`, `indicators` and `regions` models.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd

DATA = Path(__file__).parent / "data"
MAGNITUDES = "十百千万亿"


@cache
def units_frame() -> pd.DataFrame:
    units = pd.read_csv(DATA / "units.csv", dtype=str, keep_default_na=False).replace({"": None})
    return units.assign(factor=units["factor"].astype(float), needs_magnitude=units["needs_magnitude"] == "1")


@cache
def indicators_frame() -> pd.DataFrame:
    return pd.read_csv(DATA / "indicators.csv", dtype=str, keep_default_na=False).replace({"": None})


@cache
def canonical_units() -> tuple[str, ...]:
    return tuple(sorted(set(units_frame()["unit"])))


@cache
def indicator_codes() -> tuple[str, ...]:
    return tuple(indicators_frame()["code"])


@cache
def _unit_codes_by_surface() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in units_frame().itertuples():
        for forms in (row.surface_forms, row.traditional_forms):
            for form in (forms or "").split("|"):
                if form:
                    out.setdefault(form, row.code)
    return out


def unit_code(raw_unit: str | None) -> str | None:
    """Registry code of a unit as written: 亿元 → yi_yuan; 万千瓦 → kW (magnitude prefix + 千瓦)."""
    if not raw_unit:
        return None
    surfaces = _unit_codes_by_surface()
    unit = raw_unit
    while unit:
        if unit in surfaces:
            return surfaces[unit]
        if unit[0] not in MAGNITUDES:
            return None
        unit = unit[1:]
    return None


def regions_frame(codes: list[str]) -> pd.DataFrame:
    """The regions with these codes and all their ancestors, shaped like the regions model."""
    from zhibiao.ingest.regions import region_by_code

    rows: dict[str, dict] = {}
    for code in codes:
        region = region_by_code(code)
        while region is not None and region.code not in rows:
            rows[region.code] = {"code": region.code, "name": region.name, "level": region.level,
                                 "parent_code": region.parent_code, "province": region.province}
            region = region_by_code(region.parent_code) if region.parent_code else None
    return pd.DataFrame(list(rows.values()), columns=["code", "name", "level", "parent_code", "province"])
