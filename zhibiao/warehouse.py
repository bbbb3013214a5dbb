"""The DuckDB warehouse: layers, tables generated from the pandera models, and analysts' views.

Layers, dbt style:
- raw.files        every file ever seen in the raw folder, with its sha256 and what became of it
- staging.*        cleaned documents, validated facts, rejected facts and rejected files, per load
- marts.*          fct_facts, fct_set_aside, dim_documents, dim_units, dim_indicators, dim_regions, dim_runs,
                   with primary and foreign keys declared; rebuilt from staging inside each load's transaction
- main views       documents, facts, rejects, rejected_files, units, indicators, regions, runs, conflicts,
                   indicator_series, latest_figures, indicator_panel, targets_vs_actuals (what analysts query)

DuckDB allows one writing process per file, or readers only; `connect` waits for the file and names the process
that holds it (`WarehouseBusy`), and turns a file that is not a DuckDB database (or that DuckDB cannot open for
another reason) into `WarehouseUnreadable`. `run_query` is what `zhibiao query` runs: read-only and locked down.
"""
from __future__ import annotations

import logging
import re
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import duckdb

from schemas.base import table_metadata
from schemas.ddl import column_types, create_table, quote
from schemas.models import Documents, Facts, Indicators, Regions, RejectedFiles, Rejects, Runs, Units

RUN_ID = '"run_id" VARCHAR NOT NULL'

# model → marts table; order is parents first
MARTS = {
    Regions: "marts.dim_regions",
    Units: "marts.dim_units",
    Indicators: "marts.dim_indicators",
    Documents: "marts.dim_documents",
    Facts: "marts.fct_facts",
}
STAGING = {
    Documents: "staging.documents",
    Facts: "staging.facts",
    Rejects: "staging.rejects",
    RejectedFiles: "staging.rejected_files",
}
RAW_FILES_DDL = """
CREATE TABLE IF NOT EXISTS raw.files (
    source_path VARCHAR PRIMARY KEY,
    source_file VARCHAR NOT NULL,
    sha256 VARCHAR,
    bytes BIGINT,
    outcome VARCHAR NOT NULL,      -- document | rejected | duplicate | removed
    doc_id VARCHAR,
    fingerprint VARCHAR NOT NULL,  -- code version that read it: a change re-reads every file
    first_run_id VARCHAR NOT NULL,
    last_run_id VARCHAR NOT NULL,
    removed_run_id VARCHAR
)"""


class WarehouseError(RuntimeError):
    """The warehouse file cannot be opened; the message says why, in a person's words."""


class WarehouseBusy(WarehouseError):
    """Another process has the warehouse file open in a way that keeps this connection out."""


class WarehouseUnreadable(WarehouseError):
    """The file is not a DuckDB database, or DuckDB cannot open it (another version, a damaged file)."""


class QueryRefused(ValueError):
    """SQL that `zhibiao query` does not run: it only reads the warehouse."""


WAIT_SECONDS = 600.0  # how long a pipeline step waits for another process to close the warehouse
POLL_SECONDS = 0.25
# `zhibiao query` reads the warehouse and nothing else: no files outside it (COPY, read_csv, glob, ATTACH),
# no extension install or load, and no setting can be changed back (lock_configuration comes last).
QUERY_CONFIG = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "allow_persistent_secrets": False,
    "lock_configuration": True,
}
QUERY_STATEMENTS = {"SELECT", "EXPLAIN", "PRAGMA", "CALL", "MULTI"}  # MULTI: PIVOT
DIRECT_ACCESS_HINT = ("to do more, open the warehouse with DuckDB directly, outside zhibiao "
                      "(e.g. `duckdb -readonly {path}`, or duckdb.connect('{path}', read_only=True) in Python)")
_log = logging.getLogger(__name__)


