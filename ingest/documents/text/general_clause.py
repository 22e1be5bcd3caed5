"""The general grammar of a hand-over clause, for sentences no shaped reader knows.

Whatever else a sentence says, a hand-over of personal data is told with particles in one order: the holder
(a department and or its business, before 保有する / で / において), the data (the object, before を), the other
end (before に / へ / と, or 「…へ、」 told before the data) and the verb (利用 / 提供 / 結合). This grammar reads
those parts wherever they stand in the sentence — after a speaker's name, an opening 「また、」, a date — and
ignores the rest, so that a phrasing no reader was taught still gives its flow when both ends are named. It
gives nothing when either end is missing: the diagnosis then reports the line with what it found.

>>> flow = general_flows("(1)税務課の課税事務で保有する所得額を、建設課の空家対策事務に利用しました。(相当の理由)",
...                      3, "")[0]
>>> (flow.kind, flow.source_department, flow.source_business, flow.recipient_department, flow.recipient_business)
('purpose_outside_use', '税務課', '課税事務', '建設課', '空家対策事務')
>>> (flow.items, flow.basis)
(['所得額'], 'reasonable_grounds')
>>> flow = general_flows("【保健課長】保健課は、健診事務において、受診者の氏名及び結果を、"
...                      "健診データベースとオンライン結合しています。", 8, "")[0]
>>> (flow.kind, flow.source_business, flow.recipient_external, flow.items)
('online_connection', '健診事務', '健診データベース', ['受診者の氏名', '結果'])
>>> general_flows("この名簿を自治会に提供してよいか。", 1, "")
[]
"""

from __future__ import annotations

import re

from ...normalize import classify_basis, split_items
from ...records import Flow
from .handover_clauses import ONLINE_GIVEN, note_ground, split_note, without_apposition
from .held_data import held_data

__all__ = ["collected_from", "general_flows"]

_ORGAN = r"(?:課|室|係|センター|局|委員会|事務所|支所|館)"
_WORK = r"(?:事務|業務|事業|システム)"
# a name's characters: no particle, bracket or space — but 「がい」 is a word of names (障がい福祉課, 生きがい推進課)
_NAME_CHARS = r"(?:[^、。をがはでの「」『』()（）\[\]【】\s,，:：]|がい)"
# the verb, with the kind it tells
_VERB = re.compile(r"(?<!の)(?P<verb>目的外に?利用|目的外使用|外部提供|外部に提供|オンライン結合|オンラインで結合"
                   r"|結合|接続|提供|利用|送信|送付|交付)"
                   r"(?=し|す|さ|を行|の予定|予定|いた|致|に(?:より|よる)|。|$|\s|[(（])")
_OBJECT = re.compile(r"を、")
_HOLDING = re.compile(r"(?:で|において|が|の)、?(?:保有|管理|所管|取得|受け付け|収集|記録|扱)"
                      r"(?:する|している|した|う|た)")
_DEPARTMENT = re.compile(rf"(?P<name>{_NAME_CHARS}{{1,20}}?{_ORGAN})(?=の|が|は|で|において|[)）]|、)")
_BUSINESS = re.compile(rf"(?P<name>{_NAME_CHARS}{{2,30}}?{_WORK})(?=で|において|の|が|は|[(（)）]|、|」)")
_LEADING = re.compile(r"^[\s　]*(?:[(（]?\s*\d{1,2}\s*[)）.．]|[①-⑳]|[・※●○◯■□◆◇•*\-]|[ア-ン][.．)）、])?\s*"
                      r"(?:[【\[][^】\]]{1,20}[】\]])?")
# what stands between the data and the other end without naming it
_FILLERS = re.compile(r"^(?:、|本人の?同意(?:を得て|を得た(?:うえ|上)で|により|に基づき)、?"
                      r"|毎年度、?|定期的に、?|随時、?"
                      r"|(?:(?:令和|平成)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:から|より)、?"
                      r"|(?:電子媒体|磁気媒体|記録媒体|紙媒体|書面|メール)(?:で|により)、?"
                      r"|[^、。]{2,30}?(?:により|によって|を通じて|を経由して)、?"
                      r"|[^、。]{2,30}?(?:法|法律|条例|政令|省令|規則)(?:第[\d条項号の]+)?(?:の規定)?に基づ(?:き|いて)、)+")
