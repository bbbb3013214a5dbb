"""Traditional → Simplified conversion with OpenCC, and detecting whether a text is Traditional.

OpenCC converters are not picklable, so one is built lazily per process (on first use), never at import
time and never passed between processes.
"""
from __future__ import annotations

import re
from functools import lru_cache

_HAN = re.compile(r"[\u4e00-\u9fff]")
_DETECT_SAMPLE = 8000  # characters inspected to decide; the whole text is converted when Traditional


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """OpenCC t2s (character and phrase level, ~50 MB/s)."""
    return _converter().convert(text) if text else text


def traditional_share(text: str) -> float:
    """Share of Chinese characters in (a sample of) `text` that t2s changes: ~0 for Simplified text,
    roughly 0.2–0.4 for Traditional text."""
    sample = "".join(_HAN.findall(text[:_DETECT_SAMPLE]))
    if not sample:
        return 0.0
    converted = to_simplified(sample)
    if len(converted) != len(sample):  # phrase rules changed the length: compare character sets instead
        return len(set(sample) - set(converted)) / max(1, len(set(sample)))
    changed = sum(map(str.__ne__, sample, converted))
    return changed / len(sample)


def is_traditional(text: str) -> bool:
    """True when the text is written in Traditional characters (≥5% of its hanzi change under t2s,
    and at least two of them). Simplified text is never converted, so its rare t2s changes (乾, 著…)
    cannot corrupt it."""
    sample = "".join(_HAN.findall(text[:_DETECT_SAMPLE]))
    if len(sample) < 2:
        return False
    share = traditional_share(sample)  # a second findall on `sample` is cheap: it is all hanzi
    return share >= 0.05 and share * len(sample) >= 2
