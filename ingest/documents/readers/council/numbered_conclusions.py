"""An answer's numbered conclusions, one flow each, when its one case names its matter only by kind.

The genre: an answer letter whose case is 「保有個人情報の目的外利用及び外部提供について」, then under its
conclusion one numbered paragraph a flow: 「(1)A課が保有するXを、B課がY事務に利用することは、適当である。」,
「(3)C課が保有するZを、D法人に提供することは、適当である。ただし、…定めること。」. Each is a flow of the case
(read with the grammar of :mod:`.answer_letter`); a proviso under any of them approves the case with an opinion.
A matter judged 「…ことについては、…妥当…」 may join its hand-overs by 「こと及び」 (「…をB課が利用すること及び
当該記録をCへ提供すること」) or collect from outside (「X事務において、…をBから収集すること」).

>>> from ...layout.lines import split_lines
>>> lines = split_lines("架空市審議会答申\\n「保有個人情報の目的外利用について」について答申しました。\\n2 結論\\n"
...                     "(1)税務課が保有する課税台帳の情報を、福祉課が見守り事業に利用することは、適当である。")
>>> case = CouncilCase(title="保有個人情報の目的外利用について", line=2, decision="approved")
>>> flows, _, read, _ = concluded_statements(lines, [case], [], set())
>>> [(f.source_department, f.source_business, f.recipient_department, f.recipient_business, f.line) for f in flows]
[('税務課', '課税台帳', '福祉課', '見守り事業', 4)]
"""

from __future__ import annotations

import re

from ....records import CouncilCase, Flow
from ...layout.lines import Line
from ...model import claim_id
from .amend import Amendment, CaseAt, Decide, Fill, Restate
from .answer_letter import business_of, concluded_decision, quoted_matter, statement_flow

__all__ = ["concluded_statements"]

_CONCLUDED = re.compile(r"^\s*(?:[(（]?\s*\d{1,2}\s*[)）.．]\s*)?"
                        r"(?P<said>[^。]+?ことは、[^。]{0,40}?(?:適当|妥当|適切)である)。(?P<rest>.*)$")
# 「(1)A課が保有するXを、B課が…に利用すること。」: a numbered matter the conclusion above approved
_MATTER = re.compile(r"^\s*[(（]\s*\d{1,2}\s*[)）]\s*(?P<said>[^。]+?こと)。(?P<rest>.*)$")
_PROVISO = re.compile(r"^\s*ただし、[^。]{4,}")
# 「X事務において、…をBから収集すること及び…することについては、…妥当なものと認められる。」: each matter judged
_CONSIDERED = re.compile(r"^\s*(?P<said>[^。]+?)ことについては、(?P<judged>[^。]*?(?:適当|妥当|適切|認め)[^。]*)")
_COLLECTED = re.compile(r"(?P<work>[^、。]{2,40}?(?:事務|事業|業務))において、(?P<data>[^。]+?)を"
                        r"(?P<supplier>[^、。を]{2,20}?)から(?:収集|取得)する$")
_HOLDER = r"[^、。をが\s()（）]{2,20}?(?:課|室|局|センター|委員会|事務所|学校)"
_FOR_USER = re.compile(rf"(?P<holder>{_HOLDER})が保有する(?P<data>[^。]+?)を、(?P<purpose>[^、。]+?)のために"
                       r"(?P<user>[^、。をが]{2,20}?(?:課|室|局|センター))が(?:目的外)?利用する$")
_THAT_DATA = re.compile(r"^当該(?:記録|情報|データ|名簿|台帳|個人情報)を(?P<to>[^、。を]{2,40}?)(?:へ|に)"
                        r"(?:外部)?提供する$")
_WORK_OF = re.compile(r"^(?P<work>[^、。]{2,40}?(?:事業|事務|業務))(?:における|の)")
_USE_WORK = re.compile(r"が(?P<work>[^、。を]{2,30}?(?:事務|事業|業務))に(?:利用|使用)する")


