"""Quantity surfaces with their gold values, built together so the gold is right by construction.

`Q` is one fact slot in a sentence: the surface text as it will stand in the document (number, unit
and any qualifier word, e.g. 超100亿元, 300余个, 6%左右) plus every gold field. Values are computed
from the written number with exact fractions and the GUIDE.md unit factors, then signed.
"""
from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

# written unit -> (canonical unit, factor). Factors follow GUIDE.md.
UNITS: dict[str, tuple[str, Fraction]] = {}


def _u(canon: str, factor, *words: str) -> None:
    for w in words:
        UNITS[w] = (canon, Fraction(factor))


_u("CNY", 1, "元")
_u("CNY", 10**4, "万元")
_u("CNY", 10**8, "亿元")
_u("CNY", 10**12, "万亿元")
_u("person", 1, "人", "名", "位")
_u("person", 10**4, "万人", "万名")
_u("person_time", 1, "人次")
_u("person_time", 10**4, "万人次")
_u("count", 1, "个", "家", "户", "项", "所", "座", "条", "件", "场", "场次", "期", "台", "套",
   "台/套", "头", "只", "栋", "处", "次", "批", "辆", "部", "篇", "份", "间", "张", "片", "种", "宗")
_u("count", 10**4, "万户", "万头", "万件", "万个", "万辆", "万台", "万套", "万只", "万条", "万片", "万张")
_u("count", 10**8, "亿件")
_u("m2", 1, "平方米")
_u("m2", 10**4, "万平方米", "公顷")
_u("m2", 10**8, "万公顷")
_u("m2", 10**6, "平方公里")
_u("m2", Fraction(2000, 3), "亩")
_u("m2", Fraction(2 * 10**7, 3), "万亩")
_u("m", 1, "米")
_u("m", 1000, "公里", "千米")
_u("m", 10**7, "万公里")
_u("kg", 1, "公斤")
_u("kg", Fraction(1, 2), "斤")
_u("kg", 5 * 10**7, "亿斤")
_u("kg", 1000, "吨")
_u("kg", 10**7, "万吨")
_u("kg", 10**11, "亿吨")
_u("W", 1000, "千瓦", "kW")
_u("W", 10**7, "万千瓦")
_u("W", 10**6, "兆瓦", "MW")
_u("W", 10**9, "GW")
_u("Wh", 1000, "千瓦时", "度")
_u("Wh", 10**7, "万千瓦时")
_u("Wh", 10**11, "亿千瓦时", "亿度")
_u("m3", 1, "立方米")
_u("m3", 10**4, "万立方米")
_u("m3", 10**8, "亿立方米")
_u("percent", 1, "%")
_u("percent", 10, "成")
_u("percentage_point", 1, "个百分点", "百分点")
_u("times", 1, "倍")

CN_DIGITS = "零一二三四五六七八九"


def cn_int(n: int, liang: bool = True) -> str:
    """Chinese numeral for 1..9999 (两 for a leading 2 before a unit word when liang)."""
    if not 0 < n < 10000:
        raise ValueError(n)
    out = []
    units = ((1000, "千"), (100, "百"), (10, "十"), (1, ""))
    zero = False
    for size, word in units:
        d = n // size % 10
        if d == 0:
            if out:
                zero = True
            continue
        if zero:
            out.append("零")
            zero = False
        if d == 1 and size == 10 and not out:
            out.append("十")
            continue
        digit = "两" if (d == 2 and liang and size >= 100 and not out) else CN_DIGITS[d]
        out.append(digit + word)
    return "".join(out)


def fmt_num(x: float, dec: int) -> str:
    s = f"{x:.{dec}f}"
    return s


def value_of(num: str, unit: str, mult: int = 1, sign: int = 1) -> int | float:
    """Canonical gold value of a written number in a written unit: exact arithmetic (Decimal for
    whole factors, Fraction for 亩 and 斤), then an int when whole, else a float rounded to 4 places."""
    factor = UNITS[unit][1]
    if factor.denominator == 1:
        v = Decimal(num) * (factor.numerator * mult * sign)
        if v == v.to_integral_value():
            return int(v)
        f = round(float(v), 4)
    else:
        v = Fraction(num) * factor * mult * sign
        if v.denominator == 1:
            return int(v)
        f = round(float(v), 4)
    return int(f) if f == int(f) and abs(f) < 2**53 else f


class Q:
    """A fact slot: surface text plus gold fields."""

    __slots__ = ("text", "value", "unit", "measure", "qualifier", "status", "indicator", "period",
                 "optional")

    def __init__(self, text, value, unit, measure, qualifier, status, indicator, period, optional=False):
        self.text = text
        self.value = value
        self.unit = unit
        self.measure = measure
        self.qualifier = qualifier
        self.status = status
        self.indicator = indicator
        self.period = period
        self.optional = optional

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Q({self.text!r}, {self.value!r}, {self.unit}, {self.measure}, {self.qualifier})"


# qualifier word -> (qualifier, position). position: pre (before the number), post (after the
# unit), infix (between an integer and the unit: 300余个, 40多公里).
QUAL_PRE = {"approx": ("约", "近", "大约"), "at_least": ("超", "超过", "突破", "不低于"),
            "at_most": ("不足", "不超过", "不高于")}
QUAL_POST = {"approx": ("左右",), "at_least": ("以上",), "at_most": ("以内", "以下")}
QUAL_INFIX = {"at_least": ("余", "多")}


def log_uniform(rng, lo: float, hi: float) -> float:
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))
