"""The publish gate: is a staged data package valid, row for row, before it replaces the published one?

`frictionless validate` checks rows in pure Python (~25 s for the 10,000-report package, 1.6 GB of
memory), so the gate splits the work without dropping any check:

1. Files: every CSV resource has the `bytes` and `hash` its descriptor states.
2. DuckDB, over whole tables: each CSV is read as text and checked against its Table Schema: header,
   types, required, enum, minimum/maximum, pattern, length, unique, primary key and every foreign key
   across tables; and each Parquet twin is proved equal, row for row, to its CSV table.
3. frictionless, on what changed: the rows of each CSV that are not, byte for byte, a row of the
   package published before (which passed this gate; its files are checked against its own hashes
   first, and a resource whose schema changed is checked whole). Documents and facts are cut into
   chunks by document, each chunk a small package with the reference tables beside it, so foreign keys
   are checked inside each chunk; chunks run in parallel processes, ≤ ROWS_PER_CHUNK facts each, so
   memory stays flat. On a first publish every row is checked by frictionless.

The first failing step stops the gate. `check_package` returns the errors as readable lines and what
was checked; `validate_package` in zhibiao.stages.publish wraps it.
"""
from __future__ import annotations

import csv
import json
import math
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from schemas.ddl import quote
from zhibiao import duckmem
from zhibiao.hashing import sha256_file
from zhibiao.stages.workers import default_jobs, process_pool, run_all

GATE_DIR = ".gate"
PARTITIONED = ("documents", "facts")  # cut into chunks by document
PARTITION_KEY = "doc_id"
ROWS_PER_CHUNK = 150_000  # rows one frictionless process holds at most (~300 MB)
PARALLEL_FROM_ROWS = 20_000  # fewer rows than this are checked in one process
# DuckDB spills to the gate folder beyond its memory limit, which is sized from the package's widest rows
# (zhibiao.duckmem): the CSV tables it loads as text are held in memory up to the limit, then spilled.
_DUCK_TYPES = {"string": "VARCHAR", "number": "DOUBLE", "integer": "BIGINT", "boolean": "BOOLEAN",
               "date": "DATE", "datetime": "TIMESTAMP"}
_TRUE, _FALSE = ("true", "True", "TRUE", "1"), ("false", "False", "FALSE", "0")


@dataclass
class GateResult:
    errors: list[str] = field(default_factory=list)
    rows: int = 0  # rows of all CSV tables
    rows_frictionless: int = 0  # rows frictionless checked (changed rows, reference tables, referenced documents)
    chunks: int = 0
    changed: dict[str, int] = field(default_factory=dict)  # rows per table not in the previous package
    seconds: dict[str, float] = field(default_factory=dict)


def _lit(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def _typed(name: str, ftype: str, alias: str = "", *, strict: bool = True) -> str:
    """SQL turning the text cell `name` (of table `alias`) into its Table Schema type; NULL when it does not parse.

    Strict: only the forms frictionless accepts (DuckDB's casts also take 1.5 as the integer 2, hex, spaces).
    Not strict: DuckDB's cast, the same value for every cell the strict checks have passed, and much quicker."""
    x = f"{alias}.{quote(name)}" if alias else quote(name)
    if ftype == "string":
        return x
    if not strict:
        return f"TRY_CAST({x} AS {_DUCK_TYPES[ftype]})"
    if ftype == "integer":
        return f"CASE WHEN regexp_full_match({x}, '[+-]?[0-9]+') THEN TRY_CAST({x} AS BIGINT) END"
    if ftype == "boolean":
        return (f"CASE WHEN {x} IN ({', '.join(map(_lit, _TRUE))}) THEN true "
                f"WHEN {x} IN ({', '.join(map(_lit, _FALSE))}) THEN false END")
    if ftype == "date":
        return f"CASE WHEN regexp_full_match({x}, '[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}') THEN TRY_CAST({x} AS DATE) END"
    return f"TRY_CAST({x} AS {_DUCK_TYPES[ftype]})"


def _field_checks(schema: dict) -> list[tuple[str, str, str]]:
    """(field, check name, SQL condition true for a failing row) for every cell-level rule of the schema."""
    checks = []
    pk = set(schema.get("primaryKey") or [])
    for f in schema["fields"]:
        name, ftype, c = f["name"], f.get("type", "string"), f.get("constraints", {})
        x, typed = quote(name), _typed(name, f.get("type", "string"))
        if ftype != "string":
            checks.append((name, f"type {ftype}", f"{x} IS NOT NULL AND ({typed}) IS NULL"))
        if c.get("required") or name in pk:
            checks.append((name, "required", f"{x} IS NULL"))
        if "enum" in c:
            checks.append((name, "enum", f"({typed}) NOT IN ({', '.join(map(_lit, c['enum']))})"))
        for key, op in (("minimum", "<"), ("maximum", ">"), ("exclusiveMinimum", "<="), ("exclusiveMaximum", ">=")):
            if key in c:
                checks.append((name, f"{key} {c[key]}", f"({typed}) {op} {_lit(c[key])}"))
        if "pattern" in c:
            checks.append((name, f"pattern {c['pattern']}", f"NOT regexp_full_match({x}, {_lit(c['pattern'])})"))
        if "minLength" in c:
            checks.append((name, f"minLength {c['minLength']}", f"length({x}) < {int(c['minLength'])}"))
        if "maxLength" in c:
            checks.append((name, f"maxLength {c['maxLength']}", f"length({x}) > {int(c['maxLength'])}"))
    return checks


def _header(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh), [])