def concluded_statements(lines: list[Line], cases: list[CouncilCase], case_flows: list[Flow],
                         consumed: set[int]) -> tuple[list[Flow], set[str], set[int], list[Amendment]]:
    """The flows the numbered conclusions under the one case state, the title's half flows they replace, the lines
    read, and the case restated (decided with an opinion when a conclusion carries a proviso)."""
    if len(cases) != 1:
        return [], set(), set(), []
    case = cases[0]
    by_id = {flow.id: flow for flow in case_flows if flow.id}
    titled = [by_id.get(token) for token in case.flow_ids]
    if any(flow is None or flow.recipient_department or flow.recipient_external or flow.recipient_business
           for flow in titled):
        return [], set(), set(), []  # the case states its flows already; only a title's half flow gives way
    quoted = next(((line, title) for line in lines if (line.no or 0) > (case.line or 0) and line.text
                   for title in [quoted_matter(line.text)] if title), None)  # the matter the heading did not name
    business = business_of(quoted[1]) if quoted else None
    flows: list[Flow] = []
    read: set[int] = set()
    proviso = False
    work: dict[str, str | None] = {}
    for line in lines:
        if (line.no or 0) <= (case.line or 0) or not line.text or line.no in consumed:
            continue
        said = _CONCLUDED.match(line.text) or _MATTER.match(line.text)
        considered = _CONSIDERED.match(line.text) if said is None else None
        if considered:
            judged = _considered(considered.group("said"), line)
            flows.extend(judged)
            read |= {line.no or 0} if judged else set()
            continue
        if said is None:
            continue
        used_for = _USE_WORK.search(said.group("said"))
        flow = statement_flow(said.group("said"), used_for.group("work") if used_for else business, line, work)
        if flow is None:
            continue
        flows.append(flow)
        read.add(line.no or 0)
        proviso = proviso or bool(_PROVISO.match(said.group("rest")))
    if not flows:
        return [], set(), set(), []
    dropped = frozenset(case.flow_ids)
    amendments: list[Amendment] = [Restate(CaseAt(0), tuple(claim_id(flow, "explained") for flow in flows), dropped)]
    if quoted and not business_of(case.title):
        amendments += [Fill(CaseAt(0), "title", quoted[1], only_missing=False),
                       Fill(CaseAt(0), "line", quoted[0].no, only_missing=False)]
        read.add(quoted[0].no or 0)
    concluded = concluded_decision([line for line in lines if (line.no or 0) > (case.line or 0)])
    if proviso and case.decision in ("approved", "unknown"):
        amendments.append(Decide(CaseAt(0), "approved_with_opinion"))
    elif concluded and (case.decision == "unknown" or concluded == "approved_with_opinion"):
        amendments.append(Decide(CaseAt(0), concluded))
    return flows, set(dropped), read, amendments


def _considered(said: str, line: Line) -> list[Flow]:
    """The flows of a matter judged 「…ことについては、…」, its hand-overs joined by 「こと及び」."""
    flows: list[Flow] = []
    for clause in said.split("こと及び"):
        collected, used, passed_on = _COLLECTED.search(clause), _FOR_USER.search(clause), _THAT_DATA.match(clause)
        if collected:
            flows.append(Flow(source_external=collected.group("supplier"), recipient_business=collected.group("work"),
                              kind="collection_from_others", basis="council", items=[collected.group("data")],
                              line=line.no, quote=line.quote))
        elif used:
            work = _WORK_OF.match(used.group("purpose"))
            flows.append(Flow(source_department=used.group("holder"), recipient_department=used.group("user"),
                              recipient_business=work.group("work") if work else None, kind="purpose_outside_use",
                              basis="council", items=[used.group("data")], reason=used.group("purpose"),
                              line=line.no, quote=line.quote))
        elif passed_on and flows:  # 「当該記録を」: the data of the hand-over just named
            flows.append(Flow(source_department=flows[-1].source_department, source_business=flows[-1].source_business,
                              recipient_external=passed_on.group("to"), kind="external_provision", basis="council",
                              items=list(flows[-1].items), line=line.no, quote=line.quote))
    return flows
