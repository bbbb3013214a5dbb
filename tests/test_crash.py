"""A run killed with SIGKILL while it loads leaves the previous complete state; the next run completes."""
import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from bench.corpus import generate
from zhibiao.runner import run_pipeline
from zhibiao.warehouse import connect

from .conftest import RAW
from .test_warehouse import snapshot

BATCH = 25


def consistent(warehouse: Path) -> dict[str, int]:
    """The invariants a half-applied load would break; returns the table sizes."""
    with connect(warehouse, read_only=True) as con:
        q = lambda sql: con.execute(sql).fetchall()[0][0]  # noqa: E731
        documents = q("SELECT count(*) FROM marts.dim_documents")
        assert documents == q("SELECT count(*) FROM raw.files WHERE outcome = 'document'")
        assert documents == q("SELECT count(*) FROM staging.documents")
        assert q("SELECT count(*) FROM marts.fct_facts") == q("SELECT count(*) FROM staging.facts")
        assert q("SELECT count(*) - count(DISTINCT fact_id) FROM staging.facts") == 0
        assert q("SELECT count(*) FROM staging.facts ANTI JOIN staging.documents USING (doc_id)") == 0
        return {"documents": documents, "facts": q("SELECT count(*) FROM marts.fct_facts")}


def start_run(raw: Path, warehouse: Path, package: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "zhibiao.cli", "run", "--no-prefect", "--raw", str(raw), "--warehouse", str(warehouse),
         "--package-dir", str(package), "--batch-size", str(BATCH)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_until_loading(proc: subprocess.Popen, warehouse: Path, timeout: float = 120) -> bool:
    """Poll the run's work folder until every batch is validated: the load starts right after."""
    runs = warehouse.parent / ".runs"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        plans = list(runs.glob("*/plan.json")) if runs.exists() else []
        for plan_path in plans:
            try:
                to_read = len(json.loads(plan_path.read_text(encoding="utf-8"))["to_read"])
            except (OSError, ValueError):
                continue
            expected = -(-to_read // BATCH)
            if len(list(plan_path.parent.glob("batch-*/valid_rejected_files.parquet"))) >= expected:
                return True
        time.sleep(0.002)
    return False


def test_sigkill_during_load_keeps_the_previous_state(tmp_path):
    raw, warehouse, package = tmp_path / "raw", tmp_path / "wh" / "zhibiao.duckdb", tmp_path / "pkg"
    shutil.copytree(RAW, raw)
    run_pipeline(raw, warehouse, package)
    before = snapshot(warehouse)
    generate(120, 11, tmp_path / "corpus")
    for path in (tmp_path / "corpus" / "raw").iterdir():
        shutil.copy(path, raw / path.name)

    killed_before_commit = 0
    for delay in (0.0, 0.05, 0.15):
        shutil.rmtree(warehouse.parent / ".runs", ignore_errors=True)  # so we watch this attempt's folder
        proc = start_run(raw, warehouse, package)
        assert wait_until_loading(proc, warehouse), "the run never reached its load"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        consistent(warehouse)
        if snapshot(warehouse) == before:
            killed_before_commit += 1
        else:
            break  # the load committed before the kill: the new state is complete (checked above)
    assert killed_before_commit >= 1, "no kill landed inside a load"

    summary = run_pipeline(raw, warehouse, package)
    assert summary.published and summary.current_documents >= 120
    sizes = consistent(warehouse)
    clean = tmp_path / "clean" / "zhibiao.duckdb"
    run_pipeline(raw, clean, tmp_path / "clean-pkg")
    assert consistent(clean) == sizes
    with connect(warehouse, read_only=True) as con:
        statuses = dict(con.execute("SELECT status, count(*) FROM runs GROUP BY 1").fetchall())
    assert statuses["completed"] == 2 and statuses["failed"] >= 1  # killed runs are marked interrupted
