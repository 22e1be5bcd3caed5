"""The flow an answer letter's conclusion states, its one sentence broken over several lines.

The genre: an answer (「…について（答申）」) whose title names only a kind of hand-over, then a head 「1 審議会の
結論」 and the conclusion below it, broken by the PDF conversion wherever the line ran out:
「A課が実施するX事業において保有するZを、Bに…のため外部提供することは、」 / 「やむを得ないものと認める。」.
The lines up to the next numbered head are read as one sentence; the flow it states is the case's.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("甲の提供について(答申)\\n1 審議会の結論\\n福祉課が実施する見守り事業において保有する"
...                     "利用者の氏名\\n及び住所を、乙大学に調査のため外部提供することは、\\n適当と認める。\\n2 理由")
>>> case = CouncilCase(title="甲の提供について", line=1)
>>> flows, _, read, _ = concluded_flows(lines, [case], [], set())
>>> [(f.source_department, f.source_business, f.recipient_external, f.items, f.reason, f.line) for f in flows]
[('福祉課', '見守り事業', '乙大学', ['氏名', '住所'], '調査のため', 3)]
>>> sorted(read)
[3, 4, 5]
"""

from __future__ import annotations

import re

from ....records import CouncilCase, Flow
from ...layout.lines import Line
from ...model import claim_id
from ...text.items import clean_items
from .amend import CaseAt, Restate

__all__ = ["concluded_flows"]

_UNIT = r"(?:課|室|センター|局|事務局)"
_WORK = r"(?:業務|事務|事業)"
_HEAD = re.compile(r"^\s*[0-9０-９]{1,2}[\s.．、]*(?P<head>(?:審議会|審査会)?の?結論)\s*$")
_NEXT_HEAD = re.compile(r"^\s*[0-9０-９]{1,2}[\s.．、]+\S")
_PROVIDED = re.compile(
    rf"^(?P<dept>[^、。「」を]{{2,20}}?{_UNIT})が(?:実施|所管)する(?P<biz>[^、。を]+?{_WORK})において(?:保有|管理)する"
    r"(?P<items>[^。]+?)を、(?P<to>[^、。をにへ]{2,30}?)(?:に|へ)(?P<reason>[^、。]{2,40}?ため)?、?(?:外部)?提供する"
    r"ことは")
_MOST = 6  # the lines one conclusion runs over


def _items(text: str) -> list[str]:
    """「受診者のa及びb」: a and b, whose they are left out."""
    items = clean_items(text)[0]
    if items and "の" in items[0]:
        items[0] = items[0].rsplit("の", 1)[1]
    return items


def concluded_flows(lines: list[Line], cases: list[CouncilCase], case_flows: list[Flow], consumed: set[int]) -> tuple[
        list[Flow], set[str], set[int], list[Restate]]:
    """The flow the conclusion under the one case of an answer letter states, the claim ids of the title flows it
    replaces, the lines read, and the case restated."""
    if len(cases) != 1:
        return [], set(), set(), []
    case = cases[0]
    by_id = {flow.id: flow for flow in case_flows if flow.id}
    if any(by_id[token].recipient_external or by_id[token].recipient_department
           for token in case.flow_ids if token in by_id):
        return [], set(), set(), []  # the title's flows name their recipient already
    start = next((index for index, line in enumerate(lines)
                  if (line.no or 0) > (case.line or 0) and _HEAD.match(line.text)), None)
    if start is None:
        return [], set(), set(), []
    said, read = "", []
    for line in lines[start + 1:start + 1 + _MOST]:
        if line.blank:
            continue
        if _NEXT_HEAD.match(line.text) or line.no in consumed:
            break
        said += line.text.strip()
        read.append(line)
        if said.endswith("。"):
            break
    match = _PROVIDED.match(said) if read else None
    if not match:
        return [], set(), set(), []
    head = _HEAD.match(lines[start].text)
    first = read[0]
    flow = Flow(source_department=match.group("dept"), source_business=match.group("biz"),
                recipient_external=match.group("to"), kind="external_provision", basis="council",
                basis_text=head.group("head") if head else None, items=_items(match.group("items")),
                reason=match.group("reason"), line=first.no, quote=said)
    dropped = frozenset(case.flow_ids)
    return [flow], set(dropped), {line.no for line in read}, [Restate(CaseAt(0), (claim_id(flow, "explained"),),
                                                                      dropped)]
