"""A Markdown table flattened one cell a line: every cell on a line of its own, closed by a bar (「事務 |」), the
header's cells first, then a rule (「---|---|---|」) and the rows' cells in order. The registry and count readers
rebuild the rows: the header is the run of barred lines above the rule, and every as many barred lines below it
are one row.

>>> from ..layout.lines import split_lines
>>> table = piped_table(split_lines("区分 |\\n件数 |\\n---|---|\\n開示請求 |\\n12 |\\n訂正請求 |\\n1 |"), 2)
>>> [line.text for line in table.header], [[line.text for line in row] for row in table.rows]
(['区分', '件数'], [['開示請求', '12'], ['訂正請求', '1']])
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..layout.lines import Line

__all__ = ["PipedTable", "piped_table", "piped_tables"]

_BARRED = re.compile(r"^(?P<cell>[^|]+?)\s*\|$")
_RULE = re.compile(r"^\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$")


@dataclass(frozen=True)
class PipedTable:
    """The header's cell lines and each row's cell lines (each line's text without its bar)."""

    header: list[Line]
    rows: list[list[Line]]


def _cell(line: Line) -> Line | None:
    found = _BARRED.match(line.text) if not line.cells else None
    return Line(line.no, line.raw, found.group("cell").strip()) if found else None


def piped_table(lines: list[Line], rule: int) -> PipedTable | None:
    """The table whose rule is ``lines[rule]``, or ``None`` when the lines around it are not of that shape."""
    if not _RULE.match(lines[rule].text):
        return None
    width = lines[rule].text.count("|")
    header: list[Line] = []
    for line in reversed(lines[max(0, rule - width):rule]):
        cell = _cell(line)
        if cell is None:
            break
        header.insert(0, cell)
    if len(header) != width or width < 2:
        return None
    cells: list[Line] = []
    for line in lines[rule + 1:]:
        if line.blank:
            continue
        cell = _cell(line)
        if cell is None:
            break
        cells.append(cell)
    rows = [cells[start:start + width] for start in range(0, len(cells) - len(cells) % width, width)]
    return PipedTable(header, rows) if rows else None


def piped_tables(lines: list[Line]) -> list[PipedTable]:
    """Every such table of the lines, found by its rule."""
    return [table for index, line in enumerate(lines) if "---" in line.text and "|" in line.text
            and (table := piped_table(lines, index)) is not None]
