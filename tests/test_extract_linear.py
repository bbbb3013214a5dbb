"""Extraction is linear in text length, also for a text without sentence ends (one long line): every rule reads a
bounded stretch around its number. Work is counted, not timed: the characters every regular expression of the
extractor is asked to scan. (Speed itself is measured by `make bench`, in its "one-line text" table.)"""
import re
from datetime import date

import pytest

import zhibiao.extract as extract_package
from zhibiao.extract import extract_facts
from zhibiao.extract.structure import REACH, SHOWN_AROUND, layout

# Real report phrases with a time, status cues, a sub-region and a 分别 list, so that each rule's look-back runs.
PHRASES = ("2023年全市地区生产总值完成692.5亿元，同比增长8.5%，接待游客170万人次，预计全年旅游收入增长12%，"
           "高新区规模以上工业增加值增长10.2%，力争明年财政收入突破50亿元，粮食、蔬菜产量分别增长3%、5%")


class CountingPattern:
    """A compiled pattern that adds the length of every stretch it scans to `counter[0]`."""

    def __init__(self, pattern: re.Pattern, counter: list[int]):
        self._pattern, self._counter = pattern, counter

    def __hash__(self):  # patterns are also dictionary keys (indicator.TAIL_WIDTHS)
        return hash(self._pattern)

    def __eq__(self, other):
        return self._pattern == getattr(other, "_pattern", other)

    def __getattr__(self, name):
        method = getattr(self._pattern, name)
        if not callable(method):
            return method

        def counted(*args, **kwargs):
            string = args[1] if name in ("sub", "subn") else args[0]  # sub(repl, string), the others (string, …)
            lo, hi = 0, len(string)
            if name in ("search", "match", "fullmatch", "finditer", "findall"):  # (string, pos, endpos)
                lo = args[1] if len(args) > 1 else kwargs.get("pos", 0)
                hi = min(hi, args[2] if len(args) > 2 else kwargs.get("endpos", hi))
            found = method(*args, **kwargs)
            if name in ("match", "fullmatch"):  # an anchored match reads what it matches (about)
                hi = found.end() if found else lo + 1
            elif name == "search" and found:  # a search stops at its match
                hi = found.end()
            self._counter[0] += max(0, hi - lo)
            return found
        setattr(self, name, counted)  # looked up once
        return counted


@pytest.fixture
def scanned(monkeypatch):
    """Characters scanned by the extractor's regular expressions (module patterns and `re.*` calls alike)."""
    counter = [0]
    modules = [extract_package] + [getattr(extract_package, name) for name in (
        "dating", "filters", "grammar", "indicator", "measure", "period", "place", "report_tables", "status",
        "structure")]
    for module in modules:
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                monkeypatch.setattr(module, name, CountingPattern(value, counter))
    for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split"):
        original = getattr(re, name)

        def counted(pattern, string, *args, _original=original, _name=name, **kwargs):
            text = args[0] if _name == "sub" and args else string
            counter[0] += len(text) if isinstance(text, str) else 0
            return _original(pattern, string, *args, **kwargs)
        monkeypatch.setattr(re, name, counted)
    return counter


def one_line(copies: int) -> str:
    return "，".join([PHRASES] * copies) + "。"


def work(counter: list[int], text: str) -> tuple[int, int]:
    counter[0] = 0
    facts = extract_facts(text, published=date(2024, 1, 20), errors=(errors := []))
    assert errors == []
    return counter[0], len(facts)


def test_a_text_four_times_longer_without_sentence_ends_takes_about_four_times_the_work(scanned):
    base = one_line(60)  # 6,500 characters: three times the reach of a rule, so most look-backs are full
    assert len(base) > 3 * REACH
    work_1, facts_1 = work(scanned, base)
    work_4, facts_4 = work(scanned, one_line(240))
    assert facts_4 == 4 * facts_1
    # linear work gives 4 (the text before the first full look-back is cheaper: a little more); the square of the
    # length gave 16 (each number re-read the whole line before it)
    assert 3 < work_4 / work_1 < 6


def test_spans_reach_a_bounded_stretch_around_a_position():
    text = one_line(100)
    lay = layout(text)
    pos = len(text) // 2
    for span in (lay.sentence(pos), lay.period_sentence(pos)):
        assert span.start == pos - REACH and span.end == pos + REACH
    short = layout("全市生产总值增长8.5%。")
    assert (short.sentence(3).start, short.sentence(3).end) == (0, 12)


def test_a_fact_of_a_run_on_text_shows_the_text_around_it_not_the_whole_line():
    text = one_line(100)
    facts = extract_facts(text, published=date(2024, 1, 20))
    middle = facts[len(facts) // 2]
    assert middle.sentence == text[middle.start - SHOWN_AROUND:middle.end + SHOWN_AROUND]
    sentence = "全市生产总值完成692.5亿元，同比增长8.5%。"
    assert {f.sentence for f in extract_facts(sentence)} == {sentence[:-1]}
