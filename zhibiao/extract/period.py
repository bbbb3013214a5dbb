"""The period a fact refers to, resolved against the document's reference date.

Output: "2024" (a year), "2024-01/2024-06" (months of a year), "2017/2021" (several years), or None.

Where the period comes from, first that applies:

1. a time expression in the same sentence before the number (sentences end at 。！？ or a line break, so
   "前三季度,…692.5亿元;固定资产投资完成120.48亿元" gives both halves the same period), the nearest
   one: 2024年, 2024年上半年, 前三季度, 1—11月, 截至11月 (→ the year), 今年, 去年, 明年(底),
   过去一年, 过去五年, 到2024年底. Years that are comparison bases (比2022年, 较2020年, 2019年的2倍)
   are not periods;
1a. 由/从 + a year right before the number (由2017年的76微克/立方米降至…) → that year;
2. "原来/原有" right before the number → None (a past state, 由原来的29所增至36所), and 每年 → None;
3. a time expression opening the paragraph (2024年,磐石市还大力推进…) governs the paragraph;
3a. a sentence without numbers that opens with a time expression (特别是2021年，我们加压奋进…。)
   governs the paragraphs after it (一是…二是…) up to the next section heading — but does not date
   stocks and capacities (rule 5);
4. a year in the section heading (2023成就和经验, 一、2024年工作回顾) governs the section;
5. None for stocks and capacities with no date: after 累计 or 总投资/投资X亿元的 (to the end of the
   sentence part), capacities written into a project's name (年产6万吨硫酸镍项目, 2×66万千瓦…机组项目,
   15兆瓦光伏发电);
6. the document default: the review year for actual and estimated facts, the plan year for targets.

Month ranges take the reference year unless that would put them after the reference date
(1—11月 in a text of January 2024 is 2023-01/2023-11).
"""
from __future__ import annotations

import re

from zhibiao.extract.dating import Reference

TIME_EXPRESSION = re.compile(
    r"(?P<year>(?:19|20)\d\d)\s*年(?:度)?(?P<part>上半年|下半年|一季度|第一季度|前三季度|前两季度|"
    r"(?:1|一)\s*[-—~至到]\s*(?P<ym>\d{1,2})\s*月份?|(?P<yend>底|末))?"
    r"|(?P<ry>今年|去年|上年|明年)(?P<rpart>上半年|下半年|一季度|第一季度|前三季度|前两季度)"
    r"|(?P<part2>上半年|下半年|一季度|第一季度|前三季度|前两季度)"
    r"|(?:1|一)\s*[-—~至到]\s*(?P<m>\d{1,2})\s*月份?"
    r"|前(?P<nm>\d{1,2})个月"
    r"|截至(?:(?P<cy>(?:19|20)\d\d)年)?(?P<cm>\d{1,2})月(?:底|末)?"
    r"|(?P<rel>今年|本年|去年|上年|明年|过去一年|一年来|过去五年|五年来|近五年|年内|全年)"
)
_NOT_A_PERIOD_BEFORE = re.compile(r"(?:比|较|较之|与|同|相比|于|自|从|到|至|比上|为)$")
# 每年 with words before the number (三年内每年保持300万千瓦) repeats a quantity; 每年3000元 is a rate.
_STRONG_NULL = re.compile(r"(?:原来|原有)[^,，。;；]*$|每年[^\d,，。;；]+$")
_WEAK_NULL = re.compile(r"累计|总投资|投资\d[\d.]*[万亿]?元的|年产")
_HEADING_YEAR = re.compile(r"^\W*(?:[一二三四五六七八九十]+、)?\s*((?:19|20)\d\d)(?!\d)")
_PROJECT_NOUN = re.compile(r"^[^,，。;；、：:]{0,16}?(?:项目|基地|工程|机组|电站|生产线|产业园)")
_CAPACITY_UNITS = ("W", "kg", "Wh", "m3", "VA", "TEU")
CAPACITY_COUNTERS = "头只羽尾剂台套袋株棵"  # counters of animals and products: 700万头生猪项目
_PARTS = {"上半年": (1, 6), "下半年": (7, 12), "一季度": (1, 3), "第一季度": (1, 3), "前三季度": (1, 9),
          "前两季度": (1, 6)}


def _months(year: int, first: int, last: int) -> str:
    return f"{year}-{first:02d}/{year}-{last:02d}"


def _year_for_months(ref: Reference, last_month: int) -> int | None:
    if ref.date is None:
        return None
    if ref.date.month <= last_month and ref.date.month <= 3:
        return ref.date.year - 1
    return ref.date.year


