"""The document's reference date, and the years its review and its plans speak about.

When ingestion gives a publication date, that is the reference date. Otherwise it is inferred from the
text with these rules, in order:

1. a full date near the top of the text (2024年01月10日, 更新时间:2023-12-14) is the publication date;
2. otherwise the latest year the text speaks of as its own (2024年, 2024这一年; not 到2035年) is the
   reference year; a text that plans that year and reviews the one before (二、2024年政府工作安排 after
   一、2023年工作回顾) is a work report delivered in January of it (15 January is assumed); otherwise the
   year is raised to the year of the latest Central Committee plenary session or Party congress
   it mentions (二十届三中全会 → July 2024: the text is from 2024 or later; table in
   data/cpc_sessions.csv); a month-day near the top (10月30日) gives the day, else 31 December.

From the reference date P:
- `review_year` — the year a report reviews: P.year−1 when P is in January–March (government work
  reports are delivered then and review the year before), else P.year (year-end news reviews its year);
- `plan_year` — the year its targets are for: P.year when P is in January–September, else P.year+1
  (a December plenum plans the next year).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

SESSIONS_FILE = Path(__file__).resolve().parent.parent / "data" / "cpc_sessions.csv"

_FULL_DATE = re.compile(r"((?:19|20)\d\d)\s*(?:年|-|/|\.)\s*(\d{1,2})\s*(?:月|-|/|\.)\s*(\d{1,2})")
_YEAR = re.compile(r"(?<![\d到至迈向展望])((?:19|20)\d\d)\s*(?:年|这一年)")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
_PLENUM = re.compile(r"(十八|十九|二十)届((?:[一二三四五六七八九]中(?:全会)?[、，,和及]?)+)")
_CONGRESS = re.compile(r"(十八|十九|二十)大")


@dataclass(frozen=True, slots=True)
class Reference:
    date: date | None
    review_year: int | None
    plan_year: int | None
    inferred: bool


@lru_cache(maxsize=1)
def session_dates() -> dict[str, date]:
    with open(SESSIONS_FILE, encoding="utf-8", newline="") as fh:
        return {row["name"]: date.fromisoformat(row["date"]) for row in csv.DictReader(fh)}


def latest_session(text: str) -> date | None:
    """Date of the latest plenary session or congress the text mentions (二十届二中、三中全会 → 三中)."""
    table = session_dates()
    found: list[date] = []
    for m in _PLENUM.finditer(text):
        for digit in re.findall(r"([一二三四五六七八九])中", m[2]):
            d = table.get(f"{m[1]}届{digit}中全会")
            if d:
                found.append(d)
    for m in _CONGRESS.finditer(text):
        d = table.get(f"{m[1]}大")
        if d:
            found.append(d)
    return max(found) if found else None


def _plans_year_after_review(text: str, year: int) -> bool:
    """True when the text plans `year` (2024年工作安排, 2024年主要预期目标) and reviews the year before
    (2023年工作回顾, 过去一年): the shape of a government work report."""
    plans = re.search(rf"{year}年[^\n。，,]{{0,8}}(?:工作安排|工作任务|主要目标|预期目标|总体要求|重点工作|工作建议)", text)
    reviews = re.search(rf"{year - 1}年[^\n。，,]{{0,8}}(?:工作回顾|主要工作|工作总结)|过去一年|过去五年", text)
    return bool(plans and reviews)


def infer_date(text: str) -> date | None:
    """Best guess of when `text` was written (rules 1 and 2 of the module docstring)."""
    head = text[:600]
    m = _FULL_DATE.search(head)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    years = [int(y) for y in _YEAR.findall(text)]
    session = latest_session(text)
    year = max(years) if years else None
    if session and (year is None or session.year > year):
        year = session.year
    if year is None:
        return None
    if _plans_year_after_review(text, year):
        return date(year, 1, 15)  # a work report: reviews year-1, plans `year`, delivered early in `year`
    md = _MONTH_DAY.search(head)
    if md:
        try:
            d = date(year, int(md[1]), int(md[2]))
            if session is None or d >= session:
                return d
        except ValueError:
            pass
    return date(year, 12, 31)


def reference(text: str, published: date | None) -> Reference:
    d = published or infer_date(text)
    if d is None:
        return Reference(None, None, None, True)
    review = d.year - 1 if d.month <= 3 else d.year
    plan = d.year if d.month <= 9 else d.year + 1
    return Reference(d, review, plan, published is None)
