"""Deterministic generator of a synthetic benchmark corpus with gold facts by construction.

    python -m bench.corpus --n 1000 --seed 7 --out DIR

writes DIR/raw/<name>.txt|.html (the reports), DIR/gold/<name>.jsonl (one gold fact per line in the
format of ../shared/gold/GUIDE.md, `doc` = the report's file name) and DIR/manifest.jsonl (one line
per report: kind, format, region, date, knobs, sizes, fact counts).

Every report is built from sentence patterns (bench/_patterns.py) whose fact slots carry their gold
fields, so each gold line is exact: its `text` is sliced from the final document text, its `value`
is computed from the written number with exact fractions and GUIDE's unit factors, and its
`status`/`period` follow from the section and the period phrase the sentence was written with.

Report i depends only on (seed, i): the first 100 reports of a 1,000-report corpus are the 100
reports of a 100-report corpus with the same seed, byte for byte. Reports are generated and written
one at a time, so memory does not grow with n.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import random
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import _lexicon as L
from ._facts import Q, cn_int
from ._patterns import (
    GROWTH_ONLY, MONEY_LG, SECTORS, Ctx, p_estimate, p_money_lg, sector_clause, targets_main,
)

__all__ = ["generate", "CorpusStats", "build_report", "Report"]

KIND_WEIGHTS = (("gov_report", 35), ("yearend_news", 20), ("econ_news", 15), ("plenum_news", 15),
                ("communique", 15))
FW_TABLE = str.maketrans({**{str(d): chr(0xFF10 + d) for d in range(10)}, "%": "％", ".": "．"})
PCT_TABLE = str.maketrans({"%": "％"})
ASCII_PUNCT = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"})
_TOKEN = re.compile("\ue000(\\d+)\ue001")
SENT_END = frozenset("。！？；;!?|\n")
CLAUSE_END = frozenset("，,：:")
STRIP = " \u3000\u00a0\t，,、：:；;"

_s2t = None


def _opencc():
    global _s2t
    if _s2t is None:
        import opencc
        _s2t = opencc.OpenCC("s2t")
    return _s2t


# ------------------------------------------------------------------------------------------------
# Body: paragraphs made of str and Q parts.

@dataclass
class Para:
    kind: str  # heading | para | row | title
    parts: list


@dataclass
class Report:
    """One generated report, ready to write."""

    name: str
    raw: str
    gold: list[dict]
    meta: dict


@dataclass
class CorpusStats:
    n: int = 0
    seed: int = 0
    facts: int = 0
    optional_facts: int = 0
    raw_bytes: int = 0
    text_bytes: int = 0
    min_text_bytes: int = 0
    max_text_bytes: int = 0
    median_text_bytes: int = 0
    share_text_8_20kb: float = 0.0
    min_facts: int = 0
    max_facts: int = 0
    seconds: float = 0.0
    kinds: dict = field(default_factory=dict)
    formats: dict = field(default_factory=dict)
    traditional: int = 0
    fullwidth: int = 0
    ascii_punct: int = 0

    def summary(self) -> str:
        mb = self.raw_bytes / 1e6
        return (f"{self.n} reports, {self.facts} facts (+{self.optional_facts} optional), "
                f"{mb:.1f} MB raw, text {self.min_text_bytes / 1024:.1f}–{self.max_text_bytes / 1024:.1f} KB "
                f"(median {self.median_text_bytes / 1024:.1f} KB, {self.share_text_8_20kb:.0%} in 8–20 KB), "
                f"facts/report {self.min_facts}–{self.max_facts}, {self.seconds:.1f} s "
                f"({self.n / max(self.seconds, 1e-9):.0f} reports/s)")


class Builder:
    """Accumulates paragraphs while steering size and fact density toward the report's targets."""

    def __init__(self, c: Ctx, target_bytes: int, target_facts: int):
        self.c = c
        self.paras: list[Para] = []
        self.bytes = 0
        self.facts = 0
        self.target_bytes = target_bytes
        self.target_facts = target_facts

    def add(self, kind: str, parts: list) -> None:
        self.paras.append(Para(kind, parts))
        n = 0
        for p in parts:
            if isinstance(p, Q):
                n += 3 * len(p.text)
                self.c.emitted.add((p.indicator, p.measure, p.status, p.period))
                if not p.optional:
                    self.facts += 1
            else:
                n += 3 * len(p)
        self.bytes += n

    def want_fact(self) -> bool:
        """Keep the fact count proportional to the bytes written so far, so that every section of
        the report (the plan part too) gets its share of the report's facts."""
        if self.facts >= self.target_facts:
            return False
        deficit = self.target_facts * min(1.0, (self.bytes + 200) / self.target_bytes) - self.facts
        p = min(0.97, max(0.03, 0.35 + 0.12 * deficit))
        return self.c.rng.random() < p

    def full(self, share: float = 1.0) -> bool:
        return self.bytes >= self.target_bytes * share


def filler_sentence(c: Ctx, sector: str | None = None) -> str:
    if c.chance(0.4):
        return c.pick(L.FILLER_SENTENCES)
    k = c.pick((2, 3, 3, 4))
    cl = c.rng.sample(L.FILLER_CLAUSES, k)
    if sector in L.SECTOR_FILLER and c.chance(0.4):
        cl[0] = c.pick(L.SECTOR_FILLER[sector])
    return "，".join(cl) + "。"


NEWS_PLAN_MARKERS = ("力争", "确保", "计划", "努力实现", "力争", "确保")  # every clause marked


def fact_sentence(c: Ctx, sector: str, opener: str = "", n_clauses: int | None = None) -> list:
    """One sentence of 1–3 fact clauses from `sector`, with an optional opener and lead-in."""
    if n_clauses is None:
        n_clauses = c.pick((1, 1, 2, 2, 2, 3))
    parts: list = []
    if opener:
        parts.append(opener)
    elif c.chance(0.35):
        parts.append(c.pick(L.FILLER_CLAUSES) + "，")
    for i in range(n_clauses):
        cl = sector_clause(c, sector)
        if c.plan and (c.explicit_plan or c.chance(0.5)):
            m = c.pick(c.plan_markers)
            if m and not (i == 0 and opener):  # 力争…, not 确保力争…
                cl = [m, *cl]
        if i:
            parts.append(c.pick(("，", "，", "；", "，")))
        parts += cl
    if c.chance(0.25):
        parts.append("，" + c.pick(L.FILLER_CLAUSES))
    parts.append("。")
    return parts


