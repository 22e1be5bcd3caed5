"""Workbooks (.xlsx through openpyxl, .xls through xlrd) and CSV files that are not the canonical template.

Every sheet becomes rows of tab-separated cells (merged cells expanded into every cell they cover),
a blank line between sheets; each line's locator names the sheet and the 1-based row.

>>> converted = convert_csv("No.,担当課,業務\\n1,市民課,\\"住民基本台帳\\n業務\\"\\n".encode(), "x.csv")
>>> converted.lines, converted.locators[1]
(['No.\\t担当課\\t業務', '1\\t市民課\\t住民基本台帳 業務'], {'sheet': None, 'row': 2})
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from tadori.errors import IngestError

from ..sources import decode_bytes
from .cells import row_line
from .model import Converted

__all__ = ["convert_csv", "convert_xls", "convert_xlsx"]


def _value_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if not (value.hour or value.minute) else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _add_sheet(converted: Converted, sheet: str | None, rows: list[list[str]]) -> None:
    if converted.lines and converted.lines[-1]:
        converted.add("", sheet=sheet)
    for number, cells in enumerate(rows, start=1):
        line = row_line(cells)
        if not line and (not converted.lines or not converted.lines[-1]):
            continue  # one blank line stands for a run of empty rows
        converted.add(line, sheet=sheet, row=number)


def _expand(rows: list[list[str]], merged: list[tuple[int, int, int, int]]) -> None:
    """Copy a merged range's value (top-left cell) into every cell it covers; ranges are 0-based, end-exclusive."""
    for row_lo, row_hi, col_lo, col_hi in merged:
        value = rows[row_lo][col_lo] if row_lo < len(rows) and col_lo < len(rows[row_lo]) else ""
        for r in range(row_lo, min(row_hi, len(rows))):
            row = rows[r]
            row.extend([""] * (col_hi - len(row)))
            for c in range(col_lo, col_hi):
                row[c] = value


def convert_xlsx(data: bytes, source: str) -> Converted:
    """Every sheet of an .xlsx workbook, merged cells expanded."""
    from openpyxl import load_workbook  # imported here: only workbooks need it

    try:
        workbook = load_workbook(io.BytesIO(data), data_only=True)
    except Exception as error:  # openpyxl raises several unrelated types for a broken file
        raise IngestError(source, f"not a readable XLSX workbook ({type(error).__name__})") from None
    converted = Converted()
    for sheet in workbook.worksheets:
        rows = [[_value_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        merged = [(r.min_row - 1, r.max_row, r.min_col - 1, r.max_col) for r in sheet.merged_cells.ranges]
        _expand(rows, merged)
        _add_sheet(converted, sheet.title, rows)
    return converted


def convert_xls(data: bytes, source: str) -> Converted:
    """Every sheet of a legacy .xls workbook (BIFF), merged cells expanded."""
    import xlrd  # imported here: only legacy workbooks need it

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=False)
    except Exception as error:  # xlrd raises its own and struct errors for a broken file
        raise IngestError(source, f"not a readable XLS workbook ({type(error).__name__})") from None
    converted = Converted()
    for sheet in book.sheets():
        rows = []
        for r in range(sheet.nrows):
            row = []
            for c in range(sheet.ncols):
                cell = sheet.cell(r, c)
                value = cell.value
                if cell.ctype == xlrd.XL_CELL_DATE:
                    value = xlrd.xldate.xldate_as_datetime(value, book.datemode)
                row.append(_value_text(value))
            rows.append(row)
        _expand(rows, list(sheet.merged_cells))
        _add_sheet(converted, sheet.name, rows)
    return converted


def convert_csv(data: bytes, source: str) -> Converted:
    """A CSV document (comma, or tab when the first line has tabs and no commas); a cell's line breaks kept in it."""
    text, _ = decode_bytes(data, source)
    first = text.split("\n", 1)[0]
    dialect = "excel-tab" if "\t" in first and "," not in first else "excel"
    converted = Converted()
    reader = csv.reader(io.StringIO(text), dialect=dialect)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as error:
        raise IngestError(source, f"not a readable CSV file ({error})", line=reader.line_num) from None
    for number, cells in rows:
        line = row_line(cells)
        if not line and (not converted.lines or not converted.lines[-1]):
            continue
        converted.add(line, sheet=None, row=number)
    return converted
