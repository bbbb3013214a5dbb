"""The zhibiao pipeline flow: discover → read (batched) → validate → load → publish → site.

Orchestration only: every task calls one library stage and hands the next task a file path. Reading
is done in batches of files (a task per batch, not per file or sentence), so it can run on Prefect's
default thread runner or on a Dask cluster (`pipeline.with_options(task_runner=dask_runner(...))`).

Where each task runs:
- `read-batch` and `validate-batch` are *mapped*, so they go to the flow's task runner: threads by
  default, Dask workers with the Dask runner. On threads, each task hands its work to a pool of one
  worker process per core (zhibiao.stages.workers.shared_pool), as the plain runner does: Python on
  threads runs on one core, and in the flow's own memory. They receive plain picklable arguments (lists of relative
  paths, folder paths, ints) and write Parquet files into shared folders; OpenCC converters are built
  lazily inside each worker process (zhibiao.ingest.chinese), never shipped.
- `discover`, `record-run-start`, `load`, `publish`, `site` and `record-run-end` are *called*, not submitted,
  so Prefect runs them in the flow's own process whatever the task runner: DuckDB allows one writing
  process per file, and publishing moves files beside the warehouse.

Read results are cached by the content of each batch's files (see flows/cache.py); warehouse-writing
tasks retry with exponential backoff when the warehouse is busy (another process has it open), and a
run holds the warehouse folder's run lock (zhibiao.runlock) from start to end, so a scheduled run waits
for a manual one instead of interleaving with it.
"""
# No `from __future__ import annotations` here: a deployment's flow-run process builds the parameter model
# from these annotations, and string annotations fail there ("PipelineModel is not fully defined").
import os
import shutil
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import duckdb
from prefect import flow, get_run_logger, task, unmapped
from prefect.artifacts import create_markdown_artifact, create_progress_artifact, update_progress_artifact
from prefect.futures import wait
from prefect.runtime import flow_run
from prefect.states import Failed
from prefect.tasks import exponential_backoff
from prefect.transactions import get_transaction
from pydantic import DirectoryPath, PositiveInt

from zhibiao.ingest import DEFAULT_MAX_BYTES
from zhibiao.progress import batch_files_read
from zhibiao.runlock import DEFAULT_WAIT_SECONDS, exclusive_run
from zhibiao.runs import (DEFAULT_BATCH_SIZE, RunSummary, batches, code_version, new_run_id, run_outcome, summarize,
                          work_dir)
from zhibiao.stages.discover import RunPlan, plan_run
from zhibiao.stages.load import LoadResult, finish_run, load_run, record_failure, start_run
from zhibiao.stages.publish import PublishResult, publish
from zhibiao.stages.site import build_site
from zhibiao.stages.read import read_batch
from zhibiao.stages.validate import validate_batch
from zhibiao.stages.workers import default_jobs, in_pool, shared_pool
from zhibiao.storage_errors import storage_problem
from zhibiao.summary import run_details, summary_markdown
from zhibiao.timebudget import TimeBudget
from zhibiao.warehouse import WarehouseBusy

from flows import cache

PERMANENT_OS_ERRORS = (FileNotFoundError, NotADirectoryError, IsADirectoryError)
PROGRESS_SECONDS = 0.5  # how often the progress artifact follows the files read
LOG_SECONDS = 2.0  # how often a progress line is logged (and once at the end)


def transient(task, task_run, state) -> bool:
    """Retry condition: retry only errors that can go away (busy warehouse, I/O hiccups, files changing)."""
    exc = state.data if isinstance(state.data, BaseException) else None
    if exc is None:
        try:
            exc = state.result(raise_on_failure=False)
        except Exception as err:  # noqa: BLE001 - whatever the state holds, decide on it
            exc = err
    if isinstance(exc, PERMANENT_OS_ERRORS) or storage_problem(exc) is not None:
        return False  # a full disk or a folder we may not write waits for the user, not for a retry
    return isinstance(exc, (WarehouseBusy, duckdb.IOException, OSError, TimeoutError, cache.BatchChanged))


# Backoff: 2 s, 4 s, 8 s (±50% jitter) — long enough for a `zhibiao query` to release the warehouse.
IO_RETRIES = dict(retries=3, retry_delay_seconds=exponential_backoff(backoff_factor=2), retry_jitter_factor=0.5,
                  retry_condition_fn=transient)


