"""Text as zhibiao publishes it: inert in a spreadsheet, and free of this machine's paths.

Formula-safe text (the rule agreed for every published CSV, XLSX and Parquet table): a text cell whose first
character is one of  = + - @ TAB CR '  is published with one leading apostrophe ('), so that a spreadsheet
shows it as text instead of evaluating it (`=HYPERLINK(…)`, `@SUM(…)`, `-2+3`). To recover the original,
drop the one leading apostrophe of a cell that starts with one (`recover`). The apostrophe itself is in the
set, so recovering is exact: a text that began with ' is published with two. Numbers are never changed, and
the warehouse keeps the original text.

Local paths: reasons and messages that end up in published fields must not carry an absolute path of this
machine (a user's home, a host's mount): `without_local_paths` replaces each with "<local path>".
"""
from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
_LOCAL_PATH = re.compile(r"(?<![\w.~/:])~?/(?:[^\s/'\"()\[\],;]+/)*[^\s/'\"()\[\],;]*"
                         r"|\b[A-Za-z]:\\[^\s'\"()\[\],;]*")


def make_inert(text: str | None) -> str | None:
    """The text as published: one leading apostrophe when it starts like a formula."""
    if text and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def recover(text: str | None) -> str | None:
    """The original text of a published text cell (drops one leading apostrophe)."""
    if text and text.startswith("'"):
        return text[1:]
    return text


def inert_sql(column: str) -> str:
    """The SQL expression of `make_inert` on a quoted VARCHAR column (used by the export)."""
    starts = ", ".join("'" + c.replace("'", "''") + "'" for c in FORMULA_STARTS)
    return f"CASE WHEN left({column}, 1) IN ({starts}) THEN '''' || {column} ELSE {column} END"


def without_local_paths(text: str | None) -> str | None:
    """`text` with every absolute local path (/…, ~/…, C:\\…) replaced by "<local path>"."""
    if not text:
        return text
    return _LOCAL_PATH.sub(lambda m: "<local path>" if len(m.group(0)) > 1 else m.group(0), text)
