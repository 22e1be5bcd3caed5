"""A council's standing answers: the kinds of handling it approved once for all, as numbered 「…とき。」 items.

The genre: a page of 類型事項 — a heading alone naming the exception and its article (「本人以外の者から個人情報を
収集できる場合(第7条第3項第7号)」), then numbered items each ending 「…とき。」: 「1. Xするため、〈data〉を〈団体〉から
収集するとき。」, 「…を A及びB に提供するとき。」 (one flow per body), 「X事務で取得した…を、Y事務に利用するとき。」,
「〈body〉が管理する〈system〉に、…を登録し、〈body〉に提供するとき。」 (under an オンライン結合 heading). Each
item is a flow approved by the council: basis ``council``, the heading's article as its text. Items are parted at
「、」 only: 「住所及び連絡先」 is kept as the page joins it.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("外部への提供ができる場合(第8条第2項第9号)\\n  1. 事故の調査のため、運転者の氏名を警察及び"
...                     "保険会社に提供するとき。")
>>> [(f.kind, f.recipient_external, f.basis_text, f.items, f.line) for f in standing_answers(lines, set())[0]]
... # doctest: +NORMALIZE_WHITESPACE
[('external_provision', '警察', '第8条第2項第9号', ['運転者の氏名'], 2),
 ('external_provision', '保険会社', '第8条第2項第9号', ['運転者の氏名'], 2)]
"""

from __future__ import annotations

import re

from ....records import Flow
from ...layout.lines import Line

__all__ = ["standing_answers"]

_HEADING = re.compile(r"^(?P<what>[^。•・\d][^。]{3,40}?(?:場合|事項))\s*[(（](?:条例)?(?P<article>第\d+条(?:第\d+項)?"
                      r"(?:第\d+号)?)[)）]$")
_ITEM = re.compile(r"^\s*\d{1,2}\s*[.．、]\s*(?P<said>[^。]+?)とき。?$")
_PURPOSE = r"(?:(?P<purpose>[^。]+?)(?P<cue>を行うに当たり|に当たり|を行うため|するため|のため)、)?"
_COLLECTED = re.compile(rf"^{_PURPOSE}(?P<data>[^。]+?)を(?P<supplier>[^、。を]{{2,20}}?)から(?:収集|取得)する$")
_GIVEN = re.compile(rf"^{_PURPOSE}(?P<data>[^。]+?)を、?(?P<to>[^。を]{{2,40}}?)(?:に|へ)(?:外部)?提供する$")
_USED = re.compile(r"^(?P<source>[^、。を]{2,30}?(?:事務|事業|業務))で(?:取得|収集|保有)した(?P<data>[^。]+?)を、?"
                   r"(?P<use>[^、。を]{2,30}?(?:事務|事業|業務))に(?:目的外)?利用する$")
_LINKED = re.compile(r"^(?P<owner>[^、。を]{2,20}?)が(?:管理|運用)する(?P<system>[^、。]{2,30}?)に、?"
                     r"(?P<data>[^。]+?)を(?:登録|送信)し、(?P<to>[^、。を]{2,20}?)に提供する$")


def _items(data: str) -> list[str]:
    return [item.strip() for item in data.split("、") if item.strip()]


def _item_flows(said: str, heading: str, line: Line) -> list[Flow]:
    common = {"basis": "council", "line": line.no, "quote": line.quote}
    linked = _LINKED.match(said) if "オンライン" in heading or "結合" in heading else None
    if linked:
        return [Flow(recipient_external=linked.group("to"), kind="online_connection",
                     items=_items(linked.group("data")), **common)]
    collected = _COLLECTED.match(said) if "収集" in heading else None
    if collected:
        return [Flow(source_external=collected.group("supplier"), recipient_business=collected.group("purpose"),
                     kind="collection_from_others", items=_items(collected.group("data")), **common)]
    used = _USED.match(said)
    if used:
        return [Flow(source_business=used.group("source"), recipient_business=used.group("use"),
                     kind="purpose_outside_use", items=_items(used.group("data")), **common)]
    given = _GIVEN.match(said) if "提供" in heading else None
    if given is None:
        return []
    reason = f"{given.group('purpose')}{given.group('cue')}" if given.group("purpose") else None
    return [Flow(recipient_external=body, kind="external_provision", items=_items(given.group("data")),
                 reason=reason, **common) for body in re.split(r"及び|並びに|、", given.group("to")) if body]


def standing_answers(lines: list[Line], consumed: set[int]) -> tuple[list[Flow], set[int]]:
    """The flows the numbered 「…とき。」 items under each exception heading state (see the module), and the
    lines read."""
    flows: list[Flow] = []
    read: set[int] = set()
    heading: tuple[str, str] | None = None
    for line in lines:
        text = (line.text or "").strip()
        titled = _HEADING.match(text)
        if titled:
            heading = (titled.group("what"), titled.group("article"))
            continue
        item = _ITEM.match(text) if heading and line.no not in consumed else None
        if item is None:
            continue
        stated = _item_flows(item.group("said"), heading[0], line)
        for flow in stated:
            flow.basis_text = heading[1]
        flows.extend(stated)
        read |= {line.no or 0} if stated else set()
    return flows, read
