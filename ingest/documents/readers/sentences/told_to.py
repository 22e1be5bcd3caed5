"""Standing provisions a notice tells with the verb on the receiving side or in the passive.

- 「閲覧させる事項は、甲、乙及び丙の3項目で、X法第N条の規定に基づき、申出を承認したA、B及びCに閲覧させています。」:
  one flow per body shown the register (the shared qualifier 「申出を承認した」 dropped), the register being the one
  the statute is named after;
- 「A課がX事務で管理している…(甲)を、…を通じてB県へ通知しています。」: the office notifies a body of the data
  (the bracketed name is the data's name);
- 「甲は、…法の要件を満たせば、本人以外の方にもA課から交付されます。」: the office issues them to others;
- 「B県に通知された甲は、Y法に定められた事務のために、CやDなどへ、…提供されます。」: the body notified passes
  the data on, one flow per body joined by や / 、 / 及び;
- 「市町村長は、…を行ったときは、甲をB県知事に通知します。」: one body's head notifies another's;
- 「A課は、X法に基づき、…甲を、…を通じてB県に通知しています。」「市は、…甲を、B県知事に通知しています。」: 通知 as
  the verb of a provision, its holder the sentence's subject (an office; the body itself is no end of its own; the
  heads of every municipality 「市町長」 are an outside party), the statute cited its basis (:func:`notified_plainly`).
- 「市以外の者へ提供したものはN件で、主なものはB署からのY照会への回答でした。」: a counted provision's main
  example, an answer to an outside body's enquiry; the body that asked receives, the enquiry is the reason;
- 「…ときは、市を通じてB等の関係機関に甲を提供することについて本人の同意を得たうえで、…」: a provision through
  the municipality to B, consented to, told inside a longer conditional sentence; the same sentence's
  「B警察が…、本市へ情報を提供する」 is data the municipality collects from B (its collecting business unnamed:
  the caller reports it as a candidate).

>>> flows = told_flows("閲覧させる事項は、氏名及び住所の2項目で、住民基本台帳法第11条の規定に基づき、"
...                    "申出を承認した県の機関及び大学の研究者に閲覧させています。", 6, "q")
>>> [(f.source_business, f.recipient_external, f.basis, f.items) for f in flows]
[('住民基本台帳', '県の機関', 'law', ['氏名及び住所']), ('住民基本台帳', '大学の研究者', 'law', ['氏名及び住所'])]
"""

from __future__ import annotations

import re

from ....normalize import classify_basis
from ....records import Flow
from ...text.items import compact
from ...text.names import is_external_body, parse_party

__all__ = ["notified_plainly", "told_flows"]

_SHOWN = re.compile(r"(?:^|、)(?P<to>[^、。]+?(?:、[^、。]+?)*)に閲覧させ(?:ています|ております|ます|ている)$")
_SHOWN_ITEMS = re.compile(r"事項は、(?P<items>[^。]+?)(?:の\d+項目)?(?:で|です|となります)(?:、|$)")
_CITED = re.compile(r"(?P<law>[一-龥ァ-ヶー々]+(?:法|施行令|条例)第[\d条項号の]+(?:及び第[\d条項号の]+)*)"
                    r"(?:の規定)?に(?:基づ(?:き|いて)|より|よって)")
_LAW_OF_REGISTER = re.compile(r"(?P<register>[一-龥ァ-ヶー々]+台帳)法")
# 「申出を承認した」「許可を受けた」: a qualifier all the bodies listed after it share
_SHARED_QUALIFIER = re.compile(r"^[^、]*?(?:承認し|許可し|認め|受け)た(?=[^、]{2,})")
_NOTIFIES = re.compile(
    r"(?:^|、)(?P<office>[^、。をにはが]+?(?:課|室|係|局|センター))が(?P<business>[^、。をにはが]+?(?:事務|業務|台帳))"
    r"で(?:管理|保有|記録)(?:している|する)(?P<items>[^。]+?)を、(?:[^、。をにへ]*?を通じて、?)?"
    r"(?P<to>[^、。をにへ]+?)(?:へ|に対し(?:て)?|に)、?通知(?:しています|しております|します)")
_PASSED_ON = re.compile(
    r"^(?P<from>[^、。をにへ]+?)に(?:通知|提供)された(?P<items>[^、。]+?)は、(?P<middle>[^。]*?)"
    r"(?P<to>[^、。をにへ]+?)(?:など)?(?:へ|に)、?(?:[^、。をにへ]*?を通じて、?)?提供されます")
