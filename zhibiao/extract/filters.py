"""Numbers that look like quantities but are not facts (GUIDE, "Which numbers are facts").

Dates, clock times, durations (2024年, 12月12日, 连续3年) never reach this module: 年/月/日 are not units,
so the grammar does not match them. What the grammar does match and this module removes:

- ordinals and ranks: 第3位, 第六届, 居全省前3位, 前10名;
- names and labels: numbers inside quotation marks or title brackets (惠企“62条”, 《洒下一米阳光》),
  magnitude labels followed by 级 (百亿级, 千万千瓦级, 10万吨级);
- idioms and small Chinese-numeral counts: 一个个, 一座座, 一张蓝图, 两位数, 三项重点任务, 工业十条,
  五张芯片 — a Chinese numeral counting things is kept only from 100 up (一千二百台), or when the size of
  each thing follows it (两台100万千瓦发电机组);
- bare Chinese magnitudes without a qualifier: 千家万户, 万盏花灯, 百万亩 are idioms or names, while
  万余场次, 突破千万千瓦, 过百亿 (a qualifier makes them an amount) stay;
- codes: a number glued to Latin letters (CO2, PM2.5, H1);
- places in a ranking (排名由上年的32位提升到21位) and illustrations (比如…挖100吨煤炭，价格上涨20%);
- the article count of a named policy (出台“六保”23条) and tenths that open a phrase (三成说清现状);
- durations counted with 个: 19个月, 3个小时 (60个小区 counts);
- counts that are not whole numbers, unless an average per head (万人发明专利量23.8件);
- compound rates (元/吨, 元/平方米) whose unit the registry does not name;
- a unit character that here starts another word (项目, 期间, 场馆, 部门, 人民).
"""
from __future__ import annotations

import re
from functools import lru_cache

from zhibiao.extract.grammar import Quantity

_OPEN_QUOTES = "“《「『\""
_CLOSE_QUOTES = "”》」』\""
_ANY_OPEN = re.compile("[" + re.escape(_OPEN_QUOTES) + "]")
_ORDINAL_LIST = re.compile(r"第[\d一二三四五六七八九十]+(?:[、和及][\d一二三四五六七八九十]+)*[、和及]$")
_RANK_BEFORE = re.compile(r"(?:第|前|排名|位居|位列|名列|居)$")
_ACRONYM_OK = re.compile(r"(?:GDP|CPI|PPI)$")
# A unit character followed by one of these is the start of another word, not a unit.
_NOT_A_UNIT_BEFORE = {
    "个": "月季星",  # 个小时 is a duration (below), 60个小区 a count
    "项": "目",
    "期": "间刊",
    "场": "馆所景地站",
    "部": "门署委",
    "口": "岸径号",
    "条": "例款",
    "人": "民大",
    "名": "单录称片牌义",
    "位": "于置次",
    "头": "部",
    "片": "区",
    "所": "在有以得属谓",
    "家": "庭园乡长",
    "台": "阶湾",
    "本": "地市级次",
    "成": "就立为效功果本员交长熟都型片绩",
    "起": "步来草诉点飞航始源床身跑",
    "群": "众体岛落团防聊里",  # 10万群蜂 counts colonies; 群众, 群体 are other words
}
# 排名由上年的32位提升到21位: places in a ranking, not people.
# 上升至全国30个民族自治州第6位, 在19个副省级城市中排第3位: how many places are ranked, not a count of the region's
_RANKED_AMONG = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:城市|市|县|州|区|省|省份|国家|地区|机场|港口|园区|片区)(?:中|之中)?(?:的排名)?"
                           r"(?:排名|排在|排|位居|位列|居|列)?(?:倒数|倒排)?第[\d一二三四五六七八九十]+(?:位|名)")
_RANKING = re.compile(r"排名|排位|位次|名次|位列|位居|排在|排第|排行|跃升至|跃居")
# 比上年提升2位, 分别前移21位、18位, 退出全国重点城市后30位, 由119位上升到102位: moves in a ranking
# (新晋5位院士, 院士增至123位 count people).
_RANK_MOVE_BEFORE = re.compile(r"(?:提升|上升|前移|前进|后移|后退|下降|下滑|下移|跃升|攀升|(?<![引推促先增])进|升|退出[^，。；]{0,20}后)"
                               r"(?:了|[到至](?:\d{4}年的?)?)?(?:分别)?(?:\d+(?:\.\d+)?位[、和及])*$")
