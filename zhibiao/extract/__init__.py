"""Fact extraction: cleaned document text in, quantity facts (`zhibiao.model.Fact`) out.

`extract_facts(text, published=None, title=None, errors=None)` composes one module per concern:

- `grammar`   — one compiled regex finds number+unit candidates, with products, ranges and lists;
- `filters`   — drops dates, ranks, names, idioms and codes that the grammar matched;
- `measure`   — level / growth / share / change / ratio, and the sign of decreases;
- `status`    — actual / target / estimate, from the sentence, the section heading, the document;
- `dating`    — the reference date (given, or inferred from the text) and the review and plan years;
- `period`    — the period each fact refers to;
- `indicator` — the noun phrase naming what is measured; `zhibiao.indicators` maps it to a code;
- `tables`    — numbers of statistical tables whose unit is declared once (单位：亿元, 增长（%）);
- `structure` — sentences, clauses, paragraphs and headings, found once per text.

Documented rules (details in each module):
- Ranges (2-3个, 5%—8%, 10%-20%) are ONE fact: value = the lower bound, qualifier at_least, text = the
  whole range.
- Lists (5%、10%、3%; 分别增长5.2、6.1和7.3个百分点) give one fact per value; bare numbers take the unit of
  the last; with 分别 each value takes its own subject from the parallel list (肉牛、生猪…出栏量).
- Products (2×350MW) multiply: 700000000 W.
- Status: 预计/有望 → estimate; 力争/确保/目标/明年/要 → target; else the section heading (回顾 →
  actual, 目标/安排/任务 → target); else the document (plans only → target; otherwise actual).
- Period: a time expression earlier in the sentence; else one opening the paragraph; else the year or span of
  the section heading; else None for stocks, cumulative totals and capacities; else the review year (actual,
  estimate) or plan year (target) of the reference date. Several years are a month span (2017-01/2021-12):
  flows during them keep the span, states reached by their end take the last year. Reports dated
  January–March review the year before; texts dated October–December plan the year after (rules in
  `zhibiao.extract.period`).
- Indicator: comparisons (高于全国、全省0.7个和0.6个百分点, 比一季度提升3.6个百分点) measure the growth before them;
  both ends of 从X提高至Y measure the subject before 从; 占全省的71% / 占比 / 总数 take the quantity before them.
"""
from __future__ import annotations

import itertools
import re
import traceback
from bisect import bisect_left, bisect_right
from datetime import date
from itertools import chain, islice
from pathlib import Path

from zhibiao.extract import filters, indicator, measure, period, place, report_tables, status
from zhibiao.extract.dating import Reference, reference
from zhibiao.extract.grammar import Quantity, normalise, scan
from zhibiao.extract.structure import HARD_CLAUSE_END, REACH, Layout, Span, context_window, layout, sentence_text
from zhibiao.indicators import (annual_headline, code_in_period, code_of_percentage, counts_people, counts_projects,
                                counts_works_done, indicator_code, is_a_balance, measure_of_percentage, never_a_count,
                                said_as_an_amount, share_of_amount)
from zhibiao.model import ExtractionError, Fact
from zhibiao.numerals import parse_chinese

__all__ = ["extract_facts", "fact_to_json", "JSON_FIELDS", "ExtractionError"]

JSON_FIELDS = ("doc", "text", "value", "unit", "measure", "qualifier", "status", "indicator", "indicator_code",
               "period", "region", "region_code", "start", "end", "sentence", "raw_value", "raw_unit", "context", "shared_with")
_SCOPE_OPENER = re.compile(
    r"(?:^|(?<=[。！？!?\n]))\s*(?:各位代表[，,：:！!])?(?:(?:在?过去的?五年(?:中|里|间)|回顾(?:过去)?五年)[，,])?"
    r"(?:在(?=(?:刚刚|即将)?过去的))?(?:(?:特别是|尤其是)(?:即将过去的|刚刚过去的)?|即将过去的|刚刚过去的|回顾|回望|回首)?[ \u3000]?"
    r"(?P<when>(?:19|20)\d\d年|过去的?一年|(?<=过去的)一年|一年来|今年以来|去年|过去的?五年|五年来|今后五年|未来五年"
    r"|今年(?=是))(?:(?<=一年)[里中])?(?:[，,]|是(?![\d%]))", re.M)  # (在刚刚过去的一年里，: 苏州 2021; 刚刚过去的 2015年，: 枣庄 2016)
# 刚刚过去的2025年，…地区生产总值增长5.3%… / 过去一年，…: a report turning from its five years to the last one; the
# paragraphs after it (——“向新”的动能…) are of that year even though the opening sentence has numbers itself.
# (also a year said to be one: 2020年是极不平凡的一年，… in 张家口's review of five years)
_TURN_TO_YEAR = re.compile(r"\s*(?:各位代表[，,：:！!])?(?:在(?=(?:刚刚|即将)?过去的))?(?:刚刚过去的|即将过去的|过去的?一年|一年来|(?:19|20)\d\d年是[^，,。；;\d]{0,12}的一年)")
# a figure in an opening sentence, not an anniversary (100周年); a year is one (一九八〇年，…国务院曾拟订出从一九八一年到
# 一九八五年的…计划: 国务院 1982, an opening that tells of years gone by)
_FIGURE = re.compile(r"\d+(?:\.\d+)?(?![\d.]|周年)")
# (今年是“十五五”开局之年，…。今年政府工作总体要求是：… (辽宁 2026) opens the year's part after the plan's aims)
# a paragraph that opens on the plan year's work (各位代表！2010年是…最后一年，做好今年工作…)
_PLANS_OPENING = re.compile(r"(?:各位代表[！!，,：:])?[^。！!\n]{0,40}?(?:做好今年|今年(?:经济社会发展|政府工作))")
_THIS_YEARS_WORK = re.compile(r"做好今年(?:的|各项)?工作|今年(?:经济社会发展|政府工作)的?(?:主要)?(?:预期)?(?:目标|任务|总体要求)")
_YEAR_NAMED = re.compile(r"今年|明年|(?:19|20)\d\d年")
# Where a scope opener can start: after a sentence end, before spaces and a character it can open on (各特尤即刚回在
# and the first characters of `when`).
_OPENER_AT = re.compile(r"[。！？!?\n]\s*[各特尤即刚回12过今去五在一未]")


def _scope_openers(text: str):
    """The matches of `_SCOPE_OPENER.finditer(text)`, 10x faster: the pattern opens on a lookbehind, so re tries it
    at every position, while it can only match at the start or where `_OPENER_AT` finds a sentence end."""
    end = 0
    for pos in chain([0], (m.start() + 1 for m in _OPENER_AT.finditer(text))):
        m = _SCOPE_OPENER.match(text, pos) if pos >= end else None
        if m:
            end = m.end()
            yield m


_NUMBERED_HEADING = re.compile(r"\s*(?:\*\*)?\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.、．])")


def _next_numbered_heading(norm: str, lay: Layout, pos: int) -> int | None:
    """Where the next numbered heading (三、…, （一）…, 1.…) after `pos` starts, or None."""
    return next((h.start for h in lay.headings if h.start > pos and _NUMBERED_HEADING.match(norm, h.start)), None)


# …做好今后五年的工作，我们要…。其主要标志是：(end of the paragraph; 重庆 2011): the aims' lead may close the paragraph
_AIMS_AHEAD = re.compile(r"(?P<ahead>今后五年|未来五年|[“\"](?:十一五|十二五|十三五|十四五|十五五)[”\"](?:时期|期间)?)(?:[^。！？!?\n：:]{0,24}?(?:目标|任务)[^。！？!?\n：:]{0,16}[：:]"
                         r"|[^\n：:]*?(?:主要标志|具体目标|目标要求)[^。！？!?\n：:]{0,6}[：:](?=[ \t]*(?:\n|$))"
                         # ——“十四五”时期发展主要目标。共设置5大类32项指标，其中…年均增长6%左右 (镇江 2021): a title of the
                         # aims that opens its line
                         r"|(?P<titled>[^。！？!?\n：:，,]{0,12}?主要目标[。．]))")
# what may come before such a title on its line: a dash, a number, bold marks
_TITLE_LEAD = re.compile(r"[ \t\u3000*—\-]*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)?[ \t*]*(?:关于)?$")
# 综合各方面因素，2022年全市经济社会发展主要预期目标是：(end of paragraph) — the year's goals, one per paragraph
# after it (惠州 2022, under a heading of the next five years and the year)
_TASKS_DONE_OPENING = re.compile(r"[^。！!\n]{0,30}?((?:19|20)\d\d)年[^。！!\n]{0,40}?(?:已|已经)?(?:圆满|全面|胜利|顺利)完成"
                                 r"[^。！!\n]{0,12}。")
_YEARS_GOALS_AHEAD = re.compile(r"(?P<ahead>(?:19|20)\d\d年|今年|明年)[^。！？!?\n：:]{0,24}?(?:主要)?预期(?:目标|指标)"
                                r"[^。！？!?\n：:\d]{0,8}[：:][ \t]*\n")


def _matches_on_lines(pattern: re.Pattern, text: str, word: str):
    """The matches of `pattern.finditer(text)` when each lies within one line (its newline included) that holds
    `word`, and few lines hold it: 3 to 8x faster for a pattern that opens on a group of alternatives (re tries it at
    every position, or at each of its frequent first characters such as 今)."""
    pos = text.find(word)
    while pos >= 0:
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos) + 1 or len(text)
        yield from pattern.finditer(text, start, end)
        pos = text.find(word, end)


def _aims_ahead(text: str, lay: Layout, ref: Reference):
    """The announcements of the five years' aims (今后五年…主要目标是：), also by the name of a plan still ahead
    (“十四五”时期经济社会发展的主要目标是： in a report on 2020; not “十三五”规划目标任务全面完成： after it)."""
    found = {m.start(): m for word in ("五年", "五”", "五\"") for m in _matches_on_lines(_AIMS_AHEAD, text, word)}
    # (对照“十三五”规划纲要要求，今年经济社会发展主要预期目标是： the year's aims: 济南 2016; 2006年是实施“十一五”规划的
    # 开局之年，经济社会发展的主要目标是： 宁夏 2006)
    return [m for _, m in sorted(found.items()) if (
        not m.group("titled") or _TITLE_LEAD.match(text, text.rfind("\n", 0, m.start()) + 1, m.start())) and (
        m.group("ahead").endswith("五年") or (
        ref.review_year and period.PLAN_START[m.group("ahead")[1:4]] > ref.review_year
        and not _YEAR_NAMED.search(text, lay.period_sentence(m.start()).start, m.end())))]


# 2021年经济社会发展主要预期目标是：, 为实现上述目标，2021年重点抓好以下工作：, 今年是…: a paragraph that turns to the
# report's own year
_YEARS_PART_OPENS = re.compile(r"^[ \t]*(?:各位代表[，,！!])?(?:为(?:实现|完成)上述目标[，,])?(?:(?P<year>(?:19|20)\d\d)年|今年)"
                               r"(?:是|[^。\n]{0,30}?(?:预期目标|主要目标|重点(?:抓好|做好|工作)|工作安排|主要任务|总体要求))",
                               re.M)


def _end_of_aims(text: str, lay: Layout, pos: int, ref: Reference) -> int | None:
    """Where the five years' aims announced before `pos` end: at the next numbered heading, or at a paragraph that
    turns to the report's own year first (“十四五”时期…主要目标是：… then 2021年经济社会发展主要预期目标是：…为实现上述
    目标，2021年重点抓好以下工作：（一）…: 儋州 2021, whose numbered tasks are paragraphs, not headings)."""
    end = _next_numbered_heading(text, lay, pos)
    for m in _YEARS_PART_OPENS.finditer(text, pos, end or len(text)):
        if m.group("year") is None or int(m.group("year")) == ref.plan_year:
            return m.start()
    return end


def _openings_of_lines(pattern: re.Pattern, text: str, word: str, reach: int):
    """The matches of `pattern` at the start of each line that holds `word` within its first `reach` characters
    (tried there only: a pattern that opens on a lazy run would be retried at every position of a long line)."""
    pos = text.find(word)
    while pos >= 0:
        start = text.rfind("\n", 0, pos) + 1
        if pos - start < reach:
            m = pattern.match(text, start)
            if m:
                yield m
        pos = text.find(word, (text.find("\n", pos) + 1) or len(text))


def _end_of_numbered_lines(text: str, lay: Layout, pos: int) -> int:
    """Where the first line after `pos` that holds no digit starts (blank lines skipped)."""
    while pos < len(text):
        line = lay.paragraph(pos)
        if line.end > line.start and not _DIGIT.search(text, line.start, line.end):
            return line.start
        pos = line.end + 1
    return len(text)


_TOP_NUMBERED = re.compile(r"^\s*(?:\*\*)?[一二三四五六七八九十]+、")


_FIRST_NUMBER = re.compile(r"^\s*(?:\*\*)?一、")


class _Sections:
    """Status and period announced by the headings, looked up by position."""

    def __init__(self, text: str, lay: Layout, ref: Reference):
        self.opening_months = period.opening_months(text, ref)
        self._openings: dict[tuple[int, str], period.PeriodFound] = {}
        self._earlier: dict[tuple[int, int, str], period.PeriodFound] = {}
        columns = report_tables.column_statuses(text) if "\t" in text else []
        self.column_starts = [c[0] for c in columns]
        self.columns = columns
        self.starts: list[int] = []
        self.states: list[tuple[str | None, period.PeriodFound]] = []
        reviewed = False  # a top-level heading of a work report has reviewed the past already
        review_named = False  # a heading has said the review (2004年工作回顾), numbered or not
        tops = 0  # top-level numbered headings so far
        for h in lay.headings:
            line = text[h.start:h.end]
            if report_tables.is_table_title(line):
                continue  # its columns date its cells; the paragraphs after the table are the document's
            st = status.heading_status(line)
            per = period.heading_period(line, ref, st or "actual")
            if st is None and per and ref.review_year and per[:4].isdigit():
                # 2023年市十件民生实事 in a report of January 2023: a year after the reviewed one is a plan; 一、团结
                # 奋斗，“十二五”发展迈上新台阶 names years gone by: a review
                st = "target" if int(per[:4]) > ref.review_year else "actual"
            top = ref.kind == "work_report" and _TOP_NUMBERED.match(line)
            if top and tops and review_named and st is None and per is False and _FIRST_NUMBER.match(line):
                # **2004年工作回顾** 一、… 二、… then 一、加强经济调节…: a numbering that starts again after the review
                # is the plans
                reviewed = True
            tops += bool(top)
            review_named = review_named or (st == "actual" and ref.kind == "work_report")
            if top and st == "actual":
                reviewed = True
            elif top and st is None and per is False and reviewed:
                # 一、2014年工作回顾 … 二、大力调整产业结构，推进经济平稳健康发展: the sections after the review
                # are the plans, also when their headings do not say so
                st = "target"
            if st is None and per is False:
                continue
            self.starts.append(h.start)
            self.states.append((st, per))

        # 特别是2021年，我们加压奋进…。 — an opening sentence without numbers that names a year scopes
        # the paragraphs after it (一是…二是…), up to the next heading that moves the section.
        self.scope_starts: list[int] = []
        self.scopes: list[period.PeriodFound] = []
        self.review_only: list[bool] = []  # a turn to the last year dates what happened then, not the plans after it
        # where a scope stops: the years of a chronicle (回顾五年发展历程，…。2017年，…。2018年，…。2020年，…), two or
        # more in one paragraph, date only the rest of their paragraph; other openers reach to the next heading
        self.scope_ends: list[int | None] = []
        chronicle: dict[int, list[int]] = {}  # paragraph start -> indexes of its year openers
        for m in _scope_openers(text):
            sent_end = lay.period_sentence(m.end()).end
            # a turn whose sentence has figures itself scopes only what happened (its own figures are dated anyway)
            # (not an anniversary: 2021年，是中国共产党建党100周年，是…开局之年: 葫芦岛 2021)
            turn = bool(_FIGURE.search(text, m.end(), sent_end))
            steps = chronicle.setdefault(lay.paragraph(m.start("when")).start, []) \
                if m.group("when")[0].isdigit() and not _TURN_TO_YEAR.match(text, m.start()) else []
            if turn and not _TURN_TO_YEAR.match(text, m.start()):
                steps.append(-1)
                continue
            if m.group("when") == "今年" and not _THIS_YEARS_WORK.search(text, m.end(), lay.paragraph(m.end()).end):
                # 今年是“十四五”开局之年，…做好今年工作具有特殊重要性 (池州 2021) opens the year's plans; 今年是本届政府履行
                # 职责的最后一年。几年来，… (山东 2007) opens a review
                continue
            if m.group("when") == "一年":  # 刚刚过去的一年
                per = str(ref.review_year) if ref.review_year else None
            else:
                per = period.last_period_in(m.group("when"), ref, "actual")
            # only an opener that says what the year is (2020年是…收官之年), not one that reviews it (刚刚过去的2015年，
            # 我们…为“十二五”收官划上了圆满句号。全市生产总值增长10.5%: that paragraph is of 2015)
            plan = _CLOSING_YEAR.search(text, m.end(), sent_end) if text[m.end() - 1] == "是" else None
            if (plan and per and per.isdigit() and int(per) == period.PLAN_START[plan[1]] + 4
                    and ref.review_year and int(per) <= ref.review_year and ref.kind != "communique"
                    and "一年" not in text[m.end():sent_end + 12]
                    and not _YEARS_SESSION_TARGETS.search(text, m.end(), lay.paragraph(m.end()).end)
                    and not _five_years_reviewed_before(text, lay, m.start())
                    and not _five_years_reviewed_after(text, lay, m.end())):
                # 2020年是南通“十三五”收官之年。我们完成了“十三五”规划确定的目标: the paragraph reviews the plan's years
                # (not so when it says the year is its subject: 2015年是“十二五”规划的收官之年，也是…极不平凡的一年;
                # …收官之年。一年来，…; 完成市十五届人大六次会议确定的目标任务 (江门 2021), a year's session's targets;
                # after paragraphs on the five years (这五年，…。2020年是“十三五”收官之年: 本溪 2021), the year's turn;
                # nor when a paragraph of the section after it opens on the five years (吉林 2026: 2025年是“十四五”收官
                # 之年。…一是…七是… then “十四五”时期是吉林…), which are reviewed there;
                # nor in a communiqué, which reports its one year)
                per = period.years_span(int(per) - 4, int(per))
            if per is not False:
                self.scope_starts.append(m.start("when"))
                self.scopes.append(per)
                self.review_only.append(turn)
                # 今后五年，是…关键时期: the five years' aims run to the next numbered heading; the year's tasks
                # follow under numbered headings of their own ((一)坚持规划引领…), which are not the five years'
                ahead = m.group("when") in ("今后五年", "未来五年")
                # (…2010年是实施“十一五”规划最后一年，做好今年工作…。过去一年，我们虽然取得了很大成绩，但… (黑龙江 2010):
                # a turn to the last year inside a paragraph of the plans looks back only there; the tasks after it
                # are the year's)
                para_start = lay.paragraph(m.start("when")).start
                inside = m.group("when").endswith("一年") and bool(_PLANS_OPENING.match(text, para_start, m.start("when")))
                self.scope_ends.append(_next_numbered_heading(text, lay, m.end()) if ahead else
                                       lay.paragraph(m.start("when")).end if inside else None)
            steps.append(len(self.scopes) - 1 if per is not False else -1)
        for steps in chronicle.values():
            if len(steps) > 1:
                for k in steps:
                    if k >= 0:
                        self.scope_ends[k] = lay.paragraph(self.scope_starts[k]).end
        # 综合考虑，提出今后五年全市经济社会发展的主要目标：——…城镇化率达到48.4% (六安 2016): an announcement of the
        # five years' aims inside a paragraph scopes what follows it, up to the next numbered heading
        # 这是民生福祉大提高的五年。…累计新增城镇就业441.8万人 (湖北 2021): a sentence saying what the five years were
        # dates the rest of its paragraph
        if "的五年" in text:
            # (a match lies within one line and writes 的五年: the pattern opens on a look-behind, and re tried it at
            # every position of the text)
            for m in _matches_on_lines(_THESE_FIVE_YEARS, text, "的五年"):
                k = bisect_left(self.scope_starts, m.start())
                self.scope_starts.insert(k, m.start())
                self.scopes.insert(k, period.last_period_in("这五年", ref, "actual"))
                self.review_only.insert(k, False)
                self.scope_ends.insert(k, lay.paragraph(m.start()).end)
        # (池州 2021: …明确了今后五年…的奋斗目标，重点抓好六项战略任务：（一）…（六）…城镇新增就业7万人以上 under a
        # heading that names no status: the aims are targets, up to the next heading)
        self.aims: list[tuple[int, int]] = []
        for m in _aims_ahead(text, lay, ref):
            k = bisect_left(self.scope_starts, m.start())
            self.scope_starts.insert(k, m.start())
            aims_of = m.group("ahead")
            first_year = period.PLAN_START.get(aims_of[1:4])  # (“十二五”: the plan's five years)
            self.scopes.insert(k, period.years_span(first_year, first_year + 4) if first_year else
                               period.last_period_in(aims_of, ref, "target"))
            self.review_only.insert(k, False)
            self.scope_ends.insert(k, _end_of_aims(text, lay, m.end(), ref))
            self.aims.append((m.end(), self.scope_ends[k] or next(
                (h.start for h in lay.headings if h.start > m.end()), len(text))))

        # 七、做好2006年工作… / 各位代表，…2005年市十四届人大三次会议确定的…各项任务已圆满完成。全市生产总值…又增长14.5%
        # (天津 2006): a paragraph that opens on the reviewed year's tasks done reports that year, in whatever section
        for m in _openings_of_lines(_TASKS_DONE_OPENING, text, "完成", 90):
            if int(m[1]) == ref.review_year:
                k = bisect_left(self.scope_starts, m.end())
                self.scope_starts.insert(k, m.end())
                self.scopes.insert(k, m[1])
                self.review_only.insert(k, False)  # (the plans' heading before it does not make its figures plans)
                self.scope_ends.insert(k, lay.paragraph(m.start()).end)

        # 2022年全市经济社会发展主要预期目标是：(end of a line), then one goal or two a line: the year's, up to the first
        # line without a number (惠州 2022, under a heading of five years and the year)
        self.goal_lists = [(m.end(), _end_of_numbered_lines(text, lay, m.end()),
                            period.last_period_in(m.group("ahead"), ref, "target"))
                           for m in _matches_on_lines(_YEARS_GOALS_AHEAD, text, "预期")]

    def in_aims(self, pos: int) -> bool:
        """Whether `pos` lies after an announcement of the five years' aims, before the next heading."""
        return any(start <= pos < end for start, end in self.aims)

    def goals_listed(self, pos: int) -> period.PeriodFound:
        """Period of the year's goal list `pos` is in, or False."""
        return next((per for start, end, per in self.goal_lists if start <= pos < end), False)

    def opening(self, norm: str, para: Span, ref: Reference, st: str) -> period.PeriodFound:
        """`period.opening_period` of the paragraph `para`, once per paragraph and status: every fact of a paragraph
        that names no time of its own asks for it, and a paragraph can be long."""
        key = (para.start, st)
        if key not in self._openings:
            # an opening is at its head: the paragraph's first REACH characters
            self._openings[key] = period.opening_period(norm[para.start:min(para.end, para.start + REACH)], ref, st)
        return self._openings[key]

    def earlier_parts(self, norm: str, psent: Span, part: Span, ref: Reference, st: str) -> period.PeriodFound:
        """`period.last_period_in` the parts of the period sentence `psent` before the part `part`, once per part and
        status: each fact of the part that names no time of its own asks for it."""
        key = (psent.start, part.start, st)
        if key not in self._earlier:
            self._earlier[key] = period.last_period_in(norm[psent.start:part.start], ref, st, carried=True)
        return self._earlier[key]

    def column(self, pos: int) -> str | None:
        """Status named by the header of the table column that `pos` is in, or None."""
        i = bisect_right(self.column_starts, pos)
        if i and pos < self.columns[i - 1][1]:
            return self.columns[i - 1][2]
        return None

    def at(self, pos: int) -> tuple[str | None, period.PeriodFound]:
        i = bisect_right(self.starts, pos)
        return self.states[i - 1] if i else (None, False)

    def scope_within(self, start: int, pos: int, st: str) -> period.PeriodFound:
        """Period of the latest scope-opening sentence between `start` and `pos` that is not at `start`, or False."""
        j = bisect_right(self.scope_starts, pos)
        if j and self.scope_starts[j - 1] > start + 1 and self.scope_starts[j - 1] < pos:
            return False if st == "target" and self.review_only[j - 1] else self.scopes[j - 1]
        return False

    def scope(self, pos: int, st: str) -> period.PeriodFound:
        """Period of the latest scope-opening sentence since the last section heading, or False."""
        if st == "target" and self.goal_lists:
            listed = self.goals_listed(pos)
            if listed is not False:
                return listed
        j = bisect_right(self.scope_starts, pos)
        if not j or (st == "target" and self.review_only[j - 1]):
            return False
        end = self.scope_ends[j - 1]
        if end is not None and pos > end:
            return False
        i = bisect_right(self.starts, pos)
        if i and self.starts[i - 1] > self.scope_starts[j - 1]:
            return False
        return self.scopes[j - 1]


