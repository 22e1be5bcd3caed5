"""Registrations listed as an outline: a heading names the action, numbered entries below name each business.

The genre: a notice (告示) or a report page lists the businesses registered, changed or abolished under
headings that say which (「第1 新たに登録した事務」, 「3-2 届出事項を変更した事務」). Each entry is a
numbered line naming one business, the department either in a bracket beside it or on a labelled line
below, and the labelled lines (or a sentence) below say the rest::

    第2 登録事項を変更した事務
    1 図書貸出事務
    (1) 担当課 生涯学習課
    (2) 変更の内容 記録項目に電話番号を追加
    (3) 変更年月日 令和4年9月1日

    4-3-1 空き家バンク事務 (定住推進課)

The heading's action holds until a heading that names none (「3-4 届出事務の総数」). An entry may also be a
sub-heading alone, unnumbered, the department in a bracket (「図書貸出事務(生涯学習課)」), with one paragraph
below it that opens with the date of the change (「令和4年9月1日に変更しました。…」). What that paragraph says of
where the data comes from is a flow: a party added to the sources (「収集先に税務課を追加」: a division of the
same body, a purpose-outside use) or an outside party it is collected from (「本人及び病院から収集」: a collection
from others; 本人 is no other party).

>>> _ENTRY.match("3-1-1 移住定住補助事務 (地域振興課)").group("biz", "dept")
('移住定住補助事務', '地域振興課')
>>> _ENTRY.match("(2) 税務課 「軽自動車税事務」 令和6年4月1日登録").group("lead", "biz", "date")
('税務課', '軽自動車税事務', '令和6年4月1日登録')
>>> _section_action("第3 登録を廃止した事務"), _section_action("2-2 新たに届け出た事務 (令和4年度分)")
('abolish', 'new')
>>> _LABELLED.match("(2) 変更の内容 記録項目に電話番号を追加").group("label")
'変更の内容'
"""

from __future__ import annotations

import re

from ...records import Diagnostic, Flow, Registration
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date
from ..text.items import clean_items
from ..text.names import parse_party
from ..text.registry_words import action_of, business_heading, change_details, dated_action

__all__ = ["READER", "outline_registrations"]

_MARK = r"(?:第\s*\d{1,2}|\d{1,2}(?:\s*[-－‐]\s*\d{1,2}){0,3}\s*[.．]?|[(（]\d{1,2}[)）]|[①-⑳])"
_DEPT = r"[^\s()（）「」、。]{2,30}?(?:課|室|係|センター|局|部|館|所|班)"
_SECTION = re.compile(rf"^(?:{_MARK})?\s*(?P<title>[^。]{{2,40}}?(?:した|た|する)"
                      r"(?:個人情報取扱|個人情報)?(?:事務|業務)等?)\s*(?:[(（][^()（）]{1,30}[)）])?$")
_HEADING = re.compile(rf"^{_MARK}\s*\S")
_ENTRY = re.compile(rf"^(?:{_MARK})\s*(?:(?P<lead>{_DEPT})\s+)?"
                    r"「?(?P<biz>[^\s()（）「」、。]{2,60}?(?:業務|事務|事業))」?"
                    rf"\s*(?:[(（]\s*(?:[^\s()（）:：]{{1,6}}[:：]\s*)?(?P<dept>{_DEPT})\s*[)）])?"
                    r"\s*(?P<date>(?:(?:令和|平成)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                    r"\s*(?:登録|変更|廃止|届出)?)?$")
# 「新規登録」「登録内容の変更」「■登録の廃止」: a heading alone that names only the action on the registry
_ACTION_HEAD = re.compile(rf"^(?:{_MARK})?\s*[【■●◆◇□○◎\[〔<＜]?\s*(?P<title>[^\s。、【】\[\]〔〕<>＜＞]{{2,16}}?)"
                          r"\s*[】\]〕>＞]?\s*[:：]?$")
_ACTION_WORD = re.compile(r"新規|新た|変更|修正|廃止|削除|抹消|追加|開始")
_HEAD_FILLER = re.compile(r"個人情報取扱|個人情報|登録簿|登録|届出|届け出|内容|事項|事務|業務"
                          r"|(?:し|され|を行っ)たもの|(?:し|され|を行っ)た|もの|に|の|を|へ|分")
# the person and those who act for them: no other party the data is collected from
_SELF = re.compile(r"^(?:本人|申請者|申請者本人|届出者|請求者|本人等|保護者|家族|親族|同居者|世帯員|(?:法定)?代理人)"
                   r"(?:等|など)?$")
_REASON = re.compile(r"(?:^|。)(?P<why>[^、。]{2,40}?)(?:を行う|をする|する|の)?ため、")
_LABELLED = re.compile(r"^(?:[(（]\d{1,2}[)）]|[①-⑳]|[・○])?\s*(?P<label>[^\s:：]{2,12}?)(?:\s*[:：]\s*|\s+)"
                       r"(?P<value>\S.*)$")


