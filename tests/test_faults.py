"""Faults a run meets in the wild: a full disk, a folder it may not write, a file size limit.

Each ends the command with one line that names the file and the cause (exit code 1, no traceback), and
leaves what was there before intact: the warehouse and the package are the old ones, and the next run,
once the fault is gone, completes. (A SIGKILL during the load is tests/test_crash.py.)

The full disk is a real one: a small tmpfs mounted for the test. That needs root with CAP_SYS_ADMIN (as in
our CI container); elsewhere those tests skip, and the file-size-limit test (RLIMIT_FSIZE: every write past
the limit fails with EFBIG, through the same code paths as ENOSPC) still runs everywhere on Linux.
"""
import hashlib
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import psutil  # installed with Dask (distributed), a dependency of zhibiao
import pytest
from typer.testing import CliRunner

from zhibiao.cli import app
from zhibiao.runner import run_pipeline
from zhibiao.warehouse import connect

from .test_crash import consistent
from .test_warehouse import snapshot

ROOT = Path(__file__).resolve().parents[1]
cli = CliRunner()


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _can_mount() -> bool:
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    probe = Path(f"/tmp/zhibiao-mount-probe-{uuid.uuid4().hex[:8]}")
    probe.mkdir()
    try:
        mounted = _mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", str(probe))
        if mounted:
            subprocess.run(["umount", str(probe)], check=True)
        return mounted
    finally:
        probe.rmdir()


CAN_MOUNT = _can_mount()
needs_mount = pytest.mark.skipif(not CAN_MOUNT, reason="mounting a tmpfs needs root with CAP_SYS_ADMIN")


@pytest.fixture
def tiny_fs(tmp_path):
    """A 48 MB tmpfs (room for the sample warehouse and package, then filled up by `fill`)."""
    folder = tmp_path / "fs"
    folder.mkdir()
    assert _mount("-t", "tmpfs", "-o", "size=48m", "tmpfs", str(folder))
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=True)


def fill(fs: Path, leave: int = 0) -> Path:
    """Fill the file system of `fs` but `leave` bytes."""
    filler = fs / "filler"
    free = os.statvfs(fs).f_bavail * os.statvfs(fs).f_frsize
    with open(filler, "wb") as fh:
        fh.truncate(0)
        block = b"\0" * (1 << 20)
        remaining = max(0, free - leave)
        while remaining > 0:
            try:
                fh.write(block[:min(remaining, len(block))])
            except OSError:
                break
            remaining -= len(block)
    return filler


