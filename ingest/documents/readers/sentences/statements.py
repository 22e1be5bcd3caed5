"""Flows stated in free prose (newsletters, the text of a report), one sentence at a time.

A sentence names its receiving side as the subject and the holder after から / より; the same
phrases as in a registry change's reason (:mod:`.prose`) then give the flows:

- 「健康推進課は、…、介護保険課の介護保険資格事務から要介護認定の有無を目的外利用しています。」;
- 「学校教育課は、就学援助事務において、こども課より児童扶養手当事務及びB事務から外部提供を受けています。」
  (the 「…において」 business is the recipient's; one flow per named source business);
- 「A課のX事務とB課のY事務は、…相互に目的外利用を行っています。」: two flows, one each way.

A basis the sentence names (「本人の同意を得て」, 「…法に基づき」) is the flow's basis; else it is unknown.
A full date followed by から / より / 以降 is the flow's start.

>>> flows = statement_flows("・福祉課は、本人の同意を得て、税務課の課税事務から所得額を目的外利用しています。", 3, "q")
>>> [(f.source_department, f.source_business, f.recipient_department, f.basis, f.items) for f in flows]
[('税務課', '課税事務', '福祉課', 'consent', ['所得額'])]
>>> flows = statement_flows("A課のX事務とB課のY事務は、相互に目的外利用を行っています。", 4, "q")
>>> [(f.source_business, f.recipient_business) for f in flows]
[('X事務', 'Y事務'), ('Y事務', 'X事務')]
"""

from __future__ import annotations

import re

from ....normalize import DATE_SINCE, classify_basis
from ....records import Flow
from ...text.change_reasons import FLOW_WORDS, modification_flows
from ...text.dates import safe_date
from ...text.items import clean_items, compact
from ...text.names import parse_party

__all__ = ["statement_flows"]

_BULLET = re.compile(r"^(?:[・\-*■●○◯]|\d{1,2}[.)．]|[(（]\d{1,2}[)）])\s*")
_SUBJECT = re.compile(r"^(?P<subject>[^、。「」]{2,60}?)(?:は|では)、(?P<rest>.+)$")
_IN_BUSINESS = re.compile(r"^(?P<business>[^、。]+?(?:業務|事務|事業|システム))(?:において|で)、")
_MUTUAL = re.compile(r"相互(?:に|で)、?(?:目的外利用|外部提供)")
_BASIS = re.compile(
    r"本人の同意(?:を得て|に基づき|により)|[^、。]*?(?:法|法律|条例|政令)[^、。]*?に基づ(?:き|いて)"
    r"|相当の理由(?:があるため|により)|緊急(?:かつ|で)やむを得ない"
)
# 「この事務では、…」: the business a sentence before on the line defined (「「X事務」とは、A課が…から行う事務で」)
_THIS_BUSINESS = re.compile(r"^(?:この|当該|同|本)(?:事務|業務|事業)$")
_DEFINED = re.compile(r"「(?P<business>[^「」]{2,40}?(?:事務|業務|事業))」(?:とは|は)、"
                      r"(?:(?P<department>[^、。をがの「」]{1,20}?(?:課|室|センター|局|係))が)?")
# 「甲をA課のX事務から目的外利用により取得」: the items before the source
_ITEMS_FIRST = re.compile(r"^(?P<items>[^、。を]{2,40}?)を[^、。を]{2,40}?から(?:目的外利用|外部提供|提供)")
_REASON = re.compile(r"^(?:[^、。]*?において、)?(?P<reason>[^、。]+?ため)、")


def _mutual(subject: str, sentence: str, line: int, quote: str) -> list[Flow]:
    left, _, right = subject.partition("と")
    ends = [parse_party(left), parse_party(right)]
    if not all(dept or businesses for dept, businesses in ends):
        return []
    kind = "external_provision" if "外部提供" in sentence else "purpose_outside_use"
    (dept_a, biz_a), (dept_b, biz_b) = ends
    a, b = (biz_a or [None])[0], (biz_b or [None])[0]
    return [Flow(source_department=dept_a, source_business=a, recipient_department=dept_b, recipient_business=b,
                 kind=kind, line=line, quote=quote),
            Flow(source_department=dept_b, source_business=b, recipient_department=dept_a, recipient_business=a,
                 kind=kind, line=line, quote=quote)]


def statement_flows(text: str, line: int, quote: str) -> list[Flow]:
    """The flows one prose line states with an explicit receiving subject."""
    flows: list[Flow] = []
    before = ""
    for sentence in compact(text).split("。"):
        said_before, before = before, before + sentence + "。"
        if not FLOW_WORDS.search(sentence):
            continue
        subject = _SUBJECT.match(_BULLET.sub("", sentence))
        if not subject:
            continue
        head, rest = subject.group("subject"), subject.group("rest")
        defined = list(_DEFINED.finditer(said_before)) if _THIS_BUSINESS.match(head) else []
        if defined:  # the demonstrative points at the business defined before it
            department = defined[-1].group("department")
            head = (department + "の" if department else "") + defined[-1].group("business")
            since = DATE_SINCE.search(said_before[defined[-1].start():])
            sentence = sentence + ("、" + since.group(0) if since else "")
        if "と" in head and _MUTUAL.search(rest):
            found = _mutual(head, rest, line, quote)
        else:
            department, businesses = parse_party(head)
            if not department and not businesses:
                continue
            business = businesses[0] if businesses else None
            in_business = _IN_BUSINESS.match(rest)
            if in_business and not business:
                business, rest = in_business.group("business"), rest[in_business.end():]
            found = modification_flows(department, business, rest, "", line, quote)
        basis = _BASIS.search(rest)
        reason = _REASON.match(rest)
        since = DATE_SINCE.search(sentence)
        items_first = _ITEMS_FIRST.match(rest)
        for flow in found:
            if items_first and not flow.items:
                flow.items = clean_items(items_first.group("items"))[0]
            if since and not flow.start_date:
                flow.start_date = safe_date(since.group(1), line, [])
            if basis and flow.basis == "unknown":
                flow.basis, flow.basis_text = classify_basis(basis.group(0)), basis.group(0)
            if reason and not flow.reason:
                flow.reason = reason.group("reason")
        flows.extend(found)
    return flows
