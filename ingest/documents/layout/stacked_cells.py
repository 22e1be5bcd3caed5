"""Flow lists as pipe tables flattened one cell a line: each cell alone on its line and closed by 「 |」, a rule
「---|---|」 under the header cells, one of which names the other end (結合先, 提供先, 収集先). The cells of each row
are gathered onto the row's first line (as if the table had kept its rows), the other lines of the row left blank,
so the tables stage reads the table as any pipe table. Count and registry tables of the same shape are left as
they are, for their readers (:mod:`..text.piped_cells`).

>>> from .lines import split_lines
>>> lines = fold_stacked_cells(split_lines("事務 |\\n結合先 |\\n---|---|\\n税務事務(税務課) |\\n架空機構 |\\n以上"))
>>> [(line.no, line.cells) for line in lines if line.text]
[(1, ('事務', '結合先')), (3, ()), (4, ('税務事務(税務課)', '架空機構')), (6, ())]
"""

from __future__ import annotations

import re

from .lines import Line
from .tables import header_role

__all__ = ["fold_stacked_cells"]

_RULE = re.compile(r"^\|?\s*(?::?-{3,}:?\s*\|\s*){1,}(?::?-{3,}:?)?\s*$")
_SUPPLIER = re.compile(r"収集先|取得先|入手先")
_CELL_LINE = re.compile(r"^(?P<cell>[^|]+?)\s+\|$")


def _cell(line: Line) -> str | None:
    if line.cells:
        return line.cells[0] if len(line.cells) == 1 and line.cells[0] else None  # 「| 事務 |」
    match = _CELL_LINE.match(line.text)
    return match.group("cell").strip() if match else None


def _names_other_end(header: list[Line]) -> bool:
    """Whether a header names the other end of a hand-over (結合先, 提供先, 収集先 …): a flow list's header."""
    cells = [_cell(line) or "" for line in header]
    return any(header_role(cell) in ("recipient", "recipient_business") or _SUPPLIER.search(cell) for cell in cells)


def _folded(cells: list[Line]) -> list[Line]:
    first = cells[0]
    row = tuple(_cell(line) or "" for line in cells)
    joined = " | ".join(row)
    return [Line(first.no, first.raw, joined, row)] + [Line(line.no, line.raw, "") for line in cells[1:]]


def fold_stacked_cells(lines: list[Line]) -> list[Line]:
    """The lines with every stacked-cell table folded into one row a line; the same list when there is none."""
    if not any(_RULE.match(line.text) for line in lines if "---" in line.text):
        return lines
    out = list(lines)
    for index, line in enumerate(lines):
        if "---" not in line.text or not _RULE.match(line.text):
            continue
        width = line.text.strip().strip("|").count("|") + 1
        if width < 2:
            continue
        header = [other for other in lines[max(0, index - 2 * width):index] if other.text][-width:]
        if len(header) < width or any(_cell(other) is None for other in header) or not _names_other_end(header):
            continue  # a count or registry table of this shape is read cell by cell (text/piped_cells)
        for folded in _folded(header):
            out[folded.no - 1] = folded
        row: list[Line] = []
        for other in lines[index + 1:]:
            if other.blank:
                continue
            if _cell(other) is None:
                break
            row.append(other)
            if len(row) == width:
                for folded in _folded(row):
                    out[folded.no - 1] = folded
                row = []
    return out
