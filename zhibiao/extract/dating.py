"""The document's kind, its reference date, and the years its review and its plans speak about.

The kind (`document_kind`) comes from the title and the head of the text:
- `work_report` — a 政府工作报告 (the title says so, or the text opens 各位代表 / 向大会报告工作);
- `communique` — a statistical communiqué (统计公报): its figures are of the year it is named for;
- `plan` — a five-year plan (规划纲要, 计划纲要, 计划摘要): its targets span the plan's five years;
- `text` — anything else (news, speeches).

A work report is delivered at the session of a people's congress in year Y: it reviews Y−1 and plans Y, however late
in the year the session is (a report of 27 April 2020 still reviews 2019), unless the session is in October–December
(a report of 28 December 2021 reviews 2021 and plans 2022). Y comes from, first that applies: the publication date
(the session line, read at ingestion); a session line or title date in the text, in Arabic or Chinese numerals,
with or without the day (——2009年1月在…会议上); the reviewed year of a heading (一、2018年工作回顾 → 2019); the year a
heading plans (二、2019年工作安排); the title's year (2011年湖南省政府工作报告, 政府工作报告（2018年）); else rule 2 below.
A heading that names the reviewed year overrules a date that disagrees with it (the text says which report it is);
so does the title's year when the date is years away from it and the text never names the year the date would review
(江苏省2003年政府工作报告 dated 2010 reviews 1998–2002).

A communiqué's review year is the year in its title or first heading (中华人民共和国2019年国民经济和社会发展统计公报,
关于一九八五年国民经济…统计公报); a plan reviews the five years before it and plans its own five (十四五: 2021–2025).

When nothing above applies, the reference date is inferred from the text (`infer_date`), in order:
1. a full date near the top of the text (2024年01月10日, 更新时间:2023-12-14) is the publication date;
2. otherwise the latest year the text speaks of as its own (2024年, 2024这一年; not 到2035年) is the
   reference year; a text that plans that year and reviews the one before (二、2024年政府工作安排 after
   一、2023年工作回顾) is a work report delivered in January of it (15 January is assumed); otherwise the
   year is raised to the year of the latest Central Committee plenary session or Party congress
   it mentions (二十届三中全会 → July 2024: the text is from 2024 or later; table in
   data/cpc_sessions.csv); a month-day near the top (10月30日) gives the day, else 31 December.
From such a date P: `review_year` is P.year−1 when P is in January–March, else P.year (year-end news reviews its
year); `plan_year` is P.year when P is in January–September, else P.year+1.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from zhibiao import DATA

SESSIONS_FILE = DATA / "cpc_sessions.csv"

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
    kind: str = "text"  # work_report | communique | plan | text
    plan_span: tuple[int, int] | None = None  # the five years a plan (十四五: 2021, 2025) sets targets for


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


_CN_DIGIT = dict(zip("〇零○ＯO一二三四五六七八九", "00000123456789"))
_CN_YEAR = re.compile(r"[〇零○ＯO一二三四五六七八九]{4}(?=年)")
_CN_MONTH = re.compile(r"(?<=年)(十[一二]?|[一二三四五六七八九])(?=月)")
_KIND_COMMUNIQUE = re.compile(r"统计公报|计划执行结果的公报|国民经济和社会发展的?公报")
_KIND_PLAN = re.compile(r"规划纲要|计划纲要|计划摘要|远景目标纲要|五年规划|五年计划")
_KIND_REPORT = re.compile(r"政府工作报告|工作报告$")
# how a work report addresses its session (a news page may quote a 政府工作报告, but does not speak to the deputies)
_SPEECH = re.compile(r"各位代表[:：！!]|向大会(?:作|报告)|我代表[^。\n]{0,12}(?:人民政府|政府|国务院)")
_SESSION_MONTH = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(?:(\d{1,2})日)?[^，。,；;\n]{0,20}?在[^。\n]{0,60}?(?:会议|大会)")
_TITLE_YEAR = re.compile(r"((?:19|20)\d\d)年?")
_REVIEW_HEADING = re.compile(r"^\W*(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分)?\s*(?:关于)?((?:19|20)\d\d)年"
                             r"[^\n。，,；;]{0,12}?(?:工作回顾|工作的回顾|政府工作回顾|工作总结|回顾)", re.M)
_PLAN_HEADING = re.compile(r"^\W*(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分)?\s*(?:关于)?((?:19|20)\d\d)年"
                           r"[^\n。，,；;]{0,20}?(?:工作安排|工作任务|工作部署|主要目标|预期目标|总体要求|重点工作|工作建议|主要任务|"
                           # (二、1989年的工作 is a heading; 一九八八年的工作经历了一个曲折的过程 opens a review)
                           r"的工作(?=[\s*：:]*$))",
                           re.M)
_COMMUNIQUE_YEAR = re.compile(r"((?:19|20)\d\d)年(?:国民经济|.{0,12}统计公报)")
# 向大会作关于国民经济和社会发展第十一个五年规划纲要的报告, 关于浙江省第七个五年计划的报告: the report presents a
# five-year plan to the session of its first year
_PRESENTS_PLAN = re.compile(r"(?:关于|报告)[^。\n]{0,30}?第(一|二|三|四|五|六|七|八|九|十|十一|十二|十三|十四|十五)个五年(?:规划|计划)")
_PLAN_NAME = re.compile(r"(?:第)?(一|二|三|四|五|六|七|八|九|十|十一|十二|十三|十四|十五)个?五年(?:规划|计划)|"
                        r"[“\"]?(十一五|十二五|十三五|十四五|十五五|[一二三四五六七八九]五|十五)[”\"]?(?:规划|计划)")
_FIVE_YEAR_START = {"一": 1953, "二": 1958, "三": 1966, "四": 1971, "五": 1976, "六": 1981, "七": 1986, "八": 1991,
                    "九": 1996, "十": 2001, "十一": 2006, "十二": 2011, "十三": 2016, "十四": 2021, "十五": 2026}


def arabic_years(s: str) -> str:
    """二〇一九年一月 → 2019年1月: years and months in Chinese numerals, as dates in titles and session lines write them."""
    s = _CN_YEAR.sub(lambda m: "".join(_CN_DIGIT[c] for c in m[0]), s)
    return _CN_MONTH.sub(lambda m: str({"十": 10, "十一": 11, "十二": 12}.get(m[0]) or "一二三四五六七八九".index(m[0]) + 1), s)


def document_kind(title: str | None, head: str) -> str:
    """work_report, communique, plan or text, from the title and the first lines of the text. A work report that
    presents a five-year plan to the congress (各位代表：…第十个五年计划…) is a work report."""
    title = title or ""
    first_lines = "\n".join(head.split("\n", 6)[:6])
    if _KIND_COMMUNIQUE.search(title) or _KIND_COMMUNIQUE.search(first_lines):
        return "communique"
    if _KIND_REPORT.search(title) or _KIND_REPORT.search(first_lines) or _SPEECH.search(head):
        return "work_report"
    if _KIND_PLAN.search(title) or _KIND_PLAN.search(first_lines):
        return "plan"
    return "text"


def _work_report_year(text: str, head: str, title: str, published: date | None) -> tuple[int, int] | None:
    """(session year, month or 0) of a work report, from its date, headings or title; None if none is readable."""
    reviewed = _REVIEW_HEADING.search(text[:20000])
    if published:
        year, month = published.year, published.month
    elif m := _SESSION_MONTH.search(head) or _SESSION_MONTH.search(title):
        year, month = int(m[1]), int(m[2])
    elif reviewed:
        return int(reviewed[1]) + 1, 0
    elif planned := _PLAN_HEADING.search(text[:60000]):
        return int(planned[1]), 0
    elif m := _PRESENTS_PLAN.search(title) or _PRESENTS_PLAN.search(head[:600]):
        return _FIVE_YEAR_START[m[1]], 0
    elif m := _TITLE_YEAR.search(title):
        return int(m[1]), 0
    else:
        return None
    if reviewed:  # the text says which year it reviews: a date or title a year off is the archive's mistake
        said, dated = int(reviewed[1]), (year if month >= 10 else year - 1)
        if abs(said - dated) == 1:
            return said + 1, 0
    titled = _TITLE_YEAR.search(title) if _date_contradicted(text, title, year, month) else None
    if titled:
        return int(titled[1]), 0
    return year, month


def _date_contradicted(text: str, title: str, year: int, month: int) -> bool:
    """Whether a session date years away from the title's (江苏省2003年政府工作报告 dated （2010年2月20日…）) is the
    archive's mistake: the text never names the year that date would review, and names the year before the title's.
    (A title may name the session year or the reviewed one, 2012年四川省人民政府工作报告 of January 2013: both agree.)"""
    m = _TITLE_YEAR.search(title)
    if not m:
        return False
    titled, planned = int(m[1]), year + (month >= 10)
    if planned - 2 <= titled <= planned + 1:
        return False
    said = {int(y) for y in _YEAR.findall(text[:60000])}
    return planned - 1 not in said and titled - 1 in said


def reference(text: str, published: date | None, title: str | None = None) -> Reference:
    """The document's kind, reference date and review and plan years (rules in the module docstring)."""
    head = arabic_years(text[:1500])
    title = arabic_years(title or "")
    kind = document_kind(title, head)
    if kind == "work_report":
        found = _work_report_year(text, head, title, published)
        if found:
            year, month = found
            if month >= 10:  # a December session reviews its own year and plans the next
                return Reference(published or date(year, month, 28), year, year + 1, published is None, kind)
            return Reference(published or date(year, month or 1, 15), year - 1, year, published is None, kind)
    if kind == "communique":
        m = _COMMUNIQUE_YEAR.search(title) or _COMMUNIQUE_YEAR.search(head)
        if m:
            year = int(m[1])
            return Reference(published or date(year + 1, 2, 28), year, year + 1, published is None, kind)
    if kind == "plan":
        m = _PLAN_NAME.search(title) or _PLAN_NAME.search(head)
        if m:
            name = m[1] or {"十一五": "十一", "十二五": "十二", "十三五": "十三", "十四五": "十四", "十五五": "十五",
                            "十五": "十"}.get(m[2]) or m[2][0]
            first = _FIVE_YEAR_START[name]
            return Reference(published or date(first, 3, 15), first - 1, first, published is None, kind,
                             (first, first + 4))
    d = published or infer_date(text)
    if d is None:
        return Reference(None, None, None, True, kind)
    review = d.year - 1 if d.month <= 3 else d.year
    plan = d.year if d.month <= 9 else d.year + 1
    return Reference(d, review, plan, published is None, kind)
