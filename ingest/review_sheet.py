"""The review sheet: the records in the canonical template's columns, for a person to check in Excel.

:func:`export_sheet` writes every flow (and, in a workbook, every registration) of the current
documents with ``record_id``, ``status``, ``reviewer``, ``note``, ``document`` and ``line``;
:func:`import_sheet` turns the rows a person changed into reviews, all or nothing. A cell that
begins with = + - @ is written with a leading ' so no spreadsheet runs it as a formula.

>>> safe_cell("=HYPERLINK(1)"), unescape_cell("'=HYPERLINK(1)"), safe_cell("住所")
("'=HYPERLINK(1)", '=HYPERLINK(1)', '住所')
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tadori.errors import IngestError

from .normalize import classify_kind, nfkc, split_items, to_iso_date
from .records import ACTIONS as REGISTRATION_ACTIONS
from .records import BASES, KINDS, Flow, Registration
from .recordstore import RecordStore
from .reviews import (
    ADDED_PREFIX,
    FLOW_FIELDS,
    REGISTRATION_FIELDS,
    STATUSES,
    Review,
    ReviewState,
    ReviewStore,
    numbered_records,
)
from .sources import decode_bytes, read_bytes
from .template import _ACTION_WORDS, FLOW_COLUMNS, REGISTRATION_COLUMNS, _xlsx_tables

__all__ = ["REVIEW_COLUMNS", "ImportSummary", "export_sheet", "import_sheet", "parse_field_texts", "safe_cell",
           "sheet_rows", "unescape_cell"]

# version: the id of the document version the sheet was exported from (record ids are per version).
REVIEW_COLUMNS = ("record_id", "status", "reviewer", "note", "document", "line", "version")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SHEETS = {"flow": "流れ", "registration": "登録"}
_TEMPLATE = {"flow": (FLOW_COLUMNS, FLOW_FIELDS), "registration": (REGISTRATION_COLUMNS, REGISTRATION_FIELDS)}


def safe_cell(value: Any) -> Any:
    """A cell value a spreadsheet shows as text: a leading = + - @ gets a ' before it."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def unescape_cell(text: str) -> str:
    """Undo :func:`safe_cell` on a cell read back."""
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(_FORMULA_STARTS):
        return text[1:]
    return text


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "、".join(value)
    return str(value)


def _headers(record_type: str) -> list[str]:
    columns, _ = _TEMPLATE[record_type]
    return [c.header for c in columns] + list(REVIEW_COLUMNS)


def _effective(record: Flow | Registration, state: ReviewState | None) -> dict[str, Any]:
    _, names = _TEMPLATE["flow" if isinstance(record, Flow) else "registration"]
    values = {name: getattr(record, name) for name in names}
    if state is not None:
        values.update({k: v for k, v in state.fields.items() if k in values})
    return values


def sheet_rows(records: RecordStore, record_type: str = "flow", document: str | None = None) -> list[dict[str, Any]]:
    """One dict per record of the current documents (``document``: only that one), by template field.

    Besides the template's fields each row has record_id, status, reviewer, note, document and line.
    """
    documents = [d for d in records.documents(history=False) if document is None or d.name == document]
    if document is not None and not documents:
        known = sorted({d.name for d in records.documents(history=False)})
        from difflib import get_close_matches

        from tadori.errors import NotFound

        raise NotFound("document", document, get_close_matches(document, known, n=3, cutoff=0.5))
    reviews = ReviewStore(records)
    rows = []
    for doc in documents:
        states = reviews.states(doc.id)
        numbered = numbered_records(records, record_type, doc.id)
        for record_id, record in numbered:
            state = states.get((doc.id, record_type, record_id))
            rows.append(_row(record, record_id, state, doc.name, doc.id, doc.municipality, record.line))
        kind = Flow if record_type == "flow" else Registration
        for (_, type_, record_id), state in states.items():
            if type_ == record_type and record_id.startswith(ADDED_PREFIX):
                record = kind(**{k: v for k, v in state.fields.items() if k in _TEMPLATE[record_type][1]})
                rows.append(_row(record, record_id, state, doc.name, doc.id, doc.municipality, state.line))
    return rows


def _row(record: Flow | Registration, record_id: str, state: ReviewState | None, document: str, version: str,
         municipality: str | None, line: int | None) -> dict[str, Any]:
    row: dict[str, Any] = dict(_effective(record, state))
    row["municipality"] = getattr(record, "municipality", None) or municipality
    if isinstance(record, Flow):
        row["source"] = f"{document}:{line}"
    row.update(record_id=record_id, status=state.status if state else "machine",
               reviewer=state.reviewer if state else None, note=state.note if state else None,
               document=document, line=line, version=version)
    return row


def _cells(row: dict[str, Any], record_type: str) -> list[Any]:
    columns, _ = _TEMPLATE[record_type]
    values = [_text(row.get(c.field)) for c in columns] + [row.get(name) for name in REVIEW_COLUMNS]
    return [safe_cell("" if v is None else v) for v in values]


