"""A provision a department reports to the council after the fact: a flow on no council's ground.

The genre: minutes list what the council was told under 報告事項, one bullet a report:
「- A課より、7月の豪雨の際に被災者台帳の情報を関係市町村へ提供したことについて報告を行なった。」 — A課 provided
(「X台帳の情報」: the register is the source business), to the bodies named, for the occasion said
(「…の際に」). The council did not decide it: basis ``unknown``, no case.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("- 防災課より、台風の際に避難者名簿の情報を近隣町へ提供したことについて報告を行なった。")
>>> [(f.source_department, f.source_business, f.recipient_external, f.basis, f.reason)
...  for f in reported_provisions(lines, set())]
[('防災課', '避難者名簿', '近隣町', 'unknown', '台風')]
"""

from __future__ import annotations

import re

from ....records import Flow
from ...layout.lines import Line
from ...text.items import clean_items
from ...text.names import is_department

__all__ = ["reported_provisions"]

_REPORTED = re.compile(r"^\s*(?:[-・•]\s*)?(?P<dept>[^、。]{2,20}?)(?:より|から)、(?:(?P<why>[^、。]{2,30}?)の際に、?)?"
                       r"(?P<data>[^。]+?)を(?P<to>[^、。をへに]{2,30}?)(?:へ|に)(?:外部)?提供したこと"
                       r"について(?:の)?報告")
_RECORD_DATA = re.compile(r"^(?P<record>[^()（）、の]{2,20}?(?:台帳|名簿|データベース))の(?:情報|データ|記録)$")


def reported_provisions(lines: list[Line], consumed: set[int]) -> list[Flow]:
    """The provisions departments report having made (see the module), one flow each."""
    out: list[Flow] = []
    for line in lines:
        if line.no in consumed or line.cells or "報告" not in line.text or "提供した" not in line.text:
            continue
        said = _REPORTED.match(line.text)
        if said is None or not is_department(said.group("dept")):
            continue
        data = said.group("data").strip()
        record = _RECORD_DATA.match(data)
        out.append(Flow(source_department=said.group("dept"), source_business=record.group("record") if record
                        else None, recipient_external=said.group("to"), kind="external_provision", basis="unknown",
                        items=[] if record else clean_items(data)[0], reason=said.group("why"), line=line.no,
                        quote=line.quote))
    return out
