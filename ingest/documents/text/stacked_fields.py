"""Fields written as a label line over its value line: a page that lays a card out one word a line.

A web page converted to text often loses a definition list's columns: each label stands alone on a line and
its value on the next (「所属」 / 「地域振興課」 / 「登録日」 / 「令和6年5月20日」). :func:`stacked_fields` pairs
them, given what counts as a label; a blank line or a line that is no label where one is due ends the run.

>>> from ..layout.lines import split_lines
>>> lines = split_lines("名称\\n公民館予約事務\\n所属\\n生涯学習課\\n\\n本文")
>>> [(f.label, f.value, f.value_line) for f in stacked_fields(lines, {"名称", "所属"}.__contains__)]
[('名称', '公民館予約事務', 2), ('所属', '生涯学習課', 4)]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..layout.lines import Line

__all__ = ["StackedField", "stacked_fields"]


@dataclass(frozen=True)
class StackedField:
    """One label line and the value line under it."""

    label: str
    value: str
    label_line: int
    value_line: int
    quote: str  # the value line as written


def stacked_fields(lines: list[Line], is_label: Callable[[str], bool]) -> list[StackedField]:
    """Every label line directly over a value line (itself no label), in order."""
    out: list[StackedField] = []
    index = 0
    while index < len(lines) - 1:
        line, below = lines[index], lines[index + 1]
        if (not line.blank and not line.cells and is_label(line.text) and not below.blank and not below.cells
                and not is_label(below.text)):
            out.append(StackedField(line.text, below.text, line.no, below.no, below.quote))
            index += 2
            continue
        index += 1
    return out