def _varchar_columns(names: list[str]) -> str:
    return "{" + ", ".join(f"{_lit(n)}: 'VARCHAR'" for n in names) + "}"


def _read_text(path: Path, names: list[str]) -> str:
    """SQL reading a CSV file with every cell as text (empty = NULL), as frictionless reads it before typing."""
    return (f"read_csv({_lit(str(path))}, header = true, auto_detect = false, columns = {_varchar_columns(names)}, "
            f"delim = ',', quote = '\"', escape = '\"', nullstr = '', strict_mode = true)")


def _load_text(con, table: str, path: Path, names: list[str]) -> None:
    con.execute(f"CREATE TABLE {table} AS SELECT * FROM {_read_text(path, names)}")


def _table_errors(con, name: str, table: str, schema: dict) -> list[str]:
    errors = []
    checks = _field_checks(schema)
    if checks:
        counts = con.execute("SELECT " + ", ".join(f"count(*) FILTER (WHERE {cond})" for _, _, cond in checks)
                             + f" FROM {table}").fetchall()[0]
        for (fname, check, cond), n in zip(checks, counts):
            if n:
                example = con.execute(f"SELECT {quote(fname)} FROM {table} WHERE {cond} LIMIT 1").fetchall()[0][0]
                errors.append(f"{name}: {n} rows break {check} of field {fname} (e.g. {example!r})")
    keys = [[f["name"]] for f in schema["fields"] if f.get("constraints", {}).get("unique")]
    if schema.get("primaryKey"):
        keys.append(list(schema["primaryKey"]))
    for key in keys:
        cols = ", ".join(map(quote, key))
        dup = con.execute(f"SELECT count(*), any_value(k) FROM (SELECT ({cols}) AS k FROM {table} "
                          f"WHERE {' AND '.join(f'{quote(k)} IS NOT NULL' for k in key)} "
                          f"GROUP BY {cols} HAVING count(*) > 1)").fetchall()[0]
        if dup[0]:
            errors.append(f"{name}: {dup[0]} values of {'+'.join(key)} appear more than once (e.g. {dup[1]!r})")
    return errors


def _foreign_key_errors(con, name: str, table: str, schema: dict, tables: dict[str, str]) -> list[str]:
    errors = []
    for fk in schema.get("foreignKeys") or []:
        ref = fk["reference"]
        ref_table = tables.get(ref["resource"] or name)
        if ref_table is None:
            errors.append(f"{name}: foreign key {fk['fields']} refers to a missing resource {ref['resource']!r}")
            continue
        on = " AND ".join(f"r.{quote(b)} = t.{quote(a)}" for a, b in zip(fk["fields"], ref["fields"]))
        present = " AND ".join(f"t.{quote(a)} IS NOT NULL" for a in fk["fields"])
        n, example = con.execute(
            f"SELECT count(*), any_value(({', '.join('t.' + quote(a) for a in fk['fields'])})) FROM {table} t "
            f"WHERE {present} AND NOT EXISTS (SELECT 1 FROM {ref_table} r WHERE {on})").fetchall()[0]
        if n:
            errors.append(f"{name}: {n} rows have {'+'.join(fk['fields'])} not found in {ref['resource'] or name}."
                          f"{'+'.join(ref['fields'])} (e.g. {example!r})")
    return errors


