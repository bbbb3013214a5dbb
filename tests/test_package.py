"""The published data package: generated from the models, validated before it replaces the old one."""
import json
import zipfile

import duckdb
import frictionless
import pytest

from zhibiao.runner import run_pipeline
from zhibiao.stages.publish import STAGE_DIR, publish, recover, validate_package, write_zip

from .conftest import ROOT
from .test_warehouse import work  # noqa: F401  (fixture)


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
