"""Lines that name a registry change no shaped reader read: the registration the line states, read with the
general words.

The last reader of the table: on a page about the registry (個人情報取扱事務, 登録簿, 届出), a line that names an
action (新規 / 変更 / 廃止 / 登録 / 届出), a business (…事務, …業務) and its department or a date, yet gave no
registration, no flow and no council case, gives the registration those words state. So does a line that names
only a business and its department (「A事務(B課)」) over a paragraph that tells the day it was registered, changed
or abolished (「令和6年6月1日に廃止しました。」), when no heading said which section it stands in. Every round of
unseen pages laid its registry out in a new way, yet these words named each change rightly (8 of 8 on the two
rounds before this reader gave records).

>>> from ..layout.page import page_of
>>> page = page_of("個人情報取扱事務の届出\\n※市民課 住民票交付事務 R6.4.1 新規届出(様式第2号)")
>>> [(r.line, r.action, r.business, r.department, r.date) for r in read(page, Readings()).registrations]
[(2, 'new', '住民票交付事務', '市民課', '2024-04-01')]
>>> page = page_of("登録簿の異動\\n■今年度のもの\\n図書貸出事務(生涯学習課)\\n\\n令和6年5月1日に登録しました。")
>>> [(r.line, r.action, r.business, r.department, r.date) for r in read(page, Readings()).registrations]
[(3, 'new', '図書貸出事務', '生涯学習課', '2024-05-01')]
"""

from __future__ import annotations

import re

from ...normalize import nfkc
from ...records import Diagnostic, Registration
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date
from ..text.registry_words import action_of, business_heading, change_details, dated_action, joined_names

__all__ = ["READER"]

_BUSINESS = re.compile(r"(?:「(?P<quoted>[^「」]{2,40}?(?:事務|業務))」|(?<![^\s、。,()（）「」・])"
                       r"(?P<plain>[^\s、。,()（）「」]{2,40}?(?:事務|業務))(?=[\s、。,()（）」]|$))")
_DEPARTMENT = re.compile(r"[^\s、。,()（）「」※・◇◆○●■□▼◎]{1,20}?(?:課|室|センター)(?=[\s、。,()（）のがは]|$)")
_DATE = re.compile(r"(?:(?:令和|平成|R|H)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*[年.]\s*\d{1,2}\s*[月.]\s*\d{1,2}"
                   r"(?:\s*日)?|\d{4}[年/.-]\d{1,2}[月/.-]\d{1,2}日?")
_MARKS = "・※●○◯■□◆◇•*-－ 　"
_ACTION_WORD = re.compile(r"新規|変更|廃止|抹消|登録|届出|届け出")
_NOT_A_CHANGE = re.compile(r"目的外|外部提供|提供|結合|諮問|答申|審議|開示|請求|件")


def read(page: Page, readings: Readings) -> Reading:
    if not (page.has("取扱事務") or page.has("登録簿") or page.has("届出")):
        return Reading()
    read_lines = ({record.line for record in readings.registrations} | {flow.line for flow in readings.flows}
                  | {case.line for case in readings.cases} | readings.claimed("records", "council"))
    told = {diagnostic.line for diagnostic in readings.diagnostics}
    out: list[Registration] = []
    problems: list[Diagnostic] = []
    for joined in page.lines_with("新規", "変更", "廃止", "抹消", "登録", "届出", "届け出"):
        found_told, found_problems = set(told), []
        found = _registrations(page, [joined], read_lines, found_told, found_problems)
        pieces = _as_written(page, joined)
        if len(pieces) > 1:  # lines the page width joined: each as written, when that reads no fewer changes
            apart_told, apart_problems = set(told), []
            apart = _registrations(page, pieces, read_lines, apart_told, apart_problems)
            if len(apart) >= len(found):
                found, found_told, found_problems = apart, apart_told, apart_problems
        out.extend(found)
        told, problems = found_told, [*problems, *found_problems]
    return Reading(registrations=out, diagnostics=problems, claimed={record.line for record in out})