def _head_action(text: str) -> str | None:
    """The action a heading names when it names nothing else (「新規登録」「登録内容の変更」), or ``None``.

    >>> _head_action("新規登録"), _head_action("■登録の廃止"), _head_action("登録事務一覧"), _head_action("変更点")
    ('new', 'abolish', None, None)
    >>> _head_action("新規に登録されたもの"), _head_action("登録内容の変更を行ったもの")
    ('new', 'modify')
    """
    match = _ACTION_HEAD.match(text)
    if not match or not _ACTION_WORD.search(match.group("title")):
        return None
    title = match.group("title")
    if _HEAD_FILLER.sub("", _ACTION_WORD.sub("", title)):
        return None
    return action_of(title) or ("new" if "新た" in title else None)


def _section_action(text: str) -> str | None:
    """The action a registry outline's heading names, or ``None`` when the line is no such heading."""
    match = _SECTION.match(text)
    if not match:
        return None
    title = match.group("title")
    return action_of(title) or ("new" if "新た" in title else None)


def _style(text: str) -> str | None:
    """How a line is numbered, digits made 0 (「3-1-2 …」 → 「0-0-0」), or ``None`` when it is not."""
    mark = re.match(_MARK, text)
    return re.sub(r"\d+", "0", mark.group(0).strip()) if mark else None


def _entry_lines(lines: list[Line], start: int) -> list[Line]:
    """The lines under the entry at ``lines[start]``, up to the next entry or heading (blank lines skipped)."""
    out: list[Line] = []
    for line in lines[start + 1:start + 14]:
        if line.blank:
            continue
        if line.cells or _ENTRY.match(line.text) or _SECTION.match(line.text):
            break
        if _HEADING.match(line.text) and not line.text.startswith(("(", "（")):
            break
        out.append(line)
    return out


def _paragraph_below(lines: list[Line], start: int) -> list[Line]:
    """The paragraph under a sub-heading entry: past blank lines, the lines up to the next blank one."""
    out: list[Line] = []
    for line in lines[start + 1:start + 12]:
        if line.blank:
            if out:
                break
            continue
        text = line.text
        if (line.cells or _ENTRY.match(text) or business_heading(text) or _SECTION.match(text)
                or (len(text) <= 24 and _head_action(text))):
            break
        out.append(line)
    return out


def _registration(entry: Line, business: str, department: str | None, action: str, below: list[Line],
                  problems: list[Diagnostic]) -> Registration:
    record = Registration(department=department, business=business, action=action, line=entry.no,
                          quote=entry.quote)
    written: tuple[str, int] | None = None
    for line in below:
        labelled = _LABELLED.match(line.text)
        label, value = (labelled.group("label"), labelled.group("value").strip()) if labelled else ("", line.text)
        if label.endswith(("課", "部署", "所管", "担当")) or label in {"担当課", "所管課", "担当部署", "実施機関"}:
            record.department = record.department or value.split()[0]
        elif label.endswith("目的"):
            record.purpose = value
        elif label.endswith("対象者"):
            record.subjects = value
        elif "収集" in label and "方法" in label and action == "new":
            record.collection_methods = [part for part in re.split(r"[、,・]", value) if part]
        elif label.endswith("日"):
            written = (value, line.no)
        else:
            details = change_details(value, action)
            for item in details.items_added:
                if item not in record.items_added:
                    record.items_added.append(item)
            for method in [*details.collection_methods, *(details.collected_from if action == "new" else ())]:
                if method not in record.collection_methods:
                    record.collection_methods.append(method)
            dated = dated_action(value)
            if dated and not written:
                written = (dated, line.no)  # 「令和6年6月1日に登録しました。」: the day of the change
            elif details.date and not written and action != "new":
                written = (details.date, line.no)
            if action == "new" and not record.purpose and (why := _REASON.search(value)):
                record.purpose = why.group("why")
            if action == "new" and not record.subjects and details.collected and (
                    whose := _SUBJECT.match(details.collected)):
                record.subjects = whose.group("who")
    if written:
        record.date = safe_date(written[0], written[1], problems)
    return record


_SUBJECT = re.compile(r"^(?P<who>[^、]{2,30}?)の(?:氏名|住所|生年月日|連絡先|電話番号)")


