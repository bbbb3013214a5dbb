"""Statistical tables: numbers whose unit is stated once, in a 单位 line, a column header or a unit column.

Ingestion writes a table as tab-separated lines. A block of such lines whose numbers carry no unit of
their own is read as a table when a unit is declared for its numbers (GUIDE v2: a cell is a fact when its
row or column states the unit):

- the first line of the block is the header; each later line is a row;
- a column's unit is the one its header names in brackets (年末数（万人）, 金额（亿元）, 企业数 （家）), else the
  unit of a 单位：亿元 line just above the table, else the row's cell in a column headed 单位 (粗钢 | 万吨 |
  106476.7 is 1.064767e11 kg);
- a column headed 增长/增速/涨跌/…（%） holds growth rates in percent, signed as written (-39.5); one headed
  比重/占…（%） holds shares; a column headed 增减/增减额 is a change in its unit; any other is a level;
- each number is named by the nearest text cell to its left (two-pane tables: 行业 | 增长 | 行业 | 增长), without
  其中：, a leading # and footnote markers;
- the column header gives the period when it names one (1-3月 → months of the reference year; 1998 → 1998); a month-end
  (3月末) or 年末数 is a point in time, so the period is the reference year.

Some archives flatten a table into a list after its title (表2 …涨跌幅度 / - 单位：% / - 居民消费价格 1.6 1.7 1.3):
such rows, a label then numbers separated by spaces, are read the same way, the title saying what the numbers are.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from zhibiao.extract import period as periods
from zhibiao.extract.dating import Reference
from zhibiao.numerals import parse_chinese
from zhibiao.units import MAGNITUDES, lookup

_UNIT_LINE = re.compile(r"^\s*(?:计量)?单位\s*[:：]\s*(\S+?)\s*$")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_GROWTH_HEADER = re.compile(r"增长|增速|增幅|同比|涨跌|涨幅|%|％")
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


_TABLE_TITLE = re.compile(r"^\s*表\s*\d{1,2}\s*(?P<title>\S.*)$")


def is_table_title(line: str) -> bool:
    """表6. 五年来全国基本建设投资新增主要生产能力: the title speaks for its table only."""
    return bool(_TABLE_TITLE.match(line))

_LIST_ROW = re.compile(r"^\s*[-*·]\s+(?P<label>\D*?[^\d\s-])\s+(?P<numbers>-?\d+(?:\.\d+)?(?:\s+-?\d+(?:\.\d+)?)*)\s*$")
# 各类价格比上年上涨幅度（％） over 1、居民消费价格 24.1 / 其中：城市 25.0 (the communiqués of 1992–1994): a caption that
# says what its numbers are and their unit, then rows of a label and one number, with no bullet (a caption is one word
# run: - 产品名称 产量（万吨） 比上年增长(%) is the header of a bulleted table)
_CAPTIONED_LIST = re.compile(r"^\s*(?P<title>[^\s\-*·][^\s]*?(?:幅度|增长|增速|速度|涨跌)[^\s]*?)[（(]\s*(?P<unit>%|％)\s*[）)]\s*[:：]?\s*$")
_BARE_LIST_ROW = re.compile(r"^\s*(?:\d{1,2}\s*[、.．]\s*)?(?P<label>[^\t\s.．][^\t]{0,20}?[^\d\s\t.．-])\s+"
                            r"(?P<numbers>-?\d+(?:\.\d+)?)\s*$")
_LIST_UNIT = re.compile(r"^\s*[-*·]?\s*(?:计量)?单位\s*[:：]\s*(\S+?)\s*$")
_HEADER_UNIT = re.compile(r"[（(]\s*([^（）()]{1,8}?)\s*[）)]\s*$")
_SHARE_HEADER = re.compile(r"比重|占比|占全|构成|份额")
_UNIT_HEADER = re.compile(r"^\s*(?:计量)?单位\s*$")
_LABEL_NOISE = re.compile(r"^(?:其中[:：]?|#|＃)+|\s+")
# a column header that says only what kind of number the column holds, not what it counts
_GENERIC_HEADER = re.compile(r"(?:本年|本期|年末|全年|实际|绝对)?(?:比上年末|比上年|比年初|比去年|较上年|同比)?"
                             r"(?:数|数量|产量|年末数|金额|总量|总额|指标值|数值|合计|总计|全国|绝对数|绝对额|数额|增长|增速|"
                             r"增长速度|增幅|比重|占比|构成|涨跌幅度?|增减|增减额|单位)?")
_BRACKETS = re.compile(r"[（(][^（）()]*[）)]|\s+")


# A column headed by a bare year (| 指标 | 单位 | 1998 | 1999 | … | 2002 |, 表13 of the 2002 communiqué): its year.
_YEAR_HEADER = re.compile(r"\s*((?:19|20)\d\d)\s*年?\s*")


def _named(label: str, head: str, ref: Reference) -> str:
    """The row's label, qualified by its column when the header names what the column counts (东盟 under 出口额
    → 东盟（出口额）; 居民消费价格 under 城市 → 居民消费价格（城市）), not when it names only a measure or a period."""
    core = _BRACKETS.sub("", head)
    if (not core or _GENERIC_HEADER.fullmatch(core) or _YEAR_HEADER.fullmatch(core)
            or periods.last_period_in(core, ref, "actual") is not False):
        return label
    return f"{label}（{core}）"


def table_cells(text: str, ref: Reference) -> list[TableCell]:
    """Facts from the unit-declared tables of `text` (rules in the module docstring)."""
    found: list[TableCell] = []
    declared: str | None = None
    header: list[str] | None = None
    title: str | None = None
    listed: str | None = None  # the unit of a table flattened into a list
    bare = False  # its rows have no bullet (a captioned list)
    list_header = ""
    for offset, line in _lines(text):
        c = _CAPTIONED_LIST.match(line) if "\t" not in line else None
        if c:
            title, declared, header, listed, list_header, bare = c["title"], None, None, c["unit"], "", True
            continue
        m = _UNIT_LINE.match(line) or (_LIST_UNIT.match(line) if title else None)
        if m:
            declared, header = m[1].strip("（）()"), None
            listed = declared if line.lstrip().startswith(("-", "*", "·")) else None
            list_header, bare = "", False  # (a 单位 line opens a list of its own, bulleted)
            continue
        t = _TABLE_TITLE.match(line)
        if t and "\t" not in line:
            title, declared, header, listed, bare = t["title"], None, None, None, False
            continue
        if "\t" not in line:
            row = _LIST_ROW.match(line) if listed else None
            if row is None and bare:
                row = _BARE_LIST_ROW.match(line)
            if row and listed:
                found.extend(_list_row(offset, line, row, listed, title or "", list_header, ref))
                continue
            if listed and line.lstrip().startswith(("-", "*", "·")):
                list_header += line.lstrip(" -*·")  # - 指 标 全 国 / - 城 市 农 村: the flattened header
                continue
            if line.strip() and not line.lstrip().startswith(("-", "*", "·")):
                declared, header = (declared if header is None else None), None
                title = listed = None
                bare = False
            continue
        cells = _cells(line, offset)
        if header is None:
            header = [c[2] for c in cells]
            continue
        row_header = header
        if "" in header[1:]:
            # | 指标 | 单位 | 绝对数 | | 比上年增长% | | | over | 水运 | 亿人 | 2.2 | | | -0.7 | |: the filled cells
            # pair with the named columns, in order
            named = [h for h in header[1:] if h]
            filled = [c for c in cells[1:] if c[2]]
            if len(named) == len(filled):
                cells, row_header = cells[:1] + filled, header[:1] + named
        elif len(cells) > len(header):  # 水运 | 亿人公里 | 33.0 | | -58.0: an empty cell shifted the row
            cells = cells[:1] + [c for c in cells[1:] if c[2]]
        found.extend(_row(cells, row_header, declared, title or "", ref))
    return found


def _column(head: str, declared: str | None, row_unit: str | None, title: str):
    """(factor, unit, measure, raw unit) of a column, or None when its numbers have no unit."""
    bracket = _HEADER_UNIT.search(head)
    said = bracket[1] if bracket else None
    percent = said in ("%", "％") or (said is None and declared in ("%", "％") and not row_unit)
    if percent or (said is None and _GROWTH_HEADER.search(head) and "%" in head):
        if _SHARE_HEADER.search(head):
            return 1.0, "percent", "share", "%"
        if _GROWTH_HEADER.search(head) or re.search(r"涨跌|增长|增速", title):
            return 1.0, "percent", "growth", "%"
        return 1.0, "percent", "level", "%"
    if _GROWTH_HEADER.search(head) and said is None and not row_unit and not declared:
        return 1.0, "percent", "growth", "%"  # 增长 with no unit at all: a rate in percent
    label = said or row_unit or declared
    converted = _unit(label) if label else None
    if converted is None:
        return None
    factor, unit = converted
    return factor, unit, "change" if _CHANGE_HEADER.search(head) else "level", label


def _row(cells, header, declared, title: str, ref: Reference) -> Iterator[TableCell]:
    unit_col = next((i for i, h in enumerate(header) if _UNIT_HEADER.match(h)), None)
    row_unit = cells[unit_col][2] if unit_col is not None and unit_col < len(cells) else None
    label = None
    for i, (start, end, cell) in enumerate(cells):
        if i == unit_col:
            continue
        if not _NUMBER.fullmatch(cell):
            text = _LABEL_NOISE.sub("", cell)
            if text and text not in ("—", "-", "…"):
                label = text
            continue
        if i == 0 or label is None:
            continue
        head = header[i] if i < len(header) else ""
        column = _column(head, declared, row_unit, title)
        if column is None:
            continue
        factor, unit, measure, raw_unit = column
        raw = float(cell)
        year = _YEAR_HEADER.fullmatch(_BRACKETS.sub("", head))
        per = year[1] if year else periods.last_period_in(head, ref, "actual")
        if per is False:
            per = _years_of_column(head, ref) or (str(ref.review_year) if ref.review_year else None)
        yield TableCell(start, end, raw, raw_unit, raw * factor, unit, measure, _named(label, head, ref), per)


# 五年累计, 五年平均　　增长（%） (无锡 2017's appendix): a column over the years up to the one reviewed
_YEARS_COLUMN = re.compile(r"([两三四五六七八九十])年\s*(?:累计|合计|平均|年均)")


def _years_of_column(head: str, ref: Reference) -> str | None:
    m = _YEARS_COLUMN.search(head)
    if not (m and ref.review_year):
        return None
    years = parse_chinese(m[1])
    if years is None:
        raise ValueError(f"no number of years: {m[1]}")
    return periods.years_span(ref.review_year - int(years) + 1, ref.review_year)


def _list_columns(header: str, n: int) -> list[str]:
    """Column names of a flattened table from its header lines (指 标 全 国 / 城 市 农 村 → 全国, 城市, 农村): the
    characters after 指标, cut evenly into `n` names; empty names when they do not divide evenly."""
    chars = _BRACKETS.sub("", header)
    chars = re.sub(r"^(?:指标|项目|名称|类别)", "", chars)
    if n and chars and len(chars) % n == 0 and 2 <= len(chars) // n <= 4:
        k = len(chars) // n
        return [chars[i:i + k] for i in range(0, len(chars), k)]
    return [""] * n


def _list_row(offset: int, line: str, m: re.Match, unit_label: str, title: str, header: str,
              ref: Reference) -> Iterator[TableCell]:
    """- 居民消费价格 1.6 1.7 1.3 under 单位：% in a table titled …涨跌幅度: each number a fact of that label, named by
    its column (全国, 城市, 农村) when the header lines name the columns."""
    label = _LABEL_NOISE.sub("", m["label"])
    if not label:
        return
    if "价格" in title and "价" not in label:
        label += "价格"  # 粮食 50.7 under 各类价格比上年上涨幅度: the price of grain rose, not its output
    column = _column(f"（{unit_label}）", None, None, title)
    if column is None:
        return
    factor, unit, measure, raw_unit = column
    if unit == "percent" and re.search(r"涨跌|增长|增速|速度", title):
        measure = "growth"
    per = str(ref.review_year) if ref.review_year else None
    pos = offset + m.start("numbers")
    numbers = list(re.finditer(r"-?\d+(?:\.\d+)?", m["numbers"]))
    names = _list_columns(header, len(numbers))
    for name, n in zip(names, numbers):
        raw = float(n.group())
        yield TableCell(pos + n.start(), pos + n.end(), raw, raw_unit, raw * factor, unit, measure,
                        _named(label, name, ref), per)
