"""An executive's explanation in committee minutes: hand-overs told sentence by sentence, each leaning on the last.

A department head explains what the department will do: 「A課のX事務において、…甲を、令和n年m月d日から、B社が
運用するクラウドサーバとオンライン結合して…」 (X's holder joins B's server), then 「次に、X事務で受け付けたYの…業務を
同社に委託するに当たり、…乙を電子媒体で受託者に提供いたします」 (同社, 受託者: the company just named; the business
entrusted is what the recipient runs; 電子媒体 makes it an online connection) and 「C課のZ事業において、A課がW事務で
保有する丙を目的外利用し、…」 (the user named before the holder); a clause of :mod:`..text.handover_clauses`
(「A課がX事務で保有する甲を、B会に提供したい」) is read too, the turn's speaker mark left out. A sentence's ground
may be the next one (「…の相当な理由があるものとして」, 「…としてお諮りいたします」). The department, business and
company a sentence names stay in mind for the sentences after it on the same turn.

>>> from ..layout.page import page_of
>>> page = page_of("説明\\n保険課の国保事務において、受診記録を、令和6年4月1日から、株式会社北星が運用するクラウド"
...                "サーバとオンライン結合して管理します。次に、国保事務で受け付けた申請書の入力業務を同社に委託するに"
...                "当たり、申請書の氏名を電子媒体で受託者に提供いたします。")
>>> [(f.source_business, f.recipient_business, f.recipient_external, f.start_date)
...  for f in read(page, Readings()).flows]
[('国保事務', None, '株式会社北星', '2024-04-01'), ('国保事務', '申請書の入力業務', '株式会社北星', None)]
"""

from __future__ import annotations

import re

from ...normalize import DATE_SINCE, classify_basis, split_items
from ...records import Diagnostic, Flow
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date
from ..text.handover_clauses import clause_flows, note_ground, split_note, without_apposition

__all__ = ["READER", "read"]

_UNIT = r"[^、。をがの「」()（）\s]{1,20}?(?:課|室|センター|局)"
_BIZ = r"[^、。をでの「」]{2,30}?(?:事務|業務|事業)"  # 「がん検診事務」: a が may stand in a name
_COMPANY = re.compile(r"(?:株式会社|有限会社|合同会社)[^、。をがにへとの\s]{1,20}"
                      r"|[^、。をがにへとの\s]{1,20}(?:株式会社|有限会社)")
_TURN = re.compile(r"^\s*(?:[○◯〇◎]\s*)?[^、。\s]{1,12}?(?:長|員|者)\s*[)）]")  # 「健康増進課長)」 opening a speech
# 「A課の(では、)X事務において、…甲を、(…から、)B社が運用するSとオンライン結合して」
_CONNECTED = re.compile(rf"(?:(?P<dept>{_UNIT})(?:の|では、|は、))?(?P<biz>{_BIZ})において、(?P<items>[^。]+?)を、?"
                        r"(?:[^、。]{0,20}?から、)?(?:(?:(?P<body>[^、。]{2,40}?)が(?:運用|運営|提供|管理|設置)する"
                        r"|(?P<owner>[^、。の]{2,30}?)の)(?P<thing>[^、。]{1,30}?)"
                        # 「…を、予防接種データベースと結合」: a system no owner is named for is itself the other end
                        r"|(?P<system>[^、。のをが]{1,30}?(?:データベース|システム|ネットワーク)))"
                        r"と(?:オンライン|電子計算機の)?(?:で)?(?:結合|接続)")
# 「A課は、X事務において、B社のクラウドサービスと結合し、甲を保存しています」: the party first, the data after
_CONNECTED_FIRST = re.compile(rf"(?P<dept>{_UNIT})(?:は|では)、(?P<biz>{_BIZ})(?:において|で)、"
                              r"(?:[^、。]{0,20}?から、)?"
                              r"(?:(?P<body>[^、。]{2,40}?)が(?:運用|運営|提供|管理|設置)する|(?P<owner>[^、。の]{2,30}?)の)"
                              r"[^、。]{1,30}?と(?:オンライン|電子計算機の)?(?:で)?(?:結合|接続)"
                              r"(?:し、(?P<items>[^。]+?)を(?:保存|送信|送受信|提供|管理|照会|共有|登録))?")
# 「(X事務で受け付けた)Y業務を同社に委託するに当たり、…乙を(電子媒体で)受託者に提供」
_ENTRUSTED = re.compile(rf"(?:(?P<sbiz>{_BIZ})で[^、。を]{{0,12}}?(?:受け付けた|保有する|取得した|作成した))?"
                        r"(?P<rbiz>[^、。を]{2,30}?(?:業務|事務|事業))を(?P<to>[^、。を]{1,30}?)に委託するに"
                        r"(?:当たり|あたり|際し)、(?P<items>[^。]+?)を(?P<medium>電子媒体で|オンラインで|通信回線で)?、?"
                        r"(?P<dst>[^、。を]{1,30}?)に(?:外部)?提供")
