"""An agenda's 資料 for one consultation, a table flattened one cell a line: the other end of the case's flows.

The genre: under the agenda (次第), 「資料1-1 諮問第5号関係」 heads the header cells (「業務名」「提供先」「提供する
項目」), one a line, then as many value cells. A flow-list reader reads the row as a flow of its own; it is the
flow the case's title states, seen from the table: the title keeps its items and line, the row gives it its other
end (a contractor 「返礼品取扱事業者(村内12事業者)」, the count left out). A 「結合先」 column makes the row the
link the title names (「…の目的外利用及びオンライン結合について」), a flow of its own on the title's ground.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("資料1 諮問第2号関係\\n業務名\\n結合先\\nA業務\\nB社")
>>> annex_blocks(lines)
[('2', True, {2, 3, 4, 5})]
"""

from __future__ import annotations

import re
from dataclasses import replace

from ....records import CouncilCase, Flow
from ...layout.lines import Line
from ...layout.tables import header_role
from ...model import claim_id
from ...reading import Reading

__all__ = ["annex_blocks", "restate_annexed"]

_ANNEX_HEAD = re.compile(r"^資料\s*[\d０-９]{1,2}(?:\s*[-－ー‐]\s*[\d０-９]{1,2})?\s*"
                         r"諮問第\s*(?P<no>\d{1,3})\s*号関係$")
_ANY_HEAD = re.compile(r"^資料\s*[\d０-９]")
_COUNT_AFTER = re.compile(r"\s*[(（][^()（）]*\d+[^()（）]*[)）]$")
_NUMBER = re.compile(r"諮問第\s*(\d{1,3})\s*号")


def annex_blocks(lines: list[Line]) -> list[tuple[str, bool, set[int]]]:
    """(consultation number, whether a header names a 結合先, the lines under the head) of each 資料 block."""
    out: list[tuple[str, bool, set[int]]] = []
    for index, line in enumerate(lines):
        head = _ANNEX_HEAD.match(line.text.strip()) if "資料" in line.text else None
        if head is None:
            continue
        block: list[Line] = []
        for below in lines[index + 1:index + 30]:
            if not below.text or _ANY_HEAD.match(below.text.strip()):
                break
            block.append(below)
        headers = [below.text.strip() for below in block if header_role(below.text.strip())]
        if headers:
            out.append((head.group("no"), any("結合" in header for header in headers), {b.no for b in block}))
    return out


def restate_annexed(lines: list[Line], cases: list[CouncilCase], flows: list[Flow], by_id: dict[str, Flow],
                    reading: Reading) -> None:
    """Each flow read in a consultation's 資料 block, merged into the flow its case's title states."""
    blocks = annex_blocks(lines)
    if not blocks:
        return
    by_no = {line.no: line for line in lines}
    for number, linked, block in blocks:
        position = next((at for at, case in enumerate(cases) if case.line in by_no
                         and number in _NUMBER.findall(by_no[case.line].text)), None)
        rows = [flow for flow in flows if flow.line in block and flow.basis == "unknown"
                and (flow.recipient_external or flow.recipient_department)]
        if position is None or len(rows) != 1:
            continue
        case, row = cases[position], rows[0]
        current = reading.restated.get(position, list(case.flow_ids))
        titled = [by_id[token] for token in current if token in by_id]
        handing = ("online_connection",) if linked else ("external_provision", "online_connection")
        same = next((flow for flow in titled if flow.kind in handing and not flow.recipient_external), None)
        kind = "online_connection" if linked else same.kind if same else row.kind
        other = _COUNT_AFTER.sub("", row.recipient_external or "") or None
        items = list(titled[0].items) if titled and titled[0].items else list(row.items)
        if same is not None:
            merged = replace(same, id="", recipient_external=other, items=list(same.items) or items,
                             evidence=list(same.evidence))
            reading.withdrawn.add(same.id)
            current = [token for token in current if token != same.id]
        elif titled:
            merged = replace(row, id="", kind=kind, basis="council", recipient_external=other, items=items,
                             line=case.line, quote=by_no[case.line].quote, evidence=list(row.evidence))
        else:
            continue
        reading.withdrawn.add(claim_id(row, "document"))
        reading.flows.append(merged)
        reading.restated[position] = [*current, claim_id(merged, "council_part")]
