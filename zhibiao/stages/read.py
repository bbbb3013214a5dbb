"""Read: ingest a batch of raw files and extract their facts.

Loads the files named in the batch; makes one document per readable file (cleaned text and
metadata), its facts, a `rejects` row (check `extraction_error`) for each quantity or step of the
extractor that raised (the document and its other facts are kept), and a rejected-file row with a
reason for each file that cannot be read (hidden files included, and a file that takes longer than its
time budget to read: see zhibiao.timebudget); saves documents.parquet, facts.parquet, rejects.parquet and
rejected_files.parquet in the batch folder.
"""
from __future__ import annotations

import traceback
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from schemas.table_schema import field_type
from schemas.models import Documents, Facts, RejectedFiles, Rejects
from zhibiao.extract import extract_facts
from zhibiao.hashing import sha256_file_or_none
from zhibiao.ingest import DEFAULT_MAX_BYTES, hidden_file, ingest_file
from zhibiao.ingest.names import on_disk
from zhibiao.ingest.reader import recorded_path
from zhibiao.model import ExtractionError, RejectedFile
from zhibiao.progress import mark_read
from zhibiao.rows import document_row, extraction_error_rows, fact_row, rejected_file_row
from zhibiao.timebudget import OverBudget, TimeBudget, call_within

OUTPUTS = {"documents": Documents, "facts": Facts, "rejects": Rejects, "rejected_files": RejectedFiles}
_ARROW_TYPES = {"string": pa.large_string(), "number": pa.float64(), "integer": pa.int64(), "boolean": pa.bool_(),
                "date": pa.date32(), "datetime": pa.timestamp("us")}


@cache
def arrow_schema(model) -> pa.Schema:
    """The Arrow schema of a model's table: its columns in order, the types its pandas frame is coerced to."""
    return pa.schema([pa.field(name, _ARROW_TYPES[field_type(column.dtype)])
                      for name, column in model.to_schema().columns.items()])


def write_rows(model, rows: list[dict], path: Path) -> Path:
    """Rows (dicts keyed by the model's columns) to Parquet, typed by the model, without a pandas detour.

    The validate stage reads these files back and checks them with pandera; writing through Arrow
    directly costs a tenth of building and coercing a pandas frame for every batch.
    """
    pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema(model)), path)
    return path


def read_file(path: Path, raw_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES, budget: TimeBudget = TimeBudget()
              ) -> tuple[dict | None, list[dict], list[dict], dict | None]:
    """One raw file → (document row, fact rows, extraction-error reject rows, None), or (None, [], [], rejected-file row).

    Reading it (decoding, cleaning, extracting its facts) may take `budget.seconds(size)`; a file that
    takes longer is rejected with that reason instead of holding up the run."""
    hidden = hidden_file(path, raw_dir)
    if hidden is not None:
        return None, [], [], rejected_file_row(hidden)
    try:
        size = path.stat().st_size if path.is_file() else 0
    except OSError:
        size = 0
    seconds = budget.seconds(size)
    try:
        return call_within(seconds, _read, path, raw_dir, max_bytes)
    except OverBudget:
        reason = (f"took longer than its time budget to read ({seconds:.0f} s for {size:,} bytes): not loaded; "
                  "the text may be one enormous paragraph")
        return None, [], [], rejected_file_row(RejectedFile(source_path=recorded_path(path, raw_dir), bytes=size,
                                                            sha256=sha256_file_or_none(path), reason=reason))


def _read(path: Path, raw_dir: Path, max_bytes: int) -> tuple[dict | None, list[dict], list[dict], dict | None]:
    result = ingest_file(path, raw_root=raw_dir, max_bytes=max_bytes)
    if isinstance(result, RejectedFile):
        return None, [], [], rejected_file_row(result)
    errors: list[ExtractionError] = []
    try:
        facts = extract_facts(result.text, published=result.published_date, title=result.title,
                              region_code=result.region_code, errors=errors)
    except Exception as exc:  # the extractor collects its errors; should one still escape, the document stays
        facts = []
        errors.append(ExtractionError(start=0, end=len(result.text), text=result.text[:200], sentence=result.text[:2000],
                                      error=f"{type(exc).__name__}: {exc} ({_where(exc)})"))
    doc = document_row(result)
    return doc, [fact_row(result, seq, f) for seq, f in enumerate(facts)], extraction_error_rows(doc, errors), None


def read_batch(paths: list[str], raw_dir: Path, out_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES,
               progress: Path | None = None, budget: TimeBudget = TimeBudget()) -> Path:
    """Read every file of the batch (paths relative to raw_dir, as recorded: zhibiao.ingest.names) and save its
    tables; each file read is counted in `progress` (zhibiao.progress) as it is done."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rows: dict[str, list[dict]] = {name: [] for name in OUTPUTS}
    for rel in paths:
        doc, facts, rejects, rejected = read_file(Path(raw_dir) / on_disk(rel), Path(raw_dir), max_bytes, budget)
        mark_read(progress)
        if doc:
            rows["documents"].append(doc)
            rows["facts"].extend(facts)
            rows["rejects"].extend(rejects)
        else:
            rows["rejected_files"].append(rejected)
    for name, model in OUTPUTS.items():
        write_rows(model, rows[name], out_dir / f"{name}.parquet")
    return out_dir


def _where(exc: Exception) -> str:
    frame_ = traceback.extract_tb(exc.__traceback__)[-1]
    return f"{Path(frame_.filename).name}:{frame_.lineno}"
