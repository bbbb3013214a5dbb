"""Publish: export the marts as a Frictionless data package, validate it, and only then replace the old one.

Loads the warehouse marts; makes CSV and Parquet files of each published table (documents, facts,
units, indicators, regions, rejected_files), every text cell formula-safe (zhibiao.published_text: one
leading apostrophe when it starts with = + - @ TAB CR '; the warehouse keeps the original), and
datapackage.json with schemas generated from the pandera models, sources (each raw file with its
sha256), licences, hashes and sizes; saves them to a hidden staging folder, runs `frictionless`
validation there, and moves the files into place only when the package is valid. A run killed during
the move is finished by the next publish (the staging folder is marked once it validated), so the
published package is never half old, half new.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from schemas.base import primary_key, table_metadata
from schemas.ddl import quote
from schemas.table_schema import field_type, table_schema
from schemas.models import PUBLISHED, Documents, Facts, Indicators, Regions, RejectedFiles, Units
from zhibiao import __version__, duckmem, published_text
from zhibiao.hashing import sha256_file
from zhibiao.stages.gate import check_package, frictionless_errors
from zhibiao.warehouse import MARTS, connect, scalar

TABLES_DIR = "warehouse"  # resources live under <package dir>/warehouse/
STAGE_DIR = ".zhibiao-publish"
VALIDATED_MARK = "VALIDATED"
# A table of long rows (its widest 2,048 rows hold more than PART_BYTES: the documents) is exported in key ranges of
# at most PART_BYTES each, so a vector, a sort and a row group hold at most PART_BYTES (or one row, if wider); DuckDB's
# memory limits are sized from the widest rows (zhibiao.duckmem), never a fixed number a long report can exceed.
PART_BYTES = 32 << 20
ROW_GROUP_BYTES = 16 << 20
SOURCES_OF = {Regions: MARTS[Regions], Units: MARTS[Units], Indicators: MARTS[Indicators],
              Documents: MARTS[Documents], Facts: MARTS[Facts], RejectedFiles: "staging.rejected_files"}
PACKAGE = {
    "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
    "name": "zhibiao-facts",
    "title": "zhibiao: quantity facts from Chinese local-government reports",
    "description": ("Every quantity fact (money, people, areas, power, percentages, percentage points …) found in "
                    "Chinese local-government work reports and local news, normalised to canonical units, "
                    "with the documents they come from, the unit registry, an indicator dictionary and regions."),
    "homepage": "https://github.com/zhibiao/zhibiao",
    "keywords": ["China", "regional economy", "government work report", "政府工作报告", "statistics"],
    "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                  "path": "https://creativecommons.org/licenses/by/4.0/"}],
}


@dataclass
class PublishResult:
    published: bool
    changed: bool
    version: str | None
    errors: list[str] = field(default_factory=list)
    seconds_validating: float = 0.0
    # what the gate checked: rows of all CSV tables, rows frictionless read, chunks, seconds per step
    gate: dict = field(default_factory=dict)


def export_tables(warehouse: Path, out_dir: Path, window: int | None = None) -> dict[str, int]:
    """COPY each published table, ordered by its key, to CSV and Parquet; returns row counts.

    DuckDB holds a vector of 2,048 rows whole and does not spill long strings (a sort of the documents, or a
    CSV or Parquet writer's buffer, holds ~4× their text), so a table of long rows is written in key ranges
    of at most PART_BYTES each, sorted alone: the CSV parts are concatenated (byte for byte what one sorted
    COPY writes) and the Parquet file is written from the sorted Parquet parts in order. Tables of short
    rows are sorted whole, spilling to disk. The memory limit is sized from the widest rows (`window`, see
    `published_window`): memory then stays flat however many documents there are.
    """
    tables = out_dir / TABLES_DIR
    tables.mkdir(parents=True, exist_ok=True)
    counts = {}
    with connect(warehouse, read_only=True) as con:
        duckmem.configure(con, published_window(con) if window is None else window, temp_dir=out_dir / ".spill")
        for model in PUBLISHED:
            name = table_metadata(model)["name"]
            counts[name] = _export_table(con, model, tables / name)
    shutil.rmtree(out_dir / ".spill", ignore_errors=True)
    return counts


def published_window(con) -> int:
    """The bytes of the 2,048 widest rows of any published table (zhibiao.duckmem), read without their long texts."""
    return max(duckmem.widest_rows(con, SOURCES_OF[model], duckmem.row_width_sql(list(model.to_schema().columns)))
               for model in PUBLISHED)


def _key_ranges(con, source: str, key: str, width: str) -> list[tuple]:
    """(first key, last key) of consecutive key ranges of at most PART_BYTES of rows each (one row if wider).

    Both bounds are keys of the table, used with BETWEEN: a one-sided comparison on a column of long
    rows (key < x) makes DuckDB 2.0 fetch the rows one by one (~50× slower, measured)."""
    return con.execute(
        f"SELECT min(k), max(k) FROM (SELECT {key} AS k, (sum({width}) OVER (ORDER BY {key} ROWS UNBOUNDED PRECEDING) - 1)"
        f" // {PART_BYTES} AS part FROM {source}) GROUP BY part ORDER BY part").fetchall()


def text_columns(model) -> list[str]:
    """The published table's text columns: the ones the formula-safe rule applies to (numbers never change)."""
    return [name for name, column in model.to_schema().columns.items() if field_type(column.dtype) == "string"]


def published_schema(model) -> dict:
    """The Table Schema of a published table: the model's, with room for the formula-safe apostrophe in maxLength."""
    schema = table_schema(model)
    text = set(text_columns(model))
    for f in schema["fields"]:
        if f["name"] in text and "maxLength" in f.get("constraints", {}):
            f["constraints"]["maxLength"] += 1
            f["description"] = f.get("description", "") + " (one more with the formula-safe leading apostrophe)"
    return schema


def _published_select(model) -> str:
    """The select list of a published table over its source `src`: text made inert, each column under its own name."""
    text = set(text_columns(model))
    return ", ".join(f"{published_text.inert_sql('src.' + quote(n))} AS {quote(n)}" if n in text else f"src.{quote(n)}"
                     for n in model.to_schema().columns)


def _export_table(con, model, stem: Path) -> int:
    names = list(model.to_schema().columns)
    cols, key, source = ", ".join(map(quote, names)), primary_key(model), SOURCES_OF[model]
    order = ", ".join(map(quote, key))
    # rows are ordered by the warehouse's keys (src.…), not by the published text
    published, src_order = _published_select(model), ", ".join("src." + quote(k) for k in key)
    width = duckmem.row_width_sql(names)
    rows, size = con.execute(f"SELECT count(*), sum({width}) FROM {source}").fetchall()[0]
    # the Parquet writer holds a row group in memory: ≤ ROW_GROUP_BYTES (DuckDB's default is 122,880 rows, its least 2,048)
    row_group = min(122_880, max(2048, ROW_GROUP_BYTES // max(1, int(size or 0) // max(1, rows)) // 2048 * 2048))
    csv_opts, parquet_opts = "(HEADER, DELIMITER ',')", f"(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE {row_group})"
    long_rows = duckmem.widest_rows(con, source, width) > PART_BYTES
    ranges = _key_ranges(con, source, order, width) if len(key) == 1 and long_rows else []
    if len(ranges) < 2:
        select = f"SELECT {published} FROM {source} AS src ORDER BY {src_order}"
        con.execute(f"COPY ({select}) TO '{stem}.csv' {csv_opts}")
        con.execute(f"COPY ({select}) TO '{stem}.parquet' {parquet_opts}")
        return rows
    csv_parts, parquet_parts = [], []
    for i, bounds in enumerate(ranges):
        select = f"SELECT {published} FROM {source} AS src WHERE {src_order} BETWEEN ? AND ? ORDER BY {src_order}"
        csv_parts.append(stem.with_name(f"{stem.name}.part{i:03d}.csv"))
        parquet_parts.append(stem.with_name(f"{stem.name}.part{i:03d}.parquet"))
        part_opts = csv_opts if i == 0 else "(HEADER false, DELIMITER ',')"  # one header, at the top
        # the table is read once per part (its long texts are the cost); the CSV part is written from the Parquet part,
        # which holds the same typed values
        con.execute(f"COPY ({select}) TO '{parquet_parts[-1]}' {parquet_opts}", list(bounds))
        con.execute(f"COPY (SELECT * FROM read_parquet('{parquet_parts[-1]}')) TO '{csv_parts[-1]}' {part_opts}")
    with open(f"{stem}.csv", "wb") as out:
        for part in csv_parts:
            with open(part, "rb") as fh:
                shutil.copyfileobj(fh, out, 1 << 20)
            part.unlink()
    files = ", ".join(f"'{p}'" for p in parquet_parts)
    con.execute(f"COPY (SELECT {cols} FROM read_parquet([{files}])) TO '{stem}.parquet' {parquet_opts}")
    for part in parquet_parts:
        part.unlink()
    return rows


def keep_unchanged_twins(stage: Path, package_dir: Path, previous: dict | None) -> list[str]:
    """Put the published Parquet twin back in the staging folder for every table whose CSV did not change.

    The CSV files are the data (frictionless checks their hashes); a Parquet file's bytes also depend on the
    writer: DuckDB 2.0.1 writes another footer than 2.0.0 for the same rows. So a twin is rewritten only when
    its table changed, and a fresh clone's run, whatever the patch versions of DuckDB or pyarrow, leaves the
    committed package byte for byte as it was. The gate still proves each twin equal to its CSV table.
    Returns the tables whose twin was kept.
    """
    if not previous:
        return []
    old = {r["name"]: r for r in previous.get("resources", [])}
    kept = []
    for model in PUBLISHED:
        name = table_metadata(model)["name"]
        csv, twin = old.get(name), old.get(f"{name}-parquet")
        staged_csv, staged_twin = stage / TABLES_DIR / f"{name}.csv", stage / TABLES_DIR / f"{name}.parquet"
        published_twin = package_dir / twin["path"] if twin else None
        if (csv is None or twin is None or not published_twin.is_file()
                or csv.get("hash") != f"sha256:{sha256_file(staged_csv)}"
                or twin.get("x-sha256") != sha256_file(published_twin)):
            continue
        shutil.copyfile(published_twin, staged_twin)
        kept.append(name)
    return kept


def _resource(model, path: Path, rel: str, fmt: str) -> dict:
    meta = table_metadata(model)
    name = meta["name"] if fmt == "csv" else f"{meta['name']}-parquet"
    resource = {
        "name": name, "title": meta["title"] + ("" if fmt == "csv" else " (Parquet)"),
        "description": meta["description"], "path": rel, "format": fmt,
        "mediatype": "text/csv" if fmt == "csv" else "application/parquet",
        "schema": published_schema(model),
    }
    if fmt == "csv":  # frictionless checks hash and size of text files only; for Parquet it reports None
        resource.update({"encoding": "utf-8", "hash": f"sha256:{sha256_file(path)}", "bytes": path.stat().st_size})
    else:
        resource["x-sha256"] = sha256_file(path)  # still lets a downloader verify the file
    return resource


def _sources(warehouse: Path, raw_dir: Path | None, package_dir: Path) -> list[dict]:
    with connect(warehouse, read_only=True) as con:
        rows = con.execute("SELECT source_path, sha256 FROM raw.files WHERE outcome <> 'removed' ORDER BY source_path").fetchall()
    base = _relative(raw_dir, package_dir) if raw_dir else None
    sources = []
    for rel, sha in rows:
        source = {"title": rel, "sha256": sha}
        if base is not None:
            source["path"] = f"{base}/{rel}" if base else rel
        sources.append(source)
    return sources


def _relative(path: Path, start: Path) -> str | None:
    """`path` relative to `start` when it lies inside it; never an absolute local path."""
    try:
        return Path(path).resolve().relative_to(Path(start).resolve()).as_posix().removeprefix(".")
    except ValueError:
        return None


def _next_version(previous: dict | None, resources: list[dict]) -> tuple[str, str, bool]:
    """(version, created, changed): bump the minor version when a schema changes, the patch when only data does."""
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if not previous:
        return "1.0.0", now, True
    old = {r["name"]: r for r in previous.get("resources", [])}
    same_schemas = set(old) == {r["name"] for r in resources} and all(
        old[r["name"]].get("schema") == r["schema"] for r in resources)
    same_data = same_schemas and all(_digest(old[r["name"]]) == _digest(r) for r in resources)
    major, minor, patch = (int(x) for x in previous.get("version", "1.0.0").split("."))
    if same_data:
        return previous["version"], previous.get("created", now), False
    if same_schemas:
        return f"{major}.{minor}.{patch + 1}", now, True
    return f"{major}.{minor + 1}.0", now, True


def _digest(resource: dict) -> str | None:
    return resource.get("hash") or resource.get("x-sha256")


def build_descriptor(stage: Path, previous: dict | None, sources: list[dict]) -> tuple[dict, bool]:
    resources = []
    for fmt in ("csv", "parquet"):
        for model in PUBLISHED:
            rel = f"{TABLES_DIR}/{table_metadata(model)['name']}.{fmt}"
            resources.append(_resource(model, stage / rel, rel, fmt))
    version, created, changed = _next_version(previous, resources)
    descriptor = {**PACKAGE, "version": version, "created": created, "sources": sources,
                  "contributors": [{"title": f"zhibiao {__version__}", "roles": ["creator"]}],
                  "resources": resources}
    return descriptor, changed


def validate_package(descriptor_path: Path, *, parquet: str = "compare", previous: Path | None = None,
                     jobs: int | None = None) -> list[str]:
    """The gate: errors as readable lines, empty when the package is valid.

    By default (see zhibiao.stages.gate): the CSV files match their hashes; DuckDB checks every row of
    every CSV table against its Table Schema (types, constraints, primary and foreign keys across
    tables) and proves each Parquet twin equal to its CSV table; frictionless checks the rows that are
    not in the `previous` package (all of them without one), in parallel chunks. `parquet="frictionless"`
    runs frictionless alone on the whole package, Parquet twins included (the tests do, on the sample package).
    """
    if parquet == "frictionless":
        return frictionless_errors(str(descriptor_path))
    return check_package(Path(descriptor_path), previous=previous, jobs=jobs).errors


def _swap_in(stage: Path, package_dir: Path) -> None:
    """Move a validated staging package into place: tables first, datapackage.json last."""
    (package_dir / TABLES_DIR).mkdir(parents=True, exist_ok=True)
    for path in sorted((stage / TABLES_DIR).iterdir()):
        os.replace(path, package_dir / TABLES_DIR / path.name)
    os.replace(stage / "datapackage.json", package_dir / "datapackage.json")
    shutil.rmtree(stage)


def recover(package_dir: Path) -> bool:
    """Finish a swap a killed run left half done; drop an unvalidated staging folder."""
    stage = package_dir / STAGE_DIR
    if not stage.exists():
        return False
    if (stage / VALIDATED_MARK).exists() and (stage / "datapackage.json").exists():
        _swap_in(stage, package_dir)
        return True
    shutil.rmtree(stage)
    return False


def publish(warehouse: Path, package_dir: Path, raw_dir: Path | None = None, *, jobs: int | None = None) -> PublishResult:
    """Export, check and swap in the package; `jobs` processes check its rows (default: one per CPU).

    When neither the warehouse's published tables, nor the sources, nor the code that writes the package
    changed since this warehouse last published to `package_dir`, and the package's files are still the
    ones written then, the export would reproduce them byte for byte: nothing is exported (see `_state`).
    """
    package_dir = Path(package_dir)
    recover(package_dir)
    current = package_dir / "datapackage.json"
    sources = _sources(warehouse, raw_dir, package_dir)
    state, window = _state(warehouse, sources)
    if (version := _published_state(warehouse, package_dir, state)) is not None:
        return PublishResult(published=True, changed=False, version=version)
    stage = package_dir / STAGE_DIR
    stage.mkdir(parents=True)
    export_tables(warehouse, stage, window)
    previous = json.loads(current.read_text(encoding="utf-8")) if current.exists() else None
    keep_unchanged_twins(stage, package_dir, previous)
    descriptor, changed = build_descriptor(stage, previous, sources)
    if not changed and all((package_dir / r["path"]).exists() for r in descriptor["resources"]):
        shutil.rmtree(stage)
        _remember_state(warehouse, package_dir, state)
        return PublishResult(published=True, changed=False, version=descriptor["version"])
    (stage / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    started = datetime.now()
    gate = check_package(stage / "datapackage.json", previous=current if current.exists() else None, jobs=jobs,
                         window=window)
    errors = gate.errors
    seconds = (datetime.now() - started).total_seconds()
    if errors:
        shutil.rmtree(stage)
        return PublishResult(published=False, changed=True, version=None, errors=errors, seconds_validating=seconds,
                             gate=_gate_stats(gate))
    (stage / VALIDATED_MARK).touch()
    _swap_in(stage, package_dir)
    _remember_state(warehouse, package_dir, state)
    return PublishResult(published=True, changed=True, version=descriptor["version"], seconds_validating=seconds,
                         gate=_gate_stats(gate))


def _state(warehouse: Path, sources: list[dict]) -> tuple[str, int]:
    """A digest of everything the package is made from: each published table's rows (an order-free sum of
    row hashes, and the count), the sources, the schemas and metadata, and the code and DuckDB that write it;
    and the published tables' window (`published_window`), which sizes the memory of export and gate."""
    import duckdb

    digest = hashlib.sha256()
    with connect(warehouse, read_only=True) as con:
        window = published_window(con)
        duckmem.configure(con, window)  # the scan holds a vector of rows: long texts never spill
        for model in PUBLISHED:
            cols = ", ".join(map(quote, model.to_schema().columns))
            count, total = con.execute(f"SELECT count(*), sum(hash({cols})::HUGEINT) FROM {SOURCES_OF[model]}").fetchall()[0]
            digest.update(f"{table_metadata(model)['name']}:{count}:{total}\n".encode())
            digest.update(json.dumps(published_schema(model), sort_keys=True, ensure_ascii=False).encode())
    digest.update(json.dumps([PACKAGE, sources, __version__, duckdb.__version__], sort_keys=True, ensure_ascii=False).encode())
    for code in [Path(__file__), Path(published_text.__file__), *sorted(Path(table_schema.__code__.co_filename).parent.glob("*.py"))]:
        digest.update(code.read_bytes())
    return digest.hexdigest(), window


def _state_file(warehouse: Path, package_dir: Path) -> Path:
    """Where a warehouse remembers what it last published to `package_dir`: a cache beside the warehouse."""
    key = hashlib.sha256(str(Path(package_dir).resolve()).encode()).hexdigest()[:16]
    return Path(warehouse).absolute().parent / ".zhibiao-cache" / "publish" / f"{key}.json"


def _files_now(package_dir: Path, descriptor: dict) -> dict[str, list[int]]:
    """Size and modification time of the descriptor and every resource file (missing files are left out)."""
    files = {}
    for rel in ["datapackage.json", *(r["path"] for r in descriptor.get("resources", []))]:
        try:
            st = (package_dir / rel).stat()
        except OSError:
            continue
        files[rel] = [st.st_size, st.st_mtime_ns]
    return files


def _remember_state(warehouse: Path, package_dir: Path, state: str) -> None:
    path = _state_file(warehouse, package_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    ignore = path.parent.parent / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# zhibiao's caches: never commit them\n*\n", encoding="utf-8")
    descriptor_path = Path(package_dir) / "datapackage.json"
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    record = {"state": state, "package_dir": str(Path(package_dir).resolve()), "version": descriptor["version"],
              "descriptor_sha256": sha256_file(descriptor_path), "files": _files_now(Path(package_dir), descriptor)}
    tmp = path.with_suffix(".partial")
    tmp.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def _published_state(warehouse: Path, package_dir: Path, state: str) -> str | None:
    """The version published, when `state` is what was last published to `package_dir` and its files are untouched."""
    try:
        record = json.loads(_state_file(warehouse, package_dir).read_text(encoding="utf-8"))
        descriptor_path = Path(package_dir) / "datapackage.json"
        descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if (record.get("state") != state or record.get("version") != descriptor.get("version")
            or record.get("files") != _files_now(Path(package_dir), descriptor)
            or len(record["files"]) != 1 + len(descriptor.get("resources", []))
            or record.get("descriptor_sha256") != sha256_file(descriptor_path)):
        return None
    return descriptor["version"]


def _gate_stats(gate) -> dict:
    return {"rows": gate.rows, "rows_frictionless": gate.rows_frictionless, "chunks": gate.chunks, "changed": gate.changed,
            "seconds": {k: round(v, 3) for k, v in gate.seconds.items()}}


def write_zip(package_dir: Path, zip_path: Path) -> Path:
    """The published package (datapackage.json and every resource) as one archive, byte-reproducible, with
    a README.md and an .xlsx twin of each table for spreadsheet users (zhibiao.archive)."""
    import tempfile
    import zipfile

    from zhibiao.archive import archive_extras

    package_dir = Path(package_dir)
    descriptor = json.loads((package_dir / "datapackage.json").read_text(encoding="utf-8"))
    members = [(m, package_dir / m) for m in ["datapackage.json"] + [r["path"] for r in descriptor["resources"]]]
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = zip_path.with_name(zip_path.name + ".partial")
    with tempfile.TemporaryDirectory(dir=zip_path.parent, prefix=".zhibiao-zip-") as work:
        members += archive_extras(package_dir, descriptor, Path(work))
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for member, path in members:
                info = zipfile.ZipInfo(member, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                with open(path, "rb") as src, archive.open(info, "w") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)  # facts.csv of the corpus is hundreds of MB
    os.replace(tmp, zip_path)
    return zip_path
