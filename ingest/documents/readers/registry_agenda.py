"""Registry changes listed as agenda items: 「報告1 住民基本台帳事務について【変更】」.

A council agenda reports the registry changes of the period as items, each naming one or more businesses and
the action in a bracket (【新規】【変更】【廃止】, （新規）…) or in words (「…事務の登録について」,
「…事務の廃止について」). Each business named is one registration, on the item's line; a department in a bracket
beside the title (【市民課】) is its department. A heading naming only the action (「(1)個人情報取扱事務の開始の
届出について」) lists the businesses as bullets below it (「・市民課「X事務」」, 「・X事務（市民課）」).

>>> from ..layout.lines import split_lines
>>> page = split_lines("3 報告事項\\n報告1 犬の登録事務、狂犬病予防事務について【変更】\\n"
...                    "報告2 敬老祝金事務について（廃止）")
>>> [(r.business, r.action, r.line) for r in agenda_registrations(page, set())]
[('犬の登録事務', 'modify', 2), ('狂犬病予防事務', 'modify', 2), ('敬老祝金事務', 'abolish', 3)]
"""

from __future__ import annotations

import re

from ...records import Registration
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.registry_words import action_of, business_names

__all__ = ["READER", "agenda_registrations"]

_ITEM = re.compile(
    r"^\s*(?:(?:報告|議題|審議|協議)(?:事項)?\s*\d*|[(（]?\d{1,2}[)）.．]|[①-⑳]|[・●○ア-オ][.．\s]?)\s*"
    r"(?P<names>[^【】\[\]()（）「」。]+?(?:業務|事務|事業|システム))"
    r"(?P<how>の(?:新規)?登録|の(?:登録)?(?:変更|廃止|修正)|に係る(?:登録|変更|廃止)[^【】()（）]*)?"
    r"(?:の届出)?(?:について|に関して)?(?:の報告)?\s*"
    r"(?:[【\[(（](?P<action>新規|新規登録|登録|変更|修正|廃止|追加)[】\])）])?"
    r"\s*(?:[【\[(（](?P<department>[^】\])）]{2,20}(?:課|室|センター|局|部))[】\])）])?\s*$"
)


_AGENDA_WORD = re.compile(r"^(?:(?:報告|審議|協議|諮問)事項|議題)\s*")  # 「3. 報告事項 個人情報取扱事務の登録について」
_GENERIC = re.compile(r"^(?:個人情報)?(?:取扱|取り扱い|保有)?(?:業務|事務|事業)$|^個人情報取扱")


# 「…事務開始届(市民体育館管理運営事務以下18件)」: a group of notices named by its first business
_NOTICE_GROUP = re.compile(r"(?P<action>開始|変更|廃止)(?:の)?届(?:出)?(?:書)?\s*[(（]\s*"
                           r"(?P<name>[^()（）、。]+?(?:業務|事務|事業|システム))\s*(?:以下|ほか|外)\s*\d+\s*件\s*[)）]")
_NOTICE_ACTIONS = {"開始": "new", "変更": "modify", "廃止": "abolish"}


# 「(1)個人情報取扱事務の開始の届出について」: a heading naming only the action; its bullets name the businesses
_ACTION_HEADING = re.compile(r"^\s*(?:(?:報告|議題)(?:事項)?\s*\d*|[(（]?\d{1,2}[)）.．]|[①-⑳])?\s*"
                             r"(?:個人情報)?(?:取扱|取り扱い)?(?:事務|業務)の?(?P<action>開始|新規登録|登録|変更|廃止)"
                             r"の?(?:届出|届|登録)?(?:について|に関して)?(?:[(（]報告[)）])?\s*$")
_LISTED = re.compile(r"^\s*[・●○\-]\s*(?:(?P<dept>[^「『（(\s]{2,20}(?:課|室|センター|局|部))\s*"
                     r"[「『](?P<name>[^」』]+)[」』]"
                     r"|(?P<bare>[^「」『』()（）\s]{2,40}(?:業務|事務|事業|システム))\s*"
                     r"(?:[(（](?P<dept2>[^()（）]{2,20}(?:課|室|センター|局|部))[)）])?)\s*$")
_HEADING_ACTIONS = {"開始": "new", "新規登録": "new", "登録": "new", "変更": "modify", "廃止": "abolish"}


def _listed_under(lines: list[Line], index: int, action: str) -> list[Registration]:
    """The bullets right below an action heading, one registration each."""
    out: list[Registration] = []
    for line in lines[index + 1:index + 30]:
        if line.blank:
            continue
        listed = _LISTED.match(line.text)
        if not listed:
            break
        out.append(Registration(department=listed.group("dept") or listed.group("dept2"),
                                business=listed.group("name") or listed.group("bare"), action=action,
                                line=line.no, quote=line.quote))
    return out


def agenda_registrations(lines: list[Line], used: set[int]) -> list[Registration]:
    """One registration per business an agenda item reports as registered, changed or abolished, and per
    business a summary of notices names (「開始届(A事務以下18件)」: A, the others unnamed).

    >>> from ..layout.lines import split_lines
    >>> said = split_lines("事務開始届(図書貸出事務以下4件)及び事務廃止届(旧庁舎警備事務外1件)")
    >>> [(r.business, r.action) for r in agenda_registrations(said, set())]
    [('図書貸出事務', 'new'), ('旧庁舎警備事務', 'abolish')]
    """
    out: list[Registration] = []
    for index, line in enumerate(lines):
        if line.no in used or line.cells or "事" not in line.text and "業" not in line.text:
            continue
        heading = _ACTION_HEADING.match(line.text)
        if heading:
            out.extend(_listed_under(lines, index, _HEADING_ACTIONS[heading.group("action")]))
            continue
        if "届" in line.text and "件" in line.text:
            grouped = [Registration(business=match.group("name").strip(), action=_NOTICE_ACTIONS[match.group("action")],
                                    line=line.no, quote=line.quote) for match in _NOTICE_GROUP.finditer(line.text)]
            if grouped:
                out.extend(grouped)
                continue
        item = _ITEM.match(line.text)
        if not item or not (item.group("action") or item.group("how")):
            continue
        action = action_of(item.group("action")) or action_of(item.group("how"))
        if action is None:
            continue
        for name in business_names(item.group("names")):
            if _GENERIC.match(_AGENDA_WORD.sub("", name)):
                continue  # 「個人情報取扱事務の登録について」 names the registry, not a business
            out.append(Registration(department=item.group("department"), business=name, action=action,
                                    line=line.no, quote=line.quote))
    return out


def read(page: Page, readings: Readings) -> Reading:
    return Reading(registrations=agenda_registrations(page.lines, readings.claimed("records")))


READER = Reader("registry_agenda", read)
