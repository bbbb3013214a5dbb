"""The period a fact refers to, resolved against the document's reference date.

Output: "2024" (a year), "2024-01/2024-06" (months of a year), "2017-01/2021-12" (several whole years, in the
GUIDE's month-span form), or None.

Where the period comes from, first that applies:

1. a time expression in the same sentence before the number (sentences end at 。！？ or a line break, so
   "前三季度,…692.5亿元;固定资产投资完成120.48亿元" gives both halves the same period), the nearest
   one: 2024年, 2024年上半年, 前三季度, 1—11月, 截至11月 and 6月末 (→ the year), 今年6月份 (→ that month),
   今年, 去年, 明年(底), 过去一年, 过去五年 and 今后五年 (→ a span of years), 2018-2020年, “十三五”期间,
   到2024年底. Years that are comparison bases (比2022年, 较2020年, 2019年的2倍) are not periods, nor are
   records (创今年新高) or a month that only modifies a noun (5月份空气质量考核);
1a. 由/从 + a year right before the number (由2017年的76微克/立方米降至…) → that year; (自)2017年以来 →
    from that year to the year reviewed (自2017年以来累计投入40亿元 in a report on 2023 → 2017-01/2023-12;
    a state reached by then takes the last year, see `_span_end`);
1b. the value a change starts from (从70%提高至80%, 从每月653元、300元提高到…) → None: an earlier state;
2. "原来/原有" right before the number → None (a past state, 由原来的29所增至36所), and 每年 → None;
   a count naming a standing set of chains, towns or clusters (8条市级重点产业链, 5个百亿级产业集群) → None
   for actual facts, unless its clause says it was made or named then (13个产业集群列入…名单);
3. a time expression opening the paragraph (2024年,磐石市还大力推进…) governs the paragraph;
3a. a sentence without numbers that opens with a time expression (特别是2021年，我们加压奋进…。)
   governs the paragraphs after it (一是…二是…) up to the next section heading; stocks and capacities under
   it (rule 5) are dated only when it names the heading's own year;
4. a year or span in the section heading (2023成就和经验, 一、2024年工作回顾, 一、过去五年工作回顾) governs
   the section;
5. None for stocks and capacities with no date: after 累计 or 总投资/投资X亿元的 (to the end of the
   sentence part), capacities written into a project's name (年产6万吨硫酸镍项目, 2×66万千瓦…机组项目,
   15兆瓦光伏发电; a counter such as 台 or 头 is a capacity from 10 000 up — 700万头生猪项目 — while 关停11台
   燃煤机组 counts machines);
6. the document default: the review year for actual and estimated facts, the plan year for targets; a text
   dated April–November that opens on a part of its own year (2022年上半年经济成绩单) reports that part.

After that (`zhibiao.extract._span_end`): within a span of years, what happened during it keeps the span
(实施技改项目1825项, 年均增长7.5%, 增长近2倍) while a state reached by its end and a ratio to a base year take
its last year (城镇化率达到74.27%, 市场主体达61.4万户, 突破4.2万元, 是2016年的1.6倍); an average over years
spans them (两年平均增长8.8% → 2020-01/2021-12).

Month ranges take the reference year unless that would put them after the reference date
(1—11月 in a text of January 2024 is 2023-01/2023-11).
"""
from __future__ import annotations

import re
from typing import Literal

from zhibiao.extract.dating import Reference

# A period as the words give it: "2023", "2023-01/2023-06"; None where they date nothing (a stock, a total to
# date); False where they say nothing of a period, and an outer scope (a paragraph, a heading) decides.
PeriodFound = str | None | Literal[False]
from zhibiao.numerals import parse_chinese

