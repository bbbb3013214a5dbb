"""Progress of the read stage, file by file, across processes and machines.

A read task appends one byte to its batch's progress file after each file it reads (in a worker process, a
Dask worker or this process); whoever runs the stage sums the sizes of the files in the progress folder.
Both runners use it (zhibiao.runner polls in a thread, the Prefect flow between waits for its tasks), so a
progress bar or a log line moves with the files read, not once per batch of 50.
"""
from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

POLL_SECONDS = 0.25


def mark_read(progress_file: Path | None) -> None:
    """One more file of the batch read (a no-op without a progress file)."""
    if progress_file is None:
        return
    with open(progress_file, "ab") as fh:
        fh.write(b".")


def files_read(folder: Path) -> int:
    """Files read by every batch counting into `folder`."""
    try:
        return sum(entry.stat().st_size for entry in os.scandir(folder) if entry.is_file())
    except FileNotFoundError:
        return 0


def batch_files_read(progress_file: Path) -> int:
    try:
        return Path(progress_file).stat().st_size
    except FileNotFoundError:
        return 0


@contextmanager
def watch(folder: Path, on_change: Callable[[int], None], every: float | None = None) -> Iterator[None]:
    """Call on_change(files read) from a thread whenever the count moves, and once more at the end."""
    Path(folder).mkdir(parents=True, exist_ok=True)
    every = every or POLL_SECONDS
    stop = threading.Event()

    def poll() -> None:
        last = -1
        while not stop.wait(every):
            if (now := files_read(folder)) != last:
                last = now
                on_change(now)

    thread = threading.Thread(target=poll, name="zhibiao-progress", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
        on_change(files_read(folder))
