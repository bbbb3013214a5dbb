"""Title, publication date and outlet of a document, from its header blocks and its first/last lines.

Loads: front-matter fields, scraper-header fields, the HTML <title>, and the normalised Simplified lines
before boilerplate removal. Makes: `Meta(title, published_date, outlet)`.

published_date is the date the document itself carries, because the extractor resolves 今年/去年/明年
from it. In order: the session line of a report (`——2023年1月5日在汕头市…会议上`), a date in the title
(`固原市政府工作报告（2021年12月28日 冼国义）`), front matter `date:` (RFC 2822 times are converted
to Beijing time), the scraper's `发文时间：`, a `发布时间：`/`更新时间：`/`时间：` line, a dateline
(`2024年01月10日 10时17分 忻州日报`). A date without a year (`10月30日`) is not a date: None.

outlet is the newspaper, website or issuing office the text names: a byline (`21世纪经济报道记者 …`),
a `来源：` line in the head or at the end, a dateline's trailing name, the scraper's `发文单位：`, or the
feed's `author:`/`source:` when it is a name and not a URL.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta, timezone
from email.utils import parsedate_to_datetime

_BEIJING = timezone(timedelta(hours=8))


@dataclass(slots=True)
class Meta:
    title: str | None = None
    published_date: date | None = None
    outlet: str | None = None


# --- dates -----------------------------------------------------------------------------------------
_YMD = r"(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2}))"
# ——2023年1月5日在汕头市…会议上, （2024年1月24日在…会议上）, 政府工作报告 ——2005年1月28日在…: anywhere in a
# head line; 1981年11月30日和12月1日在… takes the first day
_SESSION = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日(?:[和至、\-—]\d{1,2}(?:月\d{1,2})?日)?[^，。,；;\n]{0,20}?在.{0,60}?(?:会议|大会)")
# （2005年2月22日） alone on a line of the head, or 在…会议上（2015年1月28日）
_BRACKET_DATE = re.compile(r"^\W*[（(]\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*[）)]\W*$|(?:会议|大会)上?\s*[（(]\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*[）)]")
_CN_DIGIT = dict(zip("〇零○ＯO一二三四五六七八九", "00000123456789"))
_CN_DATE = re.compile(r"([〇零○ＯO一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?")


def _cn_number(s: str) -> str:
    """一 → 1, 十 → 10, 十二 → 12, 二十八 → 28, 三十一 → 31 (month and day numerals)."""
    if "十" not in s:
        return _CN_DIGIT[s]
    tens, _, ones = s.partition("十")
    return str(int(_CN_DIGIT[tens] if tens else "1") * 10 + int(_CN_DIGIT[ones] if ones else "0"))


def arabic_dates(line: str) -> str:
    """二〇一九年一月十四日 → 2019年1月14日; 一九八五年 stays a year (2019年): dates written in Chinese numerals."""
    def one(m: re.Match) -> str:
        year = "".join(_CN_DIGIT[c] for c in m[1])
        day = f"{_cn_number(m[3])}日" if m[3] else ""
        return f"{year}年{_cn_number(m[2])}月{day}"
    return _CN_DATE.sub(one, line) if "年" in line else line
_TITLE_DATE = re.compile(r"[（(]\s*(\d{4})年(\d{1,2})月(\d{1,2})日")
_META_DATE = re.compile(rf"(?:发布时间|更新时间|发文时间|发布日期|成文日期|日期|时间)\s*[:：]\s*{_YMD}")
_DATELINE = re.compile(rf"^{_YMD}(?:\s*\d{{1,2}}[时:]\d{{1,2}}分?(?::\d{{2}})?)?(?:\s+([^\s，。；：,;:]{{2,15}}))?$")


def _mkdate(y, m, d) -> date | None:
    try:
        value = date(int(y), int(m), int(d))
    except (TypeError, ValueError):
        return None
    return value if 1949 <= value.year <= 2100 else None


def _ymd(match: re.Match, offset: int = 1) -> date | None:
    g = match.groups()[offset - 1 : offset + 4]
    return _mkdate(g[0], g[1] or g[3], g[2] or g[4])


def parse_date(value: str | None) -> date | None:
    """A date from a metadata value: 2019-01-17, 2024/1/23 19:45:59, 2024年01月10日, RFC 2822."""
    if not value:
        return None
    value = value.strip()
    m = re.match(_YMD, value)
    if m:
        return _ymd(m)
    try:
        dt = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if dt is None:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(_BEIJING)
    return _mkdate(dt.year, dt.month, dt.day)


def find_date(title: str | None, fields: dict[str, str], lines: list[str]) -> date | None:
    head = [arabic_dates(line) for line in lines[:30]]
    for line in head:
        m = _SESSION.search(line)
        if m and (d := _mkdate(*m.groups())):
            return d
    for line in head[:15]:
        m = _BRACKET_DATE.search(line)
        if m and (d := _mkdate(*[g for g in m.groups() if g])):
            return d
    if title and (m := _TITLE_DATE.search(arabic_dates(title))) and (d := _mkdate(*m.groups())):
        return d
    if title and (m := _SESSION.search(arabic_dates(title))) and (d := _mkdate(*m.groups())):
        return d  # 2018年1月25日广东省省长马兴瑞在广东省第十三届人民代表大会…
    for key in ("date", "发文时间", "发布时间", "日期", "published", "pubdate"):
        if (d := parse_date(fields.get(key))) is not None:
            return d
    for line in head[:15]:
        if (m := _META_DATE.search(line)) and (d := _ymd(m)):
            return d
        if (m := _DATELINE.match(line)) and (d := _ymd(m)):
            return d
    return None


# --- titles ----------------------------------------------------------------------------------------
_SPACED = re.compile(r"(?<=[\u4e00-\u9fff\d]) (?=[\u4e00-\u9fff\d])")
_BYLINE = re.compile(r"^(?:记者|作者|文/|文：|图/|通讯员|本报讯|本报记者|来源|编辑|\(|（)")
_SENTENCE_END = re.compile(r"[。！？!?；;]$")
_META_OR_DATELINE = re.compile(rf"(?:发布时间|更新时间|时间|日期|来源|作者)\s*[:：]|^{_YMD}")


def clean_title(title: str | None) -> str | None:
    """Trim, join spaced-out characters (`2 0 2 4 年 政府工作报告`), undo a doubled title."""
    if not title:
        return None
    title = re.sub(r"\s+", " ", title).strip().strip("'\"")
    if re.search(r"(?:[\u4e00-\u9fff\d] ){3,}", title):
        title = _SPACED.sub("", title)
    half = len(title) // 2
    if len(title) % 2 == 0 and half >= 4 and title[:half] == title[half:]:
        title = title[:half]
    return title or None


def _headline(lines: list[str]) -> str | None:
    """The headline of a web page: a short line just before a dateline / 来源 / 时间 line."""
    for i, line in enumerate(lines[:8]):
        if len(line) > 100 or line.startswith(("(", "（")) or not _META_OR_DATELINE.search(line):
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            cand = lines[j]
            if 4 <= len(cand) <= 60 and not _SENTENCE_END.search(cand) and not _BYLINE.match(cand):
                if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", cand):  # a menu word, not a headline
                    return cand
        return None
    return None


def find_title(fields: dict[str, str], header: dict[str, str], html_title: str | None, lines: list[str]) -> str | None:
    for value in (fields.get("title"), header.get("标题"), header.get("题目"), _headline(lines), html_title):
        if value and (title := clean_title(value)):
            return title
    return None


# --- outlets ---------------------------------------------------------------------------------------
_OUTLET_WORD = r"(?:报|报道|报社|网|社|台|新闻|日报|晚报|时报|频道|财经|周刊|杂志|客户端|传媒|政府网|融媒体中心)"
_BYLINE_OUTLET = re.compile(rf"^(?:[（(])?([^\s，。：:（(]{{2,15}}?{_OUTLET_WORD})(?:首席|资深|特约)?记者")
_SOURCE = re.compile(r"(?:^|[\s\d（(])(?:来源|文章来源|信息来源|稿源)\s*[:：]\s*([^\s:：)）?？]{2,30})")


def _name(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if not value or "://" in value or value.startswith("www.") or value in ("未知", "佚名", "管理员", "本站"):
        return None
    return value


def find_outlet(fields: dict[str, str], header: dict[str, str], lines: list[str]) -> str | None:
    for line in lines[:8]:
        if m := _BYLINE_OUTLET.match(line):
            return m.group(1)
    for line in lines[:15] + lines[-5:]:
        if len(line) <= 120 and (m := _SOURCE.search(line)) and (name := _name(m.group(1))):
            return name
    for line in lines[:15]:
        if (m := _DATELINE.match(line)) and (name := _name(m.group(6))):
            return name
    for value in (header.get("发文单位"), header.get("来源"), fields.get("source"), fields.get("author")):
        if name := _name(value):
            return name
    return None


def extract_meta(fields: dict[str, str], header: dict[str, str], html_title: str | None, lines: list[str]) -> Meta:
    title = find_title(fields, header, html_title, lines)
    merged = {**fields, **header}
    return Meta(title=title, published_date=find_date(title, merged, lines), outlet=find_outlet(fields, header, lines))
