"""Registry changes: 新規登録 / 修正・変更 / 廃止 tables and lists of registered business names.

The action comes from a 登録区分 cell (開始・新規 / 変更・修正 / 廃止) or, for a table without
one, from the heading above it (「個人情報取扱業務 新規登録について」) or its columns (a 修正の理由
column means changes). A simple list — a department line 【総務課】 (or 「総務課：」) followed
by bullet lines of business names under such a heading — gives one registration per name.

>>> action_of("修正年月日"), action_of("開始"), action_of("業務の廃止について")
('modify', 'new', 'abolish')
>>> [_DEPT_LINE.match(text).group(2) for text in ("■学校教育課", "〔生涯学習課〕", "総務課：")]
['学校教育課', '生涯学習課', '総務課']
"""

from __future__ import annotations

import re

from ...records import Diagnostic, Registration
from ..layout.lines import Line, section_title
from ..layout.page import Page
from ..layout.tables import Row, Table, is_flow_table
from ..reading import Reader, Reading, Readings
from ..text.change_reasons import modification_flows
from ..text.dates import safe_date
from ..text.items import added_items
from ..text.names import is_business, is_department, split_business_department
from ..text.registry_words import BUSINESS_END, action_of, business_names, change_details, dated_action, joined_names

__all__ = ["LIST_READER", "PROSE_READER", "READER", "is_registry_table",
           "list_registrations", "table_registrations", "told_registrations"]

_REGISTRY_ROLES = {"action", "purpose", "subjects", "collection", "mod_reason", "mod_content", "change_date"}
_COLLECTION_ADDED = re.compile(r"収集の方法[^「」。]{0,12}?「([^」]+)」を追加")
_METHOD = re.compile(r"[^\s(（]+(?:\s*[(（][^)）]*[)）])?")
_DEPT_LINE = re.compile(
    r"^(?:【([^】\d]+)】|[■◆□◇▼〔<＜\[]?\s*([^\s:：、。■◆〔〕<>＜＞\[\]]{2,20}(?:課|室|センター|局|部|館))"
    r"(?:[:：]|[〕>＞\]]?$))\s*(.*)$"
)
_BULLET = re.compile(r"^(?:[・\-*○●◯]|\d+[.)．]|[(（]\d+[)）])\s*(.+)$")
_FILE_SIZE = re.compile(r"[(（]?(?:PDF|Word|Excel|ワード|エクセル)[^)）]{0,12}?\d+(?:\.\d+)?\s*[KMG]?B[)）]?", re.I)
_MATERIAL = re.compile(r"^(?:資料|参考資料|別紙|別添|添付)\s*\d*$")
_NOT_A_NAME = re.compile(r"[—→⇒◎]|。$")
_REGISTRY_HEADING = re.compile(r"(?:事務|業務)[^。]{0,12}(?:登録|届出|廃止|変更)|(?:登録|届出|廃止|変更)[^。]{0,12}"
                               r"(?:取扱|取り扱う)(?:事務|業務)|(?:登録|届出)(?:簿|状況|一覧)")
_ACTION_MARK = re.compile(r"^\s*[【\[〔<＜■◆]?\s*(新規(?:登録)?|変更|修正|廃止|追加)\s*[】\]〕>＞]?\s*$")
_ACTION_ONLY = re.compile(r"^[■◆●□◇▼【\[〔<＜]?\s*(?:新規(?:登録)?|新たに登録(?:した|する)?(?:もの)?"
                          r"|登録(?:の|を)?(?:変更|廃止)(?:した|する)?(?:もの)?"
                          r"|(?:変更|修正|廃止)(?:した|する)?(?:もの)?)\s*[】\]〕>＞]?$")
_CARD_LABEL = re.compile(r"^(?:(?:個人情報取扱)?(?:事務|業務)(?:の)?(?:名称|名)|名称)\s*[:：\s]")
_LABEL_WORD = re.compile(r"^(?:担当|所管|主管|所属)(?:課|部署|部局)(?:名)?$|^課名$")
_NONE = re.compile(r"^(?:該当なし|なし|該当無し)$")
# 「・A事務(B課) 令和6年4月1日登録」「(1) A事務(B課) 記録項目に…を加える。」: the change told after the name
# (the department may stand before the name instead, or not at all when the tail states a date or an addition)
_NAMED_WITH_TAIL = re.compile(r"^(?:(?P<before>[^()（）\s、。「」]{2,20}?(?:課|室|センター))(?:\s+|(?=「)))?"
                              r"(?P<name>[^()（）\s、。]{2,40}(?:業務|事務|事業|システム))」?\s*"
                              r"(?:[(（](?:いずれも|ともに)?(?P<dept>[^()（）]{2,20})[)）])?\s*(?P<tail>[^\s(（」].*)$")

