"""Space-aligned (fixed-width) tables: columns separated by runs of two or more spaces.

Some conversions lay a flow list out with spaces instead of tabs (full-width spaces become ASCII
spaces under NFKC; a full-width space counts as two columns). Such a block is a table only when
its header line splits into cells that name the flow-list vocabulary (a recipient column such as
提供先 / 利用する課 and a source column), so prose that happens to contain double spaces is left
alone. Rows below the header, up to a blank line or prose, are split by the header's column
positions (display width, wide characters count double) or, when they have as many runs as the
header has columns, by runs of spaces.

>>> from .lines import split_lines
>>> text = "番号  業務名      担当課    提供先        根拠\\n1     検診業務    保健課    医師団体      本人同意"
>>> lines = split_lines(text)
>>> align_fixed_width(lines)
>>> lines[1].cells
('1', '検診業務', '保健課', '医師団体', '本人同意')
>>> prose = split_lines("提供先  について  説明  した。")
>>> align_fixed_width(prose)
>>> prose[0].cells
()
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from unicodedata import east_asian_width

from .lines import Line
from .tables import header_roles

__all__ = ["align_fixed_width"]

_GAP = re.compile(r" {2,}")
_RECIPIENT_WORD = re.compile(r"先|利用|受け|受領|相手")  # a header without one names no recipient: skip it cheaply
_RECIPIENT_ROLES = {"recipient", "recipient_business"}
_SOURCE_ROLES = {"department", "business", "source_business", "source_department"}


def _width(text: str) -> int:
    return sum(2 if east_asian_width(char) in "WF" else 1 for char in text)


_RUN = re.compile(r"\S+(?: \S+)*")


def _runs(text: str) -> list[tuple[int, str]]:
    """Cells of a space-aligned line with the display column each starts at (one pass: linear in the line)."""
    out: list[tuple[int, str]] = []
    position = end = 0
    for match in _RUN.finditer(text):
        position += _width(text[end:match.start()])  # only the gap since the last cell is new
        out.append((position, match.group()))
        position += _width(match.group())
        end = match.end()
    return out


def _split_row(text: str, starts: list[int]) -> list[str]:
    runs = _runs(text)
    if len(runs) == len(starts):
        return [cell for _, cell in runs]
    parts: list[list[str]] = [[] for _ in starts]  # joined once at the end: repeated += is quadratic
    for position, cell in runs:
        # the last column starting at or before the cell (starts ascend): a binary search, not a scan
        parts[max(bisect_right(starts, position + 1) - 1, 0)].append(cell)
    return [" ".join(column) for column in parts]


def align_fixed_width(lines: list[Line]) -> None:
    """Give the header and rows of every space-aligned flow list their ``cells`` (new lines in the list's places)."""
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if line.cells or "  " not in line.text or not _RECIPIENT_WORD.search(line.text):
            continue
        raw = line.raw.replace("\u3000", "  ").rstrip()
        runs = _runs(raw)
        if len(runs) < 3:
            continue
        roles = header_roles([cell for _, cell in runs])
        if not roles or not _RECIPIENT_ROLES & set(roles) or not _SOURCE_ROLES & set(roles):
            continue
        lines[index - 1] = replace(line, cells=tuple(cell for _, cell in runs))
        starts = [position for position, _ in runs]
        while index < len(lines) and not lines[index].blank and not lines[index].cells:
            row = lines[index].raw.replace("\u3000", "  ").rstrip()
            if not _GAP.search(row.strip()):
                break  # prose: the table has ended
            lines[index] = replace(lines[index], cells=tuple(_split_row(row, starts)))
            index += 1
