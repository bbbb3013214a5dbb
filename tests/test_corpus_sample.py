"""The real corpus in CI: a fixed sample of ~100 lawtext/gov reports, raw → published package, end to end.

The whole corpus (2,406 reports) runs in `make bench`; this sample keeps every group of the archive, the
reports that once crashed the extractor, and the no-op rerun honest on every commit.
"""
import json
import os
import shutil
import subprocess
import sys

import pytest

from zhibiao.ingest import discover_files
from zhibiao.warehouse import connect

from .conftest import ROOT, SHARED

CORPUS = SHARED / "corpus" / "lawgov"
EVERY = 25  # every 25th report of the sorted archive: ~100 reports from every folder
ONCE_CRASHED = ("政府工作报告-省自治区/广东省/2018.md", "政府工作报告-其他地市/梅州市/2020.md")


def sample() -> list[str]:
    paths = [p.relative_to(CORPUS).as_posix() for p in discover_files(CORPUS)]
    return sorted(set(paths[::EVERY]) | set(ONCE_CRASHED))


def zhibiao_run(raw, warehouse, package) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zhibiao.cli", "run", "--no-prefect", "--raw", str(raw),
                           "--warehouse", str(warehouse), "--package-dir", str(package)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600, env={**os.environ, "COLUMNS": "200"})


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    if not CORPUS.is_dir():
        pytest.skip(f"the real corpus is not at {CORPUS}")
    raw = tmp_path_factory.mktemp("lawgov")
    for rel in sample():
        (raw / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(CORPUS / rel, raw / rel)
    return raw


def test_a_sample_of_the_real_corpus_publishes_and_reruns_as_a_no_op(archive, tmp_path):
    files = sample()
    groups = {rel.split("/")[0] for rel in files}
    assert len(files) >= 90 and len(groups) >= 6 and set(ONCE_CRASHED) <= set(files)
    warehouse, package = tmp_path / "warehouse" / "zhibiao.duckdb", tmp_path / "package"

    first = zhibiao_run(archive, warehouse, package)
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]

    # nothing lost: every file is a document, or a rejected file with its reason
    with connect(warehouse, read_only=True) as con:
        documents = {p for (p,) in con.execute("SELECT source_path FROM documents").fetchall()}
        rejected = dict(con.execute("SELECT source_path, reason FROM rejected_files").fetchall())
        facts_by_doc = dict(con.execute("SELECT doc, count(*) FROM facts GROUP BY 1").fetchall())
        run = con.execute("SELECT status, files_seen, documents FROM runs").fetchall()
    assert documents | set(rejected) == set(files) and not documents & set(rejected)
    assert all(reason.strip() for reason in rejected.values())
    assert run == [("completed", len(files), len(documents))]
    assert all(facts_by_doc.get(rel, 0) > 50 for rel in ONCE_CRASHED)  # whole reports, not a rejected file

    # a valid package: the gate passed (the run exits 0 only then), and frictionless itself agrees
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    assert {s["title"] for s in descriptor["sources"]} == set(files)
    check = subprocess.run([sys.executable, "-m", "frictionless", "validate", "--json", str(package / "datapackage.json")],
                           capture_output=True, text=True, timeout=600)
    assert check.returncode == 0 and json.loads(check.stdout)["valid"], check.stdout[-3000:]

    # the same run again changes nothing
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in [package / "datapackage.json",
                                                                  *(package / "warehouse").iterdir()]}
    second = zhibiao_run(archive, warehouse, package)
    assert second.returncode == 0, second.stdout[-3000:] + second.stderr[-3000:]
    after = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in [package / "datapackage.json",
                                                                 *(package / "warehouse").iterdir()]}
    assert after == before
    with connect(warehouse, read_only=True) as con:
        last = con.execute("SELECT status, files_unchanged, documents, facts FROM runs ORDER BY started_at DESC LIMIT 1").fetchall()
    assert last == [("completed", len(files), 0, 0)]
