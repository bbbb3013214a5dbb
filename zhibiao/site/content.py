"""What the site shows, read from the package: lists for the index, series per indicator, a region's headline
figures and its targets against actuals, and each document with its facts.

Everything is one SQL pass per kind of page over the package's tables; documents are streamed one at a
time, so memory does not grow with the corpus's text.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterator

import duckdb

# Indicators a region page charts first, when the region has full-year figures for them; the page fills up
# with the region's other most-reported indicators to HEADLINE_COUNT.
HEADLINE_FIRST = ("gdp", "general_budget_revenue", "fixed_asset_investment", "retail_sales", "industry_va_above_scale",
                  "urban_disposable_income", "rural_disposable_income", "foreign_trade")
HEADLINE_COUNT = 8
FULL_YEAR = r"^[0-9]{4}$"
NO_REGION_NAME = "地区不明 (region not placed)"


def fact_region_sql(con: duckdb.DuckDBPyConnection) -> str:
    """The facts view with each fact's region: the fact's own region columns when the package has them,
    else its document's."""
    columns = {r[0] for r in con.execute("DESCRIBE facts").fetchall()}
    if {"region", "region_code"} <= columns:
        return ("SELECT f.*, d.published_date, d.title AS doc_title FROM facts f JOIN documents d USING (doc_id)")
    return ("SELECT f.*, d.region, d.region_code, d.published_date, d.title AS doc_title "
            "FROM facts f JOIN documents d USING (doc_id)")


def prepare(con: duckdb.DuckDBPyConnection) -> None:
    """Views the queries below share: facts with regions, and the coded facts ordered for charts."""
    con.execute(f"CREATE OR REPLACE VIEW placed AS {fact_region_sql(con)}")


def index_lists(con) -> tuple[list[dict], list[dict], list[dict]]:
    regions = _dicts(con, f"""
        SELECT coalesce(p.region_code, '') AS code, coalesce(any_value(r.name), any_value(p.region), '{NO_REGION_NAME}') AS name,
               any_value(r.level) AS level, any_value(r.province) AS province,
               count(*) AS facts, count(DISTINCT p.doc_id) AS documents
        FROM placed p LEFT JOIN regions r ON r.code = p.region_code
        GROUP BY 1 ORDER BY facts DESC, code""")
    indicators = _dicts(con, """
        SELECT i.code, i.name_zh, i.name_en, i.synonyms, i.description,
               count(p.fact_id) AS facts, count(DISTINCT p.region_code) AS regions
        FROM indicators i JOIN placed p ON p.indicator_code = i.code
        GROUP BY ALL ORDER BY facts DESC, i.code""")
    documents = _dicts(con, """
        SELECT d.doc_id, d.title, d.source_file, d.published_date, d.region, d.region_code, count(f.fact_id) AS facts
        FROM documents d LEFT JOIN facts f USING (doc_id)
        GROUP BY ALL ORDER BY d.region, d.published_date DESC NULLS LAST, d.source_file, d.doc_id""")
    return regions, indicators, documents


def table_rows(con) -> dict[str, int]:
    tables = [r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main'").fetchall()]
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchall()[0][0] for t in tables}


def rejected_files(con) -> list[dict]:
    try:
        return _dicts(con, "SELECT source_path, reason FROM rejected_files ORDER BY source_path")
    except duckdb.CatalogException:
        return []


# ---------------------------------------------------------------- indicator pages

FACT_COLUMNS = ("region_code", "period", "status", "value", "qualifier", "text", "doc_id", "fact_id", "measure",
                "unit", "published_date")


