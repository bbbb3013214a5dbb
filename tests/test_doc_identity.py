"""A real archive: documents named by their path in it, and one bad span never loses a document.

Archives name their files by year (广东省/2018.md, 梅州市/2018.md): the document is its path relative to the
raw folder in every table a user reads. An exception of the extractor on one quantity becomes a row of
`rejects` (check extraction_error) and the document loads with its other facts.
"""
import json

import pytest
from typer.testing import CliRunner

from zhibiao.cli import app
from zhibiao.extract import measure as measure_module
from zhibiao.runner import run_pipeline
from zhibiao.warehouse import connect

REPORT_A = "全市地区生产总值692.5亿元，增长8.5%。接待游客170万人次。\n"
REPORT_B = "全县地区生产总值120亿元，增长6.1%。新建学校3所。\n"


@pytest.fixture
def archive(tmp_path):
    """Two reports with the same file name in two folders, as in lawtext/gov."""
    raw = tmp_path / "archive"
    for folder, text in (("政府工作报告-省自治区/广东省", REPORT_A), ("政府工作报告-其他地市/梅州市", REPORT_B)):
        (raw / folder).mkdir(parents=True)
        (raw / folder / "2018.md").write_text(text, encoding="utf-8")
    return raw


def fail_on_growth(monkeypatch):
    """Make the extractor raise on every growth rate (增长8.5%), as a bug in one rule would."""
    classify = measure_module.classify

    def failing(unit, raw_unit, before, *args):
        if before.endswith("增长"):
            raise ValueError("injected")
        return classify(unit, raw_unit, before, *args)

    monkeypatch.setattr(measure_module, "classify", failing)


def test_documents_are_named_by_their_path_in_the_archive(archive, tmp_path):
    warehouse, package = tmp_path / "wh" / "zhibiao.duckdb", tmp_path / "package"
    assert run_pipeline(archive, warehouse, package, jobs=1).published
    names = {"政府工作报告-省自治区/广东省/2018.md", "政府工作报告-其他地市/梅州市/2018.md"}
    with connect(warehouse, read_only=True) as con:
        docs = dict(con.execute("SELECT source_path, doc_id FROM documents").fetchall())
        assert set(docs) == names
        assert {d for (d,) in con.execute("SELECT DISTINCT doc FROM facts").fetchall()} == names
    # the published package names them the same way and holds no local absolute path
    facts_csv = (package / "warehouse" / "facts.csv").read_text(encoding="utf-8")
    assert all(name in facts_csv for name in names)
    for path in [package / "datapackage.json", *(package / "warehouse").glob("*.csv")]:
        assert str(tmp_path) not in path.read_text(encoding="utf-8"), path
    # doc_id is the content: the same in a new warehouse, with the archive moved elsewhere
    moved = tmp_path / "moved"
    archive.rename(moved)
    run_pipeline(moved, tmp_path / "wh2" / "zhibiao.duckdb", tmp_path / "package2", jobs=1)
    with connect(tmp_path / "wh2" / "zhibiao.duckdb", read_only=True) as con:
        assert dict(con.execute("SELECT source_path, doc_id FROM documents").fetchall()) == docs


def test_an_extraction_error_is_a_reject_and_the_document_loads(archive, tmp_path, monkeypatch, plain_python):
    if plain_python:
        return  # (run again on the plain Python source, where the injected fault reaches)
    fail_on_growth(monkeypatch)
    warehouse = tmp_path / "wh" / "zhibiao.duckdb"
    summary = run_pipeline(archive, warehouse, tmp_path / "package", jobs=1)  # in this process: the fault applies
    assert summary.published and summary.documents == 2 and summary.rejected_files == 0
    with connect(warehouse, read_only=True) as con:
        facts = con.execute("SELECT doc, text FROM facts ORDER BY doc, char_start").fetchall()
        rejects = con.execute("SELECT doc, check_name, failure_case, text, char_start, char_end, sentence, fact_json "
                              "FROM rejects ORDER BY doc").fetchall()
    assert facts == [("政府工作报告-其他地市/梅州市/2018.md", "120亿元"), ("政府工作报告-其他地市/梅州市/2018.md", "3所"),
                     ("政府工作报告-省自治区/广东省/2018.md", "692.5亿元"), ("政府工作报告-省自治区/广东省/2018.md", "170万人次")]
    assert [(r[0], r[1], r[3]) for r in rejects] == [
        ("政府工作报告-其他地市/梅州市/2018.md", "extraction_error", "6.1%"),
        ("政府工作报告-省自治区/广东省/2018.md", "extraction_error", "8.5%")]
    doc, _, failure, text, start, end, sentence, record = rejects[1]
    assert failure.startswith("ValueError: injected (") and REPORT_A[start:end] == text
    assert sentence.startswith("全市地区生产总值692.5亿元") and json.loads(record)["doc"] == doc


def test_extract_reports_a_failing_span_and_prints_every_other_fact(archive, monkeypatch, plain_python):
    if plain_python:
        return  # (run again on the plain Python source, where the injected fault reaches)
    fail_on_growth(monkeypatch)
    a = archive / "政府工作报告-省自治区/广东省/2018.md"
    b = archive / "政府工作报告-其他地市/梅州市/2018.md"
    result = CliRunner().invoke(app, ["extract", str(a), str(b)])
    assert result.exit_code == 0, result.output
    printed = [(f["doc"], f["text"]) for f in map(json.loads, result.stdout.splitlines())]
    assert printed == [("政府工作报告-省自治区/广东省/2018.md", "692.5亿元"), ("政府工作报告-省自治区/广东省/2018.md", "170万人次"),
                       ("政府工作报告-其他地市/梅州市/2018.md", "120亿元"), ("政府工作报告-其他地市/梅州市/2018.md", "3所")]
    errors = result.stderr.splitlines()
    assert len(errors) == 2 and str(a) in errors[0] and "'8.5%'" in errors[0] and "ValueError: injected" in errors[0]


def test_extract_names_documents_from_a_given_root(archive):
    path = archive / "政府工作报告-省自治区/广东省/2018.md"
    alone = CliRunner().invoke(app, ["extract", str(path)])
    rooted = CliRunner().invoke(app, ["extract", "--root", str(archive), str(path)])
    assert {json.loads(line)["doc"] for line in alone.stdout.splitlines()} == {"2018.md"}
    assert {json.loads(line)["doc"] for line in rooted.stdout.splitlines()} == {"政府工作报告-省自治区/广东省/2018.md"}
