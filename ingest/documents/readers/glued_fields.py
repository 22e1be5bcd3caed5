"""Cards of labelled fields run into one line with no separator: 「結合1事務の名称X保有課Y結合の相手方Z…」.

A municipal page flattened by an aggregator or a transcript site loses its line breaks and the colons between a
label and its value; what is left is a run of numbered entries (「結合1」「提供2」「(3)」), or of entries each opened
by the same first label, each the same sequence of labels glued to their values. The labels are the usual card
labels (事務の名称, 保有課, 結合の相手方, 提供する項目, 根拠, 開始日 …); the first entry tells their sequence, and
each later entry is cut at the same labels in the same order. Each entry is read as one row of a flow list
(:mod:`..text.flow_rows`), whose header words give the kind; an entry missing an end becomes a diagnostic there.

>>> from ..layout.page import page_of
>>> page = page_of("結合1事務の名称住基事務保有課市民課結合の相手方県国保連合会提供する項目氏名、住所根拠法令に基づく"
...                "結合2事務の名称課税事務保有課税務課結合の相手方地方税機構提供する項目所得根拠本人同意 お問い合わせ")
>>> [(f.source_department, f.recipient_external, f.kind, f.basis, f.items) for f in read(page, Readings()).flows]
[('市民課', '県国保連合会', 'online_connection', 'law', ['氏名', '住所']), \
('税務課', '地方税機構', 'online_connection', 'consent', ['所得'])]
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..layout.lines import Line
from ..layout.page import Page
from ..layout.tables import Row, Table, header_role, is_flow_table
from ..reading import Reader, Reading, Readings
from ..text.flow_rows import table_flows
from ..text.names import is_business

__all__ = ["READER", "read"]

# the labels of a flow card, longest first so that 「提供する項目」 is not read as 「項目」
_LABELS = sorted((
    "事務の名称", "業務の名称", "事業の名称", "事務名", "業務名", "保有課", "保有する課", "所管課", "担当課", "実施課",
    "結合の相手方", "提供の相手方", "結合先", "接続先", "提供先", "利用先", "提供を受ける者", "利用する課",
    "提供する項目", "提供項目", "結合する項目", "提供する個人情報", "利用する項目", "提供する情報",
    "提供の根拠", "結合の根拠", "根拠", "開始日", "開始年月日", "開始時期", "結合開始日", "提供開始日",
    "利用目的", "結合の目的", "提供の目的",
), key=len, reverse=True)
_LABEL = re.compile("|".join(map(re.escape, _LABELS)))
# an entry's marker: 「結合1」「提供 2」「No.3」「(4)」「⑤」 right before a label
_MARKER = re.compile(r"(?:(?:結合|提供|利用|接続|連携|事例|案件|No\.?|番号)\s*(?P<n>\d{1,2})|[(（](?P<pn>\d{1,2})[)）]"
                     r"|(?P<circled>[①-⑳]))\s*(?=" + _LABEL.pattern + ")")
_DATE = re.compile(r"(?:令和|平成|昭和)?\s*(?:\d{1,4}|元)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?")
_CONTRACTED = re.compile(r"^(?P<body>.+?)\s*[(（](?P<business>[^()（）]+?)の(?:受託者|委託先|受託事業者)[)）]$")


def _number(match: re.Match[str]) -> int:
    if match.group("circled"):
        return ord(match.group("circled")) - ord("①") + 1
    return int(match.group("n") or match.group("pn"))


def _entries(text: str) -> list[tuple[int, int]]:
    """(start, end) of each numbered entry of the line, numbered 1, 2, … in sequence; with no numbers, each entry
    starts where the first label comes again."""
    spans: list[tuple[int, int]] = []
    for match in _MARKER.finditer(text):
        if _number(match) == len(spans) + 1:
            if spans:
                spans[-1] = (spans[-1][0], match.start())
            spans.append((match.end(), len(text)))
    if spans:
        return spans
    first = _LABEL.search(text)
    starts = [found.start() for found in re.finditer(re.escape(first.group(0)), text)] if first else []
    return list(zip(starts, [*starts[1:], len(text)], strict=True)) if len(starts) >= 2 else []


def _fields(text: str, labels: list[str] | None) -> list[tuple[str, str]]:
    """(label, value) of one entry: every label in it, or the given labels in their order."""
    found: list[tuple[str, int, int]] = []
    if labels is None:
        found = [(match.group(0), match.start(), match.end()) for match in _LABEL.finditer(text)]
    else:
        position = 0
        for label in labels:
            at = text.find(label, position)
            if at < 0:
                continue
            found.append((label, at, at + len(label)))
            position = at + len(label)
    if not found or found[0][1] > 0:
        return []
    return [(label, text[end:found[index + 1][1] if index + 1 < len(found) else len(text)].strip(" 、。"))
            for index, (label, _, end) in enumerate(found)]


def _last_value(role: str | None, value: str) -> str:
    """The last field of the last entry runs into the page's footer: keep its date, or its first phrase."""
    if role == "start_date":
        date = _DATE.search(value)
        return date.group(0) if date else value
    return re.split(r"[。\s]", value, maxsplit=1)[0]


def _roles(labels: list[str]) -> list[str | None]:
    return [header_role(label) for label in labels]


def _split_contractor(labels: list[str], roles: list[str | None], cells: list[str]) -> None:
    """「B社(X業務の受託者)」 as the other end: B runs X for the city, so X is the recipient's business."""
    if "recipient" not in roles or "recipient_business" in roles:
        return
    column = roles.index("recipient")
    contracted = _CONTRACTED.match(cells[column])
    if contracted and is_business(contracted.group("business")):
        cells[column] = contracted.group("body")
        labels.append("提供先の事務")
        roles.append("recipient_business")
        cells.append(contracted.group("business"))


def _line_flows(line: Line, page: Page, reading: Reading) -> None:
    spans = _entries(line.text)
    if not spans:
        return
    first = _fields(line.text[spans[0][0]:spans[0][1]], None)
    labels = [label for label, _ in first]
    roles = _roles(labels)
    if len(set(filter(None, roles))) < 3 or not is_flow_table(Table(header=line, roles=list(roles))):
        return
    for number, (start, end) in enumerate(spans, 1):
        fields = _fields(line.text[start:end], labels)
        if not fields:
            continue
        entry_labels = [label for label, _ in fields]
        entry_roles = _roles(entry_labels)
        cells = [value for _, value in fields]
        if number == len(spans):
            cells[-1] = _last_value(entry_roles[-1], cells[-1])
        _split_contractor(entry_labels, entry_roles, cells)
        table = Table(header=replace(line, cells=tuple(entry_labels)), roles=entry_roles)
        table.rows.append(Row(line, cells, entry_roles, [line.no]))
        found, problems = table_flows(table, page.lines, page.known_departments)
        reading.flows.extend(found)
        reading.diagnostics.extend(problem for problem in problems if "is not read" not in problem.message)
    reading.claimed.add(line.no)
    reading.row_lines.add(line.no)


def read(page: Page, readings: Readings) -> Reading:
    """Every line holding numbered entries of glued labelled fields, one flow an entry."""
    reading = Reading()
    taken = readings.claimed("records")
    for line in page.lines_with(*_LABELS):
        if line.no not in taken and not line.cells:
            _line_flows(line, page, reading)
    return reading


READER = Reader("glued_fields", read)