def paragraph(b: Builder, sector: str, openers: list[tuple[str, str | None, str | None]] | None = None,
              max_sent: int = 5, lead: float = 0.0) -> None:
    """A paragraph of fact and filler sentences. `openers`: (phrase, period, status) choices that
    scope one sentence; a sentence without one inherits the section's period and status. `lead`:
    chance that the paragraph's first fact sentence opens with one (econ news: 1—7月，…)."""
    c = b.c
    parts: list = []
    n = c.pick(tuple(range(2, max_sent + 1)))
    base_period, base_status = c.period, c.status
    first = True
    for _ in range(n):
        if b.want_fact():
            opener = ""
            p_open = lead if first else 0.45
            first = False
            if openers and c.chance(p_open):
                phrase, per, st = c.pick(openers)
                opener = phrase + c.pick(("，", "，", ""))
                if per is not None:
                    c.period = per
                if st is not None:
                    c.status = st
            parts += fact_sentence(c, sector, opener)
            c.period, c.status = base_period, base_status
        else:
            parts.append(filler_sentence(c, sector))
    b.add("para", parts)


def estimate_sentence(c: Ctx, year: int) -> list:
    base = c.period, c.status
    c.period, c.status = str(year), "estimate"
    if c.chance(0.4):
        parts = [c.pick(("", c.whole)), *p_estimate(c), "。"]
    else:
        item = c.fresh(MONEY_LG[:6])
        parts = [c.pick(("预计全年", "预计全年", f"预计{year}年")), *p_money_lg(c, item), "。"]
    c.period, c.status = base
    return parts


# ------------------------------------------------------------------------------------------------
# Report kinds. Each returns (title, pub_date, extra header fields) and fills the builder.

def _person(c: Ctx) -> str:
    return c.pick(L.SURNAMES) + "".join(c.pick(L.GIVEN) for _ in range(c.pick((1, 2, 2))))


def _office(c: Ctx) -> str:
    r = c.region
    if r.endswith("县"):
        return "县长"
    if r.endswith("旗"):
        return "旗长"
    if r.endswith("州"):
        return "州长"
    if r.endswith("区"):
        return "区长"
    return "市长"


def span(y: int, m1: int, m2: int) -> str:
    return f"{y}-{m1:02d}/{y}-{m2:02d}"


def _sectors(c: Ctx, k: int, first=("macro",)) -> list[str]:
    rest = [s for s in SECTORS if s not in first and s != "party"]
    c.rng.shuffle(rest)
    return list(first) + rest[: max(0, k - len(first))]


def gov_report(b: Builder, c: Ctx, year: int, variant: str, fmt: str):
    """政府工作报告 for `year`, delivered in Jan/Feb of `year` (variant jan) or late Dec of year-1
    (variant dec, whose review year is still the current year: 今年以来, 预计全年)."""
    rev = year - 1
    if variant == "jan":
        pub = date(year, c.pick((1, 1, 1, 2)), c.rng.randint(3, 28))
    else:
        pub = date(year - 1, 12, c.rng.randint(20, 30))
    cn_n = cn_int(c.rng.randint(12, 18), liang=False)
    cn_k = cn_int(c.rng.randint(1, 5), liang=False)
    title = c.pick((f"{c.region}{year}年政府工作报告", f"{year}年{c.region}政府工作报告"))
    mayor = _person(c)
    md = fmt == "md"
    b.add("title", ["政府工作报告"])
    b.add("para", [f"——{pub.year}年{pub.month}月{pub.day}日在{c.region}第{cn_n}届人民代表大会第{cn_k}次会议上"])
    b.add("para", [f"{c.region}人民政府{_office(c)} {mayor}"])
    b.add("para", ["各位代表："])
    b.add("para", [c.pick(L.OPENING_REPORT).format(gov=c.region + "人民政府")])

    # Review.
    c.year, c.period, c.status, c.plan = rev, str(rev), "actual", False
    b.add("heading", [c.pick((f"一、{rev}年工作回顾", "一、过去一年工作回顾", f"一、{rev}年工作回顾"))])
    if variant == "jan":
        openers = [("过去一年", str(rev), None), (f"{rev}年", str(rev), None), ("全年", str(rev), None)]
        lead = c.pick(("过去一年", f"{rev}年", "一年来"))
    else:
        openers = [("今年以来", str(rev), None), ("前三季度", span(rev, 1, 9), None),
                   ("1—11月", span(rev, 1, 11), None), ("1—10月", span(rev, 1, 10), None)]
        lead = "今年以来"
    parts = [f"{lead}，" + "，".join(c.rng.sample(L.FILLER_CLAUSES, 3)) + "。"]
    if variant == "dec" or c.chance(0.3):
        parts += estimate_sentence(c, rev)
        parts += estimate_sentence(c, rev) if c.chance(0.5) else []
    else:
        parts += fact_sentence(c, "macro", n_clauses=3)
    b.add("para", parts)
    review_share = c.rng.uniform(0.45, 0.6)
    n_sub = c.rng.randint(4, 7)
    sectors = _sectors(c, n_sub)
    for i, s in enumerate(sectors):
        head = f"（{cn_int(i + 1, liang=False)}）{c.pick(L.SECTOR_HEADINGS_REVIEW[s])}"
        if md and c.chance(0.5):
            head = f"**{head}**"
        if c.chance(0.5):
            b.add("heading", [head])
            lead_parts: list = []
        else:  # run-in heading: ——经济运行稳中有进。
            lead_parts = [f"——{c.pick(L.SECTOR_HEADINGS_REVIEW[s])}。"]
        per_sub = b.target_bytes * review_share / n_sub
        start = b.bytes
        first = True
        while b.bytes - start < per_sub and not b.full(review_share + 0.05):
            if first and lead_parts:
                b.paras.append(Para("para", list(lead_parts)))
            paragraph(b, s, openers)
            if first and lead_parts:  # merge the run-in heading into the paragraph
                p = b.paras.pop()
                b.paras[-1].parts += p.parts
            first = False
    b.add("para", [c.pick(L.FILLER_SENTENCES), c.pick(L.FILLER_SENTENCES)])

    # Plan.
    c.year, c.period, c.status, c.plan = year, str(year), "target", True
    b.add("heading", [c.pick((f"二、{year}年工作安排", f"二、{year}年重点工作", f"二、{year}年主要任务"))])
    word = "今年" if variant == "jan" else "明年"
    b.add("para", [f"{word}是{c.pick(('“十四五”规划实施的关键一年', '全面贯彻落实党的二十届三中全会精神的重要一年', '推动高质量发展的攻坚之年'))}。"
                   f"政府工作的总体要求是：" + "，".join(c.rng.sample(L.FILLER_CLAUSES, 4)) + "。",
                   *targets_main(c, word), "。"])
    openers = [(word, str(year), None), (f"{year}年", str(year), None), ("全年", str(year), None)]
    n_sub = c.rng.randint(3, 6)
    for i, s in enumerate(_sectors(c, n_sub, first=())):
        head = f"（{cn_int(i + 1, liang=False)}）{c.pick(L.SECTOR_HEADINGS_PLAN[s])}"
        b.add("heading", [f"**{head}**" if md and c.chance(0.5) else head])
        start = b.bytes
        per_sub = (b.target_bytes * 0.93 - b.bytes) / max(1, n_sub - i)
        while b.bytes - start < per_sub and not b.full(0.95):
            paragraph(b, s, openers)
    if md and c.chance(0.6):
        _table(b, c)
    c.plan, c.status = False, "actual"
    b.add("heading", [c.pick(L.GOV_SELF)])
    b.add("para", list(c.rng.sample(L.GOV_SELF_TEXT, 3)))
    b.add("para", [c.pick(L.CLOSING_REPORT).format(party=c.region, short=c.short)])
    return title, pub, {"author": mayor}


