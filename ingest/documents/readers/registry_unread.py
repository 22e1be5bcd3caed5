"""Lines that name a registry change nobody read: a diagnostic with what was read, never silence.

The last reader of the table: on a page about the registry (個人情報取扱事務, 登録簿, 届出), a line that names an
action (新規 / 変更 / 廃止 / 登録 / 届出), a business (…事務, …業務) and its department or a date, yet gave no
registration, no flow and no council case, gets a warning carrying the candidate (action, business,
department, date) so that a person can complete it.

>>> from ..layout.page import page_of
>>> page = page_of("個人情報取扱事務の届出\\n※市民課 住民票交付事務 R6.4.1 新規届出(様式第2号)")
>>> [(d.line, d.candidate["action"], d.candidate["business"]) for d in read(page, Readings()).diagnostics]
[(2, 'new', '住民票交付事務')]
"""

from __future__ import annotations

import re

from ...records import Diagnostic
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.registry_words import action_of

__all__ = ["READER"]

_BUSINESS = re.compile(r"(?:「(?P<quoted>[^「」]{2,40}?(?:事務|業務))」|(?<![^\s、。,()（）「」・])"
                       r"(?P<plain>[^\s、。,()（）「」]{2,40}?(?:事務|業務))(?=[\s、。,()（）」]|$))")
_DEPARTMENT = re.compile(r"[^\s、。,()（）「」※・◇◆○●■□▼◎]{1,20}?(?:課|室|センター)(?=[\s、。,()（）のがは]|$)")
_DATE = re.compile(r"(?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*[年.]\s*\d{1,2}\s*[月.]\s*\d{1,2}"
                   r"|\d{4}[年/.-]\d{1,2}[月/.-]\d{1,2}")
_ACTION_WORD = re.compile(r"新規|変更|廃止|抹消|登録|届出|届け出")
_NOT_A_CHANGE = re.compile(r"目的外|外部提供|提供|結合|諮問|答申|審議|開示|請求|件")


def read(page: Page, readings: Readings) -> Reading:
    if not (page.has("取扱事務") or page.has("登録簿") or page.has("届出")):
        return Reading()
    read_lines = ({record.line for record in readings.registrations} | {flow.line for flow in readings.flows}
                  | {case.line for case in readings.cases} | readings.claimed("records", "council"))
    told = {diagnostic.line for diagnostic in readings.diagnostics}
    out: list[Diagnostic] = []
    for line in page.lines_with("新規", "変更", "廃止", "抹消", "登録", "届出", "届け出"):
        if line.no in read_lines or line.no in told or line.cells or len(line.text) > 160:
            continue
        text = line.text
        if _NOT_A_CHANGE.search(text) or text.endswith(("か。", "か")):
            continue
        business = _BUSINESS.search(text)
        if not business or business.start() == 0 and len(text) == business.end():
            continue
        department, date = _DEPARTMENT.search(text), _DATE.search(text)
        if not (department or date):
            continue
        name = business.group("quoted") or business.group("plain")
        action = action_of(" ".join(_ACTION_WORD.findall(text.replace(name, ""))))
        if action is None:
            continue
        out.append(Diagnostic(line.no, "warning", f"names a registry change but no registration was read: {text[:60]}",
                              {"kind": "registration", "action": action, "business": name,
                               "department": department.group(0) if department else None,
                               "date": date.group(0) if date else None, "line": line.no}))
    return Reading(diagnostics=out)


READER = Reader("registry_unread", read, claims="diagnosed")
