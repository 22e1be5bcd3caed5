"""Registrations told as a head line 「(1) 新規 A課 B事務」, its labelled details on the line or below it.

The genre: a notice lists each notified business as 「(1) 新規 A課 B事務」, and on the next printed line
(a blank line may come between), indented, its labelled details run together on one line:
「 届出日 令和6年4月1日 目的 … 対象者 … 収集方法 本人、…」, or for a change 「 変更内容 記録項目に…を追加」.
Another shape leaves the action to sub-heads alone on a line (「1 新規」「2 変更」「3 廃止」) and runs each
item's details on after its business: 「(1) A課 B事務 届出年月日 令和6年4月1日 目的 … 収集方法 本人」.

>>> _HEAD.match("(2) 廃止 農政課 鳥獣対策事務").group("action", "dept", "biz")
('廃止', '農政課', '鳥獣対策事務')
>>> _HEAD.match("(1) 農政課 鳥獣対策事務 廃止年月日 令和6年3月31日").group("dept", "biz", "details")
('農政課', '鳥獣対策事務', '廃止年月日 令和6年3月31日')
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
    r"^[(（]?\d{1,3}[)）.]?\s*(?:(?P<action>新規|変更|廃止)\s+)?"
    r"(?P<dept>[^\s()（）「」、。]{2,30}?(?:課|室|係|センター|局|部|館|所|班))(?:\s+|(?=「))"
    r"「?(?P<biz>[^\s()（）「」、。]{2,60}?(?:業務|事務|事業))」?"
    r"(?:\s*[(（](?P<change>[^()（）]{1,80})[)）])?(?:\s+(?P<details>\S.*))?$"
)
_SUB_HEAD = re.compile(r"^\d{1,2}[.．\s]\s*(?P<words>[^\s、。]{2,8})$")  # 「2 変更」: the action of the items below
_LABELS = ("届出日", "登録日", "変更日", "廃止日", "届出年月日", "登録年月日", "変更年月日", "廃止年月日", "目的",
           "対象者", "収集方法", "変更内容", "変更の内容", "廃止理由")
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
    heading: str | None = None  # the action the last sub-head named (「2 変更」)
    for index, line in enumerate(lines):
        if line.blank or line.cells or line.no in used:
            continue
        sub_head = _SUB_HEAD.match(line.text)
        if sub_head:
            heading = action_of(sub_head.group("words"))
            continue
        head = _HEAD.match(line.text)
        if not head:
            continue
        inline = _fields(" " + head.group("details")) if head.group("details") else {}
        if head.group("details") and not (inline and head.group("details").startswith(tuple(_LABELS))):
            continue  # words after the business that are no labelled details: not this genre's head
        if not head.group("action") and not (heading and inline):
            continue  # without its action word, a head is read only under a sub-head and with its details
        action = action_of(head.group("action")) or heading or "new"
        record = Registration(department=head.group("dept"), business=head.group("biz"), action=action,
                              line=line.no, quote=line.quote)
        consumed.add(line.no)
        below = next((other for other in lines[index + 1: index + 3] if not other.blank), None)
        fields = inline
        where = line
        if not fields and below and below.raw[:1] in " \u3000\t" and below.no not in used:
            fields, where = _fields(below.text), below
        if fields:
            consumed.add(where.no)
            written = next((fields[label] for label in _LABELS if label.endswith("日") and label in fields), None)
            if written:
                record.date = safe_date(written, where.no, problems)
            if action == "new":
                record.purpose = fields.get("目的") or None
                record.subjects = fields.get("対象者") or None
                record.collection_methods = [part for part in re.split(r"[、,・]", fields.get("収集方法", "")) if part]
            details = change_details(fields.get("変更内容") or fields.get("変更の内容") or "", action)
            record.items_added = details.items_added
        if head.group("change") and not record.items_added:
            # 「変更 A課 B事務(記録項目に「…」を追加)」: what the change adds, in a bracket after the business
            record.items_added = change_details(head.group("change"), action).items_added
        registrations.append(record)
    return registrations, problems, consumed


def read(page: Page, readings: Readings) -> Reading:
    registrations, problems, lines = head_registrations(page.lines, readings.claimed("records"))
    return Reading(registrations=registrations, diagnostics=problems, claimed=lines)


READER = Reader("registry_heads", read)