# The parts of a year a report names (a half, the first three quarters, a quarter).
_YEAR_PART = r"(?:上半年|下半年|前三个?季度|前两个?季度|第?[一二三四]季度)"
TIME_EXPRESSION = re.compile(
    r"(?=[\d一二三四五六七八九十两今本去上下明过近年全未截前第这“\"])"  # the first characters of all alternatives: a fast skip
    r"(?:(?P<y1>(?:19|20)\d\d)\s*年?\s*[-—~至到]\s*(?P<y2>(?:19|20)\d\d)\s*年"
    r"|(?P<year>(?:19|20)\d\d)\s*年(?:度)?(?P<part>" + _YEAR_PART + r"|"
    r"(?:1|一)\s*[-—~至到]\s*(?P<ym>\d{1,2})\s*月份?|(?P<ymo>\d{1,2})\s*月份|(?P<yend>底|末))?"
    r"|(?P<ry>今年|去年|上年|明年)(?P<rpart>" + _YEAR_PART + r")"
    r"|(?P<part2>" + _YEAR_PART + r")"
    r"|(?:1|一)\s*[-—~至到]\s*(?P<m>\d{1,2})\s*月份?"
    r"|前(?P<nm>\d{1,2})个月"
    r"|截至(?:(?P<cy>(?:19|20)\d\d)年)?(?P<cm>\d{1,2})月(?:底|末)?"
    r"|(?<![\d年-])(?P<me>\d{1,2})月(?:底|末)(?!前)"
    r"|(?<![\d-])(?<!\d年)(?P<mo>\d{1,2})月(?:份|当月)"
    r"|[“\"]?(?P<plan>十一五|十二五|十三五|十四五|十五五)[”\"]?(?P<planpart>期间|时期|以来|末)"
    r"|(?P<rel>今年|本年|去年|上年|明年|过去的?一年|一年来|过去的?五年|这五年|五年来|近五年|今后五年|未来五年|年内|全年)"
    r"|(?<![\d一二三四五六七八九十两第])(?P<ny>[2-9]|[1-9]\d|[两二三四六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十)"
    r"多?年(?:来|以来)"
    r"|(?<![今未过近这前后\d.一二三四六七八九十第])(?P<five>五年|5年)(?=累计|共|间|里|中|内|城镇|新增|新建|完成|实施|建设|投入|"
    r"引进|培育|改造|减少|增加|转移|解决|新开|开工|(?:(?!行动|计划|规划|任务)[^，,。；;、\d年]){2,12}?(?:完成|累计|共)))"
)
# Five-year plans: the first year of each.
PLAN_START = _PLAN_START = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
_RECORD = re.compile(r"(?:以来)?(?:新高|新低|最高|最低|最好|最快)")
_RECORD_AFTER_SINCE = re.compile(r"以来的?(?:最|新高|新低|历史|首次|第一|同期)")
# 是2004年以来高于全省增速最多的一年 (乐山 2023): the best year since, not the years since
_RECORD_YEAR_AFTER = re.compile(r"[^，,。；;]{0,16}?最[^，,。；;]{0,4}的(?:一年|年份)")
# comparison bases (比2022年) and starting points (从2019年); the year of a value reached (增加到1997年的418亿元)
# and 到2027年 opening a clause (the year a target is set for) are periods
# 比上年和2002年增长6.2%和16.9%: a second base listed after the first is a base too
# 继2021年迈过4000亿元台阶后: an earlier milestone, the background of the clause after it
# 扣除2018年恒力、英特尔项目投资基数较大因素影响: a basis the figure is counted on (大连 2020)
_NOT_A_PERIOD_BEFORE = re.compile(r"(?:比|较|较之|(?<!相)继|与|同|相比|(?<!关)于|自|从|由|比上|为|扣除|剔除|"
                                  r"(?:比|较)(?:上年|去年|同期|(?:19|20)\d\d年)[和、及与])$")
# 增速从一季度-8.8%…回升到全年增长3.4% (台州 2021), 由一季度的5.9%…回升到全年的6.5%: a path through the parts of the
# year starts at a part's own value, which 从/由 do not make a comparison base
_PATH_START_PART = re.compile(r"的?\s*-?$")  # (right before the number dated: the values after it are the year's)


def _a_path_starts_in(m: re.Match, text: str) -> bool:
    """Whether the time expression `m` is a part of a year right after 从/由 and right before the number dated. (A
    year's end, 由2004年末的1836户, is the state a change starts from: `starting_year` dates it.)"""
    a_part = (m["part"] and not m["yend"]) or m["part2"] or m["rpart"]
    return bool(a_part and text[m.start() - 1:m.start()] in ("从", "由") and _PATH_START_PART.match(text, m.end()))


