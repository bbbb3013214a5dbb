"""The indicator dictionary: canonical indicators that regional reports publish, and their synonyms.

Data: `zhibiao/data/indicators.csv` (primary key `code`; name_zh, name_en, pipe-separated synonyms),
published by the data package as `indicators`.

`indicator_code(phrase)` maps an indicator phrase taken from a text to a code, conservatively:
1. the phrase, without quotation marks and without a trailing growth word (增速, 增长率, 增幅), equals a
   name or synonym; or
2. it ends with a name or synonym of at least 3 characters (磐石市旅游收入 → tourism_revenue); the
   longest such ending wins, so 规模以上工业增加值 maps to industry value added, never to GDP.
Anything else → None: a phrase that merely mentions an indicator (占规上工业总产值比重) is not it.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_FILE = Path(__file__).with_name("data") / "indicators.csv"
_GROWTH_TAIL = re.compile(r"(?:增速|增长速度|增长率|增幅|涨幅)$")
_QUOTES = str.maketrans("", "", "“”\"'‘’《》「」")


@dataclass(frozen=True, slots=True)
class Indicator:
    code: str
    name_zh: str
    name_en: str
    synonyms: tuple[str, ...]
    description: str

    def as_dict(self) -> dict:
        return {"code": self.code, "name_zh": self.name_zh, "name_en": self.name_en,
                "synonyms": "|".join(self.synonyms), "description": self.description}


def load_indicators(path: str | Path = DATA_FILE) -> list[Indicator]:
    """Read the dictionary; raises ValueError naming the file on a duplicate code or synonym."""
    out: list[Indicator] = []
    codes: set[str] = set()
    owner: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            syns = tuple(s for s in rec["synonyms"].split("|") if s)
            ind = Indicator(rec["code"], rec["name_zh"], rec["name_en"], syns, rec.get("description", ""))
            if ind.code in codes:
                raise ValueError(f"{path}: duplicate indicator code {ind.code!r}")
            codes.add(ind.code)
            for term in {ind.name_zh, *syns}:
                term = term.translate(_QUOTES)
                if term in owner and owner[term] != ind.code:
                    raise ValueError(f"{path}: {term!r} is a synonym of both {owner[term]} and {ind.code}")
                owner[term] = ind.code
            out.append(ind)
    return out


@lru_cache(maxsize=1)
def _terms() -> tuple[dict[str, str], list[str]]:
    table: dict[str, str] = {}
    for ind in load_indicators():
        for term in (ind.name_zh, *ind.synonyms):
            table[term.translate(_QUOTES)] = ind.code
    return table, sorted(table, key=len, reverse=True)


@lru_cache(maxsize=4096)
def indicator_code(phrase: str | None) -> str | None:
    """Code of the dictionary entry that `phrase` names, or None (see the module docstring)."""
    if not phrase:
        return None
    table, by_length = _terms()
    p = _GROWTH_TAIL.sub("", phrase.translate(_QUOTES).strip())
    if p in table:
        return table[p]
    for term in by_length:
        if len(term) >= 3 and p.endswith(term):
            return table[term]
    return None
