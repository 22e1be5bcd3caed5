"""A hand-over sentence read by the roles its phrases play, whatever their order.

The shaped readers each expect their genre's order of parts. A sentence no one of them read may still name, in
its own words, the three things a flow needs: the **holder** (「A課が保有する」「A課で管理している」「A課の甲台帳から」
「X事務で保有する」, or the subject 「A課は、」 of a giving verb), the **receiver** (「B課がY事業に利用」,
「B課のY事業で」, an outside body 「Cへ」「Cと…結合」「Cの依頼を受けて」, or the supplier 「Cから」 of a
collection) and a **verb of
hand-over** (利用 / 提供 / 通知 / 送付 / 送信 / 交付 / 閲覧させる / 結合 / 収集 …). :func:`handover_flows` finds each
role by its own marker and gives a flow only when the sentence names all three; a sentence with less gives nothing
(the diagnosis reports it). Questions, rules a regulation sets out (「…することができる」), denials (「…提供される
ことはありません」) and plans under study are not hand-overs.

>>> flow = handover_flows("ひとり親支援事業では、福祉課が保有する受給者の氏名、住所を、"
...                       "学校課が案内の送付に利用します。", 4, "")[0]
>>> (flow.kind, flow.source_department, flow.recipient_department, flow.recipient_business, flow.items)
('purpose_outside_use', '福祉課', '学校課', 'ひとり親支援事業', ['受給者の氏名', '住所'])
>>> flow = handover_flows("北町では、市民課が住民記録事務で管理している本人確認情報を、"
...                       "住基ネットを通じて東県へ通知しています。", 2, "")[0]
>>> (flow.kind, flow.source_department, flow.source_business, flow.recipient_external)
('external_provision', '市民課', '住民記録事務', '東県')
>>> handover_flows("市民課が保有する住民記録を自治会に提供することができるか。", 1, "")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...normalize import classify_basis, split_items
from ...records import Flow
from .held_data import held_data

__all__ = ["handover_flows"]

# a name's characters: no particle, bracket or space (「がい」「がん」 are words of names: 障がい福祉課, がん対策室)
_CHARS = r"(?:[^、。,をがはでの「」『』()（）\[\]【】\s:：]|が(?=[いん]))"
_DEPT = rf"(?<![及並又])(?<!並び)(?:(?!並びに|又は)(?!及){_CHARS}){{1,20}}?(?:課|室|係|センター|局|事務所|支所)"
_BIZ = rf"{_CHARS}{{2,30}}?(?:事務|業務|事業|システム|サービス|台帳|名簿)"
# a business named with の and に関する inside (「生活保護の決定及び実施に関する事務」)
_LONG_BIZ = r"[^、。をがは「」()（）\s]{2,40}?(?:事務|業務|事業)"
# the organs of the same body that receive as the body's own (its committees), besides its departments
_ORGAN = r"(?:教育委員会|選挙管理委員会|農業委員会|監査委員|市長|町長|村長|区長|知事)"

_USE = r"目的外に?利用|目的外使用|利用"
# 「…の作成に使うことは」: a use told plainly (「使って」 is rather a means: 「システムを使って」)
_USED_PLAINLY = r"使(?=うこと|うもの)"
_GIVE = (r"外部に?提供|提供|通知|送付|送信|送っ|送り|送る|交付|閲覧させ|照会に(?:対し(?:て)?)?回答|配布|配付|共有"
         r"|お?渡し|渡す")
_JOIN = r"オンラインで結合|オンライン結合|結合|接続|結び|結ん"
_TAKE = r"収集|取得|受け取|受領|入手"
_VERB = re.compile(rf"(?P<verb>{_USE}|{_USED_PLAINLY}|{_GIVE}|{_JOIN}|{_TAKE})"
                   r"(?=し|す|さ|せ|い|う|っ|て|る|で|を行|予定|でき|。|$|[(（]|\s*\d+件)")
# a word every verb above contains, tested before any pattern
_VERB_WORDS = ("利用", "使用", "使う", "提供", "通知", "送", "交付", "閲覧させ", "回答", "配布", "配付", "共有", "渡",
               "結", "接続", "収集", "取得", "受け取", "受領", "入手")
_VERB_WORD = re.compile("|".join(map(re.escape, _VERB_WORDS)))  # one scan: several times faster than a test a word
# what makes a sentence not a hand-over told as done or decided
_NOT_TOLD = re.compile(r"(?:か|かどうか|のか)[。?？]?$|ことができ(?:る|ます)(?!ように)|ことはあり|ことはない"
                       r"|検討|禁止|(?<!こ)とは、|場合は|場合には|たときは|希望しない|しないで|してはならない")
_DENIED = re.compile(r"^(?:し|さ|され|でき)?(?:ない|ません|ず|れることはありません)")

_LEADING = re.compile(r"^[\s　]*(?:[-・●○◯■□◆◇•*]\s*)?"
                      r"(?:[(（]?\s*\d{1,2}(?:\s*[)）.．]|\s+)|[①-⑳]|[ア-ン][.．)）、])?\s*"
                      r"(?:[(（【\[][^)）】\]]{1,10}[)）】\]])?\s*")
_SENTENCE_END = re.compile(r"。(?![^()（）]*[)）])")
# 「…を目的外利用し、あわせて…を外部提供する」: two hand-overs in one sentence
_NEXT_CLAUSE = re.compile(r"(?<=し)、(?:あわせて|併せて|合わせて|また|さらに|同時に)、?|(?<=とともに)、|(?<=件と)、"
                          r"|(?<=もの)(?:[(（][^()（）]{1,10}[)）])?、(?:及び|並びに|また)?、?")

# 「…を委託先に渡すということだが、…か」: a member restates the case's hand-over before asking about it
_RESTATED = re.compile(r"(?:という|との)ことだが、")

# the holder
_HELD = re.compile(rf"(?:(?P<work>{_BIZ})(?:で|において)、?)?(?P<dept>{_DEPT})?(?:が|で|の|は)?、?"
                   rf"(?:(?P<biz>{_BIZ}|{_LONG_BIZ})(?:で|において)、?)?"
                   r"(?:[^、。をが]{1,12}?(?:から|より))?"
                   r"(?:(?:保有|管理|所管|受け付け|取得|収集)(?:する|している|しております|しています|した|していた|た|ている)"
                   r"|持って(?:いる|おります|います))")
_EXTRACTED = re.compile(rf"(?:(?P<dept>{_DEPT})(?:が|は|で)、?)?"
                        rf"(?P<biz>{_CHARS}{{2,20}}?(?:台帳|名簿|システム|事務|業務|記録))"
                        r"(?:から|より)(?:抽出|取り出|作成)(?:した|する)")
_HELD_FROM = re.compile(rf"(?P<dept>{_DEPT})の(?P<biz>{_CHARS}{{2,20}}?(?:台帳|名簿|システム|事務|業務|記録))"
                        r"(?:から|より)、?")
_SUBJECT = re.compile(rf"^(?P<dept>{_DEPT})(?:は|が)、")
# 「令和2年度から、B本部の依頼を受けて、A課が甲を」: the giving department named as the subject after what frames it
_LATE_SUBJECT = re.compile(rf"(?:^|、)(?P<dept>{_DEPT})(?:は|が)、?(?=[^、。]*$)")
# 「A課が行う事務A課は、」: a heading glued to the statement under it
_GLUED_HEADING = re.compile(rf"^(?P<dept>{_DEPT})が行う事務(?=(?P=dept)は)")
# 「A課のX事務では、」「X事業では、」「Xの導入では、」: where the sentence's work is done
_TOPIC = re.compile(rf"(?:^|、)(?:(?P<dept>{_DEPT})の)?(?P<biz>{_CHARS}{{2,30}}?|{_LONG_BIZ})"
                    r"(?:の(?:導入|実施|運用|運営))?(?:において|におきまして|では|で|には)は?、")
_WORK_NAME = re.compile(r"(?:事務|業務|事業|システム|サービス|制度)$")
# 「住民基本台帳法第30条の6の規定により」: a statute named after a register governs the register's data
_REGISTER_LAW = re.compile(r"(?P<register>[^、。のをはが\s]{2,12}?台帳)法第")


_REGISTER_ITEMS = re.compile(r"^(?P<register>[^、。をはが\s]{2,15}?(?:台帳|名簿|附票|原票))の(?P<items>[^、。]{2,30})$")


_BUSINESS_ITEMS = re.compile(rf"^(?P<register>{_BIZ})の(?P<items>[^、。]{{2,30}}(?:[、及][^、。]{{1,30}})*)$")


_TAKEN_FROM = re.compile(r"^「?(?P<register>[^、。「」をはが]{2,20}?(?:台帳|名簿|ファイル|データベース))」?"
                         r"(?:から|より)、?"
                         r"(?P<items>[^。]{2,})$")
_WHOLE_REGISTER = re.compile(r"^「?(?P<register>[^、。の「」]{2,20}?(?:台帳|名簿))」?(?:の)?(?:情報|データ)?$")
_RECORD_OF = re.compile(r"^(?P<register>[^、。の]{2,20}?(?:報告書|届出書|申請書|台帳|名簿|原簿|記録簿))の"
                        r"(?:情報|データ|記録|写し)$")


@dataclass
class _Topic:
    """Where a sentence says its work is done: a department, a business, or both."""

    department: str | None = None
    business: str | None = None


def _topic(sentence: str) -> tuple[_Topic, int]:
    """The sentence's topic and where it ends (0 when it names none)."""
    found = _TOPIC.search(sentence)
    if found is None or (not found.group("dept") and not _WORK_NAME.search(found.group("biz"))):
        return _Topic(), 0
    business = found.group("biz") if _WORK_NAME.search(found.group("biz")) else None
    return _Topic(found.group("dept"), business), found.end()