def _twin_errors(con, base: Path, descriptor: dict, tables: dict[str, str]) -> list[str]:
    """Each Parquet twin holds the rows of its CSV table, in the same order (both are written ordered by key)."""
    by_name = {r["name"]: r for r in descriptor["resources"]}
    errors = []
    for resource in descriptor["resources"]:
        if resource.get("format") != "parquet":
            continue
        twin = by_name.get(resource["name"].removesuffix("-parquet"))
        if twin is None or twin["name"] not in tables:
            errors.append(f"{resource['name']}: no CSV table to compare with")
            continue
        fields = twin["schema"]["fields"]
        typed = ", ".join(f"{_typed(f['name'], f.get('type', 'string'), strict=False)} AS {quote(f['name'])}"
                          for f in fields)  # every cell passed the strict checks
        cols = ", ".join(quote(f["name"]) for f in fields)
        differ = " OR ".join(f"a.{quote(f['name'])} IS DISTINCT FROM b.{quote(f['name'])}" for f in fields)
        try:  # a positional join pads the shorter side with NULLs, so a missing or extra row differs too
            n = con.execute(f"SELECT count(*) FROM (SELECT {typed} FROM {tables[twin['name']]}) a POSITIONAL JOIN "
                            f"(SELECT {cols} FROM read_parquet({_lit(str(base / resource['path']))})) b "
                            f"WHERE {differ}").fetchall()[0][0]
        except duckdb.Error as exc:
            errors.append(f"{resource['name']}: cannot be compared with {twin['name']}: {exc}")
            continue
        if n:
            errors.append(f"{resource['name']}: {n} rows differ from the validated {twin['name']} table")
    return errors


def _usable_previous(previous: Path | None, resource: dict) -> tuple[str, Path] | None:
    """("parquet"|"csv", file) of this resource in the previous package, when that package passed the gate
    under the same schema and the file is intact: the Parquet twin (proven equal to its validated CSV,
    and quicker to read) when its x-sha256 holds, else the CSV when its hash holds."""
    if previous is None or not Path(previous).exists():
        return None
    try:
        old = {r["name"]: r for r in json.loads(Path(previous).read_text(encoding="utf-8"))["resources"]}
    except (OSError, ValueError, KeyError, TypeError):
        return None
    before = old.get(resource["name"])
    if not before or before.get("schema") != resource["schema"] or before.get("format") != "csv":
        return None
    twin = old.get(f"{resource['name']}-parquet")
    if twin and twin.get("schema") == resource["schema"] and twin.get("x-sha256"):
        path = Path(previous).parent / twin["path"]
        if path.is_file() and sha256_file(path) == twin["x-sha256"]:
            return "parquet", path
    path = Path(previous).parent / before["path"]
    if path.is_file() and str(before.get("hash", "")).startswith("sha256:") \
            and sha256_file(path) == before["hash"].removeprefix("sha256:"):
        return "csv", path
    return None


def _changed_rows(con, table: str, new_table: str, schema: dict, kind: str, old: Path) -> None:
    """Create `new_table`: the rows of `table` that the old file has not, same key and same values.

    Against a Parquet twin, values are compared typed (the old text was validated and proven equal to
    them); against a CSV, cell texts are compared. Rows are matched on the key and a hash of all values."""
    types = {f["name"]: f.get("type", "string") for f in schema["fields"]}
    names = list(types)
    key = list(schema.get("primaryKey") or names)

    def value(name: str) -> str:
        if kind == "csv":
            return f"n.{quote(name)}"
        return _typed(name, types[name], "n", strict=False)  # every cell passed the strict checks

    old_rows = f"read_parquet({_lit(str(old))})" if kind == "parquet" else _read_text(old, names)
    new_keys = ", ".join(f"{value(k)} AS gate_k{j}" for j, k in enumerate(key))
    old_keys = ", ".join(f"{quote(k)} AS gate_k{j}" for j, k in enumerate(key))
    on = " AND ".join([f"n.gate_k{j} = o.gate_k{j}" for j in range(len(key))] + ["n.gate_h = o.gate_h"])
    con.execute(f"CREATE TABLE {new_table} AS SELECT n.* EXCLUDE (gate_h, {', '.join(f'gate_k{j}' for j in range(len(key)))}) "
                f"FROM (SELECT n.*, {new_keys}, hash({', '.join(map(value, names))}) AS gate_h FROM {table} n) n "
                f"ANTI JOIN (SELECT {old_keys}, hash({', '.join(map(quote, names))}) AS gate_h FROM {old_rows}) o ON {on}")


