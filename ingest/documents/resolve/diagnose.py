"""Silence is the worst failure for an auditor: lines that state a flow but gave no record.

A line that names a hand-over (目的外利用 / 外部提供 / オンライン結合 / 電子媒体 / 本人以外からの収集, or a
plain 提供 to a named body: 「…本部に…提供しています」) together with a department, business or body and a
direction (から / より / へ / に / を / と / が, or 「課の」) and that no reader turned into a flow, table row
or council case, is reported as a warning with its line. So is a line that tells a hand-over with another verb of
the shared vocabulary (共有, 渡す, 送付, 利用させる, 連携, an agreement on handling data signed with a body …) when it
names personal data and a receiving body: its candidate carries the kind, the body and the quoted items. So is a
line that names personal data and notifies it to a body (「本人確認情報を知事に通知し」), collects it from one
(「…を市町村から収集する」) or sends it (「…を送信する」). So is a row
of a table no reader took whose cell joins two parties with an arrow (「A課（B事務）→ C課」) or names a hand-over
and a party.

Pages the readers have never seen tell flows in ways no reader knows, so weaker signs count too, each reported
only when no flow read near the line or naming its parties tells it already: an agenda title naming a hand-over
and what it is for (「…に伴う保有個人情報の目的外利用について」), a body listed under words that hand something
over (「名簿の提供先」 then 「・北浜警察署」), a row set with spaces naming two departments and a business, and
prose told in the passive, to a third party, over a wire or from a named kind of body.

>>> from ..layout.lines import split_lines
>>> [d.line for d in unread_flow_statements(split_lines("前文\\n税務課から福祉課へ目的外利用する。"), [], set())]
[2]
>>> [d.line for d in unread_flow_statements(split_lines("1\\t税務課（課税事務）→ 福祉課\\t氏名"), [], set())]
[1]
>>> signed = "市は、東浜地方協力本部と「対象者情報の取扱いに関する協定」を締結し、「氏名」「住所」の情報が"
>>> [(d.line, d.candidate["recipient_external"], d.candidate["items"]) for d in unread_flow_statements(
...     split_lines(signed), [], set())]
[(1, '東浜地方協力本部', ['氏名', '住所'])]
>>> [d.candidate["recipient_external"] for d in unread_flow_statements(split_lines("提供先\\n北浜協力本部"), [], set())]
['北浜協力本部']
>>> [d.candidate["recipient_external"] for d in unread_flow_statements(split_lines("提供先 北浜警察本部"), [], set())]
['北浜警察本部']
>>> mutual = "A町の甲事業とB町の乙事業との間で相互に目的外利用する。"
>>> [d.line for d in unread_flow_statements(split_lines(mutual), [], set())]
[1]
>>> [d.line for d in unread_flow_statements(split_lines("議題\\nア 訪問事業に伴う保有個人情報の目的外利用について"),
...                                         [], set())]
[2]
"""

from __future__ import annotations

import re

from ...normalize import classify_kind
from ...records import Diagnostic, Flow
from ..layout.lines import Line
from ..text.vocabulary import HANDOVER_VERBS, PERSONAL_DATA

__all__ = ["unread_count_statements", "unread_flow_statements"]

_HANDOVER = re.compile(r"目的外利用|外部提供|オンライン結合|電子媒体|本人以外|閲覧を認め|閲覧させ|第三者でも請求"
                       # a clause of its own: 「A課が保有する甲を、B課が…利用」「…Sと結合し」
                       r"|保有する[^。]{1,40}?を、?[^。]{0,40}?(?:利用|提供)|と(?:オンラインで)?結合し"
                       # the noun form: 「A課が保有するXのY事務への利用、B課が保有するZの自治会への提供」
                       r"|保有する[^。、]{1,40}?の[^。、]{1,30}?(?:への|による)(?:利用|提供)")
# other verbs that hand personal data over when the line names the data: 「本人確認情報を知事に通知し」
# 「…に関する個人情報を市町村から収集する」「…氏名及び収入額を送信する」
_DATA_HANDOVER = re.compile(r"を、?[^。]{0,60}?(?:に|へ)通知(?:し|する|して)|から収集(?:し|する|して)"
                            r"|を[^。]{0,40}?送信(?:し|する)")
