"""Pages listing when data may be collected from others than the person (本人以外からの収集ができる事項): one flow
per named supplier.

A body lists the businesses allowed to collect personal data from others than the person, often after hearing
its council. The 個別事項 table names, per row, the business, the section, where the data comes from (収集先)
and what is collected; a transcript lays the row out with spaces and wraps its last cells onto the next line::

    番号 事務の名称 担当課 収集先 収集する個人情報
    1 架空手当事務 子育て課 市町村、架空年金機構
    受給者の所得

Each supplier of a row is one ``collection_from_others`` flow into the business (the section as recipient
department), on the row's first line. The ground is the article the page cites for its list; when the page says
the council was heard (「審議会の意見を聴いて」) the basis is ``council``. A table with no 収集先 column (the
類型事項: kinds of cases, no named supplier) gives no flow.

>>> from ..layout.lines import split_lines
>>> page = split_lines("本人以外からの収集(条例第7条第3項第6号)\\n審議会の意見を聴いて定めています。\\n"
...                    "番号 事務の名称 担当課 収集先 収集する個人情報\\n"
...                    "1 架空手当事務 子育て課 市町村、架空年金機構\\n受給者の所得")
>>> flows, used = exception_flows(page, set())
>>> [(f.source_external, f.recipient_business, f.basis, f.items, f.line) for f in flows][1]
('架空年金機構', '架空手当事務', 'council', ['受給者の所得'], 4)
>>> len(flows), used
(2, {3, 4, 5})
"""

from __future__ import annotations

import re

from ...normalize import classify_basis
from ...records import Flow
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.items import clean_items
from ..text.names import split_business_department

__all__ = ["READER", "exception_flows", "listed_flows"]

_COLUMNS = (("business", re.compile(r"事務|業務|事業")),
            ("department", re.compile(r"課|担当|所管|所属")),
            ("source", re.compile(r"収集先|取得先|入手先")),
            ("items", re.compile(r"個人情報|項目|事項|(?:する|した)情報$")),
            ("basis", re.compile(r"^根拠")))
_NUMBER = re.compile(r"^(?:番号|No\.?|№)$")
_ROW = re.compile(r"^\s*(?P<no>\d{1,3})[\s.．、)）]+(?P<rest>\S.*)$")
_CITED = re.compile(r"(?:法|条例|規則)第\d+条(?:第\d+項)?(?:第\d+号)?")
_COUNCIL = re.compile(r"(?:審議会|審査会)の意見を聴")
_OTHERS = re.compile(r"本人以外")
# 「(1) 架空審査事務(審査課が行うもの。意見書を、申請者のかかりつけ医療機関から収集する。)」: a rule's list item
_LISTED = re.compile(r"^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[.．)）])\s*(?P<business>[^(（、。]{2,40}?(?:事務|業務|事業))"
                     r"[(（](?P<department>[^()（）、。]{1,20}?)が(?:行う|所管する|担当する)もの。"
                     r"(?P<items>[^()（）。]+?)を、?(?P<source>[^()（）。]+?)から(?:収集|取得)する。?[)）]")
_WHOSE = re.compile(r"^[^、。]{1,10}?(?:者|人)の")  # 「被保険者の所得情報」: whose the data is, not an item


def _header(text: str) -> list[str | None] | None:
    """Roles of a space-separated header naming at least a supplier column and a business or items column."""
    roles: list[str | None] = []
    for cell in text.split():
        if _NUMBER.match(cell):
            continue
        role = next((name for name, pattern in _COLUMNS if pattern.search(cell)), None)
        if role is None or role in roles:
            return None
        roles.append(role)
    return roles if "source" in roles and ("business" in roles or "items" in roles) and len(roles) >= 3 else None


def _ground(lines: list[Line]) -> tuple[str, str | None]:
    """The article the page cites for its list of exceptions, and ``council`` when it says the council was heard."""
    heard = any(_COUNCIL.search(line.text) for line in lines)
    cited = next((found.group(0) for line in lines if _OTHERS.search(line.text)
                  for found in [_CITED.search(line.text)] if found), None)
    if heard:
        return "council", cited
    return (classify_basis(cited) if cited else "unknown"), cited


def _table_goes_on(lines: list[Line], index: int) -> bool:
    """Whether the next line with text after ``index`` is a table row or a rule under the header."""
    after = next((line for line in lines[index:index + 8] if not line.blank), None)
    return after is not None and (bool(after.cells) or set(after.text) <= set("-:|+ "))


