"""The command line contract that users and later checks rely on."""
import json

from typer.testing import CliRunner

from zhibiao.cli import app
from zhibiao.runner import run_pipeline

from .conftest import RAW
from .test_warehouse import work  # noqa: F401  (fixture)

runner = CliRunner()
GUIDE_FIELDS = {"doc", "text", "value", "unit", "measure", "qualifier", "status", "indicator", "period", "start", "end", "sentence"}


def test_extract_prints_one_json_fact_per_line():
    result = runner.invoke(app, ["extract", str(RAW / "000_52e83b58d529340d.txt")])
    assert result.exit_code == 0, result.output
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(facts) > 30
    assert all(GUIDE_FIELDS <= set(f) and f["doc"] == "000_52e83b58d529340d.txt" for f in facts)
    tourism = next(f for f in facts if f["text"] == "8.5亿元")
    assert (tourism["value"], tourism["unit"], tourism["measure"]) == (850000000, "CNY", "level")


def test_extract_reports_a_bad_file_and_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["extract", str(tmp_path / "empty.txt"), str(RAW / "003_3b3bfd8559e18818.txt")])
    assert result.exit_code == 0
    assert "empty.txt" in result.stderr
    assert result.stdout.count("\n") > 10


def test_query_answers_on_the_warehouse(work):  # noqa: F811
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    result = runner.invoke(app, ["query", "select unit, count(*) as n from facts group by 1 order by 1",
                                 "--warehouse", str(warehouse), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"unit": "CNY"} .keys() <= rows[0].keys() and any(r["unit"] == "CNY" and r["n"] > 50 for r in rows)


def test_query_names_sql_errors_without_a_traceback(work):  # noqa: F811
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    result = runner.invoke(app, ["query", "select nope from facts", "--warehouse", str(warehouse)])
    assert result.exit_code == 1 and "SQL error" in result.stderr and "Traceback" not in result.output


def test_query_while_a_run_writes_says_so(work):  # noqa: F811
    import subprocess
    import sys

    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    writer = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(warehouse)!r}); "
                               "print('writing', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "writing"
        result = runner.invoke(app, ["query", "select count(*) from facts", "--warehouse", str(warehouse), "--wait", "0"])
    finally:
        writer.kill()
        writer.wait()
    assert result.exit_code == 1
    assert "being written by process" in result.stderr and "Traceback" not in result.output


def test_query_on_a_file_that_is_not_a_warehouse_says_so(tmp_path):
    notes = tmp_path / "some.txt"
    notes.write_text("not a database\n", encoding="utf-8")
    result = runner.invoke(app, ["query", "select 1", "--warehouse", str(notes)])
    assert result.exit_code == 1
    assert f"{notes} is not a DuckDB database" in result.stderr
    assert "another zhibiao run" not in result.stderr and "Traceback" not in result.output


def test_query_rejects_an_unknown_format(work):  # noqa: F811
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    result = runner.invoke(app, ["query", "select 1", "--warehouse", str(warehouse), "--format", "xlsx"])
    assert result.exit_code == 2
    assert "xlsx" in result.stderr and "markdown" in result.stderr and result.stdout == ""


def test_run_summary_names_the_rejected_files(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "report.txt").write_bytes((RAW / "003_3b3bfd8559e18818.txt").read_bytes())
    (raw / "empty.txt").write_bytes(b"")
    (raw / "blob.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    result = runner.invoke(app, ["run", "--no-prefect", "--raw", str(raw), "--warehouse", str(tmp_path / "w.duckdb"),
                                 "--package-dir", str(tmp_path / "pkg")], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "rejected files (2 this run; all: zhibiao query" in result.stdout
    assert "blob.txt" in result.stdout and "empty.txt" in result.stdout and "binary file" in result.stdout


def test_load_only_fills_the_warehouse_for_queries_and_leaves_the_package_to_publish(work):  # noqa: F811
    _, raw, warehouse, package = work
    common = ["--warehouse", str(warehouse), "--package-dir", str(package)]
    result = runner.invoke(app, ["run", "--no-prefect", "--load-only", "--raw", str(raw), *common], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "not exported (--load-only)" in result.stdout and not (package / "datapackage.json").exists()
    asked = runner.invoke(app, ["query", "select count(*) as n from documents", "--warehouse", str(warehouse),
                                "--format", "json"])
    assert json.loads(asked.stdout) == {"n": 5}
    published = runner.invoke(app, ["publish", *common, "--raw", str(raw)])
    assert published.exit_code == 0, published.output
    assert (package / "datapackage.json").exists()
