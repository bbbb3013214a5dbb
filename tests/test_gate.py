"""The publish gate at scale: frictionless on what changed, DuckDB on whole tables, no export when nothing changed."""
import csv
import io
import json
import os
import shutil

import frictionless

from zhibiao.runner import run_pipeline
from zhibiao.hashing import sha256_file
from zhibiao.stages.gate import check_package
from zhibiao.stages.publish import publish

from .test_warehouse import work  # noqa: F401  (fixture)


def _copy_package(package, to):
    shutil.copytree(package, to, ignore=shutil.ignore_patterns(".*"))
    return to / "datapackage.json"


def _rewrite_csv(descriptor_path, resource, edit):
    """Apply `edit` to the lines of a resource's CSV and restate its hash and size in the descriptor."""
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    r = next(r for r in descriptor["resources"] if r["name"] == resource)
    path = descriptor_path.parent / r["path"]
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    r["hash"], r["bytes"] = f"sha256:{sha256_file(path)}", path.stat().st_size
    descriptor_path.write_text(json.dumps(descriptor, ensure_ascii=False), encoding="utf-8")


def _csv_without_row(text, index):
    rows = list(csv.reader(io.StringIO(text, newline="")))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows[:index] + rows[index + 1:])
    return out.getvalue()


def test_first_publish_checks_every_row_with_frictionless(work):  # noqa: F811
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    result = check_package(package / "datapackage.json")
    assert result.errors == [] and result.rows > 300 and result.rows_frictionless >= result.rows


def test_a_new_file_gets_only_its_rows_checked_by_frictionless(work):  # noqa: F811
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    (raw / "new.txt").write_text("2023年，全市新增城镇就业1.2万人，地区生产总值增长5.1%。", encoding="utf-8")
    summary = run_pipeline(raw, warehouse, package)
    gate = summary.publish_gate
    assert summary.published and summary.package_changed
    # the new document, its two facts and the reference tables — not the 370 old facts
    assert gate["changed"]["documents"] == 1 and gate["changed"]["facts"] == summary.facts == 2
    assert 0 < gate["rows_frictionless"] < gate["rows"] - 300
    assert frictionless.validate(str(package / "datapackage.json")).valid


def test_whole_table_keys_catch_a_change_in_rows_frictionless_skips(work, tmp_path):  # noqa: F811
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    staged = _copy_package(package, tmp_path / "staged")
    # drop one document: no document or fact row changed, but facts now point at a missing document
    _rewrite_csv(staged, "documents", lambda text: _csv_without_row(text, 1))
    result = check_package(staged, previous=package / "datapackage.json")
    assert any("facts" in e and "not found in documents" in e for e in result.errors), result.errors


def test_rule_broken_in_an_unchanged_row_is_caught(work, tmp_path):  # noqa: F811
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    staged = _copy_package(package, tmp_path / "staged")
    _rewrite_csv(staged, "facts", lambda text: text.replace(",level,", ",flat,", 1))
    result = check_package(staged, previous=package / "datapackage.json")
    assert any("enum of field measure" in e and "flat" in e for e in result.errors), result.errors


def test_tampered_previous_package_is_not_trusted(work, tmp_path):  # noqa: F811
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    staged = _copy_package(package, tmp_path / "staged")
    facts_rows = sum(1 for _ in open(staged.parent / "warehouse" / "facts.csv", encoding="utf-8")) - 1
    assert check_package(staged, previous=package / "datapackage.json").rows_frictionless < facts_rows
    with open(package / "warehouse" / "facts.parquet", "ab") as fh:
        fh.write(b"\0")  # the previous Parquet twin no longer has its x-sha256: its CSV is compared instead
    assert check_package(staged, previous=package / "datapackage.json").rows_frictionless < facts_rows
    with open(package / "warehouse" / "facts.csv", "a", encoding="utf-8") as fh:
        fh.write("\n")  # neither previous file of the facts has its hash: every fact is checked
    result = check_package(staged, previous=package / "datapackage.json")
    assert result.errors == [] and result.rows_frictionless >= facts_rows


def test_unchanged_warehouse_publishes_without_exporting(work):  # noqa: F811
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    facts = package / "warehouse" / "facts.csv"
    before = facts.stat().st_mtime_ns
    again = publish(warehouse, package, raw)
    assert again.published and not again.changed and facts.stat().st_mtime_ns == before
    os.utime(facts, ns=(before + 10**9, before + 10**9))  # a touched file is not trusted: export and compare
    third = publish(warehouse, package, raw)
    assert third.published and not third.changed and third.version == again.version
    assert publish(warehouse, package, raw).changed is False


def test_a_report_with_a_price_index_written_without_percent_publishes(tmp_path):
    # the real-corpus bench (stop 28): a bare index (居民消费价格指数为104) was stored with an empty raw_unit, which the
    # CSV reads back as no value, so the Parquet twin differed and the gate refused the package
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "gansu_2002.txt").write_text(
        "甘肃省2002年政府工作报告\n各位代表：\n一、2001年工作回顾\n全省生产总值增长9.4%，居民消费价格指数为104。\n",
        encoding="utf-8")
    summary = run_pipeline(raw, tmp_path / "w.duckdb", tmp_path / "package")
    assert summary.published, summary
