"""Progress moves with the files read, not once per batch: both runners count files as the read tasks go."""
import shutil

from zhibiao import progress
from zhibiao.runner import run_pipeline
from zhibiao.stages.read import read_batch

from .conftest import RAW


def test_a_read_batch_counts_each_file_it_reads(tmp_path):
    paths = sorted(p.name for p in RAW.iterdir() if p.is_file())
    (tmp_path / "progress").mkdir()
    read_batch(paths, RAW, tmp_path / "batch", progress=tmp_path / "progress" / "batch-0")
    assert progress.files_read(tmp_path / "progress") == len(paths) == progress.batch_files_read(tmp_path / "progress" / "batch-0")


def test_the_plain_runner_reports_files_read_inside_a_single_batch(tmp_path, monkeypatch):
    monkeypatch.setattr(progress, "POLL_SECONDS", 0.005)
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    seen = []
    run_pipeline(raw, tmp_path / "w.duckdb", tmp_path / "pkg", batch_size=100, jobs=1,
                 progress=lambda stage, done, total: seen.append((done, total)) if stage == "read" else None)
    files = len(list(raw.iterdir()))
    assert seen[0] == (0, files) and seen[-1] == (files, files)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)  # never goes back
    assert any(0 < d < files for d, _ in seen), f"no count between 0 and {files} in one batch: {seen}"
