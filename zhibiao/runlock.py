"""One run at a time per warehouse folder.

Runs share the folder beside the warehouse: its `.runs` scratch folder (each run clears it), the read
cache, and the DuckDB file (one writer). A scheduled run that fires while someone runs `zhibiao run` by
hand must wait, not interleave. The lock is an advisory `flock` on the warehouse's folder itself (no
lock file to clean up or ignore); the OS releases it when the process ends, even on SIGKILL.
"""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from zhibiao.warehouse import WarehouseBusy

try:
    import fcntl
except ImportError:  # not POSIX: no lock (DuckDB's own file lock still keeps a second writer out)
    fcntl = None

DEFAULT_WAIT_SECONDS = 600.0


@contextmanager
def exclusive_run(warehouse: Path, *, wait: float = DEFAULT_WAIT_SECONDS,
                  on_wait: Callable[[Path], None] | None = None) -> Iterator[None]:
    """Hold the warehouse folder's run lock; wait up to `wait` seconds for another run to finish,
    calling `on_wait(folder)` once when it has to, then raise WarehouseBusy."""
    folder = Path(warehouse).absolute().parent
    folder.mkdir(parents=True, exist_ok=True)
    if fcntl is None:
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        deadline, told = time.monotonic() + wait, False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(f"another zhibiao run has been using {folder} for more than {wait:g} s; "
                                        "try again when it ends") from None
                if on_wait and not told:
                    on_wait(folder)
                    told = True
                time.sleep(0.5)
        yield
    finally:
        os.close(fd)  # releases the lock
