"""The browsable site: made from the published package, opened from file:// in a real browser (Debian's Chromium,
driven by Playwright with the system browser: nothing is downloaded). Browser tests are skipped, with the
reason, where Chromium or Playwright is missing; .ci/run installs Chromium.

ZHIBIAO_SITE_DIR=/path/to/site runs the same browser walk on another site (the corpus's, say).
"""
import hashlib
import json
import os
import re
import shutil
from pathlib import Path

import duckdb
import pytest

from zhibiao.site.package import original_text_sql
from zhibiao.stages.site import build_site

from .conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
STATIC = ROOT / "zhibiao" / "site" / "static"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return build_site(ROOT, tmp_path_factory.mktemp("site") / "site").folder


def facts_of_package() -> list[dict]:
    con = duckdb.connect()
    rows = con.execute(f"SELECT fact_id, doc_id, period, indicator_code FROM read_parquet('{ROOT / 'warehouse/facts.parquet'}')")
    return [dict(zip(("fact_id", "doc_id", "period", "indicator_code"), r)) for r in rows.fetchall()]


def test_pages_per_region_indicator_and_document(site):
    facts = facts_of_package()
    docs = {f["doc_id"] for f in facts}
    assert {p.stem for p in (site / "doc").glob("*.html")} == docs
    assert {p.stem for p in (site / "indicator").glob("*.html")} == {f["indicator_code"] for f in facts if f["indicator_code"]}
    assert len(list((site / "region").glob("*.html"))) >= 5
    assert (site / "index.html").is_file() and (site / "about.html").is_file()


def test_every_fact_has_its_anchor_in_its_document_page(site):
    anchors = {}
    for page in (site / "doc").glob("*.html"):
        anchors[page.stem] = set(re.findall(r'<mark id="f-([^"]+)" class="f', page.read_text(encoding="utf-8")))
    facts = facts_of_package()
    assert all(f["fact_id"] in anchors[f["doc_id"]] for f in facts)
    assert sum(len(a) for a in anchors.values()) == len(facts)


def test_every_link_to_a_fact_lands_on_an_anchor(site):
    links = []
    for page in [*site.glob("region/*.html"), *site.glob("indicator/*.js")]:
        text = page.read_text(encoding="utf-8")
        links += re.findall(r'doc/([0-9a-f]+)\.html#f-([^"]+)"', text)
        for data in re.findall(r"^ZB\.indicator\((.*)\);$", text, re.M):
            links += [(f[6], f[7]) for g in json.loads(data)["groups"] for f in g["facts"]]
    assert links
    for doc_id, fact_id in links:
        assert f'<mark id="f-{fact_id}"' in (site / "doc" / f"{doc_id}.html").read_text(encoding="utf-8")


def test_the_about_page_gives_version_licence_sources_and_validation(site):
    descriptor = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    about = (site / "about.html").read_text(encoding="utf-8")
    assert descriptor["version"] in about and "Creative Commons Attribution 4.0" in about
    assert all(s["sha256"] in about for s in descriptor["sources"])
    assert "Valid." in about and "✗" not in about


def test_the_same_package_gives_the_same_site(site, tmp_path):
    again = build_site(ROOT, tmp_path / "again", force=True).folder
    files = sorted(p.relative_to(site) for p in site.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    assert all((site / f).read_bytes() == (again / f).read_bytes() for f in files)


def test_a_rebuild_of_an_unchanged_package_does_nothing(site):
    assert build_site(ROOT, site).built is False


def test_no_page_asks_the_network(site):
    for page in site.rglob("*"):
        if page.suffix in (".html", ".js", ".css"):
            text = page.read_text(encoding="utf-8")
            # links out (the licence) are fine; nothing is loaded from elsewhere
            assert not re.search(r'<(script|img|iframe)[^>]+src="(https?:)?//|<link[^>]+href="(https?:)?//|url\((https?:)?//', text), page
            assert "fetch(" not in text and "XMLHttpRequest" not in text or page.name == "uPlot.iife.min.js"


def test_vendored_javascript_is_the_registry_release_recorded(site):
    table = (STATIC / "VENDORED.md").read_text(encoding="utf-8")
    for name, sha in re.findall(r"^\| (\S+\.(?:js|css)) \| uplot \| [\d.]+ \| [^|]+ \| ([0-9a-f]{64}) \|$", table, re.M):
        assert hashlib.sha256((STATIC / name).read_bytes()).hexdigest() == sha, name
        assert (site / "static" / name).read_bytes() == (STATIC / name).read_bytes()
    assert "MIT License" in (STATIC / "uPlot.LICENSE.txt").read_text(encoding="utf-8")


def test_published_text_gets_its_original_back():
    con = duckdb.connect()
    rows = con.execute(f"SELECT {original_text_sql('t')} FROM (VALUES ('''=1+1 去年'), ('''''引号'), ('增长8.5%'), "
                       "(NULL)) v(t)").fetchall()
    assert [r[0] for r in rows] == ["=1+1 去年", "'引号", "增长8.5%", None]


def test_the_site_reads_the_package_within_a_memory_limit_sized_from_its_rows():
    """No fixed limit: the sample's documents are short, so the limit is the base and a small window (duckmem), and
    what does not fit spills to a folder of the site build's own."""
    from zhibiao import duckmem
    from zhibiao.site.package import open_package

    con = open_package(ROOT).connect()
    limit = duckdb_bytes(con.execute("SELECT current_setting('memory_limit')").fetchone()[0])
    threads = int(con.execute("SELECT current_setting('threads')").fetchone()[0])
    # duckmem sets whole MB (10^6 bytes), which DuckDB reports in MiB
    assert limit == pytest.approx((duckmem.limit_bytes(duckmem.MIN_WINDOW, threads) >> 20) * 1e6, rel=0.01)
    assert "zhibiao-site-" in con.execute("SELECT current_setting('temp_directory')").fetchone()[0]


def duckdb_bytes(setting: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)\s*(\w+)", setting).groups()
    return float(number) * {"KiB": 2 ** 10, "MiB": 2 ** 20, "GiB": 2 ** 30, "KB": 1e3, "MB": 1e6, "GB": 1e9}[unit]


# ---------------------------------------------------------------- in the browser

def browser():
    if CHROMIUM is None:
        pytest.skip("no Chromium (apt-get install chromium; .ci/run does)")
    playwright = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install -e '.[test]')")
    return playwright.sync_playwright