# the receiver
_USER = re.compile(rf"^(?P<dept>{_DEPT}|{_ORGAN})(?:が|の|で)、?(?:行う|実施する|所管する)?"
                   rf"(?:(?P<biz>{_BIZ}|{_LONG_BIZ})(?:で|において|に|の)|(?P<why>[^、。をがは]{{2,30}}?)(?:のため)?に?$)?")
_ASKED = re.compile(r"(?P<body>[^、。をがは]{2,30}?)(?:の|から(?:の)?)[^、。をがは]{0,8}?(?:依頼|求め|要請|請求|照会)"
                    r"(?:を受け(?:て)?|に応じ(?:て)?|に基づき|により)")
_TO = re.compile(r"(?P<body>(?:[^、。がはでと]|である){2,40}?)(?:に対し(?:て)?|へ|に)、?"
                 r"(?:[^、。をへに]{0,16}?(?:で|により|を通じて))?$")
_WITH = re.compile(r"(?P<body>[^、。をは]{2,50}?)と、?(?:[^、。をと]{0,12}?で)?(?:オンラインで|オンライン)?"
                   r"(?:結合|接続|結び|結ん)")
_FROM = re.compile(r"(?P<body>[^、。をがは]{2,30}?)(?:から|より)、?(?:(?P<rest>[^、。]*?)(?:を|の))?"
                   r"(?:収集|取得|受け取|受領|入手)$")
