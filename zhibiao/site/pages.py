"""The site's pages as HTML text: index, about, one page per indicator, per region and per document.

Charts are drawn in the browser by static/site.js (with the vendored uPlot) from data written beside
each page as a script (`file://` pages cannot fetch JSON, but they can load a script). Everything a
person reads is also in plain HTML tables, so the numbers are there without JavaScript too.
"""
from __future__ import annotations

import json
from bisect import bisect_right
from html import escape
from importlib.resources import files
from string import Template

STATUS_ZH = {"actual": "实际 actual", "estimate": "预计 estimate", "target": "目标 target"}
NO_REGION = "unknown"  # page name for facts whose region could not be placed


def _template() -> Template:
    return Template(files("zhibiao.site").joinpath("templates/page.html").read_text(encoding="utf-8"))


PAGE = _template()


def page(*, title: str, body: str, root: str, version: str, licence: str, kind: str, scripts: str = "") -> str:
    return PAGE.substitute(title=escape(title), body=body, root=root, version=escape(version),
                           licence=escape(licence), kind=kind, scripts=scripts)


def script_data(call: str, data) -> str:
    """`<script>call(data)</script>` with data as JSON that cannot close the script element early."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"<script>{call}({text});</script>"


def e(value) -> str:
    return "" if value is None else escape(str(value))


def region_href(code: str | None) -> str:
    return f"region/{code or NO_REGION}.html"


def doc_href(doc_id: str) -> str:
    return f"doc/{doc_id}.html"


def fact_href(doc_id: str, fact_id: str) -> str:
    return f"doc/{doc_id}.html#f-{fact_id}"


def _count(n: int | None) -> str:
    return "" if n is None else f"{n:,}"


def fmt_number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if abs(value) >= 1e4 or float(value).is_integer() else f"{value:,.4g}"


# ---------------------------------------------------------------- index

def index_body(meta: dict, regions: list[dict], indicators: list[dict], documents: list[dict]) -> str:
    """Search box over three lists; each row carries its searchable words in data-q."""
    region_rows = "".join(
        f'<tr data-q="{e(r["name"])} {e(r["code"])} {e(r["province"])}"><td><a href="{region_href(r["code"])}">'
        f'{e(r["name"])}</a></td><td>{e(r["level"])}</td><td>{e(r["province"])}</td><td class="n">{r["facts"]:,}</td>'
        f'<td class="n">{r["documents"]:,}</td></tr>' for r in regions)
    indicator_rows = "".join(
        f'<tr data-q="{e(i["name_zh"])} {e(i["name_en"])} {e(i["code"])} {e(i["synonyms"])}"><td><a href="indicator/'
        f'{e(i["code"])}.html">{e(i["name_zh"])}</a></td><td>{e(i["name_en"])}</td><td><code>{e(i["code"])}</code></td>'
        f'<td class="n">{i["facts"]:,}</td><td class="n">{i["regions"]:,}</td></tr>' for i in indicators)
    document_rows = "".join(
        f'<tr data-q="{e(d["title"])} {e(d["region"])} {e(d["source_file"])} {e(d["published_date"])}"><td>'
        f'<a href="{doc_href(d["doc_id"])}">{e(d["title"] or d["source_file"])}</a></td><td>{e(d["region"])}</td>'
        f'<td>{e(d["published_date"])}</td><td class="n">{d["facts"]:,}</td></tr>' for d in documents)
    return f"""
