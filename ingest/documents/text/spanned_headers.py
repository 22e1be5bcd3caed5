"""Pipe tables whose header spans two lines, and whose later rows drop the cells a merged cell covered.

A page converted to Markdown keeps a spanning group label (「利用・提供先」 over two columns) on the first header
line with an empty cell beside it, puts the sub-labels (「課又は相手方」「事務又は目的」) on a second line shifted to
the left, and writes a row whose first cells were merged with the row above (rowspan) without them: the row is
short by as many cells as were merged, and those cells repeat the row above.

>>> from ..layout.lines import split_lines
>>> from ..layout.tables import find_tables
>>> lines = split_lines("区分 | 課 | 事務 | 提供先 | | 項目 |\\n---|---|---|---|---|---|\\n相手方 | 目的 | ||||\\n"
...                     "外部提供 | 市民課 | 住基事務 | 医師会 | 健診事業 | 氏名 |\\n"
...                     "税務課 | 課税事務 | 法務局 | 登記 | 住所 | ||")
>>> table = spanned_table(lines, find_tables(lines)[0])
>>> table.roles
['kind', 'department', 'business', 'recipient', 'recipient_business', 'items']
>>> [row.cells for row in table.rows][1]
['外部提供', '税務課', '課税事務', '法務局', '登記', '住所']
"""

from __future__ import annotations

from dataclasses import replace

from ..layout.lines import Line
from ..layout.tables import Row, Table, header_role

__all__ = ["shifted_rows", "spanned_table"]

_BUSINESS_ROLES = frozenset({"business", "source_business", "purpose", "recipient_business"})


def _filled(cells: tuple[str, ...] | list[str]) -> list[str]:
    """The cells without the empty ones a Markdown row ends with (「… | ||」)."""
    out = list(cells)
    while out and not out[-1].strip():
        out.pop()
    return out


def _sub_header(lines: list[Line], start: int) -> int | None:
    """The index of the second header line: the next line with cells after a rule, short labels only."""
    for index in range(start, min(start + 3, len(lines))):
        line = lines[index]
        if line.blank or (not line.cells and set(line.text) <= set("|-: ")):
            continue
        labels = [cell for cell in line.cells if cell.strip()]
        if labels and all(len(cell) <= 12 and not any(ch.isdigit() for ch in cell) for cell in labels):
            return index
        return None
    return None


def spanned_table(lines: list[Line], table: Table) -> Table | None:
    """The table read with its second header line under the spanning group, and its short rows filled from above;
    ``None`` when the header has no group with empty cells beside it or no second line fills them."""
    upper = list(table.header.cells)
    spans = [column for column, cell in enumerate(upper)
             if cell.strip() and column + 1 < len(upper) and not upper[column + 1].strip()]
    below = _sub_header(lines, table.end) if spans else None
    if below is None:
        return None
    labels = [cell.strip() for cell in lines[below].cells if cell.strip()]
    widths = []
    for column in spans:
        width = 1
        while column + width < len(upper) and not upper[column + width].strip():
            width += 1
        widths.append(width)
    if len(labels) != sum(widths):
        return None
    cells, roles = list(upper), list(table.roles)
    position = 0
    for column, width in zip(spans, widths, strict=True):
        group_role = table.roles[column]
        for offset in range(width):
            label = labels[position]
            position += 1
            role = header_role(label)
            if group_role in ("recipient", "recipient_business") and role in _BUSINESS_ROLES:
                role = "recipient_business"  # 「事務又は目的」 under 「利用・提供先」: what the recipient runs
            elif group_role in ("recipient", "recipient_business"):
                role = "recipient"
            cells[column + offset] = f"{upper[column]} {label}"
            roles[column + offset] = role or group_role
    header = replace(table.header, cells=tuple(cells))
    spanned = Table(header=header, roles=roles)
    spanned.rows, spanned.end = _rows_from(lines, below + 1, roles, [])
    return spanned if spanned.rows else None


def _rows_from(lines: list[Line], index: int, roles: list[str | None], above: list[str]) -> tuple[list[Row], int]:
    """The rows from ``index`` on, each short row given the first cells of the row above; and where they end."""
    width = len(roles)
    rows: list[Row] = []
    while index < len(lines):
        line = lines[index]
        if line.blank or (not line.cells and set(line.text) <= set("|-: ")):
            index += 1
            continue
        row = _filled(line.cells)
        if not line.cells or not row or len(row) > width:
            break
        missing = width - len(row)
        if missing and (not above or missing > width // 2):
            break  # too short to be a row whose first cells were merged with the row above
        row = above[:missing] + row
        rows.append(Row(line, row, roles, [line.no]))
        above = row
        index += 1
    return rows, index


def shifted_rows(lines: list[Line], table: Table) -> list[Row]:
    """The rows after where a table seemed to end: the next row is short by the cells merged with the row above
    (a Markdown conversion drops them), which made it look like another table; the rows after it go on.

    >>> from ..layout.lines import split_lines
    >>> from ..layout.tables import find_tables
    >>> lines = split_lines("区分 | 保有課 | 事務 | 利用先の課 | 項目 |\\n"
    ...                     "目的外利用 | 市民課 | 住基事務 | 福祉課 | 氏名 |\\n税務課 | 課税事務 | 保育課 | 所得 | ||")
    >>> [row.cells for row in shifted_rows(lines, find_tables(lines)[0])]
    [['目的外利用', '税務課', '課税事務', '保育課', '所得']]
    """
    if not table.rows or table.end >= len(lines):
        return []
    width = len(table.roles)
    following = next((line for line in lines[table.end:table.end + 3] if not line.blank), None)
    if following is None or not following.cells or not 0 < width - len(_filled(following.cells)) <= width // 2:
        return []
    above = list(table.rows[-1].cells) + [""] * max(0, width - len(table.rows[-1].cells))
    return _rows_from(lines, table.end, list(table.roles), above)[0]