# 「Bへ甲を」: the body told before the data
_TO_AHEAD = re.compile(r"^(?P<body>[^。がは]{2,80}?)(?:へ|に対し(?:て)?|に(?![つよおて関係対]))、?")
# 「地域見守り事業のため」: what the body receives it for, before or after the body
_PURPOSE_FIRST = re.compile(r"^(?P<why>[^、。]{2,30}?)のため(?:に)?、?(?=[^、。]{2,})")
_PURPOSE_LAST = re.compile(r"(?<=[にへ])(?P<why>[^、。にへ]{2,30}?)のため(?:に)?$")
# 「空き家の調査のため企画課が」: the using department told after what it uses the data for
_USER_AFTER_PURPOSE = re.compile(rf"^(?P<why>[^、。]{{2,30}}?)(?:のため|ため)(?:に)?、?(?P<dept>{_DEPT})が$")
# 「市町村の防疫業務」: a body and the business of its that receives
_BODY_WORK = re.compile(rf"^(?P<body>[^、。の]{{2,20}})の(?P<work>{_BIZ})$")
# 「「要支援者名簿」を作成し」: the register a sentence's body makes, then gives
_MADE = re.compile(rf"「?(?P<register>[^、。「」をはが]{{2,20}}?(?:名簿|台帳))」?を(?:(?P<dept>{_DEPT})で)?"
                   r"(?:作成し(?:て)?|作り|整備し(?:て)?)、")
# 「支援を要する方(避難行動要支援者)の名簿」: the term in brackets names what is described before it
_TERM_DEFINED = re.compile(r"[^、。()（）「」をはが]{2,30}[(（](?P<term>[^()（）、。]{2,20})[)）](?=の(?:名簿|台帳))")
# 「住民基本台帳に記録されている方のうち…」: the register the data is taken from
_RECORDED_IN = re.compile(r"(?P<register>[^、。をはがで「」]{2,15}?(?:台帳|名簿))(?:に記録|に登録|に記載)されている")
# 「A課の住民情報を、」: the holder named with の before the data, opening the clause
_OWN_DATA = re.compile(rf"^(?P<dept>{_DEPT})の(?P<items>[^、。をがは]{{2,30}})を、?")
# 「調査を委託する民間事業者」「委託先の」: a contractor, who works on the business the sentence is about
_CONTRACTED = re.compile(r"委託|受託")
# an outside body's name: what says it is not one of the city's departments
_BODY = re.compile(r"協議会|法人|会社|機構|組合|事業者|業者|受託者|委託先|金融機関|銀行|大学|病院|職業安定所|警察|"
                   r"税務署|法務局|年金|協会|団体|公社|本部|機関|研究|自治会|町内会|自主防災|民生委員|消防|医師会|商工会|裁判所|"
                   r"税事務所|薬局|事業所|診療所|施設|[都道府県]$|[都道府県]知事|国の|市町村|社$|署$|連合|(?:区長|会長|署長|所長|本部長)$"
                   r"|^(?:日本|国立|独立行政法人|全国)")
_NOT_BODY = re.compile(r"(?:により|によって|を通じて|ため|ために)$|^同(?:本部|社|法人|会|団体|機構)?$"
                       # 「両機関から」: the bodies named before
                       r"|^(?:両|各|双方の)(?:機関|者|団体|法人|社|本部|市町村)?$"
                       r"|^(?:ご?本人|申請者|請求者|当事者|その者|対象者|住民|市民|町民|区民|村民|紙|書面|電子媒体|"
                       r"宛名|ラベル|窓口)|(?:る|た|う)(?:者|人|方)$|[てでし]$|^[ぁ-ん]+$")