_QUOTED_JOIN = re.compile(r"」\s*(?:及び|並びに|と|、)\s*「")

_GROUP_HEADING = re.compile(r"^[^が]*した(?:事務|業務|もの)$")  # no department names it (「A課が登録した事務」)
_NOTIFIED_HEADING = re.compile(r"(?:届け出|届出)(?:た|のあった|された|があった)(?:事務|業務|もの)"
                               r"|(?:届出|届け出)\s*[(（【\[](?:新規|変更|廃止)")  # 「…の届出(新規)」


def _registry_verb(text: str) -> bool:
    """A heading about registry changes: 「登録した事務」「廃止した事務」, or a notice naming its action
    (「新たに届け出た事務」), not a title (「…の届出状況について」)."""
    return "登録" in text or "廃止" in text or bool(_NOTIFIED_HEADING.search(text) and action_of(text))


def is_registry_table(table: Table, lines: list[Line] | None = None) -> bool:
    """A registry table names a business and at least one registry column, or a 区分 column whose cells are
    registry actions (新規 / 変更 / 廃止) and no recipient, or sits under a heading about the registry
    (「個人情報取扱事務の新規登録」) with a department or date column beside the business."""
    if "business" not in table.roles:
        return False
    if _REGISTRY_ROLES & set(table.roles):
        return True
    if {"recipient", "recipient_business", "flow"} & set(table.roles):
        return False
    if "kind" in table.roles and any(action_of(row.get("kind")) for row in table.rows):
        return True
    if lines is None or not ({"department", "start_date"} & set(table.roles)):
        return False
    above = [line.text for line in lines[max(0, table.header.no - 4):table.header.no - 1] if line.text]
    # 「個人情報取扱事務の新規登録」, or a short heading naming only the action (「新規登録」「廃止」)
    return any(_REGISTRY_HEADING.search(text) or (len(text) <= 12 and _ACTION_ONLY.match(section_title(text)))
               for text in above[-2:])


def _heading_between(table: Table, row: Row, lines: list[Line]) -> str | None:
    """The action a short heading among the table's rows names (「廃止」 before the rows of abolitions)."""
    for index in range(row.line.no - 2, table.header.no - 1, -1):
        line = lines[index]
        if line.text and not line.cells and len(line.text) <= 20:
            return action_of(line.text)
    return None


def _table_action(table: Table, lines: list[Line]) -> str:
    for index in range(table.header.no - 2, max(-1, table.header.no - 10), -1):
        line = lines[index]
        if line.cells:
            break
        action = action_of(line.text) if line.text else None
        if action:
            return action
    if "mod_reason" in table.roles or "mod_content" in table.roles:
        return "modify"
    return "new"


def _methods(text: str | None) -> list[str]:
    if not text:
        return []
    return [method.replace(" ", "") for method in _METHOD.findall(text)]


def table_registrations(table: Table, lines: list[Line]) -> tuple[list[Registration], list[Diagnostic]]:
    """One registration per row of a registry table."""
    out: list[Registration] = []
    problems: list[Diagnostic] = []
    default_action = _table_action(table, lines)
    for row in table.rows:
        business = row.get("business")
        if not business or _NONE.match(business):
            if row.line.text and not _NONE.match(row.cells[0] if row.cells else ""):
                problems.append(Diagnostic(row.line.no, "warning", f"registry row without a business name: "
                                                                    f"{row.line.text[:60]}"))
            continue
        action = (action_of(row.get("action")) or action_of(row.get("kind")) or _heading_between(table, row, lines)
                  or default_action)
        content = row.get("mod_content") or ""
        date = safe_date(row.get("change_date") or row.get("start_date"), row.line.no, problems)
        collection = [m.group(1) for m in _COLLECTION_ADDED.finditer(content)] or _methods(row.get("collection"))
        for name in business_names(business):
            out.append(Registration(
                department=row.get("department"), business=name, action=action, date=date,
                purpose=row.get("purpose"), subjects=row.get("subjects"), collection_methods=list(collection),
                items_added=added_items(content) or change_details(content, action).items_added,
                line=row.line.no, quote=row.line.quote,
            ))
    return out, problems


