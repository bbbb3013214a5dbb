"""Stopping a run with a signal, wherever the signal lands (zhibiao.stopping).

Each case runs a short script in its own process, because a signal handler that waits for a lock hangs the
process it runs in: the test sees that as a timeout instead of hanging itself.
"""
from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_script(code: str, timeout: float = 60) -> subprocess.CompletedProcess:
    try:
        return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True,
                              text=True, timeout=timeout)
    except subprocess.TimeoutExpired as hung:
        raise AssertionError(f"the process was still going {timeout} s after the signal: {hung.stderr!r}") from None


def test_a_signal_while_the_run_starts_its_workers_stops_the_run():
    """The fresh-clone suite once hung for good after SIGINT: the signal landed while the main thread was in
    `pool.submit` (which forks the workers holding the pool's lock), and the handler's `pool.shutdown` waited
    for that same lock."""
    done = run_script("""
        import os, signal, time
        from zhibiao.stages.workers import process_pool
        from zhibiao.stopping import Stopped, stop_on_signals

        pool = process_pool(2)
        try:
            with stop_on_signals(grace=120):
                with pool._shutdown_lock:  # where the main thread is while submit starts the workers
                    os.kill(os.getpid(), signal.SIGINT)
                    time.sleep(60)
        except Stopped as stopped:
            print(stopped)
    """, timeout=40)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "stopped by SIGINT"


def test_a_run_whose_clean_up_hangs_is_ended_by_pid_after_the_grace_period():
    done = run_script("""
        import os, signal, subprocess, sys, time
        from zhibiao.stopping import stop_on_signals

        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"])
        print(child.pid, flush=True)
        with stop_on_signals(grace=1):
            try:
                os.kill(os.getpid(), signal.SIGTERM)
                time.sleep(60)
            finally:
                time.sleep(60)  # a clean-up that never ends
    """, timeout=40)
    assert done.returncode == 128 + signal.SIGTERM
    assert "zhibiao: run stopped by SIGTERM; its clean-up took more than 1 s" in done.stderr
    child = int(done.stdout.split()[0])
    assert not Path(f"/proc/{child}").exists() or "Z" in Path(f"/proc/{child}/stat").read_text().split(")")[1][:3]
