"""Numbers as Chinese reports write them: Arabic, Chinese numerals, and the two mixed.

`parse_number` reads one number token and returns its value, or None when the string is not a number:

- Arabic with decimals and thousands separators: "3,456.7" → 3456.7; full-width digits are accepted.
- Chinese numerals, through cn2an: "两千万" → 20000000, "一千二百" → 1200, "十四" → 14.
- Bare magnitudes that cn2an rejects: "万" → 10000, "千万" → 1e7, "百亿" → 1e10.
- Mixed: "1.5万亿" → 1.5e12, "2.78万" → 27800.
- Tenths: "五成" → 50 (a percent value; 成 is a unit in the registry, so the grammar passes only "五").
- Fractions: "五分之一" → 20 (percent), "百分之八" → 8 (percent), "百分之十二点八" → 12.8 (percent).

A unit never belongs to the number: "692.5亿元" is number "692.5" + unit "亿元" to the grammar.
"""
from __future__ import annotations

import re
from functools import lru_cache

import cn2an

from zhibiao.units import MAGNITUDES

FULLWIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_CHARS = "零〇一二两三四五六七八九十百千万亿"

_ARABIC = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_MIXED = re.compile(r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<mag>万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千|百)")
_FRACTION = re.compile(r"(?P<den>.+?)分之(?P<num>.+)")
_CN = re.compile(f"[{CN_CHARS}]+")
_BARE_MAGNITUDE = re.compile(r"(?:十|百|千|万|亿)+")


def _bare_magnitude(s: str) -> float | None:
    """万 → 1e4, 千万 → 1e7, 百亿 → 1e10, 万亿 → 1e12: a product of magnitude words."""
    value = 1.0
    for ch in s:
        value *= {"十": 10, "百": 100, "千": 1000, "万": 1e4, "亿": 1e8}[ch]
    return value


def parse_chinese(s: str) -> float | None:
    """A run of Chinese numeral characters → its value, or None when it is not a well-formed numeral."""
    if not s or not _CN.fullmatch(s):
        return None
    if _BARE_MAGNITUDE.fullmatch(s):
        return _bare_magnitude(s)
    if len(s) == 1 and s in CN_DIGITS:
        return float(CN_DIGITS[s])
    try:
        value = cn2an.cn2an(s, "smart")
    except (ValueError, KeyError, IndexError):
        return None
    return float(value)


@lru_cache(maxsize=1 << 16)  # the same few thousand tokens (一, 两, 10, 5.2) recur across facts and documents
def parse_number(s: str) -> float | None:
    """Value of one number token ("1.5万亿", "两千万", "3,456.7", "五分之一"), or None."""
    if not s:
        return None
    s = s.strip().translate(FULLWIDTH)
    if _ARABIC.fullmatch(s):
        return float(s.replace(",", ""))
    m = _MIXED.fullmatch(s)
    if m:
        return float(m["num"].replace(",", "")) * MAGNITUDES[m["mag"]]
    m = _FRACTION.fullmatch(s)
    if m:
        den, num = parse_number(m["den"]), parse_number(m["num"])
        if den and num is not None:
            return 100.0 * num / den
        return None
    if "点" in s:  # 十二点八 → 12.8: a decimal written in words
        whole, _, digits = s.partition("点")
        head = parse_chinese(whole)
        tail = [CN_DIGITS.get(ch) for ch in digits]
        if head is None or not tail or None in tail:
            return None
        return float(f"{int(head)}.{''.join(str(d) for d in tail)}")
    if s.endswith("成") and len(s) > 1:
        tenths = parse_number(s[:-1])
        return None if tenths is None else tenths * 10
    return parse_chinese(s)