_RANK_MOVE_AFTER = re.compile(r"(?:提升|上升|前移|前进|跃升|攀升|下降|下滑|后退)(?:到|至)")
# 比如去年和今年一个城市同样挖100吨煤炭，价格上涨20%: an illustration, not a fact of the place.
# A quoted name made of a number (“六保”, “十大行动”) before 23条 names a policy; “断头路”6条 counts roads.
_NUMBERED_NAME = re.compile(r"[“「『\"《][^”」』\"》]*[一二三四五六七八九十百千\d][^”」』\"》]*$")
# 个 before these is a duration; 30个工作专班 counts working groups.
_DURATION_AFTER_GE = re.compile(r"月|小时|工作日|工作天|工日|季度|星期|周[^边]")
# 万人发明专利量23.8件, 每千人口床位6.5张: an average per head may be a fraction of a count.
_PER_HEAD = re.compile(r"万人|千人|百人|每[万千百]?[人户]|人均|户均|村均|平均")
_HYPOTHETICAL = re.compile(r"比如|譬如|假如|假设|假定|打个比方|举个例子")
_COUNTING_UNITS = ("count", "person", "person_time", "TEU")
# 两台100万千瓦发电机组, 两座500千伏变电站: machines and works each of a size written next (二批、三批290万千瓦 are not)
_MACHINE_COUNTERS = ("台", "套", "座", "艘", "条", "个", "部")


def _inside_quotes(text: str, start: int, end: int, reach: int = 14) -> bool:
    """True when [start, end) sits inside a short quoted or bracketed name: “62条”, 《…一米阳光》."""
    if not _ANY_OPEN.search(text, max(0, start - reach), start):
        return False  # most numbers have no quotation mark before them
    left = text[max(0, start - reach):start]
    right = text[end:end + reach]
    for o, c in zip(_OPEN_QUOTES, _CLOSE_QUOTES):
        i = left.rfind(o)
        if i < 0 or (o != c and c in left[i + 1:]) or (o == c and left.count(o) % 2 == 0):
            continue
        if c in right:
            return True
    return False


_SENTENCE_END = re.compile(r"[。！？!?\n]")


@lru_cache(maxsize=8)  # once per text: each of its candidates asks, and a str keeps its hash, so asking again is cheap
def _has_examples(text: str) -> bool:
    """Whether `text` holds a word that opens an illustration (比如…) anywhere; most texts have none."""
    return _HYPOTHETICAL.search(text) is not None


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - 80)
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, pos):
        start = m.end()
    return start


def reject_reason(q: Quantity, text: str) -> str | None:
    """Why candidate `q` is not a fact, or None when it is one. `text` is the normalised text."""
    # (the fields read by most tests are locals: this runs for every candidate)
    start, unit, raw_unit, unit_end = q.start, q.unit, q.raw_unit, q.unit_end
    before = text[max(0, start - 4):start]
    after_unit = text[unit_end:unit_end + 1]
    # (the plain tests first, here and below: most candidates are no person and have no 第 before them)
    ordinal = before.endswith("第")
    if (unit == "person" or ordinal) and _RANK_BEFORE.search(before):
        return "rank or ordinal"
    if ordinal:
        return "ordinal"
    lo = max(0, start - 16)
    if text.find("第", lo, start) >= 0 and _ORDINAL_LIST.search(text, lo, start):
        return "ordinal in a list (分别居全省第4、6、5位)"
    if raw_unit in ("位", "名") and _RANKING.search(text[lo:start]):
        return "place in a ranking"
    if raw_unit == "位" and (_RANK_MOVE_BEFORE.search(text, max(0, start - 24), start)
                            or _RANK_MOVE_AFTER.match(text, unit_end)):
        return "a move in a ranking"
    if _has_examples(text) and _HYPOTHETICAL.search(text, max(0, start - 80), start) and _HYPOTHETICAL.search(
            text, _sentence_start(text, start), start):
        return "hypothetical example"
    if q.num_start > 0 and text[q.num_start - 1].isascii() and text[q.num_start - 1].isalpha():
        if not _ACRONYM_OK.search(text[max(0, q.num_start - 3):q.num_start]):
            return "code glued to letters"
    if unit in ("USD", "HKD", "EUR", "CNY") and q.raw_value == 1 and text[q.end:q.end + 1] == "兑":
        return "the base of an exchange rate (1美元兑6.7518元人民币)"
    if unit == "times" and q.value == 0:
        return "零倍 is part of a word (破零倍增), not a multiple"
    if raw_unit == "成" and q.raw_value > 10:
        return "成 counts tenths: at most 十成"
    if unit == "count":
        reason = _count_reason(q, text)
        if reason:
            return reason
    if after_unit == "级":
        return "magnitude label (…级)"
    if after_unit == "口" and text.startswith("口径", unit_end):
        return "a size named before 口径: a threshold (2000万元口径规模以上工业增加值) or an aperture"
    unit_last = raw_unit[-1:]
    if raw_unit == "个" and _DURATION_AFTER_GE.match(text, unit_end):
        return "a duration (19个月, 2个工作日)"
    if after_unit and after_unit in _NOT_A_UNIT_BEFORE.get(unit_last, "") and (
            len(raw_unit) == 1 or unit_last == "群" or raw_unit[-2:] == "亿台"):
        # 10万群众 as much as 300群众; 迈上千亿台阶 climbs a step (a bare 1000亿 is no fact either)
        return f"{unit_last}{after_unit} is a word, not a unit"
    if raw_unit.isascii() and after_unit.isascii() and after_unit.isalnum():
        return "Latin unit glued to more letters"
    if after_unit == "/" and text[unit_end + 1:unit_end + 2] not in ("", " "):
        # 元/吨, 间/万人, 立方米/日, 3700万吨/年: a compound rate is not one of its parts (GUIDE v2)
        return "compound rate unit"
    if _inside_quotes(text, start, q.end):
        return "part of a quoted name"
    if unit == "count" and raw_unit == "条" and start > 0 and text[start - 1] in "”』」\"》" \
            and _NUMBERED_NAME.search(text[max(0, start - 10):start - 1]):
        return "number of articles of a named policy (“六保”23条)"
    if raw_unit == "成" and q.qualifier == "exact" and after_unit and "\u4e00" <= after_unit <= "\u9fff" \
            and after_unit not in "以左多的上":
        return "成 opens a phrase here (三成说清现状、六成表述问题)"
    if q.chinese and q.kind == "plain" and not _counts_sized_things(q, text) and not _counts_its_noun(q, text):
        reason = _chinese_numeral_reason(q)
        if reason:
            return reason
    return None


