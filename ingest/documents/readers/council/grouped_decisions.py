"""One decision for the cases an agenda groups under one heading of their numbers.

The genre: the agenda groups its consultations under a heading that only names their numbers (「ア諮問第91号及び
諮問第92号」, each case on a line below it), the record repeats that heading over the explanations, and one sentence
below it decides them all (「いずれも諮問のとおり承認された。」) before the next heading of numbers.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("ア諮問第5号及び諮問第6号\\n・A事業に関する諮問(B課)\\n・C事業に関する諮問(D課)\\n"
...                     "イ諮問第7号\\n・E事業に関する諮問(F課)\\n経過\\nア諮問第5号及び諮問第6号\\n"
...                     "B課より説明を行った。\\nいずれも諮問のとおり承認された。\\nイ諮問第7号\\nF課より説明。")
>>> cases = [CouncilCase(title="A事業に関する諮問", line=2), CouncilCase(title="C事業に関する諮問", line=3),
...          CouncilCase(title="E事業に関する諮問", line=5)]
>>> [(decided.case, decided.decision) for decided in grouped_decisions(lines, cases)]
[(0, 'approved'), (1, 'approved')]
"""

from __future__ import annotations

import re

from ....records import CouncilCase
from ...layout.lines import Line
from ...text.items import compact
from .amend import CaseAt, Decide
from .decisions import decision_of

__all__ = ["grouped_decisions"]

# 「ア諮問第91号及び諮問第92号」「(2)諮問第3号」: a heading naming consultations by number, nothing else
_NUMBERS_HEAD = re.compile(r"^(?:[ア-ン]|[(（]\d{1,2}[)）]|\d{1,2}[.．])?\s*諮問第\d{1,3}号"
                           r"(?:(?:及び|並びに|、|・)(?:諮問)?第?\d{1,3}号)*$")
_MOST_BELOW = 40


def grouped_decisions(lines: list[Line], cases: list[CouncilCase]) -> list[Decide]:
    """The decision stated under each repeated heading of numbers, for every case listed under it (see the module)."""
    heads = [(index, compact(line.text)) for index, line in enumerate(lines)
             if line.text and "諮問第" in line.text and _NUMBERS_HEAD.match(compact(line.text))]
    if len(heads) < 2 or not cases:
        return []
    out: list[Decide] = []
    for number, (index, head) in enumerate(heads):
        nxt = heads[number + 1][0] if number + 1 < len(heads) else len(lines)
        start, stop = lines[index].no, lines[nxt].no if nxt < len(lines) else lines[-1].no + 1
        under = [CaseAt(at) for at, case in enumerate(cases) if start < (case.line or 0) < stop]
        repeat = next((later for later, text in heads[number + 1:] if text == head), None)
        if not under or repeat is None:
            continue
        for below in lines[repeat + 1:repeat + 1 + _MOST_BELOW]:
            if below.text and _NUMBERS_HEAD.match(compact(below.text)):
                break  # the next group's record
            decision = decision_of(below.text) if below.text else None
            if decision:
                out += [Decide(at, decision) for at in under if cases[at].decision == "unknown"]
                break
    return out
