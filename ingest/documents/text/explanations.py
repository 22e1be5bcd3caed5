"""A department's explanation of its case, as minutes and reports retell it: the work, then what it takes.

Two shapes, both opened by the work the case is for (「<課>より、<事業>において、」, 「<課>の<事業>において、」):

- 「…において、<課>が保有する<data>を(目的外)利用…」: a purpose-outside use of what the holder keeps, by the
  department that explains (its work the recipient's); 「<台帳>の情報(氏名、住所)」 names the record and its items;
- 「…において、<supplier>から<items>を収集…」: a collection from others into that work.

>>> said = "1件目は、保育課の一時預かり事業において、利用施設から利用者の利用時間を収集するもの"
>>> [(f.kind, f.source_department or f.source_external, f.source_business, f.recipient_department, f.items)
...  for f in explained_at_work(said, 3)]
[('collection_from_others', '利用施設', None, '保育課', ['利用者の利用時間'])]
>>> [(f.source_department, f.source_business, f.recipient_business, f.items) for f in explained_at_work(
...  "市民課より、見守り事業において、税務課が保有する課税台帳の情報(氏名、住所)を利用して、案内を送る", 5)]
[('税務課', '課税台帳', '見守り事業', ['氏名', '住所'])]
"""

from __future__ import annotations

import re

from ...records import Flow
from .items import clean_items

__all__ = ["cut_at_the_other_end", "explained_at_work", "held_and_used", "speaker_of"]

_UNIT = r"(?:課|室|局|部|委員会|センター|事務所|館)"
_AT_WORK = (rf"(?:^|[、。]|は、)\s*(?P<dept>[^、。はを]{{2,20}}?{_UNIT})(?:より|から|の)、?"
            r"(?P<biz>[^、。]{2,30}?(?:事業|事務|業務))において、")
_USED = re.compile(_AT_WORK + rf"(?P<holder>[^、。を]{{2,20}}?{_UNIT})が(?:保有|管理)する(?P<data>[^。]+?)を"
                   r"(?:目的外)?利用")
_COLLECTED = re.compile(_AT_WORK + r"(?P<supplier>[^、。を]{2,30}?)から(?P<items>[^。]+?)を(?:収集|取得)")
_RECORD_ITEMS = re.compile(r"^(?P<record>[^()（）]{2,20}?)(?:の情報|の記録)?[(（](?P<items>[^()（）]+)[)）]$")


def explained_at_work(text: str, line: int, quote: str | None = None) -> list[Flow]:
    """The flows one explanation sentence states (see the module's shapes); none when it states neither."""
    used = _USED.search(text)
    if used:
        data = used.group("data").strip()
        listed = _RECORD_ITEMS.match(data)
        items = clean_items(listed.group("items") if listed else data)[0]
        return [Flow(source_department=used.group("holder"), source_business=listed.group("record") if listed else None,
                     recipient_department=used.group("dept"), recipient_business=used.group("biz"),
                     kind="purpose_outside_use", basis="council", items=items, line=line, quote=quote)]
    collected = _COLLECTED.search(text)
    if collected and "本人" not in collected.group("supplier"):
        return [Flow(source_external=collected.group("supplier"), recipient_department=collected.group("dept"),
                     recipient_business=collected.group("biz"), kind="collection_from_others", basis="council",
                     items=clean_items(collected.group("items"))[0], line=line, quote=quote)]
    return []


_WORK = r"[^、。を]{2,30}?(?:事務|業務|事業)"
_HELD_BY = (rf"(?P<holders>(?:[^、。を]{{2,20}}?{_UNIT}が{_WORK}(?:で|において)、)+)それぞれ(?:保有|管理)する"
            rf"|(?P<holder>[^、。を]{{2,20}}?{_UNIT})が(?P<hbiz>{_WORK})(?:で|において)(?:保有|管理)(?:する|している)")
