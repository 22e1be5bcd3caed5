"""Cards of fields written as a label line over its value line, one card a flow.

Pages converted from a form or a definition list give each field as two lines, blank lines between or not::

    保有課
    市民課
    利用課
    長寿支援課
    利用事務
    敬老祝金支給事務

A label is a short line (or the key of 「・保有課:市民課」, label and value on one line) the table-header vocabulary
gives a role (:func:`~..layout.tables.header_role`); the
line after it is its value, whatever it says (a value may look like a label: 「住民基本台帳事務」). A card runs while
labels and values alternate and no label's role comes twice; the next label of a role already filled opens the
next card. A card that names a source and a recipient is read as one row of a flow list
(:func:`~..text.flow_rows.table_flows`), its line the card's first label.

>>> from ..layout.page import page_of
>>> page = page_of("状況\\n保有課\\n市民課\\n利用課\\n長寿支援課\\n根拠\\n相当の理由")
>>> [(f.source_department, f.recipient_department, f.basis, f.line) for f in read(page, Readings()).flows]
[('市民課', '長寿支援課', 'reasonable_grounds', 2)]
"""

from __future__ import annotations

import re

from ..layout.lines import Line
from ..layout.page import Page
from ..layout.tables import Row, Table, header_role, is_flow_table
from ..reading import Reader, Reading, Readings
from ..text.flow_rows import table_flows

__all__ = ["READER", "read"]

_FEWEST_FIELDS = 3
_BARE_LABEL = re.compile(r"^[^\s:：・•、。()（）]{2,12}$")
# 「・保有課:市民課」: a label and its value on one line (no 【No.n】 opener: that card is :mod:`.kv_blocks`')
_INLINE = re.compile(r"^[・•○●◦*\-]?\s*(?P<key>[^:：\s]{2,12})\s*[:：]\s*(?P<value>\S.*)$")


def _label(line: Line) -> str | None:
    if line.cells or not _BARE_LABEL.match(line.text):
        return None
    return header_role(line.text)


def _inline(line: Line) -> tuple[str, str] | None:
    match = _INLINE.match(line.text) if not line.cells and (":" in line.text or "：" in line.text) else None
    role = header_role(match.group("key")) if match else None
    return (role, match.group("value").strip()) if role else None


def _cards(lines: list[Line]) -> list[list[tuple[Line, str, Line]]]:
    """Runs of (label line, role, value line) pairs, cut where a role comes again."""
    cards: list[list[tuple[Line, str, Line]]] = []
    card: list[tuple[Line, str, Line]] = []
    index = 0
    while index < len(lines):
        inline = _inline(lines[index])
        if inline is not None:
            role, value = inline
            if any(role == other for _, other, _ in card):
                cards.append(card)
                card = []
            line = lines[index]
            card.append((line, role, Line(line.no, line.raw, value)))
            index += 1
            continue
        role = _label(lines[index]) if index + 1 < len(lines) else None
        if role is None:
            if card:
                cards.append(card)
                card = []
            index += 1
            continue
        if any(role == other for _, other, _ in card):
            cards.append(card)
            card = []
        card.append((lines[index], role, lines[index + 1]))
        index += 2
    if card:
        cards.append(card)
    return cards


def read(page: Page, readings: Readings) -> Reading:
    reading = Reading()
    used = readings.claimed("records")
    filled = [line for line in page.lines if line.text and line.no not in used]
    if not any(_label(line) == "recipient" or (_inline(line) or ("",))[0] == "recipient" for line in filled):
        return reading  # the cheap test first: no card without a recipient label
    for card in _cards(filled):
        roles = [role for _, role, _ in card]
        table = Table(header=card[0][0], roles=roles)
        if len(card) < _FEWEST_FIELDS or not is_flow_table(table):
            continue
        lines = [no for label, _, value in card for no in (label.no, value.no)]
        table.rows.append(Row(card[0][0], [value.text for _, _, value in card], roles, lines))
        found, problems = table_flows(table, page.lines, page.known_departments)
        reading.flows.extend(found)
        reading.diagnostics.extend(problems)
        reading.claimed.update(lines)
        reading.row_lines.update(flow.line for flow in found if flow.line)
    return reading


READER = Reader("label_cards", read)