def list_registrations(lines: list[Line], used: set[int],
                       problems: list[Diagnostic] | None = None) -> list[Registration]:
    """Registrations written as a list of names under a department, below a registry heading; a name may be
    followed by what changed (「・A事務(B課) 令和6年4月1日登録」).

    >>> from ..layout.lines import split_lines
    >>> doc = split_lines("①新たに登録した事務\\n\\n・図書貸出事務(生涯学習課) 令和6年5月1日登録\\n"
    ...                   "②登録内容を変更した事務\\n・町営墓地管理事務(環境課) 記録項目に「本籍」を追加")
    >>> [(r.business, r.department, r.action, r.date, r.items_added) for r in list_registrations(doc, set())]
    [('図書貸出事務', '生涯学習課', 'new', '2024-05-01', []), ('町営墓地管理事務', '環境課', 'modify', None, ['本籍'])]
    """
    out: list[Registration] = []
    problems = problems if problems is not None else []
    action: str | None = None
    department: str | None = None
    registry_page = False  # a registry heading was seen: a later heading naming only an action opens a list
    alone: Registration | None = None  # the one business the line above named, which a paragraph below may date
    for line in lines:
        if line.no in used or line.cells:
            action = department = None  # a table ends any list
            continue
        if line.blank:
            continue
        above, alone = alone, None
        text = line.text
        if action is None and not registry_page and not (
                ("業務" in text or "事務" in text) and _registry_verb(text)):
            continue  # outside a list only its heading matters: skip the regexes below
        bullet = _BULLET.match(text)
        # 「(2)登録内容を変更した事務」: a numbered heading over the names, not a name
        titled = bullet is not None and (text.endswith(("について", "について(報告)", "について（報告）"))
                                         or text[:1] == "(" and _GROUP_HEADING.search(text) is not None)
        heading = (not bullet or titled) and len(text) <= 40 and not text.endswith(("。", "ます"))
        if heading and ("業務" in text or "事務" in text) and _registry_verb(text):
            action, department, registry_page = action_of(section_title(text)), None, True
            continue
        marked = _ACTION_MARK.match(text) if action is not None else None
        if marked:  # 「【新規】」「【廃止】」: the names below are of this action
            action, department = action_of(marked.group(1)) or action, None
            continue
        named = _ACTION_ONLY.match(section_title(text)) if registry_page and len(text) <= 20 else None
        if named:  # 「(1) 新規登録」「2 変更したもの」 under the page's registry heading
            action, department = action_of(named.group(0)), None
            continue
        if heading and section_title(text) != text:
            action = department = None  # another numbered section
            continue
        if action is None:
            continue
        if _FILE_SIZE.search(text):
            continue  # 「【資料1】 諮問書… (PDF形式:388KB)」: a handout of the meeting, not a registered business
        dept = _DEPT_LINE.match(text)
        if dept and dept.group(1) and _MATERIAL.match(dept.group(1)):
            action = department = None  # 「【資料1】 諮問書…」: the list of handouts, no department
            continue
        if dept and _LABEL_WORD.match(dept.group(1) or dept.group(2)):
            continue  # 「担当課:B課」: a card's label, not a department heading a list
        if dept:
            department = dept.group(1) or dept.group(2)
            rest = dept.group(3).strip()
            named = [name.strip() for name in re.split(r"[、,]", rest) if name.strip()]
            for name in named:
                out.append(Registration(department=department, business=name, action=action,
                                        line=line.no, quote=line.quote))
            alone = out[-1] if len(named) == 1 else None
            continue
        if bullet and _CARD_LABEL.match(bullet.group(1)):
            continue  # 「・事務の名称 A事務」: a card's labelled field, read with the card
        told = _NAMED_WITH_TAIL.match(bullet.group(1).strip()) if bullet else None
        details = change_details(told.group("tail"), action) if told else None
        owner = (told.group("dept") or told.group("before") or department) if told else None
        if told and details and (is_department(owner) and not (told.group("dept") and told.group("before"))
                                 or details.date or details.items_added or details.collection_methods):
            date = safe_date(details.date, line.no, problems) if details.date else None
            # 「「A事務」、「B事務」及び「C事務」(いずれも…登録)」: each quoted business of the bullet, with the same
            # details
            body, end = bullet.group(1).strip(), told.end("name")
            names = [*_QUOTED_JOIN.split(told.group("name")),
                     *joined_names(body, end + 1 if body[end:end + 1] == "」" else end)]
            for name in names:
                out.append(Registration(department=owner if is_department(owner) else None,
                                        business=name.strip("「」"), action=action,
                                        date=date, purpose=details.purpose,
                                        collection_methods=list(details.collection_methods),
                                        items_added=list(details.items_added), line=line.no, quote=line.quote))
            continue
        if bullet and not _NOT_A_NAME.search(bullet.group(1)):
            # 「・A事務（B課）」 names its department beside it; else the department line above does
            name, beside = split_business_department(bullet.group(1).strip())
            if (beside or department) and BUSINESS_END.search(name):
                out.append(Registration(department=beside or department, business=name, action=action,
                                        line=line.no, quote=line.quote))
                continue
            if department and not beside:
                out.append(Registration(department=department, business=bullet.group(1).strip(), action=action,
                                        line=line.no, quote=line.quote))
                continue
        if len(text) > 40 or text.endswith("。"):
            day = dated_action(text) if above and above.date is None else None
            if day:  # 「【B課】A事務」 over 「令和6年4月1日に登録しました。…」: the paragraph dates the one business
                above.date = safe_date(day, line.no, problems)
            action = department = None  # prose: the list is over
    return out


