"""Fields of a card: a label line over its value line, or labels and values run on along one line.

A web page converted to text often loses a definition list's columns: each label stands alone on a line and
its value on the next (「所属」 / 「地域振興課」 / 「登録日」 / 「令和6年5月20日」), maybe after one blank line.
:func:`stacked_fields` pairs them, given what counts as a label.
Other pages keep label and value on one line (「所属:地域振興課」), or run a whole card along one line
(「ア 事務の名称 A事務 担当課 B課 届出日 …」): :func:`inline_fields` reads those; a two-column table of
label and value (「所管課 | 地域振興課 |」), one field a row, :func:`celled_fields`. A label may be dressed
(「【所属】」「■所属」「所属:」); :func:`bare_label` takes the dress off.

>>> from ..layout.lines import split_lines
>>> lines = split_lines("名称\\n公民館予約事務\\n【所属】\\n生涯学習課\\n\\n本文")
>>> [(f.label, f.value, f.value_line) for f in stacked_fields(lines, {"名称", "所属"}.__contains__)]
[('名称', '公民館予約事務', 2), ('所属', '生涯学習課', 4)]
>>> [(f.label, f.value) for f in inline_fields(split_lines("ア 名称 公民館予約事務 所属:生涯学習課"), ("名称", "所属"))]
[('名称', '公民館予約事務'), ('所属', '生涯学習課')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..layout.lines import Line

__all__ = ["StackedField", "bare_label", "celled_fields", "inline_fields", "stacked_fields"]

_DRESS = re.compile(r"^[■□●○◆◇・\-*【\[〔<＜]\s*|\s*[】\]〕>＞]?\s*[:：]?$")
_MARKER = re.compile(r"^(?:[(（]?\d{1,2}[)）.]?|[ア-ン][.)）]?|[①-⑳]|[・•])\s+|^[(（][ア-ン][)）]\s*")


def bare_label(text: str) -> str:
    """The label without its dress: 「【所属】」「■所属」「所属:」 → 所属."""
    return _DRESS.sub("", _DRESS.sub("", text.strip()))


@dataclass(frozen=True)
class StackedField:
    """One label line and the value line under it."""

    label: str
    value: str
    label_line: int
    value_line: int
    quote: str  # the value line as written


def stacked_fields(lines: list[Line], is_label: Callable[[str], bool],
                   at: Iterable[int] | None = None) -> list[StackedField]:
    """Every label line directly over a value line (itself no label), in order; only the lines at the positions
    ``at`` are looked at as labels when given (a page's cued lines)."""
    out: list[StackedField] = []
    taken = -1  # the position of the last value line: a value is no label
    for index in at if at is not None else range(len(lines)):
        if index <= taken or index + 1 >= len(lines):
            continue
        line = lines[index]
        step = 2 if lines[index + 1].blank and index + 2 < len(lines) else 1  # one blank line may part them
        below = lines[index + step]
        label = bare_label(line.text) if not line.blank and not line.cells else ""
        if label and is_label(label) and not below.blank and not below.cells and not is_label(bare_label(below.text)):
            out.append(StackedField(label, below.text, line.no, below.no, below.quote))
            taken = index + step
    return out


def inline_fields(lines: list[Line], labels: Iterable[str], at: Iterable[int] | None = None) -> list[StackedField]:
    """Fields whose label opens a line (after a list marker) with the value after it, then any further labels
    along the same line (each at a space, or after a colon), each value running up to the next label."""
    names = "|".join(map(re.escape, sorted(labels, key=len, reverse=True)))
    after = r")[】\]]?\s*(?:[:：]\s*|\s+)(?=\S)"
    opening = re.compile(r"^[【\[■●・]?(?P<label>" + names + after)
    further = re.compile(r"\s[【\[■]?(?P<label>" + names + after)
    out: list[StackedField] = []
    for line in (lines[index] for index in at) if at is not None else lines:
        if line.blank or line.cells:
            continue
        text = _MARKER.sub("", line.text)
        first = opening.match(text)
        if not first:
            continue
        marks = [first, *further.finditer(text, first.end())]
        for index, mark in enumerate(marks):
            value = text[mark.end(): marks[index + 1].start() if index + 1 < len(marks) else None].strip()
            if value:
                out.append(StackedField(mark.group("label"), value, line.no, line.no, line.quote))
    return out


def celled_fields(lines: list[Line], labels: Iterable[str], at: Iterable[int] | None = None) -> list[StackedField]:
    """Fields of a two-column table, the label in the first cell and the value in the second (「所属 | B課 |」).

    >>> from ..layout.lines import split_lines
    >>> [(f.label, f.value) for f in celled_fields(split_lines("項目 | 内容 |\\n名称 | 公民館予約事務 |"), ("名称",))]
    [('名称', '公民館予約事務')]
    """
    known = frozenset(labels)
    out: list[StackedField] = []
    for line in (lines[index] for index in at) if at is not None else lines:
        cells = [cell.strip() for cell in line.cells if cell.strip()]
        if len(cells) == 2 and bare_label(cells[0]) in known:
            out.append(StackedField(bare_label(cells[0]), cells[1], line.no, line.no, line.quote))
    return out