def _source_flows(record: Registration, below: list[Line]) -> list[Flow]:
    """The flows a registration's paragraph states by naming where its data comes from: a division of the body
    (a purpose-outside use into the business) or an outside party (a collection from others); 本人 is neither."""
    flows: list[Flow] = []
    for line in below:
        details = change_details(line.text, record.action)
        why = _REASON.search(line.text)
        for party in [*details.sources_added, *details.collected_from]:
            if _SELF.match(party) or any(flow.source_department == party or flow.source_external == party
                                         for flow in flows):
                continue
            department, businesses = parse_party(party)  # 「市民課の住民基本台帳事務」: a holder of the same body
            inside = bool(department or businesses)
            items = clean_items(details.collected)[0] if details.collected else list(details.items_added)
            flows.append(Flow(source_department=department, source_business=businesses[0] if businesses else None,
                              source_external=None if inside else party,
                              recipient_department=record.department, recipient_business=record.business,
                              kind="purpose_outside_use" if inside else "collection_from_others",
                              start_date=record.date, items=items, reason=why.group("why") if why else None,
                              line=line.no, quote=line.quote))
    return flows


def outline_registrations(lines: list[Line], used: set[int]) -> tuple[list[Registration], list[Diagnostic], set[int]]:
    """Registrations of a numbered outline under action headings, the diagnostics and the lines consumed."""
    registrations, _, problems, consumed = _outline(lines, used)
    return registrations, problems, consumed


def _outline(lines: list[Line], used: set[int]) -> tuple[list[Registration], list[Flow], list[Diagnostic], set[int]]:
    registrations: list[Registration] = []
    flows: list[Flow] = []
    problems: list[Diagnostic] = []
    consumed: set[int] = set()
    action: str | None = None
    heading: int | None = None  # the line of a bare heading (「新規登録」) that named the action
    heading_style: str | None = None
    entry_style: str | None = None  # how the section's entries are numbered (「0」, 「0-0-0」)
    for index, line in enumerate(lines):
        text = line.text
        if line.blank or line.cells or line.no in used or len(text) > 90:
            continue
        heading_action = _section_action(text)
        if heading_action:
            action, heading, heading_style = heading_action, None, None
            consumed.add(line.no)
            continue
        if len(text) <= 24 and (bare := _head_action(text)):
            action, heading = bare, line.no  # claimed only once an entry is read under it
            heading_style = _style(text)
            continue
        entry = _ENTRY.match(text)
        if entry and heading and heading_style and _style(text) == heading_style:
            action = heading = None  # 「3 廃止」 then 「4 …事務」: numbered as the heading was, the next heading
            continue
        sub_head = business_heading(text) if not entry and action and line.no not in consumed else None
        if entry or sub_head:
            consumed.update({heading} if heading and action else set())
        if sub_head:
            below = _paragraph_below(lines, index)
            record = _registration(line, sub_head[0], sub_head[1], action, below, problems)
            registrations.append(record)
            flows.extend(_source_flows(record, below))
            consumed.add(line.no)
            consumed.update(item.no for item in below)
            continue
        if not entry:
            if action and entry_style and _style(text) == entry_style and line.no not in consumed:
                # numbered like the entries above, yet no business read: say so rather than drop it
                problems.append(Diagnostic(line.no, "warning", f"registry entry not read: {text[:60]}",
                                           {"kind": "registration", "action": action, "line": line.no}))
                continue
            if _HEADING.match(text) and not text.startswith(("(", "（")):
                action = entry_style = None  # a heading that names no action closes the section
            continue
        if action is None:
            continue
        entry_style = _style(text)
        below = _entry_lines(lines, index)
        record = _registration(line, entry.group("biz"), entry.group("dept") or entry.group("lead"), action, below,
                               problems)
        if entry.group("date") and record.date is None:
            record.date = safe_date(re.sub(r"(登録|変更|廃止|届出)$", "", entry.group("date")), line.no, problems)
        registrations.append(record)
        consumed.add(line.no)
        consumed.update(item.no for item in below)
        if registrations[-1].department is None:
            problems.append(Diagnostic(line.no, "warning", f"registration of {entry.group('biz')} names no "
                                                           f"department"))
    return registrations, flows, problems, consumed


def read(page: Page, readings: Readings) -> Reading:
    read_before = {record.line for record in readings.registrations}  # a list reader may have read the entry
    used = readings.claimed("records") | read_before
    # Nothing is read before the first heading that names an action (「第1 新たに登録した事務」): start there.
    first = next((line for line in page.lines_with("事務", "業務") if not line.cells and line.no not in used
                  and len(line.text) <= 90 and _section_action(line.text)), None)
    words = ("新規", "新た", "変更", "修正", "廃止", "削除", "抹消", "追加", "開始")
    bare = next((line for line in page.lines_with(*words) if not line.cells and line.no not in used
                 and len(line.text) <= 24 and _head_action(line.text)), None)
    first = min((found for found in (first, bare) if found), key=lambda found: found.no, default=None)
    if first is None:
        return Reading()
    registrations, flows, problems, lines = _outline(page.lines[first.no - 1:], used)
    return Reading(flows=flows, registrations=registrations, diagnostics=problems, claimed=lines)


READER = Reader("registry_outline", read)
