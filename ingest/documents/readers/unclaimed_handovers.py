"""The reader of last resort: a hand-over sentence on a line no other reader took.

Each genre reader expects its genre's phrasing; a document that tells a hand-over its own way reaches the end of
the table unread. This reader offers every line nothing has claimed or read a record on to the role grammar
(:mod:`..text.handover_roles`), which gives a flow only when the sentence names the holder, the receiver and a
verb of hand-over. A flow that restates one read before (the same two ends) is left out; a line that gives nothing
is left to the diagnosis, which reports what it found there.

>>> from ..layout.page import page_of
>>> page = page_of("お知らせ\\n2 収納課は、地方税法の規定により、課税台帳の所有者情報を東地方法務局から収集する。")
>>> [(f.kind, f.source_external, f.recipient_department, f.recipient_business, f.items, f.basis)
...  for f in read(page, Readings()).flows]
[('collection_from_others', '東地方法務局', '収納課', '課税台帳', ['所有者情報'], 'law')]
"""

from __future__ import annotations

import re

from ...records import Flow
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.handover_roles import handover_flows

__all__ = ["READER", "read"]

_WRAPPED_AT_MOST = 3
# a line opening an item of its own (「(2)」「2.」「・」「イ」): no sentence runs on to it
_NEW_ITEM = re.compile(r"^\s*(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.．)）、]|[①-⑳]|[・●○◆■•]|[ア-ン][.．)）、\s]|第\d)")
# a line broken mid-sentence ends on a particle, a comma or a verb's joining form
_OPEN_ENDINGS = frozenset("、,をのにへはがとでてきし")
_ENDS = (("source_department", "source_business", "source_external"),
         ("recipient_department", "recipient_business", "recipient_external"))


def read(page: Page, readings: Readings) -> Reading:
    reading = Reading()
    taken = (readings.claimed() | {flow.line for flow in readings.flows} | {case.line for case in readings.cases}
             | {registration.line for registration in readings.registrations}
             | {statistic.line for statistic in readings.statistics})
    of_cases = {claim for case in readings.cases for claim in case.flow_ids}
    for at, line in enumerate(page.lines):
        if line.cells or line.no in taken or line.no in reading.claimed or not line.text:
            continue
        wrapped = _wrapped(page.lines, at, taken)
        if len(wrapped) == 1:  # most lines: a sentence of their own
            text, quote = line.text.strip(), line.quote
        else:
            text = "".join(part.text.strip() for part in wrapped)  # a wrap may fall inside a word
            quote = "".join(part.quote for part in wrapped)  # every end read is in the quote, whichever line held it
        flows = [flow for flow in handover_flows(text, line.no, quote)
                 if not any(_restates(flow, earlier, earlier.id in of_cases)
                            for earlier in [*readings.flows, *reading.flows])]
        if flows:
            reading.flows.extend(flows)
            reading.claimed.update(part.no for part in wrapped)
    return reading


def _wrapped(lines: list[Line], at: int, taken: set[int]) -> list[Line]:
    """The line, and the lines a sentence it leaves open runs on to (a page wrapped mid-sentence), up to its 「。」;
    the line alone when the sentence does not end within a few lines."""
    out = [lines[at]]
    ending = lines[at].text.rstrip()
    if not ending or ending[-1] not in _OPEN_ENDINGS or ending.endswith("について"):
        return out  # a heading or a sentence ended: nothing runs on
    for line in lines[at + 1:at + 1 + _WRAPPED_AT_MOST]:
        if out[-1].text.rstrip().endswith("。"):
            break
        if line.cells or line.no in taken or not line.text or _NEW_ITEM.match(line.text):
            return out[:1]
        out.append(line)
    return out if out[-1].text.rstrip().endswith("。") else out[:1]


def _restates(flow: Flow, earlier: Flow, a_case: bool = False) -> bool:
    """Whether ``earlier`` has the same two ends (a name of one end inside the other's counts as the same), or,
    when it is a council case's flow, the same holder: the minutes explaining the case in other words."""
    def alike(end: tuple[str, str, str]) -> bool:
        names = [getattr(flow, field) for field in end if getattr(flow, field)]
        others = [getattr(earlier, field) for field in end if getattr(earlier, field)]
        return any(name in other or other in name for name in names for other in others)

    if a_case and alike(_ENDS[0]):
        return True
    return all(alike(end) for end in _ENDS)


READER = Reader("unclaimed_handovers", read, claims="statements")
