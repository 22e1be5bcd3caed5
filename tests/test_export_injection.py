"""Names from documents are data in every export: never a formula, never Mermaid or HTML markup."""

from __future__ import annotations

import csv
import io
import json

import openpyxl
import pytest
from hostile import FORMULA, ITEM, MARKUP, SCRIPT, write_hostile_flows

from tadori.graph.networkx_store import NetworkXStore
from tadori.ingest.loader import ingest_files
from tadori.ingest.recordstore import RecordStore
from tadori.queries.dv_gap import dv_gap
from tadori.queries.exports import csv_cell, mermaid_label, query_metadata, to_csv, to_json, to_mermaid, to_xlsx
from tadori.queries.exports_tables import dv_gap_xlsx, exposure_csv, exposure_xlsx
from tadori.queries.exposure import exposure
from tadori.queries.trace import trace

META = query_metadata({"item": FORMULA, "municipality": "=1+1"}, generated_at="2026-12-05T00:00:00+00:00")


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    records = RecordStore(folder / "t.db")
    ingest_files(records, [write_hostile_flows(folder)])
    return NetworkXStore.from_records(records)


@pytest.fixture(scope="module")
def answer(hostile_store):
    return trace(hostile_store, ITEM)


def _xlsx_cells(content: bytes):
    book = openpyxl.load_workbook(io.BytesIO(content))
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None]


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"])
def test_a_csv_cell_that_a_spreadsheet_would_run_gets_a_quote(text):
    assert csv_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["住民基本台帳業務", "a=b", "", 5, -5, None])
def test_other_cells_are_left_alone(value):
    assert csv_cell(value) == value


def test_the_trace_xlsx_writes_every_name_as_text_never_a_formula(answer):
    assert len(answer.hops) == 3
    cells = _xlsx_cells(to_xlsx(answer, META))
    assert all(cell.data_type != "f" for cell in cells)
    texts = {cell.value for cell in cells}
    assert FORMULA in texts and SCRIPT in texts and "+SUM(A1:A9)" in texts
    assert any(c.value == FORMULA and c.quotePrefix for c in cells)


def test_the_query_sheet_is_text_too(answer):
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(answer, META)))
    values = {row[0].value: row[1] for row in book["query"].iter_rows(min_row=2)}
    assert values["item"].value == FORMULA and values["item"].data_type == "s"
    assert values["municipality"].value == "=1+1" and values["municipality"].data_type == "s"


def test_exposure_and_dv_gap_workbooks_hold_no_formula(hostile_store):
    result = exposure(hostile_store, FORMULA)
    assert result.hops
    for content in (exposure_xlsx(result, META), dv_gap_xlsx(dv_gap(hostile_store), META)):
        assert all(cell.data_type != "f" for cell in _xlsx_cells(content))


def test_a_control_character_in_a_name_does_not_break_the_workbook(answer):
    answer.hops[0].basis_text = "a\x01b"
    try:
        cells = _xlsx_cells(to_xlsx(answer, META))
    finally:
        answer.hops[0].basis_text = None
    assert "a\ufffdb" in {c.value for c in cells}


def test_the_trace_csv_quotes_every_formula_cell(answer):
    rows = list(csv.reader(io.StringIO(to_csv(answer, META).lstrip("\ufeff"))))
    body = [row for row in rows if row and not row[0].startswith("#")][1:]
    cells = [cell for row in body for cell in row]
    assert f"'{FORMULA}" in cells and "'+SUM(A1:A9)" in cells
    assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for cell in cells)


def test_the_exposure_csv_quotes_too(hostile_store):
    text = exposure_csv(exposure(hostile_store, FORMULA), META)
    assert all(not line.startswith(("=", "+", "-", "@")) for line in text.splitlines())


def test_json_keeps_the_names_exactly(answer):
    names = json.dumps(json.loads(to_json(answer, META)), ensure_ascii=False)
    assert SCRIPT in names


def test_mermaid_labels_carry_no_markup_or_label_end(answer):
    text = to_mermaid(answer, META)
    body = [line for line in text.splitlines() if not line.startswith("%%")][1:]
    for line in body:
        label = line.split('"')[1].replace("<br/>", "")  # the quoted label: nothing inside may end it or open markup
        assert not set(label) & set('"<>`|[]{}')
    assert "#lt;script#gt;" in text


def test_mermaid_label_escapes_every_special_character():
    assert mermaid_label(MARKUP) == "a#quot;#93;--#gt;b#123;#123;x#125;#125;#124;y#124;#35;quot#59;#96;**z**#96;"
    assert mermaid_label("a\r\nb") == "a<br/>b"


def test_the_cli_writes_exports_from_below_the_ui():
    from pathlib import Path

    from test_layers import project_imports

    root = Path(__file__).resolve().parents[1]
    for path in (root / "tadori").glob("cli_*.py"):
        assert not any(name.startswith("tadori.dashboard") for name in project_imports(path)), path.name
