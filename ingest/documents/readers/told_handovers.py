"""Plain sentences that tell one hand-over of personal data with a verb of the shared vocabulary.

Pages tell a flow in a sentence of their own, not only with 提供: another department uses the data
(「A課のYをB課がZ事務で目的外利用します」, 「A課が保有するYを、B課がZに利用することについては」 in a council
answer, 「X台帳の情報を、B委員会がZに利用しています」), it is given (「A課が保有するYを、B課に提供します」),
shared (「A課が保有するYを、Bと共有しています」, 「A課とB課の間で、Yを共有しています」: both ways), sent
(「A課は、…Yを抽出し、B会に送付しています」, 「市は、Bに対し、Yを渡しています」: the municipality itself holds, so
no source is named; 「…機構に本人確認情報を送信しています」), answered (「B署からの照会に対し、Yを回答しました」,
「A局は、B課にYを照会し、回答を受けています」), two systems joined (「A課のXシステムとB課のYシステムをオンラインで
結合し」), data collected from an outside supplier (「税務署から所得の情報を収集しています」: the purpose or the
department that speaks is the collector), or handed to a contractor (「X業務をB社に委託するに当たり、…Yを提供」:
X the recipient business, B the recipient). Each sentence gives flows only when both ends are named and the object
is personal data; what is read without a recipient is left for the caller to report.

>>> from ..layout.lines import split_lines
>>> [(f.source_department, f.recipient_department or f.recipient_external, f.recipient_business, f.kind)
...  for line in split_lines("税務課の課税情報を福祉課が児童手当の支給事務で目的外利用します。")
...  for f in told_flows(line.text, line)]
[('税務課', '福祉課', '児童手当の支給事務', 'purpose_outside_use')]
"""

from __future__ import annotations

import re

from ...normalize import classify_basis
from ...records import Flow
from ..layout.lines import Line
from ..text.items import clean_items
from ..text.names import is_department, is_external_body
from ..text.vocabulary import HEARSAY, PERSONAL_DATA

__all__ = ["told_flows"]

_NAME = r"[一-龥ァ-ヶー々・]{2,20}"
_KANA_IN_NAME = "".join(chr(code) for code in range(0x3041, 0x3094) if chr(code) not in "のはをがにでとへや")
_KANA_NAME = rf"[一-龥ァ-ヶー々・{_KANA_IN_NAME}]{{2,20}}"  # 「子ども家庭支援システム」
# 「子育て支援課」「こども家庭課」「健康づくり課」: a department's name may hold kana, never a particle
_DEPT = (rf"(?:(?:[{_KANA_IN_NAME}]{{1,4}}|[一-龥ァ-ヶー々]{{1,8}}[{_KANA_IN_NAME}]{{1,3}})[一-龥ァ-ヶー々]{{0,12}}"
         r"|[一-龥ァ-ヶー々]{1,12})(?:課|室|センター)")
_VERB = r"(?P<verb>送付|提供|お?渡し|渡す|回答|送信|伝え|共有|連絡)"
_START = r"(?:^|[、。]|^\s*[(（]?\d{1,2}[)）.．]\s*)"
# 「A課が保有するYを、B課がZに利用する(ことについては)」: maybe inside a council answer's longer sentence
_PLAIN = re.compile(rf"{_START}(?P<holder>{_DEPT})が保有する(?P<items>[^、。「」]{{2,30}}?)を、?"
                    rf"(?P<receiver>{_DEPT})が(?P<target>[^、。「」]{{2,30}}?)(?:のため)?に(?:目的外に)?利用(?:する|して|し)")
# 「A課が保有するYを、B課に提供します」
_HELD_GIVEN = re.compile(rf"{_START}(?P<holder>{_DEPT})が保有する(?P<items>[^、。「」]{{2,30}}?)を、?"
                         rf"(?P<receiver>{_DEPT}|{_NAME})(?:に|へ)(?:対し(?:て)?)?、?(?:目的外)?(?:提供|送付|利用させ)")
