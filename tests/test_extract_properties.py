"""Whatever text comes in, extraction does not fail and its offsets are right."""
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from zhibiao.extract import JSON_FIELDS, extract_facts, fact_to_json
from zhibiao.model import MEASURES, QUALIFIERS, STATUSES

REPORTISH = st.text(alphabet=st.sampled_from(list("0123456789.,%％、，。;；万亿元个人次亩吨千瓦时增长下降约超余以上第年月日"
                                                  "“”《》-—×翻一番两三五成分之占比率")), max_size=80)


def check(text, published=None):
    for f in extract_facts(text, published=published):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end] == f.text
        assert f.measure in MEASURES and f.qualifier in QUALIFIERS and f.status in STATUSES
        assert len(f.context) <= 60 and f.context in text
        assert f.sentence in text
        assert set(fact_to_json("x.txt", f)) == set(JSON_FIELDS)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode(text):
    check(text)


@settings(max_examples=300, deadline=None)
@given(REPORTISH, st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31))))
def test_report_like_text(text, published):
    check(text, published)
