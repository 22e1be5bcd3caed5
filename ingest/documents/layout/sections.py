"""Sections: the numbered heading each line sits under, found once for every reader that asks.

A *section heading* is a line that is no table row and opens with a section number and words: 「2 目的外利用の状況」,
「(1) 新たに登録した事務」, 「3. 開示請求の件数」. A line sits under the nearest such heading above it, but only within
:data:`SECTION_WINDOW` lines: further down, a page has moved on to tables, lists or prose the heading no longer
titles (a report's 「1 …」 over a whole page of counts names none of the tables at its foot).

What the heading states is read once, with the ingest vocabulary: the kind of flow it names (目的外利用 / 外部提供 …),
its words when they name a basis (「(2) 法令に基づく提供」), and the registry action (「2 廃止した事務」). A heading
that titles a status page or a list (「1 個人情報取扱事務の登録状況」, 「…一覧」, 「…について」) states no action: the
action words in it name what the page reports on, not what was done to the entries below.

>>> from .lines import split_lines
>>> sections = Sections(split_lines("2 廃止した事務\\n市民課\\t住民記録事務\\n\\n3 目的外利用の件数\\n市長\\t12"))
>>> sections.above(1)
Section(line=1, text='廃止した事務', kind=None, basis_text=None, action='abolish')
>>> sections.above(4).text, sections.above(4).kind, sections.above(0) is None
('目的外利用の件数', 'purpose_outside_use', True)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from ...normalize import classify_action, classify_basis, classify_kind
from .lines import Line, section_title

__all__ = ["SECTION_WINDOW", "Section", "Sections", "section_heading"]

SECTION_WINDOW = 14  # lines: a heading further above titles none of the line's table or list

_NUMBERED = re.compile(r"^(?:\d{1,2}|[(（]\d{1,2}[)）])[\s.．]+\S")
_PAGE_TITLE = re.compile(r"状況|一覧|について|簿|公表")  # titles what a page reports on: states no action


@dataclass(frozen=True, slots=True)
class Section:
    """A section heading: its line number, its words (numbering removed) and what they state, where they do."""

    line: int
    text: str
    kind: str | None  # the kind of flow the heading names
    basis_text: str | None  # the heading's words, when they name a basis
    action: str | None  # the registry action it names: new / modify / abolish


def section_heading(line: Line) -> Section | None:
    """The section a line opens, or ``None`` when it is no section heading.

    >>> from .lines import split_lines
    >>> [section_heading(line) is not None for line in split_lines("(1) 新規登録\\n1\\t市民課\\n1.\\n市民課")]
    [True, False, False, False]
    >>> section_heading(split_lines("(2) 法令に基づく外部提供")[0]).basis_text
    '法令に基づく外部提供'
    """
    if line.cells or not _NUMBERED.match(line.text):
        return None
    words = section_title(line.text)
    return Section(line=line.no, text=words, kind=classify_kind(words),
                   basis_text=words if classify_basis(words) != "unknown" else None,
                   action=None if _PAGE_TITLE.search(words) else classify_action(words))


class Sections:
    """The section each line of ``lines`` sits under, by position; one forward pass on the first question.

    Positions, not line numbers: a reader may ask about a list of lines it rebuilt (a table folded back into rows),
    whose positions are what "above" means.
    """

    __slots__ = ("_headings", "_lines", "_positions")

    def __init__(self, lines: Sequence[Line]) -> None:
        self._lines = lines
        self._headings: list[Section] | None = None  # in order, found on the first question
        self._positions: list[int] = []  # the position of each heading

    def above(self, position: int, stating: str | None = None) -> Section | None:
        """The section ``lines[position]`` sits under: the nearest heading above it within the window; with
        ``stating`` (``"kind"``, ``"basis_text"`` or ``"action"``), the nearest that states that, past those that
        do not (「2 廃止した事務」 over 「(1) 市長部局」 over a table: the table's rows were abolished).

        >>> from .lines import split_lines
        >>> sections = Sections(split_lines("2 廃止した事務\\n(1) 市長部局\\n市民課\\t住民記録事務"))
        >>> sections.above(2).text, sections.above(2, stating="action").text, sections.above(2, stating="kind")
        ('市長部局', '廃止した事務', None)
        """
        if self._headings is None:
            self._index()
        at = bisect_left(self._positions, position) - 1  # the last heading before ``position``
        while at >= 0 and position - self._positions[at] <= SECTION_WINDOW:
            heading = self._headings[at]
            if stating is None or getattr(heading, stating):
                return heading
            at -= 1
        return None

    def _index(self) -> None:
        self._headings = []
        for position, line in enumerate(self._lines):
            text = line.text
            if text and (text[0].isdigit() or text[0] in "(（"):  # cheap test before the pattern
                heading = section_heading(line)
                if heading is not None:
                    self._headings.append(heading)
                    self._positions.append(position)
