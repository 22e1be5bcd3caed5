"""Data collected from named outside suppliers (本人以外からの収集), as impact assessments (評価書) state it.

「納税者、国税庁、給与支払者等から提出・提供される課税資料に基づき…」 and 「国税庁との申告等情報を連携し」 name
the outside parties that supply the data of the business the document is about. Each named supplier is one
``collection_from_others`` flow, the supplier in ``source_external`` and the business as recipient. The data
subject (納税者, 本人, 申請者 …) is not an outside supplier. The business is the one the document names under
「事務の名称」 or 「評価書名」; a page without such a label is not this genre and is left to the other readers.
An internal department named as the supplier (「市民課から提供される」) is no outside party either. Data
「…を受理し」 from submitters the text does not name is one flow with every source field empty, as the
conventions ask for an unnamed supplier.

>>> from ..layout.lines import split_lines
>>> page = split_lines("評価書名\\n国民健康保険に関する事務 全項目評価書\\n"
...                    "加入者、年金機構、他市町村等から提供される所得情報に基づき")
>>> flows, _ = supplied_flows(page, set())
>>> [(f.source_external, f.recipient_business, f.items) for f in flows]
[('年金機構', '国民健康保険に関する事務', ['所得情報']), ('他市町村等', '国民健康保険に関する事務', ['所得情報'])]
"""

from __future__ import annotations

import re

from ...records import Flow
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.names import is_department

__all__ = ["READER", "supplied_flows"]

_SUPPLIED = re.compile(r"(?P<suppliers>[^。]+?)から(?:の)?(?:提出・提供|提供・提出|提出|提供|送付|報告)され(?:る|た)"
                       r"(?P<items>[^、。をに]*?)(?:に基づ|を|は|の|、|$)")
# 「X連合会から受領したレセプトデータに基づき」: received from a named party
_RECEIVED_FROM = re.compile(r"(?P<suppliers>[^。]+?)から(?:受領|受理|取得|入手|受信)し(?:た|ている)"
                            r"(?P<items>[^、。をに]*?)(?:に基づ|を|は|の|、|$)")
# 「日本年金機構から年金の受給情報を入手する」「他市町村から所得情報を情報提供ネットワークシステムにより取得する」
_OBTAINED = re.compile(r"(?P<suppliers>[^、。]+?)から(?P<items>[^、。を]+?)を、?"
                       r"(?:[^、。を]{0,24}?(?:により|で|を通じて|経由で)、?)?(?:取得|入手|受領|収集)(?:する|します|している|しています)")
# 「町は広域連合から保険料の賦課に関する情報の提供を受ける」
_PROVIDED_TO_US = re.compile(r"(?P<suppliers>[^、。]+?)から(?P<items>[^、。を]+?)の(?:提供|送付|報告)"
                             r"を受け(?:る|て|た|ま)")
_LINKED = re.compile(r"(?P<supplier>[^、。・\s]+?)との(?P<items>[^、。をと]+?)を連携")
# 「提出が義務付けられている報告書を電子データで受理し」: collected from submitters the text does not name
_RECEIVED = re.compile(r"(?:^|、)(?P<items>[^、。を]+?)を(?:電子データで|電子媒体で|書面で)?(?:受理|受領)")
_TOLD = (_SUPPLIED, _RECEIVED_FROM, _OBTAINED, _PROVIDED_TO_US)
_TOPIC = re.compile(r"^[^、。]{1,8}?[はが](?=[一-龥ァ-ヶ])")  # 「町は広域連合から」: the one who receives, said first
_SUBJECTS = re.compile(r"^(?:納税者|納税義務者|本人|申請者|申告者|届出者|被保険者|加入者|住民|対象者|利用者)$")
_LABEL = re.compile(r"^[①-⑳\d.\s]*(?:事務の名称|評価書名)\s*[:：]?\s*(?P<value>.*)$")
_BUSINESS = re.compile(r"^(?P<business>[^\s()（）]+?(?:事務|業務))")
_LEADING_NUMBER = re.compile(r"^[\s・]*(?:\d{1,2}[.．)）]|[(（]\d{1,2}[)）]|[①-⑳])?\s*")


def _business(lines: list[Line]) -> str | None:
    """The business the document is about: the value of its 「事務の名称」 (or 「評価書名」) label."""
    for index, line in enumerate(lines):
        if "名称" not in line.text and "評価書名" not in line.text:
            continue
        label = _LABEL.match(line.text)
        if not label:
            continue
        values = [label.group("value"), *(after.text for after in lines[index + 1:index + 4] if not after.blank)]
        if len(values) < 4:  # a transcript with a blank line after each printed line: look as far
            values += [after.text for after in lines[index + 4:index + 9] if not after.blank]
        values = [value.strip() for value in values[:4]]
        for position, value in enumerate(values):
            # a name broken over two printed lines (「国民健康保険資格・」「給付事務」) is read whole
            for candidate in (value, value + values[position + 1]) if position + 1 < len(values) else (value,):
                found = _BUSINESS.match(candidate)
                if found:
                    return found.group("business")
    return None


def _collections(text: str) -> list[re.Match[str]]:
    """Every collection a line tells, in the order told; where two shapes match the same words, the first kept."""
    told = sorted((match for pattern in _TOLD for match in pattern.finditer(text)), key=lambda match: match.start())
    kept: list[re.Match[str]] = []
    for match in told:
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return kept


def _suppliers(text: str) -> list[str]:
    """「1.納税者、国税庁、給与支払者等」 → the outside parties, the data subject left out; 「町は広域連合」 →
    広域連合."""
    names = [_TOPIC.sub("", _LEADING_NUMBER.sub("", part).strip()) for part in re.split(r"[、,]", text)]
    return [name for name in names
            if name and len(name) <= 15 and not _SUBJECTS.match(name) and not is_department(name)]


def supplied_flows(lines: list[Line], consumed: set[int]) -> tuple[list[Flow], set[int]]:
    """One collection flow per named outside supplier, and the lines they came from."""
    business = _business(lines)
    if business is None:
        return [], set()  # no 事務の名称: not an assessment
    found: list[tuple[str, list[str], Line]] = []
    for line in lines:
        if line.no in consumed or line.cells or ("から" not in line.text and "連携" not in line.text):
            continue
        named: set[str] = set()  # a supplier two shapes of the line name is one
        for supplied in _collections(line.text):  # a paragraph may tell of several, each its own way
            items = [supplied.group("items")] if supplied.group("items") else []
            for name in _suppliers(supplied.group("suppliers")):
                if name not in named:
                    named.add(name)
                    found.append((name, items, line))
        linked = _LINKED.search(line.text)
        if linked:
            supplier = _LEADING_NUMBER.sub("", linked.group("supplier"))
            if supplier and not _SUBJECTS.match(supplier) and not is_department(supplier):
                found.append((supplier, [linked.group("items")], line))
        received = _RECEIVED.search(line.text)
        if received:
            found.append(("", [re.sub(r"^.*(?:ている|された|される)", "", received.group("items"))], line))
    flows: list[Flow] = []
    for supplier, items, line in found:
        flows.append(Flow(source_external=supplier or None, recipient_business=business, kind="collection_from_others",
                          items=list(items), line=line.no, quote=line.quote))
    return flows, {flow.line for flow in flows if flow.line}


def read(page: Page, readings: Readings) -> Reading:
    flows, lines = supplied_flows(page.lines, readings.claimed("records"))
    return Reading(flows=flows, claimed=lines)


READER = Reader("supplied", read)
