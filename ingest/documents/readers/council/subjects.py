"""An answer letter's subject (「保有個人情報の外部提供等について(答申)」) over the matters it lists below.

The subject names the letter, not a case, when the matters consulted are listed under it (「1 諮問事項 (1)… (2)…」)
and read as cases of their own: the subject states no flow of its own, so it is no case, and the half flow its
vague title states is no diagnostic either.

>>> from ....records import CouncilCase
>>> cases = [CouncilCase(title="提供等について", line=2, quote="提供等について(答申)"),
...          CouncilCase(title="X事業に係る目的外利用について", line=8, flow_ids=["f1"])]
>>> [case.line for case in without_subject(cases, [])[0]]
[8]
"""

from __future__ import annotations

import re

from ....records import CouncilCase, Diagnostic

__all__ = ["without_subject"]

_SUBJECT = re.compile(r"[(（]答申[)）]\s*$")


def without_subject(cases: list[CouncilCase], diagnostics: list[Diagnostic]) -> tuple[list[CouncilCase],
                                                                                   list[Diagnostic]]:
    """``cases`` without an answer letter's subject that states nothing over cases listed below it, and
    ``diagnostics`` without the half flow of its title."""
    subjects = {case.line for case in cases
                if _SUBJECT.search(case.quote or "") and not case.flow_ids and not case.articles
                and any(other.flow_ids and (other.line or 0) > (case.line or 0) for other in cases)}
    if not subjects:
        return cases, diagnostics
    return ([case for case in cases if case.line not in subjects],
            [problem for problem in diagnostics if not (problem.line in subjects and problem.candidate)])
