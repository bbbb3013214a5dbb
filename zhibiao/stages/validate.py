"""Validate: check a batch's documents and facts against the pandera models, lazily (all failures at once).

Loads a read batch folder; makes the batch's valid documents and facts, its rejected files (those
from reading plus documents that fail a check), and `rejects`: each fact that failed a check, with
the check's name and its source span, after the extractor's own errors (check `extraction_error`); saves them as valid_*.parquet in the same folder. Batches
are validated one at a time so memory stays flat however large the corpus.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pandera.errors
import pyarrow as pa
import pyarrow.parquet as pq

from schemas.models import Documents, Facts, RejectedFiles, Rejects
from zhibiao.rows import frame, reject_row

VALIDATED = ("documents", "facts", "rejects", "rejected_files")


def failures(model, df: pd.DataFrame) -> pd.DataFrame:
    """One row per (row index, check) failure; empty when the frame is valid."""
    try:
        model.validate(df, lazy=True)
    except pandera.errors.SchemaErrors as err:
        cases = err.failure_cases
        unplaced = cases[cases["index"].isna()]
        if len(unplaced):  # a failure not tied to a row means the frame itself is malformed: a bug
            raise RuntimeError(f"{model.__name__} frame is malformed:\n{unplaced.to_string()}") from err
        cases = cases.assign(index=cases["index"].astype(int))
        return cases.drop_duplicates(["index", "check"])
    return pd.DataFrame({"index": pd.Series(dtype=int), "check": [], "column": [], "failure_case": []})


def _check_names(group: pd.DataFrame) -> str:
    return ", ".join(f"{c} ({col})" if isinstance(col, str) else str(c) for c, col in zip(group["check"], group["column"]))


def validate_frames(documents: pd.DataFrame, facts: pd.DataFrame, rejected_files: pd.DataFrame,
                    read_rejects: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Check documents and facts; `read_rejects` (the extractor's errors, already `rejects` rows) lead the rejects."""
    bad_docs = failures(Documents, documents)
    more_rejected = [
        {**documents.loc[i, ["source_path", "source_file", "bytes", "sha256"]].to_dict(),
         "reason": f"document failed checks: {_check_names(group)}"}
        for i, group in bad_docs.groupby("index")
    ]
    bad_doc_ids = set(documents.loc[bad_docs["index"].unique(), "doc_id"])
    orphaned = facts["doc_id"].isin(bad_doc_ids)
    rejects = [reject_row(row, "document_rejected", "doc_id", row["doc_id"]) for row in facts[orphaned].to_dict("records")]
    facts = facts[~orphaned].reset_index(drop=True)

    bad_facts = failures(Facts, facts)
    for i, check, column, case in bad_facts[["index", "check", "column", "failure_case"]].itertuples(index=False):
        rejects.append(reject_row(facts.loc[i].to_dict(), str(check), column if isinstance(column, str) else None, case))

    return {
        "documents": frame(Documents, documents[~documents["doc_id"].isin(bad_doc_ids)]),
        "facts": frame(Facts, facts.drop(index=bad_facts["index"].unique())),
        "rejects": frame(Rejects, rejects) if read_rejects is None or read_rejects.empty else
                   frame(Rejects, pd.concat([read_rejects, frame(Rejects, rejects)], ignore_index=True)),
        "rejected_files": frame(RejectedFiles, pd.concat([rejected_files, pd.DataFrame(more_rejected)], ignore_index=True)
                                if more_rejected else rejected_files),
    }


def validate_batch(batch_dir: Path) -> Path:
    """Validate one read batch; save valid_<table>.parquet beside its inputs."""
    return validate_batches([batch_dir])[0]


def _read(batch_dirs: list[Path], name: str, model) -> tuple[pd.DataFrame, np.ndarray]:
    """The batches' table as one frame, and the index of the batch each row came from."""
    parts = [pd.read_parquet(d / f"{name}.parquet") if (d / f"{name}.parquet").exists() else frame(model, [])
             for d in batch_dirs]
    origin = np.repeat(np.arange(len(parts)), [len(part) for part in parts])
    return frame(model, pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]), origin


def _write_split(df: pd.DataFrame, key: np.ndarray, batch_dirs: list[Path], filename: str) -> None:
    """Each batch's rows of `df` (in their order) to `filename` in its folder; `key` is each row's batch."""
    table = pa.Table.from_pandas(df, preserve_index=False)  # what DataFrame.to_parquet(index=False) writes
    if len(batch_dirs) == 1:
        pq.write_table(table, batch_dirs[0] / filename)
        return
    order = np.argsort(key, kind="stable")
    table, bounds = table.take(order), np.searchsorted(key[order], np.arange(len(batch_dirs) + 1))
    for i, batch_dir in enumerate(batch_dirs):
        pq.write_table(table.slice(bounds[i], bounds[i + 1] - bounds[i]), batch_dir / filename)


def validate_batches(batch_dirs: list[Path]) -> list[Path]:
    """Validate several read batches in one pass; save each one's valid_<table>.parquet beside its inputs.

    The files written are the same as `validate_batch` on each folder (a row's checks do not depend on
    other rows, except uniqueness, which then holds across all the batches). pandera's cost is mostly
    per call (~70 ms for the two models), so a run validates a few batches at a time.
    """
    batch_dirs = [Path(d) for d in batch_dirs]
    documents, doc_origin = _read(batch_dirs, "documents", Documents)
    rejected_files, rejected_origin = _read(batch_dirs, "rejected_files", RejectedFiles)
    facts, _ = _read(batch_dirs, "facts", Facts)
    read_rejects, _ = _read(batch_dirs, "rejects", Rejects)
    # which batch each row came from: documents and rejected files by path, facts and rejects by document
    by_path = dict(zip(documents["source_path"], doc_origin.tolist()))
    by_path.update(zip(rejected_files["source_path"], rejected_origin.tolist()))
    by_doc = dict(zip(documents["doc_id"], doc_origin.tolist()))
    tables = validate_frames(documents, facts, rejected_files, read_rejects)
    for name, df in tables.items():
        key = df["source_path"].map(by_path) if name in ("documents", "rejected_files") else df["doc_id"].map(by_doc)
        if key.isna().any():  # every row goes back to the batch it came from: none may be dropped here
            raise RuntimeError(f"{name}: {int(key.isna().sum())} rows belong to no batch of {batch_dirs}")
        _write_split(df, key.to_numpy(dtype=np.int64), batch_dirs, f"valid_{name}.parquet")
    return batch_dirs
