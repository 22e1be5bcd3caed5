"""Cases the record takes up in the agenda's order, without repeating their titles or numbers.

Minutes in the 「発言者 内容」 form and retold summaries often never name a case again below the agenda: the chair
invites each department in turn (「まず、A課から説明をお願いします。」「次に、B課から…」) or the summary retells each
explanation (「実施機関より、…について説明を行なった。」). When those lines are exactly as many as the cases, each
case's part runs from its line to the next one's; the decision said in it (「本件については、諮問のとおり…認めること
とします。次に、…」: the part of the sentence before the next invitation) is the case's.

>>> from ...layout.lines import split_lines
>>> from ....records import CouncilCase
>>> lines = split_lines("議題:A事務について(諮問)、B事務について(諮問)\\n会長\\nまず、甲課から説明をお願いします。"
...                     "\\n甲課\\n説明です。\\n会長\\n本件は諮問のとおり認めることとします。"
...                     "次に、乙課から説明をお願いします。")
>>> cases = [CouncilCase(title="A事務について", line=1), CouncilCase(title="B事務について", line=1)]
>>> sorted(parts_in_order(lines, cases)[1]), [(d.case, d.decision) for d in decided_in_order(lines, cases)]
([7], [(0, 'approved')])
"""

from __future__ import annotations

import re

from ....records import CouncilCase
from ...layout.lines import Line
from .amend import CaseAt, Decide
from .decisions import decision_of

__all__ = ["decided_in_order", "parts_in_order"]

_MOST = 40
# 「次に、子育て支援課から説明をお願いします。」「実施機関より、…について説明を行なった。」: a case taken up
_TAKEN_UP = re.compile(r"(?P<lead>(?:次に|続いて|最後に|まず)?[、,]?)[^、。]{1,20}?(?:課|室|局|部|センター|実施機関)"
                       r"から、?(?:御|ご)?説明をお願い"
                       r"|^(?:実施機関|[^、。]{2,20}?(?:課|室|局|センター))より、[^。]+について説明を行な?った")
_ASSENT = re.compile(r"^[(（]?「?(?:異議なし|異議無し|「異議なし」の声)")


def _starts(lines: list[Line], cases: list[CouncilCase]) -> list[int]:
    at = {line.no: index for index, line in enumerate(lines)}
    last = max((at[case.line] for case in cases if case.line in at), default=None)
    if last is None:
        return []
    starts = [index for index in range(last + 1, len(lines)) if _TAKEN_UP.search(lines[index].text.strip())]
    return starts if len(starts) == len(cases) else []


def parts_in_order(lines: list[Line], cases: list[CouncilCase]) -> dict[int, set[int]]:
    """Per case (its position), the line numbers of its part; none when the record does not take them up in order."""
    starts = _starts(lines, cases)
    if not starts:
        return {}
    ends = [*starts[1:], len(lines)]
    return {position: {line.no for line in lines[start:min(end, start + _MOST)]}
            for position, (start, end) in enumerate(zip(starts, ends, strict=True))}


def decided_in_order(lines: list[Line], cases: list[CouncilCase]) -> list[Decide]:
    """The decision said in each undecided case's part, up to the next case's invitation."""
    starts = _starts(lines, cases)
    out: list[Decide] = []
    for position, start in enumerate(starts):
        if cases[position].decision != "unknown":
            continue
        end = starts[position + 1] if position + 1 < len(starts) else min(len(lines) - 1, start + _MOST)
        for index in range(start, end + 1):
            text = lines[index].text.strip()
            taken = _TAKEN_UP.search(text) if index == end and position + 1 < len(starts) else None
            if taken:
                text = text[:taken.start()]  # the next case's invitation is no part of this one
            elif index == start:
                opened = _TAKEN_UP.search(text)
                text = text[opened.end():] if opened else text  # what the line said before is the last case's
            following = next((line.text.strip() for line in lines[index + 1:index + 3] if line.text.strip()), "")
            if _ASSENT.match(following):
                text += following
            decided = decision_of(text) if text else None
            if decided:
                out.append(Decide(CaseAt(position), decided))
                break
    return out
