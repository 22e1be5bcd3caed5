"""One hand-over told as one clause, its ground in a bracket after it.

Pages list each standing use or provision as an item of its own: 「(1) A課がX事務で保有する甲及び乙を、B課がY事務に
利用します。(相当の理由)」, 「※ A課が保有する甲を、C会に提供(本人同意)」, 「・A課は、X事務で保有する甲を、
Sにより D機構に提供しています。(…法に基づくもの)」. The holder is the clause's subject (a department or an organ:
農業委員会), the items are the object, and what follows the object says the other end: a department that uses it
(purpose-outside use), a body it is given to (provision; through a network or system: an online connection; 「B署からの
照会に対し」: B receives, the enquiry is the reason), or a system it is joined to. The bracket closing the line says the
ground; a bare act's name there (「(地方税法)」) is a ground in law. Without 保有する the object must name personal
data (「A課のYを、B課が…に利用」, 「A課からB会へ、Yを提供」), and data given to the person it is about is no flow.
Collections name the collecting business first and each supplier with its data (「A課のX事務では、BからYを、CからZを
収集しています」: one flow per supplier).

>>> flow = clause_flows("(2)税務課が課税事務で保有する所得額を、福祉課が手当事務に利用します。(法令)", 4, "")[0]
>>> (flow.source_department, flow.source_business, flow.recipient_department, flow.recipient_business, flow.basis)
('税務課', '課税事務', '福祉課', '手当事務', 'law')
>>> flow = clause_flows("※ 市民課が保有する交付記録を、警察署からの照会に対し提供(法令)", 9, "q")[0]
>>> (flow.kind, flow.recipient_external, flow.reason, flow.items)
('external_provision', '警察署', '照会', ['交付記録'])
>>> note_ground("介護保険法"), note_ground("相当の理由")
(('law', '介護保険法'), ('reasonable_grounds', '相当の理由'))
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...normalize import classify_basis, split_items
from ...records import Flow
from ..layout.lines import Line
from .held_business import business_of_held
from .held_data import held_data
from .names import is_business, is_external_body
from .vocabulary import PERSONAL_DATA

__all__ = ["ONLINE_GIVEN", "clause_flows", "collected_from", "collection_flows", "given_online", "lead_in_basis",
           "note_ground", "noted_basis",
           "split_note", "statutory_flows",
           "without_apposition"]

_MARK = (r"^\s*(?:(?:[(（]\s*(?:\d{1,2}|[ア-ン])\s*[)）]|\d{1,2}[.．)）]|\d{1,2}(?=\s)|[①-⑳]|[※・●○◯■□◆◇•*\-]"
         r"|[ア-ンｱ-ﾝ][.．)）、])\s*){0,2}")
# 「X事業を民間事業者に委託するに当たり、」: the business the recipient runs for the body, told before the holder
_ENTRUSTED = (r"(?:(?P<entrusted>[^、。を]{2,30}?(?:事務|業務|事業))を[^、。を]{1,30}?に委託するに"
              r"(?:当たり|あたり|際し)、)?")
_ORGAN_END = r"(?:課|室|センター|委員会|局|係|事務所|支所|部|館)"
# the holder: a department or organ (「A課が」「A課は、」「A課の X事務で」), or the municipality itself (「市は、」)
_HOLDER = (rf"(?:(?P<holder>[^、。「」()（）\s]{{1,20}}?{_ORGAN_END})"
           r"(?:が|は、?|の(?=[^、。]{2,30}?(?:事務|業務|事業)(?:で|において)))"
           r"|(?P<municipality>本?(?:市|町|村|区)|当(?:市|町|村|区))は、"
           rf"|(?P<hbiz>[^、。をが「」()（）\s]{{2,30}}?(?:事務|業務|事業))[(（](?P<hdept>[^()（）]{{1,20}}?{_ORGAN_END})[)）]"
           r"(?:で|において|が)、?)")  # 「X事務(A課)で保有する」
_HOLDER_BUSINESS = r"(?:(?P<sbiz>[^、。をがで「」]{2,30}?(?:事務|業務|事業|システム))(?:で|において)、?)?"
_CLAUSE = re.compile(_MARK + _ENTRUSTED + _HOLDER + _HOLDER_BUSINESS
                     + r"保有する(?P<items>[^。]+?)を、?(?P<tail>[^。]+?)$")
_USED = re.compile(rf"^(?P<user>[^、。を「」]{{1,20}}?{_ORGAN_END})(?:が|の)(?:行う|実施する|所管する)?"
                   r"(?:(?P<ubiz>[^、。を]{2,30}?)(?:に|で|において)、?)?(?:目的外に?)?利用")
# 「A課のYを、B課がZ事務に利用」「A課がYをB会に提供」: no 保有する, the object must name personal data
_PLAIN_CLAUSE = re.compile(_MARK + rf"(?P<holder>[^、。「」()（）\s]{{1,20}}?{_ORGAN_END})(?:の|が|は、)"
                           r"(?P<items>[^、。をが「」]{2,30}?)を、?(?P<tail>[^。]+?)$")
_THE_PERSON = re.compile(r"^(?:ご?本人|申請者|請求者|利用者|対象者|当事者|その者)$")
_RECORD_WORD = re.compile(r"(?:記録|履歴|結果|番号|一覧|リスト|書|票|額|歴)(?:等)?$")
_BUSINESS_FOR = re.compile(r"^(?P<biz>[^、。]{2,30}?(?:事務|業務|事業))(?:において|で)、?(?P<why>[^、。]{2,30})$")
# 「A課からB会へ、Yを提供しました」
_HANDED_FROM = re.compile(_MARK + rf"(?P<holder>[^、。「」()（）\s]{{1,20}}?{_ORGAN_END})から(?P<to>[^、。を]{{2,30}}?)"
                          r"(?:へ|に)、?(?P<items>[^、。を][^。を]{0,40}?)を(?:外部)?提供")
# 「…を、Y事務(B課)で利用しました」: the user's business with its department in brackets
_USED_BY_BUSINESS = re.compile(rf"^(?P<ubiz>[^、。を「」()（）]{{2,30}}?(?:事務|業務|事業))"
                               rf"[(（](?P<user>[^()（）]{{1,20}}?{_ORGAN_END})[)）](?:で|に|において)、?(?:目的外に?)?利用")
_GIVEN = re.compile(r"^(?:(?P<via>[^、。を]{2,40}?)(?:により|によって|を通じて|を経由して)、?)?"
                    r"(?P<to>(?:[^。を]{0,30}?を(?:[一-龥]{2,4}(?:する|している|した)|行う|行っている))?[^。を]{2,50}?)"
                    r"(?:に対し(?:て)?|へ|に)、?(?P<for>[^、。を]{2,30}?のため(?:に)?、?)?(?:外部)?提供")
# 「…を、B組合の求めに応じて、X登録のため提供」「Bから依頼を受けて提供」: B asks and receives
_ASKED_THEN_GIVEN = re.compile(r"^(?P<body>[^、。を]{2,30}?)(?:の(?:求め|要請|依頼|請求)に応じ(?:て)?|から(?:の)?"
                               r"(?:依頼|要請|求め|請求)を受け(?:て)?)、?(?:(?P<why>[^、。]{2,30}?)のため(?:に)?、?)?"
                               r"(?:外部)?提供")
# 「(…を)委託する B社」「…を受託している B法人」「…を発行する B社」: the clause says what B does; B receives
_RELATIVE = re.compile(r"^(?:[^、。]*?を)?(?:委託|受託|運営|実施"
                       r"|[一-龥]{2,4}(?=する[^、。]{0,20}?(?:会社|法人|協議会|組合|団体)))"
                       r"(?:する|している|した)(?=[^、。]{2,})")
_COMMISSIONED = re.compile(r"^(?P<work>[^、。を]{2,30}?)を委託(?:する|している|した)(?=[^、。]{2,})")
_DOING_WORK = re.compile(r"^(?P<work>[^、。を]{2,30}?)を(?:行う|行っている)(?=[^、。]{2,})")
# 「見守り協定を結んだ B会」: the agreement B made with the body, before B
_AGREED = re.compile(r"^[^、。を]{0,20}?(?:協定|契約|覚書)を(?:結んだ|結んでいる|締結した|締結している|交わした)"
                     r"(?=[^、。]{2,})")
# 「…を、B会が行うX活動のために提供」: B receives, for X; 「…を、X調査のためB局へ提供」: why, glued before B
_BODY_DOING = re.compile(r"^(?P<body>[^、。]{2,30}?)が(?:行う|実施する|営む|運営する)(?P<why>[^、。]{2,30}?)"
                         r"のため(?:に)?$")
_WHY_GLUED = re.compile(r"^(?P<why>[^、。]{2,20}?のため)、?(?P<body>[^、。]{2,30})$")
# the clause ends with its verb: 「…利用したもので、…法に定めがあるため」 says more, and is the sentences' to read
_VERB_END = re.compile(r"^(?:する|します|した|しました|している|しています|しております|させる|させます"
                       r"|させること|させている|させています|すること|しようとするもの|したい(?:と考えて(?:おります|います))?)?"
                       r"(?:こと|もの)?(?:です)?"
                       r"(?:について、[^。]*?(?:承認|了承|答申|諮問)[^。]*)?$")  # 「…について、承認した」
# 「受託者である B社」「委託先のB社」: the contractor named in apposition
_APPOSITION = re.compile(r"^(?:[^、。]{0,10}?の)?(?:受託者|委託先|委託事業者|指定管理者)(?:である|の)")
_JOINED = re.compile(r"^(?P<to>[^、。を]{2,50}?)と(?:オンライン|電子計算機の|通信回線で)?(?:結合|接続)")
_ASKED_BY = re.compile(r"^(?P<body>[^、。]{2,30}?)(?:から|より)の(?P<why>[^、。]{0,30}?(?:照会|依頼|求め|請求|要請))$")
# 「主な目的外利用及び外部提供保険年金課」: a heading run into the line before the holder's name
_HEADING_GLUED = re.compile(r"^.*(?:提供|利用|結合|状況|について)(?=[^、。]{2,})")
# 「住民基本台帳の情報」「住民基本台帳情報」: the whole of a named ledger's data, no item singled out
_LEDGER_DATA = re.compile(r"^(?P<ledger>[^、。のを]{2,20}?台帳)の?(?:情報|データ|記録)$")
_WHOLE_REGISTER = re.compile(r"^[^、。のを・]{2,20}?(?:台帳|名簿)$")
# 「…に提供 6件(本人同意)」: a yearly report's count between the clause and its ground
_COUNT_TAIL = re.compile(r"\s*\d[\d,]*\s*件$")
_NOTE = re.compile(r"[。]?\s*[(（【\[](?P<note>[^()（）【】\[\]]{2,60})[)）】\]]\s*[。]?\s*$")
# 「(捜査関係事項照会)」「(弁護士会照会)」: an enquiry a statute allows names a ground in law
_STATUTORY_ENQUIRY = re.compile(r"^(?:捜査関係事項|弁護士会|税務調査に係る)照会(?:への回答)?$")
_GROUND_LABEL = re.compile(r"^(?:根拠|法的根拠|提供根拠|理由)\s*[:：]\s*")
_ACT = re.compile(r"^[^、。\s]{2,30}?(?:法|法律|条例|政令|省令|規則)(?:第[\d一二三四五六七八九十]+条.*)?$")


def without_apposition(name: str | None) -> str | None:
    """A party's name without the role told before it in apposition.

    >>> without_apposition("受託者である北里システム株式会社")
    '北里システム株式会社'
    """
    return _APPOSITION.sub("", name) if name else name


def _is_data(text: str) -> bool:
    """Whether an object names personal data (「住民票情報」「予防接種記録」), not a business or a document type."""
    return bool(PERSONAL_DATA.search(text) or _RECORD_WORD.search(text))


def split_note(text: str) -> tuple[str, str | None]:
    """The clause and the bracket that closes its line (「…利用します。(相当の理由)」), if any.

    >>> split_note("…に提供します。(本人の同意)")
    ('…に提供します', '本人の同意')
    """
    tail = text.rstrip()
    tail = tail[:-1].rstrip() if tail.endswith("。") else tail
    note = _NOTE.search(text) if tail.endswith((")", "）", "】", "]")) else None  # the note closes the line
    if note is None:
        return text.rstrip("。 "), None
    return text[:note.start()].rstrip("。 "), note.group("note").strip()


def note_ground(note: str | None) -> tuple[str, str | None]:
    """(basis, basis_text) a bracketed note states; a bare act's name is a ground in law."""
    if not note:
        return "unknown", None
    note = _GROUND_LABEL.sub("", note)  # 「(根拠:…法第n条)」: the label is not the ground's text
    basis = classify_basis(note)
    if basis == "unknown" and (_ACT.match(note.replace(" ", "")) or _STATUTORY_ENQUIRY.match(note)):
        basis = "law"
    return basis, (note if basis != "unknown" else None)


