"""Flows a council case title states, one per kind it names, with the ends the title leaves implicit.

:func:`~.consult.consultation_flows` reads one statement of one kind. A title often holds more:

- 「Xのために A すること及び B すること」, 「…の目的外利用及び（外部）提供について」: one statement per kind, the
  purpose repeated before each;
- the purpose 「Xのために」 / 「Xにおける…の目的外利用」 is the recipient business when nothing else is named
  (not in 「Xに係る情報の提供」 when X names people, 「死亡患者」: then X says whose data it is);
- 「Aに係る情報のBへの情報提供」: B the outside recipient, A's information the item; 「AのB課への目的外利用」:
  B課 receives;
- the departments bracketed beside the title (【A課、B課】, [担当課：…], （…局）) receive what is used outside its
  purpose or collected, and hold what is provided;
- 「Aが、…」 opening the title is the actor: the receiver of a use or a collection, the holder of a provision;
  「Bからの連絡により…収集」 names the outside supplier.

A statement whose recipient still cannot be read is returned as a diagnostic, never as half a flow.

>>> flows, problems = title_flows("桜台地区見守り事業のために住民情報を目的外利用すること及び"
...                               "同事業の協力団体へ提供することについて", 4, "q", departments=["地域福祉課"])
>>> [(f.kind, f.source_department, f.recipient_department, f.recipient_business) for f in flows]
[('purpose_outside_use', None, '地域福祉課', '桜台地区見守り事業'), ('external_provision', '地域福祉課', None, None)]
>>> [f.recipient_external for f in flows], problems
([None, '同事業の協力団体'], [])
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields

from ....records import Diagnostic, Flow
from ...text.items import clean_items, compact, is_vague_item
from .consult import consultation_flows, flow_kind

__all__ = ["half_flow", "has_recipient", "title_flows"]

_PURPOSE = re.compile(r"^(?P<x>[^、。]+?)(?:を行う|の実施の|を実施する|する|の)?ため(?:に|の)")
_WHERE = re.compile(r"^(?P<x>[^、。を]+?)(?P<how>における|に伴う|に係る)(?:(?P<data>[^、。をのに]{1,12})の)?"
                    r"(?:目的外利用|外部提供|提供)")
_TO_BODY = re.compile(r"^(?P<items>[^、。を]+?)の(?P<ext>[^、。をにへとの]{2,20}?)への(?:情報|個人情報の|外部)?提供")
_BODY_FIRST = re.compile(r"^(?P<ext>[^、。をにへとの]{2,20}?)への(?P<items>[^、。を]+?)の(?:外部|情報)?提供")
_SERVES = re.compile(r"(?:事務|事業|業務)(?:における|に係る|に伴う|の実施に)")
# 「接種記録の健康推進課への目的外利用」: the department the data go to
_TO_DEPARTMENT = re.compile(r"^(?P<items>[^、。を]+?)の(?P<dept>[^、。をにへとの]{1,20}?(?:課|室|センター|局))"
                            r"への目的外利用")
_MOVED_TO = re.compile(r"^(?P<business>[^、。]{2,30}?(?:業務|事務|事業|システム))の(?P<to>クラウド(?:サービス)?|"
                       r"[^、。のにへ]{1,12}(?:サーバ|システム))(?:へ|への)?(?:の)?(?:移行|化|導入)に伴う")
_DELEGATED = re.compile(r"(?<=.)の(?:一部|全部)?(?:外部)?委託$")
_WORK_NAME = re.compile(r"事務$")  # an office's own business; 「…事業」 is rather the program served
_COLLECTED_FOR = re.compile(r"^(?P<x>[^、。を]{2,30}?(?:事務|事業|業務))に係る(?:個人情報の)?本人以外からの")
_RECORD_USED = re.compile(r"^(?P<x>[^、。をのにへ]{2,20})の目的外利用")
_RECORD = re.compile(r"(?:記録|台帳|名簿|データ|ファイル|システム)$")
_RECORD_OF = re.compile(r"^(?P<record>[^、。をの]{2,20}?(?:記録|台帳|名簿|データ|ファイル))"
                        r"の(?P<ext>[^、。をの]{2,20})$")
_ACTIVITY = re.compile(r"^(?P<x>[^、。をのに]{2,30}?(?:活動|事業))(?:に伴う|における)")
_WHOSE = re.compile(r"(?:者|児童|生徒|世帯|住民|本人|市民|職員|患者|被保険者)$")
_CITY = re.compile(r"(?:市|町|村|区|県|府|都|道)$")  # 「本市が、」: the body itself, not one of its departments
_ACTOR = re.compile(r"^(?P<who>[^、。をがのにはで]{2,12})が、")
_FROM = re.compile(r"(?P<src>[^、。をのにはが]{1,12})(?:からの[^、。をに]{1,6}?により|から収集)")
_KIND_WORD = r"(?:目的外利用|外部提供|オンライン結合)"
_BOTH_KINDS = re.compile(rf"の(?P<a>{_KIND_WORD})(?:及び|並びに|・)(?P<b>(?:外部)?提供|{_KIND_WORD})")
_PARTS = re.compile(r"(?<=こと)(?:及び|並びに)")
_BEYOND = re.compile(r"(?:事務の)?目的の範囲を超えて利用")
_OFFICE = r"[^、。をのにがは]{1,15}?(?:課|室|局|センター|所)"
# 「A課が保有するXのB課による利用(Y事務)」: another department's use, its business bracketed
_USED_BY = re.compile(rf"^(?P<src>{_OFFICE})が保有する(?P<data>[^、。を]{{2,30}}?)の(?P<dept>{_OFFICE})による利用"
                      r"(?:[(（](?P<business>[^()（）]{2,30})[)）])?$")
# 「A課のY事務におけるBからの収集」: a collection from an outside supplier for a department's business
_COLLECTED_AT = re.compile(rf"^(?:(?P<dept>{_OFFICE})の)?(?P<business>[^、。のに]{{2,30}}?(?:事務|事業|業務))における"
                           # 「本人以外からの収集」 names no supplier
                           r"(?!本人)(?P<ext>[^、。をのに]{2,40}?)からの(?:個人情報の)?収集$")

# 「AのBシステムにおけるXのCとの結合」: a system of the body joined to an outside service
_JOINED_WITH = re.compile(r"^(?:(?P<holder>[^、。をのに]{2,15}?)の)?"
                          r"(?P<business>[^、。をのに]{2,20}?(?:システム|事務|事業|業務))における(?P<data>[^、。を]{2,20}?)の(?P<ext>[^、。をのに]{2,20}?)との(?:オンライン)?結合$")
# 「Xに係るBへのYの提供」: B the outside recipient, X the business it serves
_PROVIDED_TO = re.compile(r"^(?P<x>[^、。をのに]{2,30}?)に係る(?P<ext>[^、。をのに]{2,15}?)への"
                          r"(?P<data>[^、。を]{2,20}?)の(?:外部)?提供$")

_BODIES = re.compile(r"及び|並びに|、|・")  # 「民生委員及び自主防災組織」: two bodies
# 「X業務の株式会社Bへの委託に伴う電子計算機の結合」: the contractor B receives, for the business X
_ENTRUSTED = re.compile(r"^(?P<x>[^、。]{2,30}?(?:業務|事務|事業))の(?P<ext>[^、。をのにへ]{2,25}?)への(?:業務の)?"
                        r"(?:一部|全部)?(?:外部)?委託に伴う")
_LABEL_END = re.compile(r"[(（][^()（）]{0,6}(?:諮問|報告|審議)[^()（）]{0,6}[)）]$")  # 「…について(諮問)」


def _named_use(title: str, line: int, quote: str, basis: str, departments: list[str]) -> list[Flow] | None:
    """The flows of a title that names both ends: 「…による利用」, 「…からの収集」, 「…との結合」, 「Xに係るBへのYの
    提供」 (one flow per body named; the one department bracketed beside it holds what is provided).

    >>> title = "市民課が保有する住民基本台帳情報の保険課による利用(保険料賦課事務)"
    >>> (flow,) = _named_use(title, 3, "q", "council", [])
    >>> (flow.kind, flow.source_department, flow.source_business, flow.recipient_department, flow.recipient_business)
    ('purpose_outside_use', '市民課', '住民基本台帳', '保険課', '保険料賦課事務')
    >>> _named_use("保育課の入所選考事務における医療機関からの収集", 3, "q", "council", [])[0].source_external
    '医療機関'
    >>> flows = _named_use("X計画に係る民生委員及び自主防災組織への個人情報の外部提供", 3, "q", "council", ["福祉課"])
    >>> [(f.source_department, f.recipient_business, f.recipient_external) for f in flows]
    [('福祉課', 'X計画', '民生委員'), ('福祉課', 'X計画', '自主防災組織')]
    """
    flat = re.sub(r"について$", "", _LABEL_END.sub("", compact(title)))
    used = _USED_BY.match(flat)
    if used:
        data = used.group("data")
        return [Flow(kind="purpose_outside_use", basis=basis, line=line, quote=quote,
                     source_department=used.group("src"), recipient_department=used.group("dept"),
                     source_business=data[:-2] if data.endswith("台帳情報") else None,  # the data set named
                     recipient_business=used.group("business"), items=[data])]
    collected = _COLLECTED_AT.match(flat)
    if collected:  # 「X事務におけるA連合会及びB基金からの収集」: one flow per supplier
        department = collected.group("dept") or (departments[0] if len(departments) == 1 else None)
        return [Flow(kind="collection_from_others", basis=basis, line=line, quote=quote, source_external=supplier,
                     recipient_department=department, recipient_business=collected.group("business"))
                for supplier in _BODIES.split(collected.group("ext"))]
    joined = _JOINED_WITH.match(flat)
    if joined:
        return [Flow(kind="online_connection", basis=basis, line=line, quote=quote,
                     source_department=joined.group("holder"), source_business=joined.group("business"),
                     recipient_external=joined.group("ext"), items=_data_items([joined.group("data")]))]
    provided = _PROVIDED_TO.match(flat)
    if provided:
        return [Flow(kind="external_provision", basis=basis, line=line, quote=quote,
                     source_department=departments[0] if len(departments) == 1 else None,
                     recipient_business=provided.group("x"), recipient_external=body,
                     items=_data_items([provided.group("data")]))
                for body in _BODIES.split(provided.group("ext"))]  # 「民生委員及び自主防災組織への」: each body
    return None


def _parts(title: str) -> list[str]:
    """One statement per kind: 「Xのために A すること及び B すること」 → the purpose repeated before B."""
    flat = re.sub(r"について$", "", compact(title))
    both = _BOTH_KINDS.search(flat)
    if both and both.group("a") != both.group("b").replace("外部", "") and both.group("b") != "提供" + both.group("a"):
        second = "外部提供" if both.group("b") == "提供" else both.group("b")  # 「目的外利用及び提供」: 外部提供
        return [_BOTH_KINDS.sub("の" + both.group("a"), flat), _BOTH_KINDS.sub("の" + second, flat)]
    pieces = _PARTS.split(flat)
    if len(pieces) == 1:
        return [flat]
    purpose = _PURPOSE.match(pieces[0])
    lead = pieces[0][:purpose.end()] if purpose else ""
    return [pieces[0], *(lead + piece if lead and not piece.startswith(lead) else piece for piece in pieces[1:])]


_HOLDER = r"(?P<dept>[^、。をの「」]{2,20}?(?:課|室|センター|局))"
# 「A課が保有するZの、X事務における目的外利用」, 「…Zの、Bが行うX事業への外部提供」: the holder first, then the use
_HELD_FIRST = re.compile(rf"^{_HOLDER}が(?:保有|管理)する(?P<data>[^、。「」]+?)の、"
                         r"(?:(?P<ext>[^、。をが「」]{1,12}?)が(?:行う|実施する|運営する))?"
                         r"(?P<biz>[^、。「」]+?(?:事務|事業|業務))(?:における|での|への)")
# 「A課のSシステムと、B課のTシステムとのオンライン結合」: both ends named
_BOTH_SYSTEMS = re.compile(rf"^{_HOLDER}の(?P<ssys>[^、。「」]+?システム)と、?(?P<rdept>[^、。をの「」]{{2,20}}?"
                           r"(?:課|室|センター|局))の(?P<rsys>[^、。「」]+?システム)との?(?:オンライン|電子計算機)?結合")


def _stated_whole(flow: Flow, part: str) -> bool:
    """A title that names the holder (or both systems) before the use (see ``_HELD_FIRST``, ``_BOTH_SYSTEMS``)."""
    flat = part.strip().lstrip("「")
    both = _BOTH_SYSTEMS.match(flat) if flow.kind == "online_connection" else None
    if both:
        flow.source_department, flow.source_business = both.group("dept"), both.group("ssys")
        flow.recipient_department, flow.recipient_business = both.group("rdept"), both.group("rsys")
        flow.recipient_external = None
        return True
    held = _HELD_FIRST.match(flat) if flow.kind in ("purpose_outside_use", "external_provision") else None
    if held is None or (flow.kind == "external_provision") != bool(held.group("ext")):
        return False
    flow.source_department, flow.recipient_business = held.group("dept"), held.group("biz")
    flow.recipient_external = held.group("ext") or flow.recipient_external
    flow.items = flow.items or clean_items(held.group("data"))[0]
    return True


def _complete(flow: Flow, part: str, departments: list[str]) -> None:
    """Ends the title leaves implicit: the purpose as recipient business, the bracketed department, the actor."""
    if _stated_whole(flow, part):
        return
    purpose = _PURPOSE.match(part) or _WHERE.match(part)
    if purpose and purpose.re is _WHERE and purpose.group("how") == "に係る" and _WHOSE.search(purpose.group("x")):
        purpose = None  # 「死亡患者に係る情報の提供」: X says whose data, not the business that receives it
    glued = _RECORD_OF.match(flow.recipient_external or "")
    if glued and flow.kind == "external_provision":  # 「高齢者名簿の民生委員への提供」: the record, then the body
        flow.recipient_external = glued.group("ext")
        flow.items = flow.items or [glued.group("record")]
    to_body = (_TO_BODY.match(part) or _BODY_FIRST.match(part)
               if flow.kind == "external_provision" and not flow.recipient_external else None)
    if to_body and to_body.re is _BODY_FIRST and _SERVES.search(to_body.group("items")):
        to_body = None  # 「A世帯への給付金支給事務における…の提供」: A is whom the business serves, no recipient
    if to_body and not flow.recipient_department:
        flow.recipient_external = to_body.group("ext")  # 「Aに係る情報の検査機関への情報提供」, 「Bへの Aの提供」
        flow.items = flow.items or [to_body.group("items")]
        if _RECORD.search(to_body.group("items")) and not flow.source_department and not flow.source_business:
            flow.source_business = to_body.group("items")  # 「救急記録の病院への提供」: the record held is the source
    entrusted = _ENTRUSTED.match(part) if flow.kind in ("online_connection", "external_provision") else None
    if entrusted and not flow.recipient_external and not flow.recipient_department:
        flow.recipient_external = entrusted.group("ext")
        flow.recipient_business = flow.recipient_business or entrusted.group("x")
    moved = _MOVED_TO.match(part) if flow.kind == "online_connection" else None
    if moved and not flow.recipient_external and not flow.recipient_department:
        # 「X事務のクラウド移行に伴う電子計算機の結合」: X is linked to the cloud it moves to
        flow.recipient_external = moved.group("to")
        if not flow.source_business:
            flow.source_business = moved.group("business")
    to_department = _TO_DEPARTMENT.match(part) if flow.kind == "purpose_outside_use" else None
    if to_department and not flow.recipient_department:
        flow.recipient_department = to_department.group("dept")
        flow.items = flow.items or [to_department.group("items")]
        if _RECORD.search(to_department.group("items")) and not flow.source_department and not flow.source_business:
            flow.source_business = to_department.group("items")  # the record held is the source
        departments = []  # the bracketed department is the one that holds here, not the receiver
    actor = _ACTOR.match(part)
    who = actor.group("who") if actor and not _CITY.search(actor.group("who")) else None
    if flow.kind in ("purpose_outside_use", "collection_from_others"):
        if departments and not flow.recipient_department:
            if flow.source_department in departments:  # the bracketed department receives
                flow.recipient_department, flow.source_department = flow.source_department, None
            else:
                flow.recipient_department = departments[0]
        if who and not flow.recipient_department:
            flow.recipient_department = who
        if flow.kind == "collection_from_others" and not flow.source_department and not flow.source_business:
            source = _FROM.search(part)
            if source and "本人" not in source.group("src"):
                flow.source_external = source.group("src")  # the outside supplier
                flow.reason = flow.reason or source.group()
    elif flow.kind in ("external_provision", "online_connection") and who and not flow.source_department \
            and not flow.source_business:
        flow.source_department = who
    held = (purpose is not None and purpose.re is _WHERE and purpose.group("how") == "に係る"
            and flow.kind in ("external_provision", "online_connection") and _WORK_NAME.search(purpose.group("x")))
    if held:  # 「X事務に係る保有個人情報の外部提供」: the business that holds what is provided, not a recipient
        flow.source_business = flow.source_business or purpose.group("x")
        if flow.recipient_business == purpose.group("x"):
            flow.recipient_business = None
    elif flow.recipient_external and not flow.recipient_business and _ACTIVITY.match(part):
        flow.recipient_business = _ACTIVITY.match(part).group("x")  # 「X活動に伴う…の民生委員への提供」: X, the body
    elif purpose and not flow.recipient_business and not flow.recipient_external:
        flow.recipient_business = _DELEGATED.sub("", purpose.group("x"))  # 「Xの委託に伴う」: X is the business
        flow.reason = flow.reason or purpose.group()
    data = purpose.groupdict().get("data") if purpose else None
    if data and not flow.items and not is_vague_item(data):
        flow.items = [data]  # 「Xにおける戸籍情報の目的外利用」: the data the title names
    collected_for = _COLLECTED_FOR.match(part) if flow.kind == "collection_from_others" else None
    if collected_for and not flow.recipient_business:
        flow.recipient_business = collected_for.group("x")  # 「X事務に係る本人以外からの収集」: the work collecting
    record = _RECORD_USED.match(part) if flow.kind == "purpose_outside_use" else None
    if record and _RECORD.search(record.group("x")) and not flow.source_department and not flow.source_business:
        flow.source_business = record.group("x")  # 「住民基本台帳の目的外利用について」: the register is the source


_CLAUSE_HEAD = re.compile(r"^.*(?:ために|ための|により|によって)、?")
_NOT_DATA = re.compile(r"(?:が|により|によって|から)$|目的の範囲")


def _data_items(items: list[str]) -> list[str]:
    """Items as the data named: the purpose or reason clause read with them and bare 「（保有）個人情報」 dropped."""
    out: list[str] = []
    for item in items:
        item = _CLAUSE_HEAD.sub("", item)
        if item and not _NOT_DATA.search(item) and not is_vague_item(re.sub(r"^保有", "", item)):
            out.append(item)
    return out


_DIAGNOSTIC_FIELDS = {field.name for field in fields(Diagnostic)}


def half_flow(flow: Flow, message: str) -> Diagnostic:
    """The diagnostic for a flow read without its recipient, carrying what was read as its candidate
    (kind, the end found, items, basis, line) where the record type has a place for it.
    """
    candidate = {key: value for key, value in flow.to_dict().items() if value not in (None, [], "") and key != "id"}
    extra = {"candidate": candidate} if "candidate" in _DIAGNOSTIC_FIELDS else {}
    return Diagnostic(flow.line, "warning", message, **extra)


def has_recipient(flow: Flow) -> bool:
    """Whether a flow names where the data go (a department, a business or an outside party)."""
    return bool(flow.recipient_department or flow.recipient_business or flow.recipient_external)


def title_flows(title: str, line: int, quote: str, *, departments: list[str] | None = None, basis: str = "council",
                articles: list[str] | tuple[str, ...] = (), items: list[str] | None = None,
                complete: Callable[[list[Flow]], list[Flow]] | None = None) -> tuple[list[Flow], list[Diagnostic]]:
    """The flows ``title`` states (one per kind named) and a diagnostic per statement with no recipient.

    ``complete``: what the record says of the case, given every flow read before those without a recipient are
    set aside (it returns the flows completed).
    """
    departments = departments or []
    named = _named_use(title, line, quote, basis, departments)
    if named is not None:
        return (complete(named) if complete is not None else named), []  # the record may say more of them
    read: list[tuple[Flow, str]] = []
    for part in _parts(title):
        if flow_kind(part) is None and not _BEYOND.search(part):
            continue
        statement = _BEYOND.sub("目的外利用", part)
        found = consultation_flows(statement, line, quote, departments=departments or None, basis=basis,
                                   items=items)
        for flow in found:
            if articles and not flow.basis_text and basis == "council":
                flow.basis_text = articles[0]
            _complete(flow, part, departments)
            flow.items = flow.items if items else _data_items(flow.items)
            if flow.recipient_external:  # 「Bへの外部提供」: 「Bへ」 is where the data go, not an item
                flow.items = [item for item in flow.items if item.rstrip("へに") != flow.recipient_external]
            if (flow.kind == "purpose_outside_use" and not flow.source_department and not flow.source_business
                    and len(flow.items) == 1 and flow.items[0].endswith("台帳")):
                flow.source_business, flow.items = flow.items[0], []  # 「Xに伴うZ台帳の目的外利用」: Z台帳 is used
            read.append((flow, part))
    if complete is not None and read:
        part_of = {flow.kind: part for flow, part in read}
        read = [(flow, part_of.get(flow.kind, title)) for flow in complete([flow for flow, _ in read])]
    made: list[Flow] = []
    problems: list[Diagnostic] = []
    for flow, part in read:
        if has_recipient(flow):
            made.append(flow)
        else:
            problems.append(half_flow(flow, f"case title states a {flow.kind} but names no recipient: {part[:60]}"))
    return made, problems
