"""Stopping a run with a signal: SIGTERM or SIGINT ends it promptly, and nothing it started outlives it.

A run starts processes: its pool of read/validate workers (zhibiao.stages.workers), Prefect's temporary
API server when no PREFECT_API_URL is set, a local Dask cluster. Left to Python's defaults, SIGTERM ends
the run on the spot and skips the clean-ups (Prefect stops its temporary server at exit, so the server
stayed listening), and SIGINT raises KeyboardInterrupt, which waits for the batches the workers are on.
Inside a Prefect flow, Prefect's own SIGTERM handler marks the flow run crashed, then hands the signal on.

`stop_on_signals()` makes both signals: stop the worker pools at once (`stop_all_pools`), raise `Stopped` in
the main thread so the run unwinds (locks released, Prefect told, records settled), and stop every child
process by PID (`stop_children`) — at once on a second signal, or after `grace` seconds if unwinding hangs.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from zhibiao.stages.workers import allow_pools, stop_all_pools

SIGNALS = (signal.SIGTERM, signal.SIGINT)
# multiprocessing's resource tracker ignores SIGTERM/SIGINT and ends by itself when this process ends
IGNORED_CHILDREN = ("multiprocessing.resource_tracker",)


class Stopped(BaseException):
    """The run was stopped by a signal (a BaseException, like KeyboardInterrupt: no `except Exception` keeps it)."""

    def __init__(self, signum: int):
        super().__init__(f"stopped by {signal.Signals(signum).name}")
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum  # the shell's convention: 143 for SIGTERM, 130 for SIGINT


@contextmanager
def stop_on_signals(grace: float = 10.0) -> Iterator[None]:
    """Within this block (in the main thread), SIGTERM and SIGINT stop the run as the module docstring says."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may handle signals
        return
    stopping: list[int] = []

    def handle(signum, frame):
        if stopping:  # a second signal: no more waiting
            _stop_now(signum)
        stopping.append(signum)
        # the watchdog first: whatever the main thread was doing when the signal landed, it is ended by PID
        threading.Thread(target=_stop_later, args=(signum, grace), name="zhibiao-stop", daemon=True).start()
        stop_all_pools()
        raise Stopped(signum)

    previous = {s: signal.signal(s, handle) for s in SIGNALS}
    allow_pools()
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        allow_pools()


def _stop_later(signum: int, grace: float) -> None:
    time.sleep(grace)
    # os.write, not print: the main thread may hold sys.stderr's lock where it hangs
    os.write(2, f"zhibiao: run stopped by {signal.Signals(signum).name}; its clean-up took more than {grace:g} s, "
                "so the processes it started are ended by PID\n".encode())
    _stop_now(signum)


def _stop_now(signum: int) -> None:
    stop_children()
    os._exit(128 + signum)


def stop_children(grace: float = 5.0) -> list[int]:
    """SIGTERM every process this one started (and theirs), SIGKILL those alive `grace` seconds later;
    returns their PIDs."""
    pids = descendants(os.getpid())
    for pid in pids:
        _signal(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline and any(_alive(pid) for pid in pids):
        time.sleep(0.05)
    for pid in pids:
        if _alive(pid):
            _signal(pid, signal.SIGKILL)
    return pids


def descendants(pid: int) -> list[int]:
    """PIDs of the processes below `pid` (children first), read from /proc; [] where there is no /proc."""
    parents: dict[int, list[int]] = {}
    try:
        entries = [e.name for e in os.scandir("/proc") if e.name.isdigit()]
    except OSError:
        return []
    for name in entries:
        try:
            stat = Path(f"/proc/{name}/stat").read_text(encoding="utf-8", errors="replace")
            cmdline = Path(f"/proc/{name}/cmdline").read_bytes().decode("utf-8", "replace")
        except OSError:
            continue  # it ended meanwhile
        if any(ignored in cmdline for ignored in IGNORED_CHILDREN):
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])  # the name in (...) may hold spaces
        parents.setdefault(ppid, []).append(int(name))
    found, todo = [], [pid]
    while todo:
        children = parents.get(todo.pop(0), [])
        found += children
        todo += children
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended (its owner, Popen or the pool, reaps it)


def _signal(pid: int, sig: int) -> None:
    try:
        os.kill(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass
