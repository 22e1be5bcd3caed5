"""A provision told with its recipient before the data: 「A課がBにXを提供している」.

Reports and news name the department, then who receives, then what: 「福祉課が自治会に避難者名簿を提供している件が
報告された」. The receiver is an outside body unless it is one of the body's own sections (then a use outside the
purpose). Lines that gave a record already are left alone.

>>> from ..layout.page import page_of
>>> page = page_of("報告\\nこのほか、防災課が消防団に団員名簿を提供している件が報告されました。")
>>> [(f.source_department, f.recipient_external, f.kind, f.items, f.line) for f in read(page, Readings()).flows]
[('防災課', '消防団', 'external_provision', ['団員名簿'], 2)]
"""

from __future__ import annotations

import re

from ...records import Flow
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.items import clean_items
from ..text.names import is_department, is_external_body

__all__ = ["READER", "read"]

_GIVES = re.compile(r"(?:^|、)(?P<dept>[^、。をがの「」\s]{1,20}?(?:課|室|局|係))が(?P<to>[^、。をがに]{2,30}?)に"
                    r"(?P<items>[^、。をに]{2,40}?)を(?:外部)?提供(?:して|する|した|し)")


def read(page: Page, readings: Readings) -> Reading:
    reading = Reading()
    # a council's said lines may tell a report no case reads: only lines that gave a record are taken
    skip = (readings.claimed("records", "statements") | {flow.line for flow in readings.flows}
            | {case.line for case in readings.cases})
    for line in page.lines_with("提供"):
        if line.cells or line.no in skip:
            continue
        for gives in _GIVES.finditer(line.text):
            to = gives.group("to")
            inside = is_department(to) and not is_external_body(to, set())
            reading.flows.append(Flow(source_department=gives.group("dept"),
                                      recipient_department=to if inside else None,
                                      recipient_external=None if inside else to,
                                      kind="purpose_outside_use" if inside else "external_provision",
                                      items=clean_items(gives.group("items"))[0], line=line.no, quote=line.quote))
            reading.claimed.add(line.no)
    return reading


READER = Reader("recipient_first", read, claims="statements")
