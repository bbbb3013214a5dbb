"""Read a published data package back for the site: its descriptor, and DuckDB views over its tables.

The site is made from what was published, not from the warehouse: what people browse is what they can
download. Tables are read from the Parquet twins (proved equal to the CSV files by the publish gate;
typed, and read without parsing). Published text is formula-safe (a text cell starting with = + - @ TAB CR
or ' carries one leading apostrophe, see README, Data); the views give the original text back.
"""
from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import duckdb

from zhibiao import duckmem
from zhibiao.hashing import sha256_file


def original_text_sql(column: str) -> str:
    """SQL giving a published text cell's original text: one leading apostrophe dropped (the agreed rule)."""
    col = f'"{column}"'
    return f"CASE WHEN starts_with({col}, '''') THEN {col}[2:] ELSE {col} END AS {col}"


@dataclass
class Package:
    folder: Path
    descriptor: dict

    @property
    def version(self) -> str:
        return self.descriptor.get("version", "")

    def resource(self, name: str) -> dict | None:
        return next((r for r in self.descriptor.get("resources", []) if r["name"] == name), None)

    def table_path(self, table: str) -> Path:
        """The Parquet twin of `table` when published, else its CSV file."""
        resource = self.resource(f"{table}-parquet") or self.resource(table)
        if resource is None:
            raise FileNotFoundError(f"the package in {self.folder} has no table {table!r}")
        return self.folder / resource["path"]

    def connect(self) -> duckdb.DuckDBPyConnection:
        """An in-memory DuckDB with one view per published table, text given back as written."""
        con = duckdb.connect()
        window = 0
        for resource in self.descriptor.get("resources", []):
            if resource["name"].endswith("-parquet"):
                continue
            table = resource["name"]
            path = str(self.table_path(table)).replace("'", "''")
            reader = f"read_parquet('{path}')" if path.endswith(".parquet") else f"read_csv('{path}', header=true)"
            names = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {reader}").fetchall()]
            # every text field of the table carries the formula-safe apostrophe; codes, numbers and dates never do
            text = {f["name"] for f in resource.get("schema", {}).get("fields", []) if f.get("type", "string") == "string"}
            cols = ", ".join(original_text_sql(c) if c in text else f'"{c}"' for c in names)
            con.execute(f"CREATE VIEW {table} AS SELECT {cols} FROM {reader}")
            window += _table_bytes(con, reader, names)
        # The document pages read the documents and their facts each sorted whole, and DuckDB keeps sorted strings
        # in memory: the limit is sized from the bytes of the tables (whole reports included), what else does not
        # fit spills to a folder of its own.
        spill = tempfile.mkdtemp(prefix="zhibiao-site-")
        atexit.register(shutil.rmtree, spill, True)
        duckmem.configure(con, window, temp_dir=spill)
        return con

    def verify_files(self) -> list[dict]:
        """Each resource file with its size and whether its sha256 is the one the descriptor records."""
        checked = []
        for resource in self.descriptor.get("resources", []):
            path = self.folder / resource["path"]
            recorded = (resource.get("hash") or "").removeprefix("sha256:") or resource.get("x-sha256")
            exists = path.is_file()
            checked.append({"name": resource["name"], "path": resource["path"], "format": resource.get("format", ""),
                            "bytes": path.stat().st_size if exists else None,
                            "ok": exists and recorded is not None and sha256_file(path) == recorded})
        return checked


def _table_bytes(con, reader: str, names: list[str]) -> int:
    """An upper bound of a published table's bytes as text, reading no long text (zhibiao.duckmem.row_width_sql)."""
    rows = con.execute(f"SELECT coalesce(sum({duckmem.row_width_sql(names)}), 0) FROM {reader}").fetchall()
    return int(rows[0][0] or 0)


def open_package(folder: Path) -> Package:
    descriptor_path = Path(folder) / "datapackage.json"
    if not descriptor_path.is_file():
        raise FileNotFoundError(f"no data package at {folder} (no datapackage.json): run `zhibiao run` or "
                                "`zhibiao publish` first")
    return Package(Path(folder), json.loads(descriptor_path.read_text(encoding="utf-8")))
