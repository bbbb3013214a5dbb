"""A time budget for one piece of work in one thread: a document that takes too long is stopped, not waited for.

`call_within(seconds, fn, *args)` returns fn(*args), or raises `OverBudget` once fn has run in this thread
for longer than `seconds`. One watchdog thread per process delivers it with PyThreadState_SetAsyncExc, so it works in any
thread: a process-pool worker, a Prefect task thread, a Dask worker thread, the main thread (signal.alarm
works only in the main thread). The exception lands at the next Python bytecode the thread runs: a single
call into C code (one regular-expression search) finishes before it is stopped. `OverBudget` derives from
BaseException, like KeyboardInterrupt, so an `except Exception` inside the work (the extractor keeps going
past one bad fact) cannot swallow it; the watchdog repeats it every second until fn returns. An exception
delivered asynchronously can land at any bytecode, also in the bookkeeping around fn: `call_within` takes
care that a budget is always unregistered and that nothing is delivered once it has returned; and the
watchdog waits while the thread is inside code that holds a lock an exception would leave held (an import,
threading, logging): an exception there would deadlock every thread that imports or logs after it. Work
that returns after its deadline before the watchdog delivered is over budget all the same.
"""
from __future__ import annotations

import ctypes
import os
import sys
import threading
import time
from dataclasses import dataclass

REPEAT_SECONDS = 1.0
POSTPONE_SECONDS = 0.02
_HOLDS_LOCKS = ("<frozen importlib", f"{os.sep}threading.py", f"{os.sep}logging{os.sep}", f"{os.sep}queue.py")


class OverBudget(BaseException):
    """The block ran longer than its time budget."""


@dataclass(frozen=True)
class TimeBudget:
    """Seconds a document may take to be read (decoded, cleaned and its facts extracted): `base_seconds` plus
    one second per `bytes_per_second` bytes of the file. The defaults allow ~20× the time a document takes
    on a loaded 2-core machine (extraction ~1 M characters/s, 3 bytes a character): a 1 MB report gets 17 s."""
    base_seconds: float = 10.0
    bytes_per_second: float = 150_000.0

    def seconds(self, size: int) -> float:
        return self.base_seconds + max(0, size) / self.bytes_per_second


class _Watchdog:
    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.blocks: dict[int, list] = {}  # id → [thread id, deadline, fired]
        self.thread: threading.Thread | None = None

    def add(self, block: list) -> None:
        with self.cond:
            self.blocks[id(block)] = block
            if self.thread is None:
                self.thread = threading.Thread(target=self._watch, name="zhibiao-time-budget", daemon=True)
                self.thread.start()
            self.cond.notify()

    def remove(self, block: list) -> None:
        """Unregister (idempotent) and cancel a delivery still pending."""
        with self.cond:
            if self.blocks.pop(id(block), None) is not None and block[2]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(block[0]), None)

    def _watch(self) -> None:
        with self.cond:
            while True:
                now = time.monotonic()
                frames = sys._current_frames() if any(now >= b[1] for b in self.blocks.values()) else {}
                for block in self.blocks.values():
                    if now < block[1]:
                        continue
                    if _holds_locks(frames.get(block[0])):
                        block[1] = now + POSTPONE_SECONDS
                        continue
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(block[0]), ctypes.py_object(OverBudget))
                    block[1], block[2] = now + REPEAT_SECONDS, True
                wake = min((b[1] for b in self.blocks.values()), default=None)
                self.cond.wait(None if wake is None else max(0.0, wake - now))


def _holds_locks(frame) -> bool:
    """Whether the thread runs, inside its budgeted call, code that an exception could leave holding a lock."""
    while frame is not None and frame.f_code is not call_within.__code__:
        name = frame.f_code.co_filename
        if name.startswith(_HOLDS_LOCKS[0]) or any(part in name for part in _HOLDS_LOCKS[1:]):
            return True
        frame = frame.f_back
    return False


_watchdog = _Watchdog()


def _after_fork() -> None:  # a forked child has no watchdog thread: start afresh
    global _watchdog
    _watchdog = _Watchdog()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork)


def call_within(seconds: float, fn, *args):
    """fn(*args), or OverBudget when it runs longer than `seconds` in this thread."""
    deadline = time.monotonic() + seconds
    block = [threading.get_ident(), deadline, False]  # the watchdog moves block[1] when it postpones or repeats
    over = False
    result = None
    try:
        _watchdog.add(block)
        result = fn(*args)
        # Finished after its deadline but before the watchdog delivered (it waits while the thread imports or
        # logs, and may not get the CPU on a loaded machine): over budget all the same, so the outcome does not
        # depend on when the watchdog thread ran.
        over = time.monotonic() > deadline
    except OverBudget:
        over = True
    finally:
        while True:  # an OverBudget landing here must not leave the budget registered
            try:
                _watchdog.remove(block)
                break
            except OverBudget:
                over = True
    if over:
        raise OverBudget
    return result