# 「委託先の」「調査を委託する」: the words that only describe the body
_BODY_FRAME = re.compile(r"^(?:委託先の|受託者である|[^、。]{0,20}?を(?:委託|受託|運営|運用|実施)(?:する|している|した)"
                         r"|[^、。]{0,20}?を(?:結んだ|締結した|締結している|行う))")
# 「Xを(Bに)委託するに当たり」: X is the work the contractor does
_ENTRUSTED = re.compile(r"(?P<work>[^、。を]{2,30}?)を[^、。を]{0,20}?委託するに(?:当たり|あたり|際し)")
_CONTRACTOR = re.compile(r"^(?P<work>[^、。をがは]{2,30}?)(?:を(?:委託|受託|運営|運用)(?:する|している|した)"
                         r"|の(?P<role>委託先|受託者|受託法人|受託事業者)(?:である|の)?)(?P<body>[^、。]*)$")
_OWNED = re.compile(r"^(?P<owner>[^、。をが]{2,30}?)が(?:管理|運営|運用|保有)する(?P<thing>[^、。をが]{1,20})$")
# 「住基ネットを通じて」「紙に印刷して」「電子媒体で」: how the data goes, told before the body
_MEANS = re.compile(r"^(?:[^、。]{0,20}?(?:を通じて|を経由して|を用いて|に印刷して|により|によって)、?"
                    r"|[^、。]{2,40}?(?:に基づき|に基づいて|の規定により|の定めにより)、?"
                    r"|[^、。]{2,40}?(?:を得て|を受けて|に応じて)、?"
                    r"|(?:電子媒体|磁気媒体|記録媒体|紙媒体|書面|メール|郵送|CD-?R|USBメモリ|[^、。]{0,8}?回線)で、?"
                    r"|[^、。]{2,30}?のため(?:に)?、)+")
# 「Bのサーバと電子計算機の結合により」: how the data goes, told after the body
_TRAILING_MEANS = re.compile(r"(?:と|を)?[^、。をと]{0,12}?(?:により|によって|を通じて|を用いて|を経由して)$"
                             r"|(?<=[へに])、?(?:電子媒体|磁気媒体|記録媒体|紙媒体|書面|メール|郵送|CD-?R|USBメモリ)で$")
_ONLINE = re.compile(r"結合により|結合して|オンライン|通信回線|電気通信回線|専用回線|ネットワーク")


@dataclass
class _End:
    department: str | None = None
    business: str | None = None
    external: str | None = None

    def __bool__(self) -> bool:
        return bool(self.department or self.business or self.external)


def handover_flows(text: str, line: int, quote: str) -> list[Flow]:
    """The flows the sentences of ``text`` tell with holder, receiver and verb each named; [] otherwise."""
    if not _VERB_WORD.search(text):
        return []  # most lines: no verb of hand-over, a few substring tests
    out: list[Flow] = []
    for sentence in _SENTENCE_END.split(text.replace(",", "、")):
        sentence = _GLUED_HEADING.sub("", _LEADING.sub("", sentence).strip())
        sentence = _RESTATED.split(sentence, maxsplit=1)[0]  # 「…に渡すということだが、…か」: the fact restated
        if not sentence or _NOT_TOLD.search(sentence):
            continue
        shared = _shared(sentence, line, quote) or _passive(sentence, line, quote)
        if shared:
            out.extend(shared)
            continue
        topic, after_topic = _topic(sentence)
        clauses = _NEXT_CLAUSE.split(sentence)
        told: list[Flow] = []  # the flows the sentence told last: a clause naming no holder goes on with theirs
        for position, clause in enumerate(clauses):
            if position == 0 and after_topic:  # the topic is read once, for every clause
                clause = clause[:after_topic - len(_TOPIC.search(clause).group(0))] + "、" + clause[after_topic:] \
                    if after_topic <= len(clause) else clause
            flows = _clause_flows(clause.strip("、 "), sentence, topic, line, quote, told)
            out.extend(flows)
            told = flows[:1] or told
    return out


# 「A(…)とBとの間で、それぞれが保有する情報を相互に共有」: each gives the other what it holds
_MUTUAL = re.compile(r"^(?:[^、。]{0,30}?(?:について|に関し(?:て)?|のため)、)?(?P<first>[^、。()（）]{2,20}?)"
                     r"(?:[(（][^()（）]*[)）])?と(?P<second>[^、。()（）]{2,20}?)との間で、?(?P<rest>[^。]*?)"
                     r"(?:相互に|互いに)(?:共有|提供)")
# 「AからBに対し、Xが通知されます」: a hand-over told in the passive, its data the subject
_PASSIVE = re.compile(r"^(?P<holder>[^、。をがは]{2,20}?)(?:から|より)、?"
                      r"(?P<to>[^、。をがは]{2,30}?)(?:に対し(?:て)?|へ|に)、?"
                      rf"(?P<items>[^、。をは]{{2,40}}?)(?:が|は)(?P<verb>{_GIVE})(?:され|されます|される)")


