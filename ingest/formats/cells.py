"""Shaping table cells into the text rows the readers read: one line per row, cells joined by tabs.

>>> row_line(["1", "市民課", "住民基本台帳\\n業務", "", ""])
'1\\t市民課\\t住民基本台帳 業務'
>>> row_line(["", "見出しだけ", ""])
'見出しだけ'
"""

from __future__ import annotations

import re

__all__ = ["cell_text", "row_line"]

_SPACES = re.compile(r"[ \t\u3000\r\f\v]+")


def cell_text(text: str) -> str:
    """One cell on one line: a line break inside the cell becomes a space (tabs would split the cell)."""
    parts = [_SPACES.sub(" ", part).strip() for part in text.split("\n")]
    return " ".join(part for part in parts if part)


def row_line(cells: list[str], *, keep_trailing: bool = False) -> str:
    """A row as one line: a row of one filled cell is plain text. Trailing empty cells are dropped unless
    ``keep_trailing`` (a drawn table's empty last columns still say where the other cells stand).

    >>> row_line(["区分", "", "件数", ""], keep_trailing=True).split("\\t")
    ['区分', '', '件数', '']
    """
    cells = [cell_text(cell) for cell in cells]
    if len(cells) <= 1 or (not keep_trailing and sum(1 for cell in cells if cell) <= 1):
        return "".join(cells)
    while cells and not cells[-1] and not keep_trailing:
        cells.pop()
    return "\t".join(cells)
