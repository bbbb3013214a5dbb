"""The quantity grammar: one compiled regex finds every number-with-unit candidate in a text.

A candidate is  [lead qualifier] number [余|多] [magnitude] [余|多] unit [trailing qualifier], e.g.
超100亿元, 160余万人次, 万余场次, 1.13万公顷, 两千万元, 6亿元以上, 0.5个百分点 (qualifier words: LEAD_QUALIFIERS,
SECONDARY_LEADS, TRAIL_QUALIFIERS; 大于/多于 are at_least and 小于 at_most like 不低于 and 少于; 迈上/站上/跨过 a threshold,
集群规模迈上4000亿元台阶, is at_least like 突破). Separate small regexes
find 翻一番/翻两番 and fractions (五分之一, 百分之八). Around a candidate the grammar also reads:

- products: 2×350MW → one quantity of 2 × 350 MW (the factor joins the text);
- ranges: 2-3个, 5%—8%, 10%-20% → ONE quantity whose value is the LOWER bound, qualifier at_least,
  and whose text spans the whole range (a range promises at least its lower end);
- lists sharing a unit: 分别增长5.2、6.1和7.3个百分点 → bare numbers before the last one take its unit
  and magnitude, each its own quantity.

The scan runs over a copy of the text in which full-width digits, ％ and ． are mapped to ASCII one
character for one, so offsets are the same in the copy and in the original.
"""
from __future__ import annotations

import re
import numpy as np

from zhibiao.numerals import CN_CHARS, parse_chinese, parse_number
from zhibiao.units import MAGNITUDES, base_surfaces, lookup

# One character for one, so that offsets in the normalised copy are offsets in the original.
NORMALISE = str.maketrans("０１２３４５６７８９．％～—–－兩萬億", "0123456789.%~———两万亿")
_CHANGED = tuple((chr(k), chr(v)) for k, v in NORMALISE.items() if k != v)  # (— stays —)


# Footnote markers ([2], [^3], ②) are never part of a number or an indicator (GUIDE v2): 国内生产总值[2]397983亿元
# reads as 国内生产总值 397983亿元. They become spaces, one for one, so offsets do not move.
_BRACKET_NOTE = re.compile(r"\[\^?\d{1,3}\]")
_CIRCLED = re.compile(r"[\u2460-\u2473\u2776-\u277f]")  # (no circled number is a \d: the two never overlap)
# Old texts group thousands with a full-width comma (粮食总产量38，728万吨, 27，203，319，000元): one for one it becomes
# an ASCII comma when groups of three digits follow and a unit, a decimal point or a magnitude ends the number.
_AFTER_THOUSANDS = "[.万亿千百元吨个人公平立台件辆头只户所项家亩米%多余]"  # (4，900多万吨)
_CN_THOUSANDS = re.compile(rf"(?<![\d.，,])\d{{1,3}}(?:，\d{{3}})+(?={_AFTER_THOUSANDS})")
# The last group of every such number, opening on a literal: re skips to it 20x faster than it tries _CN_THOUSANDS
# (which opens on a lookbehind) at every position, and most texts have none.
_CN_LAST_GROUP = re.compile(rf"，\d{{3}}(?={_AFTER_THOUSANDS})")


# …收入34 065元, 农村居民人均纯收入15 245元: a thin space grouping thousands (a typesetter's) is one too
_SPACED_THOUSANDS = re.compile(rf"(?<![\d.,，])\d{{1,3}}(?: \d{{3}})+(?={_AFTER_THOUSANDS})")
_SPACED_LAST_GROUP = re.compile(rf" \d{{3}}(?={_AFTER_THOUSANDS})")