<h1>{e(meta["title"])}</h1>
<p class="lede">{e(meta["description"])}</p>
<p class="counts">{meta["facts"]:,} facts from {meta["documents"]:,} documents · {len(regions):,} regions ·
{len(indicators):,} indicators with a code · package {e(meta["version"])} ({e(meta["created"])}) ·
<a href="about.html">licence, sources and validation</a></p>
<input id="search" type="search" placeholder="Search regions, indicators, documents — 搜索地区、指标、文件" autofocus>
<p id="search-count" class="muted"></p>
<section id="regions"><h2>Regions 地区 <span class="muted">({len(regions):,})</span></h2>
<table class="list"><thead><tr><th>region</th><th>level</th><th>province</th><th>facts</th><th>documents</th></tr></thead>
<tbody>{region_rows}</tbody></table></section>
<section id="indicators"><h2>Indicators 指标 <span class="muted">({len(indicators):,})</span></h2>
<p class="muted">Indicators of the indicator dictionary, comparable across regions. Facts whose indicator has no code
are on their documents' pages.</p>
<table class="list"><thead><tr><th>indicator</th><th>English</th><th>code</th><th>facts</th><th>regions</th></tr></thead>
<tbody>{indicator_rows}</tbody></table></section>
<section id="documents"><h2>Documents 文件 <span class="muted">({len(documents):,})</span></h2>
<table class="list"><thead><tr><th>title</th><th>region</th><th>published</th><th>facts</th></tr></thead>
<tbody>{document_rows}</tbody></table></section>
"""


# ---------------------------------------------------------------- about

def about_body(descriptor: dict, files_checked: list[dict], table_rows: dict[str, int], rejected: list[dict]) -> str:
    licences = ", ".join(f'<a href="{e(lic.get("path", ""))}">{e(lic.get("title") or lic.get("name"))}</a>'
                         for lic in descriptor.get("licenses", []))
    ok = all(f["ok"] for f in files_checked)
    verdict = ("<p class=\"ok\">Valid. The package passed zhibiao's publish gate when it was published (every row "
               "of every table checked against its Table Schema, primary and foreign keys across tables, each "
               "Parquet twin proved equal to its CSV table, new rows checked by frictionless): a package that fails "
               "is never published. When this site was built, every file still had the size and sha256 recorded "
               "in datapackage.json.</p>" if ok else
               "<p class=\"bad\">Files changed since publishing: the files marked ✗ below no longer have the sha256 "
               "recorded in datapackage.json. Run <code>frictionless validate datapackage.json</code>.</p>")
    resource_rows = "".join(
        f'<tr><td>{e(f["name"])}</td><td><code>{e(f["path"])}</code></td><td>{e(f["format"])}</td>'
        f'<td class="n">{_count(f["bytes"])}</td>'
        f'<td class="n">{table_rows.get(f["name"].removesuffix("-parquet"), 0):,}</td>'
        f'<td>{"✓" if f["ok"] else "✗"}</td></tr>' for f in files_checked)
    sources = descriptor.get("sources", [])
    source_rows = "".join(f'<tr><td>{e(s.get("title"))}</td><td><code>{e(s.get("sha256"))}</code></td></tr>'
                          for s in sources)
    rejected_rows = "".join(f'<tr><td>{e(r["source_path"])}</td><td>{e(r["reason"])}</td></tr>' for r in rejected)
    contributors = ", ".join(e(c.get("title")) for c in descriptor.get("contributors", []))
    return f"""
<h1>About this package</h1>
<table class="kv">
<tr><th>title</th><td>{e(descriptor.get("title"))}</td></tr>
<tr><th>name</th><td><code>{e(descriptor.get("name"))}</code></td></tr>
<tr><th>version</th><td>{e(descriptor.get("version"))}</td></tr>
<tr><th>created</th><td>{e(descriptor.get("created"))}</td></tr>
<tr><th>licence</th><td>{licences}</td></tr>
<tr><th>made by</th><td>{contributors}</td></tr>
<tr><th>sources</th><td>{len(sources):,} raw files (listed below with their sha256)</td></tr>
</table>
<h2>Validation</h2>
{verdict}
<p>Check it yourself: <code>frictionless validate datapackage.json</code> in the package folder.</p>
<table class="list"><thead><tr><th>resource</th><th>file</th><th>format</th><th>bytes</th><th>rows</th><th>sha256</th></tr>
</thead><tbody>{resource_rows}</tbody></table>
<h2>Files that could not be read <span class="muted">({len(rejected):,})</span></h2>
<table class="list"><thead><tr><th>file</th><th>reason</th></tr></thead><tbody>{rejected_rows}</tbody></table>
<h2>Sources <span class="muted">({len(sources):,})</span></h2>
<table class="list"><thead><tr><th>file</th><th>sha256</th></tr></thead><tbody>{source_rows}</tbody></table>
"""


# ---------------------------------------------------------------- indicator

def indicator_body(indicator: dict) -> str:
    """The page's frame; the chart, the region picker and the table are drawn by site.js from the data script."""
    synonyms = f'<p class="muted">Also written: {e(indicator["synonyms"])}</p>' if indicator.get("synonyms") else ""
    return f"""
<h1>{e(indicator["name_zh"])} <span class="en">{e(indicator["name_en"])}</span> <code>{e(indicator["code"])}</code></h1>
<p>{e(indicator.get("description"))}</p>{synonyms}
<p class="counts">{indicator["facts"]:,} facts in {indicator["regions"]:,} regions.
Solid line and filled dots: actual; dashed: target; dotted: estimate. Charts show full-year figures (one per
region, year and status: from the latest document); the table lists every fact. Click a point or a value to see
its sentence.</p>
<div class="picker"><input id="region-filter" type="search" placeholder="Find a region — 地区">
<div id="region-list"></div></div>
<div id="charts"></div>
<h2>Facts <span id="table-count" class="muted"></span></h2>
<div id="facts-table"></div>
<noscript><p>The chart and table need JavaScript; every fact is also on its document's page.</p></noscript>
"""


