"""Registry notices (告示) that list each change as a numbered block instead of a table row.

The genre: under a heading such as 「登録内容を変更した個人情報取扱事務」, each entry is a header line
naming the department, the business and a dated label, followed by labelled lines::

    (2) 税務課 軽自動車税賦課事務（変更日 令和5年4月1日）
        変更の内容 記録項目に「車台番号」を追加する。
        変更の理由 …

The label of the date (変更日 / 修正日 / 廃止日 / 登録日) or, failing that, the heading above the blocks
gives the action. A change's 内容 and 理由 lines are read like the cells of a registry change table
(:func:`~.prose.modification_flows`): the header's business is one end of each flow they state, the
header's date its start, and each flow points at the labelled line that names the other end.

>>> _HEADER.match("(2) 税務課 軽自動車税賦課事務(変更日 令和5年4月1日)").group("dept", "biz", "label")
('税務課', '軽自動車税賦課事務', '変更日')
>>> _LABELLED.match("変更の理由 組織改正のため").group("role")
'理由'
"""

from __future__ import annotations

import re

from ...records import Diagnostic, Flow, Registration
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.change_reasons import FLOW_WORDS, modification_flows
from ..text.dates import safe_date
from ..text.items import added_items
from ..text.registry_words import action_of

__all__ = ["READER", "block_changes"]

_HEADER = re.compile(
    r"^(?:[(（]\d{1,3}[)）]|\d{1,3}[.．)]|[①-⑳])\s*"
    r"(?P<dept>[^\s()（）「」]{2,30}?(?:課|室|係|センター|局|部|館|所))(?:\s+|\s*(?=「))「?"
    r"(?P<biz>[^\s()（）「」]{2,60}?)」?\s*(?:[(（]\s*(?P<label>[^\s()（）]{0,8}?(?:日|年月日))\s*[:：]?\s*"
    r"(?P<date>[^()（）]+?)\s*[)）])?$"
)
_LABELLED = re.compile(
    r"^[・○]?\s*(?P<kind>変更|修正|廃止|登録)?の?(?P<role>内容|理由|目的|対象者|記録の対象者|年月日|日)"
    r"(?:\s*[:：]\s*|\s+)(?P<text>.*)$"
)
_COLLECTION_ADDED = re.compile(r"収集の方法[^「」。]{0,12}?「([^」]+)」を(?:追加|、[^。]*?追加)")


def _block(lines: list[Line], start: int) -> list[tuple[Line, str, str]]:
    """The labelled lines below the header at ``lines[start]``: (line, role, text); a date line's role is 日."""
    out: list[tuple[Line, str, str]] = []
    for line in lines[start + 1:start + 12]:
        if line.blank or line.cells:
            if out:
                break
            continue
        match = _LABELLED.match(line.text)
        if not match:
            if _HEADER.match(line.text) or not out:
                break
            role, text = out[-1][1], out[-1][2] + line.text  # a wrapped continuation line
            out[-1] = (out[-1][0], role, text)
            continue
        role = "日" if match.group("role").endswith("日") else match.group("role")
        if role == "日" and match.group("kind"):
            role = match.group("kind") + "日"  # 「廃止日 …」 also says which change it is
        out.append((line, role, match.group("text").strip()))
    return out


def block_changes(lines: list[Line], used: set[int], known: set[str] | None = None) -> tuple[
        list[Registration], list[Flow], list[Diagnostic], set[int]]:
    """Registrations, flows and diagnostics of numbered registry blocks, and the lines they consumed."""
    registrations: list[Registration] = []
    flows: list[Flow] = []
    problems: list[Diagnostic] = []
    consumed: set[int] = set()
    section_action: str | None = None
    for index, line in enumerate(lines):
        text = line.text
        if not text or line.cells or line.no in used:
            continue
        header = (_HEADER.match(text) if text[0] in "(（0123456789①②③④⑤⑥⑦⑧⑨⑩" and "。" not in text
                  and len(text) <= 120 else None)
        if not header:
            if len(text) <= 40 and ("事務" in text or "業務" in text):
                section_action = action_of(text) or section_action
            continue
        body = _block(lines, index)
        dated = next(((entry, role, value) for entry, role, value in body if role.endswith("日")), None)
        label = header.group("label") or (dated[1] if dated else "")
        action = action_of(label) if "登録" not in label else None
        action = action or section_action
        if not any(not role.endswith("日") for _, role, _ in body) or action is None:
            continue
        consumed.add(line.no)
        consumed.update(entry[0].no for entry in body)
        department, business = header.group("dept"), header.group("biz")
        written = header.group("date") or (dated[2] if dated else None)
        date = safe_date(written, dated[0].no if dated and not header.group("date") else line.no, problems)
        texts = {role: text for _, role, text in body}
        content = texts.get("内容", "")
        registrations.append(Registration(
            department=department, business=business, action=action, date=date, purpose=texts.get("目的"),
            subjects=texts.get("対象者") or texts.get("記録の対象者"),
            collection_methods=[m.group(1) for m in _COLLECTION_ADDED.finditer(content)],
            items_added=added_items(content), line=line.no, quote=line.quote))
        if action != "modify":
            continue
        stated = next((entry for entry, role, _ in body if role == "理由"), None) or body[0][0]
        found = modification_flows(department, business, texts.get("理由", ""), content, stated.no, stated.quote,
                                   date=date, known_departments=known)
        if not found and any(FLOW_WORDS.search(entry_text) for _, _, entry_text in body):
            problems.append(Diagnostic(line.no, "warning", f"registry change names a hand-over but no flow was "
                                                           f"read: {text[:60]}"))
        flows.extend(found)
    return registrations, flows, problems, consumed


def read(page: Page, readings: Readings) -> Reading:
    registrations, flows, problems, lines = block_changes(page.lines, readings.claimed("records"),
                                                          page.known_departments)
    return Reading(flows=flows, registrations=registrations, diagnostics=problems, claimed=lines)


READER = Reader("registry_notice", read)