# Weaker signs, each a way real pages tell a hand-over that the readers may not know. They name no party the
# stronger signs need, so a line showing one is reported only when no flow read near it or naming its parties
# already tells the same (:func:`_told_already`): a page says its flow once and talks about it after.
_WEAK_HANDOVER = re.compile(
    # 「税務課の課税情報を、介護保険課の賦課事務に利用」: the holder's data and where it is used
    r"(?:課|室|センター|局)の[^。]{1,30}?を、?[^。]{0,40}?(?:に|で)(?:利用|提供)"
    r"|目的の範囲を超えて(?:利用|提供)|目的外閲覧|閲覧を認め|閲覧させ"
    # 「…証明書を代理人や第三者に交付した」: the certificate handed to a third party
    r"|(?:代理人|第三者)[^。]{0,40}?交付"
    # 「…機構と通信回線で結び」: an online connection told as a wire
    r"|と[^。]{0,20}?(?:通信回線|専用回線|回線|ネットワーク)で(?:結|接続)"
    # 「…機関などへ、住基ネットを通じて提供されます」「知事に対し、本人確認情報が通知されます」
    r"|(?<!ため)(?:へ|に)(?:対し(?:て)?)?[^。]{0,60}?提供(?:され|しま)"
    r"|(?:に|へ)(?:対し(?:て)?)?、?[^。]{0,40}?(?:が|は)通知され|(?:に|へ)通知された"
    r"|(?:に|へ)(?:対し(?:て)?)?、?[^。]{0,40}?(?:閲覧を(?:行|認め|許可|承認)|閲覧させ)"
    # 「法務局から登記済通知書により所有者の氏名を収集する」「事業所から受け取っています」: from a named kind
    # of body (「家庭から収集するごみ」 names none)
    r"|(?:者|所|局|部|省|庁|機関|署|機構|法人|学校|病院|団体|自治体|市町村|都道府県|国)(?:等|など)?から"
    r"[^。]{0,40}?(?:収集|受け取|取得|提出を受け|提供を受け|提供され)")
# what each sign of _WEAK_HANDOVER cannot match without, in one scan: most lines of a discussion have none (a new
# sign adds its own words here)
_WEAK_CUE = re.compile(r"に利用|で利用|に提供|で提供|目的の範囲を超えて|閲覧|交付|回線で|ネットワークで"
                       r"|提供され|提供しま|通知され|から")
# the ends of a party's name: a unit, a business, a body, the municipality
_PARTY_WORDS = (r"課|室|センター|業務|事務|事業|システム|協議会|事業者|業者|本部|機関|機構|団体|学校|園|署|所|"
                r"警察|消防|自衛隊|委員|第三者|市|町|村|会|組織")
# the weaker signs take more words for a party, and one named with a bracket or before の / は
_WEAK_PARTY = re.compile(rf"(?:{_PARTY_WORDS}|代理人|長|者|庁|連合|組合|公社|協会|法人|局)"
                         r"(?:等|など)?(?:[(（][^()（）]{1,40}[)）])?(?:から|より|へ|に|を|と|が|の|は)")
# An agenda or report title naming a hand-over: 「…に伴う保有個人情報の目的外利用について(福祉課)」,
# 「「…を本人以外から収集することについて」(教育委員会)」. It names no party and needs none, but it names what
# for (「…に伴う」「…における」) or whose data: 「2 外部提供について」 is a heading.
_TITLE_END = re.compile(r"(?:について|に関すること)(?:の?(?:報告|諮問))?[」』]?"
                        r"\s*(?:[(（【\[][^()（）【】\[\]]{1,30}[)）】\]]\s*)*$")
_TITLE_KIND = re.compile(r"目的外利用|外部提供|オンライン結合|結合|本人外収集|本人以外(?:の者)?から(?:の)?収集"
                         r"|目的の範囲を超えて利用|目的外閲覧|(?:へ|へ?の)提供|(?:による|への)利用")
# 「トップページ > 組織で探す > 福祉課 > …」: a web page's breadcrumb repeats its title
_BREADCRUMB = re.compile(r"[>＞].*[>＞]")
# 「本人以外の者から収集できる場合」「…から収集する場合は「税務署」と記入」「提供を受けようとする者は」
# 「名簿を提供するには、本人の同意が必要」: a rule, a condition or a form's guidance; 「議題…の状況について」
# 「本件の結合は妥当である」: an agenda or an opinion about flows; 「乙は、甲から提供されたデータを」: a contract's
# clause — none states a flow of its own
_RULE_CASE = re.compile(r"できる(?:場合|とき)|する場合(?:は|に限|$)|ようとする|(?:する|させる)には|ときは、"
                        r"|の状況|議題|議事|妥当|^(?:第\d+条\s*)?(?:甲|乙)(?:は|が)")