def indicator_series(con) -> Iterator[tuple[str, dict]]:
    """(code, data) per indicator: its facts grouped by measure and unit, and the regions' names.

    Within a group, facts come in the order a chart picks them: region, period, status, then the latest
    document first (a later report restates or revises a figure) and the fact id.
    """
    rows = con.execute(f"""
        SELECT p.indicator_code, coalesce(p.region_code, '') AS region_code, p.period, p.status, p.value, p.qualifier,
               p.text, p.doc_id, p.fact_id, p.measure, p.unit, p.published_date::VARCHAR,
               coalesce(p.region, '{NO_REGION_NAME}') AS region
        FROM placed p WHERE p.indicator_code IS NOT NULL
        ORDER BY p.indicator_code, p.measure, p.unit, region_code, p.period NULLS LAST, p.status,
                 p.published_date DESC NULLS LAST, p.fact_id""").fetchall()
    by_code: dict[str, list[tuple]] = defaultdict(list)
    for row in rows:
        by_code[row[0]].append(row)
    for code, facts in by_code.items():
        groups: dict[tuple[str, str], list] = {}
        names: dict[str, str] = {}
        for (_, region_code, period, status, value, qualifier, text, doc_id, fact_id, measure, unit, published,
             region) in facts:
            names.setdefault(region_code, region)
            groups.setdefault((measure, unit), []).append(
                [region_code, period, status, value, qualifier, text, doc_id, fact_id, published])
        ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        yield code, {"code": code, "regions": names,
                     "groups": [{"measure": m, "unit": u, "facts": f} for (m, u), f in ordered]}


# ---------------------------------------------------------------- region pages

def region_pages(con, indicators: dict[str, dict]) -> Iterator[tuple[dict, list, list, list, list]]:
    """(region, headline, target/actual pairs, indicators, documents) per region."""
    regions = {r["code"]: r for r in index_lists_regions(con)}
    chosen = _first_per_year(con)
    pairs = _pairs(con)
    per_indicator = defaultdict(list)
    for row in _dicts(con, """
            SELECT coalesce(region_code, '') AS region_code, indicator_code AS code, count(*) AS facts,
                   min(period) || CASE WHEN min(period) <> max(period) THEN ' … ' || max(period) ELSE '' END AS periods
            FROM placed WHERE indicator_code IS NOT NULL GROUP BY ALL ORDER BY region_code, facts DESC, code"""):
        info = indicators.get(row["code"], {})
        per_indicator[row["region_code"]].append({**row, "name_zh": info.get("name_zh", row["code"]),
                                                  "name_en": info.get("name_en", "")})
    documents = defaultdict(list)
    for row in _dicts(con, """
            SELECT coalesce(p.region_code, '') AS region_code, p.doc_id, any_value(p.doc_title) AS title,
                   any_value(d.source_file) AS source_file, any_value(p.published_date)::VARCHAR AS published_date,
                   count(*) AS facts
            FROM placed p JOIN documents d USING (doc_id) GROUP BY ALL
            ORDER BY region_code, published_date DESC NULLS LAST, source_file, doc_id"""):
        documents[row["region_code"]].append(row)
    for code, region in regions.items():
        headline = _headline(chosen.get(code, {}), per_indicator.get(code, []), indicators)
        yield region, headline, pairs.get(code, []), per_indicator.get(code, []), documents.get(code, [])


def index_lists_regions(con) -> list[dict]:
    return _dicts(con, f"""
        SELECT coalesce(p.region_code, '') AS code, coalesce(any_value(r.name), any_value(p.region), '{NO_REGION_NAME}') AS name,
               any_value(r.level) AS level, any_value(r.province) AS province, count(*) AS facts
        FROM placed p LEFT JOIN regions r ON r.code = p.region_code GROUP BY 1 ORDER BY code""")


