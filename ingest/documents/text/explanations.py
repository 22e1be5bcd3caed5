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
from .dates import iso_or_none
from .items import clean_items

__all__ = [
    "collected_as_explained",
    "cut_at_the_other_end",
    "explained_at_work",
    "explained_wish",
    "held_and_used",
    "held_used_at_work",
    "linked_system",
    "provided_as_explained",
    "reported_item",
    "speaker_of",
]

_UNIT = r"(?:課|室|局|部|委員会|センター|事務所|館)"
_AT_WORK = (rf"(?:^|[、。]|は、)\s*(?P<dept>[^、。はを]{{2,20}}?{_UNIT})(?:より|から|の)、?"
            r"(?P<biz>[^、。]{2,30}?(?:事業|事務|業務))において、?")
_USED = re.compile(_AT_WORK + rf"(?P<holder>[^、。を]{{2,20}}?{_UNIT})が(?:保有|管理)する(?P<data>[^。]+?)を"
                   r"(?:目的外)?利用")
_COLLECTED = re.compile(_AT_WORK + r"(?P<supplier>[^、。を]{2,30}?)から(?P<items>[^。]+?)を(?:収集|取得)")
_RECORD_ITEMS = re.compile(r"^(?P<record>[^()（）]{2,20}?)(?:の情報|の記録)?[(（](?P<items>[^()（）]+)[)）]$")
_RECORD_ALONE = re.compile(r"^(?P<record>[^()（）、の]{2,20}?(?:台帳|名簿|データベース))の(?:情報|データ|記録)$")
# 「A課より、…について、またB課より、…について説明」: two explanations in one sentence, or in two
# (「…説明を行った。また、B課より、…」)
_ALSO = re.compile(r"(?<=について)、(?:また|あわせて|併せて)、?(?=[^、。]{2,20}?(?:より|から)、)"
                   r"|(?<=。)(?:また|あわせて|併せて)、?(?=[^、。]{2,20}?(?:より|から)、)")
# 「A課より、X事務において、Bの…システムとオンライン結合し、Iを提供する」: a link of the explaining department's work
_LINKED_AT_WORK = re.compile(_AT_WORK + r"(?P<other>[^、。をの]{2,30}?)(?:の[^、。を]{2,30}?(?:システム|サーバ))?と"
                             r"(?:オンライン|専用回線で)?結合し、(?P<items>[^。]+?)を(?:外部)?提供")
# 「A課より、X事務において、…のIをSから収集する」: the data named before its supplier
_COLLECTED_AFTER = re.compile(_AT_WORK + r"(?P<items>[^。を]+?)を(?P<supplier>[^、。を]{2,30}?)から(?:収集|取得)")


def explained_at_work(text: str, line: int, quote: str | None = None) -> list[Flow]:
    """The flows one explanation sentence states (see the module's shapes); none when it states neither.
    A sentence that joins two departments' explanations (「…について、またB課より、…」) states each."""
    clauses = _ALSO.split(text)
    if len(clauses) > 1:
        return [flow for clause in clauses for flow in _explained_clause(clause, line, quote)]
    return _explained_clause(text, line, quote)


def _explained_clause(text: str, line: int, quote: str | None) -> list[Flow]:
    used = _USED.search(text)
    if used:
        data = used.group("data").strip()
        listed = _RECORD_ITEMS.match(data)
        record = listed.group("record") if listed else None
        alone = None if listed else _RECORD_ALONE.match(data)  # 「農地台帳の情報」: the record used, no item
        items = [] if alone else clean_items(listed.group("items") if listed else data)[0]
        record = record or (alone.group("record") if alone else None)
        return [Flow(source_department=used.group("holder"), source_business=record,
                     recipient_department=used.group("dept"), recipient_business=used.group("biz"),
                     kind="purpose_outside_use", basis="council", items=items, line=line, quote=quote)]
    linked = _LINKED_AT_WORK.search(text)
    if linked:
        return [Flow(source_department=linked.group("dept"), source_business=linked.group("biz"),
                     recipient_external=linked.group("other"), kind="online_connection", basis="council",
                     items=clean_items(linked.group("items"))[0], line=line, quote=quote)]
    collected = _COLLECTED.search(text) or _COLLECTED_AFTER.search(text)
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
_ALONE = re.compile(rf"^[(（]?(?P<dept>[^()（）\s、。]{{2,20}}?{_UNIT})[)）]?$")
_SELF_NAMED = re.compile(rf"^(?P<dept>[^、。()（）\s]{{2,20}}?{_UNIT})でございます")  # 「X課でございます。」