_TITLE_PURPOSE = re.compile(r"に伴う|に係る|における|のための|に関する|による|に向けた|への|を|(?:課|室|局)が")
# a report's, a rule's or an answer's title is no flow; a web page's 「現在位置」 line neither
_NOT_A_FLOW_TITLE = re.compile(r"状況|件数|実績|概要|結果|運用|基準|方針|制度の|規程|条例の|答申|現在(?:の)?位置")


def _titled_handover(text: str) -> bool:
    """「ア 児童扶養手当の現況確認に伴う保有個人情報の目的外利用について」: a title that states a flow."""
    if len(text) > 120 or not ("について" in text or "に関すること" in text):
        return False  # most lines: two scans
    end = _TITLE_END.search(text)
    kinds = list(_TITLE_KIND.finditer(text, 0, end.start())) if end else []
    if not kinds or end.start() - kinds[-1].end() > 30:
        return False
    what = text[:kinds[-1].start()]  # what the hand-over is for, or whose data
    return len(what) >= 4 and bool(_TITLE_PURPOSE.search(what)) and not _NOT_A_FLOW_TITLE.search(text)


# A list of bodies under words that hand something to them: 「名簿の提供先」 then 「・北浜警察署」「・民生委員」.
_LIST_ITEM = re.compile(r"^\s*(?:[-・●○◆◇■□*•※]|\d{1,2}[.．)）]|\d{1,2}[ \u3000]+|[(（]\d{1,2}[)）]|[①-⑳]"
                        r"|[ア-ン][.．)）\s])\s*(?P<name>[^。]{2,40})$")
_BODY_END = re.compile(r"(?:本部|協議会|委員|委員会|署|局|団|組織|会|会長|区長|センター|機構|組合|連合|事務所|法人|"
                       r"会社|協会|公社|金庫|郵便局|販売店|営業所|事業者|業者)(?:等|など)?(?:[(（][^()（）]*[)）])?$")
_SPACED_FIELDS = re.compile(r"[ \u3000]+")
_CORPORATE = re.compile(r"株式会社|有限会社|合同会社|(?:社会福祉|医療|学校|一般社団|一般財団|公益社団|公益財団)法人")
_ROSTER = re.compile(r"[ \u3000]+・")  # 「岡部委員 ・塩谷委員」: a roster of members, not a body
_HANDED_CONTEXT = re.compile(r"提供|配布|配付|共有|協定|お?渡し|避難支援等関係者|閲覧")


def _listed_receivers(lines: list[Line]) -> dict[int, str]:
    """Bodies listed one a line, two or more in a run, under a line that hands something over."""
    found: dict[int, str] = {}
    run: list[tuple[int, str]] = []
    above: tuple[Line, ...] = ()  # the last two lines not in a list, their ends read only under a run
    for line in [*lines, None]:
        if line is not None and line.blank:
            continue
        item = None if line is None or line.cells else _LIST_ITEM.match(line.text)
        name = item.group("name").strip() if item else ""
        if item and (_BODY_END.search(name) or _CORPORATE.match(name)) and not _ROSTER.search(name):
            run.append((line.no, name))
            continue
        if len(run) >= 2 and any(_HANDED_CONTEXT.search(earlier.text[-120:]) for earlier in above):
            found.update(run)
        run = []
        if line is not None and not item:  # the words above the list: its heading and the sentence leading to it
            above = (above[-1], line) if above else (line,)
    return found


# 「1 税務課 福祉課 障害者福祉手当支給事務 所得額」: a row set with spaces naming two parties and a business
_UNIT = re.compile(r"(?:課|室|委員会|センター|連合|事務所|機構|組合|本部|協議会)$")
_BUSINESS = re.compile(r"(?:事務|業務|事業)$")


def _spaced_row_of_parties(text: str) -> bool:
    if text.count(" ") + text.count("\u3000") < 3:
        return False
    fields = [field for field in _SPACED_FIELDS.split(text.strip()) if field]
    if len(fields) < 4:
        return False
    return sum(bool(_UNIT.search(field)) for field in fields) >= 2 and any(_BUSINESS.search(f) for f in fields)