def exception_flows(lines: list[Line], used: set[int], read_as_flows: set[int] = frozenset()
                    ) -> tuple[list[Flow], set[int]]:
    """Flows of every table of named exceptions on the page, and the lines read. A table with cells (pipes,
    tabs) is read here unless another reader took flows from it (``read_as_flows``): the table readers know
    its lines but not this header."""
    if not any(_OTHERS.search(line.text) and "収集" in line.text for line in lines):
        return [], set()
    flows: list[Flow] = []
    read: set[int] = set()
    basis, basis_text = _ground(lines)
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.cells:
            roles = _header(" ".join(cell.replace(" ", "") for cell in line.cells))
            taken = line.no in read_as_flows
        else:
            roles = _header(line.text) if line.no not in used else None
            taken = False
        index += 1
        if not roles or taken:
            continue
        read.add(line.no)
        rows: list[tuple[Line, list[str]]] = []
        while index < len(lines):
            below = lines[index]
            if line.cells and not below.cells and below.text and set(below.text) <= set("-:|+ "):
                index += 1  # the separator row of a markdown table
                continue
            if below.blank and line.cells and _table_goes_on(lines, index):
                index += 1  # a table's row folded from cells stacked one a line leaves its other lines blank
                continue
            if below.blank or bool(below.cells) != bool(line.cells) or (below.no in used and not below.cells):
                break
            if below.cells:
                cells = [cell.strip() for cell in below.cells if cell.strip()]
                if cells and re.fullmatch(r"\d{1,3}", cells[0]):
                    rows.append((below, cells[1:]))
                elif len(below.cells) == len(roles):
                    rows.append((below, [cell.strip() for cell in below.cells]))  # no row numbers: every cell a column
                else:
                    break
                read.add(below.no)
                index += 1
                continue
            row = _ROW.match(below.text)
            if row:
                rows.append((below, row.group("rest").split(maxsplit=len(roles) - 1)))
            elif rows and len(rows[-1][1]) < len(roles):
                rows[-1][1].append(below.text.strip())  # the row's last cells, wrapped onto this line
            else:
                break
            read.add(below.no)
            index += 1
        for first, cells in rows:
            values = dict(zip(roles, cells, strict=False))
            items, _ = clean_items(values.get("items"))
            business, department = values.get("business"), values.get("department")
            if business and not department:  # 「介護認定事務(福祉課)」: the section in brackets after the business
                business, department = split_business_department(business)
            row_basis, row_basis_text = basis, basis_text
            if values.get("basis") and classify_basis(values["basis"]) != "unknown":
                row_basis, row_basis_text = classify_basis(values["basis"]), values["basis"]
            for supplier in re.split(r"[、,，]|及び", values.get("source") or ""):
                if supplier.strip():
                    flows.append(Flow(source_external=supplier.strip(), recipient_department=department,
                                      recipient_business=business, kind="collection_from_others",
                                      basis=row_basis, basis_text=row_basis_text, items=list(items), line=first.no,
                                      quote=first.quote))
    return flows, read


def listed_flows(lines: list[Line], used: set[int]) -> tuple[list[Flow], set[int]]:
    """Flows of a rule's numbered list of businesses that collect from others, one item a line, each naming its
    section, what it collects and from whom (see ``_LISTED``); the page must say it is about 本人以外 収集.

    >>> from ..layout.lines import split_lines
    >>> page = split_lines("次の事務は本人以外から収集する。\\n(1) 架空審査事務(審査課が行うもの。"
    ...                    "受診者の意見書を、申請者のかかりつけ医療機関から収集する。)")
    >>> flows, _ = listed_flows(page, set())
    >>> [(f.source_external, f.recipient_department, f.recipient_business, f.items) for f in flows]
    [('申請者のかかりつけ医療機関', '審査課', '架空審査事務', ['意見書'])]
    """
    if not any(_OTHERS.search(line.text) and "収集" in line.text for line in lines):
        return [], set()
    flows: list[Flow] = []
    read: set[int] = set()
    for line in lines:
        listed = _LISTED.match(line.text) if line.no not in used and not line.cells else None
        if not listed:
            continue
        items, _ = clean_items(_WHOSE.sub("", listed.group("items")))
        for supplier in re.split(r"[、,，]|及び|又は", listed.group("source")):
            if supplier.strip():
                flows.append(Flow(source_external=supplier.strip(), recipient_department=listed.group("department"),
                                  recipient_business=listed.group("business"), kind="collection_from_others",
                                  items=list(items), line=line.no, quote=line.quote))
        read.add(line.no)
    if read:  # the lead-in that announces the list is read with it
        first = min(read)
        read |= {line.no for line in lines[max(0, first - 4):first - 1]
                 if _OTHERS.search(line.text) and "収集" in line.text and line.no not in used}
    return flows, read


def read(page: Page, readings: Readings) -> Reading:
    flows, lines = exception_flows(page.lines, readings.claimed("records"), readings.row_lines)
    listed, listed_lines = listed_flows(page.lines, readings.claimed("records") | lines)
    return Reading(flows=flows + listed, claimed=lines | listed_lines)


READER = Reader("collection_exceptions", read)