_VIA_MEDIUM = re.compile(r"(?:を)?(?:電子媒体|磁気媒体|記録媒体|CD-?R|USBメモリ|紙媒体|書面|メール"
                         r"|[^、。にへをとのが]{0,8}?回線|ネットワーク|オンライン)(?:で|により|を通じて|を経由して|を用いて)$")
_END_PARTICLE = re.compile(r"(?:に対して|に対し|に|へ|と|で|において)(?:目的外に?|外部に|オンラインで)?$")
# 「見守り協定を結んだB会」「運営を委託しているB法人」: a clause telling what B does, cut before B
_RELATIVE = re.compile(r"^.*?(?:を|と)[^、。]{0,12}?(?:結んだ|締結した|委託している|委託した|受託している|受託する"
                       r"|運営する|行う|実施する|している|する|した)(?=[^、。]{2,}$)")
# 「Y業務を…に委託するに当たり、」: Y is the business the contractor runs for the body, so it receives
_ENTRUSTED = re.compile(r"(?P<work>[^、。を]{2,30}?)を[^、。を]{0,20}?委託するに(?:当たり|あたり|際し)")
# 「Yの運営を委託しているB法人」「Yの運用を受託するB社」: B runs Y for the body
_RUNS = re.compile(r"^(?P<work>[^、。を]{2,30}?)を(?:委託している|委託した|受託している|受託する|受託した)"
                   r"(?P<body>[^、。]{2,})$")
# 「B組合の求めに応じて、X登録のため」「B署からの照会に対し」: B asks, and receives
_ASKS = re.compile(r"^(?P<body>[^、。]{2,30}?)(?:の(?:求め|要請|依頼|請求)に応じ(?:て)?|(?:から|より)の?[^、。]{0,20}?"
                   r"(?:照会|依頼|求め|請求|要請)(?:を受け(?:て)?)?)")
# 「X事業のため、B会」: what the body receiving does it for, told first
_FOR_WORK = re.compile(rf"^(?P<work>{_NAME_CHARS}{{2,30}}?(?:事業|事務|業務))のため(?:に)?、?(?P<body>[^、。]{{2,}})$")
# 「提供を受ける者」: a role; 「本人」: whom the data is about; 「いずれかの課」: no one yet; 「…を超えて」: a verb
_NOT_A_BODY = re.compile(r"(?:る|た|う)(?:者|人|方)$|^(?:ご?本人|申請者|請求者|当事者|その者)$|^[ぁ-ん]+$"
                         r"|^(?:いずれか|どこか|各(?!地区|地域|町内|校区|自治)|他|関係)|[てで]$")
