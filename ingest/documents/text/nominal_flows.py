"""Hand-overs told as nouns one after another, as the examples of a report: 「主なものは、A課が保有するXのY事務への
利用、B課が保有するZのC会への提供などです」.

A bulletin reporting the year's uses and provisions names the main ones this way, without a verb of their own:
each 「(holder)が保有する(data)の(other end)への(利用|提供)」 is one flow. The holder is the office; the data is the
item (a named list or register is the source as well); the other end is a business of the body (a use) or an
outside body (a provision). A reasonable ground the report states before them (「相当の理由があるとして行った」) is
their basis.

>>> flows = nominal_flows("相当の理由があるとして行った利用は5件でした。主なものは、保険課が保有する所得情報の"
...                       "福祉手当支給事務への利用、危機管理課が保有する要援護者名簿の北町自治会への提供などです。",
...                       4, "q")
>>> [(f.source_department, f.source_business, f.recipient_business or f.recipient_external, f.kind, f.basis,
...   f.items) for f in flows]
[('保険課', None, '福祉手当支給事務', 'purpose_outside_use', 'reasonable_grounds', ['所得情報']), \
('危機管理課', '要援護者名簿', '北町自治会', 'external_provision', 'reasonable_grounds', ['要援護者名簿'])]
"""

from __future__ import annotations

import re

from ...records import Flow

__all__ = ["nominal_flows"]

_NOMINAL = re.compile(r"(?P<dept>[^、。をがのは「」()（）\s]{1,20}?(?:課|室|係|センター))が(?:保有|管理)する"
                      r"(?P<data>[^、。をがの\s]{2,30}?)の(?P<to>[^、。をがの\s]{2,30}?)への"
                      r"(?P<verb>目的外利用|利用|外部提供|提供)(?=、|など|等|です|でした|。|$)")
_REASONABLE = re.compile(r"相当(?:の|な)理由")
_NAMED_LIST = re.compile(r"(?:名簿|台帳|ファイル)$")
_WORK = re.compile(r"(?:事務|業務|事業)$")
_OFFICE = re.compile(r"(?:課|室|係)$")


def nominal_flows(text: str, line: int, quote: str) -> list[Flow]:
    """One flow per hand-over ``text`` names as a noun; [] when it names none."""
    flows: list[Flow] = []
    if "への" not in text:
        return flows  # every hand-over named as a noun is 「…への利用／提供」
    for found in _NOMINAL.finditer(text):
        data, other = found.group("data"), found.group("to")
        use = "利用" in found.group("verb") and "提供" not in found.group("verb")
        inside = bool(_WORK.search(other) or _OFFICE.search(other))
        if use != inside:
            continue  # a use by an outside body, or a provision to the body's own work: not this shape
        ground = _REASONABLE.search(text[:found.start()])
        flows.append(Flow(source_department=found.group("dept"),
                          source_business=data if _NAMED_LIST.search(data) else None,
                          recipient_business=other if _WORK.search(other) else None,
                          recipient_department=other if _OFFICE.search(other) else None,
                          recipient_external=None if inside else other,
                          kind="purpose_outside_use" if use else "external_provision",
                          basis="reasonable_grounds" if ground else "unknown",
                          basis_text=ground.group(0) if ground else None,
                          items=[data], line=line, quote=quote))
    return flows
