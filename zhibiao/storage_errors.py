"""Disk-full and permission errors, told in one line that names the file and the cause.

A write that fails because the disk is full, a quota is reached, a folder is read-only or not ours,
surfaces in many shapes: an OSError with its errno (Python's own I/O, pyarrow), an OSError without a
file name (a write after the open succeeded), a DuckDB exception whose message quotes the file
("Could not write file "….wal": No space left on device"), or any of these as the cause or context of
another exception (a process pool re-raises the worker's error; a failing handler raises its own).
`storage_problem` finds the first such error in an exception's chain and says which file and why, so the
command line can print one line instead of a chained traceback whose last line is not the cause.
"""
from __future__ import annotations

import errno
import os
import re
from dataclasses import dataclass
from pathlib import Path

# errno → (what happened, what the user can do)
CAUSES = {
    errno.ENOSPC: ("no space left on device", "free some space there and run again"),
    errno.EDQUOT: ("disk quota exceeded", "free some space or raise the quota, and run again"),
    errno.EFBIG: ("file too large (the file size limit, see `ulimit -f`)", "raise the limit and run again"),
    errno.EROFS: ("read-only file system", "choose a writable folder or remount it read-write"),
    errno.EACCES: ("permission denied", "give this user write access or choose another folder"),
    errno.EPERM: ("operation not permitted", "give this user write access or choose another folder"),
}
# The C library's text of each errno, as DuckDB and Arrow quote it inside their own messages.
MESSAGES = {os.strerror(code).lower(): code for code in CAUSES}
QUOTED_PATH = re.compile(r"""["']([^"']*[/\\][^"']*)["']""")  # a quoted text with a path separator in it


@dataclass(frozen=True)
class StorageProblem:
    path: str  # the file (or folder) that could not be written; "" when nothing names one
    errno: int

    @property
    def cause(self) -> str:
        return CAUSES[self.errno][0]

    @property
    def hint(self) -> str:
        return CAUSES[self.errno][1]

    def line(self) -> str:
        """The one line a user reads: `zhibiao: <file>: <cause> (<free space>; <what to do>)`."""
        free = _free_space(self.path) if self.errno in (errno.ENOSPC, errno.EDQUOT) else ""
        where = f"{self.path}: " if self.path else ""
        return f"zhibiao: {where}{self.cause} ({free}{self.hint})"


def storage_problem(exc: BaseException, folders: tuple[Path, ...] = ()) -> StorageProblem | None:
    """The first disk-full or permission error in `exc`'s chain (cause, context), or None.

    When no error in the chain names its file (a failed write after a successful open has none), the
    first of `folders` (the places the command writes) whose file system shows the problem is named.
    """
    for error in _chain(exc):
        code = _errno_of(error)
        if code is None:
            continue
        path = _path_of(error) or _suspect_folder(code, folders)
        return StorageProblem(path, code)
    return None


def _chain(exc: BaseException):
    seen: set[int] = set()
    todo = [exc]
    while todo:
        error = todo.pop(0)
        if error is None or id(error) in seen:
            continue
        seen.add(id(error))
        yield error
        todo += [error.__cause__, error.__context__]


def _errno_of(error: BaseException) -> int | None:
    if isinstance(error, OSError) and error.errno in CAUSES:
        return error.errno
    text = str(error).lower()
    for message, code in MESSAGES.items():
        if message in text:
            return code
    return None


def _path_of(error: BaseException) -> str:
    if isinstance(error, OSError) and error.errno in CAUSES:
        name = error.filename if error.filename is not None else error.filename2
        return os.fsdecode(name) if name is not None else ""
    found = QUOTED_PATH.search(str(error).replace('\\"', '"'))  # DuckDB nests JSON: \"path\"
    return found.group(1) if found else ""


def _suspect_folder(code: int, folders: tuple[Path, ...]) -> str:
    """The first folder whose file system is full (ENOSPC, EDQUOT) or not writable (the others)."""
    for folder in folders:
        existing = _existing(Path(folder))
        if existing is None:
            continue
        try:
            fs = os.statvfs(existing)
        except OSError:
            continue
        full = fs.f_bavail * fs.f_frsize < 1 << 20  # less than 1 MiB left
        read_only = bool(fs.f_flag & os.ST_RDONLY) or not os.access(existing, os.W_OK)
        if (full if code in (errno.ENOSPC, errno.EDQUOT) else read_only):
            return str(folder)
    return " or ".join(str(f) for f in folders)


def _existing(path: Path) -> Path | None:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return None


def _free_space(path: str) -> str:
    existing = _existing(Path(path.split(" or ")[0])) if path else None
    if existing is None:
        return ""
    try:
        fs = os.statvfs(existing)
    except OSError:
        return ""
    return f"{fs.f_bavail * fs.f_frsize / 1e6:,.1f} MB free on its file system; "