def _table(b: Builder, c: Ctx):
    """民生实事 table in Markdown; each cell states a target with its unit."""
    b.add("para", [f"附件：{c.year}年{c.short}民生实事项目"])
    b.add("row", ["| 序号 | 项目名称 | 主要内容 |"])
    b.add("row", ["| --- | --- | --- |"])
    from ._patterns import COUNTS, p_count
    items = [x for x in COUNTS if x[5] in ("social", "urban")]
    for i in range(c.rng.randint(4, 8)):
        it = c.fresh(items)
        cell = p_count(c, it)
        if any((q.indicator, q.measure, q.status, q.period) in c.emitted for q in cell if isinstance(q, Q)):
            continue
        b.add("row", [f"| {i + 1} | {it[1]} | ", *cell, c.pick(("", "，年底前完成", "，惠及群众")), " |"])


def yearend_news(b: Builder, c: Ctx, year: int, variant: str, fmt: str):
    """年终综述: Dec of `year` (今年以来, 前三季度, 预计全年, 明年…) or Jan of year+1 (去年, 今年…)."""
    if variant == "dec":
        pub = date(year, 12, c.rng.randint(10, 31))
        openers = [("今年以来", str(year), None), ("前三季度", span(year, 1, 9), None),
                   ("1—11月", span(year, 1, 11), None), ("1—10月", span(year, 1, 10), None),
                   ("今年前三季度", span(year, 1, 9), None), ("1-11月", span(year, 1, 11), None)]
        nxt, nxt_word = year + 1, "明年"
    else:
        pub = date(year + 1, 1, c.rng.randint(3, 25))
        openers = [("过去一年", str(year), None), (f"{year}年", str(year), None), ("去年", str(year), None),
                   ("全年", str(year), None)]
        nxt, nxt_word = year + 1, "今年"
    c.year, c.period, c.status, c.plan = year, str(year), "actual", False
    title = f"{c.short}：" + c.pick(("高质量发展奋楫扬帆风正劲", "承压而上 质效提升", "扛起责任 勇当先锋",
                                     "奋进新征程 建功新时代", "稳中求进谱新篇", "实干笃行启新程"))
    b.add("title", [title])
    b.add("para", [f"记者 {_person(c)}"])
    b.add("para", [f"{year}年是{c.pick(('全面贯彻党的二十大精神的开局之年', '实施“十四五”规划承上启下的关键一年', '经济恢复发展的一年'))}。"
                   f"{c.region}" + "，".join(c.rng.sample(L.FILLER_CLAUSES, 3)) + "，交出了一份亮眼的发展答卷。"])
    heads = c.rng.sample(L.NEWS_SUBHEADS, c.rng.randint(3, 5))
    sectors = _sectors(c, len(heads))
    for i, (h, s) in enumerate(zip(heads, sectors)):
        b.add("heading", [h])
        start = b.bytes
        per = (b.target_bytes * 0.85 - b.bytes) / (len(heads) - i)
        while b.bytes - start < per and not b.full(0.88):
            paragraph(b, s, openers, max_sent=4)
        if variant == "dec" and c.chance(0.35):
            b.add("para", estimate_sentence(c, year))
    c.year, c.period, c.status, c.plan = nxt, str(nxt), "target", True
    c.plan_markers, c.explicit_plan = NEWS_PLAN_MARKERS, True
    parts: list = [f"{nxt_word}，{c.region}将" + "，".join(c.rng.sample(L.FILLER_CLAUSES, 2)) + "。"]
    for _ in range(c.pick((1, 2, 2, 3))):
        parts += fact_sentence(c, c.pick(SECTORS[:-1]), opener=c.pick(("力争", "确保", f"{nxt_word}", "")))
    b.add("para", parts)
    c.plan, c.status = False, "actual"
    return title, pub, {"outlet": c.short + c.pick(L.NEWSPAPERS)}


ECON_PERIODS = ((4, "一季度", 3, None), (7, "上半年", 6, "一季度"), (8, "1—7月", 7, "上半年"),
                (10, "前三季度", 9, "上半年"), (11, "1—10月", 10, "前三季度"))