_HELD_USE = re.compile(rf"(?:^|[、。;；:：]|から、|では、)\s*(?:{_HELD_BY})(?P<data>[^。]+?)を、?"
                       rf"(?P<who>当課|同課|[^、。を]{{2,20}}?{_UNIT})の(?P<rbiz>{_WORK})(?:に|で|において)(?:目的外)?利用")
_HOLDER_PAIR = re.compile(rf"(?P<dept>[^、。を]{{2,20}}?{_UNIT})が(?P<biz>{_WORK})(?:で|において)、")
_TURN = re.compile(rf"^(?P<dept>[^;；:：、。()（）\s]{{2,20}}?{_UNIT})(?:長|課長)?\s*[;；:：]")
_ALONE = re.compile(rf"^[(（](?P<dept>[^()（）]{{2,20}}?{_UNIT})[)）]$")


def speaker_of(text: str, above: list[str]) -> str | None:
    """The department speaking a line: 「X課長;…」 on it, else 「(X課)」 alone on the nearest line above."""
    turn = _TURN.match(text.strip())
    if turn:
        return turn.group("dept")
    for line in reversed(above):
        if line.strip():
            alone = _ALONE.match(line.strip())
            return alone.group("dept") if alone else None
    return None


def held_and_used(text: str, line: int, speaker: str | None = None, quote: str | None = None) -> list[Flow]:
    """「AがX事務で、BがY事務で、それぞれ保有するIを、当課のZ事務で利用」: one use per holder; 当課 is the speaker,
    同課 the holder.

    >>> said = "税務課が課税事務で、納税課が収納事務で、それぞれ保有する氏名を、当課の給付事務で利用するものです。"
    >>> [(f.source_department, f.source_business, f.recipient_department, f.recipient_business)
    ...  for f in held_and_used(said, 4, "福祉課")]
    [('税務課', '課税事務', '福祉課', '給付事務'), ('納税課', '収納事務', '福祉課', '給付事務')]
    """
    said = _HELD_USE.search(text)
    if said is None:
        return []
    if said.group("holders"):
        holders = [(pair.group("dept"), pair.group("biz")) for pair in _HOLDER_PAIR.finditer(said.group("holders"))]
    else:
        holders = [(said.group("holder"), said.group("hbiz"))]
    who = said.group("who")
    items = clean_items(said.group("data"))[0]
    out: list[Flow] = []
    for department, business in holders:
        receiver = speaker if who == "当課" else department if who == "同課" else who
        if receiver:
            out.append(Flow(source_department=department, source_business=business, recipient_department=receiver,
                            recipient_business=said.group("rbiz"), kind="purpose_outside_use", basis="council",
                            items=list(items), line=line, quote=quote))
    return out


# 「A課がX事務で保有するIを、〈目的〉のためBと」 and the excerpt stops: the holder and the other end are named
_CUT_AT_OTHER_END = re.compile(rf"(?P<holder>[^、。を]{{2,20}}?{_UNIT})が(?P<hbiz>{_WORK})(?:で|において)"
                               r"(?:保有|管理)する(?P<data>[^。]+?)を、(?:(?P<purpose>[^、。]*?ため)、?)?(?P<other>[^、。を]{4,40}?)と\s*$")


def cut_at_the_other_end(text: str, kind: str, line: int, quote: str | None = None) -> list[Flow]:
    """A sentence the excerpt cut right after the other end of a link (「…Bと」): the flow of the ``kind`` its case's
    title states, when the title says it is a link.

    >>> [(f.source_department, f.source_business, f.recipient_external, f.kind) for f in cut_at_the_other_end(
    ...  "税務課が課税事務で保有する所得情報を、申告支援のため国税連携センターと", "online_connection", 9)]
    [('税務課', '課税事務', '国税連携センター', 'online_connection')]
    """
    said = _CUT_AT_OTHER_END.search(text.strip()) if kind == "online_connection" else None
    if said is None:
        return []
    return [Flow(source_department=said.group("holder"), source_business=said.group("hbiz"),
                 recipient_external=said.group("other"), kind=kind, basis="council",
                 items=clean_items(said.group("data"))[0], reason=said.group("purpose"), line=line, quote=quote)]