# 「X法に基づき、」 opening what follows the data: the statute the hand-over rests on
_STATUTE_FIRST = re.compile(r"^(?P<law>[^、。をへ]{2,30}?(?:法|法律|条例|政令|省令|規則)(?:第[\d条項号の]+)?|法令)"
                            r"(?:の規定)?に基づ(?:き|いて)、?")
_CONSENT_FIRST = re.compile(r"^(?P<ground>(?:ご?本人|当該本人)の同意)を得(?:て|た上で|たうえで)、")
_SENT = re.compile(r"^(?P<to>[^、。をにへ]{2,40}?)(?:へ|に)、?"
                   r"(?:(?P<via>[^、。を]{2,40}?)(?:により|によって|を通じて|で)、?)?送信")


_OWN_ORGAN_WORK = re.compile(r"^(?P<dept>[^、。の「」()（）\s]{1,20}?(?:課|室|係|委員会))"
                             r"の(?P<biz>[^、。の「」()（）\s]{2,30}?(?:事務|業務))$")


def _via_network(via: str | None) -> bool:
    return bool(via) and re.search(r"ネットワーク|システム|回線|オンライン|電子計算機", via or "") is not None


# 「A課のXシステムと、B病院の…サーバとを通信回線で結合すること」: two systems joined, the other end's owner receives
_SYSTEMS_JOINED = re.compile(_MARK + rf"(?P<holder>[^、。「」()（）\s]{{1,20}}?{_ORGAN_END})の"
                             r"(?P<system>[^、。]{2,30}?(?:システム|サーバー?|データベース))と、?"
                             r"(?:[^、。]{0,20}?である)?(?P<owner>[^、。の]{2,30}?)の[^、。]{1,30}?とを?、?"
                             r"(?:通信回線で|オンラインで|電子計算機で)?(?:結合|接続)")

