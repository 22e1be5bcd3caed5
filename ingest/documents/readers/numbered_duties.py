"""Numbered duties of a department: 「(1) A課は、Xを、…法第n条に基づき、Bへ提供する。」, one hand-over an item.

A notice or 要綱 lists what each department does with the data it holds as numbered items whose subject is the
department (「A課は、」) and whose verb is 提供する, 通知する (over a line: 電気通信回線を通じて) or 収集する
(「…をYから収集する」: Y supplies, the department collects). A transcript of such a page breaks an item over
several lines mid-sentence; the lines without a number of their own are joined to the item until its 。.
The ground is the statute the item cites (「…法第n条の規定に基づき」「…の規定により」) or 本人の同意を得て.

>>> from ..layout.page import page_of
>>> page = page_of("運用\\n(1) 住民係は、転出者の氏名を、\\n住民基本台帳法第9条に基づき\\n転出先の市町村へ提供する。")
>>> [(f.source_department, f.recipient_external, f.kind, f.basis_text, f.items, f.line)
...  for f in read(page, Readings()).flows]
[('住民係', '転出先の市町村', 'external_provision', '住民基本台帳法第9条', ['転出者の氏名'], 2)]
"""

from __future__ import annotations

import re

from ...records import Flow
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.items import clean_items

__all__ = ["READER", "read"]

# 「1 A課が行う事務A課は、…」: the item's heading runs into its text, the department told twice
_ITEM = re.compile(r"^\s*(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[\s　.．])\s*(?:[^\s、。は]{2,20}?が行う事務)?"
                   r"(?P<holder>[^\s、。は]{2,20}?(?:課|室|係))は、(?P<rest>.+?)(?P<verb>提供|通知|収集|送信)(?:する|します|している|しています)。")
_MARKED = re.compile(r"^\s*(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[\s　.．]|第[0-9０-９]+)")
_LAW = re.compile(r"(?P<law>[^、。を\s]{1,30}?(?:法|条例|政令|規則)(?:施行令|施行規則)?第[0-9０-９]+条"
                  r"(?:の[0-9０-９]+)?(?:第[0-9０-９]+項)?)(?:の規定)?(?:に基づき|により|による)、?")
_CONSENT = re.compile(r"(?P<consent>本人の同意)を得て、?")
_DATA = re.compile(r"^(?P<data>[^、]+?)を、?")
_LINE_MEDIUM = re.compile(r"(?:回線|電子媒体|オンライン)")
_SUPPLIER = re.compile(r"(?P<supplier>[^、を]{2,30}?)から$")
_RECIPIENT = re.compile(r"(?:(?:電気通信回線|専用回線|電子媒体|オンライン)[^、]{0,6}?(?:を通じて|により|で))?"
                        r"(?P<recipient>[^、を]{2,30}?)(?:へ|に)(?:委託して[^、]{0,10}?)?"
                        r"(?:(?:[^、にへを]{0,8}?(?:回線|媒体)|オンライン)(?:を通じて|により|で))?$")
_REGISTER = re.compile(r"^(?P<register>[^、]{2,15}?(?:台帳|附票|名簿|原票|保険))の(?P<item>[^の]+)$")
_REGISTER_LAW = re.compile(r"^(?P<register>[^、。]{2,12}?台帳)法第")
_MOST_JOINED = 3


def _joined(lines: list[Line], index: int) -> tuple[str, int]:
    """The item's text with the unnumbered lines that continue it, and how many lines it spans."""
    text = lines[index].text.strip()
    used = 1
    while "。" not in text and used <= _MOST_JOINED and index + used < len(lines):
        following = lines[index + used]
        if not following.text.strip() or following.cells or _MARKED.match(following.text):
            break
        text += following.text.strip()
        used += 1
    return text, used


def _flow(text: str, line: Line) -> Flow | None:
    """The hand-over one numbered duty states, or ``None`` when the item is not one."""
    match = _ITEM.match(text)
    if not match:
        return None
    rest, verb = match.group("rest"), match.group("verb")
    basis, basis_text = "unknown", None
    law = _LAW.search(rest)
    consent = _CONSENT.search(rest)
    if consent:
        basis, basis_text, rest = "consent", consent.group("consent"), rest.replace(consent.group(0), "")
    elif law:
        basis, basis_text, rest = "law", law.group("law"), rest.replace(law.group(0), "")
    data = _DATA.match(rest)
    if not data:
        return None
    other = rest[data.end():].strip("、 ")
    items, _ = clean_items(data.group("data"))
    holder = match.group("holder")
    if verb == "収集":
        supplier = _SUPPLIER.search(other)
        if not supplier:
            return None
        register = _REGISTER.match(data.group("data"))
        return Flow(source_external=supplier.group("supplier"), recipient_department=holder,
                    recipient_business=register.group("register") if register else None,
                    kind="collection_from_others", basis=basis, basis_text=basis_text,
                    items=[register.group("item")] if register else items, line=line.no, quote=line.quote)
    recipient = _RECIPIENT.search(other)
    if not recipient:
        return None
    register = _REGISTER.match(data.group("data"))
    # 「住民基本台帳法第n条の規定に基づき、本人確認情報を」: a statute named after a register governs its data
    named_law = _REGISTER_LAW.match(basis_text or "") if basis == "law" and not register else None
    kind = "online_connection" if _LINE_MEDIUM.search(other) else "external_provision"
    source_business = register.group("register") if register else named_law.group("register") if named_law else None
    return Flow(source_department=holder, source_business=source_business,
                recipient_external=recipient.group("recipient"), kind=kind, basis=basis, basis_text=basis_text,
                items=items, line=line.no, quote=line.quote)


def read(page: Page, readings: Readings) -> Reading:
    """Every numbered duty on the unclaimed lines, joined over the lines a transcript broke it into."""
    reading = Reading()
    skip = readings.claimed("records", "council", "statements")
    lines = page.lines
    for index, line in enumerate(lines):
        if line.cells or line.no in skip or "は、" not in line.text or not _MARKED.match(line.text):
            continue
        text, used = _joined(lines, index)
        flow = _flow(text, line)
        if flow is not None:
            reading.flows.append(flow)
            reading.claimed.update(other.no for other in lines[index:index + used])
    return reading


READER = Reader("numbered_duties", read, claims="statements")