_PROSE_CHANGE = re.compile(r"^(?P<list>[^。]+?)の[0-9一二三四五六七八九十]+(?:事務|業務)について、(?P<rest>[^。]+)")
_OWNED = re.compile(r"^(?P<dept>[^、の]{1,20}?(?:課|室|係|センター|所))の(?P<biz>[^、]+?(?:事務|業務))$")
_ADDED = re.compile(r"(?:「(?P<quoted>[^」]+)」|(?P<plain>[^、。を]+?))を"
                    r"(?:記録項目|収集項目|個人情報の項目|項目)に追加")
_FROM = re.compile(r"(?P<date>(?:(?:令和|平成|[RH])\s*(?:元|\d{1,2})"
                   r"|(?:19|20)\d{2})\s*[年.]\s*\d{1,2}\s*[月.]\s*\d{1,2}\s*日?)"
                   r"\s*(?:から|より)")


def prose_registrations(lines: list[Line], used: set[int],
                        problems: list[Diagnostic] | None = None) -> list[Registration]:
    """Changes to several businesses stated in one sentence, one modify registration per business.

    >>> from ..layout.lines import split_lines
    >>> doc = split_lines("市民課の住基事務及び税務課の課税事務の2事務について、「電話番号」を記録項目に追加し、"
    ...                   "令和6.4.1から取り扱う。")
    >>> [(r.department, r.business, r.date, r.items_added) for r in prose_registrations(doc, set())]
    [('市民課', '住基事務', '2024-04-01', ['電話番号']), ('税務課', '課税事務', '2024-04-01', ['電話番号'])]
    """
    out: list[Registration] = []
    for line in lines:
        if line.no in used or line.cells or "追加" not in line.text:
            continue
        change = _PROSE_CHANGE.match(line.text)
        added = _ADDED.search(change.group("rest")) if change else None
        if not change or not added:
            continue
        owned = [_OWNED.match(part.strip()) for part in re.split(r"、|及び|並びに", change.group("list"))]
        if len(owned) < 2 or not all(owned):
            continue
        since = _FROM.search(change.group("rest"))
        date = safe_date(since.group("date"), line.no, problems if problems is not None else []) if since else None
        item = added.group("quoted") or added.group("plain")
        for match in owned:
            out.append(Registration(department=match.group("dept"), business=match.group("biz"), action="modify",
                                    date=date, items_added=[item.strip()], line=line.no, quote=line.quote))
    return out


# 「企画課の地域おこし事務を新たに登録したこと」「環境課の犬の登録事務について記録項目に…を追加する変更」:
# a report of the registry's changes told in a sentence, each business with its department before it
_TOLD = re.compile(
    r"(?P<dept>[^\s、。のをにはが「」()（）]{1,15}?(?:課|室|センター))の(?P<biz>[^\s、。「」]{2,30}?(?:事務|業務))"
    r"(?:(?P<new>を(?:新たに|新規に?)?登録し|の登録を(?:新たに)?行)|(?P<gone>(?:の登録)?を廃止)"
    r"|(?:について|の)[\s、,]*(?P<change>(?:記録項目|収集項目|個人情報の項目|収集(?:の)?方法)(?:に|から)[^、。]{1,40}?を"
    r"(?:追加|加え|削除|除)|(?:利用目的|収集目的|目的|対象者の範囲|対象者|収集(?:の)?方法|記録項目)を変更))"
)
_SPEAKER = re.compile(r"^.*(?:から|より|では|は)")
_CHANGE_WORDS = ("登録", "追加", "加え", "削除", "除", "変更")
_CHANGE_CUE = re.compile("|".join(_CHANGE_WORDS))  # one search a line: faster than a test per word
_DAY_REACH = 24
_WRITTEN_DAY = re.compile(r"(?:(?:令和|平成|[RH])\s*(?:元|\d{1,2})"
                          r"|(?:19|20)\d{2})\s*[年.]\s*\d{1,2}\s*[月.]\s*\d{1,2}\s*日?")


