"""Each item and basis of a flow cited on a line that says it.

A reader may take a flow's items or basis from another line than the one that states the flow: a 避難行動要支援者名簿
page lists what the roll holds (「名簿の内容 ・氏名 ・住所 …」) far above the bodies that receive it, a council
minute gives the article under its own heading. The user sees each field with the line it is cited on, and a
value that cannot be found on its line is a wrong citation. This step looks each item and the basis text up on the
lines the flow already cites for them; one found on none is cited on the nearest line of the page that says it
(the paragraph a line opens counts as that line), and the flow's ``evidence`` names that line for that field.
A value the page says nowhere as read (an item named in other words) keeps the citation it had.

>>> from ..layout.lines import split_lines
>>> lines = split_lines("名簿の内容\\n・氏名\\n・住所\\n提供先\\n・北浜市消防本部")
>>> flow = Flow(recipient_external="北浜市消防本部", items=["氏名", "住所"], line=5, quote="・北浜市消防本部")
>>> cite_fields([flow], lines)
>>> [(entry["line"], entry["fields"], entry.get("items")) for entry in flow.evidence]
[(5, ['kind'], None), (2, ['items'], ['氏名']), (3, ['items'], ['住所'])]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ...records import Flow
from ..layout.lines import Line
from .merge import stated_fields

__all__ = ["cite_fields"]

_UNSAID = re.compile(r"[\s「」『』]")


def _said(text: str) -> str:
    """What a line or a value says, without spaces and quotation brackets: how a value is looked for."""
    return _UNSAID.sub("", text)


class _PageText:
    """The page's lines as looked up: each line's text said plainly, and where each value is said (on first ask)."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        self.by_no = {line.no: index for index, line in enumerate(lines)}
        self._said: list[str | None] = [None] * len(lines)
        self._where: dict[str, list[int]] = {}

    def text(self, no: int | None) -> str:
        index = self.by_no.get(no) if no is not None else None
        if index is None:
            return ""
        said = self._said[index]
        if said is None:
            line = self.lines[index]
            said = self._said[index] = _said(line.text)  # a table row's text holds its cells
        return said

    def nearest(self, value: str, no: int) -> Line | None:
        """The line nearest to line ``no`` that says ``value`` (above first at the same distance)."""
        where = self._where.get(value)
        if where is None:
            where = self._where[value] = [line.no for line in self.lines if value in self.text(line.no)]
        if not where:
            return None
        closest = min(where, key=lambda other: (abs(other - no), other > no))
        return self.lines[self.by_no[closest]]


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


def _move_basis(flow: Flow, line: Line) -> None:
    """Cite the basis on ``line``: the entries that named it no longer do."""
    _own_evidence(flow)
    for entry in flow.evidence:
        if entry["line"] != line.no:
            entry["fields"] = [name for name in entry["fields"] if name != "basis"]
    entry = _entry(flow, line)
    if "basis" not in entry["fields"]:
        entry["fields"].append("basis")


def cite_fields(flows: list[Flow], lines: Sequence[Line]) -> None:
    """Cite every item and basis text of ``flows`` on a line of ``lines`` that says it (see the module)."""
    page = _PageText(lines)
    for flow in flows:
        if not flow.items and not flow.basis_text:
            continue
        if flow.items:
            cited = [page.text(no) for no in _cited_on(flow, "items")]
            placed: dict[int, tuple[Line, list[str]]] = {}
            for item in flow.items:
                value = _said(item)
                if not value or any(value in text for text in cited):
                    continue
                found = page.nearest(value, flow.line or 0)
                if found is not None:
                    placed.setdefault(found.no, (found, []))[1].append(item)
            if placed:
                _move_items(flow, placed)
        if flow.basis_text:
            value = _said(flow.basis_text)
            if value and not any(value in page.text(no) for no in _cited_on(flow, "basis")):
                found = page.nearest(value, flow.line or 0)
                if found is not None:
                    _move_basis(flow, found)