# 「A課のYを(、)B課がZ事務で(目的外)利用します」: another department's use
_USED_BY = re.compile(rf"{_START}(?P<src>{_DEPT})(?:が保有する|の)(?P<items>[^、。をが]{{2,25}}?)を、?"
                      rf"(?P<dst>{_DEPT})が(?P<target>[^、。]{{2,30}}?)(?:で|に|において)、?(?:目的外に?)?利用")
# 「X台帳の情報を、B委員会がZに利用しています」: a register used by another organ
_REGISTER_USED = re.compile(rf"{_START}(?P<src>{_NAME}(?:台帳|システム))の(?P<items>[^、。をが]{{1,15}}?)を、?"
                            rf"(?P<dst>{_NAME}(?:委員会|課|室))が(?P<target>[^、。]{{2,30}}?)(?:で|に|において)"
                            r"、?(?:目的外に?)?利用")
# 「A課が保有するYを、Bと共有しています」
_SHARED = re.compile(rf"{_START}(?P<src>{_DEPT})(?:が保有する|の|は、)(?P<items>[^、。をが]{{2,25}}?)を、?"
                     rf"(?P<dst>{_NAME})と(?:の間で)?共有")
# 「A課とB課の間で、Yを(相互に)共有しています」: both ways
_MUTUAL = re.compile(rf"{_START}(?P<a>{_DEPT})と(?P<b>{_DEPT})(?:の間で|で|が)、?(?P<items>[^。]{{2,30}}?)を"
                     r"(?:相互に)?共有")
# 「A課は、…Yを(抽出し、)B会に送付しています」「市は、Bに対し、Yを渡しています」
_SENT = re.compile(rf"{_START}(?P<src>{_DEPT}|{_NAME}(?:本部|委員会)|市|町|村|区)は、(?:[^、。]{{0,60}}?、)?"
                   rf"(?:(?P<items>[^。]{{2,40}}?)を、?(?:[^、。]{{0,10}}し、)?(?P<dst>{_NAME})(?:に|へ)(?:対し(?:て)?)?、?"
                   rf"|(?P<dst2>{_NAME})(?:に対し(?:て)?|に|へ)、?(?P<items2>[^。]{{2,40}}?)を){_VERB}")
# 「B署からの照会に対し、Yを回答しました」
_ANSWERED = re.compile(rf"(?<![一-龥ァ-ヶー々・])(?P<dst>{_NAME})(?:から|より)の(?:照会|依頼|求め)に"
                       r"(?:対し(?:て)?|応じ(?:て)?)、?"
                       r"(?P<items>[^。]{2,40}?)を(?P<verb>回答|提供|送付)")
# 「A局は、…B課にYを照会し、回答を受けています」: B answers A
_ASKED_AND_ANSWERED = re.compile(rf"{_START}(?P<who>{_DEPT}|{_NAME}(?:局|委員会))は、(?:[^、。]{{0,30}}?、)?"
                                 rf"(?P<src>{_DEPT}|{_NAME})に(?P<items>[^、。]{{2,30}}?)を照会し、?(?:その)?回答を受け")
# 「…機構に本人確認情報を送信しています」: no holder named (the municipality itself); 提供 so told is the notices'
_ITEM_WORDS = r"(?:氏名|名前|住所|生年月日|連絡先|電話番号|本人確認情報)"
_GIVEN_TO = re.compile(rf"(?:^|[、。]|ため)(?:(?P<items>[^。]{{0,30}}?{_ITEM_WORDS}[^。をに]{{0,20}}?)を、?"
                       rf"(?P<dst>{_NAME})(?:に|へ)(?:対し(?:て)?)?、?"
                       rf"|(?P<dst2>{_NAME})(?:に|へ)(?:対し(?:て)?)?、?(?P<items2>[^。]{{0,30}}?{_ITEM_WORDS}[^。をに]{{0,20}}?)を)"
                       r"(?:送付|送信)(?:して|し|する|します)")
# 「A課のXシステムとB課のYシステムをオンラインで結合し」
_JOINED = re.compile(rf"(?:(?P<a>{_DEPT})の)?(?P<x>{_KANA_NAME}(?:システム|サーバ|データベース))と"
                     rf"(?:(?P<b>{_DEPT}|{_NAME}(?:委員会|本部))の)?"
                     rf"(?P<y>{_KANA_NAME}(?:システム|サーバ|データベース))を、?"
                     r"(?:オンライン|回線|ネットワーク)(?:で|により|を通じて)?、?(?:結合|接続)")