# 「…とを通信回線で結合し、Yを閲覧させている」: what the join lets the other end see or receive
_JOINED_TO_SHOW = re.compile(r"^し、?(?P<items>[^、。を]{2,40}?)を、?[^、。]{0,20}?(?:閲覧|提供|送信|共有|照会)"
                             r"(?:させ|し|でき)?(?:る|ます|ている|ています|ております|た|ました)?$")


# 「1 A課が行う事務A課は、」: a heading run into its text names the department twice
_COLLECTOR = re.compile(_MARK + r"(?:[^、。\s]{2,20}?が行う事務)?"
                        rf"(?P<dept>[^、。「」()（）\s]{{1,20}}?{_ORGAN_END})(?:の|は、|が|\s+)"
                        r"(?P<biz>[^、。をがで「」\s]{2,30}?(?:事務|業務|事業))(?:では|において|で|のため|\s*[:：])、?"
                        r"(?P<rest>.+)$")
# 「BからX通知書によりYを」: the paper the data comes on is a means, not an item
_SUPPLIED = re.compile(r"(?:^|、)(?P<supplier>[^、。をがは]{2,20}?)(?:から|より)"
                       r"(?:[^、。をに]{2,20}?(?:により|によって|を通じて)、?)?(?P<items>[^、。を]+?)を")
