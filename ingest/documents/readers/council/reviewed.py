"""The review an answer letter gives each numbered consultation: the flow its title told, said whole.

The genre: an answer listing its matters by number under 「記」 (「諮問1」 alone, the title below), then the
council's review of each under the same number (「(検討結果)」, 「諮問1」, then one paragraph):
「A課が保有するDの氏名、住所を、…に利用し、…」 gives the holder and the items of the flow the title told;
「A課が保有するD(a、b)を、B課、C課及びE課に提供し、…」 names the receivers: one flow each, a use inside the
body when each is a department, else a provision to each outside body. The business the title names stays the
recipient's.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("記\\n諮問1\\n「甲手当」の支給に伴う台帳情報の目的外利用について\\n(検討結果)\\n諮問1\\n"
...                     "福祉課が保有する受給者台帳(氏名、口座)を、年金課及び税務課に提供し、案内に用いる。")
>>> case = CouncilCase(title="「甲手当」の支給に伴う台帳情報の目的外利用について", line=3)
>>> flows, _, read, _ = reviewed_flows(lines, [case], [], set())
>>> [(f.source_department, f.recipient_department, f.recipient_business, f.kind, f.items, f.line) for f in flows]
... # doctest: +NORMALIZE_WHITESPACE
[('福祉課', '年金課', '甲手当', 'purpose_outside_use', ['氏名', '口座'], 6),
 ('福祉課', '税務課', '甲手当', 'purpose_outside_use', ['氏名', '口座'], 6)]
>>> sorted(read)
[5, 6]
"""

from __future__ import annotations

import re
from dataclasses import replace

from ....records import CouncilCase, Flow
from ...layout.lines import Line
from ...model import claim_id
from ...text.names import is_department
from .amend import Amendment, CaseAt, Restate

__all__ = ["reviewed_flows"]

_LABEL = re.compile(r"^\s*[【\[(（]?\s*諮問\s*(?:第\s*)?(?P<n>[0-9０-９]{1,2})\s*号?\s*[】\])）]?\s*(?:について)?\s*$")
_UNIT = r"(?:課|室|局|センター|委員会|事務所)"
_HELD_GIVEN = re.compile(rf"^\s*(?P<holder>[^、。をが「」]{{2,20}}?{_UNIT})が(?:保有|管理)する(?P<data>[^。]+?)を、?"
                         r"(?P<rest>[^。]+)")
_GIVEN_TO = re.compile(r"^(?P<to>[^。]+?)に(?:提供|目的外利用|情報提供)")
_USED_FOR = re.compile(r"^(?P<purpose>[^、。]+?)に(?:利用|使用|活用)")
_USER = re.compile(rf"^(?P<user>[^、。をが「」]{{2,20}}?{_UNIT})が")  # 「B課が…に利用し」: the department using them
_PARTIES = re.compile(r"、|及び|並びに")
_BRACKETED = re.compile(r"^(?P<name>[^()（）]+)[(（](?P<items>[^()（）]+)[)）]$")
_ITEMS = re.compile(r"\s*[、,，]\s*")
_QUOTED = re.compile(r"「(?P<name>[^」]+)」")
_CONCERNS = re.compile(r"^(?P<x>.+?)(?:に伴う|に係る|における|のための)")


def _items(data: str) -> list[str]:
    """「D(a、b)」: a and b; 「Xのa、b」: a and b, whose they are said once."""
    bracketed = _BRACKETED.match(data)
    items = [item for item in _ITEMS.split(bracketed.group("items") if bracketed else data) if item]
    if not bracketed and len(items) > 1 and "の" in items[0]:  # 「受給者の氏名、住所」: whose they all are
        items[0] = items[0].rsplit("の", 1)[1]
    return items


def _business(title: str) -> str | None:
    """The business a title is about: the name it quotes before 「に伴う」, else that phrase itself."""
    concerns = _CONCERNS.match(title)
    if concerns is None:
        return None
    quoted = _QUOTED.search(concerns.group("x"))
    return quoted.group("name") if quoted else concerns.group("x")


def _reviews(lines: list[Line], cases: list[CouncilCase], consumed: set[int]) -> dict[int, list[Line]]:
    """Each case's review paragraph, by the case's place: the lines under the second label of its number."""
    numbered: dict[str, int] = {}  # a consultation's number → the case whose title its first label heads
    reviews: dict[int, list[Line]] = {}
    current: int | None = None
    for index, line in enumerate(lines):
        label = _LABEL.match(line.text) if line.text else None
        if label:
            number = label.group("n")
            below = next((other for other in lines[index + 1:index + 3] if other.text), None)
            at = next((at for at, case in enumerate(cases) if below is not None and case.line == below.no), None)
            if number not in numbered and at is not None:
                numbered[number], current = at, None
            else:
                current = numbered.get(number)
                if current is not None:
                    reviews[current] = [line]
            continue
        if current is not None and line.text and line.no not in consumed:
            reviews[current].append(line)
    return reviews


def reviewed_flows(lines: list[Line], cases: list[CouncilCase], case_flows: list[Flow], consumed: set[int]) -> tuple[
        list[Flow], set[str], set[int], list[Amendment]]:
    """The flows each numbered case's review states, the claim ids of the title flows they replace, the lines
    read, and the cases restated."""
    by_id = {flow.id: flow for flow in case_flows if flow.id}
    read_now: list[Flow] = []
    replaced: set[str] = set()
    read: set[int] = set()
    restated: list[Amendment] = []
    for at, paragraph in _reviews(lines, cases, consumed).items():
        case = cases[at]
        stated = next(((line, said) for line in paragraph[1:] for said in [_HELD_GIVEN.match(line.text)] if said),
                       None)
        if stated is None:
            continue
        line, said = stated
        holder, items, rest = said.group("holder"), _items(said.group("data")), said.group("rest")
        titled = [by_id[token] for token in case.flow_ids if token in by_id]
        given, used = _GIVEN_TO.match(rest), _USED_FOR.match(rest)
        if given:
            parties = [party.strip() for party in _PARTIES.split(given.group("to")) if party.strip()]
            if not parties or any(len(party) > 25 for party in parties):
                continue
            inside = all(is_department(party) for party in parties)
            business = next((flow.recipient_business for flow in titled if flow.recipient_business), None)
            business = business or _business(case.title)
            flows = [Flow(source_department=holder, recipient_department=party if inside else None,
                          recipient_business=business, recipient_external=None if inside else party,
                          kind="purpose_outside_use" if inside else "external_provision", basis="council",
                          basis_text=case.articles[0] if case.articles else None, items=items,
                          line=line.no, quote=line.quote) for party in parties]
        elif used and len(titled) == 1:  # the title's flow, its holder and items now known
            user = _USER.match(used.group("purpose"))
            flows = [replace(titled[0], id="", source_department=holder, items=items, evidence=[],
                             recipient_department=user.group("user") if user else titled[0].recipient_department)]
        else:
            continue
        dropped = frozenset(flow.id for flow in titled)
        read_now.extend(flows)
        replaced |= dropped
        read |= {other.no or 0 for other in paragraph}
        restated.append(Restate(CaseAt(at), tuple(claim_id(flow, "explained") for flow in flows), dropped))
    return read_now, replaced, read, restated