# the next sentence that only tells the ground: 「法令に基づく収集でございます」
_GROUND_AFTER = re.compile(r"^(?!これ|この)[^。をが]{0,40}?(?:に基づく|理由がある|同意がある|同意を得た)"
                           r"(?:もの|利用|提供|収集)")
# 「(A課は、)(Xのため、)B署から所得の情報を収集しています」;
# 「A課のX事務では、Yのため、B機構からZを収集しております」: the collecting business named first
_COLLECTED = re.compile(rf"{_START}(?:【(?P<speaker>[^】]{{2,16}})】)?"
                        rf"(?:(?P<unit>{_DEPT})の(?P<unit_business>[^、。のを]{{2,24}}?(?:事業|事務|業務))"
                        r"(?:では|において)、)?"
                        rf"(?:(?P<purpose>[^、。]{{2,30}}?)のため、)?"
                        rf"(?:(?P<who>{_DEPT}|{_NAME}(?:事務所|局))は、)?"
                        rf"(?:(?P<purpose2>[^、。]{{2,30}}?)のため、)?"
                        rf"(?P<src>(?:{_NAME}の)?{_NAME})(?:から|より)、?(?P<items>[^。が]{{1,40}}?)"
                        r"(?:を(?:収集|取得|入手)|の(?:情報)?提供を受け)")
# 「…の提供を受け、A課のX事業で利用したい」: the department and business that use what was collected
_USED_IN = re.compile(rf"(?P<dept>{_DEPT})の(?P<business>[^、。のを]{{2,24}}?(?:事業|事務|業務))で(?:利用|活用|使用)")
# 「Xは、Yに対し、Zを照会しています」: Y answers X
_ENQUIRED = re.compile(rf"{_START}(?:[^、。]{{2,30}}?のため、)?(?P<who>{_DEPT}|{_NAME}(?:事務所|局))は、"
                       rf"(?P<src>{_NAME})に対し(?:て)?、?(?P<items>[^。]{{2,40}}?)を照会")
# 「X業務をB社に委託するに当たり、(受託者に)Yを提供します」
_ENTRUSTED = re.compile(rf"{_START}(?P<biz>[^、。を]{{2,30}}?)を(?P<ext>{_NAME})に委託するに(?:当たり|あたり|際し)、?"
                        rf"(?:(?P<dst>{_NAME})に(?:対し(?:て)?)?、?)?(?P<items>[^。]{{2,40}}?)を(?P<verb>提供|送付|渡し)")
# 「…届出書の写しを審議会に送付」: a form or a report about the registry, not residents' data
_PAPERWORK = re.compile(r"(?:届出書|申請書|通知書|報告書|様式|資料|議事録|答申書|諮問書)(?:の写し)?$")
# department-shaped names of outside bodies: 「自衛隊南川地域事務所」「北浜消防本部」「日本年金機構」
_OUTSIDE = re.compile(r"自衛隊|警察|消防|年金|税務署|法務局|機構|協会|組合|協議会|^国|^県")
_FROM_SYSTEM = re.compile(rf"(?P<system>{_NAME}(?:システム|台帳))から")
_GENERIC_CONTRACTOR = re.compile(r"^(?:受託|委託先|委託)(?:事業)?者?$")


_ENUMERATED = re.compile(r"(?<=もの)、(?:及び|および|並びに|ならびに)、?")


def _each_told(sentence: str) -> list[Flow]:
    """「…に提供したもの、並びにC課が…に提供したもの」: examples told one after another, each read as its own
    clause when every one of them reads; else the sentence as a whole."""
    parts = _ENUMERATED.split(sentence)
    each = [_told(part) for part in parts] if len(parts) > 1 else []
    return [flow for found in each for flow in found] if each and all(each) else _told(sentence)


