"""The Prefect flow, run for real on the sample reports (one test server for the session).

Also: the read cache (keyed by the content of a batch's files, never pointing at a missing folder),
typed parameters, the retry condition, and the run summary and progress artifacts.
"""
import os
import re
import shutil
import uuid
from pathlib import Path

import pytest

from flows import cache
from zhibiao.warehouse import WarehouseBusy, connect

from .conftest import RAW

TABLES = ("documents", "facts", "rejects", "rejected_files")


def tables(warehouse: Path) -> dict[str, list[tuple]]:
    with connect(warehouse, read_only=True) as con:
        return {t: con.execute(f"SELECT * EXCLUDE (run_id) FROM {t} ORDER BY ALL").fetchall() for t in TABLES}


def flow_run_id(warehouse: Path, run_id: str) -> str:
    with connect(warehouse, read_only=True) as con:
        return con.execute("SELECT flow_run_id FROM runs WHERE run_id = ?", [run_id]).fetchall()[0][0]


def read_states(flow_run: str) -> list[str]:
    """State names of the flow run's read-batch task runs ("Completed" or "Cached")."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[uuid.UUID(flow_run)])))
    return sorted(r.state.name for r in runs if r.name.startswith("read-batch"))


def artifacts(flow_run: str) -> dict[str, object]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[uuid.UUID(flow_run)])))
    return {a.key: a.data for a in found}


def drop_warehouse(warehouse: Path) -> None:
    for path in (warehouse, warehouse.with_name(warehouse.name + ".wal")):
        path.unlink(missing_ok=True)


@pytest.mark.flow
def test_flow_runs_the_sample_reports_into_a_fresh_warehouse(prefect_harness, tmp_path):
    from flows.pipeline import pipeline

    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    summary = pipeline(raw_dir=raw, warehouse=tmp_path / "wh" / "zhibiao.duckdb", package_dir=tmp_path / "pkg",
                       batch_size=2)
    assert summary.ok and summary.files_seen == 5 and summary.documents == 5
    with connect(tmp_path / "wh" / "zhibiao.duckdb", read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchall() == [(5,)]
        # (a number given for several indicators is one fact, with a row per indicator in the view)
        assert con.execute("SELECT count(DISTINCT fact_id) FROM facts").fetchall() == [(summary.facts,)]
        flow_run = con.execute("SELECT flow_run_id FROM runs").fetchall()[0][0]
    assert flow_run  # lineage points at the Prefect flow run
    assert (tmp_path / "pkg" / "datapackage.json").exists()
    found = artifacts(flow_run)
    assert found["zhibiao-run-progress"] == 100.0  # 3 batches, all read and validated
    markdown = found["zhibiao-run-summary"]
    assert f"| facts loaded | {summary.facts} |" in markdown and "| read batches | 3 (0 from the cache) |" in markdown
    assert "## Rejected facts: 0 in the warehouse" in markdown and "## Conflicts: 0" in markdown


@pytest.mark.flow
def test_read_cache_reuses_identical_batches_and_never_a_deleted_folder(prefect_harness, tmp_path):
    from flows.pipeline import pipeline

    raw, warehouse = tmp_path / "raw", tmp_path / "wh" / "zhibiao.duckdb"
    shutil.copytree(RAW, raw)

    def run():
        summary = pipeline(raw_dir=raw, warehouse=warehouse, package_dir=tmp_path / "pkg", batch_size=2)
        assert summary.ok and summary.documents == 5
        return read_states(flow_run_id(warehouse, summary.run_id))

    assert run() == ["Completed"] * 3
    expected = tables(warehouse)
    folders = sorted(p for p in cache.cache_root(warehouse).iterdir())
    assert len(folders) == 3 and all((f / cache.COMPLETE).exists() for f in folders)

    # The warehouse is rebuilt from the same files: every batch comes from the cache, same tables.
    drop_warehouse(warehouse)
    assert run() == ["Cached"] * 3
    assert tables(warehouse) == expected

    # A batch folder is gone (disk cleaned): its cached result would point nowhere, so it is read again.
    shutil.rmtree(folders[0])
    drop_warehouse(warehouse)
    assert run() == ["Cached", "Cached", "Completed"]
    assert (folders[0] / cache.COMPLETE).exists()
    assert tables(warehouse) == expected


@pytest.mark.flow
def test_a_load_only_flow_run_completes_with_a_warehouse_to_ask_and_the_package_left_as_it_was(
        prefect_harness, tmp_path):
    """A scheduled run with load_only (analysts ask the warehouse at once; `zhibiao publish` exports later)."""
    from flows.pipeline import pipeline

    raw, warehouse, package = tmp_path / "raw", tmp_path / "wh" / "zhibiao.duckdb", tmp_path / "pkg"
    shutil.copytree(RAW, raw)
    package.mkdir()
    (package / "README.md").write_text("the package of an earlier run\n", encoding="utf-8")

    summary = pipeline(raw_dir=raw, warehouse=warehouse, package_dir=package, batch_size=2, load_only=True)
    assert summary.ok and summary.load_only and summary.documents == 5 and not summary.published
    assert sorted(p.name for p in package.iterdir()) == ["README.md"]  # nothing exported, nothing removed
    with connect(warehouse, read_only=True) as con:
        assert con.execute("SELECT count(DISTINCT doc) FROM facts").fetchall() == [(5,)]
        assert con.execute("SELECT status, message FROM runs").fetchall() == [("completed", None)]
        flow_run = con.execute("SELECT flow_run_id FROM runs").fetchall()[0][0]
    assert "not exported (--load-only)" in artifacts(flow_run)["zhibiao-run-summary"]


def test_cache_key_follows_the_bytes_and_skips_files_that_are_not_regular(tmp_path):
    raw, root = tmp_path / "raw", tmp_path / "cache"
    raw.mkdir()
    root.mkdir()
    (raw / "a.txt").write_text("全年地区生产总值692.5亿元。", encoding="utf-8")
    (raw / "b.txt").write_text("增长8.5%。", encoding="utf-8")
    params = {"paths": ["a.txt", "b.txt"], "raw_dir": raw, "max_bytes": 1000, "cache_root": root}
    key = cache.manifest(params["paths"], raw, 1000, root).key
    assert key and key == cache.manifest(params["paths"], raw, 1000, root).key
    assert cache.manifest(params["paths"], raw, 999, root).key != key  # another max_bytes reads differently
    # No complete folder: each call draws a new generation, so no old record can match.
    first, second = cache.read_cache_key(None, params), cache.read_cache_key(None, params)
    assert first.startswith(key + "-") and second.startswith(key + "-") and first != second
    # A complete folder: the key is stable and names its generation.
    tmp = root / f"{key}{cache.PARTIAL}gen1"
    tmp.mkdir()
    cache.seal(tmp, root / key, key, "gen1", {})
    assert cache.read_cache_key(None, params) == cache.read_cache_key(None, params) == f"{key}-gen1"
    (raw / "b.txt").write_text("增长8.6%。", encoding="utf-8")
    assert cache.manifest(params["paths"], raw, 1000, root).key != key
    os.mkfifo(raw / "c.fifo")  # never opened (it would block); such a batch is not cached
    assert cache.manifest(["a.txt", "c.fifo"], raw, 1000, root).key is None
    assert cache.read_cache_key(None, {**params, "paths": ["a.txt", "c.fifo"]}) is None


def test_one_run_at_a_time_per_warehouse_folder(tmp_path):
    from zhibiao.runlock import exclusive_run

    warehouse, waited = tmp_path / "wh" / "z.duckdb", []
    with exclusive_run(warehouse):
        with pytest.raises(WarehouseBusy, match="another zhibiao run"):
            with exclusive_run(warehouse, wait=1.0, on_wait=waited.append):
                pass
        with exclusive_run(tmp_path / "other" / "z.duckdb", wait=0):  # another folder: no wait
            pass
    assert waited == [warehouse.parent]
    with exclusive_run(warehouse, wait=0):  # released
        pass


def test_retry_condition_retries_only_errors_that_can_go_away():
    from prefect.states import Failed

    from flows.pipeline import transient

    def retried(exc: BaseException) -> bool:
        return transient(None, None, Failed(data=exc))

    assert retried(WarehouseBusy("the warehouse is being written by another zhibiao run"))
    assert retried(cache.BatchChanged("a.txt changed while it was being read"))
    assert retried(OSError(5, "Input/output error"))
    assert not retried(FileNotFoundError(2, "No such file or directory"))
    assert not retried(ValueError("a bug"))


@pytest.mark.flow
def test_bad_parameters_get_prefects_named_error(prefect_harness, tmp_path):
    from prefect.exceptions import ParameterTypeError

    from flows.pipeline import pipeline

    with pytest.raises(ParameterTypeError, match="batch_size"):
        pipeline(raw_dir=RAW, warehouse=tmp_path / "z.duckdb", package_dir=tmp_path, batch_size=0)
    with pytest.raises(ParameterTypeError, match="raw_dir"):
        pipeline(raw_dir=tmp_path / "missing", warehouse=tmp_path / "z.duckdb", package_dir=tmp_path)
    assert not (tmp_path / "z.duckdb").exists()


@pytest.mark.flow
def test_run_summary_lists_conflicts_and_rejected_facts(prefect_harness, tmp_path):
    from flows.pipeline import pipeline
    from zhibiao.runner import run_pipeline
    from zhibiao.summary import run_details, summary_markdown

    raw = tmp_path / "raw"
    raw.mkdir()
    source = sorted(RAW.glob("*.txt"))[0]
    shutil.copy(source, raw)
    run_pipeline(raw, tmp_path / "ref" / "z.duckdb", tmp_path / "ref")
    with connect(tmp_path / "ref" / "z.duckdb", read_only=True) as con:
        text, indicator = con.execute(
            "SELECT text, indicator_code FROM facts WHERE status = 'actual' AND qualifier = 'exact' "
            "AND indicator_code IS NOT NULL AND period IS NOT NULL ORDER BY char_start LIMIT 1").fetchall()[0]
    # A second edition of the report that gives another value for that figure, beyond any rounding of it (100个 may
    # be 101个 rounded): a conflict.
    bumped = re.sub(r"\d+", lambda m: str(int(m.group()) * 2 + 1), text, count=1)
    original = source.read_text(encoding="utf-8")
    assert text in original
    (raw / "second_edition.txt").write_text(original.replace(text, bumped), encoding="utf-8")

    warehouse = tmp_path / "wh" / "z.duckdb"
    summary = pipeline(raw_dir=raw, warehouse=warehouse, package_dir=tmp_path / "pkg")
    assert summary.ok and summary.conflicts >= 1
    markdown = artifacts(flow_run_id(warehouse, summary.run_id))["zhibiao-run-summary"]
    assert f"## Conflicts: {summary.conflicts}" in markdown
    assert re.search(rf"\| {indicator} \|.*second_edition\.txt", markdown)

    # Rejected facts are listed by check, with examples (rows put in the rejects table the loader fills).
    with connect(warehouse) as con:
        con.execute("INSERT INTO staging.rejects SELECT fact_id || ':value_positive', fact_id, doc_id, doc, "
                    "'value_positive', 'value', CAST(value AS VARCHAR), text, char_start, char_end, sentence, '{}', "
                    "'older-run' FROM staging.facts ORDER BY fact_id LIMIT 4")
    details = run_details(warehouse, summary.run_id)
    assert details["rejects"]["total"] == 4
    [check] = details["rejects"]["by_check"]
    assert (check["check"], check["total"], check["this_run"], len(check["examples"])) == ("value_positive", 4, 0, 3)
    markdown = summary_markdown(summary, details)
    assert "## Rejected facts: 4 in the warehouse" in markdown and "| value_positive | 4 | 0 |" in markdown