def speaker_of(text: str, above: list[str]) -> str | None:
    """The department speaking a line: 「X課長;…」 on it, else 「(X課)」 alone on the nearest line above."""
    turn = _TURN.match(text.strip()) or _SELF_NAMED.match(text.strip())
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


# 「B課から、〈reason〉ため、A課が保有するP(a、b)及びC課が保有するQを目的外利用したい旨の説明があった」
_WISH_HEAD = (rf"^\s*(?P<dept>[^、。]{{2,20}}?{_UNIT})から、(?:(?P<why>[^、。]+?ため)、)?"
              r"(?:[^、。]+?(?:にあたり|に当たり)、)?")
_WISHED_USE = re.compile(_WISH_HEAD + r"(?P<held>[^。]+?が(?:保有|管理)する[^。]+?)を、?(?:(?P<why2>[^、。]+?ため)、?)?"
                         r"目的外(?:に)?利用したい")
_WISHED_GIVEN = re.compile(_WISH_HEAD + r"(?P<items>[^。]+?)を(?P<to>[^、。を]{2,30}?)(?:へ|に)(?:外部)?提供したい")
# 「B課から、〈reason〉ため、B課がX事務で保有するIを、Cに提供したい」: the holder and its business named again
_WISHED_HELD_GIVEN = re.compile(_WISH_HEAD + rf"(?P<holder>[^、。を]{{2,20}}?{_UNIT})が(?P<hbiz>[^、。を]{{2,30}}?"
                                r"(?:事務|事業|業務))(?:で|において)(?:保有|管理)する(?P<items>[^。]+?)を、?"
                                r"(?P<to>[^、。を]{2,30}?)(?:へ|に)(?:外部)?提供したい")
_WISHED_COLLECTED = re.compile(_WISH_HEAD + r"(?P<supplier>[^、。を]{2,20}?)から(?P<items>[^。]+?)を"
                               r"(?:収集|取得)したい")
_HOLDER_PART = re.compile(rf"^(?P<holder>[^、。]{{2,20}}?{_UNIT})が(?:保有|管理)する(?P<data>.+)$")
_ANOTHER_HOLDER = re.compile(rf"及び(?=[^、。及]{{2,20}}?{_UNIT}が(?:保有|管理)する)")
_LISTED_AFTER = re.compile(r"^(?P<name>[^()（）]+)[(（](?P<items>[^()（）]+)[)）]$")


def _named_items(data: str) -> list[str]:
    """「Xの情報(a、b)」: a and b, the list after a name that only says whose; 「市民税課税情報(a、b)」 names its data
    itself and is the item; else the items named, without whose they are."""
    listed = _LISTED_AFTER.match(data.strip())
    if listed and not re.search(r"(?:の情報|の個人情報|^個人情報)$", listed.group("name")):
        return [listed.group("name").strip()]
    items = clean_items(listed.group("items") if listed else data)[0]
    if len(items) >= 2 and "の" in items[0]:
        items[0] = items[0].rsplit("の", 1)[1]
    return items