def told_registrations(lines: list[Line], used: set[int]) -> list[Registration]:
    """Registry changes a report tells in running prose, one registration per business named with its change.

    >>> from ..layout.lines import split_lines
    >>> doc = split_lines("事務局から 市民課の窓口予約事務を新たに登録したこと 税務課の軽自動車税事務について "
    ...                   "記録項目に車台番号を追加する変更を行ったことの報告があった")
    >>> [(r.department, r.business, r.action, r.items_added) for r in told_registrations(doc, set())]
    [('市民課', '窓口予約事務', 'new', []), ('税務課', '軽自動車税事務', 'modify', ['車台番号'])]
    """
    out: list[Registration] = []
    for line in lines:
        if line.no in used or line.cells or not _CHANGE_CUE.search(line.text):
            continue
        for told in _TOLD.finditer(line.text):
            # 「令和7年3月31日付けで、A課のB事務を廃止した」「(令和6年10月1日変更) - A課のB事務について…」: a date
            # just before the business, in the same sentence, is the day of the change
            before = line.text[max(0, told.start() - _DAY_REACH):told.start()].rsplit("。", 1)[-1]
            days = _WRITTEN_DAY.findall(before)
            day = safe_date(days[-1], line.no, []) if days else None
            department = _SPEAKER.sub("", told.group("dept"))
            if not is_department(department):
                continue
            action = "new" if told.group("new") else "abolish" if told.group("gone") else "modify"
            details = change_details(told.group("change") or "", action)
            out.append(Registration(department=department, business=told.group("biz"), action=action, date=day,
                                    collection_methods=details.collection_methods, items_added=details.items_added,
                                    line=line.no, quote=line.quote))
    return out


def _mended(tables: list[Table]) -> list[Table]:
    """The tables, a registry table without rows given back the rows the layout took for a table of their own:
    a data row whose cell holds a header word (「記録項目に…を追加」) looks like a header, but it sits right under
    the real one, as wide, and names a business in the business column."""
    out: list[Table] = []
    skip: set[int] = set()
    for position, table in enumerate(tables):
        if position in skip:
            continue
        following = tables[position + 1] if position + 1 < len(tables) else None
        if (not table.rows and following is not None and "business" in table.roles
                and following.header.no - table.header.no <= 2
                and len(following.header.cells) == len(table.header.cells)):
            column = table.roles.index("business")
            if is_business(following.header.cells[column]):
                rows = [Row(following.header, list(following.header.cells), table.roles, [following.header.no]),
                        *(Row(row.line, row.cells, table.roles, row.lines) for row in following.rows)]
                out.append(Table(table.header, table.roles, rows, following.end))
                skip.add(position + 1)
                continue
        out.append(table)
    return out


def read(page: Page, readings: Readings) -> Reading:
    """Registry tables, and the flows their 修正の理由 states."""
    reading = Reading()
    for table in _mended(page.tables):
        if is_flow_table(table) or not is_registry_table(table, page.lines):
            continue
        found, problems = table_registrations(table, page.lines)
        reading.registrations.extend(found)
        reading.diagnostics.extend(problems)
        for row, registration in zip(table.rows, found, strict=False):
            if registration.action == "modify":
                reading.flows.extend(modification_flows(
                    row.get("department"), row.get("business"), row.get("mod_reason") or "",
                    row.get("mod_content") or "", row.line.no, row.line.quote, date=registration.date,
                    known_departments=page.known_departments))
    return reading


def read_lists(page: Page, readings: Readings) -> Reading:
    """【課】 headings with bullet lists of business names."""
    reading = Reading()
    reading.registrations = list_registrations(page.lines, readings.claimed("records"), reading.diagnostics)
    return reading


def read_prose(page: Page, readings: Readings) -> Reading:
    """Registrations told in a sentence (「…の2事務について…追加」)."""
    reading = Reading()
    used = readings.claimed("records")
    reading.registrations = prose_registrations(page.lines, used, reading.diagnostics)
    listed = {registration.line for registration in reading.registrations}  # a line is read one way only
    reading.registrations += [found for found in told_registrations(page.lines, used) if found.line not in listed]
    return reading


READER = Reader("registry_table", read)
LIST_READER = Reader("registry_list", read_lists)
PROSE_READER = Reader("registry_prose", read_prose)
