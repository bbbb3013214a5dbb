"""Metadata blocks that precede the body: YAML front matter and scraper headers.

Loads: decoded text (line breaks already "\\n"). Makes: (fields, body) where `fields` maps the block's
keys to their string values and `body` is the text after the block. Front matter is `---` … `---` at the
very start (leading blank lines allowed); simple `key: value` lines are read (quotes stripped, lists
and nested keys ignored), which is all report compilations and feed tools write. A scraper header is a
run of `键：值` lines at the start (标题 / 发文单位 / 发文时间 / 报告人 / 来源URL …) ended by `正文：`.
"""
from __future__ import annotations

import re

_FRONT = re.compile(r"\A\s*---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_YAML_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_HEADER_KEYS = "标题|題目|题目|發文單位|发文单位|发文机关|发布机构|发文时间|發文時間|发布时间|报告人|来源URL|来源网址|来源|原文链接|链接|URL|url|作者|日期"
_HEADER_LINE = re.compile(rf"^\s*({_HEADER_KEYS})\s*[:：]\s*(.*?)\s*$")
_BODY_MARK = re.compile(r"^\s*(?:正文|內容|内容|全文)\s*[:：]\s*$")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT.match(text)
    if not m:
        return {}, text
    fields: dict[str, str] = {}
    for line in m.group(1).split("\n"):
        lm = _YAML_LINE.match(line)
        if lm and lm.group(2):
            value = lm.group(2)
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            fields.setdefault(lm.group(1).lower(), value)
    if not fields:  # a Markdown horizontal rule pair, not front matter
        return {}, text
    return fields, text[m.end() :]


def split_scraper_header(text: str) -> tuple[dict[str, str], str]:
    """`标题：…\\n发文单位：…\\n…\\n正文：` at the start → (fields, body). Needs `正文：` or ≥2 known keys."""
    fields: dict[str, str] = {}
    pos = 0
    lines = text.split("\n")
    consumed = 0
    for i, line in enumerate(lines[:40]):
        if not line.strip():
            consumed = i + 1
            continue
        hm = _HEADER_LINE.match(line)
        if hm:
            fields.setdefault(hm.group(1), hm.group(2))
            consumed = i + 1
            continue
        if _BODY_MARK.match(line) and fields:
            consumed = i + 1
            pos = sum(len(x) + 1 for x in lines[:consumed])
            return fields, text[pos:]
        break
    if len(fields) >= 2 and ("标题" in fields or "发文单位" in fields or "来源URL" in fields):
        pos = sum(len(x) + 1 for x in lines[:consumed])
        return fields, text[pos:]
    return {}, text