_COLLECTED = re.compile(r"収集(?:する|します|した|しました|している|しています|しております|して(?:い|お)ります)?$")


# 「…の氏名及び住所を、本人及び医療機関から」: the data first, then who gives it (the person is no supplier)
_OBJECT_THEN_SUPPLIERS = re.compile(r"(?P<items>[^。を]+?)を、?(?P<who>[^、。を]{2,40}?)(?:から|より)$")
_WHO_SPLIT = re.compile(r"及び|並びに|および|又は|、")
_RELATIVE_LEAD = re.compile(r"^[^、。]{0,20}?(?:した|する|している)(?=[^、。]{2,})")


def _suppliers_after(clause: str) -> list[tuple[str, list[str]]]:
    """(supplier, items) of 「甲及び乙を、本人及びB機関から」: each supplier other than the person, the same items.

    >>> _suppliers_after("申請した産婦の氏名及び住所を、本人及び医療機関から")
    [('医療機関', ['産婦の氏名', '住所'])]
    """
    said = _OBJECT_THEN_SUPPLIERS.search(clause)
    if said is None:
        return []
    items = split_items(_RELATIVE_LEAD.sub("", said.group("items").rsplit("ため、", 1)[-1]))
    return [(who, list(items)) for who in (part.strip() for part in _WHO_SPLIT.split(said.group("who")))
            if len(who) >= 2 and not _THE_PERSON.match(who)]


def collected_from(text: str) -> list[tuple[str, list[str]]]:
    """(supplier, items) for each 「AからXを」 before a final 収集: 「AからXを、BからYを収集」 names two suppliers.

    >>> collected_from("給与支払者から報告書を、年金機構から支払報告書を収集しています")
    [('給与支払者', ['報告書']), ('年金機構', ['支払報告書'])]
    """
    head, verb, tail = text.rpartition("収集")
    if not verb or not _COLLECTED.match("収集" + tail):
        return []
    found = [(match.group("supplier"), split_items(match.group("items"))) for match in _SUPPLIED.finditer(head)]
    if not found:
        found = _suppliers_after(head.rsplit("。", 1)[-1])
    if not found or any(supplier.endswith(("課", "室", "係")) for supplier, _ in found):
        return []  # another department's data is a use inside the body, not a collection from others
    return found


def collection_flows(text: str, line: int, quote: str) -> list[Flow]:
    """One flow per supplier of 「A課のX事務では、BからYを、CからZを収集しています(…法)」, the business collecting.

    >>> [(f.source_external, f.recipient_business, f.items, f.basis) for f in
    ...  collection_flows("保育課の入所事務では、勤務先から就労証明書を収集しています(児童福祉法)。", 3, "")]
    [('勤務先', '入所事務', ['就労証明書'], 'law')]
    """
    body, note = split_note(text)
    collector = _COLLECTOR.match(body)
    if collector is None:
        return []
    basis, basis_text = note_ground(note)
    return [Flow(source_external=supplier, recipient_department=collector.group("dept"),
                 recipient_business=collector.group("biz"), kind="collection_from_others", basis=basis,
                 basis_text=basis_text, items=items, line=line, quote=quote)
            for suppliers, items in collected_from(collector.group("rest"))
            for supplier in _each_supplier(suppliers)]


def _each_supplier(suppliers: str) -> list[str]:
    """「給与支払者及び税務署」: two suppliers joined by 及び, one collection each.

    >>> _each_supplier("給与支払者及び税務署"), _each_supplier("勤務先")
    (['給与支払者', '税務署'], ['勤務先'])
    """
    parts = [part.strip() for part in re.split(r"及び|および|並びに", suppliers)]
    return parts if len(parts) > 1 and all(len(part) >= 2 for part in parts) else [suppliers]


