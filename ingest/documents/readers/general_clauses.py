"""Last of the flow readers: a sentence no shaped reader read, parsed with the general clause grammar.

Every round of unseen documents brought phrasings no reader had been taught, though each told its flow in the
usual order of parts (holder, data, other end, verb). This reader gives such a line its flow when the general
grammar (:mod:`..text.general_clause`) finds both ends; lines it cannot complete are left to the diagnosis,
which reports them with what it found.

>>> from ..layout.page import page_of
>>> page = page_of("お知らせ\\nまた、保険課は、健診事務において、受診者の氏名を、健康財団のサーバと"
...                "オンライン結合しています。")
>>> [(f.source_department, f.source_business, f.recipient_external, f.kind, f.line)
...  for f in read(page, Readings()).flows]
[('保険課', '健診事務', '健康財団のサーバ', 'online_connection', 2)]
"""

from __future__ import annotations

from ...records import Flow
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.general_clause import general_flows

__all__ = ["READER", "read"]


def read(page: Page, readings: Readings) -> Reading:
    reading = Reading()
    skip = (readings.claimed("records", "statements", "council") | {flow.line for flow in readings.flows}
            | {case.line for case in readings.cases})
    for line in page.lines_with("利用", "提供", "結合", "接続"):
        if line.cells or line.no in skip or len(line.text) > 400:
            continue
        flows = [flow for flow in general_flows(line.text, line.no, line.quote)
                 if not any(_restates(flow, earlier) for earlier in readings.flows)]
        if flows:
            reading.flows.extend(flows)
            reading.claimed.add(line.no)
    return reading


def _names_alike(first: str | None, second: str | None) -> bool:
    return bool(first and second) and (first in second or second in first)


def _restates(flow: Flow, earlier: Flow) -> bool:
    """A later sentence telling a flow read before, its names shortened (「受診勧奨業務」 for 「…受診勧奨業務」)."""
    same_source = (_names_alike(flow.source_business, earlier.source_business)
                   or _names_alike(flow.source_department, earlier.source_department))
    same_recipient = any(_names_alike(getattr(flow, end), getattr(earlier, end))
                         for end in ("recipient_business", "recipient_external", "recipient_department"))
    return same_source and same_recipient


READER = Reader("general_clauses", read, claims="statements")
