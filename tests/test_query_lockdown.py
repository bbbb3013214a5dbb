"""`zhibiao query` reads the warehouse and nothing else, and a long query never breaks a run.

Each attack is what a careless or hostile user tried (issue 14): on commit f2e486f every one of them either
worked or failed only by chance (INSTALL tried to download).
"""
import json
import shutil
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from zhibiao.cli import app
from zhibiao.runner import run_pipeline
from zhibiao.warehouse import WarehouseBusy, connect

from .conftest import RAW

runner = CliRunner()


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """A warehouse and its published package, made once for the module."""
    root = tmp_path_factory.mktemp("query")
    shutil.copytree(RAW, root / "raw")
    run_pipeline(root / "raw", root / "wh" / "zhibiao.duckdb", root / "pkg", jobs=1)
    return root


def query(root, sql, *extra):
    return runner.invoke(app, ["query", sql, "--warehouse", str(root / "wh" / "zhibiao.duckdb"), *extra])


def attacks(root):
    secret = root / "secret.txt"
    secret.write_text("top secret line\n", encoding="utf-8")
    descriptor = root / "pkg" / "datapackage.json"
    return {
        "copy over the published descriptor": f"COPY (SELECT 'pwned') TO '{descriptor}'",
        "copy to a new file": f"COPY (SELECT 'pwned' AS x) TO '{root / 'out.csv'}' (HEADER)",
        "read_csv of a local file": f"SELECT * FROM read_csv('{secret}', header = false)",
        "read_text": f"SELECT content FROM read_text('{secret}')",
        "read_blob": f"SELECT content FROM read_blob('{secret}')",
        "glob": f"SELECT * FROM glob('{root}/*')",
        "LOAD": "LOAD json",
        "INSTALL": "INSTALL httpfs",
        "ATTACH": f"ATTACH '{root / 'other.duckdb'}' AS other",
        "EXPORT DATABASE": f"EXPORT DATABASE '{root / 'dump'}'",
        "re-enable external access": "SET enable_external_access = true",
        "unlock the configuration": "SET lock_configuration = false; COPY (SELECT 1) TO 'x.csv'",
        "profiling output to a file": f"PRAGMA enable_profiling = 'json'; PRAGMA profiling_output = '{root / 'p.json'}'",
        "a statement hidden after a select": f"SELECT 1; COPY (SELECT 'pwned') TO '{descriptor}'",
    }


ATTACK_NAMES = ["copy over the published descriptor", "copy to a new file", "read_csv of a local file", "read_text",
                "read_blob", "glob", "LOAD", "INSTALL", "ATTACH", "EXPORT DATABASE",
                "re-enable external access", "unlock the configuration", "profiling output to a file",
                "a statement hidden after a select"]


@pytest.mark.parametrize("name", ATTACK_NAMES)
def test_query_refuses_each_attack_and_points_to_duckdb(published, name):
    descriptor = published / "pkg" / "datapackage.json"
    before = descriptor.read_bytes()
    files_before = sorted(p.name for p in published.iterdir())
    result = query(published, attacks(published)[name])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "DuckDB directly" in result.stderr
    assert "top secret" not in result.output
    assert descriptor.read_bytes() == before
    assert sorted(p.name for p in published.iterdir()) == sorted(set(files_before) | {"secret.txt"})


@pytest.mark.parametrize("sql", [
    "select unit, count(*) as n from facts group by 1 order by 2 desc",
    "describe facts",
    "show tables",
    "pragma table_info('facts')",
    "pivot (select measure, status from facts) on status using count(*)",
    "explain select * from facts",
])
def test_reading_queries_still_work(published, sql):
    result = query(published, sql, "--format", "json")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()


def test_a_run_waits_for_a_long_query_instead_of_failing(published, tmp_path):
    """A reader holding the warehouse (a long `zhibiao query`) made the run exit 1 on f2e486f."""
    raw, warehouse, package = tmp_path / "raw", tmp_path / "wh" / "zhibiao.duckdb", tmp_path / "pkg"
    shutil.copytree(RAW, raw)
    run_pipeline(raw, warehouse, package, jobs=1)
    (raw / "000_52e83b58d529340d.txt").rename(raw / "renamed.txt")  # so the next run writes
    reader = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(warehouse)!r}, "
                               "read_only=True); print('reading', flush=True); time.sleep(4)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "reading"
        summary = run_pipeline(raw, warehouse, package, jobs=1)
    finally:
        reader.kill()
        reader.wait()
    assert summary.published and summary.current_documents == 5
    with connect(warehouse, read_only=True) as con:
        assert con.execute("SELECT status, message FROM runs ORDER BY started_at").fetchall()[-1] == ("completed", None)


def test_a_busy_warehouse_names_the_query_that_holds_it(published):
    """The message named 'another zhibiao run' when a query held the file; it names the query now."""
    warehouse = published / "wh" / "zhibiao.duckdb"
    long_query = subprocess.Popen([sys.executable, "-m", "zhibiao.cli", "query", "--warehouse", str(warehouse),
                                   "select count(*) from range(100000000000) t(a) where a % 7 = 3"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with connect(warehouse, wait=0):
                    pass
            except WarehouseBusy as busy:
                message = str(busy)
                break
            assert time.monotonic() < deadline, "the query never opened the warehouse"
            time.sleep(0.1)
    finally:
        long_query.kill()
        long_query.wait()
    assert f"a zhibiao query (process {long_query.pid})" in message and "run" not in message


def test_query_waits_for_a_writer_then_answers(published):
    warehouse = published / "wh" / "zhibiao.duckdb"
    writer = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(warehouse)!r}); "
                               "print('writing', flush=True); time.sleep(1.5)"], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "writing"
        result = query(published, "select count(*) as n from documents", "--format", "json", "--wait", "30")
    finally:
        writer.wait()
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"n": 5}