def told_flows(text: str, line: Line) -> list[Flow]:
    """The flows the sentences of ``text`` tell, each on ``line``."""
    out: list[Flow] = []
    sentences = text.split("。")
    for number, sentence in enumerate(sentences):
        if not PERSONAL_DATA.search(sentence) or HEARSAY.search(sentence):
            continue
        after = sentences[number + 1] if number + 1 < len(sentences) else ""
        for flow in _each_told(sentence):
            flow.line, flow.quote = line.no, line.quote
            if flow.basis == "unknown" and _GROUND_AFTER.match(after.strip()):
                flow.basis = classify_basis(after)  # 「…を収集しております。法令に基づく収集でございます。」
            if flow.recipient_external and len(flow.recipient_external) <= 3:
                # 「組合に提供」: the body named in full earlier on the line (「西浜新聞販売店組合と協定を締結」)
                named = re.findall(rf"[一-龥ァ-ヶー々]{{2,20}}{re.escape(flow.recipient_external)}", text)
                flow.recipient_external = named[0] if named else flow.recipient_external
            out.append(flow)
    return out


def _told(sentence: str) -> list[Flow]:
    plain = list(_PLAIN.finditer(sentence))
    if plain:  # 「主なものは、A課が保有するXをB課がYに利用したもの、C課が保有するZを同課がWに利用したもの」: each
        return [_used_by_another(found.group("holder"), _same_as(found.group("receiver"), found.group("holder")),
                                 found.group("target"), found.group("items"), sentence) for found in plain]
    given = _HELD_GIVEN.search(sentence)
    if given:
        return _one(_handed(given.group("holder"), given.group("receiver"), given.group("items"), sentence))
    used = _USED_BY.search(sentence) or _REGISTER_USED.search(sentence)
    if used and used.group("src") != used.group("dst"):
        return [_used_by_another(used.group("src"), used.group("dst"), used.group("target"), used.group("items"),
                                 sentence)]
    mutual = _MUTUAL.search(sentence)
    if mutual and mutual.group("a") != mutual.group("b"):
        return [flow for holder, receiver in ((mutual.group("a"), mutual.group("b")),
                                              (mutual.group("b"), mutual.group("a")))
                for flow in _one(_handed(holder, receiver, mutual.group("items"), sentence))]
    shared = _SHARED.search(sentence)
    if shared:
        return _one(_handed(shared.group("src"), shared.group("dst"), shared.group("items"), sentence))
    entrusted = _ENTRUSTED.search(sentence)
    if entrusted:
        return _one(_entrusted(entrusted, sentence))
    sent = _SENT.search(sentence)
    if sent:
        holder = sent.group("src")
        return _one(_handed(holder if is_department(holder) else None, sent.group("dst") or sent.group("dst2"),
                            sent.group("items") or sent.group("items2"), sentence))
    answered = _ANSWERED.search(sentence)
    if answered:
        return _one(_handed(None, answered.group("dst"), answered.group("items"), sentence))
    asked = _ASKED_AND_ANSWERED.search(sentence)
    if asked:
        return _one(_handed(asked.group("src"), asked.group("who"), asked.group("items"), sentence))
    joined = _JOINED.search(sentence)
    if joined:
        return [Flow(source_department=joined.group("a"), source_business=joined.group("x"),
                     recipient_department=joined.group("b"), recipient_business=joined.group("y"),
                     kind="online_connection", basis=classify_basis(sentence))]
    collected = _COLLECTED.search(sentence)
    if collected:
        return _one(_collected(collected, sentence))
    enquired = _ENQUIRED.search(sentence)
    if enquired:
        source, receiver = enquired.group("src"), enquired.group("who")
        if is_department(source) and not is_external_body(source, set()):
            return _one(_handed(source, receiver, enquired.group("items"), sentence))
        items, _ = clean_items(enquired.group("items"))
        return [Flow(source_external=source, recipient_department=receiver, kind="collection_from_others",
                     basis=classify_basis(sentence), items=items)]
    anonymous = _GIVEN_TO.search(sentence)
    receiver = (anonymous.group("dst") or anonymous.group("dst2")) if anonymous else ""
    if anonymous and not is_department(receiver):
        return _one(_handed(None, receiver, anonymous.group("items") or anonymous.group("items2"), sentence))
    return []


