"""Published files carry nothing unsafe: no text a spreadsheet runs as a formula, no path, user or host of this machine.

On f2e486f a report line `=1+1 …` or a file named `=HYPERLINK("http-evil","x").txt` was published as it was
(every CSV, Parquet and xlsx cell), and a rejected file's reason carried its symlink's absolute target
("broken symlink (target /home/alice/private/budget_2025.txt …)").
"""
import csv
import getpass
import json
import os
import socket
import sys
import uuid
import zipfile
from pathlib import Path

import duckdb

from schemas.base import primary_key
from schemas.models import PUBLISHED
from zhibiao.published_text import FORMULA_STARTS, inert_sql, make_inert, recover
from zhibiao.runner import run_pipeline
from zhibiao.stages.publish import SOURCES_OF, write_zip
from zhibiao.warehouse import connect

from .conftest import RAW
from .test_raw_files import awkward_raw_folder

SAMPLE = sorted(RAW.glob("*.txt"))[0]
FORMULA_LINE = "=1+1 去年全市地区生产总值增长8.5%，全市工业用电量下降3.2%。\n"
EVIL_NAME = '=HYPERLINK("http-evil","x").txt'


def formula_raw_folder(root: Path) -> Path:
    """Reports whose text, title and file names start like formulas, and a rejected file named like one."""
    raw = root / "raw"
    raw.mkdir(parents=True)
    text = SAMPLE.read_text(encoding="utf-8")
    (raw / "report.txt").write_text(FORMULA_LINE + text, encoding="utf-8")
    (raw / EVIL_NAME).write_text(text + "\n@SUM(1+1) 全年粮食产量下降2.1%。\n+86 全年外贸进出口总额增长5%。\n", encoding="utf-8")
    (raw / "-2+3.txt").write_bytes(b"\x00\x01\x02 not a report")
    return raw


def text_fields(resource: dict) -> set[str]:
    return {f["name"] for f in resource["schema"]["fields"] if f.get("type", "string") == "string"}


def warehouse_rows(warehouse: Path, table: str) -> tuple[list[str], list[tuple]]:
    model = next(m for m in PUBLISHED if m.Config.metadata["name"] == table)
    names = list(model.to_schema().columns)
    cols, order = ", ".join(f'"{n}"' for n in names), ", ".join(f'"{k}"' for k in primary_key(model))
    with connect(warehouse, read_only=True) as con:
        return names, con.execute(f"SELECT {cols} FROM {SOURCES_OF[model]} ORDER BY {order}").fetchall()


def test_the_export_sql_and_make_inert_agree_and_recover_undoes_them():
    texts = ["=1+1", "+86", "-2+3", "@SUM(A1)", "\tx", "\rx", "'引号", "''两个", "增长8.5%", "中=文", "'", "=", "", None]
    con = duckdb.connect()
    con.execute("CREATE TABLE v (i INTEGER, t VARCHAR)")
    con.executemany("INSERT INTO v VALUES (?, ?)", list(enumerate(texts)))
    published = [r[0] for r in con.execute(f"SELECT {inert_sql('t')} FROM v ORDER BY i").fetchall()]
    assert published == [make_inert(t) for t in texts]
    assert [recover(p) for p in published] == texts
    assert all(not p.startswith(FORMULA_STARTS[:-1]) for p in published if p)


def test_published_text_cannot_act_as_a_formula_and_recover_gives_the_warehouse_text(tmp_path):
    raw = formula_raw_folder(tmp_path)
    warehouse, package = tmp_path / "wh" / "zhibiao.duckdb", tmp_path / "pkg"
    assert run_pipeline(raw, warehouse, package, jobs=1).published
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    inert: dict[str, list[str]] = {}
    for resource in descriptor["resources"]:
        table = resource["name"].removesuffix("-parquet")
        names, expected = warehouse_rows(warehouse, table)
        text = text_fields(resource)
        if resource["format"] == "csv":
            csv.field_size_limit(sys.maxsize)
            with open(package / resource["path"], newline="", encoding="utf-8") as fh:
                published = [tuple(row[n] or None for n in names) for row in csv.DictReader(fh)]
        else:
            published = duckdb.sql(f"SELECT * FROM read_parquet('{package / resource['path']}')").fetchall()
        assert len(published) == len(expected), resource["name"]
        for row, original in zip(published, expected):
            for name, cell, value in zip(names, row, original):
                if name not in text:
                    continue
                assert not (cell or "").startswith(FORMULA_STARTS[:-1]), (resource["name"], name, cell)
                assert cell == make_inert(value) and recover(cell) == value, (resource["name"], name, cell, value)
                if cell and cell.startswith("'"):
                    inert.setdefault(f"{resource['name']}.{name}", []).append(cell)
    # the attacks reached the published files, each as inert text
    assert "'" + EVIL_NAME in inert["documents.source_file"] and "'" + EVIL_NAME in inert["facts-parquet.doc"]
    assert "'-2+3.txt" in inert["rejected_files.source_path"]
    assert any(s.startswith("'=1+1 去年") for s in inert["facts.sentence"])
    assert any(s.startswith("'@SUM(1+1)") for s in inert["facts-parquet.sentence"])
    # numbers are never changed: a decrease stays a negative number in the CSV and the Parquet twin
    values = duckdb.sql(f"SELECT value FROM read_parquet('{package / 'warehouse' / 'facts.parquet'}') WHERE value < 0").fetchall()
    assert values and all(isinstance(v, float) for (v,) in values)
    with open(package / "warehouse" / "facts.csv", newline="", encoding="utf-8") as fh:
        assert any(row["value"].startswith("-") and float(row["value"]) < 0 for row in csv.DictReader(fh))