def _shared(sentence: str, line: int, quote: str) -> list[Flow]:
    """Both ways of a mutual sharing: the first party (the document's own organ) gives, and collects."""
    mutual = _MUTUAL.match(sentence) if "との間で" in sentence else None  # the words the pattern needs, first
    if mutual is None:
        return []
    own, other = mutual.group("first"), mutual.group("second")
    if not (re.fullmatch(_DEPT, own) or own.endswith("所")) or not _BODY.search(other) or _NOT_BODY.search(other):
        return []
    items = re.sub(r"^(?:それぞれ|双方|互い)が保有する", "", mutual.group("rest").strip("、 ")).removesuffix("を")
    register, listed = _items(items.strip("、 "))
    listed = [item for item in listed if item not in ("情報", "個人情報", "データ")]  # no item singled out
    basis = _basis(sentence)
    return [Flow(kind="external_provision", source_department=own, source_business=register, recipient_external=other,
                 items=listed, basis=basis, line=line, quote=quote),
            Flow(kind="collection_from_others", source_external=other, recipient_department=own, items=listed,
                 basis=basis, line=line, quote=quote)]


def _passive(sentence: str, line: int, quote: str) -> list[Flow]:
    """「AからBに対し、Xが通知されます」: A gives B the data named as the subject."""
    told = _PASSIVE.match(sentence) if "され" in sentence else None  # the passive the pattern needs, first
    if told is None:
        return []
    holder, receiver = _body(told.group("holder")), _body(told.group("to"))
    if not holder or not receiver or holder.business:
        return []
    register, listed = _items(told.group("items"))
    return [Flow(kind="external_provision", source_department=holder.department, source_business=register,
                 source_external=holder.external, recipient_department=receiver.department,
                 recipient_business=receiver.business, recipient_external=receiver.external, items=listed,
                 basis=_basis(sentence), line=line, quote=quote)]


def _clause_flows(clause: str, sentence: str, topic: _Topic, line: int, quote: str,
                  told: list[Flow] | None = None) -> list[Flow]:
    """The clause's flows: one for each holder named (「A課が保有するX及びB課が保有するY」) and each receiver."""
    verb = next((match for match in _VERB.finditer(clause) if not _DENIED.match(clause, match.end())), None)
    if verb is None:
        return []
    word, before = verb.group("verb"), clause[:verb.start()]
    if re.fullmatch(_TAKE, word):
        collected = _collection(before, sentence, topic, line, quote)
        return [collected] if collected else []
    held, rest = _holders(before, topic)
    if not held and told and _SAME_DATA.match(clause):  # 「…に利用するとともに、同じ情報を市町村へ提供」
        at = _object_marker(before)
        held = [(_End(told[0].source_department, told[0].source_business), "、".join(told[0].items))]
        rest = before[at + 1:] if at >= 0 else ""
    out: list[Flow] = []
    for holder, items in held:
        if re.fullmatch(_USE, word) or word == "使":  # the plain use's word (its lookahead is no part of it)
            if not holder.business and not holder.department and topic.department:
                continue  # the topic's department uses; nothing else names the holder
            receivers = [_user(rest, holder, topic, clause)]
            kind = "purpose_outside_use"
        else:
            receivers, items = _outside(rest, clause, items)
            if not holder.business and topic.business and holder.department and topic.department in (None,
                                                                                           holder.department):
                holder.business = topic.business  # 「X事業では、A課が…を、Bと結合」: the work A課 does
            joined = re.fullmatch(_JOIN, word) or (_WITH.search(clause) and not _TO.search(rest))
            kind = "online_connection" if joined or _ONLINE.search(clause) else ""
        register, listed = _items(items)
        if register and not holder.business:
            holder.business = register
        statute = _REGISTER_LAW.search(sentence) if not holder.business else None
        if statute:
            holder.business = statute.group("register")
        basis = _basis(sentence)
        for receiver in receivers:
            if not holder or not receiver or _same(holder, receiver):
                continue
            entrusted = _ENTRUSTED.search(clause)
            if receiver.external and entrusted and not receiver.business:
                receiver.business = entrusted.group("work")  # 「Xを…に委託するに当たり」: the contractor's work
            elif receiver.external and _CONTRACTED.search(clause) and topic.business:
                receiver.business = topic.business  # a contractor carries out the business the sentence is about
            organ = receiver.department and re.fullmatch(_ORGAN, receiver.department)
            out.append(Flow(kind=kind or ("purpose_outside_use" if receiver.department and not receiver.external
                                          and not organ else "external_provision"),
                            source_department=holder.department, source_business=holder.business,
                            recipient_department=receiver.department, recipient_business=receiver.business,
                            recipient_external=receiver.external,
                            items=[item for item in listed if 1 < len(item) <= 30], basis=basis,
                            basis_text=_ground(sentence) if basis != "unknown" else None, line=line, quote=quote))
    return out


