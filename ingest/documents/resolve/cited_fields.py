"""Each item, basis, date and named end of a flow cited on a line that says it.

A reader may take a flow's items, basis, dates or an end from another line than the one that states the flow:
a 避難行動要支援者名簿 page lists what the roll holds (「名簿の内容 ・氏名 ・住所 …」) and names the roll itself far
above the bodies that receive it, a council minute gives the article under its own heading, a registry entry
its date on the line of its own label. The user sees each field with the line it is cited on, and a value that
cannot be found on its line is a wrong citation. This step looks each value up on the lines the flow already
cites for it; one found on none is cited on the nearest line of the page that says it (the paragraph a line
opens counts as that line), and the flow's ``evidence`` names that line for that field. An end
(``source_business``, ``recipient_department`` …) is cited only when no line the flow cites says it, so a flow
read from one line keeps its one line. A date is said by a line that writes it whole in any calendar, or writes
its month and day (the year given once above). A value the page says nowhere as read (an item named in other
words, a department put together from a heading and a row) keeps the citation it had.

>>> from ..layout.lines import split_lines
>>> lines = split_lines("名簿の内容\\n・氏名\\n・住所\\n提供先\\n・北浜市消防本部")
>>> flow = Flow(recipient_external="北浜市消防本部", items=["氏名", "住所"], line=5, quote="・北浜市消防本部")
>>> cite_fields([flow], lines)
>>> [(entry["line"], entry["fields"], entry.get("items")) for entry in flow.evidence]
[(5, ['kind'], None), (2, ['items'], ['氏名']), (3, ['items'], ['住所'])]
>>> roll = Flow(source_business="要支援者名簿", recipient_external="北浜市消防本部", line=3, quote="・北浜市消防本部")
>>> cite_fields([roll], split_lines("要支援者名簿の提供先\\n提供先\\n・北浜市消防本部"))
>>> [(entry["line"], entry["fields"]) for entry in roll.evidence]
[(3, ['kind']), (1, ['source_business'])]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Any

from ...normalize import dates_written
from ...records import CouncilCase, Flow
from ..layout.lines import Line
from .merge import stated_fields

__all__ = ["END_FIELDS", "cite_cases", "cite_fields"]

END_FIELDS = ("source_department", "source_business", "source_external", "recipient_department",
              "recipient_business", "recipient_external")

_UNSAID = re.compile(r"[\s「」『』]")


def _said(text: str) -> str:
    """What a line or a value says, without spaces and quotation brackets: how a value is looked for."""
    return _UNSAID.sub("", text)


def _writes_month_day(text: str, iso: str) -> bool:
    """Whether ``text`` writes 「M月D日」 of ``iso`` (not inside 「11月1日」 for 1月1日)."""
    wanted = f"{int(iso[5:7])}月{int(iso[8:10])}日"
    at = text.find(wanted)
    while at >= 0:
        if at == 0 or not text[at - 1].isdigit():
            return True
        at = text.find(wanted, at + 1)
    return False


@lru_cache(maxsize=1024)
def _month_and_day(iso: str) -> re.Pattern[str]:
    """A date's month and day as a page writes them under a year given once: 「5月20日」, 「5/20」."""
    _, month, day = (int(part) for part in iso.split("-"))
    return re.compile(rf"(?<!\d){month}月{day}日|(?<![\d/]){month}/{day}(?![\d/])")