def package_bytes(package: Path) -> dict[str, str]:
    """Every published file of the package (the site included), by its sha256; a hidden staging folder is
    not published (readers never see it, and the next publish clears it)."""
    return {str(p.relative_to(package)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(package.rglob("*")) if p.is_file() and not p.relative_to(package).parts[0].startswith(".")}


def more_reports(raw: Path) -> None:
    """Three new reports (changed copies of the samples), so the next run has something to write."""
    for i, path in enumerate(sorted(raw.glob("00*.txt"))[:3]):
        text = path.read_text(encoding="utf-8")
        (raw / f"more_{i}.txt").write_text(text.replace("。", f"。新增{i}。", 1), encoding="utf-8")


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    """One completed run of the sample reports, copied by `first_run` into each test's folders."""
    home = tmp_path_factory.mktemp("baseline")
    raw, warehouse, package = home / "raw", home / "wh" / "zhibiao.duckdb", home / "pkg"
    shutil.copytree(ROOT / "raw", raw)
    assert run_pipeline(raw, warehouse, package).published
    return raw, warehouse, package, snapshot(warehouse), package_bytes(package)


@pytest.fixture
def first_run(baseline):
    """Put the baseline's raw folder, warehouse and package at the given places; its snapshots."""
    def place(raw: Path, warehouse: Path, package: Path):
        shutil.copytree(baseline[0], raw)
        shutil.copytree(baseline[1].parent, warehouse.parent)
        shutil.copytree(baseline[2], package)
        assert package_bytes(package) == baseline[4]
        return baseline[3], baseline[4]
    return place


def run_cli(raw: Path, warehouse: Path, package: Path, *more: str):
    return cli.invoke(app, ["run", "--no-prefect", "--raw", str(raw), "--warehouse", str(warehouse),
                            "--package-dir", str(package), *more])


def assert_one_line_error(result, cause: str, under: Path) -> str:
    """Exit code 1, no traceback, and the last line of stderr names a file under `under` and the cause."""
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines and "Traceback" not in result.stderr, result.stderr
    last = lines[-1]
    assert last.startswith(f"zhibiao: {under}") and f": {cause} (" in last, last
    return last


@needs_mount
def test_full_warehouse_disk_says_so_in_one_line_and_keeps_the_old_state(tmp_path, tiny_fs, first_run):
    raw, warehouse, package = tmp_path / "raw", tiny_fs / "wh" / "zhibiao.duckdb", tiny_fs / "pkg"
    before, published = first_run(raw, warehouse, package)
    more_reports(raw)
    filler = fill(tiny_fs, leave=0)
    for leave in (0, 64 << 10):  # nothing left: the run's first write fails; 64 KB: a later one (the load)
        filler.unlink()
        fill(tiny_fs, leave)
        result = run_cli(raw, warehouse, package)
        assert_one_line_error(result, "no space left on device", tiny_fs)
        assert snapshot(warehouse) == before and package_bytes(package) == published
    filler.unlink()
    result = run_cli(raw, warehouse, package)
    assert result.exit_code == 0, result.output
    assert consistent(warehouse)["documents"] == 8


@needs_mount
def test_full_package_disk_keeps_the_published_package(tmp_path, tiny_fs, first_run):
    raw, warehouse, package = tmp_path / "raw", tmp_path / "wh" / "zhibiao.duckdb", tiny_fs / "pkg"
    _, published = first_run(raw, warehouse, package)
    more_reports(raw)
    filler = fill(tiny_fs, leave=16 << 10)
    line = assert_one_line_error(run_cli(raw, warehouse, package), "no space left on device", package)
    assert "MB free on its file system" in line
    assert package_bytes(package) == published
    consistent(warehouse)
    filler.unlink()
    assert run_cli(raw, warehouse, package).exit_code == 0
    assert package_bytes(package) != published


@pytest.fixture
def read_only(tmp_path):
    """Make a folder unwritable: a read-only bind mount as root (root ignores permissions), else chmod 555."""
    made = []

    def make(folder: Path) -> str:
        if os.geteuid() != 0:
            folder.chmod(0o555)
            made.append(lambda: folder.chmod(0o755))
            return "permission denied"
        if not CAN_MOUNT:
            pytest.skip("as root, only a read-only mount makes a folder unwritable, and mounting is not allowed here")
        assert _mount("--bind", str(folder), str(folder)) and _mount("-o", "remount,ro,bind", str(folder))
        made.append(lambda: subprocess.run(["umount", "-l", str(folder)], check=True))
        return "read-only file system"

    yield make
    for undo in reversed(made):
        undo()


def test_read_only_package_folder_says_so_and_keeps_the_package(tmp_path, read_only, first_run):
    raw, warehouse, package = tmp_path / "raw", tmp_path / "wh" / "zhibiao.duckdb", tmp_path / "pkg"
    _, published = first_run(raw, warehouse, package)
    more_reports(raw)
    cause = read_only(package)
    assert_one_line_error(run_cli(raw, warehouse, package), cause, package)
    assert package_bytes(package) == published
    consistent(warehouse)
    result = cli.invoke(app, ["publish", "--warehouse", str(warehouse), "--package-dir", str(package), "--raw", str(raw)])
    assert_one_line_error(result, cause, package)
    assert package_bytes(package) == published


def test_read_only_warehouse_folder_says_so_and_keeps_the_warehouse(tmp_path, read_only, first_run):
    raw, warehouse, package = tmp_path / "raw", tmp_path / "wh" / "zhibiao.duckdb", tmp_path / "pkg"
    before, published = first_run(raw, warehouse, package)
    more_reports(raw)
    cause = read_only(warehouse.parent)
    assert_one_line_error(run_cli(raw, warehouse, package), cause, warehouse.parent)
    assert snapshot(warehouse) == before and package_bytes(package) == published


def test_debug_shows_the_traceback(tmp_path, read_only, first_run):
    raw, warehouse, package = tmp_path / "raw", tmp_path / "wh" / "zhibiao.duckdb", tmp_path / "pkg"
    first_run(raw, warehouse, package)
    more_reports(raw)
    read_only(warehouse.parent)
    result = cli.invoke(app, ["--debug", "run", "--no-prefect", "--raw", str(raw), "--warehouse", str(warehouse),
                              "--package-dir", str(package)])
    assert result.exit_code == 1 and isinstance(result.exception, OSError), result.output


def _file_size_limit(limit: int):
    def apply():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # Python ignores SIGXFSZ: writes fail with EFBIG
    return apply


def test_file_size_limit_ends_in_one_line_and_keeps_the_old_state(tmp_path, first_run):
    raw, warehouse, package = tmp_path / "raw", tmp_path / "wh" / "zhibiao.duckdb", tmp_path / "pkg"
    before, published = first_run(raw, warehouse, package)
    more_reports(raw)
    proc = subprocess.run(
        [sys.executable, "-m", "zhibiao.cli", "run", "--no-prefect", "--raw", str(raw), "--warehouse", str(warehouse),
         "--package-dir", str(package)],
        capture_output=True, text=True, timeout=300, preexec_fn=_file_size_limit(64 << 10),
        env={**os.environ, "COLUMNS": "200"})
    assert proc.returncode == 1, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert "Traceback" not in proc.stderr and len(lines) <= 3, proc.stderr
    assert lines[-1].startswith(f"zhibiao: {tmp_path}") and ": file too large" in lines[-1], lines[-1]
    assert snapshot(warehouse) == before and package_bytes(package) == published
    assert run_cli(raw, warehouse, package).exit_code == 0


@pytest.mark.flow
def test_read_only_warehouse_folder_in_the_prefect_flow_says_so_in_one_line(prefect_harness, tmp_path, read_only,
                                                                            first_run):
    raw, warehouse, package = tmp_path / "raw", tmp_path / "wh" / "zhibiao.duckdb", tmp_path / "pkg"
    before, published = first_run(raw, warehouse, package)
    more_reports(raw)
    cause = read_only(warehouse.parent)
    result = cli.invoke(app, ["run", "--raw", str(raw), "--warehouse", str(warehouse), "--package-dir", str(package)])
    assert_one_line_error(result, cause, warehouse.parent)
    assert snapshot(warehouse) == before and package_bytes(package) == published


# --- Kill points: a run stopped by SIGTERM or SIGINT stops what it started -----------------------------------

@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """60 generated reports: enough for the run to start a pool of worker processes (25+ files per worker)."""
    from bench.corpus import generate

    home = tmp_path_factory.mktemp("corpus")
    generate(60, 14, home)
    return home / "raw"


def start(args: list[str], tmp_path: Path) -> tuple[subprocess.Popen, Path]:
    """`zhibiao ARGS` in a subprocess; its output goes to a file (an orphaned server would hold a pipe open)."""
    log = tmp_path / f"zhibiao-{uuid.uuid4().hex[:6]}.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "zhibiao.cli", *args], stdout=out, stderr=subprocess.STDOUT,
                                cwd=ROOT, env={**os.environ, "COLUMNS": "200"})
    return proc, log


