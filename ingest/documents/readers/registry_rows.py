"""Registry tables whose cells are parted by spaces or drawn with box characters, not by tabs.

The genre: a page lists the businesses registered, changed or abolished as a table the conversion left as
runs of spaces (「区分 担当課 事務の名称 登録日」 over 「新規 子育て支援課 病児保育事務 令和6年4月1日」) or as a
box-drawn grid (「│新規│子育て支援課│病児保育事務│令和6年4月1日│」, rules 「├──┼──┤」 between rows). The header
names the columns by their role (the action, the department, the business, the date); each row of as many
cells is one registration. Without an action column, the heading above the table names the action. A table
flattened one cell a line, each cell closed by a bar and the header by a rule (「区分 |」 … 「---|---|」), is read
the same way, row by row. A row
with no header above is read when each of its cells is plainly one thing — a department, a business, its
action word, a date, a row number — in any order (「健康課 がん検診事務 新規 令和6年4月1日」).

>>> from ..layout.page import page_of
>>> page = page_of("区分 担当課 事務の名称 登録日\\n廃止 環境課 古紙回収事務 令和6年9月30日")
>>> [(r.action, r.department, r.business, r.date) for r in read(page, Readings()).registrations]
[('abolish', '環境課', '古紙回収事務', '2024-09-30')]
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...normalize import nfkc
from ...records import Diagnostic, Registration
from ..layout.lines import Line, section_title
from ..layout.page import Page
from ..layout.sections import Sections
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date
from ..text.names import is_business, is_department
from ..text.piped_cells import piped_tables
from ..text.registry_words import action_of, change_details

__all__ = ["READER", "row_registrations", "stacked_registrations"]

_ROLES = (
    ("action", re.compile(r"^(?:区分|種別|届出区分|登録区分|内容区分|異動区分)$")),
    ("department", re.compile(r"^(?:担当課|所管課|所属|課名|担当部署|所管部署|担当|所管|部課名?)(?:名)?$")),
    ("business", re.compile(r"^(?:(?:個人情報取扱)?(?:事務|業務)(?:の)?(?:名称|名)|名称)$")),
    ("date", re.compile(r"^(?:(?:届出|登録|変更|廃止|抹消)(?:年月)?日|年月日)$")),
    ("detail", re.compile(r"^(?:変更(?:の)?内容|内容|備考|変更事項)$")),
)
_LONGEST_ROLE_WORD = 11  # 「個人情報取扱業務の名称」: no line longer can be a role word
_BOX_BAR = re.compile(r"[│┃]")
_FLOW_COLUMN = re.compile(r"収集先|提供先|利用課|利用する|提供する|根拠")
_BOX_RULE = re.compile(r"^[\s─━┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋┠┨┯┷┿╂│┃\-+=]+$")


def _cells(line: Line) -> list[str]:
    """A row's cells: parted at box bars (spaces inside a cell dropped), else at runs of spaces."""
    text = nfkc(line.raw).strip()
    if _BOX_BAR.search(text):
        return [cell for cell in ("".join(part.split()) for part in _BOX_BAR.split(text)) if cell]
    return text.split()


def _roles(cells: list[str]) -> list[str | None] | None:
    if any(_FLOW_COLUMN.search(cell) for cell in cells):
        return None  # 「収集先」「提供先」: a table of flows, not of the registry
    roles = [next((role for role, pattern in _ROLES if pattern.match(cell)), None) for cell in cells]
    return roles if "business" in roles and ("department" in roles or "action" in roles or "date" in roles) else None


_TITLE = re.compile(r"状況|一覧|について|簿|公表")  # 「…の登録状況」 titles the page, it names no action
_ACTION_CELL = re.compile(r"^(?:新規|変更|廃止|抹消|新規登録|変更登録|登録抹消|登録廃止|追加)(?:届出)?$")
_DATE_CELL = re.compile(r"^(?:(?:令和|平成|R|H)(?:元|\d{1,2})|(?:19|20)\d{2})[年./]\d{1,2}[月./]\d{1,2}日?$")
_NUMBER_CELL = re.compile(r"^(?:[(（]?\d{1,3}[)）.]?|[①-⑳]|[・•◇◆○●■□-])$")


