"""What the package archive (`zhibiao publish --zip`) adds to the package: an .xlsx twin of each table and a
README.md (what each table is, its files, units, how to validate, the licence).

Both are made from the published files alone, the README from the descriptor (titles, descriptions, keys
and fields come from the pandera models through the generated Table Schemas), so it never disagrees with
datapackage.json; both are byte-reproducible (the workbooks carry the package's `created` time).
"""
from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from zhibiao.spreadsheet import CUT_MARK, MAX_CELL, MAX_ROWS, write_xlsx


def archive_extras(package_dir: Path, descriptor: dict, workdir: Path) -> list[tuple[str, Path]]:
    """(member name, file) of the README and the xlsx twins, written into `workdir`."""
    created = datetime.strptime(descriptor.get("created", "1980-01-01T00:00:00Z"), "%Y-%m-%dT%H:%M:%SZ")
    members, made = [], {}
    (workdir / "xlsx").mkdir(parents=True, exist_ok=True)
    for resource in descriptor.get("resources", []):
        if resource.get("format") != "csv":
            continue
        name = resource["name"]
        target = workdir / "xlsx" / f"{name}.xlsx"
        made[name] = write_xlsx(Path(package_dir) / resource["path"], resource["schema"], target,
                                title=resource.get("title", name), created=created)
        members.append((f"xlsx/{name}.xlsx", target))
    units = _rows(Path(package_dir), descriptor, "units")
    readme = workdir / "README.md"
    readme.write_text(package_readme(descriptor, {n: x["rows"] for n, x in made.items()}, units, made), encoding="utf-8")
    return [("README.md", readme)] + members


def _rows(package_dir: Path, descriptor: dict, table: str) -> list[dict]:
    resource = next((r for r in descriptor.get("resources", []) if r["name"] == table), None)
    if resource is None:
        return []
    with open(package_dir / resource["path"], newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def package_readme(descriptor: dict, rows: dict[str, int], units: list[dict], xlsx: dict[str, dict]) -> str:
    """`rows`: rows per table; `units`: rows of the units table; `xlsx`: what write_xlsx returned per table."""
    licences = ", ".join(f"{lic.get('title') or lic.get('name')} ({lic.get('path', '')})"
                         for lic in descriptor.get("licenses", []))
    lines = [
        f"# {descriptor.get('title', descriptor.get('name', 'data package'))}", "",
        descriptor.get("description", ""), "",
        f"Version {descriptor.get('version')} · created {descriptor.get('created')} · licence {licences}", "",
        f"Made by {', '.join(c.get('title', '') for c in descriptor.get('contributors', []))} from "
        f"{len(descriptor.get('sources', []))} source files (listed with their sha256 in `datapackage.json`, `sources`).",
        "", "## Files", "",
        "Each table comes three times, with the same rows in the same order:", "",
        "- `warehouse/<table>.csv`: the data package proper (UTF-8 without a byte-order mark, comma-separated, one "
        "header row); `datapackage.json` describes it (Frictionless Data Package v2: fields, types, constraints, "
        "keys, and the file's sha256 and size).",
        "- `warehouse/<table>.parquet`: the same table, typed, for pandas, R, DuckDB or Spark.",
        "- `xlsx/<table>.xlsx`: the same table for spreadsheets. Open this one in Excel, WPS or LibreOffice: Chinese "
        "reads right, numbers are numbers, and no cell is a formula. (Double-clicking a CSV makes Excel read it in "
        "the machine's code page, which garbles Chinese; use Data → From Text/CSV → UTF-8 for the CSV instead.)",
        "", "| table | what | rows | key | CSV | Parquet | xlsx |", "|---|---|---|---|---|---|---|",
    ]
    resources = {r["name"]: r for r in descriptor.get("resources", [])}
    for name, resource in resources.items():
        if resource.get("format") != "csv":
            continue
        twin = resources.get(f"{name}-parquet", {})
        key = ", ".join(resource["schema"].get("primaryKey", []))
        sheets = xlsx.get(name, {}).get("sheets", 1)
        lines.append(f"| `{name}` | {resource.get('title', '')} | {rows.get(name, 0):,} | `{key}` | `{resource['path']}` "
                     f"| `{twin.get('path', '')}` | `xlsx/{name}.xlsx`" + (f" ({sheets} sheets)" if sheets > 1 else "")
                     + " |")
    lines += ["", "## Tables", ""]
    for name, resource in resources.items():
        if resource.get("format") != "csv":
            continue
        lines += [f"### {name}", "", resource.get("description", ""), "", "| field | type | description |",
                  "|---|---|---|"]
        for f in resource["schema"]["fields"]:
            description = (f.get("description") or "").replace("|", "\\|").replace("\n", " ")
            lines.append(f"| `{f['name']}` | {f.get('type', 'string')} | {description} |")
        lines.append("")
    lines += ["## Units", "",
              "Every value is in a canonical unit (`facts.unit`); `raw_value` and `raw_unit` keep what the text said. "
              "The `units` table lists every written unit with its canonical unit and factor:", "",
              "| canonical unit | dimension | written as (factor) |", "|---|---|---|"]
    by_unit: dict[str, list[dict]] = {}
    for u in units:
        by_unit.setdefault(u.get("unit", ""), []).append(u)
    for unit, written in sorted(by_unit.items()):
        forms = ", ".join(f"{(w.get('surface_forms') or w.get('code', '')).split('|')[0]} ({float(w.get('factor') or 1):g})"
                          for w in written[:12])
        more = f", … ({len(written) - 12} more)" if len(written) > 12 else ""
        lines.append(f"| `{unit}` | {written[0].get('dimension', '')} | {forms}{more} |")
    cut = {name: x["cut"] for name, x in xlsx.items() if x.get("cut")}
    lines += ["", "## Text that looks like a formula", "",
              "A text cell whose first character is one of `=` `+` `-` `@`, a tab, a carriage return or `'` carries "
              "one leading apostrophe (`'`) in the CSV, Parquet and xlsx files, so that no spreadsheet runs it. To get "
              "the original text back, drop that one leading apostrophe. Numbers are never changed.", "",
              "## Limits of the xlsx files", "",
              f"- A sheet holds at most {MAX_ROWS:,} rows: a longer table continues on sheets `<table> 2`, `<table> 3`, "
              "…, each with the header row.",
              f"- A cell holds at most {MAX_CELL:,} characters: a longer text is cut and ends with "
              f"`{CUT_MARK.strip()}`." + (" Cut here: " + ", ".join(f"{n} cells of `{t}`" for t, n in cut.items()) + "."
                                          if cut else " No cell of this package was cut."),
              "- The CSV and Parquet files have no such limits: they are the reference.", "",
              "## How to validate", "",
              "```sh",
              "pip install frictionless",
              "frictionless validate datapackage.json   # every row, types, constraints, keys, and each CSV's sha256 and size",
              "sha256sum warehouse/*.parquet            # compare with x-sha256 of each -parquet resource",
              "```", "",
              "## Licence", "",
              f"The data are published under {licences}. Cite them as: {descriptor.get('title', '')}, version "
              f"{descriptor.get('version')}, {descriptor.get('homepage', '')}.", ""]
    return "\n".join(lines)
