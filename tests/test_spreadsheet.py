"""Tables a spreadsheet user can open: the package archive's README and .xlsx twins (no formulas, Chinese intact).

LibreOffice (Debian's libreoffice-calc-nogui; .ci/run installs it) opens the workbooks as a spreadsheet user's
program would; those tests are skipped, with the reason, where it is not installed.
"""
import csv
import json
import re
import shutil
import subprocess
import zipfile
from datetime import datetime

import pytest

from zhibiao import spreadsheet
from zhibiao.spreadsheet import CUT_MARK, MAX_CELL, write_xlsx
from zhibiao.stages.publish import write_zip

from .conftest import ROOT

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_libreoffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed "
                                       "(apt-get install libreoffice-calc-nogui; .ci/run does)")
SCHEMA = {"fields": [{"name": "id", "type": "integer"}, {"name": "text", "type": "string"},
                     {"name": "value", "type": "number"}, {"name": "flag", "type": "boolean"}]}
TRICKY = ["'=1+1 去年全市地区生产总值", "'=HYPERLINK(\"http://example.invalid\",\"点击\")", "'+86 电话", "'-3 下降",
          "'@SUM(A1)", "=2+2 (text a writer forgot to make inert: still text)", "地区生产总值增长8.5%", "龍潭區（繁體）", "''引号开头", ""]


def tricky_csv(path, long_text: str = "") -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "text", "value", "flag"])
        for i, text in enumerate(TRICKY + ([long_text] if long_text else [])):
            writer.writerow([i, text, f"{i * 1e8 + 0.5}" if i % 2 else "", "true" if i % 2 else "false"])


def sheet_xml(xlsx) -> str:
    with zipfile.ZipFile(xlsx) as book:
        return "".join(book.read(n).decode("utf-8") for n in book.namelist() if n.startswith("xl/worksheets/"))


def libreoffice_csv(xlsx, tmp_path) -> list[list[str]]:
    out = tmp_path / "lo-out"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", str(out), str(xlsx)],
                   check=True, capture_output=True, timeout=180)
    with open(out / (xlsx.stem + ".csv"), newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def test_no_cell_is_a_formula_and_numbers_are_numbers(tmp_path):
    tricky_csv(tmp_path / "t.csv")
    write_xlsx(tmp_path / "t.csv", SCHEMA, tmp_path / "t.xlsx", title="t", created=datetime(2026, 1, 1))
    xml = sheet_xml(tmp_path / "t.xlsx")
    assert "<f>" not in xml and "<f " not in xml
    assert re.search(r'<c r="C3"[^>]*><v>100000000.5</v></c>', xml)  # a number cell, not text
    assert 't="b"' in xml  # booleans typed


@needs_libreoffice
def test_libreoffice_reads_the_text_as_written_and_computes_nothing(tmp_path):
    long_text = "全市地区生产总值增长8.5%。" * 4000  # 56,000 characters: over Excel's cell limit
    tricky_csv(tmp_path / "t.csv", long_text)
    result = write_xlsx(tmp_path / "t.csv", SCHEMA, tmp_path / "t.xlsx", title="t", created=datetime(2026, 1, 1))
    assert result == {"rows": len(TRICKY) + 1, "sheets": 1, "cut": 1}
    rows = libreoffice_csv(tmp_path / "t.xlsx", tmp_path)
    assert rows[0] == ["id", "text", "value", "flag"]
    assert [r[1] for r in rows[1:len(TRICKY) + 1]] == TRICKY  # no formula ran, no character changed
    assert float(rows[2][2]) == 100000000.5 and rows[2][3].upper() == "TRUE"
    cut = rows[-1][1]
    assert len(cut) == MAX_CELL and cut.endswith(CUT_MARK) and long_text.startswith(cut[:-len(CUT_MARK)])


@needs_libreoffice
def test_the_sample_facts_open_in_a_spreadsheet_as_published(tmp_path):
    descriptor = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    facts = next(r for r in descriptor["resources"] if r["name"] == "facts")
    write_xlsx(ROOT / facts["path"], facts["schema"], tmp_path / "facts.xlsx", title="facts", created=datetime(2026, 1, 1))
    with open(ROOT / facts["path"], newline="", encoding="utf-8") as fh:
        published = list(csv.reader(fh))
    opened = libreoffice_csv(tmp_path / "facts.xlsx", tmp_path)
    assert len(opened) == len(published)
    text_columns = [i for i, f in enumerate(facts["schema"]["fields"]) if f["type"] == "string"]
    for mine, theirs in zip(published, opened):
        assert [mine[i] for i in text_columns] == [theirs[i] for i in text_columns]
    value = published[0].index("value")
    assert all(float(m[value]) == float(t[value]) for m, t in zip(published[1:], opened[1:]))


def test_a_table_longer_than_a_sheet_continues_on_the_next(tmp_path, monkeypatch):
    monkeypatch.setattr(spreadsheet, "MAX_ROWS", 4)  # header + 3 rows a sheet
    tricky_csv(tmp_path / "t.csv")
    result = write_xlsx(tmp_path / "t.csv", SCHEMA, tmp_path / "t.xlsx", title="t", created=datetime(2026, 1, 1))
    assert result == {"rows": len(TRICKY), "sheets": -(-len(TRICKY) // 3), "cut": 0}
    with zipfile.ZipFile(tmp_path / "t.xlsx") as book:
        workbook = book.read("xl/workbook.xml").decode("utf-8")
    assert 'name="t"' in workbook and 'name="t 2"' in workbook and 'name="t 3"' in workbook


def test_the_archive_has_a_readme_and_an_xlsx_twin_of_each_table_and_is_reproducible(tmp_path):
    first, second = write_zip(ROOT, tmp_path / "a.zip"), write_zip(ROOT, tmp_path / "b.zip")
    assert first.read_bytes() == second.read_bytes()
    descriptor = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    tables = [r["name"] for r in descriptor["resources"] if r["format"] == "csv"]
    with zipfile.ZipFile(first) as archive:
        names = set(archive.namelist())
        readme = archive.read("README.md").decode("utf-8")
    assert {f"xlsx/{t}.xlsx" for t in tables} <= names and "README.md" in names
    assert all(f"### {t}" in readme for t in tables)
    for must in ("frictionless validate datapackage.json", "Creative Commons Attribution 4.0",
                 "`CNY`", "`percentage_point`", "leading apostrophe", "32,767", "1,048,576"):
        assert must in readme, must