def _holders(before: str, topic: _Topic) -> tuple[list[tuple[_End, str]], str]:
    """([(holder, items)], what follows the object) of the part before the verb."""
    at = _object_marker(before)
    head, rest = (before[:at], before[at + 1:]) if at >= 0 else (before, "")
    for shape, words in _HOLDER_SHAPES:
        if not any(word in head for word in words):
            continue  # a word the shape cannot match without: no need to try it along the clause
        found = [match for match in shape.finditer(head) if match.group("dept") or (match.groupdict().get("biz") and (
            shape is not _EXTRACTED or re.search(r"(?:台帳|名簿)$", match.group("biz"))))]
        if not found:
            continue
        # 「A課が保有するX及びB課が保有するY」: each holder with the items up to the next one
        joined = [match for match in found[:-1] if _AND_HOLDER.match(head, _items_end(head, match, found))]
        chosen = [*joined, found[-1]] if joined else [found[-1]]
        out = []
        for match in chosen:
            holder = _End(match.group("dept"), match.groupdict().get("biz") or match.groupdict().get("work"))
            if not holder.department and shape is _HELD:
                subject = _SUBJECT.match(head.strip("、 "))
                holder.department = subject.group("dept") if subject else None
            end = _items_end(head, match, found)
            out.append((holder, head[match.end():end].strip("、 ")))
        return out, rest
    own = _OWN_DATA.match(before.strip("、 "))
    if own:  # 「A課の住民情報を、Bに提供」
        return [(_End(own.group("dept")), own.group("items"))], before.strip("、 ")[own.end():]
    subject = _SUBJECT.match(head.strip("、 ")) or _LATE_SUBJECT.search(head)
    if subject:
        after = head[subject.end():] if subject.re is _LATE_SUBJECT else head.strip("、 ")[subject.end():]
        return [(_End(subject.group("dept")), _plain_items(after))], rest
    made = (_MADE.search(_TERM_DEFINED.sub(r"\g<term>", before))
            if "(" in before or "（" in before or any(verb in before for verb in _MADE_VERBS) else None)
    if made:  # 「…名簿を作成し、Bに名簿情報を提供」: the register made is what is given
        before = _TERM_DEFINED.sub(r"\g<term>", before)
        after = before[made.end():]
        at = _object_marker(after)
        return [(_End(made.group("dept"), made.group("register")), _plain_items(after[:at] if at >= 0 else after))], \
            after[at + 1:] if at >= 0 else ""
    recorded = _RECORDED_IN.search(head)
    if recorded:  # 「台帳に記録されている方のうち…の情報を」: the register is the holder
        return [(_End(business=recorded.group("register")), _plain_items(head[recorded.end():]))], rest
    if topic.department:  # 「A課のX事務では、…Yを…Bへ送っています」: the work named is the holder's
        return [(_End(topic.department, topic.business), _plain_items(head))], rest
    return [], rest


# each holder's shape, with the words it cannot match without
_HOLDER_SHAPES = ((_HELD, ("保有", "管理", "所管", "受け付け", "取得", "収集", "持って")),
                  (_EXTRACTED, ("抽出", "取り出", "作成")), (_HELD_FROM, ("から", "より")))
_MADE_VERBS = ("作成し", "作り", "整備し")  # what _MADE needs once no bracket is left for _TERM_DEFINED to take out


# 「同じ情報を」「これらの情報を」「あわせて、」: a clause going on with the data the sentence named
_SAME_DATA = re.compile(r"^(?:同じ|同様の|これらの|当該)(?:情報|データ|項目)を|^(?:あわせて|併せて)、")
_AND_HOLDER = re.compile(r"(?:及び|並びに|、)")


def _items_end(head: str, match: re.Match[str], found: list[re.Match[str]]) -> int:
    """Where the items after a holder end: before 「及び」 and the next holder, or at the object marker."""
    later = [other for other in found if other.start() > match.start()]
    if not later:
        return len(head)
    conjunction = re.search(r"(?:及び|並びに|、)$", head[:later[0].start()])
    return conjunction.start() if conjunction else len(head)


def _object_marker(before: str) -> int:
    """Where the data's を stands: the last を that is not a means' (「…を通じて」) or a request's."""
    at = len(before)
    while True:
        at = before.rfind("を", 0, at)
        if at < 0 or not (re.match(r"を(?:通じ|経由し|用い|使っ|受け|得|委託|印刷)", before[at:])
                          or _RELATIVE_WO.match(before, at)):
            return at


# 「…の運用を受託する株式会社B」「協定を結んだB」: the を of a clause describing the body, not the data's
_RELATIVE_WO = re.compile(r"を(?:受託|運営|運用|締結|実施)(?:する|している|した)(?=[^、。]{2})"
                          r"|を(?:結んだ|結んでいる|行う|行っている)(?=[^、。]{2})")


def _plain_items(text: str) -> str:
    """The object's words without the conditions and means told before them."""
    return _CONDITIONS.sub("", text.strip("、 ")).strip("、 ")