def _told_already(text: str, line_no: int, flows: list[Flow], below: int = 3, kind: str | None = None) -> bool:
    """A flow read within three lines (or ``below`` lines after, of ``kind``), or one whose party the line names:
    the line talks about a flow told."""
    for flow in flows:
        if flow.line and -3 <= flow.line - line_no <= below and (kind is None or flow.kind == kind):
            return True
        parties = (flow.recipient_external, flow.recipient_department, flow.recipient_business,
                   flow.source_department, flow.source_business)
        if any(party and len(party) >= 2 and party in text for party in parties):
            return True
    return False


_ARROW = re.compile(r"(?:課|室|センター|業務|事務|事業|システム)[)）]?\s*(?:→|⇒|->|=>)\s*\S")
_CELL_CUE = re.compile(r"[→⇒>]|目的外|外部提供|結合|電子媒体|本人以外")
_PLAIN_PROVISION = re.compile(r"(?:へ|に)[^。]{0,40}?提供(?:して|し|する|します|いた)")
_PARTY = re.compile(rf"(?:{_PARTY_WORDS})(?:」)?等?"
                    r"(?:から|より|へ|に|を|と|が|でも)|(?:課|室|センター)の|(?:知事|市区町村長|市町村長)(?:に|へ)"
                    # 「(「目的外利用の制限」/保健医療課)」: an agenda item's bracket
                    r"|[/／][^/／()（）]{1,20}(?:課|室)[)）]\s*$")


# A body that receives: named before に / へ / と / が / で (「…本部と協定」「自治会と共有」「警察に回答」)
_RECEIVING_BODY = re.compile(r"(?P<body>[一-龥ァ-ヶー々]{2,}(?:本部|協議会|事業者|機関|団体|自治会|町内会|警察署|警察|"
                             r"消防署|消防団|自衛隊|委員会|委員|センター|庁))(?:[(（][^()（）]*[)）])?(?:に|へ|と|が|で)"
                             # 「児童相談所と警察との間で…共有し」: a body named alone, then との間
                             r"|(?P<alone>警察|消防|自衛隊)との間")
_QUOTED_ITEM = re.compile(r"「([^「」]{1,8})」")


def _other_verb_candidate(text: str, line_no: int) -> dict | None:
    """A hand-over told with another verb of the shared vocabulary: the candidate read from the line, or None."""
    if not HANDOVER_VERBS.search(text) or not PERSONAL_DATA.search(text):
        return None
    body = _RECEIVING_BODY.search(text)
    if not body:
        return None
    items = [item for item in _QUOTED_ITEM.findall(text) if PERSONAL_DATA.search(item)]
    receiver = body.group("body") or body.group("alone")
    return {"kind": "external_provision", "recipient_external": receiver, "items": items, "line": line_no}


def _kind_of_words(text: str) -> str:
    if "本人以外" in text:
        return "collection_from_others"
    return "purpose_outside_use" if "目的外" in text else "external_provision"


def _restates(text: str, flows: list[Flow]) -> bool:
    """The line names the recipient of a flow already read and its source or one of its items."""
    for flow in flows:
        if flow.recipient_external and flow.recipient_external[:4] in text and len(flow.recipient_external) >= 4:
            return True  # a notice goes on about the outside body it provides to (「民生委員に対し書面により」)
        recipients = (flow.recipient_business, flow.recipient_external, flow.recipient_department)
        if any(recipient and recipient in text for recipient in recipients):
            others = [flow.source_business, flow.source_department, *flow.items]
            if any(other and other in text for other in others):
                return True
    return False


def _unread_row(cells: list[str]) -> bool:
    """A row of a table no reader took whose cell joins two parties by an arrow, or names a hand-over and a party."""
    joined = "".join(cells)
    if not _CELL_CUE.search(joined):
        return False  # most rows: one scan
    if any(_ARROW.search(cell) for cell in cells):
        return True
    return any(_HANDOVER.search(cell) and _PARTY.search(cell) for cell in cells)


_RECIPIENT_LABEL = re.compile(r"^(?:情報の)?(?:提供先|提供の相手方|提供相手|利用先|結合先)(?:の名称)?\s*[:：]?$")


_RECIPIENT_INLINE = re.compile(r"^(?:情報の)?(?:提供先|提供の相手方|提供相手|利用先|結合先)(?:の名称)?\s*[:：\s]\s*"
                               r"(?P<value>[^\s:：。]{2,30})$")


