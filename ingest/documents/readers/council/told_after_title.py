"""A case reported by its order, its title in 「」, then in the next sentence what the department does.

The genre: an executive reporting the council's answers to an assembly committee — 「1件目は、諮問第N号「Xについて」
でございます。A課が、Sから…の提供を受けるものでございまして、…」 or 「…B課が保有する…を、A課が…に利用する
ものでございまして、…」. That sentence states the flow with both ends and its items: it replaces the half flow the
title gave the case. The recipient's work is the one the title names (「Yに伴う…」「Yにおける…」).

>>> from ...layout.lines import split_lines
>>> lines = split_lines("1件目は、諮問第3号「検診事業に伴う検診結果の収集について」でございます。"
...                     "保健課が、医療機関から受診者の氏名及び検診結果の提供を受けるものでございます。")
>>> flows, _, read, _ = told_after_title(lines, [CouncilCase(title="検診事業に伴う検診結果の収集について", line=1)],
...                                     [], set())
>>> [(f.kind, f.source_external, f.recipient_department, f.recipient_business, f.items) for f in flows], read
([('collection_from_others', '医療機関', '保健課', '検診事業', ['氏名', '検診結果'])], {1})
"""

from __future__ import annotations

import re

from ....records import CouncilCase, Flow
from ...layout.lines import Line
from ...model import claim_id
from ...text.items import clean_items
from ...text.names import without_organ
from .amend import Amendment, CaseAt, Restate

__all__ = ["told_after_title"]

_DEPT = r"[^、。をがの「」\s]{2,20}?(?:課|室|センター|事務所)"
_TITLED = re.compile(r"「(?P<title>[^「」]{6,})」\s*(?:でございます|です|であります)。(?P<said>[^。]+?もの)")
# the title's sentence ends its line, the next sentence opens the next line with text (a page that breaks at 。)
_TITLE_ENDS_LINE = re.compile(r"「(?P<title>[^「」]{6,})」\s*(?:でございます|です|であります)。\s*$")
_SAID_FIRST = re.compile(r"^\s*(?P<said>[^。]+?もの)")
_COLLECTED = re.compile(rf"^\s*(?P<dept>{_DEPT})が、?(?P<supplier>[^、。を]{{2,20}}?)から(?P<data>[^。]+?)の"
                        r"(?:提供を受ける|収集する|取得する)もの$")
_USED = re.compile(rf"^\s*(?P<holder>{_DEPT})が(?:保有|管理)する(?P<data>[^。]+?)を、?(?P<user>{_DEPT})が"
                   r"(?:(?P<purpose>[^、。]{2,30}?)に)?(?:目的外)?利用するもの$")
_WORK_OF_TITLE = re.compile(r"^(?P<work>[^、。]{2,30}?(?:事業|事務|業務|管理))(?:に伴う|における|に係る|のための)")
_WHOSE = re.compile(r"^[^、。及]*の(?=[^の、及]+(?:、|及び|並びに))")  # 「がん検診の受診者の氏名、…」: not whose


def _said_flow(said: str, title: str, line: Line) -> Flow | None:
    work = _WORK_OF_TITLE.match(title)
    common = {"basis": "council", "line": line.no, "quote": line.quote,
              "recipient_business": work.group("work") if work else None}
    collected, used = _COLLECTED.match(said), _USED.match(said)
    if collected:
        return Flow(source_external=collected.group("supplier"),
                    recipient_department=without_organ(collected.group("dept")), kind="collection_from_others",
                    items=clean_items(_WHOSE.sub("", collected.group("data")))[0],
                    **common)
    if used:
        return Flow(source_department=without_organ(used.group("holder")),
                    recipient_department=without_organ(used.group("user")), kind="purpose_outside_use",
                    items=clean_items(_WHOSE.sub("", used.group("data")))[0],
                    reason=used.group("purpose"), **common)
    return None


def _told_below(lines: list[Line], index: int, text: str) -> tuple[re.Match[str] | None, Line]:
    """The title ending line ``index`` (``text``) and, in a match of its own, the sentence the next line with text
    opens; ``(None, the line)`` when the line goes on after the title or the next line opens no such sentence."""
    alone = _TITLE_ENDS_LINE.search(text) if text.endswith("。") else None
    below = next((other for other in lines[index + 1:index + 3] if other.text), None) if alone else None
    said = _SAID_FIRST.match(below.text) if below is not None else None
    if alone is None or below is None or said is None:
        return None, lines[index]
    joined = _TITLED.search(f"「{alone.group('title')}」です。{said.group('said')}")
    return joined, below


def told_after_title(lines: list[Line], cases: list[CouncilCase], case_flows: list[Flow],
                     consumed: set[int]) -> tuple[list[Flow], set[str], set[int], list[Amendment]]:
    """The flows the sentence after each case's quoted title states (see the module), the case's flows they replace,
    the lines read, and the cases restated."""
    by_line = {line.no: line for line in lines}
    position = {line.no: index for index, line in enumerate(lines)}
    by_id = {flow.id: flow for flow in case_flows if flow.id}
    flows: list[Flow] = []
    replaced: set[str] = set()
    read: set[int] = set()
    restated: list[Amendment] = []
    for index, case in enumerate(cases):
        line = by_line.get(case.line)
        if line is None or not line.text:  # its own line is the case's, claimed already
            continue
        told, said_on = _TITLED.search(line.text), line
        if told is None:
            told, said_on = _told_below(lines, position[line.no], line.text)
        if told is None or told.group("title") != case.title:
            continue
        flow = _said_flow(told.group("said"), case.title, said_on)
        if flow is None:
            continue
        if flow.recipient_business is None:  # the work the title's half flow read
            flow.recipient_business = next((by_id[token].recipient_business for token in case.flow_ids
                                            if token in by_id and by_id[token].recipient_business), None)
        dropped = frozenset(token for token in case.flow_ids if token in by_id)
        flows.append(flow)
        replaced |= dropped
        read.update({line.no, said_on.no})
        restated.append(Restate(CaseAt(index), (claim_id(flow, "explained"),), dropped))
    return flows, replaced, read, restated