_HAPPENED = re.compile(r"以来|截至|截止|已经|已|前\d{1,2}个?月|\d{1,2}月份?|一季度|上半年|目前|累计|完成了|实现了|取得了|出台了")
_PAST_NAMED = re.compile(r"(?:^|(?<=[，,；;。：:\s]))(?:去年|上年|过去的?一年|刚刚过去的一年|((?:19|20)\d\d)年(?![底末]前))(?![的]|以来)")
def _five_years_reviewed_before(text: str, lay: Layout, pos: int) -> bool:
    """Whether the section of `pos` (from its heading) has already spoken of the five years before `pos`."""
    headings = lay.headings_before(pos)
    return "五年" in text[headings[-1].end if headings else 0:pos]


# a paragraph that opens on the five years of a plan as its subject (“十四五”时期是…, 五年来，…, 过去五年，…)
# (回望“十四五”，广州大事喜事多: 广州 2026)
_FIVE_YEARS_OPENING = re.compile(r"[ \t\u3000*]*(?:[“\"]?十[一二三四五]?五[”\"]?(?:时期|期间|以来|这五年)|五年来|过去(?:的)?五年|这五年|"
                                 r"(?:回顾|回望|纵观)(?:过去)?(?:的)?(?:五年|[“\"]?十[一二三四五]?五[”\"]?))")


def _five_years_reviewed_after(text: str, lay: Layout, pos: int) -> bool:
    """Whether a paragraph after the one of `pos`, before the next numbered heading, opens on the five years of a plan."""
    end = _next_numbered_heading(text, lay, pos) or len(text)
    line = text.find("\n", pos, end)
    while line >= 0:
        if _FIVE_YEARS_OPENING.match(text, line + 1):
            return True
        line = text.find("\n", line + 1, end)
    return False


# The targets a people's congress set in a session after its term's first (人大六次会议确定的目标任务): one year's
_YEARS_SESSION_TARGETS = re.compile(r"(?<![第一])[二三四五六七八九]次会议(?:所)?(?:确定|通过)的(?:各项)?(?:主要)?(?:目标|任务)")
_CLOSING_YEAR = re.compile(r"[“\"]?(十一五|十二五|十三五|十四五|十五五)[”\"]?(?:规划)?(?:的)?收官")
_GOALS_LEAD = re.compile(r"(?:主要)?(?:预期)?(?:目标|指标)(?:任务)?(?:是|为|：|:)")
_OPENING = 8  # characters at the head of a sentence where a status cue governs the whole of it


_FELL_SHORT = re.compile(r"未(?:能|有)?(?:实现|完成|达到)(?:年初|年度)?(?:预期|计划)?(?:目标)?|未达(?:到)?(?:年初|年度)?(?:预期|目标|计划)")
_PLAN_OPENS = re.compile(r"(?:到|至|在)?[“\"]?(十[一二三四五]五)[”\"]?(?:时期|期间|末|期末)")


def _status(norm: str, lay: Layout, q: Quantity, sections: _Sections, default: str, ref: Reference) -> str:
    psent = lay.period_sentence(q.start)  # 初步预计，…增长9%；规模以上工业增加值增长10%；… all estimates
    if status.already_done(norm, max(psent.start, q.start - 8), q.start, q.end):
        return "actual"
    para_start = lay.paragraph(q.start).start  # (a full stop is looked for within it: a text may have none before)
    lo = max(para_start, norm.rfind("。", para_start, q.start) + 1)  # a list led by a colon counts too
    if norm.find("未", lo, q.start) >= 0 and _FELL_SHORT.search(norm, lo, q.start):
        return "actual"  # 部分经济指标未达预期：地区生产总值增长1.3%: results that missed their goals
    part = lay.sentence(q.start)
    after = norm[q.end:q.end + 16]
    if part.start <= psent.start:
        said = status.sentence_status(norm[psent.start:q.start], ref.review_year, after)
        if said == "target" and (sections.at(q.start)[0] or default) == "actual":
            # in a review, 主动作为，确保经济平稳运行在合理区间，全年实现生产总值…增长8.2% reports what was ensured:
            # a target cue counts from an earlier clause only if figures follow it there or it opens the sentence
            hard = lay.hard_clause_start(psent.start, q.start)
            said = status.review_target(norm[psent.start:q.start], hard - psent.start, ref.review_year, after)
    else:
        # a cue opening the whole sentence, or one followed by figures, governs it across semicolons (初步预计，…；…;
        # 力争…新开工项目160个以上；开展招商推介活动30次); a forecast in words does not (…，预计储量还将有更大突破；
        # 查实耕地后备资源潜力150.43万亩)
        said = status.sentence_status(norm[part.start:q.start], ref.review_year, after) or status.governing_cue(
            norm[psent.start:part.start], ref.review_year, _OPENING)
    if said:
        return said
    if sections.aims and sections.in_aims(q.start):
        return "target"
    if (sections.at(q.start)[0] or default) == "actual" and _paragraph_opens_on_estimate(norm, lay, q.start):
        return "estimate"
    m = _PLAN_OPENS.match(norm, part.start) if "十" in norm[part.start:part.start + 3] else None  # (十 tested first)
    if m and ref.review_year and period.PLAN_START[m[1]] > ref.review_year:
        return "target"  # “十四五”期间，地区生产总值年均增长7% in a report on 2020: the plan's years are ahead
    column = sections.column(q.start)
    if column:
        return column
    section_status, _ = sections.at(q.start)
    if section_status == "target" and ref.review_year:
        # (every alternative writes 年: looked for first, as the pattern opens on a look-behind)
        m = _PAST_NAMED.search(norm, part.start, q.start) if norm.find("年", part.start, q.start) >= 0 else None
        if m and (not m[1] or int(m[1]) <= ref.review_year) and "以来" not in norm[m.end():m.end() + 2]:
            return "actual"  # 去年居民消费价格涨幅回落到2.6%, in a plan section: what happened last year
    scope = sections.scope(q.start, "target")  # a turn to the last year (刚刚过去的一年) makes no plan a review
    if scope and ref.review_year and section_status == "target" and int(scope[:4]) <= ref.review_year \
            and int(scope.split("/")[-1][:4]) <= ref.review_year and not _sets_goals_before(norm, lay, q.start):
        # 三、2011年的工作 …过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3% (but not a paragraph that
        # sets the year's goals: 主要预期目标是：地区生产总值增长11%以上。规模以上工业增加值增长12%，…)
        return "actual"
    return section_status or default


# ——经济发展实现新跨越。预计2012年生产总值由2007年的2704亿元增加到5569亿元…。社会消费品零售总额由854亿元增加到
# 1910亿元 (甘肃 2013, conflicts sample 30): a paragraph that opens on 预计, after its title, estimates all it reports
_ESTIMATE_OPENING = re.compile(r"[ \t\u3000*]*(?:——[^。\n]{1,24}。)?[ \t\u3000*]*(?:初步)?预计(?!今年|明年|到|未来|今后)")


def _paragraph_opens_on_estimate(norm: str, lay: Layout, pos: int) -> bool:
    para = lay.paragraph(pos)
    if "预计" not in norm[para.start:para.start + 40]:
        return False
    m = _ESTIMATE_OPENING.match(norm, para.start)
    return m is not None and lay.period_sentence(pos).start > m.end()


def _looks_back_before_goals(norm: str, lay: Layout, q: Quantity, st: str, ref: Reference, scope: str) -> bool:
    """过去的一年，…。 主要预期目标是：… / 一年来，我们主要做了以下工作：… 主要预期指标是：…: a scope that looks back on
    the reviewed year does not date the goals set after it in the paragraph: they are of the plan year."""
    if st != "target" or not ref.review_year:
        return False
    return int(scope.split("/")[-1][:4]) <= ref.review_year and _sets_goals_before(norm, lay, q.start)


def _sets_goals_before(norm: str, lay: Layout, pos: int) -> bool:
    """Whether the paragraph sets goals (主要预期目标是：, 主要预期指标是：) before `pos`."""
    return _GOALS_LEAD.search(norm, lay.paragraph(pos).start, pos) is not None


_BASE_YEAR_IN_SENTENCE = re.compile(r"(?:较|比|与|同)((?:19|20)\d\d)年(?:末|底)?(?:相比|比较)?[，,]?(?:均|都|分别)?(?:实现|有|大幅|明显)")


def _a_state_before(norm: str, lay: Layout, q: Quantity) -> bool:
    """Whether `q` is the value a change started from (由2005年的3984亿元增加到…, 从70%提高至80%)."""
    part = lay.sentence(q.start)
    return bool(period.starting_year(norm[max(part.start, q.start - 40):q.start], norm[q.end:q.end + 8])
                or period.from_value(norm[lay.hard_clause(q.start):q.start], norm[q.end:q.end + 16]))


def _period(norm: str, lay: Layout, q: Quantity, st: str, ref: Reference, sections: _Sections,
            prev: Quantity | None, carried: period.PeriodFound, from_ok: bool = True) -> str | None:
    """Period of `q`, in the order of rules documented in `zhibiao.extract.period`."""
    part = lay.sentence(q.start)
    lo = max(lay.hard_clause(q.start), prev.end if prev and prev.end > part.start else 0)
    if period.strong_null(norm[lo:q.start]):
        return None
    if st == "actual" and q.unit == "count" and period.standing_set(norm[lay.clause(q.start).start:q.start],
                                                                   norm[q.end:q.end + 16]):
        return None
    start_year = period.starting_year(norm[max(part.start, q.start - 40):q.start], norm[q.end:q.end + 8])
    if start_year:
        return start_year
    if from_ok and period.from_value(norm[lay.hard_clause(q.start):q.start], norm[q.end:q.end + 16]):
        # 由209亿元增加到240亿元 under a span of years (过去五年): the state before the span began, else None
        years = period.span_years(_period(norm, lay, q, st, ref, sections, prev, carried, from_ok=False))
        para_start = max(lay.paragraph(q.start).start, q.start - REACH)
        if years and period.written_span_from(norm[para_start:q.start], years[0]):
            return str(years[0])  # 2006年至2011年，全市生产总值从617.24亿元增至1383.07亿元: the ends as written
        if years:
            return str(years[0] - 1)
        # 2016年主要经济指标较2011年均实现大幅增长，其中地区生产总值由1520亿元增长到2459亿元；一般公共预算收入由206.2亿元
        # 增长到369.7亿元 (乌鲁木齐 2017): the base year the sentence compares with is every starting value's
        base = _BASE_YEAR_IN_SENTENCE.search(norm, lay.period_sentence(q.start).start, q.start)
        return base[1] if base else None
    found = period.last_period_in(norm[part.start:q.start], ref, st)
    if found is not False:
        return found
    if st == "actual" and status.already_done(norm, max(part.start, q.start - 8), q.start, q.end):
        return period.default_period(ref, "actual")  # 已签约的241个项目, written in a plan: done by the review year
    stock = period.weak_null(norm[part.start:q.start], norm[q.end:q.end + 20], q.unit, q.raw_unit, q.value)
    psent = lay.period_sentence(q.start)
    if not stock:
        found = sections.earlier_parts(norm, psent, part, ref, st)
        if found is False:
            found = carried
    # 这是民生福祉大提高的五年。…累计新增城镇就业441.8万人 (湖北 2021): a total over the years a scope spans is of the
    # span (a stock or a capacity is of no year a scope names)
    summed = stock and "累计" in norm[part.start:q.start]
    if found is False:
        para = lay.paragraph(q.start)
        inner = False if stock else sections.scope_within(para.start, q.start, st)
        if summed:
            inner = sections.scope_within(para.start, q.start, st)
            inner = inner if inner and "/" in inner else False
        if inner and _looks_back_before_goals(norm, lay, q, st, ref, inner):
            inner = period.default_period(ref, st)
        # 2011年，是…开局之年。过去一年，…。国内生产总值增长10.3%: the later opener, inside the paragraph, is nearer
        found = inner if inner is not False else sections.opening(norm, para, ref, st)
    if found is False:
        scope = sections.scope(q.start, st)
        if scope and _looks_back_before_goals(norm, lay, q, st, ref, scope):
            scope = period.default_period(ref, st)
        if stock and scope is not False:
            if scope == sections.at(q.start)[1] or (summed and scope and "/" in scope):
                return scope  # 2022年，是…之年 under 一、2022年工作回顾: the heading dates them
            return None  # 特别是2021年，… under a five-year heading dates neither stocks nor capacities
        found = scope
    if found is False:
        _, found = sections.at(q.start)
    if found is not False:
        return found
    if stock:
        return None
    if st == "actual" and sections.opening_months:
        return sections.opening_months
    return period.default_period(ref, st)


_STATE_VERB = re.compile(r"(?:达到|达|发展到|发展至|突破|增至|增加到|增加至|增长到|增长至|提高到|提高至|提升到|提升至|升至|上升到|扩大到|扩大至|拓展到|拓展至|降至|降到|降低到|"
                         r"下降到|减少到|超过|保持在|保持|稳定在|控制在)了?$")
_STATE_LEAD = ("突破", "超过", "超", "过", "突破了", "超过了")
_LIST_RESIDUE = re.compile(r"(?:[\d.]+[^\d、，,。；;和]{0,4}?[、和])+$")
_DONE_DURING = re.compile(r"建成|新建|完成|实施|制定|出台|引进|培育|开工|改造|创建|建设|打造|新开|组建|投入|投资|筹措|发放|"
                          r"安排|解决|转移|培训|帮助|救助|治理|造林|修建|整治|关闭|淘汰|取缔|查处|举办|签约|共|合计|总计|"
                          r"五年|期间|先后|相继|新|增|减|以来|累计|年均|平均|搬迁|帮扶|结对|到位|脱贫|吸引|落地|招引|争取|"
                          r"获得|获批|认定|评为|扶贫|带动|推广|流转|实现")
# words that make a headline statistic a total over the years (五年累计完成固定资产投资, 共完成, 期间)
_SUMMED_OVER_YEARS = re.compile(r"累计|共计|合计|总计|五年|[三两十]年(?:来)?(?:共|累计|完成|实现)|期间|以来|先后|[一二三四五六七八九十]五")
_YEAR_AT_HEAD = re.compile(r"\s*(?:19|20)\d\d年(?!以来|来|底前)")
_ADDED_BEFORE = re.compile(r"(?:增加|新增|增长|减少|下降|提高|多)了?(?:约|近|超过|超)?$")  # 同口径增加108.2亿元: a change
_TOTAL_OVER_SPAN = re.compile(r"累计|新增|[五三两]年(?:来)?共|共计|合计|总计|共完成|共投入|共达")
_LEAD_OF_LIST = re.compile(r"(?:突破|超过|超)$")
_AVERAGE_OVER = re.compile(r"(两|三|四|五)年(?:平均|年均)")
_BASE_YEAR = re.compile(r"(?:是|比|较|为)((?:19|20)\d\d)年(?:末|底)?的?")


_FIVE_YEARS_TO = re.compile(r"(?:今后|未来)五年")
_BASE_NAMED = re.compile(r"[比较与同]|(?:19|20)\d\d年")  # 比1997年增长63.7%: a growth over the years since the base
# 到2020年, or a year opening the sentence of a plan's aims (2005年，城镇居民人均可支配收入…年均分别增长5.5%和5%)
_HORIZON = re.compile(r"(?:到|至)\s*((?:19|20)\d\d)\s*年|(?:^|(?<=[。；;！？!?\n]))\W*((?:19|20)\d\d)年[，,]")
_BASE_OF_GROWTH = re.compile(r"(?:比|较|与|同)((?:19|20)\d\d)年(?:末|底)?(?:相比|比较)?|"
                             r"(?:比|较|与)[“\"]?(八五|九五|十五|十一五|十二五|十三五|十四五)[”\"]?(?:计划)?(?:期)?末|"
                             r"(?:比|较)([两三四五2345])年前")  # 分别比五年前增长了71.19%和30.83% (甘肃 2003)
_BASE_CLAUSE_BEFORE = re.compile(r"(?:^|[，,])(?:与|同|和)((?:19|20)\d\d)年(?:末|底)?(?:相比|比较)[，,][^，,]*$")
_FROM_BASE = re.compile(r"(?:由|从)\s*((?:19|20)\d\d)\s*年(?:末|底)?的")
# 由2002年的2450亿元增加到2007年的5469亿元，增长1.2倍: a bare growth after a change between two years
_BARE_GROWTH = re.compile(r"[，,\s]*(?:分别)?(?:增长|提高|增加)了?\s*")
# 从2015年的93.68亿元增加到111.16亿元、增长18.65% (三明 2021): the same growth, joined to the change by 、
_GROWTH_AFTER_TO_VALUE = re.compile(r"(?:到|至)\s*[\d.]+\s*[万亿]?[\u4e00-\u9fff]{0,2}、\s*(?:增长|提高|增加)了?\s*$")
_COMPARISON_FRAME = re.compile(r"\W*(?:19|20)\d\d年(?:底|末)?(?:同|与|和|比)(?:19|20)\d\d年(?:底|末)?(?:相比|比较)")
_FRAME_OPENS_SENTENCE = re.compile(r"(?:^|(?<=[。；;！!]))\W*(?:19|20)\d\d年(?:底|末)?(?:同|与|和|比)"
                                   r"(?P<base>(?:19|20)\d\d)年(?:底|末)?(?:相比|比较)", re.M)
_FRAME_OPENS_CLAUSE = re.compile(r"(?<=[，,])\W*(?:19|20)\d\d年(?:底|末)?(?:同|与|和|比)"
                                 r"(?P<base>(?:19|20)\d\d)年(?:底|末)?(?:相比|比较)[，,]")
