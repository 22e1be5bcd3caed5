"""Document versions and reviews in the record store, the reviewed graph, and the review sheet.

Documents here are copies of the example template (examples/sample-flows.csv), edited in the
test to make new versions; the Kawaguchi seed scenario is in test_review_cli.py.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from tadori.errors import IngestError, NotFound
from tadori.graph.networkx_store import NetworkXStore
from tadori.ingest.loader import ingest_files
from tadori.ingest.recordstore import _SCHEMA, RecordStore
from tadori.ingest.review_sheet import export_sheet, import_sheet, sheet_rows
from tadori.ingest.reviews import Review, ReviewStore, rejected_flows, reviewed_flows
from tadori.queries.trace import trace

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-flows.csv"
NAME = "flows.csv"


def write_version(folder: Path, lines: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / NAME
    lines = list(lines)
    # The reader sniffs the first 4096 bytes; keep a character from straddling that boundary by
    # padding the first row's last (出典) cell.
    while not _decodes("\n".join(lines).encode("utf-8")[:4096]):
        lines[1] += " "
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _decodes(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@pytest.fixture
def lines() -> list[str]:
    return SAMPLE.read_text(encoding="utf-8").splitlines()


@pytest.fixture
def records(tmp_path: Path, lines: list[str]) -> RecordStore:
    store = RecordStore(tmp_path / "t.db")
    ingest_files(store, [write_version(tmp_path / "v1", lines)])
    return store


def flow_id_to(records: RecordStore, business: str) -> str:
    return next(f.id for f, _ in records.flows() if f.recipient_business == business)


def dv_recipients(records: RecordStore) -> set[str]:
    hops = trace(NetworkXStore.from_records(records), "DV情報等").hops
    return {h.recipient["business"] for h in hops}


# -- versions ---------------------------------------------------------------------------------
def test_an_older_store_opens_and_gains_the_version_and_review_tables(tmp_path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        db.executescript(_SCHEMA)
        db.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    store = RecordStore(path)
    assert store.documents() == []
    with sqlite3.connect(path) as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"reviews", "document_versions"} <= tables
    RecordStore(path).documents()  # opening again changes nothing


def test_a_new_version_replaces_the_records_and_keeps_the_old_one_as_history(tmp_path, records, lines):
    before = len(records.flows())
    report = ingest_files(records, [write_version(tmp_path / "v2", lines[:-3])])
    assert len(report.added) == 1
    documents = records.documents()
    assert [d.name for d in documents] == [NAME, NAME]
    assert [d.current for d in documents] == [False, True]
    assert documents[0].superseded_by == documents[1].id
    assert len(records.flows()) == before - 3
    assert [d.id for d in records.documents(history=False)] == [documents[1].id]
    assert len(records.flows(documents[0].id)) == before  # the old version's records stay readable
    graph = NetworkXStore.from_records(records)
    assert {p["document_id"] for f in graph.flows() for p in f.provenance} == {documents[1].id}


def test_identical_bytes_are_still_a_no_op(tmp_path, records, lines):
    report = ingest_files(records, [write_version(tmp_path / "again", lines)])
    assert report.added == [] and len(report.skipped) == 1
    assert len(records.documents()) == 1


def test_remove_deletes_every_version_in_one_transaction(tmp_path, records, lines):
    ingest_files(records, [write_version(tmp_path / "v2", lines[:-1])])
    removed = records.remove_document(NAME)
    assert removed["documents"] == 2 and removed["flows"] > 0
    assert records.documents() == [] and records.flows() == []


def test_removing_an_unknown_document_names_it_and_changes_nothing(records):
    counts = records.counts()
    with pytest.raises(NotFound, match="flow.csv"):
        records.remove_document("flow.csv")
    assert records.counts() == counts


# -- reviews applied to the graph ---------------------------------------------------------------
def test_a_rejected_flow_leaves_the_graph_and_is_listed_on_request(records):
    assert "料金収納システム業務" in dv_recipients(records)
    flow = flow_id_to(records, "料金収納システム業務")
    ReviewStore(records).add([Review(NAME, "flow", flow, "reject", "佐藤", note="根拠なし")])
    assert "料金収納システム業務" not in dv_recipients(records)
    [(rejected, _, review)] = list(rejected_flows(records))
    assert rejected.id == flow and review["status"] == "rejected" and review["reviewer"] == "佐藤"
    assert len(records.flows()) == len(list(reviewed_flows(records))) + 1  # the reader's record is untouched


def test_correct_confirm_and_add_show_on_each_hop_with_the_reviewer(records):
    reviews = ReviewStore(records)
    first = flow_id_to(records, "介護保険資格管理業務")
    second = flow_id_to(records, "介護保険料賦課徴収業務")
    reviews.add([
        Review(NAME, "flow", first, "correct", "佐藤", fields={"basis": "law", "basis_text": "住民基本台帳法"}),
        Review(NAME, "flow", second, "confirm", "鈴木"),
        Review(NAME, "flow", "", "add", "佐藤", fields={
            "source_business": "住民基本台帳業務", "source_department": "市民課", "recipient_business": "試験業務",
            "kind": "purpose_outside_use", "items": ["DV情報等"]}, line=3, note="読み落とし"),
    ])
    hops = {h.recipient["business"]: h for h in trace(NetworkXStore.from_records(records), "DV情報等").hops}
    assert hops["介護保険資格管理業務"].basis == "law"
    assert hops["介護保険資格管理業務"].review["status"] == "corrected"
    assert hops["介護保険料賦課徴収業務"].review["status"] == "confirmed"
    assert hops["介護保険料賦課徴収業務"].review["reviewer"] == "鈴木"
    added = hops["試験業務"].to_dict()
    assert added["review"]["status"] == "added" and added["review"]["note"] == "読み落とし"
    assert added["provenance"]["line"] == 3 and added["provenance"]["document"] == NAME
    assert added["review"]["at"].endswith("+00:00")
    assert hops["生活機能評価関係業務"].review == {"status": "machine", "reviewer": None, "at": None, "note": None}
    from tadori.dashboard.trace_view import hop_row

    assert hop_row(hops["試験業務"])["review"] == "追加（佐藤）"
    assert hop_row(hops["生活機能評価関係業務"], "en")["review"] == "machine"


def test_a_review_of_a_record_that_does_not_exist_is_refused_and_nothing_is_stored(records):
    reviews = ReviewStore(records)
    with pytest.raises(IngestError, match="no flow 'f999'"):
        reviews.add([Review(NAME, "flow", flow_id_to(records, "介護保険資格管理業務"), "reject", "佐藤"),
                     Review(NAME, "flow", "f999", "reject", "佐藤")])
    assert reviews.reviews() == []


# -- reviews survive ------------------------------------------------------------------------------
def test_reviews_follow_their_statements_into_a_new_version_and_unplaceable_ones_are_kept(tmp_path, records,
                                                                                          lines):
    reviews = ReviewStore(records)
    rejected = flow_id_to(records, "料金収納システム業務")
    doomed = flow_id_to(records, "介護保険料賦課徴収業務")
    reviews.add([Review(NAME, "flow", rejected, "reject", "佐藤"),
                 Review(NAME, "flow", doomed, "confirm", "佐藤"),
                 Review(NAME, "flow", "", "add", "佐藤", line=4, fields={
                     "source_business": "住民基本台帳業務", "recipient_business": "試験業務", "items": ["DV情報等"]})])
    # The new version: two rows inserted near the top, the confirmed row deleted.
    doomed_line = next(f.line for f, _ in records.flows() if f.id == doomed)
    new = lines[:2] + [lines[1].replace("介護保険資格管理業務", "新設業務")] * 2 + [
        line for n, line in enumerate(lines[2:], start=3) if n != doomed_line]
    ingest_files(records, [write_version(tmp_path / "v2", new)])
    assert records.reattached[NAME] == (2, 1)
    assert "料金収納システム業務" not in dv_recipients(records)
    assert "試験業務" in dv_recipients(records)
    [orphan] = reviews.orphans()
    assert orphan.action == "confirm" and orphan.line == doomed_line
    added = next(r for r in reviews.reviews() if r.action == "add")
    assert added.quote == lines[3] and added.line == new.index(lines[3]) + 1 == 5


# -- the review sheet -----------------------------------------------------------------------------
def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(path.open(encoding="utf-8-sig")))


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_importing_an_unchanged_sheet_stores_nothing(tmp_path, records):
    sheet = tmp_path / "review.csv"
    export_sheet(records, sheet)
    assert import_sheet(records, sheet, "佐藤").actions == {}
    assert ReviewStore(records).reviews() == []


def test_the_sheet_round_trips_reject_correct_and_add(tmp_path, records):
    sheet = tmp_path / "review.csv"
    export_sheet(records, sheet, document=NAME)
    rows = read_csv(sheet)
    header = rows[0]
    assert header[-7:] == ["record_id", "status", "reviewer", "note", "document", "line", "version"]
    column = {name: header.index(name) for name in header}
    by_recipient = {row[column["提供先の業務"]]: row for row in rows[1:]}
    by_recipient["料金収納システム業務"][column["status"]] = "rejected"
    by_recipient["介護保険資格管理業務"][column["根拠区分"]] = "law"
    added = [""] * len(header)
    for name, value in {"自治体": "川口市", "提供元の業務": "住民基本台帳業務", "区分": "目的外利用",
                        "提供先の業務": "試験業務", "項目": "DV情報等", "status": "added", "document": NAME,
                        "line": "3"}.items():
        added[column[name]] = value
    write_csv(sheet, [*rows, added])
    summary = import_sheet(records, sheet, "佐藤")
    assert summary.actions == {"reject": 1, "correct": 1, "add": 1}
    assert import_sheet(records, sheet, "佐藤").actions == {}  # importing it again changes nothing
    statuses = {row["recipient_business"]: row for row in sheet_rows(records)}
    assert statuses["料金収納システム業務"]["status"] == "rejected"
    assert statuses["介護保険資格管理業務"]["status"] == "corrected"
    assert statuses["介護保険資格管理業務"]["basis"] == "law"
    assert statuses["試験業務"]["status"] == "added" and statuses["試験業務"]["reviewer"] == "佐藤"


@pytest.mark.parametrize(("column", "value", "message"), [
    ("status", "maybe", "unknown status"),
    ("区分", "どこか", "unknown 区分"),
    ("開始日", "平成25年2月30日", "impossible date"),
    ("document", "other.csv", "no current document"),
])
def test_a_bad_row_names_file_line_and_column_and_nothing_is_stored(tmp_path, records, column, value, message):
    sheet = tmp_path / "review.csv"
    export_sheet(records, sheet)
    rows = read_csv(sheet)
    index = rows[0].index(column)
    rows[2][rows[0].index("status")] = "rejected"  # a good change before the bad row …
    rows[5][index] = value
    write_csv(sheet, rows)
    with pytest.raises(IngestError) as error:
        import_sheet(records, sheet, "佐藤")
    assert error.value.line == 6 and error.value.column == column and message in error.value.message
    assert str(sheet) in str(error.value)
    assert ReviewStore(records).reviews() == []  # … is not stored either


def test_the_sheet_writes_formula_like_names_as_text(tmp_path, records):
    flow = flow_id_to(records, "介護保険資格管理業務")
    ReviewStore(records).add([Review(NAME, "flow", flow, "correct", "佐藤",
                                     fields={"recipient_business": "=HYPERLINK(\"http://x\")"}, note="@note")])
    sheet = tmp_path / "review.csv"
    export_sheet(records, sheet)
    cells = [cell for row in read_csv(sheet) for cell in row]
    assert "'=HYPERLINK(\"http://x\")" in cells and "'@note" in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
    workbook_path = tmp_path / "review.xlsx"
    export_sheet(records, workbook_path)
    from openpyxl import load_workbook

    workbook = load_workbook(workbook_path)
    assert workbook.sheetnames == ["流れ", "登録"]
    values = [c.value for row in workbook["流れ"].iter_rows() for c in row if isinstance(c.value, str)]
    assert "'=HYPERLINK(\"http://x\")" in values
    assert all(c.data_type != "f" for row in workbook["流れ"].iter_rows() for c in row)
    assert import_sheet(records, workbook_path, "佐藤").actions == {}  # read back as it was written


def test_an_xlsx_sheet_imports_like_a_csv(tmp_path, records):
    from openpyxl import load_workbook

    path = tmp_path / "review.xlsx"
    export_sheet(records, path)
    workbook = load_workbook(path)
    sheet = workbook["流れ"]
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[header.index("提供先の業務")].value == "料金収納システム業務":
            row[header.index("status")].value = "rejected"
    workbook.save(path)
    assert import_sheet(records, path, "佐藤").actions == {"reject": 1}
    assert "料金収納システム業務" not in dv_recipients(records)


# -- what the review page reads -------------------------------------------------------------------
def test_the_review_view_marks_lines_counts_progress_and_prefills_from_a_line(records):
    from tadori.queries.review import review_document, review_documents

    reviews = ReviewStore(records)
    reviews.add([Review(NAME, "flow", flow_id_to(records, "料金収納システム業務"), "reject", "佐藤"),
                 Review(NAME, "flow", flow_id_to(records, "介護保険資格管理業務"), "confirm", "佐藤")])
    graph = NetworkXStore.from_records(records)
    [listed] = review_documents(graph)
    view = review_document(graph, listed["id"])
    assert (listed["total"], listed["reviewed"]) == (view.total, view.reviewed) == (len(records.flows()), 2)
    marks = {n: mark for n, _, mark in view.lines}
    rejected_line = next(r["line"] for r in view.records if r["status"] == "rejected")
    assert marks[1] == "untouched" and marks[rejected_line] == "untouched"  # the header; a rejected statement
    assert marks[2] == "read"
    assert view.found_on(2)["recipient_business"] == "介護保険資格管理業務"
    assert "住民基本台帳業務" in view.names["business"]
    assert review_document(graph, "nope") is None


def test_the_documents_page_marks_an_older_version(tmp_path, records, lines):
    from tadori.dashboard import review_writer, state
    from tadori.dashboard.app import create_app

    ingest_files(records, [write_version(tmp_path / "v2", lines[:-1])])
    before, writer = state._store, review_writer.get_review_writer()
    try:
        create_app(NetworkXStore.from_records(records))  # registers the pages
        from tadori.dashboard.pages.documents import layout

        text = str(layout(lang="en"))
    finally:
        state._store = before
        review_writer.set_review_writer(writer)
    assert text.count("older version, replaced") == 1


def test_a_sheet_exported_before_a_new_version_is_refused_where_its_records_moved(tmp_path, records, lines):
    sheet = tmp_path / "review.csv"
    export_sheet(records, sheet)
    ingest_files(records, [write_version(tmp_path / "v2", [lines[0], *lines[2:]])])  # every row moves up
    rows = read_csv(sheet)
    rows[3][rows[0].index("status")] = "rejected"
    write_csv(sheet, rows)
    with pytest.raises(IngestError, match="a new version was ingested since") as error:
        import_sheet(records, sheet, "佐藤")
    assert error.value.line == 2 and error.value.column == "version"
    assert ReviewStore(records).reviews() == []


def test_registrations_are_reviewed_in_the_workbook_s_second_sheet(tmp_path, records):
    from openpyxl import load_workbook

    from tadori.ingest.reviews import reviewed_registrations

    ingest_files(records, [ROOT / "examples" / "sample-registrations.csv"])
    before = list(reviewed_registrations(records))
    path = tmp_path / "review.xlsx"
    export_sheet(records, path, document="sample-registrations.csv")
    workbook = load_workbook(path)
    sheet = workbook["登録"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["自治体", "課", "業務"] and sheet.max_row == len(before) + 1
    rejected = sheet.cell(row=2, column=header.index("業務") + 1).value
    sheet.cell(row=2, column=header.index("status") + 1).value = "rejected"
    sheet.cell(row=3, column=header.index("追加項目") + 1).value = "電話番号"
    workbook.save(path)
    assert import_sheet(records, path, "佐藤").actions == {"reject": 1, "correct": 1}
    after = list(reviewed_registrations(records))
    assert len(after) == len(before) - 1 and rejected not in {r.business for r, _, _ in after}
    corrected = [(r, review) for r, _, review in after if review]
    assert [(r.items_added, review["status"]) for r, review in corrected] == [(["電話番号"], "corrected")]


def test_a_rejection_is_taken_back_in_the_sheet_for_read_and_added_rows(tmp_path, records):
    reviews = ReviewStore(records)
    flow = flow_id_to(records, "料金収納システム業務")
    [added] = reviews.add([Review(NAME, "flow", "", "add", "佐藤", line=3, fields={
        "source_business": "住民基本台帳業務", "recipient_business": "試験業務", "items": ["DV情報等"]})])
    reviews.add([Review(NAME, "flow", flow, "reject", "佐藤"), Review(NAME, "flow", added.record_id, "reject", "佐藤")])
    sheet = tmp_path / "review.csv"
    export_sheet(records, sheet)
    rows = read_csv(sheet)
    at = {name: rows[0].index(name) for name in ("record_id", "status")}
    for row in rows[1:]:
        if row[at["record_id"]] == flow:
            row[at["status"]] = "machine"
        if row[at["record_id"]] == added.record_id:
            row[at["status"]] = "added"
    write_csv(sheet, rows)
    assert import_sheet(records, sheet, "鈴木").actions == {"reset": 2}
    assert {"料金収納システム業務", "試験業務"} <= dv_recipients(records)