def normalise(text: str) -> str:
    """`text.translate(NORMALISE)`, 30x faster on Chinese text: str.translate looks up every character of a
    non-ASCII string in the table, while `in` and str.replace find each of these few characters at memory speed
    (a regex class of them is tested at every character). Footnote markers become spaces of the same length."""
    for old, new in _CHANGED:
        if old in text:
            text = text.replace(old, new)
    if "[" in text:
        text = _BRACKET_NOTE.sub(lambda m: " " * len(m.group()), text)
    if _has_circled(text):
        text = _CIRCLED.sub(" ", text)
    if _CN_LAST_GROUP.search(text):
        text = _group_thousands(text)
    if _SPACED_LAST_GROUP.search(text):
        text = _SPACED_THOUSANDS.sub(lambda m: m.group().replace(" ", ","), text)
    if _may_write_a_chinese_year(text):
        text = _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGITS), text)
    if "%" in text or "元" in text:  # (a pattern that opens on a literal is searched fast; the digit before is checked after)
        text = _FULL_STOP_AS_POINT.sub(lambda m: "." if text[m.start() - 1:m.start()].isdigit() else "。", text)
    if _SPLIT_SECOND.search(text):
        text = _SPLIT_VERB.sub(lambda m: m[1] + m[2] + " ", text)
    if ". " in text:
        text = _SPLIT_DECIMAL.sub(lambda m: m[1] + " ", text)
    if _SPACED_LAST_DIGITS.search(text):
        text = _SPACED_DIGITS.sub(lambda m: " " * m.group().count(" ") + m.group().replace(" ", ""), text)
    return text


# Damage of the source, repaired at the same length (every offset holds): 分别增长15。8%和18% (合肥 2009) has a full
# stop for the decimal point; 分别增 长10%以上 (天津 2004) a verb of change split by a space, moved after it
_FULL_STOP_AS_POINT = re.compile(r"。(?=\d+%|\d{1,2}[万亿]元)")  # (also 地方财政收入241。7亿元, 山东 1997)
# 增长11. 9%, 地方财政收入达到58. 38亿元: the digits close up, the space goes after them
_SPLIT_DECIMAL = re.compile(r"(?<=\d\.) (\d+)(?=[%％]|[万亿]?元)")
_SPLIT_VERB = re.compile(r"(增|下|提|上|降) (长|降|高|升|涨|低)")
# tested first, as most texts have none: it opens on a literal space, which re skips to 15x faster than six `in`
# tests find their pairs
_SPLIT_SECOND = re.compile(" [长降高升涨低]")
# 全社会固定资产投资规模6 5 0亿元, 农民人均纯收入1 6 5 4元 (甘肃 2003): digits spaced out one or two at a time (never
# three: 34 065元 groups thousands) close up, the spaces going before the number
_SPACED_DIGITS = re.compile(r"(?<![\d.,])\d(?: \d{1,2})+(?=[万亿]?元)")
# The end of every such number, opening on a literal space: re skips to it 80x faster than it tries _SPACED_DIGITS
# (which opens on a look-behind) at every position, and most texts have none.
_SPACED_LAST_DIGITS = re.compile(r" \d{1,2}[万亿]?元")


# 一九八五年 and 二〇二〇年 are the years 1985年 and 2020年 (same length, so every offset holds): time expressions,
# comparison bases and targets (到一九八五年) read them as they read Arabic years
_CN_YEAR = re.compile(r"(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}(?=年)")
_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def _may_write_a_chinese_year(text: str) -> bool:
    """Whether `text` may hold a match of `_CN_YEAR`: its second character is 九 or a zero (二○一二年: ○ is one too)
    and 年 follows two characters after it. str.find skips to each of them at memory speed, where re tries the
    pattern at every 一 and 二 of the text (46 of 401 corpus texts pass; 0.046 to 0.010 s over all 401)."""
    for second in "九〇零○":
        pos = text.find(second)
        while pos >= 0:
            if text.startswith("年", pos + 3):
                return True
            pos = text.find(second, pos + 1)
    return False


def _has_circled(text: str) -> bool:
    """`_CIRCLED.search(text)`, 50x faster: re tests a class of ranges at every character, numpy compares all the code
    points at once."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return bool((((codes >= 0x2460) & (codes <= 0x2473)) | ((codes >= 0x2776) & (codes <= 0x277F))).any())


def _group_thousands(text: str) -> str:
    """`_CN_THOUSANDS.sub` (full-width thousands commas to ASCII) over the lines that hold the last group of such a
    number: the pattern opens on a look-behind, so re tries it at every character, and no match crosses a line."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _CN_LAST_GROUP.search(line):
            lines[i] = _CN_THOUSANDS.sub(lambda m: m.group().replace("，", ","), line)
    return "\n".join(lines)

