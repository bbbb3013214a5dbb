"""The `zhibiao` command: run the pipeline, extract facts from files, query the warehouse, publish.

Prefect is imported only by the commands that run flows, so `zhibiao extract` and `zhibiao query`
start fast and work without it.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__.splitlines()[0])
out = Console()
err = Console(stderr=True, soft_wrap=True)  # one-line messages stay one line (a log reader greps them)

RAW = typer.Option(Path("raw"), "--raw", help="Folder of raw report files")
WAREHOUSE = typer.Option(Path("warehouse/zhibiao.duckdb"), "--warehouse", help="DuckDB warehouse file")
PACKAGE_DIR = typer.Option(Path("."), "--package-dir", help="Folder of datapackage.json (tables go to its warehouse/)")
DEBUG_ENV = "ZHIBIAO_DEBUG"  # set (to anything but 0) for full tracebacks instead of one-line errors


@app.callback()
def main(debug: bool = typer.Option(False, "--debug", help=f"Show full tracebacks (or set {DEBUG_ENV}=1)")):
    """Options for every command."""
    _options["debug"] = debug


_options = {"debug": False}


def _debugging() -> bool:
    return _options["debug"] or os.environ.get(DEBUG_ENV, "0") not in ("", "0")


@contextmanager
def storage_errors(*folders: Path):
    """A full disk or a folder we may not write ends the command with one line naming the file and the cause
    (zhibiao.storage_errors), and exit code 1; other errors pass. With --debug, the full traceback instead."""
    from zhibiao.storage_errors import storage_problem

    quiet = _QuietStorageTracebacks()
    flow_log = logging.getLogger("prefect.flow_runs")  # Prefect logs a failed flow's traceback there
    flow_log.addFilter(quiet)
    try:
        yield
    except typer.Exit:
        raise
    except Exception as exc:
        problem = None if _debugging() else storage_problem(exc, folders)
        if problem is None:
            raise
        err.print(problem.line(), style="red", markup=False, soft_wrap=True, highlight=False)
        raise typer.Exit(1)
    finally:
        flow_log.removeFilter(quiet)


class _QuietStorageTracebacks(logging.Filter):
    """Prefect's log line of a failed run keeps its message (which names the cause) but loses the traceback
    when the cause is a full disk or a permission error: the command ends with its own one-line error."""

    def filter(self, record: logging.LogRecord) -> bool:
        from zhibiao.storage_errors import storage_problem

        if record.exc_info and record.exc_info[1] is not None and not _debugging() \
                and storage_problem(record.exc_info[1]) is not None:
            record.exc_info = None
            record.exc_text = None
        return True


class OutputFormat(str, Enum):
    table = "table"
    markdown = "markdown"
    csv = "csv"
    json = "json"


class TaskRunner(str, Enum):
    threads = "threads"
    dask = "dask"


@app.command()
def run(raw: Path = RAW, warehouse: Path = WAREHOUSE, package_dir: Path = PACKAGE_DIR,
        batch_size: int = typer.Option(50, min=1, help="Files per read task"),
        prefect: bool = typer.Option(True, "--prefect/--no-prefect", help="Run as a Prefect flow (default) or as plain calls"),
        runner: TaskRunner = typer.Option(TaskRunner.threads, "--runner",
                                          help="Where the read and validate tasks run: threads in this process, or a Dask cluster"),
        dask_address: str = typer.Option(None, "--dask-address", metavar="tcp://HOST:PORT",
                                         help="Scheduler of a running Dask cluster (implies --runner dask); "
                                              "without it --runner dask starts a local cluster of 2 worker processes"),
        load_only: bool = typer.Option(False, "--load-only",
                                       help="Stop after loading the warehouse (ready for queries); leave the package as "
                                            "it was, for `zhibiao publish` later")):
    """Run the pipeline over every file in the raw folder and print a summary."""
    if not raw.is_dir():
        err.print(f"[red]no raw folder at {raw}[/red]")
        raise typer.Exit(2)
    if dask_address:
        runner = TaskRunner.dask
    if runner is TaskRunner.dask and not prefect:
        err.print("[red]--runner dask runs the Prefect flow's tasks on Dask; it cannot be used with --no-prefect[/red]")
        raise typer.Exit(2)
    if dask_address:
        _dask_scheduler_or_exit(dask_address)
    from zhibiao.stopping import Stopped, stop_children, stop_on_signals
    from zhibiao.summary import run_details, summary_rows
    from zhibiao.warehouse import WarehouseError

    try:
        with stop_on_signals(), storage_errors(warehouse.parent, package_dir):
            if prefect:
                summary = _run_flow(raw, warehouse, package_dir, batch_size, runner, dask_address, load_only)
            else:
                summary = _run_plain(raw, warehouse, package_dir, batch_size, load_only)
    except WarehouseError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1)
    except Stopped as stop:  # its workers are stopped; now the servers it started (Prefect's temporary one)
        stop_children()
        err.print(f"zhibiao: run {stop}; the worker processes and servers it started are stopped", style="red",
                  markup=False, soft_wrap=True, highlight=False)
        raise typer.Exit(stop.exit_code)
    table = Table(title=f"zhibiao run {summary.run_id}", show_header=False)
    for name, value in summary_rows(summary):
        table.add_row(name, value)
    out.print(table)
    if warehouse.exists():  # rejected files are worth naming even when nothing could be read
        _print_details(run_details(warehouse, summary.run_id))
    if summary.current_documents == 0:
        err.print("[red]nothing could be read: no documents in the warehouse[/red]")
        raise typer.Exit(1)
    if not summary.ok:
        raise typer.Exit(1)


def _run_flow(raw: Path, warehouse: Path, package_dir: Path, batch_size: int, runner: TaskRunner,
              dask_address: str | None, load_only: bool):
    import flows  # noqa: F401  (before Prefect: keeps it off the network, see flows/__init__.py)
    from prefect.exceptions import ParameterTypeError

    from flows.pipeline import PackageNotPublished, dask_runner, pipeline, shared_api

    try:
        if runner is TaskRunner.threads:
            return pipeline(raw_dir=raw, warehouse=warehouse, package_dir=package_dir, batch_size=batch_size,
                            load_only=load_only)
        with shared_api() as api:
            if dask_address and api and ("://127.0.0.1" in api or "://localhost" in api):
                err.print(f"[yellow]the Dask workers report to the Prefect API at {api}: workers on other machines "
                          "cannot reach it; set PREFECT_API_URL to a server they can reach[/yellow]")
            flow = pipeline.with_options(task_runner=dask_runner(dask_address))
            return flow(raw_dir=raw, warehouse=warehouse, package_dir=package_dir, batch_size=batch_size,
                        load_only=load_only)
    except ParameterTypeError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2)
    except PackageNotPublished as exc:  # the summary says so (and the exit code is 1)
        return exc.summary
    except OSError as exc:
        if dask_address and ("connect" in str(exc).lower() or "timed out" in str(exc).lower()):
            err.print(f"[red]no Dask scheduler answers at {dask_address}: {exc}[/red]")
            raise typer.Exit(1)
        raise


def _dask_scheduler_or_exit(address: str) -> None:
    """Fail fast, with a clear message, when nothing listens at a tcp:// scheduler address."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    if parts.scheme != "tcp" or not parts.hostname:
        return  # tls://, ucx://, …: let Dask connect (and report) itself
    try:
        socket.create_connection((parts.hostname, parts.port or 8786), timeout=5).close()
    except OSError as exc:
        err.print(f"[red]no Dask scheduler answers at {address} ({exc}); start one with `dask scheduler` "
                  "and workers with `dask worker <address>`[/red]")
        raise typer.Exit(1)


