"""Cases told apart by a bracket line under a common title: 「個人情報の取扱いの特例について」 then
「(「目的外利用の制限」/税務課)」.

Some councils give every consultation the same title and name what differs — the rule excepted and the
department — in a bracket line below it. Each bracket line is one case (two under one bullet 「諮問第8号・9号」
are two cases), titled by the common title and its bracket; the first takes the title's case, the others are new.

>>> from ...layout.lines import split_lines
>>> from ....records import CouncilCase
>>> lines = split_lines("- 諮問第8号・9号\\n特例について\\n(「収集の制限」/福祉課)\\n(「提供の制限」/税務課)")
>>> fills, added = distinguished(lines, [CouncilCase(date="2024-01-05", title="特例について", line=2)])
>>> fills[0].value, [(case.title, case.line) for case in added]
('特例について(「収集の制限」/福祉課)', [('特例について(「提供の制限」/税務課)', 4)])
"""

from __future__ import annotations

import re

from ....records import CouncilCase
from ...layout.lines import Line
from ...text.items import compact
from .amend import CaseAt, Fill

__all__ = ["distinguished"]

_TOLD_APART = re.compile(r"^[(（]「[^「」]{2,40}」\s*[/／・]\s*[^()（）「」]{2,30}[)）]$")


def _brackets_below(lines: list[Line], index: int, title: str) -> list[Line]:
    """The bracket lines right below a case's line, past the lines of its title (a case read on its number's line)."""
    out: list[Line] = []
    for line in lines[index + 1:index + 8]:
        text = line.text.strip()
        if not text or not out and len(text) >= 6 and compact(text) in title:
            continue
        if not _TOLD_APART.match(text):
            break
        out.append(line)
    return out


def distinguished(lines: list[Line], cases: list[CouncilCase]) -> tuple[list[Fill], list[CouncilCase]]:
    """The titles of the cases told apart by bracket lines below them, and the further cases those lines state."""
    at = {line.no: index for index, line in enumerate(lines)}
    fills: list[Fill] = []
    added: list[CouncilCase] = []
    for place, case in enumerate(cases):
        index = at.get(case.line or 0)
        told = index is not None and not case.title.endswith((")", "）"))
        brackets = _brackets_below(lines, index, compact(case.title)) if told else []
        if not brackets:
            continue
        first, *more = brackets
        fills.append(Fill(CaseAt(place), "title", case.title + first.text.strip(), only_missing=False))
        added.extend(CouncilCase(date=case.date, title=case.title + line.text.strip(), articles=list(case.articles),
                                 line=line.no, quote=line.quote) for line in more)
    return fills, added
