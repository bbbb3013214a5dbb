"""Turn the library's records (Document, Fact, RejectedFile) into rows of the warehouse tables.

Rows are dicts keyed by the pandera models' column names; frames are built from them with
`frame(model, rows)` so column order and types always follow the model.
"""
from __future__ import annotations

import calendar
import json
from dataclasses import asdict
from datetime import date

import pandas as pd

from .model import Document, ExtractionError, Fact, RejectedFile
from .published_text import without_local_paths
from .reference import unit_code


def frame(model, rows: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """A DataFrame with exactly the model's columns, in its order, coerced to its types."""
    names = list(model.to_schema().columns)
    if isinstance(rows, pd.DataFrame):
        df = rows.reindex(columns=names).reset_index(drop=True)
    else:
        df = pd.DataFrame.from_records(rows, columns=names)
    return model.to_schema().coerce_dtype(df)


def document_row(doc: Document) -> dict:
    return {
        "doc_id": doc.doc_id, "source_file": doc.source_file, "source_path": doc.source_path,
        "sha256": doc.sha256, "bytes": doc.bytes, "encoding": doc.encoding, "format": doc.format,
        "title": doc.title, "published_date": doc.published_date, "outlet": doc.outlet,
        "region": doc.region, "region_code": doc.region_code, "region_level": doc.region_level,
        "province": doc.province, "traditional": doc.traditional, "chars": len(doc.text), "text": doc.text,
    }


def period_bounds(period: str | None) -> tuple[date | None, date | None]:
    """'2024' → 2024-01-01..2024-12-31; '2024-12' → 2024-12-01..2024-12-31; '2024-01/2024-06' → 2024-01-01..2024-06-30."""
    if not period:
        return None, None
    try:
        if "-" not in period:
            year = int(period)
            return date(year, 1, 1), date(year, 12, 31)
        first, last = period.split("/") if "/" in period else (period, period)
        y1, m1 = map(int, first.split("-"))
        y2, m2 = map(int, last.split("-"))
        return date(y1, m1, 1), date(y2, m2, calendar.monthrange(y2, m2)[1])
    except ValueError:
        return None, None  # the facts model's period pattern rejects it with a named check


def fact_id(doc_id: str, fact: Fact) -> str:
    return f"{doc_id}-{fact.start}-{fact.end}"


def fact_row(doc: Document, seq: int, fact: Fact) -> dict:
    start, end = period_bounds(fact.period)
    return {
        "fact_id": fact_id(doc.doc_id, fact), "doc_id": doc.doc_id, "doc": doc.source_path, "seq": seq,
        "text": fact.text, "raw_value": fact.raw_value, "raw_unit": fact.raw_unit,
        "value": fact.value, "unit": fact.unit, "unit_code": unit_code(fact.raw_unit), "measure": fact.measure, "qualifier": fact.qualifier,
        "status": fact.status, "indicator": fact.indicator, "indicator_code": fact.indicator_code,
        "period": fact.period, "period_start": start, "period_end": end,
        "region": fact.region, "region_code": fact.region_code, "char_start": fact.start, "char_end": fact.end, "sentence": fact.sentence, "context": fact.context,
        "shared_with": "|".join(fact.shared_with) or None,
    }


def rejected_file_row(rejected: RejectedFile) -> dict:
    """The reason is published: an absolute local path in it (an error message may carry one) is left out."""
    return {
        "source_path": rejected.source_path, "source_file": rejected.source_path.rsplit("/", 1)[-1],
        "bytes": rejected.bytes, "sha256": rejected.sha256, "reason": without_local_paths(rejected.reason),
    }


def reject_row(fact: dict, check: str, column: str | None, failure_case) -> dict:
    """A fact (as a facts-table row) that failed `check`, kept with its source span."""
    return {
        "reject_id": f"{fact['fact_id']}:{check}", "fact_id": fact["fact_id"], "doc_id": fact["doc_id"],
        "doc": fact["doc"], "check_name": check, "column_name": column,
        "failure_case": None if failure_case is None else str(failure_case),
        "text": fact.get("text"), "char_start": fact.get("char_start"), "char_end": fact.get("char_end"),
        "sentence": fact.get("sentence"), "fact_json": json.dumps(fact, ensure_ascii=False, default=str),
    }


EXTRACTION_ERROR = "extraction_error"  # the check name of a quantity (or step) the extractor raised on


def extraction_error_rows(doc: dict, errors: list[ExtractionError]) -> list[dict]:
    """`rejects` rows for the extractor's errors in a document (a documents-table row): the exception in
    failure_case, the span and sentence it happened in; the fact id is the one a fact of that span would have."""
    rows, seen = [], {}
    for error in errors:
        fid = f"{doc['doc_id']}-{error.start}-{error.end}"
        seen[fid] = seen.get(fid, 0) + 1  # two steps failing over the same span: each keeps its own row
        suffix = "" if seen[fid] == 1 else f":{seen[fid]}"
        rows.append({
            "reject_id": f"{fid}:{EXTRACTION_ERROR}{suffix}", "fact_id": fid, "doc_id": doc["doc_id"], "doc": doc["source_path"],
            "check_name": EXTRACTION_ERROR, "column_name": None, "failure_case": error.error, "text": error.text,
            "char_start": error.start, "char_end": error.end, "sentence": error.sentence,
            "fact_json": json.dumps({"doc": doc["source_path"], **asdict(error)}, ensure_ascii=False),
        })
    return rows
