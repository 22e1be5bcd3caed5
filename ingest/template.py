"""The canonical registry template: one row per flow, and a second table of registrations.

A city fills it from its own registry as CSV (one file per table) or XLSX (one sheet per
table). Headers are Japanese (English field names are accepted too); which table a sheet
holds is told by its headers. Each row keeps its line (CSV) or row number (XLSX) as
provenance.

>>> [c.header for c in FLOW_COLUMNS][:3]
['自治体', '提供元の課', '提供元の業務']
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tadori.errors import IngestError

from .normalize import classify_basis, classify_kind, nfkc, split_items, to_iso_date
from .records import ACTIONS, BASES, KINDS, Document, Extraction, Flow, Registration
from .sources import decode_bytes, read_bytes

__all__ = ["FLOW_COLUMNS", "REGISTRATION_COLUMNS", "Column", "is_template", "read_template", "write_blank_xlsx"]


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    required: bool
    help: str


FLOW_COLUMNS = (
    Column("municipality", "自治体", True, "City, town or village (川口市)"),
    Column("source_department", "提供元の課", False, "Department that holds the data (市民課)"),
    Column("source_business", "提供元の業務", False, "Business that holds the data (住民基本台帳業務)"),
    Column("kind", "区分", True, "目的外利用 / 外部提供 / オンライン結合 / 本人以外からの収集 (or the English value)"),
    Column("recipient_department", "提供先の課", False, "Department that receives the data"),
    Column("recipient_business", "提供先の業務", False, "Business that receives the data"),
    Column("recipient_external", "外部提供先", False, "Outside party (社会福祉協議会, 委託事業者 …)"),
    Column("basis", "根拠区分", False, "consent / law / vital_interest / reasonable_grounds / council / unknown; "
           "blank: derived from 根拠"),
    Column("basis_text", "根拠", False, "Legal basis as written (本人同意, 条例第9条第3項第4号 …)"),
    Column("start_date", "開始日", False, "平成26年1月14日 or 2014-01-14"),
    Column("end_date", "終了日", False, "Date the flow ended, if it did"),
    Column("items", "項目", False, "Items carried, separated by 、 (DV情報等、住所)"),
    Column("reason", "理由", False, "Why, in a short phrase"),
    Column("source", "出典", False, "Where the fact is published (document, page or row)"),
)

REGISTRATION_COLUMNS = (
    Column("municipality", "自治体", True, "City, town or village"),
    Column("department", "課", True, "Department that operates the business"),
    Column("business", "業務", True, "Name of the business as registered"),
    Column("action", "登録区分", True, "新規 / 修正 / 廃止 (or new / modify / abolish)"),
    Column("date", "年月日", False, "Date of the registration change"),
    Column("purpose", "目的", False, "Purpose of collection"),
    Column("subjects", "対象者", False, "Whose data is recorded"),
    Column("collection_methods", "収集方法", False, "本人収集、本人以外 … separated by 、"),
    Column("items_added", "追加項目", False, "Items added by the change, separated by 、"),
)

_ACTION_WORDS = {"新規": "new", "登録": "new", "開始": "new", "修正": "modify", "変更": "modify", "廃止": "abolish"}
# 根拠区分 in Japanese (the words of the drop-down list), beside the English values.
BASIS_WORDS = {"本人同意": "consent", "法令等": "law", "生命等の保護": "vital_interest",
               "相当の理由": "reasonable_grounds", "審議会の答申": "council", "不明": "unknown"}
KIND_WORDS = ("目的外利用", "外部提供", "オンライン結合", "本人以外からの収集")
ACTION_CHOICES = ("新規", "修正", "廃止")
# A row whose 自治体 is this is the workbook's example: shown to whoever fills it, never read.
EXAMPLE_MARK = "記入例"
_EXAMPLE_FLOW = {"municipality": EXAMPLE_MARK, "source_department": "市民課", "source_business": "住民基本台帳業務",
                 "kind": "目的外利用", "recipient_department": "介護保険課",
                 "recipient_business": "介護保険資格管理業務",
                 "basis": "相当の理由", "basis_text": "相当の理由・権利利益を害しない", "start_date": "平成26年1月14日",
                 "items": "氏名、住所、DV情報等", "reason": "窓口で支援措置の対象者に配慮するため",
                 "source": "令和5年度 運用状況 3頁"}
_EXAMPLE_REGISTRATION = {"municipality": EXAMPLE_MARK, "department": "介護保険課", "business": "介護保険資格管理業務",
                         "action": "修正", "date": "平成26年1月14日", "items_added": "DV情報等"}


def _header_map(columns: Iterable[Column]) -> dict[str, str]:
    mapping = {}
    for column in columns:
        mapping[nfkc(column.header)] = column.field
        mapping[column.field] = column.field
    return mapping


_FLOW_HEADERS = _header_map(FLOW_COLUMNS)
_REGISTRATION_HEADERS = _header_map(REGISTRATION_COLUMNS)


# Headers only the registrations table has: with 自治体 and two of these, a table is the registrations
# table even when 登録区分 is missing (then refused for it, not read as a document with no records).
_REGISTRATION_ONLY = {nfkc(c.header) for c in REGISTRATION_COLUMNS[1:]} | {c.field for c in REGISTRATION_COLUMNS[1:]}


def _table_kind(headers: list[str]) -> str | None:
    names = {nfkc(h) for h in headers}
    if {"登録区分", "action"} & names:
        return "registrations"
    if names & {"提供元の業務", "提供元の課", "source_business", "source_department"}:
        return "flows"
    if {"自治体", "municipality"} & names and len(names & _REGISTRATION_ONLY) >= 2:
        return "registrations"
    return None


def is_template(path: str | Path) -> bool:
    """True for a CSV whose first line, or an XLSX with a sheet whose first filled row, holds the template's
    headers. Any other CSV or workbook is a published document, read as one (see ingest/formats)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        try:
            tables = _xlsx_tables(read_bytes(path), str(path))
        except IngestError:
            return False  # not a workbook the template reader can open: the document reader will say why
        for _, rows in tables:
            first = next((row for _, row in rows if any(cell.strip() for cell in row)), None)
            if first is not None and _table_kind(first) is not None:
                return True
        return False
    if suffix != ".csv":
        return False
    head = read_bytes(path)[:4096]
    head = head[: head.rfind(b"\n") + 1] or head  # whole lines only: a cut character would fail to decode
    text, _ = decode_bytes(head, str(path))
    first = next(csv.reader(io.StringIO(text)), [])
    return _table_kind(first) is not None


