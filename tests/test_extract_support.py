"""Shared helper for the extraction example tests."""
from datetime import date

from zhibiao.extract import extract_facts


def facts(text, published=date(2024, 12, 20)):
    return extract_facts(text, published=published)


def one(sentence, published=date(2024, 12, 20), **expected):
    """The single fact of `sentence`; every keyword given must equal the fact's attribute."""
    found = facts(sentence, published)
    assert len(found) == 1, [f.text for f in found]
    f = found[0]
    for name, want in expected.items():
        got = getattr(f, name)
        if isinstance(want, float) or isinstance(got, float) and isinstance(want, int):
            assert abs(got - want) <= max(1e-6, 1e-6 * abs(want)), (name, got, want)
        else:
            assert got == want, (name, got, want)
    return f


def summary(text, published=date(2024, 12, 20), fields=("text", "value", "unit")):
    return [tuple(getattr(f, k) for k in fields) for f in facts(text, published)]