def _plain_row(cells: list[str], heading: Callable[[], str | None]) -> tuple[str | None, str, str, str | None] | None:
    """(department, business, action, date) of a row whose every cell is plainly one of them, else ``None``."""
    department = business = action = date = None
    for cell in cells:
        if _NUMBER_CELL.match(cell):
            continue
        if _ACTION_CELL.match(cell) and action is None:
            action = action_of(cell)
        elif _DATE_CELL.match(cell) and date is None:
            date = cell
        elif is_business(cell) and business is None and not is_department(cell):
            business = cell
        elif is_department(cell) and department is None:
            department = cell
        else:
            return None
    if business is None or not (department or date):
        return None
    action = action or heading()
    return (department, business, action, date) if action else None


def _action_above(sections: Sections, lines: list[Line], position: int) -> str | None:
    """The action the table (or row) at ``position`` is listed under: a caption alone just above it (past blank
    lines) that names one (「廃止した事務」), else the nearest section heading above that states one
    (「2 廃止した事務」, past a sub-heading 「(1) 市長部局」)."""
    caption = next((line for line in reversed(lines[max(0, position - 3):position]) if line.text), None)
    if caption is not None and not caption.cells and len(caption.text) <= 30 and len(caption.text.split()) <= 2:
        action = None if _TITLE.search(caption.text) else action_of(section_title(caption.text))
        if action:
            return action
    section = sections.above(position, stating="action")
    return section.action if section is not None else None


def piped_registrations(lines: list[Line], sections: Sections, used: set[int],
                        problems: list[Diagnostic]) -> list[Registration]:
    """Registrations of a registry table flattened one cell a line, each cell closed by a bar (「事務の名称 |」)."""
    out: list[Registration] = []
    for table in piped_tables(lines):
        roles = _roles([cell.text for cell in table.header])
        if roles is None or any(cell.no in used for row in table.rows for cell in row):
            continue
        heading: str | None = None
        looked = False
        for row in table.rows:
            by_role = {role: cell for role, cell in zip(roles, row, strict=True) if role}
            business = by_role["business"].text
            action = action_of(by_role["action"].text) if "action" in by_role else None
            if action is None and not looked:
                heading, looked = _action_above(sections, lines, table.header[0].no - 1), True
            action = action or heading
            if not is_business(business) or action is None:
                continue
            record = Registration(department=by_role["department"].text if "department" in by_role else None,
                                  business=business, action=action, line=row[0].no, quote=row[0].quote)
            if "date" in by_role:
                record.date = safe_date(by_role["date"].text, by_role["date"].no, problems)
            out.append(record)
    return out


# 「令和6年10月」 and shorter, 「2024年10月」
_DAY_MISSING = re.compile(r"^(?:(?:令和|平成|R|H)(?:元|\d{1,2})|(?:19|20)\d{2})(?:年(?:\d{1,2}月?)?)?$")
# 「X事務(記録項目に「Y」を追加)」: the change told in a bracket after the business
_BRACKETED_DETAIL = re.compile(r"^(?P<business>[^()（）]+?(?:事務|業務))[(（]"
                               r"(?P<detail>[^()（）]*(?:追加|加え|変更|削除)[^()（）]*)[)）]$")


def _cut_short(values: list[str], roles: list[str | None]) -> bool:
    """Whether a row ends before its last cell: fewer cells than the header, or a date without its day."""
    if len(values) < len(roles):
        return True
    return len(values) == len(roles) and roles[-1] == "date" and bool(_DAY_MISSING.match(values[-1]))


