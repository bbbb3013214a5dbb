"""The published data package: generated from the models, validated before it replaces the old one."""
import json
import shutil
import subprocess
import sys
import time
import zipfile

import duckdb
import frictionless
import pytest
from typer.testing import CliRunner

from zhibiao.cli import app
from zhibiao.runner import run_pipeline
from zhibiao.stages.publish import STAGE_DIR, publish, recover, validate_package, write_zip

from .conftest import ROOT
from .test_warehouse import work  # noqa: F401  (fixture)

runner = CliRunner()


def test_committed_package_is_valid_with_keys():
    report = frictionless.validate(str(ROOT / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]
    descriptor = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    facts = next(r for r in descriptor["resources"] if r["name"] == "facts")
    assert facts["schema"]["primaryKey"] == ["fact_id"]
    assert {fk["reference"]["resource"] for fk in facts["schema"]["foreignKeys"]} == {"documents", "indicators", "units", "regions"}
    for key in ("name", "title", "version", "created", "licenses", "sources"):
        assert descriptor[key]


def test_package_has_no_absolute_local_paths():
    text = (ROOT / "datapackage.json").read_text(encoding="utf-8")
    assert str(ROOT) not in text and "/work/" not in text and "/tmp/" not in text
    for resource in json.loads(text)["resources"]:
        assert not resource["path"].startswith("/")


def test_sources_list_each_raw_file_with_its_sha256():
    descriptor = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    titles = {s["title"]: s for s in descriptor["sources"]}
    assert set(titles) == {p.name for p in (ROOT / "raw").iterdir() if p.is_file()}
    assert all(len(s["sha256"]) == 64 and s["path"].startswith("raw/") for s in titles.values())


def test_zip_validates_on_its_own(work, tmp_path):  # noqa: F811
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    archive = write_zip(package, tmp_path / "zhibiao.zip")
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(archive) as z:
        z.extractall(unpacked)
    report = frictionless.validate(str(unpacked / "datapackage.json"))
    assert report.valid
    assert write_zip(package, tmp_path / "again.zip").read_bytes() == archive.read_bytes()


def test_invalid_package_is_not_published_and_the_old_one_stays(work):  # noqa: F811
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    before = {p.name: p.read_bytes() for p in (package / "warehouse").iterdir()}
    descriptor_before = (package / "datapackage.json").read_bytes()
    con = duckdb.connect(str(warehouse))
    con.execute("UPDATE marts.fct_facts SET measure = 'nonsense' WHERE seq = 0")
    con.close()
    result = publish(warehouse, package, raw)
    assert not result.published and any("measure" in e or "constraint" in e for e in result.errors)
    assert (package / "datapackage.json").read_bytes() == descriptor_before
    assert {p.name: p.read_bytes() for p in (package / "warehouse").iterdir()} == before
    assert not (package / STAGE_DIR).exists()


def test_version_bumps_when_content_changes(work):  # noqa: F811
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    first = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    (raw / "new.txt").write_text("2023年,全市新增城镇就业1.2万人。", encoding="utf-8")
    run_pipeline(raw, warehouse, package)
    second = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    assert first["version"] == "1.0.0" and second["version"] == "1.0.1"
    assert second["created"] >= first["created"]


def test_interrupted_swap_is_finished_by_the_next_publish(work):  # noqa: F811
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    stage = package / STAGE_DIR
    (stage / "warehouse").mkdir(parents=True)
    (stage / "warehouse" / "facts.csv").write_text("half", encoding="utf-8")
    assert recover(package) is False and not stage.exists()  # not validated: dropped, old package kept
    assert frictionless.validate(str(package / "datapackage.json")).valid


def test_gate_proves_parquet_twins_equal_to_validated_csv(work):  # noqa: F811
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    assert validate_package(package / "datapackage.json") == []
    assert validate_package(package / "datapackage.json", parquet="frictionless") == []
    con = duckdb.connect()
    facts = package / "warehouse" / "facts.parquet"
    con.execute(f"COPY (SELECT * REPLACE (value * 10 AS value) FROM read_parquet('{facts}')) TO '{facts}.tmp' (FORMAT parquet)")
    con.close()
    (package / "warehouse" / "facts.parquet.tmp").replace(facts)
    errors = validate_package(package / "datapackage.json")
    assert errors and "facts-parquet" in errors[0] and "differ" in errors[0]


def test_publish_during_a_runs_publish_waits_and_both_succeed(tmp_path):
    """On f2e486f a publish started during a run's publish deleted the run's staging folder (FileNotFoundError)
    and the run exited 1. Now it waits for the run's publish, naming the run, and both succeed."""
    from bench.corpus import generate

    raw, warehouse, package = tmp_path / "raw", tmp_path / "wh" / "zhibiao.duckdb", tmp_path / "pkg"
    generate(40, 3, tmp_path / "corpus")
    shutil.copytree(tmp_path / "corpus" / "raw", raw)
    run = subprocess.Popen([sys.executable, "-m", "zhibiao.cli", "run", "--no-prefect", "--raw", str(raw),
                            "--warehouse", str(warehouse), "--package-dir", str(package)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(  # `zhibiao publish`'s call, imported ahead so that it starts at once when told
        [sys.executable, "-c", "import sys\nfrom zhibiao.stages.publish import publish\nprint('ready', flush=True)\n"
         "sys.stdin.readline()\nresult = publish(*sys.argv[1:], on_wait=lambda m: print(m, flush=True))\n"
         "print('published' if result.published else 'not published', flush=True)",
         str(warehouse), str(package), str(raw)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert second.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + 600
    while not (package / STAGE_DIR).exists():  # the run's publish is under way
        assert run.poll() is None and time.monotonic() < deadline, "the run never published"
        time.sleep(0.005)
    second.stdin.write("go\n")
    second.stdin.flush()
    said = second.communicate(timeout=600)[0].splitlines()
    assert run.wait(600) == 0, run.stderr.read()
    assert said == [f"the package in {package} is being published by a zhibiao run (process {run.pid}); "
                    "waiting up to 600 s for it to end", "published"]
    assert frictionless.validate(str(package / "datapackage.json")).valid
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT status, message FROM runs").fetchall() == [("completed", None)]


def test_a_second_publish_waits_then_refuses_naming_the_process_and_leaves_its_work(work):  # noqa: F811
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package, jobs=1)
    before = {p.name: p.read_bytes() for p in (package / "warehouse").iterdir()}
    holder = subprocess.Popen(  # another publish, halfway through its export
        [sys.executable, "-c", "import sys, time\nfrom zhibiao.runlock import exclusive_publish\n"
         "with exclusive_publish(sys.argv[1]):\n    print('publishing', flush=True)\n    time.sleep(float(sys.argv[2]))",
         str(package), "6"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "publishing"
        (package / STAGE_DIR / "warehouse").mkdir(parents=True)
        (package / STAGE_DIR / "warehouse" / "facts.csv").write_text("half written", encoding="utf-8")
        refused = runner.invoke(app, ["publish", "--no-site", "--warehouse", str(warehouse), "--package-dir", str(package),
                                      "--raw", str(raw), "--wait", "1"])
        assert (package / STAGE_DIR / "warehouse" / "facts.csv").read_text(encoding="utf-8") == "half written"
        waited = runner.invoke(app, ["publish", "--no-site", "--warehouse", str(warehouse), "--package-dir", str(package),
                                     "--raw", str(raw), "--wait", "60"])
    finally:
        holder.kill()
        holder.wait()
    assert refused.exit_code == 1
    last = refused.stderr.strip().splitlines()[-1]
    assert f"being published by process {holder.pid} (" in last and "try again" in last
    assert "Traceback" not in refused.output
    assert waited.exit_code == 0, waited.output
    assert f"being published by process {holder.pid}" in waited.stderr and "waiting" in waited.stderr
    assert not (package / STAGE_DIR).exists()  # the half-written staging was never validated: dropped
    assert {p.name: p.read_bytes() for p in (package / "warehouse").iterdir()} == before
