"""Where a fact stands: its sentence, its clause, its paragraph and the section heading above it.

Boundaries are found once per text with compiled regexes and looked up with bisect, so the cost per
candidate is a few binary searches.

- A *sentence* (Fact.sentence) ends at 。！？；!?; or a line break.
- A *period sentence* ends only at 。！？!? or a line break: a time adverbial at the head of
  "前三季度,…692.5亿元;固定资产投资完成120.48亿元" governs both halves of the semicolon.
- A *clause* ends at any of those or at a comma, colon or enumeration comma.
- A *paragraph* is a line.
- Each span reaches at most `REACH` characters before and after the position it is looked up for. A *heading* is a short line without sentence punctuation, a Markdown
  heading or bold line, or a line numbered 一、/（一）/1.; headings carry the section's status and year.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

_PERIOD_SENTENCE_ENDS = "。！？!?\n"
_SENTENCE_ENDS = _PERIOD_SENTENCE_ENDS + "；;"
_HARD_CLAUSE_ENDS = _SENTENCE_ENDS + "，,：:"
_CLAUSE_ENDS = _HARD_CLAUSE_ENDS + "、"
SENTENCE_END = re.compile(f"[{_SENTENCE_ENDS}]")
PERIOD_SENTENCE_END = re.compile(f"[{_PERIOD_SENTENCE_ENDS}]")
CLAUSE_END = re.compile(f"[{_CLAUSE_ENDS}]")
HARD_CLAUSE_END = re.compile(f"[{_HARD_CLAUSE_ENDS}]")
NEWLINE = re.compile("\n")
# The kinds of boundary each character ends, as bits of one table indexed by code point: the boundaries of a text are
# found by array operations over its code points, 4x faster than a regex pass that builds a match per boundary.
_CLAUSE, _HARD, _SENTENCE, _PERIOD, _LINE = 1, 2, 4, 8, 16
_ENDS = np.zeros(0x110000, dtype=np.uint8)
for _kind, _chars in ((_CLAUSE, _CLAUSE_ENDS), (_HARD, _HARD_CLAUSE_ENDS), (_SENTENCE, _SENTENCE_ENDS),
                      (_PERIOD, _PERIOD_SENTENCE_ENDS), (_LINE, "\n")):
    for _ch in _chars:
        _ENDS[ord(_ch)] |= _kind
_HEADING_MARK = re.compile(r"^\s*(?:#+\s*|\*\*|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+[部分章节])")
_SENTENCE_PUNCT = re.compile(r"[。！？；!?;，,]")
_DATE_LINE = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日")
# …切实加以解决。二、2005年政府工作安排 (沈阳 2005): a numbered top-level heading that lost the line break before it
# ends the line of the paragraph it was glued to
_GLUED_HEADING = re.compile(r"。[ \t\u3000]*(?=[一二三四五六七八九十]{1,2}、[^。，,；;：:！？!?\n]{2,24}$)", re.M)
# How far from a number its sentence, period sentence and clause reach (characters each way). Every rule reads
# back over them, so in a text without sentence ends (one 2 MB line) each number re-read all the text before it
# and extraction grew with the square of the length; within REACH the spans are as written. Real sentences are
# shorter: the longest of the 2,406 corpus texts runs 1,358 characters to a full stop (99% of texts: under 620).
REACH = 2000


class Span:
    """[start, end) of a text. (Written out rather than a dataclass, like grammar.Quantity: compiled, its `__init__`
    is compiled too.)"""

    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return self.start == other.start and self.end == other.end

    def __repr__(self) -> str:
        return f"Span(start={self.start!r}, end={self.end!r})"


class _SpanAt(dict):
    """The span (sentence, period sentence or clause) of each position looked up so far, found on the first lookup:
    every rule asks for the sentence of its quantity, and a repeated lookup through the dict's own `__getitem__`
    costs no Python call. A whole span shorter than REACH lies within REACH of each position that looks it up (its
    own, and the end before it): it is made once, by the index of its end, for all of them (a new Span costs more than
    the search for its ends)."""

    __slots__ = ("ends", "length", "whole")

    def __init__(self, ends: list[int], length: int):
        super().__init__()
        self.ends, self.length = ends, length
        self.whole: dict[int, Span] = {}

    def __missing__(self, pos: int) -> Span:
        i = bisect_right(self.ends, pos)
        span = self.whole.get(i)  # (the next fact of a sentence finds its span here)
        if span is None:
            span = self._first_of(i, pos)
        self[pos] = span
        return span

    def _first_of(self, i: int, pos: int) -> Span:
        """The span of `pos`, whose end is the `i`-th, looked up for the first time."""
        ends = self.ends
        start = ends[i - 1] + 1 if i > 0 else 0
        end = ends[i] if i < len(ends) else self.length
        if start < pos - REACH or end > pos + REACH:
            return Span(max(start, pos - REACH), min(end, pos + REACH))
        span = Span(start, end)
        if end - start < REACH:
            self.whole[i] = span
        return span


def _hard_clause_start(hard_ends: list[int], lo: int, pos: int) -> int:
    i = bisect_left(hard_ends, pos)
    if i and hard_ends[i - 1] >= lo:
        return hard_ends[i - 1] + 1
    return lo


class _HardClauseAt(dict):
    """`Layout.hard_clause` of each position looked up so far (see `_SpanAt`)."""

    __slots__ = ("hard_ends", "sentence")

    def __init__(self, hard_ends: list[int], sentence: _SpanAt):
        super().__init__()
        self.hard_ends, self.sentence = hard_ends, sentence

    def __missing__(self, pos: int) -> int:
        start = self[pos] = _hard_clause_start(self.hard_ends, self.sentence[pos].start, pos)
        return start


class _ParagraphAt(dict):
    """`Layout.paragraph` of each position looked up so far, one Span per line (see `_SpanAt`)."""

    __slots__ = ("line_starts", "length", "lines")

    def __init__(self, line_starts: list[int], length: int):
        super().__init__()
        self.line_starts, self.length = line_starts, length
        self.lines: dict[int, Span] = {}  # by the index in line_starts of the line after

    def __missing__(self, pos: int) -> Span:
        i = bisect_right(self.line_starts, pos)
        span = self.lines.get(i)
        if span is None:
            start = self.line_starts[i - 1] if i else 0
            end = self.line_starts[i] - 1 if i < len(self.line_starts) else self.length
            span = self.lines[i] = Span(start, end)
        self[pos] = span
        return span


@dataclass(slots=True)
class Layout:
    """Boundary tables for one text, and the spans of positions in it.

    - `sentence(pos)`, `period_sentence(pos)`, `clause(pos)`: the span of that kind around `pos`;
    - `hard_clause(pos)`: the start of the stretch before `pos` in its sentence that no clause end other than 、
      interrupts;
    - `paragraph(pos)`: the whole line of `pos` (callers read only its head, or back from `pos` within `REACH`).

    Spans are shared, so callers must not change them."""

    text: str
    sentence_ends: list[int]
    period_ends: list[int]
    clause_ends: list[int]
    line_starts: list[int]
    headings: list[Span] = field(default_factory=list)  # heading lines, in order
    hard_ends: list[int] = field(default_factory=list)  # clause ends other than 、
    # the lookups by position (the `__getitem__` of a `_SpanAt` and its kin)
    sentence: Callable[[int], Span] = field(init=False, repr=False, compare=False)
    period_sentence: Callable[[int], Span] = field(init=False, repr=False, compare=False)
    clause: Callable[[int], Span] = field(init=False, repr=False, compare=False)
    hard_clause: Callable[[int], int] = field(init=False, repr=False, compare=False)
    paragraph: Callable[[int], Span] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        length = len(self.text)
        sentences = _SpanAt(self.sentence_ends, length)
        self.sentence = sentences.__getitem__
        self.period_sentence = _SpanAt(self.period_ends, length).__getitem__
        self.clause = _SpanAt(self.clause_ends, length).__getitem__
        self.hard_clause = _HardClauseAt(self.hard_ends, sentences).__getitem__
        self.paragraph = _ParagraphAt(self.line_starts, length).__getitem__

    def hard_clause_start(self, lo: int, pos: int) -> int:
        """Start of the stretch before `pos` that no clause end other than 、 interrupts, not before `lo`."""
        return _hard_clause_start(self.hard_ends, lo, pos)

    def headings_before(self, pos: int) -> list[Span]:
        i = bisect_right([h.start for h in self.headings], pos)
        return self.headings[:i]


def is_heading(line: str) -> bool:
    """A heading line: Markdown/numbered, or short with no sentence punctuation inside."""
    s = line.strip().strip("*#").strip()
    if len(s) > 60:
        return False  # too long for either kind of heading below (most paragraphs): no need to search them
    if not s or _DATE_LINE.search(s) or s.replace(" ", "").isdigit():
        return False  # （2011年2月21日 罗保铭）: the date and speaker of a report, not a section; a line of
        # digits alone (1993 / 年以来, 80 / 万吨水泥) is a number broken off its sentence or a page number
    if _HEADING_MARK.match(line):
        return len(s) <= 60 and not s.endswith("。")  # 二、展望2023年，我们要乘势而上、接续奋斗，…新局面
    if len(s) > 40 or (s.endswith("。") and re.search(r"\d", s)):
        return False  # 五年城镇新增就业4500万人。 is a sentence of its own, not a section
    return len(s) <= 24 and not _SENTENCE_PUNCT.search(s.rstrip("。"))


def _ends(text: str) -> dict[int, list[int]]:
    """The positions of each kind of boundary in `text` (SENTENCE_END, CLAUSE_END… of the module's head)."""
    kinds = _ENDS[np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)]
    at = np.flatnonzero(kinds)  # every boundary (one character in ten), then each kind among them
    kinds = kinds[at]
    return {kind: at[kinds & kind != 0].tolist() for kind in (_CLAUSE, _HARD, _SENTENCE, _PERIOD, _LINE)}


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def layout(text: str) -> Layout:
    ends = _ends(text)
    line_starts = [0] + [i + 1 for i in ends[_LINE]]
    headings = []
    for start, end in zip(line_starts, ends[_LINE] + [len(text)]):
        if is_heading(text[start:end]):
            headings.append(Span(start, end))
    if "。" in text:
        glued = [Span(m.end(), _line_end(text, m.end())) for m in _GLUED_HEADING.finditer(text)]
        if glued:
            headings = sorted(headings + glued, key=lambda h: h.start)
    return Layout(
        text=text,
        sentence_ends=ends[_SENTENCE],
        period_ends=ends[_PERIOD],
        clause_ends=ends[_CLAUSE],
        line_starts=line_starts,
        headings=headings,
        hard_ends=ends[_HARD],
    )