# The most characters a match of _RANKED_AMONG runs before its 第 (tests/test_extract_shortcuts.py derives it)
RANKED_AMONG_REACH = 21


def _count_reason(q: Quantity, text: str) -> str | None:
    """Why a count is not a fact: a fraction, the size of a ranking, or the report's own indicators counted."""
    if abs(q.value - round(q.value)) > 1e-9 and not _PER_HEAD.search(text, max(0, q.start - 12), q.start):
        return "a count that is not a whole number"
    # (every match ranks with 第, which most counts have not within its reach)
    if text.find("第", q.unit_end, q.unit_end + RANKED_AMONG_REACH + 1) >= 0 and _RANKED_AMONG.match(text, q.unit_end):
        return "the size of a ranking (全国30个民族自治州第6位)"
    if text[q.end:q.end + 4].lstrip("主要重点").startswith("指标"):
        return "a count of the report's own indicators (7项指标居全省前3位)"
    return None


def _counts_sized_things(q: Quantity, text: str) -> bool:
    """两台100万千瓦发电机组: a few machines or works, each of a size written next, are counted like 2台."""
    return (q.unit == "count" and q.value >= 2 and q.raw_unit in _MACHINE_COUNTERS
            and text[q.unit_end:q.unit_end + 1].isdigit())


_CLAUSE_END = "，,。；;"
_NOUN_BEFORE_COUNT = re.compile(r"[\u4e00-\u9fff]{2}$")
_NOT_A_NOUN_END = re.compile(r"(?:抓好|做到|实现|坚持|落实|围绕|聚焦|突出|强化|推进|开展|完成|建成|建设|打造|形成|办好|用好|"
                             r"守住|把握|这|那|每|各|其|前|后|近|之|数|几|若干|一)$")


def _counts_its_noun(q: Quantity, text: str) -> bool:
    """建成精品线路两条，: a small Chinese-numeral count written after its noun and closing the clause counts that
    noun like 2条 would. Before a noun (三项重点任务, 抓好八方面工作, 社区、市民三个层面) it stays out, and so do
    phases (污水处理厂二期) and vague counts (数十家)."""
    if q.unit not in _COUNTING_UNITS or not 2 <= q.value < 100 or q.start != q.num_start or q.raw_unit in ("期", "位"):
        return False
    if text[q.end:q.end + 1] not in _CLAUSE_END or q.end >= len(text):
        return False
    head = text[max(0, q.start - 6):q.start]
    return bool(_NOUN_BEFORE_COUNT.search(head)) and not _NOT_A_NOUN_END.search(head)


def _chinese_numeral_reason(q: Quantity) -> str | None:
    has_qualifier = q.qualifier != "exact"
    if q.bare_magnitude:
        return None if has_qualifier else "bare magnitude without a qualifier (idiom or name)"
    if q.unit in _COUNTING_UNITS and q.value < 100:
        return "small count in Chinese numerals (idiom, name or list label)"
    if q.raw_value < 10 and q.raw_unit not in ("成", "倍") and q.raw_unit[:1] not in "万亿千百":
        return "small Chinese numeral"
    return None