_SECOND_HOLDER = re.compile(rf"^(?P<holder>[^、。「」()（）\s]{{1,20}}?{_ORGAN_END})が"
                            r"(?:(?P<sbiz>[^、。をがで]{2,30}?(?:事務|業務|事業|システム))(?:で|において))?保有する(?P<data>.+)$")


def clause_flows(text: str, line: int, quote: str) -> list[Flow]:
    """The flow one clause with the holder as its subject states (none when its shape is not this one); a second
    holder joined to the object (「甲、並びにB課がY事務で保有する乙を」) gives the same hand-over of its own data.

    >>> [(f.source_department, f.items) for f in clause_flows("福祉課が手当事務で保有する受給者の氏名、並びに"
    ...     "保険課が国保事務で保有する世帯主の住所を、北町協議会に提供します。(本人同意)", 1, "")]
    [('福祉課', ['受給者の氏名']), ('保険課', ['世帯主の住所'])]
    """
    flows = []
    for flow in _clause_flows(text, line, quote):
        flows.append(flow)
        second = next((index for index, item in enumerate(flow.items) if _SECOND_HOLDER.match(item)), None)
        if second is None:
            continue
        held = _SECOND_HOLDER.match(flow.items[second])
        rest = [held.group("data"), *flow.items[second + 1:]]
        flow.items = flow.items[:second]
        flows.append(replace(flow, source_department=held.group("holder"), source_business=held.group("sbiz"),
                             items=rest, evidence=list(flow.evidence)))
    return flows