def _joined_row(lines: list[Line], index: int, values: list[str], roles: list[str | None],
                used: set[int]) -> tuple[list[str] | None, int]:
    """A row a transcript broke across lines (「…令和6年10月」 / 「1日」, 「…(記録項目に「ア」 / 「イ」を追加) B課 …」)
    joined with the line after it, inside a cell or else between two, whichever gives the header's cells; with
    the index after the row."""
    below = lines[index]
    text = nfkc(below.raw).strip()
    if below.cells or below.no in used or not text or _BOX_RULE.match(text):
        return None, index
    rest = text.split()
    if len(rest) == len(roles):
        return None, index  # the line below is a row of its own
    inside = [*values[:-1], values[-1] + rest[0], *rest[1:]]
    if len(inside) == len(roles):
        return inside, index + 1
    between = [*values, *rest]  # the break fell between two cells
    return (between, index + 1) if len(between) == len(roles) else (None, index)


def _table(lines: list[Line], sections: Sections, index: int, cells: list[str], roles: list[str | None],
           used: set[int], problems: list[Diagnostic]) -> tuple[list[Registration], int]:
    """The registrations of the rows under the header at ``lines[index]``, and the index after the table."""
    out: list[Registration] = []
    header = index
    heading: str | None = None
    looked = False
    index += 1
    while index < len(lines):
        row = lines[index]
        text = nfkc(row.raw).strip()
        if row.cells or row.no in used or not text:
            break
        index += 1
        if _BOX_RULE.match(text):
            continue  # 「├──┼──┤」: a rule between rows
        values = _cells(row)
        if index < len(lines) and _cut_short(values, roles):
            joined, index = _joined_row(lines, index, values, roles, used)
            values = joined or values
        if len(values) != len(cells):
            break
        by_role = {role: value for role, value in zip(roles, values, strict=True) if role}
        business = by_role.get("business", "")
        bracket = _BRACKETED_DETAIL.match(business)
        if bracket and "detail" not in by_role:
            business, by_role["detail"] = bracket.group("business"), bracket.group("detail")
        action = action_of(by_role.get("action"))
        if action is None and not looked:
            heading, looked = _action_above(sections, lines, header), True
        action = action or heading
        if not is_business(business) or action is None:
            continue
        record = Registration(department=by_role.get("department"), business=business, action=action,
                              line=row.no, quote=row.quote or text)
        if by_role.get("date"):
            record.date = safe_date(by_role["date"], row.no, problems)
        if by_role.get("detail"):
            details = change_details(by_role["detail"], action)
            record.items_added = details.items_added
            record.collection_methods = details.collection_methods if action != "new" else []
        out.append(record)
    return out, index


def row_registrations(lines: list[Line], sections: Sections, used: set[int], headers: list[int],
                      rows: list[int]) -> tuple[list[Registration], list[Diagnostic], set[int]]:
    """Registrations of space- or box-parted registry tables (headers at the positions ``headers``, a box table's
    rows on the continuation lines after them) and of plain rows (at ``rows``); the diagnostics and lines read."""
    registrations: list[Registration] = []
    problems: list[Diagnostic] = []
    consumed: set[int] = set()
    done = -1  # the index after the last table read
    for start in headers:
        for index in range(start, min(start + 12, len(lines))):
            line = lines[index]
            if index <= done or (index > start and line.text):
                break  # only the line and the continuation lines the page width joined onto it
            if line.cells or line.no in used or not line.raw.strip():
                continue
            cells = _cells(line)
            roles = _roles(cells) if 3 <= len(cells) <= 8 else None
            if roles is None:
                continue
            found, done = _table(lines, sections, index, cells, roles, used, problems)
            if found:
                registrations.extend(found)
                consumed.add(line.no)
                consumed.update(record.line for record in found if record.line)
            break
    for index in rows:
        line = lines[index]
        if line.cells or line.no in used or line.no in consumed or len(line.text) > 100 or "。" in line.text:
            continue
        cells = line.text.split()
        plain = _plain_row(cells, lambda at=index: _action_above(sections, lines, at)) if 3 <= len(cells) <= 6 else None
        if plain:
            department, business, action, date = plain
            record = Registration(department=department, business=business, action=action, line=line.no,
                                  quote=line.quote)
            if date:
                record.date = safe_date(date, line.no, problems)
            registrations.append(record)
            consumed.add(line.no)
    registrations.sort(key=lambda record: record.line or 0)
    return registrations, problems, consumed