# 每年 with words before the number (三年内每年保持300万千瓦) repeats a quantity; 每年3000元 is a rate.
_STRONG_NULL = re.compile(r"(?:原来|原有)[^,，。;；]*$|每年[^\d,，。;；]+$")
# 总投资65亿元的华能海门电厂2台…机组: the size of a project, and what the sentence part then tells of it
_PROJECT_SIZE = re.compile(r"投资(?:约|超过|超|近|达)?\d[\d.]*[万亿]?元(?:以上|左右)?的")
_SIZE_LEAD = re.compile(r"投资(?:额)?(?:约为|约|为|达)?$")
_HEADING_YEAR = re.compile(r"^\W*(?:[一二三四五六七八九十]+、)?\s*((?:19|20)\d\d)(?!\d)"
                           # **一、奋斗2018，夯基筑路** … **二、奋进2019，加速赶超** (铜陵 2019): a year after a word of two
                           # to four characters opening a numbered heading
                           r"|^\W*[一二三四五六七八九十]+、\s*[\u4e00-\u9fff]{2,4}((?:19|20)\d\d)(?=[，,：:\s*]|$)")
_PROJECT_NOUN = re.compile(r"^[^,，。;；、：:]{0,16}?(?:项目|基地|工程|机组|电站|生产线|产业园)")
_CAPACITY_UNITS = ("W", "kg", "Wh", "m3", "VA", "TEU")
CAPACITY_COUNTERS = "头只羽尾剂台套袋株棵"  # counters of animals and products: 700万头生猪项目
_PARTS = {"上半年": (1, 6), "下半年": (7, 12), "一季度": (1, 3), "第一季度": (1, 3), "二季度": (4, 6), "第二季度": (4, 6),
          "三季度": (7, 9), "第三季度": (7, 9), "四季度": (10, 12), "第四季度": (10, 12), "前三季度": (1, 9),
          "前两季度": (1, 6), "前两个季度": (1, 6), "前三个季度": (1, 9)}


def _months(year: int, first: int, last: int) -> str:
    """Months of one year: 2023-01/2023-06, or one month alone: 2023-12 (GUIDE v2)."""
    return f"{year}-{first:02d}" if first == last else f"{year}-{first:02d}/{year}-{last:02d}"


def years_span(first: int, last: int) -> str:
    """Several whole years in the GUIDE's month-span form: 2017-01/2021-12."""
    return f"{first}-01/{last}-12"


def span_years(period: str | None) -> tuple[int, int] | None:
    """(first year, last year) of a period that covers more than one year, else None."""
    if period and len(period) == 15 and period[5:7] == "01" and period[-2:] == "12" and period[:4] < period[8:12]:
        return int(period[:4]), int(period[8:12])
    return None


def _year_for_months(ref: Reference, last_month: int) -> int | None:
    if ref.date is None:
        return None
    if ref.date.month <= last_month and ref.date.month <= 3:
        return ref.date.year - 1
    return ref.date.year


