"""How a run is reported: the counts a person checks after each run, as rows, Markdown and a rich table."""
from __future__ import annotations

from .runner import RunSummary


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
        ("package", f"{summary.package_version} ({'changed' if summary.package_changed else 'unchanged'})"
                    if summary.published else "NOT published: " + "; ".join(summary.publish_errors[:3])),
    ]
    return [(name, str(value)) for name, value in rows]


def summary_markdown(summary: RunSummary) -> str:
    lines = [f"# zhibiao run {summary.run_id}", "", "| | |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in summary_rows(summary)]
    return "\n".join(lines) + "\n"
