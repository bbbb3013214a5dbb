"""Discover: list the raw folder, hash every file, and decide what this run must read.

Loads the raw folder listing and the warehouse's `raw.files`; makes a `RunPlan` (saved as JSON in
the run folder): files to read (new, changed, or read by older code), unchanged files to skip,
files gone from the folder, and duplicates (same bytes as another file).
"""
from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from zhibiao.fingerprint import code_fingerprint
from zhibiao.hashing import sha256_file_or_none
from zhibiao.ingest import discover_files
from zhibiao.ingest.names import recorded
from zhibiao.warehouse import connect, scalar

RACY_NS = 2_000_000_000  # a file changed less than 2 s before it was hashed is hashed again next time


@dataclass
class RunPlan:
    run_id: str
    raw_dir: str
    fingerprint: str
    files: dict[str, dict]  # relative path (as recorded) → {"bytes", "sha256"} for every file seen
    to_read: list[str] = field(default_factory=list)
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    duplicates: dict[str, str] = field(default_factory=dict)  # path → path of the copy that is read

    @property
    def nothing_to_do(self) -> bool:
        return not (self.to_read or self.removed or self.duplicates)

    def save(self, path: Path) -> Path:
        path.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1), encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: Path) -> "RunPlan":
        return cls(**json.loads(Path(path).read_text(encoding="utf-8")))


def list_raw(raw_dir: Path, known: dict[str, list] | None = None) -> dict[str, dict]:
    """Every file of the raw folder with its size and sha256.

    `known` (updated in place) maps a path to [size, mtime_ns, ctime_ns, inode, device, sha256] from an
    earlier listing: a file whose stat is the same is not hashed again. Any write changes ctime, which no
    program can set back, so an unchanged stat means unchanged bytes; files written within RACY_NS of
    their hashing are never trusted this way (as git does for its index).
    """
    files = {}
    for path in discover_files(raw_dir):
        rel = recorded(path.relative_to(raw_dir).as_posix())  # always valid UTF-8 (zhibiao.ingest.names)
        try:
            st = path.stat()
        except OSError:
            files[rel] = {"bytes": None, "sha256": None}
            continue
        if not stat.S_ISREG(st.st_mode):
            files[rel] = {"bytes": st.st_size, "sha256": None}
            continue
        key = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]
        entry = (known or {}).get(rel)
        if entry and entry[:5] == key:
            sha = entry[5]
        else:
            hashed_at = time.time_ns()
            sha = sha256_file_or_none(path)
            if known is not None:
                if sha and max(st.st_mtime_ns, st.st_ctime_ns) < hashed_at - RACY_NS:
                    known[rel] = key + [sha]
                else:
                    known.pop(rel, None)
        files[rel] = {"bytes": st.st_size, "sha256": sha}
    if known is not None:
        for rel in set(known) - set(files):
            del known[rel]
    return files


def _stat_cache(warehouse: Path, raw_dir: Path) -> Path:
    key = hashlib.sha256(str(Path(raw_dir).resolve()).encode()).hexdigest()[:16]
    return Path(warehouse).absolute().parent / ".zhibiao-cache" / "discover" / f"{key}.json"


def _load_stat_cache(path: Path) -> dict[str, list]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _save_stat_cache(path: Path, known: dict[str, list]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        ignore = path.parent.parent / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# zhibiao's caches: never commit them\n*\n", encoding="utf-8")
        tmp = path.with_suffix(".partial")
        tmp.write_text(json.dumps(known), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # only a cache: the next run hashes again


def loaded_files(warehouse: Path) -> dict[str, dict]:
    """What the warehouse knows of each path: sha256, fingerprint, outcome."""
    if not Path(warehouse).exists():
        return {}
    with connect(warehouse, read_only=True) as con:
        if not scalar(con, "SELECT count(*) FROM duckdb_tables() WHERE schema_name='raw' AND table_name='files'"):
            return {}
        rows = con.execute("SELECT source_path, sha256, fingerprint, outcome, doc_id FROM raw.files").fetchall()
    return {r[0]: {"sha256": r[1], "fingerprint": r[2], "outcome": r[3], "doc_id": r[4]} for r in rows}


def plan_run(raw_dir: Path, warehouse: Path, run_id: str) -> RunPlan:
    cache = _stat_cache(warehouse, raw_dir)
    stats = _load_stat_cache(cache)
    files = list_raw(Path(raw_dir), stats)
    _save_stat_cache(cache, stats)
    known = loaded_files(warehouse)
    plan = RunPlan(run_id=run_id, raw_dir=str(raw_dir), fingerprint=code_fingerprint(), files=files)
    current_by_sha = _current_copies(files, known)
    for rel, info in files.items():
        sha, before = info["sha256"], known.get(rel)
        original = current_by_sha.get(sha)
        if sha and original and original != rel:
            if not (before and before["outcome"] == "duplicate" and before["sha256"] == sha
                    and before["fingerprint"] == plan.fingerprint):
                plan.duplicates[rel] = original
            else:
                plan.unchanged.append(rel)
        elif before is None or before["outcome"] == "removed":
            plan.new.append(rel)
        elif before["sha256"] != sha or sha is None:
            plan.changed.append(rel)
        elif before["fingerprint"] != plan.fingerprint or before["outcome"] == "duplicate":
            plan.changed.append(rel)  # same bytes, but read by other code (or its original is gone)
        else:
            plan.unchanged.append(rel)
    plan.to_read = sorted(plan.new + plan.changed)
    plan.removed = sorted(p for p, k in known.items() if p not in files and k["outcome"] != "removed")
    return plan


def _current_copies(files: dict[str, dict], known: dict[str, dict]) -> dict[str, str]:
    """sha256 → the one path whose copy is read: the copy already loaded, else the first by name."""
    chosen: dict[str, str] = {}
    for rel in sorted(files, key=lambda r: (known.get(r, {}).get("outcome") != "document", r)):
        sha = files[rel]["sha256"]
        if sha and sha not in chosen:
            chosen[sha] = rel
    return chosen
