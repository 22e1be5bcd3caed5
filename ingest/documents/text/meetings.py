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

from ...normalize import to_iso_date
from ..layout.lines import Line
from .dates import iso_or_none

__all__ = ["held_on", "met_on"]

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


# 「10月28日に開催されました第42回…審議会において」: the meeting that answered, its year from the record's date
_YEAR = r"(?:(?:平成|令和)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年"  # 「令和5年」, or 「2023年」
_MET_ON = re.compile(rf"(?:(?P<era>{_YEAR})\s*)?(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日"
                     r"(?:に|の)?(?:開催|行われ)[^。]{0,40}?(?:審議会|審査会)")
_FULL_DATE = re.compile(rf"(?P<era>{_YEAR})\s*(?P<m>\d{{1,2}})\s*月\s*\d{{1,2}}\s*日")


def _year_before(year: str) -> str | None:
    """The year before 「令和5年」 or 「2023年」; ``None`` before 「令和元年」 (its year before is another era's).

    >>> _year_before("令和5年"), _year_before("2023年"), _year_before("令和元年")
    ('令和4年', '2022年', None)
    """
    western = re.fullmatch(r"((?:19|20)\d{2})\s*年", year)
    if western:
        return f"{int(western.group(1)) - 1}年"
    number = re.search(r"元|\d{1,2}", year).group()
    return None if number == "元" else year.replace(number, str(int(number) - 1), 1)


def met_on(lines: list[Line], before: int) -> str | None:
    """The date of the council meeting named in the lines just above ``before``, completed by the year above it.

    >>> from ..layout.lines import split_lines
    >>> met_on(split_lines("平成30年2月5日会議録\\n12月20日に開催された審議会の答申です。\\n1件目は…"), 3)
    '2017-12-20'
    """
    above = [line for line in lines if line.no <= before and line.text]
    for index in range(len(above) - 1, max(-1, len(above) - 5), -1):
        met = _MET_ON.search(above[index].text)
        if met is None:
            continue
        era = met.group("era")
        if era is None:  # the year of the record's own date, one earlier if that date is before the meeting's month
            dated = next((found for line in reversed(above[:index + 1]) for found in [_FULL_DATE.search(line.text)]
                          if found), None)
            if dated is None:
                return None
            era = dated.group("era")
            if int(dated.group("m")) < int(met.group("m")):
                era = _year_before(era)
                if era is None:
                    return None
        try:
            return to_iso_date(f"{era}{met.group('m')}月{met.group('d')}日")
        except ValueError:
            return None
    return None
