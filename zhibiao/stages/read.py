"""Read: ingest a batch of raw files and extract their facts.

Loads the files named in the batch; makes one document per readable file (cleaned text and
metadata), its facts, and a rejected-file row with a reason for each file that cannot be read;
saves documents.parquet, facts.parquet and rejected_files.parquet in the batch folder.
"""
from __future__ import annotations

import traceback
from pathlib import Path

from schemas.tables import Documents, Facts, RejectedFiles
from zhibiao.extract import extract_facts
from zhibiao.ingest import DEFAULT_MAX_BYTES, ingest_file
from zhibiao.model import Document, RejectedFile
from zhibiao.tables import document_row, fact_row, frame, rejected_file_row

OUTPUTS = {"documents": Documents, "facts": Facts, "rejected_files": RejectedFiles}


def read_file(path: Path, raw_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[dict | None, list[dict], dict | None]:
    """One raw file → (document row, fact rows, None) or (None, [], rejected-file row)."""
    result = ingest_file(path, raw_root=raw_dir, max_bytes=max_bytes)
    if isinstance(result, RejectedFile):
        return None, [], rejected_file_row(result)
    try:
        facts = extract_facts(result.text, published=result.published_date)
    except Exception as exc:  # an extractor bug must not lose the file: keep it, with the error
        reason = f"fact extraction failed: {type(exc).__name__}: {exc} ({_where(exc)})"
        return None, [], rejected_file_row(_rejected(result, reason))
    return document_row(result), [fact_row(result, seq, f) for seq, f in enumerate(facts)], None


def read_batch(paths: list[str], raw_dir: Path, out_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Path:
    """Read every file of the batch (paths relative to raw_dir) and save the three tables."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rows: dict[str, list[dict]] = {name: [] for name in OUTPUTS}
    for rel in paths:
        doc, facts, rejected = read_file(Path(raw_dir) / rel, Path(raw_dir), max_bytes)
        if doc:
            rows["documents"].append(doc)
            rows["facts"].extend(facts)
        else:
            rows["rejected_files"].append(rejected)
    for name, model in OUTPUTS.items():
        frame(model, rows[name]).to_parquet(out_dir / f"{name}.parquet", index=False)
    return out_dir


def _rejected(doc: Document, reason: str) -> RejectedFile:
    return RejectedFile(source_path=doc.source_path, bytes=doc.bytes, sha256=doc.sha256, reason=reason)


def _where(exc: Exception) -> str:
    frame_ = traceback.extract_tb(exc.__traceback__)[-1]
    return f"{Path(frame_.filename).name}:{frame_.lineno}"