def resolve(m: re.Match, ref: Reference, status: str) -> PeriodFound:
    """Period named by time expression `m`; False when the match is not a period at all."""
    if m["y1"]:
        first, last = int(m["y1"]), int(m["y2"])
        return years_span(first, last) if first < last else False
    if m["year"]:
        y = int(m["year"])
        part = m["part"]
        if part and part in _PARTS:
            return _months(y, *_PARTS[part])
        if m["ym"]:
            return _months(y, 1, int(m["ym"]))
        if m["ymo"]:
            mo = int(m["ymo"])
            return _months(y, mo, mo) if 1 <= mo <= 12 else False
        return str(y)
    if m["plan"]:
        first = _PLAN_START[m["plan"]]
        if m["planpart"] == "末":
            return str(first + 4)
        if m["planpart"] == "以来":
            return False
        return years_span(first, first + 4)
    if m["ry"]:
        if ref.date is None:
            return None
        said = ref.date.year + {"今年": 0, "去年": -1, "上年": -1, "明年": 1}[m["ry"]]
        return _months(said, *_PARTS[m["rpart"]])
    if m["part2"]:
        first, last = _PARTS[m["part2"]]
        # 力保…一季度开复工60%以上 in a plan: a part of the plan year
        yr = ref.plan_year if status == "target" and ref.plan_year else _year_for_months(ref, last)
        return _months(yr, first, last) if yr else None
    if m["m"] or m["nm"]:
        last = int(m["m"] or m["nm"])
        if not 1 <= last <= 12:
            return False
        yr = _year_for_months(ref, last)
        return _months(yr, 1, last) if yr else None
    if m["cm"] or m["me"]:  # 截至11月, 6月末: a point in time — the year
        if m["cy"]:
            return m["cy"]
        last = int(m["cm"] or m["me"])
        if not 1 <= last <= 12:
            return False
        yr = _year_for_months(ref, last)
        return str(yr) if yr else None
    if m["mo"]:  # 6月份, 6月当月: that month
        mo = int(m["mo"])
        if not 1 <= mo <= 12:
            return False
        yr = _year_for_months(ref, mo)
        return _months(yr, mo, mo) if yr else None
    if m["ny"]:  # 建市20年来, 三年来: the years up to the one reviewed
        n = int(parse_chinese(m["ny"]) or 0) if not m["ny"].isdigit() else int(m["ny"])
        return years_span(ref.review_year - n + 1, ref.review_year) if ref.review_year and n > 1 else None
    if m["five"]:  # 五年累计新增城镇就业313万人: the five years the report reviews (or, in a plan, the five ahead)
        if status == "target" and ref.plan_year:
            return years_span(ref.plan_year, ref.plan_year + 4)
        return five_years_reviewed(ref)
    rel = m["rel"]
    if ref.date is None:
        return None
    this = ref.date.year
    if rel == "本年" and ref.kind == "communique" and ref.review_year:
        return str(ref.review_year)  # 本年资金来源 in a statistical communiqué: the year it reports on
    if rel in ("今年", "本年"):
        return str(this)
    if rel in ("年内", "全年"):
        return str(ref.plan_year if status == "target" else ref.review_year)
    if rel in ("去年", "上年"):
        return str(this - 1)
    if rel == "明年":
        return str(this + 1)
    if rel in ("过去一年", "过去的一年", "一年来"):
        return str(ref.review_year)
    if rel in ("今后五年", "未来五年") or (rel == "这五年" and status == "target" and ref.plan_year):
        return years_span(ref.plan_year, ref.plan_year + 4) if ref.plan_year else None
    return five_years_reviewed(ref)


def five_years_reviewed(ref: Reference) -> str | None:
    """The five years a review of five years (过去五年, 本届政府任期的五年) covers: up to the year reviewed, or, in a
    report delivered from April to October (南昌's term report of October 2021), up to the last full year: its
    figures from 29714件增加到90554件 run from 2015 to 2020 (conflicts samples 28-31); a report of November (张掖
    2016-11) estimates the year about to close."""
    if not ref.review_year:
        return None
    end = ref.date.year - 1 if ref.date and 4 <= ref.date.month <= 10 else ref.review_year
    return years_span(end - 4, end)


def may_name_time(text: str) -> bool:
    """False when `text` cannot hold a time expression: each one writes 年, 月, 季 or 五 (十三五). Most stretches
    before a number have none, and this test is far cheaper than a scan."""
    return "年" in text or "月" in text or "季" in text or "五" in text


def last_period_in(text: str, ref: Reference, status: str, carried: bool = False) -> PeriodFound:
    """Period of the last time expression in `text`; False when there is none. With `carried`, `text` is the
    parts of a sentence before a fact's part, and the nearest 近四年来 inside a part is a frame of its own clause
    that lends no period to the parts after it (…，近四年来新上市企业38家；旅游总收入由381.5亿元提高到907.9亿元)."""
    if not may_name_time(text):
        return False
    # each match is judged on its own: judge from the last one back and stop at the first period (in a long
    # stretch of text, most are never judged)
    for m in reversed(list(TIME_EXPRESSION.finditer(text))):
        if carried and m["ny"] and not _opens_part(text, m.start()):
            return False
        p = _period_of(m, text, ref, status)
        if p is not False:
            return p
    return False


_PART_OPENING = re.compile(r"(?:^|[；;。！？!?\n])\s*(?:近|这|过去|最近)?$")


