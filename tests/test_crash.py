"""Killed runs and publishes: a run killed with SIGKILL while it loads leaves the previous complete state and the
next run completes; a killed run's record is settled; a publish killed at any step of its package switch leaves
the old package or the new one, never a mix."""
import hashlib
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import frictionless
import pytest

from bench.corpus import generate
from zhibiao.runner import run_pipeline
from zhibiao.stages.publish import KILL_AT_ENV, PREVIOUS_DIR, STAGE_DIR, TABLES_DIR, VALIDATED_MARK, recover
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
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        # a background shell starts jobs with SIGINT ignored, and Python keeps that: Ctrl-C must reach the run
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


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


def wait_until_reading(proc: subprocess.Popen, warehouse: Path, timeout: float = 120) -> bool:
    """Poll until the run reads its files (a batch folder appears): its record is written just before."""
    runs = warehouse.parent / ".runs"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if runs.exists() and any(runs.glob("*/batch-*")):
            return True
        time.sleep(0.01)
    return False


def last_run(warehouse: Path) -> tuple:
    with connect(warehouse, read_only=True) as con:
        return con.execute("SELECT run_id, status, message, pid FROM runs ORDER BY started_at DESC LIMIT 1").fetchall()[0]


def test_a_run_killed_with_sigkill_is_settled_as_failed_by_the_next_run(tmp_path):
    """On f2e486f the record said only 'interrupted'; now it names the process that ended without finishing."""
    raw, warehouse, package = tmp_path / "raw", tmp_path / "wh" / "zhibiao.duckdb", tmp_path / "pkg"
    generate(60, 5, tmp_path / "corpus")
    shutil.copytree(tmp_path / "corpus" / "raw", raw)
    proc = start_run(raw, warehouse, package)
    assert wait_until_reading(proc, warehouse), "the run never started reading"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed, status, _, pid = last_run(warehouse)
    assert (status, pid) == ("running", proc.pid)  # nothing could record the end: the process was gone

    assert run_pipeline(raw, warehouse, package, jobs=1).published
    with connect(warehouse, read_only=True) as con:
        runs = {run_id: (status, message) for run_id, status, message in
                con.execute("SELECT run_id, status, message FROM runs").fetchall()}
    status, message = runs.pop(killed)
    assert status == "failed" and message.startswith(f"process {proc.pid} ended without finishing")
    assert [status for status, _ in runs.values()] == ["completed"]


def test_a_run_stopped_with_ctrl_c_records_why(tmp_path):
    """On f2e486f a KeyboardInterrupt left the run 'running' until the next run."""
    raw, warehouse, package = tmp_path / "raw", tmp_path / "wh" / "zhibiao.duckdb", tmp_path / "pkg"
    generate(60, 6, tmp_path / "corpus")
    shutil.copytree(tmp_path / "corpus" / "raw", raw)
    proc = start_run(raw, warehouse, package)
    assert wait_until_reading(proc, warehouse), "the run never started reading"
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=120) != 0
    _, status, message, pid = last_run(warehouse)
    assert (status, message, pid) == ("failed", "interrupted (Ctrl-C or SIGINT)", proc.pid)


# The package switch (zhibiao.stages.publish._switch): killed at each of its steps, the published package is
# exactly the old one or exactly the new one, and the next publish finishes the switch. On f2e486f a kill during
# the moves left new documents.csv/facts.csv beside the old datapackage.json (and there was no step to kill at).

@pytest.fixture(scope="module")
def old_and_new(tmp_path_factory):
    """Two packages: the sample reports' (old), and the same plus one report (new), with their warehouses."""
    root = tmp_path_factory.mktemp("switch")
    shutil.copytree(RAW, root / "raw-old")
    run_pipeline(root / "raw-old", root / "wh-old" / "zhibiao.duckdb", root / "old", jobs=1)
    shutil.copytree(RAW, root / "raw-new")
    (root / "raw-new" / "new.txt").write_text("2023年，全市新增城镇就业1.2万人，地区生产总值增长5.2%。", encoding="utf-8")
    run_pipeline(root / "raw-new", root / "wh-new" / "zhibiao.duckdb", root / "new", jobs=1)
    return root


