"""Load: apply one run to the warehouse in a single transaction.

Loads the run plan and the validated batch files; replaces the staging rows of every file the run
read (new or changed), marks files gone from the raw folder as removed, records duplicates, updates
raw.files and the runs row, and rebuilds the marts from staging, all in one DuckDB transaction: a
run killed at any point leaves the previous complete state.
"""
from __future__ import annotations

import logging
import os
import signal
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from schemas.ddl import quote
from zhibiao import duckmem, reference
from zhibiao.stages.discover import RunPlan
from zhibiao.warehouse import MARTS, STAGING, columns, connect, create_marts, ensure_layers, fill_set_aside, insert_frame, scalar

from schemas.models import Documents, Facts, Indicators, Regions, RejectedFiles, Rejects, Units


_log = logging.getLogger(__name__)

# DuckDB's memory limit is sized from the widest rows the load reads (zhibiao.duckmem): it spills beyond it.


@dataclass
class LoadResult:
    documents: int = 0
    facts: int = 0
    rejected_facts: int = 0
    rejected_files: int = 0
    conflicts: int = 0
    changed: bool = False


def _parquet_files(batch_dirs: list[Path], name: str) -> list[str]:
    files = [Path(d) / f"valid_{name}.parquet" for d in batch_dirs]
    return [str(f) for f in files if f.exists() and pq.ParquetFile(f).metadata.num_rows]


def _insert_parquet(con, table: str, files: list[str], run_id: str) -> int:
    """Insert the rows of parquet files into a staging table, stamping the run id."""
    if not files:
        return 0
    cols = [c for c in columns(con, table) if c != "run_id"]
    names = ", ".join(map(quote, cols))
    before = scalar(con, f"SELECT count(*) FROM {table}")
    con.execute(f"INSERT INTO {table} ({names}, run_id) SELECT {names}, ? FROM read_parquet(?, union_by_name = true)",
                [run_id, files])
    return scalar(con, f"SELECT count(*) FROM {table}") - before


def start_run(warehouse: Path, plan: RunPlan, *, flow_run_id: str | None, started_at: datetime, code_version: str,
              pid: int | None = None) -> None:
    """Record the run as running in process `pid` (default: this one), in its own small transaction.

    The caller holds the warehouse folder's run lock (zhibiao.runlock), so a run still 'running' is one whose
    process ended without finishing (SIGKILL, power loss, a disk too full to record the end): it is settled
    here as failed, naming its process."""
    with connect(warehouse) as con:
        ensure_layers(con)
        settle_unfinished_runs(con)
        con.execute(
            "INSERT INTO marts.dim_runs (run_id, flow_run_id, started_at, code_version, status, files_seen, files_new, "
            "files_changed, files_unchanged, files_removed, documents, rejected_files, facts, rejected_facts, pid) "
            "VALUES (?, ?, ?, ?, 'running', ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)",
            [plan.run_id, flow_run_id, started_at, code_version, len(plan.files), len(plan.new), len(plan.changed),
             len(plan.unchanged), len(plan.removed), os.getpid() if pid is None else pid])


def settle_unfinished_runs(con) -> int:
    """Mark every run still 'running' as failed: only a run that holds the run lock may call this."""
    stale = con.execute("SELECT run_id, pid FROM marts.dim_runs WHERE status = 'running'").fetchall()
    for run_id, pid in stale:
        who = f"process {pid}" if pid is not None else "its process"
        con.execute("UPDATE marts.dim_runs SET status = 'failed', message = ? WHERE run_id = ?",
                    [f"{who} ended without finishing (killed, or stopped by a system error); settled by the next run",
                     run_id])
    return len(stale)


def finish_run(warehouse: Path, run_id: str, status: str, message: str | None = None) -> None:
    """Record the end of a run (separately from the load, which may not have happened)."""
    with connect(warehouse) as con:
        ensure_layers(con)
        con.execute("UPDATE marts.dim_runs SET ended_at = ?, status = ?, message = ? WHERE run_id = ?",
                    [datetime.now(timezone.utc).replace(tzinfo=None), status, message, run_id])


def record_failure(warehouse: Path, run_id: str, exc: BaseException) -> None:
    """Record a run as failed with its cause, as far as the warehouse can be written now.

    Called while the run's own error propagates: a failure to record (the disk is full, the file is held) must not
    hide that error. The record then stays 'running' and the next run settles it (`settle_unfinished_runs`)."""
    cause = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    signum = getattr(exc, "signum", None)  # zhibiao.stopping.Stopped: the run was stopped by a signal
    if isinstance(exc, KeyboardInterrupt) or signum == signal.SIGINT:
        cause = "interrupted (Ctrl-C or SIGINT)"
    elif signum is not None:
        cause = f"stopped by {signal.Signals(signum).name}"
    try:
        finish_run(warehouse, run_id, "failed", cause)
    except Exception:  # noqa: BLE001 - see the docstring
        _log.warning("could not record run %s as failed; the next run will", run_id, exc_info=True)


