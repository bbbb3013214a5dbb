"""Publish: export the marts as a Frictionless data package, validate it, and only then replace the old one.

Loads the warehouse marts; makes CSV and Parquet files of each published table (documents, facts,
units, indicators, regions, rejected_files) and datapackage.json with schemas generated from the
pandera models, sources (each raw file with its sha256), licences, hashes and sizes; saves them to
a hidden staging folder, runs `frictionless` validation there, and moves the files into place only
when the package is valid. A run killed during the move is finished by the next publish (the
staging folder is marked once it validated), so the published package is never half old, half new.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import frictionless

from schemas.base import primary_key, table_metadata
from schemas.ddl import quote
from schemas.table_schema import table_schema
from schemas.tables import PUBLISHED, Documents, Facts, Indicators, Regions, RejectedFiles, Units
from zhibiao import __version__
from zhibiao.warehouse import MARTS, connect, scalar

TABLES_DIR = "warehouse"  # resources live under <package dir>/warehouse/
STAGE_DIR = ".zhibiao-publish"
VALIDATED_MARK = "VALIDATED"
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


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def export_tables(warehouse: Path, out_dir: Path) -> dict[str, int]:
    """COPY each published table, ordered by its key, to CSV and Parquet; returns row counts."""
    tables = out_dir / TABLES_DIR
    tables.mkdir(parents=True, exist_ok=True)
    counts = {}
    with connect(warehouse, read_only=True) as con:
        for model in PUBLISHED:
            name = table_metadata(model)["name"]
            cols = ", ".join(map(quote, model.to_schema().columns))
            select = f"SELECT {cols} FROM {SOURCES_OF[model]} ORDER BY {', '.join(map(quote, primary_key(model)))}"
            con.execute(f"COPY ({select}) TO '{tables / (name + '.csv')}' (HEADER, DELIMITER ',')")
            con.execute(f"COPY ({select}) TO '{tables / (name + '.parquet')}' (FORMAT parquet, COMPRESSION zstd)")
            counts[name] = scalar(con, f"SELECT count(*) FROM ({select})")
    return counts


def _resource(model, path: Path, rel: str, fmt: str) -> dict:
    meta = table_metadata(model)
    name = meta["name"] if fmt == "csv" else f"{meta['name']}-parquet"
    resource = {
        "name": name, "title": meta["title"] + ("" if fmt == "csv" else " (Parquet)"),
        "description": meta["description"], "path": rel, "format": fmt,
        "mediatype": "text/csv" if fmt == "csv" else "application/parquet",
        "schema": table_schema(model),
    }
    if fmt == "csv":  # frictionless checks hash and size of text files only; for Parquet it reports None
        resource.update({"encoding": "utf-8", "hash": f"sha256:{_sha256(path)}", "bytes": path.stat().st_size})
    else:
        resource["x-sha256"] = _sha256(path)  # still lets a downloader verify the file
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


def validate_package(descriptor_path: Path, *, parquet: str = "compare") -> list[str]:
    """The gate: errors as readable lines, empty when the package is valid.

    frictionless validates every CSV resource (types, constraints, primary and foreign keys). Its
    Parquet reader is about 15x slower (it iterates pandas rows), so by default each Parquet twin is
    instead proved identical, row for row, to its validated CSV table with DuckDB; `parquet="frictionless"`
    runs frictionless on the twins too (the tests do, on the sample package).
    """
    descriptor = json.loads(Path(descriptor_path).read_text(encoding="utf-8"))
    if parquet == "frictionless":
        return _frictionless_errors(Path(descriptor_path))
    csv_only = Path(descriptor_path).with_name("datapackage.csv-only.json")
    csv_only.write_text(json.dumps({**descriptor, "resources": [r for r in descriptor["resources"] if r["format"] == "csv"]},
                                   ensure_ascii=False), encoding="utf-8")
    try:
        errors = _frictionless_errors(csv_only)
    finally:
        csv_only.unlink()
    return errors or _parquet_twin_errors(Path(descriptor_path).parent, descriptor)


def _frictionless_errors(descriptor_path: Path) -> list[str]:
    report = frictionless.validate(str(descriptor_path), type="package")
    if report.valid:
        return []
    lines = [f"{e.type}: {e.message}" for e in report.errors]
    for task in report.tasks:
        lines += [f"{task.name}: {e.type}: {e.message}" for e in task.errors[:20]]
    return lines


def _parquet_twin_errors(base: Path, descriptor: dict) -> list[str]:
    import duckdb

    by_name = {r["name"]: r for r in descriptor["resources"]}
    errors = []
    con = duckdb.connect()
    try:
        for resource in descriptor["resources"]:
            if resource["format"] != "parquet":
                continue
            twin = by_name[resource["name"].removesuffix("-parquet")]
            types = {f["name"]: _DUCK_TYPES[f["type"]] for f in twin["schema"]["fields"]}
            csv = (f"read_csv('{base / twin['path']}', header = true, auto_detect = false, "
                   f"columns = {json.dumps(types)}, nullstr = '')")
            parquet = f"read_parquet('{base / resource['path']}')"
            cols = ", ".join(quote(c) for c in types)
            differ = scalar(con, f"SELECT count(*) FROM ((SELECT {cols} FROM {csv} EXCEPT ALL SELECT {cols} FROM {parquet}) "
                                 f"UNION ALL (SELECT {cols} FROM {parquet} EXCEPT ALL SELECT {cols} FROM {csv}))")
            if differ:
                errors.append(f"{resource['name']}: {differ} rows differ from the validated {twin['name']} table")
    finally:
        con.close()
    return errors


_DUCK_TYPES = {"string": "VARCHAR", "number": "DOUBLE", "integer": "BIGINT", "boolean": "BOOLEAN",
               "date": "DATE", "datetime": "TIMESTAMP"}


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


def publish(warehouse: Path, package_dir: Path, raw_dir: Path | None = None) -> PublishResult:
    package_dir = Path(package_dir)
    recover(package_dir)
    stage = package_dir / STAGE_DIR
    stage.mkdir(parents=True)
    export_tables(warehouse, stage)
    current = package_dir / "datapackage.json"
    previous = json.loads(current.read_text(encoding="utf-8")) if current.exists() else None
    descriptor, changed = build_descriptor(stage, previous, _sources(warehouse, raw_dir, package_dir))
    if not changed and all((package_dir / r["path"]).exists() for r in descriptor["resources"]):
        shutil.rmtree(stage)
        return PublishResult(published=True, changed=False, version=descriptor["version"])
    (stage / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    started = datetime.now()
    errors = validate_package(stage / "datapackage.json")
    seconds = (datetime.now() - started).total_seconds()
    if errors:
        shutil.rmtree(stage)
        return PublishResult(published=False, changed=True, version=None, errors=errors, seconds_validating=seconds)
    (stage / VALIDATED_MARK).touch()
    _swap_in(stage, package_dir)
    return PublishResult(published=True, changed=True, version=descriptor["version"], seconds_validating=seconds)


def write_zip(package_dir: Path, zip_path: Path) -> Path:
    """The published package (datapackage.json and every resource) as one archive, byte-reproducible."""
    import zipfile

    package_dir = Path(package_dir)
    descriptor = json.loads((package_dir / "datapackage.json").read_text(encoding="utf-8"))
    members = ["datapackage.json"] + [r["path"] for r in descriptor["resources"]]
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = zip_path.with_name(zip_path.name + ".partial")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member in members:
            info = zipfile.ZipInfo(member, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, (package_dir / member).read_bytes())
    os.replace(tmp, zip_path)
    return zip_path
