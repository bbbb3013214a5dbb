"""Character- and line-level normalisation of decoded text. Every step is a regex or str.translate,
so cleaning is linear in the text length.

Makes:
- real line breaks from literal `\\r\\n`, `\\n`, `\\r` and tabs from `\\t` (text stored with escaped
  newlines), and "\\n" from CR LF / CR / U+2028;
- characters from HTML entities (`&nbsp;`, `&#123;`, `&amp;nbsp;`) in any format;
- ASCII from full-width digits, letters and the symbols that belong to numbers and codes
  (０-９ Ａ-Ｚ ａ-ｚ ％ ＋ － ． ／ ＝ ＜ ＞ ＃ ＠ ＊ ＿ ｜ ＼ ＆ ＄ ＾ ＂ ＇ ｀), so `５％` reads `5%`.
  Chinese sentence punctuation is kept as it is written: ，。、；：！？（）［］｛｝～“”‘’《》.
  In particular full-width parentheses （） stay full-width and half-width () stay half-width;
- one ASCII space from U+3000, U+00A0 and the other Unicode spaces; nothing from zero-width
  characters, soft hyphens, private-use characters and control characters;
- no pinyin annotations after characters (`發(fā)展` → `發展`, also `（fā）`), and a repair of the
  mangled form produced by a converter that re-read GBK bytes out of step (`龍?zhí)秴^(qū)`): the
  `?zhí)` fragment is removed, the following characters are re-decoded one byte later and the lost
  character is recovered from the annotation's reading (pypinyin's dictionary), else U+FFFD marks it;
- per line: no leading/trailing blanks, runs of spaces as one space, spaces around tabs removed,
  spaced-out headings joined (`政 府 工 作 报 告` → `政府工作报告`), a space between a number
  and the unit or magnitude after it removed (`484.74 亿元` → `484.74亿元`); empty lines dropped.
"""
from __future__ import annotations

import html
import re
from functools import lru_cache

# --- literal escapes, line breaks, entities ------------------------------------------------------
_LITERAL_ESCAPE = re.compile(r"\\r\\n|\\n|\\r|\\t")
_LITERAL_MAP = {"\\r\\n": "\n", "\\n": "\n", "\\r": "\n", "\\t": "\t"}
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")


def unescape_literals(text: str) -> str:
    """`\\r\\n` written out as four characters → a real line break (and `\\t` → tab)."""
    if "\\" not in text:
        return text
    return _LITERAL_ESCAPE.sub(lambda m: _LITERAL_MAP[m.group()], text)


def normalize_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text)


def unescape_entities(text: str) -> str:
    """Decode HTML entities, also doubly escaped ones (`&amp;nbsp;`), at most three levels deep."""
    for _ in range(3):
        if "&" not in text or not _ENTITY.search(text):
            break
        text = html.unescape(text)
    return text


# --- character table -------------------------------------------------------------------------------
def _char_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in range(0xFF10, 0xFF1A):  # ０-９
        table[cp] = chr(cp - 0xFEE0)
    for cp in list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B)):  # Ａ-Ｚ ａ-ｚ
        table[cp] = chr(cp - 0xFEE0)
    for ch in "％＋－．／＝＜＞＃＠＊＿｜＼＆＄＾＂＇｀":
        table[ord(ch)] = chr(ord(ch) - 0xFEE0)
    for cp in (0x3000, 0x00A0, 0x1680, 0x202F, 0x205F, *range(0x2000, 0x200B)):
        table[cp] = " "
    for cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x7F, *range(0x80, 0xA0)):
        table[cp] = None
    for cp in range(0x00, 0x20):
        if cp not in (0x09, 0x0A):
            table[cp] = None
    for cp in range(0xE000, 0xF900):  # private use: icon fonts and converter debris
        table[cp] = None
    return table


_TABLE = _char_table()


def _class_of(codepoints) -> str:
    """A regex character class of the code points, as ranges."""
    cps, parts, i = sorted(codepoints), [], 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        parts.append(re.escape(chr(cps[i])) + ("-" + re.escape(chr(cps[j])) if j > i else ""))
        i = j + 1
    return "[" + "".join(parts) + "]"


_TO_CHANGE = re.compile(_class_of(_TABLE) + "+")


def normalize_chars(text: str) -> str:
    """`text.translate(_TABLE)`, but only on the runs of characters that change: str.translate looks
    up every character, and in Chinese text almost none of them are in the table."""
    return _TO_CHANGE.sub(lambda m: m.group().translate(_TABLE), text)