# 「(A課は、X事務において、)(あわせて、)Y業務を委託している B会へ、乙を電子媒体で提供」: the contractor before the data
_GIVEN_TO_CONTRACTOR = re.compile(rf"(?:(?P<dept>{_UNIT})(?:は|では)、(?P<biz>{_BIZ})(?:において|で)、)?"
                                  r"(?:(?:あわせて|併せて|また|さらに)、)?(?P<rbiz>[^、。を]{2,30}?)を委託している"
                                  r"(?P<to>[^、。をへ]{2,30}?)(?:へ|に対し|に)、(?P<items>[^。]+?)を"
                                  r"(?P<medium>電子媒体で|オンラインで|通信回線で)?、?(?:外部)?提供")
# 「C課のZ事業において、A課がW事務で保有する丙を目的外利用し」: the user before the holder
_USED_FOR = re.compile(rf"(?P<rdept>{_UNIT})の(?P<rbiz>{_BIZ})において、(?P<sdept>{_UNIT})が(?P<sbiz>{_BIZ})で保有する"
                       r"(?P<items>[^。]+?)を(?:目的外(?:に)?)?利用(?:し|する)(?:、(?P<why>[^。]+?)(?:いたします|します)?$)?")
_ITEM_QUALIFIER = re.compile(r"^.*?(?:てきた|ている|された|した|する|ある)(?=[^、。]{2,})")
_ON_DOCUMENT = re.compile(r"^[^、。]{1,20}?に(?:記載|記録)された")
_GROUND = re.compile(r"(?P<ground>(?:[^、。]*?第\d+条[^、。]*?の)?(?:相当の理由|相当な理由|本人の同意|法令に基づく))")
_NEAR = 3  # the sentences a sentence leans on are on this many lines above it at most
_SAME_COMPANY = re.compile(r"^(?:同社|当該事業者|受託者|委託先|その事業者)$")
# 「条例第14条第1項に基づき審査会のご意見を伺う」「…に該当するものとしてお諮りいたします」: put to the council
# 「…の審議会において、…適当と答申しました」: the council answered for it
_PUT_TO_COUNCIL = re.compile(r"(?:審査会|審議会)[^。]{0,10}?(?:意見|諮問)|お諮り|諮問いたし"
                             r"|(?:審査会|審議会)において[^。]{0,40}?(?:と答申|承認)")
# 「開始日は令和5年10月1日、根拠は…(条例第8条第2項)です」: the line below a flow, its start and ground as values
_START_BELOW = re.compile(r"開始(?:日|年月日)は、?(?P<date>[^、。]+?[日月])(?=[、。]|$)")
_GROUND_BELOW = re.compile(r"根拠は、?(?P<ground>[^。]+?)(?:です|である)?(?:。|$)")
_BELOW = 2  # the lines below a flow its start and ground may stand on (a blank line between)
_ARTICLE = re.compile(r"(?:条例|法)第\d+条(?:第\d+項)?(?:第\d+号)?")
# 「〇保育課長 」 opening a turn inside a run-on record, 「【保育課長】」 a turn of its own
_SPEAKER_MARK = re.compile(r"^\s*(?:[○◯〇◎]\S{1,20}\s+|【[^】]{1,20}】)")


_OWNER = re.compile(r"^[^、。]{1,8}?(?:者|人)の")  # 「申請者の氏名、…」: whose the joined data are, not an item


def _items(text: str) -> list[str]:
    text = _OWNER.sub("", _ON_DOCUMENT.sub("", text).replace("や", "、"))
    text = _ITEM_QUALIFIER.sub("", text) if "、" not in text else text
    return split_items(text)


def _ground_of(sentences: list[str], index: int) -> tuple[str, str | None]:
    for sentence in sentences[index:index + 2]:
        found = _GROUND.search(sentence)
        if found:
            return classify_basis(found.group("ground")), found.group("ground")
        if _PUT_TO_COUNCIL.search(sentence):
            article = _ARTICLE.search(sentence)
            return "council", article.group(0) if article else None
    return "unknown", None


def read(page: Page, readings: Readings) -> Reading:
    reading = Reading()
    skip = readings.claimed("records", "council", "statements")
    department = business = company = None
    last = -_NEAR
    for line in page.lines_with("において", "委託するに", "結合", "委託している"):
        if line.cells or line.no in skip:
            continue
        if line.no - last > _NEAR or _TURN.match(line.text):
            department = business = company = None  # a new speech, or another part of the page
        last = line.no
        sentences = line.text.split("。")
        problems: list[Diagnostic] = []
        for index, sentence in enumerate(sentences):
            found = _explained(sentence, sentences, index, line.no, line.quote, (department, business, company),
                               problems)
            for company_named in _COMPANY.finditer(sentence) if "会社" in sentence else ():
                company = company_named.group(0)
            if found:
                flow = found[-1]
                department = flow.source_department or department
                business = flow.source_business or business
                reading.flows.extend(found)
                reading.claimed.add(line.no)
        reading.diagnostics.extend(problems)
    for flow in reading.flows:
        _told_below(page, flow, reading.claimed, reading.diagnostics)
    return reading


