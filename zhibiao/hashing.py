"""sha256 of a file, read in blocks so that a large file (facts.csv is ~190 MB at 10,000 reports) is never
held whole. One function for the raw files (ingest, discover, the flow's cache) and the package (publish, gate)."""
from __future__ import annotations

import hashlib
from pathlib import Path

_BLOCK = 1 << 20  # a read holds two blocks at most: a rejected huge file costs ~2 MB


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def sha256_file_or_none(path: str | Path) -> str | None:
    """The file's sha256, or None when it cannot be read (the read stage records why)."""
    try:
        return sha256_file(path)
    except OSError:
        return None
