"""Registrations laid out as cards of labelled fields: each label alone on a line over its value, or beside it.

The genre: a registry page lists each business as a card whose columns the conversion lost — 「事務の名称」 /
the business / 「所属」 / the department / 「登録日」 / the date / 「収集目的」 / … — the cards grouped under
headings alone on a line that name the action (「新規登録」「変更登録」「登録抹消」「1 新規に届出のあった事務」).
The same cards come with label and value on one line (「事務の名称:A事務」 / 「担当課:B課」) or a whole card
run along one line (「ア 事務の名称 A事務 担当課 B課 届出日 …」). Without a heading, the date's label names
the action (「抹消日」 → abolish, 「変更日」 → modify).

>>> from ..layout.page import page_of
>>> page = page_of("登録抹消\\n\\n事務の名称\\n旧駐輪場管理事務\\n所属\\n交通政策課\\n抹消日\\n令和7年3月31日")
>>> [(r.action, r.business, r.department, r.date, r.line) for r in read(page, Readings()).registrations]
[('abolish', '旧駐輪場管理事務', '交通政策課', '2025-03-31', 4)]
"""

from __future__ import annotations

import re

from ...records import Diagnostic, Registration
from ..layout.lines import Line, section_title
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date
from ..text.names import split_business_department
from ..text.registry_words import BUSINESS_END, action_of, change_details
from ..text.stacked_fields import StackedField, bare_label, celled_fields, inline_fields, stacked_fields

__all__ = ["READER", "field_registrations"]

_NAMES = ("事務の名称", "事務名", "業務の名称", "業務名", "個人情報取扱事務の名称", "個人情報取扱事務名", "名称",
          "登録事務の名称", "届出事務の名称", "取扱事務の名称", "登録事務名", "届出事務名")
_DEPARTMENTS = ("所属", "所属名", "担当課", "担当課名", "所管課", "担当部署", "所管部署", "担当部局", "課名", "部署名",
                "実施機関", "担当部課", "所管部課", "主管課", "担当所属", "課等名", "担当課等")
_DATES = tuple(f"{what}{when}" for what in ("届出", "登録", "変更", "廃止", "抹消", "削除", "開始")
               for when in ("日", "年月日"))
_OTHERS = ("収集目的", "目的", "利用目的", "利用の目的", "収集の目的", "事務の目的", "対象者", "対象者の範囲",
           "収集方法", "収集の方法", "収集先", "収集元", "変更内容", "変更の内容", "廃止理由", "廃止の理由", "抹消理由",
           "記録項目")
_LABELS = frozenset((*_NAMES, *_DEPARTMENTS, *_DATES, *_OTHERS))
_NAME = re.compile("^(?:" + "|".join(_NAMES) + ")$")
_DEPARTMENT = re.compile("^(?:" + "|".join(_DEPARTMENTS) + ")$")
_DATE = re.compile("^(?:" + "|".join(_DATES) + ")$")
_HEADING_MAX = 12
_CARD_SPAN = 24  # the lines a card may take after its name
_HEADING_REACH = 80  # how far above a card its action's heading may stand
# 「1 新規に届出のあった事務」「第3 登録を廃止した事務」: a longer heading that names the businesses below
_SECTION = re.compile(r"^[^。、]{2,30}?(?:した|た|のあった|する)(?:個人情報取扱|個人情報)?(?:事務|業務)等?$")
_FLOW_FIELD = re.compile(r"提供先|利用する課|利用課|提供する|根拠")  # a card of a flow, not of the registry


def _is_label(text: str) -> bool:
    return text in _LABELS


def _heading_action(line: Line) -> str | None:
    """The action a heading alone on a line names (「変更登録」「■登録の廃止」); never a label's (「登録日」)."""
    text = bare_label(section_title(line.text))
    if line.cells or _is_label(text):
        return None
    if _SECTION.match(text):
        return action_of(text) or ("new" if "新た" in text else None)
    if len(text) > _HEADING_MAX or BUSINESS_END.search(text):
        return None
    return action_of(text)


def _registration(card: list[StackedField], action: str | None, problems: list[Diagnostic]) -> Registration:
    name = card[0]
    business, beside = split_business_department(name.value)  # 「A事務(B課)」: the department beside the name
    record = Registration(business=business, department=beside, action=action or "new", line=name.value_line,
                          quote=name.quote)
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
        elif "方法" in field.label or field.label in ("収集先", "収集元"):
            record.collection_methods = [part.strip() for part in re.split(r"[、,・]", field.value) if part.strip()]
        else:
            record.items_added = change_details(field.value, record.action).items_added
    if written:
        record.date = safe_date(written.value, written.value_line, problems)
    if record.action != "new":
        record.purpose, record.subjects, record.collection_methods = None, None, []
    return record