_TERM_LISTED = re.compile(r"^[^()（）、]{2,20}[(（](?P<listed>[^()（）]+、[^()（）]+)[)）]$")
_BY_MEANS = re.compile(r"(?:により|によって|を通じて|を経由して)$")  # 「…の結合により」: a means, not a body
# What 「送信」「送付」 send is personal data only when named so (「その写しを送付」 sends a paper)
_SENT_DATA = re.compile(r"情報|氏名|住所|データ|名簿|報告書|台帳|記録|結果")
# 「個人情報取扱事務届出書の写し」: the registry's own paperwork about a business, no one's personal data
_REGISTRY_PAPERWORK = re.compile(r"(?:取扱事務|ファイル)(?:の)?(?:届出書|登録簿|目録)(?:の写し)?$")
# 「B連合会に甲を電子媒体で提供」: the other end told before the data without a comma
_BODY_BEFORE_DATA = re.compile(r"^(?P<to>[^、。をにへがは]{2,30}?)(?:に|へ)(?![係関対つよおて])(?P<items>[^、。].*)$")
# 「…回線を通じて」「同意を得て」: the を of a means or a condition, not the data's object marker
_MEANS_WO = re.compile(r"を(?:通じ|経由し|用い|使っ|使用し|得)て|を得た(?:上|うえ)で")
# 「。」 inside a bracket (「(…を除く。)」) ends no sentence
_SENTENCE_END = re.compile(r"。(?![^()（）]*[)）])")
# 「甲を、B(…)にA課が交付」: the holder told after the other end, as the subject of the verb
_HOLDER_AFTER = re.compile(rf"^(?P<to>[^、。]+?)(?:に|へ)(?:対して?)?、?(?P<dept>{_NAME_CHARS}{{1,20}}?{_ORGAN})が$")
_WORKED_IN = re.compile(r"^(?P<biz>[^、。をがは]{2,30}?(?:事務|業務|事業))(?:において|では)、")
# 「本人の同意を得て、甲…」: the condition told before the data
_CONDITION_FIRST = re.compile(r"^[^、。を]{0,6}?同意を得(?:て|た(?:うえ|上)で)、?")
# 「住民基本台帳法第30条の6の規定により」: a statute named after a register governs the register's data
_REGISTER_LAW = re.compile(r"(?P<register>[^、。のをはが\s]{2,12}?台帳)法第")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_TOLD_BEFORE = re.compile(r"(?P<to>[^、。]{2,40}?)(?:へ|に対し|に)、(?=[^、。]{2,})")


# 「Xの保守を受託しているB社」: the object marker of a relative clause inside the other end's phrase
_INSIDE_RELATIVE = re.compile(r"^(?:受託|委託|運営|実施|担当|管理)(?:している|する|した|しており)")
# 「A課のX事務において、…」: a sentence telling where the work is done; the next one may go on from it
_WORKS_IN = re.compile(rf"(?P<dept>{_NAME_CHARS}{{1,20}}?{_ORGAN})の(?P<biz>{_NAME_CHARS}{{2,30}}?{_WORK})"
                       r"(?:において|では|で)、")
_GOES_ON = re.compile(r"^(?:あわせて|併せて|合わせて|同時に|また|さらに)、")


# 「A課のX事務において、(…ため、)(国が運営する)BからY、Zを取得します」: a collection from a named supplier
_COLLECTED = re.compile(rf"(?P<dept>{_NAME_CHARS}{{1,20}}?{_ORGAN})の(?P<biz>{_NAME_CHARS}{{2,30}}?{_WORK})"
                        r"(?:において|では|で)、(?:[^、。]{2,30}?ため、)?(?P<supplier>[^、。を]{2,40}?)から"
                        r"(?P<items>[^。]{1,60}?)を(?:取得|収集|受け取|受領|入手)(?:し|す|い)")
# 「A課のX事務では、(…法に基づき、)YをBから受け取っています」: the data told before its supplier
_COLLECTED_DATA_FIRST = re.compile(rf"(?P<dept>{_NAME_CHARS}{{1,20}}?{_ORGAN})の(?P<biz>{_NAME_CHARS}{{2,30}}?{_WORK})"
                                   r"(?:において|では|で)、(?:[^、。を]{2,30}?(?:ため|に基づき|により)、)*"
                                   r"(?P<items>[^、。を]{1,60}?)を(?P<supplier>[^、。を]{2,40}?)から"
                                   r"(?:取得|収集|受け取|受領|入手)(?:し|す|い|っ)")
# 「A課が(…のため、)BからYを収集したもの」: the collecting office the subject, no business named
_COLLECTED_BY_OFFICE = re.compile(rf"(?:^|、)(?:及び|および|並びに)?(?P<dept>{_NAME_CHARS}{{1,20}}?{_ORGAN})が、?"
                                  r"(?:[^、。]{2,30}?ため、)?"
                                  r"(?P<supplier>[^、。を]{2,40}?)から(?P<items>[^、。]{1,60}?)を"
                                  r"(?:取得|収集|受け取|受領|入手)(?:し|す|い|っ)")
_RUN_BY = re.compile(r"^[^、。]*?(?:が運営する|が管理する|が提供する|の運営する)")


