"""Hand-overs a clerk reports aloud in a meeting transcript (「(2)個人情報の目的外利用の報告です。…」), and the
uses a department's answer states in the questions after a report.

The genre: a council's minutes record the department's reports as speech, often several on one line of a PDF
transcript. A report section opens with its kind (「目的外利用の報告です」, 「外部提供の報告です」) and each
case is one sentence:

- 「A課が保有するXのYを、B課がZ事務に利用するもの」: a use outside the purpose, X the record, Y the items;
- 「A課が保有するXの情報を、Cからの照会に基づき提供したもの」: a provision to C.

A law the sentence (or the answer just after it, 「同法第N条に基づく」) cites is the basis.

>>> said = ("それでは目的外利用の報告です。1件目は、税務課が保有する軽自動車税台帳の所有者情報を、環境課が"
...         "放置車両対策事務に利用するものです。")
>>> [(f.kind, f.source_department, f.source_business, f.recipient_department, f.recipient_business, f.items)
...  for f in report_flows(said, 3, "q")]
[('purpose_outside_use', '税務課', '軽自動車税台帳', '環境課', '放置車両対策事務', ['所有者情報'])]
"""

from __future__ import annotations

import re

from ...records import Flow
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.items import compact

__all__ = ["READER", "answered_use", "report_flows", "spoken_report_flows"]

_UNIT = r"[^,、。\s「」]{1,15}?(?:課|室|局|センター|所)"
_SECTION = re.compile(r"(?P<kind>目的外利用|外部提供)(?:の|に関する)報告(?:です|でございます|をいたします|をします)")
_USED = re.compile(rf"(?P<sdept>{_UNIT})が保有する(?P<held>[^,、。]+?)を[,、]?(?P<rdept>{_UNIT})が"
                   r"(?P<rbiz>[^,、。]+?(?:事務|業務|事業))に(?:目的外)?利用する")
_PROVIDED = re.compile(rf"(?P<sdept>{_UNIT})が保有する(?P<held>[^,、。]+?)を[,、]?(?P<ext>[^,、。]{{2,20}}?)"
                       r"からの(?P<reason>[^,、。]+?)に基づき(?:外部)?提供")
_RECORD = re.compile(r"^(?P<record>[^,、。]+?(?:台帳|記録|簿|票|データ|システム|ファイル))(?:の(?P<items>[^,、。]+))?$")
_BASED = re.compile(r"^(?P<law>[^,、。]+?法)に基づく")
_LAW_ARTICLE = re.compile(r"(?P<law>[^,、。\s]+?法)第\s*(?P<article>\d+条(?:第\d+項)?)")
_SAME_LAW = re.compile(r"同法第\s*(?P<article>\d+条(?:第\d+項)?)")


def _held(held: str) -> tuple[str | None, list[str]]:
    """(record, items) of 「固定資産課税台帳の所有者情報」; bare 「の情報」 names no item."""
    record = _RECORD.match(held)
    if not record:
        return None, [held]
    items = record.group("items")
    return record.group("record"), [items] if items and items not in ("情報", "個人情報") else []


def report_flows(text: str, line: int, quote: str) -> list[Flow]:
    """The flows the report sections of ``text`` state, one per sentence of the shapes above."""
    flat = compact(text)
    sections = list(_SECTION.finditer(flat))
    out: list[Flow] = []
    for number, section in enumerate(sections):
        end = sections[number + 1].start() if number + 1 < len(sections) else len(flat)
        body = flat[section.end():end]
        pattern = _USED if section.group("kind") == "目的外利用" else _PROVIDED
        for match in pattern.finditer(body):
            record, items = _held(match.group("held"))
            after = body[match.end():match.end() + 200]
            if pattern is _USED:
                business = match.group("rbiz")
                based = _BASED.match(business)
                law = based.group("law") if based else None
                business = business[based.end():] if based else business
                same = _SAME_LAW.search(after) if law else None
                out.append(Flow(source_department=match.group("sdept"), source_business=record,
                                recipient_department=match.group("rdept"), recipient_business=business,
                                kind="purpose_outside_use", basis="law" if law else "unknown",
                                basis_text=law + "第" + same.group("article") if same else law, items=items,
                                line=line, quote=quote))
            else:
                cited = _LAW_ARTICLE.search(after.split("。")[0])
                out.append(Flow(source_department=match.group("sdept"), source_business=record,
                                recipient_external=match.group("ext"), kind="external_provision",
                                basis="law" if cited else "unknown",
                                basis_text=cited.group("law") + "第" + cited.group("article") if cited else None,
                                items=items, reason=match.group("reason"), line=line, quote=quote))
    return out


# 「(市民課)危機管理室が、名簿の作成のため、住民基本台帳の氏名、住所を利用するものである。」: a department's
# answer in the questions that follow a report names who uses which record for what
_ANSWER = re.compile(rf"^[(（](?P<who>{_UNIT})[)）]\s*(?P<rdept>{_UNIT})が[,、](?P<purpose>[^,、。]+?)のため[,、]"
                     r"(?P<held>[^。]+?)を(?:目的外)?利用するもの")
_RECORD_ITEMS = re.compile(r"^(?P<record>[^,、。]+?(?:台帳|記録|簿|票|データ|システム|ファイル))の(?P<items>.+)$")


def answered_use(text: str, line: int, quote: str) -> list[Flow]:
    """The use outside its purpose a department's answer states (see ``_ANSWER``).

    >>> [(f.source_business, f.recipient_department, f.recipient_business, f.items) for f in answered_use(
    ...     "(保険課)福祉課が、給付の審査のため、介護保険台帳の認定区分、住所を利用するものです。", 1, "q")]
    [('介護保険台帳', '福祉課', '給付の審査', ['認定区分', '住所'])]
    """
    said = _ANSWER.match(compact(text))
    if not said or said.group("who") == said.group("rdept"):
        return []
    held = _RECORD_ITEMS.match(said.group("held"))
    record = held.group("record") if held else None
    items = [item for item in re.split(r"[,、]|及び", held.group("items") if held else said.group("held")) if item]
    return [Flow(source_business=record, recipient_department=said.group("rdept"),
                 recipient_business=said.group("purpose"), kind="purpose_outside_use", basis="unknown", items=items,
                 line=line, quote=quote)]


def spoken_report_flows(lines: list[Line], skip: set[int]) -> tuple[list[Flow], set[int]]:
    """Flows reported aloud or stated in an answer, and the lines that stated them."""
    out: list[Flow] = []
    read: set[int] = set()
    for line in lines:
        if line.no in skip or line.cells:
            continue
        if line.text[:1] in "(（" and "利用" in line.text:
            found = answered_use(line.text, line.no, line.quote)
            if found:
                out.extend(found)
                read.add(line.no)
                continue
        if "報告" not in line.text or "保有" not in line.text:
            continue
        found = report_flows(line.text, line.no, line.quote)
        if found:
            out.extend(found)
            read.add(line.no)
    return out, read


def read(page: Page, readings: Readings) -> Reading:
    flows, lines = spoken_report_flows(page.lines, readings.claimed("records"))
    return Reading(flows=flows, claimed=lines)


READER = Reader("spoken_reports", read, claims="statements")
