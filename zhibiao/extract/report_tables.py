"""Statistical tables: numbers whose unit is stated once, in a 单位 line or in the column header.

Ingestion writes a table as tab-separated lines. A block of such lines whose numbers carry no unit of
their own is read as a table when a unit is declared for it (单位：亿元 on a line just above, or a column
header such as 增长（%）):

- the first line of the block is the header; each later line is a row whose first cell names the
  indicator (a leading # marks a sub-item and is dropped);
- a numeric cell in a column headed 增长/增速/…（%） is a growth rate in percent, signed as written
  (-39.5); a column headed 增减/增减额 is a change in the declared unit; any other column is a level in the
  declared unit;
- the column header gives the period when it names one (1-3月 → months of the reference year); a
  month-end (3月末) is a point in time, so the period is the reference year when there is one.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from zhibiao.extract import period as periods
from zhibiao.extract.dating import Reference
from zhibiao.units import MAGNITUDES, lookup

_UNIT_LINE = re.compile(r"^\s*(?:计量)?单位\s*[:：]\s*(\S+?)\s*$")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_GROWTH_HEADER = re.compile(r"增长|增速|增幅|同比|%|％")
_CHANGE_HEADER = re.compile(r"增减")


@dataclass(slots=True)
class TableCell:
    start: int
    end: int
    raw_value: float
    raw_unit: str
    value: float
    unit: str
    measure: str
    indicator: str
    period: str | None


def _unit(label: str) -> tuple[float, str] | None:
    """(factor, canonical unit) for a declared unit such as 亿元, 万美元, 万吨, %."""
    row = lookup(label)
    if row is not None:
        return row.factor, row.unit
    for mag in sorted(MAGNITUDES, key=len, reverse=True):
        if label.startswith(mag):
            row = lookup(label[len(mag):])
            if row is not None:
                return MAGNITUDES[mag] * row.factor, row.unit
    return None


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for cell in line.split("\t"):
        lead = len(cell) - len(cell.lstrip())
        out.append((offset + pos + lead, offset + pos + len(cell.rstrip()), cell.strip()))
        pos += len(cell) + 1
    return out


_TASK_HEADER = re.compile(r"事项|任务|目标|计划|安排")
_DONE_HEADER = re.compile(r"完成|进度|进展|实际|情况|成效")


def column_statuses(text: str) -> list[tuple[int, int, str]]:
    """(start, end, status) of the cells of tab-separated tables whose column header says what they hold: a task,
    goal or plan column (重点事项, 目标任务) holds targets, a progress column (实际进度, 完成情况) holds actuals —
    as in a 民生实事 table whose rows read 七、筹集保障性租赁住房1500套 | … | 筹建保障性租赁住房1517套."""
    out: list[tuple[int, int, str]] = []
    header: list[str] | None = None
    for offset, line in _lines(text):
        if "\t" not in line:
            header = None
            continue
        cells = _cells(line, offset)
        if header is None:
            header = [c[2] for c in cells]
            continue
        for i, (start, end, _) in enumerate(cells):
            head = header[i] if i < len(header) else ""
            done, task = _DONE_HEADER.search(head), _TASK_HEADER.search(head)
            if task and not done:
                out.append((start, end, "target"))
            elif done and not task:
                out.append((start, end, "actual"))
    return out


def table_cells(text: str, ref: Reference) -> list[TableCell]:
    """Facts from the unit-declared tables of `text` (rules in the module docstring)."""
    found: list[TableCell] = []
    declared: str | None = None
    header: list[str] | None = None
    for offset, line in _lines(text):
        m = _UNIT_LINE.match(line)
        if m:
            declared, header = m[1].strip("（）()"), None
            continue
        if "\t" not in line:
            if line.strip():
                declared, header = (declared if header is None else None), None
            continue
        cells = _cells(line, offset)
        if header is None:
            header = [c[2] for c in cells]
            continue
        found.extend(_row(cells, header, declared, ref))
    return found


def _row(cells, header, declared, ref: Reference) -> Iterator[TableCell]:
    label = cells[0][2].lstrip("#＃ ").strip()
    if not label or _NUMBER.fullmatch(label):
        return
    for i, (start, end, cell) in enumerate(cells[1:], start=1):
        if not _NUMBER.fullmatch(cell):
            continue
        head = header[i] if i < len(header) else ""
        raw = float(cell)
        if _GROWTH_HEADER.search(head):
            unit, factor, measure, raw_unit = "percent", 1.0, "growth", "%"
        else:
            converted = _unit(declared) if declared else None
            if converted is None:
                continue
            factor, unit = converted
            measure = "change" if _CHANGE_HEADER.search(head) else "level"
            raw_unit = declared
        per = periods.last_period_in(head, ref, "actual")
        if per is False:
            per = str(ref.review_year) if ref.review_year else None
        yield TableCell(start, end, raw, raw_unit, raw * factor, unit, measure, label, per)
