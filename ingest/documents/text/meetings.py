"""When a meeting was held, said in the opening sentences of its record rather than under a 「日時」 label.

A transcript breaks its sentences before indexed terms, so a sentence is read across the lines it was broken
into: 「…以上2件を審議いたします。会議は令和5年3月2日、」 then 「本庁舎で開催しております。」.

>>> from ..layout.lines import split_lines
>>> held_on(split_lines("本日は2件を審議します。会議は令和5年3月2日、\\n本庁舎で開催しております。"))
('2023-03-02', 1)
>>> held_on(split_lines("令和5年4月1日から施行する。"))
(None, None)
"""

from __future__ import annotations

import re

from ..layout.lines import Line
from .dates import iso_or_none

__all__ = ["held_on"]

_DATE = re.compile(r"(?:明治|大正|昭和|平成|令和)\s*(?:元|\d{1,2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                   r"|(?:19|20)\d{2}\s*[年/.\-]\s*\d{1,2}\s*[月/.\-]\s*\d{1,2}\s*日?")


def held_on(lines: list[Line]) -> tuple[str | None, int | None]:
    """The date of the first sentence of ``lines`` that says the meeting is held (開催), and the line it stands on."""
    sentence: list[tuple[str, int]] = []  # the pieces of the sentence being read, with their lines
    for line in lines:
        pieces = line.text.split("。")
        for number, piece in enumerate(pieces):
            sentence.append((piece, line.no))
            if number == len(pieces) - 1:
                break  # the sentence goes on to the next line
            text = "".join(part for part, _ in sentence)
            found = _DATE.search(text) if "開催" in text else None
            if found:
                at = 0
                for part, no in sentence:  # the line the date stands on
                    at += len(part)
                    if at > found.start():
                        return iso_or_none(found.group()), no
            sentence = []
    return None, None
