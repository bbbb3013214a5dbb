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
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhibiao.cli import app
from zhibiao.runner import run_pipeline

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