def collected_from(text: str) -> list[tuple[str, str | None, str, str]]:
    """(department, business, supplier, items) of each sentence telling that a business takes data from a named
    supplier.

    >>> collected_from("市民課の住基事務において、国が運営する申請サイトから氏名、住所を取得します。")
    [('市民課', '住基事務', '申請サイト', '氏名、住所')]
    >>> collected_from("税務課の課税事務では、地方税法に基づき、従業員の給与の報告書を事業所から受け取っています。")
    [('税務課', '課税事務', '事業所', '従業員の給与の報告書')]
    >>> collected_from("主なものは、介護課が認定のため、主治医から意見書を取得したものです。")
    [('介護課', None, '主治医', '意見書')]
    """
    if "から" not in text:
        return []  # every shape names its supplier with から
    found = (list(_COLLECTED.finditer(text)) or list(_COLLECTED_DATA_FIRST.finditer(text))
             or list(_COLLECTED_BY_OFFICE.finditer(text)))
    return [(match.group("dept"), match.groupdict().get("biz"), _RUN_BY.sub("", match.group("supplier")) or
             match.group("supplier"), match.group("items")) for match in found]


# 「…を提供する株式会社B」: a verb describing the noun after it, not the sentence's when another verb follows
_ATTRIBUTIVE = re.compile(r"(?:する|している|した)(?!予定|旨|方針|計画|考え|見込み|必要)(?=[一-龥ァ-ヶ])")


# 「A課から、…との説明があった」: the department that explains, opening the sentence
_SPEAKING = re.compile(rf"^(?P<dept>{_NAME_CHARS}{{1,20}}?{_ORGAN})(?:から|より)、")
# 「…B社に提供し、同社のクラウドサーバとオンラインで結合して」: the same body's system joined as well
_SAME_BODY_JOINED = re.compile(r"(?:し|して)、(?:同社|同法人|当該事業者|同団体)の?(?P<thing>[^、。をと]{0,20}?)と"
                               r"(?:オンラインで|オンライン|通信回線で)?(?:結合|接続)")


def _joined_too(sentence: str, flow: Flow) -> list[Flow]:
    """The online connection with a system of the body just given the data, told in the same sentence."""
    joined = _SAME_BODY_JOINED.search(sentence)
    if joined is None or not flow.recipient_external or flow.kind != "external_provision":
        return []
    target = f"{flow.recipient_external}の{joined.group('thing')}" if joined.group("thing") else flow.recipient_external
    return [Flow(kind="online_connection", source_department=flow.source_department,
                 source_business=flow.source_business, recipient_external=target,
                 recipient_business=flow.recipient_business, items=list(flow.items), basis=flow.basis,
                 line=flow.line, quote=flow.quote)]


def _kind(verb: str, recipient_department: str | None, text: str) -> str:
    if verb in ("送信", "送付"):  # sent along a network is a connection; sent otherwise, a provision
        return "online_connection" if re.search(r"ネットワーク|回線|オンライン|システム(?:により|を通じ|で)", text) \
            else "external_provision"
    if "目的外" in verb or (verb == "利用" and not re.search(r"提供|結合", text)):
        return "purpose_outside_use"
    if "結合" in verb or "接続" in verb or "電子媒体" in text or ONLINE_GIVEN.search(text):
        return "online_connection"
    return "purpose_outside_use" if recipient_department and verb == "利用" else "external_provision"


def _holder(head: str) -> tuple[str | None, str | None, str]:
    """(department, business, items) of the part before the object marker."""
    held = _HOLDING.search(head)
    before, items = (head[:held.start() + 1], head[held.end():]) if held else (head, "")
    businesses = list(_BUSINESS.finditer(before))
    departments = list(_DEPARTMENT.finditer(before))
    business = businesses[-1].group("name") if businesses else None
    department = departments[0].group("name") if departments else None
    if not held and (businesses or departments):
        last = max([*businesses, *departments], key=lambda match: match.end())
        items = re.sub(r"^(?:では|で|において|の|が|は)、?(?:[^、。]{2,30}?(?:に基づき|により)、)?", "",
                       head[last.end():])
        worked_in = _WORKED_IN.match(items)  # 「A課は、手帳の事務において、甲を」: the business told with の
        if worked_in and not business:
            business, items = worked_in.group("biz"), items[worked_in.end():]
    return department, business, items.strip("、 ")