def _run_plain(raw: Path, warehouse: Path, package_dir: Path, batch_size: int, load_only: bool):
    """The stages as plain calls, with a progress bar over the files read on the terminal."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from zhibiao.runner import run_pipeline

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
               TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=False, disable=not err.is_terminal) as bar:
        task = bar.add_task("read", total=None)

        def on_progress(stage: str, done: int, total: int) -> None:
            if stage == "read":
                bar.update(task, completed=done, total=total)
            else:
                bar.update(task, description=stage)

        def waiting(folder: Path) -> None:
            err.print(f"[yellow]another zhibiao run is using {folder}; waiting for it to end[/yellow]")

        return run_pipeline(raw, warehouse, package_dir, batch_size=batch_size, progress=on_progress, on_wait=waiting,
                            load_only=load_only)


def _print_details(details: dict) -> None:
    """Rejected files (the first few), rejected facts by check and conflicting figures, when there are any."""
    from zhibiao.summary import ALL_REJECTED_FILES

    files = details["rejected_files"]
    if files["rows"]:
        more = f"first {len(files['rows'])}; " if files["this_run"] > len(files["rows"]) else ""
        out.print(f"rejected files ({files['this_run']} this run; {more}all: {ALL_REJECTED_FILES})", soft_wrap=True)
        table = Table("file", "reason")
        for row in files["rows"]:
            table.add_row(row["path"], row["reason"])
        out.print(table)
    checks = details["rejects"]["by_check"]
    if checks:
        table = Table("check", "in warehouse", "this run", "example", title=f"rejected facts ({details['rejects']['total']})")
        for row in checks:
            example = row["examples"][0] if row["examples"] else {}
            table.add_row(row["check"], str(row["total"]), str(row["this_run"]),
                          f"{example.get('doc', '')}: {example.get('text', '')} → {example.get('value', '')}")
        out.print(table)
    conflicts = details["conflicts"]
    if conflicts["rows"]:
        table = Table("indicator", "region", "period", "unit", "value A", "document A", "value B", "document B",
                      title=f"conflicts ({conflicts['total']}; query `conflicts` for all)")
        for c in conflicts["rows"][:10]:
            table.add_row(*(str(c[k]) for k in ("indicator", "region", "period", "unit", "value_a", "doc_a", "value_b", "doc_b")))
        out.print(table)


@app.command()
def serve(cron: list[str] = typer.Option(None, "--cron", help='Cron schedule, e.g. "0 6 * * *" (repeatable)'),
          interval: float = typer.Option(None, "--interval", min=1, help="Run every SECONDS"),
          timezone: str = typer.Option(None, "--timezone", help="IANA time zone of the cron schedule (default: this machine's)"),
          raw: Path = RAW, warehouse: Path = WAREHOUSE, package_dir: Path = PACKAGE_DIR,
          batch_size: int = typer.Option(50, min=1, help="Files per read task"),
          name: str = typer.Option("scheduled", "--name", help="Deployment name (shown as zhibiao/NAME in the Prefect UI)")):
    """Serve the pipeline as a Prefect deployment that runs on a schedule (needs a Prefect server).

    Each scheduled run reads the files that are new or changed in the raw folder, refreshes the
    warehouse and republishes the package. Runs one at a time; stop with Ctrl-C (the schedule is paused).
    """
    if not cron and interval is None:
        err.print("[red]give a schedule: --cron \"0 6 * * *\" and/or --interval SECONDS[/red]")
        raise typer.Exit(2)
    if not raw.is_dir():
        err.print(f"[red]no raw folder at {raw}[/red]")
        raise typer.Exit(2)
    import flows  # noqa: F401  (before Prefect: keeps it off the network, see flows/__init__.py)
    from prefect.schedules import Cron, Interval

    zone = timezone or _local_timezone()
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(zone)
    except (ValueError, KeyError, OSError):
        err.print(f"[red]unknown time zone {zone!r}: give an IANA name such as Asia/Shanghai[/red]")
        raise typer.Exit(2)
    try:
        schedules = [Cron(c, timezone=zone) for c in cron or []]
        if interval is not None:
            schedules.append(Interval(interval, timezone=zone))
    except ValueError as exc:
        err.print(f"[red]bad schedule: {exc}[/red]")
        raise typer.Exit(2)
    api = _prefect_api_or_exit()

    from flows.serve import serve_pipeline
    from zhibiao.runs import code_version

    # Runs happen in subprocesses started by the runner, maybe from another working directory:
    # every path becomes absolute before it is stored as a deployment parameter.
    parameters = {"raw_dir": str(raw.resolve()), "warehouse": str(warehouse.resolve()),
                  "package_dir": str(package_dir.resolve()), "batch_size": batch_size}
    what = ", ".join([f"cron {c} ({zone})" for c in cron or []] + ([f"every {interval:g} s"] if interval else []))
    err.print(f"serving zhibiao/{name} on {api}: {what}\n  raw folder {parameters['raw_dir']}\n"
              f"  warehouse {parameters['warehouse']}\n  package {parameters['package_dir']}")
    serve_pipeline(name, schedules, parameters, version=code_version(), console=err)


def _prefect_api_or_exit() -> str:
    """The configured Prefect API URL, once a server answers there; else a clear message and exit code 2."""
    from prefect.settings import get_current_settings

    api = get_current_settings().api.url
    hint = ("start a Prefect server with `prefect server start --host 127.0.0.1` and point zhibiao at it with "
            "`export PREFECT_API_URL=http://127.0.0.1:4200/api` (or `prefect config set PREFECT_API_URL=...`)")
    if not api:
        err.print("[red]no Prefect API server is configured (PREFECT_API_URL is not set). Scheduled runs need a "
                  "real server: Prefect's temporary server cannot schedule.[/red]\n" + hint)
        raise typer.Exit(2)
    import httpx

    try:
        httpx.get(api.rstrip("/") + "/health", timeout=10)
    except httpx.HTTPError as exc:
        err.print(f"[red]no Prefect server answers at PREFECT_API_URL={api} ({type(exc).__name__}: {exc})[/red]\n" + hint)
        raise typer.Exit(2)
    return api


def _local_timezone() -> str:
    """This machine's IANA time zone name (TZ, /etc/timezone or the /etc/localtime link), else UTC."""
    import os

    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    try:
        candidates.append(str(Path("/etc/localtime").resolve()).split("zoneinfo/", 1)[1])
    except (OSError, IndexError):
        pass
    from zoneinfo import ZoneInfo

    for name in candidates:
        if name:
            try:
                ZoneInfo(name)
                return name
            except (ValueError, OSError, KeyError):
                continue
    return "UTC"