def _opens_part(text: str, pos: int) -> bool:
    return bool(_PART_OPENING.search(text, max(0, pos - 6), pos))


_BASE_BEFORE = re.compile(r"(?:是|为|相当于|达到?|恢复到|恢复至)\s*$")
_MULTIPLE = re.compile(r"\s*[\d.一二三四五六七八九十两]+(?:多)?倍")
_BASE_AFTER = re.compile(r"(?:末|底)?[^，,。；;是]{0,20}?的(?:\s*[\d.一二三四五六七八九十两]+多?倍|\s*[\d.]+\s*[%％]|\s*$)")


def periods_in(text: str, ref: Reference, status: str):
    """Periods named in `text`, in order, skipping comparison bases, horizons and titles."""
    for m in TIME_EXPRESSION.finditer(text):
        p = _period_of(m, text, ref, status)
        if p is not False:
            yield p


def _period_of(m: re.Match, text: str, ref: Reference, status: str) -> PeriodFound:
    """Period named by time expression `m` of `text`; False when it names none here (a comparison base, a horizon,
    a title, a record …). It depends on `m` and the text around it only, not on the other matches."""
    if m["year"] and not m["part"] and text.startswith("以来", m.end()):
        # 自2017年以来累计投入40亿元: from that year to the year reviewed (以来的最好成绩, 以来新高: records)
        if (_RECORD.match(text, m.end() + 2, m.end() + 7) or _RECORD_AFTER_SINCE.match(text, m.end())
                or _RECORD_YEAR_AFTER.match(text, m.end() + 2)):
            return False  # (2008年以来的工作回顾 is the years since)
        if text[m.start() - 1:m.start()] in ("将", "把"):
            return False  # 将1983年以来被征地人员纳入城保体系: the object of a verb, named by when it began
        y, last = int(m["year"]), ref.review_year
        if last:
            return years_span(y, last) if y < last else str(y)
        return False
    if _NOT_A_PERIOD_BEFORE.search(text[max(0, m.start() - 8):m.start()]) and not _a_path_starts_in(m, text):
        return False
    if m["year"] and re.match(r"\s*(?:远景|愿景|规划|前)", text[m.end():m.end() + 3]):
        return False  # 2035年远景目标: a horizon, not the period of a number
    if _inside_brackets(text, m.start()):
        return False  # 《行动方案（2022-2024年）》: part of a title
    if (m["year"] and ref.plan_year and int(m["year"]) > ref.plan_year + 1 and not re.search(
            r"(?:[到至在]|争取|力争|确保|预计|规定[，,]?)$", text[max(0, m.start() - 3):m.start()])
            and not (text[m.end():m.end() + 1] in ("，", ",") and _opens_part(text, m.start()))):
        # 制定2030年碳达峰方案: a far horizon named in passing, unless 到2030年 (计划规定，1985年…) or opening its
        # sentence (2005年，城镇居民人均可支配收入…达到22200元 among the five years' aims, 广州 2001)
        return False
    if (m["mo"] or m["ymo"]) and not m.group(0).endswith("当月") and text[m.end():m.end() + 1] not in ("，", ","):
        return False  # 去年5月份和7月份空气质量考核: a month that only modifies a noun is not the period
    if _RECORD.match(text, m.end(), m.end() + 5):
        return False  # 当月增速创今年新高: a record, not the period of a number
    if m["ny"] and text.startswith(("首次", "第一次", "首度", "最", "罕见", "少有", "未遇", "一遇"), m.end()):
        return False  # 十年来首次超过全国增速, 53年来最强“龙舟水”: a first or a record in N years, not N years of what follows
    if (text[m.end():m.end() + 1] == "的" and not m["part2"] and not m["rpart"] and not m["part"]
            and _MULTIPLE.match(text, m.end() + 1)):
        return False  # 2019年的2倍: a comparison base (增加到1997年的418亿元 is not)
    if _BASE_BEFORE.search(text, max(0, m.start() - 4), m.start()) and _BASE_AFTER.match(text, m.end()):
        return False  # 是2005年22557亿元的2倍, 是2010年末的, 恢复到2019年的93%: a comparison base, for the multiple and what follows
    if m["year"] and re.match(r"(?:的)?(?:不变价|可比价|价格)", text[m.end():m.end() + 4]):
        return False  # 按1980年不变价格计算: the prices a figure is reckoned in, not its period
    if m["year"] and re.match(r"(?:同期)?(?:的)?水平", text[m.end():m.end() + 5]):
        return False  # 主要经济指标总体恢复到2019年水平: a level compared with, not the period of what follows
    if re.match(r"的?基础上", text[m.end():m.end() + 4]):
        return False  # 在2000年基础上翻一番: the base a goal is measured from
    if text[m.start() - 1:m.start()] == "在" and _ON_ITS_BASIS.match(text, m.end()):
        return False  # 全省出口创汇在1989年大幅度增长的基础上，又增长了20.2% (浙江 1991): the year before, a base
    return resolve(m, ref, status)


