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

from zhibiao import __version__
from zhibiao.fingerprint import code_fingerprint
from zhibiao.ingest import DEFAULT_MAX_BYTES
from zhibiao.stages.discover import RunPlan, plan_run
from zhibiao.stages.load import LoadResult, finish_run, load_run, start_run
from zhibiao.stages.publish import PublishResult, publish
from zhibiao.stages.read import read_batch
from zhibiao.stages.validate import validate_batch
from zhibiao.warehouse import connect, scalar

DEFAULT_BATCH_SIZE = 50


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
        publish_errors=published.errors, seconds=seconds,
    )


def run_pipeline(raw_dir: Path, warehouse: Path, package_dir: Path, *, batch_size: int = DEFAULT_BATCH_SIZE,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> RunSummary:
    """Run every stage in this process with plain calls; returns the run's summary."""
    raw_dir, warehouse, package_dir = Path(raw_dir), Path(warehouse), Path(package_dir)
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
    try:
        batch_dirs = [timed("read", read_batch, batch, raw_dir, work / f"batch-{i:05d}", max_bytes)
                      for i, batch in enumerate(batches(plan.to_read, batch_size))]
        for batch_dir in batch_dirs:
            timed("validate", validate_batch, batch_dir)
        loaded = timed("load", load_run, warehouse, plan, batch_dirs)
        published = timed("publish", publish, warehouse, package_dir, raw_dir)
    except Exception as exc:
        finish_run(warehouse, run_id, "failed", f"{type(exc).__name__}: {exc}")
        raise
    finish_run(warehouse, run_id, "completed" if published.published else "failed",
               None if published.published else "package failed validation: " + "; ".join(published.errors[:5]))
    shutil.rmtree(work, ignore_errors=True)
    return summarize(plan, loaded, published, warehouse, seconds)
