"""Every raw file is accounted for, whatever its name or kind, and no document can hang a run.

On f2e486f one file name with a non-UTF-8 byte stopped every run (`UnicodeEncodeError … surrogates not
allowed` in plan.save), hidden files were skipped with no record, and a document whose extraction took
minutes held the run for as long.
"""
import getpass
import os
import shutil
import socket
import stat
import time

import pytest

from zhibiao.ingest.names import on_disk, recorded
from zhibiao.runner import run_pipeline
from zhibiao.stages.read import read_file
from zhibiao.timebudget import OverBudget, TimeBudget, call_within
from zhibiao.warehouse import connect

from .conftest import RAW

SAMPLE = sorted(RAW.glob("*.txt"))[0]
ZERO = TimeBudget(base_seconds=0.0, bytes_per_second=1e18)  # every document is over its budget at once
GBK_NAME = os.fsdecode(b"gbk_\xd6\xd0\xce\xc4.txt")  # 中文 in GBK: not UTF-8


def awkward_raw_folder(root):
    """A raw folder with a report under every awkward name and every kind of thing that is not a report."""
    raw = root / "raw"
    raw.mkdir()
    text = SAMPLE.read_bytes()
    (raw / "report.txt").write_bytes(text)
    (raw / GBK_NAME).write_bytes(text + b"\n\n\n")
    (raw / "back\\slash.txt").write_bytes(text + b"\n")
    (raw / ".hidden_report.txt").write_bytes(text + b"\n\n")
    (raw / ".git").mkdir()
    (raw / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    os.mkfifo(raw / "pipe.txt")
    listener = socket.socket(socket.AF_UNIX)
    here = os.getcwd()
    os.chdir(raw)  # a socket's path is limited to 107 bytes; a test worker's tmp_path can be longer
    try:
        listener.bind("sock.txt")
    finally:
        os.chdir(here)
    try:
        os.mknod(raw / "device.txt", 0o600 | stat.S_IFCHR, os.makedev(1, 3))  # /dev/null's numbers
    except PermissionError:
        (raw / "device.txt").symlink_to("/dev/null")
    private = f"/home/{getpass.getuser()}/{socket.gethostname()}/private/budget_2025.txt"
    (raw / "dangling.txt").symlink_to(private)
    return raw, listener


def test_recorded_names_are_utf8_unique_and_reversible():
    names = ["报告.txt", GBK_NAME, "back\\slash.txt", "gbk_\\xd6.txt", os.fsdecode(b"\\\xd6"), "a\\\\b"]
    shown = [recorded(n) for n in names]
    assert shown[0] == "报告.txt" and shown[1] == "gbk_\\xd6\\xd0\\xce\\xc4.txt"
    assert len(set(shown)) == len(names)
    for name, text in zip(names, shown):
        text.encode("utf-8")  # never raises
        assert on_disk(text) == name


def test_every_raw_file_is_a_document_or_a_rejected_file_with_a_reason(tmp_path):
    raw, listener = awkward_raw_folder(tmp_path)
    warehouse, package = tmp_path / "wh" / "zhibiao.duckdb", tmp_path / "pkg"
    try:
        summary = run_pipeline(raw, warehouse, package, jobs=2, batch_size=2)
        again = run_pipeline(raw, warehouse, package, jobs=1)
    finally:
        listener.close()
    assert summary.published and summary.files_seen == 9 and again.published
    with connect(warehouse, read_only=True) as con:
        docs = {r[0] for r in con.execute("SELECT source_path FROM documents").fetchall()}
        reasons = dict(con.execute("SELECT source_path, reason FROM rejected_files").fetchall())
        outcomes = dict(con.execute("SELECT source_path, outcome FROM raw.files").fetchall())
        statuses = [r[0] for r in con.execute("SELECT status FROM runs").fetchall()]
    assert docs == {"report.txt", "gbk_\\xd6\\xd0\\xce\\xc4.txt", "back\\\\slash.txt"}
    assert reasons == {
        ".hidden_report.txt": "hidden file (its name starts with '.'): not read; rename it to have it read",
        ".git": "hidden folder (its name starts with '.'): not read; rename it to have it read",
        "pipe.txt": "not a regular file: a named pipe (FIFO)",
        "sock.txt": "not a regular file: a socket",
        "device.txt": "not a regular file: a device",
        "dangling.txt": "broken symlink (its target does not exist)",
    }
    assert set(outcomes) == docs | set(reasons) and statuses == ["completed", "completed"]
    published = (package / "datapackage.json").read_text(encoding="utf-8")
    assert "gbk_\\\\xd6\\\\xd0\\\\xce\\\\xc4.txt" in published  # JSON escapes the backslash once more


def test_a_document_over_its_time_budget_is_rejected_with_the_reason(tmp_path):
    big = tmp_path / "one_paragraph.txt"  # ~8 MB of facts, no sentence break: seconds of work whatever the speed
    big.write_text("地区生产总值完成692.5亿元，同比增长8.5%，接待游客170万人次" * 100_000, encoding="utf-8")
    shutil.copy(SAMPLE, tmp_path / "sample.txt")
    budget = TimeBudget(base_seconds=1.0, bytes_per_second=1e18)
    read_file(tmp_path / "sample.txt", tmp_path)  # warm up: tables and converters load on first use
    doc, facts, _, _ = read_file(tmp_path / "sample.txt", tmp_path, budget=budget)
    assert doc and facts
    started = time.monotonic()
    doc, facts, _, rejected = read_file(big, tmp_path, budget=budget)
    assert time.monotonic() - started < 5
    assert doc is None and facts == []
    assert rejected["reason"].startswith("took longer than its time budget to read (1 s for 8,100,000 bytes)")
    assert rejected["source_path"] == "one_paragraph.txt" and rejected["sha256"]


def test_a_budget_survives_an_except_exception_inside_the_work():
    caught = []

    def stubborn():
        while True:
            try:
                sum(range(1000))
            except Exception:  # what the extractor does to keep going past one bad fact
                caught.append(1)

    with pytest.raises(OverBudget):
        call_within(0.2, stubborn)
    assert caught == []
    for _ in range(200):  # over at once, every time, and nothing is delivered once call_within returned
        with pytest.raises(OverBudget):
            call_within(0.0, stubborn)
    time.sleep(1.2)


def test_work_that_ends_after_its_deadline_is_over_budget_even_before_the_watchdog_ran():
    # the pool and flow tests below loaded a document despite a zero budget when the watchdog thread had not
    # delivered yet (postponed while the worker imported on first use, or not scheduled on a loaded machine)
    for _ in range(200):
        with pytest.raises(OverBudget):
            call_within(0.0, len, "地区生产总值完成692.5亿元")
    assert call_within(5.0, len, "地区生产总值完成692.5亿元") == 15


def test_the_time_budget_holds_in_the_process_pool(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    summary = run_pipeline(raw, tmp_path / "wh" / "z.duckdb", tmp_path / "pkg", jobs=2, batch_size=1, budget=ZERO)
    assert (summary.documents, summary.rejected_files) == (0, 5)
    with connect(tmp_path / "wh" / "z.duckdb", read_only=True) as con:
        reasons = {r[0] for r in con.execute("SELECT reason FROM rejected_files").fetchall()}
    assert all(r.startswith("took longer than its time budget to read (0 s for ") for r in reasons)


@pytest.mark.flow
def test_the_time_budget_holds_in_the_prefect_flow(prefect_harness, tmp_path):
    from flows.pipeline import pipeline

    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    (raw / GBK_NAME).write_bytes(b"\xd6\xd0")  # and an undecodable name does not stop the flow either
    summary = pipeline(raw_dir=raw, warehouse=tmp_path / "wh" / "z.duckdb", package_dir=tmp_path / "pkg",
                       batch_size=2, time_budget=ZERO)
    assert (summary.files_seen, summary.documents, summary.rejected_files) == (6, 0, 6)
    with connect(tmp_path / "wh" / "z.duckdb", read_only=True) as con:
        reasons = dict(con.execute("SELECT source_path, reason FROM rejected_files").fetchall())
    assert reasons[recorded(GBK_NAME)].startswith("took longer than its time budget")


@pytest.mark.flow
@pytest.mark.dask
def test_the_time_budget_holds_on_dask(prefect_harness, tmp_path):
    from flows.pipeline import dask_runner, pipeline, shared_api

    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    with shared_api():
        summary = pipeline.with_options(task_runner=dask_runner())(
            raw_dir=raw, warehouse=tmp_path / "wh" / "z.duckdb", package_dir=tmp_path / "pkg", batch_size=2,
            time_budget=ZERO)
    assert (summary.documents, summary.rejected_files) == (0, 5)