def explained_wish(text: str, line: int, quote: str | None = None) -> list[Flow]:
    """A department's wish, as a record retells it: 「B課から、…A課が保有するPを目的外利用したい旨」 (one use per
    holder), 「…Iを受託事業者へ提供したい旨」 (B課 provides), 「…Sから Iを収集したい旨」 (collected from S).

    >>> said = "福祉課から、手当の審査のため、税務課が保有する住民の情報(所得額、控除額)を目的外利用したい旨の説明。"
    >>> [(f.source_department, f.recipient_department, f.items, f.reason) for f in explained_wish(said, 3)]
    [('税務課', '福祉課', ['所得額', '控除額'], '手当の審査のため')]
    """
    used = _WISHED_USE.match(text)
    if used:
        out: list[Flow] = []
        for part in _ANOTHER_HOLDER.split(used.group("held")):
            held = _HOLDER_PART.match(part.strip())
            if held:
                out.append(Flow(source_department=held.group("holder"), recipient_department=used.group("dept"),
                                kind="purpose_outside_use", basis="council", items=_named_items(held.group("data")),
                                reason=used.group("why") or used.group("why2"), line=line, quote=quote))
        return out
    held_given = _WISHED_HELD_GIVEN.match(text)
    if held_given:
        return [Flow(source_department=held_given.group("holder"), source_business=held_given.group("hbiz"),
                     recipient_external=held_given.group("to"), kind="external_provision", basis="council",
                     items=_named_items(held_given.group("items")), reason=held_given.group("why"), line=line,
                     quote=quote)]
    given = _WISHED_GIVEN.match(text)
    if given:
        return [Flow(source_department=given.group("dept"), recipient_external=given.group("to"),
                     kind="external_provision", basis="council", items=_named_items(given.group("items")),
                     reason=given.group("why"), line=line, quote=quote)]
    collected = _WISHED_COLLECTED.match(text)
    if collected and "本人" not in collected.group("supplier"):
        return [Flow(source_external=collected.group("supplier"), recipient_department=collected.group("dept"),
                     kind="collection_from_others", basis="council", items=_named_items(collected.group("items")),
                     reason=collected.group("why"), line=line, quote=quote)]
    return []


# 「A課が保有するPのうち、a及びbを、B課のX事務において〈reason〉に利用する」: B課's use of what A課 holds
# (「〈reason〉ため、A課が〈purpose〉のために保有しておりますP」: the reason first, the purpose of holding no business)
_HELD_FOR_WORK = re.compile(rf"(?:^|[、。]|は、)\s*(?:(?P<why0>[^、。]{{2,30}}?ため)、)?"
                            rf"(?P<holder>[^、。を]{{2,20}}?{_UNIT})が(?:[^、。を]{{2,30}}?ため(?:に)?)?(?:保有|管理)"
                            rf"(?:する|している|しております|しています)(?P<data>[^。]+?)を、"
                            rf"(?P<who>[^、。を]{{2,20}}?{_UNIT})"
                            rf"の(?P<rbiz>{_WORK})(?:において|で)"
                            r"(?:(?P<why>[^、。をに]{2,30}?)に)?(?:目的外)?利用(?:する|します|したい)")
_OF_WHICH = re.compile(r"^[^、。]+?のうち、")  # 「課税情報のうち、所得額及び扶養人数」: the items are the named part
_FROM_DAY = re.compile(r"(?P<day>(?:(?:令和|平成)\s*(?:元|\d{1,2})"
                       r"|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)から"
                       r"(?:実施|開始|運用|提供|利用)")


def held_used_at_work(text: str, line: int, quote: str | None = None) -> list[Flow]:
    """「A課が保有するPのうち、a及びbを、B課のX事務において確認に利用する」: B課 uses a and b held by A課 for X, for
    the reason said; 「令和N年M月D日から実施」 in the same turn is its start.

    >>> said = "本件は、税務課が保有する課税情報のうち、所得額を、福祉課の手当事務において審査に利用するものです。"
    >>> [(f.source_department, f.recipient_department, f.recipient_business, f.items, f.reason)
    ...  for f in held_used_at_work(said, 4)]
    [('税務課', '福祉課', '手当事務', ['所得額'], '審査')]
    """
    said = _HELD_FOR_WORK.search(text)
    if said is None:
        return []
    day = _FROM_DAY.search(text, said.end())
    start = iso_or_none(day.group("day")) if day else None  # a date that cannot exist is no start
    return [Flow(source_department=said.group("holder"), recipient_department=said.group("who"),
                 recipient_business=said.group("rbiz"), kind="purpose_outside_use", basis="council",
                 items=clean_items(_OF_WHICH.sub("", said.group("data").strip()))[0],
                 reason=said.group("why") or said.group("why0"),
                 start_date=start, line=line, quote=quote)]