def _recipient(phrase: str) -> tuple[str | None, str | None, str | None]:
    """(department, business, external) of the other end's phrase, its particle already cut."""
    phrase = _FILLERS.sub("", phrase).strip("、 ")
    if len(phrase) < 2:
        return None, None, None
    business = re.search(rf"(?P<name>{_NAME_CHARS}{{2,30}}?{_WORK})$", phrase)
    department = re.match(rf"^(?P<name>{_NAME_CHARS}{{1,20}}?{_ORGAN})(?:の|が|で)?", phrase)
    if department and (business or department.end() == len(phrase)):
        return department.group("name"), business.group("name") if business else None, None
    if business and business.start() == 0:
        return None, business.group("name"), None
    asks = _ASKS.match(phrase)
    if asks:
        phrase = asks.group("body")
    runs = _RUNS.match(phrase) or _FOR_WORK.match(phrase)
    if runs:
        body = without_apposition(_RELATIVE.sub("", runs.group("body"))) or runs.group("body")
        return None, runs.group("work"), body
    external = without_apposition(_RELATIVE.sub("", phrase)) or phrase
    if (re.search(r"[をがは]|し、", external) or len(external) > 40 or _BY_MEANS.search(external)
            or external.endswith(("及び", "並びに", "又は"))  # 「…を管理し、…の記録、保存及び」: a clause cut
            or _BRACKETED.fullmatch(external)):  # 「…事務(旅券の発給など)に」: an example in brackets
        return None, None, None  # a clause, not a name
    return None, None, external


# 「…に提供したもの、及びC課が…に提供したもの」: hand-overs told one after another as the examples of a report
_ENUMERATED = re.compile(r"(?<=もの)、(?:及び|および|並びに|ならびに|又は|また)、?")
# 「…の調製のため東京地方裁判所」: what the body receives it for, told glued before the body
_PURPOSE_GLUED = re.compile(r"^(?P<why>[^、。]{2,30}?)のため(?:に)?、?(?P<body>[^、。]{2,30})$")
# 「…を、B課が手当の認定のため利用したもの」: the using office the subject, what for after it
_USER_FOR = re.compile(rf"^(?P<body>{_NAME_CHARS}{{1,20}}?{_ORGAN})が、?(?P<why>[^、。]{{2,30}}?)のため(?:に)?$")


def general_flows(text: str, line: int, quote: str) -> list[Flow]:
    """The flow each sentence of ``text`` tells with both its ends named; [] when none does."""
    clause, note = split_note(text.strip())
    out: list[Flow] = []
    holder: tuple[str | None, str | None] | None = None  # the department and business the last sentence named
    parts = [part for sentence in _SENTENCE_END.split(clause) for part in _ENUMERATED.split(sentence)]
    for sentence in parts:
        sentence = _LEADING.sub("", sentence.replace(",", "、"))
        flow = _sentence_flow(sentence, line, quote, holder if _GOES_ON.match(sentence) else None)
        if flow is not None:
            out.append(flow)
            out.extend(_joined_too(sentence, flow))
        told = _WORKS_IN.search(sentence)
        holder = (told.group("dept"), told.group("biz")) if told else None
    if out and note:
        basis, basis_text = note_ground(note)
        for flow in out:
            if flow.basis == "unknown":
                flow.basis, flow.basis_text = basis, basis_text
    return out