# --- pinyin annotations ----------------------------------------------------------------------------
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿü"
_SYLLABLE = rf"(?=[a-z{_TONED}]{{0,6}}[{_TONED}])[a-z{_TONED}]{{1,7}}"
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_ANNOTATION = re.compile(rf"(?<=[{_HAN}])(?:\({_SYLLABLE}\)|（{_SYLLABLE}）)+")
# `?zhí)`: a converter that re-read GBK bytes one byte out of step annotated a phantom character
# (執, made of the last byte of 龍 and the first byte of 潭) and lost the opening bracket; the
# characters after it are shifted by one byte until an ASCII byte puts the reading back in step
# (`秴^` is the tail byte of 潭 + 區). Bare `?` followed by such a run (`?!逼髽I` = 停”企業)
# are the same damage without an annotation.
_MANGLED = re.compile(rf"(?<=[{_HAN}\ufffd、。，；：“”])\?(?:{_SYLLABLE}\)(?:\?{_SYLLABLE}\))*|[!;?]*)")
_BARE_ANNOTATION = re.compile(rf"{_SYLLABLE}\)")
_RUN = re.compile(rf"[{_HAN}][^\x00-\x7f]{{0,39}}[\x00-\x7f]?")
_COMMON_PUNCT = frozenset("，。、；：！？（）“”‘’《》—…·\ufffd")


def _rare(text: str) -> int:
    """Characters that are neither common Simplified hanzi (after t2s) nor ASCII / CJK punctuation."""
    from .chinese import to_simplified
    from .decode import _gb2312_hanzi

    common = _gb2312_hanzi()
    return sum(1 for ch in to_simplified(text) if ch >= "\x80" and ch not in common and ch not in _COMMON_PUNCT)


def _resync(run: str, annotated: bool) -> str | None:
    """Re-decode `run` one byte later (its first byte is the tail of a lost character), or None when
    that does not give common characters or nothing says the run was out of step."""
    try:
        raw = run.encode("gb18030")
    except UnicodeEncodeError:
        return None
    fixed = raw[1:].decode("gb18030", errors="replace").replace("\ufffd?", "\ufffd")
    if fixed.count("\ufffd") > 1 or not re.search(rf"[{_HAN}]", fixed) or _rare(fixed):
        return None
    # Evidence that the run really is out of step: it had rare characters, or an ASCII letter glued
    # to it was swallowed as a trail byte (`萍寂c` → `技與`), or an annotation marked it.
    ascii_eaten = sum(ch < "\x80" for ch in fixed) < sum(ch < "\x80" for ch in run)
    if _rare(run) > 0 or ascii_eaten or (annotated and fixed != run):
        return fixed
    return None


@lru_cache(maxsize=1)
def _readings() -> dict[int, str]:
    from pypinyin.pinyin_dict import pinyin_dict  # code point → "shù,shǔ,shuò"; loaded only for damaged text

    return pinyin_dict


def _lost_character(before: str, syllable: str, run: str) -> str:
    """The character whose lead byte the converter swallowed, or U+FFFD when it cannot be told.

    The phantom the converter annotated is two GBK bytes: the last byte of the character before the
    marker and the lead byte y of the lost character; the run's first byte is the lost character's
    trail byte. Exactly one y must make the phantom read `syllable` and both characters valid GBK
    (龍 FD88 + 執 88CC `zhí` + 秴 B6… → 潭 CCB6)."""
    try:
        prev, tail = before.encode("gbk"), run.encode("gb18030")[:1]
    except UnicodeEncodeError:
        return "\ufffd"
    if len(prev) != 2 or not tail:
        return "\ufffd"
    readings = _readings()
    found = set()
    for y in range(0x40, 0xFF):
        try:
            phantom = bytes((prev[-1], y)).decode("gbk")
            lost = bytes((y, tail[0])).decode("gbk")
        except UnicodeDecodeError:
            continue
        if syllable in readings.get(ord(phantom), "").split(","):
            found.add(lost)
    return found.pop() if len(found) == 1 else "\ufffd"


def _repair_pass(text: str) -> tuple[str, int, int]:
    """One left-to-right pass over `?syllable)` / bare `?` markers; see `_MANGLED`."""
    out: list[str] = []
    pos = removed = repaired = 0
    for m in _MANGLED.finditer(text):
        if m.start() < pos:
            continue
        run = _RUN.match(text, m.end())
        annotated = m.group().endswith(")")
        fixed = _resync(run.group(), annotated) if run else None
        if fixed is None and not annotated:
            continue  # an ordinary question mark
        out.append(text[pos : m.start()])
        pos = m.end()
        removed += annotated
        if fixed is not None:
            lost = "\ufffd"  # stands for a character whose bytes were lost
            if annotated and m.start() > 0:
                syllable = m.group()[1:].split(")", 1)[0]
                lost = _lost_character(text[m.start() - 1], syllable, run.group())
            out.append(lost + fixed)
            pos = run.end()
            repaired += 1
            tail = _BARE_ANNOTATION.match(text, pos) if fixed.endswith("\ufffd") else None
            if tail:  # the lost character's own annotation, bracket eaten: `?jīng)`
                pos = tail.end()
                removed += 1
    out.append(text[pos:])
    return _ANNOTATION.sub("", "".join(out)), removed, repaired


def strip_pinyin(text: str) -> tuple[str, int, int]:
    """Remove pinyin annotations after characters; return (text, annotations removed, runs repaired)."""
    if "(" not in text and "（" not in text and ")" not in text and "?" not in text:
        return text, 0, 0
    text, removed = _ANNOTATION.subn("", text)
    repaired = 0
    for _ in range(8):  # repeat until stable: a repair can bring two markers together
        if "?" not in text or not _MANGLED.search(text):
            break
        new, r1, r2 = _repair_pass(text)
        if new == text:
            break
        text, removed, repaired = new, removed + r1, repaired + r2
    return text, removed, repaired


