"""Flow lists flattened one cell a line: the header's labels, one a line, then each row's cells, one a line.

Pages copied from a table whose cells each became a line give::

    提供した課所
    提供先
    提供した情報
    目的
    税務課
    北浜町
    所有者の氏名
    放置自転車の確認

A run of three to six short lines whose labels the table-header vocabulary gives distinct roles
(:func:`~..layout.tables.header_roles`), among them a source and a recipient, is the header; the lines after it are
cut into rows of as many cells, each read as a row of a flow list (:func:`~..text.flow_rows.table_flows`) on the
line of its first cell. The rows end at a sentence, a heading (「(5)…」) or a note (「注)」「※」); cells left over
that make no full row are said in a diagnostic with what they hold.

>>> from ..layout.page import page_of
>>> page = page_of("提供の内容\\n提供課\\n提供先\\n提供した情報\\n税務課\\n北浜町\\n所有者の氏名")
>>> [(f.source_department, f.recipient_external, f.items, f.line) for f in read(page, Readings()).flows]
[('税務課', '北浜町', ['所有者の氏名'], 5)]
"""

from __future__ import annotations

import re

from ...records import Diagnostic
from ..layout.lines import Line
from ..layout.page import Page
from ..layout.tables import Row, Table, header_roles, is_flow_table
from ..reading import Reader, Reading, Readings
from ..text.flow_rows import table_flows
from ..text.names import is_business

__all__ = ["READER", "read"]

_WIDEST, _NARROWEST = 6, 3
_LABEL = re.compile(r"^[^\s:：・•、。()（）\d]{2,12}$")
_CELL_END = re.compile(r"^(?:[(（]\d{1,2}[)）]|\d{1,2}[.．]\s|注|※|第\d+)|。")  # a heading, a note or a sentence
_LONGEST_CELL = 60
_SAME_END = (("business", "source_business"), ("department", "source_department"))
# a department's own name (「市民課」), not a label naming the column's role (「保有課」「担当課」「課名」)
_NAMED_OFFICE = re.compile(r"^(?!.*(?:提供|利用|保有|担当|所管|主管|実施|受領|所属|部署|名))"
                           r"[一-龥ァ-ヶー々]{1,10}(?:課|室|係)$")


def _header_widths(lines: list[Line], start: int) -> list[list[str | None]]:
    """The roles of every header that could be laid one label a line from ``start``, the widest first."""
    out: list[list[str | None]] = []
    if start >= len(lines) or not _LABEL.match(lines[start].text.strip()):
        return out  # most lines: a sentence, no label
    for width in range(_WIDEST, _NARROWEST - 1, -1):
        window = lines[start:start + width]
        if len(window) < width or not all(_LABEL.match(line.text.strip()) for line in window):
            continue
        if any(_NAMED_OFFICE.match(line.text.strip()) for line in window):
            continue  # 「市民課」 is a row's first cell, not a label
        roles = header_roles([line.text.strip() for line in window])
        if roles and any({one, other} <= set(roles) for one, other in _SAME_END):
            continue  # 「保有事務」 over 「イベント申込事務」: a card's label and its value, not two columns
        if (roles and all(roles) and len(set(roles)) == width
                and is_flow_table(Table(header=window[0], roles=roles))):
            out.append(roles)
    return out


def _header_width(lines: list[Line], start: int) -> list[str | None] | None:
    """The roles of the widest header laid one label a line from ``start``, or ``None``."""
    widths = _header_widths(lines, start)
    return widths[0] if widths else None


def _best_header(lines: list[Line], start: int) -> list[str | None] | None:
    """The header from ``start`` that cuts the cells below it into full rows (a first data cell such as 「市民課」
    reads like a label too), else the widest."""
    widths = _header_widths(lines, start)
    fitting = (roles for roles in widths if len(_cells_after(lines, start + len(roles))) % len(roles) == 0)
    return next(fitting, widths[0] if widths else None)


def _cells_after(lines: list[Line], start: int) -> list[Line]:
    """The cell lines from ``start`` up to a sentence, a heading, a note or another header."""
    cells: list[Line] = []
    for line in lines[start:]:
        text = line.text.strip()
        if _CELL_END.search(text) or len(text) > _LONGEST_CELL or (cells and _header_width(lines, start + len(cells))):
            break
        cells.append(line)
    return cells


def _heading_taken(lines: list[Line], index: int, width: int) -> bool:
    """Whether the first of the lines read as a header is a heading above it: the header one line lower, a label
    fewer, cuts the cells below into full rows where the wider one does not."""
    inner = _best_header(lines, index + 1)
    if inner is None or len(inner) != width - 1:
        return False
    below = len(_cells_after(lines, index + width))
    return below % (width - 1) == 0 and below % width != 0


def read(page: Page, readings: Readings) -> Reading:
    reading = Reading()
    if not any(word in line.text for line in page.lines for word in ("先", "受け")):
        return reading  # the cheap test first: no flow list without a recipient label
    used = readings.claimed("records")
    filled = [line for line in page.lines if line.text.strip() and not line.cells and line.no not in used]
    index = 0
    while index < len(filled):
        roles = _best_header(filled, index)
        if roles is None or _heading_taken(filled, index, len(roles)):
            index += 1
            continue
        header = filled[index]
        width = len(roles)
        cells = _cells_after(filled, index + width)
        index += width + len(cells)
        rows = [cells[start:start + width] for start in range(0, len(cells) - width + 1, width)]
        if not rows:
            continue
        table = Table(header=header, roles=list(roles))
        for row in rows:
            table.rows.append(Row(row[0], [line.text.strip() for line in row], list(roles), [line.no for line in row]))
        found, problems = table_flows(table, page.lines, page.known_departments)
        by_line = {row.line.no: row for row in table.rows}
        for flow in found:
            purpose = by_line[flow.line].get("purpose") if flow.line in by_line else None
            if flow.reason is None and purpose and not is_business(purpose):
                flow.reason = purpose  # 「放置自転車の確認」: what the data is for
        reading.flows.extend(found)
        reading.diagnostics.extend(problems)
        left = cells[len(rows) * width:]
        if left:
            reading.diagnostics.append(Diagnostic(left[0].no, "warning", f"cells of a flow list one a line make no "
                                                                         f"full row: {'／'.join(c.text for c in left)}",
                                                  {"cells": [line.text for line in left],
                                                   "line": left[0].no}))
        reading.claimed.update(line.no for line in filled[filled.index(header):filled.index(header) + width])
        reading.claimed.update(line.no for line in cells)
        reading.row_lines.update(flow.line for flow in found if flow.line)
    return reading


READER = Reader("cell_lines", read)
