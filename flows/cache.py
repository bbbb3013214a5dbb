"""Prefect-level caching of the read stage, keyed by the content of a batch's files.

The warehouse already skips unchanged files (by sha256 and code fingerprint), so the cache matters when
the *same batch* is read again: a run that failed after reading (warehouse busy, publish failed, the
machine stopped) and is run again, a flow retry, or a warehouse rebuilt from the same raw folder. Then
the extraction of identical bytes is reused instead of redone.

A read task's result is a path to a batch folder, so a cached result is only correct while that folder
exists. The design makes that so by construction:

- Batch folders live in a content-addressed cache folder beside the warehouse
  (`<warehouse dir>/.zhibiao-cache/read/<content key>/`), not in the run's scratch folder (which every
  run deletes).
- The content key is the sha256 over the code fingerprint (`zhibiao.fingerprint.code_fingerprint()`)
  and the source of the read stage that writes the batch files (zhibiao/stages/read.py, which the
  fingerprint does not cover), `max_bytes`, the cache folder, and for each file of the batch its path relative to the raw folder,
  its symlink target (if any) and the sha256 of its bytes.
- The Prefect cache key is `<content key>-<generation>`, where the generation is a random token written
  in the folder's `COMPLETE` marker when the folder was made. When the folder is missing or incomplete,
  the key function draws a new generation, so the old cache record can never match: the task runs, makes
  the folder with that generation and stores its result under the new key. A cache hit therefore always
  points at a complete folder made from identical bytes by identical code.
- Batches holding a file that is not a regular readable file (a FIFO, a dangling link, an unreadable
  file) get no key: whether they can be read may change without their bytes changing.
- After reading, the task checks that the sha256 of every file it read (recorded in the documents and
  rejected-files tables) is the one in the key; a file rewritten while the batch was read raises
  `BatchChanged`, a transient error, and the task is retried with a new key.
- Folders and records expire after `CACHE_DAYS`; each run deletes expired folders (and abandoned
  partial ones) before reading.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import uuid
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from pathlib import Path

import zhibiao.stages.read
from zhibiao.fingerprint import code_fingerprint
from zhibiao.hashing import sha256_file_or_none
from zhibiao.ingest.names import on_disk

CACHE_DIR = ".zhibiao-cache"
CACHE_DAYS = 7
CACHE_EXPIRATION = timedelta(days=CACHE_DAYS)
COMPLETE = "COMPLETE"
PARTIAL = ".partial-"


class BatchChanged(RuntimeError):
    """A file of the batch changed while the batch was being read (transient: the read is retried)."""


def cache_root(warehouse: Path) -> Path:
    """The read cache of a warehouse (beside it, on the same file system as the run's other files)."""
    root = Path(warehouse).absolute().parent / CACHE_DIR / "read"
    root.mkdir(parents=True, exist_ok=True)
    ignore = root.parent / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# zhibiao's read cache: never commit it\n*\n", encoding="utf-8")
    return root


@cache
def code_key() -> str:
    """The code that turns raw files into batch files: the extraction fingerprint and the read stage."""
    stage = Path(zhibiao.stages.read.__file__).read_bytes()
    return f"{code_fingerprint()}:{hashlib.sha256(stage).hexdigest()[:16]}"


@dataclass(frozen=True)
class Manifest:
    """What a batch's content key is made of; `key` is None when the batch must not be cached."""
    key: str | None
    sha256: dict[str, str | None]


def manifest(paths: list[str], raw_dir: Path, max_bytes: int, root: Path, budget=None) -> Manifest:
    entries, shas, cacheable = [], {}, True
    for rel in paths:
        path = Path(raw_dir) / on_disk(rel)
        link = os.readlink(path) if path.is_symlink() else None
        sha = sha256_file_or_none(path) if path.is_file() else None  # never open a FIFO
        shas[rel] = sha
        cacheable &= sha is not None
        entries.append([rel, link, sha])
    if not cacheable:
        return Manifest(None, shas)
    material = json.dumps({"v": 1, "code": code_key(), "max_bytes": max_bytes, "budget": repr(budget),
                           "cache": str(Path(root).absolute()), "files": entries}, ensure_ascii=False)
    return Manifest(hashlib.sha256(material.encode()).hexdigest()[:32], shas)


def generation(folder: Path) -> str | None:
    """The generation token of a complete batch folder, or None when it is missing or incomplete."""
    try:
        return json.loads((folder / COMPLETE).read_text(encoding="utf-8"))["generation"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def read_cache_key(context, parameters: dict) -> str | None:
    """Prefect `cache_key_fn` of the read task: `<content key>-<generation>` (see the module doc)."""
    root = Path(parameters["cache_root"])
    content = manifest(parameters["paths"], Path(parameters["raw_dir"]), parameters["max_bytes"], root,
                       parameters.get("budget")).key
    if content is None:
        return None
    return f"{content}-{generation(root / content) or uuid.uuid4().hex[:12]}"


def split_key(key: str | None) -> tuple[str | None, str | None]:
    if not key or "-" not in key:
        return None, None
    content, gen = key.rsplit("-", 1)
    return content, gen


def seal(tmp: Path, folder: Path, content: str, gen: str, shas: dict[str, str | None]) -> Path:
    """Mark a freshly read batch folder complete and move it into place (replacing an incomplete one)."""
    (tmp / COMPLETE).write_text(json.dumps({"key": content, "generation": gen, "files": shas,
                                            "created": time.time()}, ensure_ascii=False), encoding="utf-8")
    if folder.exists():
        shutil.rmtree(folder)
    os.replace(tmp, folder)
    return folder


def prune(root: Path, max_age: timedelta = CACHE_EXPIRATION) -> int:
    """Delete batch folders older than `max_age` and partial folders older than an hour; returns how many."""
    now, removed = time.time(), 0
    for folder in Path(root).iterdir() if Path(root).is_dir() else []:
        try:
            if PARTIAL in folder.name:
                stale = now - folder.stat().st_mtime > 3600
            else:
                marker = folder / COMPLETE
                stale = not marker.exists() or now - marker.stat().st_mtime > max_age.total_seconds()
        except OSError:
            continue
        if stale:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed
