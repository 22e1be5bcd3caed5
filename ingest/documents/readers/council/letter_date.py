"""An answer letter's cases are dated by the letter, not by the consultation it answers.

The genre: an answer (答申書) opens with its own date on a line alone, then one sentence recalls the
consultation by its date (「令和n年m月d日付け…をもって諮問のありました…について…答申します」). A case read
with the consultation's date (or none) takes the letter's: the answer is the council's decision.

>>> from ...layout.lines import split_lines
>>> from ....records import CouncilCase
>>> lines = split_lines("令和7年3月2日\\n架空町長 様\\n答申書\\n令和7年1月9日付け架総第5号をもって"
...                     "諮問のありました下記の件について答申します。\\n記\\nA事業について")
>>> dated_by_letter(lines, [CouncilCase(title="A事業について", date="2025-01-09", line=6)])
[Fill(target=0, field='date', value='2025-03-02', only_missing=False)]
"""

from __future__ import annotations

import re

from ....records import CouncilCase
from ...layout.lines import Line
from ...text.dates import WRITTEN_DAY, iso_or_none
from .amend import CaseAt, Fill

__all__ = ["dated_by_course", "dated_by_letter"]

_DATE = WRITTEN_DAY
_CONSULTED_ON = re.compile(rf"(?P<date>{_DATE})\s*付け?で?[^。]{{0,40}}?諮問")
_DATE_ALONE = re.compile(rf"^\s*(?P<date>{_DATE})\s*$")
_ANSWERS = re.compile(r"答申(?:書|します|する|いたします)|[(（]答申[)）]")


def dated_by_letter(lines: list[Line], cases: list[CouncilCase]) -> list[Fill]:
    """The letter's date for each case below it dated by the consultation the letter answers (or undated)."""
    if not cases:
        return []
    letter: tuple[int, str] | None = None  # the last date alone on its line, and where
    for line in lines:
        text = line.text
        alone = _DATE_ALONE.match(text) if text else None
        if alone:
            letter = (line.no or 0, iso_or_none(alone.group("date")) or "")
            continue
        consulted = _CONSULTED_ON.search(text) if text and "諮問" in text else None
        if consulted is None or not _ANSWERS.search(text) or letter is None or not letter[1]:
            continue
        asked_on = iso_or_none(consulted.group("date"))
        if asked_on == letter[1] or (line.no or 0) - letter[0] > 12:
            return []
        return [Fill(CaseAt(at), "date", letter[1], only_missing=False) for at, case in enumerate(cases)
                if (case.line or 0) > letter[0] and case.date in (None, asked_on)]
    return []


# 「2 審議の経過 令和2年7月14日 諮問 令和2年8月24日 審議・答申」: the day the answer was given
_ANSWERED_ON = re.compile(rf"(?P<date>{_DATE})\s*(?:審議\s*[・･、及び]+\s*)?答申(?!の|書|します|する|いたし|を)")


def dated_by_course(lines: list[Line], cases: list[CouncilCase]) -> list[Fill]:
    """The day an answer's course of deliberation says it answered, for its one case dated by the consultation.

    >>> from ...layout.lines import split_lines
    >>> lines = split_lines("A事業について(答申) 令和7年1月9日付けで諮問のあった標記について答申する。"
    ...                     " 2 審議の経過 令和7年1月9日 諮問 令和7年2月20日 審議・答申")
    >>> dated_by_course(lines, [CouncilCase(title="A事業について", date="2025-01-09", line=1)])
    [Fill(target=0, field='date', value='2025-02-20', only_missing=False)]
    """
    if len(cases) != 1:
        return []
    asked = answered = None
    for line in lines:
        text = line.text or ""
        consulted = _CONSULTED_ON.search(text) if "諮問" in text else None
        asked = asked or (iso_or_none(consulted.group("date")) if consulted else None)
        given = _ANSWERED_ON.search(text) if "答申" in text else None
        answered = answered or (iso_or_none(given.group("date")) if given else None)
    if not asked or not answered or answered <= asked or cases[0].date not in (None, asked):
        return []
    return [Fill(CaseAt(0), "date", answered, only_missing=False)]