def wait_for_children(proc: subprocess.Popen, want, timeout: float = 240) -> list:
    """The processes below `proc` once `want(children)` holds."""
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            children = parent.children(recursive=True)
        except psutil.NoSuchProcess:
            break
        if want(children):
            return children
        time.sleep(0.1)
    pytest.fail(f"the run never started the processes expected (exit code {proc.poll()})")


def alive(processes: list) -> list:
    return [p for p in processes if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]


def assert_stops_everything(proc: subprocess.Popen, log: Path, children: list, sig: int, timeout: float) -> None:
    """After `sig`, the run exits 128+sig within `timeout` s with one line saying so, and none of `children`
    is alive 5 s later."""
    proc.send_signal(sig)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail(f"the run was still going {timeout} s after {signal.Signals(sig).name}")
    finally:
        deadline = time.monotonic() + 5
        while alive(children) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = alive(children)
        for p in left:
            p.kill()
    assert not left, f"still alive after the run ended: {[' '.join(p.cmdline()[:4]) for p in left]}"
    lines = [line for line in log.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    assert proc.returncode == 128 + sig, lines[-20:]
    said = [line for line in lines[-3:] if line.startswith(f"zhibiao: run stopped by {signal.Signals(sig).name}")]
    # only Prefect's own "Stopping temporary server" line (logged at exit) may follow
    assert said and (lines[-1] == said[0] or "Stopping temporary server" in lines[-1]), lines[-20:]


def command_of(p) -> str:
    """A child's command line; empty for one that has just ended (a zombie, seen in a fresh clone's run with the
    suite's other worker beside it)."""
    try:
        return " ".join(p.cmdline())
    except (psutil.ZombieProcess, psutil.NoSuchProcess):
        return ""


def is_worker(p) -> bool:
    line = command_of(p)
    return bool(line) and ("multiprocessing" not in line or "spawn_main" in line)


def test_sigterm_stops_a_plain_run_and_its_workers_and_the_next_run_completes(tmp_path, corpus):
    warehouse, package = tmp_path / "wh" / "zhibiao.duckdb", tmp_path / "pkg"
    proc, log = start(["run", "--no-prefect", "--raw", str(corpus), "--warehouse", str(warehouse),
                       "--package-dir", str(package), "--batch-size", "5"], tmp_path)
    workers = wait_for_children(proc, lambda children: len([p for p in children if is_worker(p)]) >= 2)
    assert_stops_everything(proc, log, workers, signal.SIGTERM, timeout=30)
    summary = run_pipeline(corpus, warehouse, package)
    assert summary.published and consistent(warehouse)["documents"] == summary.current_documents > 0


def test_sigint_stops_a_plain_run_without_waiting_for_its_workers(tmp_path, corpus):
    """SIGINT (Ctrl-C, or `kill -INT`) waited for the batches the workers were on."""
    proc, log = start(["run", "--no-prefect", "--raw", str(corpus), "--warehouse", str(tmp_path / "wh" / "z.duckdb"),
                       "--package-dir", str(tmp_path / "pkg"), "--batch-size", "5"], tmp_path)
    workers = wait_for_children(proc, lambda children: len([p for p in children if is_worker(p)]) >= 2)
    assert_stops_everything(proc, log, workers, signal.SIGINT, timeout=30)


@pytest.mark.flow
def test_stopping_a_prefect_run_stops_its_temporary_server_and_workers(tmp_path, corpus):
    """On f2e486f the temporary Prefect server outlived a run stopped by SIGTERM, for minutes."""
    warehouse, package = tmp_path / "wh" / "zhibiao.duckdb", tmp_path / "pkg"
    proc, log = start(["run", "--raw", str(corpus), "--warehouse", str(warehouse), "--package-dir", str(package),
                       "--batch-size", "5"], tmp_path)

    def server_and_workers(children) -> bool:
        commands = [command_of(p) for p in children]
        return any("uvicorn" in c for c in commands) and sum("spawn_main" in c for c in commands) >= 2

    children = wait_for_children(proc, server_and_workers)
    assert_stops_everything(proc, log, children, signal.SIGTERM, timeout=60)


# --- Concurrent commands: real `zhibiao` processes on one warehouse -----------------------------------------

def run_args(raw: Path, warehouse: Path, package: Path) -> list[str]:
    return ["run", "--no-prefect", "--raw", str(raw), "--warehouse", str(warehouse), "--package-dir", str(package)]


def test_two_runs_at_once_both_complete_one_after_the_other(tmp_path, first_run):
    raw, warehouse, package = tmp_path / "raw", tmp_path / "wh" / "zhibiao.duckdb", tmp_path / "pkg"
    first_run(raw, warehouse, package)
    more_reports(raw)
    runs = [start(run_args(raw, warehouse, package), tmp_path) for _ in range(2)]
    for proc, log in runs:
        assert proc.wait(timeout=300) == 0, log.read_text(encoding="utf-8")[-3000:]
    logs = [log.read_text(encoding="utf-8") for _, log in runs]
    assert sum("another zhibiao run is using" in text for text in logs) == 1 and "Traceback" not in "".join(logs)
    assert consistent(warehouse)["documents"] == 8
    with connect(warehouse, read_only=True) as con:
        ends = con.execute("SELECT status, files_new FROM runs ORDER BY started_at").fetchall()[-2:]
    assert ends == [("completed", 3), ("completed", 0)]  # the second found nothing new


def test_queries_during_a_run_answer_or_say_busy_in_one_line(tmp_path, first_run):
    raw, warehouse, package = tmp_path / "raw", tmp_path / "wh" / "zhibiao.duckdb", tmp_path / "pkg"
    first_run(raw, warehouse, package)
    more_reports(raw)
    proc, log = start(run_args(raw, warehouse, package), tmp_path)
    answers, busy = set(), 0
    while proc.poll() is None:
        result = cli.invoke(app, ["query", "select count(*) as n from documents", "--warehouse", str(warehouse),
                                  "--format", "csv", "--wait", "0"])
        if result.exit_code == 0:
            answers.add(int(result.stdout.splitlines()[1]))
        else:
            assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1, result.output
            assert f"being written by a zhibiao run (process {proc.pid})" in result.stderr, result.stderr
            busy += 1
        time.sleep(0.05)
    assert proc.returncode == 0, log.read_text(encoding="utf-8")[-3000:]
    assert answers <= {5, 8} and 5 in answers  # the old state or the new one, never a part-loaded one
    result = cli.invoke(app, ["query", "select count(*) as n from documents", "--warehouse", str(warehouse),
                              "--format", "csv"])
    assert result.stdout.splitlines()[1] == "8"