# ---------------------------------------------------------------- region

def region_body(region: dict, headline: list[dict], pairs: list[dict], indicators: list[dict],
                documents: list[dict]) -> str:
    headline_html = "".join(_headline_block(i, h) for i, h in enumerate(headline)) or \
        '<p class="muted">No full-year figures of the dictionary\'s indicators for this region.</p>'
    pair_rows = "".join(_pair_row(p) for p in pairs)
    pairs_html = (f"""<table class="list"><thead><tr><th>indicator</th><th>measure</th><th>period</th>
<th>target 目标</th><th>actual 实际</th><th>actual − target</th></tr></thead><tbody>{pair_rows}</tbody></table>"""
                  if pairs else '<p class="muted">No indicator has both a target and an actual figure for the same '
                                'period here.</p>')
    indicator_rows = "".join(
        f'<tr><td><a href="../indicator/{e(i["code"])}.html#r={e(region["code"])}">{e(i["name_zh"])}</a></td>'
        f'<td>{e(i["name_en"])}</td><td class="n">{i["facts"]:,}</td><td>{e(i["periods"])}</td></tr>'
        for i in indicators)
    document_rows = "".join(
        f'<tr><td><a href="../{doc_href(d["doc_id"])}">{e(d["title"] or d["source_file"])}</a></td>'
        f'<td>{e(d["published_date"])}</td><td class="n">{d["facts"]:,}</td></tr>' for d in documents)
    where = " · ".join(e(x) for x in (region.get("level"), region.get("province")) if x)
    return f"""
<h1>{e(region["name"])} <span class="muted">{where}</span></h1>
<p class="counts">{region["facts"]:,} facts from {len(documents):,} documents.</p>
<h2>Headline indicators over time</h2>
<p class="muted">Solid: actual; dashed: target; dotted: estimate. Full-year figures, one per year and status (from the
latest document). Click a point or a value to see its sentence.</p>
<div class="headline">{headline_html}</div>
<h2>Targets against actuals</h2>
<p class="muted">The same indicator, measure, unit and period, once as a target and once as achieved (from the latest
documents that give them).</p>
{pairs_html}
<h2>All indicators here <span class="muted">({len(indicators):,})</span></h2>
<table class="list"><thead><tr><th>indicator</th><th>English</th><th>facts</th><th>periods</th></tr></thead>
<tbody>{indicator_rows}</tbody></table>
<h2>Documents <span class="muted">({len(documents):,})</span></h2>
<table class="list"><thead><tr><th>title</th><th>published</th><th>facts</th></tr></thead><tbody>{document_rows}</tbody></table>
"""


def _headline_block(i: int, h: dict) -> str:
    rows = "".join(
        f'<tr class="st-{e(f["status"])}"><td>{e(f["period"])}</td><td>{e(STATUS_ZH.get(f["status"], f["status"]))}</td>'
        f'<td><a href="../{fact_href(f["doc_id"], f["fact_id"])}">{e(f["text"])}</a></td></tr>' for f in h["points"])
    return f"""<figure class="headline-chart"><figcaption><a href="../indicator/{e(h["code"])}.html">{e(h["name_zh"])}</a>
<span class="muted">{e(h["measure"])} · {e(h["unit"])}</span></figcaption>
<div class="chart" id="headline-{i}"></div>
<details><summary>figures</summary><table class="list small"><tbody>{rows}</tbody></table></details></figure>"""