_COLUMN_HEADER = re.compile(r"(?:19|20)\d\d年(?:比|增长|增减|同比)|[%％]\s*$")


def heading_period(heading: str, ref: Reference, status: str) -> PeriodFound:
    """Period a section heading names: 一、2024年工作回顾, or a bare leading year as in 2023成就和经验.
    The first one counts (一、2019年和今年以来工作回顾 reviews 2019). A column header of a table written as
    lines (1986年比 / 1985年增长％) compares years and opens no section."""
    if _COLUMN_HEADER.search(heading):
        return False
    m = _AHEAD_AND_YEAR.search(heading)
    if m:  # 二、今后五年工作思路和2023年重点任务: the five years' aims name their span; the tasks after are the year's
        return m[1]
    m = _PLAN_AND_VISION.search(heading)
    if m:  # 二、“十四五”主要目标任务和二〇三五年远景目标: the plan's years, not the vision's year
        return years_span(PLAN_START[m[1]], PLAN_START[m[1]] + 4)
    found: PeriodFound = next(periods_in(heading, ref, status), False)
    if found is False:
        m = _HEADING_YEAR.match(heading)
        if m:
            return m[1] or m[2]
        m = _PLAN_HEADING.match(heading)
        if m:  # “十二五”发展主要成就, “十三五”奋斗目标: the plan's years
            return years_span(PLAN_START[m[1]], PLAN_START[m[1]] + 4)
        if _TERM_HEADING.match(heading) and ref.review_year:  # 本届政府工作回顾: the five years of the term
            return five_years_reviewed(ref)
    return found


_AHEAD_AND_YEAR = re.compile(r"(?:今后|未来)五年[^，,。；;\d]{0,12}(?:和|及|与)\s*((?:19|20)\d\d)年[^，,。；;\d]{0,6}"
                             r"(?:工作|任务|建议|安排)")
# (also 一、十五届人大一次会议以来工作回顾: the term since its first session)
_TERM_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、)?(?:本届政府|[一二三四五六七八九十]+届人大一次会议以来)"
                           r"[^，,。；;\d]{0,6}(?:回顾|总结)")
_PLAN_AND_VISION = re.compile(r"[“\"]?(十一五|十二五|十三五|十四五|十五五)[”\"]?[^，,。；;\d]{0,12}?(?:和|及|与)\s*"
                              r"(?:20[3-5]\d|二[〇零○][三四五][〇零○一二三四五六七八九])\s*年远景目标")
# (also after a short lead: **一、团结奋斗，“十二五”发展迈上新台阶**)
_PLAN_HEADING = re.compile(r"^\s*\**\s*(?:[一二三四五六七八九十]+、)?(?:[^，,。：:；;\d*]{1,8}[，,])?[“\"]?(十一五|十二五|十三五|十四五|十五五)[”\"]?"
                           r"[^，,。：:；;\d]{0,12}?\**$")


def _inside_brackets(text: str, pos: int) -> bool:
    left = text[max(0, pos - 40):pos]
    return left.count("（") + left.count("(") > left.count("）") + left.count(")") or left.count("《") > left.count("》")


_ON_ITS_BASIS = re.compile(r"[^，,。；;]{0,12}?的基础上")


# **经济综合实力实现新跨越。**2010年全省生产总值达…: a bold lead-in sentence before the paragraph's own opening
_BOLD_LEAD = re.compile(r"^\s*\*\*[^*\n]{1,80}\*\*")


