"""One run at a time per warehouse folder, and one publish at a time per package folder.

Runs share the folder beside the warehouse: its `.runs` scratch folder (each run clears it), the read
cache, and the DuckDB file (one writer). A scheduled run that fires while someone runs `zhibiao run` by
hand must wait, not interleave. A publish (a run's, or `zhibiao publish`) stages, checks and switches the
package in its folder: a second publish must wait, never clear the first one's staging folder.

Each lock is an advisory `flock` on the folder itself (no lock file to clean up or ignore); the OS releases
it when the process ends, even on SIGKILL. A run may publish into its own warehouse folder: there its run
lock stands for the publish lock. Who holds a lock is read from /proc/locks (Linux), so a waiting command
names the process it waits for: "a zhibiao run (process 12)", "a zhibiao publish (process 13)".
"""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from zhibiao.warehouse import WarehouseBusy, process_name

try:
    import fcntl
except ImportError:  # not POSIX: no lock (DuckDB's own file lock still keeps a second writer out)
    fcntl = None

DEFAULT_WAIT_SECONDS = 600.0
POLL_SECONDS = 0.2
_runs_held: dict[tuple[int, int], int] = {}  # (device, inode) of each folder a run of this process holds


class PackageBusy(WarehouseBusy):
    """Another process is publishing into the same package folder."""


@contextmanager
def exclusive_run(warehouse: Path, *, wait: float = DEFAULT_WAIT_SECONDS,
                  on_wait: Callable[[Path], None] | None = None) -> Iterator[None]:
    """Hold the warehouse folder's run lock; wait up to `wait` seconds for another run to finish,
    calling `on_wait(folder)` once when it has to, then raise WarehouseBusy."""
    folder = Path(warehouse).absolute().parent

    def busy(holder: str) -> WarehouseBusy:
        return WarehouseBusy(f"another zhibiao run, {holder}, has been using {folder} for more than {wait:g} s; "
                             "try again when it ends")

    with folder_lock(folder, wait=wait, on_wait=lambda holder: on_wait and on_wait(folder), busy=busy, run=True):
        yield


@contextmanager
def exclusive_publish(package_dir: Path, *, wait: float = DEFAULT_WAIT_SECONDS,
                      on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the package folder's publish lock; wait up to `wait` seconds for another publish to end, calling
    `on_wait(message)` once when it has to (the message names the process), then raise PackageBusy."""
    folder = Path(package_dir).absolute()

    def waiting(holder: str) -> None:
        if on_wait:
            on_wait(f"the package in {folder} is being published by {holder}; waiting up to {wait:g} s for it to end")

    def busy(holder: str) -> PackageBusy:
        return PackageBusy(f"the package in {folder} is being published by {holder}; try again when it ends "
                           f"(waited {wait:g} s)")

    with folder_lock(folder, wait=wait, on_wait=waiting, busy=busy):
        yield


@contextmanager
def folder_lock(folder: Path, *, wait: float, on_wait: Callable[[str], None], busy: Callable[[str], Exception],
                run: bool = False) -> Iterator[None]:
    """Hold an exclusive flock on `folder` (made if missing); while another process holds it, call
    `on_wait(holder)` once and poll for up to `wait` seconds, then raise `busy(holder)`.

    A flock excludes every other open of the folder, in this process too (a thread's second run waits). Only a
    run's own lock counts as held already for a publish into the same folder (`run` marks a run's lock)."""
    folder.mkdir(parents=True, exist_ok=True)
    if fcntl is None:
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    st = os.fstat(fd)
    key = (st.st_dev, st.st_ino)
    try:
        if run or key not in _runs_held:
            _acquire(fd, key, wait, on_wait, busy)
        if run:
            _runs_held[key] = _runs_held.get(key, 0) + 1
        try:
            yield
        finally:
            if run:
                _runs_held[key] -= 1
                if not _runs_held[key]:
                    del _runs_held[key]
    finally:
        os.close(fd)  # releases the lock (when this was the fd that took it)


def _acquire(fd: int, key: tuple[int, int], wait: float, on_wait: Callable[[str], None],
             busy: Callable[[str], Exception]) -> None:
    deadline, told = time.monotonic() + wait, False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise busy(lock_holder(key)) from None
            if not told:
                on_wait(lock_holder(key))
                told = True
            time.sleep(POLL_SECONDS)


def lock_holder(key: tuple[int, int]) -> str:
    """Who holds the flock on the file (device, inode): 'a zhibiao run (process 12)', or 'another process'."""
    device, inode = key
    wanted = f"{os.major(device):02x}:{os.minor(device):02x}:{inode}"
    try:
        lines = Path("/proc/locks").read_text(encoding="ascii", errors="replace").splitlines()
    except OSError:
        return "another process"
    for line in lines:
        fields = line.split()
        if "->" in fields:  # a process blocked waiting for the lock, not its holder
            continue
        if len(fields) >= 6 and fields[1] == "FLOCK" and fields[5] == wanted and fields[4].isdigit():
            return process_name(int(fields[4]))
    return "another process"
