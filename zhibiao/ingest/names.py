"""File names as zhibiao records them: always valid UTF-8 text, and one recorded name per file.

A POSIX file name is bytes. Python lists a name that is not UTF-8 (e.g. GBK bytes, `gbk_\xd6\xd0.txt`) with
lone surrogates (PEP 383), which cannot be written as UTF-8 JSON, stored in DuckDB or published. Such a name is
recorded with each byte that is not UTF-8 written as `\\xHH` and each backslash doubled; a name with a
backslash is escaped the same way even when it is UTF-8, so no two files ever share a recorded name. Every
other name (nearly all) is recorded as it is. `on_disk` turns a recorded name back into the name to open.
"""
from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\(\\|x[0-9a-f]{2})")


def _undecodable(char: str) -> bool:
    return "\udc80" <= char <= "\udcff"


def recorded(name: str) -> str:
    """The name as zhibiao records and publishes it (valid UTF-8); `name` as os.listdir gives it."""
    if "\\" not in name and not any(_undecodable(c) for c in name):
        return name
    return "".join("\\\\" if c == "\\" else f"\\x{ord(c) - 0xDC00:02x}" if _undecodable(c) else c for c in name)


def on_disk(name: str) -> str:
    """The name to open for a recorded name (the inverse of `recorded`)."""
    if "\\" not in name:
        return name
    return _ESCAPE.sub(lambda m: "\\" if m.group(1) == "\\" else chr(0xDC00 + int(m.group(1)[1:], 16)), name)
