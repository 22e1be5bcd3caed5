"""Registrations laid out one field a line: each label alone on a line, its value on the next.

The genre: a registry page lists each business as a card whose columns the conversion lost — 「事務の名称」 /
the business / 「所属」 / the department / 「登録日」 / the date / 「収集目的」 / … — the cards grouped under
headings alone on a line that name the action (「新規登録」「変更登録」「登録抹消」). Without such a heading,
the date's label names it (「抹消日」 → abolish, 「変更日」 → modify).

>>> from ..layout.page import page_of
>>> page = page_of("登録抹消\\n\\n事務の名称\\n旧駐輪場管理事務\\n所属\\n交通政策課\\n抹消日\\n令和7年3月31日")
>>> [(r.action, r.business, r.department, r.date, r.line) for r in read(page, Readings()).registrations]
[('abolish', '旧駐輪場管理事務', '交通政策課', '2025-03-31', 4)]
"""

from __future__ import annotations

import re

from ...records import Diagnostic, Registration
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date
from ..text.registry_words import BUSINESS_END, action_of, change_details
from ..text.stacked_fields import StackedField, stacked_fields

__all__ = ["READER", "field_registrations"]

_NAME = re.compile(r"^(?:事務|業務|個人情報取扱事務)(?:の)?名(?:称)?$|^名称$")
_DEPARTMENT = re.compile(r"^(?:所属|担当課|所管課|担当部署|所管部署|担当部局|課名|部署名?|実施機関)(?:名)?$")
_DATE = re.compile(r"^(?:届出|登録|変更|廃止|抹消|削除)?(?:年月)?日$")
_OTHER = re.compile(r"^(?:収集)?目的$|^(?:利用|収集)の目的$|^対象者$|^(?:対象者の)?範囲$|^収集(?:の)?方法$"
                    r"|^変更(?:の)?内容$|^(?:廃止|抹消)(?:の)?理由$|^記録項目$")
_HEADING_MAX = 12


def _is_label(text: str) -> bool:
    return bool(_NAME.match(text) or _DEPARTMENT.match(text) or _DATE.match(text) or _OTHER.match(text))


def _heading_action(line: Line) -> str | None:
    """The action a short heading alone on a line names (「変更登録」); never a label's (「登録日」)."""
    text = line.text
    if line.cells or len(text) > _HEADING_MAX or _is_label(text) or BUSINESS_END.search(text):
        return None
    return action_of(text)


def _registration(card: list[StackedField], action: str | None, problems: list[Diagnostic]) -> Registration:
    name = card[0]
    record = Registration(business=name.value, action=action or "new", line=name.value_line, quote=name.quote)
    written: StackedField | None = None
    for field in card[1:]:
        if _DEPARTMENT.match(field.label):
            record.department = field.value
        elif _DATE.match(field.label):
            written = field
            if action is None and field.label[:2] not in ("年月", "日"):
                record.action = action_of(field.label[:2]) or record.action
        elif "目的" in field.label:
            record.purpose = field.value
        elif field.label.startswith("対象"):
            record.subjects = field.value
        elif "方法" in field.label:
            record.collection_methods = [part.strip() for part in re.split(r"[、,・]", field.value) if part.strip()]
        else:
            record.items_added = change_details(field.value, record.action).items_added
    if written:
        record.date = safe_date(written.value, written.value_line, problems)
    if record.action != "new":
        record.purpose, record.subjects, record.collection_methods = None, None, []
    return record


def field_registrations(lines: list[Line], used: set[int]) -> tuple[list[Registration], list[Diagnostic], set[int]]:
    """Registrations of label-over-value cards under action headings, the diagnostics and the lines read."""
    fields = [field for field in stacked_fields(lines, _is_label) if field.label_line not in used]
    if not any(_NAME.match(field.label) for field in fields):
        return [], [], set()
    values = {field.value_line for field in fields}  # a short value (「記録項目の変更」) is no heading
    heading_at = {line.no: action for line in lines
                  if not line.blank and line.no not in values and (action := _heading_action(line))}
    registrations: list[Registration] = []
    problems: list[Diagnostic] = []
    consumed: set[int] = set()
    cards: list[list[StackedField]] = []
    for field in fields:
        if _NAME.match(field.label):
            cards.append([field])
        elif cards and field.label_line - cards[-1][-1].value_line <= 2:
            cards[-1].append(field)
    headings = sorted(heading_at)
    for card in cards:
        if len(card) < 2:
            continue  # a name with no department, date or other field is no card
        before = [no for no in headings if no < card[0].label_line]
        action = heading_at[before[-1]] if before else None
        registrations.append(_registration(card, action, problems))
        consumed.update(no for field in card for no in (field.label_line, field.value_line))
    return registrations, problems, consumed


def read(page: Page, readings: Readings) -> Reading:
    if not page.lines_with("名称", "事務名", "業務名"):
        return Reading()
    used = readings.claimed("records") | {record.line for record in readings.registrations}
    registrations, problems, lines = field_registrations(page.lines, used)
    return Reading(registrations=registrations, diagnostics=problems, claimed=lines)


READER = Reader("registry_fields", read)