def read_template(path: str | Path) -> Extraction:
    """Read a CSV or XLSX template into an :class:`Extraction`; an unusable table raises IngestError."""
    source = str(path)
    data = read_bytes(path)
    if Path(path).suffix.lower() == ".xlsx":
        tables = _xlsx_tables(data, source)
        text = "\n".join("\t".join(row) for _, rows in tables for _, row in rows)
    else:
        text, _ = decode_bytes(data, source)
        tables = [("csv", list(enumerate(csv.reader(io.StringIO(text)), start=1)))]
    document = Document(path=source, sha256=hashlib.sha256(data).hexdigest(), text=text, genre="template")
    extraction = Extraction(document=document)
    for sheet, rows in tables:
        rows = [(n, row) for n, row in rows if any(cell.strip() for cell in row)]
        if not rows:
            continue
        header_line, headers = rows[0]
        kind = _table_kind(headers)
        if kind is None:
            raise IngestError(source, f"{sheet}: the header row does not name the template's columns "
                              "(see README: 提供元の業務 … or 登録区分 …)", line=header_line)
        columns = FLOW_COLUMNS if kind == "flows" else REGISTRATION_COLUMNS
        mapping = _FLOW_HEADERS if kind == "flows" else _REGISTRATION_HEADERS
        fields_at = [mapping.get(nfkc(h)) for h in headers]
        missing = [c.header for c in columns if c.required and c.field not in fields_at]
        if missing:
            raise IngestError(source, f"required column missing: {', '.join(missing)}", line=header_line)
        for line, row in rows[1:]:
            values = {f: nfkc(cell) or None for f, cell in zip(fields_at, row, strict=False) if f}
            if values.get("municipality") == EXAMPLE_MARK:
                continue
            if kind == "flows":
                extraction.flows.append(_flow(values, source, line, row, len(extraction.flows) + 1))
            else:
                extraction.registrations.append(_registration(values, source, line, row))
    municipalities = [r.municipality for r in extraction.flows + extraction.registrations if r.municipality]
    document.municipality = max(set(municipalities), key=municipalities.count) if municipalities else None
    document.title = Path(source).stem
    return extraction


def _date(values: dict, field: str, source: str, line: int) -> str | None:
    text = values.get(field)
    try:
        value = to_iso_date(text)
    except ValueError:
        raise IngestError(source, f"impossible date {text!r}", line=line, column=field) from None
    if text and value is None:
        raise IngestError(source, f"{text!r} is not a full date (平成26年1月14日 or 2014-01-14)", line=line,
                          column=field)
    return value