def econ_news(b: Builder, c: Ctx, year: int, variant: str, fmt: str):
    """经济运行 news: all facts in one sub-year period, e.g. 上半年 = year-01/year-06."""
    month, phrase, m2, prev = c.pick(ECON_PERIODS)
    pub = date(year, month + 1 if month < 12 else 12, c.rng.randint(10, 28))
    per = span(year, 1, m2)
    c.year, c.period, c.status, c.plan = year, per, "actual", False
    c.p_space = 0.06 if fmt == "sina" else 0.0
    title = f"{c.short}{phrase}" + c.pick(("经济运行稳中向好", "主要经济指标持续回升", "经济成绩单出炉", "GDP增速领跑全省"))
    b.add("title", [title])
    b.add("para", [f"{pub.month}月{pub.day - 1}日，{c.region}统计局发布{year}年{phrase}经济运行数据。"])
    if phrase in ("一季度", "上半年", "前三季度"):
        c.used.add((MONEY_LG[0][0], c.status, c.period))
        b.add("para", [f"根据地区生产总值统一核算结果，{c.short}{phrase}", *p_money_lg(c, MONEY_LG[0]), "。"])
    else:
        c.used.add(("规模以上工业增加值", c.status, c.period))
        b.add("para", [f"{phrase}，{c.short}规模以上工业增加值", *c.growth("规模以上工业增加值", 2, 12), "。"])
    sectors = ["macro", "industry", "invest", "consume", c.pick(("energy", "fiscal", "tourism", "agri"))]
    for s in sectors:
        if b.full(0.9):
            break
        if c.chance(0.5):
            b.add("heading", [c.pick(("工业生产", "投资", "消费", "财政", "分产业看", "从行业看", "新动能")) +
                              c.pick(("稳步回升", "持续向好", "保持增长", "亮点纷呈"))])
        start = b.bytes
        while b.bytes - start < b.target_bytes / len(sectors) and not b.full(0.9):
            paragraph(b, s, [(phrase, per, None), (phrase, per, None), (f"{year}年{phrase}", per, None)],
                      max_sent=4, lead=0.85)
            if prev and c.chance(0.5) and b.want_fact():
                name, _ = c.fresh(GROWTH_ONLY)
                if (name, "growth", c.status, c.period) in c.emitted:
                    continue
                up = not c.chance(0.2)
                b.add("para", [f"{phrase}，{name}", *c.growth(name, 1, 12, allow_dec=False),
                               f"，比{prev}" + ("提升" if up else "回落"),
                               c.pp(0.2, 6, f"{name}增速", sign=1 if up else -1), "。"])
    if c.chance(0.5):
        b.add("para", estimate_sentence(c, year))
    b.add("para", [filler_sentence(c)])
    return title, pub, {"outlet": c.pick(("界面新闻", "新浪财经", "21世纪经济报道", c.short + "日报"))}


def plenum_news(b: Builder, c: Ctx, year: int, variant: str, fmt: str):
    """市委/县委全会 news, Oct–Dec of `year`: review (今年以来/前三季度) and 明年 targets."""
    pub = date(year, c.pick((10, 11, 12)), c.rng.randint(1, 28))
    party = c.region + "委"
    r1, r2 = _person(c), _person(c)
    n1, n2 = cn_int(c.rng.randint(5, 15), liang=False), cn_int(c.rng.randint(2, 9), liang=False)
    title = f"中共{party}{n1}届{n2}次全体会议召开"
    b.add("title", [title])
    c.year, c.period, c.status, c.plan = year, str(year), "actual", False
    b.add("para", [f"本报讯（记者 {r1} {r2}）{pub.month}月{pub.day}日，中共{party}{n1}届{n2}次全体会议召开。"
                   f"会议深入学习贯彻党的二十届三中全会精神，"
                   + "，".join(c.rng.sample(L.FILLER_CLAUSES, 3)) + "。"])
    b.add("para", ["会议指出，" + filler_sentence(c)])
    openers = [("今年以来", str(year), None), ("前三季度", span(year, 1, 9), None),
               (f"{year}年前三季度", span(year, 1, 9), None)]
    for s in _sectors(c, c.rng.randint(2, 4)) + ["party"]:
        start = b.bytes
        while b.bytes - start < b.target_bytes * 0.12 and not b.full(0.5):
            paragraph(b, s, openers, max_sent=4)
    if c.chance(0.5):
        b.add("para", estimate_sentence(c, year))
    b.add("para", ["会议强调，" + filler_sentence(c)])
    nxt = year + 1
    c.year, c.period, c.status, c.plan = nxt, str(nxt), "target", True
    c.plan_markers, c.explicit_plan = NEWS_PLAN_MARKERS, True
    b.add("para", [f"会议对{c.pick(('明年', f'{nxt}年'))}工作作出部署。", filler_sentence(c)])
    openers = [("明年", str(nxt), None), (f"{nxt}年", str(nxt), None), ("力争明年", str(nxt), None)]
    for s in _sectors(c, c.rng.randint(3, 6), first=()):
        start = b.bytes
        while b.bytes - start < b.target_bytes * 0.12 and not b.full(0.95):
            paragraph(b, s, openers, max_sent=4)
    c.plan, c.status = False, "actual"
    b.add("para", ["会议号召，" + filler_sentence(c)])
    return title, pub, {"outlet": c.short + "日报"}


COMMUNIQUE_SECTIONS = (("综合", "macro"), ("农业", "agri"), ("工业和建筑业", "industry"),
                       ("固定资产投资", "invest"), ("国内贸易", "consume"), ("对外经济", "consume"),
                       ("交通、邮电和旅游", "tourism"), ("财政和金融", "fiscal"), ("能源", "energy"),
                       ("科学技术和教育", "tech"), ("文化、卫生和体育", "social"),
                       ("人民生活和社会保障", "social"), ("城市建设", "urban"), ("资源、环境和安全生产", "ecology"))