def _clause_flows(text: str, line: int, quote: str) -> list[Flow]:
    if "「" in text:
        return []  # 「A課が保有する「X事務」の甲を…」: a numbered statement's shape, businesses quoted
    body, note = split_note(text)
    body = _COUNT_TAIL.sub("", body) if note else body
    basis, basis_text = note_ground(note)
    user_first = _user_first(body.split("。")[0], basis, basis_text, line, quote)
    if user_first is not None:
        return [user_first]
    clause = _CLAUSE.match(body)
    if clause is None:
        joined = _SYSTEMS_JOINED.match(body)
        shown = _JOINED_TO_SHOW.match(body[joined.end():]) if joined is not None else None
        if joined is not None and (shown or _VERB_END.match(body[joined.end():])):
            return [Flow(source_department=joined.group("holder"), source_business=joined.group("system"),
                         recipient_external=joined.group("owner"), kind="online_connection", basis=basis,
                         basis_text=basis_text, items=split_items(shown.group("items")) if shown else [],
                         line=line, quote=quote)]
        handed = _HANDED_FROM.match(body)
        if handed is not None and _VERB_END.match(body[handed.end():]) and _is_data(handed.group("items")):
            to = handed.group("to")
            if _THE_PERSON.match(to):
                return []
            inside = to.endswith(("課", "室", "係"))
            return [Flow(source_department=handed.group("holder"), recipient_department=to if inside else None,
                         recipient_external=None if inside else to,
                         kind="purpose_outside_use" if inside else "external_provision", basis=basis,
                         basis_text=basis_text, items=split_items(handed.group("items")), line=line, quote=quote)]
        clause = _PLAIN_CLAUSE.match(body)
        if clause is None or not _is_data(clause.group("items")) or is_business(clause.group("items")):
            return []
        holder, business = clause.group("holder"), None
    else:
        if clause.group("municipality") and not clause.group("sbiz"):
            return []  # 「市は、甲を…」: no holder to name
        holder = _HEADING_GLUED.sub("", clause.group("holder") or "") or clause.group("hdept")
        business = clause.group("sbiz") or clause.group("hbiz")
    if "が、" in clause.group("items"):
        return []  # 「…保有する甲が、…へ提供されます」: a passive sentence, the object is not this clause's
    tail = clause.group("tail")
    held = clause.group("items")
    if not business and "保有する" in clause.group(0):  # 「A課が保有するX事務の甲を」: X is the holder's business
        business, held = business_of_held(held)
    register, listed = held_data(held)  # 「B台帳の情報(a,b,c)」: the register, and the items its bracket lists
    items = [part for item in listed or split_items(held) for part in _joined_by_to(item)]  # a ledger whole: its name
    ledger = _LEDGER_DATA.match(items[0]) if len(items) == 1 and not business else None
    if register and not business:  # 「A課が保有する住民基本台帳の情報を」: the register named is the holder's business
        business = register
    elif ledger:
        business = ledger.group("ledger")
    elif len(items) == 1 and not business and _WHOLE_REGISTER.match(items[0]):
        business = items[0]  # 「A課の避難行動要支援者名簿を、…に提供」: the list given whole is the business
    common = {"source_department": holder, "source_business": business,
              "basis": basis, "basis_text": basis_text, "items": items, "line": line, "quote": quote}
    if basis == "unknown" and "諮問" in tail:  # 「…ことについて、諮問のとおり承認した」: put to the council
        common["basis"] = "council"
    consented = _CONSENT_FIRST.match(tail)
    if consented:  # 「…を、本人の同意を得て、B課のY事務に利用」: the ground told before the other end
        tail = tail[consented.end():]
        if common["basis"] == "unknown":
            common["basis"], common["basis_text"] = "consent", consented.group("ground")
    used = _USED.match(tail) or _USED_BY_BUSINESS.match(tail)
    if used and _VERB_END.match(tail[used.end():]):
        business, why = used.group("ubiz"), None
        purpose = _BUSINESS_FOR.match(business or "")  # 「X事務において…の確認に」: the business, then what for
        if purpose:
            business, why = purpose.group("biz"), purpose.group("why")
        return [Flow(recipient_department=used.group("user"), recipient_business=business, reason=why,
                     kind="purpose_outside_use", **common)]
    joined = _JOINED.match(tail)
    if joined and _VERB_END.match(tail[joined.end():]):
        return [Flow(recipient_external=joined.group("to"), kind="online_connection", **common)]
    asked = _ASKED_THEN_GIVEN.match(tail)
    if asked and _VERB_END.match(tail[asked.end():]) and not _THE_PERSON.match(asked.group("body")):
        body = asked.group("body")
        inside = body.endswith(("課", "室", "係")) and not is_external_body(body, set())
        return [Flow(recipient_department=body if inside else None, recipient_external=None if inside else body,
                     kind="purpose_outside_use" if inside else "external_provision", reason=asked.group("why"),
                     **common)]
    grounded = _STATUTE_FIRST.match(tail)
    if grounded:  # 「…を、X法に基づき、Bへ提供」: the statute is the ground, B the receiver
        tail = tail[grounded.end():]
        if common["basis"] == "unknown":
            common["basis"], common["basis_text"] = "law", grounded.group("law")
    sent = _SENT.match(tail)
    if sent and _VERB_END.match(tail[sent.end():]) and not sent.group("to").endswith(("課", "室", "係")):
        # 「…を、B機構へXネットワークシステムにより送信しています」: sent through a network, a link between computers
        return [Flow(recipient_external=sent.group("to"),
                     kind="online_connection" if _via_network(sent.group("via")) else "external_provision",
                     **common)]
    given = _GIVEN.match(tail)
    if given is None or not _VERB_END.match(tail[given.end():]):
        return []
    # 「…を、B会にX事業のため提供」: what B receives it for, told between B and the verb
    to, reason = given.group("to").strip("、 "), (given.group("for") or "").rstrip("、に") or None
    for shape in (_ASKED_BY, _BODY_DOING, _WHY_GLUED):
        said = shape.match(to)
        if said:
            to, reason = said.group("body"), said.group("why")
            break
    commissioned = _COMMISSIONED.match(to)  # 「Xの配布を委託する B公社」: B does X for the body
    doing = _DOING_WORK.match(to)
    if doing and not reason:  # 「X事業を行う B法人へ」: what B receives it for
        to, reason = to[doing.end():], doing.group("work")
    to = _AGREED.sub("", _RELATIVE.sub("", _APPOSITION.sub("", to)))
    entrusted = clause.groupdict().get("entrusted")
    # 「…を、見守り事業のため、B会に提供」: a business given as the purpose is what the recipient runs with it
    purpose = reason[:-3] if reason and reason.endswith("のため") and is_business(reason[:-3]) else None
    kind = "online_connection" if _via_network(given.group("via")) else "external_provision"
    if common["basis"] == "unknown" and classify_basis(given.group("via")) != "unknown":
        # 「本人同意により、B社に提供」: the means named is the ground
        common["basis"], common["basis_text"] = classify_basis(given.group("via")), given.group("via")
    flows = []
    if _THE_PERSON.match(to):
        return []  # given to the person it is about: a disclosure, no flow
    for body in _bodies(to):  # 「B及びCに提供」: each receives
        own = _OWN_ORGAN_WORK.match(body)
        if own and not is_external_body(own.group("dept"), set()):
            # 「…を、農業委員会の農地台帳整備事務に提供」: an organ of the body itself and its business; the verb's kind
            flows.append(Flow(recipient_department=own.group("dept"), recipient_business=own.group("biz"),
                              kind=kind, reason=reason, **common))
        elif body.endswith(("課", "室", "係")) and not is_external_body(body, set()):  # a センター given data is a body
            flows.append(Flow(recipient_department=body, kind="purpose_outside_use", reason=reason, **common))
        elif contracted := _CONTRACTOR_OF.match(body):
            # 「X運営業務の受託法人へ提供」: the contractor receives, for the business it runs for the body
            flows.append(Flow(recipient_external=contracted.group("who"), recipient_business=contracted.group("biz"),
                              kind=kind, reason=reason, **common))
        else:
            work = commissioned.group("work") if commissioned else None
            flows.append(Flow(recipient_external=body, recipient_business=entrusted or purpose or work,
                              kind=kind, reason=reason, **common))
    return flows


