"""The Prefect flow, run for real on the sample reports (one test server for the session)."""
import shutil

import pytest

from zhibiao.warehouse import connect

from .conftest import RAW

pytestmark = pytest.mark.flow


def test_flow_runs_the_sample_reports_into_a_fresh_warehouse(prefect_harness, tmp_path):
    from flows.pipeline import pipeline

    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    summary = pipeline(raw_dir=raw, warehouse=tmp_path / "wh" / "zhibiao.duckdb", package_dir=tmp_path / "pkg",
                       batch_size=2)
    assert summary.ok and summary.files_seen == 5 and summary.documents == 5
    with connect(tmp_path / "wh" / "zhibiao.duckdb", read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchall() == [(5,)]
        assert con.execute("SELECT count(*) FROM facts").fetchall() == [(summary.facts,)]
        flow_run_id = con.execute("SELECT flow_run_id FROM runs").fetchall()[0][0]
    assert flow_run_id  # lineage points at the Prefect flow run
    assert (tmp_path / "pkg" / "datapackage.json").exists()