# 「市町村長は、…を行ったときは、本人確認情報をB県知事に通知します」: one body's head notifies another's of the data
_HEAD_NOTIFIES = re.compile(r"^(?P<from>[^、。をにはが]{2,12}?長)は、[^。]*?(?:、|^)(?P<items>[^、。をにへ]{2,30}?)を"
                            r"(?P<to>[^、。をにへ]{2,20}?(?:知事|長|大臣|機構|委員会))(?:に対し(?:て)?|へ|に)、?"
                            r"通知(?:します|しています|しております|する)")
# 「…提供したものはN件で、主なものはB署からのY照会への回答でした」: the example a provision count names
_MAIN_ANSWER = re.compile(r"提供(?:した|して|し|する)?[^。]{0,40}?(?:\d+件|もの)[^。]{0,20}?、(?:その)?主なもの"
                          r"(?:は|として(?:は)?)、?(?P<to>[一-龥ァ-ヶー々・]{2,20}?)(?:から|より)の"
                          r"(?P<reason>[^、。]{0,20}?(?:照会|依頼|請求|求め)(?:への|に対する|に応じた)(?:回答|提供))")
# 「市を通じてB等の関係機関に当該甲を提供することについて本人の同意を得」: the municipality passes the data on to B
_THROUGH_US = re.compile(r"(?:^|、)(?:本|当|同)?(?:市|町|村|区)を(?:通じて|通して|経由して)、?"
                         r"(?P<to>[^、。をにへ「」]{2,30}?)(?:に|へ)(?:対し(?:て)?)?、?(?:当該)?(?P<items>[^、。をにへ「」]{2,30}?)を"
                         r"提供(?:する|し)(?P<rest>[^。]*)")
# 「B警察が…を把握したときは、…、本市へ情報を提供する」: an outside body, the subject, provides to the municipality
_TO_US = re.compile(r"^(?P<from>[一-龥ァ-ヶー々]{2,20}?)(?:が|は)、?[^。]*?(?:^|、)(?:本|当)?(?:市|町|村|区)(?:に|へ)"
                    r"(?:対し(?:て)?)?、?(?P<items>[^、。をにへ]{2,30}?)を提供(?:する|します|している|しています)$")
_NOT_A_BODY = re.compile(r"本人|市民|町民|村民|区民|住民|家族")
_LAW_WORK = re.compile(r"(?P<basis>[^、。]*?(?:法|条例)に定め(?:られ)?た事務)のため")
# 「X等は、…法及び…法の要件を満たせば、本人以外の方にもA課から交付されます」: the office issues them to others
_ISSUED_BY = re.compile(r"^(?P<items>[^、。]+?)は、"
                        r"(?:(?P<condition>[^。]*?(?:ば|場合(?:に(?:は|限り))?|とき(?:は)?))、)?"
                        r"(?P<to>[^、。をにへ]+?)(?:にも|に)、?(?P<office>[^、。をにへ]+?(?:課|室|係|センター))から"
                        r"(?:交付|提供|発行)されます")
_LAWS_NAMED = re.compile(r"(?P<laws>[一-龥ァ-ヶー々]+法(?:(?:や|及び|並びに|、)[一-龥ァ-ヶー々]+法)*)"
                         r"(?:の要件|の定め|の規定|に基づ|で定め)")
_BULLET = re.compile(r"^(?:[・\-*■●○◯•※]|\d{1,2}[.)．]|[(（]\d{1,2}[)）])\s*")
_NAMED_TERM = re.compile(r"[(（](?P<term>[^()（）]{2,20})[)）]$")
_JOINED = re.compile(r"、|及び|並びに|や")


def _bodies(listed: str) -> list[str]:
    listed = _SHARED_QUALIFIER.sub("", listed.removesuffix("など"))
    return [body for body in (part.strip() for part in _JOINED.split(listed)) if len(body) >= 2]


def _items(said: str) -> list[str]:
    """The data a clause names: its bracketed name when it ends in one (「…の変更の情報(本人確認情報)」)."""
    term = _NAMED_TERM.search(said)
    if term:
        return [term.group("term")]
    said = re.sub(r"^.*のうち、", "", said)
    return [part for part in re.split(r"[、・]", said) if part]


