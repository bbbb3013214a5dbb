"""The flow on a local Dask cluster (two worker processes) gives the same tables as the default runner."""
import shutil

import pytest

from zhibiao.warehouse import connect

from .conftest import RAW

pytestmark = [pytest.mark.flow, pytest.mark.dask]

TABLES = ("documents", "facts", "rejects", "rejected_files")


def tables(warehouse) -> dict[str, list[tuple]]:
    with connect(warehouse, read_only=True) as con:
        return {t: con.execute(f"SELECT * EXCLUDE (run_id) FROM {t} ORDER BY ALL").fetchall() for t in TABLES}


def test_dask_runner_gives_the_same_tables_as_the_default_runner(prefect_harness, tmp_path):
    import opencc

    from flows.pipeline import dask_runner, pipeline, shared_api

    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    # A Traditional copy of a report: its t2s conversion must happen inside a worker process
    # (OpenCC converters cannot be pickled, so they must never travel with a task).
    first = sorted(RAW.glob("*.txt"))[0]
    (raw / "zz_traditional.txt").write_text(opencc.OpenCC("s2t").convert(first.read_text(encoding="utf-8")),
                                            encoding="utf-8")
    (raw / "zz_empty.txt").write_bytes(b"")  # a rejected file travels back from a worker too
    # Two reports of the same file name in different folders, as in a real archive: each keeps its own path.
    reports = sorted(raw.glob("*.txt"))
    for report, folder in ((reports[1], "省"), (reports[2], "市")):
        (raw / folder).mkdir()
        report.rename(raw / folder / "2018.txt")

    threads = pipeline(raw_dir=raw, warehouse=tmp_path / "threads" / "z.duckdb", package_dir=tmp_path / "threads",
                       batch_size=2)
    with shared_api():
        on_dask = pipeline.with_options(task_runner=dask_runner())(
            raw_dir=raw, warehouse=tmp_path / "dask" / "z.duckdb", package_dir=tmp_path / "dask", batch_size=2)

    assert threads.ok and on_dask.ok
    assert (on_dask.files_seen, on_dask.documents, on_dask.rejected_files) == (7, 6, 1)
    assert (on_dask.facts, on_dask.rejected_facts) == (threads.facts, threads.rejected_facts)
    expected, got = tables(tmp_path / "threads" / "z.duckdb"), tables(tmp_path / "dask" / "z.duckdb")
    for name in TABLES:
        assert got[name] == expected[name], name
    with connect(tmp_path / "dask" / "z.duckdb", read_only=True) as con:
        assert con.execute("SELECT traditional FROM documents WHERE source_file = 'zz_traditional.txt'").fetchall() == [(True,)]
        assert con.execute("SELECT source_path FROM documents WHERE source_file = '2018.txt' ORDER BY ALL").fetchall() == \
            [("市/2018.txt",), ("省/2018.txt",)]
    assert (tmp_path / "dask" / "datapackage.json").exists()