def _sentence_flow(sentence: str, line: int, quote: str,
                   holder: tuple[str | None, str | None] | None = None) -> Flow | None:
    if sentence.endswith(("か", "か。")) or "を" not in sentence:
        return None
    verbs = [match for match in _VERB.finditer(sentence) if "を" in sentence[:match.start()]]
    # a verb describing the noun after it is the sentence's only when no other verb is (「…に提供する諮問案件」)
    verb = next((match for match in verbs if not _ATTRIBUTIVE.match(sentence, match.end())),
                verbs[0] if verbs else None)
    if verb is None:
        return None
    before = sentence[:verb.start()]
    marker = _OBJECT.search(before)
    at = marker.start() if marker else before.rfind("を")
    while not marker and at > 0 and _MEANS_WO.match(before, at) and "を" in before[:at]:
        at = before.rfind("を", 0, at)
    while not marker and at > 0 and _INSIDE_RELATIVE.match(before[at + 1:]) and "を" in before[:at]:
        at = before.rfind("を", 0, at)  # 「Xの保守を受託しているB社」: that を is the relative clause's, not the data's
    head, tail = before[:at], before[at + 1:]
    told_after = _HOLDER_AFTER.match(_BRACKETED.sub("", tail).strip("、 "))
    if told_after:
        tail = told_after.group("to")
    if "提供" in verb.group("verb") and re.fullmatch(r"[^、。にへと]{2,12}で", tail.strip("、 ")):
        tail = ""  # 「甲を宛名シールで提供」: what it is given on, not to whom
    tail = _END_PARTICLE.sub("", _VIA_MEDIUM.sub("", tail.strip("、 ")))
    purpose = (_PURPOSE_GLUED.match(tail) or _USER_FOR.match(tail)) if not _FOR_WORK.match(tail) else None
    tail = purpose.group("body") if purpose else tail
    department, business, external = _recipient(tail)
    if not (department or business or external):
        told = _TOLD_BEFORE.search(head)  # 「…運営を委託しているB法人へ、甲を電子媒体で提供」
        if told is not None:
            department, business, external = _recipient(told.group("to"))
            head = head[:told.start()] + head[told.end():]
    entrusted = _ENTRUSTED.search(head)
    if entrusted:
        business = business or entrusted.group("work").strip("、 ")
        head = head[entrusted.end():]
    source_department, source_business, items = _holder(head)
    ahead = _BODY_BEFORE_DATA.match(items) if not (department or business or external) else None
    if ahead:
        department, business, external = _recipient(ahead.group("to"))
        items = ahead.group("items") if (department or business or external) else items
    items = _CONDITION_FIRST.sub("", items)
    register = _REGISTER_LAW.search(sentence) if not source_business else None
    source_business = register.group("register") if register else source_business
    if told_after and not (source_department or source_business):
        source_department, items = told_after.group("dept"), items or re.sub(r"^[^、。]*?は、", "", head).strip("、 ")
    speaker = _SPEAKING.match(head) if source_business and not source_department else None
    if speaker:  # 「A課から、X事務で保有する…を」: the department explaining holds what its business holds
        source_department = speaker.group("dept")
    if not (source_department or source_business) and holder:
        source_department, source_business = holder  # 「あわせて、受け付けたデータを…」: the holder told just before
        items = items or _GOES_ON.sub("", head).strip("、 ")
    if not (source_department or source_business) or not (department or business or external) or not items:
        return None  # both ends and the data, or nothing
    if any(_NOT_A_BODY.search(name) for name in (department, external) if name):
        return None
    if verb.group("verb") in ("送信", "送付") and (not _SENT_DATA.search(items) or items.startswith(("その", "この"))
                                                  or _REGISTRY_PAPERWORK.search(items)):
        return None
    if "検討" in sentence[verb.end():]:
        return None  # 「…利用することを検討しています」: not decided
    if external and external in (source_department, source_business):
        return None
    kind = _kind(verb.group("verb"), department, sentence)
    basis = classify_basis(sentence)
    listed = _TERM_LISTED.match(items)  # 「本人確認情報(氏名、住所)」: the term's bracket lists the data
    register, held_items = held_data(items)  # 「選挙人名簿の情報」: the register is the source, no item singled out
    if register and not source_business:
        source_business, items = register, "、".join(held_items)
    return Flow(kind=kind, source_department=source_department, source_business=source_business,
                recipient_department=department, recipient_business=business, recipient_external=external,
                items=split_items(listed.group("listed") if listed else items), basis=basis, line=line, quote=quote,
                reason=purpose.group("why") if purpose else None)