def _same_as(receiver: str, holder: str) -> str:
    """「同課」 after 「A課が保有する…を」: the department just named, the holder itself."""
    return holder if receiver.startswith("同") and holder.endswith(receiver[1:]) else receiver


def _one(flow: Flow | None) -> list[Flow]:
    return [flow] if flow is not None else []


def _used_by_another(holder: str, receiver: str, target: str, object_text: str, sentence: str) -> Flow:
    """Another department (or organ) uses what ``holder`` keeps: a purpose-outside use; council when the sentence
    answers a consultation (諮問)."""
    items, _ = clean_items(object_text)
    basis = "council" if "諮問" in sentence else classify_basis(sentence)
    purpose = _BUSINESS_FOR.match(target)  # 「X事務において…の確認に」: the business, then what it is used for
    return Flow(source_department=holder if is_department(holder) else None,
                source_business=None if is_department(holder) else holder,
                recipient_department=receiver, recipient_business=purpose.group("biz") if purpose else target,
                kind="purpose_outside_use", basis=basis, items=items,
                reason=purpose.group("why") if purpose else None)


_BUSINESS_FOR = re.compile(r"^(?P<biz>[^、。]{2,30}?(?:事務|業務|事業))(?:において|で)、?(?P<why>[^、。]{2,30})$")


def _handed(holder: str | None, receiver: str, object_text: str, sentence: str) -> Flow | None:
    """A hand-over from ``holder`` (None: the municipality itself) to ``receiver``: inside the body when the
    receiver is a department, else to an outside body; a system the data are drawn from is the source business."""
    receiver = re.sub(r"^(?:各|全)", "", receiver) if len(receiver) > 3 else receiver
    if not PERSONAL_DATA.search(object_text) or receiver == holder or _PAPERWORK.search(object_text):
        return None
    system = _FROM_SYSTEM.search(object_text)
    object_text = object_text[system.end():] if system else object_text
    system = system or _FROM_SYSTEM.search(sentence)  # 「住民基本台帳から抽出した、…一覧表を」
    items, _ = clean_items(re.sub(r"^.*?(?:から|より)", "", object_text))
    inside = is_department(receiver) and not is_external_body(receiver, set()) and not _OUTSIDE.search(receiver)
    return Flow(source_department=holder, source_business=system.group("system") if system else None,
                recipient_department=receiver if inside else None, recipient_external=None if inside else receiver,
                kind="purpose_outside_use" if inside else "external_provision", basis=classify_basis(sentence),
                items=items)


def _entrusted(match: re.Match[str], sentence: str) -> Flow | None:
    """「X業務をBに委託するに当たり、…Yを提供」: X is the recipient business, the contractor the recipient."""
    if not PERSONAL_DATA.search(match.group("items")):
        return None
    named = match.group("dst")
    contractor = named if named and not _GENERIC_CONTRACTOR.match(named) else match.group("ext")
    items, _ = clean_items(match.group("items"))
    electronic = "電子媒体" in sentence or "オンライン" in sentence
    return Flow(recipient_business=match.group("biz"), recipient_external=contractor,
                kind="online_connection" if electronic else "external_provision", basis=classify_basis(sentence),
                items=items)


def _collected(match: re.Match[str], sentence: str) -> Flow | None:
    """Data collected from an outside supplier; the department that speaks, else the purpose, collects."""
    supplier = match.group("src").lstrip("・")
    if "本人" in supplier or is_department(supplier) and not is_external_body(supplier, set()):
        return None  # from the person, or from another department (a use, told otherwise)
    if not PERSONAL_DATA.search(match.group("items")) and not match.group("items").endswith(("状況", "情報")):
        return None
    items, _ = clean_items(match.group("items"))
    purpose = match.group("purpose") or match.group("purpose2")
    used = _USED_IN.search(sentence, match.end())
    speaker = match.group("speaker") if match.group("speaker") and is_department(match.group("speaker")) else None
    collector = used.group("dept") if used else match.group("who") or match.group("unit") or speaker
    business = used.group("business") if used else match.group("unit_business") or (purpose if not collector else None)
    return Flow(source_external=supplier, recipient_department=collector, recipient_business=business,
                kind="collection_from_others", basis=classify_basis(sentence), items=items)
