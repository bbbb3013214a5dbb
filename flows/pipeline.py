"""The zhibiao pipeline flow: discover → read (batched) → validate → load → publish.

Orchestration only: every task calls one library stage and hands the next task a file path. Reading
is done in batches of files (a task per batch, not per file or sentence), so it can run on Prefect's
default thread runner or on a Dask cluster; the load stays in the flow's process because DuckDB
allows one writer.
"""
from __future__ import annotations

import shutil
from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.runtime import flow_run

from zhibiao.ingest import DEFAULT_MAX_BYTES
from zhibiao.runner import DEFAULT_BATCH_SIZE, RunSummary, batches, code_version, new_run_id, summarize, work_dir
from zhibiao.stages.discover import RunPlan, plan_run
from zhibiao.stages.load import LoadResult, finish_run, load_run, start_run
from zhibiao.stages.publish import PublishResult, publish
from zhibiao.stages.read import read_batch
from zhibiao.stages.validate import validate_batch
from zhibiao.summary import summary_markdown


@task(name="discover", retries=2, retry_delay_seconds=[1, 5])
def discover(raw_dir: Path, warehouse: Path, run_id: str, work: Path) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    return plan_run(raw_dir, warehouse, run_id).save(work / "plan.json")


@task(name="read-batch", retries=1, retry_delay_seconds=2)
def read(paths: list[str], raw_dir: Path, out_dir: Path, max_bytes: int) -> Path:
    return read_batch(paths, raw_dir, out_dir, max_bytes)


@task(name="validate-batch")
def validate(batch_dir: Path) -> Path:
    return validate_batch(batch_dir)


@task(name="load", retries=2, retry_delay_seconds=[2, 10])
def load(warehouse: Path, plan_path: Path, batch_dirs: list[Path]) -> LoadResult:
    return load_run(warehouse, RunPlan.load(plan_path), batch_dirs)


@task(name="publish", retries=1, retry_delay_seconds=5)
def publish_package(warehouse: Path, package_dir: Path, raw_dir: Path) -> PublishResult:
    return publish(warehouse, package_dir, raw_dir)


@flow(name="zhibiao", description="Raw reports → facts → validated tables → DuckDB → published data package")
def pipeline(
    raw_dir: Path = Path("raw"),
    warehouse: Path = Path("warehouse/zhibiao.duckdb"),
    package_dir: Path = Path("."),
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> RunSummary:
    log = get_run_logger()
    run_id, started = new_run_id(), datetime.now(timezone.utc).replace(tzinfo=None)
    work = work_dir(warehouse, run_id)
    plan_path = discover(raw_dir, warehouse, run_id, work)
    plan = RunPlan.load(plan_path)
    log.info("discover: %d files, %d to read (%d new, %d changed), %d unchanged, %d removed, %d duplicates",
             len(plan.files), len(plan.to_read), len(plan.new), len(plan.changed), len(plan.unchanged),
             len(plan.removed), len(plan.duplicates))
    start_run(warehouse, plan, flow_run_id=flow_run.get_id(), started_at=started, code_version=code_version())
    try:
        groups = batches(plan.to_read, batch_size)
        read_dirs = read.map(groups, raw_dir, [work / f"batch-{i:05d}" for i in range(len(groups))], max_bytes)
        batch_dirs = validate.map(read_dirs).result()
        log.info("read + validate: %d files in %d batches", len(plan.to_read), len(batch_dirs))
        loaded = load(warehouse, plan_path, batch_dirs)
        log.info("load: %d documents, %d facts, %d rejected facts, %d rejected files, %d conflicts",
                 loaded.documents, loaded.facts, loaded.rejected_facts, loaded.rejected_files, loaded.conflicts)
        published = publish_package(warehouse, package_dir, raw_dir)
    except Exception as exc:
        finish_run(warehouse, run_id, "failed", f"{type(exc).__name__}: {exc}")
        raise
    if published.published:
        log.info("publish: package %s (%s)", published.version, "changed" if published.changed else "unchanged")
    else:
        log.error("publish: package failed validation, the previous package stays: %s", "; ".join(published.errors[:5]))
    finish_run(warehouse, run_id, "completed" if published.published else "failed",
               None if published.published else "package failed validation: " + "; ".join(published.errors[:5]))
    shutil.rmtree(work, ignore_errors=True)
    summary = summarize(plan, loaded, published, warehouse, {})
    create_markdown_artifact(summary_markdown(summary), key="zhibiao-run-summary", description="zhibiao run summary")
    return summary
