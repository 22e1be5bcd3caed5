"""An answer's conclusion that names the matters it decides by their marks in the list above.

The genre: 「1 諮問事項 (1)… (2)…」, then 「2 審議会の結論」 with 「(1)及び(2)のいずれについても、…適当である。」 (each
approved) and 「ただし、(1)については、…すること。」 (an opinion on that one).

>>> from ...layout.lines import split_lines
>>> lines = split_lines("(1) A事業に係る目的外利用について\\n(2) B事業に係る外部提供について\\n"
...                     "(1)及び(2)のいずれについても、実施することは適当である。\\n"
...                     "ただし、(2)については、期限を定めること。")
>>> cases = [CouncilCase(title="A事業に係る目的外利用について", line=1),
...          CouncilCase(title="B事業に係る外部提供について", line=2)]
>>> [(decided.case, decided.decision) for decided in marked_decisions(lines, cases)]
[(0, 'approved'), (1, 'approved_with_opinion')]
"""

from __future__ import annotations

import re

from ....records import CouncilCase
from ...layout.lines import Line
from .amend import CaseAt, Decide

__all__ = ["marked_decisions"]

_MARK = re.compile(r"[(（](\d{1,2})[)）]")
_MARKS = r"(?:[(（]\d{1,2}[)）](?:及び|並びに|と|、|・)?)+"
_ALL_MARKED = re.compile(rf"^\s*(?P<marks>{_MARKS})の?(?:いずれ|両方|全て|すべて)(?:について|に関して)も、")
_APPROVED = re.compile(r"(?:適当|妥当|差し支えない)(?:である|と認める|と判断する)")
_REJECTED = re.compile(r"(?:適当|妥当)でない|不適当")
_PROVISO = re.compile(rf"^\s*ただし、?(?P<marks>{_MARKS})(?:について|に関して)は、[^。]{{4,}}"
                      r"(?:こと|べきである|されたい)")


def marked_decisions(lines: list[Line], cases: list[CouncilCase]) -> list[Decide]:
    """Decisions stated for the cases by their marks (see the module), for cases the list gives one mark each."""
    by_line = {line.no: line.text for line in lines}
    at_mark: dict[str, CaseAt] = {}
    for at, case in enumerate(cases):
        mark = _MARK.match(by_line.get(case.line or 0, "").strip())
        if mark:
            at_mark.setdefault(mark.group(1), CaseAt(at))
    if len(at_mark) < 2:
        return []
    approved: list[str] = []
    opinion: set[str] = set()
    for line in lines:
        text = line.text.strip()
        marked = _ALL_MARKED.match(text)
        if marked and not _REJECTED.search(text) and _APPROVED.search(text):
            approved += [mark for mark in _MARK.findall(marked.group("marks")) if mark in at_mark]
            continue
        proviso = _PROVISO.match(text)
        if proviso and approved:
            opinion.update(_MARK.findall(proviso.group("marks")))
    # the marks say which case the proviso is on: it decides over a reading that gave it to the case above
    return [Decide(at_mark[mark], "approved_with_opinion" if mark in opinion else "approved") for mark in approved
            if cases[at_mark[mark]].decision in ("unknown", "approved", "approved_with_opinion")]
