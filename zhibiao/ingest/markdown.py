"""Markdown (as used by report compilations) → readable plain text.

Makes: table rows as one line with cells separated by a tab (the `|---|` rule row dropped, `<br>`
inside a cell becomes a space so the row stays one line), `**bold**`/`__bold__` without the markers (a bold lead
with no stop of its own that opens a line of text becomes a line of its own, as the heading it is),
headings without `#`, links as their text, images and horizontal rules dropped, blockquote `>`
removed, and the common inline HTML tags (`<br>`, `<span>`, `<font>`, `<b>`, `<sup>` …) removed;
`<br>` outside tables is a line break. Text that is plain already passes through unchanged.
"""
from __future__ import annotations

import re

_ROW = re.compile(r"^\s*\|.*\|\s*$")
_RULE_ROW = re.compile(r"^\s*\|?[\s:|-]*-{3,}[\s:|-]*\|?\s*$")
_BR = re.compile(r"<br\s*/?>", re.I)
_INLINE_TAG = re.compile(
    r"</?(?:p|span|font|b|i|u|em|strong|sup|sub|small|big|a|div|center|s|strike|ins|del|mark)\b[^<>\n]{0,300}>|<img\b[^<>\n]{0,500}>",
    re.I,
)
# **一、经济发展步伐加快，综合实力不断增强** 预计2003年全区国内生产总值1850亿元: a bold lead with no stop of its own,
# followed by text on its line, is that paragraph's heading (its words are no subject of the figures after it)
# (not in a table row, whose cells a tab parts)
_BOLD_LEAD = re.compile(r"^(?![^\n]*\t)([ \u3000]*)\*\*([^*\n]{1,80}?[^*\s。！？；!?;：:，,、])\*\*[ \u3000]*"
                        r"(?=[^\s*。！？；!?;：:，,、）)])", re.M)
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_HEADING = re.compile(r"^(?:[ \t\u3000]*#{1,6}\s+)+", re.M)
_HR = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$", re.M)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^)\s]+)(?:\s+\"[^\"\n]*\")?\)")
_QUOTE = re.compile(r"^(?:\s{0,3}>\s?)+", re.M)


def _row_to_line(line: str) -> str:
    cells = line.strip().strip("|").split("|")
    return "\t".join(_BR.sub(" ", c).strip() for c in cells)


def tables_to_lines(text: str) -> str:
    if "|" not in text:
        return text
    out = []
    for line in text.split("\n"):
        if "|" in line and _ROW.match(line):
            if _RULE_ROW.match(line):
                continue
            out.append(_row_to_line(line))
        else:
            out.append(line)
    return "\n".join(out)


def markdown_to_text(text: str) -> str:
    """Convert until nothing changes (at most 3 rounds): removing a tag can leave a table row behind."""
    for _ in range(3):
        out = _convert(text)
        if out == text:
            break
        text = out
    return text


def _convert(text: str) -> str:
    if "<" in text:
        text = _INLINE_TAG.sub("", text)
    text = tables_to_lines(text)  # before <br> becomes a line break: inside a row it is a space
    if "<" in text:
        text = _BR.sub("\n", text)
    if "**" in text or "__" in text:
        text = _BOLD_LEAD.sub(r"\1\2\n", text)
        text = _BOLD.sub(lambda m: m.group(1) or m.group(2), text)
    if "#" in text:
        text = _HEADING.sub("", text)
    if "](" in text:
        text = _LINK.sub(r"\1", _IMAGE.sub("", text))
    if ">" in text:
        text = _QUOTE.sub("", text)
    return _HR.sub("", text)


def looks_like_markdown(text: str) -> bool:
    sample = text[:100000]
    return bool(
        "**" in sample
        or re.search(r"^[ \t\u3000]*#{1,6}\s", sample, re.M)
        or re.search(r"^\s*\|.*\|\s*$\n^\s*\|?[\s:|-]*-{3,}", sample, re.M)
    )
