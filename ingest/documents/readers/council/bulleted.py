"""The flows an answer's consulted items state in bullets below each title.

The genre: an answer (答申) lists what was consulted as numbered titles (「1. X事業に係る個人情報の目的外利用
について」), each with bullets below saying who does what, one sentence a bullet, ending 「…するもの」:

- 「A課が、…ため、B課が保有するZを利用するもの」: a use of B's data by A, for the title's business;
- 「A課が保有するZを、…Cへ提供するもの」: a provision to C, for the title's business;
- 「A課が、X業務において、Zを事業者のクラウドサーバに記録するもの」: X's data kept on an outside server;
- 「利用する項目 a、b」: the items of the flow read on the bullet above.

The flows a case's bullets state replace its title's.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("1. 甲事業に係る個人情報の目的外利用について\\n"
...                     "  • 福祉課が、甲事業のため、税務課が保有する所得情報を利用するもの\\n"
...                     "  • 利用する項目 所得額、扶養人数")
>>> case = CouncilCase(title="甲事業について", line=1, flow_ids=["t1"])
>>> flows, _, read, _ = bulleted_flows(lines, [case], [Flow(id="t1", recipient_business="甲事業")], set())
>>> [(f.source_department, f.recipient_department, f.kind, f.items) for f in flows], sorted(read)
([('税務課', '福祉課', 'purpose_outside_use', ['所得額', '扶養人数'])], [2, 3])
"""

from __future__ import annotations

import re

from ....records import CouncilCase, Flow
from ...layout.lines import Line
from ...model import claim_id
from ...text.items import clean_items
from .amend import CaseAt, Restate

__all__ = ["bulleted_flows"]

_UNIT = r"(?:課|室|センター|局|事務局)"
_WORK = r"(?:業務|事務|事業)"
_BULLET = re.compile(r"^\s*[•・●○◦]\s*(?P<said>\S.*)$")
_USED = re.compile(rf"^(?P<rdept>[^、。「」]{{2,20}}?{_UNIT})が、(?:[^。]*?、)?(?P<sdept>[^、。「」]{{2,20}}?{_UNIT})が"
                   r"(?:保有|管理)する(?P<items>[^。]+?)を(?:目的外)?利用するもの")
_PROVIDED = re.compile(rf"^(?P<sdept>[^、。「」]{{2,20}}?{_UNIT})が(?:保有|管理)する(?P<items>[^。]+?)を、"
                       r"(?P<to>[^。]+?)(?:へ|に)(?:外部)?提供するもの")
_KEPT = re.compile(rf"^(?P<dept>[^、。「」]{{2,20}}?{_UNIT})が、(?P<biz>[^、。]+?{_WORK})において、(?P<items>[^。]+?)を"
                   r"(?P<to>[^、。を]+?)に(?:記録|保存|保管)するもの")
_ITEMS = re.compile(r"^(?:利用|提供|記録)する(?:項目|情報)\s*[:：]?\s*(?P<items>\S.*)$")


def _items(text: str) -> list[str]:
    """The items of 「Xの a、b及びc」: whose they are left out when there are several."""
    items = clean_items(text)[0]
    if len(items) >= 2 and "の" in items[0]:
        items[0] = items[0].rsplit("の", 1)[1]
    return items


def _bullet_flow(said: str, business: str | None, line: Line) -> Flow | None:
    match = _USED.match(said)
    if match and business:
        return Flow(source_department=match.group("sdept"), recipient_department=match.group("rdept"),
                    recipient_business=business, kind="purpose_outside_use", basis="council",
                    items=_items(match.group("items")), line=line.no, quote=line.quote)
    match = _PROVIDED.match(said)
    if match and business:
        to = match.group("to").rsplit("する", 1)[-1]  # 「Xを運営するB」: B
        return Flow(source_department=match.group("sdept"), recipient_business=business, recipient_external=to,
                    kind="external_provision", basis="council", items=_items(match.group("items")), line=line.no,
                    quote=line.quote)
    match = _KEPT.match(said)
    if match:
        return Flow(source_department=match.group("dept"), source_business=match.group("biz"),
                    recipient_external=match.group("to"), kind="online_connection", basis="council",
                    items=_items(match.group("items")), line=line.no, quote=line.quote)
    return None


def bulleted_flows(lines: list[Line], cases: list[CouncilCase], case_flows: list[Flow], consumed: set[int]) -> tuple[
        list[Flow], set[str], set[int], list[Restate]]:
    """Flows the bullets under the cases' titles state, the claim ids of the title flows they replace, the lines
    read, and the cases restated."""
    index_of = {line.no: index for index, line in enumerate(lines)}
    case_lines = {case.line for case in cases}
    by_id = {flow.id: flow for flow in case_flows if flow.id}
    out: list[Flow] = []
    replaced: set[str] = set()
    read: set[int] = set()
    restated: list[Restate] = []
    for at, case in enumerate(cases):
        if case.line not in index_of:
            continue
        titled = [by_id[token] for token in case.flow_ids if token in by_id]
        business = next((flow.recipient_business for flow in titled if flow.recipient_business), None)
        stated: list[Flow] = []
        for below in lines[index_of[case.line] + 1:index_of[case.line] + 8]:
            bullet = _BULLET.match(below.text)
            if not bullet or below.no in case_lines or below.no in consumed:
                break
            items = _ITEMS.match(bullet.group("said"))
            if items and stated:
                stated[-1].items = clean_items(items.group("items"))[0]
                read.add(below.no)
                continue
            flow = _bullet_flow(bullet.group("said"), business, below)
            if flow is not None:
                stated.append(flow)
                read.add(below.no)
        if stated:
            out.extend(stated)
            dropped = frozenset(case.flow_ids)
            replaced.update(dropped)
            restated.append(Restate(CaseAt(at), tuple(claim_id(flow, "explained") for flow in stated), dropped))
    return out, replaced, read, restated