_PLAN_END = {"八五": 1995, "九五": 2000, "十五": 2005, "十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025}


def _comma_clause(norm: str, lay: Layout, pos: int) -> str:
    """The text of its sentence before `pos` back to the last comma, semicolon or colon (a list's 、 does not end it:
    年均分别增长7.2%、5.5%和16.5% is one clause): within a sentence, the hard clause (looked up, not searched)."""
    return norm[lay.hard_clause(pos):pos]


def _base_year(m: re.Match, year: int) -> int:
    """The base year a match of _BASE_OF_GROWTH names: a year, the end of a plan, or N years before `year`."""
    if m[1]:
        return int(m[1])
    if m[2]:
        return _PLAN_END[m[2]]
    years = float(m[3]) if m[3].isdigit() else parse_chinese(m[3])
    if years is None:
        raise ValueError(f"no number of years: {m[3]}")
    return year - int(years)


def _plain_growth_among_five_years_aims(norm: str, lay: Layout, q: Quantity, year: int) -> bool:
    """未来五年主要奋斗目标是，到2012年，…城镇居民人均可支配收入增长12%以上 (合肥 2008): the sentence names the five years
    ahead and a horizon in `year`."""
    psent_start = lay.period_sentence(q.start).start
    return bool(_FIVE_YEARS_TO.search(norm, psent_start, q.start)) and any(
        m[1] and int(m[1]) == year for m in _HORIZON.finditer(norm, psent_start, q.start))


def _over_years(norm: str, lay: Layout, q: Quantity, kind: str, st: str, found: str | None) -> str | None:
    """A growth over several years keeps their span, never one year: an average (年均增长9.4% in a five-year review,
    from the base year when one is named) and a growth since a base year more than a year back (比2007年增长65.8%,
    比“十一五”末增长73.7% → the years after the base, up to the year of the fact)."""
    if not found or len(found) != 4:
        return found
    year = int(found)
    own = _comma_clause(norm, lay, q.start)  # 五年年均增长14.5%，2007年比上年增长14.5%: 年均 of its own clause
    # (the words tested first: most clauses have none)
    averaged = ("年均" in own or "年平均" in own) and _AVERAGE_OVER_YEARS.search(own) and "比上年" not in own
    if kind == "level" and averaged and not _LEVEL_AFTER_AVERAGE.search(own):
        # 城镇新增就业年均1270多万人: an average over the years of the section, not the last one's figure (not
        # 地区生产总值年均增长7.1%、2017年达到2.8万亿元: the level the last year reached, after the average's 、)
        return period.years_span(year - 4, year) if st != "target" else period.years_span(year, year + 4)
    if kind not in ("growth", "change"):
        return found
    # the base is named in the number's clause, or in the sentence when the clause breaks its total down (其中…)
    # or the sentence opens on the comparison (1986年同1978年相比，…增长102%)
    sent = lay.sentence(q.start)
    framed = own.startswith("其中") or _COMPARISON_FRAME.match(norm, sent.start)
    where = norm[sent.start:q.start] if framed else own  # 比2010年翻一番，…年均增长11%: not its base
    base: int | None = None
    for m in _BASE_OF_GROWTH.finditer(where):
        base = _base_year(m, year)
    if base is None:  # …1971亿元，与1996年相比，增长68.9%: the base is a clause of its own just before
        clause = _BASE_CLAUSE_BEFORE.search(norm, max(sent.start, q.start - 24), q.start)
        if clause:
            base = int(clause[1])
    if base is None and ("相比" in norm[sent.start:q.start] or "比较" in norm[sent.start:q.start]):
        # 较好实现了…同步增长，2011年与2006年相比，地区生产总值由1174亿元提高到2527亿元，…分别增长90% (厦门 2012): the
        # comparison opens a clause of the sentence and frames the figures after it
        for m in _FRAME_OPENS_CLAUSE.finditer(norm, sent.start, q.start):
            base = int(m["base"])
    if base is None and (_BARE_GROWTH.fullmatch(own) or _GROWTH_AFTER_TO_VALUE.search(own)):
        for m in _FROM_BASE.finditer(norm, sent.start, q.start):
            base = int(m[1])
    if base is None and not _TIME_NAMED.search(norm, sent.start, q.start):
        # 2012年与2007年相比，全区生产总值增长66.5%。全社会固定资产投资增长2.4倍。: the comparison opening an
        # earlier sentence of the paragraph frames the sentences after it (the pattern opens on a look-behind, so re
        # tries it at every position of a paragraph that may be long: its 相比 or 比较 is looked for first)
        para_start = lay.paragraph(q.start).start
        if norm.find("相比", para_start, sent.start) >= 0 or norm.find("比较", para_start, sent.start) >= 0:
            for m in _FRAME_OPENS_SENTENCE.finditer(norm, para_start, sent.start):
                base = int(m["base"])
    if base is not None and base < year - 1:
        return period.years_span(base + 1, year)
    if kind == "growth" and st == "target" and _plain_growth_among_five_years_aims(norm, lay, q, year):
        return period.years_span(year - 4, year)  # a rate over the five years
    if kind == "growth" and averaged:
        if st == "target" and not _HORIZON.search(norm, sent.start, q.start):
            return period.years_span(year, year + 4)  # 今后五年…年均增长7%: from the plan year (到2020年: up to it)
        return period.years_span(year - 4, year)
    return found


_LEVEL_AFTER_AVERAGE = re.compile(r"[\d%％][^、]*、[^、\d]*(?:(?:19|20)\d\d年)?[^、\d]*(?:达到|达|突破|增加到|提高到|增至)[^、\d]*$")
# 年均增长, 年平均增长; not 全年平均比上年上涨3.3% (a year's average price against the last year's)
_AVERAGE_OVER_YEARS = re.compile(r"(?<!全)年(?:均|平均)")
_MAIN_TARGETS = re.compile(r"(?:主要)?预期(?:性)?目标|主要目标(?:是|为|建议)")  # (every match holds 目标: tested first)
_SPAN_WORDS = re.compile(r"五年|十[一二三四五]五|[一二三四五六七八九]五|年均|年平均|20\d\d年|期间|时期")
# (19 and 20 written as alternatives of their own: every alternative opens on a character, which re then skips to,
# where a group at the head made it try the pattern at every position)
_TIME_NAMED = re.compile(r"19\d\d年|20\d\d年|去年|上年|过去一年")


def _placed_in_time(norm: str, lay: Layout, q: Quantity, st: str, ref: Reference, found: str | None,
                    section: str | None = None) -> str | None:
    """Periods a section or scope gave that the fact's own status contradicts: the main expected targets of a
    work report (主要预期目标是：地区生产总值增长6.5%左右) are for its plan year even under a heading that reviews
    or plans five years, unless the sentence names the years; a target never lies wholly before the plan year, nor
    an actual figure wholly after the reviewed one."""
    if found is None or ref.review_year is None or ref.plan_year is None:
        return found
    years = period.span_years(found)
    first, last = int(found[:4]), int(found.split("/")[-1][:4])
    if st != "target":
        if years and st == "actual" and first > ref.review_year and ref.kind == "work_report":
            return period.default_period(ref, st)
        if years and st == "estimate" and last == ref.review_year and ref.kind == "work_report":
            return _estimate_of_the_last_year(norm, lay, q, last, found)
        return found
    psent = lay.period_sentence(q.start)  # (only the rules of targets read the sentence: most facts are no target)
    before = norm[psent.start:q.start]
    if "目标" in before and _MAIN_TARGETS.search(before) and not _SPAN_WORDS.search(before):
        return str(ref.plan_year)
    if (not years and last < ref.plan_year and ref.kind == "work_report"
            and section == "target" and not _TIME_NAMED.search(before)):
        return str(ref.plan_year)  # a review opener earlier in a plan section (过去一年，…) does not date its targets
    if (not years and last < ref.plan_year and ref.kind == "work_report"
            and _TIME_NAMED.search(before) and not _TIME_NAMED.search(norm, lay.hard_clause_start(psent.start, q.start),
                                                                        q.start)):
        return str(ref.plan_year)  # 控制在去年实际涨幅4.8%以内，城镇登记失业率控制在4.5%以内: 去年 dates neither
    if years and last < ref.plan_year and ref.kind == "work_report":
        return period.default_period(ref, st)  # a review section's five years are not what a target is for
    if (not years and first > ref.plan_year and q.unit not in _RATES
            and any(m[1] and int(m[1]) == first for m in _HORIZON.finditer(before))
            and _TOTAL_OVER_SPAN.search(_comma_clause(norm, lay, q.start))):
        return period.years_span(ref.plan_year, first)  # 到2020年，全市城镇新增就业45万人: added over the years up to it
    return found


def _estimate_of_the_last_year(norm: str, lay: Layout, q: Quantity, last: int, found: str) -> str:
    """预计社零额增长8% under a review of five years (白城 2022): an estimate said in its own sentence is of the last
    year, unless the sentence names the span or the clause a base (比1997年增长63.7%)."""
    psent = lay.period_sentence(q.start)
    before = norm[psent.start:q.start]
    if ("预计" in before and not _SPAN_WORDS.search(before)
            and not _BASE_NAMED.search(norm, lay.hard_clause_start(psent.start, q.start), q.start)):
        return str(last)
    return found


_HELD_WITHIN = re.compile(r"(?:控制在|低于|不超过|不高于)$")  # (城镇登记失业率低于5%: 武汉 2007's five years)
_TIMES_A_YEARS = re.compile(r"[，,]\s*(?:是|为|相当于)(?:19|20)\d\d年(?:末|底)?的?[\d.]+倍")


def _span_end(norm: str, lay: Layout, q: Quantity, kind: str, found: str | None, annual: bool = False) -> str | None:
    """A span of years is the period of what happened during it (实施技改项目1825项, 年均增长7.5%); a state
    reached by its end (城镇化率达到74.27%, 市场主体达61.4万户, 收入突破4.2万元) is of its last year, and so is a
    level of an `annual` headline statistic not said to be a total (预计实现地区生产总值2200亿元). A single year
    becomes a span when the number is an average over years (两年平均增长8.8% → 2020-01/2021-12)."""
    years = period.span_years(found)
    part = lay.sentence(q.start)
    if years is None:
        if found and len(found) == 4:
            m = None
            # 五年年均增长14.5%，2007年比上年增长14.5%: the average's own clause; a gap (分别高于全国…3.7个百分点)
            # compares the average before it
            since = part.start if q.unit == "percentage_point" else lay.hard_clause(q.start)
            if norm.find("年平均", since, q.start) >= 0 or norm.find("年年均", since, q.start) >= 0:  # (tested first)
                for m in _AVERAGE_OVER.finditer(norm, since, q.start):
                    pass
            if m:
                y = int(found)
                return period.years_span(y - "一两三四五".index(m[1]), y)
            own = _comma_clause(norm, lay, q.start)
            if kind == "growth" and "年均" in own:
                # 预计今年…是2016年的1.6倍，年均增长6.7%: an average over the years since the base year (of the same
                # subject: 收入比2010年翻一番，公共财政收入年均增长11% names its own)
                base = _BASE_YEAR.search(norm, part.start if own.lstrip().startswith("年均") else q.start - len(own),
                                         q.start)
                if base and int(base[1]) < int(found):
                    return period.years_span(int(base[1]) + 1, int(found))
        return found
    if kind == "ratio":
        return str(years[1])  # 是2016年的1.6倍: the state at the end compared with the base
    if kind not in ("level", "share"):
        return found
    lead = norm[q.start:q.num_start]
    before = _LIST_RESIDUE.sub("", norm[lay.hard_clause(q.start):q.start])
    if "年均" in before:
        return found  # 农村劳动力转移就业年均保持在30万人以上: an average over the span, not its end
    if _TOTAL_OVER_SPAN.search(before):
        # 城镇新增就业超过6000万人, 累计达到6242万人, 全社会固定资产投资五年共达7.85万亿元: a total over the span,
        # not a state at its end (共有 counts a stock)
        return found
    if q.unit == "percent" and (_HELD_WITHIN.search(before) or _HELD_WITHIN.fullmatch(lead)):
        # “十二五”…城镇登记失业率控制在5%以内: a bound kept in every year of the span, not a state reached at its end
        # (the year's own target, 城镇登记失业率控制在4.5%以内 in the report on 2015, answers for that year)
        return found
    first_lead = _LEAD_OF_LIST.search(before)
    if (q.unit == "percent" or lead in _STATE_LEAD or _STATE_VERB.search(before)
            or (first_lead and first_lead.end() == len(before))):
        return str(years[1])
    if period.written_span_from(norm[lay.period_sentence(q.start).start:q.start], years[0]):
        return found  # 2001—2005年，旅游总收入183.5亿元: the sentence writes the span out, so its total
    if kind == "level" and _TIMES_A_YEARS.match(norm, q.end):
        # 完成社会消费品零售总额316.02亿元，是2007年的2.5倍 (银川 2013, after 五年累计… in the part before): an amount as
        # many times a year's is a year's too, the last one
        return str(years[1])
    if (annual and kind == "level" and not _SUMMED_OVER_YEARS.search(norm, _summing_from(norm, lay, q.start), q.start)
            and not _ADDED_BEFORE.search(before) and not _goes_on_summing(norm, lay, q.start)):
        # 十堰 2022, 这五年…：预计实现地区生产总值2200亿元，地方一般公共预算收入115亿元: a year's GDP is never a sum
        return str(years[1])
    if not _DONE_DURING.search(norm, lay.period_sentence(q.start).start, q.start):
        # 旅游业总收入640.9亿元, 已有7家村镇银行挂牌营业 under a five-year review: no word of doing or adding
        # over the years, so the figure of the last one (an annual amount, or a stock at its end)
        return str(years[1])
    return found  # 实施技改项目1825项, 累计利用外资128.6亿美元: what was done during the span


_THESE_FIVE_YEARS = re.compile(r"(?:^|(?<=[。！!\n]))[ \t\u3000*]*这是[^，,。；;！!\d\n]{1,16}的五年[。！!]", re.M)
_SUMMED = re.compile(r"累计|共计|合计|总计")
_GOES_ON = re.compile(r"[ \t\u3000]*(?:完成|实现|共完成|共实现)")


def _summing_from(norm: str, lay: Layout, pos: int) -> int:
    """Where words that sum over the years count for a level at `pos`: its whole sentence, unless a year named at its
    head dates the parts after semicolons (2017年全省实现地区生产总值4462.5亿元，五年间迈上两个千亿台阶…；地方一般公共
    预算收入674.1亿元，是2012年的1.6倍: 海南 2018, each part a level of 2017), when only its own part counts."""
    sent = lay.period_sentence(pos)
    part = lay.sentence(pos).start
    if part > sent.start and _YEAR_AT_HEAD.match(norm, sent.start):
        return part
    return sent.start


def _goes_on_summing(norm: str, lay: Layout, pos: int) -> bool:
    """五年间，全市累计实现地区生产总值8526亿元，年均增长14.3％。完成地方财政一般预算收入573亿元，… (大连 2006): a
    sentence led by 完成 after one that sums over the years goes on with the sums."""
    sent = lay.period_sentence(pos)
    para = lay.paragraph(pos)
    if sent.start - 2 <= para.start or not _GOES_ON.match(norm, sent.start):
        return False
    before = lay.period_sentence(sent.start - 2)
    return _SUMMED.search(norm, max(before.start, para.start), sent.start) is not None


def _carried_period(norm: str, lay: Layout, q: Quantity, prev: Quantity | None, prev_fact: Fact | None,
                    kind: str) -> period.PeriodFound:
    """A month-range period of an earlier sentence of the paragraph carries on through a run of growth
    rates of the same unit (1-11月份,…增长29.9%。废弃资源综合利用业增长13.2%…) and into a sentence that
    breaks a total down (…上半年GDP为1.5万亿元…。其中，第一产业增加值为12.49亿元)."""
    if prev is None or prev_fact is None or not prev_fact.period or "/" not in prev_fact.period:
        return False
    if prev_fact.period[:4] != prev_fact.period[-7:-3]:
        return False  # 比2019年增长8%；固定资产投资增长21%: a growth over years carries no period on
    psent = lay.period_sentence(q.start)
    if lay.paragraph(prev.start).start != lay.paragraph(q.start).start:
        return False
    if norm[psent.start:psent.start + 2] == "其中":
        return prev_fact.period
    if prev.unit == q.unit and prev_fact.measure == kind == "growth" and not _PATH_ON_TO.search(norm, prev.end, q.start):
        return prev_fact.period
    return False


# 降幅由一季度的-23.1%收窄到-1.4% (广东 2015): the value a path reaches is no longer the first quarter's
_PATH_ON_TO = re.compile(r"(?:回升|回落|收窄|扩大|提高|提升|上升|下降|加快|放缓)(?:到|至)")


_COMPARED = re.compile(r"(?:高于|低于|快于|慢于|好于|追平|持平|比|超(?:过|出)?[“\"]|超(?:过|出)?(?:年度|全年|预期|规划|计划)?目标)")
_COMPARED_FIRST = frozenset("高低快慢好追持比超")  # what a match of _COMPARED opens on: tested before matching it
_CAPACITY_NAME = re.compile(r"([^\W\d的等和及与、]{2,6})$")
_MONEY = ("CNY", "USD", "HKD", "EUR")  # a product named beside money is its sales or trade, not its output
_ROW_LEAD = re.compile(r"[\s|*]*")


def _opens_a_short_row(norm: str, lay: Layout, f: Fact) -> bool:
    """Whether the fact's indicator phrase opens a short line of its own (a row of a table, 钢 材 2，208万吨 …) and
    the fact is the row's first amount or a rate: 钢 材 2，208 万吨 1，633 万吨 35．2 under 一九七八年产量
    一九七七年产量 (1978) has the year before in its second column."""
    line = lay.paragraph(f.start)
    if line.end - line.start > 80:
        return False
    lead = _ROW_LEAD.match(norm, line.start).end()  # type: ignore[union-attr]
    first_digit = _DIGIT.search(norm, lead, line.end)
    name_end = first_digit.start() if first_digit else line.end
    if not re.sub(r"\s", "", norm[lead:name_end]).startswith(f.indicator):  # type: ignore[arg-type]
        return False  # (the name may be spaced out for its column: 钢 材)
    if f.unit != "percent" and first_digit and first_digit.start() < f.start:
        return False
    return _under_an_output_head(norm, line.start)


_TABLE_HEAD_WORD = re.compile(r"产量|生产|出口|进口|销售|表\s*\d")


def _under_an_output_head(norm: str, pos: int, lines: int = 60) -> bool:
    """Whether the nearest table title or head above `pos` (within `lines` lines) speaks of output (表2 主要工业产品
    产量…, 一九七八年产量): 表9 主要商品出口数量 lists exports by the same names."""
    end = pos
    for _ in range(lines):
        if end <= 0:
            return False
        start = norm.rfind("\n", 0, end - 1) + 1
        m = _TABLE_HEAD_WORD.search(norm, start, end)
        if m:
            return m[0] in ("产量", "生产") or "产量" in norm[start:end]
        end = start
    return False


_OWN_PLACE = ("全省", "全市", "全区", "全县", "全州", "全盟", "全国", "本省", "本市", "我省", "我市", "我区", "我县")
# A rate right after a phrase: the phrase is that rate's subject, not the noun of the number before it
# (a stop word may have cut it short: 规模以上工业|增加值增长11.8％)
_RATE_OF_ITS_OWN = re.compile(r"[^，,。；;\d]{0,4}?(?:比上年|同比)?(?:增长|下降|提高|上涨)\s*[\d.]+\s*[%％]")
# 一季度下降7.2%，二季度迅速恢复到正增长，预计全年增长3.5%左右 (铜陵 2021): a clause that says the figure turned
# positive names no subject of its own
_BACK_TO_GROWTH = re.compile(r"恢复[到至]正|转为正|由负转正|实现正|回正")
_BARE_RATES = frozenset(("增速", "增幅", "增长速度", "增长率", "涨幅", "同比增长", "比上年增长", "增长", "实际增速",
                         "实际增长", "实际", "名义", "按可比口径", "可比口径", "按可比价"))
# What arrived of the funds a contract promised: said bare after the contracted sum
_ARRIVED = frozenset(("实际到位", "实际投资", "实际到资", "实际使用", "实际利用", "实际到账"))
_FOREIGN_FUNDS = re.compile(r"外资|外商")


def _foreign_funds_before(previous: list[Fact], sent_start: int) -> bool:
    """Whether the fact before, in the same sentence, is an amount of foreign funds (合同外资, 外商直接投资协议金额)."""
    last = previous[-1] if previous else None
    return bool(last and last.start >= sent_start and last.unit in _MONEY and last.indicator
                and _FOREIGN_FUNDS.search(last.indicator))


_CONVERTED = ("折合", "约合", "折合约", "（", "(")  # (人均地区生产总值达91400元（约14600美元）: 长沙 2013)
_PER_UNIT = re.compile(r"每(?:一)?(?:个|家|县|乡镇|镇|乡|村|所|园区|载体)")
# 世界园艺博览会盛况空前，累计接待游客1268万人次 (沈阳 2007): one event's visitors, not the place's tourists
_EVENT_VISITORS = re.compile(r"(?:博览会|园博会|世博会|展会|展览会|交易会|艺术节|文化节|旅游节|运动会|庙会|灯会)"
                             r"[^。；;]{0,16}?(?:累计)?(?:接待|吸引)[^。；;，,]{0,4}$")
_VISITOR_CODES = frozenset({"tourist_arrivals", "tourism_revenue"})
# 分经济类型看，…私营企业18182亿元 (the 2019 communiqué's profits by ownership): money is no count of firms
_COUNT_OF_FIRMS = re.compile(r"_(?:enterprises|companies|entities)(?:_above_scale)?(?:_new)?$|^new_enterprises_registered$")
# (成功举办…旅游节，全年接待游客3732.6万人次 (黄山 2014): the year's, the place's own)
_WHOLE_OR_YEAR = re.compile(r"全年|年内|今年|去年|全市|全省|全区|全州|全县|全盟|全国|我市|我省|我区|我州")


def _converted(before: Fact, f: Fact) -> bool:
    """Whether `f`, said after 折合 or in brackets, restates the amount right `before` it (same indicator) in another
    currency."""
    return before.indicator_code == f.indicator_code and before.unit != f.unit and before.unit in _MONEY


_THRESHOLD_OF = re.compile(r"[\u4e00-\u9fff]{2,12}?\d")
_PER_AREA = re.compile(r"每(?:平方公里|平方千米|亩|公顷)")
_DRIVEN_AMOUNT = re.compile(r"\s*(?:共|累计|直接|间接|强力|有力|有效)?带动")
_DRIVEN_LEAD = re.compile(r"(?:强力|有力|有效)?带动")
_WHOLE_REACHED = re.compile(r"全市|全省|全区|全县|全州|全社会|达到|达|完成|实现|增至|增长到|提高到|上升到|人均")
_ADDED = re.compile(r"\s*(比上年|比去年|较上年|较去年|同比)?(新增加|新增|净增加|净增|净减少|增加|减少)了?\s*")
_COUNT_THEN_AMOUNT = re.compile(r"(?:总投资|投资)[\d.]+[万亿]?元(?:以上|左右)?(?:的)?([^\W\d的、，,。；;]{0,8}?(?:项目|工程))")


def _indicator(norm: str, lay: Layout, q: Quantity, previous: list[Fact]) -> str | None:
    """Indicator phrase for `q` (rules in `zhibiao.extract.indicator`)."""
    phrase = _indicator_phrase(norm, lay, q, previous)
    if phrase and q.unit in _MONEY and norm.endswith("以上", q.start, q.end) and _THRESHOLD_OF.match(norm, q.end):
        # 50万元以上固定资产投资2300亿元 (遵义 2014), 500万元以上项目2345个: the size a thing counted must reach, not
        # an amount of it
        return phrase + "统计起点"
    per = _PER_AREA.search(norm, lay.hard_clause(q.start), q.start) if phrase and q.unit in _MONEY else None
    if per and per[0] not in phrase and indicator_code(phrase):  # type: ignore[operator]
        # 全市每平方公里土地产生1.75亿元的GDP和6000万元的税收 (深圳 2005): an amount per area, not the whole's
        return per[0] + phrase  # type: ignore[operator]
    if phrase and q.unit in _MONEY and (phrase.startswith("带动") or "带动" not in phrase):
        driven = _DRIVEN_AMOUNT.match(norm, lay.hard_clause(q.start), q.start)
        if driven and not _WHOLE_REACHED.search(norm, driven.end(), q.start):
            # 中欧班列开行6037列，带动陕西进出口415.4亿元 (陕西 2026): the trade the trains brought, a part of the whole
            # (not 带动全市固定资产投资完成3407.5亿元: the whole, which the projects helped to that level; nor people,
            # 实施…就业服务活动，带动新增就业6000人 (嘉峪关 2023): the year's new jobs)
            return phrase if phrase.startswith("带动") else "带动" + phrase
    lead = _DRIVEN_LEAD.match(phrase) if phrase else None
    # (not the growth of an amount driven just said: 带动陕西进出口415.4亿元、增长11.7％, precision sample 47)
    of_driven = bool(previous) and previous[-1].indicator == phrase and previous[-1].unit in _MONEY
    if lead and not of_driven and indicator_code(phrase) is None and indicator_code(phrase[lead.end():]):  # type: ignore[index]
        return phrase[lead.end():]  # type: ignore[index]  # 带动全社会固定资产投资增长10.6%: the investment is what grew
    if (phrase and phrase.startswith("拉动") and q.unit == "percent" and norm[q.start - 2:q.start] == "增长"
            and indicator_code(phrase) is None and indicator_code(phrase[2:])):
        # 323个市级重点项目完成投资682亿元，拉动全市固定资产投资增长3.5% (安康 2023): the investment grew 3.5%; in
        # points (拉动经济增长1.8个百分点) it is the projects' contribution, no figure of the economy's
        return phrase[2:]
    return phrase


_SHARED_CUE = re.compile(r"(?<![人平年])[均都]")
_LIST_MARK = re.compile(r"、|和|及|与")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d\d年")
# words naming parts that a rate with no cue (进出口增长8.3%) gives for their sum; 城乡 rates are each part's
_WHOLES = tuple(w for w in indicator.ABBREVIATIONS if not w.startswith("城乡"))


def _listed(items: str) -> list[str]:
    """The items of a list (A、B和C增长5%), cleaned; [] when it names fewer than two or more than six."""
    for n in range(2, 7):
        subjects = indicator.list_subjects(items, n)
        if subjects:
            return [indicator.clean(x) for x in subjects]
    return []


_AFTER_VALUE = 80  # how far after a value `_alone` looks for another one in its clause


def _alone(after: str) -> bool:
    """No other value follows in the clause (`after`: the text after the value): 分别提高至每人每月666元、每人每年4824元
    gives each item its own."""
    stop = HARD_CLAUSE_END.search(after)
    return not _DIGIT.search(after, 0, stop.start() if stop else len(after))


def _first_of_shared_list(head: str, *, rate: bool = False, after: str = "") -> str | None:
    """城镇居民人均可支配收入和农民人均纯收入均增长10%: a value several indicators share is the first one's (one
    number is one fact), when every item of the list is a known indicator; the others are in `Fact.shared_with`."""
    items = _shared_list(head, rate=rate, after=after)
    return items[0] if items else None


_EACH_GREW = re.compile(r"(?:比上年|比去年|同比)?(?:增长|下降|提高)$")


def _last_shared_cue(head: str) -> re.Match | None:
    """The last 均 or 都 of `head` that says a value is each item's (not 人均, 年均), or None."""
    cue = None
    if "均" in head or "都" in head:  # (tested first: most heads hold neither)
        for cue in _SHARED_CUE.finditer(head):
            pass
    return cue


def _shared_list(head: str, *, rate: bool = False, after: str = "") -> list[str] | None:
    """The items of a list that one value is given for, when each is a known indicator: with 均/都 (A和B均增长10%);
    with 分别 when the value is `_alone` in the clause `after` it (城镇居民人均可支配收入和农民人均纯收入分别增长12%);
    and, for a `rate`, with no cue at all (城镇居民人均可支配收入和农民人均纯收入增长9%以上). A level with no cue is
    the items' sum (改造城市棚户区、城中村269.31万平方米), not each one's."""
    cue = _last_shared_cue(head)
    start, end = (cue.start(), cue.end()) if cue else (len(head), len(head))
    each = head.rfind("分别")
    if each >= 0 and (cue is None or each > cue.start()):
        if not _alone(after):  # (only now: most heads have no 分别)
            return None
        start, end = each, each + 2
    elif cue is None and not rate:
        return None
    if not indicator.may_name_a_list(head[:start]):
        return None  # (tested first, as `_listed` would: the cleaning below only cuts words off)
    if _DIGIT.search(_YEAR.sub("", head[end:])) or indicator.clean(head[end:].replace("实际", "")):
        return None  # 分别达到34200元和16400元: the values after the cue are each item's own (比2010年 is no value)
    items = indicator.strip_verbs(head[:start])
    if cue is None and each < 0:
        whole = indicator.clean(items)
        if indicator_code(whole):
            return None  # one indicator whose name holds 和 or 与
        if any(w in whole for w in _WHOLES) or not (_LIST_MARK.search(whole) or whole.startswith("城乡")):
            return None  # 进出口增长8.3%, 存贷款余额增长8.5%: a whole, not each of its parts
    subjects = _listed(items)  # (only now: a rate with no cue is most often a whole)
    if not subjects or not all(subjects):
        return None
    known = [bool(indicator_code(x)) for x in subjects]
    if all(known):
        return subjects
    # 固定资产投资、社会消费品零售总额和全体居民可支配收入均增长8% (连云港 2019): a list of statistics that each grew
    # (均 and a verb of growth), the first and another of them known, is each one's; the unknown ones are not shared
    # (外商投资额、进出口总额、地方财政收入、规模以上工业企业利润均增长50%以上, 重庆 2011: an unknown first item is
    # left out, and the first known one answers)
    if cue is not None and each < 0 and _EACH_GREW.match(head, end) and sum(known) >= 2:
        if known[0]:
            return subjects
        # (not 力争10个省级以上园区生产总值、固定资产投资…均增长20%, 济南 2014: a first item naming zones makes the
        # list theirs)
        return None if place.SUB_REGION_WORDS.search(subjects[0]) else [x for x, k in zip(subjects, known) if k]
    return None


def _growth_rate_of(phrase: str) -> str:
    """The name of the growth rate of `phrase` (地区生产总值 → 地区生产总值增速), which a gap in points measures."""
    return phrase if phrase.endswith(("增速", "增幅")) else phrase + "增速"


def _names_a_comparison(phrase: str | None) -> bool:
    """四季度增长5.6%、高于全国0.2个百分点，全年增长4.8%: a comparison names no indicator to carry on."""
    if not phrase:
        return False
    return phrase[0] in _COMPARED_FIRST and bool(_COMPARED.match(phrase))


_POOR = re.compile(r"贫困人口$|贫困群众$|低收入人口$")
_LEFT_POVERTY = re.compile(r"(?:实现|稳定|全部|如期|基本|全面|精准)*(?:脱贫|退出|摆脱贫困)")
_PEOPLE_DID = re.compile(r"((?:实现|完成)[\u4e00-\u9fff]{2,6})(?=[，,。；;])")
# (not a numbering: 一、市镇两级财政投入8000万元; nor 1950s thousands, 二、六〇〇个)
_ONE_CHARACTER_ITEMS = re.compile(r"(?:[^\W\d一二三四五六七八九十〇零_]、)+")


def _indicator_phrase(norm: str, lay: Layout, q: Quantity, previous: list[Fact]) -> str | None:
    """The phrase `q` measures; `previous` are the last six facts before it, but those that name a comparison."""
    sent = lay.sentence(q.start)
    clause_start = lay.clause(q.start).start
    if q.unit == "percentage_point":
        hard = lay.hard_clause(q.start)
        if indicator.comparison_only(norm[hard:q.start]):
            psent_start = lay.period_sentence(q.start).start
            for f in reversed(previous):
                if f.start < psent_start:
                    break
                if f.measure == "growth" and f.indicator:
                    return _growth_rate_of(f.indicator)
    subject = _from_to_subject(norm, lay, q)
    if subject:
        return subject
    start_value = previous[-1] if previous and previous[-1].start >= sent.start else None
    if (start_value and start_value.indicator and start_value.unit == q.unit
            and _OPENS_ON_FROM.match(norm, lay.hard_clause(q.start))
            and period.from_value(norm[start_value.start - 12:start_value.start], norm[start_value.end:start_value.end + 16])):
        return start_value.indicator  # …突破3000亿元大关，由2015年的2330.8亿元增加到2020年的3500亿元: the start's subject
    head = norm[clause_start:q.start]
    if "）" in head and "（" not in head[:head.find("）")]:  # 平安县（市、区）创建率: 、 inside brackets
        opening = norm.rfind("（", sent.start, clause_start)
        if opening >= 0:
            clause_start = lay.clause(opening).start
    elif "等" in head and norm[clause_start - 1:clause_start] == "、":
        # 新建改建凉山州科技中学、布拖县高级中学等学校52所: the examples listed before 等 are one phrase
        clause_start = lay.hard_clause(q.start)
    elif norm[clause_start - 1:clause_start] == "、" and _ONE_CHARACTER_ITEMS.fullmatch(
            norm, lay.hard_clause(q.start), clause_start):
        # 猪、牛、羊肉总产量1260.9万吨 (sample 34): one total of the three, not mutton's
        clause_start = lay.hard_clause(q.start)
    before = indicator.phrase_before(norm, clause_start, q.start)
    shared = _first_of_shared_list(norm[lay.hard_clause(q.start):q.start], rate=q.unit in _RATES,
                                   after=norm[q.end:q.end + _AFTER_VALUE])
    if shared:
        return shared
    items = _shared_items(norm, lay, sent.start, clause_start, before)
    if items and (q.unit in _RATES or "分别" in norm[clause_start:q.start] or _list_length(norm, q) > 1):
        return items[0]  # 地区生产总值、规模以上工业增加值、固定资产投资增长5%左右: the list's head item
    if items:
        return "、".join(items)  # 办理市人大议案、建议和市政协建议案、提案1415件: one level, their sum, no one item's
    summed = _summed_list(norm, lay, sent.start, clause_start, before, q)
    if summed:
        return summed  # 增加森林公园、湿地公园210个: the parks of both kinds, not the wetland parks alone
    after = indicator.phrase_after(norm, q.end, count=q.unit == "count")
    if after and q.unit in _RATES and _RATE_OF_ITS_OWN.match(norm, q.end + len(after)):
        after = ""  # 增长8.7％地方公共财政预算收入增长19.3％ (南阳 2014, its commas lost): the next figure's subject
    if not after and norm[q.end:q.end + 1] == "、":
        shared = indicator.noun_of_next_item(norm, q.end, q.raw_unit)
        if shared:  # 完成中央13项、自治区45项生态环境保护督察反馈问题整改: both count the noun after the second
            modifier = indicator.without_opening_verb(before)
            if len(modifier) <= 5:
                return modifier + shared
    if q.unit == "count":
        m = _COUNT_THEN_AMOUNT.match(norm, q.end)
        if m:  # 建设400个总投资800亿元项目: the count is of the projects, not of the investment
            return m[1]
    if after and q.unit == "person" and _POOR.search(after) and _LEFT_POVERTY.match(norm, q.end + len(after)):
        return after + "脱贫"  # 6.5万农村贫困人口实现脱贫: the people who left poverty, not the poor
    if after.startswith("的"):  # 提拔重用68名实绩突出的干部 → 提拔重用干部
        return before + after[1:]
    if not after and not before and q.unit == "person":
        did = _PEOPLE_DID.match(norm, q.end)
        if did:  # 新增城镇就业3.64万人；6.5万人实现脱贫 (眉山 2014): the people who did it, not the jobs before
            return did[1]
    if after and q.unit == "count" and before.endswith(_RECERTIFIED):
        return before[-4:] + after  # 全省重新认定576家高新技术企业 (sample 39): firms certified again, neither all nor new
    if (after and len(after) >= 3 and before in ("新增", "新增加") and q.unit in _COUNTED
            and indicator_code(before + after)):
        # 今年新增50万个就业岗位 (上海 2017), 新增10家上市公司: the things added, when the dictionary has their flow
        # (新增5个省级临床重点专科 keeps the entity's code, which counts additions a 新增 before the number names;
        # 实施残疾人就业三年行动，新增800人就业 (呼伦贝尔 2023) is no new urban jobs: 就业 alone is a verb)
        return before + after
    if after:
        if q.unit in ("W", "kg", "VA") or (q.unit == "count" and q.raw_unit[-1:] in period.CAPACITY_COUNTERS):
            m = _CAPACITY_NAME.search(norm[clause_start:q.start])  # 兴泽食品100万只蛋鸡养殖基地
            if m and not indicator.is_verb_phrase(m.group(1)):
                return m.group(1) + after
        return after
    after_de = indicator.phrase_after_de(norm, q.end, total=before.endswith("总投资"))
    if after_de:
        tail = "总投资" if before.endswith("总投资") else "投资" if before.endswith("投资") else ""
        if not tail and before and q.unit in ("W", "kg", "Wh", "m3", "VA"):
            m = _CAPACITY_NAME.search(norm, clause_start, q.start)
            if m and not indicator.is_verb_phrase(m.group(1)):
                return m.group(1) + after_de  # 日处理污水6万吨的三期工程 → 日处理污水三期工程
        return after_de + tail
    if before in _ARRIVED and not after and q.unit in _MONEY and _foreign_funds_before(previous, sent.start):
        return "外资" + before  # 外商直接投资协议金额120.5亿美元，实际到位54.5亿美元 (浙江 2004): the foreign funds arrived
    if before in _BARE_RATES and not after:
        named = previous and (_subject_between(norm, lay, previous[-1], sent.start, q.start)
                              or _amount_a_bare_rate_is_of(previous, sent.start, lay.period_sentence(q.start).start, q))
        if not named and q.unit in _RATES:
            # 地方预算内财政收入大幅度增长，同口径增幅达26.7%: the rate of the indicator the clause before says grew
            named = _subject_of_the_turn_before(norm, lay, sent.start, lay.hard_clause(q.start))
        if named:
            return named
    if (not after and previous and previous[-1].start >= sent.start and previous[-1].indicator
            and len(previous[-1].indicator) >= 3 and not previous[-1].indicator.endswith("的")
            and _ADDED.fullmatch(norm[lay.hard_clause(q.start):q.start])):
        # 城镇就业人员31120万人，增加910万人，新增加1102万人: the additions to the figure named before
        base = re.sub(r"(?:新增加|新增|净增加|净增|净减少|增加|减少)$", "", previous[-1].indicator)
        compared, added = _ADDED.fullmatch(norm[lay.hard_clause(q.start):q.start]).groups()  # type: ignore[union-attr]
        # 全省生产总值完成5700.1亿元，增加近1000亿元, …比上年净增50.91亿元: a plain change, or one against last
        # year, is of the figure itself (measure change)
        return base if compared or added in ("增加", "减少") else base + added
    if before:
        return _flow_of_the_list(norm, lay, q, clause_start, before) + _income_owner_before(norm, lay, q.start,
                                                                                            sent.start, before) + before
    hard = lay.hard_clause(q.start)
    if q.unit in _RATES:
        turned = _subject_of_the_turn_before(norm, lay, sent.start, hard)
        if turned:
            return turned
    inherited = previous[-1].indicator if previous and previous[-1].start >= sent.start else None
    if (inherited and inherited.endswith("的") and previous[-1].measure == "ratio" and len(previous) > 1
            and previous[-2].start >= sent.start and previous[-2].indicator
            and _CLAUSE_BREAK.search(norm, previous[-1].end, q.start)):
        inherited = previous[-2].indicator  # …收入22.94亿元，完成调整预算的104.27%，下降24.09%: the revenue fell
    elif (inherited and len(previous) > 1 and previous[-2].start >= sent.start and previous[-2].indicator
          and _IN_ASIDE.fullmatch(norm, previous[-2].end, previous[-1].start)
          and "）" in norm[previous[-1].end:q.start] and "（" not in norm[previous[-1].end:q.start]):
        inherited = previous[-2].indicator  # 投资7582亿元（计划管理口径为7278亿元），比上年增长37.6％: the aside is no subject
    if inherited and _COMPARED.match(inherited):
        inherited = None  # 四季度增长5.6%、高于全国0.2个百分点，全年增长4.8%: a comparison names no indicator
    if inherited and previous[-1].measure == "share" and q.unit != "percentage_point" \
            and (m := _SHARE_OF_THE_WHOLE.match(inherited)) and "占" not in norm[previous[-1].end:q.start] \
            and _CLAUSE_BREAK.search(norm, previous[-1].end, q.start):  # (not the next share of a list: 、39.7%)
        # 全市生产总值达到2170亿元，占全省的11.9%，比上年增长12.5%: the output grew, not its share (a share
        # rises in points: 比上年提高1.2个百分点)
        inherited = m[1]
    if inherited and _LEVEL_AFTER_FLOW.fullmatch(norm[previous[-1].end:q.start]):
        inherited = _FLOW_WORD.sub("", inherited) or inherited  # 高新技术企业新增217家、达到290家: the total reached
    elif inherited and q.unit == "percent" and previous[-1].measure == "change" and _FLOW_WORD.search(inherited):
        inherited = _FLOW_WORD.sub("", inherited) or inherited  # …完成1686亿元，净增305亿元，…同比增长7.5%
    if inherited and previous[-1].unit == "count" and "台阶" in norm[previous[-1].end:previous[-1].end + 8]:
        inherited = None  # 连跨4个千亿台阶，2024年达到1.3万亿元: steps climbed name no amount after them
    if inherited and q.unit not in _RATES and (m := _RATE_OF.match(inherited)) and indicator_code(m[1]):
        inherited = m[1]  # 地区生产总值年均增速高于全国0.8个百分点，…，达到5.67万亿元 (四川 2023): the amount of the output
    if inherited and previous[-1].start >= hard:  # 人均年纯收入超过1.7万元、增长9.8%
        return inherited
    subject = indicator.subject_of_clause(norm[hard:q.start])
    if subject:
        return subject
    if inherited and hard > sent.start:
        prev_start = lay.hard_clause_start(sent.start, hard - 1)
        if prev_start > previous[-1].end:
            # …增长8.7%，一般公共预算收入升至全国第4位，增长11.1%: a clause between names its own subject
            between = norm[prev_start:hard - 1]
            basis = _BASIS_CLAUSE.search(between)
            own = None
            if basis and basis.start() > 0 and basis.end() == len(between):
                # 地方一般公共预算收入扣除留抵退税因素后，同口径增长11.3%: the subject before the basis it is counted on
                between = between[:basis.start()]
                own = indicator.clean(between) if indicator_code(indicator.clean(between)) else None
            own = own or indicator.subject_of_clause(between)
            if (own and len(own) <= 12 and not _names_a_comparison(own)
                    and not _BASIS_CLAUSE.fullmatch(between) and not _BACK_TO_GROWTH.search(own)):
                return own
    if inherited:
        return inherited
    for _ in range(3):  # 特别是工业投资，增势强劲，增长达50.8%: the subject is some clauses back
        if hard <= sent.start:
            break
        prev_start = lay.hard_clause_start(sent.start, hard - 1)
        subject = indicator.subject_of_clause(norm[prev_start:hard - 1]) or indicator.clean(norm[prev_start:hard - 1])
        if subject and (len(subject) <= 12 or indicator_code(subject)) and not _COMPARED.match(subject):
            return subject  # (a long one only when it names a statistic: 城镇居民家庭人均可支配收入，由…增加到…)
        hard = prev_start
    # 全市生产总值为1912.4亿元，…；两年平均增长8.8%: the indicator carries across a semicolon
    psent_start = lay.period_sentence(q.start).start
    if previous and previous[-1].start >= psent_start and previous[-1].indicator:
        return previous[-1].indicator
    return None


# 新增规上服务业企业50家、限上商贸企业50家 (龙岩 2020, precision sample 30): the verb of additions that opens a list
# of counts is every item's
_FLOW_OPENING = re.compile(r"\W*(?:全年|今年|全市|全省|全区)?(新增|净增|新培育|新引进)")
_FUNDS_OPENING = re.compile(r"\W*(?:全年|今年|全市|全省|全区)?(实际利用|实际使用|实际到位|实际引进)")
_VALUED_ITEM_END = re.compile(r"[\d.]+\s*(?:多|余)?[万亿]?(?:美元|[\u4e00-\u9fff])$")


# the name of a rate of a statistic, and of a comparison of it, after the statistic's own name
_RATE_OF = re.compile(r"(.+?)(?:年均)?(?:增速|增幅|增长速度|增长率)")


def _subject_between(norm: str, lay: Layout, last: Fact, sent_start: int, pos: int) -> str | None:
    """规上工业企业由133户增加到221户，…，地区生产总值从2017年开始触底反弹，到2019年年均增速6% (阳泉 2021): the clause
    just before a bare rate's, after the last figure, names a statistic of its own: the rate is of it."""
    hard = lay.hard_clause(pos)
    if last.start < sent_start or hard <= sent_start:
        return None
    prev_start = lay.hard_clause_start(sent_start, hard - 1)
    if prev_start <= last.end:
        return None
    own = indicator.subject_of_clause(norm[prev_start:hard - 1])
    return own if own and indicator_code(own) else None


def _amount_a_bare_rate_is_of(previous: list[Fact], sent_start: int, period_start: int, q: Quantity) -> str | None:
    """预计全省生产总值突破2万亿元，增速近15%: a bare rate is of the amount before it in its sentence. A share moves in
    points: past one that names its part (民生支出占财政支出比重达80.9%，五年年均增幅达6.8%) the rate is the part's;
    past one that does not (达2085亿元，…，占全省比重提高到26％；增速达16％, 贵阳 2014) it is of the amount before, up to
    the 。."""
    last = previous[-1]
    if last.measure != "share" or q.unit != "percent" or not last.indicator:
        return last.indicator if last.start >= sent_start else None
    part = last.indicator.partition("占")[0]
    if part:
        return part
    for p in reversed(previous[:-1]):
        if p.start < period_start:
            return None
        if p.measure != "share":
            return p.indicator
    return None


_CAPACITY_UNITS = ("W", "VA", "kg")


def _flow_of_the_list(norm: str, lay: Layout, q: Quantity, clause_start: int, phrase: str) -> str:
    """The verb of additions (新增) that the first item of a valued list of counts opens on, or of funds used (实际利用)
    for a list of amounts, for the item `phrase` of the quantity `q` after a 、, when with it the item names a known
    indicator; else ''."""
    if norm[clause_start - 1:clause_start] != "、" or phrase.startswith(("新", "净", "实际")):
        return ""
    # (新增煤炭产能5000万吨、油气当量540万吨、电力装机192万千瓦: capacities share it too, 陕西 2013, precision sample 47)
    added = q.unit == "count" or q.unit in _CAPACITY_UNITS
    if not added and q.unit not in _MONEY:  # (no starred tuple here: mypyc cannot compile one)
        return ""
    hard = lay.hard_clause(q.start)
    # (实际利用内资43.5亿元、外资230.3万美元: money shares the verb of funds used or in place)
    m = (_FLOW_OPENING if added else _FUNDS_OPENING).match(norm, hard, clause_start)
    if not m or not _VALUED_ITEM_END.search(norm, hard, clause_start - 1):
        return ""
    return m[1] if indicator_code(m[1] + phrase) else ""


# 农民收入扭转了连续三年下滑的局面，人均纯收入达到2558元 (辽宁 2002): a per-capita income said bare is that of the
# residents whose income the clause before opens on
_BARE_INCOME = ("人均纯收入", "人均可支配收入", "人均收入")
_INCOME_OWNER = re.compile(r"\W*(农民|农村居民|农牧民|城镇居民|城市居民)(?:的)?(?:人均)?(?:收入|纯收入)")


def _income_owner_before(norm: str, lay: Layout, pos: int, sent_start: int, phrase: str) -> str:
    """Who a bare per-capita income `phrase` (of the number at `pos`) is of, as said by the clause before the
    number's in its sentence, or ''."""
    if phrase not in _BARE_INCOME:
        return ""
    hard = lay.hard_clause(pos)
    if hard <= sent_start:
        return ""
    m = _INCOME_OWNER.match(norm, lay.hard_clause_start(sent_start, hard - 1), hard)
    return m[1] if m else ""


_GOAL_BOUND = re.compile(r"的(?:年度|预期)?目标(以内|以下|以上)")


def _goal_bound(norm: str, q: Quantity) -> str:
    """控制在3.5%的目标以内: the bound is written after the goal word."""
    if q.qualifier == "exact" and norm.startswith("的", q.end):  # (the pattern opens on 的: tested first)
        m = _GOAL_BOUND.match(norm, q.end, q.end + 10)
        if m:
            return {"以内": "at_most", "以下": "at_most", "以上": "at_least"}[m[1]]
    return q.qualifier


_LIST_ITEM = re.compile(r"^[^\d，,。；;：:（）()]{2,14}$")


_EACH = re.compile(r"分别|各|均|都")
# verbs of rule-making listed before one object (调整、取消行政许可事项, 修订、废止政府规章): each verb is a statistic of
# its own (built and renovated works are counted together by their codes: 新建、改扩建学校)
_VERB_ITEM = re.compile(r"调整|取消|下放|精简|合并|撤销|清理|规范|修订|修改|废止|制定|出台")
# a verb that makes an item before 、 a clause of its own (提前一年实现翻番、经济总量突破4000亿元), not a thing listed
_CLAUSE_VERB = re.compile(r"实现|建成|投用|开通|列入|实施|完成|收官|启动|开工|达到|突破|提升|交付使用|"
                          r"(?:新建|改建|扩建|改造|整合|滚动|挂牌)$")  # (优化整合、新改扩建学校: verbs sharing one noun)
_ADDED_LEAD = re.compile(r"^(?:增加|新增)")


def _summed_list(norm: str, lay: Layout, sent_start: int, clause_start: int, last: str, q: Quantity) -> str | None:
    """The items of a list of things before one amount or count with no 分别/各/均 (增加森林公园、湿地公园210个),
    joined: the amount is their sum, no one item's."""
    if not last or q.unit in _RATES or norm[clause_start - 1:clause_start] != "、":
        return None
    hard = lay.hard_clause_start(sent_start, clause_start - 1)
    if _EACH.search(norm, hard, q.start) or _list_length(norm, q) > 1:
        return None
    items = norm[hard:clause_start - 1].split("、")
    if not all(_LIST_ITEM.match(i) for i in items):
        return None
    # only things of other kinds, each known (森林公园 and 湿地公园, 断头路 and 瓶颈路): a list of levels (国家、省级专精特新
    # 企业) shares one noun, whose code stays; a list of verbs (新辟、优化公交线路) keeps the code of them together, if any
    named = (items[0], indicator.without_opening_verb(_ADDED_LEAD.sub("", items[0])))
    first = indicator_code(named[0]) or indicator_code(named[1])
    # 独角兽、瞪羚企业, 新增、调整公交线路: the first item may leave out the head it shares with the last
    first = first or next((c for k in (2, 4) for name in named if len(last) > k
                           and (c := indicator_code(indicator.clean(name) + last[-k:]))), None)
    cleaned = [indicator.clean(i) for i in items]
    # (调整、取消行政许可事项201项: the items adjusted and cancelled, no statistic of the cancelled alone)
    verbs = all(_VERB_ITEM.fullmatch(c) for c in cleaned) and indicator_code(last)
    # (工程技术研究中心、企业技术中心、工程研究中心20家: first and last of one kind, another between them)
    others = {indicator_code(c) for c in cleaned[1:]} - {None, first}
    # (新增国家级工程技术研究中心、企业技术中心20家: an unknown first item of four characters or more is a thing of its own,
    # not a level or a kind sharing the last one's noun)
    things = (all(len(indicator.without_opening_verb(_ADDED_LEAD.sub("", c))) >= 4 for c in cleaned)
              and not any(_CLAUSE_VERB.search(i) for i in items))
    if not verbs and (first is None and not (things and indicator_code(last))
                      or first == indicator_code(last) and not others):
        return None
    joined = "、".join(cleaned + [last])
    # 新辟、优化公交线路 is the statistic of new and adjusted routes together, when the dictionary has one
    return joined.replace("、", "") if indicator_code(joined.replace("、", "")) else joined


def _shared_items(norm: str, lay: Layout, sent_start: int, clause_start: int, last: str) -> list[str] | None:
    """The indicators of a list written before a value (A、B、C增长5%左右): a rate is the first item's, the headline
    of the list (an analyst asking for A finds it; one number is one fact; the others are in `Fact.shared_with`);
    a level or count is the items' sum. Only when every item reads as an indicator and the list closes with this
    number's clause."""
    if not last or norm[clause_start - 1:clause_start] != "、":
        return None
    hard = lay.hard_clause_start(sent_start, clause_start - 1)
    items = norm[hard:clause_start - 1].split("、")
    if len(items) < 1 or not all(_LIST_ITEM.match(i) for i in items):
        return None
    first = indicator.clean(items[0])
    if not first or indicator_code(first) is None or indicator_code(last) is None:
        return None  # only lists of known indicators: 南门、北门等节点 and 肉牛、生猪 stay as they are
    return [first, *(indicator.clean(i) for i in items[1:]), last]


_RATES = ("percent", "percentage_point", "permille", "times")
_NEXT_VALUE = re.compile(r"\s*(?:以上|左右|以内)?\s*(?:[、和及与]|以及)\s*[\d.]")


def _share_with_the_list(norm: str, lay: Layout, facts: list[Fact], said_in: int | None) -> None:
    """A fact whose number a list of indicators shares (地区生产总值、公共财政预算收入均增长10%) is the first item's; the
    codes of the others go to `shared_with`, so that the warehouse answers for each of them."""
    for f in facts:
        if not f.indicator_code or f.unit in _COUNTED:
            continue
        sent_start = lay.sentence(f.start).start
        head = norm[lay.hard_clause(f.start):f.start]
        if _NEXT_VALUE.match(norm, f.end) or ("分别" in head and re.search(r"分别.*\d", head)):
            continue  # 事故起数、死亡人数分别下降24.7%、8.7%: each item has its own value
        items = _shared_list(head, rate=f.unit in _RATES, after=norm[f.end:f.end + _AFTER_VALUE])
        # without 均 only a rate is every item's: 改造城市棚户区、城中村269.31万平方米 is the area of both together
        clause_start = lay.clause(f.start).start
        if items is None and f.unit in _RATES and norm[clause_start - 1:clause_start] == "、":
            items = _shared_items(norm, lay, sent_start, clause_start,
                                  indicator.phrase_before(norm, clause_start, f.start))
        if not items or items[0] != f.indicator:
            continue
        codes = [code_in_period(indicator_code(x), f.period, said_in) for x in items[1:]]
        f.shared_with = tuple(dict.fromkeys(c for c in codes if c and c != f.indicator_code))


_MODAL_TAIL = re.compile(r"(?:要|将|也|还|都)+$")
# (…分别达到3.8万元和2万元，增幅均在14%以上: 苏州 2013; 增幅均为8.5%: 淮安 2020; one rate after 分别,
# …11190元，分别增长16%: 酒泉 2014)
_EACH_WITH_NO_SUBJECT = re.compile(r"\s*(?:也|还|亦)?(?:增幅|增速)?(?:均|都|分别)(?:比上年|比去年|同比|实际)?"
                                   r"(?:增长|提高|下降|在|达到|达|为)$")


def _share_with_the_values_before(norm: str, lay: Layout, facts: list[Fact]) -> None:
    """城市和农村居民家庭人均可支配收入分别达到3.62万元和1.56万元，均比上年增长13.8%: a rate said of each (均) with
    no subject of its own is the growth of every indicator whose value the sentence gave just before: the first's,
    the others' codes in `shared_with`."""
    for n, f in enumerate(facts):
        if f.unit not in _RATES:
            continue
        sent_start = lay.sentence(f.start).start
        hard = lay.hard_clause(f.start)
        bare = _GROWTH_OF_A_PAIR.fullmatch(norm, hard, f.start) is not None and not _NEXT_VALUE.match(norm, f.end)
        if hard <= sent_start or not (bare or _EACH_WITH_NO_SUBJECT.fullmatch(norm, hard, f.start)):
            continue
        if "分别" in norm[hard:f.start] and _NEXT_VALUE.match(norm, f.end):
            continue  # 分别增长9%和11%: a list of rates, one each (_pair_with_the_values_before)
        before: list[Fact] = []
        for e in reversed(facts[:n]):
            if e.start < sent_start or e.unit in _RATES or not e.indicator_code:
                break
            before.insert(0, e)
        codes = list(dict.fromkeys(e.indicator_code for e in before))
        if len(before) < 2 or len(codes) != len(before):
            continue
        if bare and not (set(codes) <= _INCOMES and _PAIR_LISTED.search(norm, before[0].end, before[1].start)):
            # (城镇居民人均可支配收入实现24900元、农民人均纯收入实现7750元，增长10.6%以上 (白城 2014): the pair of incomes
            # listed, one growth said of both; not 生产总值…亿元，财政收入…亿元，增长10%, the last one's)
            continue
        f.indicator, f.indicator_code = before[0].indicator, before[0].indicator_code
        f.shared_with = tuple(codes[1:])  # type: ignore[arg-type]


_GROWTH_OF_A_PAIR = re.compile(r"\s*(?:比上年|比去年|同比)?增长")
_INCOMES = frozenset(("urban_disposable_income", "rural_disposable_income", "rural_net_income"))
_PAIR_LISTED = re.compile(r"[、和]\s*[^，,。；;\d]*$")
_LIST_WITH_NO_SUBJECT = re.compile(r"\s*(?:年均|年平均|平均每年)?(?:分别)?(?:年均|年平均|平均每年)?(?:比上年|比去年|同比)?(?:实际)?"
                                   r"(?:增长|提高|下降)了?$")
_RATES_LISTED_GAP = re.compile(r"\s*(?:以上|左右)?\s*(?:[、和及与]|以及)\s*")


def _pair_with_the_values_before(norm: str, lay: Layout, facts: list[Fact]) -> None:
    """城镇居民人均可支配收入26738元，农民人均纯收入11986元，实际增长9.7%和13.4%: a list of rates with no subject of its
    own, right after as many values of as many indicators in its sentence, pairs with them in order."""
    n = 0
    while n < len(facts):
        f = facts[n]
        sent_start = lay.sentence(f.start).start
        hard = lay.hard_clause(f.start)
        if (f.unit not in _RATES or hard <= sent_start
                or not _LIST_WITH_NO_SUBJECT.fullmatch(norm, hard, f.start)):
            n += 1
            continue
        rates = [f]
        while (n + len(rates) < len(facts) and facts[n + len(rates)].unit == f.unit
               and _RATES_LISTED_GAP.fullmatch(norm, rates[-1].end, facts[n + len(rates)].start)):
            rates.append(facts[n + len(rates)])
        before = [e for e in facts[max(0, n - len(rates)):n] if e.start >= sent_start and e.unit not in _RATES]
        if len(rates) >= 2 and not _distinct_codes(before, len(rates)):
            # 地区生产总值由648亿元提高到1162亿元，工业总产值由1112亿元提高到2444亿元，财政总收入由126亿元提高到275亿元，
            # 年均分别增长16.4%、23.4%和22.2% (厦门 2007): a start and an end for each, then their rates
            both = [e for e in facts[max(0, n - 2 * len(rates)):n] if e.start >= sent_start and e.unit not in _RATES]
            ends = both[1::2]
            if len(both) == 2 * len(rates) and all(a.indicator_code == b.indicator_code for a, b in zip(both[::2], ends)):
                before = ends
        if len(rates) >= 2 and _distinct_codes(before, len(rates)):
            for rate, value in zip(rates, before):
                rate.indicator, rate.indicator_code = value.indicator, value.indicator_code
        n += len(rates)


def _distinct_codes(values: list[Fact], n: int) -> bool:
    """`n` values, each with a code of its own."""
    codes = [e.indicator_code for e in values]
    return len(values) == n and all(codes) and len(set(codes)) == n


_LEVEL_AFTER_FLOW = re.compile(r"[、，,]?(?:累计|总数|总量)?(?:达到|达|增至|增加到)")
_RECERTIFIED = ("重新认定", "重新评定", "复审认定")
_FLOW_WORD = re.compile(r"^(?:新增|新认定|净增)|(?:新增|净增)$")
_FROM_TO_NOISE = re.compile(r"^(?:将|把|使)|分别$|(?:每年|每月|每人|每户)+$")
# (新登记市场主体18.5万户，总数达82.1万户; 高新技术企业新增140家，总数达到414家)
_NEW = re.compile(r"^(?:新增|新建|新认定|净增|新培育|新登记|新注册|新设立)|(?:新增|新认定|净增)$")
_TIME_NAMED_HERE = re.compile(r"全年|年度|今年|明年|19\d\d年|20\d\d年|五年|期间|时期")  # (see _TIME_NAMED)
_GOAL_NAMED_AFTER = re.compile(r"\s*(?:左右|以上)?的(?:年度|全年|年初)?(?:预期|奋斗|调控|确定的)?(?:目标|计划)")
_TARGET_ASIDE = re.compile(r"\s*[(（](?:年度|全年)?(?:预期)?目标(?:是|为)?\s*$")
_FROM_TO = re.compile(r"[从由][^，,。；;从由]{0,30}?(?:(?:提高|提升|增加|增长|上升|降低|下降|减少|调整|调增|调减|增|降|升|扩大|回升|回落|跃升|"
                      r"攀升|缩小)(?:到|至|为)\s*(?:(?:(?:19|20)\d\d\s*年(?:底|末)?|全年|年末|年底|去年|上年|[一二三四]季度|上半年|前三季度)的?\s*)?"
                      # 外贸进出口总额由1月份下降31.1%转为全年增长11.3%: a turn from one rate to another
                      r"|\d[^，,。；;从由]{0,6}?转为(?:全年|全年累计|年末)?(?:增长|下降|正增长)?)(?:[\d.]+[^\d、，,。；;和]{0,4}?[、和])*$")


def _from_to_subject(norm: str, lay: Layout, q: Quantity) -> str | None:
    """从X提高至Y: both values measure the subject written before 从 (未成年人及在校学生从70%提高至80% → 未成年人及
    在校学生; 由1992年的181.7亿元增加到1997年的418亿元 → the subject before 由); a list of subjects pairs with a list of values (煤炭原矿、选矿税率从2.5%、2%提高至6%、5.5%)."""
    hard = lay.hard_clause(q.start)
    clause = norm[hard:q.start]
    if "从" not in clause and "由" not in clause:
        return None  # (both readings need one: most clauses have neither)
    m = _FROM_TO.search(clause)
    if m:
        head, values = clause[:m.start()], m.group(0)
        k = values.rfind("到") if values.rfind("到") > values.rfind("至") else values.rfind("至")
        index = values[k:].count("、") + values[k:].count("和")  # position in the list of new values
    elif period.from_value(clause, norm[q.end:q.end + 16]):
        j = max(clause.rfind("从"), clause.rfind("由"))
        head = clause[:j]
        index = clause[j:].count("、")
    else:
        return None
    head = _FROM_TO_NOISE.sub("", head)
    n = _list_length(norm, q)
    # (城乡居民人均可支配收入从…46503元和16935元分别提高到58794元和23184元: an abbreviation names a list too)
    subjects = indicator.list_subjects(head, n) if n > 1 and indicator.may_name_a_list(head) else None
    if subjects and index < len(subjects):
        return indicator.clean(subjects[index]) or None
    return indicator.clean(head) or _subject_of_the_step_before(norm, lay, lay.sentence(q.start).start, hard)


_CENTRE_ADDED = re.compile(r"(?:加上|加|含|包括|连同)中央")


def _wider_revenue_beside_local(norm: str, lay: Layout, facts: list[Fact]) -> None:
    """一般公共预算收入168.41亿元，增长1.63%；地方一般公共预算收入107.76亿元，增长0.11% (三明 2020): a revenue a sentence
    (up to its 。) names without 地方 before it names the local general budget revenue (地方…) is the wider total, with
    the taxes shared with higher levels. Named after it (完成地方财政收入800亿元，其中：一般公共预算收入458亿元), it is a
    part of the local one, unless its clause adds the centre's share (地方财政收入432.8亿元，增长10.9%，加上中央财政收入，
    财政一般预算收入966.2亿元: 宁波 2010)."""
    by_sentence: dict[int, list[Fact]] = {}
    for f in facts:
        if f.indicator_code == "general_budget_revenue":
            by_sentence.setdefault(lay.period_sentence(f.start).start, []).append(f)
    for group in by_sentence.values():
        local = next((k for k, f in enumerate(group) if "地方" in f.indicator), 0)  # type: ignore[operator]
        wider = {f.indicator for f in group[:local]}
        wider |= {f.indicator for f in group[local + 1:]
                  if _CENTRE_ADDED.search(norm, max(lay.period_sentence(f.start).start, f.start - 24), f.start)}
        for f in group:
            if f.indicator in wider:
                f.indicator_code = "fiscal_revenue_total"
        if group and "预算" not in (group[local].indicator or "") and any(
                "预算" in (f.indicator or "") for f in group[local + 1:] if f.indicator not in wider):
            # 地方财政收入104.6亿元、公共财政预算收入64.4亿元 (齐齐哈尔 2014): the local revenue of the old scope, with the
            # funds outside the budget, beside the budget's own; the budget's answers for the series
            for f in group:
                if f.indicator == group[local].indicator:
                    f.indicator_code = None


# 再上一个千亿台阶, 迈上3000亿元台阶, 突破千亿大关: the step a clause says its subject reached
_STEP_REACHED = re.compile(r"(?:再上|迈上|跨上|登上|跃上|突破|跨越|连续跨越|接近|逼近)[^，,；;]*?(?:台阶|大关|关口)\s*$")


def _subject_of_the_step_before(norm: str, lay: Layout, sent_start: int, hard: int) -> str | None:
    """地区生产总值再上一个千亿台阶，从2375亿元增至3719亿元 (宿迁 2022): a change that opens its clause measures
    the subject of the clause before, when that clause only says the step it reached and names a known indicator."""
    if hard <= sent_start:
        return None
    before = norm[lay.hard_clause_start(sent_start, hard - 1):hard - 1]
    step = _STEP_REACHED.search(before)
    if not step:
        return None
    subject = indicator.clean(before[:step.start()])
    return subject if indicator_code(subject) else None


# 推动工业投资止跌反弹、逆势上扬: a clause that says only how a known indicator turned
_TURN_VERB = re.compile(r"^(?:推动|促进|带动|实现|拉动)")
_TURN = re.compile(r"(?:(?:止跌|企稳|触底|逆势|持续|稳步|明显|快速|大幅)?(?:回升|反弹|上扬|回暖|向好|提速|转正|走高)"
                   r"(?:[、，,]?(?:止跌|企稳|逆势|持续|稳步|明显|快速|大幅)?(?:回升|反弹|上扬|回暖|向好|提速|转正|走高))*"
                   # 财政收入大幅度增长: grew, said with how fast but no figure (a bare 增长 says too little)
                   r"|(?:大幅度|大幅|较快|快速|持续|稳步|稳定|平稳|强劲)增长)$")


def _subject_of_the_turn_before(norm: str, lay: Layout, sent_start: int, hard: int) -> str | None:
    """推动工业投资止跌反弹、逆势上扬，全年增长24.6%: a rate that opens its clause with no subject measures the
    indicator whose turn the clause before tells, not the subject of a figure further back."""
    if hard <= sent_start:
        return None
    before = norm[lay.hard_clause_start(sent_start, hard - 1):hard - 1]
    if _DIGIT.search(before):
        return None
    before = _TURN_VERB.sub("", before)
    turn = _TURN.search(before)
    if not turn or turn.start() < 2:
        return None
    subject = indicator.clean(before[:turn.start()])
    return subject if indicator_code(subject) else None


_LIST_AFTER = re.compile(r"(?:[、和][\d.]+[^\d、，,。；;和]{0,4}?(?=[、和，,。；;提降增减调扩缩升]|$))*")
_LIST_BEFORE = re.compile(r"(?:[\d.]+[^\d、，,。；;和]{0,4}?[、和])*$")
_LIST_BEFORE_LAST = ("、", "和")  # what a match of _LIST_BEFORE that is not empty ends on (tests/test_extract_shortcuts.py)


def _list_length(norm: str, q: Quantity) -> int:
    """Number of values in the list that `q` belongs to (2.5%、2% → 2; 653元、300元 → 2)."""
    found_after = _LIST_AFTER.match(norm, q.end, min(len(norm), q.end + 30))
    after = found_after.group(0) if found_after else ""
    # (a list's values before `q` end on 、 or 和 right before it, or before a newline that $ stands before; without
    # one the match is empty, where the search tried the pattern at each of the 30 positions before)
    last = norm[q.start - 1:q.start]
    found_before = (_LIST_BEFORE.search(norm, max(0, q.start - 30), q.start)
                    if last in _LIST_BEFORE_LAST or last == "\n" else None)
    before = found_before.group(0) if found_before else ""
    written = after + before
    return 1 + written.count("、") + written.count("和")


# (与国内生产总值之比为2.44%: the communiques' R&D spending against GDP, whose 比 the phrase before the number leaves out)
_PART_STUB = re.compile(r"^(?:占(?P<whole>[^，,。；;]{0,12}?)的?(?:比重|比例)?|与(?P<against>[^，,。；;]{2,12}?)之比?|占比|比重|"
                        r"总数|总量|总计|合计|总规模|总额|(?:年度|预期)?目标)$")
_PART_STUB_FIRST = frozenset("占与比总合年预目")  # what a match of _PART_STUB opens on: tested before matching it


def _whole_of_part(phrase: str | None, lay: Layout, q: Quantity, previous: list[Fact]) -> str | None:
    """A share or total whose clause names only the relation (占全省的71%, 占比65.3%, 总数达53家, 总量突破7000亿元)
    measures the indicator of the quantity before it in the sentence: 获第八届中国创新创业大赛奖占全省比重,
    业主委员会占比, 三类500强企业总数."""
    if phrase and phrase[0] in "约近仅已" and phrase[1:2] == "占":
        phrase = phrase[1:]  # 规模以上工业实现增加值465亿元，约占全省20%，增长26% (合肥 2008)
    if not phrase or phrase[0] not in _PART_STUB_FIRST:
        return phrase
    m = _PART_STUB.match(phrase)
    if not m:
        return phrase
    start = lay.period_sentence(q.start).start
    for f in reversed(previous):
        if f.start < start:
            break
        if f.indicator and not _PART_STUB.match(f.indicator):
            if len(norm_gap := lay.text[f.end:q.start]) > len(phrase) + 8:
                break  # another subject came between: 其中煤炭作为最重要的主导行业，在2021年占比高达73.2%
            base = f.indicator
            if phrase.startswith(("占", "与")) and phrase != "占比":
                whole = m["whole"] or m["against"] or ""
                return f"{base}占{whole}比重" if whole else f"{base}占比"
            return _NEW.sub("", base) + phrase
    return phrase


def _output_of_crop(phrase: str | None, lay: Layout, q: Quantity, previous: list[Fact]) -> str | None:
    """完成粮播面积190.6万亩、产量82.1万吨: a bare output after a crop's area in the same sentence is that crop's."""
    if phrase not in indicator.BARE_OUTPUT or not previous:
        return phrase
    before = previous[-1]
    if before.start < lay.period_sentence(q.start).start or not before.indicator:
        return phrase
    gap = lay.text[before.end:q.start]
    if gap.count("，") + gap.count("、") + gap.count(",") > 1:
        return phrase  # 完成农作物播种面积407.4万亩，粮食生产再获丰收，总产达128万吨 (张掖 2014): a clause between names it
    return indicator.output_of_crop(phrase, before.indicator, indicator_code(before.indicator) == "grain_area") or phrase


_TRAILING_BOUND = re.compile(r"(?:左右|以上|以下|以内)$")
_SHARE_OF_THE_WHOLE = re.compile(r"(.{2,}?)占(?:全国|全省|全区|全市|全州|全县)?(?:比重|占比)$")


_MILESTONE_AFTER = re.compile(r"\s*(?:的)?(?:大关|关口|台阶|新台阶)")


def _share_trailing_qualifiers(norm: str, facts: list[Fact]) -> None:
    """分别增长7%、8%左右: a qualifier written after the last value of a list holds for every value of it."""
    i = 0
    while i < len(facts):
        j = i
        while (j + 1 < len(facts) and facts[j + 1].unit == facts[i].unit
               and measure.continues_list(norm[facts[j].end:facts[j + 1].start])):
            j += 1
        last = facts[j]
        if j > i and last.qualifier != "exact" and _TRAILING_BOUND.search(last.text):
            for f in facts[i:j]:
                if f.qualifier == "exact":
                    f.qualifier = last.qualifier
        first = facts[i]
        if (j > i and first.qualifier != "exact"
                and (norm[first.start - 2:first.start] == "分别" or _MILESTONE_AFTER.match(norm, last.end))
                and not first.text[:1].isdigit() and not _TRAILING_BOUND.search(first.text)):
            # 分别超过3.23万元、1.32万元, 连续突破200亿元、300亿元大关: a bound written before the first value of a 分别
            # list, or of milestones, holds for every value
            for f in facts[i + 1:j + 1]:
                if f.qualifier == "exact" and f.text[:1].isdigit():
                    f.qualifier = first.qualifier
        i = j + 1


_OPENS_ON_FROM = re.compile(r"\s*(?:由|从)")
_COUNTED = ("count", "person", "person_time")
_PLACES_OR_HOMES = re.compile(r"[户村县乡镇]")
# the places a thing is done in, counted right after 在 (在10家社区卫生服务中心开展试点, 在全市20个乡镇推行)
_AT_THE_PLACES = re.compile(r"(?<!稳定|控制|保持|维持|巩固|调控|确定|集中|位列|排名|处于|落户)在(?:全市|全省|全区|全县|全州)?(?:近|约|超过)?$")
# a verb of starting right after the things counted (7条断头路开工建设, 12所学校已开工)
_STARTED = re.compile(r"[”\"]?(?:已经|已|全部|相继|陆续|均|同时)?(?:开工|动工|开建|启动)")
# what a statistic of its own ends on (a subject naming a thing measured twice, 保障性住房1100万平方米、17.08万套, does not)
_MEASURE_NOUN = re.compile(r"(?:面积|产量|吞吐量|人数|人次|收入|总额|总量|里程|产值|增加值|销售额|营业额|规模|起数|户数|件数)$")
_TIGHT_GAP = re.compile(r"\s*[、和及与]\s*")


_TIME_WORD = r"(?:第?[一二三四]季度|上半年|下半年|前三季度|全年|(?:19|20)\d\d年)"
_TIME_LIST = re.compile(rf"{_TIME_WORD}(?:[、和及]{_TIME_WORD})+$")
_GAP_HEAD = re.compile(r"(?:分别)?(?:比|较)?(?:高于|低于|快于|慢于|高出|超出|超过|领先)(?:全国|全省|全区|全市|全州)(?:平均水平|平均)?(?:分别)?")
_RATIO_HEAD = re.compile(r"(?:分别)?(?:是|为|相当于)(?:(?:19|20)\d\d年(?:末|底)?|上年|去年|上年末|去年末)?的?")


_NAMES_PARTS = re.compile("、|[和与及](?!其他)|" + "|".join(indicator.ABBREVIATIONS))


# words before 分别 that name no indicator of their own (城镇居民…和农民…分别达到8428元和3948元，实际收入分别比上年增长…)
_NO_SUBJECT_WORDS = frozenset(("收入", "实际收入", "名义收入", "人均收入", "两者", "二者", "两项"))


def _names_no_subject(words: str) -> bool:
    cleaned = indicator.clean(words)
    return not cleaned or cleaned in _NO_SUBJECT_WORDS


def _pair_with_earlier_list(norm: str, before: list[Fact], group: list[Fact], since: int) -> bool:
    """Give the values of `group` the indicators of the list of as many values that ends just before it."""
    earlier = [f for f in before if f.start >= since][-len(group):]
    if (len(earlier) == len(group) and all(f.indicator for f in earlier)
            and len({f.indicator for f in earlier}) == len(group)
            and all(_TIGHT_GAP.fullmatch(norm[a.end:b.start]) for a, b in zip(earlier, earlier[1:]))):
        for f, e in zip(group, earlier):
            f.indicator = e.indicator
        return True
    return False


def _pair_with_subjects_before(norm: str, lay: Layout, sent_start: int, hard: int, group: list[Fact]) -> None:
    """全省生产总值、固定资产投资跨上万亿元新台阶，年均增长11.1%和24.7%: values with no subject of their own pair
    with the indicators listed at the head of the clause before, when there are as many and each is one."""
    if hard <= sent_start:
        return
    prev = norm[lay.hard_clause_start(sent_start, hard - 1):hard - 1]
    cut = re.search(r"(?<![人平年])均|都|\d|分别|跨|迈|突破|达到|实现|保持", prev)
    head = prev[:cut.start()] if cut else prev
    if "、" not in head and "和" not in head:
        return
    subjects = indicator.list_subjects(indicator.strip_verbs(head), len(group))
    if subjects and all(indicator_code(indicator.clean(x)) for x in subjects):
        for f, x in zip(group, subjects):
            f.indicator = indicator.clean(x)


def _one_value_for_a_list(norm: str, lay: Layout, f: Fact) -> None:
    """地区生产总值、规模以上工业增加值、公共预算收入分别增长10%: one value for a list is its first item's, as for
    a value shared by a list (see `_shared_items`), when the items are indicators."""
    sent = lay.sentence(f.start)
    head = norm[lay.hard_clause(f.start):f.start]
    k = head.rfind("分别")
    if k < 0 or "、" not in head[:k] or indicator.has_quantity(head[:k]):
        return
    items = indicator.list_subjects(indicator.strip_verbs(head[:k]), head[:k].count("、") + 1)
    if items and all(indicator_code(indicator.clean(i)) for i in items):
        f.indicator = indicator.clean(items[0])


def _apply_lists(norm: str, lay: Layout, facts: list[Fact], ref: Reference) -> None:
    """Give each value of a 分别 list its own subject (see `indicator.list_subjects`); without 分别 only when the
    subjects are exactly as many as the values."""
    starts = [f.start for f in facts]  # in text order: the facts of a sentence before a list are found by bisect
    i = 0
    while i < len(facts):
        j = i
        while j + 1 < len(facts) and facts[j + 1].measure == facts[i].measure and measure.continues_list(
                norm[facts[j].end:facts[j + 1].start]):
            j += 1
        group = facts[i:j + 1]
        if len(group) == 1:
            _one_value_for_a_list(norm, lay, group[0])
        if len(group) > 1:
            sent = lay.sentence(group[0].start)
            hard = lay.hard_clause_start(sent.start, group[0].start)
            head = norm[hard:group[0].start]
            k = head.rfind("分别")  # the nearest: an earlier 分别 has a list and values of its own
            tight = all(_TIGHT_GAP.fullmatch(norm[a.end:b.start]) for a, b in zip(group, group[1:]))
            if k < 0 and tight and _NAMES_PARTS.search(head) and "%" not in head and not indicator.has_quantity(head):
                # PM10、PM2.5浓度下降30.3%、30%; 城镇和农村常住居民人均可支配收入增长3%和7.7%: as many subjects as
                # values pair without 分别
                subjects = indicator.list_subjects(indicator.strip_verbs(head), len(group))
                # (one unit for all; or each its own where each subject is a statistic of its own: 粮食种植面积、产量
                # 稳定在300万亩、105万吨以上, not 新开工建设和筹措保障性住房1100万平方米、17.08万套 of one thing)
                units = len({f.unit for f in group})
                # (原煤、原油、天然气产量达到6640.8万吨、1253.6万吨、9.1亿立方米: each item takes the measure named last)
                if subjects and all(subjects) and (units == 1 or all(_MEASURE_NOUN.search(x) for x in subjects)):
                    for f, s in zip(group, subjects):
                        f.indicator = indicator.clean(s) or f.indicator
            elif k < 0 and tight and not indicator.clean(indicator.strip_verbs(head)):
                # 城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%: a list with no subject of its own
                # pairs with the list just before it in the sentence, one by one
                if not _pair_with_earlier_list(norm, facts[:i], group, sent.start):
                    _pair_with_subjects_before(norm, lay, sent.start, hard, group)
            if k < 0 and tight and group[0].unit == "percentage_point" and _GAP_HEAD.fullmatch(head):
                # …分别增长10.7%、7.8%、7.2%、5.7%，高于全省4.2、2.5、2.8、0.8个百分点: each gap is of the growth
                # in its place in the list before
                earlier = [e for e in facts[bisect_left(starts, sent.start, 0, i):i] if e.unit == "percent"][-len(group):]
                if len(earlier) == len(group) and all(e.measure == "growth" and e.indicator for e in earlier):
                    for f, e in zip(group, earlier):
                        f.indicator = _growth_rate_of(e.indicator)  # type: ignore[arg-type]
            if k < 0 and tight and _RATIO_HEAD.fullmatch(head):
                # 私营企业、个体工商户分别达6.4万户和22万户，是2010年的2倍和1.4倍: the multiples pair with the
                # values just listed, one by one
                earlier = facts[bisect_left(starts, sent.start, 0, i):i][-len(group):]
                if len(earlier) == len(group):
                    for f, e in zip(group, earlier):
                        f.indicator = e.indicator or f.indicator
            times = _TIME_LIST.search(head[:k]) if k >= 0 else None
            if times:
                # 全省地区生产总值一季度、上半年、前三季度分别增长2.5%、2.7%、2.8%: the list is of periods; the
                # indicator is the one named before it, in this clause or the one before
                subject = indicator.clean(head[:times.start()])
                if not subject and hard > sent.start:
                    prev = norm[lay.hard_clause_start(sent.start, hard - 1):hard - 1]
                    subject = indicator.clean(re.split(r"增速|增幅|呈现|继续|保持|实现", prev)[0])
                words = re.split(r"[、和及]", times.group(0))
                old = group[-1].indicator
                for n, f in enumerate(group):
                    f.indicator = subject or None
                    if len(words) == len(group):  # each value is of its own part of the year
                        f.period = period.last_period_in(words[n], ref, f.status) or f.period
                for f in islice(facts, j + 1, None):  # …，全年增长3.1%: a value after the list carries its indicator on
                    if f.start >= sent.end or f.indicator != old:
                        break
                    f.indicator = subject or None
                k = -1
            if k >= 0 and _FROM_VALUES.search(head, 0, k):
                k = -1  # 城乡居民人均可支配收入从…46503元和16935元分别提高到58794元和23184元: the from-to reading named them
            if k >= 0:
                # (a modal between the list and 分别 is no item's: …总产值和增加值要分别增长18%和16%以上)
                subjects = indicator.list_subjects(_MODAL_TAIL.sub("", head[:k]), len(group))
                if not subjects and _names_no_subject(head[:k]) and hard > sent.start:
                    # 地区生产总值、固定资产投资、工业总产值均突破4000亿元，分别增长8%、12%和14%: the subjects
                    # are listed in the clause before
                    prev = norm[lay.hard_clause_start(sent.start, hard - 1):hard - 1]
                    cut = re.search(r"(?<![人平])均|都|\d|分别", prev)  # 均 of 人均 and 平均 is no verb
                    subjects = indicator.list_subjects(indicator.strip_verbs(prev[:cut.start()] if cut else prev),
                                                       len(group))
                if not subjects and _names_no_subject(head[:k]) and hard > sent.start:
                    subjects = _subjects_over_clauses(norm, lay, sent.start, hard, len(group))
                if not subjects and _names_no_subject(head[:k]):
                    earlier = facts[bisect_left(starts, sent.start, 0, i):i]
                    if len(earlier) >= len(group):
                        # (an earlier value with no indicator of its own names nothing for this one: "")
                        subjects = [f.indicator or "" for f in earlier[-len(group):]]
                if subjects:
                    for f, s in zip(group, subjects):
                        if s:
                            f.indicator = indicator.clean(s) or s
                    if group[0].unit == "percent":
                        _measure_by_subject(group, subjects)
        i = j + 1


# where the subjects of a clause end: a verb of a level reached, or a number
_SUBJECTS_END = re.compile(r"跨|(?<![人平])均|都|突破|达到|达|超过|迈上|实现|\d")
_LIST_WORDS = re.compile(r"和|、|及")


def _subjects_over_clauses(norm: str, lay: Layout, sent_start: int, hard: int, n: int) -> list[str] | None:
    """地区生产总值和固定资产投资跨千亿，农民人均纯收入跨万元，分别增长12.5%、25%和15% (西宁 2014): the `n` subjects of a
    list whose clauses before it name them, a few each, when every one is a statistic of the dictionary."""
    found: list[str] = []
    for _ in range(3):
        if hard <= sent_start or len(found) >= n:
            break
        start = lay.hard_clause_start(sent_start, hard - 1)
        clause = norm[start:hard - 1]
        cut = _SUBJECTS_END.search(clause)
        named = indicator.strip_verbs(clause[:cut.start()] if cut else clause)
        items = [indicator.clean(x) for x in _LIST_WORDS.split(named)]
        if not all(items):
            return None
        found = items + found
        hard = start
    return found if len(found) == n and all(indicator_code(x) for x in found) else None


_CHANGE_NAMED = ("涨幅", "增幅", "增速", "降幅")  # (not 增长率: 人口自然增长率 is a level)


def _measure_by_subject(group: list[Fact], subjects: list[str]) -> None:
    """城镇登记失业率和居民消费价格涨幅分别控制在4%和3%以内 (张家界 2014): a list of a rate and a change of prices
    shares one verb, but the rate's value is its level and the change's a growth, whichever of them the verb's
    cue sat next to."""
    rates = [f for f, s in zip(group, subjects) if s and s.endswith("率") and not s.endswith(_CHANGE_NAMED)]
    changes = [f for f, s in zip(group, subjects) if s and s.endswith(_CHANGE_NAMED)]
    if rates and changes:
        for f in rates:
            f.measure = "level"
        for f in changes:
            f.measure = "growth"


_FROM_VALUES = re.compile(r"[从由][^，,。；;从由]{0,12}?\d[\d.]*[^\d，,。；;]{0,4}[和、]")


def _total_named_by_its_subject(norm: str, lay: Layout, facts: list[Fact]) -> None:
    """全市国内生产总值672.3亿元，总量排名全省第四，比上年增长18.4% (东莞 2003): 总量 alone is the total of the statistic
    named before it in the sentence, and so are the figures it leads to; not of words that name none (新增3100辆，全市
    总量达到8.11万辆), nor of several (…年均增长28.9%，总量分别是2002年的2.1倍和2.9倍)."""
    for k, f in enumerate(facts):
        if f.indicator != "总量":
            continue
        sent_start = lay.sentence(f.start).start
        if "分别" in norm[lay.hard_clause(f.start):f.start]:
            continue
        before = next((g for g in reversed(facts[:k]) if g.start >= sent_start and g.indicator and g.indicator != "总量"),
                      None)
        if before is not None and indicator_code(before.indicator):
            f.indicator = before.indicator


# the urban or the rural part, said bare after 其中 (其中城镇38291元、农村15337元); the residents' per-capita statistic
# they are parts of (全体居民人均可支配收入27904元)
_BARE_PART = re.compile(r"(城镇|城市|农村|乡村)(?:常住)?(?:居民)?")
_RESIDENTS_WHOLE = re.compile(r"(?:全体|全市|全省|全区|全州|全县)?(?:常住)?居民(人均[\u4e00-\u9fff]+)")


def _parts_named_by_their_whole(norm: str, lay: Layout, facts: list[Fact]) -> None:
    """全体居民人均可支配收入27904元、增长8.4%，其中城镇38291元、农村15337元，分别增长7.2%和10.4% (宁夏 2022): the urban
    and rural parts named bare after 其中 are the urban and rural residents' figures of the statistic named before."""
    whole: Fact | None = None
    for f in facts:
        part = _BARE_PART.fullmatch(f.indicator or "")
        if not part:
            whole = f
            continue
        named = _RESIDENTS_WHOLE.fullmatch(whole.indicator or "") if whole else None
        if named and whole.start >= lay.sentence(f.start).start and "其中" in norm[whole.end:f.start]:  # type: ignore[union-attr]
            f.indicator = part[1] + "居民" + named[1]


def _earlier_measure(norm: str, facts: list[Fact], unit: str, since: int, pos: int) -> str | None:
    """Measure of the latest fact of `unit` that starts at or after `since` (same sentence), unless a bracket
    closes between it and `pos` (…（…确保固定资产投资增长10%左右），…一季度开复工60%以上 is no growth)."""
    for f in reversed(facts):
        if f.start < since:
            return None
        if f.unit == unit:
            between = norm[f.end:pos]
            return None if "）" in between or ")" in between else f.measure
    return None


def extract_facts(text: str, *, published: date | None = None, title: str | None = None,
                  region_code: str | None = None, errors: list[ExtractionError] | None = None) -> list[Fact]:
    """Quantity facts in `text`, in document order, with offsets into `text`. `published` and `title` are the
    document's date and title when ingestion found them: they tell its kind and the years it reviews and plans.
    `region_code` is the document's place: each fact is about it unless its clause names another (`place`).

    With `errors` (a list), an exception while reading one quantity, or in one step over the whole text,
    is appended to it as an `ExtractionError` with its span, and every other fact is still returned: one
    bad sentence never loses a document. Without it, the exception propagates (for tests and debugging).
    """
    if not text:
        return []
    facts: list[Fact] = []
    try:
        norm = normalise(text)
        lay = layout(norm)
        ref = reference(norm, published, title)
        sections = _Sections(norm, lay, ref)
    except Exception as exc:
        _record(errors, text, None, 0, len(text), exc)
        return facts
    try:
        _read_quantities(text, norm, lay, ref, sections, facts, errors)
    except Exception as exc:  # the scan itself failed: keep the facts read before the failure
        _record(errors, text, lay, facts[-1].end if facts else 0, len(text), exc)
    for step in (lambda: _apply_lists(norm, lay, facts, ref), lambda: _share_trailing_qualifiers(norm, facts)):
        try:
            step()
        except Exception as exc:
            _record(errors, text, lay, 0, len(text), exc)
    try:
        facts = _with_table_cells(text, norm, lay, ref, facts)
    except Exception as exc:
        _record(errors, text, lay, 0, len(text), exc)
    _total_named_by_its_subject(norm, lay, facts)
    _parts_named_by_their_whole(norm, lay, facts)
    document = place.region_of_code(region_code)
    renamed: tuple[int, str, str] = (-1, "", "")  # (sentence, bare measure, its thing's name) of the last one named
    for k, f in enumerate(facts):
        district = None
        f.indicator_code = indicator_code(f.indicator) if f.indicator else None
        if f.indicator_code is None and f.indicator:
            sentence_at = lay.sentence(f.start).start
            # (总收入810.74亿元，增长18.3%: the growth after it is of the same thing)
            named = renamed[2] if renamed[:2] == (sentence_at, f.indicator) else indicator.with_thing_measured(
                f.indicator, norm[_measured_thing_from(norm, lay, f.start):f.start], indicator_code)
            if named:
                renamed = (sentence_at, f.indicator, named)
                f.indicator, f.indicator_code = named, indicator_code(named)
            elif ref.kind == "communique" and f.unit not in _MONEY and _opens_a_short_row(norm, lay, f):
                named = indicator.product_output(f.indicator, indicator_code)
                if named:  # (in a sentence, 压减…水泥1716万吨, 80万吨乙烯建成 are capacities, not output)
                    f.indicator, f.indicator_code = named, indicator_code(named)
        shared = _lead_shared_from(norm, facts[k - 1], f) if k and f.indicator else None
        if shared:
            f.indicator, f.indicator_code = shared, indicator_code(shared)
        if f.measure == "level" and f.unit == "percent" and f.indicator and f.indicator.endswith(indicator.GROWTH_NAMES):
            _to_growth(norm, f)
        if f.unit == "percent" and f.measure in ("level", "share"):
            f.indicator_code = code_of_percentage(f.indicator_code)
        if f.unit == "percent" and said_as_an_amount(f.indicator_code) and (
                f.measure == "share" or f.measure == "level" and not annual_headline(f.indicator_code)):
            # 制造业增加值、数字经济占地区生产总值比重分别达19%、47%: a share, not the value added; 园区…贡献了41.3%的税收:
            # a zone's part of the city's tax, no statistic of the dictionary (a headline's level in percent is its
            # growth, read so further on: 生产总值由一季度的3.8%回升到全年的6.5%)
            f.indicator_code = share_of_amount(f.indicator_code, norm[lay.hard_clause(f.start):f.start])
        if f.unit == "percent":
            f.measure = measure_of_percentage(f.indicator_code, f.measure)
        if f.indicator_code is None and f.measure == "growth" and f.indicator in indicator.INDUSTRY_ABOVE_SCALE:
            f.indicator_code = "industry_va_above_scale"  # 规模以上工业增长12.0%: what grew is its value added
        if f.indicator_code and not f.indicator.startswith(_OWN_PLACE):  # type: ignore[union-attr]
            sub = place.sub_region_before(norm, lay, f.start)
            division = place.division_named(sub, document) if sub else None
            if division is not None:
                # 滨海新区实现国内生产总值970亿元，增长20%: a district of 天津 opens the sentence, which is about it;
                # 沈北新区被评为…，农产品加工业产值实现1032亿元: named further on, it is not the subject
                district = division if place.opens_sentence(norm, lay.sentence(f.start).start, sub) else None  # type: ignore[arg-type]
            elif sub and sub not in f.indicator:  # type: ignore[operator]
                # 兰州新区新引进产业项目136个，…，预计生产总值增长18.5%: the new area's output, not the city's
                f.indicator = sub + f.indicator  # type: ignore[operator]
                f.indicator_code = indicator_code(f.indicator)
            elif sub is None:
                district = place.division_opening(norm, lay.sentence(f.start).start, f.start, document)
        f.indicator_code = code_in_period(f.indicator_code, f.period, ref.plan_year)
        if (f.indicator_code is None and f.indicator and "城市居民消费价格" in f.indicator  # (tested first)
                and _CITY_CPI.match(f.indicator) and _is_a_city(document)):
            f.indicator_code = "cpi"  # 城市居民消费价格涨幅控制在3%左右 (广州 2019): a city's consumer prices are its towns'
        if f.unit in _COUNTED and never_a_count(f.indicator_code):
            f.indicator_code = None  # 外贸16条等系列政策, 建成高速公路3条: a count is of things, not of the amount or length
        if f.indicator_code and f.unit in _COUNTED and _AT_THE_PLACES.search(norm, max(0, f.start - 4), f.start):
            f.indicator_code = None  # 在10家社区卫生服务中心开展试点: where something is done, not the number of the places
        if f.unit == "count" and counts_people(f.indicator_code) and _PLACES_OR_HOMES.search(f.text):
            f.indicator_code = None  # 全年减贫3210户、6686人: the households, not the people lifted out
        if f.indicator_code and _size_of_projects(f):
            f.indicator_code = None  # 新签约项目总额7797亿元: the projects' money; 实施棚户区改造项目30个: projects, not homes
        if counts_works_done(f.indicator_code) and f.unit in _COUNTED and _started_not_done(norm, f):
            f.indicator_code = None  # 7条断头路开工建设: works begun, not the roads opened or built the code counts
        if f.indicator_code and _threshold_of_things(norm, f):
            f.indicator_code = None  # 单户授信小于1000万元的小微企业贷款: a bound that picks the things, not their total
        if f.indicator_code == "investment_attracted" and indicator.funds_of_another_programme(
                f.indicator, norm[lay.sentence(f.start).start:f.start]):  # type: ignore[arg-type]
            f.indicator_code = None  # 实施援藏项目137个，到位资金8.42亿元: aid funds, not investment promotion's
        if f.indicator_code == "fixed_asset_investment" and "不含农户" in norm[lay.sentence(f.start).start:f.start]:
            # 固定资产投资（不含农户）551590亿元: the phrase drops its bracket, the series is a part of the whole
            f.indicator_code = "fixed_asset_investment_excl_rural"
        if f.indicator_code and f.unit == "m2" and f.indicator_code.endswith("_output"):
            f.indicator_code = None  # 粮食生产稳定在1200万亩、370万吨 (宁夏 2016): an area is no output
        if f.indicator_code and _COUNT_OF_FIRMS.search(f.indicator_code) and (
                f.unit in _MONEY or f.measure == "growth" and k and facts[k - 1].unit in _MONEY
                and facts[k - 1].indicator == f.indicator and facts[k - 1].start >= lay.sentence(f.start).start):
            f.indicator_code = None  # (and the growth of that money said right after it: 增长2.2%)
        if (f.indicator_code in _VISITOR_CODES and _EVENT_VISITORS.search(norm, lay.sentence(f.start).start, f.start)
                and not _WHOLE_OR_YEAR.search(norm, lay.hard_clause(f.start), f.start)):
            f.indicator_code = None
        if f.indicator_code and norm.find("每", lay.hard_clause(f.start), f.start) >= 0 and _PER_UNIT.search(
                norm, lay.hard_clause(f.start), f.start):
            f.indicator_code = None  # 每个载体至少引进…10亿元以上项目2个 (sample 34): each park's, not the region's
        if (f.indicator_code and k and f.unit in _MONEY and norm.endswith(_CONVERTED, max(0, f.start - 3), f.start)
                and _converted(facts[k - 1], f)):
            f.indicator_code = None  # 人均生产总值8.06万元（折合1.18万美元）(佛山 2010): the same figure in dollars
        if district is not None:
            f.region, f.region_code = district.name, district.code
            continue
        try:
            # (the country named as a sentence's subject places only a headline figure: 我国首套…, 全国水生态文明城市
            # 建设试点… name titles and firsts, whose counts are the region's)
            where = place.place_of(norm, lay.hard_clause(f.start), f.start, document,
                                   lay.sentence(f.start).start if annual_headline(f.indicator_code) else None)
        except Exception as exc:
            _record(errors, text, lay, f.start, f.end, exc)
            where = document
        if where is not None:
            f.region, f.region_code = where.name, where.code
        if (f.indicator_code and f.unit != "percent" and where is not document and document is not None
                and place.compared_with_whole(norm, lay.hard_clause(f.start), f.start)):
            # 地区生产总值增长3.8%、高于全省0.9个百分点 (乐山 2023), 农村居民人均纯收入…高于全国平均水平140元 (黑龙江
            # 2009): the gap measures the place against the whole, no figure of the whole's own statistic (a rate, 低于
            # 全国4.5%的水平, may be the whole's own figure)
            f.indicator_code = None
        if (where is document and document is not None and k and facts[k - 1].region_code != document.code
                and _goes_on_about_the_place_before(norm, lay, facts[k - 1], f)):
            f.region, f.region_code = facts[k - 1].region, facts[k - 1].region_code
            continue
        if f.indicator_code and where is document and (
                place.part_compared_with_whole(norm, f.end, document)
                or annual_headline(f.indicator_code) and place.share_of_whole_after(norm, f.end, document)):
            # 地区生产总值平均增长8.3%，高出全省平均水平约1个百分点; 固定资产投资增长7.3%，占全市比重提升1.6个百分点:
            # a part's, not the province's or the city's
            f.indicator_code = None
    _wider_revenue_beside_local(norm, lay, facts)
    _growth_of_the_years_level(norm, lay, facts)  # (first: the passes after date growths over spans of their own)
    _date_totals_over_the_years(norm, lay, facts)
    _date_columns_of_two_years(norm, facts)
    _mark_stretch_targets(norm, facts)
    _date_totals_against_a_plan(norm, lay, facts)
    _date_respective_periods(norm, lay, ref, facts)
    _date_growth_over_a_second_base(norm, facts)
    _undate_a_path(norm, facts)
    _code_a_whole_or_its_part_not_both(norm, lay, facts)
    _uncode_a_part_after_its_whole(norm, lay, facts)
    _uncode_the_trade_of_a_group(norm, lay, facts)
    _uncode_a_balance_in_new_amounts(norm, lay, facts)
    _uncode_a_gap_against_part_of_the_year(norm, lay, facts)
    _name_items_by_list_lead(norm, lay, facts)
    _uncode_milestones(norm, facts)
    _uncode_restated_growth(norm, facts)
    _share_with_the_list(norm, lay, facts, ref.plan_year)
    _share_with_the_values_before(norm, lay, facts)
    _pair_with_the_values_before(norm, lay, facts)
    _second_list_over_the_firsts_subjects(norm, lay, facts)  # (after the pairs: they name the first list's subjects)
    _headline_amount_in_percent_is_its_growth(norm, lay, facts)
    _price_index_is_its_growth(norm, facts)
    _undate_a_multiple_of_a_headline(facts)
    _uncode_a_count_per_unit(norm, lay, facts)
    _estimated_below(norm, lay, ref, facts)
    _estimated_before_the_year_is_out(norm, lay, ref, facts)
    _goals_listed_after_their_lead(norm, lay, ref, facts)
    _uncode_a_count_of_listed_things(norm, facts)
    _answer_for_the_whole_investment(facts)
    _year_end_beside_the_average(norm, lay, facts)
    _posts_beside_the_persons(facts)
    _jobs_of_a_part_beside_the_whole(lay, facts)
    _place_a_campaigns_people(norm, lay, facts)
    return facts


def _posts_beside_the_persons(facts: list[Fact]) -> None:
    """新增就业岗位 is the name some cities publish their new urban jobs under (上海); a report that also gives
    城镇新增就业 for the same year and status (昆明 2011: 新增就业岗位10万个 and 城镇新增就业8万人) counts posts apart
    from people: the posts are then no figure of new urban jobs."""
    persons = {(f.period, f.status) for f in facts
               if f.indicator_code == "urban_new_jobs" and f.indicator and "岗位" not in f.indicator}
    if not persons:
        return
    for f in facts:
        if (f.indicator_code == "urban_new_jobs" and f.indicator and "岗位" in f.indicator
                and (f.period, f.status) in persons):
            f.indicator_code = "jobs_offered"


def _jobs_of_a_part_beside_the_whole(lay: Layout, facts: list[Fact]) -> None:
    """新增就业 said bare after another figure of its sentence is the region's new urban jobs only when the report names
    them no other way: beside 城镇新增就业47.7万人 of the same year and status (新疆 2022), 纺织服装企业…，工业增加值增长20%，
    新增就业9.95万人 and 职业技能培训就业行动，完成培训10.07万人次，新增就业8.05万人 are a sector's and a programme's jobs.
    Said alone (玉林 2016: 新增就业8.5万人。), it is the year's, whatever a five-year paragraph gives."""
    named = {(f.period, f.status): f.value for f in facts
             if f.indicator_code == "urban_new_jobs" and f.indicator and "城镇" in f.indicator}
    for k, f in enumerate(facts):
        if (f.indicator_code == "urban_new_jobs" and f.indicator and "城镇" not in f.indicator
                and (f.period, f.status) in named and f.value != named[(f.period, f.status)]
                and k > 0 and facts[k - 1].start >= lay.sentence(f.start).start):
            f.indicator_code = None


# 人均GDP从全国平均水平的58%提升到68%, 城乡居民收入分别为全国的84%, …占全市的比重分别从37.8%…: a part or a ratio
_PART_OF_ANOTHER = re.compile(r"比重|占|相当于|(?:水平|全国|全省|全市|全区)的")


def _headline_amount_in_percent_is_its_growth(norm: str, lay: Layout, facts: list[Fact]) -> None:
    """全市生产总值由一季度的3.8%回升到全年的6.5%左右 (韶关 2016): a year's headline amount (GDP, revenue, investment,
    an income) given in percent with no word of measure is its growth; no level of an amount is a percentage, but
    it may be a part or a ratio of another's (为全国的84%)."""
    for f in facts:
        # (so is consumer prices' in percent: 居民消费价格总水平控制在3%以内 is a rise of prices; bare 物价 is left as
        # it was, in the 1990s it was as often retail prices, and the State Council's 物价…6.1% of 1996 was those)
        # (七成以上投入民生领域, a part in tenths, is never a growth)
        if f.unit == "percent" and f.measure == "level" and (annual_headline(f.indicator_code) or (
                f.indicator_code == "cpi" and ("消费价格" in (f.indicator or "") or "CPI" in (f.indicator or "")))):
            clause = norm[lay.hard_clause(f.start):f.start]
            if f.raw_unit != "成" and not _PART_OF_ANOTHER.search(clause):
                _to_growth(norm, f)
            elif said_as_an_amount(f.indicator_code):
                # 人均GDP从全国平均水平的58%提升到68%: a part or ratio of another's amount, never the amount itself
                f.indicator_code = share_of_amount(f.indicator_code, clause)


_PER_UNIT_BEFORE = re.compile(r"每(?:户|人|村|个|家|所|县|乡|镇|名|位|企业)[^，,。；;\d每]{0,6}$")


def _uncode_a_count_per_unit(norm: str, lay: Layout, facts: list[Fact]) -> None:
    """确保…极度贫困户每户安排1个公益性岗位 (南宁 2019): a count for each household, person or village is a rule of
    allotment, not the number of the things; a statistic per unit names its unit itself (每万人拥有医生2.5人)."""
    for f in facts:
        if (f.indicator_code and f.unit in _COUNTED and "每" not in (f.indicator or "")
                and _PER_UNIT_BEFORE.search(norm, lay.hard_clause(f.start), f.start)):
            f.indicator_code = None


def _size_of_projects(f: Fact) -> bool:
    """True when `f` gives projects another statistic than the one its code counts: the money, floor space or share
    of projects under a code that counts them (新签约项目总额7797亿元, 竣工项目6个、50.9万平方米), or a count of projects
    under a code that counts the homes, communities or rivers they renovate (实施棚户区改造项目30个, 57个城中村改造项目)."""
    if counts_projects(f.indicator_code):
        return f.unit not in _COUNTED and not (f.unit in ("percent", "times") and f.measure in ("growth", "ratio"))
    return f.unit == "count" and "个" in f.text and (f.indicator or "").endswith("项目")


# Trade may multiply in a year from a small base (出口增长12倍, 青海 2024); output, incomes, sales, revenue and
# investment do not
_MULTIPLIES_IN_A_YEAR = frozenset(("foreign_trade", "exports", "imports"))


def _undate_a_multiple_of_a_headline(facts: list[Fact]) -> None:
    """回望40年奋斗历程，全省地区生产总值增长30.5倍 (青海 2019), 固定资产投资由483亿元增加到1708亿元，增长2.5倍
    (乌鲁木齐 2016, over five years): a year's output, incomes, sales, revenue or investment never grows a whole
    multiple, so such a growth is of a span the sentence leaves unsaid, not of the one year it was dated to."""
    for f in facts:
        if (f.unit == "times" and f.measure == "growth" and f.value >= 1 and f.period and len(f.period) == 4
                and annual_headline(f.indicator_code) and f.indicator_code not in _MULTIPLIES_IN_A_YEAR):
            f.period = None


# the years of a campaign a total of people lifted out of poverty was counted over (四年集中攻坚…全部脱贫, 五年来), and
# the programmes by which a region helps people of other regions (东西部扶贫协作, 对口支援)
_CAMPAIGN_YEARS = re.compile(r"([两三四五六七八九十])年(?:来|间|以来|集中攻坚|攻坚|累计|共|内)|(?:脱贫攻坚|精准扶贫)以来|党的十八大以来")
_THIS_YEAR = re.compile(r"年内|今年|全年|当年")
_AID_ELSEWHERE = re.compile(r"东西部扶贫协作|扶贫协作|对口支援|对口帮扶|援疆|援藏|援青|东西部协作")


def _place_a_campaigns_people(norm: str, lay: Layout, facts: list[Fact]) -> None:
    """四年集中攻坚任务全面完成，…53.9万建档立卡贫困人口全部脱贫 (青海 2020): the people lifted out of poverty over a
    campaign of several years are dated over its years, not the last one's; 做好东西部扶贫协作和对口支援任务，…助力50.6万人
    脱贫 (北京 2020): people of the regions the report's region aids are no figure of its own."""
    for f in facts:
        if f.indicator_code != "poverty_reduction" or not f.period or len(f.period) != 4:
            continue
        before = norm[lay.sentence(f.start).start:f.start]
        if _AID_ELSEWHERE.search(before):
            f.indicator_code = None
            continue
        span = _CAMPAIGN_YEARS.search(before)
        if span and _THIS_YEAR.search(before, span.end()):
            continue  # 大力实施“五年攻坚战”…，力争年内实现7.5万贫困人口脱贫 (贵港 2016): this year's share of the campaign
        if span and span[1]:
            end = int(f.period)
            f.period = f"{end - int(parse_chinese(span[1]) or 1) + 1}-01/{end}-12"
        elif span:
            f.period = None


_PRICE_INDEX = re.compile(r"价格总?指数$")


# the verb right before points an index moved by (同比上涨7个百分点, 上升控制在3个百分点以内), not a fall from an earlier
# figure (回落2个百分点)
_INDEX_MOVED = re.compile(r"(?:上涨|上升|下降|增长)(?:了|控制在)?$")


def _price_index_is_its_growth(norm: str, facts: list[Fact]) -> None:
    """居民消费价格指数101.5% (乌鲁木齐 2017), 居民消费价格指数控制在103%左右: a price index on the year before (上年=100)
    says the prices rose 1.5%, or by about 3%, as 居民消费价格上涨1.5% does; stored so, one series answers for the CPI.
    So does the index risen by points (居民消费价格指数同比上涨7个百分点: 贵阳 2009, 7 points over 100).
    `raw_value` takes the growth too, so that the unit's factor (value / raw_value) stays 1."""
    for f in facts:
        if not (f.indicator and _PRICE_INDEX.search(f.indicator)):
            continue
        if f.unit == "percent" and 50 <= f.value <= 200:
            f.value = f.raw_value = _significant(f.value - 100)
            f.measure = "growth"
        elif f.unit == "percentage_point" and f.measure == "change" and _INDEX_MOVED.search(norm[f.start - 6:f.start]):
            f.unit, f.raw_unit, f.measure = "percent", "%", "growth"


# 、 then another thing, with no number, no verb of its own and no count in words (not 、认定…幼儿园189所, 、三县达到…,
# 、一批市级临床重点专科)
_ANOTHER_THING_LISTED = re.compile(r"、(?!一批|若干|多个|一系列|部分)"
                                   r"(?![^，,。；;、]*?(?:\d|达到|达|实现|完成|认定|退出|建成|新增|开工|获得|获评|入选|摘帽|创))"
                                   r"[^\W\d]")
_ENDS_ON_A_VERB = re.compile(r"(?:退出|脱贫|摘帽|出列|完成|建成|开工|投产|达标|验收|获批|上市|挂牌)$")


def _uncode_a_count_of_listed_things(norm: str, facts: list[Fact]) -> None:
    """49条断头路、瓶颈路 (长沙 2017), 61个国际友好城市、国际机构: a count written before a list of things counts them
    all, no one kind's (建成5个公园、3个广场 gives each its own count)."""
    for f in facts:
        if (f.indicator_code and f.unit == "count" and f.indicator and norm.startswith(f.indicator, f.end)
                and not _ENDS_ON_A_VERB.search(f.indicator)
                and _ANOTHER_THING_LISTED.match(norm, f.end + len(f.indicator))):
            f.indicator_code = None


_ESTIMATED_BELOW = re.compile(r"[（(]\s*(?:均为|均系|为)?预计(?:数|值|数据)?\s*[，,、]\s*(?:以)?下同\s*[）)]")


def _estimated_below(norm: str, lay: Layout, ref: Reference, facts: list[Fact]) -> None:
    """2015年，全市实现生产总值1353亿元（预计数，下同）(益阳 2016): the reviewed year's figures from there to the next
    heading are estimates, the one the note follows included; figures of other years are not."""
    if "下同" not in norm or not ref.review_year:
        return
    for m in _ESTIMATED_BELOW.finditer(norm):
        end = next((h.start for h in lay.headings if h.start > m.end()), len(norm))
        for f in facts:
            if (f.status == "actual" and f.period == str(ref.review_year)
                    and (m.end() <= f.start < end or 0 <= m.start() - f.end <= 2)):
                f.status = "estimate"


def _estimated_before_the_year_is_out(norm: str, lay: Layout, ref: Reference, facts: list[Fact]) -> None:
    """A report delivered before its reviewed year is over (怀化, 2015年12月29日) that opens a paragraph with 预计全年实现
    生产总值1280亿元 estimates every headline figure of that year in the paragraph (…城、乡居民人均可支配收入分别达到
    20940元、7130元): the year's statistics do not exist yet. In a report of the next year the figures after the first
    sentence may be preliminary actuals."""
    if not (ref.kind == "work_report" and ref.date and not ref.inferred and ref.review_year
            and ref.date.year == ref.review_year):
        return
    for f in facts:
        if f.status == "actual" and f.period == str(ref.review_year) and annual_headline(f.indicator_code) \
                and "预计" in norm[lay.paragraph(f.start).start:f.start]:
            f.status = "estimate"


# the year's main goals announced (今年全省经济和社会发展的主要预期目标为：), a colon after them
_GOALS_ANNOUNCED = re.compile(r"(?:今年|明年|(?:19|20)\d\d年)[^。；;]{0,16}?(?:主要)?预期(?:目标|指标)(?:任务)?(?:是|为)?[：:]")
_PAST_NAMED_AFTER = re.compile(r"去年|上年|过去|以来|完成了|实现了")


def _goals_listed_after_their_lead(norm: str, lay: Layout, ref: Reference, facts: list[Fact]) -> None:
    """今年全省经济和社会发展的主要预期目标为：国内生产总值增长9%…。全社会固定资产投资增长14%，… (山东 2000): the
    sentences after the first of a paragraph announcing the year's goals are goals too, of the plan year, up to a word
    that looks back."""
    if not ref.plan_year or ref.kind != "work_report" or "预期" not in norm:
        return
    # paragraph start -> the stretch from the end of its first announcement to the end of the first word after it
    # that looks back (searched once: no such word lies wholly before a fact that ends no later)
    goals: dict[int, tuple[int, int] | None] = {}
    for f in facts:
        if f.status != "actual" or f.period != str(ref.review_year):
            continue
        para = lay.paragraph(f.start)
        if para.start not in goals:
            # (预期 first: every announcement says it, most paragraphs do not, and the pattern opens on no literal)
            m = (_GOALS_ANNOUNCED.search(norm, para.start, para.end) if norm.find("预期", para.start, para.end) >= 0
                 else None)
            past = _PAST_NAMED_AFTER.search(norm, m.end()) if m else None
            goals[para.start] = (m.end(), past.end() if past else len(norm)) if m else None
        stretch = goals[para.start]
        if stretch is not None and stretch[0] <= f.start < stretch[1]:
            f.status, f.period = "target", str(ref.plan_year)


def _answer_for_the_whole_investment(facts: list[Fact]) -> None:
    """固定资产投资（不含农户）增长23.7% (周口 2014) is the investment figure of a report that gives no figure for all
    fixed-asset investment: most cities give only this series since 2011. It keeps its own code and answers for the
    whole too (`shared_with`), unless the report states the whole for the same measure, status, period and place."""
    whole = {(f.measure, f.status, f.period, f.region) for f in facts if f.indicator_code == "fixed_asset_investment"}
    for f in facts:
        if (f.indicator_code == "fixed_asset_investment_excl_rural" and not f.shared_with
                and (f.measure, f.status, f.period, f.region) not in whole):
            f.shared_with = ("fixed_asset_investment",)


_YEAR_END = re.compile(r"(?:^|[，,；;])\s*(?:年末|年底|12月份?)[^，,；;]*$")
_AVERAGE = re.compile(r"平均")


def _year_end_beside_the_average(norm: str, lay: Layout, facts: list[Fact]) -> None:
    """A rate the report gives both as the year's average and at the year's end (全年全国城镇调查失业率平均值为5.2%。
    年末全国城镇调查失业率为5.1%: the 2025 communiqué) answers for the year with the average; the year-end figure is
    December's. A year-end rate alone (年末城镇登记失业率为4.2%) stays the year's."""
    def said(f: Fact, pattern: re.Pattern) -> bool:
        return bool(pattern.search(norm[lay.sentence(f.start).start:f.start]))

    rates = [f for f in facts if f.unit == "percent" and f.measure == "level" and f.indicator_code
             and f.period and len(f.period) == 4]
    averaged = {(f.indicator_code, f.period, f.region, f.status) for f in rates if said(f, _AVERAGE)}
    for f in rates:
        if (f.indicator_code, f.period, f.region, f.status) in averaged and said(f, _YEAR_END) and not said(f, _AVERAGE):
            f.period = f"{f.period}-12"


# What makes a growth after a year's level one over several years: an average, a total, a start of its own
# (比2007年增长58%, 比“六五”期间增长12%: over the years since a base)
_OVER_SEVERAL_YEARS = re.compile(r"年均|平均|累计|以来|[两三四五十]年|[由从]|[比较与]“?(?:(?:19|20)\d\d年|[一二三四五六七八九十]+五)")
# a paragraph that itself says it speaks of the five years (这五年，…达到1.5万亿元、增长19.8%)
_FIVE_YEARS_NAMED = re.compile(r"[这近过][去]?[五六]年|[五六]年来|[五六]年间|[五六]年中|[五六]年里|本届政府")


# a column header naming a year's figure: 一九七八年产量, 1977年 (not 一九七八年比一九七七年增长％, the growth's column)
_YEAR_COLUMN = re.compile(r"(?<!比)((?:19|20)\d\d|[一二九〇零][一二三四五六七八九〇零]{3})年(?!比)(?:产量|数|实际|底|末)?")
_DIGITS_OF = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _date_columns_of_two_years(norm: str, facts: list[Fact]) -> None:
    """一九七八年产量 一九七七年产量 一九七八年比一九七七年增长％ over rows 粮 食 30，475 万吨 28，272 万吨 7．8 (the 1978
    communiqué): a row's amounts are of the years its header names, in their order, not all of the report's year."""
    by_line: dict[int, list[Fact]] = {}
    for f in facts:
        if f.measure == "level":
            by_line.setdefault(norm.rfind("\n", 0, f.start) + 1, []).append(f)
    for start, row in by_line.items():
        end = norm.find("\n", start)
        line = norm[start:end if end >= 0 else len(norm)]
        if len(row) < 2 or len(line) > 80 or _SENTENCE_MARK.search(line) or " " not in line.strip():
            continue  # (a row is a label and cells apart by spaces, not a sentence)
        years = _header_years(norm, start)
        if len(years) == len(row) and len(set(years)) == len(years):
            for f, year in zip(row, years):
                f.period = year


def _header_years(norm: str, start: int) -> list[str]:
    """The years a table's header names over the row whose line starts at `start`: the lines without digits just
    above its rows (a row's lines hold digits; blank lines are passed)."""
    header: list[str] = []
    end = start - 1
    for _ in range(40):  # (a table of a few dozen rows at most)
        if end <= 0:
            break
        begin = norm.rfind("\n", 0, end) + 1
        text = norm[begin:end]
        end = begin - 1
        if not text.strip():
            if header:
                break
            continue
        if _DIGIT.search(_YEAR_WORD.sub("", text)):  # (a header's digits are its years: 1978年产量)
            if header:
                break
            continue
        if _SENTENCE_MARK.search(text):
            break  # (a header names its columns; a sentence above it is none)
        header.insert(0, text)
        if len(header) == 3:
            break
    return [m[1].translate(_DIGITS_OF) for m in _YEAR_COLUMN.finditer("".join(header))]


_SENTENCE_MARK = re.compile(r"[，。；：:;]")
_YEAR_WORD = re.compile(r"(?:19|20)\d\d年")


_OWN_YEAR = re.compile(r"全年|今年|当年|去年|年内|(?:19|20)\d\d年")


def _date_totals_over_the_years(norm: str, lay: Layout, facts: list[Fact]) -> None:
    """地区生产总值年均增长9.2%，…，固定资产投资累计完成8320亿元，年均增长14.1% (厦门 2017), 城镇累计新增就业27万人 beside
    年均增长 (宿州 2022): a total summed (累计) in a sentence whose figures span years is a total over that span, not
    the last year's, when its clause names no year of its own."""
    for f in facts:
        if f.measure != "level" or f.unit not in _SUMMED_UNITS:
            continue
        clause = norm[lay.hard_clause(f.start):f.start]
        if "累计" not in clause or _OWN_YEAR.search(clause):
            continue
        psent = lay.period_sentence(f.start)
        span = next((g.period for g in facts if psent.start <= g.start < psent.end and g.status == f.status
                     and g.period and "/" in g.period and g.period[:4] != g.period[-7:-3]), None)
        if span and (f.period is None or f.period == span[-7:-3]):
            f.period = span


_SUMMED_UNITS = ("CNY", "USD", "person", "count")


def _growth_of_the_years_level(norm: str, lay: Layout, facts: list[Fact]) -> None:
    """In a review of five years, a headline amount without a year is the last year's (see `_span_end`), and so is
    the growth said right after it: 地方一般公共预算收入455.4亿元，增长10.5% (惠州 2022), 城镇和农村居民人均可支配收入
    分别达49243元和27580元，分别提高8.3%和10.7%; not an average (五年年均增长13%) nor the growth of an amount
    that grew from a start (由2016年的…增加到…，增长50%; 比2007年增长58%), nor in a paragraph that says it speaks
    of the five years (五年来，…收入达到30548元和12881元，分别增长51.1%和57.9%), nor a plan's."""
    for k, f in enumerate(facts):
        if not (f.measure == "growth" and f.unit == "percent" and f.period and "/" in f.period
                and f.status != "target" and f.indicator_code and annual_headline(f.indicator_code)):
            continue
        sent_start = lay.sentence(f.start).start
        if "\t" in norm[sent_start:f.start]:
            continue  # a table's row: its columns say their periods (五年平均增长)
        level = next((g for g in reversed(facts[:k]) if g.start >= sent_start and g.measure == "level"
                      and g.indicator_code == f.indicator_code), None)
        if (level is not None and level.period == f.period[-7:-3] and level.status == f.status
                and not _OVER_SEVERAL_YEARS.search(norm, lay.hard_clause_start(sent_start, level.start), f.start)
                and not _FIVE_YEARS_NAMED.search(norm, lay.paragraph(f.start).start, f.start)):
            f.period = level.period


# 迈上4000亿元台阶, 连续跨越3000亿元、4000亿元、5000亿元3个台阶, 接近千亿元大关: what comes before it up to the step
_UP_TO_A_STEP = re.compile(r"[\s、和及与\d.万亿千百十一二两三四五六七八九个元美级的新]*?(?:台阶|大关|关口)")


# 下降8.4%（按可比口径增长3.5%）, 增长2.5%，剔除减税降费因素影响，增长10.5%, 同比增长7.7%（原口径增长8.5%), 比上年增长10.4%，
# 扣除价格因素，实际增长9.6%: the same growth again on another basis
_RESTATED = re.compile(r"同口径|可比口径|原口径|新口径|可比增长|可比下降|(?:剔除|扣除|考虑)[^，,。；;）)]{0,16}?(?:因素|退税)")
_CLAUSE_BREAK = re.compile(r"[，,；;]")
_IN_ASIDE = re.compile(r"[（(][^（()）]{0,16}")  # from a figure into a bracketed aside up to the figure in it
# A clause that only says on what basis the next figure is counted (考虑物价下降因素，比上年实际增长13.4%): no subject.
_BASIS_CLAUSE = re.compile(r"(?:考虑|扣除|剔除)[^，,。；;]{0,12}因素(?:影响)?后?")


def _uncode_restated_growth(norm: str, facts: list[Fact]) -> None:
    """A growth restated on another basis right after the headline one is another series: it keeps its phrase, with
    the basis, and loses the code, so that the indicator's growth that year has the one value the report leads with.
    Where the report gives only the restated growth (一般公共预算收入同口径增长1.1%, 实际增长7.6%), that one keeps the code."""
    for headline, f in zip(facts, facts[1:]):
        if (f.measure == headline.measure == "growth" and f.indicator_code
                and f.indicator_code == headline.indicator_code and f.period == headline.period):
            gap = norm[headline.end:f.start]
            m = _RESTATED.search(gap) if len(gap) <= 40 and "。" not in gap else None
            if m:
                basis = m[0] if "口径" in m[0] else "实际" if "价" in m[0] else "同口径"
                f.indicator, f.indicator_code = f"{f.indicator}（{basis}）", None


def _uncode_milestones(norm: str, facts: list[Fact]) -> None:
    """A round step passed and written as a plain amount (跨越3000亿元、4000亿元…台阶) or one come near (接近千亿元大关) is
    a milestone, not the amount measured (which the report gives next: 2010年达到5515.8亿元): it keeps its phrase and
    loses the code, so that the indicator's level has one value. A bound (突破4万亿元大关, 迈上3万亿元台阶) keeps it:
    the warehouse sets it aside only where a figure of its series meets it (`zhibiao.warehouse.SET_ASIDE_SQL`)."""
    for f in facts:
        if f.indicator_code and f.qualifier in ("exact", "approx") and _UP_TO_A_STEP.match(norm, f.end):
            f.indicator_code = None
        elif f.indicator_code and _PASSED_IN_TURN.search(norm, max(0, f.start - 24), f.start):
            f.indicator_code = None  # 全市生产总值相继突破5000亿元和6000亿元，预计达到6770亿元 (东莞 2017): steps passed


# steps passed one after another (相继突破5000亿元和6000亿元), up to the value
_PASSED_IN_TURN = re.compile(r"(?:相继|先后|接连|陆续|连续)(?:突破|跨越|跨过|跨上|迈上|迈过|越过|超过|站上)"
                             r"(?:[\d.]+[万亿千百]*(?:美元|元)?(?:大关|台阶|关口)?[和、及与])*$")


# A list's lead that says what its items' figures measure: 主要消费品的社会零售量同上年比较：粮食增长19.5%，…
_LIST_LEAD = re.compile(r"(零售量|销售量|零售额|销售额|收购量|零售价格|收购价格|价格|出口量|进口量)(?:变动情况|指数)?"
                        r"(?:同上年|比上年|与上年)?(?:相比|比较|上涨幅度|增长|上涨)?(?:\(?[%％]\)?|（[%％]）)?(?:如下)?[:：]$")


_NEW_CAPACITY_LEAD = re.compile(r"新增(?:加)?的?(?:主要)?生产能力(?:有|是|为)?[:：]$")


def _name_items_by_list_lead(norm: str, lay: Layout, facts: list[Fact]) -> None:
    """粮食增长19.5% in a list led by 主要消费品的社会零售量同上年比较： is the retail volume of grain, not its output: an
    item named by a bare product takes the lead's measure (粮食零售量) and the code of that, if any."""
    for f in facts:
        if not f.indicator or len(f.indicator) > 6:
            continue
        sent = lay.period_sentence(f.start)
        colon = max(norm.rfind("：", sent.start, f.start), norm.rfind(":", sent.start, f.start))
        m = _LIST_LEAD.search(norm, sent.start, colon + 1) if colon > 0 else None
        if m and m.group(1) not in f.indicator:
            f.indicator = f.indicator + m.group(1)
            f.indicator_code = indicator_code(f.indicator)
        elif colon > 0 and _NEW_CAPACITY_LEAD.search(norm, sent.start, colon + 1) and not f.indicator.startswith("新增"):
            f.indicator = "新增" + f.indicator  # 新增加的主要生产能力有：发电装机容量1223万千瓦: capacity added
            f.indicator_code = indicator_code(f.indicator)


# 进出口总额19.3亿美元，实际利用外资12.9亿美元，分别是“十一五”的3倍、2.4倍: totals of a plan period compared with
# the one before
# (a figure of its own: no other number between it and the comparison, unless a 分别 list holds them all)
_PATH_LEAD = re.compile(r"逐(?:季|月)(?:度)?[^，,。；;\d]{0,6}(?:至|到|为)\s*$")


def _undate_a_path(norm: str, facts: list[Fact]) -> None:
    """GDP增幅从2%逐季递升至3.5%、3.8%、…和6.5%: the steps of a path by quarter or month are of quarters no one
    names (they may reach into the year before); only the last, where the path arrived, keeps the period."""
    i = 0
    while i < len(facts):
        f = facts[i]
        lo = max(0, f.start - 12)
        if norm.find("逐", lo, f.start) < 0 or not _PATH_LEAD.search(norm, lo, f.start):  # (逐 tested first)
            i += 1
            continue
        j = i
        while j + 1 < len(facts) and _TIGHT_GAP.fullmatch(norm, facts[j].end, facts[j + 1].start):
            j += 1
        for step in facts[i:j]:
            step.period = None
        i = j + 1


_PERIOD_TERM = r"(?:第?[一二三四]季度|上半年|下半年|前三季度|(?:19|20)\d\d年(?:上半年|前三季度)?|1[-—~至]\d{1,2}月份?)"
# 一季度、上半年、前三季度，全市生产总值增速分别为7.5%、8.1%、8.7%: periods listed before 分别, one per value
_PERIOD_LIST = re.compile(rf"{_PERIOD_TERM}(?:[、和及与]{_PERIOD_TERM}){{1,5}}(?=[，,]?[^，,。；;\d]{{0,24}}分别)")


def _date_respective_periods(norm: str, lay: Layout, ref: Reference, facts: list[Fact]) -> None:
    """Values listed after 分别 take, in order, the periods listed before it (as many of each), in every list of
    values of that sentence (…增速分别为7.5%、8.1%、8.7%，固定资产投资增速分别为20.1%、21.3%、22.5%)."""
    starts = [f.start for f in facts]  # in document order: a sentence's facts are the slice up to its end
    i = 0
    while i < len(facts):
        sent = lay.sentence(facts[i].start)
        j = bisect_left(starts, sent.end, i)
        group, i = facts[i:j], j
        if "分别" not in norm[sent.start:sent.end]:
            continue
        m = _PERIOD_LIST.search(norm, sent.start, group[0].start)
        if not m:
            continue
        found = [period.last_period_in(t, ref, group[0].status) for t in re.split(r"[、和及与]", m.group())]
        periods = [p for p in found if isinstance(p, str)]
        if len(periods) < len(found):
            continue
        runs: list[list[Fact]] = []
        for f in group:
            if f.start < m.end():
                continue
            if runs and _TIGHT_GAP.fullmatch(norm, runs[-1][-1].end, f.start):
                runs[-1].append(f)
            else:
                runs.append([f])
        for run in runs:
            if len(run) == len(periods) and "分别" in norm[max(0, lay.clause(run[0].start).start - 12):run[0].start]:
                for f, p in zip(run, periods):
                    f.period = p


_TWO_BASES = re.compile(r"(?:分别)?(?:比|较)(?:上年|去年)(?:同期)?[和、及与]((?:19|20)\d\d)年(?:分别)?(?:增长|提高|增加)$")


def _date_growth_over_a_second_base(norm: str, facts: list[Fact]) -> None:
    """分别比上年和2002年增长8.5%和48.3% (广州 2007): the second growth is over the second base, so it spans the years
    after that base up to the first growth's year."""
    for a, b in zip(facts, facts[1:]):
        if not (a.unit == b.unit == "percent" and a.period and len(a.period) == 4 and a.period.isdigit()
                and b.period == a.period):
            continue  # (the plain tests first: most pairs fail them)
        m = _TWO_BASES.search(norm, max(0, a.start - 24), a.start)
        if m and _TIGHT_GAP.fullmatch(norm, a.end, b.start):
            base, year = int(m[1]), int(a.period)
            if base < year - 1:
                b.period = period.years_span(base + 1, year)


_AGAINST_PLAN = re.compile(r"(?:[^。；;\d]*?|[^。；;]*?分别)(?:是|为|相当于)[“\"]?(十[一二三四]五)[”\"]?(?:时期|期间)?的[\d.]+倍")


def _date_totals_against_a_plan(norm: str, lay: Layout, facts: list[Fact]) -> None:
    """Amounts a multiple of a whole plan period (…分别是“十一五”的3倍) are totals of the plan period after it, not
    figures of the year reviewed (池州 2016: five years' trade beside the year's)."""
    for f in facts:
        if f.measure in ("level", "ratio") and f.period and len(f.period) == 4 and f.unit != "percent":
            end = lay.period_sentence(f.start).end
            m = _AGAINST_PLAN.match(norm, f.end, end) if norm.find("倍", f.end, end) >= 0 else None  # (倍 first)
            if m:
                first = period.PLAN_START[m[1]] + 5
                f.period = period.years_span(first, first + 4)


def _code_a_whole_or_its_part_not_both(norm: str, lay: Layout, facts: list[Fact]) -> None:
    """A part (after 其中) that carries its whole's code is another figure of that series only once: the part keeps
    no code (本外币各项存款余额…，其中人民币各项存款…; 实际利用外资…，其中外商直接投资…), except the local
    government's share or the budget part of a revenue (财政一般预算收入从143.2亿元增加到466.5亿元，其中地方财政收入从
    64.4亿元…, 宁波 2006; 完成地方财政收入800亿元，其中：一般公共预算收入458亿元, 乌鲁木齐 2019), which is the
    region's own budget revenue: then the whole, with the centre's share or the funds, keeps none. Either way the
    codes go for every fact of that phrase in the sentence (its growths too)."""
    by_sentence: dict[int, list[Fact]] = {}
    for f in facts:
        if f.indicator_code:
            by_sentence.setdefault(lay.period_sentence(f.start).start, []).append(f)
    for group in by_sentence.values():
        uncoded = set()
        for whole, part in itertools.combinations(group, 2):
            if (whole.indicator_code == part.indicator_code and whole.unit == part.unit
                    and whole.indicator != part.indicator and "其中" in norm[whole.end:part.start]
                    and "其中" in norm[lay.clause(part.start).start - 3:part.start]):
                own_budget = part.indicator.startswith("地方") or "预算" in part.indicator  # type: ignore[operator, union-attr]
                uncoded.add(whole.indicator if own_budget else part.indicator)
        for f in group:
            if f.indicator in uncoded:
                f.indicator_code = None


# 增幅比一季度回落17.2个百分点: the growth against a quarter's, not the year before's
_AGAINST_PART_OF_THE_YEAR = re.compile(r"[比较](?:第?[一二三四]季度|上半年|前三季度)")  # (not 年初: a stock over the year)


def _uncode_a_gap_against_part_of_the_year(norm: str, lay: Layout, facts: list[Fact]) -> None:
    """全年全社会固定资产投资增长25.8%，增幅比一季度回落17.2个百分点 (国务院 2005): a change in points against a part
    of the year is no change on the year before, which the indicator's change answers."""
    for f in facts:
        if (f.indicator_code and f.unit == "percentage_point" and f.measure == "change"
                and _AGAINST_PART_OF_THE_YEAR.search(norm, lay.clause(f.start).start, f.start)):
            f.indicator_code = None


_OPENS_ON_A_PART = re.compile(r"\s*其中[，,：:]?")


def _uncode_a_part_after_its_whole(norm: str, lay: Layout, facts: list[Fact]) -> None:
    """实际使用外商直接投资金额7814亿元，增长6.4%。其中“一带一路”沿线国家…；实际使用外商直接投资金额526亿元，增长25.3%
    (the 2015 communiqué): a sentence that opens on 其中 gives a part's figures, though it names the whole's series
    again; the whole's code stays with the sentence before."""
    whole_codes: dict[int, set[tuple[str, str, str | None]]] = {}
    for f in facts:
        if f.indicator_code:
            whole_codes.setdefault(lay.period_sentence(f.start).start, set()).add((f.indicator_code, f.unit, f.period))
    for f in facts:
        if not f.indicator_code:
            continue
        sent = lay.period_sentence(f.start)
        if sent.start < 2 or not _OPENS_ON_A_PART.match(norm, sent.start):
            continue
        before = whole_codes.get(lay.period_sentence(sent.start - 2).start, ())
        if (f.indicator_code, f.unit, f.period) in before:  # (其中，2000年完成固定资产投资430亿元: a year of a span's total)
            f.indicator_code = None


# trade with a group of countries or of a kind of firms (对“一带一路”沿线国家, 民营企业, 跨境电商), not all of it
_GROUP_TRADE = re.compile(r"^对|企业|一带一路|跨境|加工贸易")


def _trade_of_a_group(whole: Fact) -> bool:
    """Whether a trade total is a group's or another kind's (services, coded apart), not the region's goods trade (an
    uncoded name of all of it, 海关外贸进出口总额 …；其中出口37.53亿美元: 江西 2007, keeps its exports)."""
    if whole.indicator_code is not None:
        return whole.indicator_code != "foreign_trade"
    return bool(whole.indicator and _GROUP_TRADE.search(whole.indicator))


def _uncode_the_trade_of_a_group(norm: str, lay: Layout, facts: list[Fact]) -> None:
    """对“一带一路”沿线国家进出口总额62517亿元，比上年增长0.5%。其中，出口38319亿元，…；进口24198亿元 (the 2016
    communiqué; 民营企业进出口额…；其中出口164717亿元, 2024; 全年服务进出口总额75238亿元…。其中，出口31756亿元): the exports
    and imports after 其中 are those of the trade the part before gave, a group's or services', not the country's goods
    trade, whose own 其中，出口… follows its total coded as foreign trade."""
    whole: Fact | None = None
    group_sentence = -1  # the period sentence whose 其中 list is a group's
    for f in facts:
        sentence_at = lay.period_sentence(f.start).start
        if f.indicator_code and f.indicator in ("出口", "进口"):
            part = lay.sentence(f.start)
            if sentence_at == group_sentence or (
                    whole is not None and _trade_of_a_group(whole) and part.start >= 2
                    and _OPENS_ON_A_PART.match(norm, part.start) and whole.start >= lay.sentence(part.start - 2).start):
                f.indicator_code = None
                group_sentence = sentence_at
        elif f.measure == "level" and f.indicator and "进出口" in f.indicator:
            whole = f


def _uncode_a_balance_in_new_amounts(norm: str, lay: Layout, facts: list[Fact]) -> None:
    """新增贷款180亿元，其中普惠型小微企业贷款40亿元 (sample 42): a part of an amount added in the year is added too,
    not the balance outstanding its name may also mean."""
    for k, f in enumerate(facts):
        if k == 0 or not is_a_balance(f.indicator_code) or f.measure != "level":
            continue
        whole = facts[k - 1]
        if (whole.indicator and whole.indicator.startswith(("新增", "净增")) and whole.unit == f.unit
                and lay.sentence(whole.start).start == lay.sentence(f.start).start
                and "其中" in norm[whole.end:f.start]):
            f.indicator_code = None


_STRETCH = re.compile(r"\s*[、，,（(]\s*(?:在实际工作中)?(?:努力|全力)?(?:力争|争取)(?:实现|达到|增长)?\s*$")


# A province's 城市居民消费价格 is the urban part of its consumer prices; a city's (天津, 广州) is its headline CPI
_CITY_CPI = re.compile(r"(?:全市|本市|我市)?城市居民消费价格(?:总水平|指数)?(?:涨幅|上涨|增幅)?$")


def _is_a_city(region) -> bool:
    return region is not None and (region.level == "prefecture" or (region.level == "province" and region.name.endswith("市")))


_NUMERAL_CHARACTERS = frozenset("〇零一二两三四五六七八九十百千")


def _threshold_of_things(norm: str, f: Fact) -> bool:
    """A bound on an amount followed by 的 and the things it picks (年销售收入超10亿元的高新技术企业, 人均纯收入低于
    2500元的农村贫困人口): the amount is each thing's threshold, neither their number nor their total. A project's
    total investment (总投资超40亿元的项目) says the project's size and keeps its code."""
    if f.qualifier not in ("at_least", "at_most") or f.unit in _RATES:
        return False
    if norm.startswith("的", f.end) and not any(c.isdigit() or c in _NUMERAL_CHARACTERS for c in f.text):
        return True  # 总投资亿元以上的项目626个 (烟台 2008, precision sample 36): a size class in words, never a total
    return ((norm.startswith("的", f.end) or bool(_ANOTHER_THRESHOLD_THEN_THINGS.match(norm, f.end))
             or (f.unit == "CNY" and (f.text.startswith(("过", "超")) or f.text.endswith("以上"))
                 and bool(_SIZE_CLASS_THEN_COUNT.match(norm, f.end))))
            and "总投资" not in (f.indicator or ""))


# 新开工过亿元招商项目247个 (德州 2020, precision sample 31): a size class written straight before the things counted
_SIZE_CLASS_THEN_COUNT = re.compile(r"[\u4e00-\u9fff“”\"]{1,12}?\d+(?:\.\d+)?\s*(?:多|余)?[个家项户座所批]")


# 工业增加值过亿元、财政收入过千万元的“双超”乡镇: a second bound shares the things picked after 的
_ANOTHER_THRESHOLD_THEN_THINGS = re.compile(r"[、和与及][^，,。；;的]{1,12}?(?:过|超过|超|高于|低于|不低于|不足)[^，,。；;的]{1,8}的")


def _mark_stretch_targets(norm: str, facts: list[Fact]) -> None:
    """地区生产总值增长7%、力争实现7.5% (or 增长5.5%以上，争取达到6%; 增长5.5%（力争6%以上）; 增长6.5%左右，努力争取7.5%):
    the target is the first figure; the one a region strives for is another, so
    it keeps no code of its own (an analyst asking for the target gets one answer) and says so in its phrase."""
    for prev, f in zip(facts, facts[1:]):
        if (f.status == prev.status == "target" and f.indicator_code and f.indicator_code == prev.indicator_code
                and f.measure == prev.measure and f.unit == prev.unit and _STRETCH.match(norm, prev.end, f.start)):
            f.indicator, f.indicator_code = f"{f.indicator}（力争）", None


def _started_not_done(norm: str, f: Fact) -> bool:
    """Whether the things counted after the number are said to be started (7条断头路开工建设), not done."""
    thing = f.indicator.strip("“”\"")  # type: ignore[union-attr]
    after = norm[f.end:f.end + len(thing) + 12].lstrip("等“\"")
    return after.startswith(thing) and bool(_STARTED.match(after, len(thing)))


def _record(errors: list[ExtractionError] | None, text: str, lay: Layout | None, start: int, end: int,
            exc: Exception) -> None:
    """Keep an extraction exception with the span it happened in, or re-raise it when nobody collects them."""
    if errors is None:
        raise exc
    frame_ = traceback.extract_tb(exc.__traceback__)[-1]
    where = f"{Path(frame_.filename).name}:{frame_.lineno}"
    sentence = text[start:end]
    if lay is not None and end - start < len(text):
        sent = lay.sentence(start)
        sentence = text[sent.start:sent.end]
    errors.append(ExtractionError(start=start, end=end, text=text[start:end][:200], sentence=sentence[:2000],
                                  error=f"{type(exc).__name__}: {exc} ({where})"))


def _lead_shared_from(norm: str, before: Fact, f: Fact) -> str | None:
    """The name of `f`, the next item of a list (、) after `before`, with a lead word that `before`'s name opens with and
    the item's does not repeat, when the led name is a statistic of its own: 新增 (新增高速公路通车里程655公里、铁路运营
    里程134公里: both are new) or a tier (新认定省级工业设计中心3家、企业技术中心6家: provincial centres); else None."""
    if not before.indicator or not f.indicator or norm[before.end:f.start] != "、" + f.indicator:
        return None
    tier = _TIER_LEAD.match(before.indicator)
    leads = ("新增" if before.indicator.startswith("新增") and not f.indicator.startswith("新增") else "",
             tier["tier"] if tier and "级" not in f.indicator else "")
    for lead in leads:
        code = indicator_code(lead + f.indicator) if lead else None
        if code is not None and code != f.indicator_code:
            return lead + f.indicator
    return None


_TIER_LEAD = re.compile(r"^(?:新增|新认定|新培育|认定|培育|新建|建成)?(?P<tier>国家级|省级|自治区级|市级)")


def _measured_thing_from(norm: str, lay: Layout, start: int) -> int:
    """Where to look back for the thing a bare measure at `start` measures: its sentence, or the part before a ；
    when the measure opens its part (规模以上工业实现增加值1055.18亿元，增长22.1%；实现利润235亿元: 武汉 2008, the
    profits of the same industry, also after another bare measure: 实现利税4283.6亿元、利润2634亿元, 山东 2007); a part
    that names a thing before the measure has its own subject (地方国有企业资产总额3510亿元、利润120亿元: 宁夏 2012)."""
    sentence_at = lay.sentence(start).start
    if sentence_at > 1 and norm[sentence_at - 1] in "；;" and indicator.only_bare_measures(norm[sentence_at:start]):
        return lay.sentence(sentence_at - 2).start
    return sentence_at


def _names_a_headline(norm: str, lay: Layout, start: int, phrase: str | None) -> bool:
    """Whether `phrase` names a headline statistic of a year, also as a bare measure of the thing named before it
    (一般公共预算收入75.4亿元、支出193.9亿元: the spending of a budget, a year's as the revenue is)."""
    code = indicator_code(phrase)
    if code is None and phrase:
        named = indicator.with_thing_measured(phrase, norm[lay.sentence(start).start:start], indicator_code)
        code = indicator_code(named) if named else None
    return annual_headline(code)


def _read_quantities(text: str, norm: str, lay: Layout, ref: Reference, sections: _Sections, facts: list[Fact],
                     errors: list[ExtractionError] | None) -> None:
    """Turn each quantity the grammar finds into a fact (appended to `facts`), in document order."""
    default = status.document_default(norm, ref.kind)
    prev_q: Quantity | None = None
    prev_measure: tuple[str, bool] = ("level", False)
    carry: dict[int, period.PeriodFound] = {}  # period carried into a sentence, by sentence start
    last_comparison = -7  # index of the last fact that names a comparison (most windows of six facts hold none)
    for q in scan(norm):
        try:
            if filters.reject_reason(q, norm):
                continue
            sent = lay.sentence(q.start)
            psent_start = lay.period_sentence(q.start).start
            before_q = prev_q if prev_q is not None and prev_q.end > psent_start else None  # in the same sentence
            same_sentence = before_q is not None
            gap = norm[before_q.end:q.start] if before_q is not None else ""
            if (before_q is not None and measure.continues_list(gap) and (before_q.unit == q.unit or (
                    _TIGHT_GAP.fullmatch(gap)
                    and "分别" in norm[lay.hard_clause_start(sent.start, before_q.start):before_q.start]))
                    and not (prev_measure[0] == "change" and not _TIGHT_GAP.fullmatch(gap))):
                # (a change is an amount its verb names: 降低社保费等4.4亿元，67.1亿元财政直达资金… starts afresh)
                kind, negative = prev_measure  # 分别增加2.27万亩、1.74万吨: a 分别 list shares its verb across units
            else:
                lo = before_q.end if before_q is not None else psent_start
                earlier = (_earlier_measure(norm, facts, q.unit, psent_start, q.start)
                           if same_sentence else None)
                kind, negative = measure.classify(q.unit, q.raw_unit, norm[lo:q.start], q.kind,
                                                  norm[q.end:q.end + 4], earlier)
            if q.kind == "plain" and _minus_written_before(norm, q.num_start):
                negative = True
            st = _status(norm, lay, q, sections, default, ref)
            if st == "estimate" and _a_state_before(norm, lay, q):
                st = "actual"  # 预计2010年全区生产总值由2005年的3984亿元增加到9500亿元: only where it got to is estimated
            carried: period.PeriodFound = carry.get(psent_start, False)
            if carried is False:
                carried = _carried_period(norm, lay, q, prev_q, facts[-1] if facts else None, kind)
                if carried is not False:
                    carry[psent_start] = carried
            if kind == "share" and q.unit == "percent" and q.value > 100:
                kind = "ratio"  # 对全省贡献率278.3%: a part cannot exceed its whole; over 100 it is a ratio (GUIDE v2)
            value = _significant(-q.value if negative and kind in ("growth", "change") else q.value)
            raw_value = -q.raw_value if negative and kind in ("growth", "change") else q.raw_value
            recent = facts[-6:]
            if last_comparison >= len(facts) - 6:
                recent = [f for f in recent if not _names_a_comparison(f.indicator)]
            phrase = _output_of_crop(_whole_of_part(_indicator(norm, lay, q, recent), lay, q, facts), lay, q, facts)
            start = _written_start(text, norm, q.start)
            fact = Fact(
                text=text[start:q.end],
                start=start,
                end=q.end,
                raw_value=raw_value,
                raw_unit=q.raw_unit,
                value=value,
                unit=q.unit,
                measure=kind,
                qualifier=_goal_bound(norm, q),
                status=st,
                indicator=phrase,
                period=_placed_in_time(norm, lay, q, st, ref, _over_years(norm, lay, q, kind, st, _span_end(
                    norm, lay, q, kind, _period(norm, lay, q, st, ref, sections, before_q,
                                                carried), _names_a_headline(norm, lay, q.start, phrase))),
                                       sections.at(q.start)[0]),
                sentence=sentence_text(text, lay, q.start, q.end),
                context=context_window(text, lay, q.start, q.end),
            )
            if (st == "actual" and ref.kind == "work_report" and fact.period and len(fact.period) == 4
                    and ref.plan_year and int(fact.period) >= ref.plan_year and ref.review_year != ref.plan_year
                    and not _HAPPENED.search(norm, psent_start, q.end + 4)):
                # a work report delivered early in its plan year cannot report that year's results, nor later
                # years': 新增泊车位5万个 dated to the plan year is a plan, though no heading or cue said so
                fact.status = "target"
            if (st == "target" and facts and facts[-1].status != "target"
                    and (_TARGET_ASIDE.match(norm, facts[-1].end, q.start)
                         or (facts[-1].start >= sent.start and _GOAL_NAMED_AFTER.match(norm, q.end)
                             and not _TIME_NAMED_HERE.search(norm, facts[-1].end, q.start)))):
                # 增长6.5%(年度目标6%以上), 增长7.2%，超过7%的预期目标: the goal of the same year, not the next one's
                fact.period = facts[-1].period
            if _names_a_comparison(fact.indicator):
                last_comparison = len(facts)
            facts.append(fact)
            prev_q, prev_measure = q, (kind, negative)
        except Exception as exc:  # one bad fact must not lose the document's others
            _record(errors, text, lay, q.start, q.end, exc)


_LIST_CAPTION = re.compile(r"[（(]%[）)][:：]?[ \t]*\n")


# 国内生产总值由4638亿元增加到7670亿元，财政总收入由341亿元增加到1167亿元，…平均每年分别增长10.8%和12.7%，其中2002年比上年
# 分别增长12.3%和13.2% (浙江 2003): a second 分别 list, under 其中, runs over the first one's subjects, in order
_AGAIN_UNDER_OF_WHICH = re.compile(r"其中[^，,。；;]{0,12}分别")


def _second_list_over_the_firsts_subjects(norm: str, lay: Layout, facts: list[Fact]) -> None:
    if "其中" not in norm:
        return
    starts = [f.start for f in facts]
    for m in _AGAIN_UNDER_OF_WHICH.finditer(norm):
        sent = lay.sentence(m.start())
        first = norm.rfind("分别", sent.start, m.start())
        if first < 0:
            continue
        second = facts[bisect_left(starts, m.end()):bisect_left(starts, lay.clause(m.end()).end)]
        earlier = facts[bisect_left(starts, first):bisect_left(starts, lay.clause(first).end)]
        codes = [f.indicator_code for f in earlier]
        if (len(second) < 2 or len(earlier) != len(second) or not all(codes) or len(set(codes)) != len(codes)
                or any(a.unit != b.unit or a.measure != b.measure for a, b in zip(earlier, second))):
            continue
        for a, b in zip(earlier, second):
            b.indicator, b.indicator_code = a.indicator, a.indicator_code


def _with_table_cells(text: str, norm: str, lay: Layout, ref: Reference, facts: list[Fact]) -> list[Fact]:
    """Add the numbers of unit-declared tables (`zhibiao.extract.report_tables`), in document order."""
    if "\t" not in norm and "单位" not in norm and not _LIST_CAPTION.search(norm):
        return facts  # no table, and no table flattened into a list under 单位： or under a caption ending on （%）
    starts = [f.start for f in facts]  # facts are in text order and do not overlap
    extra = []
    for c in report_tables.table_cells(norm, ref):
        i = bisect_right(starts, c.start)
        if (i and facts[i - 1].end > c.start) or (i < len(facts) and facts[i].start < c.end):
            continue
        extra.append(Fact(text=text[c.start:c.end], start=c.start, end=c.end, raw_value=c.raw_value,
                          raw_unit=c.raw_unit, value=_significant(c.value), unit=c.unit, measure=c.measure, qualifier="exact",
                          status="actual", indicator=c.indicator, period=c.period,
                          sentence=sentence_text(text, lay, c.start, c.end),
                          context=context_window(text, lay, c.start, c.end)))
    return sorted(facts + extra, key=lambda f: f.start) if extra else facts


_DIGITS_OR_SPACE = frozenset("0123456789 ")


def _written_start(text: str, norm: str, start: int) -> int:
    """Where the number at `start` of the normalised text starts as written: 6 5 0亿元 was closed up to 650 behind
    the spaces (`grammar.normalise`), and the fact quotes it whole."""
    if not (start and norm[start - 1] == " "):
        return start
    first = start
    while first and norm[first - 1] == " " and text[first - 1] in _DIGITS_OR_SPACE:  # (not ①, also a str.isdigit)
        first -= 1
    while first < start and text[first] == " ":
        first += 1
    return first


def _goes_on_about_the_place_before(norm: str, lay: Layout, before: Fact, f: Fact) -> bool:
    """武汉生产总值增加1000亿元以上，突破6500亿元 (湖北 2012): a clause with no subject of its own that goes on about the
    figure before it, in the same sentence, is about that figure's place too, when that place is the figure's subject
    (not a whole it was compared with: 增速高于全省1个百分点，按增长7%以上安排 is the prefecture's target)."""
    return (before.indicator is not None and before.indicator == f.indicator and before.region is not None
            and before.region[:2] in before.indicator and before.start >= lay.sentence(f.start).start
            and not indicator.subject_of_clause(norm[lay.hard_clause(f.start):f.start]))


def _minus_written_before(norm: str, start: int) -> bool:
    """增长-3.2%: a minus sign right before the number, not the dash of a range (10%-20%)."""
    return start > 0 and norm[start - 1] == "-" and norm[start - 2:start - 1] not in tuple("0123456789%~")


def _to_growth(norm: str, f: Fact) -> None:
    """A percentage read as a level turns out to be a growth (回升到上半年-0.4%, after 增速): as a growth, the minus
    written before it is its sign, which a level does not take."""
    f.measure = "growth"
    if f.value > 0 and _minus_written_before(norm, f.start):
        f.value, f.raw_value = -f.value, -f.raw_value


def _significant(x: float) -> float:
    """12 significant digits: 34.8 × 1e8 is 3480000000, not 3479999999.9999995."""
    if -1e12 < x < 1e12 and x == int(x):
        return float(x)  # a whole number below 1e12 is exact in 12 digits (most values): skip the trip through text
    return float(f"{x:.12g}")


def _number(x: float) -> float | int:
    r = round(x, 6)
    return int(r) if r == int(r) and abs(r) < 1e15 else r


def fact_to_json(doc_name: str, fact: Fact) -> dict:
    """One JSON-ready record for the facts JSONL (the fields of `JSON_FIELDS`)."""
    d = fact.to_dict()
    d["doc"] = doc_name
    d["value"] = _number(fact.value)
    d["raw_value"] = _number(fact.raw_value)
    d["shared_with"] = list(fact.shared_with)
    return {k: d.get(k) for k in JSON_FIELDS}