def _told_below(page: Page, flow: Flow, claimed: set[int], problems: list[Diagnostic]) -> None:
    """The start and ground a line of their own below the flow gives (「開始日は…、根拠は…です」)."""
    below = [line for line in page.lines[flow.line:flow.line + _BELOW] if line.text.strip()][:1]
    if not below or below[0].no in claimed:
        return
    text = below[0].text
    start, ground = _START_BELOW.search(text), _GROUND_BELOW.search(text)
    if start and not flow.start_date:
        flow.start_date = safe_date(start.group("date"), below[0].no, problems)
    if ground and flow.basis == "unknown":
        told = ground.group("ground")
        if re.search(r"審議会|審査会", told):
            article = _ARTICLE.search(told)
            flow.basis, flow.basis_text = "council", article.group(0) if article else told
        else:
            clause, note = split_note(told)
            flow.basis, flow.basis_text = note_ground(note) if note else note_ground(clause)


# 「システム事業者のクラウドサーバ」: an owner named only by its trade; the thing it runs is the other end
# (a bare 「サーバ」 names nothing: then the trade stays the other end)
_TRADE_ONLY = re.compile(r"^[^、。]{0,12}?(?:事業者|業者)$")
_BARE_THING = re.compile(r"^(?:サーバー?|システム|端末|機器)$")


def _other_end(connected: re.Match) -> str | None:
    groups = connected.groupdict()  # 「…の」 and a bare system are told only after the data
    owner, thing = without_apposition(groups["owner"]), groups.get("thing")
    if owner and thing and _TRADE_ONLY.match(owner) and not _COMPANY.search(owner) and not _BARE_THING.match(thing):
        return thing
    return groups["body"] or owner or groups.get("system")


def _explained(sentence: str, sentences: list[str], index: int, line: int, quote: str,
               context: tuple[str | None, str | None, str | None], problems: list[Diagnostic]) -> list[Flow]:
    department, business, company = context
    sentence = _SPEAKER_MARK.sub("", sentence)
    joins = ("において" in sentence or "で、" in sentence) and ("結合" in sentence or "接続" in sentence)
    connected = (_CONNECTED.search(sentence) or _CONNECTED_FIRST.search(sentence)) if joins else None
    if connected and (connected.group("dept") or department):
        since = DATE_SINCE.search(sentence)
        basis, basis_text = _ground_of(sentences, index + 1)
        return [Flow(source_department=connected.group("dept") or department, source_business=connected.group("biz"),
                     recipient_external=_other_end(connected), kind="online_connection",
                     basis=basis,
                     basis_text=basis_text, items=_items(connected.group("items") or ""),
                     start_date=safe_date(since.group(1), line, problems) if since else None,
                     line=line, quote=quote)]
    entrusted = _ENTRUSTED.search(sentence) if "委託するに" in sentence and "提供" in sentence else None
    if entrusted:
        to = entrusted.group("to")
        to = company if _SAME_COMPANY.match(to) and company else to
        dst = entrusted.group("dst")
        recipient = to if _SAME_COMPANY.match(dst) else dst
        if _SAME_COMPANY.match(recipient) or not department:
            return []
        basis, basis_text = _ground_of(sentences, index)
        return [Flow(source_department=department, source_business=entrusted.group("sbiz") or business,
                     recipient_business=entrusted.group("rbiz"), recipient_external=recipient,
                     kind="online_connection" if entrusted.group("medium") else "external_provision",
                     basis=basis, basis_text=basis_text, items=_items(entrusted.group("items")),
                     line=line, quote=quote)]
    contracted = _GIVEN_TO_CONTRACTOR.search(sentence) if "委託している" in sentence else None
    if contracted and (contracted.group("dept") or department):
        basis, basis_text = _ground_of(sentences, index)
        return [Flow(source_department=contracted.group("dept") or department,
                     source_business=contracted.group("biz") or business,
                     recipient_business=contracted.group("rbiz"), recipient_external=contracted.group("to"),
                     kind="online_connection" if contracted.group("medium") else "external_provision",
                     basis=basis, basis_text=basis_text, items=_items(contracted.group("items")),
                     line=line, quote=quote)]
    held = "保有する" in sentence
    clause = clause_flows(sentence, line, quote) if held or "結合" in sentence else []
    if clause:
        basis, basis_text = _ground_of(sentences, index + 1)
        for flow in clause:
            if flow.basis == "unknown":
                flow.basis, flow.basis_text = basis, basis_text
        return clause
    used = _USED_FOR.search(sentence) if held and "において" in sentence else None
    if used:
        basis, basis_text = _ground_of(sentences, index)
        return [Flow(source_department=used.group("sdept"), source_business=used.group("sbiz"),
                     recipient_department=used.group("rdept"), recipient_business=used.group("rbiz"),
                     kind="purpose_outside_use", basis=basis, basis_text=basis_text,
                     items=split_items(used.group("items")), reason=used.group("why"), line=line, quote=quote)]
    return []


READER = Reader("explained_handovers", read, claims="statements")