def _fits(role: str | None, cell: str) -> bool:
    """Whether a cell read one a line can stand in the column of this role."""
    if role == "department":
        return is_department(cell)
    if role == "business":
        return is_business(cell) and not is_department(cell)
    if role == "action":
        return bool(_ACTION_CELL.match(cell))
    if role == "date":
        return bool(_DATE_CELL.match(cell))
    return True


def stacked_registrations(lines: list[Line], sections: Sections, used: set[int],
                          problems: list[Diagnostic]) -> list[Registration]:
    """Registrations of a registry table flattened one cell a line with no bars: the header's role words one a
    line (「所属名」 / 「事務の名称」), then the rows' cells in the same order, one a line, for as long as each
    cell fits its column. Without an action column the caption above the header names the action.

    >>> from ..layout.page import page_of
    >>> page = page_of("廃止した主な事務\\n担当課\\n事務の名称\\n道路維持課\\n街路灯管理事務"
    ...                "\\n公園課\\n遊具点検事務\\n3 次の見出し")
    >>> [(r.action, r.department, r.business, r.line) for r in stacked_registrations(
    ...     page.lines, page.sections, set(), [])]
    [('abolish', '道路維持課', '街路灯管理事務', 5), ('abolish', '公園課', '遊具点検事務', 7)]
    """
    out: list[Registration] = []
    index = 0
    while index < len(lines):
        roles: list[str] = []
        while index + len(roles) < len(lines):
            line = lines[index + len(roles)]
            text = line.text.strip()
            role = (next((role for role, pattern in _ROLES if pattern.match(text)), None)
                    if " " not in text and len(text) <= _LONGEST_ROLE_WORD else None)
            if line.cells or role is None or role in roles:
                break
            roles.append(role)
        if len(roles) < 2 or "business" not in roles or not {"department", "action", "date"} & set(roles):
            index += max(len(roles), 1)
            continue
        header, at, found = index, index + len(roles), []
        while at + len(roles) <= len(lines):
            row = lines[at:at + len(roles)]
            if any(line.cells or line.no in used or " " in line.text.strip() or not _fits(role, line.text.strip())
                   for role, line in zip(roles, row, strict=True)):
                break
            found.append({role: line for role, line in zip(roles, row, strict=True)})
            at += len(roles)
        index = at
        if not found:
            continue
        above = _action_above(sections, lines, header)
        for by_role in found:
            action = action_of(by_role["action"].text.strip()) if "action" in by_role else above
            if action is None:
                continue
            business = by_role["business"]
            record = Registration(department=by_role["department"].text.strip() if "department" in by_role else None,
                                  business=business.text.strip(), action=action, line=business.no,
                                  quote=business.quote)
            if "date" in by_role:
                record.date = safe_date(by_role["date"].text.strip(), by_role["date"].no, problems)
            out.append(record)
    return out


def read(page: Page, readings: Readings) -> Reading:
    # a header names the business column; a plain row names its action in a cell of its own
    headers = [line.no - 1 for line in page.lines_with("名称", "事務名", "業務名")]
    rows = [line.no - 1 for line in page.lines_with("新規", "変更", "廃止", "抹消", "追加") if " " in line.text]
    if not headers and not rows:
        return Reading()
    used = readings.claimed("records") | {record.line for record in readings.registrations}
    registrations, problems, lines = row_registrations(page.lines, page.sections, used, headers, rows)
    if page.has("---|"):
        piped = piped_registrations(page.lines, page.sections, used | lines, problems)
        registrations = sorted([*registrations, *piped], key=lambda record: record.line or 0)
        lines |= {record.line for record in piped if record.line}
    if headers:  # the header's role words one a line, the rows' cells one a line under them
        stacked = stacked_registrations(page.lines, page.sections, used | lines, problems)
        registrations = sorted([*registrations, *stacked], key=lambda record: record.line or 0)
        lines |= {record.line for record in stacked if record.line}
    return Reading(registrations=registrations, diagnostics=problems, claimed=lines)


READER = Reader("registry_rows", read)