# (特别需要指出的是，刚刚过去的2002年，…: a remark's lead before the year the paragraph is about. 各位代表！今年… keeps
# its address: a 今年 said to the deputies is as often the year just ended as the year begun)
_OPENER_LEAD = re.compile(r"^(?:各位代表[，,：:！!]\s*(?!今年|明年|去年|本年))?(?:(?:特别|尤其|需要|值得)[^，,。；;\d]{0,8}?的是[，,：:]\s*)?"
                          r"(?:刚刚过去的|即将过去的|特别是|尤其是|回顾|回望|回首)?[ \u3000]?")


_LAST_YEAR_GONE = re.compile(r"(?:各位代表[，,：:！!]\s*)?(?:刚刚|即将)过去的一年")


def opening_period(paragraph: str, ref: Reference, status: str) -> PeriodFound:
    """Period of a time expression that opens a paragraph (2024年,… / 过去一年,…); False if none."""
    p = _opening(paragraph.lstrip(_LEAD_MARKS), ref, status)  # ——这五年，… / **这五年，我们注重…。**
    if p is False and _BOLD_LEAD.match(paragraph):
        p = _opening(_BOLD_LEAD.sub("", paragraph, count=1).lstrip(_LEAD_MARKS), ref, status)  # **就业水平显著提高。**2024年，…
    return p


_LEAD_MARKS = " \u3000\t*—-"


def _opening(opening: str, ref: Reference, status: str) -> PeriodFound:
    if _LAST_YEAR_GONE.match(opening):
        return str(ref.review_year) if ref.review_year else None
    m = TIME_EXPRESSION.match(_OPENER_LEAD.sub("", opening, count=1))
    if not m:
        return False
    return resolve(m, ref, status)


# 由2017年的76微克/立方米; 分别由2000年的61.41亿元和24.15亿元: the year holds for every starting value of a list
_STARTING_YEAR = re.compile(r"(?:由|从)\s*((?:19|20)\d\d)\s*年(?:末|底)?的?\s*(?:[\d.]+[^\d，,。；;和、]{0,4}[、和及])*$")


def written_span_from(before: str, first: int) -> bool:
    """True when `before` writes a span of years starting at `first` (2006年至2011年), whose first year is then
    the year of a starting value, not the year before it."""
    return any(m["y1"] and int(m["y1"]) == first for m in TIME_EXPRESSION.finditer(before))


# 比2000年的1570亿元增长1.2倍, 是2005年22557亿元的2倍: the value compared with is the base year's own
_BASE_VALUE_YEAR = re.compile(r"(?:比|较|是|相当于)\s*((?:19|20)\d\d)\s*年(?:末|底)?的?\s*$")
_COMPARED_AFTER = re.compile(r"的\s*[\d.一二三四五六七八九十两]+多?倍|(?:增长|提高|增加|上升|下降|减少|降低|翻)")


def starting_year(before: str, after: str = "") -> str | None:
    """由2017年的76微克/立方米降至64…: the year right before a starting value is that value's period; so is the year
    of a base value that the sentence compares with (比2000年的1570亿元增长1.2倍)."""
    if "年" not in before:
        return None  # (tested first: both patterns name a year, and most stretches before a number have none)
    m = _STARTING_YEAR.search(before) if "由" in before or "从" in before else None
    if m:
        return m[1]
    m = _BASE_VALUE_YEAR.search(before)
    return m[1] if m and _COMPARED_AFTER.match(after) else None


_STANDING_SET = re.compile(r"^[^，,。；;、：:]{0,8}?(?:产业链|专业镇|产业集群)")
_SET_EVENT = re.compile(r"新增|新培育|新认定|认定|新建|建成|确定|入选|获批|列入|打造|培育")
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?\n]")


def standing_set(before_in_clause: str, after: str) -> bool:
    """A count that names a standing set of chains, towns or clusters (8条市级重点产业链, 2个省级重点专业镇,
    5个百亿级产业集群持续壮大) is a stock with no date, unless its clause says it was made or named then
    (13个优质产业集群列入省重点产业集群名单)."""
    if not _STANDING_SET.match(after):
        return False
    end = _CLAUSE_END.search(after)
    return not _SET_EVENT.search(before_in_clause + (after[:end.start()] if end else after))