@pytest.fixture(scope="module")
def chromium():
    sync_playwright = browser()
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Page:
    """A page opened from file://, with every console error and uncaught exception it raised."""

    def __init__(self, chromium, url: str):
        self.errors: list[str] = []
        self.page = chromium.new_page(viewport={"width": 1280, "height": 900})
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.errors.append(f"network: {r.url}") if not r.url.startswith(("file:", "data:")) else None)
        self.page.goto(url)
        self.page.wait_for_load_state("load")

    def canvas_marks(self) -> list[int]:
        """Coloured pixels of each chart canvas: the series' lines and points (axes, grid and labels are grey)."""
        return self.page.evaluate("""() => Array.from(document.querySelectorAll('.chart canvas')).map(c => {
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
            for (let i = 0; i < d.length; i += 4)
                if (d[i + 3] > 128 && Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 60) n++;
            return n; })""")


def walk(chromium, site: Path) -> dict:
    """What a person does: search the index, open an indicator and a region with charts, follow a figure to its
    sentence. Returns what was seen."""
    seen = {}
    index = Page(chromium, (site / "index.html").as_uri())
    rows = index.page.locator("#regions tbody tr")
    first_region = rows.first.locator("a").inner_text()
    index.page.fill("#search", first_region)
    seen["search"] = (rows.count(), index.page.locator("#regions tbody tr:visible").count())
    assert 1 <= seen["search"][1] < max(2, seen["search"][0]) or seen["search"][0] == 1
    assert index.errors == []

    indicator = chartable_indicator(site)
    page = Page(chromium, (site / "indicator" / f"{indicator}.html").as_uri())
    marks = page.canvas_marks()
    assert marks and max(marks) > 20, f"the chart of {indicator} drew nothing: {marks}"  # a dot is ~40 px
    assert page.page.locator("#facts-table tbody tr").count() > 0
    assert page.errors == [], page.errors
    seen["indicator"] = (indicator, marks)

    region = chartable_region(site)
    page = Page(chromium, (site / "region" / f"{region}.html").as_uri())
    marks = page.canvas_marks()
    assert marks and min(marks) > 20, f"a headline chart of region {region} drew nothing: {marks}"
    assert page.errors == [], page.errors
    seen["region"] = (region, marks)

    page = Page(chromium, (site / "indicator" / f"{indicator}.html").as_uri())
    link = page.page.locator("#facts-table tbody a").first
    written = link.inner_text()
    link.click()
    page.page.wait_for_load_state("load")
    page.page.wait_for_timeout(200)
    target = page.page.locator("mark:target")
    assert target.inner_text() == written
    sentence = page.page.locator(".s:has(mark:target)")
    assert sentence.evaluate("s => getComputedStyle(s).backgroundColor") == "rgb(255, 241, 168)"  # highlighted
    assert page.page.locator("#fact-card").is_visible() and written in page.page.locator("#fact-card").inner_text()
    box, view = target.bounding_box(), page.page.viewport_size
    assert 0 <= box["y"] <= view["height"], "the fact is not in view"
    assert page.errors == [], page.errors
    seen["fact"] = (written, sentence.inner_text()[:60])
    return seen


def chartable_indicator(site: Path) -> str:
    """The indicator whose page charts the most full-year figures (the page picks its regions the same way)."""
    best, most = None, 0
    for path in sorted((site / "indicator").glob("*.js")):
        data = json.loads(re.search(r"^ZB\.indicator\((.*)\);$", path.read_text(encoding="utf-8"), re.M).group(1))
        years = sum(1 for g in data["groups"] for f in g["facts"] if f[1] and re.fullmatch(r"\d{4}", f[1]))
        if years > most:
            best, most = path.stem, years
    assert best, "no indicator has a full-year figure"
    return best


def chartable_region(site: Path) -> str:
    return max((p for p in (site / "region").glob("*.html")),
               key=lambda p: (p.read_text(encoding="utf-8").count('class="chart"'), p.stem)).stem


def test_a_person_walks_the_sample_site_in_chromium(chromium, site):
    seen = walk(chromium, site)
    print("\nbrowser walk:", seen)


@pytest.mark.skipif(not os.environ.get("ZHIBIAO_SITE_DIR"), reason="set ZHIBIAO_SITE_DIR to walk another site")
def test_a_person_walks_another_site_in_chromium(chromium):
    seen = walk(chromium, Path(os.environ["ZHIBIAO_SITE_DIR"]))
    print("\nbrowser walk:", seen)