# 「A課がX事務で保有するIを、〈目的〉のためBと」 and the excerpt stops: the holder and the other end are named
_CUT_AT_OTHER_END = re.compile(rf"(?P<holder>[^、。を]{{2,20}}?{_UNIT})が(?P<hbiz>{_WORK})(?:で|において)"
                               r"(?:保有|管理)する(?P<data>[^。]+?)を、(?:(?P<purpose>[^、。]*?ため)、?)?(?P<other>[^、。を]{4,40}?)と\s*$")


_HELD = r"(?:保有|管理)(?:する|している|しております|しています)"
# 「X事務で保有するIを、Bが行う」 and the excerpt stops: a provision to B, said by the department speaking
_CUT_PROVIDED = re.compile(rf"(?:^|[、。])\s*(?P<hbiz>{_WORK})(?:で|において){_HELD}(?P<data>[^。]+?)を、"
                           r"(?:(?P<purpose>[^、。]*?ため)、)?(?P<other>[^、。を]{2,30}?)(?:が|に|へ)[^、。を]{0,6}$")


def cut_at_the_other_end(text: str, kind: str, line: int, quote: str | None = None,
                         speaker: str | None = None) -> list[Flow]:
    """A sentence the excerpt cut right after the other end of a link (「…Bと」): the flow of the ``kind`` its case's
    title states, when the title says it is a link.

    >>> [(f.source_department, f.source_business, f.recipient_external, f.kind) for f in cut_at_the_other_end(
    ...  "税務課が課税事務で保有する所得情報を、申告支援のため国税連携センターと", "online_connection", 9)]
    [('税務課', '課税事務', '国税連携センター', 'online_connection')]
    """
    said = _CUT_AT_OTHER_END.search(text.strip()) if kind == "online_connection" else None
    provided = _CUT_PROVIDED.search(text.strip()) if kind == "external_provision" and speaker else None
    if provided:
        return [Flow(source_department=speaker, source_business=provided.group("hbiz").strip(),
                     recipient_external=provided.group("other"), kind=kind, basis="council",
                     items=clean_items(provided.group("data"))[0], reason=provided.group("purpose"), line=line,
                     quote=quote)]
    if said is None:
        return []
    return [Flow(source_department=said.group("holder"), source_business=said.group("hbiz"),
                 recipient_external=said.group("other"), kind=kind, basis="council",
                 items=clean_items(said.group("data"))[0], reason=said.group("purpose"), line=line, quote=quote)]



_TO_OTHER = (r"(?:(?P<purpose>[^、。]*?ため)、)?(?P<how>[^、。]*?結合により、)?"
             r"(?P<other>(?:[^、。を]{2,30}?を(?:委託|受託)する)?[^、。を]{2,40}?)(?:に|へ)(?:外部)?提供"
             r"(?:する|しよう|すること|し(?=、))")  # 「…を委託する事業者に」: the contractor, whole
# 「■A課が「資料1」に基づき、X事務で保有するIを、Bに提供すること」「当課のX事務において保有しておりますIを、Bに提供」
_PROVIDED_HELD = re.compile(rf"(?:^|[、。■]|は、)\s*(?:(?P<holder>当課|[^、。を「」■]{{2,20}}?{_UNIT})(?:が|の)"
                            rf"(?:[^、。]{{0,20}}?(?:に基づき|に基づいて|により)、)?)?(?P<hbiz>{_WORK})(?:で|において)"
                            rf"{_HELD}(?P<data>[^。]+?)を、" + _TO_OTHER)
# 「X事務におきまして、A課が保有するIを、…結合により、Bに提供する」
_PROVIDED_AT_WORK = re.compile(rf"(?:^|[、。])\s*(?P<hbiz>{_WORK})(?:におきまして|において|では)、"
                               rf"(?P<holder>当課|[^、。を]{{2,20}}?{_UNIT})が{_HELD}(?P<data>[^。]+?)を、" + _TO_OTHER)
