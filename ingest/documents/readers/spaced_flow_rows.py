"""Flow lists laid out one row a line with the cells parted by single spaces (a 別表 copied from a rules page).

A rules system's annexed table often loses its tabs: the header line is a run of short words that
:func:`..layout.tables.header_roles` reads as a flow list's header, and each row below is one line with the
same number of space-separated cells. A recipient cell may hold a department and its business parted by a space,
so a row one or two words longer than the header gives its extra words to the recipient column; a row with too
few cells is a diagnostic candidate. The rows end at the first line that is not such a row, and are read as any
flow list (:mod:`..text.flow_rows`).

>>> from ..layout.page import page_of
>>> page = page_of("別表\\n区分 保有課 事務 利用課又は提供先 項目 根拠\\n"
...                "目的外利用 市民課 住基事務 福祉課 手当事務 氏名 相当の理由\\n"
...                "外部提供 税務課 課税事務 架空町社会福祉協議会 住所 本人同意")
>>> [(f.source_department, f.recipient_department or f.recipient_external, f.recipient_business, f.basis, f.line)
...  for f in read(page, Readings()).flows]
[('市民課', '福祉課', '手当事務', 'reasonable_grounds', 3), ('税務課', '架空町社会福祉協議会', None, 'consent', 4)]
"""

from __future__ import annotations

from ...records import Diagnostic
from ..layout.lines import Line
from ..layout.page import Page
from ..layout.tables import Row, Table, fill_dittos, header_roles, is_flow_table
from ..reading import Reader, Reading, Readings
from ..text.flow_rows import table_flows

__all__ = ["READER", "read"]

_RECIPIENT_ROLES = ("recipient", "recipient_business")
_MOST_HEADER_WORDS = 10
_MOST_EXTRA_WORDS = 2


def _header(line: Line) -> tuple[list[str], list[str | None]] | None:
    """The header words and their roles when the line is a space-parted flow-list header."""
    words = line.text.split()
    if not 3 <= len(words) <= _MOST_HEADER_WORDS:
        return None
    roles = _recipient_business(header_roles(words))
    if roles and is_flow_table(Table(header=Line(0, "", ""), roles=roles)):
        return words, roles
    return None


def _recipient_business(roles: list[str | None] | None) -> list[str | None] | None:
    """A bare 事務 column after the recipient column, with a source department named, is what the recipient runs.

    >>> _recipient_business(["row_no", "source_department", "recipient", "business", "items"])
    ['row_no', 'source_department', 'recipient', 'recipient_business', 'items']
    """
    if not roles or "business" not in roles or "recipient" not in roles or "recipient_business" in roles:
        return roles
    business, recipient = roles.index("business"), roles.index("recipient")
    if business < recipient or not any(role in roles[:recipient] for role in ("department", "source_department")):
        return roles
    return [*roles[:business], "recipient_business", *roles[business + 1:]]


def _fit(cells: list[str], roles: list[str | None]) -> list[str] | None:
    """The row's cells fitted to the header: extra words go to the recipient column; ``None`` when they don't fit."""
    extra = len(cells) - len(roles)
    if extra == 0:
        return cells
    at = next((index for index, role in enumerate(roles) if role in _RECIPIENT_ROLES), None)
    if extra < 0 or extra > _MOST_EXTRA_WORDS or at is None:
        return None
    return [*cells[:at], " ".join(cells[at:at + extra + 1]), *cells[at + extra + 1:]]


def _next_is_row(lines: list[Line], at: int, used: set[int] | frozenset[int]) -> bool:
    """Whether the line at ``at`` is an unclaimed, non-blank line without tab cells (a row may follow a blank)."""
    return at < len(lines) and bool(lines[at].text.strip()) and not lines[at].cells and lines[at].no not in used


def read(page: Page, readings: Readings) -> Reading:
    """Every space-parted flow list outside the tables the layout found."""
    reading = Reading()
    used = readings.claimed("records") | page.table_lines
    index = 0
    lines = page.lines
    while index < len(lines):
        line = lines[index]
        found = None if line.cells or line.no in used else _header(line)
        index += 1
        if not found:
            continue
        words, roles = found
        table = Table(header=Line(line.no, line.raw, line.text, tuple(words)), roles=roles)
        problems: list[Diagnostic] = []
        while index < len(lines) and not lines[index].cells and lines[index].no not in used:
            row = lines[index]
            if not row.text.strip() and _next_is_row(lines, index + 1, used):
                index += 1  # a reiki page puts a blank line after every line, rows included
                continue
            cells = row.text.split()
            if len(cells) < 2 or "。" in row.text:
                break  # prose: the list has ended
            fitted = _fit(cells, roles)
            if fitted is None:
                if len(cells) < len(roles) - 2:
                    break
                problems.append(Diagnostic(row.no, "warning", "row of a space-parted flow list does not fit its "
                                           f"header ({' '.join(words)}): {row.text}",
                                           {"row": row.text, "header": " ".join(words)}))
            else:
                table.rows.append(Row(line=row, cells=fitted, roles=roles, lines=[row.no]))
            index += 1
        reading.diagnostics.extend(problems)
        if not table.rows:
            continue
        fill_dittos(table)  # 「〃」 under a cell: the same as the row above
        flows, row_problems = table_flows(table, lines, page.known_departments)
        reading.flows.extend(flows)
        reading.diagnostics.extend(row_problems)
        reading.row_lines.update(flow.line for flow in flows if flow.line)
        reading.claimed.update({line.no, *(no for row in table.rows for no in row.lines)})
    return reading


READER = Reader("spaced_flow_rows", read)
