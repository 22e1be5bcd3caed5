"""Registrations told as bullets that open with the action: 「•新規 A課 B事務 •変更 C課 D事務(…を追加)」.

The genre: a report slide or a summary lists the registry's changes one bullet each, the action word first,
then the department and the business, a change's detail in a bracket after it. In a slide transcript the
bullets run together on one line and the slide's number is glued to the end of the last one. A date in the
bracket (「•新規 A課 B事務(令和6年11月1日)」) is the registration's. Items opening with a marker instead of a
bullet (「ア 新規 A課「B事務」」) read the same.

>>> parts = _bullets("•新規 市民課 窓口予約事務 •廃止 税務課 旧申告事務3")
>>> [_ITEM.match(part).group("action", "dept", "biz") for part in parts]
[('新規', '市民課', '窓口予約事務'), ('廃止', '税務課', '旧申告事務')]
>>> _ITEM_DEPT_AFTER.match("変更:図書貸出事務(生涯学習課)電子メールアドレスを追加").group("biz", "dept", "detail")
('図書貸出事務', '生涯学習課', '電子メールアドレスを追加')
"""

from __future__ import annotations

import re

from ...records import Diagnostic, Registration
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date
from ..text.registry_words import action_of, change_details

__all__ = ["READER", "bullet_registrations"]

_BULLET = re.compile(r"\s*[•●■◆]\s*|(?:^|\s)・\s*")  # 「・」 also joins words inside a name
_ITEM = re.compile(
    r"^(?P<action>新規(?:登録)?|登録|変更|修正|廃止)\s*[:：]?\s*"
    r"(?P<dept>[^\s()（）「」、。]{2,30}?(?:課|室|係|センター|局|部|館|所|班))(?:\s+|(?=「))"
    r"「?(?P<biz>[^\s()（）「」、。]{2,60}?(?:業務|事務|事業))」?"
    r"\s*(?:[(（](?P<detail>[^()（）]{1,80})[)）])?\s*\d{0,3}$"
)
# 「ア 新規 A課「B事務」」「(イ) 廃止 …」: a lettered item marker, then the action (「(1) 新規 …」 is a head line
# whose details may follow: registry_heads reads those)
# 「・新規:B事務(A課)」「・変更:B事務(A課)緊急連絡先を追加」「・新規 B事務(A課) 令和n年n月n日」: the business
# first, its department in brackets, then what changed and when
_ITEM_DEPT_AFTER = re.compile(
    r"^(?P<action>新規(?:登録)?|登録|変更|修正|廃止)(?:\s*[:：]\s*|\s+)"
    r"「?(?P<biz>[^\s()（）「」、。:：]{2,60}?(?:業務|事務|事業))」?\s*"
    r"[(（](?P<dept>[^\s()（）「」、。]{2,30}?(?:課|室|係|センター|局|部|館|所|班))[)）]"
    r"\s*(?P<detail>[^()（）]{0,80}?)\s*$"
)
# 「緊急連絡先を追加」 after the bracket: the items the change adds, no 「記録項目に」 before them
_BARE_ADDED = re.compile(r"^(?P<what>[^、。「」\s:：]{1,40}?)(?:を|が)(?:追加|加え|加わ)")
_MARKER = re.compile(r"^(?:[ア-ン](?:[\s.、)）]|(?=\s))|[(（][ア-ン][)）]|[①-⑳])\s*")


def _bullets(text: str) -> list[str]:
    return [part.strip() for part in _BULLET.split(text) if part.strip()]


def bullet_registrations(lines: list[Line], used: set[int]) -> tuple[list[Registration], list[Diagnostic], set[int]]:
    """Registrations of bullets opening with their action, the diagnostics and the lines they were read from."""
    registrations: list[Registration] = []
    problems: list[Diagnostic] = []
    consumed: set[int] = set()
    for line in lines:
        if line.blank or line.cells or line.no in used:
            continue
        marked = _MARKER.match(line.text)
        if not _BULLET.search(line.text) and not marked:
            continue
        for part in _bullets(line.text) if _BULLET.search(line.text) else [line.text[marked.end():]]:
            item = _ITEM.match(part) or _ITEM_DEPT_AFTER.match(part)
            if not item:
                continue
            action = action_of(item.group("action")) or "new"
            details = change_details(item.group("detail") or "", action)
            bare = _BARE_ADDED.match(item.group("detail") or "")
            if bare and action == "modify" and not details.items_added and not details.collection_methods:
                details.items_added = [what for what in re.split(r"、|及び|・", bare.group("what")) if what]
            registrations.append(Registration(
                department=item.group("dept"), business=item.group("biz"), action=action,
                collection_methods=details.collection_methods, items_added=details.items_added,
                line=line.no, quote=line.quote))
            if details.date:
                registrations[-1].date = safe_date(details.date, line.no, problems)
            consumed.add(line.no)
    return registrations, problems, consumed


def read(page: Page, readings: Readings) -> Reading:
    # Each bullet opens with its action: only lines holding an action word are offered.
    offered = page.lines_with("新規", "登録", "変更", "修正", "廃止")
    registrations, problems, lines = bullet_registrations(offered, readings.claimed("records"))
    return Reading(registrations=registrations, diagnostics=problems, claimed=lines)


READER = Reader("registry_bullets", read)
