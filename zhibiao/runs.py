"""A run's bookkeeping, shared by both runners (zhibiao.runner's plain calls and the Prefect flow in
flows/pipeline.py): the run id and code version it records, its scratch folder and batches, its outcome in the
runs table, and the summary a person reads after it.
"""
from __future__ import annotations

import shutil
import subprocess
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from zhibiao import __version__
from zhibiao.fingerprint import code_fingerprint
from zhibiao.stages.discover import RunPlan
from zhibiao.stages.load import LoadResult
from zhibiao.stages.publish import PublishResult
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
    publish_gate: dict = field(default_factory=dict)  # what the package gate checked (zhibiao.stages.gate)
    site: str | None = None  # index.html of the site built from the package (zhibiao.stages.site)
    load_only: bool = False  # asked to stop after load: no package was exported (`zhibiao publish` does it later)

    @property
    def ok(self) -> bool:
        """A run succeeds when the warehouse holds at least one document and the package published (or the run
        was asked to load only)."""
        return self.current_documents > 0 and (self.published or self.load_only)

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


def run_outcome(published: PublishResult, load_only: bool) -> tuple[str, str | None]:
    """The run's final status and error for the runs table: completed, or failed with the gate's reasons."""
    if published.published or load_only:
        return "completed", None
    return "failed", "package failed validation: " + "; ".join(published.errors[:5])


def summarize(plan: RunPlan, loaded: LoadResult, published: PublishResult, warehouse: Path,
              seconds: dict[str, float], load_only: bool = False) -> RunSummary:
    return RunSummary(
        run_id=plan.run_id, files_seen=len(plan.files), files_read=len(plan.to_read),
        files_unchanged=len(plan.unchanged), files_removed=len(plan.removed),
        documents=loaded.documents, facts=loaded.facts, rejected_files=loaded.rejected_files,
        rejected_facts=loaded.rejected_facts, conflicts=loaded.conflicts,
        current_documents=current_documents(warehouse), published=published.published,
        package_changed=published.changed, package_version=published.version,
        publish_errors=published.errors, seconds=seconds, publish_gate=getattr(published, "gate", {}),
        load_only=load_only,
    )