def resolve(m: re.Match, ref: Reference, status: str) -> str | None | bool:
    """Period named by time expression `m`; False when the match is not a period at all."""
    if m["year"]:
        y = int(m["year"])
        part = m["part"]
        if part and part in _PARTS:
            return _months(y, *_PARTS[part])
        if m["ym"]:
            return _months(y, 1, int(m["ym"]))
        return str(y)
    if m["ry"]:
        if ref.date is None:
            return None
        y = ref.date.year + {"今年": 0, "去年": -1, "上年": -1, "明年": 1}[m["ry"]]
        return _months(y, *_PARTS[m["rpart"]])
    if m["part2"]:
        first, last = _PARTS[m["part2"]]
        y = _year_for_months(ref, last)
        return _months(y, first, last) if y else None
    if m["m"] or m["nm"]:
        last = int(m["m"] or m["nm"])
        if not 1 <= last <= 12:
            return False
        y = _year_for_months(ref, last)
        return _months(y, 1, last) if y else None
    if m["cm"]:
        if m["cy"]:
            return m["cy"]
        y = _year_for_months(ref, int(m["cm"]))
        return str(y) if y else None
    rel = m["rel"]
    if ref.date is None:
        return None
    this = ref.date.year
    if rel in ("今年", "本年"):
        return str(this)
    if rel in ("年内", "全年"):
        return str(ref.plan_year if status == "target" else ref.review_year)
    if rel in ("去年", "上年"):
        return str(this - 1)
    if rel == "明年":
        return str(this + 1)
    if rel in ("过去一年", "一年来"):
        return str(ref.review_year)
    return f"{ref.review_year - 4}/{ref.review_year}"


def last_period_in(text: str, ref: Reference, status: str) -> str | None | bool:
    """Period of the last time expression in `text`; False when there is none."""
    found: str | None | bool = False
    for p in periods_in(text, ref, status):
        found = p
    return found


def periods_in(text: str, ref: Reference, status: str):
    """Periods named in `text`, in order, skipping comparison bases, horizons and titles."""
    for m in TIME_EXPRESSION.finditer(text):
        if _NOT_A_PERIOD_BEFORE.search(text[max(0, m.start() - 3):m.start()]):
            continue
        if m["year"] and re.match(r"\s*(?:远景|愿景|规划|前)", text[m.end():m.end() + 3]):
            continue  # 2035年远景目标: a horizon, not the period of a number
        if _inside_brackets(text, m.start()):
            continue  # 《行动方案（2022-2024年）》: part of a title
        if m["year"] and ref.plan_year and int(m["year"]) > ref.plan_year + 1 and not re.search(
                r"[到至在]$", text[max(0, m.start() - 1):m.start()]):
            continue  # 制定2030年碳达峰方案: a far horizon named in passing, unless 到2030年
        if text[m.end():m.end() + 1] == "的" and not m["part"] and not m["part2"]:
            continue  # 2019年的2倍, 是去年的1.5倍: a comparison base
        p = resolve(m, ref, status)
        if p is not False:
            yield p


def heading_period(heading: str, ref: Reference, status: str) -> str | None | bool:
    """Period a section heading names: 一、2024年工作回顾, or a bare leading year as in 2023成就和经验.
    The first one counts (一、2019年和今年以来工作回顾 reviews 2019)."""
    found = next(periods_in(heading, ref, status), False)
    if found is False:
        m = _HEADING_YEAR.match(heading)
        if m:
            return m[1]
    return found


def _inside_brackets(text: str, pos: int) -> bool:
    left = text[max(0, pos - 40):pos]
    return left.count("（") + left.count("(") > left.count("）") + left.count(")") or left.count("《") > left.count("》")


def opening_period(paragraph: str, ref: Reference, status: str) -> str | None | bool:
    """Period of a time expression that opens a paragraph (2024年,… / 过去一年,…); False if none."""
    m = TIME_EXPRESSION.match(paragraph.lstrip(" \u3000\t*"))
    if not m:
        return False
    return resolve(m, ref, status)


_STARTING_YEAR = re.compile(r"(?:由|从)\s*((?:19|20)\d\d)\s*年(?:末|底)?的?$")


def starting_year(before: str) -> str | None:
    """由2017年的76微克/立方米降至64…: the year right before a starting value is that value's period."""
    m = _STARTING_YEAR.search(before)
    return m[1] if m else None


def strong_null(before: str) -> bool:
    """原来/原有/每年 between the previous quantity (or clause start) and this number."""
    return bool(_STRONG_NULL.search(before))


def weak_null(before_in_part: str, after: str, unit: str, raw_unit: str) -> bool:
    """A stock, cumulative total or capacity: None unless a time expression says otherwise."""
    if _WEAK_NULL.search(before_in_part):
        return True
    capacity_unit = unit in _CAPACITY_UNITS or (unit == "count" and raw_unit[-1:] in CAPACITY_COUNTERS)
    if not capacity_unit:
        return False
    if unit in ("W", "VA") and after[:1] and "\u4e00" <= after[0] <= "\u9fff" and after[:2] not in ("以上", "左右"):
        return True
    return bool(_PROJECT_NOUN.match(after))


def default_period(ref: Reference, status: str) -> str | None:
    year = ref.plan_year if status == "target" else ref.review_year
    return str(year) if year else None