_AND = re.compile(r"及び|並びに")
# 「X業務において使用するSを、Bとオンライン結合する」: the system of a business linked to an outside server
_LINKED = re.compile(rf"(?:^|[、。])\s*(?P<hbiz>{_WORK})において(?:使用|利用|運用)する[^、。を]+?を、"
                     r"(?P<other>[^、。を]{2,40}?)と(?:オンライン|専用回線で|電子計算機の)?結合")
# 「X事務で保有するIを、…ため、同じ課のY事務で利用する」: a use by the office that holds, the speaker's
_USED_BY_ITSELF = re.compile(rf"(?:^|[、。])\s*(?P<hbiz>{_WORK})(?:で|において){_HELD}(?P<data>[^。]+?)を、"
                             rf"(?:(?P<purpose>[^、。]*?ため)、)?(?:同じ課|当課|同課)の(?P<rbiz>{_WORK})"
                             r"(?:で|に|において)(?:目的外)?利用")


def provided_as_explained(text: str, line: int, speaker: str | None = None, quote: str | None = None) -> list[Flow]:
    """A department's provision as its explanation states it: the holder (当課 is the speaker), the business
    that holds, the data, the body provided to (one flow each of 「A及びB」); 「…結合により」 makes it a link.

    >>> said = "■農政課が「資料2」に基づき、農地台帳事務で保有する耕作者の氏名を、農業公社及び土地改良区に提供すること"
    >>> [(f.source_department, f.source_business, f.recipient_external, f.kind)
    ...  for f in provided_as_explained(said, 8)]  # doctest: +NORMALIZE_WHITESPACE
    [('農政課', '農地台帳事務', '農業公社', 'external_provision'),
     ('農政課', '農地台帳事務', '土地改良区', 'external_provision')]
    >>> said = "漁業事務におきまして、当課が保有する氏名を、専用回線の電子計算機の結合により、国の機関に提供する"
    >>> [(f.source_department, f.kind) for f in provided_as_explained(said, 3, "水産課")]
    [('水産課', 'online_connection')]
    """
    said = _PROVIDED_HELD.search(text) or _PROVIDED_AT_WORK.search(text)
    if said is None:
        linked = _LINKED.search(text)
        if linked:
            return [Flow(source_department=speaker, source_business=linked.group("hbiz").strip(),
                         recipient_external=linked.group("other"), kind="online_connection", basis="council",
                         line=line, quote=quote)]
        used = _USED_BY_ITSELF.search(text) if speaker else None
        if used:
            return [Flow(source_department=speaker, source_business=used.group("hbiz").strip(),
                         recipient_department=speaker, recipient_business=used.group("rbiz"),
                         kind="purpose_outside_use", basis="council", items=clean_items(used.group("data"))[0],
                         reason=used.group("purpose"), line=line, quote=quote)]
        return []
    holder = said.group("holder")
    holder = speaker if holder in (None, "当課") else holder
    kind = "online_connection" if said.group("how") else "external_provision"
    items = clean_items(said.group("data"))[0]
    others = [other for other in _AND.split(said.group("other")) if len(other) >= 2]
    return [Flow(source_department=holder, source_business=said.group("hbiz").strip(), recipient_external=other,
                 kind=kind, basis="council", items=list(items), reason=said.group("purpose"), line=line, quote=quote)
            for other in others]


# 「X事務において、…ため、Aから甲を収集するものです。また、乙については、Bからも情報を収集します。」
_COLLECTED_AT = re.compile(rf"(?:^|[、。])\s*(?P<biz>{_WORK})において、(?:(?P<purpose>[^、。]*?ため)、)?"
                           r"(?P<supplier>[^、。を]{2,30}?)から(?P<items>[^。]+?)を(?:収集|取得)")
