"""A whole agenda run into one line after its 「議題:」 label, split into its items.

Pages flattened from a table put every item on the label's line, either numbered
(「議題:(1)Xについて(諮問第1号)(2)Yについて(報告)」) or joined by commas
(「議題:Xについて(報告)、Yについて(諮問)」). Each item keeps its own label: a 報告 is no consultation.

>>> said = "(1)Aの提供について(諮問第4号)(2)Bについて(報告)"
>>> [(item.title, item.reported, item.number) for item in run_on_items(said)]
[('Aの提供について(諮問第4号)', False, '4'), ('Bについて', True, None)]
>>> [item.title for item in run_on_items("Aの利用について(諮問)、Bの収集について(諮問)")]
['Aの利用について', 'Bの収集について']
>>> [(item.title, item.number) for item in run_on_items("(1)諮問第7号 Aの利用について (2)諮問第8号 Bの提供について")]
[('Aの利用について', '7'), ('Bの提供について', '8')]
>>> run_on_items("Aの利用について(諮問)")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["AgendaItem", "run_on_items"]

_NUMBER = re.compile(r"[(（](?P<n>\d{1,2})[)）]")
# 「…について(諮問)、」「…について(報告),」: an item's label closes it, a comma opens the next
_LABELLED_END = re.compile(r"について\s*[(（](?:諮問|報告)[^()（）]{0,8}[)）](?=\s*[、,，]\s*\S)")
_NUMBER_FIRST = re.compile(r"^\s*諮問第\s*(?P<n>\d{1,3})\s*号\s*")
_LABEL = re.compile(r"\s*[(（](?P<l>諮問|報告)(?:第\s*(?P<n>\d{1,3})\s*号)?(?:事項)?[)）]\s*$")


@dataclass(frozen=True)
class AgendaItem:
    title: str
    reported: bool  # 「(報告)」: told to the council, not put to it
    number: str | None  # 41 of 「(諮問第41号)」


def _numbered_pieces(text: str) -> list[str]:
    marks, expected = [], 1
    for match in _NUMBER.finditer(text):
        if int(match.group("n")) == expected and (expected > 1 or match.start() == 0):
            marks.append(match)
            expected += 1
    if len(marks) < 2:
        return []
    return [text[mark.end():marks[i + 1].start() if i + 1 < len(marks) else len(text)].strip()
            for i, mark in enumerate(marks)]


def _comma_pieces(text: str) -> list[str]:
    pieces, start = [], 0
    for match in _LABELLED_END.finditer(text):
        pieces.append(text[start:match.end()].strip())
        start = match.end()
        start = re.match(r"\s*[、,，]\s*", text[start:]).end() + start
    if not pieces:
        return []
    return [*pieces, text[start:].strip()]


def run_on_items(text: str) -> list[AgendaItem]:
    """The items of an agenda line's text after its label, when it holds two or more; else []."""
    pieces = _numbered_pieces(text.strip()) or _comma_pieces(text.strip())
    items: list[AgendaItem] = []
    for piece in pieces:
        label = _LABEL.search(piece)
        if label is None and "について" not in piece:
            return []  # not a list of titles
        reported = bool(label and label.group("l") == "報告")
        number = label.group("n") if label else None
        title = piece[:label.start()] if label and not number else piece
        numbered = _NUMBER_FIRST.match(title)
        if numbered:  # 「諮問第58号 Xについて」: the number goes before the title, no part of it
            title, number = title[numbered.end():], number or numbered.group("n")
        items.append(AgendaItem(title.strip(), reported, number))
    return items