@task(name="discover", **IO_RETRIES)
def discover(raw_dir: Path, warehouse: Path, run_id: str, work: Path) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    return plan_run(raw_dir, warehouse, run_id).save(work / "plan.json")


@task(name="record-run-start", **IO_RETRIES)
def record_start(warehouse: Path, plan_path: Path, flow_run_id: str | None, started: datetime, pid: int) -> None:
    start_run(warehouse, RunPlan.load(plan_path), flow_run_id=flow_run_id, started_at=started,
              code_version=code_version(), pid=pid)


@task(name="read-batch", cache_key_fn=cache.read_cache_key, cache_expiration=cache.CACHE_EXPIRATION,
      persist_result=True, **IO_RETRIES)
def read(paths: list[str], raw_dir: Path, cache_root: Path, fallback_dir: Path, max_bytes: int,
         progress: Path | None = None, budget: TimeBudget = TimeBudget()) -> Path:
    """Read a batch into its content-addressed cache folder (or `fallback_dir` when it cannot be cached);
    each file read is counted in `progress` (zhibiao.progress), which the flow polls."""
    txn = get_transaction()
    content, gen = cache.split_key(txn.key if txn else None)
    now = cache.manifest(paths, raw_dir, max_bytes, cache_root, budget)
    if content is None or now.key is None:
        return in_pool(read_batch, paths, raw_dir, fallback_dir, max_bytes, progress, budget)
    if now.key != content:
        raise cache.BatchChanged(f"a file of the batch changed since its cache key was computed: {paths}")
    tmp = cache_root / f"{content}{cache.PARTIAL}{gen}"
    shutil.rmtree(tmp, ignore_errors=True)
    in_pool(read_batch, paths, raw_dir, tmp, max_bytes, progress, budget)
    _check_read_bytes(tmp, now.sha256)
    return cache.seal(tmp, cache_root / content, content, gen, now.sha256)


def _check_read_bytes(batch_dir: Path, expected: dict[str, str | None]) -> None:
    import pandas as pd

    for name in ("documents", "rejected_files"):
        rows = pd.read_parquet(batch_dir / f"{name}.parquet", columns=["source_path", "sha256"])
        for path, sha in rows.itertuples(index=False):
            if sha is not None and path in expected and expected[path] != sha:
                shutil.rmtree(batch_dir, ignore_errors=True)
                raise cache.BatchChanged(f"{path} changed while it was being read")


@task(name="validate-batch", retries=1, retry_delay_seconds=2, retry_condition_fn=transient)
def validate(batch_dir: Path) -> Path:
    return in_pool(validate_batch, batch_dir)


@task(name="load", **IO_RETRIES)
def load(warehouse: Path, plan_path: Path, batch_dirs: list[Path]) -> LoadResult:
    return load_run(warehouse, RunPlan.load(plan_path), batch_dirs)


@task(name="publish", **IO_RETRIES)
def publish_package(warehouse: Path, package_dir: Path, raw_dir: Path) -> PublishResult:
    return publish(warehouse, package_dir, raw_dir)


@task(name="site")
def site(package_dir: Path) -> Path:
    return build_site(package_dir).folder / "index.html"


@task(name="record-run-end", **IO_RETRIES)
def record_end(warehouse: Path, run_id: str, status: str, message: str | None = None) -> None:
    finish_run(warehouse, run_id, status, message)


@flow(name="zhibiao", description="Raw reports → facts → validated tables → DuckDB → published data package",
      validate_parameters=True)
