"""Worker processes for the CPU-bound parts of a run (read, validate, the package gate's frictionless checks).

Only file paths and small results cross between processes, so memory stays flat however large the run.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
import weakref
from concurrent.futures import FIRST_EXCEPTION, Executor, ProcessPoolExecutor, wait
from contextlib import contextmanager
from typing import Callable, Iterator


def _glibc():
    """The C library when it is glibc (it has malloc_trim), else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:
        return None


_LIBC = _glibc()


def default_jobs() -> int:
    """Worker processes to use: the CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def process_pool(workers: int) -> ProcessPoolExecutor | None:
    """A pool of `workers` processes, or None (run here) for fewer than two.

    Workers are forked where the OS can (Linux) and this process runs no other Python thread: nothing
    is imported again, and the caller's main module is not re-run. They run only zhibiao's stage code;
    the native libraries it uses (Arrow and its jemalloc, OpenCC) reinitialise after fork, and callers
    close their DuckDB connections first. Otherwise (other threads, e.g. inside a Prefect flow, or no
    fork) they are spawned: ~1 s to start, and scripts need the usual `if __name__ == "__main__":` guard.
    Each worker builds its own OpenCC converter when it first needs one (they cannot be pickled).
    """
    if workers <= 1:
        return None
    fork = "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
    method = "fork" if fork else "spawn"
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method),
                               initializer=_die_with_parent, initargs=(os.getpid(),))
    _pools.add(pool)
    return pool


_pools: "weakref.WeakSet[ProcessPoolExecutor]" = weakref.WeakSet()  # every pool open in this process
# set by `stop_all_pools`: no more work is handed out (`in_pool`). A plain bool, not a threading.Event: setting
# an Event takes a lock, and a signal handler must not wait for one the main thread may hold
_stopping = False


class PoolStopped(RuntimeError):
    """The run is stopping: its worker pools are gone and no more work is started."""


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """End a pool now: kill its workers (their batches are scratch work, thrown away) instead of waiting
    for the batches they are on; queued work is cancelled."""
    _kill_workers(pool)
    pool.shutdown(wait=False, cancel_futures=True)


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    for process in list((getattr(pool, "_processes", None) or {}).values()):  # no public way to reach them
        try:
            process.kill()
        except (OSError, ValueError, AttributeError):
            pass  # it has ended already, or is not started yet


def stop_all_pools() -> None:
    """Stop every pool of this process, and refuse work from now on (a run being stopped; see zhibiao.stopping).

    Safe in a signal handler: it never waits for a lock. The handler runs in the main thread, which may be inside
    `pool.submit` holding the pool's lock when the signal lands (submit forks the workers), and
    `pool.shutdown` takes that lock: called here it would wait forever. So the workers are killed here, and
    the pools are shut down by a thread, once the main thread has unwound out of submit."""
    global _stopping
    _stopping = True
    pools = list(_pools)
    for pool in pools:
        _kill_workers(pool)
    if pools:
        threading.Thread(target=lambda: [p.shutdown(wait=False, cancel_futures=True) for p in pools],
                         name="zhibiao-stop-pools", daemon=True).start()


def allow_pools() -> None:
    """Hand out work again (a new run in the same process, after one was stopped)."""
    global _stopping
    _stopping = False


def _die_with_parent(parent: int) -> None:
    """A worker ends when the run's process ends, even by SIGKILL (a pool's workers otherwise wait forever).

    It ignores SIGINT: a Ctrl-C reaches every process of the terminal's foreground group, and the run stops its
    workers itself (zhibiao.stopping); each worker would otherwise print a KeyboardInterrupt traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)


def _timed_call(fn, *args):
    t0 = time.process_time()  # CPU seconds of the process that runs it: not inflated by other work
    out = fn(*args)
    release_memory()
    return out, time.process_time() - t0


def release_memory() -> None:
    """Hand the memory a task freed back to the OS, so a worker's footprint does not creep up task after task.

    glibc keeps freed blocks (and Arrow's mimalloc its pages) for reuse; after a task's frames are freed
    the holes they leave are kept resident, and the next task's allocations do not fit in them all, so a
    worker that ran ten validate calls held ~50 MB more at its peak than one that ran one (measured at
    10,000 reports). malloc_trim returns every free page; it takes a few milliseconds.
    """
    if "pyarrow" in sys.modules:
        sys.modules["pyarrow"].default_memory_pool().release_unused()
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def run_all(pool: Executor | None, fn, args: list[tuple], on_done: Callable[[int], None] = lambda done: None
            ) -> tuple[list, float]:
    """fn(*a) for each a, in the pool (or here); results in input order, and the CPU seconds they took.

    The first exception cancels what has not started and is raised."""
    if pool is None:
        results, busy = [], 0.0
        for i, a in enumerate(args):
            out, took = _timed_call(fn, *a)
            results.append(out)
            busy += took
            on_done(i + 1)
        return results, busy
    futures = [pool.submit(_timed_call, fn, *a) for a in args]
    pending, done = set(futures), 0
    while pending:
        finished, pending = wait(pending, return_when=FIRST_EXCEPTION)
        for future in finished:
            if future.exception() is not None:
                for other in pending:
                    other.cancel()
                raise future.exception()
            done += 1
            on_done(done)
    results = [f.result() for f in futures]
    return [r for r, _ in results], sum(t for _, t in results)


_shared: Executor | None = None  # the pool that stage calls made from this process's threads share (`in_pool`)


@contextmanager
def shared_pool(workers: int) -> Iterator[Executor | None]:
    """Open a process pool for `in_pool` calls made by any thread of this process, and close it after.

    The Prefect flow runs its read and validate tasks on threads: Python code on threads shares one core
    (the GIL) and one process's memory, so each task hands its work to this pool, as the plain runner does."""
    global _shared
    pool = process_pool(workers)
    previous, _shared = _shared, pool
    try:
        yield pool
    except BaseException:
        if pool is not None:
            stop_pool(pool)  # a failed or stopped run does not wait for batches it will not use
        raise
    finally:
        _shared = previous
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def in_pool(fn, *args):
    """fn(*args) in the shared pool when one is open in this process (`shared_pool`), else here."""
    if _stopping:
        raise PoolStopped("the run is stopping")
    pool = _shared
    if pool is None:
        return _timed_call(fn, *args)[0]
    return pool.submit(_timed_call, fn, *args).result()[0]