class _PageText:
    """The page's lines as looked up: each line's text said plainly, and where each value is said (on first ask)."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        self.by_no = {line.no: index for index, line in enumerate(lines)}
        self._said: list[str | None] = [None] * len(lines)
        self._where: dict[str, list[int]] = {}
        self._dated: dict[int, list[str]] | None = None  # each line's whole dates, found on first ask
        self._when: dict[str, list[int]] = {}
        self._values: dict[str, str] = {}

    def text(self, no: int | None) -> str:
        index = self.by_no.get(no) if no is not None else None
        if index is None:
            return ""
        said = self._said[index]
        if said is None:
            line = self.lines[index]
            said = self._said[index] = _said(line.text)  # a table row's text holds its cells
        return said

    def written(self, no: int | None) -> str:
        """Line ``no`` as written ("" for a number that is no line of the page)."""
        index = self.by_no.get(no) if no is not None else None
        return self.lines[index].text if index is not None else ""

    def said(self, value: str) -> str:
        """``value`` said plainly (kept: a page names the same few bodies on every row)."""
        said = self._values.get(value)
        if said is None:
            said = self._values[value] = _said(value)
        return said

    def says_date(self, no: int | None, iso: str) -> bool:
        """Whether line ``no`` writes the date ``iso``: whole, or its month and day (「5月20日」「5/20」)."""
        if no not in self.by_no:
            return False
        if _writes_month_day(self.written(no), iso):
            return True  # most flows: their own row writes the date (a string search, no pattern per day)
        return iso in self._dates_on(no) or _month_and_day(iso).search(self.text(no)) is not None  # type: ignore

    def nearest_date(self, iso: str, no: int) -> Line | None:
        """The line nearest to line ``no`` that writes the date ``iso`` whole, else its month and day (above first
        at the same distance)."""
        where = self._when.get(iso)
        if where is None:
            where = [line_no for line_no, dates in self._dates().items() if iso in dates]
            if not where:
                month_day = _month_and_day(iso)
                where = [line.no for line in self.lines if month_day.search(self.text(line.no))]
            self._when[iso] = sorted(where)
        return self._closest(where, no)

    def _dates_on(self, no: int) -> list[str]:
        return self._dates().get(no, [])

    def _dates(self) -> dict[int, list[str]]:
        """Each line's whole dates: one search over the page, not one a line."""
        if self._dated is None:
            texts = [line.text for line in self.lines]
            starts = list(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))
            self._dated = {}
            for offset, iso in dates_written("\0".join(texts)):  # a date never runs on into the next line
                line_no = self.lines[bisect_right(starts, offset) - 1].no
                self._dated.setdefault(line_no, []).append(iso)
        return self._dated

    def _closest(self, where: list[int], no: int) -> Line | None:
        if not where:
            return None
        closest = min(where, key=lambda other: (abs(other - no), other > no))
        return self.lines[self.by_no[closest]]

    def nearest(self, value: str, no: int) -> Line | None:
        """The line nearest to line ``no`` that says ``value`` (above first at the same distance)."""
        where = self._where.get(value)
        if where is None:
            where = self._where[value] = [line.no for line in self.lines if value in self.text(line.no)]
        return self._closest(where, no)


def _cited_on(flow: Flow, field: str) -> list[int | None]:
    """The lines the flow cites for ``field``: its evidence's, or its own line when it has none."""
    if not flow.evidence:
        return [flow.line]
    return [entry["line"] for entry in flow.evidence if field in entry["fields"]]


def _entry(flow: Flow, line: Line) -> dict[str, Any]:
    """The flow's evidence entry for ``line``, added if the flow has none yet."""
    found = next((entry for entry in flow.evidence if entry["line"] == line.no), None)
    if found is None:
        found = {"fields": [], "line": line.no, "quote": line.quote}
        flow.evidence.append(found)
    return found


def _own_evidence(flow: Flow) -> None:
    """A flow stated on one line gets that line's entry first, as a merge gives it."""
    if not flow.evidence:
        flow.evidence.append({"fields": stated_fields(flow), "line": flow.line, "quote": flow.quote,
                              **({"items": list(flow.items)} if flow.items else {})})


def _move_items(flow: Flow, placed: dict[int, tuple[Line, list[str]]]) -> None:
    """Cite each item of ``placed`` on its line: the entries that named it no longer do."""
    _own_evidence(flow)
    moved = {item for _, items in placed.values() for item in items}
    for entry in flow.evidence:
        if "items" in entry:
            entry["items"] = [item for item in entry["items"] if item not in moved]
            if not entry["items"]:
                del entry["items"]
        if "items" in entry["fields"] and not entry.get("items") and entry["line"] not in placed:
            entry["fields"] = [name for name in entry["fields"] if name != "items"]
    for line, items in placed.values():
        entry = _entry(flow, line)
        if "items" not in entry["fields"]:
            entry["fields"].append("items")
        entry["items"] = [*entry.get("items", []), *(item for item in items if item not in entry.get("items", []))]


def _move(flow: Flow, field: str, line: Line) -> None:
    """Cite ``field`` (the basis, a date) on ``line``: the entries that named it no longer do."""
    _own_evidence(flow)
    for entry in flow.evidence:
        if entry["line"] != line.no:
            entry["fields"] = [name for name in entry["fields"] if name != field]
    entry = _entry(flow, line)
    if field not in entry["fields"]:
        entry["fields"].append(field)