def communique(b: Builder, c: Ctx, year: int, variant: str, fmt: str):
    """统计公报 for `year`, published Mar/Apr of year+1: dense facts, all period `year`."""
    pub = date(year + 1, c.pick((3, 4)), c.rng.randint(1, 28))
    title = f"{c.region}{year}年国民经济和社会发展统计公报"
    b.add("title", [title])
    b.add("para", [f"{c.region}统计局"])
    b.add("para", [f"{year + 1}年{pub.month}月{pub.day}日"])
    c.year, c.period, c.status, c.plan = year, str(year), "actual", False
    b.add("para", [f"{year}年，" + "，".join(c.rng.sample(L.FILLER_CLAUSES, 3)) + "。"])
    c.used.add((MONEY_LG[0][0], c.status, c.period))
    b.add("para", ["初步核算，全年", *p_money_lg(c, MONEY_LG[0]), "。", *fact_sentence(c, "macro", n_clauses=2)])
    openers = [("全年", str(year), None), ("年末", str(year), None), (f"{year}年", str(year), None)]
    secs = [s for s in COMMUNIQUE_SECTIONS[1:] if c.chance(0.8)]
    for i, (name, s) in enumerate(secs):
        b.add("heading", [f"{cn_int(i + 2, liang=False)}、{name}"])
        start = b.bytes
        per = (b.target_bytes - b.bytes) / (len(secs) - i)
        while b.bytes - start < per and not b.full():
            paragraph(b, s, openers, max_sent=4)
    b.add("para", ["注：1.本公报中部分数据为初步统计数，各项统计数据均未包括驻地部队等单位。"
                   "2.地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。"])
    return title, pub, {"outlet": c.region + "统计局"}


KINDS = {"gov_report": gov_report, "yearend_news": yearend_news, "econ_news": econ_news,
         "plenum_news": plenum_news, "communique": communique}

# kind -> ((format, weight), ...). Formats: txt (plain), md (YAML front matter + Markdown),
# scraper (标题：/来源URL：header), cell (literal \r\n, &nbsp;), news (newspaper text page),
# sina (front matter + article HTML), page (full news web page).
FORMATS = {
    "gov_report": (("txt", 25), ("md", 35), ("scraper", 18), ("cell", 10), ("page", 12)),
    "yearend_news": (("news", 45), ("page", 40), ("sina", 15)),
    "econ_news": (("sina", 55), ("page", 25), ("news", 20)),
    "plenum_news": (("news", 55), ("page", 45)),
    "communique": (("txt", 45), ("page", 40), ("md", 15)),
}


def _weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    for k, w in pairs:
        r -= w
        if r < 0:
            return k
    return pairs[-1][0]


# ------------------------------------------------------------------------------------------------
# Materialising: paragraphs -> text with fact spans -> transforms -> gold -> wrapper.

def _materialise(paras: list[Para]):
    texts, spans = [], []
    for p in paras:
        buf, sp, pos = [], [], 0
        for part in p.parts:
            if isinstance(part, Q):
                sp.append((pos, pos + len(part.text), part))
                buf.append(part.text)
                pos += len(part.text)
            else:
                buf.append(part)
                pos += len(part)
        texts.append("".join(buf))
        spans.append(sp)
    return texts, spans


def _to_traditional(texts: list[str], spans) -> list[str]:
    cc = _opencc()
    joined = cc.convert("\n".join(texts))
    out = joined.split("\n")
    if len(out) == len(texts) and all(len(a) == len(b) for a, b in zip(out, texts)):
        return out
    # Length changed somewhere: convert paragraph by paragraph, and where a paragraph's length
    # changes, convert its pieces between fact spans separately so offsets stay exact.
    res = []
    for t, sp in zip(texts, spans):
        u = cc.convert(t)
        if len(u) == len(t):
            res.append(u)
            continue
        pieces, pos, shift = [], 0, 0
        new_sp = []
        for s, e, q in sp:
            a = cc.convert(t[pos:s])
            f = cc.convert(t[s:e])
            pieces += [a, f]
            shift += len(a) - (s - pos)
            new_sp.append((s + shift, s + shift + len(f), q))
            shift += len(f) - (e - s)
            pos = e
        pieces.append(cc.convert(t[pos:]))
        sp[:] = new_sp
        res.append("".join(pieces))
    return res


def _context(t: str, s: int, e: int) -> str:
    a = s
    while a > 0 and t[a - 1] not in SENT_END:
        a -= 1
    z = e
    n = len(t)
    while z < n and t[z] not in SENT_END:
        z += 1
    if z - a > 60:
        # grow clause by clause around the fact
        ca = s
        while ca > a and t[ca - 1] not in CLAUSE_END:
            ca -= 1
        cz = e
        while cz < z and t[cz] not in CLAUSE_END:
            cz += 1
        if cz - ca > 60:
            ca = max(a, min(s - 20, e - 60))
            ca = max(ca, 0)
            cz = min(z, ca + 60)
        else:
            while True:
                grown = False
                if ca > a:
                    na = ca - 1
                    while na > a and t[na - 1] not in CLAUSE_END:
                        na -= 1
                    if cz - na <= 60:
                        ca, grown = na, True
                if cz < z:
                    nz = cz + 1
                    while nz < z and t[nz] not in CLAUSE_END:
                        nz += 1
                    if nz - ca <= 60:
                        cz, grown = nz, True
                if not grown:
                    break
        a, z = ca, cz
    while a < s and t[a] in STRIP:
        a += 1
    while z > e and t[z - 1] in STRIP:
        z -= 1
    return t[a:z]