def context_window(text: str, lay: Layout, start: int, end: int, limit: int = 60) -> str:
    """The clause around [start, end), widened by neighbouring clauses of the sentence while it fits."""
    sent = lay.sentence(start)
    if sent.end - sent.start <= limit:
        return text[sent.start:sent.end]
    left = lay.clause(start).start
    right = lay.clause(max(start, end - 1)).end
    if right - left > limit:
        left = max(sent.start, min(start, end - limit // 2) - (limit - (end - start)) // 2)
        return text[left:left + limit]
    while True:
        grew = False
        if left > sent.start:
            new_left = lay.clause(left - 2).start if left >= 2 else sent.start
            new_left = max(new_left, sent.start)
            if right - new_left <= limit:
                left, grew = new_left, True
        if right < sent.end:
            new_right = min(lay.clause(right + 1).end, sent.end)
            if new_right - left <= limit:
                right, grew = new_right, True
        if not grew:
            return text[left:right]


SHOWN_AROUND = 100  # characters shown each side of a number whose sentence is a run-on text


def sentence_text(text: str, lay: Layout, start: int, end: int) -> str:
    """The sentence a fact at [start, end) shows: its whole sentence, or, when that reaches `REACH` characters (a text
    without sentence ends), `SHOWN_AROUND` characters each side of the number, so that each fact carries a bounded
    sentence and not a copy of the whole text."""
    sent = lay.sentence(start)
    if sent.end - sent.start < REACH:
        return text[sent.start:sent.end]
    return text[max(sent.start, start - SHOWN_AROUND):min(sent.end, end + SHOWN_AROUND)]
