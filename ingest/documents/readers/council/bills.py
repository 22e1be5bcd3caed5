"""A bill explained in an assembly committee: the provisions between organs an ordinance's amendment adds.

The genre: a committee record where the head of a department explains 「乙第n号議案 〈条例〉の一部を改正する条例」;
the explanation says which organ provides what, held in which business, to which organ's business
(「知事がX事務で保有する特定個人情報を、教育委員会が行うY事務に提供できるようにする」). Each such sentence is a
flow made by the ordinance the bill amends (basis law, that ordinance its text), from the 施行日 the explanation
gives. What is said ends at the next bill taken up.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("第3号議案架空県個人番号の利用に関する条例の一部を改正する条例について説明します。\\n"
...                     "本議案は、知事が児童福祉に関する事務で保有する特定個人情報を、教育委員会が行う"
...                     "奨学金の貸与に関する事務に提供できるようにするものです。\\n施行日は令和7年4月1日です。")
>>> [(f.source_department, f.source_business, f.recipient_department, f.recipient_business, f.basis_text,
...   f.start_date, f.line) for f in bill_flows(lines, set())]  # doctest: +NORMALIZE_WHITESPACE
[(None, '児童福祉に関する事務', '教育委員会', '奨学金の貸与に関する事務', '架空県個人番号の利用に関する条例',
  '2025-04-01', 2)]
"""

from __future__ import annotations

import re

from ....normalize import to_iso_date
from ....records import Flow
from ...layout.lines import Line
from ...text.items import clean_items
from ...text.names import is_department

__all__ = ["bill_flows"]

# 「乙第5号議案〈条例〉の一部を改正する条例について」: the bill taken up, and the ordinance it amends
_BILL = re.compile(r"第\s*\d{1,3}\s*号議案\s*(?P<law>[^、。「」\s]{4,60}?条例)の一部を改正する条例")
# 「知事がX事務で保有する特定個人情報を、教育委員会が行うY事務に提供できる」
_PROVIDED = re.compile(r"(?P<holder>[^、。をが]{2,20}?)が(?P<hbiz>[^、。をが]{2,40}?(?:事務|業務))で保有する"
                       r"(?P<data>[^、。を]{2,30}?)を、(?P<organ>[^、。をが]{2,20}?)が(?:行う|処理する)"
                       r"(?P<rbiz>[^、。をが]{2,40}?(?:事務|業務))に提供")
_IN_FORCE = re.compile(r"施行(?:日|期日)は、?\s*"
                       r"(?P<date>(?:(?:平成|令和)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")


def bill_flows(lines: list[Line], used: set[int]) -> list[Flow]:
    """The provisions each bill's explanation states, one flow a sentence, dated by the bill's 施行日."""
    flows: list[Flow] = []
    law: str | None = None
    said: list[Flow] = []
    for line in lines:
        bill = _BILL.search(line.text)
        if bill:
            flows.extend(said)
            law, said = bill.group("law"), []
            continue
        if law is None:
            continue
        in_force = _IN_FORCE.search(line.text)
        if in_force:
            try:
                start = to_iso_date(in_force.group("date"))
            except ValueError:
                start = None
            for flow in said:
                flow.start_date = flow.start_date or start
        if line.no in used:
            continue
        for found in _PROVIDED.finditer(line.text):
            holder = found.group("holder").split("、")[-1]
            said.append(Flow(source_department=holder if is_department(holder) else None,
                             source_business=found.group("hbiz"), recipient_department=found.group("organ"),
                             recipient_business=found.group("rbiz"), kind="external_provision", basis="law",
                             basis_text=law, items=clean_items(found.group("data"))[0], line=line.no,
                             quote=line.quote))
    return flows + said