def build_report(i: int, seed: int) -> Report:
    """Build report number `i` of the corpus for `seed` (depends on nothing else)."""
    rng = random.Random(f"zhibiao-bench:{seed}:{i}")
    province, pref, counties = rng.choice(L.REGIONS)
    if rng.random() < 0.4:
        region, level = rng.choice(counties), "county"
    else:
        region, level = pref, "prefecture"
    c = Ctx(rng, province, pref, region, level)
    kind = _weighted(rng, KIND_WEIGHTS)
    fmt = _weighted(rng, FORMATS[kind])
    # sizes: most reports 8–20 KB of text, some short news, some long reports
    r = rng.random()
    if r < 0.1:
        target = rng.uniform(3.2, 8) * 1024
    elif r < 0.88:
        target = rng.uniform(8, 19.5) * 1024
    else:
        target = rng.uniform(19.5, 28) * 1024
    if kind == "econ_news" and rng.random() < 0.5:
        target *= 0.6
    target = max(target, 3.6 * 1024)
    target_facts = max(20, min(68, round(target / 1024 * rng.uniform(2.3, 4.2))))
    b = Builder(c, int(target), target_facts)
    if kind == "gov_report":
        year = rng.randint(2019, 2025)
        variant = "dec" if rng.random() < 0.2 else "jan"
    elif kind in ("yearend_news",):
        year = rng.randint(2019, 2024)
        variant = "dec" if rng.random() < 0.6 else "jan"
    elif kind == "communique":
        year = rng.randint(2018, 2024)
        variant = ""
    else:
        year = rng.randint(2019, 2025)
        variant = ""
    title, pub, extra = KINDS[kind](b, c, year, variant, fmt)

    # knobs
    trad = rng.random() < 0.08
    fw = None
    pr = rng.random()
    if pr < 0.1:
        fw = "pct"
    elif pr < 0.13:
        fw = "all"
    ascii_p = fw is None and rng.random() < 0.1

    texts, spans = _materialise(b.paras)
    if trad:
        texts = _to_traditional(texts, spans)
    if fw == "pct":
        texts = [t.translate(PCT_TABLE) for t in texts]
    elif fw == "all":
        texts = [t.translate(FW_TABLE) for t in texts]
    if ascii_p:
        texts = [t.translate(ASCII_PUNCT) for t in texts]

    h = "%016x" % rng.getrandbits(64)
    ext = "html" if fmt in ("sina", "page") else "txt"
    name = f"{i:06d}_{h}.{ext}"
    gold = []
    n_opt = 0
    for t, sp in zip(texts, spans):
        for s, e, q in sp:
            gold.append({"doc": name, "text": t[s:e], "value": q.value, "unit": q.unit,
                         "measure": q.measure, "qualifier": q.qualifier, "status": q.status,
                         "indicator": q.indicator, "period": q.period, "optional": q.optional,
                         "context": _context(t, s, e)})
            n_opt += q.optional
    # Wrappers are rendered with placeholders for the body paragraphs, so that a Traditional
    # report can convert its page furniture (title, menus, bylines) without touching the body,
    # whose conversion was fixed above.
    subs: list[str] = []

    def emit(s: str) -> str:
        subs.append(s)
        return f"\ue000{len(subs) - 1}\ue001"

    template = RENDER[fmt](rng, c, b.paras, texts, spans, title, pub, extra, kind, emit)
    if trad:
        template = _opencc().convert(template)
    raw = _TOKEN.sub(lambda m: subs[int(m.group(1))], template)
    text_bytes = len("\n".join(texts).encode("utf-8"))
    meta = {"doc": name, "kind": kind, "variant": variant, "format": fmt, "province": province,
            "prefecture": pref, "region": region, "level": level, "published": pub.isoformat(),
            "traditional": trad, "fullwidth": fw, "ascii_punct": ascii_p, "text_bytes": text_bytes,
            "raw_bytes": len(raw.encode("utf-8")), "facts": len(gold) - n_opt, "optional_facts": n_opt}
    return Report(name, raw, gold, meta)


# ------------------------------------------------------------------------------------------------
# Wrappers.

def _body_lines(paras, texts, md: bool, emit) -> list[str]:
    out = []
    for p, t in zip(paras, texts):
        if p.kind == "title":
            continue
        if md and p.kind == "heading" and not t.startswith("**") and t[:1] in "一二三四五六七八九十":
            t = f"**{t}**"
        out.append(emit(t))
    return out


def _plain(rng, c, paras, texts, spans, title, pub, extra, kind, emit):
    lines = [title, ""] if rng.random() < 0.8 else []
    sep = "\n\n" if rng.random() < 0.4 else "\n"
    indent = "\u3000\u3000" if rng.random() < 0.3 else ""
    body = [emit(indent + t if p.kind == "para" else t) for p, t in zip(paras, texts) if p.kind != "title"]
    return "\n".join(lines) + sep.join(body) + "\n"


def _md(rng, c, paras, texts, spans, title, pub, extra, kind, emit):
    fm = [f"---", f"title: {title}（{pub.year}年{pub.month}月{pub.day}日 {extra.get('author', '')}）".replace(" ）", "）")]
    if rng.random() < 0.4:
        fm.append(f"source: http://www.{_host(rng)}.gov.cn/zwgk/zfgzbg/content/post_{rng.randint(1000000, 9999999)}.html")
    fm.append("---")
    return "\n".join(fm) + "\n\n" + "\n\n".join(_body_lines(paras, texts, True, emit)) + "\n"


def _host(rng) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 9)))


def _scraper(rng, c, paras, texts, spans, title, pub, extra, kind, emit):
    head = [f"标题：{title}", f"发文单位：{c.region}人民政府", f"发文时间：{pub.isoformat()}"]
    if "author" in extra:
        head.append(f"报告人：{c.region}人民政府{_office(c)} {extra['author']}")
    head.append(f"来源URL：https://www.{_host(rng)}.gov.cn/info_show.asp?infoid={rng.randint(1000, 99999)}")
    lines = [emit(t) for p, t in zip(paras, texts) if p.kind != "title"]
    return "\n".join(head) + "\n\n正文：\n\n" + "\n\n".join(lines) + "\n"


def _cell(rng, c, paras, texts, spans, title, pub, extra, kind, emit):
    """Spreadsheet-cell text: literal backslash-r-backslash-n line breaks and &nbsp; entities."""
    out = []
    for p, t in zip(paras, texts):
        if p.kind == "title":
            continue
        out.append(("&nbsp; &nbsp; " if p.kind == "para" and rng.random() < 0.6 else "") + emit(t))
    return "\\r\\n".join(out) + "\\r\\n来源：" + c.pick(("百度马 克 数据网", "县域经济数据网", "地方政府网站汇编"))