_ALSO_FROM = re.compile(r"。また、(?:(?P<items>[^、。]+?)(?:について)?は、)?(?P<supplier>[^、。を]{2,30}?)からも"
                        r"(?:[^、。を]{0,10}を)?(?:収集|取得)")


def collected_as_explained(text: str, line: int, speaker: str | None = None, quote: str | None = None) -> list[Flow]:
    """A collection from others as the department speaking explains it, into the business it names; a second
    supplier 「また、…Bからも…収集」 is a flow of its own.

    >>> said = ("漁業許可事務において、資格を確かめるため、市町村から住民票の情報を収集するものです。"
    ...         "また、漁獲量については、漁協からも情報を収集します。")
    >>> [(f.source_external, f.recipient_department, f.recipient_business, f.items)
    ...  for f in collected_as_explained(said, 5, "水産課")]  # doctest: +NORMALIZE_WHITESPACE
    [('市町村', '水産課', '漁業許可事務', ['住民票の情報']), ('漁協', '水産課', '漁業許可事務', ['漁獲量'])]
    """
    said = _COLLECTED_AT.search(text) if speaker else None
    if said is None or "本人" in said.group("supplier"):
        return []
    business = said.group("biz").strip()
    out = [Flow(source_external=said.group("supplier"), recipient_department=speaker, recipient_business=business,
                kind="collection_from_others", basis="council", items=clean_items(said.group("items"))[0],
                reason=said.group("purpose"), line=line, quote=quote)]
    for also in _ALSO_FROM.finditer(text, said.end()):
        out.append(Flow(source_external=also.group("supplier"), recipient_department=speaker,
                        recipient_business=business, kind="collection_from_others", basis="council",
                        items=clean_items(also.group("items"))[0] if also.group("items") else [], line=line,
                        quote=quote))
    return out


# 「1件目は、A課が保有するR(の情報のうち、)Dを、〈目的〉ため B課が利用するもの」「…Dを、X業務を委託する
# 民間事業者へ電子媒体で提供するもの」: an item a report tells by its order, the register named after が保有する
_REPORTED_ITEM = re.compile(rf"件目(?:は|として)、\s*(?P<holder>[^、。を]{{2,20}}?{_UNIT})が保有する"
                            r"(?P<held>[^。]+?)を、(?P<to>[^。]+?)(?:もの|こと)")
# 「諮問されたのは、A課がRから抽出したDを、…に提供する件と、B課が保有するDを、…が利用する件の二件です」
_COUNTED_ITEMS = re.compile(r"は、(?P<all>[^。]+?件(?:と、[^。]+?件)+)の(?:\d{1,2}|[二三四五六七八九十])件")
_COUNTED_ITEM = re.compile(rf"^(?P<holder>[^、。を]{{2,20}}?{_UNIT})が"
                           r"(?:(?P<register>[^、。を]{2,20}?)から抽出した|保有する)"
                           r"(?P<held>[^。]+?)を、(?P<to>[^。]+?)件$")
_USED_FOR = re.compile(rf"^(?P<purpose>[^、。]+?ため)、?(?P<user>[^、。を]{{2,20}}?{_UNIT})が(?:目的外)?利用する$")
_GIVEN_TO = re.compile(rf"^(?:(?P<purpose>[^、。]+?ため)、?)?(?:(?P<work>{_WORK})を委託する)?"
                       r"(?P<body>[^、。を]{2,30}?)(?:に|へ)(?P<how>電子媒体で|オンラインで|回線で)?(?:外部)?提供する$")
_LIST_JOIN = re.compile(r"と|及び|並びに|、")
_REGISTER_END = re.compile(r"(?:台帳|名簿|診査|健診|検診|システム|ファイル)$")


