"""Site: a static, browsable site made from the published data package.

Loads the package (datapackage.json and its tables, read back through DuckDB with the published text's
formula-safe apostrophe removed); makes an index of regions, indicators and documents with search, a page
per indicator (a chart of its series per region and period, actual/estimate/target distinguished, and a
table), a page per region (headline indicators over time, targets against actuals), a page per document
(its cleaned text, every fact marked in its sentence: each number on the site links there), and an about
page (version, licence, sources, validation); saves them into a staging folder that replaces the old
site in one rename. Pages are per indicator, region and document, so no page grows with the corpus.
The output depends only on the package and this code: the same package gives the same bytes.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from zhibiao.runlock import exclusive_publish
from zhibiao.site import content, pages
from zhibiao.site.package import Package, open_package

STAMP = ".zhibiao-site.json"  # what the site was made from: the descriptor's sha256 and the site code's


@dataclass
class SiteResult:
    folder: Path
    built: bool
    pages: int = 0
    bytes: int = 0
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)


def build_site(package_dir: Path, out_dir: Path | None = None, *, force: bool = False) -> SiteResult:
    """Build the site of the package in `package_dir` into `out_dir` (default: <package_dir>/site).

    Nothing is rebuilt when the site there was made from the same datapackage.json by the same code.
    It holds the package's publish lock (zhibiao.runlock): the package does not switch while its pages are made,
    and two builds never share the staging folder.
    """
    with exclusive_publish(Path(package_dir)):
        return _build(package_dir, out_dir, force)


def _build(package_dir: Path, out_dir: Path | None, force: bool) -> SiteResult:
    started = time.perf_counter()
    package = open_package(Path(package_dir))
    out_dir = Path(out_dir) if out_dir else Path(package_dir) / "site"
    stamp = _stamp(package)
    if not force and _read_stamp(out_dir) == stamp:
        return SiteResult(out_dir, built=False)
    stage = out_dir.with_name(out_dir.name + ".partial")
    shutil.rmtree(stage, ignore_errors=True)
    timings: dict[str, float] = {}
    written = _save(stage, _make_pages(package, timings))
    _copy_static(stage)
    (stage / STAMP).write_text(json.dumps(stamp, sort_keys=True) + "\n", encoding="utf-8")
    _swap(stage, out_dir)
    size = sum(p.stat().st_size for p in out_dir.rglob("*") if p.is_file())
    return SiteResult(out_dir, built=True, pages=written, bytes=size, seconds=time.perf_counter() - started,
                      timings={k: round(v, 2) for k, v in timings.items()})


def _make_pages(package: Package, timings: dict[str, float]):
    """(relative path, text) of every page, made as they are written (documents one at a time)."""
    con = package.connect()
    content.prepare(con)
    meta = package.descriptor
    licence = ", ".join(x.get("name", "") for x in meta.get("licenses", []))
    common = dict(version=package.version, licence=licence)
    t0 = time.perf_counter()
    regions, indicators, documents = content.index_lists(con)
    table_rows = content.table_rows(con)
    index_meta = {"title": meta.get("title", ""), "description": meta.get("description", ""),
                  "version": package.version, "created": meta.get("created", ""),
                  "facts": table_rows.get("facts", 0), "documents": table_rows.get("documents", 0)}
    yield "index.html", pages.page(title="Regions, indicators, documents", root="", kind="index",
                                   body=pages.index_body(index_meta, regions, indicators, documents),
                                   scripts="<script>ZB.index();</script>", **common)
    yield "about.html", pages.page(title="About this package", root="", kind="about", **common,
                                   body=pages.about_body(meta, package.verify_files(), table_rows,
                                                         content.rejected_files(con)))
    timings["index"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    by_code = {i["code"]: i for i in indicators}
    for code, data in content.indicator_series(con):
        info = by_code[code]
        yield f"indicator/{code}.js", "ZB.indicator(" + json.dumps(data, ensure_ascii=False, separators=(",", ":")) + ");\n"
        yield f"indicator/{code}.html", pages.page(
            title=info["name_zh"], root="../", kind="indicator", body=pages.indicator_body(info),
            scripts=f'<script src="{code}.js"></script>', **common)
    timings["indicators"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    for region, headline, pairs, region_indicators, region_documents in content.region_pages(con, by_code):
        charts = [{"name": h["name_zh"], "unit": h["unit"], "points": h["points"]} for h in headline]
        yield pages.region_href(region["code"]), pages.page(
            title=region["name"], root="../", kind="region", **common,
            body=pages.region_body(region, headline, pairs, region_indicators, region_documents),
            scripts=pages.script_data("ZB.region", {"headline": charts}))
    timings["regions"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    for doc, facts in content.documents_with_facts(con):
        yield pages.doc_href(doc["doc_id"]), pages.page(
            title=doc["title"] or doc["source_file"], root="../", kind="doc", **common,
            body=pages.document_body(doc, facts), scripts="<script>ZB.doc();</script>")
    timings["documents"] = time.perf_counter() - t0
    con.close()


def _save(stage: Path, made) -> int:
    count = 0
    for rel, text in made:
        path = stage / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        count += 1
    return count


def _copy_static(stage: Path) -> None:
    static = stage / "static"
    static.mkdir(parents=True, exist_ok=True)
    for item in files("zhibiao.site").joinpath("static").iterdir():
        if item.is_file():
            (static / item.name).write_bytes(item.read_bytes())


def _swap(stage: Path, out_dir: Path) -> None:
    """Replace the old site by the new one: two renames, the old one removed after."""
    old = out_dir.with_name(out_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if out_dir.exists():
        os.replace(out_dir, old)
    os.replace(stage, out_dir)
    shutil.rmtree(old, ignore_errors=True)


def _stamp(package: Package) -> dict:
    code = hashlib.sha256()
    site_dir = Path(pages.__file__).parent
    for path in sorted([Path(__file__), *site_dir.rglob("*")]):
        if path.is_file() and "__pycache__" not in path.parts:
            code.update(path.name.encode() + path.read_bytes())
    descriptor = hashlib.sha256((package.folder / "datapackage.json").read_bytes()).hexdigest()
    return {"datapackage_sha256": descriptor, "code": code.hexdigest()}


def _read_stamp(out_dir: Path) -> dict | None:
    try:
        return json.loads((out_dir / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
