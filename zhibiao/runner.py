"""The pipeline run as plain function calls: discover → read → validate → load → publish.

The Prefect flow in flows/pipeline.py runs the same stages as tasks; this runner is what the
benchmark compares it with (the cost of orchestration) and what library users call without Prefect.
"""
from __future__ import annotations

import shutil
import subprocess
import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from zhibiao import __version__
from zhibiao.fingerprint import code_fingerprint
from zhibiao.progress import watch
from zhibiao.runlock import exclusive_run
from zhibiao.ingest import DEFAULT_MAX_BYTES
from zhibiao.stages.discover import RunPlan, plan_run
from zhibiao.stages.load import LoadResult, finish_run, load_run, record_failure, start_run
from zhibiao.stages.publish import PublishResult, publish
from zhibiao.stages.site import build_site
from zhibiao.stages.workers import default_jobs, process_pool, run_all
from zhibiao.timebudget import TimeBudget
from zhibiao.warehouse import connect, scalar

DEFAULT_BATCH_SIZE = 50
# A worker is worth its start-up (a fork, or ~1 s where it must be spawned) for this many files or more.
MIN_FILES_PER_WORKER = 25
# Facts validated per call: pandera's cost is largely per call, so read batches are validated several at a time,
# up to this many facts (and their documents' text) in one call: memory is the facts a call holds, not files
# (a real report has ~190 facts, a generated one ~46). CPU per file: 1.4 ms at 200 files a call, 1.1 ms at 500.
VALIDATE_FACTS = 25_000


@dataclass
class RunSummary:
    run_id: str
    files_seen: int
    files_read: int
    files_unchanged: int
    files_removed: int
    documents: int
    facts: int
    rejected_files: int
    rejected_facts: int
    conflicts: int
    current_documents: int = 0
    published: bool = False
    package_changed: bool = False
    package_version: str | None = None
    publish_errors: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    publish_gate: dict = field(default_factory=dict)  # what the package gate checked (zhibiao.stages.gate)
    site: str | None = None  # index.html of the site built from the package (zhibiao.stages.site)

    @property
    def ok(self) -> bool:
        """A run succeeds when the warehouse holds at least one document and the package published."""
        return self.current_documents > 0 and self.published

    def to_dict(self) -> dict:
        return asdict(self)


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]


def code_version() -> str:
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=Path(__file__).parent,
                                capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = ""
    return f"zhibiao {__version__}" + (f" ({commit})" if commit else "") + f" code {code_fingerprint()}"


def work_dir(warehouse: Path, run_id: str) -> Path:
    """Scratch folder for a run's batch files, beside the warehouse; older ones are cleared."""
    runs = Path(warehouse).parent / ".runs"
    if runs.exists():
        shutil.rmtree(runs)
    return runs / run_id


def batches(paths: list[str], size: int) -> list[list[str]]:
    return [paths[i:i + size] for i in range(0, len(paths), size)]


def current_documents(warehouse: Path) -> int:
    with connect(warehouse, read_only=True) as con:
        return scalar(con, "SELECT count(*) FROM marts.dim_documents")


def summarize(plan: RunPlan, loaded: LoadResult, published: PublishResult, warehouse: Path,
              seconds: dict[str, float]) -> RunSummary:
    return RunSummary(
        run_id=plan.run_id, files_seen=len(plan.files), files_read=len(plan.to_read),
        files_unchanged=len(plan.unchanged), files_removed=len(plan.removed),
        documents=loaded.documents, facts=loaded.facts, rejected_files=loaded.rejected_files,
        rejected_facts=loaded.rejected_facts, conflicts=loaded.conflicts,
        current_documents=current_documents(warehouse), published=published.published,
        package_changed=published.changed, package_version=published.version,
        publish_errors=published.errors, seconds=seconds, publish_gate=getattr(published, "gate", {}),
    )


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
                 jobs: int | None = None, on_wait: Callable[[Path], None] | None = None) -> RunSummary:
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
    """
    with exclusive_run(warehouse, on_wait=on_wait):
        return _run(Path(raw_dir), Path(warehouse), Path(package_dir), batch_size, max_bytes, budget,
                    progress or (lambda stage, done, total: None), jobs)


def _run(raw_dir: Path, warehouse: Path, package_dir: Path, batch_size: int, max_bytes: int, budget: TimeBudget,
         report: Callable[[str, int, int], None], jobs: int | None) -> RunSummary:
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
    finish_run(warehouse, run_id, "completed" if published.published else "failed",
               None if published.published else "package failed validation: " + "; ".join(published.errors[:5]))
    shutil.rmtree(work, ignore_errors=True)
    summary = summarize(plan, loaded, published, warehouse, seconds)
    summary.site = str(site.folder / "index.html") if published.published else None
    return summary