def told_flows(text: str, line: int, quote: str) -> list[Flow]:
    """The provisions of one prose line told by 閲覧させ, 通知し, or 提供されます (none when it tells none)."""
    flows: list[Flow] = []
    for sentence in re.sub(r"。(?=[)）])", "", compact(text)).split("。"):  # 「(以下「甲」という。)」 ends none
        sentence = _BULLET.sub("", sentence)
        flows.extend(_shown(sentence, line, quote))
        flows.extend(_notified(sentence, line, quote))
        flows.extend(_passed_on(sentence, line, quote))
        flows.extend(_issued_by(sentence, line, quote))
        flows.extend(_main_answer(sentence, line, quote))
        flows.extend(_through_us(sentence, line, quote))
        flows.extend(_to_us(sentence, line, quote))
        head = _HEAD_NOTIFIES.search(sentence) if not flows and "通知" in sentence else None
        if head:
            flows.append(Flow(source_external=head.group("from"), recipient_external=head.group("to"),
                              kind="external_provision", items=[head.group("items")], line=line, quote=quote))
        if not flows:
            flows.extend(notified_plainly(sentence, line, quote))
    return flows


# 「(また、)A課は、(…法に基づき、)(…、)甲を、(…を通じて)B県に通知しています」: the subject, the data, the body
_PLAIN_NOTICE = re.compile(
    r"^(?:また|なお|さらに)?、?(?P<holder>[^、。をにはが]{1,20}?)は、(?P<middle>(?:[^。]*?、)?)"
    r"(?P<items>[^、。を]+?(?:、[^、。を]+?)*?)を、?(?:[^、。をにへ]{0,30}?を通じて、?)?"
    r"(?P<to>[^、。をにへ]{1,20}?)(?:に対し(?:て)?|へ|に)、?通知(?:しています|しております|します|する|し、|し$)")
# what can receive a notice: a prefecture, a head of a body, an organisation
_NOTIFIED_BODY = re.compile(r"(?:[都道府県]|知事|長|機構|大臣|省|庁|機関|委員会)$")
# the body itself as the subject (「市は」): the page's own body is no named end
_THE_BODY_ITSELF = re.compile(r"^(?:本|当|各)?(?:市|町|村|区|県|都|府|道)(?:役所|役場|長)?$|^知事$")
_MUNICIPAL_HEADS = re.compile(r"^(?:各)?(?:市町村|市区町村|市町|市区)長$")
_NOTICE_LAW = re.compile(r"(?P<law>[一-龥ァ-ヶー々]+(?:法|施行令|条例)(?:第[\d条項号の]+)*)(?:の規定)?"
                         r"に(?:基づ(?:き|いて)|より|よって)")
_ITEMS_AFTER = re.compile(r"^.*?(?:のうち|された|されている|した|する)、?(?=[^、]{2,})")


def notified_plainly(sentence: str, line: int, quote: str) -> list[Flow]:
    """The provision one sentence tells with 通知 as its verb, the holder its subject.

    >>> flow = notified_plainly("戸籍課は、住民台帳法に基づき、住民票の事項のうち氏名、住所及びこれらの変更を、"
    ...                         "専用回線を通じて北県に通知しています", 3, "q")[0]
    >>> (flow.source_department, flow.recipient_external, flow.basis, flow.basis_text, flow.items)
    ('戸籍課', '北県', 'law', '住民台帳法', ['氏名', '住所及びこれらの変更'])
    >>> [(f.source_department, f.source_external, f.recipient_external, f.items)
    ...  for f in notified_plainly("市は、転居する際、転居届情報を新住所地の市区町村長に通知しています", 4, "q")]
    [(None, None, '新住所地の市区町村長', ['転居届情報'])]
    """
    told = _PLAIN_NOTICE.match(sentence) if "通知" in sentence else None
    if told is None:
        return []
    holder, recipient = told.group("holder"), told.group("to")
    if not _NOTIFIED_BODY.search(recipient) or holder == recipient:
        return []
    department = source_external = None
    if _MUNICIPAL_HEADS.match(holder):
        source_external = holder
    elif not _THE_BODY_ITSELF.match(holder):
        department, _ = parse_party(holder)
        if not department:
            return []  # a subject that is neither an office nor the body itself: not this shape
    items_said = _ITEMS_AFTER.sub("", told.group("items"))
    items = [part for part in items_said.split("、") if part]
    cited = _NOTICE_LAW.search(told.group("middle"))
    basis_text = cited.group("law") if cited else None
    return [Flow(source_department=department, source_external=source_external, recipient_external=recipient,
                 kind="external_provision", basis="law" if basis_text else "unknown", basis_text=basis_text,
                 items=items, line=line, quote=quote)]