def reported_item(text: str, line: int, quote: str | None = None) -> list[Flow]:
    """The flow of an item a report tells by its order (「N件目は、…もの」) or counts in one sentence (「…件と、
    …件の二件」): the holder, the register it keeps (named before 「の」 or 「のうち」, or 「Rから抽出した」), the
    fields, and the office using them or the body given them.

    >>> said = "2件目は、保険課が保有する国保台帳の加入者の氏名と住所を、通知を送るため福祉課が利用するもの。"
    >>> [(f.source_department, f.source_business, f.recipient_department, f.items, f.reason)
    ...  for f in reported_item(said, 4)]  # doctest: +NORMALIZE_WHITESPACE
    [('保険課', '国保台帳', '福祉課', ['氏名', '住所'], '通知を送るため')]
    >>> said = ("諮問は、市民課が保有する利用記録を、調査のため企画課が利用する件と、"
    ...         "福祉課が名簿から抽出した氏名を、地区社協に提供する件の二件")
    >>> [(f.source_department, f.source_business, f.recipient_department or f.recipient_external)
    ...  for f in reported_item(said, 2)]
    [('市民課', None, '企画課'), ('福祉課', '名簿', '地区社協')]
    """
    said = _REPORTED_ITEM.search(text)
    if said is not None:
        return _item_flow(said.group("holder"), None, said.group("held"), said.group("to"), line, quote)
    counted = _COUNTED_ITEMS.search(text)
    flows: list[Flow] = []
    for part in (counted.group("all").split("件と、") if counted else []):
        item = _COUNTED_ITEM.match(part if part.endswith("件") else f"{part}件")
        if item:
            flows.extend(_item_flow(item.group("holder"), item.group("register"), item.group("held"),
                                    item.group("to"), line, quote))
    return flows


def _item_flow(holder: str, register: str | None, held: str, to: str, line: int, quote: str | None) -> list[Flow]:
    if register is None:
        register, _, data = held.partition("のうち、") if "のうち、" in held else held.partition("の")
        register = register.removesuffix("の情報")
        if not _REGISTER_END.search(register):
            register = None
    else:
        data = held
    listed = _LIST_JOIN.split(data.rsplit("の", 1)[-1]) if _LIST_JOIN.search(data) else [held]
    common = {"source_department": holder, "source_business": register or None, "basis": "council",
              "items": [item for item in listed if item], "line": line, "quote": quote}
    used = _USED_FOR.match(to)
    if used:  # 「空き家の実態調査のため」: a work named as the purpose is what the using office runs
        purpose = used.group("purpose")
        work = purpose.removesuffix("のため") if purpose.endswith("のため") else None
        return [Flow(recipient_department=used.group("user"), recipient_business=work, kind="purpose_outside_use",
                     reason=purpose, **common)]
    given = _GIVEN_TO.match(to)
    if given:
        kind = "online_connection" if given.group("how") else "external_provision"
        return [Flow(recipient_business=given.group("work"), recipient_external=given.group("body"), kind=kind,
                     reason=given.group("purpose"), **common)]
    return []


# 「Sシステムを保守事業者のサーバと専用回線で結合し、a、b及びcを送信するものである」: no department, no オンライン
_SYSTEM_LINKED = re.compile(r"^\s*(?P<system>[^、。を]{2,30}?システム)を、?(?P<body>[^、。を]{2,30}?)の"
                            r"(?:サーバ|システム|端末)と(?:専用回線|回線|ネットワーク)?で?(?:オンライン)?結合し、(?P<items>[^。]+?)を"
                            r"(?:送信|提供)する")


def linked_system(text: str, line: int, holder: str | None = None, quote: str | None = None) -> list[Flow]:
    """A system joined to a body's server (over a dedicated line or not), the data it sends: a link from the
    system, held by ``holder`` (the department that explains).

    >>> [(f.source_department, f.source_business, f.recipient_external, f.kind, f.items) for f in linked_system(
    ...  "図書館システムを委託事業者のサーバと専用回線で結合し、氏名及び住所を送信するものである。", 4, "図書館")]
    [('図書館', '図書館システム', '委託事業者', 'online_connection', ['氏名', '住所'])]
    """
    linked = _SYSTEM_LINKED.match(text)
    if linked is None:
        return []
    return [Flow(source_department=holder, source_business=linked.group("system"),
                 recipient_external=linked.group("body"), kind="online_connection", basis="council",
                 items=clean_items(linked.group("items"))[0], line=line, quote=quote)]
