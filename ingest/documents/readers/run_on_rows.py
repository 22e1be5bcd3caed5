"""Flow lists run into one line: a transcript that keeps a table's header and every row on a single line, the
cells parted by single spaces.

A document site's transcript of a PDF annex often loses the table's line breaks::

    2-1 主なもの 番号 区分 保有する課 保有する事務 利用・提供先 根拠 1 目的外利用 A課 X事務 B課 Y事務 相当の理由 2 …

The header is the run of words after a row-number word (番号, No.) that :func:`..layout.tables.header_roles` reads
as a flow list's header, up to the token ``1``; each row starts with the next number in sequence and ends before
the next one or before a section number (「2-2」, 「第3章」). A recipient cell may hold a department and its business
parted by a space, so a row longer than the header gives its extra words to the recipient column; a row shorter
than the header is a diagnostic candidate. The rows are then read as any flow list (:mod:`..text.flow_rows`).

>>> from ..layout.page import page_of
>>> page = page_of("架空市の運用状況\\n主なもの 番号 区分 保有する課 保有する事務 利用・提供先 提供する項目 根拠 "
...                "1 目的外利用 市民課 住基事務 福祉課 手当事務 氏名 相当の理由 "
...                "2 外部提供 税務課 課税事務 架空町社会福祉協議会 住所 本人同意 3-1 件数")
>>> [(f.source_business, f.recipient_department or f.recipient_external, f.recipient_business, f.kind, f.basis)
...  for f in read(page, Readings()).flows]
[('住基事務', '福祉課', '手当事務', 'purpose_outside_use', 'reasonable_grounds'), \
('課税事務', '架空町社会福祉協議会', None, 'external_provision', 'consent')]
"""

from __future__ import annotations

import re

from ...records import Diagnostic
from ..layout.lines import Line
from ..layout.page import Page
from ..layout.tables import Row, Table, header_roles, is_flow_table
from ..reading import Reader, Reading, Readings
from ..text.flow_rows import table_flows

__all__ = ["READER", "read"]

_ROW_NUMBER_WORDS = {"番号", "no", "no.", "項番", "通番"}
_SECTION = re.compile(r"^(?:\d{1,2}-\d{1,2}|第\d{1,2}[章節]|[(（]\d{1,2}[)）]|※.*)$")
_RECIPIENT_ROLES = ("recipient", "recipient_business")
_MOST_HEADER_WORDS = 12


def _header(tokens: list[str]) -> tuple[int, list[str], list[str | None]] | None:
    """(index of the first row's number, header words, their roles) of the first flow-list header in the tokens."""
    for start, token in enumerate(tokens):
        if token.lower() not in _ROW_NUMBER_WORDS:
            continue
        end = next((index for index in range(start + 1, min(len(tokens), start + _MOST_HEADER_WORDS))
                    if tokens[index] == "1"), None)
        if end is None or end - start < 3:
            continue
        words = tokens[start:end]
        roles = header_roles(words)
        if roles and is_flow_table(Table(header=Line(0, "", ""), roles=roles)):
            return end, words, roles
    return None


def _rows(tokens: list[str], start: int) -> list[list[str]]:
    """The rows from ``start`` on: each its number and cells, up to the next number or a section number."""
    rows: list[list[str]] = []
    current: list[str] = []
    for token in tokens[start:]:
        if token == str(len(rows) + (2 if current else 1)):
            if current:
                rows.append(current)
            current = [token]
        elif _SECTION.match(token):
            break
        else:
            current.append(token)
    if current:
        rows.append(current)
    return rows


def _fit(cells: list[str], roles: list[str | None]) -> list[str] | None:
    """The row's cells fitted to the header: extra words go to the recipient column; ``None`` when too few."""
    extra = len(cells) - len(roles)
    if extra < 0:
        return None
    if extra == 0:
        return cells
    at = next((index for index, role in enumerate(roles) if role in _RECIPIENT_ROLES), None)
    if at is None:
        return None
    return [*cells[:at], " ".join(cells[at:at + extra + 1]), *cells[at + extra + 1:]]


def read(page: Page, readings: Readings) -> Reading:
    """Every flow list run into one line, outside the tables the layout found."""
    reading = Reading()
    used = readings.claimed("records")
    for line in page.lines_with("番号", "No", "NO", "no"):
        if line.cells or line.no in used:
            continue
        tokens = line.text.split()
        found = _header(tokens)
        if not found:
            continue
        start, words, roles = found
        header = Line(line.no, line.raw, line.text, tuple(words))
        table = Table(header=header, roles=roles)
        for row in _rows(tokens, start):
            cells = _fit(row, roles)
            if cells is None:
                reading.diagnostics.append(Diagnostic(line.no, "warning", f"row {row[0]} of a flow list run into "
                                                      f"one line has fewer cells than its header: {' '.join(row)}",
                                                      {"row": " ".join(row), "header": " ".join(words)}))
                continue
            table.rows.append(Row(line=line, cells=cells, roles=roles, lines=[line.no]))
        # no heading: the lines above a transcript's run-on line belong to other parts of the page
        alone = [*(Line(no, "", "") for no in range(1, line.no)), header]
        flows, problems = table_flows(table, alone, page.known_departments)
        reading.flows.extend(flows)
        reading.diagnostics.extend(problems)
        if flows:
            reading.claimed.add(line.no)
    return reading


READER = Reader("run_on_rows", read, claims="statements")
