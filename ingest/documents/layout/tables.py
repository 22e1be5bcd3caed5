"""Tables found by their header vocabulary, with rows joined across line and page breaks.

A header cell is mapped to a column *role* (``source_business``, ``recipient``, ``basis`` …)
by the words it contains, never by its position, so other column orders and wordings of the
same genre read the same. Body rows run until prose starts; a repeated header (a page
break) is skipped, a row broken over several lines is joined back, and row numbers are kept.

>>> from .lines import split_lines
>>> text = "No.\\t担当課\\t業務の名称\\t根拠\\n1\\t市民課\\t住民業務\\t本人同\\n\\t\\t\\t意"
>>> table = find_tables(split_lines(text))[0]
>>> table.roles
['row_no', 'department', 'business', 'basis']
>>> table.rows[0].get("basis"), table.rows[0].number
('本人同意', '1')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lines import Line, is_row_number

__all__ = ["Row", "Table", "fill_dittos", "find_tables", "header_role", "header_roles", "is_flow_table"]

_DATE = re.compile(r"\d+年\d+月")
_RULE_LINE = re.compile(r"^[|:\-\s+\u2500-\u257f]+$")  # a Markdown rule, or a box-drawn one (├──┼──┤)
_COUNT = re.compile(r"^\d[\d,]*$")
_ROW_NO_WORDS = {"no", "no.", "番号", "回数", "項番", "整理番号", "通番", "#", "回"}
_BUSINESS = ("業務", "事務", "事業", "システム", "名称")
_RECIPIENT = (
    "受ける", "提供先", "利用先", "利用する", "受領", "受け入れ", "接続先", "結合先", "連携先", "送信先", "委託先",
    "提供を受", "相手方", "相手先", "利用課", "利用部署", "利用所属", "受領課", "利用事務", "利用業務", "利用事業",
)
_SOURCE = ("利用させる", "提供する", "提供元", "保有", "利用した業務", "利用元", "利用される", "提供される")
_KIND_COLUMN = ("の別", "種別")
_MOVED_DATA = re.compile(r"(?:する|した|される|された)情報$|^(?:提供|収集|結合|利用)情報$")  # 「提供する情報」
_DEPARTMENT = ("課", "部署", "担当", "所管", "部局")


# what a data cell says, never a column's label: a ground (「相当の理由」 is not a 理由 column) or a kind
_CELL_VALUES = frozenset({"相当の理由", "相当な理由", "本人同意", "本人の同意", "法令", "法令に基づく",
                          "目的外利用", "外部提供"})


@lru_cache(maxsize=4096)
def header_role(cell: str) -> str | None:
    """The column role a header cell names, or ``None``.

    >>> header_role("目的外利用する・外部提供を受ける課名又は外部提供先")
    'recipient'
    >>> header_role("利用させる・提供する業務の名称")
    'source_business'
    >>> header_role("利用先業務名")
    'recipient_business'
    >>> header_role("利用・提供の別"), header_role("結合先"), header_role("提供した個人情報")
    ('kind', 'recipient', 'items')
    >>> header_role("利用する事務"), header_role("利用される事務（所管課）"), header_role("提供する情報")
    ('recipient_business', 'source_business', 'items')
    """
    text = cell.replace(" ", "").replace("　", "")
    if not text or text in _CELL_VALUES:
        return None
    if text.lower() in _ROW_NO_WORDS:
        return "row_no"
    if text in ("実施機関", "機関", "実施機関名"):
        return "organ"
    if "項目" in text:
        return "items"
    if "年月日" in text or "日付" in text or text.endswith(("日", "期間")) or "開催日" in text or "時期" in text:
        if "開催" in text:
            return "meeting_date"
        if "廃止" in text or "修正" in text or "変更" in text:
            return "change_date"
        return "start_date"
    if "根拠" in text:
        return "basis"
    if "理由" in text:
        return "mod_reason" if ("修正" in text or "変更" in text or "廃止" in text) else "reason"
    if "会議内容" in text or "諮問事項" in text or "案件" in text or "審議事項" in text:
        return "council_content"
    if "内容" in text and ("修正" in text or "変更" in text):
        return "mod_content"
    if "内容" in text and ("利用" in text or "提供" in text or "結合" in text):
        return "flow"  # 利用の内容: a cell stating the hand-over itself (「A課（B事務）→ C課（D事務）」)
    if text in ("結論", "答申", "結果", "審議結果", "答申内容"):
        return "decision"
    if "区分" in text or text.endswith(_KIND_COLUMN):
        return "action" if "登録" in text else "kind"
    if "目的" in text and "目的外" not in text:
        return "purpose"
    if "対象者" in text:
        return "subjects"
    if "収集" in text and "方法" in text:
        return "collection"
    if ("個人情報" in text or _MOVED_DATA.search(text)) and not any(word in text for word in _BUSINESS):
        return "items"  # 提供した個人情報 / 利用する個人情報: what moved
    if any(word in text for word in _RECIPIENT):
        return "recipient_business" if any(word in text for word in _BUSINESS[:4]) and "課" not in text else "recipient"
    if any(word in text for word in _SOURCE):
        return "source_business" if any(word in text for word in _BUSINESS) else "source_department"
    if any(word in text for word in _BUSINESS):
        return "business"
    if any(word in text for word in _DEPARTMENT):
        return "department"
    return None


def header_roles(cells: list[str]) -> list[str | None] | None:
    """Roles of a header row, or ``None`` when the row is not a header of a known table.

    A header names at least two distinct roles besides a row number, and has no cell that
    reads like data (a date or a long sentence).
    """
    if len(cells) < 2 or is_row_number(cells[0]):
        return None
    roles = _header_roles(tuple(cells))
    return list(roles) if roles is not None else None


@lru_cache(maxsize=1024)  # a list repeats its header on every page, and every page end looks at it again
def _header_roles(cells: tuple[str, ...]) -> tuple[str | None, ...] | None:
    if any(len(cell) > 40 or "、" in cell or "。" in cell or _COUNT.match(cell) or _DATE.search(cell)
           for cell in cells):
        return None  # a cell reads like data: a sentence, a count, a date
    roles = [header_role(cell) for cell in cells]
    distinct = {role for role in roles if role and role != "row_no"}
    named = [role for cell, role in zip(cells, roles, strict=True) if cell]
    if len(distinct) < 2 or sum(1 for role in named if role) < 0.75 * len(named):
        return None  # a data row that happens to contain a 課 and a 業務
    if not roles[0] and not cells[0]:
        roles[0] = "row_no"  # an unnamed first column holds the row numbers
    return tuple(roles)


_SOURCE_ROLES = ("department", "source_department", "business", "source_business")
_RECIPIENT_ROLES = ("recipient", "recipient_business")
_DEPARTMENT_CELL = re.compile(r"(?:課|室|係|センター|支所|事務所)(?:\s|$|[(（「])")
_BUSINESS_CELL = re.compile(r"(?:業務|事務|事業|システム)(?:\s*[(（][^)）]*[)）])?$")


def roles_by_content(cells: list[str], below: list[Line]) -> list[str | None] | None:
    """Roles of a flow list's header whose labels are unfamiliar, worked out from the cells under them.

    A column of department names (…課, …室) or of business names (…事務, …業務) is a party: the first such
    column without a named counterpart is the source, the next the recipient (tables read left to right); a
    column of dates is the start. The header must still name at least one role itself, and the result must
    have both a source and a recipient: otherwise it is no flow list and ``None`` is returned. Columns left
    unknown keep ``None`` (the flow-list reader reports them).

    >>> from .lines import split_lines
    >>> roles_by_content(["番号", "情報の持ち主", "つなぐ相手", "項目"],
    ...                  split_lines("1\\t税務課\\t福祉課\\t所得\\n2\\t市民課 住民記録事務\\t保育課\\t住所"))
    ['row_no', 'department', 'recipient', 'items']
    """
    if len(cells) < 3 or is_row_number(cells[0]):
        return None
    if any(len(cell) > 40 or "、" in cell or "。" in cell or _COUNT.match(cell) or _DATE.search(cell)
           for cell in cells):
        return None
    roles = [header_role(cell) for cell in cells]
    if not any(role and role != "row_no" for role in roles):
        return None
    body = [line.cells for line in below if line.cells]
    if not body:
        return None
    if not cells[0] and not roles[0]:
        roles[0] = "row_no"
    for column, role in enumerate(roles):
        if role or not cells[column]:
            continue
        values = [row[column].strip() for row in body if column < len(row) and row[column].strip()]
        if len(values) < 1:
            continue
        if all(_DATE.search(value) for value in values):
            roles[column] = "start_date"
        elif sum(bool(_DEPARTMENT_CELL.search(value)) for value in values) * 2 > len(values):
            roles[column] = "department" if not any(r in roles for r in _SOURCE_ROLES[:2]) else "recipient"
        elif sum(bool(_BUSINESS_CELL.search(value)) for value in values) * 2 > len(values):
            source_named = any(r in roles for r in ("business", "source_business"))
            roles[column] = "source_business" if not source_named else "recipient_business"
    if not any(role in roles for role in _SOURCE_ROLES) or not any(role in roles for role in _RECIPIENT_ROLES):
        return None
    return roles


@lru_cache(maxsize=1024)
def _role_index(roles: tuple[str | None, ...]) -> dict[str, int]:
    """Column of the first cell of each role (tables have few distinct headers: cached)."""
    index: dict[str, int] = {}
    for column, role in enumerate(roles):
        if role is not None:
            index.setdefault(role, column)
    return index


@dataclass
class Row:
    """One logical table row: its cells (joined across broken lines) and its first line."""

    line: Line
    cells: list[str]
    roles: list[str | None]
    lines: list[int] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    def get(self, role: str) -> str | None:
        """The cell of the first column with ``role``, or ``None`` when empty or absent."""
        if not self.index:
            self.index = _role_index(tuple(self.roles))
        index = self.index.get(role)
        if index is None or index >= len(self.cells):
            return None
        return self.cells[index].strip() or None

    @property
    def number(self) -> str | None:
        return self.get("row_no")


@dataclass
class Table:
    """A header and its body rows."""

    header: Line
    roles: list[str | None]
    rows: list[Row] = field(default_factory=list)
    end: int = 0  # index (0-based, exclusive) of the first line after the table

    def has(self, *roles: str) -> bool:
        return all(role in self.roles for role in roles)


def _is_new_row(cells: list[str], roles: list[str | None]) -> bool:
    if "row_no" in roles:
        index = roles.index("row_no")
        return index < len(cells) and is_row_number(cells[index])
    filled = sum(1 for cell in cells if cell)
    return filled >= max(2, (len(roles) + 1) // 2)


def _append(row: Row, cells: list[str], line: Line) -> None:
    """Join a continuation line to ``row``: positionally, or mid-cell when the row was cut short."""
    row.lines.append(line.no)
    if len(row.cells) < len(row.roles) and cells and cells[0]:
        row.cells[-1] += cells[0]
        row.cells.extend(cells[1:])
        return
    first = next((index for index, cell in enumerate(cells) if cell), None)
    if (len(row.cells) < len(row.roles) and first is not None and 0 < first < len(row.cells) - 1
            and all(row.cells[index] for index in range(first, len(row.cells)))):
        # The row was cut short and the wrapped text is indented by a tab or so, not aligned under its column:
        # it continues the last cell; what follows it (a date) fills the cells after.
        row.cells[-1] += cells[first]
        row.cells.extend(cell for cell in cells[first + 1:] if cell)
        return
    for index, cell in enumerate(cells):
        if not cell:
            continue
        while len(row.cells) <= index:
            row.cells.append("")
        row.cells[index] += cell


def _next_number(row: Row | None) -> str | None:
    number = row.number if row else None
    digits = re.sub(r"\D", "", number or "")
    return str(int(digits) + 1) if digits else None


def _page_break_ahead(lines: list[Line], start: int, roles: list[str | None], last: Row | None) -> int | None:
    """Where the table resumes after a page break (page number, running head), or ``None``.

    After a repeated header: the line below it. Without one: the next row, when it has the
    header's width and carries the next row number.
    """
    seen = 0
    for index in range(start, min(start + 8, len(lines))):
        line = lines[index]
        if line.blank:
            continue
        if line.cells:
            if header_roles(line.cells) == roles:
                return index + 1
            following = _next_number(last)
            if following and len(line.cells) == len(roles) and "row_no" in roles:
                number = line.cells[roles.index("row_no")]
                return index if re.sub(r"\D", "", number) == following else None
            return None
        seen += 1
        if seen > 3 or len(line.text) > 30:
            return None
    return None


def _split_header(lines: list[Line], index: int, alone: list[str | None] | None) -> list[str | None] | None:
    """Roles of a header broken over two physical lines (「利用させる」 above 「業務」), read column-wise.

    The lower line leaves the number column empty, is narrower than the upper one and holds only
    short words; the combined header must name more distinct roles than the upper line alone.
    """
    if index + 1 >= len(lines) or not lines[index + 1].cells:
        return None
    upper, lower = lines[index].cells, lines[index + 1].cells
    if (lower[0] or sum(1 for cell in lower if cell) >= sum(1 for cell in upper if cell)
            or any(len(cell) > 8 or any(ch.isdigit() for ch in cell) for cell in lower)):
        return None
    combined = header_roles([cell + (lower[i] if i < len(lower) else "") for i, cell in enumerate(upper)])
    if combined is None or (alone is not None and len(set(combined)) <= len(set(alone))):
        return None
    return combined


def _same_text(cells: list[str], header: list[str]) -> bool:
    return [cell.replace(" ", "") for cell in cells if cell] == [cell.replace(" ", "") for cell in header if cell]


def is_flow_table(table: Table) -> bool:
    """A flow list names a recipient and a source (department or business)."""
    if "flow" in table.roles:
        return True  # a 利用の内容 column states both ends in one cell
    has_recipient = "recipient" in table.roles or "recipient_business" in table.roles
    has_source = any(role in table.roles for role in ("source_business", "business", "department", "source_department"))
    return has_recipient and has_source


def _take_row(table: Table, cells: list[str], line: Line) -> None:
    """A new row, or the continuation of the last one."""
    # A row whose every cell reads like its column (「老人クラブ助成事務」 under 「事務の名称」) is data.
    if _is_new_row(cells, table.roles):
        table.rows.append(Row(line, cells, table.roles, [line.no]))
    elif table.rows:
        _append(table.rows[-1], cells, line)


_BOX_BORDER = re.compile(r"[│┃║]|^\s*\|")  # box characters, or an ASCII grid 「| a | b |」 under 「+---+---+」
_BOX_RULE_ONLY = re.compile("^[\\s\u2500-\u257f+=|:-]*[\u2500-\u257f+=-][\\s\u2500-\u257f+=|:-]*$")


def _header_goes_on(lines: list[Line], index: int) -> bool:
    """Whether the line at ``index`` is a box-drawn header's lower line: short words only, a rule under it."""
    if index + 1 >= len(lines) or not lines[index].cells:
        return False
    cells = lines[index].cells
    return (all(len(cell) <= 8 and not any(ch.isdigit() for ch in cell) for cell in cells)
            and bool(_BOX_RULE_ONLY.match(lines[index + 1].text)) and bool(lines[index + 1].text))