def _labelled_recipient(lines: list[Line], index: int) -> str | None:
    """「提供先」 alone on a line and the body named on the next one: the recipient a page states."""
    if "先" not in lines[index].text and "相手" not in lines[index].text:
        return None  # most lines: one scan
    inline = _RECIPIENT_INLINE.match(lines[index].text.strip())
    if inline:
        return inline.group("value")  # 「提供先 北浜県警察本部」: the label and the body on one line
    if not _RECIPIENT_LABEL.match(lines[index].text.strip()):
        return None
    following = next((line for line in lines[index + 1:index + 3] if not line.blank), None)
    if following is None or len(following.text) > 40 or "。" in following.text:
        return None
    return following.text.strip()


# 「…行った目的外利用及び外部提供の状況をお知らせします」: a report's introduction announces, it states no flow
# 「村が保有する個人情報は、…を除き、本人から収集し、…利用しています」: the body's rule for all its data
_ANNOUNCES = re.compile(r"(?:状況|件数|結果|概要)(?:を|について)(?:お知らせ|公表|報告)(?:します|いたします)。?$"
                        r"|^(?:本|当)?(?:市|町|村|区)が(?:保有する|取り扱う)個人情報は、"
                        # 「…の目的外利用・外部提供の状況(令和5年度)」: a title naming what the page reports
                        r"|^[^、。]{0,40}の(?:状況|一覧|実績)(?:[(（][^()（）、。]{1,12}[)）])?$")


# 「この訓令は、…目的外利用及び外部提供について、必要な事項を定める。」: a rule's purpose clause states no flow,
# nor does a term's definition (「外部提供とは、…提供をすることをいう。」); matched without their brackets
_PURPOSE_CLAUSE = re.compile(r"^(?:第\d+条\s*)?この(?:条例|規則|訓令|要領|要綱|規程|告示)は、[^。]*?"
                             r"(?:必要な)?事項を定める(?:もの(?:とする)?)?。?$"
                             r"|(?P<definition>^(?:[ア-ン]\s|\d{1,2}[.]?\s)?[^、。「」]{2,20}とは、[^。]*をいう。?$)")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_HANDED_TO_PARTY = re.compile(r"(?:に対し(?:て)?|へ|に)、?[^、。]{0,12}?提供する")


def _rule_not_flow(text: str) -> bool:
    """A rule's purpose clause or a term's definition: it names the kinds, and states no flow.

    >>> _rule_not_flow("第1条 この要綱は、法(平成15年法律第57号。以下「法」という。)第69条に関し必要な事項を定める。")
    True
    >>> _rule_not_flow("ア 外部提供とは、実施機関以外のもの(国等)に提供をすることをいう。")
    True
    >>> _rule_not_flow("市民課は、氏名を北浜県警察本部に提供する。")
    False
    >>> _rule_not_flow("第1条 この要綱は、市長が北浜市民生委員(以下「委員」という。)に対し提供する個人情報について、"
    ...                "必要な事項を定める。")
    False
    """
    if "この" not in text and "とは、" not in text:
        return False
    found = _PURPOSE_CLAUSE.match(_BRACKETED.sub("", text.strip()))
    if found and found.group("definition") is None and _HANDED_TO_PARTY.search(text):
        return False  # 「この要綱は、市長がX委員に対し提供する個人情報について…定める」: the rule states its flow
    return found is not None


# Every sign below needs one of these words: a line without any is passed over at the cost of one scan.
_ANY_CUE = re.compile(r"目的外|外部提供|結合|電子媒体|本人以外|本人外|閲覧|利用|提供|通知|収集|送信|交付|回線"
                      r"|ネットワーク|受け取|取得|提出|共有|渡|送付|照会|連携|協定|配布|配付|請求")


