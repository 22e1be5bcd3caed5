"""Explanatory annexes of an agenda (説明資料): labelled lines that complete the flows of one case.

The genre: after the agenda (次第), each case has a block headed 「【諮問第N号　説明資料】」 (or
「【報告事項　説明資料】」), naming the department in charge (「担当課　A課」) and one labelled line a fact::

    ○提供する個人情報の項目　　氏名・住所
    ○根拠　　条例第N条第M項第K号
    ○開始予定日　　令和N年M月D日
    ○理由　　…のため

The labels are read with the table-header vocabulary (:func:`~.tables.header_role`). The block's items
replace the vaguer ones of the title; its basis, start date and reason fill what the title left out; the
department in charge becomes the holder of a flow whose source business is known but not its department.
A 報告事項 block goes to the flows of reports, which are no council case.
"""

from __future__ import annotations

import re

from ....records import CouncilCase, Diagnostic, Flow
from ...layout.lines import Line
from ...layout.tables import header_role
from ...model import claim_id
from ...text.dates import safe_date
from ...text.items import clean_items

__all__ = ["annexed"]

_HEAD = re.compile(r"^[【\[［]\s*(?:(?:諮問|報告)第\s*(?P<no>\d+)\s*号|(?P<report>報告事項))"
                   r"\s*(?:説明)?資料\s*[】\]］]$")
_IN_CHARGE = re.compile(r"^(?:担当課|所管課|担当)\s*[:：]?\s*(?P<dept>\S+)$")
_LABELLED = re.compile(r"^[○◯・]\s*(?P<key>[^\s:：]{2,20})(?:\s+|\s*[:：]\s*)(?P<value>\S.*)$")
_NUMBER = re.compile(r"(?:諮問|報告)第\s*(\d+)\s*号")


def _block(lines: list[Line], start: int) -> tuple[str | None, dict[str, str]]:
    department, facts = None, {}
    for line in lines[start + 1:start + 20]:
        if line.blank or _HEAD.match(line.text):
            break
        in_charge = _IN_CHARGE.match(line.text)
        labelled = _LABELLED.match(line.text)
        if in_charge:
            department = in_charge.group("dept")
        elif labelled:
            role = header_role(labelled.group("key"))
            if role in ("items", "basis", "start_date", "reason") and role not in facts:
                facts[role] = labelled.group("value").strip()
    return department, facts


def _complete(flow: Flow, department: str | None, facts: dict[str, str], line: int,
              problems: list[Diagnostic]) -> None:
    items = clean_items(facts["items"])[0] if "items" in facts else []
    if items:
        flow.items = items
    if "basis" in facts and not flow.basis_text:
        flow.basis_text = facts["basis"]
    if "start_date" in facts and not flow.start_date:
        flow.start_date = safe_date(facts["start_date"], line, problems)
    if "reason" in facts and not flow.reason:
        flow.reason = facts["reason"]
    if department and flow.source_business and not flow.source_department:
        flow.source_department = department


def annexed(lines: list[Line], cases: list[CouncilCase], council_flows: list[Flow],
            problems: list[Diagnostic] | None = None) -> None:
    """Complete the flows of each case (and of the reports) from their 説明資料 blocks."""
    if not any(line.text.startswith(("【", "[", "［")) and "資料" in line.text for line in lines):
        return
    by_token = {claim_id(flow, "council"): flow for flow in council_flows}
    by_line = {line.no: line for line in lines}
    numbered: dict[str, list[Flow]] = {}
    for case in cases:
        number = _NUMBER.search(by_line[case.line].text) if case.line in by_line else None
        if number:
            numbered.setdefault(number.group(1), [by_token[t] for t in case.flow_ids if t in by_token])
    in_cases = {token for case in cases for token in case.flow_ids}
    reports = [flow for token, flow in by_token.items() if token not in in_cases]
    for index, line in enumerate(lines):
        head = _HEAD.match(line.text)
        if not head:
            continue
        targets = numbered.get(head.group("no") or "", []) if head.group("no") else reports
        if len({flow.line for flow in targets}) != 1:
            continue  # none, or flows of several reports: the block cannot be told apart
        department, facts = _block(lines, index)
        written = next((after.no for after in lines[index + 1:index + 20]
                        if "start_date" in facts and facts["start_date"] in after.text), line.no)
        for flow in targets:
            _complete(flow, department, facts, written, problems if problems is not None else [])
