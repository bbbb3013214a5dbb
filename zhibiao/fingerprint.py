"""A fingerprint of the code and data that turn a raw file into rows.

A file is skipped on the next run only when both its sha256 and this fingerprint are unchanged, so
upgrading the extractor or the unit registry re-reads every file instead of keeping stale facts.
"""
from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import schemas

import zhibiao

_PARTS = ("ingest", "extract", "data", "numerals.py", "units.py", "indicators.py", "model.py", "rows.py")


@cache
def code_fingerprint() -> str:
    digest = hashlib.sha256(zhibiao.__version__.encode())
    roots = [Path(zhibiao.__file__).parent / part for part in _PARTS] + [Path(schemas.__file__).parent / "models.py"]
    for root in roots:
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for path in files:
            if path.suffix in {".py", ".csv", ".json", ".txt"} and path.exists():
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
