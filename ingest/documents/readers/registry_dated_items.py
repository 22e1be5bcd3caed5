"""Registrations listed one business a line, its date labelled in a bracket: 「・B事務(登録日 令和6年4月1日)」.

The genre: a notice lists each business registered, changed or abolished on a line of its own, a bracket after
the name holding the dated label that says which (登録日 / 届出日: new, 変更日: modify, 廃止日: abolish) and, for a
change, what changed before it (「記録項目に「X」を追加、変更日 …」). The department is either the line's first
cell (「A課 | B事務(届出日 …)目的:… 対象者:… 収集方法:…」, the labelled fields after the bracket) or named by the
sub-head above the bullets (「(1) A課が登録した事務」).

>>> found = _ITEM.match("・図書貸出事務(変更日 令和6年6月1日)")
>>> found.group("biz", "label", "date")
('図書貸出事務', '変更日', '令和6年6月1日')
>>> _ITEM.match("市民課 | 窓口予約事務(届出日 令和6年4月1日)目的:予約の管理").group("lead", "rest")
('市民課', '目的:予約の管理')
>>> _SUB_HEAD.match("(2) 農政課が廃止した事務").group("dept")
'農政課'
>>> _fields("目的:会員の管理 対象者:会員 収集方法:本人、申込書")["収集方法"]
'本人、申込書'
"""

from __future__ import annotations

import re

from ...records import Diagnostic, Registration
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date
from ..text.registry_words import change_details

__all__ = ["READER", "dated_item_registrations"]

_DEPT = r"[^\s()（）「」、。|・]{2,30}?(?:課|室|係|センター|局|部|館|所|班)"
_DATE = r"(?:(?:令和|平成)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_LABEL_ACTIONS = {"登録": "new", "届出": "new", "変更": "modify", "廃止": "abolish"}
_ITEM = re.compile(
    rf"^(?:[・•●■◆]\s*|(?P<lead>{_DEPT})\s*[|｜]\s*)"
    r"「?(?P<biz>[^\s()（）「」、。|]{2,60}?(?:業務|事務|事業))」?\s*"
    r"[(（](?P<inside>[^()（）]*?)(?P<label>(?:登録|届出|変更|廃止)(?:年月)?日)\s*[:：]?\s*"
    rf"(?P<date>{_DATE})\s*[)）]\s*(?P<rest>.*)$"
)
# 「(1) A課が登録した事務」: the department of the bullets below, up to the next head
_SUB_HEAD = re.compile(rf"^(?:[(（]\d{{1,2}}[)）]|\d{{1,2}}[.．\s])\s*(?P<dept>{_DEPT})(?:が|で|の)\S*(?:事務|業務)$")
_HEAD = re.compile(r"^(?:\d{1,2}(?:\s*[ー\-－.．]\s*\d{1,2})*[.．\s]|第\d{1,2})")
_FIELD = re.compile(r"(?:^|\s)(?P<label>目的|対象者|収集方法)\s*[:：]\s*")


def _fields(text: str) -> dict[str, str]:
    """The values of 「目的:… 対象者:… 収集方法:…」, each up to the next label."""
    marks = list(_FIELD.finditer(text))
    return {mark.group("label"): text[mark.end(): marks[index + 1].start() if index + 1 < len(marks) else None].strip()
            for index, mark in enumerate(marks)}


def dated_item_registrations(lines: list[Line], used: set[int]
                             ) -> tuple[list[Registration], list[Diagnostic], set[int]]:
    """Registrations of the lines naming a business with a dated label in a bracket; the lines read."""
    registrations: list[Registration] = []
    problems: list[Diagnostic] = []
    consumed: set[int] = set()
    department: str | None = None
    for line in lines:
        if line.blank:
            continue
        sub_head = _SUB_HEAD.match(line.text)
        if sub_head:  # read even when an outline reader claimed it as a heading: it only names the department
            department = sub_head.group("dept")
            continue
        if line.no in used:
            continue
        item = _ITEM.match(line.text) if "年" in line.text and "日" in line.text else None  # a date
        if not item:
            if _HEAD.match(line.text):
                department = None  # a new section: its bullets name their department anew
            continue
        dept = item.group("lead") or department
        action = _LABEL_ACTIONS[item.group("label")[:2]]
        if not dept:  # a registry change whose department no sub-head named: said, with what was read
            problems.append(Diagnostic(
                line.no, "warning", f"names a registry change but no department was found: {line.text[:60]}",
                {"kind": "registration", "action": action, "business": item.group("biz"), "department": None,
                 "date": item.group("date"), "line": line.no}))
            consumed.add(line.no)
            continue
        details = change_details(f"{item.group('inside')} {item.group('rest')}", action)
        record = Registration(department=dept, business=item.group("biz"), action=action,
                              items_added=details.items_added, line=line.no, quote=line.quote)
        record.date = safe_date(item.group("date"), line.no, problems)
        fields = _fields(item.group("rest"))
        if action == "new":
            record.purpose = fields.get("目的") or None
            record.subjects = fields.get("対象者") or None
            record.collection_methods = [part for part in re.split(r"[、,・]", fields.get("収集方法", "")) if part]
        registrations.append(record)
        consumed.add(line.no)
    return registrations, problems, consumed


def read(page: Page, readings: Readings) -> Reading:
    registrations, problems, lines = dated_item_registrations(page.lines, readings.claimed("records"))
    return Reading(registrations=registrations, diagnostics=problems, claimed=lines)


READER = Reader("registry_dated_items", read)