def _registrations(page: Page, lines: list[Line], read_lines: set[int], told: set[int],
                   problems: list[Diagnostic]) -> list[Registration]:
    """The registrations the general words state on ``lines``; ``told``: lines already given a record or a
    diagnostic (a heading taken for a dated line is added)."""
    out: list[Registration] = []
    for line in lines:
        if line.no in read_lines or line.no in told or line.cells or len(line.text) > 160:
            continue
        text = line.text
        if text.endswith(("か。", "か")):
            continue
        business = _BUSINESS.search(text)
        if _NOT_A_CHANGE.search(text.replace(business.group(0), "") if business else text):
            continue  # a flow, a count or a consultation (a business's own name may say 請求: 証明書請求事務)
        if not business and (day := dated_action(text)):
            heading = _heading_above(page, line.no)
            if heading and heading[0].no not in read_lines and heading[0].no not in told:
                out.append(_dated_under_heading(heading, text, day, problems))
                told.add(heading[0].no)
            continue
        if not business or business.start() == 0 and len(text) == business.end():
            continue
        department, date = _department(text), _DATE.search(text)
        if not (department or date):
            continue
        names = [business.group("quoted") or business.group("plain"), *joined_names(text, business.end())]
        rest = text
        for name in names:
            rest = rest.replace(name, "")
        action = action_of(" ".join(_ACTION_WORD.findall(rest)))
        if action is None:
            continue
        day = safe_date(date.group(0), line.no, problems) if date else None
        details = change_details(text[business.end():] + _continued(page, line), action) if (
            action == "modify") else None
        out.extend(Registration(department=department, business=name.lstrip(_MARKS), action=action, date=day,
                                purpose=details.purpose if details else None,
                                items_added=list(details.items_added) if details else [],
                                collection_methods=list(details.collection_methods) if details else [],
                                line=line.no, quote=line.quote) for name in names)
    return out


def _as_written(page: Page, line: Line) -> list[Line]:
    """``line`` and the lines the page width joined onto it, each as written (「新規 A事務(B課)」 one a line, the
    first run on from a heading pushed to the right edge); ``[line]`` when nothing was joined."""
    pieces = [line]
    for below in page.lines[line.no:line.no + 12]:
        if below.text:
            break
        if below.raw.strip():
            pieces.append(Line(below.no, below.raw, nfkc(below.raw).strip()))
    if len(pieces) == 1:
        return pieces
    return [Line(line.no, line.raw, nfkc(line.raw).strip()), *pieces[1:]]


# a line the transcript broke inside a word goes on below (past blank lines), not with a new item or field
_ENDED = ("。", ")", "）", "」", "】")
_OPENS_ITEM = re.compile(r"^[\s(（【\[〔・※●○◯■□◆◇•*\-－\d①-⑳]")


def _continued(page: Page, line: Line) -> str:
    """The text going on from a line broken mid-phrase (「…を追加し、記録」 / 「項目に「…」を追加」), else ``""``."""
    if line.text.endswith(_ENDED):
        return ""
    for below in page.lines[line.no:line.no + 3]:
        if below.blank:
            continue
        if below.cells or _OPENS_ITEM.match(below.text) or _BUSINESS.search(below.text) or len(below.text) > 80:
            return ""
        return below.text
    return ""


# 「( 2) 所管課 こども未来課」: a field's label names no department, the value after it does
_DEPARTMENT_LABELS = frozenset(("所管課", "担当課", "主管課", "所属課", "課名", "担当室"))


def _department(text: str) -> str | None:
    return next((found.group(0) for found in _DEPARTMENT.finditer(text)
                 if found.group(0).lstrip(_MARKS) not in _DEPARTMENT_LABELS), None)


def _heading_above(page: Page, number: int) -> tuple[Line, tuple[str, str]] | None:
    """The line just above (past blank lines) when it names a business and its department and nothing else."""
    for line in reversed(page.lines[max(0, number - 4):number - 1]):
        if line.blank:
            continue
        named = business_heading(line.text) if not line.cells else None
        return (line, named) if named else None
    return None


def _dated_under_heading(heading: tuple[Line, tuple[str, str]], text: str, day: str,
                         problems: list[Diagnostic]) -> Registration:
    line, (business, department) = heading
    action = action_of(" ".join(_ACTION_WORD.findall(text))) or "new"
    return Registration(department=department, business=business, action=action,
                        date=safe_date(day, line.no, problems), line=line.no, quote=line.quote)


READER = Reader("registry_unread", read, claims="records")