def _news(rng, c, paras, texts, spans, title, pub, extra, kind, emit):
    outlet = extra.get("outlet", c.short + "日报")
    hh, mm = rng.randint(6, 22), rng.randint(0, 59)
    if rng.random() < 0.5:
        head = [title, "", f"  更新时间:{pub.isoformat()} {hh:02d}:{mm:02d}   来源:{outlet}", ""]
        head += list(rng.sample(L.NEWS_MENU, 5)) + [""]
    else:
        head = ["分享到:", " ", " ", title]
        head.append(f"{pub.year}年{pub.month:02d}月{pub.day:02d}日 {hh:02d}时{mm:02d}分   {outlet}")
        head += ["", f"{c.short}{rng.choice(L.PARKS)}。 {_person(c)}摄", ""]
    lines = [emit(t) for p, t in zip(paras, texts) if p.kind != "title"]
    tail = ["", f"责任编辑：{_person(c)}", f"（{outlet}）"]
    if rng.random() < 0.5:  # site footer with phone, ICP and police filing numbers
        abbr = L.PROVINCE_ABBR.get(c.province, "京")
        tail += ["[打印本页]", "[关闭窗口]", "法律声明", "|", "关于本站", "|", "网站地图", "Copyright", "©",
                 f"2007-{pub.year} www.{_host(rng)}.gov.cn All Rights Reserved 版权所有：{c.region}人民政府",
                 f"主办：{c.region}人民政府办公室 联系方式 0{rng.randint(310, 999)}-{rng.randint(2000000, 8999999)}",
                 "ICP备案号：", f"{abbr}ICP备{rng.randint(10000000, 99999999):08d}号-{rng.randint(1, 3)}",
                 f"网站标识码:{rng.randint(1000000000, 9999999999)}",
                 f"公安机关备案号：{rng.randint(10000000000000, 99999999999999)}"]
    return "\n".join(head) + "\n".join(lines) + "\n" + "\n".join(tail) + "\n"


def _inline(rng, c, text: str, sp) -> str:
    """Escape one paragraph for HTML and wrap some spans in inline tags (never cutting a fact)."""
    cuts = []  # (start, end, open, close)
    r = rng.random()
    if r < 0.25 and sp:
        for s, e, _ in sp:
            if rng.random() < 0.5:
                tag = rng.choice(("strong", "b", "span"))
                cuts.append((s, e, f"<{tag}>", f"</{tag}>"))
    elif r < 0.45:
        # split at a comma into <font> runs, as pasted CMS text does
        commas = [k + 1 for k, ch in enumerate(text) if ch in "，,"]
        if commas:
            k = rng.choice(commas)
            depth = rng.choice((1, 1, 2, 5, 19))
            o = '<font cms-style="font-L">' * depth
            cl = "</font>" * depth
            cuts.append((0, k, o, cl))
            cuts.append((k, len(text), '<font cms-style="font-L">', "</font>"))
    elif r < 0.6 and c.short in text:
        s = text.index(c.short)
        if not any(a < s + len(c.short) and s < b for a, b, _ in sp):
            code = f"sz{rng.randint(0, 3999):06d}"
            cuts.append((s, s + len(c.short),
                         f'<span id="stock_{code}"><a href="https://finance.sina.com.cn/realstock/company/{code}/nc.shtml" '
                         f'class="keyword" target="_blank">', f'</a></span><span id="quote_{code}"></span>'))
    if not cuts:
        return _esc(rng, text)
    cuts.sort()
    out, pos = [], 0
    for s, e, o, cl in cuts:
        if s < pos:
            continue
        out.append(_esc(rng, text[pos:s]))
        out.append(o + _esc(rng, text[s:e]) + cl)
        pos = e
    out.append(_esc(rng, text[pos:]))
    return "".join(out)


def _esc(rng, s: str) -> str:
    s = html.escape(s, quote=False)
    if "“" in s and rng.random() < 0.3:
        s = s.replace("“", "&ldquo;").replace("”", "&rdquo;")
    return s


def _sina(rng, c, paras, texts, spans, title, pub, extra, kind, emit):
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    fm = ["", "---", f"title: '{title}'", "categories: ", " - 金融", " - 新浪财经", " - 新浪财经－国內",
          "author: 新浪财经", "comments: false",
          f"date: {days[pub.weekday()]}, {pub.day:02d} {months[pub.month - 1]} {pub.year} "
          f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} GMT", "---", ""]
    out = ["<div>   ", f'<p cms-style="font-L ">\u3000\u3000原标题 {html.escape(title, quote=False)}</p>']
    n = 0
    for p, t, sp in zip(paras, texts, spans):
        if p.kind == "title":
            continue
        if p.kind == "heading":
            out.append(f'<p cms-style="font-L strong-Bold">\u3000\u3000{emit(_esc(rng, t))}</p>')
            continue
        out.append(f'<p cms-style="font-L">\u3000\u3000{emit(_inline(rng, c, t, sp))}</p>')
        n += 1
        if n == 3:
            out.append('<!--article_adlist[<p cms-style="font-L "><img src="//n.sinaimg.cn/sinakd2022/736/'
                       'w1080h3656/b591.png" style="max-width:640px"/></p>]article_adlist-->')
        if n == 2 and rng.random() < 0.6:
            out.append('<div class="img_wrapper"><img id="0" style="max-width: 640px;" '
                       f'src="https://n.sinaimg.cn/finance/{rng.getrandbits(32):08x}.png" alt referrerpolicy="no-referrer">'
                       '<span class="img_descr"></span></div>')
    out.append("<style>.appendQr_wrap{border:1px solid #E6E6E6;padding:8px;}"
               ".appendQr_normal{float:left;width:300px;}</style>")
    out.append("</div>")
    return "\n".join(fm) + "\n" + "\n".join(out) + "\n"