def test_the_xlsx_twins_and_the_site_show_no_formula(tmp_path):
    raw = formula_raw_folder(tmp_path)
    package = tmp_path / "pkg"
    assert run_pipeline(raw, tmp_path / "wh" / "zhibiao.duckdb", package, jobs=1).published
    with zipfile.ZipFile(write_zip(package, tmp_path / "zhibiao.zip")) as archive:
        sheets = b""
        for member in archive.namelist():
            if member.endswith(".xlsx"):
                with zipfile.ZipFile(archive.open(member)) as book:
                    sheets += b"".join(book.read(n) for n in book.namelist() if n.startswith("xl/worksheets/"))
    assert b"<f>" not in sheets and b"<f " not in sheets  # no cell is a formula
    assert "'=HYPERLINK(".encode() in sheets and "'=1+1 去年".encode() in sheets
    # the site reads the package back with `recover`: it shows the original names, without the apostrophe
    pages = "".join(p.read_text(encoding="utf-8") for p in (package / "site").rglob("*.html"))
    assert "=HYPERLINK(&quot;http-evil&quot;,&quot;x&quot;).txt" in pages and "-2+3.txt" in pages
    assert "&#x27;=HYPERLINK" not in pages and "'=HYPERLINK" not in pages and "&#x27;-2+3" not in pages


def machine_names(root: Path, marker: str) -> list[str]:
    """What must never be published: the run's absolute paths (all under `root`, named with the unique `marker`),
    the home folder, and the user and host names when they are distinctive enough to search for."""
    names = [marker, str(root), str(root.resolve()), f"/home/{getpass.getuser()}"]
    common = {"root", "user", "admin", "runner", "ubuntu", "debian", "build", "localhost", "docker"}
    for name in (getpass.getuser(), socket.gethostname(), str(Path.home())):
        if len(name) >= 5 and name.lower().strip("/") not in common:
            names.append(name)
    return names


def published_bytes(path: Path):
    """(where, bytes) of a published file, and of everything inside it that is compressed: zip members
    (xlsx workbooks are zips too) and the rows of a Parquet file."""
    data = path.read_bytes()
    yield str(path), data
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for member in archive.namelist():
                inner = archive.read(member)
                yield f"{path}!{member}", inner
                if member.endswith(".xlsx"):
                    with zipfile.ZipFile(archive.open(member)) as book:
                        for n in book.namelist():
                            yield f"{path}!{member}!{n}", book.read(n)
    if path.suffix == ".parquet":
        rows = duckdb.sql(f"SELECT * FROM read_parquet('{path}')").fetchall()
        yield f"{path} (rows)", repr(rows).encode("utf-8") + json.dumps(rows, ensure_ascii=False, default=str).encode()


def test_no_published_file_names_a_local_path_the_user_or_the_host(tmp_path):
    marker = f"zhibiao-private-{uuid.uuid4().hex[:12]}"
    root = tmp_path / marker
    root.mkdir()
    raw, listener = awkward_raw_folder(root)  # a dangling symlink to /home/<user>/<host>/private/budget_2025.txt …
    (raw / "gone.txt").symlink_to(f"/home/{getpass.getuser()}/{socket.gethostname()}/{marker}/budget_2025.txt")
    outside = root / "outside" / "secret.txt"
    outside.parent.mkdir()
    outside.write_bytes(SAMPLE.read_bytes() + b"\n\n\n\n")
    (raw / "linked.txt").symlink_to(outside)  # read through the link; its target is a local path
    (raw / "loop.txt").symlink_to(raw / "loop.txt")
    (raw / "folder_link").symlink_to(root / "outside")
    (raw / "binary.txt").write_bytes(b"\x00\xff\x00\xfe" * 64)
    (raw / "empty.txt").write_bytes(b"")
    package = root / "pkg"
    try:
        summary = run_pipeline(raw, root / "wh" / "zhibiao.duckdb", package, jobs=1)
    finally:
        listener.close()
    assert summary.published and (package / "site" / "index.html").exists()
    write_zip(package, root / "dist" / "zhibiao.zip")
    published = [p for p in sorted(package.rglob("*")) if p.is_file()] + [root / "dist" / "zhibiao.zip"]
    needles = [n.encode("utf-8") for n in machine_names(root, marker)]
    leaks = [(where, needle.decode()) for path in published for where, data in published_bytes(path)
             for needle in needles if needle in data]
    assert not leaks
    # the scan read what it had to: every table's rows, the rejected files' reasons, the site
    assert any(p.suffix == ".parquet" for p in published) and any(p.suffix == ".html" for p in published)
    reasons = (package / "warehouse" / "rejected_files.csv").read_text(encoding="utf-8")
    assert "gone.txt" in reasons and "loop.txt" in reasons and "binary.txt" in reasons
    assert os.readlink(raw / "gone.txt").endswith("budget_2025.txt")