def _chunk_descriptor(resources: list[dict], schema: str | None) -> dict:
    out = []
    for r in resources:
        r = {k: v for k, v in r.items() if k not in ("hash", "bytes")}
        r["path"] = f"{r['name']}.csv"
        out.append(r)
    return {"$schema": schema, "name": "zhibiao-gate-chunk", "resources": out}


def frictionless_errors(descriptor_path: str, what: str = "") -> list[str]:
    """frictionless on a whole package; its errors as readable lines, `what` naming the rows checked."""
    import frictionless  # only here: a run that publishes nothing new does not pay for importing it

    report = frictionless.validate(str(descriptor_path), type="package")
    if report.valid:
        return []
    lines = [f"{e.type}: {e.message}" for e in report.errors]
    for task in report.tasks:
        lines += [f"{task.name}{what}: {e.type}: {e.message}" for e in task.errors[:20]]
    return lines


def _frictionless_chunk(descriptor_path: str) -> list[str]:
    return frictionless_errors(descriptor_path, " (changed rows, checked by frictionless)")


def check_package(descriptor_path: Path, *, previous: Path | None = None, jobs: int | None = None,
                  window: int | None = None) -> GateResult:
    """Run the gate on the package at `descriptor_path`; `previous` is the datapackage.json published before.

    `window` (bytes of the 2,048 widest rows of any table, zhibiao.duckmem) sizes DuckDB's memory; the
    export knows it, and without it the gate measures it from the CSV files."""
    descriptor_path = Path(descriptor_path)
    base = descriptor_path.parent
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    csvs = [r for r in descriptor["resources"] if r.get("format", "csv") == "csv"]
    result = GateResult()
    t0 = time.perf_counter()

    # 1. files
    for r in csvs:
        path = base / r["path"]
        if not path.is_file():
            result.errors.append(f"{r['name']}: file {r['path']} is missing")
        elif "bytes" in r and path.stat().st_size != r["bytes"]:
            result.errors.append(f"{r['name']}: {r['path']} has {path.stat().st_size} bytes, the descriptor says {r['bytes']}")
        elif "hash" in r and sha256_file(path) != str(r["hash"]).removeprefix("sha256:"):
            result.errors.append(f"{r['name']}: {r['path']} does not have the sha256 the descriptor states")
    result.seconds["files"] = time.perf_counter() - t0
    if result.errors:
        return result

    gate = base / GATE_DIR
    shutil.rmtree(gate, ignore_errors=True)
    (gate / "spill").mkdir(parents=True)
    try:
        if window is None:
            window = csv_window(base, csvs)
        chunks = _duckdb_checks(base, descriptor, csvs, previous, gate, jobs or default_jobs(), result, window)
        if result.errors or not chunks:
            return result
        # 3. frictionless on the changed rows, chunk by chunk (DuckDB is closed: forking is safe)
        t0 = time.perf_counter()
        pool = process_pool(min(len(chunks), jobs or default_jobs()))
        try:
            found, _ = run_all(pool, _frictionless_chunk, [(str(c),) for c in chunks])
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        result.errors = [line for lines in found for line in lines]
        result.seconds["frictionless"] = time.perf_counter() - t0
        return result
    finally:
        shutil.rmtree(gate, ignore_errors=True)


def csv_window(base: Path, csvs: list[dict]) -> int:
    """The bytes of the 2,048 widest rows of any CSV table, read without their long texts (zhibiao.duckmem).

    Measuring reads only the short columns, so its own cap (the largest file's size) is never reached."""
    con = duckdb.connect()
    try:
        files = [(base / r["path"], [f["name"] for f in r["schema"]["fields"]]) for r in csvs]
        files = [(path, names) for path, names in files if path.is_file() and _header(path) == names]
        duckmem.configure(con, max([path.stat().st_size for path, _ in files], default=0))
        return max([duckmem.widest_rows(con, _read_text(path, names), duckmem.row_width_sql(names))
                    for path, names in files], default=0)
    except duckdb.Error:
        return 0  # the checks below report what is wrong with the files
    finally:
        con.close()