def _main_answer(sentence: str, line: int, quote: str) -> list[Flow]:
    answer = _MAIN_ANSWER.search(sentence) if "主なもの" in sentence else None
    if not answer:
        return []
    return [Flow(recipient_external=answer.group("to"), kind="external_provision", basis=classify_basis(sentence),
                 reason=answer.group("reason"), line=line, quote=quote)]


def _through_us(sentence: str, line: int, quote: str) -> list[Flow]:
    through = _THROUGH_US.search(sentence) if "を通" in sentence or "を経由" in sentence else None
    if not through:
        return []
    consented = re.match(r"^(?:ことについて|ことに|ことへの)[^。]{0,10}?同意", through.group("rest"))
    return [Flow(recipient_external=through.group("to"), kind="external_provision",
                 basis="consent" if consented else classify_basis(sentence), items=[through.group("items")],
                 line=line, quote=quote)]


def _to_us(sentence: str, line: int, quote: str) -> list[Flow]:
    given = _TO_US.search(sentence) if "を提供" in sentence else None
    if not given or not is_external_body(given.group("from"), set()) or _NOT_A_BODY.search(given.group("from")):
        return []
    consented = "同意を得" in sentence
    return [Flow(source_external=given.group("from"), kind="collection_from_others",
                 basis="consent" if consented else classify_basis(sentence), items=[given.group("items")],
                 line=line, quote=quote)]


def _issued_by(sentence: str, line: int, quote: str) -> list[Flow]:
    issued = _ISSUED_BY.search(sentence) if "されます" in sentence else None
    if not issued:
        return []
    condition = issued.group("condition")
    laws = _LAWS_NAMED.search(condition) if condition else None
    return [Flow(source_department=issued.group("office"), recipient_external=issued.group("to"),
                 kind="external_provision", basis="law" if laws else "unknown",
                 basis_text=laws.group("laws") if laws else None, reason=condition,
                 items=[issued.group("items")], line=line, quote=quote)]


def _shown(sentence: str, line: int, quote: str) -> list[Flow]:
    shown = _SHOWN.search(sentence) if "に閲覧させ" in sentence else None
    if not shown:
        return []
    listed = re.sub(r"^.*(?:基づき|基づいて|により|ため)、", "", shown.group("to"))
    bodies = _bodies(listed)
    if len(bodies) < 2:
        return []  # one body shown a list is read with the other notices
    items_said = _SHOWN_ITEMS.search(sentence)
    items = [part for part in items_said.group("items").split("、") if part] if items_said else []
    cited = _CITED.search(sentence)
    register = _LAW_OF_REGISTER.search(cited.group("law")) if cited else None
    return [Flow(source_business=register.group("register") if register else None, recipient_external=body,
                 kind="external_provision", basis=classify_basis(cited.group("law")) if cited else "unknown",
                 basis_text=cited.group("law") if cited else None, items=list(items), line=line, quote=quote)
            for body in bodies]


def _notified(sentence: str, line: int, quote: str) -> list[Flow]:
    notified = _NOTIFIES.search(sentence) if "通知" in sentence else None
    if not notified:
        return []
    department, _ = parse_party(notified.group("office"))
    return [Flow(source_department=department or notified.group("office"),
                 source_business=notified.group("business"), recipient_external=notified.group("to"),
                 kind="external_provision", items=_items(notified.group("items")), line=line, quote=quote)]


def _passed_on(sentence: str, line: int, quote: str) -> list[Flow]:
    passed = _PASSED_ON.search(sentence) if "提供されます" in sentence else None
    if not passed:
        return []
    work = _LAW_WORK.search(passed.group("middle"))
    listed = re.sub(r"^.*(?:ために|ため)、", "", passed.group("middle") + passed.group("to"))
    basis_text = work.group("basis") if work else None
    return [Flow(source_external=passed.group("from"), recipient_external=body, kind="external_provision",
                 basis="law" if basis_text else "unknown", basis_text=basis_text,
                 items=_items(passed.group("items")), line=line, quote=quote)
            for body in _bodies(listed)]