LEAD_QUALIFIERS = {
    "约": "approx", "大约": "approx", "近": "approx", "将近": "approx", "接近": "approx", "约为": "approx",
    "超": "at_least", "超过": "at_least", "突破": "at_least", "首破": "at_least", "首超": "at_least", "超过了": "at_least", "突破了": "at_least", "逾": "at_least", "不低于": "at_least",
    "不少于": "at_least", "达到或超过": "at_least", "过": "at_least",
    "不足": "at_most", "不到": "at_most", "不超过": "at_most", "不高于": "at_most", "低于": "at_most",
    "少于": "at_most", "最高为": "at_most", "最高达": "at_most", "最多": "at_most", "最低为": "at_least",
}
# Two-character lead words whose first character is too common (大, 多, 小, 站 …) to join the scan's lookahead:
# read before a quantity found without a lead, at no cost to the scan.
SECONDARY_LEADS = {"大于": "at_least", "多于": "at_least", "小于": "at_most", "迈上": "at_least", "跨上": "at_least",
                   "站上": "at_least", "迈过": "at_least", "跨过": "at_least", "跃上": "at_least", "登上": "at_least"}
TRAIL_QUALIFIERS = {"以上": "at_least", "有余": "at_least", "以下": "at_most", "以内": "at_most",
                    "左右": "approx", "上下": "approx"}
MID_QUALIFIERS = {"余": "at_least", "多": "at_least"}

_AR = r"(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+)(?:\.\d+)?"
_CN = f"[{CN_CHARS}]+"
_MAG = "|".join(sorted(MAGNITUDES, key=len, reverse=True))


