"""What the minutes say where they take up a numbered case: the holders a consultation's title leaves out.

The genre: an agenda item 「諮問第7号 X事務に伴う保有個人情報の目的外利用について【A課】」 names the receiving
business and department but not whose data is used; the record of the meeting takes the case up by its number
(「(1) 諮問第7号について A課長から 税務課がY事務で保有する所得情報及び住民課がZ事務で保有する世帯情報を …に
利用したい」) — on the same line in a run-on transcript, or on the lines below the heading. Each holder named there
(「B課がY事務で保有する」, or only 「Y事務で保有する」 when the title's department holds) is the source of one of the
title's flows; a provision's contractor (「…を受託するC法人に提供」) and a start (「…から行う」) said there complete
it too. What is said ends at the next case taken up.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("議題 諮問第7号 X事務について\\n(1) 諮問第7号について\\n"
...                     "A課長から、税務課がY事務で保有する所得額及び住民課がZ事務で保有する世帯情報を利用したい。")
>>> text, said_on = discussion_of(lines, "7", 1)
>>> holders_said(text), said_on
([('税務課', 'Y事務'), ('住民課', 'Z事務')], [2, 3])
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import replace

from ....normalize import DATE_SINCE, to_iso_date
from ....records import CouncilCase, Flow
from ...layout.lines import Line
from ...model import claim_ids
from ...text.items import compact

__all__ = ["complete_cases", "discussion_of", "holders_said", "with_holders"]

# 「税務課がA事務で保有する甲及び住民課がB事務で保有する乙を…」
_HOLDS = re.compile(r"(?:(?P<dept>[^、。をがの「」]{1,30}?(?:課|室|センター|局|係|所))が)?"
                    r"(?P<biz>[^、。をがでの「」]+?(?:事務|業務|事業|システム))(?:で|において)保有する")
_HOLDS_DEPARTMENT = re.compile(r"(?P<dept>[^、。をがの「」]{1,30}?(?:課|室|センター|局|係|所))が保有する")
_SAID_CUT = re.compile(r"から|より|及び|並びに|、")  # a speaker (「A課長から」) or the item before, glued on
_NEXT_CASE = re.compile(r"(?:諮問第\d{1,3}号|報告(?:第\d{1,3}号)?)(?:について|[^。]{0,40}について)")
_HEADING = re.compile(r"^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}\s|\d{1,2}[.．])")
_GIVEN_TO = re.compile(r"を(?P<to>[^、。をにへ]{2,40}?)(?:に対し|へ|に)(?:外部)?提供")
_DOER = re.compile(r"^.*(?:する|した|している)(?=[^、。]{2,})")  # 「…事業を受託するB法人」: B
_MOST_LINES = 8


def discussion_of(lines: list[Line], number: str, after: int) -> tuple[str, list[int]]:
    """What the minutes say where they take up case ``number`` below line ``after`` (compact text, up to the next
    case taken up or the next numbered heading), and the lines that say it."""
    start = f"諮問第{number}号について"
    for index, line in enumerate(lines):
        if line.no < after:
            continue
        flat = compact(line.text)
        at = flat.find(start)
        if at < 0:
            continue
        said, used = flat[at + len(start):], [line.no]
        for below in lines[index + 1:index + 1 + _MOST_LINES]:
            if not below.text:
                continue
            if below.cells or _HEADING.match(below.text) or _NEXT_CASE.search(compact(below.text)):
                break
            said += compact(below.text)
            used.append(below.no)
        return _NEXT_CASE.split(said[:600])[0], used
    return "", []


def holders_said(text: str) -> list[tuple[str | None, str | None]]:
    """(department, business) of every holder ``text`` names; a department alone (「税務課が保有する」) when no
    holder names its business.

    >>> holders_said("A課長から、税務課が保有する所得額を利用したい")
    [('税務課', None)]
    """
    found = [(_SAID_CUT.split(held.group("dept"))[-1] if held.group("dept") else None,
              _SAID_CUT.split(held.group("biz"))[-1]) for held in _HOLDS.finditer(text)]
    named = [(dept or None, biz) for dept, biz in found if len(biz) > 2]
    return named or [(_SAID_CUT.split(held.group("dept"))[-1], None) for held in _HOLDS_DEPARTMENT.finditer(text)]


def with_holders(made: list[Flow], said: str) -> list[Flow]:
    """A numbered case's title flows that name no holding business, one per holder ``said`` names (new flows, no
    claim id yet); ``made`` itself when it names a holder already or ``said`` names none."""
    if not made or any(flow.source_business or flow.source_external for flow in made):
        return made
    holders = holders_said(said)
    if not holders or all(flow.source_department for flow in made) and not any(biz for _, biz in holders):
        return made  # nothing the titles do not say already
    given = _GIVEN_TO.search(said)
    since = DATE_SINCE.search(said)
    out = [replace(flow, id="", source_department=dept or flow.source_department, source_business=biz,
                   items=list(flow.items), evidence=list(flow.evidence))
           for flow in made for dept, biz in holders]
    for flow in out:
        if given and flow.kind == "external_provision" and not flow.recipient_external:
            flow.recipient_external = _DOER.sub("", given.group("to"))
        if since and not flow.start_date:
            with suppress(ValueError):  # an impossible start is left open
                flow.start_date = to_iso_date(since.group(1))
    return out


_NUMBERED = re.compile(r"諮問第(\d{1,3})号")


def complete_cases(lines: list[Line], cases: list[CouncilCase], case_flows: list[Flow]
                   ) -> tuple[list[Flow], set[str], set[int]]:
    """Every case whose line names one 諮問第N号 and whose flows name no holder, completed by what the minutes say
    where they take it up: the new flows (the case now states them), the claim ids they replace, the lines read."""
    by_no = {line.no: line for line in lines}
    by_id = {flow.id: flow for flow in case_flows if flow.id}
    added: list[Flow] = []
    replaced: set[str] = set()
    used: set[int] = set()
    for case in cases:
        line = by_no.get(case.line or 0)
        numbers = set(_NUMBERED.findall(compact(line.text))) if line is not None else set()
        flows = [by_id[token] for token in case.flow_ids if token in by_id]
        if len(numbers) != 1 or not flows:
            continue
        said, said_on = discussion_of(lines, numbers.pop(), (case.line or 0) + 1)
        completed = with_holders(flows, said)
        if completed is flows:
            continue
        case.flow_ids = claim_ids(completed, "council")
        replaced |= {flow.id for flow in flows}
        added.extend(completed)
        used.update(said_on)
    return added, replaced, used