_RULE_LINE = re.compile(r"^[|\s:-]+$")
_DAY_OF_CHANGE = re.compile(r"(?P<day>(?:(?:令和|平成|[RH])\s*(?:元|\d{1,2})"
                            r"|(?:19|20)\d{2})\s*[年.]\s*\d{1,2}\s*[月.]\s*\d{1,2}\s*日?)"
                            r"(?:付け?|に)?[でに、]*[^。]{0,12}?(?P<verb>登録|届出|届け出|変更|廃止)")


def _said_above(lines: list[Line], first: int) -> tuple[Line, re.Match[str]] | None:
    """「令和6年4月1日付けで次の事務を登録した。」 just above a card laid out as a table (past its header and
    rule): it tells the day of the change the card records, and which change."""
    for line in reversed(lines[max(0, first - _CARD_SPAN):first - 1]):  # up past the table's rows
        if line.blank or line.cells or _RULE_LINE.match(line.text):
            continue
        said = _DAY_OF_CHANGE.search(line.text)
        return (line, said) if said else None
    return None


def field_registrations(lines: list[Line], used: set[int], cued: list[Line] | None = None,
                        headings_cued: list[Line] | None = None
                        ) -> tuple[list[Registration], list[Diagnostic], set[int]]:
    """Registrations of label-over-value cards under action headings, the diagnostics and the lines read.

    ``cued`` are the lines that may hold a label and ``headings_cued`` those that may name an action (every line
    when not given): a page's cue index spares a scan of every line."""
    at = sorted(line.no - 1 for line in cued) if cued is not None else None
    fields = sorted((field for field in (*stacked_fields(lines, _is_label, at), *inline_fields(lines, _LABELS, at),
                                         *celled_fields(lines, _LABELS, at))
                     if field.label_line not in used), key=lambda field: (field.label_line, field.value_line))
    if not any(_NAME.match(field.label) for field in fields):
        return [], [], set()
    values = {field.value_line for field in fields}  # a short value (「記録項目の変更」) is no heading
    heading_at = {line.no: action for line in (headings_cued if headings_cued is not None else lines)
                  if not line.blank and line.no not in values and (action := _heading_action(line))}
    registrations: list[Registration] = []
    problems: list[Diagnostic] = []
    consumed: set[int] = set()
    cards: list[list[StackedField]] = []
    loose: list[StackedField] = []  # fields no card took yet: 「所管課 | B課 |」 may stand just above the name
    for field in fields:
        if _NAME.match(field.label):
            before = [found for found in loose if found.label_line == field.label_line - 1
                      and found.label_line == found.value_line and _DEPARTMENT.match(found.label)]
            cards.append([field, *before])
            loose = []
        elif (cards and 0 <= field.label_line - cards[-1][-1].value_line <= 3
              and not (_DEPARTMENT.match(field.label) and any(_DEPARTMENT.match(had.label) for had in cards[-1]))):
            cards[-1].append(field)
        else:
            loose.append(field)  # a second department opens the next card
    headings = sorted(heading_at)
    for card in cards:
        if len(card) < 2:
            continue  # a name with no department, date or other field is no card
        before = [no for no in headings if no < card[0].label_line]
        action = heading_at[before[-1]] if before else None
        first = min(field.label_line for field in card)
        said = _said_above(lines, first) if lines[first - 1].cells else None  # only over a table of fields
        action = action or (action_of(said[1].group("verb")) if said else None)
        if action is None and not any(_DATE.match(field.label) for field in card):
            continue  # neither a heading nor a date's label says this card is of the registry
        span = range(card[0].label_line, card[-1].value_line + 1)
        if any(_FLOW_FIELD.search(lines[no - 1].text) for no in span if 0 < no <= len(lines)):
            continue
        record = _registration(card, action, problems)
        if record.date is None and said:
            record.date = safe_date(said[1].group("day"), said[0].no, problems)
        registrations.append(record)
        consumed.update(no for field in card for no in (field.label_line, field.value_line))
    return registrations, problems, consumed


def read(page: Page, readings: Readings) -> Reading:
    names = [line for line in page.lines_with("名称", "事務名", "業務名") if not line.cells or len(line.cells) == 2]
    if not names:
        return Reading()
    used = readings.claimed("records") | {record.line for record in readings.registrations}
    # A card's fields follow its name (its department may stand just above) and its heading stands above it:
    # only the lines near a name are looked at.
    last = len(page.lines)
    near = sorted({at for line in names for at in range(max(0, line.no - 2), min(line.no + _CARD_SPAN, last))})
    above = sorted({at for line in names for at in range(max(0, line.no - 1 - _HEADING_REACH), line.no - 1)})
    cued = [page.lines[at] for at in near if page.lines[at].text and len(page.lines[at].text) <= 200]
    headings = [page.lines[at] for at in sorted({*above, *near}) if page.lines[at].text]
    registrations, problems, lines = field_registrations(page.lines, used, cued, headings)
    return Reading(registrations=registrations, diagnostics=problems, claimed=lines)


READER = Reader("registry_fields", read)
