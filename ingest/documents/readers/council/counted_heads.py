"""Cases told under counted heads (「☆1件目 X」) below a dated sentence that says how many were consulted.

The genre: a report of a meeting (a member's post, a newsletter) says 「本日(令和N年M月D日)の審議会では、…諮問
された2件を審議しました」, then heads each case 「☆1件目 title」 with the explanation and the result in the
paragraphs below it (「原案のとおり承認されました」, 「…については意見を付して承認」). A head is a case only when
the sentence above counts the consultations; the result is the last decision said before the next head.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("本日(令和7年4月3日)の審議会では、諮問された2件を審議しました。\\n"
...                     "☆1件目 X事業に伴う目的外利用\\n承認されました。\\n☆2件目 Y事業での提供\\n"
...                     "意見を付して承認、となりました。")
>>> [(case.date, case.title, case.decision, case.line) for case in counted_cases(lines, set())[0]]
[('2025-04-03', 'X事業に伴う目的外利用', 'approved', 2), ('2025-04-03', 'Y事業での提供', 'approved_with_opinion', 4)]
"""

from __future__ import annotations

import re

from ....records import CouncilCase
from ...layout.lines import Line
from ...text.dates import safe_date
from .decisions import decision_of

__all__ = ["counted_cases"]

_COUNTED = re.compile(r"(?P<day>(?:令和|平成)\s*(?:元|\d{1,2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[^。]*?"
                      r"諮問[^。]*?(?P<n>\d{1,2}|[一二三四五六七八九])件")
_HEAD = re.compile(r"^\s*[☆★◆◇■□●○◎]?\s*(?P<n>\d{1,2})件目\s*[:：]?\s+(?P<title>\S[^。]{3,80})$")
_MOST_CASES = 9


def counted_cases(lines: list[Line], consumed: set[int]) -> tuple[list[CouncilCase], set[int]]:
    """The cases headed 「N件目 …」 under a sentence that dates and counts them, and the head lines read."""
    day: str | None = None
    cases: list[CouncilCase] = []
    for line in lines:
        if line.no in consumed or line.cells:
            continue
        text = line.text.strip()
        counted = _COUNTED.search(text) if "件" in text else None
        if counted and not cases:
            day = safe_date(counted.group("day"), line.no, [])
            continue
        head = _HEAD.match(text) if day else None
        if head and int(head.group("n")) == len(cases) + 1 and len(cases) < _MOST_CASES:
            cases.append(CouncilCase(date=day, title=head.group("title").strip(), line=line.no, quote=line.quote))
            continue
        decision = decision_of(text) if cases and len(text) <= 120 else None
        if decision:
            cases[-1].decision = decision
    return cases, {case.line for case in cases if case.line}