# 「B課は、Y事務のため、A課が(X事務で)保有する甲を目的外に利用している」: the user named first, the holder after
_USER_FIRST = re.compile(_MARK + rf"(?P<user>[^、。「」()（）\s]{{1,20}}?{_ORGAN_END})(?:は、?|が)"
                         r"(?:(?P<ubiz>[^、。をが]{2,30}?(?:事務|業務|事業))(?:のため(?:に)?|において|で)、)?"
                         rf"(?P<holder>[^、。「」()（）\s]{{1,20}}?{_ORGAN_END})が"
                         r"(?:(?P<sbiz>[^、。をがで]{2,30}?(?:事務|業務|事業|システム))(?:で|において))?"
                         r"保有する(?P<items>[^。を]+?)を、?(?:目的外に?)?利用")


def _user_first(sentence: str, basis: str, basis_text: str | None, line: int, quote: str) -> Flow | None:
    """The use a sentence states with the user as its subject and the holder after it, if it has that shape.

    >>> flow = _user_first("保育課は、入所事務のため、税務課が保有する課税情報を目的外に利用している",
    ...                    "unknown", None, 3, "")
    >>> (flow.source_department, flow.recipient_department, flow.recipient_business, flow.items)
    ('税務課', '保育課', '入所事務', ['課税情報'])
    """
    used = _USER_FIRST.match(sentence)
    if used is None or not _VERB_END.match(sentence[used.end():]) or used.group("user") == used.group("holder"):
        return None
    return Flow(source_department=used.group("holder"), source_business=used.group("sbiz"),
                recipient_department=used.group("user"), recipient_business=used.group("ubiz"),
                kind="purpose_outside_use", basis=basis, basis_text=basis_text,
                items=split_items(used.group("items")), line=line, quote=quote)


_CONTRACTOR_OF = re.compile(r"^(?P<biz>[^、。の]{2,30}?(?:事務|業務|事業))の"
                            r"(?P<who>受託(?:法人|者|事業者|業者|団体)|委託先|指定管理者)$")


_BASIC_ITEM = r"(?:氏名|住所|生年月日|性別|電話番号|連絡先|年齢)"
_TWO_ITEMS = re.compile(rf"^(?P<first>[^、。と]{{0,20}}?{_BASIC_ITEM})と(?P<second>{_BASIC_ITEM})$")


def _joined_by_to(item: str) -> list[str]:
    """「転入者の氏名と住所」: two items joined by と.

    >>> _joined_by_to("転入者の氏名と住所"), _joined_by_to("世帯と個人の状況")
    (['転入者の氏名', '住所'], ['世帯と個人の状況'])
    """
    two = _TWO_ITEMS.match(item)
    return [two.group("first"), two.group("second")] if two else [item]


def _bodies(text: str) -> list[str]:
    """「B及びC」 → [B, C] when each reads as a name; else the whole."""
    parts = [part for part in re.split(r"及び|並びに|および", text) if part]
    return parts if len(parts) > 1 and all(2 <= len(part) <= 25 for part in parts) else [text]


_SUB_ITEM = re.compile(r"^\s*(?:\d{1,2}[)）]|[(（]\d{1,2}[)）]|[①-⑳]|[ア-コ][\s、.．]|[・•]|-\s)")
_LEAD_IN = re.compile(r"次に掲げる|次の各号|以下の|次の事項|次の\d{1,2}(?:から|～|〜)\d{1,2}")
_GROUND_PHRASE = re.compile(r"(?:[^、。]*?第\d+条[^、。]*?)?"
                            r"(?:相当の理由|相当な理由|特別の理由|本人の同意|公益上の必要)"
                            r"|[^、。]*?審議会の意見を聴い(?:たうえで|た上で|て)")


def lead_in_basis(lines: list[Line], flows: list[Flow]) -> None:
    """Sub-items 「1) A課が…利用させること」 under a lead-in 「次に掲げる提供は、法第69条…の相当の理由が
    あるものとして…」: the ground the lead-in states is each item's, unless the item names its own."""
    for flow in flows:
        marker = _SUB_ITEM.match(lines[flow.line - 1].text) if flow.basis == "unknown" and flow.line else None
        if marker is None:
            continue
        style = _marker_style(marker.group(0))
        # the nearest line above that is not a sibling item (the lead-in may carry a marker of another style)
        above = next((line for line in reversed(lines[:flow.line - 1])
                      if line.text and not _is_sibling(line.text, style)), None)
        # a lead-in sentence, or a heading over bullets (「(4)法令に基づき定期的に行っている提供」)
        heading = (above is not None and len(above.text) <= 40 and "。" not in above.text and style in ("-", "・", "•")
                   and re.search(r"に基づ|の同意|相当の理由", above.text) is not None)
        if above is None or not (_LEAD_IN.search(above.text) or heading):
            continue
        # a lead of several sentences (「…提供できません。ただし、次の1から4については、…」): the lead-in's own
        lead = next((sentence for sentence in above.text.split("。") if _LEAD_IN.search(sentence)), above.text)
        if classify_basis(lead) == "unknown":
            continue
        phrase = _GROUND_PHRASE.search(lead)
        flow.basis = classify_basis(lead)
        flow.basis_text = re.sub(r"^.*?は、", "", phrase.group(0)) if phrase else None


