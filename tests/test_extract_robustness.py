"""One bad sentence never loses a document: real report sentences that once crashed the extractor, a fault
injected into one fact, and hypothesis runs over sentences of the real corpus."""
import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhibiao.extract import extract_facts
from zhibiao.extract import measure as measure_module

from .conftest import SHARED

CORPUS = SHARED / "corpus" / "lawgov"


def values(sentence):
    errors = []
    found = [f.value for f in extract_facts(sentence, errors=errors)]
    assert errors == []
    return found


def test_a_fenbie_list_whose_earlier_values_name_nothing():
    # 广东省 2018: the subjects of the second list come from values that have no indicator of their own
    assert values("城镇、农村低保对象最低生活保障人均补差水平，分别从每月457元、206元提高到503元、228元；"
                  "特困人员基本生活标准按不低于当地最低生活保障标准的1.6倍。")[:4] == [457, 206, 503, 228]
    # 梅州市 2020
    assert values("②困难残疾人生活补贴、重度残疾人护理补贴标准，分别从每人每月165元和220元提高到175元、235元。") == [
        165, 220, 175, 235]
    # 宣城市 2016
    assert values("城镇和农村居民人均可支配收入均居全省第5位，年均增长12.5%和13.5%，分别高于生产总值增幅1.5个和2.5个百分点。") == [
        12.5, 13.5, 1.5, 2.5]


def test_an_exception_in_one_fact_keeps_the_others(monkeypatch, plain_python):
    if plain_python:
        return  # (run again on the plain Python source, where the patch below reaches)
    classify = measure_module.classify

    def failing(unit, raw_unit, before, *args):
        if before.endswith("增长"):
            raise ValueError("injected")
        return classify(unit, raw_unit, before, *args)

    monkeypatch.setattr(measure_module, "classify", failing)
    text = "全市地区生产总值692.5亿元，增长8.5%。接待游客170万人次。"
    errors = []
    facts = extract_facts(text, errors=errors)
    assert [f.text for f in facts] == ["692.5亿元", "170万人次"]
    assert len(errors) == 1
    assert errors[0].text == "8.5%" and text[errors[0].start:errors[0].end] == "8.5%"
    assert errors[0].error.startswith("ValueError: injected (")
    assert errors[0].sentence.startswith("全市地区生产总值692.5亿元")
    with pytest.raises(ValueError):  # nobody collects errors: the exception is the caller's
        extract_facts(text)


@cache
def corpus_sentences() -> list[str]:
    """Sentences with a number from every 25th file of the real corpus (about 100 files, mixed groups)."""
    if not CORPUS.is_dir():
        return []
    files = sorted(CORPUS.rglob("*.md"))[::25]
    out = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        out += [s for s in re.split(r"(?<=[。；！？\n])", text) if re.search(r"\d", s) and len(s) < 600]
    return out


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_real_corpus_sentences_never_raise(data):
    sentences = corpus_sentences()
    if not sentences:
        pytest.skip(f"corpus not found at {CORPUS}")
    # one to three sentences, in any order: lists and references then cross sentence boundaries
    picked = data.draw(st.lists(st.sampled_from(sentences), min_size=1, max_size=3))
    text = "".join(picked)
    errors = []
    for f in extract_facts(text, errors=errors):
        assert text[f.start:f.end] == f.text
    assert errors == [], errors[0].error