_FROM_VALUE = re.compile(r"^(?:、[\d.]+[^\d、，,。；;]{0,4}?)*\s*(?:预计|逐步|逐年|稳步|持续|大幅|进一步|分别)?"
                         r"(?:提高|提升|增加|增长|上升|降低|下降|减少|调整|调增|调减|增|降|升|扩大|缩小|回升|回落|跃升|攀升|收窄)(?:到|至|为)")
_PART_OF_YEAR_BEFORE = re.compile(r"[从由](?:(?:19|20)\d\d年)?" + _YEAR_PART + r"的?\s*-?$")
_FROM_BEFORE = re.compile(r"[从由][^，,。；;从由]{0,12}$")


def from_value(before_in_clause: str, after: str) -> bool:
    """从70%提高至80%, 从每年3000元提高至7000元, 税率从2.5%、2%提高至6%、5.5%: the value it changed from is
    an earlier state with no date of its own (a year written before it is taken by `starting_year`)."""
    if "从" not in before_in_clause and "由" not in before_in_clause:
        return False  # (tested first: _FROM_BEFORE needs one, and most clauses have neither)
    if _PART_OF_YEAR_BEFORE.search(before_in_clause):
        return False  # 由一季度的5.9%回升到全年的6.5%: the path starts at a part's own value (`_a_path_starts_in`)
    return bool(_FROM_VALUE.match(after)) and bool(_FROM_BEFORE.search(before_in_clause))


def strong_null(before: str) -> bool:
    """原来/原有/每年 between the previous quantity (or clause start) and this number."""
    # (tested first: each alternative opens on 原 or 每年, which most stretches lack)
    return ("原" in before or "每年" in before) and bool(_STRONG_NULL.search(before))


def weak_null(before_in_part: str, after: str, unit: str, raw_unit: str, value: float = 0.0) -> bool:
    """A stock, cumulative total or capacity: None unless a time expression says otherwise. A project's total
    investment is one when it describes the project (总投资339亿元的吉化…项目强势推进，整体完成进度超七成: the
    amount and the rest of the sentence part, which tells of that project); the total of the projects of a year
    is not (签约开工投产重大项目217个、总投资1241亿元; 签约项目总投资315亿元，90所…)."""
    if "累计" in before_in_part or "年产" in before_in_part:
        return True
    # (both patterns name the investment: tested first, as most parts have none)
    if "投资" in before_in_part and (_PROJECT_SIZE.search(before_in_part) or (
            after[:1] == "的" and _SIZE_LEAD.search(before_in_part))):
        return True
    capacity_unit = unit in _CAPACITY_UNITS or (unit == "count" and raw_unit[-1:] in CAPACITY_COUNTERS
                                                and (value >= 1e4 or "年产" in before_in_part[-8:]))
    if not capacity_unit:
        return False
    if unit in ("W", "VA") and after[:1] and "\u4e00" <= after[0] <= "\u9fff" and after[:2] not in ("以上", "左右"):
        return True
    return bool(_PROJECT_NOUN.match(after))


def opening_months(text: str, ref: Reference) -> str | None:
    """A text dated April–November that opens on a part of its own year (7月26日晚，深圳发布2022年上半年经济成绩单)
    reports that part: it is the period of its actual facts that name none. None otherwise."""
    if ref.date is None or not 4 <= ref.date.month <= 11:
        return None
    head = text[:300]
    for m in TIME_EXPRESSION.finditer(head):
        p = resolve(m, ref, "actual")
        if p is False or p is None:
            continue
        if len(p) == 15 and p[:4] == p[8:12] == str(ref.date.year) and int(p[13:15]) < ref.date.month:
            return p
        return None
    return None


def default_period(ref: Reference, status: str) -> str | None:
    """The plan year for targets, the review year otherwise; a five-year plan's own five years for its targets
    and the five years before them for what it reviews."""
    if ref.plan_span:
        first, last = ref.plan_span
        return years_span(first, last) if status == "target" else years_span(first - 5, first - 1)
    year = ref.plan_year if status == "target" else ref.review_year
    return str(year) if year else None
