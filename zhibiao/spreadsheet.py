"""Spreadsheet twins of the published tables: one .xlsx per CSV table, for people who double-click.

A CSV opened by double-click in Excel is read in the machine's code page (Chinese turns to mojibake) and a
text cell that starts with = is taken for a formula. An .xlsx has neither problem: its text is Unicode,
and every text cell here is written as a string, never as a formula. The values are the CSV's, so the
formula-safe apostrophe of the published text (README, Data) is there too; numbers are numbers.

Two limits of the format, and what is done about them:
- 1,048,576 rows a sheet: a longer table continues on sheets named "<table> 2", "<table> 3", … (each with the
  header row), in the CSV's order.
- 32,767 characters a cell: a longer text (the cleaned text of a long document) is cut, and ends with
  CUT_MARK; the CSV and Parquet files hold it whole.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime
from pathlib import Path

MAX_ROWS = 1_048_576  # rows of an Excel sheet, the header row included
MAX_CELL = 32_767  # characters of an Excel cell
CUT_MARK = " …[cut at Excel's 32,767-character cell limit; the CSV file holds the whole text]"


def _cell_writer(sheet, field_type: str):
    """How a non-empty CSV value of this Table Schema type is written: numbers and booleans typed, the rest as text."""
    if field_type == "integer":
        return lambda row, col, value: sheet.write_number(row, col, int(value))
    if field_type == "number":
        return lambda row, col, value: sheet.write_number(row, col, float(value))
    if field_type == "boolean":
        return lambda row, col, value: sheet.write_boolean(row, col, value.lower() == "true")
    return None


def write_xlsx(csv_path: Path, schema: dict, xlsx_path: Path, *, title: str, created: datetime) -> dict:
    """Write the CSV table as an .xlsx workbook typed by its Table Schema; returns {"rows", "sheets", "cut"}.

    `created` goes into the workbook's properties, so the same table gives the same bytes.
    """
    import xlsxwriter

    csv.field_size_limit(sys.maxsize)  # documents.text cells are long
    types = [f.get("type", "string") for f in schema["fields"]]
    book = xlsxwriter.Workbook(str(xlsx_path), {"constant_memory": True, "strings_to_formulas": False,
                                                "strings_to_urls": False, "strings_to_numbers": False})
    book.set_properties({"title": title, "created": created, "author": "zhibiao"})
    bold = book.add_format({"bold": True})
    rows = sheets = cut = 0
    sheet = None
    name = Path(csv_path).stem
    with open(csv_path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        for row in reader:
            if sheet is None or line == MAX_ROWS:
                sheets += 1
                sheet = book.add_worksheet(name if sheets == 1 else f"{name} {sheets}")
                sheet.write_row(0, 0, header, bold)
                sheet.freeze_panes(1, 0)
                writers, line = [_cell_writer(sheet, t) for t in types], 1
            for col, (value, write) in enumerate(zip(row, writers)):
                if value == "":
                    continue  # a null
                if write is not None:
                    write(line, col, value)
                    continue
                if len(value) > MAX_CELL:
                    value = value[:MAX_CELL - len(CUT_MARK)] + CUT_MARK
                    cut += 1
                sheet.write_string(line, col, value)
            line += 1
            rows += 1
    if sheet is None:  # an empty table still gets its header
        sheet = book.add_worksheet(name)
        sheet.write_row(0, 0, header, bold)
        sheets = 1
    book.close()
    return {"rows": rows, "sheets": sheets, "cut": cut}
