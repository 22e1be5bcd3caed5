"""The decision an answer's summary states for every matter it answers (「答申の区分 諮問のとおり承認」).

The genre: a page announcing an answer opens with a short summary of labelled bullets (答申日, 諮問日, 答申の区分)
and lists the consulted matters below; the kind of answer is said once, for all of them.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("• 答申の区分 諮問のとおり承認\\n1. A事業について\\n2. B事業について")
>>> decided_in_summary(lines, [CouncilCase(title="A事業について", line=2), CouncilCase(title="B事業について", line=3)])
[Decide(case=0, decision='approved'), Decide(case=1, decision='approved')]
"""

from __future__ import annotations

import re

from ....records import CouncilCase
from ...layout.lines import Line
from .amend import CaseAt, Decide
from .decisions import decision_of

__all__ = ["decided_in_summary"]

_KIND_OF_ANSWER = re.compile(r"^[•・\-]?\s*答申の?(?:区分|種別|結果|結論|内容)\s*[:：]?\s*(?P<said>\S.*)$")


def decided_in_summary(lines: list[Line], cases: list[CouncilCase]) -> list[Decide]:
    """The decision a labelled summary line above the first case states, for each case still undecided."""
    first = min((case.line for case in cases if case.line), default=0)
    for line in lines:
        if line.no >= first:
            break
        said = _KIND_OF_ANSWER.match(line.text.strip())
        decision = decision_of(said.group("said")) if said else None
        if decision:
            return [Decide(CaseAt(at), decision) for at, case in enumerate(cases) if case.decision == "unknown"]
    return []
