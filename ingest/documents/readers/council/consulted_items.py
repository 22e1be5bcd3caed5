"""The matters a consultation lists, one a bullet, below 「次の事項について審議会の意見を求めた」.

The genre: an answer page (答申) or a 諮問書 names its case by a short title (「X事業に伴う保有個人情報の外部
提供及びオンライン結合について」) and then lists what was put to the council, one hand-over an item, each a
sentence ending 「…こと。」:

- 「X事業を民間事業者に委託するに当たり、A課がB事務で保有するCを、受託者であるD社に提供すること」: a
  provision to D for X (the contract's business), held by A in B;
- 「A課のSシステムと、病院であるEのTサーバとを通信回線で結合すること」: an online connection of S to E (the
  body, not its server);
- 「A課がB事務で保有するCを、F課がG事務に利用すること」: a use by F in G.

The items are the case's flows: they replace the flows its title states. The case has to be the only one
read above them.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("次の事項について審議会の意見を求めた。\\n"
...                     "• (1)甲課の乙システムと、丙病院の丁サーバとを通信回線で結合すること。")
>>> [(f.kind, f.source_department, f.source_business, f.recipient_external) for f in listed_flows(lines, 0)[0]]
[('online_connection', '甲課', '乙システム', '丙病院')]
"""

from __future__ import annotations

import re

from ....records import CouncilCase, Flow
from ...layout.lines import Line
from ...model import claim_ids
from ...text.items import clean_items, compact
from .amend import CaseAt, Restate
from .consult import articles_of, consultation_flows, flow_kind
from .holders import holders_said

__all__ = ["listed_flows", "restate_cases"]

_ASKED = re.compile(r"次の(?:事項|内容|とおり)[^。]{0,20}?(?:意見を(?:求め|聴)|諮問)")
_ITEM = re.compile(r"^(?:[•・\-*]\s*)?(?:[(（]\d{1,2}[)）]|\d{1,2}[.．)）])\s*(?P<said>\S.*?こと)。?$")
_LINKED = re.compile(r"^(?P<dept>[^、。をのが]{1,20}?(?:課|室|センター|局))の(?P<sys>[^、。をと]{1,30}?システム)と、?"
                     r"(?:[^、。をと]{0,20}?である)?(?P<ext>[^、。をとの]{2,30}?)の[^、。をと]{0,30}?"
                     r"(?:サーバ|システム|電子計算機|端末)とを?[^、。]{0,12}?結合")
_HOLDS = re.compile(r"(?:保有|管理)する(?P<items>[^。を]{2,40}?)を、")
_APPOSITION = re.compile(r"^(?:受託者|委託先|受託事業者|委託事業者)である")
_MOST_ITEMS = 12


def _item_flows(said: str, line: Line, article: str | None) -> list[Flow]:
    """The flow one listed matter states (see the module's shapes), or none."""
    linked = _LINKED.match(said)
    if linked:
        return [Flow(kind="online_connection", basis="council", basis_text=article, line=line.no, quote=line.quote,
                     source_department=linked.group("dept"), source_business=linked.group("sys"),
                     recipient_external=linked.group("ext"))]
    if flow_kind(said) is None:
        return []
    made = consultation_flows(said, line.no, line.quote, basis="council")
    holders = holders_said(said)
    held = _HOLDS.search(said)
    for flow in made:
        flow.basis_text = flow.basis_text or article
        if len(holders) == 1 and not flow.source_business:
            flow.source_department = holders[0][0] or flow.source_department
            flow.source_business = holders[0][1]
        if held and flow.kind != "purpose_outside_use":
            flow.items = clean_items(held.group("items"))[0]
        if flow.recipient_external:
            flow.recipient_external = _APPOSITION.sub("", flow.recipient_external)
    return [flow for flow in made if flow.recipient_department or flow.recipient_business or flow.recipient_external]


def listed_flows(lines: list[Line], after: int) -> tuple[list[Flow], set[int]]:
    """The flows of the matters listed under the first 「次の事項について…意見を求めた」 below line ``after``, and
    the lines read (none when no listed matter reads as a flow)."""
    for index, line in enumerate(lines):
        if line.no <= after or "次の" not in line.text or not _ASKED.search(line.text):
            continue
        cited = articles_of(line.text) if "第" in line.text else []
        article = cited[0] if len(cited) == 1 else None  # several articles: which one each matter is under is unsaid
        flows: list[Flow] = []
        read: set[int] = {line.no}
        for below in lines[index + 1:index + 1 + _MOST_ITEMS]:
            if not below.text:
                continue
            item = _ITEM.match(compact(below.text))
            if not item:
                break
            made = _item_flows(item.group("said"), below, article)
            flows.extend(made)
            read.add(below.no)
        return (flows, read) if flows else ([], set())
    return [], set()


def restate_cases(lines: list[Line], cases: list[CouncilCase], case_flows: list[Flow]
                  ) -> tuple[list[Flow], set[str], set[int], list[Restate]]:
    """The one case's listed matters as its flows: the new flows, the claim ids of the title flows they replace, the
    lines read, and the case restated to the new flows."""
    if len(cases) != 1 or not any(_ASKED.search(line.text) for line in lines if "次の" in line.text):
        return [], set(), set(), []
    case = cases[0]
    flows, read = listed_flows(lines, case.line or 0)
    if not flows:
        return [], set(), set(), []
    replaced = set(case.flow_ids)
    return flows, replaced, read, [Restate(CaseAt(0), tuple(claim_ids(flows, "council")), frozenset(replaced))]