_CONDITIONS = re.compile(r"^(?:[^。]{0,60}?(?:に基づき|により|の規定により|のため|ため|を受けて|に応じて|を得て"
                         r"|結び|して|し)、|[^、。]{0,30}?(?:のうち|により)、?)+")


def _user(rest: str, holder: _End, topic: _Topic, clause: str = "") -> _End:
    """The department that uses the data, and the business it uses it for; else the department the clause opens
    with (「B課が、A課の保有する甲を…に使うこと」)."""
    after_purpose = _USER_AFTER_PURPOSE.match(rest.strip("、 "))
    if after_purpose:
        return _End(after_purpose.group("dept"), after_purpose.group("why"))
    user = _USER.match(rest.strip("、 "))
    if user:
        business = (user.group("biz") or (topic.business if not topic.department else None)
                    or user.group("why"))  # 「B課が手当の認定に利用」: what it is used for names the work
        return _End(user.group("dept"), business)
    if topic.department and holder.department != topic.department:
        return _End(topic.department, topic.business)  # 「B課のY事業で、A課が保有する甲を目的外利用」
    subject = _SUBJECT.match(clause.strip("、 "))
    if subject and holder.department and subject.group("dept") != holder.department:
        return _End(subject.group("dept"))
    return _End()


def _outside(rest: str, clause: str, items: str) -> tuple[list[_End], str]:
    """The bodies given the data — after the object (「…を、Cへ」), before it (「Cへ甲を」), asking for it
    (「Cの依頼を受けて」) or joined (「Cと…結合」) — and the items, once a body told before them is cut off."""
    rest = rest.strip("、 ")
    purpose = _PURPOSE_FIRST.match(rest) or _PURPOSE_LAST.search(rest)
    if purpose:
        rest = (rest[purpose.end():] if purpose.start() == 0 else rest[:purpose.start()]).strip("、 ")
    receivers, items = _outside_bodies(rest, clause, items)
    for receiver in receivers if purpose else ():
        receiver.business = receiver.business or purpose.group("why")
    return receivers, items


def _outside_bodies(rest: str, clause: str, items: str) -> tuple[list[_End], str]:
    rest = _WHEN_AFTER.sub("", _TRAILING_MEANS.sub("", _MEANS.sub("", rest)))
    whole = _bodies(re.sub(r"(?:に対し(?:て)?|へ|に|と)$", "", rest)) if rest else []
    if whole:
        return whole, items
    to = _TO.search(rest)
    if to and _bodies(to.group("body")):
        return _bodies(to.group("body")), items
    ahead = _TO_AHEAD.search(_plain_items(items))
    if ahead and _bodies(ahead.group("body")):
        return _bodies(ahead.group("body")), _plain_items(items)[ahead.end():]
    for shape in (_ASKED, _WITH):
        found = shape.search(clause)
        if found and _bodies(found.group("body")):
            return _bodies(found.group("body")), items
    return [], items


_GROUP_LISTED = re.compile(r"^[^()（）、]{2,20}[(（](?P<listed>[^()（）]+?、[^()（）]+?)(?:など|等)?[)）]$")
_LISTED_SUCH_AS = re.compile(r"^(?P<listed>[^。]{2,80}?)など(?:の)?[^、。]{2,15}$")
# 「…関係者に平常時から」: when the body receives, told after it
_WHEN_AFTER = re.compile(r"(?<=[にへ])(?:平常時|日頃|日ごろ|事前|災害時|毎年|定期的)[^、。にへ]{0,6}$")


def _bodies(phrase: str) -> list[_End]:
    """The receivers a phrase names: one, or each of a list all of whose parts are receivers
    (「保険課、介護課及び税務課」)."""
    listed = _LISTED_SUCH_AS.match(phrase.strip("、 "))
    if listed:  # 「消防、警察などの避難支援等関係者」: the bodies listed, not the group's name
        phrase = listed.group("listed")
    bracketed = _GROUP_LISTED.match(phrase.strip("、 "))
    if bracketed:  # 「避難支援等関係者(自治会、民生委員、消防団など)」: the bodies the bracket lists
        phrase = bracketed.group("listed")
    single = _body(phrase)
    parts = [part for part in re.split(r"、|及び|並びに|又は|や", phrase.strip("、 ")) if part]
    if len(parts) > 1:
        each = [_body(part) for part in parts]
        if all(each):
            return each
    return [single] if single else []