def export_sheet(records: RecordStore, path: str | Path, document: str | None = None) -> dict[str, int]:
    """Write the review sheet to ``path`` (.csv: the flows; .xlsx: a 流れ and a 登録 sheet). Returns row counts."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise IngestError(str(path), "the review sheet is a .csv or .xlsx file")
    types = ("flow",) if suffix == ".csv" else ("flow", "registration")
    tables = {t: sheet_rows(records, t, document) for t in types}
    try:
        if suffix == ".csv":
            with path.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(_headers("flow"))
                writer.writerows(_cells(row, "flow") for row in tables["flow"])
        else:
            from openpyxl import Workbook

            workbook = Workbook()
            workbook.remove(workbook.active)
            for record_type, rows in tables.items():
                sheet = workbook.create_sheet(_SHEETS[record_type])
                sheet.append(_headers(record_type))
                for row in rows:
                    sheet.append(_cells(row, record_type))
            workbook.save(path)
    except OSError as error:
        raise IngestError(str(path), f"cannot write the review sheet ({error.strerror or error})") from None
    return {t: len(rows) for t, rows in tables.items()}


@dataclass
class ImportSummary:
    """What an import stored: reviews by action."""

    actions: Counter[str] = field(default_factory=Counter)
    rows: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"rows": self.rows, "reviews": dict(self.actions)}


def _read_tables(path: Path) -> list[tuple[list[tuple[int, list[str]]]]]:
    source = str(path)
    data = read_bytes(path)
    if path.suffix.lower() == ".xlsx":
        return [(rows,) for _, rows in _xlsx_tables(data, source)]
    if path.suffix.lower() != ".csv":
        raise IngestError(source, "the review sheet is a .csv or .xlsx file")
    text, _ = decode_bytes(data, source)
    return [(list(enumerate(csv.reader(io.StringIO(text)), start=1)),)]


def import_sheet(records: RecordStore, path: str | Path, reviewer: str) -> ImportSummary:
    """Store a review for each row whose status or fields changed, and each row with status ``added``.

    Every row is checked first: a bad one raises :class:`IngestError` with the file, line and column,
    and nothing of the import is stored.
    """
    path = Path(path)
    source = str(path)
    if not reviewer.strip():
        raise IngestError(source, "--reviewer must name the person who reviewed")
    documents = {d.name: d for d in records.documents(history=False)} if records.exists() else {}
    store = ReviewStore(records)
    states = store.states()
    pending: list[Review] = []
    summary = ImportSummary()
    for (rows,) in _read_tables(path):
        rows = [(n, [unescape_cell(c.strip()) for c in row]) for n, row in rows if any(c.strip() for c in row)]
        if not rows:
            continue
        header_line, headers = rows[0]
        names = {nfkc(h): h for h in headers}
        record_type = "registration" if ("登録区分" in names or "action" in names) else "flow"
        columns, fields = _TEMPLATE[record_type]
        by_header = {nfkc(c.header): c.field for c in columns} | {c.field: c.field for c in columns}
        by_header |= {name: name for name in REVIEW_COLUMNS}
        at = [by_header.get(nfkc(h)) for h in headers]
        missing = [name for name in ("record_id", "status", "document") if name not in at]
        if missing:
            raise IngestError(source, f"not a review sheet: column {', '.join(missing)} missing "
                              "(write one with `tadori review export`)", line=header_line)
        header_of = {f: h for f, h in zip(at, headers, strict=False) if f}
        cache: dict[str, dict[str, Any]] = {}
        for line, row in rows[1:]:
            cells = {f: cell for f, cell in zip(at, row, strict=False) if f}
            review = _row_review(records, cells, header_of, record_type, fields, documents, states, cache,
                                 source, line)
            summary.rows += 1
            for item in review:
                item.reviewer = reviewer
                pending.append(item)
    stored = store.add(pending)
    summary.actions.update(r.action for r in stored)
    return summary


def _parse_field(name: str, text: str, fail: Callable[[str, str], IngestError]) -> Any:
    """One cell of the sheet as the record's value, checked like the template's."""
    value = nfkc(text) or None
    if name in ("items", "collection_methods", "items_added"):
        return split_items(value)
    if name == "kind" and value is not None:
        kind = value if value in KINDS else classify_kind(value)
        if kind is None:
            raise fail(f"unknown 区分 {value!r}; use one of {', '.join(KINDS)} or 目的外利用, 外部提供 …", name)
        return kind
    if name == "kind":
        raise fail("区分 is empty", name)
    if name == "basis":
        if value is not None and value not in BASES:
            raise fail(f"unknown 根拠区分 {value!r}; use one of {', '.join(BASES)}", name)
        return value or "unknown"
    if name == "action":
        action = value if value in REGISTRATION_ACTIONS else _ACTION_WORDS.get(value or "")
        if action is None:
            raise fail(f"unknown 登録区分 {value!r}; use 新規, 修正 or 廃止", name)
        return action
    if name in ("start_date", "end_date", "date"):
        try:
            date = to_iso_date(value)
        except ValueError:
            raise fail(f"impossible date {value!r}", name) from None
        if value and date is None:
            raise fail(f"{value!r} is not a full date (平成26年1月14日 or 2014-01-14)", name)
        return date
    return value


def parse_field_texts(record_type: str, texts: dict[str, Any], source: str = "review") -> dict[str, Any]:
    """Fields typed by a person (items separated by 、, dates as written) as record values; a bad one raises
    :class:`IngestError` naming the column.

    >>> parse_field_texts("flow", {"items": "住所、DV情報等", "kind": "外部提供", "start_date": "平成26年1月6日"})
    {'items': ['住所', 'DV情報等'], 'kind': 'external_provision', 'start_date': '2014-01-06'}
    """
    names = _TEMPLATE[record_type][1]

    def fail(message: str, column: str | None = None) -> IngestError:
        return IngestError(source, message, column=column)

    unknown = sorted(set(texts) - set(names))
    if unknown:
        raise fail(f"a {record_type} has no field {', '.join(unknown)}")
    return {name: _parse_field(name, _text(value), fail) for name, value in texts.items()}


def _row_review(records: RecordStore, cells: dict[str, str], header_of: dict[str, str], record_type: str,
                fields: tuple[str, ...], documents: dict[str, Any], states: dict, cache: dict, source: str,
                line: int) -> list[Review]:
    def fail(message: str, column: str | None = None) -> IngestError:
        return IngestError(source, message, line=line, column=header_of.get(column or "", column))

    name = cells.get("document") or ""
    document = documents.get(name)
    if document is None:
        raise fail(f"no current document named {name!r} in the store", "document")
    version = cells.get("version") or ""
    if version and version != document.id:
        raise fail(f"the sheet was exported from version {version} of {name}; the current version is "
                   f"{document.id} (a new version was ingested since): export the sheet again", "version")
    status = cells.get("status") or ""
    if status not in STATUSES:
        raise fail(f"unknown status {status!r}; use one of {', '.join(STATUSES)}", "status")
    record_id = cells.get("record_id") or ""
    note = cells.get("note") or None

    def parsed(names: Iterable[str]) -> dict[str, Any]:
        return {f: _parse_field(f, cells.get(f, ""), fail) for f in names}

    if status == "added" and not record_id:
        number = cells.get("line") or ""
        if not number.isdigit():
            raise fail("an added row needs the line of the document it was read from", "line")
        added = {f: v for f, v in parsed(f for f in fields if f in cells).items() if v not in (None, [])}
        if any(key[0] == document.id and key[1] == record_type and key[2].startswith(ADDED_PREFIX)
               and known.line == int(number) and known.fields == added for key, known in states.items()):
            return []  # the same sheet imported again: the row is already added
        return [Review(document_name=name, record_type=record_type, record_id="", action="add", reviewer="",
                       fields=added, note=note, line=int(number))]
    if document.id not in cache:
        cache[document.id] = dict(numbered_records(records, record_type, document.id))
    state = states.get((document.id, record_type, record_id))
    record = cache[document.id].get(record_id)
    if record is None:
        if state is None or state.status not in ("added", "rejected") or not record_id.startswith(ADDED_PREFIX):
            raise fail(f"no {record_type} {record_id!r} in {name}"
                       + ("; leave record_id empty for a row you add" if status == "added" else ""), "record_id")
        kind = Flow if record_type == "flow" else Registration
        record = kind(**{k: v for k, v in state.fields.items() if k in fields})
        machine = None
    else:
        machine = record
    stated_at = machine.line if machine is not None else state.line if state else None
    written = cells.get("line") or ""
    if written.isdigit() and stated_at is not None and int(written) != stated_at:
        # Record ids are per version: a sheet exported before a new version may name another record.
        raise fail(f"{record_type} {record_id} is on line {stated_at} of {name} now, not {written}: the document "
                   "changed since this sheet was exported; export it again", "line")
    current = _effective(record, state if machine is not None else None)  # an added record: its fields
    edited = parsed(f for f in fields if f in cells and cells[f] != _text(current[f]))
    changed = {f: v for f, v in edited.items() if v != current[f]}
    now = state.status if state else "machine"
    base = {"document_name": name, "record_type": record_type, "record_id": record_id, "reviewer": "",
            "note": note}
    if status == "rejected":
        return [] if now == "rejected" else [Review(action="reject", **base)]
    if status == "added" and machine is not None:
        raise fail("status added is for a row you add: leave its record_id empty", "status")
    reviews = []
    if now == "rejected" and not changed and status in ("machine", "confirmed", "added"):
        reviews.append(Review(action="reset", **base))
        now = "added" if machine is None else "machine"
    if changed:
        reviews.append(Review(action="correct", fields=changed, **base))
    elif status == "confirmed" and now != "confirmed":
        reviews.append(Review(action="confirm", **base))
    elif status == "machine" and now == "confirmed":
        # Back to machine-read. A corrected record keeps its correction: a row whose fields equal the
        # correction is the same sheet imported again, not a request to undo it.
        reviews.append(Review(action="reset", **base))
    return reviews
