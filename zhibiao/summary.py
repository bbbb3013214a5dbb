"""How a run is reported: the counts a person checks after each run, as rows, Markdown and a rich table,
plus what needs a look: rejected facts by check (with examples) and conflicting figures."""
from __future__ import annotations

from pathlib import Path

from .runs import RunSummary
from .warehouse import connect

TOP_CHECKS = 10
EXAMPLES_PER_CHECK = 3
TOP_CONFLICTS = 20
TOP_REJECTED_FILES = 5
ALL_REJECTED_FILES = 'zhibiao query "select source_path, reason from rejected_files"'


def summary_rows(summary: RunSummary) -> list[tuple[str, str]]:
    rows = [
        ("files seen", summary.files_seen),
        ("files read", summary.files_read),
        ("files unchanged (skipped)", summary.files_unchanged),
        ("files removed", summary.files_removed),
        ("documents loaded", summary.documents),
        ("facts loaded", summary.facts),
        ("rejected files", summary.rejected_files),
        ("rejected facts", summary.rejected_facts),
        ("conflicts", summary.conflicts),
        ("documents in warehouse", summary.current_documents),
        ("package", package_line(summary)),
    ]
    if summary.site:
        rows.append(("site", summary.site))
    return [(name, str(value)) for name, value in rows]


def package_line(summary: RunSummary) -> str:
    if summary.published:
        return f"{summary.package_version} ({'changed' if summary.package_changed else 'unchanged'})"
    if summary.load_only:
        return "not exported (--load-only): the previous package stays; `zhibiao publish` exports this warehouse"
    return "NOT published: " + "; ".join(summary.publish_errors[:3])


def run_details(warehouse: Path, run_id: str | None = None) -> dict:
    """Rejected facts by check (in the warehouse now, and loaded by `run_id`), examples of each, and the
    conflicts (two documents giving different actual values for the same indicator, region, period)."""
    with connect(warehouse, read_only=True) as con:
        checks = con.execute(
            "SELECT check_name, count(*) AS n, count(*) FILTER (WHERE run_id = ?) AS this_run "
            "FROM staging.rejects GROUP BY 1 ORDER BY n DESC, check_name LIMIT ?", [run_id, TOP_CHECKS]).fetchall()
        examples = {}
        for check, _, _ in checks:
            examples[check] = con.execute(
                "SELECT doc, text, column_name, failure_case FROM staging.rejects WHERE check_name = ? "
                "ORDER BY run_id = ? DESC, doc, char_start LIMIT ?", [check, run_id, EXAMPLES_PER_CHECK]).fetchall()
        rejected_files = con.execute(
            "SELECT source_path, reason, count(*) OVER () FROM staging.rejected_files WHERE run_id = ? "
            "ORDER BY source_path LIMIT ?", [run_id, TOP_REJECTED_FILES]).fetchall()
        total_rejects = con.execute("SELECT count(*) FROM staging.rejects").fetchall()[0][0]
        total_conflicts = con.execute("SELECT count(*) FROM main.conflicts").fetchall()[0][0]
        conflicts = con.execute(
            "SELECT indicator_code, region, period, measure, unit, value_a, doc_a, text_a, value_b, doc_b, text_b "
            "FROM main.conflicts ORDER BY indicator_code, region_code, period, doc_a, doc_b LIMIT ?",
            [TOP_CONFLICTS]).fetchall()
    return {
        "rejected_files": {"this_run": rejected_files[0][2] if rejected_files else 0,
                           "rows": [{"path": p, "reason": r} for p, r, _ in rejected_files]},
        "rejects": {"total": total_rejects,
                    "by_check": [{"check": c, "total": n, "this_run": r,
                                  "examples": [dict(zip(("doc", "text", "column", "value"), e)) for e in examples[c]]}
                                 for c, n, r in checks]},
        "conflicts": {"total": total_conflicts,
                      "rows": [dict(zip(("indicator", "region", "period", "measure", "unit", "value_a", "doc_a",
                                         "text_a", "value_b", "doc_b", "text_b"), row)) for row in conflicts]},
    }


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ")[:120]


def summary_markdown(summary: RunSummary, details: dict | None = None) -> str:
    lines = [f"# zhibiao run {summary.run_id}", "", "| | |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in summary_rows(summary)]
    if details and "batches" in details:
        lines += [f"| read batches | {details['batches']['read']} ({details['batches']['from cache']} from the cache) |"]
    if not details:
        return "\n".join(lines) + "\n"
    files = details["rejected_files"]
    if files["rows"]:
        lines += ["", f"## Rejected files: {files['this_run']} this run", "", "| file | reason |", "|---|---|"]
        lines += [f"| {_cell(f['path'])} | {_cell(f['reason'])} |" for f in files["rows"]]
        if files["this_run"] > len(files["rows"]):
            lines.append(f"\n(first {len(files['rows'])}; all: `{ALL_REJECTED_FILES}`)")
    rejects = details["rejects"]
    lines += ["", f"## Rejected facts: {rejects['total']} in the warehouse"]
    if rejects["by_check"]:
        lines += ["", "| check | in warehouse | this run | examples (document: text → value) |", "|---|---|---|---|"]
        for row in rejects["by_check"]:
            examples = "<br>".join(f"{_cell(e['doc'])}: {_cell(e['text'])} → {_cell(e['value'])}" for e in row["examples"])
            lines.append(f"| {_cell(row['check'])} | {row['total']} | {row['this_run']} | {examples} |")
        if rejects["total"] > sum(r["total"] for r in rejects["by_check"]):
            lines.append(f"\n(top {len(rejects['by_check'])} checks; query `rejects` for all)")
    conflicts = details["conflicts"]
    lines += ["", f"## Conflicts: {conflicts['total']}"]
    if conflicts["rows"]:
        lines += ["", "| indicator | region | period | measure | unit | value A | document A | value B | document B |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for c in conflicts["rows"]:
            lines.append("| " + " | ".join(_cell(c[k]) for k in (
                "indicator", "region", "period", "measure", "unit", "value_a", "doc_a", "value_b", "doc_b")) + " |")
        if conflicts["total"] > len(conflicts["rows"]):
            lines.append(f"\n(first {len(conflicts['rows'])}; query `conflicts` for all)")
    return "\n".join(lines) + "\n"
