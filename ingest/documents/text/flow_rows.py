"""Flow lists: tables of 目的外利用・外部提供 rows, one flow per row.

A table is a flow list when its header names a recipient (利用する課 / 提供先 / 利用先業務名 …).
The source is the row's 担当課 / 業務 (or a 目的外利用した業務 column); the kind comes from a
区分 column, or the header words, or the heading above the table; the basis from a 根拠 column
or, when there is none, from the heading (「条例第9条第3項第3号（生命等の保護）適用 … の内訳」).

>>> from ..layout.lines import split_lines
>>> from ..layout.tables import find_tables
>>> doc = split_lines("提供先\\t担当課\\t業務名\\t根拠\\n社会福祉協議会\\t福祉課\\t見守り業務\\t本人同意")
>>> flows, problems = table_flows(find_tables(doc)[0], doc, set())
>>> (flows[0].recipient_external, flows[0].kind, flows[0].basis)
('社会福祉協議会', 'external_provision', 'consent')
>>> doc = split_lines("業務の名称\\t所管課\\t結合先\\t結合する項目\\n住基事務\\t市民課\\t情報機構\\t氏名")
>>> table_flows(find_tables(doc)[0], doc, set())[0][0].kind
'online_connection'
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...normalize import classify_basis, classify_kind
from ...records import Diagnostic, Flow
from ..layout.lines import Line
from ..layout.tables import Row, Table
from ..model import claim_id
from .arrows import arrow_ends
from .dates import safe_date
from .items import clean_items, compact
from .names import is_business, is_department, is_external_body, split_business_department

_kind_cell = lru_cache(maxsize=256)(classify_kind)  # a list's 区分 column repeats a few words row after row

__all__ = ["heading_basis", "table_flows"]

_REMARKS = re.compile(r"^(?:備考|摘要|注記?|特記事項|その他)$")  # columns that hold no part of a flow, by design
# 「…の電子計算機と…の電子計算機とを通信回線で結合し」: the table under it lists connections
_JOINED_BY_LINE = re.compile(r"(?:通信回線|オンライン|電子計算機)[^。]{0,30}?(?:結合|接続)")
_ARTICLE = re.compile(r"(?:条例|法|規則)第\d+条(?:第\d+項)?(?:第\d+号)?(?:\([^)]*\))?")


def _heading(lines: list[Line], header: Line) -> list[str]:
    """The few prose lines just above a table header (nearest first)."""
    out: list[str] = []
    for index in range(header.no - 2, max(-1, header.no - 12), -1):
        line = lines[index]
        if line.blank or line.cells:
            if line.cells and out:
                break
            continue
        out.append(line.text)
        if len(out) >= 3:
            break
    return out


def heading_basis(lines: list[Line], header: Line) -> tuple[str | None, str | None]:
    """(basis_text, kind) stated by the heading above a table, if any."""
    basis_text = kind = None
    for text in _heading(lines, header):
        flat = compact(text)
        if basis_text is None and classify_basis(flat) != "unknown":
            article = _ARTICLE.search(flat)
            basis_text = article.group(0) if article else flat
        if not ("目的外利用" in flat and "外部提供" in flat):  # a heading naming both kinds says neither
            kind = kind or classify_kind(flat) or ("online_connection" if _JOINED_BY_LINE.search(flat) else None)
    return basis_text, kind


def _header_kind(header: Line) -> str | None:
    """The kind the header words state: 結合先 / 結合する項目 make a list of online connections."""
    if any("結合" in cell or "接続先" in cell for cell in header.cells):
        return "online_connection"
    return classify_kind(" ".join(cell for cell in header.cells if cell))


def _recipient(row: Row, kind: str, known: set[str]) -> tuple[str | None, str | None]:
    """(department, external) of the recipient cell."""
    value = row.get("recipient")
    if not value:
        return None, None
    if kind == "purpose_outside_use" and is_department(value):
        return value, None
    if kind == "purpose_outside_use" and not is_external_body(value, known):
        return value, None
    key = value.replace(" ", "")
    if kind == "external_provision" and key not in known and _PREFECTURE_OFFICE.match(key):
        return None, value  # 「県統計分析課」: a 課 of the prefecture, another body than the city providing
    if kind == "external_provision" and key not in known and not key.endswith(("課", "室", "係")):
        return None, value  # provided outside: a センター or 事務所 no table names as a department is another body
    return (None, value) if is_external_body(value, known) else (value, None)


_PREFECTURE_OFFICE = re.compile(r"^県(?!民)\S+(?:課|室)$")
_KIND_VALUES = {"目的外利用", "外部提供", "オンライン結合", "電子媒体", "本人以外からの収集"}


def _cell_kind(row: Row) -> str | None:
    """The kind written as a whole cell of a column the header did not name (「内容」 holding 外部提供)."""
    for cell, role in zip(row.cells, row.roles, strict=False):
        if role is None and cell.replace(" ", "") in _KIND_VALUES:
            return classify_kind(cell)
    return None


def _purpose_business(row: Row) -> str | None:
    """A 利用の目的 cell that names a business (「敬老祝金支給事務」, not 「…のため」) is what the recipient runs."""
    purpose = row.get("purpose")
    return purpose if purpose and is_business(purpose) and len(purpose) <= 30 else None


def _note_basis(table: Table, row: Row) -> str | None:
    """With no basis column, a 備考 cell that words a basis (「本人同意あり」, 「相当の理由」) gives it."""
    for index, cell in enumerate(table.header.cells or []):
        if cell.replace(" ", "") in ("備考", "摘要") and index < len(row.cells):
            value = row.cells[index].strip()
            if value and len(value) <= 30 and classify_basis(value) != "unknown":
                return value
    return None


def table_flows(table: Table, lines: list[Line], known_departments: set[str],
                hints: dict[str, str] | None = None) -> tuple[list[Flow], list[Diagnostic]]:
    """One flow per row of a flow list; a row without both ends becomes a diagnostic.

    Items that the 理由 cell only implies (「…の課税状況を収集し」) are a fallback for when no items column,
    registry change or prose states the items, since a stated list is better evidence than a reason's
    wording: ``hints`` receives the 理由 cell (by the flow's claim id), read only when needed.
    """
    flows: list[Flow] = []
    problems: list[Diagnostic] = []
    for cell, role in zip(table.header.cells, table.roles, strict=False):
        if cell.strip() and role is None and not _REMARKS.match(cell.strip()):  # a label nobody could place
            problems.append(Diagnostic(table.header.no, "warning", f"column 「{cell.strip()}」 of a flow list is not "
                                                                   "read: its label names no known role",
                                       {"column": cell.strip()}))
    heading_text, heading_kind = heading_basis(lines, table.header)
    header_kind = _header_kind(table.header)
    above: tuple[str | None, str | None] = (None, None)  # the source of the row above
    for row in table.rows:
        kind = (_kind_cell(row.get("kind")) or _cell_kind(row) or header_kind or heading_kind
                or "purpose_outside_use")
        source_business = row.get("source_business") or row.get("business")
        source_department = row.get("department") or row.get("source_department")
        ends = arrow_ends(row.get("flow") or "") if not (source_business or source_department) else None
        recipient_external = None
        if ends:
            (source_department, source_business), (recipient_department, recipient_business) = ends
            if recipient_department and is_external_body(recipient_department, known_departments):
                recipient_department, recipient_external = None, recipient_department
        elif source_business:
            source_business, paren_department = split_business_department(source_business)
            source_department = source_department or paren_department
        elif source_department and " " in source_department.strip():
            # 「市民課 住民基本台帳事務」 under a 保有課 label: the department and its business in one cell
            business, department = split_business_department(source_department)
            if department:
                source_department, source_business = department, business
        elif not source_department and len(row.cells) >= len(table.roles):
            # A cell merged over several rows (rowspan) reaches the text only on its first row: a full-width
            # row whose source cells are blank continues the source of the row above.
            source_department, source_business = above
        if not ends:
            recipient_department, recipient_external = _recipient(row, kind, known_departments)
            recipient_business = row.get("recipient_business") or _purpose_business(row)
            if not recipient_business and (recipient_external or recipient_department):
                # 「交通政策課 高齢者バス乗車券交付事務」: a department-shaped prefix, then a business — internal
                whole = recipient_external or recipient_department or ""
                business, department = split_business_department(whole)
                if department and recipient_external and not department.endswith(("課", "室", "係")):
                    recipient_external, recipient_business = department, business  # 「B委員会(X事務)」: B runs X
                elif department:
                    recipient_department, recipient_business, recipient_external = department, business, None
        if recipient_external and kind == "purpose_outside_use" and not (row.get("kind") or _cell_kind(row)):
            kind = "external_provision"
        if not (source_business or source_department) or not (
            recipient_business or recipient_department or recipient_external
        ):
            problems.append(Diagnostic(row.line.no, "warning",
                                       f"flow row {row.number or ''} lacks a source or a recipient: "
                                       f"{row.line.text[:60]}"))
            continue
        basis_text = row.get("basis") or heading_text or _note_basis(table, row)
        # 「提供内容」 under a table that names both ends in columns of their own: what was provided, the items
        items, item_reason = clean_items(row.get("items") or (row.get("flow") if not ends else None))
        reason = row.get("reason") or item_reason
        flow = Flow(
            source_department=source_department, source_business=source_business,
            recipient_department=recipient_department, recipient_business=recipient_business,
            recipient_external=recipient_external, kind=kind, basis=classify_basis(basis_text),
            basis_text=basis_text, start_date=safe_date(row.get("start_date"), row.line.no, problems),
            items=items, reason=reason, line=row.line.no, quote=row.line.quote,
        )
        flows.append(flow)
        above = (source_department, source_business)
        if hints is not None and row.get("reason"):
            # read by object_items only if nothing better names the items
            hints[claim_id(flow, "flow_list")] = row.get("reason") or ""
    return flows, problems