def pipeline(
    raw_dir: DirectoryPath = Path("raw"),
    warehouse: Path = Path("warehouse/zhibiao.duckdb"),
    package_dir: Path = Path("."),
    batch_size: PositiveInt = DEFAULT_BATCH_SIZE,
    max_bytes: PositiveInt = DEFAULT_MAX_BYTES,
    time_budget: TimeBudget = TimeBudget(),
    load_only: bool = False,
) -> RunSummary:
    """Run every stage over the raw folder; files unchanged since the last run are skipped.

    Returns the run's summary. When the package fails validation the flow run ends Failed and
    calling the flow raises `PackageNotPublished` (its `summary` attribute holds the summary).

    Parameters are validated by Prefect (pydantic): `raw_dir` must be an existing folder, `batch_size`
    and `max_bytes` positive integers. Paths should be absolute for deployments (runs execute elsewhere).
    `load_only` stops after load and leaves the package as it was (`zhibiao publish` exports it later).
    """
    log = get_run_logger()
    # One run at a time per warehouse folder (a scheduled run waits for a manual one, and vice versa).
    with exclusive_run(warehouse, on_wait=lambda folder: log.warning(
            "another zhibiao run is using %s; waiting for it to end (up to %d s)", folder, DEFAULT_WAIT_SECONDS)):
        return _pipeline(raw_dir, warehouse, package_dir, batch_size, max_bytes, time_budget, load_only, log)


def _pipeline(raw_dir: Path, warehouse: Path, package_dir: Path, batch_size: int, max_bytes: int,
              budget: TimeBudget, load_only: bool, log):
    run_id, started = new_run_id(), datetime.now(timezone.utc).replace(tzinfo=None)
    seconds: dict[str, float] = {}  # wall seconds of each stage, as the plain runner's summary has them

    def timed(stage, fn, *args):
        t0 = time.perf_counter()
        out = fn(*args)
        seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - t0
        return out

    work = work_dir(warehouse, run_id)
    reads = cache.cache_root(warehouse)
    if pruned := cache.prune(reads):
        log.info("read cache: removed %d expired batch folders", pruned)
    plan_path = timed("discover", discover, raw_dir, warehouse, run_id, work)
    plan = RunPlan.load(plan_path)
    log.info("discover: %d files, %d to read (%d new, %d changed), %d unchanged, %d removed, %d duplicates",
             len(plan.files), len(plan.to_read), len(plan.new), len(plan.changed), len(plan.unchanged),
             len(plan.removed), len(plan.duplicates))
    record_start(warehouse, plan_path, flow_run.get_id(), started, os.getpid())  # the flow's process holds the lock
    try:
        groups = batches(plan.to_read, batch_size)
        batch_dirs, cached = timed("read+validate", _read_and_validate, groups, raw_dir, reads, work, max_bytes,
                                   budget, log)
        log.info("read + validate: %d files in %d batches (%d from the read cache)",
                 len(plan.to_read), len(groups), cached)
        loaded = timed("load", load, warehouse, plan_path, batch_dirs)
        log.info("load: %d documents, %d facts, %d rejected facts, %d rejected files, %d conflicts",
                 loaded.documents, loaded.facts, loaded.rejected_facts, loaded.rejected_files, loaded.conflicts)
        if load_only:
            published = PublishResult(published=False, changed=False, version=None)
        else:
            published = timed("publish", publish_package, warehouse, package_dir, raw_dir)
        index = timed("site", site, package_dir) if published.published else None
    except BaseException as exc:  # Ctrl-C too: the record names the cause (or the next run settles it)
        record_failure(warehouse, run_id, exc)
        raise
    if published.published:
        log.info("publish: package %s (%s)", published.version, "changed" if published.changed else "unchanged")
    elif load_only:
        log.info("publish: skipped (load only); the package stays as it was")
    else:
        log.error("publish: package failed validation, the previous package stays: %s", "; ".join(published.errors[:5]))
    record_end(warehouse, run_id, *run_outcome(published, load_only))
    shutil.rmtree(work, ignore_errors=True)
    summary = summarize(plan, loaded, published, warehouse, seconds, load_only)
    summary.site = str(index) if index else None
    details = run_details(warehouse, run_id)
    details["batches"] = {"read": len(groups), "from cache": cached}
    create_markdown_artifact(summary_markdown(summary, details), key="zhibiao-run-summary",
                             description=f"zhibiao run {run_id}")
    if not (published.published or load_only):  # the flow run ends Failed (the UI, automations and notifications see it)
        exc = PackageNotPublished("package failed validation; the previous package stays: "
                                  + "; ".join(published.errors[:5]), summary)
        return Failed(message=str(exc), data=exc)
    return summary