def _rows_between_rules(lines: list[Line], start: int) -> bool:
    """Whether a box-drawn table parts its body rows by rule lines (├──┼──┤ between two rows), so that a line with
    no rule above it continues the row above (「│   │事務  │」) whatever its cells say."""
    kinds = []
    for line in lines[start:start + 400]:
        if line.cells:
            kinds.append("row")
        elif line.text and _BOX_RULE_ONLY.match(line.text):
            kinds.append("rule")
        else:
            break
    while kinds and kinds[-1] == "rule":
        kinds.pop()
    return "rule" in kinds[kinds.index("row"):] if "row" in kinds else False


def find_tables(lines: list[Line]) -> list[Table]:
    """Every table whose header names known roles, with its rows."""
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        roles = header_roles(line.cells) if line.cells else None
        if roles is None and line.cells and (index == 0 or not lines[index - 1].cells):  # a header starts a table
            roles = roles_by_content(line.cells, lines[index + 1:index + 8])
        split = _split_header(lines, index, roles) if line.cells else None
        if split is not None:
            roles = split
            index += 1  # the header's second physical line
        if roles is None:
            index += 1
            continue
        table = Table(header=line, roles=roles)
        for cells in line.more_rows:  # a box-drawn table whose header and first rows share one line
            _take_row(table, list(cells), line)
        index += 1
        boxed = bool(_BOX_BORDER.search(line.raw))
        while boxed and not line.more_rows and _header_goes_on(lines, index):
            # a box-drawn header goes down to its first rule: 「│保有する│」 over 「│課・事務│」 is one label
            below = lines[index].cells
            joined = [cell + (below[column] if column < len(below) else "") for column, cell in enumerate(line.cells)]
            roles = header_roles(joined) or roles
            table.roles = roles
            index += 1
        ruled = _rows_between_rules(lines, index) if boxed else False
        after_rule = True
        while index < len(lines):
            current = lines[index]
            if current.blank or _RULE_LINE.match(current.text):
                after_rule = after_rule or not current.blank
                index += 1  # blank, or the |---| rule under a Markdown header
                continue
            if current.cells and ruled:
                # rules part the rows: the lines between two rules are one row, however empty its first cells
                for cells in (current.cells, *current.more_rows):
                    if after_rule or not table.rows:
                        table.rows.append(Row(current, list(cells), roles, [current.no]))
                    else:
                        _append(table.rows[-1], list(cells), current)
                    after_rule = bool(current.more_rows)
                index += 1
                continue
            if current.cells:
                other = header_roles(current.cells)
                if other == roles and _same_text(current.cells, line.cells):
                    index += 1  # the header repeated after a page break
                    continue
                if other is not None and other != roles:
                    break
                for cells in (current.cells, *current.more_rows):
                    _take_row(table, list(cells), current)
                index += 1
                continue
            # Prose: a wrapped cell right under a short row, a page break, or the table's end.
            previous = lines[index - 1]
            if table.rows and not previous.blank and len(table.rows[-1].cells) < len(roles):
                _append(table.rows[-1], [current.text], current)
                index += 1
                continue
            resume = _page_break_ahead(lines, index, roles, table.rows[-1] if table.rows else None)
            if resume is None:
                break
            index = resume
        table.end = index
        fill_dittos(table)
        tables.append(table)
    return tables


_DITTO = frozenset({"〃", "″", "〃〃", "同上", "同", "\"", "”"})
_DITTO_MARK = re.compile("|".join(sorted({re.escape(mark[0]) for mark in _DITTO})))  # every ditto's first mark


def fill_dittos(table: Table) -> None:
    """A ditto cell (〃, 同上) repeats the cell of its column in the row above: the row reads as printed in full.

    >>> from .lines import split_lines
    >>> table = find_tables(split_lines("区分\\t保有課\\t利用課\\n目的外利用\\t市民課\\t防災課\\n〃\\t〃\\t福祉課"))[0]
    >>> table.rows[1].cells
    ['目的外利用', '市民課', '福祉課']
    """
    for above, row in zip(table.rows, table.rows[1:], strict=False):
        if not _DITTO_MARK.search("".join(row.cells)):
            continue  # most rows: no cell can be a ditto
        for column, cell in enumerate(row.cells):
            if cell.strip() in _DITTO and column < len(above.cells):
                row.cells[column] = above.cells[column]