def _body(phrase: str) -> _End:
    phrase = _MEANS.sub("", phrase.strip("、 "))
    user = re.fullmatch(rf"(?P<dept>{_DEPT}|{_ORGAN})(?:が|の)(?:行う|実施する|所管する)?(?P<biz>{_BIZ}|{_LONG_BIZ})",
                        phrase)
    if user and _BODY.search(user.group("dept")) and not re.search(r"[課室係]$", user.group("dept")):
        return _End(business=user.group("biz"), external=user.group("dept"))  # 「法務局の登記事務」: an outside body's
    if user:  # 「教育委員会が行うX事務に」
        return _End(user.group("dept"), user.group("biz"))
    if re.fullmatch(rf"{_DEPT}", phrase) and (re.search(r"[課室係]$", phrase) or not _BODY.search(phrase)):
        return _End(department=phrase)
    work = None
    contractor = _CONTRACTOR.match(phrase)
    if contractor:  # 「Xを委託するB」「Xの委託先であるB」「Xの受託法人」: B works on X
        work, phrase = contractor.group("work"), contractor.group("body") or contractor.group("role")
    phrase = _BODY_FRAME.sub("", phrase)
    owned = _OWNED.match(phrase)
    if owned:  # 「B社が管理するサーバ」
        phrase = f"{owned.group('owner')}の{owned.group('thing')}"
    body_work = _BODY_WORK.match(phrase) if not work else None
    if body_work and _BODY.search(body_work.group("body")):  # 「市町村の防疫業務」
        work, phrase = body_work.group("work"), body_work.group("body")
    if _NOT_BODY.search(phrase) or not _BODY.search(phrase) or len(phrase) > 40 or re.search(r"[をがは、]", phrase):
        return _End()
    return _End(business=work, external=phrase)


def _collection(before: str, sentence: str, topic: _Topic, line: int, quote: str) -> Flow | None:
    """「A課は、…、甲をCから収集する」「A課のX事務において、Cから甲の収集を行う」: C supplies A課."""
    subject = _SUBJECT.match(before.strip("、 "))
    department = subject.group("dept") if subject else topic.department
    if not department:
        return None
    clause = before.strip("、 ") + "収集"
    suppliers = list(_FROM.finditer(clause))
    if not suppliers:
        return None
    supplier = suppliers[-1]
    body = _BODY_FRAME.sub("", supplier.group("body"))
    if _NOT_BODY.search(body) or not (_BODY.search(body) or body.endswith("者")):  # 「給与支払者から」
        return None
    items = (_plain_items(supplier.group("rest") or "")
             or _plain_items(clause[subject.end() if subject else 0:supplier.start()]))
    items = items.strip("、 ").removesuffix("を")
    register, listed = _items(items)
    if "本人以外" in items:
        listed = []
    basis = _basis(sentence)
    purpose = re.search(rf"(?P<biz>{_BIZ})のため", before)
    business = topic.business or (purpose.group("biz") if purpose else None) or register
    return Flow(kind="collection_from_others", source_external=body, recipient_department=department,
                recipient_business=business, items=[item for item in listed if len(item) <= 30],
                basis=basis, basis_text=_ground(sentence) if basis != "unknown" else None, line=line, quote=quote)


def _items(text: str) -> tuple[str | None, list[str]]:
    """(register, items) of the object: quoted words each an item (「「氏名」「住所」」), a term's bracket listing
    them, or the words split on 、 and 及び."""
    text = re.sub(r"^(?:その|この|当該|同)(?:名簿|台帳|情報|データ)$", "", text)  # the data told before, by a pointer
    quoted = re.findall(r"「([^」]{1,20})」?", text)
    if len(quoted) >= 2:
        return None, quoted
    taken = _TAKEN_FROM.match(text)
    if taken:  # 「要援護者台帳から、氏名、住所及び…」: the register the items are taken from
        return taken.group("register"), _items(taken.group("items"))[1]
    register = _REGISTER_ITEMS.match(text) or _BUSINESS_ITEMS.match(text)
    if register:  # 「固定資産課税台帳の所有者情報」: the register, and the item taken from it
        return register.group("register"), split_items(register.group("items"))
    whole = _WHOLE_REGISTER.match(text)
    if whole:  # 「避難行動要支援者名簿」「住民基本台帳情報」: the register itself
        return whole.group("register"), []
    record = _RECORD_OF.match(text)
    if record:  # 「給与支払報告書の情報」: the record itself is what is held, no item singled out
        return record.group("register"), []
    return held_data(text) if text else (None, [])


def _basis(sentence: str) -> str:
    """The ground the sentence states: the words as a whole, else the statute it cites (法/条例 → law)."""
    basis = classify_basis(sentence)
    if basis == "unknown" and _STATUTE.search(sentence):
        return "law"
    return basis


_STATUTE = re.compile(r"[一-龥ァ-ヶー々]{2,20}(?:法|条例)(?:施行令|施行規則)?(?:第[\d条項号の]+)?"
                      r"(?:の規定|に基づ|の定め|により)")


def _ground(sentence: str) -> str | None:
    """The words the basis was read from: the statute or article cited, or the consent told."""
    cited = re.search(r"[^、。()（）]{2,30}?(?:法|条例)(?:第[\d条項号のー-]+)?", sentence)
    if cited:
        return cited.group(0)
    consent = re.search(r"[^、。]{0,6}同意", sentence)
    return consent.group(0) if consent else None


def _same(holder: _End, receiver: _End) -> bool:
    return bool(holder.department and holder.department == receiver.department
                and (not receiver.business or receiver.business == holder.business))