class PackageNotPublished(RuntimeError):
    """The run loaded the warehouse, but its package failed validation and was not published.

    The previous package stays in place; `summary` is the run's summary (its `publish_errors` say why).
    """

    def __init__(self, message: str, summary: RunSummary | None = None):
        super().__init__(message)
        self.summary = summary

    def __reduce__(self):
        return type(self), (str(self), self.summary)


def _read_and_validate(groups: list[list[str]], raw_dir: Path, reads: Path, work: Path, max_bytes: int,
                       budget: TimeBudget, log) -> tuple[list[Path], int]:
    """Read and validate every batch on the task runner.

    With Prefect's thread runner the tasks hand their work to a process pool of one worker per core
    (`shared_pool`): threads would run it on one core, in the flow's own memory. Dask workers are processes."""
    if not groups:
        return [], 0
    with shared_pool(_pool_workers(len(groups))):
        return _run_batches(groups, raw_dir, reads, work, max_bytes, budget, log)


def _pool_workers(batches: int) -> int:
    """Worker processes for the thread runner's read and validate tasks (0: the task runner is not threads)."""
    from prefect.context import FlowRunContext
    from prefect.task_runners import ThreadPoolTaskRunner

    context = FlowRunContext.get()
    if context is None or not isinstance(context.task_runner, ThreadPoolTaskRunner):
        return 0
    return min(default_jobs(), batches)


def _run_batches(groups: list[list[str]], raw_dir: Path, reads: Path, work: Path, max_bytes: int,
                 budget: TimeBudget, log) -> tuple[list[Path], int]:
    """The progress artifact and the log follow the files as they are read (each read task counts them in
    work/progress, see zhibiao.progress), then the batches validated."""
    total, files = len(groups), sum(len(g) for g in groups)
    progress = create_progress_artifact(0.0, key="zhibiao-run-progress",
                                        description=f"files read ({files}), then batches validated ({total})")
    counts = work / "progress"
    counts.mkdir(parents=True, exist_ok=True)
    read_futures = read.map(groups, unmapped(raw_dir), unmapped(reads),
                            [work / f"batch-{i:05d}" for i in range(total)], unmapped(max_bytes),
                            [counts / f"batch-{i:05d}" for i in range(total)], unmapped(budget))
    validate_futures = validate.map(read_futures)
    pending, shown, last_log = set(validate_futures), (-1, -1), 0.0
    while pending:
        pending = wait(list(pending), timeout=PROGRESS_SECONDS).not_done
        read_now = sum(len(g) if f.state.is_final() else min(len(g), batch_files_read(counts / f"batch-{i:05d}"))
                       for i, (g, f) in enumerate(zip(groups, read_futures)))  # a cached batch reads nothing
        validated = total - len(pending)
        if (read_now, validated) == shown:
            continue
        shown = (read_now, validated)
        update_progress_artifact(progress, 50.0 * read_now / files + 50.0 * validated / total)
        if time.monotonic() - last_log >= LOG_SECONDS or not pending:
            last_log = time.monotonic()
            log.info("files read: %d/%d; batches validated: %d/%d", read_now, files, validated, total)
    cached = sum(1 for f in read_futures if f.state.name == "Cached")
    return [f.result() for f in validate_futures], cached


@contextmanager
def shared_api():
    """Make the Prefect API reachable from other processes for the duration of a run.

    Dask workers are other processes: they report task runs to the Prefect API named in the settings
    that Prefect ships with each task. With no PREFECT_API_URL, Prefect's temporary server is private
    to this process, and every worker would start one of its own (10–20 s each, and the flow's server
    would never see the task runs). So start the temporary server here and point the settings at it.
    With PREFECT_API_URL set this does nothing.
    """
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    settings = get_current_settings()
    if settings.api.url or not settings.server.ephemeral.enabled:
        yield settings.api.url
        return
    server = SubprocessASGIServer()
    server.start(timeout=settings.server.ephemeral.startup_timeout_seconds)
    with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
        yield server.api_url


def dask_runner(address: str | None = None):
    """A DaskTaskRunner: connect to the scheduler at `address`, else start a local two-process cluster."""
    import logging

    from prefect_dask import DaskTaskRunner

    # distributed logs every worker start and stop at INFO; keep the run's own log readable
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")  # inherited by local worker processes
    logging.getLogger("distributed").setLevel(logging.WARNING)
    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": True,
                                         "dashboard_address": None})
