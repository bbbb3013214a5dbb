"""The records that move between zhibiao's stages: a read document, a rejected file, a quantity fact.

These are plain dataclasses so the library stays free of pandas and Prefect; the table schemas in
`schemas/` describe the same fields as columns.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

MEASURES = ("level", "growth", "share", "change", "ratio")
QUALIFIERS = ("exact", "approx", "at_least", "at_most")
STATUSES = ("actual", "target", "estimate")


@dataclass(slots=True)
class Document:
    """One raw file read, decoded and cleaned. `text` is what fact offsets point into."""

    doc_id: str  # content hash: first 16 hex digits of sha256 of the raw bytes
    source_file: str  # base name, e.g. 000_52e83b58d529340d.txt
    source_path: str  # path relative to the raw folder, POSIX separators
    sha256: str
    bytes: int
    encoding: str  # encoding the bytes were decoded with, e.g. utf-8, gb18030, big5, utf-16
    format: str  # text | markdown | html
    text: str  # cleaned, Simplified-Chinese text
    title: str | None = None
    published_date: date | None = None
    outlet: str | None = None  # newspaper / website / issuing office when the text names it
    region: str | None = None  # name of the place the report is about, e.g. 松原市
    region_code: str | None = None  # 6-digit administrative division code
    region_level: str | None = None  # province | prefecture | county
    province: str | None = None
    traditional: bool = False  # the source was written in Traditional characters
    notes: list[str] = field(default_factory=list)  # what cleaning did, for humans


@dataclass(slots=True)
class RejectedFile:
    """A raw file that could not become a document, with a reason a person understands."""

    source_path: str
    bytes: int
    sha256: str | None
    reason: str


@dataclass(slots=True)
class ExtractionError:
    """An exception raised while extracting one quantity (or one step over the text), with where it happened."""

    start: int  # span in Document.text that was being read
    end: int
    text: str  # the text of that span (at most 200 characters)
    sentence: str  # the sentence around it
    error: str  # exception type, message and the extractor's file:line


@dataclass(slots=True)
class Fact:
    """One quantity fact, as the gold GUIDE defines it, with offsets into the cleaned text."""

    text: str  # surface text incl. leading qualifier word: 超100亿元, 300余个, 2×350MW
    start: int  # offset of text in Document.text
    end: int
    raw_value: float  # the number as written, before the unit factor: 692.5
    raw_unit: str  # the unit as written: 亿元
    value: float  # in the canonical unit, signed (下降 → negative)
    unit: str  # canonical unit code: CNY, person, percent, ...
    measure: str  # one of MEASURES
    qualifier: str  # one of QUALIFIERS
    status: str  # one of STATUSES
    indicator: str | None  # short Simplified noun phrase naming what is measured
    period: str | None  # 2024 | 2024-01/2024-06 | None
    sentence: str  # the sentence the fact stands in
    context: str  # the clause around the fact, at most 60 characters
    indicator_code: str | None = None  # code in the indicator dictionary, when one fits
    region: str | None = None  # the place the fact is about (the document's unless the clause names another)
    region_code: str | None = None  # its 6-digit code; 100000 is the whole country (全国)
    # codes of the other indicators the number is given for (地区生产总值、公共财政预算收入均增长10%: gdp's fact
    # shares it with general_budget_revenue); one number is one fact
    shared_with: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return asdict(self)
