"""The `zhibiao` command: run the pipeline, extract facts from files, query the warehouse, publish.

Prefect is imported only by the commands that run flows, so `zhibiao extract` and `zhibiao query`
start fast and work without it.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__.splitlines()[0])
out = Console()
err = Console(stderr=True)

RAW = typer.Option(Path("raw"), "--raw", help="Folder of raw report files")
WAREHOUSE = typer.Option(Path("warehouse/zhibiao.duckdb"), "--warehouse", help="DuckDB warehouse file")
PACKAGE_DIR = typer.Option(Path("."), "--package-dir", help="Folder of datapackage.json (tables go to its warehouse/)")


@app.command()
def run(raw: Path = RAW, warehouse: Path = WAREHOUSE, package_dir: Path = PACKAGE_DIR,
        batch_size: int = typer.Option(50, min=1, help="Files per read task"),
        prefect: bool = typer.Option(True, "--prefect/--no-prefect", help="Run as a Prefect flow (default) or as plain calls")):
    """Run the pipeline over every file in the raw folder and print a summary."""
    if not raw.is_dir():
        err.print(f"[red]no raw folder at {raw}[/red]")
        raise typer.Exit(2)
    from zhibiao.summary import summary_rows

    if prefect:
        from flows.pipeline import pipeline

        summary = pipeline(raw_dir=raw, warehouse=warehouse, package_dir=package_dir, batch_size=batch_size)
    else:
        from zhibiao.runner import run_pipeline

        summary = run_pipeline(raw, warehouse, package_dir, batch_size=batch_size)
    table = Table(title=f"zhibiao run {summary.run_id}", show_header=False)
    for name, value in summary_rows(summary):
        table.add_row(name, value)
    out.print(table)
    if summary.current_documents == 0:
        err.print("[red]nothing could be read: no documents in the warehouse[/red]")
        raise typer.Exit(1)
    if not summary.published:
        raise typer.Exit(1)


@app.command()
def extract(files: list[Path] = typer.Argument(..., help="Report files to read")):
    """Print every quantity fact in FILES as JSON lines (no warehouse)."""
    read = 0
    for _, facts in _extract_reports(files):
        read += 1
        for fact in facts:
            sys.stdout.write(json.dumps(fact, ensure_ascii=False) + "\n")
    if read == 0:
        raise typer.Exit(1)


@app.command()
def evaluate(files: list[Path] = typer.Argument(..., help="Fact JSON-lines files, or report files to extract first"),
             gold: Path = typer.Option(..., "--gold", help="Folder of gold *.jsonl files (one per document)"),
             show: bool = typer.Option(False, "--show", help="List misses and extras"),
             attributes: bool = typer.Option(False, "--attributes", help="List attribute mismatches")):
    """Score facts against gold: per-document and overall precision, recall, F1, attribute accuracy."""
    from zhibiao.evaluate import format_report, load_facts_jsonl, score

    predictions = [f for f in files if f.suffix == ".jsonl"]
    reports = [f for f in files if f.suffix != ".jsonl"]
    pred = load_facts_jsonl(*predictions) if predictions else {}
    for path, facts in _extract_reports(reports):
        pred.setdefault(path.name, []).extend(facts)
    gold_facts = load_facts_jsonl(gold)
    docs = sorted(gold_facts) if predictions else sorted(p.name for p in reports if p.name in gold_facts)
    if not docs:
        err.print(f"[red]none of the files has gold facts in {gold}[/red]")
        raise typer.Exit(1)
    sys.stdout.write(format_report(score(gold_facts, pred, docs), show=show, show_attributes=attributes) + "\n")


def _extract_reports(paths: list[Path]):
    from zhibiao.extract import extract_facts, fact_to_json
    from zhibiao.ingest import ingest_file
    from zhibiao.model import RejectedFile

    for path in paths:
        doc = ingest_file(path, raw_root=path.parent)
        if isinstance(doc, RejectedFile):
            err.print(f"[yellow]{path}: {doc.reason}[/yellow]")
            continue
        yield path, [fact_to_json(doc.source_file, f) for f in extract_facts(doc.text, published=doc.published_date)]


@app.command()
def query(sql: str = typer.Argument(..., help="SQL to run, e.g. \"select unit, count(*) from facts group by 1\""),
          warehouse: Path = WAREHOUSE,
          fmt: str = typer.Option("table", "--format", help="table, markdown, csv or json")):
    """Run SQL against the warehouse (read-only) and print the result."""
    import duckdb

    from zhibiao.warehouse import WarehouseBusy, connect

    try:
        with connect(warehouse, read_only=True) as con:
            cursor = con.execute(sql)
            names = [d[0] for d in cursor.description or []]
            rows = cursor.fetchall()
    except (WarehouseBusy, FileNotFoundError) as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1)
    except duckdb.Error as exc:
        err.print(f"[red]SQL error: {exc}[/red]")
        raise typer.Exit(1)
    print_rows(names, rows, fmt)


@app.command(name="publish")
def publish_cmd(warehouse: Path = WAREHOUSE, package_dir: Path = PACKAGE_DIR, raw: Path = RAW,
                zip_file: Path = typer.Option(None, "--zip", help="Also write the package as one .zip archive")):
    """Export the warehouse as a data package; publish only if `frictionless validate` passes."""
    from zhibiao.stages.publish import publish, write_zip
    from zhibiao.warehouse import WarehouseBusy

    try:
        result = publish(warehouse, package_dir, raw if raw.is_dir() else None)
    except (WarehouseBusy, FileNotFoundError) as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1)
    if not result.published:
        err.print("[red]the package failed validation; the previous package stays:[/red]")
        for line in result.errors[:20]:
            err.print(f"  {line}")
        raise typer.Exit(1)
    out.print(f"package {result.version} ({'changed' if result.changed else 'unchanged'}) in {package_dir / 'datapackage.json'}")
    if zip_file:
        out.print(f"archive: {write_zip(package_dir, zip_file)}")


def print_rows(names: list[str], rows: list[tuple], fmt: str) -> None:
    if fmt == "json":
        for row in rows:
            sys.stdout.write(json.dumps(dict(zip(names, row)), ensure_ascii=False, default=str) + "\n")
    elif fmt == "markdown":
        cell = lambda v: "" if v is None else str(v).replace("|", "\\|").replace("\n", " ")  # noqa: E731
        sys.stdout.write("| " + " | ".join(names) + " |\n|" + "---|" * len(names) + "\n")
        for row in rows:
            sys.stdout.write("| " + " | ".join(cell(v) for v in row) + " |\n")
    elif fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(names)
        writer.writerows(rows)
    else:
        table = Table(*names)
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        out.print(table)
        out.print(f"{len(rows)} rows")


if __name__ == "__main__":
    app()
