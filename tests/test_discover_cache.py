"""Discover hashes a raw file again only when its stat changed; a rewrite is never missed."""
import os
import time

from zhibiao.stages.discover import RACY_NS, _stat_cache, list_raw, plan_run


def _age(path, seconds):
    """Make a file look written `seconds` ago (mtime; its ctime stays when it was changed)."""
    then = time.time_ns() - int(seconds * 1e9)
    os.utime(path, ns=(then, then))


def test_rewrite_with_same_size_and_mtime_is_seen(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    report = raw / "a.txt"
    report.write_text("2023年地区生产总值增长5.1%。", encoding="utf-8")
    _age(report, 60)
    # a file's ctime is set by the kernel at its last change: pretend that was long ago as well
    monkeypatch.setattr("zhibiao.stages.discover.RACY_NS", -10**12)
    known = {}
    first = list_raw(raw, known)
    assert known["a.txt"][5] == first["a.txt"]["sha256"]  # cached
    assert list_raw(raw, known) == first
    mtime = report.stat().st_mtime_ns
    report.write_text("2023年地区生产总值增长9.1%。", encoding="utf-8")  # same size
    os.utime(report, ns=(mtime, mtime))  # and the old mtime: only ctime tells
    second = list_raw(raw, known)
    assert second["a.txt"]["bytes"] == first["a.txt"]["bytes"]
    assert second["a.txt"]["sha256"] != first["a.txt"]["sha256"]


def test_files_just_written_are_not_cached_and_gone_files_are_dropped(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "new.txt").write_text("全市新增就业1.2万人。", encoding="utf-8")
    (raw / "old.txt").write_text("全市新增就业1.3万人。", encoding="utf-8")
    known = {"gone.txt": [1, 2, 3, 4, 5, "0" * 64]}
    files = list_raw(raw, known)
    assert set(files) == {"new.txt", "old.txt"} and RACY_NS > 0
    assert "new.txt" not in known and "gone.txt" not in known  # written < 2 s ago: hashed again next time


def test_plan_keeps_its_cache_beside_the_warehouse(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("全市新增就业1.2万人。", encoding="utf-8")
    warehouse = tmp_path / "wh" / "zhibiao.duckdb"
    plan = plan_run(raw, warehouse, "run-1")
    assert plan.new == ["a.txt"] and _stat_cache(warehouse, raw).exists()
    assert (warehouse.parent / ".zhibiao-cache" / ".gitignore").exists()