def _alternation(words) -> str:
    """The words as alternatives, longest first, grouped by their first character (超(?:过了|过|)…): re checks the
    first character of each alternative in turn, so a flat list of the ~170 units cost as many checks wherever it was
    tried. Only the words that open on the character at hand can match there, and they keep their order, so the
    matches are the same."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(re.escape(first) + "(?:" + "|".join(re.escape(rest) for rest in rests) + ")"
                    for first, rests in groups.items())


# The leading lookahead names every character a quantity can start with, so the scan skips the rest
# of the text fast (3-4x faster than trying the whole pattern at every position).
_FIRST_CHARS = "".join(sorted({w[0] for w in LEAD_QUALIFIERS} | set(CN_CHARS)))
# Before the unit, a class of its first characters fails at once where re would try the ~170 units one by one (at
# every length of the number it backtracks through: 2024年 is tried as 2024, 202, 20 and 2).
_UNIT_FIRST_CHARS = "".join(sorted({w[0] for w in base_surfaces()}))
QUANTITY = re.compile(
    rf"(?=[\d{re.escape(_FIRST_CHARS)}])"
    rf"(?P<lead>{_alternation(LEAD_QUALIFIERS)})?"
    rf"(?<![\d.])(?P<num>{_AR}|{_CN})"
    r"(?:(?<=\d)[ \u00a0](?=[万亿千百余多%]|[^\x00-\x7f\s]))?"  # 484.74 亿元, 增长31 %: one space after digits
    r"(?P<mid>余|多)?"
    rf"(?P<mag>{_MAG})?"
    r"(?P<mid2>余|多)?"
    rf"(?=[{re.escape(_UNIT_FIRST_CHARS)}])(?P<unit>{_alternation(base_surfaces())})"
    rf"(?P<trail>{_alternation(TRAIL_QUALIFIERS)})?"
)
DOUBLING = re.compile(r"翻(?P<n>一|两|二|三|四)番|翻番")
# 社会消费品零售总额与上年持平: no change on the year before, a growth of 0 (基本持平: about 0). Only against a
# period before: 与全国持平 is a comparison of places, 增幅与上年持平 a rate unchanged (filtered by measure).
# A price level flat (居民消费价格总水平基本持平, 福建 2002's target; 居民消费价格持平, 广州 2003's) is prices
# unchanged: a rise of 0 (持平或略有上升 is a range: no value).
FLAT = re.compile(r"(?:(?<=[与比较][上去]年)|(?<=同比)|(?<=[与比较][上去]年同期)|(?<=价格总水平)|(?<=价格水平)|(?<=物价总水平)"
                  r"|(?<=物价水平)|(?<=消费价格)|(?<=零售价格)|(?<=物价))(?:基本)?持平")
_RATE_BEFORE_FLAT = re.compile(r"(?:比重|占比|增幅|增速|涨幅|速度|率|(?<!价格)(?<!价格总)(?<!物价)(?<!物价总)水平|差距|幅度)"
                               r"(?:基本)?(?:[与比较][上去]年(?:同期)?|同比)$")
_GROWTH_THEN_FLAT = re.compile(r"[\d.]\s*[%％]\s*[，,]\s*(?:与|比|较)[上去]年(?:同期)?$")
FRACTION = re.compile(rf"(?=[{re.escape(_FIRST_CHARS)}])(?P<lead>{_alternation(LEAD_QUALIFIERS)})?(?P<den>[{CN_CHARS}]+)分之(?P<num>[{CN_CHARS}]+(?:点[零〇一二三四五六七八九]+)?|{_AR})"
                      rf"(?P<upto>(?:至|到|—|~)(?:(?P=den)分之)?(?:[{CN_CHARS}]+|{_AR}))?(?P<trail>{_alternation(TRAIL_QUALIFIERS)})?")
# 居民消费价格指数为104, 居民消费价格指数控制在103以内 (甘肃 2002, 宁夏 2007): a price index written without %, on the
# year before as 100
BARE_PRICE_INDEX = re.compile(r"价格总?指数(?:为|是|达到|达|控制在|上升到|上涨到|在)?(?P<num>\d{2,3}(?:\.\d{1,2})?)"
                              r"(?![\d.%％‰])(?P<trail>以内|以下|左右)?")
# 居民消费和商品零售价格指数分别为98和97 (甘肃 2000): two such indices in one list
BARE_PRICE_INDICES = re.compile(r"价格总?指数分别(?:为|是|达到|在)?(?P<num>\d{2,3}(?:\.\d{1,2})?)(?:和|、)"
                                r"(?P<num2>\d{2,3}(?:\.\d{1,2})?)(?![\d.%％‰])")
_PRODUCT_BEFORE = re.compile(r"(\d+)\s*[×xX*]\s*$")
_RANGE_BEFORE = re.compile(rf"({_AR})(%?)\s*[-~—至到]\s*$")
_LIST_ITEM_BEFORE = re.compile(rf"(?<![\d.A-Za-z第])({_AR})(?:、|和|及|与)$")


_QUANTITY_FIELDS = ("start", "end", "raw_value", "raw_unit", "value", "unit", "unit_code", "qualifier", "chinese",
                    "bare_magnitude", "num_start", "unit_end", "kind")


class Quantity:
    """A number with its unit as found in the text, before any judgement about meaning.

    (Written out rather than a dataclass: compiled, a dataclass keeps the `__init__` the dataclasses module generates
    as Python, which the interpreter runs for every candidate; this one is compiled with the rest.)"""

    __slots__ = _QUANTITY_FIELDS

    def __init__(self, start: int, end: int, raw_value: float, raw_unit: str, value: float, unit: str, unit_code: str,
                 qualifier: str, chinese: bool, bare_magnitude: bool, num_start: int, unit_end: int,
                 kind: str = "plain") -> None:
        self.start = start
        self.end = end
        self.raw_value = raw_value  # number as written, before the magnitude and unit factor (692.5 of 692.5亿元)
        self.raw_unit = raw_unit  # magnitude + unit as written (亿元)
        self.value = value  # in the canonical unit, unsigned
        self.unit = unit  # canonical unit code
        self.unit_code = unit_code  # registry row code
        self.qualifier = qualifier
        self.chinese = chinese  # the number is written in Chinese numerals
        self.bare_magnitude = bare_magnitude  # the number is only magnitude words (万, 千万, 百亿)
        self.num_start = num_start  # where the number itself starts (after a lead qualifier)
        self.unit_end = unit_end  # where the unit ends (before a trailing qualifier)
        self.kind = kind  # plain | range | product | list | doubling | fraction | flat

    def _fields(self) -> tuple:
        return (self.start, self.end, self.raw_value, self.raw_unit, self.value, self.unit, self.unit_code,
                self.qualifier, self.chinese, self.bare_magnitude, self.num_start, self.unit_end, self.kind)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Quantity):
            return NotImplemented
        return self._fields() == other._fields()

    def __repr__(self) -> str:
        return "Quantity(" + ", ".join(f"{n}={v!r}" for n, v in zip(_QUANTITY_FIELDS, self._fields())) + ")"


def _split_chinese_magnitude(num: str, unit: str) -> tuple[str, str, str]:
    """两千万元 is 两千 + 万 + 元, and 千万千瓦 is 千万 + 千瓦: give back the magnitude a greedy
    Chinese numeral swallowed, so the number and unit read as they would in Arabic digits."""
    mag = ""
    if len(num) > 1 and num[-1] in "千百十" and lookup(num[-1] + unit) is not None:
        num, unit = num[:-1], num[-1] + unit
    if len(num) > 1 and num[-1] in "万亿":
        num, mag = num[:-1], num[-1]
        if len(num) > 1 and num[-1] == "万" and mag == "亿":  # 万亿
            num, mag = num[:-1], "万亿"
    return num, mag, unit


# A lead qualifier that is really the end of a word: 签约亿元以上项目, 就近就业, 通过3家.
_LEAD_IN_A_WORD = {"约": "签节制合预公条集履特违", "近": "最附就邻靠亲贴临走", "过": "通经不度越错路超",
                   "超": "赶高"}


def _qualifier(lead: str | None, mid: str | None, trail: str | None) -> str:
    if lead:
        return LEAD_QUALIFIERS[lead]
    if mid:
        return MID_QUALIFIERS[mid]
    if trail:
        return TRAIL_QUALIFIERS[trail]
    return "exact"


def _from_match(m: re.Match) -> Quantity | None:
    lead, written, mid, mag, mid2, unit, trail = m.groups()  # (QUANTITY's groups in their order, read in one call)
    num, mag = written, mag or ""
    chinese = not num[0].isdigit()
    if chinese and not mag:
        num, mag, unit = _split_chinese_magnitude(num, unit)
    if chinese and mag == "万" and "亿" in num and parse_chinese(num + mag):
        num, mag = num + mag, ""  # 四亿零七百多万吨: 4亿 and 700万 tons (the 万 counts the 七百, not the whole number)
    row = lookup(unit)
    # (a number in digits, as _AR writes it, is a float once its thousands commas are out: parse_number's stripping,
    # translation and full match would find the same)
    value = parse_number(num) if chinese else float(num.replace(",", ""))
    if row is None or value is None:
        return None
    if row.needs_magnitude and not mag:
        return None
    factor = MAGNITUDES.get(mag, 1.0) if mag else 1.0
    raw_unit = mag + unit
    bare = chinese and all(ch in "十百千万亿" for ch in written)
    text = m.string
    if lead and m.start("lead") > 0 and text[m.start("lead") - 1] in _LEAD_IN_A_WORD.get(lead[0], ""):
        lead = None
    num_start = m.start("num")
    start = m.start("lead") if lead else num_start
    qualifier = _qualifier(lead, mid or mid2, trail)
    if not lead and text[start - 2:start] in SECONDARY_LEADS:
        start -= 2
        qualifier = SECONDARY_LEADS[text[start:start + 2]]
    return Quantity(
        start=start,
        end=m.end(),
        raw_value=value,
        raw_unit=raw_unit,
        value=value * factor * row.factor,
        unit=row.unit,
        unit_code=(lookup(raw_unit) or row).code if mag else row.code,  # (without a magnitude raw_unit is unit)
        qualifier=qualifier,
        chinese=chinese,
        bare_magnitude=bare,
        num_start=num_start,
        unit_end=m.end("unit"),
    )


def _extend_backwards(q: Quantity, norm: str) -> list[Quantity]:
    """Products, ranges and lists written just before a quantity (see the module docstring)."""
    last = norm[q.num_start - 1] if q.num_start else ""
    if last.isspace():  # (rarely: the character before a number is most often no space)
        last = norm[max(0, q.num_start - 40):q.num_start].rstrip()[-1:]
    if q.start == q.num_start and last and last in "×xX*-~—至到%":
        head = norm[max(0, q.num_start - 40):q.num_start]
        m = _PRODUCT_BEFORE.search(head) if last in "×xX*" else None
        if m:
            n = float(m[1])
            q.start -= len(m[0])
            q.raw_value *= n
            q.value *= n
            q.kind = "product"
            return [q]
        m = _RANGE_BEFORE.search(head) if last in "-~—至到%" else None
        if m and (not m[2] or q.raw_unit in ("%", "％")):
            lower = float(m[1].replace(",", ""))
            if lower < q.raw_value:
                scale = q.value / q.raw_value if q.raw_value else 0.0
                q.start -= len(m[0])
                q.raw_value, q.value = lower, lower * scale
                q.qualifier = "at_least"
                q.kind = "range"
                return [q]
    items: list[Quantity] = []
    pos = q.start
    # 分别增长7%、8%左右: a qualifier written after the last value of a bare list holds for every value
    shared = q.qualifier if q.unit_end < q.end else "exact"
    while pos and norm[pos - 1] in "、和及与":
        m = _LIST_ITEM_BEFORE.search(norm, max(0, pos - 20), pos)
        if not m or m.end() != pos:
            break
        raw = float(m[1].replace(",", ""))
        scale = q.value / q.raw_value if q.raw_value else 0.0
        items.append(Quantity(m.start(1), m.end(1), raw, q.raw_unit, raw * scale, q.unit, q.unit_code,
                              shared, False, False, m.start(1), m.end(1), "list"))
        pos = m.start()
    items.reverse()
    return items + [q]


def _add_price_index(found: list[Quantity], m: re.Match, num: str, end: int, qualifier: str) -> None:
    """A price index written without % (group `num` of `m`), when it is one on the year before (上年=100), not a
    count or a year; read in percent, the unit it stands in though not written (an empty cell would read back as no
    unit at all)."""
    index = float(m[num])
    if 80 <= index <= 130:
        found.append(Quantity(m.start(num), end, index, "%", index, "percent", "percent", qualifier, False, False,
                              m.start(num), m.end(num), "plain"))


def scan(norm: str) -> list[Quantity]:
    """Every quantity candidate in `norm` (a text already passed through NORMALISE), in text order."""
    found: list[Quantity] = []
    for m in QUANTITY.finditer(norm):
        q = _from_match(m)
        if q is not None:
            found.extend(_extend_backwards(q, norm))
    for m in DOUBLING.finditer(norm):
        n = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}.get(m["n"] or "一", 1)
        found.append(Quantity(m.start(), m.end(), 2.0 ** n, "倍", 2.0 ** n, "times", "times", "exact",
                              True, False, m.start(), m.end(), "doubling"))
    for m in _flat_matches(norm):
        before = norm[max(0, m.start() - 9):m.start()]
        if _RATE_BEFORE_FLAT.search(before) or _GROWTH_THEN_FLAT.search(before):
            continue  # 增幅与上年持平, 比重与上年持平, 增长5.5%，与上年持平: a rate unchanged, not a growth of 0
        if norm.startswith("或", m.end()):
            continue  # 居民消费价格持平或略有上升: a range, no one value
        about = "基本" in m.group(0) or "基本" in before[-7:]
        found.append(Quantity(m.start(), m.end(), 0.0, "持平", 0.0, "percent", "percent", "approx" if about else "exact",
                              False, False, m.start(), m.end(), "flat"))
    for m in BARE_PRICE_INDEX.finditer(norm) if "价格" in norm else ():
        _add_price_index(found, m, "num", m.end(), TRAIL_QUALIFIERS.get(m["trail"] or "", "exact"))
    for m in BARE_PRICE_INDICES.finditer(norm) if "价格" in norm else ():
        for num in ("num", "num2"):
            _add_price_index(found, m, num, m.end(num), "exact")
    for m in FRACTION.finditer(norm) if "分之" in norm else ():  # (a slow pattern: skip texts without one)
        value = parse_number(m["den"] + "分之" + m["num"])
        if value is None:
            continue
        lead = m["lead"]
        # 百分之八至九 is a range: its lower bound, at least (as 5%—8%)
        qualifier = "at_least" if m["upto"] else _qualifier(lead, None, m["trail"])
        found.append(Quantity(m.start(), m.end(), value, "分之", value, "percent", "percent",
                              qualifier, True, False, m.start("den"), m.end("num"), "fraction"))
    if "万" in norm:
        found.extend(_people_named_after(norm))
    found.sort(key=lambda q: q.start)
    found = _drop_overlaps(found)
    if "每" in norm:
        # 每10万人专利拥有量, 每1位名校长带领10位名师: the unit a rate is counted per (GUIDE: a compound rate is not one
        # of its parts), not a number of people or things
        found = [q for q in found if norm[q.start - 1:q.start] != "每"]
    _share_point_unit(found, norm)
    return found


# 6.5万农村贫困人口实现脱贫, 解决了193万贫困人口的温饱问题: people counted in 万 with no 人 of their own, the noun after
# the number says who they are (not 每10万人口, a denominator, nor 人口 alone: 50万人口城市 is a size class)
_PEOPLE_AFTER = re.compile(r"(?<![\d.每])(?P<num>\d+(?:\.\d+)?)万(?=(?:农村|城乡|城镇|建档立卡|剩余|存量|现行标准下)?"
                          r"(?:贫困人口|贫困群众|困难群众|低收入人口|农村人口|农牧民|农民工|贫困户人口))")
_PERSONS = lookup("万人")
_PEOPLE_LEADS = {"近": "approx", "约": "approx", "超": "at_least", "逾": "at_least"}


def _people_named_after(norm: str) -> list[Quantity]:
    found = []
    for m in _PEOPLE_AFTER.finditer(norm):
        raw = float(m["num"])
        lead = norm[m.start() - 1:m.start()]
        start = m.start() - 1 if lead in _PEOPLE_LEADS else m.start()
        found.append(Quantity(start, m.end(), raw, "万", raw * 1e4, "person", _PERSONS.code if _PERSONS else "person",
                              _PEOPLE_LEADS.get(lead, "exact"), False, False, m.start(), m.end(), "plain"))
    return found


def _flat_matches(norm: str):
    """The matches of `FLAT.finditer(norm)`, 8x faster: the pattern opens on look-behinds, so re tries it at every
    position, while each match ends on a 持平 and starts at most two characters (基本) before it."""
    end = 0
    pos = norm.find("持平")
    while pos >= 0:
        m = FLAT.search(norm, max(end, pos - 2), pos + 2)
        if m:
            yield m
            end = m.end()
        pos = norm.find("持平", pos + 2)


def _share_point_unit(found: list[Quantity], norm: str) -> None:
    """高于全国、全省3.5个和2.5个百分点: the first item's 个 is 个百分点 cut short by the list (from the last item back,
    so that 相差3个、3.7个和3个百分点 gives all three)."""
    for i in range(len(found) - 2, -1, -1):
        a, b = found[i], found[i + 1]
        if a.raw_unit == "个" and b.raw_unit in ("个百分点", "百分点") and re.fullmatch(
                r"\s*(?:、|和|及|与|,|，)\s*", norm[a.end:b.start]):
            a.raw_unit, a.unit, a.unit_code = b.raw_unit, b.unit, b.unit_code


def _drop_overlaps(found: list[Quantity]) -> list[Quantity]:
    """Keep the first of overlapping candidates, except that a range replaces its own lower bound and a
    fraction or doubling beats a shorter plain reading of the same characters."""
    kept: list[Quantity] = []
    for q in found:
        while kept and q.start < kept[-1].end and q.kind == "range":
            kept.pop()  # 10%-20%: the range replaces its lower bound found on its own
        if kept and q.start < kept[-1].end:
            if q.end - q.start > kept[-1].end - kept[-1].start and q.kind in ("fraction", "doubling"):
                kept[-1] = q
            continue
        kept.append(q)
    return kept