def _flow(values: dict, source: str, line: int, row: list[str], number: int) -> Flow:
    if not values.get("municipality"):
        raise IngestError(source, "自治体 (municipality) is empty", line=line, column="自治体")
    kind = values.get("kind")
    kind_value = kind if kind in KINDS else classify_kind(kind)
    if kind_value is None:
        raise IngestError(source, f"unknown 区分 {kind!r}; use 目的外利用, 外部提供, オンライン結合 or "
                          "本人以外からの収集", line=line, column="区分")
    basis = values.get("basis")
    basis = BASIS_WORDS.get(basis, basis) if basis else basis
    if basis and basis not in BASES:
        raise IngestError(source, f"unknown 根拠区分 {basis!r}; use one of {', '.join(BASIS_WORDS)} "
                          f"or {', '.join(BASES)}", line=line, column="根拠区分")
    if not (values.get("source_business") or values.get("source_department")) and kind_value != \
            "collection_from_others":
        raise IngestError(source, "a flow needs 提供元の業務 or 提供元の課", line=line)
    if not (values.get("recipient_business") or values.get("recipient_department")
            or values.get("recipient_external")):
        raise IngestError(source, "a flow needs 提供先の業務, 提供先の課 or 外部提供先", line=line)
    return Flow(
        id=f"f{number}",
        source_department=values.get("source_department"),
        source_business=values.get("source_business"),
        recipient_department=values.get("recipient_department"),
        recipient_business=values.get("recipient_business"),
        recipient_external=values.get("recipient_external"),
        kind=kind_value,
        basis=basis or classify_basis(values.get("basis_text")),
        basis_text=values.get("basis_text"),
        start_date=_date(values, "start_date", source, line),
        end_date=_date(values, "end_date", source, line),
        items=split_items(values.get("items")),
        reason=values.get("reason"),
        line=line,
        quote=",".join(row),
        municipality=values["municipality"],
    )


def _registration(values: dict, source: str, line: int, row: list[str]) -> Registration:
    action = values.get("action") or ""
    action_value = action if action in ACTIONS else _ACTION_WORDS.get(action)
    if action_value is None:
        raise IngestError(source, f"unknown 登録区分 {action!r}; use 新規, 修正 or 廃止", line=line, column="登録区分")
    for column in REGISTRATION_COLUMNS:
        if column.required and not values.get(column.field):
            raise IngestError(source, f"{column.header} is empty", line=line, column=column.header)
    return Registration(
        department=values.get("department"),
        business=values.get("business"),
        action=action_value,
        date=_date(values, "date", source, line),
        purpose=values.get("purpose"),
        subjects=values.get("subjects"),
        collection_methods=split_items(values.get("collection_methods")),
        items_added=split_items(values.get("items_added")),
        line=line,
        quote=",".join(row),
        municipality=values.get("municipality"),
    )


def _xlsx_tables(data: bytes, source: str) -> list[tuple[str, list[tuple[int, list[str]]]]]:
    from openpyxl import load_workbook  # imported here: only XLSX input needs it

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises several unrelated types for a broken file
        raise IngestError(source, f"not a readable XLSX workbook ({type(error).__name__})") from None
    tables = []
    for sheet in workbook.worksheets:
        rows = []
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            rows.append((number, ["" if cell is None else _cell_text(cell) for cell in row]))
        tables.append((f"sheet {sheet.title}", rows))
    workbook.close()
    return tables


def _cell_text(cell: object) -> str:
    if hasattr(cell, "date") and hasattr(cell, "isoformat"):
        return cell.date().isoformat() if hasattr(cell, "hour") else cell.isoformat()  # type: ignore[union-attr]
    return str(cell)


def write_blank_xlsx(path: str | Path, rows: int = 1000) -> None:
    """Write a template workbook: a 流れ sheet and a 登録 sheet with the headers, an example row each
    (自治体 記入例: never read) and drop-down lists for 区分, 根拠区分 and 登録区分 on ``rows`` rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    flows = workbook.active
    flows.title = "流れ"
    registrations = workbook.create_sheet("登録")
    lists = {"kind": KIND_WORDS, "basis": tuple(BASIS_WORDS), "action": ACTION_CHOICES}
    for sheet, columns, example in ((flows, FLOW_COLUMNS, _EXAMPLE_FLOW),
                                    (registrations, REGISTRATION_COLUMNS, _EXAMPLE_REGISTRATION)):
        sheet.append([c.header for c in columns])
        sheet.append([example.get(c.field) for c in columns])
        for cell in sheet[2]:
            cell.font = Font(italic=True, color="808080")
        for number, column in enumerate(columns, start=1):
            letter = sheet.cell(row=1, column=number).column_letter
            sheet.column_dimensions[letter].width = max(12, 2 * len(column.header) + 2)
            if column.field in lists:
                choices = DataValidation(type="list", formula1='"' + ",".join(lists[column.field]) + '"',
                                         allow_blank=True, showErrorMessage=True,
                                         errorTitle=column.header, error="、".join(lists[column.field]))
                sheet.add_data_validation(choices)
                choices.add(f"{letter}2:{letter}{rows + 1}")
        sheet.freeze_panes = "A2"
    workbook.save(path)