def _page(rng, c, paras, texts, spans, title, pub, extra, kind, emit):
    abbr = L.PROVINCE_ABBR.get(c.province, "京")
    host = _host(rng)
    outlet = extra.get("outlet", c.short + "日报")
    nav = "".join(f'<li><a href="/{k}/">{x}</a></li>' for k, x in enumerate(rng.sample(L.NAV_ITEMS, 7)))
    t_esc = html.escape(title, quote=False)
    body = []
    for p, t, sp in zip(paras, texts, spans):
        if p.kind == "title":
            continue
        if p.kind == "heading":
            body.append(f"<p><strong>{emit(_esc(rng, t))}</strong></p>")
        elif p.kind == "row":
            body.append(f"<p>{emit(_esc(rng, t))}</p>")
        else:
            indent = rng.choice(("&nbsp;&nbsp;&nbsp;&nbsp;", "\u3000\u3000", ""))
            body.append(f'<p style="text-indent:2em;">{indent}{emit(_inline(rng, c, t, sp))}</p>')
    views = rng.randint(50, 9999)
    phone = f"0{rng.randint(310, 999)}-{rng.randint(2000000, 8999999)}"
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{t_esc}_{c.region}人民政府</title>
<link rel="stylesheet" href="/css/style.css?v={rng.randint(100, 999)}">
<style>
body{{font-family:"Microsoft YaHei";margin:0}} .nav li{{float:left;width:120px;line-height:40px}}
.article p{{font-size:16px;line-height:2em;margin:10px 0}} .footer{{padding:20px 0;color:#666}}
</style>
<script>
var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script");
hm.src = "https://hm.baidu.com/hm.js?{rng.getrandbits(64):016x}"; var s = document.getElementsByTagName("script")[0];
s.parentNode.insertBefore(hm, s); }})(); var pageSize = 20, timeout = 3000;
</script>
</head>
<body>
<div class="top"><a href="/">网站首页</a> | <a href="/wza/">无障碍</a> | <a href="/en/">English</a></div>
<div class="nav"><ul>{nav}</ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 本地要闻</div>
<div class="article">
<h1>{t_esc}</h1>
<div class="info">发布时间：{pub.isoformat()} {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}&nbsp;&nbsp;来源：{html.escape(outlet)}&nbsp;&nbsp;浏览次数：<span id="views">{views}</span>&nbsp;&nbsp;【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>
<div class="content" id="zoom">
{chr(10).join(body)}
</div>
<div class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>
<div class="tools"><a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a></div>
</div>
<div class="footer">
<p><a href="/flsm/">法律声明</a> | <a href="/gybz/">关于本站</a> | <a href="/wzdt/">网站地图</a></p>
<p>主办：{c.region}人民政府办公室&nbsp;&nbsp;联系电话：{phone}</p>
<p>Copyright &copy; 2007-{pub.year} www.{host}.gov.cn All Rights Reserved</p>
<p><a href="https://beian.miit.gov.cn/">{abbr}ICP备{rng.randint(10000000, 99999999)}号-{rng.randint(1, 3)}</a>&nbsp;&nbsp;网站标识码：{rng.randint(1000000000, 9999999999)}&nbsp;&nbsp;{abbr}公网安备 {rng.randint(10000000000000, 99999999999999)}号</p>
</div>
<script src="/js/jquery.min.js"></script>
<script>$(function(){{$(".share a").on("click",function(){{return false;}});}});</script>
</body>
</html>
"""


RENDER = {"txt": _plain, "md": _md, "scraper": _scraper, "cell": _cell, "news": _news, "sina": _sina,
          "page": _page}


# ------------------------------------------------------------------------------------------------

def _write_report(job: tuple[int, int, str]) -> dict:
    """Build report i and write its raw and gold files; return its manifest line."""
    i, seed, out = job
    rep = build_report(i, seed)
    with open(os.path.join(out, "raw", rep.name), "w", encoding="utf-8", newline="\n") as f:
        f.write(rep.raw)
    stem = rep.name.rsplit(".", 1)[0]
    with open(os.path.join(out, "gold", stem + ".jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in rep.gold))
    return rep.meta


def generate(n: int, seed: int, out_dir, progress: bool = False, jobs: int = 1) -> CorpusStats:
    """Write `n` reports for `seed` under out_dir (raw/, gold/, manifest.jsonl), one at a time.

    jobs > 1 builds reports in that many worker processes (0 = one per CPU); the files are the same
    whatever the number of jobs, since report i depends only on (seed, i)."""
    t0 = time.perf_counter()
    out = Path(out_dir)
    (out / "raw").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    st = CorpusStats(n=n, seed=seed)
    sizes, facts = [], []
    work = ((i, seed, str(out)) for i in range(n))
    pool = None
    if jobs != 1 and n > 1:
        import multiprocessing as mp
        pool = mp.get_context("spawn" if sys.platform == "win32" else "fork").Pool(jobs or os.cpu_count())
        metas = pool.imap(_write_report, work, chunksize=16)
    else:
        metas = map(_write_report, work)
    try:
        with open(out / "manifest.jsonl", "w", encoding="utf-8", newline="\n") as man:
            for k, m in enumerate(metas, 1):
                man.write(json.dumps(m, ensure_ascii=False) + "\n")
                sizes.append(m["text_bytes"])
                facts.append(m["facts"])
                st.facts += m["facts"]
                st.optional_facts += m["optional_facts"]
                st.raw_bytes += m["raw_bytes"]
                st.text_bytes += m["text_bytes"]
                st.kinds[m["kind"]] = st.kinds.get(m["kind"], 0) + 1
                st.formats[m["format"]] = st.formats.get(m["format"], 0) + 1
                st.traditional += m["traditional"]
                st.fullwidth += m["fullwidth"] is not None
                st.ascii_punct += m["ascii_punct"]
                if progress and k % 1000 == 0:
                    print(f"  {k}/{n}", file=sys.stderr)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    if sizes:
        sizes.sort()
        st.min_text_bytes, st.max_text_bytes = sizes[0], sizes[-1]
        st.median_text_bytes = sizes[len(sizes) // 2]
        st.share_text_8_20kb = sum(8 * 1024 <= s <= 20 * 1024 for s in sizes) / len(sizes)
        st.min_facts, st.max_facts = min(facts), max(facts)
    st.seconds = time.perf_counter() - t0
    return st


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100, help="number of reports (default 100)")
    ap.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    ap.add_argument("--out", required=True, help="output folder (raw/, gold/, manifest.jsonl)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (0 = one per CPU; default 1)")
    ap.add_argument("--progress", action="store_true", help="print progress every 1000 reports")
    a = ap.parse_args(argv)
    if a.n < 0:
        ap.error("--n must be >= 0")
    out = Path(a.out)
    st = generate(a.n, a.seed, out, progress=a.progress, jobs=a.jobs)
    print(st.summary())
    extra = sum(1 for _ in (out / "raw").iterdir()) - a.n
    if extra > 0:
        print(f"warning: {out / 'raw'} also holds {extra} files from an earlier run; "
              "use an empty folder for a clean corpus", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