@app.command()
def extract(files: list[Path] = typer.Argument(..., help="Report files to read"),
            root: Path = typer.Option(None, "--root", help="Name each document by its path relative to this folder "
                                                           "(default: the folder the files have in common)")):
    """Print every quantity fact in FILES as JSON lines (no warehouse).

    `doc` names each document by its path relative to the folder the files have in common (or --root): the
    file name for files of one folder, 广东省/2018.md for files of several. A file that cannot be read, and a
    span the extractor fails on, is reported on stderr with the file name; every other fact is printed."""
    read = 0
    for _, facts in _extract_reports(files, root):
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


def common_root(paths: list[Path]) -> Path | None:
    """The deepest folder that holds every one of `paths` that exists (None when there is none, e.g. across drives)."""
    import os

    paths = [p for p in paths if os.path.lexists(p)] or paths  # a missing file is reported; it does not move the root
    try:
        return Path(os.path.commonpath([os.path.abspath(p.parent) for p in paths])) if paths else None
    except ValueError:
        return None


def _extract_reports(paths: list[Path], root: Path | None = None):
    """(path, fact records) for each readable file, documents named relative to `root` (default: `common_root`)."""
    from rich.markup import escape

    from zhibiao.extract import extract_facts, fact_to_json
    from zhibiao.ingest import ingest_file
    from zhibiao.model import ExtractionError, RejectedFile

    root = root if root is not None else common_root(paths)
    for path in paths:
        doc = ingest_file(path, raw_root=root)
        if isinstance(doc, RejectedFile):
            err.print(f"[yellow]{escape(str(path))}: {escape(doc.reason)}[/yellow]", soft_wrap=True)
            continue
        errors: list[ExtractionError] = []
        try:
            facts = extract_facts(doc.text, published=doc.published_date, title=doc.title, region_code=doc.region_code,
                                  errors=errors)
        except Exception as exc:  # noqa: BLE001 - one file's failure must not silence the others
            err.print(f"[red]{escape(str(path))}: fact extraction failed: {escape(f'{type(exc).__name__}: {exc}')}[/red]",
                      soft_wrap=True)
            continue
        for e in errors:
            span = e.text if len(e.text) <= 40 else e.text[:40] + "…"
            err.print(f"[yellow]{escape(str(path))}: extraction error at {e.start}-{e.end} "
                      f"({escape(repr(span))}): {escape(e.error)}[/yellow]", soft_wrap=True)
        yield path, [fact_to_json(doc.source_path, f) for f in facts]


