"""A fresh clone's run changes nothing: the committed sample package is what the code makes of raw/, byte for byte,
whatever the patch versions of DuckDB and pyarrow that write it."""
import json
import shutil

import pyarrow.parquet as pq

from zhibiao.hashing import sha256_file
from zhibiao.runner import run_pipeline

from .conftest import RAW, ROOT


def committed_files() -> list[str]:
    descriptor = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    return ["datapackage.json"] + [r["path"] for r in descriptor["resources"]]


def copy_committed_package(to):
    for rel in committed_files():
        (to / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / rel, to / rel)


def test_rerunning_raw_leaves_the_committed_package_byte_identical(tmp_path):
    package = tmp_path / "clone"
    copy_committed_package(package)
    summary = run_pipeline(RAW, tmp_path / "fresh.duckdb", package)
    assert summary.published and not summary.package_changed
    changed = [rel for rel in committed_files() if (package / rel).read_bytes() != (ROOT / rel).read_bytes()]
    assert changed == [], f"a fresh clone's run rewrites {changed}: republish the sample package (make run) and commit it"


def test_parquet_twins_written_by_another_writer_are_kept_while_their_tables_do_not_change(tmp_path):
    """As when the committed twins come from another DuckDB patch release: same rows, other bytes."""
    package = tmp_path / "clone"
    copy_committed_package(package)
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        if resource["format"] == "parquet":  # same rows, other writer and options
            path = package / resource["path"]
            pq.write_table(pq.read_table(path), path, compression="gzip", row_group_size=7)
            resource["x-sha256"] = sha256_file(path)
    (package / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    before = {rel: (package / rel).read_bytes() for rel in committed_files()}
    summary = run_pipeline(RAW, tmp_path / "fresh.duckdb", package)
    assert summary.published and not summary.package_changed and summary.package_version == descriptor["version"]
    assert all((package / rel).read_bytes() == data for rel, data in before.items())


def test_a_twin_is_rewritten_when_its_table_changes(tmp_path):
    package = tmp_path / "clone"
    copy_committed_package(package)
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    next(p for p in sorted(raw.iterdir()) if p.suffix == ".txt").unlink()  # one report fewer: facts change
    summary = run_pipeline(raw, tmp_path / "fresh.duckdb", package)
    assert summary.published and summary.package_changed
    assert (package / "warehouse/facts.parquet").read_bytes() != (ROOT / "warehouse/facts.parquet").read_bytes()
    assert (package / "warehouse/units.parquet").read_bytes() == (ROOT / "warehouse/units.parquet").read_bytes()
