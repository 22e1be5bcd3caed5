"""Registrations told as a head line and an indented detail line below it.

The genre: a notice lists each notified business as 「(1) 新規 A課 B事務」, and on the next printed line
(a blank line may come between), indented, its labelled details run together on one line:
「 届出日 令和6年4月1日 目的 … 対象者 … 収集方法 本人、…」, or for a change 「 変更内容 記録項目に…を追加」.

>>> _HEAD.match("(2) 廃止 農政課 鳥獣対策事務").group("action", "dept", "biz")
('廃止', '農政課', '鳥獣対策事務')
>>> _fields("届出日 令和6年5月1日 目的 会員の管理 対象者 会員 収集方法 本人")["目的"]
'会員の管理'
"""

from __future__ import annotations

import re

from ...records import Diagnostic, Registration
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date
from ..text.registry_words import action_of, change_details

__all__ = ["READER", "head_registrations"]

_HEAD = re.compile(
    r"^[(（]?\d{1,3}[)）.]?\s*(?P<action>新規|変更|廃止)\s+"
    r"(?P<dept>[^\s()（）「」、。]{2,30}?(?:課|室|係|センター|局|部|館|所|班))\s+"
    r"(?P<biz>[^\s()（）「」、。]{2,60}?(?:業務|事務|事業))$"
)
_LABELS = ("届出日", "登録日", "変更日", "廃止日", "目的", "対象者", "収集方法", "変更内容", "変更の内容", "廃止理由")
_LABEL = re.compile(r"(?:^|\s)(?P<label>" + "|".join(sorted(_LABELS, key=len, reverse=True)) + r")\s+")


def _fields(text: str) -> dict[str, str]:
    """The labelled values of a detail line, each up to the next label."""
    marks = list(_LABEL.finditer(text))
    return {mark.group("label"): text[mark.end(): marks[index + 1].start() if index + 1 < len(marks) else None].strip()
            for index, mark in enumerate(marks)}


def head_registrations(lines: list[Line], used: set[int]) -> tuple[list[Registration], list[Diagnostic], set[int]]:
    """Registrations of head lines, completed by the indented detail line below each; the lines read."""
    registrations: list[Registration] = []
    problems: list[Diagnostic] = []
    consumed: set[int] = set()
    for index, line in enumerate(lines):
        if line.blank or line.cells or line.no in used:
            continue
        head = _HEAD.match(line.text)
        if not head:
            continue
        action = action_of(head.group("action")) or "new"
        record = Registration(department=head.group("dept"), business=head.group("biz"), action=action,
                              line=line.no, quote=line.quote)
        consumed.add(line.no)
        below = next((other for other in lines[index + 1: index + 3] if not other.blank), None)
        fields = _fields(below.text) if below and below.raw[:1] in " \u3000\t" and below.no not in used else {}
        if fields:
            consumed.add(below.no)
            written = next((fields[label] for label in _LABELS if label.endswith("日") and label in fields), None)
            if written:
                record.date = safe_date(written, below.no, problems)
            if action == "new":
                record.purpose = fields.get("目的") or None
                record.subjects = fields.get("対象者") or None
                record.collection_methods = [part for part in re.split(r"[、,・]", fields.get("収集方法", "")) if part]
            details = change_details(fields.get("変更内容") or fields.get("変更の内容") or "", action)
            record.items_added = details.items_added
        registrations.append(record)
    return registrations, problems, consumed


def read(page: Page, readings: Readings) -> Reading:
    registrations, problems, lines = head_registrations(page.lines, readings.claimed("records"))
    return Reading(registrations=registrations, diagnostics=problems, claimed=lines)


READER = Reader("registry_heads", read)