def _pair_row(p: dict) -> str:
    diff = p["actual_value"] - p["target_value"]
    return (f'<tr><td><a href="../indicator/{e(p["code"])}.html">{e(p["name_zh"])}</a></td><td>{e(p["measure"])} · '
            f'{e(p["unit"])}</td><td>{e(p["period"])}</td>'
            f'<td><a href="../{fact_href(p["target_doc"], p["target_fact"])}">{e(p["target_text"])}</a></td>'
            f'<td><a href="../{fact_href(p["actual_doc"], p["actual_fact"])}">{e(p["actual_text"])}</a></td>'
            f'<td class="n {"up" if diff >= 0 else "down"}">{"+" if diff >= 0 else ""}{fmt_number(diff)}</td></tr>')


# ---------------------------------------------------------------- document

def document_body(doc: dict, facts: list[tuple]) -> str:
    """The cleaned text, each fact marked (id f-<fact_id>) inside its sentence (class s); CSS highlights the
    sentence of the fact named in the address (#f-…), and site.js shows that fact's fields above the text."""
    meta = " · ".join(e(x) for x in (doc.get("region"), doc.get("published_date"), doc.get("outlet")) if x)
    region_link = (f' · <a href="../{region_href(doc["region_code"])}">{e(doc["region"])}</a>'
                   if doc.get("region_code") else "")
    return f"""
<h1>{e(doc["title"] or doc["source_file"])}</h1>
<p class="muted">{meta}{region_link} · file <code>{e(doc["source_file"])}</code> · {len(facts):,} facts ·
sha256 <code>{e(doc.get("sha256"))}</code></p>
<div id="fact-card" hidden></div>
<div class="doctext">{marked_text(doc["text"] or "", facts)}</div>
"""


def marked_text(text: str, facts: list[tuple]) -> str:
    """HTML of `text` with sentences (spans of class s) and facts (marks) in it.

    `facts`: (fact_id, char_start, char_end, sentence, title) sorted by char_start. A fact's sentence is found
    in the text around the fact; sentences that overlap make one block. A fact overlapping the one before it
    keeps its anchor (an empty mark), so that its link still lands on its sentence.
    """
    blocks = _sentence_blocks(text, facts)
    starts = [start for start, _ in blocks]
    members: list[list[tuple]] = [[] for _ in blocks]
    for fact in facts:  # a fact lies inside its sentence, so inside the block its start is in
        members[bisect_right(starts, fact[1]) - 1].append(fact)
    out, pos = [], 0
    for (start, end), inside in zip(blocks, members):
        out.append(escape(text[pos:start]) + '<span class="s">')
        pos = start
        for fact_id, f_start, f_end, _, title in inside:
            if f_start < pos:
                out.append(f'<mark id="f-{e(fact_id)}" class="f overlap" title="{e(title)}"></mark>')
                continue
            f_end = min(f_end, end)
            out.append(escape(text[pos:f_start]) +
                       f'<mark id="f-{e(fact_id)}" class="f" title="{e(title)}">{escape(text[f_start:f_end])}</mark>')
            pos = f_end
        out.append(escape(text[pos:end]) + "</span>")
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def _sentence_blocks(text: str, facts: list[tuple]) -> list[tuple[int, int]]:
    spans = []
    for _, start, end, sentence, _ in facts:
        spans.append(_sentence_span(text, start, end, sentence))
    spans.sort()
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e_) for s, e_ in merged]


def _sentence_span(text: str, start: int, end: int, sentence: str | None) -> tuple[int, int]:
    """Where the fact's sentence lies in the text (the fact's own span when the sentence is not found there)."""
    if sentence:
        lo = max(0, end - len(sentence))
        at = text.find(sentence, lo, start + len(sentence))
        if at != -1 and at <= start and end <= at + len(sentence):
            return at, at + len(sentence)
    return start, end