def _marker_style(marker: str) -> str:
    """「1)」「(1)」「①」「ア」「・」 as the kind of marker they are, the number or letter left out."""
    return re.sub(r"\d{1,2}", "9", re.sub(r"[ア-コ]", "ア", re.sub(r"[①-⑳]", "①", marker.strip())))


def _is_sibling(text: str, style: str) -> bool:
    marker = _SUB_ITEM.match(text)
    return marker is not None and _marker_style(marker.group(0)) == style and not _LEAD_IN.search(text)



# 「A課が、X法第n条に基づき、B等の職務上請求に応じて(Cへ)Yを交付/回答/提供/報告するもの」: a standing provision
# an office makes under a statute, to the body that asks or the one named with へ
_STATUTORY = re.compile(r"^\s*(?:[•・●○◆-]\s*)?(?P<dept>[^、。\s]{1,15}?(?:課|室|局|センター|委員会))が、"
                        r"(?P<law>[^、。]*?(?:法|法律|政令|施行令|条例|規則)第[\d条項号の]+)に基づき、"
                        r"(?:(?P<asker>[^、。]+?)(?:の|から(?:の)?)(?P<request>[^、。のか]{0,10}?(?:請求|照会|依頼|求め))"
                        r"に応じて、?)?(?:(?P<to>[^、。をに]+?)(?:へ|に対し(?:て)?)、?)?"
                        r"(?P<items>[^、。]+?)を(?:交付|回答|提供|報告|送付|通知)(?:する|します|している|しています)")


def statutory_flows(text: str, line: int, quote: str) -> list[Flow]:
    """The provision 「A課が、X法第n条に基づき、(Bの請求に応じて|Cへ)Yを交付するもの」 states, if it states one.

    >>> [(f.source_department, f.recipient_external, f.items, f.basis_text) for f in statutory_flows(
    ...     "・年金課が、国民年金法第9条に基づき、年金機構へ所得情報を提供するもの", 2, "")]
    [('年金課', '年金機構', ['所得情報'], '国民年金法第9条')]
    """
    found = _STATUTORY.match(text)
    if found is None:
        return []
    recipient = (found.group("to") or found.group("asker") or "").strip()
    if not recipient or (found.group("to") and found.group("asker")):
        return []
    return [Flow(source_department=found.group("dept"), recipient_external=recipient, kind="external_provision",
                 basis="law", basis_text=found.group("law"), items=split_items(found.group("items")),
                 reason=found.group("request") if found.group("asker") else None, line=line, quote=quote)]


# 「※法令に定めがある場合に限ります。」 「(例)地方税法第n条」: a note under an item, and the example it gives
_NOTE_LINE = re.compile(r"^\s*(?:※|\*|＊|注[)）:：]?)")
_EXAMPLE_LINE = re.compile(r"^\s*(?:[(（]例[)）]|例[:：)）])\s*(?P<law>[^、。\s]{2,40}?第[\d条項号の]+)")


def noted_basis(lines: list[Line], flows: list[Flow]) -> None:
    """A flow of unknown ground whose item is followed by a ※ note stating one (「※法令に定めがある場合に限ります」)
    takes it, and the statute the 「(例)」 line after the note cites.

    >>> from ..layout.lines import Line
    >>> lines = [Line(1, "x", "- A課は、Bから甲を収集します。"), Line(2, "y", "※法令に定めがある場合に限ります。"),
    ...          Line(3, "z", "(例)北税法第3条")]
    >>> flow = Flow(source_external="B", recipient_department="A課", kind="collection_from_others", line=1)
    >>> noted_basis(lines, [flow]); (flow.basis, flow.basis_text)
    ('law', '北税法第3条')
    """
    for flow in flows:
        if flow.basis != "unknown" or not flow.line:
            continue
        after = [line for line in lines[flow.line:flow.line + 4] if line.text][:2]
        if not after or not _NOTE_LINE.match(after[0].text) or classify_basis(after[0].text) == "unknown":
            continue
        flow.basis = classify_basis(after[0].text)
        example = _EXAMPLE_LINE.match(after[1].text) if len(after) > 1 else None
        flow.basis_text = example.group("law") if example else flow.basis_text


# 「Bへオンラインで提供」: handed over along a line, a connection (SCHEMA: online_connection)
ONLINE_GIVEN = re.compile(r"オンライン(?:で|により|を通じて)、?(?:提供|送信)")


def given_online(lines: list[Line], flows: list[Flow]) -> None:
    """A provision whose line says it is made online is an online connection.

    >>> from ..layout.lines import Line
    >>> flow = Flow(source_department="A課", recipient_external="B会", kind="external_provision", line=1)
    >>> given_online([Line(1, "x", "A課は、甲をB会へオンラインで提供します。")], [flow]); flow.kind
    'online_connection'
    """
    for flow in flows:
        if flow.kind == "external_provision" and flow.line and ONLINE_GIVEN.search(lines[flow.line - 1].text):
            flow.kind = "online_connection"
