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
from .amend import Fill

__all__ = ["annexed"]

_HEAD = re.compile(r"^[【\[［]\s*(?:(?:諮問|報告)第\s*(?P<no>\d+)\s*号|(?P<report>報告事項))"
                   r"\s*(?:説明)?資料\s*[】\]］]$")
_IN_CHARGE = re.compile(r"^(?:担当課|所管課|担当)\s*[:：]?\s*(?P<dept>\S+)$")
_LABELLED = re.compile(r"^[○◯・]\s*(?P<key>[^\s:：]{2,20})(?:\s+|\s*[:：]\s*)(?P<value>\S.*)$")
_NUMBER = re.compile(r"(?:諮問|報告)第\s*(\d+)\s*号")
_FIELDS = ("items", "basis_text", "start_date", "reason", "source_business", "source_department")


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


def _complete(token: str, now: dict[str, object], department: str | None, facts: dict[str, str], line: int,
              problems: list[Diagnostic]) -> list[Fill]:
    """What one block says of one flow: its items replace, the rest fills what the flow (``now``: its fields as
    the blocks read so far have left them) still lacks."""
    fills: list[Fill] = []

    def fill(field: str, value: object, only_missing: bool = True) -> None:
        now[field] = list(value) if isinstance(value, tuple) else value
        fills.append(Fill(token, field, value, only_missing))

    items = clean_items(facts["items"])[0] if "items" in facts else []
    if items:
        fill("items", tuple(items), only_missing=False)
    if "basis" in facts and not now["basis_text"]:
        fill("basis_text", facts["basis"])
    if "start_date" in facts and not now["start_date"]:
        fill("start_date", safe_date(facts["start_date"], line, problems))
    if "reason" in facts and not now["reason"]:
        fill("reason", facts["reason"])
    if department and now["source_business"] and not now["source_department"]:
        fill("source_department", department)
    return fills


def annexed(lines: list[Line], cases: list[CouncilCase], council_flows: list[Flow]
            ) -> tuple[list[Fill], list[Diagnostic]]:
    """What the 説明資料 blocks add to the flows of each case (and of the reports), and the dates they could not
    read.

    >>> from ...layout.lines import split_lines
    >>> lines = split_lines("諮問第1号 A事業に係る外部提供について\\n【諮問第1号 説明資料】\\n担当課 B課\\n"
    ...                     "○提供する個人情報の項目 氏名・住所\\n○理由 避難支援のため")
    >>> case = CouncilCase(title="A事業に係る外部提供について", line=1, flow_ids=["t1"])
    >>> fills, problems = annexed(lines, [case], [Flow(id="t1", line=1, source_business="C事務")])
    >>> [(fill.field, fill.value) for fill in fills]
    [('items', ('氏名', '住所')), ('reason', '避難支援のため'), ('source_department', 'B課')]
    """
    fills: list[Fill] = []
    problems: list[Diagnostic] = []
    if not any(line.text.startswith(("【", "[", "［")) and "資料" in line.text for line in lines):
        return fills, problems
    by_token = {claim_id(flow, "council"): flow for flow in council_flows}
    now: dict[str, dict[str, object]] = {}  # by claim id: the fields a flow has once the blocks above filled them
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
            token = claim_id(flow, "council")
            seen = now.setdefault(token, {field: getattr(flow, field) for field in _FIELDS})
            fills.extend(_complete(token, seen, department, facts, written, problems))
    return fills, problems