# --- lines -----------------------------------------------------------------------------------------
_SPACES = re.compile(r" {2,}")
_TAB_SPACES = re.compile(r" *\t *")
_SPACED_CELL = re.compile(rf"(?:[{_HAN}] +)+[{_HAN}]")
# Only before a unit or magnitude: "07:57 来源" keeps its space, "484.74 亿元" loses it.
_NUMBER_GAP = re.compile(r"(?<=\d) +(?=[亿万千百元角人个家户项所座条件场次期台套头只吨斤克公米亩平立瓦度倍成年月日天%‰])")


# A one typed or recognised as a Latin l or I inside a percentage (增长l0%, 增长I4.8％, 0.l%: 宁夏 2010, 厦门 2000,
# 甘肃 2002): the digit it stands for, only where it sits among digits, or right after a Han character, before %.
_LATIN_ONE = re.compile(rf"(?:(?<=[{_HAN}])|(?<=\d)|(?<=\d\.))[lI](?=(?:\d+(?:\.\d+)?)?%)")


def normalize_line(line: str) -> str:
    line = line.strip(" \t")
    if not line:
        return line
    if ("l" in line or "I" in line) and "%" in line:
        line = _LATIN_ONE.sub("1", line)
    if "  " in line:
        line = _SPACES.sub(" ", line)
    if "\t" in line:
        line = _TAB_SPACES.sub("\t", line)
    if " " in line:
        if "\t" in line:
            line = "\t".join(_join_spaced(cell) for cell in line.split("\t"))
        else:
            line = _join_spaced(line)
    return line


def _join_spaced(cell: str) -> str:
    """`政 府 工 作 报 告`, `金 融` (a heading or cell of single characters) → joined; else only the gap
    between a number and its unit is closed."""
    if " " not in cell:
        return cell
    if _SPACED_CELL.fullmatch(cell):
        return cell.replace(" ", "")
    return _NUMBER_GAP.sub("", cell)


def normalize_lines(text: str) -> list[str]:
    """Split into normalised, non-empty lines."""
    return [ln for ln in (normalize_line(x) for x in text.split("\n")) if ln]


# A sentence a converter broke in two (宁夏 2013: …农民人均纯收入分别增长 / 12.8%和14.2%，社会消费品零售总额…): a long
# paragraph that stops on a character no sentence ends on, followed by one that opens on a number that is no year.
_BROKEN_END = re.compile(rf"[{_HAN}\d、，,和及与]$")
_OPENS_ON_NUMBER = re.compile(r"\d(?!\d{3}\s*年)")
_BROKEN_MIN = 60


def join_broken_sentences(lines: list[str]) -> list[str]:
    """Paragraphs with a sentence broken across them joined again (tables, headings and list items left alone)."""
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        if (len(prev) >= _BROKEN_MIN and _BROKEN_END.search(prev) and _OPENS_ON_NUMBER.match(line)
                and "\t" not in prev and "\t" not in line and not prev.startswith(("#", "-", "*", "|", ">"))):
            out[-1] = prev + line
        else:
            out.append(line)
    return out


# A page converter that echoed a paragraph's lead sentence into the middle of the next word (苏州 2016:
# 1.经济质量效益稳步提高。全市预计完经济质量效益稳步提高。成地区生产总值1.45万亿元): the echo is the same sentence again,
# one to ten characters on, with no punctuation between and a word running through it. A sentence said again in prose
# (…用于支持中小微企业发展。) comes after punctuation, so it is left alone.
_ECHOED_LEAD = re.compile(rf"^((?:\d{{1,2}}[.．、]|[（(][一二三四五六七八九十\d]{{1,3}}[)）]|[一二三四五六七八九十]{{1,3}}、)?"
                          rf"([^。\n\t]{{4,40}}。)[{_HAN}\d]{{1,10}})\2(?=[{_HAN}\d])")


def drop_echoed_leads(lines: list[str]) -> list[str]:
    """Paragraphs with their lead sentence's echo taken out of the sentence after it."""
    return [_ECHOED_LEAD.sub(r"\1", line) if "。" in line else line for line in lines]


def normalize(text: str) -> str:
    """Entities, then the character table. Run on the text of an HTML page after parsing, and on
    Markdown/plain text before its conversion (so `＊＊` and `&lt;br&gt;` read as Markdown the first
    time, not only when the output is cleaned again)."""
    return normalize_chars(unescape_entities(text))


def strip_annotations(text: str) -> tuple[str, list[str]]:
    """Pinyin annotations and byte-shift repair, with notes."""
    notes: list[str] = []
    text, removed, repaired = strip_pinyin(text)
    if removed:
        notes.append(f"removed {removed} pinyin annotation(s)")
    if repaired:
        notes.append(f"re-decoded {repaired} run(s) garbled by a byte-shifted GBK converter")
    return text, notes
