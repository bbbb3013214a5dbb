"""The pipeline run as plain function calls: discover → read → validate → load → publish.

The Prefect flow in flows/pipeline.py runs the same stages as tasks; this runner is what the
benchmark compares it with (the cost of orchestration) and what library users call without Prefect.
"""
from __future__ import annotations

import shutil
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from zhibiao.progress import watch
from zhibiao.runlock import exclusive_run
from zhibiao.ingest import DEFAULT_MAX_BYTES
from zhibiao.runs import (DEFAULT_BATCH_SIZE, RunSummary, batches, code_version, new_run_id, run_outcome, summarize,
                          work_dir)
from zhibiao.stages.discover import plan_run
from zhibiao.stages.load import finish_run, load_run, record_failure, start_run
from zhibiao.stages.publish import PublishResult, publish
from zhibiao.stages.site import build_site
from zhibiao.stages.workers import default_jobs, process_pool, run_all
from zhibiao.timebudget import TimeBudget

# A worker is worth its start-up (a fork, or ~1 s where it must be spawned) for this many files or more.
MIN_FILES_PER_WORKER = 25
# Facts validated per call: pandera's cost is largely per call, so read batches are validated several at a time,
# up to this many facts (and their documents' text) in one call: memory is the facts a call holds, not files
# (a real report has ~190 facts, a generated one ~46). CPU per file: 1.4 ms at 200 files a call, 1.1 ms at 500.
VALIDATE_FACTS = 25_000


def validate_groups(batch_dirs: list[Path], max_facts: int, min_calls: int = 1) -> list[list[Path]]:
    """Consecutive read batches in groups of at most `max_facts` facts (a batch alone may hold more), and at
    least `min_calls` groups when there are that many batches, so every worker has one."""
    import pyarrow.parquet as pq

    sizes = [pq.ParquetFile(Path(d) / "facts.parquet").metadata.num_rows for d in batch_dirs]
    limit = min(max_facts, max(1, -(-sum(sizes) // max(1, min_calls))))
    groups: list[list[Path]] = []
    held = 0
    for d, n in zip(batch_dirs, sizes):
        if not groups or held + n > limit:
            groups.append([])
            held = 0
        groups[-1].append(d)
        held += n
    return groups


def _pool(jobs: int, files: int, n_batches: int):
    """Worker processes for the read and validate stages (None: run them here)."""
    return process_pool(min(jobs, n_batches, max(1, files // MIN_FILES_PER_WORKER)))


def run_pipeline(raw_dir: Path, warehouse: Path, package_dir: Path, *, batch_size: int = DEFAULT_BATCH_SIZE,
                 max_bytes: int = DEFAULT_MAX_BYTES, budget: TimeBudget = TimeBudget(),
                 progress: Callable[[str, int, int], None] | None = None,
                 jobs: int | None = None, on_wait: Callable[[Path], None] | None = None,
                 load_only: bool = False) -> RunSummary:
    """Run every stage with plain calls; returns the run's summary.

    The run holds its warehouse folder's run lock (`zhibiao.runlock`) throughout: a second run on the
    same warehouse, scheduled or by hand, waits (calling `on_wait(folder)` once) instead of interleaving.

    `progress(stage, done, total)`, when given, is called as the run advances: ("read", files read, files)
    as files are read (zhibiao.progress; polled four times a second), then ("validate"|"load"|"publish"|"site", 0, 1) as each stage starts.

    Reading and validating are done batch by batch in `jobs` worker processes (default: one per CPU;
    1 = all in this process); discover, load and publish run here, as DuckDB allows one writer. Only
    file paths cross between processes, so memory stays flat however many files there are.
    `summary.seconds` holds each stage's wall time, and "read_cpu"/"validate_cpu" the CPU seconds the
    batches took, summed over workers.

    `load_only` stops after load: the warehouse answers questions at once, and the package (whose gate reads
    every changed row in pure Python, about a minute per 100,000 rows) is left for `zhibiao publish`.
    """
    with exclusive_run(warehouse, on_wait=on_wait):
        return _run(Path(raw_dir), Path(warehouse), Path(package_dir), batch_size, max_bytes, budget,
                    progress or (lambda stage, done, total: None), jobs, load_only)


def _run(raw_dir: Path, warehouse: Path, package_dir: Path, batch_size: int, max_bytes: int, budget: TimeBudget,
         report: Callable[[str, int, int], None], jobs: int | None, load_only: bool) -> RunSummary:
    run_id, started, seconds = new_run_id(), datetime.now(timezone.utc).replace(tzinfo=None), {}
    work = work_dir(warehouse, run_id)

    def timed(stage, fn, *args, **kwargs):
        t0 = time.perf_counter()
        out = fn(*args, **kwargs)
        seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - t0
        return out

    plan = timed("discover", plan_run, raw_dir, warehouse, run_id)
    work.mkdir(parents=True, exist_ok=True)
    plan.save(work / "plan.json")
    start_run(warehouse, plan, flow_run_id=None, started_at=started, code_version=code_version())
    groups = batches(plan.to_read, batch_size)
    read_batch = validate_batches = None
    if groups:  # imported here: a run with nothing to read does not load the extractor and its tables
        from zhibiao.stages.read import read_batch
        from zhibiao.stages.validate import validate_batches
    pool = _pool(jobs or default_jobs(), len(plan.to_read), len(groups))
    try:
        report("read", 0, len(plan.to_read))
        read_args = [(batch, raw_dir, work / f"batch-{i:05d}", max_bytes, work / "progress" / f"batch-{i:05d}", budget)
                     for i, batch in enumerate(groups)]
        with watch(work / "progress", lambda done: report("read", done, len(plan.to_read))):
            batch_dirs, seconds["read_cpu"] = timed("read", run_all, pool, read_batch, read_args)
        report("validate", 0, 1)
        workers = pool._max_workers if pool is not None else 1
        calls = validate_groups(batch_dirs, VALIDATE_FACTS, min_calls=workers)
        _, seconds["validate_cpu"] = timed("validate", run_all, pool, validate_batches, [(c,) for c in calls],
                                           lambda done: None)
        if pool is not None:
            pool.shutdown()
        report("load", 0, 1)
        loaded = timed("load", load_run, warehouse, plan, batch_dirs)
        if load_only:
            published = PublishResult(published=False, changed=False, version=None)
        else:
            report("publish", 0, 1)
            published = timed("publish", publish, warehouse, package_dir, raw_dir, jobs=jobs)
        if published.published:
            report("site", 0, 1)
            site = timed("site", build_site, package_dir)
    except BaseException as exc:  # Ctrl-C too: the record names the cause
        record_failure(warehouse, run_id, exc)
        raise
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    finish_run(warehouse, run_id, *run_outcome(published, load_only))
    shutil.rmtree(work, ignore_errors=True)
    summary = summarize(plan, loaded, published, warehouse, seconds, load_only)
    summary.site = str(site.folder / "index.html") if published.published else None
    return summary