def _replace_staging(con, plan: RunPlan, batch_dirs: list[Path], run_id: str) -> LoadResult:
    replaced = pd.DataFrame({"source_path": sorted({*plan.to_read, *plan.removed, *plan.duplicates})})
    con.register("_replaced", replaced)
    incoming_docs = _parquet_files(batch_dirs, "documents")
    doc_ids = "SELECT doc_id FROM staging.documents WHERE source_path IN (SELECT source_path FROM _replaced)"
    if incoming_docs:  # the same bytes under a new name (a rename) replace the old document too
        doc_ids += " OR doc_id IN (SELECT doc_id FROM read_parquet(?))"
    params = [incoming_docs] if incoming_docs else []
    for table in ("staging.facts", "staging.rejects"):
        con.execute(f"DELETE FROM {table} WHERE doc_id IN ({doc_ids})", params)
    con.execute(f"DELETE FROM staging.documents WHERE doc_id IN ({doc_ids})", params)
    con.execute("DELETE FROM staging.rejected_files WHERE source_path IN (SELECT source_path FROM _replaced)")
    con.unregister("_replaced")

    result = LoadResult(changed=True)
    result.documents = _insert_parquet(con, "staging.documents", incoming_docs, run_id)
    result.facts = _insert_parquet(con, "staging.facts", _parquet_files(batch_dirs, "facts"), run_id)
    result.rejected_facts = _insert_parquet(con, "staging.rejects", _parquet_files(batch_dirs, "rejects"), run_id)
    result.rejected_files = _insert_parquet(con, "staging.rejected_files", _parquet_files(batch_dirs, "rejected_files"), run_id)
    duplicates = pd.DataFrame([
        {"source_path": path, "source_file": path.rsplit("/", 1)[-1], "bytes": plan.files[path]["bytes"],
         "sha256": plan.files[path]["sha256"], "reason": f"duplicate: same bytes as {original}"}
        for path, original in sorted(plan.duplicates.items())])
    result.rejected_files += insert_frame(con, "staging.rejected_files", duplicates, run_id=run_id)
    return result


def _update_raw_files(con, plan: RunPlan, run_id: str) -> None:
    rows = []
    for path in [*plan.to_read, *plan.duplicates]:
        info = plan.files[path]
        rows.append({"source_path": path, "source_file": path.rsplit("/", 1)[-1], "sha256": info["sha256"],
                     "bytes": info["bytes"], "fingerprint": plan.fingerprint})
    if rows:
        con.register("_seen", pd.DataFrame(rows))
        con.execute("""
            INSERT INTO raw.files (source_path, source_file, sha256, bytes, outcome, doc_id, fingerprint,
                                   first_run_id, last_run_id, removed_run_id)
            SELECT s.source_path, s.source_file, s.sha256, s.bytes,
                   CASE WHEN d.doc_id IS NOT NULL THEN 'document'
                        WHEN r.reason LIKE 'duplicate:%' THEN 'duplicate' ELSE 'rejected' END,
                   d.doc_id, s.fingerprint, ?, ?, NULL
            FROM _seen s
            LEFT JOIN staging.documents d USING (source_path)
            LEFT JOIN staging.rejected_files r USING (source_path)
            ON CONFLICT (source_path) DO UPDATE SET
                sha256 = excluded.sha256, bytes = excluded.bytes, outcome = excluded.outcome,
                doc_id = excluded.doc_id, fingerprint = excluded.fingerprint,
                last_run_id = excluded.last_run_id, removed_run_id = NULL""", [run_id, run_id])
        con.unregister("_seen")
    if plan.removed:
        con.execute("UPDATE raw.files SET outcome = 'removed', removed_run_id = ? WHERE source_path IN (SELECT unnest(?))",
                    [run_id, plan.removed])


def rebuild_marts(con) -> None:
    """Recreate the marts from staging and the reference data, keys checked by DuckDB."""
    create_marts(con)
    regions = reference.regions_frame([r[0] for r in con.execute(
        "SELECT region_code FROM staging.documents WHERE region_code IS NOT NULL "
        "UNION SELECT region_code FROM staging.facts WHERE region_code IS NOT NULL").fetchall()])
    for level in ("country", "province", "prefecture", "county"):  # parents before children (self-referencing key)
        insert_frame(con, MARTS[Regions], regions[regions["level"] == level])
    insert_frame(con, MARTS[Units], reference.units_frame())
    insert_frame(con, MARTS[Indicators], reference.indicators_frame())
    for model in (Documents, Facts):
        cols = ", ".join(map(quote, columns(con, MARTS[model])))
        con.execute(f"INSERT INTO {MARTS[model]} ({cols}) SELECT {cols} FROM {STAGING[model]}")
    fill_set_aside(con)


def _window(con, batch_dirs: list[Path]) -> int:
    """Bytes of the 2,048 widest rows the load reads: documents and facts, in staging and in the run's batches."""
    widest = 0
    for model, name in ((Documents, "documents"), (Facts, "facts")):
        width = duckmem.row_width_sql(list(model.to_schema().columns))
        rows = f"SELECT {width} AS w FROM {STAGING[model]}"
        if files := _parquet_files(batch_dirs, name):
            rows += f" UNION ALL SELECT {width} AS w FROM read_parquet([{', '.join(map(_lit, files))}], union_by_name = true)"
        widest = max(widest, duckmem.widest_rows(con, f"({rows})", "w"))
    return widest


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def load_run(warehouse: Path, plan: RunPlan, batch_dirs: list[Path]) -> LoadResult:
    """Apply the run in one transaction; with nothing to do, nothing is written but the run's counts."""
    with connect(warehouse) as con:
        ensure_layers(con)
        duckmem.configure(con, _window(con, batch_dirs))  # memory stays flat as runs grow
        con.execute("BEGIN TRANSACTION")
        try:
            result = LoadResult()
            if not plan.nothing_to_do:
                result = _replace_staging(con, plan, batch_dirs, plan.run_id)
                _update_raw_files(con, plan, plan.run_id)
                rebuild_marts(con)
            con.execute("UPDATE marts.dim_runs SET documents = ?, rejected_files = ?, facts = ?, rejected_facts = ? WHERE run_id = ?",
                        [result.documents, result.rejected_files, result.facts, result.rejected_facts, plan.run_id])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        # counted once the data is committed: the self-join of the conflicts view can then spill to disk,
        # while a transaction's own new rows stay in memory (under a 250 MB limit, 30,000 reports failed)
        result.conflicts = scalar(con, "SELECT count(*) FROM main.conflicts")
    return result