def unread_flow_statements(lines: list[Line], flows: list[Flow], read: set[int]) -> list[Diagnostic]:
    """Warnings for flow-like lines that no record came from (``read``: lines some reader consumed)."""
    read = read | {flow.line for flow in flows if flow.line}
    out: list[Diagnostic] = []
    listed = _listed_receivers(lines)
    for index, line in enumerate(lines):
        if line.no in read or line.blank:
            continue
        labelled = _labelled_recipient(lines, index)
        if labelled and not any(flow.line and abs(flow.line - line.no) <= 2 for flow in flows):
            out.append(Diagnostic(line.no, "warning", f"a recipient 「{labelled}」 is stated but no flow was read",
                                  {"kind": classify_kind(labelled) or "external_provision",
                                   "recipient_external": labelled, "line": line.no}))
            continue
        if line.cells:
            if _unread_row(line.cells):
                out.append(Diagnostic(line.no, "warning", f"a table row states a flow but no flow was read: "
                                                          f"{line.text[:60]}"))
            continue
        text = line.text
        if line.no in listed:
            if not _told_already(text, line.no, flows):
                out.append(Diagnostic(line.no, "warning", f"a listed body 「{listed[line.no]}」 may receive a flow "
                                                          f"but no flow was read",
                                      {"kind": "external_provision", "recipient_external": listed[line.no],
                                       "line": line.no}))
            continue
        if _spaced_row_of_parties(text):
            if not _told_already(text, line.no, flows):
                out.append(Diagnostic(line.no, "warning", f"a row names two parties but no flow was read: "
                                                          f"{text[:60]}", {"line": line.no}))
            continue
        if not _ANY_CUE.search(text):
            continue  # most lines: one scan, no word any sign below needs
        if _rule_not_flow(text):
            continue
        handover = (_HANDOVER.search(text) or ("提供" in text and _PLAIN_PROVISION.search(text))
                    or (_DATA_HANDOVER.search(text) and PERSONAL_DATA.search(text)))
        question = text.endswith(("か。", "か"))
        if (handover and _PARTY.search(text) and not question and not _ANNOUNCES.search(text)
                and not _restates(text, flows)):
            out.append(Diagnostic(line.no, "warning", f"looks like a flow statement but no flow was read: {text[:60]}",
                                  {"kind": classify_kind(text) or _kind_of_words(text), "line": line.no}))
            continue
        if question or _BREADCRUMB.search(text):
            continue
        if _titled_handover(text):  # a title's flow is told in the lines below it
            kind = classify_kind(text) or _kind_of_words(text)
            if not _told_already(text, line.no, flows, below=40, kind=kind):
                out.append(Diagnostic(line.no, "warning", f"a title names a flow but no flow was read: {text[:60]}",
                                      {"kind": kind, "line": line.no}))
            continue
        weak = handover or (_WEAK_CUE.search(text) and _WEAK_HANDOVER.search(text))
        if weak and _WEAK_PARTY.search(text) and not _ANNOUNCES.search(text) and not _RULE_CASE.search(text):
            if not _told_already(text, line.no, flows):
                out.append(Diagnostic(line.no, "warning", f"may state a flow but no flow was read: {text[:60]}",
                                      {"kind": classify_kind(text) or _kind_of_words(text), "line": line.no}))
            continue
        other = _other_verb_candidate(text, line.no)
        if other and not _restates(text, flows):  # the cheap test first: most lines tell no hand-over
            out.append(Diagnostic(line.no, "warning", f"tells a hand-over to 「{other['recipient_external']}」 but no "
                                                      f"flow was read: {text[:60]}", other))
    return out


# A count of how the system operated: a kind word and 「N件」 in one sentence.
_COUNT_WORDS = re.compile(r"目的外利用|外部提供|開示請求|訂正請求|利用停止|登録|届出|全部開示|部分開示|不開示|審査請求")
_COUNT = re.compile(r"\d[\d,]*\s*件")
_NOT_PERSONAL = re.compile(r"情報公開|公文書|公開請求|ほか\d|増|減")


def unread_count_statements(lines: list[Line], read: set[int]) -> list[Diagnostic]:
    """Warnings for prose lines that state a count of the system (「目的外利用は12件」) and gave no statistic.

    >>> from ..layout.lines import split_lines
    >>> [d.line for d in unread_count_statements(split_lines("概要\\n目的外利用の届出は十二件、うち3件は…"), set())]
    [2]
    """
    out: list[Diagnostic] = []
    for line in lines:
        if line.no in read or line.blank or line.cells or "件" not in line.text:
            continue
        for sentence in line.text.split("。"):
            if _COUNT.search(sentence) and _COUNT_WORDS.search(sentence) and not _NOT_PERSONAL.search(sentence):
                out.append(Diagnostic(line.no, "warning", f"states a count but no statistic was read: "
                                                          f"{sentence[:60]}", {"line": line.no}))
                break
    return out