@contextmanager
def connect(path: Path | str, *, read_only: bool = False, wait: float = WAIT_SECONDS,
            config: dict | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the warehouse. While another process keeps it out (DuckDB: one writing process, or any number of
    readers), wait up to `wait` seconds, saying once who holds it; then raise WarehouseBusy naming that
    process. A file DuckDB cannot open for another reason raises WarehouseUnreadable (one line naming the file)."""
    path = Path(path)
    if read_only and not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `zhibiao run` first")
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline, told = time.monotonic() + wait, False
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only, config=config or {})
            break
        except duckdb.IOException as exc:
            error = open_error(path, exc, read_only=read_only)
            if not isinstance(error, WarehouseBusy) or time.monotonic() >= deadline:
                raise error from None
            if not told:
                _log.warning("%s Waiting up to %d s.", error, wait)
                told = True
            time.sleep(POLL_SECONDS)
    try:
        yield con
    finally:
        con.close()


def open_error(path: Path, exc: duckdb.IOException, *, read_only: bool = True) -> WarehouseError:
    """What an IOException from duckdb.connect means: a lock conflict names the process that holds the file."""
    message = str(exc).removeprefix("IO Error: ")
    if "Could not set lock" in message or "Conflicting lock" in message:
        holder = _lock_holder(message)
        if read_only:
            return WarehouseBusy(f"the warehouse {path} is being written by {holder}; DuckDB lets only one "
                                 "process open it while it writes. Try again when it ends.")
        return WarehouseBusy(f"the warehouse {path} is open in {holder}; DuckDB lets a process write it only "
                             "when no other process has it open. Try again when it ends.")
    if "not a valid DuckDB database" in message:
        return WarehouseUnreadable(f"{path} is not a DuckDB database (give --warehouse the .duckdb file a run made)")
    return WarehouseUnreadable(f"DuckDB cannot open the warehouse {path}: {message.splitlines()[0]}")


def _lock_holder(message: str) -> str:
    """Who holds the conflicting lock, from DuckDB's message: 'a zhibiao run (process 12)', 'process 12 (duckdb)'."""
    match = re.search(r"\(PID (\d+)\)", message)
    return process_name(int(match.group(1))) if match else "another process"


def process_name(pid: int) -> str:
    """A process as a person would name it: 'a zhibiao query (process 12)', else its command line."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().decode("utf-8", "replace").split("\0")
    except OSError:
        return f"process {pid}"
    for i, arg in enumerate(args):
        command = next((a for a in args[i + 1:] if not a.startswith("-")), None)  # past options such as --debug
        if "zhibiao" in Path(arg).name and command in ("run", "query", "publish", "serve"):
            return f"a zhibiao {command} (process {pid})"
    shown = " ".join(" ".join(a.split()) for a in args if a)  # one line, whatever the arguments hold
    return f"process {pid} ({shown[:60] + '…' if len(shown) > 60 else shown})"


def run_query(path: Path | str, sql: str, *, wait: float = 0.0) -> tuple[list[str], list[tuple]]:
    """Run read-only SQL on the warehouse, locked down: (column names, rows) of the last statement.

    The connection is read-only, with DuckDB's external access off and its configuration locked, and only
    statements that read are run; anything else raises QueryRefused with a hint to use DuckDB directly."""
    with connect(path, read_only=True, wait=wait, config=QUERY_CONFIG) as con:
        try:
            kinds = [s.type.name for s in con.extract_statements(sql)]
        except duckdb.ParserException:
            kinds = []  # executing it reports the syntax error
        refused = sorted({k for k in kinds if k not in QUERY_STATEMENTS})
        if refused:
            raise QueryRefused(f"zhibiao query only reads the warehouse; it does not run {', '.join(refused)} "
                               f"statements: {DIRECT_ACCESS_HINT.format(path=path)}")
        try:
            cursor = con.execute(sql)
        except (duckdb.PermissionException, duckdb.InvalidInputException) as exc:
            if isinstance(exc, duckdb.PermissionException) or "configuration has been locked" in str(exc):
                raise QueryRefused(f"zhibiao query cannot touch files outside the warehouse, extensions or "
                                   f"settings ({str(exc).splitlines()[0]}): {DIRECT_ACCESS_HINT.format(path=path)}"
                                   ) from None
            raise
        names = [d[0] for d in cursor.description or []]
        return names, cursor.fetchall()


def ensure_layers(con: duckdb.DuckDBPyConnection) -> None:
    """Create schemas, raw/staging tables, the runs table and the views, where missing."""
    for schema in ("raw", "staging", "marts"):
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    con.execute(RAW_FILES_DDL)
    existing = {f"{s}.{t}" for s, t in con.execute(
        "SELECT schema_name, table_name FROM duckdb_tables()").fetchall()}
    if "marts.dim_runs" not in existing:
        con.execute(create_table(Runs, "marts.dim_runs"))
    elif "pid" not in columns(con, "marts.dim_runs"):  # a warehouse made before runs recorded their process
        con.execute("ALTER TABLE marts.dim_runs ADD COLUMN pid BIGINT")
    for model, table in STAGING.items():
        if table not in existing:
            con.execute(create_table(model, table, extra_columns=(RUN_ID,)))
        else:
            _add_missing_columns(con, model, table)
    if "marts.fct_facts" not in existing:
        create_marts(con)
    elif "marts.fct_set_aside" not in existing or not _sets_aside_every_reason(con):
        # a warehouse made before figures set aside were kept as a table, or before growths after inflation or restatements
        con.execute("DROP VIEW IF EXISTS main.facts")  # it may name the table of the day before
        con.execute("DROP TABLE IF EXISTS marts.fct_bounds_met")
        con.execute("DROP TABLE IF EXISTS marts.fct_set_aside")
        con.execute(SET_ASIDE_DDL)
        fill_set_aside(con)
    for model, table in MARTS.items():
        _add_missing_columns(con, model, table)
    create_views(con)


def mart_references() -> dict[str, str]:
    return {table_metadata(model)["name"]: table for model, table in MARTS.items()}


# Figures set aside in the `facts` view, so that "the value of X" has one answer:
# - a bound of what happened (粮食产量超过1.2万亿斤, 生产总值突破4万亿元大关) that an exact or rounded figure of the same
#   series meets (60194万吨, 预计达到4.45万亿元), or that a tighter bound of the same side in the same report implies
#   (失业率始终控制在3%以内 beside 控制在2.45%以内: 深圳 2011; a later report's bound is a restatement, and gives way to
#   the year's own); a bound no figure meets, or the tightest one given, keeps its code;
# - a rounded figure (1.37万亿斤, 增长7%左右) that a more precise figure of the same series falls within the rounding of
#   (68285万吨, 7.4%): the precise one answers.
# - a figure for a year stated again, differently, in a document a year or more after that year's own report
#   (常住人口城镇化率由63.2%提高到69.2% in 威海's 2021 report, beside 62.3% in its 2016 report; a growth revised
#   later; the year's own report may be delivered in its December): the year's own report answers, as
#   indicator_panel's earliest document does; `conflicts` still lists both.
# - a target for a year set years before it, where the year's own report sets another (SET_ASIDE_OVERTAKEN_AIM_SQL):
#   the year's own target answers, the aim keeps its code in restated_of;
# - a figure of another place quoted in a document about its own, where a document about that place gives the series
#   another value (SET_ASIDE_QUOTED_SQL): the place's own document answers; `conflicts` still lists both.
# Kept as a table, rebuilt with the marts: as a view's join it cost every analyst's query on `facts` a self-join of
# all facts (about 7 times slower on the corpus warehouse).
SET_ASIDE_DDL = """
CREATE TABLE marts.fct_set_aside (
    fact_id VARCHAR PRIMARY KEY REFERENCES marts.fct_facts (fact_id),
    reason VARCHAR NOT NULL CHECK (reason IN ('bound', 'rounding', 'basis', 'restated', 'quoted'))  -- what stands in its place
)"""
# a growth after inflation: 实际增长, 实际比上年下降, 扣除物价上涨因素, 剔除价格变动的因素 (RE2 syntax)
_REAL_CUE = "实际(?:比上年)?(?:增长|下降)|(?:扣除|剔除)[^，,。；;]{0,12}因素"
# a growth at current prices (名义增长8.7%, or …增长13.3%，扣除物价上涨因素，实际增长10.2%), one after inflation (the
# 10.2%) and one as a report states it (增长13.3%) are three figures
_BASIS = f"""CASE WHEN f.measure <> 'growth' THEN ''
     WHEN f.context LIKE '%名义%' THEN 'nominal'
     WHEN NOT regexp_matches(f.context, '{_REAL_CUE}') THEN 'stated'
     WHEN strpos(f.context, f.text) > length(regexp_extract(f.context, '^(.*?)(?:{_REAL_CUE})', 1))
     THEN 'real' ELSE 'nominal' END"""
# Statistics stated at constant prices (生产总值, 增加值): their real growth is the stated one.
_AT_CONSTANT_PRICES = "(i.name_zh LIKE '%生产总值%' OR i.name_zh LIKE '%增加值%')"
_SAME_SERIES = """e.indicator_code = b.indicator_code AND e.region_code = b.region_code AND e.period = b.period
 AND e.measure = b.measure AND e.unit = b.unit AND e.status IN ('actual', 'estimate') AND b.status IN ('actual', 'estimate')"""
# How far a figure may lie from the value it was written for, in the canonical unit: half its last written digit
# (1.37万亿斤: 0.005万亿斤; 7%: 0.5 points). An amount in 万 or 亿 written without decimals may also be cut short
# (154万 for 154.8万: a whole unit) or rounded to its trailing zeros (6500万千瓦 for 6458万, 900亿元 for 897亿: half of
# ten or a hundred of the unit); a number written whole below 万 may be rounded to its trailing zeros too (增加到400公里
# for 396公里), not cut short; rates are as written.
# half of ten or a hundred of the unit when the whole number ends on zeros (at most two count), else half a unit
_HALF_OF_ITS_ZEROS = """0.5 * pow(10, least(2, length(regexp_extract(text, '(\\d+)', 1))
                                             - length(rtrim(regexp_extract(text, '(\\d+)', 1), '0'))))"""
_ROUNDING = f"""abs(value / nullif(raw_value, 0)) * CASE
     WHEN regexp_matches(text, '\\d\\.\\d') THEN 0.5 * pow(10, -length(regexp_extract(text, '\\d\\.(\\d+)', 1)))
     WHEN measure <> 'level' OR unit = 'percent' THEN 0.5
     WHEN abs(value / nullif(raw_value, 0)) < 10000 THEN {_HALF_OF_ITS_ZEROS}
     ELSE greatest(1.0, {_HALF_OF_ITS_ZEROS}) END"""
SET_ASIDE_SQL = f"""
INSERT INTO marts.fct_set_aside
SELECT DISTINCT b.fact_id, 'bound'
FROM marts.fct_facts b JOIN marts.fct_facts e ON {_SAME_SERIES}
WHERE b.qualifier IN ('at_least', 'at_most')
  AND (e.qualifier IN ('exact', 'approx') OR e.qualifier = b.qualifier AND e.value <> b.value AND e.doc_id = b.doc_id)
  AND CASE b.qualifier WHEN 'at_least' THEN e.value >= b.value ELSE e.value <= b.value END
UNION
SELECT DISTINCT b.fact_id, 'rounding'
FROM (SELECT *, {_ROUNDING} AS rounding FROM marts.fct_facts WHERE qualifier IN ('exact', 'approx')) b
JOIN (SELECT *, {_ROUNDING} AS rounding FROM marts.fct_facts WHERE qualifier = 'exact') e ON {_SAME_SERIES}
WHERE e.rounding < b.rounding AND e.value <> b.value AND abs(e.value - b.value) <= b.rounding"""
# A growth after inflation (城镇居民人均可支配收入实际增长8.4%, in the State Council's report) where a figure of the same
# series is stated at current prices (比上年增长14.1%, in the communiqué): statistics whose headline is at current
# prices (incomes, retail sales, investment) answer with that one. Not for those stated at constant prices.
SET_ASIDE_BASIS_SQL = f"""
INSERT INTO marts.fct_set_aside
SELECT DISTINCT b.fact_id, 'basis'
FROM (SELECT f.*, {_BASIS} AS basis, {_ROUNDING} AS rounding FROM marts.fct_facts f
      JOIN marts.dim_indicators i ON i.code = f.indicator_code
      WHERE f.measure = 'growth' AND NOT {_AT_CONSTANT_PRICES}) b
JOIN (SELECT f.*, {_BASIS} AS basis, {_ROUNDING} AS rounding FROM marts.fct_facts f WHERE f.measure = 'growth') e
  ON {_SAME_SERIES}
WHERE b.basis = 'real' AND e.basis IN ('stated', 'nominal') AND abs(e.value - b.value) > greatest(e.rounding, b.rounding)
  AND b.fact_id NOT IN (SELECT fact_id FROM marts.fct_set_aside)"""


# When a report was delivered: its date line, else, for a report with no readable date, just after the last whole year
# it reports as done (甘肃 2013, no date line, reviews 2012: its 由2007年的2704亿元增加到… restates the 2669亿元 of the
# 2008 report)
_REVIEWED = """reviewed AS (SELECT doc_id, max(period_end) + INTERVAL 1 MONTH AS as_of FROM marts.fct_facts
                  WHERE status = 'actual' AND period_start = make_date(year(period_end), 1, 1)
                    AND period_end = make_date(year(period_end), 12, 31)
                  GROUP BY doc_id)"""
SET_ASIDE_RESTATED_SQL = f"""
INSERT INTO marts.fct_set_aside
WITH {_REVIEWED},
     dated AS (SELECT *, {_ROUNDING} AS rounding FROM (
                   SELECT f.*, coalesce(d.published_date, r.as_of) AS published_date
                   FROM marts.fct_facts f JOIN marts.dim_documents d USING (doc_id) LEFT JOIN reviewed r USING (doc_id)
                   WHERE coalesce(d.published_date, r.as_of) IS NOT NULL AND f.period_end IS NOT NULL
                     AND f.fact_id NOT IN (SELECT fact_id FROM marts.fct_set_aside)))
SELECT DISTINCT b.fact_id, 'restated'
FROM dated b JOIN dated e ON {_SAME_SERIES}
WHERE e.published_date > e.period_end - INTERVAL 1 MONTH AND e.published_date <= e.period_end + INTERVAL 18 MONTH
  AND b.published_date > e.published_date + INTERVAL 1 YEAR
  AND abs(e.value - b.value) > greatest(e.rounding, b.rounding)"""


# A target for a year set years before it (宁波 2017: 年自营进出口额达到7000亿元, the term's aim for 2021) where the
# year's own report, delivered from the December before it, sets another (宁波 2021: 进出口总额突破1万亿元): the year's
# own target answers; the earlier aim keeps its code in restated_of. (A report with no date line is dated as in
# SET_ASIDE_RESTATED_SQL, just after the last whole year it reports as done.)
SET_ASIDE_OVERTAKEN_AIM_SQL = f"""
INSERT INTO marts.fct_set_aside
WITH {_REVIEWED},
     dated AS (SELECT f.*, coalesce(d.published_date, r.as_of) AS published_date
               FROM marts.fct_facts f JOIN (SELECT doc_id, published_date FROM marts.dim_documents) d USING (doc_id)
               LEFT JOIN reviewed r USING (doc_id)
               WHERE coalesce(d.published_date, r.as_of) IS NOT NULL AND f.status = 'target'
                 AND f.indicator_code IS NOT NULL AND f.period_start IS NOT NULL
                 AND f.fact_id NOT IN (SELECT fact_id FROM marts.fct_set_aside))
SELECT DISTINCT b.fact_id, 'restated'
FROM dated b JOIN dated e
  ON e.indicator_code = b.indicator_code AND e.region_code = b.region_code AND e.period = b.period
 AND e.measure = b.measure AND e.unit = b.unit
WHERE e.published_date >= e.period_start - INTERVAL 1 MONTH AND e.published_date <= e.period_end
  AND b.published_date < e.period_start - INTERVAL 1 MONTH
  -- (a target is the number chosen, not a measure rounded: any difference is another target)
  AND abs(e.value - b.value) > 1e-6 * greatest(abs(e.value), abs(b.value))"""


# A figure of another place quoted in a document about its own (城市居民消费价格指数上涨3.4%，低于全国4.5%和全省3.7%的
# 水平 in 广州's 2008 report, an early national figure) where a document about that place itself gives the series
# another value (the 2007 communiqué: 4.8%): the place's own document answers.
SET_ASIDE_QUOTED_SQL = f"""
INSERT INTO marts.fct_set_aside
WITH placed AS (SELECT *, {_ROUNDING} AS rounding FROM (
                    SELECT f.*, d.region_code AS doc_region_code
                    FROM marts.fct_facts f JOIN (SELECT doc_id, region_code FROM marts.dim_documents) d USING (doc_id)
                    WHERE f.fact_id NOT IN (SELECT fact_id FROM marts.fct_set_aside)))
SELECT DISTINCT b.fact_id, 'quoted'
FROM placed b JOIN placed e ON {_SAME_SERIES}
WHERE b.region_code IS DISTINCT FROM b.doc_region_code AND e.region_code = e.doc_region_code
  AND abs(e.value - b.value) > greatest(e.rounding, b.rounding)"""


def _add_missing_columns(con: duckdb.DuckDBPyConnection, model, table: str) -> None:
    """A warehouse made before a column was added to a model (facts.shared_with) gets it, empty: the changed code
    fingerprint reads every file again on the next run, and the marts are rebuilt from them."""
    have = set(columns(con, table))
    for name, sql_type in column_types(model).items():
        if name not in have:
            con.execute(f"ALTER TABLE {table} ADD COLUMN {quote(name)} {sql_type}")


def _sets_aside_every_reason(con: duckdb.DuckDBPyConnection) -> bool:
    checks = con.execute("SELECT expression FROM duckdb_constraints() WHERE schema_name = 'marts' "
                         "AND table_name = 'fct_set_aside' AND constraint_type = 'CHECK'").fetchall()
    return any("quoted" in (expression or "") for (expression,) in checks)


def fill_set_aside(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute marts.fct_set_aside from marts.fct_facts (after the facts are in)."""
    con.execute("DELETE FROM marts.fct_set_aside")
    con.execute(SET_ASIDE_SQL)
    con.execute(SET_ASIDE_BASIS_SQL)
    con.execute(SET_ASIDE_RESTATED_SQL)
    con.execute(SET_ASIDE_OVERTAKEN_AIM_SQL)
    con.execute(SET_ASIDE_QUOTED_SQL)


def create_marts(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the marts tables, empty, with primary and foreign keys."""
    for table in ("marts.fct_set_aside", "marts.fct_bounds_met"):  # the second: its name before 2026-12-05's evening
        con.execute(f"DROP TABLE IF EXISTS {table}")
    for table in reversed(list(MARTS.values())):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    refs = mart_references()
    for model, table in MARTS.items():
        lineage = model in (Documents, Facts)  # the run that loaded the row
        con.execute(create_table(
            model, table, references=refs,
            extra_columns=(RUN_ID,) if lineage else (),
            extra_constraints=('FOREIGN KEY ("run_id") REFERENCES marts.dim_runs ("run_id")',) if lineage else (),
        ))
    con.execute(SET_ASIDE_DDL)


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None):
    """First value of a one-row query. fetchall, not fetchone: DuckDB 2 keeps a partly fetched result open."""
    rows = con.execute(sql, params or []).fetchall()
    return rows[0][0] if rows else None


def columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    schema, name = table.split(".")
    return [r[0] for r in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE schema_name = ? AND table_name = ? ORDER BY column_index",
        [schema, name]).fetchall()]


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, frame, **constants) -> int:
    """Bulk-insert a DataFrame (or Arrow table) by column name; `constants` fill extra columns."""
    if len(frame) == 0:
        return 0
    con.register("_incoming", frame)
    try:
        cols = columns(con, table)
        select = [quote(c) if c not in constants else "?" for c in cols]
        con.execute(f"INSERT INTO {table} ({', '.join(map(quote, cols))}) SELECT {', '.join(select)} FROM _incoming",
                    [constants[c] for c in cols if c in constants])
    finally:
        con.unregister("_incoming")
    return len(frame)


VIEWS = {
    "documents": "SELECT * FROM marts.dim_documents",
    # A bound met by a figure of its series, a rounded figure a precise one falls within, or a growth after inflation
    # beside one at current prices, or a later document's restatement of a year's figure, has its code moved to
    # `bound_of`, `rounding_of`, `basis_of`, `restated_of` or `quoted_of` (see SET_ASIDE_SQL)
    # A number given for several indicators (地区生产总值、公共财政预算收入均增长10%) is one fact, and a row for each of
    # them here: the others' rows carry the indicator's name and, in `shared_from`, the code of the fact's own.
    # (A join on list_contains, not an unnest: an unnest is computed over every fact before a question's filters
    # apply, which made each question of the truth tables 4x slower on the whole corpus.)
    "facts": """
        SELECT f.* REPLACE (CASE WHEN met.fact_id IS NULL THEN f.indicator_code END AS indicator_code),
               CASE WHEN met.reason = 'bound' THEN f.indicator_code END AS bound_of,
               CASE WHEN met.reason = 'rounding' THEN f.indicator_code END AS rounding_of,
               CASE WHEN met.reason = 'basis' THEN f.indicator_code END AS basis_of,
               CASE WHEN met.reason = 'restated' THEN f.indicator_code END AS restated_of,
               CASE WHEN met.reason = 'quoted' THEN f.indicator_code END AS quoted_of,
               r.level AS region_level, r.province, d.region AS doc_region, d.region_code AS doc_region_code,
               d.published_date, d.title AS doc_title
        FROM (SELECT *, NULL::VARCHAR AS shared_from FROM marts.fct_facts
              UNION ALL
              SELECT s.* REPLACE (i.code AS indicator_code, i.name_zh AS indicator), s.indicator_code AS shared_from
              FROM marts.fct_facts s
              JOIN marts.dim_indicators i ON list_contains(string_split(s.shared_with, '|'), i.code)
              WHERE s.shared_with IS NOT NULL) f
        JOIN marts.dim_documents d USING (doc_id)
        LEFT JOIN marts.fct_set_aside met USING (fact_id)
        LEFT JOIN marts.dim_regions r ON r.code = f.region_code""",
    "rejects": "SELECT * FROM staging.rejects",
    "runs": "SELECT * FROM marts.dim_runs",
    "rejected_files": "SELECT * FROM staging.rejected_files",
    "units": "SELECT * FROM marts.dim_units",
    "indicators": "SELECT * FROM marts.dim_indicators",
    "regions": "SELECT * FROM marts.dim_regions",
    "removed_files": "SELECT * FROM raw.files WHERE outcome = 'removed'",
    # one indicator across regions and periods
    "indicator_series": """
        SELECT i.code AS indicator_code, i.name_zh AS indicator_name, f.region, f.region_code, f.period,
               f.measure, f.status, f.unit, f.value, f.qualifier, f.text, f.doc, f.fact_id
        FROM facts f JOIN marts.dim_indicators i ON i.code = f.indicator_code
        WHERE f.period IS NOT NULL""",
    # each region's latest figure per indicator and measure (actual values only)
    "latest_figures": """
        SELECT * EXCLUDE (rn) FROM (
            SELECT f.region, f.region_code, f.indicator_code, f.indicator, f.measure, f.unit, f.value, f.period,
                   f.period_end, f.text, f.doc, f.fact_id,
                   row_number() OVER (PARTITION BY f.region_code, f.indicator_code, f.measure, f.unit
                                      ORDER BY f.period_end DESC, f.published_date DESC NULLS LAST, f.fact_id) AS rn
            FROM facts f
            WHERE f.status = 'actual' AND f.indicator_code IS NOT NULL AND f.period_end IS NOT NULL)
        WHERE rn = 1""",
    # one row per region × indicator × measure × unit × period of what happened: the figure an analyst gets for
    # "GDP growth of every province, 2010–2025", with the sentence and document it came from. When documents give
    # several, an actual beats an estimate, an exact figure a rounded one, and the earliest document the later ones
    # that quote it; `sources` and `distinct_values` say how many facts and values stand behind the row.
    "indicator_panel": """
        SELECT * EXCLUDE (rn) FROM (
            SELECT f.region, f.region_code, f.region_level, f.province, f.indicator_code, i.name_zh AS indicator_name,
                   f.measure, f.unit, f.period, f.status, f.value, f.qualifier, f.text, f.sentence, f.doc, f.fact_id,
                   count(*) OVER w AS sources, count(DISTINCT f.value) OVER w AS distinct_values,
                   row_number() OVER (PARTITION BY f.region_code, f.indicator_code, f.measure, f.unit, f.period
                                      ORDER BY f.status = 'actual' DESC, f.qualifier = 'exact' DESC,
                                               f.published_date ASC NULLS LAST, f.fact_id) AS rn
            FROM facts f JOIN marts.dim_indicators i ON i.code = f.indicator_code
            WHERE f.status IN ('actual', 'estimate') AND f.period IS NOT NULL AND f.region_code IS NOT NULL
              AND NOT (f.unit = 'percentage_point' AND f.region_code IS DISTINCT FROM f.doc_region_code)
            WINDOW w AS (PARTITION BY f.region_code, f.indicator_code, f.measure, f.unit, f.period))
        WHERE rn = 1""",
    # each target beside what was achieved: the panel's figure of the same region, indicator, measure, unit and
    # period, and nothing else (a five-year target meets only a five-year actual)
    "targets_vs_actuals": """
        SELECT t.region, t.region_code, t.indicator_code, t.measure, t.unit, t.period,
               t.value AS target_value, t.qualifier AS target_qualifier, t.text AS target_text, t.doc AS target_doc,
               t.sentence AS target_sentence, a.value AS actual_value, a.status AS actual_status,
               a.qualifier AS actual_qualifier, a.text AS actual_text, a.doc AS actual_doc,
               a.sentence AS actual_sentence, round(a.value - t.value, 6) AS actual_minus_target, t.fact_id AS target_fact,
               a.fact_id AS actual_fact
        FROM facts t JOIN indicator_panel a
          ON a.region_code = t.region_code AND a.indicator_code = t.indicator_code AND a.measure = t.measure
         AND a.unit = t.unit AND a.period = t.period
        WHERE t.status = 'target'""",
    # two documents that disagree: same region, indicator, measure, unit, period and status class (actual with
    # actual, estimate with estimate), both figures exact, and further apart than the rounding of either as
    # written (1.37万亿斤 and 68285万吨 of grain agree)
    "conflicts": """
        WITH exact AS (
            -- a restatement or a quotation set aside in `facts` still disagrees with the year's own report
            SELECT f.* REPLACE (coalesce(f.indicator_code, f.restated_of, f.quoted_of) AS indicator_code), {_ROUNDING} AS rounding,
                   -- a growth at current prices (名义增长8.7%, or …增长13.3%，扣除物价上涨因素，实际增长10.2%), one
                   -- after inflation (the 10.2%) and one as a report states it (增长13.3%) are three figures
                   {_BASIS} AS basis,
                   -- 33.5万户 and 203个 of old communities count different things
                   CASE WHEN f.unit = 'count' THEN right(f.raw_unit, 1) ELSE f.unit END AS counted
            FROM facts f
            WHERE f.qualifier = 'exact' AND coalesce(f.indicator_code, f.restated_of, f.quoted_of) IS NOT NULL AND f.period IS NOT NULL
              AND f.region_code IS NOT NULL AND f.status IN ('actual', 'estimate')
              -- a gap to another place (高于全国0.5个百分点 in a city's report) measures the city, not 全国
              AND NOT (f.unit = 'percentage_point' AND f.region_code IS DISTINCT FROM f.doc_region_code))
        SELECT a.indicator_code, a.region, a.region_code, a.period, a.measure, a.unit, a.status,
               a.value AS value_a, a.text AS text_a, a.doc AS doc_a, a.fact_id AS fact_a, a.sentence AS sentence_a,
               b.value AS value_b, b.text AS text_b, b.doc AS doc_b, b.fact_id AS fact_b, b.sentence AS sentence_b
        FROM exact a JOIN exact b
          ON a.indicator_code = b.indicator_code AND a.region_code = b.region_code AND a.period = b.period
         AND a.measure = b.measure AND a.unit = b.unit AND a.status = b.status AND a.doc_id < b.doc_id
         AND a.basis = b.basis AND a.counted = b.counted
        WHERE abs(a.value - b.value) > greatest(coalesce(a.rounding, 0), coalesce(b.rounding, 0),
                                                1e-6 * greatest(abs(a.value), abs(b.value)))""".replace("{_BASIS}", _BASIS).replace("{_ROUNDING}", _ROUNDING),
}


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    for name, sql in VIEWS.items():
        con.execute(f"CREATE OR REPLACE VIEW main.{name} AS {sql}")