def _duckdb_checks(base: Path, descriptor: dict, csvs: list[dict], previous: Path | None, gate: Path, jobs: int,
                   result: GateResult, window: int) -> list[Path]:
    """Step 2, and the chunk packages of step 3; returns the chunks' descriptor paths."""
    t0 = time.perf_counter()
    con = duckdb.connect()
    try:
        duckmem.configure(con, window, temp_dir=gate / "spill")
        tables: dict[str, str] = {}
        for i, r in enumerate(csvs):
            names = [f["name"] for f in r["schema"]["fields"]]
            header = _header(base / r["path"])
            if header != names:
                result.errors.append(f"{r['name']}: header {header} is not the schema's fields {names}")
                continue
            try:
                _load_text(con, f"t{i}", base / r["path"], names)
            except duckdb.Error as exc:
                result.errors.append(f"{r['name']}: {r['path']} does not parse as CSV: {exc}")
                continue
            tables[r["name"]] = f"t{i}"
            result.rows += con.execute(f"SELECT count(*) FROM t{i}").fetchall()[0][0]
        for r in csvs:
            if r["name"] in tables:
                result.errors += _table_errors(con, r["name"], tables[r["name"]], r["schema"])
                result.errors += _foreign_key_errors(con, r["name"], tables[r["name"]], r["schema"], tables)
        if not result.errors:
            result.errors += _twin_errors(con, base, descriptor, tables)
        result.seconds["duckdb"] = time.perf_counter() - t0
        if result.errors:
            return []

        t0 = time.perf_counter()
        changed: dict[str, str] = {}
        for i, r in enumerate(csvs):
            old = _usable_previous(previous, r)
            if old is None:
                changed[r["name"]] = tables[r["name"]]
                continue
            _changed_rows(con, tables[r["name"]], f"new{i}", r["schema"], *old)
            changed[r["name"]] = f"new{i}"
        return _write_chunks(con, csvs, tables, changed, gate, jobs, result, t0, descriptor.get("$schema"))
    finally:
        con.close()


def _write_chunks(con, csvs: list[dict], tables: dict[str, str], changed: dict[str, str], gate: Path, jobs: int,
                  result: GateResult, t0: float, profile: str | None) -> list[Path]:
    count = lambda table: con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]  # noqa: E731
    parts = [r["name"] for r in csvs if r["name"] in PARTITIONED]
    others = [r for r in csvs if r["name"] not in PARTITIONED]
    if parts:  # documents to check: the changed ones and those the changed facts refer to
        keys = " UNION ".join(f"SELECT {PARTITION_KEY} FROM {changed[p]}" for p in parts)
        con.execute(f"CREATE TABLE gate_keys AS SELECT DISTINCT {PARTITION_KEY} FROM ({keys})")
    rows = {r["name"]: count(changed[r["name"]]) for r in csvs if r["name"] not in PARTITIONED}
    if "documents" in tables:
        rows["documents"] = count(f"(SELECT 1 FROM {tables['documents']} WHERE {PARTITION_KEY} IN (SELECT * FROM gate_keys))")
    for p in parts:
        if p != "documents":
            rows[p] = count(changed[p])
    partitioned_rows = sum(rows.get(p, 0) for p in parts)
    result.changed = {r["name"]: count(changed[r["name"]]) for r in csvs}
    if not any(rows.values()):
        result.seconds["changed rows"] = time.perf_counter() - t0
        return []
    n = max(math.ceil(partitioned_rows / ROWS_PER_CHUNK), jobs if partitioned_rows >= PARALLEL_FROM_ROWS else 1, 1)
    chunks = []
    for k in range(n):
        folder = gate / f"chunk-{k:03d}"
        folder.mkdir()
        included = []
        for r in csvs:
            name = r["name"]
            if name == "documents":
                select = (f"SELECT * FROM {tables[name]} WHERE {PARTITION_KEY} IN (SELECT * FROM gate_keys) "
                          f"AND hash({PARTITION_KEY}) % {n} = {k}")
            elif name in PARTITIONED:
                select = f"SELECT * FROM {changed[name]} WHERE hash({PARTITION_KEY}) % {n} = {k}"
            elif any(fk["reference"]["resource"] == name for o in csvs for fk in o["schema"].get("foreignKeys") or []):
                select = f"SELECT * FROM {tables[name]}"  # a reference table: whole in every chunk, for the lookups
            elif k == 0:
                select = f"SELECT * FROM {changed[name]}"
            else:
                continue
            con.execute(f"COPY ({select}) TO {_lit(str(folder / (name + '.csv')))} (HEADER, DELIMITER ',')")
            result.rows_frictionless += count(f"({select})")
            included.append(r)
        path = folder / "datapackage.json"
        path.write_text(json.dumps(_chunk_descriptor(included, profile), ensure_ascii=False), encoding="utf-8")
        chunks.append(path)
    result.chunks = len(chunks)
    result.seconds["changed rows"] = time.perf_counter() - t0
    return chunks
