"""Ditto marks: a cell 「〃」 (or 「同」「同上」) repeats the cell above it; 「〃6年度」 repeats its leading words.

>>> ditto("〃", "市民課"), ditto("〃6年度", "令和5年度"), ditto("教育委員会", "市長"), ditto("〃", "")
('市民課', '令和6年度', '教育委員会', '〃')
"""

from __future__ import annotations

import re

__all__ = ["DITTO_MARKS", "ditto"]

DITTO_MARKS = frozenset(("〃", "\u3003", "同", "同上", "〃〃", "”", "\""))
_LEADING_WORDS = re.compile(r"^\D+")


def ditto(cell: str, above: str) -> str:
    """The cell as meant: the one above for a ditto mark; a mark before digits takes the words the one above
    opens with (「〃6年度」 under 「令和5年度」). Without a cell above, the cell stays as written."""
    text = cell.strip()
    if not above or not text:
        return cell
    if text in DITTO_MARKS:
        return above
    if text[0] in "〃\u3003" and text[1:2].isdigit():
        words = _LEADING_WORDS.match(above)
        return (words.group(0) if words else "") + text[1:]
    return cell
