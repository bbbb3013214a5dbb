"""The unit registry: which surface forms name which unit, and how they convert to a canonical unit.

The registry is data (`zhibiao/data/units.csv`, one row per unit, primary key `code`), published by the
warehouse as the `units` table. Each row gives the canonical unit code used in facts (`CNY`, `person`,
`m2`, … as the gold GUIDE lists them, plus a few the GUIDE does not cover such as `VA`, `TEU`, `ug_m3`),
the dimension, the factor from the surface unit to the canonical unit, and the surface forms in
Simplified and Traditional characters.

Magnitude prefixes (万, 亿, 千万, …) are not rows of their own: the extraction grammar combines any
magnitude with any base surface (万 + 千瓦 → 1e4 × 1e3 W). Rows such as `wan_yuan` (万元) exist so that
the most common combinations have a stable code of their own.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_FILE = Path(__file__).with_name("data") / "units.csv"

# Magnitude words that multiply the unit that follows (9900万元, 1.5万亿元, 120亿千瓦时).
MAGNITUDES: dict[str, float] = {
    "万亿": 1e12,
    "千亿": 1e11,
    "百亿": 1e10,
    "十亿": 1e9,
    "千万": 1e7,
    "百万": 1e6,
    "十万": 1e5,
    "亿": 1e8,
    "万": 1e4,
    "千": 1e3,
    "百": 1e2,
}


@dataclass(frozen=True, slots=True)
class UnitRow:
    """One registry row: a unit as written, and how it converts to its canonical unit."""

    code: str  # stable primary key, e.g. wan_yuan
    unit: str  # canonical unit code used in facts, e.g. CNY
    dimension: str  # money, people, count, area, length, mass, power, energy, volume, ratio, …
    factor: float  # multiply the written number by this to get the canonical value
    surface_forms: tuple[str, ...]  # Simplified forms, e.g. ("万元",)
    traditional_forms: tuple[str, ...]  # Traditional forms, e.g. ("萬元",)
    needs_magnitude: bool  # only a unit after a magnitude (10万方, 5.1万P): the bare form is ambiguous
    description: str

    def as_dict(self) -> dict:
        return {
            "code": self.code,
            "unit": self.unit,
            "dimension": self.dimension,
            "factor": self.factor,
            "surface_forms": "|".join(self.surface_forms),
            "traditional_forms": "|".join(self.traditional_forms),
            "needs_magnitude": self.needs_magnitude,
            "description": self.description,
        }


def _split(cell: str) -> tuple[str, ...]:
    return tuple(s for s in (cell or "").split("|") if s)


def load_units(path: str | Path = DATA_FILE) -> list[UnitRow]:
    """Read the registry CSV; raises ValueError naming the file on a duplicate code or surface form."""
    rows: list[UnitRow] = []
    seen_codes: set[str] = set()
    seen_forms: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            row = UnitRow(
                code=rec["code"],
                unit=rec["unit"],
                dimension=rec["dimension"],
                factor=float(rec["factor"]),
                surface_forms=_split(rec["surface_forms"]),
                traditional_forms=_split(rec["traditional_forms"]),
                needs_magnitude=rec.get("needs_magnitude", "0").strip() in ("1", "true", "True"),
                description=rec.get("description", ""),
            )
            if row.code in seen_codes:
                raise ValueError(f"{path}: duplicate unit code {row.code!r}")
            seen_codes.add(row.code)
            for form in row.surface_forms + row.traditional_forms:
                if form in seen_forms:
                    raise ValueError(f"{path}: surface form {form!r} in both {seen_forms[form]} and {row.code}")
                seen_forms[form] = row.code
            rows.append(row)
    return rows


UNITS: list[UnitRow] = load_units()


@lru_cache(maxsize=1)
def surface_index() -> dict[str, UnitRow]:
    """Every surface form (Simplified and Traditional) → its registry row."""
    index: dict[str, UnitRow] = {}
    for row in UNITS:
        for form in row.surface_forms + row.traditional_forms:
            index[form] = row
    return index


def lookup(surface: str) -> UnitRow | None:
    """The row for a unit exactly as written (万元 → wan_yuan), or None."""
    return surface_index().get(surface)


def base_surfaces() -> list[str]:
    """Surface forms that the grammar may combine with a magnitude, longest first (so 千瓦时 beats 千瓦)."""
    forms = set(surface_index())
    # 万元/亿元 are spelled out as rows but are a magnitude plus 元 to the grammar.
    forms -= {f for f in forms if f[:1] in "万亿萬億" and len(f) > 1}
    return sorted(forms, key=lambda f: (-len(f), f))


def convert(value: float, magnitude: str, surface: str) -> tuple[float, UnitRow] | None:
    """Value in the canonical unit for `value` written with `magnitude` + `surface` (e.g. 1.5, 万, 千瓦)."""
    row = lookup(surface)
    if row is None:
        return None
    factor = MAGNITUDES.get(magnitude, 1.0) if magnitude else 1.0
    return value * factor * row.factor, row
