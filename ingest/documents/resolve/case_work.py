"""A council case's title names the work its flows serve; the flow its record states below is that flow.

A case titled 「X事業に係る…の外部提供について」 states, from the title alone, a flow for X with no holder. The record
below the title (the department's explanation, the answer's reasons, a member's question) often states the same
hand-over with both ends — 「A課が保有する…を、B社に提供する」 — but not X, and a reader that ran after the council
readers (the last-resort reader) cannot tie it to the case. They are one flow: the record's, for X (the conventions
give every flow of a case the work its title names). So, within a case's part of the page (from its line to the next
case's, :data:`_REACH` lines at most), each flow of the title's kind (a provision and a connection are one kind here:
a contractor given the data on a line is told either way) that names both ends and no work of its own takes the
title's work, the title's holderless flow goes, and the case points at the flows that took its place. Only a title
flow that names nothing but the work gives way: one that names where the data go is whole as its title states it.

>>> title = Flow(id="t", kind="external_provision", recipient_business="見守り事業", line=3)
>>> told = Flow(id="s", kind="external_provision", source_department="福祉課", recipient_external="民生委員", line=5)
>>> case = CouncilCase(title="見守り事業に係る外部提供について", line=3, flow_ids=["t"])
>>> kept = with_case_work([title, told], [case])
>>> [(flow.source_department, flow.recipient_business, flow.recipient_external) for flow in kept], case.flow_ids
([('福祉課', '見守り事業', '民生委員')], ['s'])
"""

from __future__ import annotations

from ...records import CouncilCase, Diagnostic, Flow
from .merge import stated_fields

__all__ = ["with_case_work"]

_REACH = 40  # lines: a case's record further down is another matter's
_PROVIDED = frozenset({"external_provision", "online_connection"})
_DATA_WORDS = ("情報", "データ")  # what a title says is handed over, not who holds it


def _holderless(flow: Flow) -> bool:
    return not (flow.source_department or flow.source_business or flow.source_external)


def _work_alone(flow: Flow) -> bool:
    """A title's flow that names the work it serves and nothing else: no holder but the data it names (「…に伴う
    未納者情報の外部提供」), no body or department it goes to (one that names them, 「…の市町村への提供」, is whole
    as the title states it)."""
    data_alone = not flow.source_department and not flow.source_external and (
        not flow.source_business or flow.source_business.endswith(_DATA_WORDS))
    goes_to = flow.recipient_external or flow.recipient_department
    return data_alone and bool(flow.recipient_business) and not goes_to


def _same_kind(title: Flow, told: Flow) -> bool:
    return title.kind == told.kind or {title.kind, told.kind} <= _PROVIDED


def _cite_work(flow: Flow, title: Flow) -> None:
    """The flow's work is cited on the title's line (the flow's own line keeps what it stated)."""
    if not flow.evidence:
        flow.evidence.append({"fields": stated_fields(flow), "line": flow.line, "quote": flow.quote,
                              **({"items": list(flow.items)} if flow.items else {})})
    flow.evidence.append({"fields": ["recipient_business"], "line": title.line, "quote": title.quote})


def with_case_work(flows: list[Flow], cases: list[CouncilCase],
                   diagnostics: list[Diagnostic] | None = None) -> list[Flow]:
    """``flows`` with each case's holderless title flows replaced by the flows its record states (see the module);
    the cases' ``flow_ids`` follow, and ``diagnostics`` gets a note on the title's line saying where each went."""
    by_id = {flow.id: flow for flow in flows}
    titled = {token for case in cases for token in case.flow_ids if token in by_id and _work_alone(by_id[token])}
    starts = sorted(case.line for case in cases if case.line)
    gone: set[str] = set()
    for case in cases:
        if not case.line:
            continue
        end = min([start for start in starts if start > case.line][:1] + [case.line + _REACH])
        for token in [token for token in case.flow_ids if token in titled]:
            title = by_id[token]
            told = [flow for flow in flows if flow.id not in titled and flow.id not in gone
                    and case.line <= (flow.line or 0) < end and _same_kind(title, flow) and not _holderless(flow)
                    and (flow.recipient_external or flow.recipient_department) and not flow.recipient_business]
            if not told:
                continue
            for flow in told:
                flow.recipient_business = title.recipient_business
                _cite_work(flow, title)
            gone.add(token)
            if diagnostics is not None:
                lines = "、".join(str(flow.line) for flow in told)
                diagnostics.append(Diagnostic(title.line, "info", f"the case's title names the {title.kind} for "
                                              f"「{title.recipient_business}」; its record states it on line {lines}"))
            case.flow_ids = [other for other in case.flow_ids if other != token] + [
                flow.id for flow in told if flow.id not in case.flow_ids]
    return [flow for flow in flows if flow.id not in gone]