def _first_per_year(con) -> dict[str, dict[tuple, list[dict]]]:
    """region → (indicator, measure, unit) → the chosen full-year fact per (year, status), by year."""
    rows = _dicts(con, f"""
        SELECT * FROM (
            SELECT coalesce(region_code, '') AS region_code, indicator_code AS code, measure, unit, period, status, value,
                   text, doc_id, fact_id,
                   row_number() OVER (PARTITION BY region_code, indicator_code, measure, unit, period, status
                                      ORDER BY published_date DESC NULLS LAST, fact_id) AS rank
            FROM placed WHERE indicator_code IS NOT NULL AND regexp_matches(period, '{FULL_YEAR}'))
        WHERE rank = 1 ORDER BY region_code, code, measure, unit, period, status""")
    chosen: dict[str, dict[tuple, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        chosen[row["region_code"]][(row["code"], row["measure"], row["unit"])].append(row)
    return chosen


def _headline(chosen: dict[tuple, list[dict]], counts: list[dict], indicators: dict[str, dict]) -> list[dict]:
    """Up to HEADLINE_COUNT charts: HEADLINE_FIRST indicators first, then the region's most reported ones;
    per indicator its largest measure/unit series (at least two years, or a target beside an actual)."""
    order = {code: i for i, code in enumerate(HEADLINE_FIRST)}
    by_code: dict[str, list[tuple]] = defaultdict(list)
    for key, points in chosen.items():
        if len({p["period"] for p in points}) >= 2 or len({p["status"] for p in points}) >= 2:
            by_code[key[0]].append((key, points))
    rank = {c["code"]: i for i, c in enumerate(counts)}
    codes = sorted(by_code, key=lambda c: (order.get(c, len(order)), rank.get(c, 1 << 30), c))[:HEADLINE_COUNT]
    headline = []
    for code in codes:
        key, points = max(by_code[code], key=lambda kp: (len(kp[1]), kp[0][1] == "level", kp[0]))
        info = indicators.get(code, {})
        headline.append({"code": code, "name_zh": info.get("name_zh", code), "measure": key[1], "unit": key[2],
                         "points": points})
    return headline


def _pairs(con) -> dict[str, list[dict]]:
    rows = _dicts(con, """
        WITH chosen AS (
            SELECT coalesce(region_code, '') AS region_code, indicator_code, measure, unit, period, status, value, text,
                   doc_id, fact_id,
                   row_number() OVER (PARTITION BY region_code, indicator_code, measure, unit, period, status
                                      ORDER BY published_date DESC NULLS LAST, fact_id) AS rank
            FROM placed WHERE indicator_code IS NOT NULL AND period IS NOT NULL AND status IN ('target', 'actual'))
        SELECT t.region_code, t.indicator_code AS code, i.name_zh, t.measure, t.unit, t.period,
               t.value AS target_value, t.text AS target_text, t.doc_id AS target_doc, t.fact_id AS target_fact,
               a.value AS actual_value, a.text AS actual_text, a.doc_id AS actual_doc, a.fact_id AS actual_fact
        FROM chosen t JOIN chosen a USING (region_code, indicator_code, measure, unit, period)
        JOIN indicators i ON i.code = t.indicator_code
        WHERE t.status = 'target' AND a.status = 'actual' AND t.rank = 1 AND a.rank = 1
        ORDER BY t.region_code, t.period DESC, code, t.measure, t.unit""")
    pairs = defaultdict(list)
    for row in rows:
        pairs[row["region_code"]].append(row)
    return pairs


# ---------------------------------------------------------------- document pages

def documents_with_facts(con) -> Iterator[tuple[dict, list[tuple]]]:
    """Each document (with its text) and its facts as (fact_id, start, end, sentence, title), one at a time."""
    # two cursors: one DuckDB connection keeps a single open result
    facts = con.cursor().execute("""
        SELECT doc_id, fact_id, char_start, char_end, sentence,
               concat_ws(' · ', text, CAST(value AS VARCHAR) || ' ' || unit, measure, qualifier, status, period,
                         indicator, indicator_code) AS title
        FROM facts ORDER BY doc_id, char_start, char_end, fact_id""")
    docs = con.cursor().execute("""
        SELECT doc_id, title, source_file, sha256, published_date::VARCHAR AS published_date, outlet, region,
               region_code, text FROM documents ORDER BY doc_id""")
    names = [d[0] for d in docs.description]
    pending = _batches(facts)
    current = next(pending, None)
    while (row := docs.fetchone()) is not None:
        doc = dict(zip(names, row))
        own: list[tuple] = []
        while current is not None and current[0] < doc["doc_id"]:
            current = next(pending, None)
        while current is not None and current[0] == doc["doc_id"]:
            own.append(current[1:])
            current = next(pending, None)
        yield doc, own


def _batches(cursor, size: int = 50_000) -> Iterator[tuple]:
    while rows := cursor.fetchmany(size):
        yield from rows


def _dicts(con, sql: str) -> list[dict]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
