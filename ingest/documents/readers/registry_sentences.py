"""Registrations told one sentence each, the business first in 「」: 「(1) 「A事務」は、B課が…に登録した。」.

The genre: a notice's numbered items under sub-heads that name the action (「1 新規登録」「2 変更」「3 廃止」),
each item one sentence: the business quoted, the department as the subject, then for a new business its purpose
(「…のため」), whom it concerns and how the data is collected (「Cから本人収集により」), and the date. The
sub-head names the action; without one, the sentence's verb does.

>>> _ITEM.match("(1) 「狂犬病予防事務」は、環境課が令和6年4月1日に廃止した。").group("biz", "dept")
('狂犬病予防事務', '環境課')
"""

from __future__ import annotations

import re

from ...records import Diagnostic, Registration
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date
from ..text.registry_words import action_of, change_details

__all__ = ["READER", "sentence_registrations"]

_ITEM = re.compile(
    r"^\s*(?:[(（]?\d{1,3}[)）.]\s*)?「(?P<biz>[^「」]{2,60}?(?:業務|事務|事業))」(?P<defined>とは|は)、\s*"
    r"(?:(?P<dept>[^\s、。「」が]{2,30}?(?:課|室|係|センター|局|部|館|所|班))が)?(?P<rest>.+)$"
)
# without a department as the subject, the sentence itself must tell the change: 「…に変更の届出がありました」,
# 「…をもって廃止されました」, or define a business begun on a day 「…が令和n年n月n日から行う事務で」
_TOLD_CHANGE = re.compile(r"(?P<verb>新規|変更|廃止|抹消|登録|新たに届け?出)"
                          r"(?:の届出が(?:あり|され|なされ)|(?:され|となり|し|られ)(?:た|まし)|となった)")
_BEGUN = re.compile(r"(?:(?:日|月)(?:から|より)|新たに)(?:行う|始める|開始する|実施する)(?:事務|業務)")
# 「A課からB課へ所管が移り」: the department is the one that holds it now
_MOVED_TO = re.compile(r"(?:から|より)(?P<dept>[^\s、。「」]{1,20}?(?:課|室|係|センター))(?:へ|に)所管が(?:移|変わ)")
_SUB_HEAD = re.compile(r"^\d{1,2}[.．\s]\s*(?P<words>[^\s、。]{2,12})$")
_PURPOSE = re.compile(r"^(?P<purpose>[^、。]{2,60}?)のため、")
_WHOSE = re.compile(r"、(?P<who>[^、。をの]{2,20}(?:の[^、。をの]{1,10})?)の(?:氏名|名称|住所)")
# 「Xを税務課のY事務から目的外利用により取得」: the division the data comes from is how it is collected
_FROM_DIVISION = re.compile(r"を(?P<dept>[^\s、。を]{1,20}?(?:課|室|センター))の[^、。]{1,30}?(?:から|より)")
_WHO_HOW = re.compile(r"、(?P<who>[^、。]{2,40}?)から(?P<how>[^、。]{2,20}?)により")
_VERB = re.compile(r"(?P<verb>登録|追加|変更|廃止)し(?:た|ました)。?$")


def sentence_registrations(lines: list[Line], used: set[int]) -> tuple[list[Registration], list[Diagnostic], set[int]]:
    """Registrations of 「business」-first sentences, and the lines they were read from."""
    registrations: list[Registration] = []
    problems: list[Diagnostic] = []
    consumed: set[int] = set()
    heading: str | None = None  # the action the last sub-head named
    for line in lines:
        if line.blank or line.cells:
            continue
        sub_head = _SUB_HEAD.match(line.text)
        if sub_head:
            heading = action_of(sub_head.group("words"))
            continue
        item = _ITEM.match(line.text)
        if not item or line.no in used:
            continue
        rest = item.group("rest")
        verb = _VERB.search(rest)
        stated = verb and action_of("変更" if verb.group("verb") == "追加" else verb.group("verb"))
        department = item.group("dept")
        self_told = department is None or item.group("defined") == "とは"  # the sentence, not a heading, tells
        if self_told:
            told = _TOLD_CHANGE.search(rest)
            if told:
                stated = action_of(told.group("verb"))
            elif not (item.group("defined") == "とは" and department and heading == "new" and _BEGUN.search(rest)):
                continue
            moved = _MOVED_TO.search(rest)
            department = moved.group("dept") if moved else department
        action = (stated or heading) if self_told else (heading or stated)
        if action is None:
            continue
        details = change_details(rest, action)
        record = Registration(department=department, business=item.group("biz"), action=action,
                              items_added=details.items_added, line=line.no, quote=line.quote)
        if details.date:
            record.date = safe_date(details.date, line.no, problems)
        if action == "new":
            purpose = _PURPOSE.match(rest)
            record.purpose = purpose.group("purpose") if purpose else None
            who_how = _WHO_HOW.search(rest)
            if item.group("defined") == "とは":  # 「…で、Aの氏名…を記録するもの」: whom it concerns, then its sources
                whose = _WHOSE.search(rest)
                record.subjects = whose.group("who") if whose else None
                record.collection_methods = [found.group("dept") for found in _FROM_DIVISION.finditer(rest)]
            elif who_how:
                record.subjects = who_how.group("who")
                record.collection_methods = [who_how.group("how")]
        registrations.append(record)
        if not (self_told and "。" in rest.rstrip("。")):  # a further sentence (a flow) is left to the prose
            consumed.add(line.no)
    return registrations, problems, consumed


def read(page: Page, readings: Readings) -> Reading:
    registrations, problems, lines = sentence_registrations(page.lines, readings.claimed("records"))
    return Reading(registrations=registrations, diagnostics=problems, claimed=lines)


READER = Reader("registry_sentences", read)