def _cite_end(flow: Flow, field: str, line: Line) -> None:
    """Cite the end ``field`` on ``line`` too (the flow's own lines say nothing of it)."""
    _own_evidence(flow)
    entry = _entry(flow, line)
    if field not in entry["fields"]:
        entry["fields"].append(field)


def _cite_ends(flow: Flow, page: _PageText) -> None:
    """Cite each named end that no line of the flow says on the nearest line that says it."""
    cited = {flow.line, *(entry["line"] for entry in flow.evidence)} if flow.evidence else (flow.line,)
    written = [page.written(no) for no in cited]
    for field in END_FIELDS:
        name = getattr(flow, field)
        if not name or any(name in text for text in written):  # mostly on the flow's own line, as written
            continue
        value = page.said(name)
        if len(value) < 2 or any(value in page.text(no) for no in cited):  # one character is said on every line
            continue
        found = page.nearest(value, flow.line or 0)
        if found is not None:
            _cite_end(flow, field, found)


def _cite_items(flow: Flow, page: _PageText) -> None:
    cited_on = _cited_on(flow, "items")
    written = [page.written(no) for no in cited_on]
    placed: dict[int, tuple[Line, list[str]]] = {}
    for item in flow.items:
        if any(item in text for text in written):
            continue
        value = page.said(item)
        if not value or any(value in page.text(no) for no in cited_on):
            continue
        found = page.nearest(value, flow.line or 0)
        if found is not None:
            placed.setdefault(found.no, (found, []))[1].append(item)
    if placed:
        _move_items(flow, placed)


def _cite_basis(flow: Flow, page: _PageText) -> None:
    cited_on = _cited_on(flow, "basis")
    if not flow.basis_text or any(flow.basis_text in page.written(no) for no in cited_on):
        return
    value = page.said(flow.basis_text)
    if value and not any(value in page.text(no) for no in cited_on):
        found = page.nearest(value, flow.line or 0)
        if found is not None:
            _move(flow, "basis", found)


def _cite_dates(flow: Flow, page: _PageText) -> None:
    for field in ("start_date", "end_date"):
        iso = getattr(flow, field)
        if iso and len(iso) == 10 and not any(page.says_date(no, iso) for no in _cited_on(flow, field)):
            found = page.nearest_date(iso, flow.line or 0)
            if found is not None:
                _move(flow, field, found)


def cite_fields(flows: list[Flow], lines: Sequence[Line]) -> None:
    """Cite every item, basis text, date and named end of ``flows`` on a line of ``lines`` that says it (see the
    module)."""
    page = _PageText(lines)
    for flow in flows:
        _cite_ends(flow, page)
        if flow.items:
            _cite_items(flow, page)
        _cite_basis(flow, page)
        _cite_dates(flow, page)


def cite_cases(cases: list[CouncilCase], lines: Sequence[Line]) -> None:
    """Cite each council case's date and title on the nearest line that writes them when the case's own line does
    not: minutes give the meeting's date once, at the top, and an agenda may put a case's number on a line of its
    own with the title below.

    >>> from ..layout.lines import split_lines
    >>> case = CouncilCase(date="2024-05-20", title="名簿の外部提供について", line=3, quote="諮問第1号")
    >>> cite_cases([case], split_lines("第1回審議会 令和6年5月20日\\n議題\\n諮問第1号\\n名簿の外部提供について"))
    >>> [(entry["line"], entry["fields"]) for entry in case.evidence]
    [(1, ['date']), (4, ['title'])]
    """
    page = _PageText(lines)
    for case in cases:
        if case.date and len(case.date) == 10 and not page.says_date(case.line, case.date):
            _cite_case_field(case, "date", page.nearest_date(case.date, case.line or 0))
        head = page.said(case.title)[:_TITLE_HEAD]
        if len(head) >= 4 and head not in page.text(case.line):
            _cite_case_field(case, "title", page.nearest(head, case.line or 0))


_TITLE_HEAD = 12  # characters of a title looked for: a title read with its bracket from two lines starts on one


def _cite_case_field(case: CouncilCase, field: str, line: Line | None) -> None:
    if line is None:
        return
    entry = next((entry for entry in case.evidence if entry["line"] == line.no), None)
    if entry is None:
        case.evidence.append({"fields": [field], "line": line.no, "quote": line.quote})
    elif field not in entry["fields"]:
        entry["fields"].append(field)