@app.command()
def query(sql: str = typer.Argument(..., help="SQL to run, e.g. \"select unit, count(*) from facts group by 1\""),
          warehouse: Path = WAREHOUSE,
          fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="How to print the rows"),
          wait: float = typer.Option(10.0, "--wait", min=0, metavar="SECONDS",
                                     help="While a run writes the warehouse, wait this long before giving up")):
    """Run SQL against the warehouse and print the result.

    Read-only and locked down: no files outside the warehouse, no extensions, no settings. For more,
    open the warehouse with DuckDB directly.
    """
    import duckdb

    from zhibiao.warehouse import QueryRefused, WarehouseError, run_query

    try:
        names, rows = run_query(warehouse, sql, wait=wait)
    except (WarehouseError, FileNotFoundError, QueryRefused) as exc:
        err.print(str(exc), style="red", markup=False, soft_wrap=True)
        raise typer.Exit(1)
    except duckdb.Error as exc:
        err.print(f"SQL error: {exc}", style="red", markup=False, soft_wrap=True)
        raise typer.Exit(1)
    print_rows(names, rows, fmt.value)


@app.command(name="publish")
def publish_cmd(warehouse: Path = WAREHOUSE, package_dir: Path = PACKAGE_DIR, raw: Path = RAW,
                zip_file: Path = typer.Option(None, "--zip", help="Also write the package as one .zip archive "
                                              "(with a README and an .xlsx twin of each table)"),
                with_site: bool = typer.Option(True, "--site/--no-site", help="Also build the site (<package dir>/site)"),
                wait: float = typer.Option(600.0, "--wait", min=0, metavar="SECONDS",
                                           help="While a run or another publish writes this package, wait this long "
                                                "before giving up")):
    """Export the warehouse as a data package; publish only if `frictionless validate` passes."""
    from zhibiao.stages.publish import publish, write_zip
    from zhibiao.warehouse import WarehouseError

    def waiting(message: str) -> None:
        err.print(message, style="yellow", markup=False, soft_wrap=True)

    try:
        with storage_errors(package_dir):
            result = publish(warehouse, package_dir, raw if raw.is_dir() else None, wait=wait, on_wait=waiting)
    except (WarehouseError, FileNotFoundError) as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1)
    if not result.published:
        err.print("[red]the package failed validation; the previous package stays:[/red]")
        for line in result.errors[:20]:
            err.print(f"  {line}")
        raise typer.Exit(1)
    out.print(f"package {result.version} ({'changed' if result.changed else 'unchanged'}) in {package_dir / 'datapackage.json'}")
    if zip_file:
        with storage_errors(zip_file.parent):
            out.print(f"archive: {write_zip(package_dir, zip_file)}")
    if with_site:
        _build_site(package_dir, None)


@app.command(name="site")
def site_cmd(package_dir: Path = PACKAGE_DIR,
             out_dir: Path = typer.Option(None, "--out", help="Folder of the site (default: <package dir>/site)"),
             force: bool = typer.Option(False, "--force", help="Rebuild even when the package has not changed")):
    """Build the browsable site of the published package: static pages that open from file:// (no server)."""
    _build_site(package_dir, out_dir, force=force)


def _build_site(package_dir: Path, out_dir: Path | None, force: bool = False) -> None:
    from zhibiao.stages.site import build_site

    try:
        with storage_errors(out_dir or package_dir / "site"):
            result = build_site(package_dir, out_dir, force=force)
    except FileNotFoundError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1)
    index = result.folder / "index.html"
    if result.built:
        out.print(f"site: {result.pages:,} pages, {result.bytes / 1e6:,.1f} MB in {result.seconds:.1f} s; open {index}",
                  soft_wrap=True)
    else:
        out.print(f"site: unchanged (made from this package already); open {index}", soft_wrap=True)


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