def package_files(package: Path) -> dict:
    """What a reader gets from the package: its version and each resource's bytes, by resource name."""
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    return {"version": descriptor["version"],
            **{r["name"]: hashlib.sha256((package / r["path"]).read_bytes()).hexdigest() for r in descriptor["resources"]}}


def kill_at(step: str, *args: str, cwd: Path | None = None) -> int:
    env = {**os.environ, KILL_AT_ENV: step}
    return subprocess.run([sys.executable, *args], env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, timeout=600).returncode


def recover_killed_at(step: str, package: Path) -> int:
    """Finish the switch in a forked process (cheaper than starting Python) that kills itself at `step`."""
    def finish():
        os.environ[KILL_AT_ENV] = step
        recover(package)

    child = multiprocessing.get_context("fork").Process(target=finish)
    child.start()
    child.join(120)
    return child.exitcode


def test_a_kill_at_any_step_of_the_package_switch_leaves_the_old_or_the_new_package(old_and_new, tmp_path):
    old, new = package_files(old_and_new / "old"), package_files(old_and_new / "new")
    assert old["facts"] != new["facts"] and old["documents"] != new["documents"]
    tables = sorted(p.name for p in (old_and_new / "new" / TABLES_DIR).iterdir() if p.suffix in (".csv", ".parquet"))
    steps = ["linked", "stepped aside", *(f"moved {name}" for name in tables), "switched"]
    seen, validated = [], set()
    for step in steps:
        package = tmp_path / step.replace(" ", "-")
        shutil.copytree(old_and_new / "old", package, ignore=shutil.ignore_patterns("site"))
        stage = package / STAGE_DIR  # what a publish leaves once the new package passed the gate
        (stage / TABLES_DIR).mkdir(parents=True)
        for name in tables:
            shutil.copy(old_and_new / "new" / TABLES_DIR / name, stage / TABLES_DIR / name)
        shutil.copy(old_and_new / "new" / "datapackage.json", stage / "datapackage.json")
        (stage / VALIDATED_MARK).touch()

        assert recover_killed_at(step, package) == -signal.SIGKILL, f"never reached {step!r}"
        now = package_files(package)
        assert now in (old, new), f"killed after {step!r}: a mix of the old and the new package"
        seen.append("old" if now == old else "new")
        descriptor = (package / "datapackage.json").read_bytes()
        if descriptor not in validated:  # the files are the validated ones byte for byte (above)
            assert frictionless.validate(str(package / "datapackage.json")).valid, step
            validated.add(descriptor)

        recover(package)  # what the next publish does first
        assert package_files(package) == new
        assert not (package / STAGE_DIR).exists() and not (package / PREVIOUS_DIR).exists()
    assert seen == ["old"] * (len(steps) - 1) + ["new"]
    assert len(validated) == 3  # the old descriptor, the old one pointing at its files aside, the new one


def test_a_publish_killed_while_moving_files_in_is_finished_by_the_next(old_and_new, tmp_path):
    package = tmp_path / "package"
    shutil.copytree(old_and_new / "old", package, ignore=shutil.ignore_patterns("site"))
    publish_args = ["-m", "zhibiao.cli", "publish", "--no-site", "--warehouse",
                    str(old_and_new / "wh-new" / "zhibiao.duckdb"), "--package-dir", str(package),
                    "--raw", str(old_and_new / "raw-new")]
    assert kill_at("moved facts.csv", *publish_args) == -signal.SIGKILL
    assert package_files(package) == package_files(old_and_new / "old")
    assert frictionless.validate(str(package / "datapackage.json")).valid
    assert kill_at("no such step", *publish_args) == 0
    published = package_files(package)
    assert published == {**package_files(old_and_new / "new"), "version": "1.0.1"}  # the old package's next version
    assert sorted(p.name for p in package.iterdir()) == ["datapackage.json", TABLES_DIR]
