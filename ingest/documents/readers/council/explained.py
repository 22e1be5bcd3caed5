"""Hand-overs a department states while explaining a case in council minutes (「諮問第N号は、…するものです」).

The genre: the agenda title of a case is often vague (「X事業に係る個人情報の目的外利用について」), and the
department's explanation in the record of the meeting states the whole flow, one speaker a line, a sentence
sometimes broken after a 「、」. Three sentence shapes:

- 「X業務において、A課が管理するZを、Y業務の受託事業者とオンライン結合により提供する」: an online
  connection from X (held by A) to the contractor of Y;
- 「A課のX事務及びB課のY事務で保有するZを、C課が「W事業」に目的外利用する」: one use per holder;
- 「A課のX事務からB課のY事務へ、Zを…法に基づき提供」: a provision, under that law when one is named.

When the sentence names its case (「諮問第N号は」), the flows of that case's title give way to it.

>>> said = "諮問第2号は、甲課の乙事務及び丙課の丁事務で保有する氏名、住所を、戊課が「己事業」に目的外利用するものです。"
>>> [(f.source_department, f.source_business, f.recipient_business) for f in _sentence_flows(said, 1, "q")]
[('甲課', '乙事務', '己事業'), ('丙課', '丁事務', '己事業')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from ....records import CouncilCase, Flow
from ...layout.lines import Line
from ...model import claim_id, claim_ids
from ...text.dates import safe_date
from ...text.items import clean_items, compact
from ...text.names import is_department
from .amend import CaseAt, Decide, Fill, Restate
from .consult import articles_of
from .decisions import decision_of

__all__ = ["decided_in_minutes", "explained_flows"]

_UNIT = r"(?:課|室|センター|局|事務局)"
_WORK = r"(?:業務|事務|事業)"
_SPEAKER = re.compile(r"^[○◯〇]\s*[^\s()（）]{1,20}(?:[(（][^()（）]{1,20}[)）])?\s*")
_CASE = re.compile(r"^(?:諮問|報告)第\s*(\d+)\s*号(?:は|について(?:は)?)、")
_ONLINE = re.compile(
    rf"^(?P<sbiz>[^、。を]+?{_WORK})において、(?P<dept>[^、。を]+?{_UNIT})が(?:管理|保有)する(?P<items>[^。]+?)を、?"
    rf"(?P<rbiz>[^、。を]+?{_WORK})の(?P<ext>受託事業者|受託者|委託先)との?オンライン結合")
_HELD_USE = re.compile(
    rf"^(?P<srcs>[^。を]+?{_WORK})で保有する(?P<items>[^。]+?)を、?(?P<rdept>[^、。を「]+?{_UNIT})が"
    rf"「?(?P<rbiz>[^、。を「」]+?{_WORK})」?(?:に|で|において|のために?)(?P<verb>目的外利用|利用)")
_PAIR = re.compile(rf"(?:^|及び|並びに|、)(?P<dept>[^、。を及]+?{_UNIT})の(?P<biz>[^、。を及]+?{_WORK})")
_FROM_TO = re.compile(
    rf"^(?P<sdept>[^、。を]+?{_UNIT})の(?P<sbiz>[^、。を]+?{_WORK})から(?P<rdept>[^、。を]+?{_UNIT})の"
    rf"(?P<rbiz>[^、。を]+?{_WORK})へ、?(?P<items>[^。]+?)を(?:(?P<law>[^、。を]+?法)に基づき)?(?:提供|送付)")


def _sentence_flows(text: str, line: int, quote: str) -> list[Flow]:
    text = _CASE.sub("", _SPEAKER.sub("", text))
    articles = articles_of(text) if "第" in text else []
    match = _ONLINE.match(text)
    if match:
        return [Flow(source_department=match.group("dept"), source_business=match.group("sbiz"),
                     recipient_business=match.group("rbiz"), recipient_external=match.group("ext"),
                     kind="online_connection", basis="council", basis_text=articles[0] if articles else None,
                     items=clean_items(match.group("items"))[0], line=line, quote=quote)]
    match = _HELD_USE.match(text)
    if match:
        pairs = list(_PAIR.finditer(match.group("srcs")))
        if not pairs or "".join(pair.group(0) for pair in pairs).lstrip("、") != match.group("srcs").lstrip("、"):
            return []
        return [Flow(source_department=pair.group("dept"), source_business=pair.group("biz"),
                     recipient_department=match.group("rdept"), recipient_business=match.group("rbiz"),
                     kind="purpose_outside_use", basis="council", basis_text=articles[0] if articles else None,
                     items=clean_items(match.group("items"))[0], line=line, quote=quote) for pair in pairs]
    match = _FROM_TO.match(text)
    if match:
        law = match.group("law")
        return [Flow(source_department=match.group("sdept"), source_business=match.group("sbiz"),
                     recipient_department=match.group("rdept"), recipient_business=match.group("rbiz"),
                     kind="external_provision", basis="law" if law else "unknown", basis_text=law,
                     items=clean_items(match.group("items"))[0], line=line, quote=quote)]
    return []


# 「A課から、…ため、Xを B に提供し、B から Y の回答を受けることについて諮問があった」: the department that brings
# the consultation holds what is provided and receives what comes back.
_CONSULTED = re.compile(rf"^(?P<dept>[^、。「」]{{2,20}}?{_UNIT})(?:から|より)、?(?P<body>[^。]+?)(?:こと)?について"
                        r"(?:諮問|説明)(?:があった|がありました|を受けた)")
_PROVIDE = re.compile(r"(?:^|、)(?P<items>[^、。を]+?)を、?(?P<ext>[^、。をにへ]{2,20}?)(?:に|へ)(?:外部)?提供")
_ANSWERED_BACK = re.compile(r"(?:^|、)(?P<src>[^、。をにへ]{2,20}?)から(?P<items>[^、。を]+?)の"
                            r"(?:回答|報告|通知|情報提供)を受け")
_REASON = re.compile(r"^(?P<reason>[^。]+?ため)、")


def _consulted_flows(text: str, line: int, quote: str) -> list[Flow]:
    """The provision and the collection back a department's consultation states (see ``_CONSULTED``)."""
    said = _CONSULTED.match(text)
    if not said:
        return []
    dept, body = said.group("dept"), said.group("body")
    reason = _REASON.match(body)
    out: list[Flow] = []
    provided = _PROVIDE.search(body)
    if provided and not _UNIT_END.search(provided.group("ext")):
        held = provided.group("items")
        out.append(Flow(source_department=dept, source_business=held if _RECORD.search(held) else None,
                        recipient_external=provided.group("ext"), kind="external_provision", basis="council",
                        items=[] if _RECORD.search(held) else clean_items(held)[0],
                        reason=reason.group("reason") if reason else None, line=line, quote=quote))
    answered = _ANSWERED_BACK.search(body)
    if answered and not _UNIT_END.search(answered.group("src")):
        out.append(Flow(source_external=answered.group("src"), recipient_department=dept,
                        kind="collection_from_others", basis="council", items=clean_items(answered.group("items"))[0],
                        line=line, quote=quote))
    return out


# An answer letter: 「Y業務をX（以下「受託者」という。）に委託するに当たり、A課が保有するZを、受託者の電子計算機と
#結合して受託者に提供する」, the linked system and the start named by the explanation below (「…Sシステムと受託者の
# 電子計算機とを結合」, 「令和N年M月D日から」).
_ENTRUSTED = re.compile(
    rf"(?P<rbiz>[^、。を「」()（）]+?{_WORK})を(?P<ext>[^、。を()（）]+?)(?:[(（]以下「[^」]+」という。?[)）])?に"
    rf"委託する(?:に当たり|にあたり|に際し)、(?P<dept>[^、。を]+?{_UNIT})が(?:保有|管理)する(?P<items>[^。]+?)を、"
    r"(?P<how>[^。]*?)(?:提供する|提供し)")
_LINKED_SYSTEM = re.compile(r"(?P<sys>[^、。をと]{2,20}?システム)と[^。]{0,20}?電子計算機とを?結合")
_FROM_DAY = re.compile(r"((?:(?:令和|平成)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)から")


def _entrusted_flow(lines: list[Line], index: int) -> Flow | None:
    """The hand-over an answer states for a contractor (see ``_ENTRUSTED``), completed by the lines below."""
    line = lines[index]
    match = _ENTRUSTED.search(line.text) if "委託する" in line.text else None
    if not match:
        return None
    items = clean_items(match.group("items"))[0]
    if items and "の" in items[0]:
        items[0] = items[0].rsplit("の", 1)[1]  # 「対象者の氏名、…」: the items, not whose they are
    flow = Flow(source_department=match.group("dept"), recipient_business=match.group("rbiz"),
                recipient_external=match.group("ext").strip(),
                kind="online_connection" if "結合" in match.group("how") else "external_provision",
                basis="council", items=items, line=line.no, quote=line.quote)
    for below in lines[index + 1:index + 12]:
        linked = _LINKED_SYSTEM.search(below.text) if "結合" in below.text else None
        if linked:
            flow.source_business = linked.group("sys").split("により")[-1].lstrip("、")
            flow.kind = "online_connection"
            day = _FROM_DAY.search(below.text)
            flow.start_date = safe_date(day.group(1), below.no, []) if day else None
            break
    return flow


def _case_above(lines: list[Line], index: int, cases: list[CouncilCase]) -> CaseAt | None:
    """The case whose title stands a few lines above (an answer letter's subject)."""
    above = {line.no for line in lines[max(0, index - 6):index]}
    return next((CaseAt(at) for at, case in enumerate(cases) if case.line in above), None)


# Minutes whose speaker stands alone on the line above the speech (a flattened 発言者/内容 table): the department
# explaining its case states the link. Two shapes:
# 「Y業務は、…令和N年M月D日からXに委託します。これに伴い、Sシステムを…結合し、Zを…参照」: S to the contractor;
# 「W事務では、…、SシステムとXの…を専用回線で結び、ZをデータでR送る」: W to X, under the article cited.
_C = "[,、，]"
_ENTRUSTED_SPOKEN = re.compile(
    rf"^(?P<rbiz>[^、,，。]+?{_WORK})は{_C}[^。]*?(?P<day>(?:令和|平成)\s*(?:元|\d{{1,2}})\s*年\s*\d{{1,2}}\s*月"
    rf"\s*\d{{1,2}}\s*日)から(?P<ext>[^、,，。に]+?)に委託します。これに伴い{_C}(?P<sys>[^、,，。を]+?システム)を"
    rf"[^。]*?結合し{_C}(?P<items>[^。]+?)を[^。]*?(?:参照|閲覧|利用)")
_LINKED_SPOKEN = re.compile(
    rf"^(?P<sbiz>[^、,，。]+?{_WORK})では{_C}[^。]*?。[^。]*?(?P<sys>[^、,，。]+?システム)と(?P<ext>[^、,，。の]+?)の"
    rf"[^、,，。]*?を(?:専用回線|回線|ネットワーク)で(?:結び|結合し|接続し){_C}(?P<items>[^。]+?)を(?:データで)?"
    r"(?:送る|送信する|提供する)")


def _spoken_link(text: str, department: str, line: Line) -> Flow | None:
    """The link a department states in its explanation (see ``_ENTRUSTED_SPOKEN`` / ``_LINKED_SPOKEN``)."""
    said = _ENTRUSTED_SPOKEN.match(text)
    if said:
        items = clean_items(said.group("items"))[0]
        return Flow(source_department=department, source_business=said.group("sys"),
                    recipient_business=said.group("rbiz"), recipient_external=said.group("ext"),
                    kind="online_connection", basis="council", items=items,
                    start_date=safe_date(said.group("day"), line.no, []), line=line.no, quote=line.quote)
    said = _LINKED_SPOKEN.match(text)
    if said:
        articles = articles_of(text) if "第" in text else []
        return Flow(source_department=department, source_business=said.group("sbiz"),
                    recipient_external=said.group("ext"), kind="online_connection", basis="council",
                    basis_text=articles[0] if articles else None, items=clean_items(said.group("items"))[0],
                    line=line.no, quote=line.quote)
    return None


_RECORD = re.compile(r"(?:記録|台帳|名簿|データ|ファイル|システム)$")
_UNIT_END = re.compile(rf"{_UNIT}$")


def _titled_case(lines: list[Line], index: int, cases: list[CouncilCase]) -> CaseAt | None:
    """The case whose title a line just above repeats (the minutes' heading of the item)."""
    for back in range(index - 1, max(-1, index - 4), -1):
        flat = lines[back].text.replace(" ", "")
        for at, case in enumerate(cases):
            if case.title and case.title.replace(" ", "") in flat:
                return CaseAt(at)
    return None


_CALLED = re.compile(r"議題\s*[(（](\d{1,2})[)）]\s*(?:について|に関して|の説明)")


def _taken_up(lines: list[Line], index: int, cases: list[CouncilCase]) -> CaseAt | None:
    """The agenda item the chair called just before a speech (「次に議題(2)について、A課から説明を」): the case listed
    as 「(2)…」."""
    for back in range(index - 1, max(-1, index - 4), -1):
        called = _CALLED.findall(lines[back].text)
        if called:
            mark = f"({called[-1]})"
            by_line = {line.no: line.text.replace("（", "(").replace("）", ")") for line in lines}
            return next((CaseAt(at) for at, case in enumerate(cases) if mark in by_line.get(case.line or 0, "")[:20]),
                        None)
    return None


def _same_business(flow: Flow, flow_ids: list[list[str]], by_token: dict[str, Flow]) -> CaseAt | None:
    """The case whose title flow of the same kind goes to the business ``flow`` names (「町営駐車場管理業務」 and
    「町営駐車場の管理業務」 are one); ``flow_ids``: each case's flows, as restated so far."""
    names = {name.replace("の", "") for name in (flow.recipient_business, flow.source_business) if name}
    for at, tokens in enumerate(flow_ids):
        for token in tokens:
            title = by_token.get(token)
            if (title is not None and title.kind == flow.kind and title.recipient_business
                    and title.recipient_business.replace("の", "") in names):
                return CaseAt(at)
    return None


# A summary of the discussion of an agenda item: 「議題(1)では、A課から、…ため、B課が保有するZを目的外利用したいとの
# 説明」, then 「あわせて、C課が保有するYの情報(a、b)も利用し」: B's and C's data used by A for the item's business.
_ITEM_DISCUSSED = re.compile(r"^\s*議題\s*[(（](\d{1,2})[)）]\s*(?:では|について(?:は)?)、")
_BROUGHT_BY = re.compile(r"^\s*議題\s*[(（]\d{1,2}[)）]\s*(?:では|について(?:は)?)、"
                         rf"(?P<dept>[^、。「」]{{2,20}}?{_UNIT})(?:から|より|が)、")
_HELD_BY = re.compile(rf"(?:^|、)(?P<dept>[^、。「」()（）を]{{2,20}}?{_UNIT})が(?:保有|管理)する(?P<items>[^。]+?)"
                      r"(?:を|も)、?(?:目的外)?利用")
_LISTED_IN = re.compile(r"^(?P<held>[^()（）]{2,20}?)の(?:情報|データ|記録)?[(（](?P<items>[^()（）]+)[)）]$")


def _held_use(text: str, department: str, business: str | None, line: Line) -> Flow | None:
    """The use of another department's data a discussion summary states (see ``_ITEM_DISCUSSED``)."""
    held = _HELD_BY.search(text)
    if not held or held.group("dept") == department:
        return None
    items, source_business = held.group("items"), None
    listed = _LISTED_IN.match(items)
    if listed:  # 「住民基本台帳の情報(氏名、住所)」: the register it is held in, then the items
        source_business, items = listed.group("held"), listed.group("items")
    reason = _REASON.search(text.split(held.group(0))[0] + "、")
    return Flow(source_department=held.group("dept"), source_business=source_business,
                recipient_department=department, recipient_business=business, kind="purpose_outside_use",
                basis="council", items=clean_items(items)[0],
                reason=reason.group("reason").split("、")[-1] if reason else None, line=line.no, quote=line.quote)


def _item_of(mark: str, lines: list[Line], cases: list[CouncilCase]) -> CaseAt | None:
    """The case listed as 「(mark)…」 on the agenda."""
    by_line = {line.no: line.text.replace("（", "(").replace("）", ")").strip() for line in lines}
    return next((CaseAt(at) for at, case in enumerate(cases)
                 if by_line.get(case.line or 0, "").startswith(f"({mark})")), None)


# A result stated per case: 「諮問第N号は、A課が保有するZを、Bへ提供するもので、…」, 「…を、Cへ目的外利用させると
# ともに、Dへ外部提供するものです」: one flow per recipient, for the business the case's title names. Holders joined
# by 及び (「A課が保有するZ及びB課が保有するWを、…」) give one flow each, with their own items.
_NUMBERED = re.compile(r"^諮問第\s*\d+\s*号は、")
_HAND_OVER = re.compile(rf"^(?P<held>[^、。「」]{{2,20}}?{_UNIT}が(?:保有|管理)する[^。]+?)を、"
                        r"(?P<rest>[^。]+?)(?=もの|ます|。|$)")
_HOLDER = re.compile(rf"(?:^|及び)(?P<dept>[^、。「」及]{{1,20}}?{_UNIT})が(?:保有|管理)する")
_TO_WHOM = re.compile(r"(?:^|とともに、|し、|、また、)(?P<to>[^、。]+?)(?:へ|に)(?P<verb>目的外利用|利用|外部提供|提供)"
                      r"(?:させる|させ|する|し)")
# 「諮問第N号は、A課が、Bに、Zを提供するもの」: the giver as the subject, the recipient before the items
_GIVER = re.compile(rf"^(?P<dept>[^、。「」]{{2,20}}?{_UNIT})が、(?P<to>[^、。]+?)(?:へ|に)、"
                             r"(?P<items>[^。]+?)を(?:外部)?提供する(?:もの|こと)")
# 「X事業の受託事業者であるB法人」: the body itself, after what it is to the business
_APPOSITIVE = re.compile(r"^[^、。]+?の(?:受託事業者|受託者|委託先|指定管理者|委託事業者)である(?=.{2})")


def _held_items(held: str) -> list[tuple[str, list[str]]]:
    """(department, items) of each holder ``held`` names, in order."""
    marks = list(_HOLDER.finditer(held))
    out = []
    for mark, after in zip(marks, [*marks[1:], None], strict=False):
        items = clean_items(held[mark.end():after.start() if after else len(held)])[0]
        if len(items) >= 2 and "の" in items[0]:
            items[0] = items[0].rsplit("の", 1)[1]  # 「寄附者の氏名、住所」: the items, not whose they are
        out.append((mark.group("dept"), items))
    return out


def _numbered_flows(text: str, business: str, line: Line) -> list[Flow]:
    """The flows a result sentence naming its case states (see ``_HAND_OVER``).

    >>> from ...layout.lines import split_lines
    >>> said = "諮問第5号は、甲野課が保有する所得額及び乙野課が保有する年金額を、丙野課が手当の算定に利用するものです。"
    >>> [(f.source_department, f.recipient_department, f.items, f.reason)
    ...  for f in _numbered_flows(said, "手当事務", split_lines(said)[0])]
    [('甲野課', '丙野課', ['所得額'], '手当の算定'), ('乙野課', '丙野課', ['年金額'], '手当の算定')]
    >>> said = "諮問第6号は、甲野課が、見守り事業の受託事業者である社会福祉法人丁会に、氏名、住所を提供するものです。"
    >>> [(f.source_department, f.recipient_external, f.items) for f in _numbered_flows(said, "見守り事業",
    ...                                                                               split_lines(said)[0])]
    [('甲野課', '社会福祉法人丁会', ['氏名', '住所'])]
    >>> said = "諮問第7号は、甲野課が保有する氏名を、乙会及び丙会へ提供するもの"
    >>> [f.recipient_external for f in _numbered_flows(said, "案内事業", split_lines(said)[0])]
    ['乙会', '丙会']
    """
    numbered = _NUMBERED.match(text)
    return _each_recipient(_hand_over_flows(text[numbered.end():], business, line)) if numbered else []


def _each_recipient(flows: list[Flow]) -> list[Flow]:
    """Recipients joined by 及び (「B会及びC会に提供」) apart: one flow each."""
    out: list[Flow] = []
    for flow in flows:
        bodies = flow.recipient_external.split("及び") if flow.recipient_external else [None]
        out.extend(replace(flow, recipient_external=body, items=list(flow.items)) if len(bodies) > 1 else flow
                   for body in bodies)
    return out


def numbered_hand_over(text: str, line: Line) -> list[Flow]:
    """The flows a sentence stating one consulted hand-over names, for no business given: the work the user puts
    the data to (「A課が保有するZを、B課がX事務に利用する」), each recipient joined by 及び apart.

    >>> from ...layout.lines import split_lines
    >>> said = "甲野課が保有する氏名を、乙会及び丙会に提供し、案内を送るもの。"
    >>> [f.recipient_external for f in numbered_hand_over(said, split_lines(said)[0])]
    ['乙会', '丙会']
    """
    flows = _hand_over_flows(text, None, line)
    for flow in flows:
        if flow.reason and re.search(rf"{_WORK}$", flow.reason) and not flow.recipient_business:
            flow.recipient_business, flow.reason = flow.reason, None
    return _each_recipient(flows)


def _hand_over_flows(text: str, business: str | None, line: Line) -> list[Flow]:
    """The flows a sentence states for a case's business.

    The holder first (「A課が保有するZを、Bへ提供する」) or the giver (「A課が、Bに、Zを提供する」).
    """
    given = _GIVER.match(text)
    if given:
        items = clean_items(given.group("items"))[0]
        return [Flow(source_department=given.group("dept"), recipient_business=business,
                     recipient_external=_APPOSITIVE.sub("", given.group("to")), kind="external_provision",
                     basis="council", items=list(items), line=line.no, quote=line.quote)]
    said = _HAND_OVER.match(text)
    if not said:
        return []
    out: list[Flow] = []
    for dept, items in _held_items(said.group("held")):
        for to in _TO_WHOM.finditer(said.group("rest")):
            used = "利用" in to.group("verb") and "提供" not in to.group("verb")
            whom, reason = to.group("to"), None
            user = re.match(rf"(?P<dept>[^、。]{{2,20}}?{_UNIT})が(?P<reason>.{{2,}})$", whom) if used else None
            if user:  # 「C課がXの算定に利用する」: the user is the subject, what it serves the purpose
                whom, reason = user.group("dept"), user.group("reason")
            flow = Flow(source_department=dept, recipient_department=whom if used else None,
                        recipient_business=business, recipient_external=None if used else _APPOSITIVE.sub("", whom),
                        kind="purpose_outside_use" if used else "external_provision", basis="council",
                        items=list(items), line=line.no, quote=line.quote)
            if reason:
                flow.reason = reason
            out.append(flow)
    return out


# 「X事業では、A課が保有するZを、B課がYに利用します」: a paragraph on the case whose title opens with X
_TOPIC = re.compile(r"^(?P<topic>[^、。「」]{2,30}?)では、")
# 「Sの導入では、A課が受け付けたZを、委託先のB社が管理するサーバとオンライン結合して…」: S to the contractor
_LINKED_TO_MANAGED = re.compile(rf"^(?P<dept>[^、。「」]{{2,20}}?{_UNIT})が"
                                r"(?:[^、。を]*?(?:受け付けた|受理した|取得した|収集した|保有する))?"
                                r"(?P<items>[^、。を]+?)を、(?:委託先の|受託事業者の|受託者の)?"
                                r"(?P<ext>[^、。]{2,30}?)が(?:管理|運用|保有)する[^、。]*?と(?:オンライン)?(?:結合|接続)")
_INTRODUCED = re.compile(r"の(?:導入|更新|構築|運用|利用)(?:に伴う|に係る)?$")


def _topic_flows(text: str, cases: list[CouncilCase], business_of: list[str | None],
                 line: Line) -> tuple[CaseAt, list[Flow]] | None:
    """The case a 「Xでは、…」 paragraph is about and the flows it states (see ``_TOPIC``).

    >>> from ...layout.lines import split_lines
    >>> said = "窓口予約システムの導入では、市民窓口課が受け付けた予約情報を、委託先の株式会社丙が管理する"
    >>> said += "サーバとオンライン結合します。"
    >>> cases = [CouncilCase(title="窓口予約システムの導入について")]
    >>> at, [flow] = _topic_flows(said, cases, [None], split_lines(said)[0])
    >>> flow.source_department, flow.source_business, flow.recipient_external, flow.kind, flow.items
    ('市民窓口課', '窓口予約システム', '株式会社丙', 'online_connection', ['予約情報'])
    """
    topic = _TOPIC.match(text)
    if topic is None:
        return None
    at = next((CaseAt(index) for index, case in enumerate(cases)
               if (case.title or "").startswith(topic.group("topic"))), None)
    if at is None:
        return None
    body = text[topic.end():]
    linked = _LINKED_TO_MANAGED.match(body) if "結合" in body or "接続" in body else None
    if linked:
        items = clean_items(linked.group("items"))[0]
        system = _INTRODUCED.sub("", topic.group("topic"))
        return at, [Flow(source_department=linked.group("dept"), source_business=system,
                         recipient_external=linked.group("ext"), kind="online_connection", basis="council",
                         items=list(items), line=line.no, quote=line.quote)]
    business = business_of[at] or (topic.group("topic") if re.search(rf"{_WORK}$", topic.group("topic")) else None)
    flows = _hand_over_flows(body, business, line) if business else []
    return (at, flows) if flows else None


# 「実施機関より、A課がX事務で保有するZを、…へ提供するものである旨の説明を行なった」: the body that brings the
# cases explains each; clauses 「諮問第N号は…もの、諮問第M号は…もの」 one a case.
_EXPLAINED_BY = re.compile(r"^(?:実施機関|事務局|[^、。「」]{2,20}?(?:課|室|局))(?:より|から)、(?P<body>[^。]+?)"
                           r"(?:ものである|ものとする|である)?旨の説明")
_CLAUSE = re.compile(r"(?:^|、)諮問第\s*(?P<no>\d+)\s*号は、?")
_SERVER_LINK = re.compile(rf"^(?P<dept>[^、。「」]{{2,20}}?{_UNIT})が(?P<biz>[^、。「」]{{2,20}}?{_WORK})において、?"
                          r"(?P<sys>[^、。と]{1,20}?システム)と(?P<srv>[^、。]{2,30}?のサーバ)を(?:オンライン)?結合し、"
                          r"(?P<items>[^。]+?)を(?:[^、。を]{2,20}?(?:に|へ))?提供する")
_HELD_IN = re.compile(rf"^(?P<dept>[^、。「」]{{2,20}}?{_UNIT})が(?P<biz>[^、。「」]{{2,20}}?{_WORK})で保有する"
                      r"(?P<items>[^。]+?)を、(?P<rest>[^。]+?)(?:もの)?$")
_USED_BY = re.compile(rf"(?:^|、)(?P<dept>[^、。「」]{{2,20}}?{_UNIT})が(?P<biz>[^、。「」]{{2,20}}?{_WORK})に"
                      r"(?:目的外)?利用")
_GIVEN_TO = re.compile(r"(?:^|、|を、?)(?:(?P<rbiz>[^、。を]{2,30}?)を委託する)?(?P<to>[^、。をにへ]{2,20}?)(?:へ|に)"
                       r"(?:外部)?提供")
# 「A課のX事務において、…を確かめるため、Bから本人以外の収集を行う」
_COLLECTED_FOR = re.compile(rf"^(?P<dept>[^、。「」]{{2,20}}?{_UNIT})の(?P<biz>[^、。「」]{{2,20}}?{_WORK})において、"
                            r"(?:(?P<reason>[^。]+?ため)、)?(?P<src>[^、。]{2,20}?)から本人以外(?:から)?の収集を行")
_CHECKED = re.compile(r"(?:[^、。を]+?の)?(?P<items>[^、。を]+?)を(?:確かめる|確認する|把握する|調べる)ため")
_BRACKETED = re.compile(r"[(（](?P<items>[^()（）]+)[)）]$")


def _clause_items(said: str) -> list[str]:
    """The items of 「要介護認定情報(氏名、住所、要介護度)」 are the bracketed ones; 「甲及び乙の丙・丁」 split."""
    bracketed = _BRACKETED.search(said)
    if bracketed:
        return clean_items(bracketed.group("items"))[0]
    # 「所有者の氏名・住所」: whose they are is no item
    said = re.sub(r"(?:(?<=及び)|(?<=、)|^)[^、。及]{1,12}?の(?=[^、。の・]+・)", "", said)
    return clean_items(said.replace("・", "、"))[0]


def _explained_clause_flows(said: str, line: Line) -> list[Flow]:
    """The flows one clause of an explanation states: a link to another's server, or what a holder's work hands over.

    >>> from ...layout.lines import split_lines
    >>> line = split_lines("x")[0]
    >>> [(f.source_business, f.recipient_external, f.kind, f.items) for f in _explained_clause_flows(
    ...     "収税課が軽自動車税事務において税務システムと検査団体のサーバをオンライン結合し、車両番号を提供するもの",
    ...     line)]
    [('軽自動車税事務', '検査団体のサーバ', 'online_connection', ['車両番号'])]
    >>> said = "福祉課が手帳事務で保有する氏名、住所を、防災課が避難支援事務に利用するとともに、"
    >>> said += "同じ情報を消防本部へ提供する"
    >>> [(f.recipient_department, f.recipient_business, f.recipient_external, f.kind)
    ...  for f in _explained_clause_flows(said, line)]
    [('防災課', '避難支援事務', None, 'purpose_outside_use'), (None, None, '消防本部', 'external_provision')]
    """
    collected = _COLLECTED_FOR.match(said)
    if collected:
        reason = collected.group("reason")
        what = _CHECKED.search(reason or "")
        return [Flow(source_external=collected.group("src"), recipient_department=collected.group("dept"),
                     recipient_business=collected.group("biz"), kind="collection_from_others", basis="council",
                     items=[what.group("items")] if what else [], reason=reason, line=line.no, quote=line.quote)]
    linked = _SERVER_LINK.match(said)
    if linked:
        return [Flow(source_department=linked.group("dept"), source_business=linked.group("biz"),
                     recipient_external=linked.group("srv"), kind="online_connection", basis="council",
                     items=_clause_items(linked.group("items")), line=line.no, quote=line.quote)]
    held = _HELD_IN.match(said)
    if not held:
        return []
    items = _clause_items(held.group("items"))
    out: list[Flow] = []
    for part in re.split(r"とともに、|し、", held.group("rest")):
        used = _USED_BY.search(part)
        given = None if used else _GIVEN_TO.search(part)
        if used:
            out.append(Flow(source_department=held.group("dept"), source_business=held.group("biz"),
                            recipient_department=used.group("dept"), recipient_business=used.group("biz"),
                            kind="purpose_outside_use", basis="council", items=list(items), line=line.no,
                            quote=line.quote))
        elif given and not given.group("to").startswith("同じ"):
            out.append(Flow(source_department=held.group("dept"), source_business=held.group("biz"),
                            recipient_business=given.group("rbiz"), recipient_external=given.group("to"),
                            kind="external_provision", basis="council", items=list(items), line=line.no,
                            quote=line.quote))
    return out


def _explained_by_body(text: str, line: Line) -> list[tuple[str | None, list[Flow]]]:
    """Each clause of an explanation the executing body gives, with the case number it names (see ``_EXPLAINED_BY``)."""
    said = _EXPLAINED_BY.match(text) if "旨の説明" in text else None
    if said is None:
        return []
    body = said.group("body")
    marks = list(_CLAUSE.finditer(body))
    if not marks:
        flows = _explained_clause_flows(body, line)
        return [(None, flows)] if flows else []
    out = []
    for mark, after in zip(marks, [*marks[1:], None], strict=False):
        clause = body[mark.end():after.start() if after else len(body)]
        flows = _explained_clause_flows(re.sub(r"もの(?:である)?$", "", clause), line)
        if flows:
            out.append((mark.group("no"), flows))
    return out


def _decided_below(lines: list[Line], index: int) -> str | None:
    """The decision stated after an explanation (「審議の結果、…承認された」), before the next one."""
    for below in lines[index + 1:index + 16]:
        if _EXPLAINED_BY.match(below.text.strip()):
            return None
        if "結果" in below.text and (decision := decision_of(below.text)):
            return decision
    return None


# A summary of a numbered case's explanation: 「A課より、X事務において、本人以外のB及びCからZを収集することについて
# 説明があった」 under 「(4)諮問第N号」: one collection per supplier, for the case.
_COLLECTED = re.compile(rf"^(?P<dept>[^、。「」]{{2,20}}?{_UNIT})(?:より|から)、(?P<biz>[^、。]+?{_WORK})において、"
                        r"本人以外の(?P<srcs>[^。を]+?)から(?P<items>[^。]+?)を収集する")


def _collected_flows(text: str, line: Line) -> list[Flow]:
    said = _COLLECTED.match(text)
    if not said:
        return []
    items = clean_items(said.group("items"))[0]
    return [Flow(source_external=source, recipient_department=said.group("dept"), recipient_business=said.group("biz"),
                 kind="collection_from_others", basis="council", items=list(items), line=line.no, quote=line.quote)
            for source in re.split(r"及び|並びに|、", said.group("srcs")) if source]


# 「(実施機関より、)X業務を委託するに当たり、受託事業者のサーバとA課のSシステムをオンライン結合する」: S to the
# contractor of X.
_LINKED_ON_ENTRUSTING = re.compile(
    rf"(?:^|、)(?P<rbiz>[^、。を]+?{_WORK})を委託する(?:に当たり|にあたり|に際し)、(?P<ext>受託事業者|受託者|委託先)の"
    rf"[^、。と]{{1,15}}と(?P<dept>[^、。の]{{2,20}}?{_UNIT})の(?P<sys>[^、。を]+?システム)を(?:オンライン)?(?:結合|接続)")


def _case_explained_flows(text: str, line: Line) -> list[Flow]:
    """What an explanation summarised under a case's heading states: collections, or a link for a contractor."""
    linked = _LINKED_ON_ENTRUSTING.search(text) if "委託" in text else None
    if linked:
        return [Flow(source_department=linked.group("dept"), source_business=linked.group("sys"),
                     recipient_business=linked.group("rbiz"), recipient_external=linked.group("ext"),
                     kind="online_connection", basis="council", line=line.no, quote=line.quote)]
    return _collected_flows(text, line) if "本人以外" in text else []


def _number_above(lines: list[Line], index: int) -> str | None:
    """The case number of a heading a few lines above (「(4)諮問第38号」)."""
    for back in range(index - 1, max(-1, index - 4), -1):
        if len(lines[back].text) <= 30 and (number := _case_number(lines[back].text)):
            return number
    return None


_TOGETHER = re.compile(r"諮問第\s*\d+\s*号(?:\s*(?:及び|並びに|と|、|,|・)\s*(?:諮問)?第\s*\d+\s*号)+")


def _decided_together(sentence: str) -> list[str]:
    """The numbers of the cases a sentence names together (「諮問第4号及び第5号」), when it names two or more."""
    joined = _TOGETHER.search(sentence)
    return re.findall(r"第\s*(\d+)\s*号", joined.group(0)) if joined else []


def _case_number(text: str) -> str | None:
    match = re.search(r"諮問第\s*(\d+)\s*号", text)
    return match.group(1) if match else None


def explained_flows(lines: list[Line], cases: list[CouncilCase], title_flows: list[Flow], consumed: set[int]) -> tuple[
        list[Flow], set[str], set[int], list[Restate | Fill]]:
    """Flows stated by explanations in minutes, the tokens of title flows they replace, the lines read, and the cases
    restated: each states the explained flows instead of its title's (and, citing no article, the first one's)."""
    if not cases:
        return [], set(), set(), []
    by_line = {line.no: line for line in lines}
    case_of: dict[str, CaseAt] = {}
    for at, case in enumerate(cases):
        number = _case_number(by_line[case.line].text) if case.line in by_line else None
        above = by_line.get((case.line or 0) - 1)
        if number is None and above is not None and len(above.text) <= 30:  # 「• 諮問第67号(課)」 over the title
            number = _case_number(above.text)
        if number:
            case_of.setdefault(number, CaseAt(at))
    tokens = set(claim_ids(title_flows, "council"))
    by_token = dict(zip(claim_ids(title_flows, "council"), title_flows, strict=True))
    out: list[Flow] = []
    replaced: set[str] = set()
    read: set[int] = set()
    amendments: list[Restate | Fill] = []
    flow_ids = [list(case.flow_ids) for case in cases]  # each case's flows, as restated so far
    cited = [bool(case.articles) for case in cases]

    def restate(at: CaseAt, stated: list[str]) -> None:
        dropped = frozenset(token for token in flow_ids[at] if token in tokens)
        replaced.update(dropped)
        flow_ids[at] = [token for token in flow_ids[at] if token not in tokens] + stated
        amendments.append(Restate(at, tuple(stated), dropped))

    explained_cases: set[int] = set()
    told_here: list[CaseAt] = []
    discussing: tuple[CaseAt, str, str] | None = None  # the item a summary is about: its department, business
    for index, line in enumerate(lines):
        if line.no in consumed or line.cells:
            continue
        spoken_line = _SPEAKER.match(line.text) is not None
        if not spoken_line and "委託" in line.text:
            entrusted = _entrusted_flow(lines, index)
            case = _case_above(lines, index, cases) if entrusted else None
            if case is not None:  # the answer states the flow its subject only names
                read.add(line.no)
                out.append(entrusted)
                restate(case, [claim_id(entrusted, "explained")])
                continue
        speaker = lines[index - 1].text.strip() if index and "システム" in line.text else ""
        spoken = (_spoken_link(line.text.strip(), speaker, line)
                  if speaker and len(speaker) <= 20 and is_department(speaker) else None)
        if spoken is not None:  # a department's explanation under its name, in a flattened speaker table
            read.add(line.no)
            out.append(spoken)
            case = _taken_up(lines, index, cases)
            case = case if case is not None else _same_business(spoken, flow_ids, by_token)
            if case is not None:  # the chair called the item (「議題(2)について…説明を」): its title flows give way
                restate(case, [claim_id(spoken, "explained")])
            continue
        discussed = _ITEM_DISCUSSED.match(line.text) if "議題" in line.text else None
        if discussed or (line.text.lstrip().startswith("あわせて") and discussing is not None):
            brought = _BROUGHT_BY.match(line.text)
            if discussed:
                case = _item_of(discussed.group(1), lines, cases)
                titled = [by_token[token] for token in flow_ids[case] if token in by_token] if case is not None else []
                business = next((flow.recipient_business for flow in titled if flow.kind == "purpose_outside_use"),
                                None)
                found = case is not None and brought and business
                discussing = (case, brought.group("dept"), business) if found else None
            used = _held_use(line.text, discussing[1], discussing[2], line) if discussing is not None else None
            if used is not None:  # the summary states the use the title only names
                read.add(line.no)
                out.append(used)
                kept = [token for token in flow_ids[discussing[0]] if token not in tokens]
                restate(discussing[0], [*kept, claim_id(used, "explained")] if kept else [claim_id(used, "explained")])
                continue
        elif not line.blank:
            discussing = None
        number = _case_number(line.text[:12]) if line.text.startswith("諮問第") else None
        if number in case_of:
            titled = [by_token[token] for token in flow_ids[case_of[number]] if token in by_token]
            business = next((flow.recipient_business for flow in titled if flow.recipient_business), None)
            numbered = _numbered_flows(line.text.strip(), business, line) if business else []
            if numbered:  # the result states the flows its case's title only names
                read.add(line.no)
                out.extend(numbered)
                restate(case_of[number], claim_ids(numbered, "explained"))
                continue
        explained = _explained_by_body(line.text.strip(), line) if "旨の説明" in line.text else []
        if explained:  # the body bringing the cases explains them: each clause to its case, by number or department
            read.add(line.no)
            for number, flows in explained:
                out.extend(flows)
                at = case_of.get(number) if number else None
                if at is None:
                    departments = {flow.source_department or flow.recipient_department for flow in flows} - {None}
                    at = next((CaseAt(index) for index, case in enumerate(cases) if not explained_cases & {index}
                               and any(dept in (case.title or "") + (by_line[case.line].text if case.line in by_line
                                                                      else "") for dept in departments)), None)
                if at is not None:
                    explained_cases.add(at)
                    restate(at, claim_ids(flows, "explained"))
                    told_here.append(at)
            decision = _decided_below(lines, index)
            amendments.extend(Decide(at, decision) for at in told_here if decision and cases[at].decision == "unknown")
            told_here.clear()
            continue
        told = _topic_flows(line.text.strip(), cases, [
            next((by_token[token].recipient_business for token in ids if token in by_token
                  and by_token[token].recipient_business), None) for ids in flow_ids], line
        ) if "では、" in line.text and _TOPIC.match(line.text.strip()) else None  # only a line opening with a topic
        if told is not None:  # a paragraph on the case its title opens with states the flows the title only names
            read.add(line.no)
            out.extend(told[1])
            restate(told[0], claim_ids(told[1], "explained"))
            continue
        collected = (_case_explained_flows(line.text.strip(), line) if "委託" in line.text or "本人以外" in line.text
                     else [])
        number = _number_above(lines, index) if collected else None
        if number in case_of:  # the explanation under the case's heading states its collections
            read.add(line.no)
            out.extend(collected)
            restate(case_of[number], claim_ids(collected, "explained"))
            continue
        if not spoken_line:
            consulted = _consulted_flows(line.text.strip(), line.no, line.quote) if "諮問" in line.text else []
            case = _titled_case(lines, index, cases) if consulted else None
            if case is not None:  # the explanation states the flows the title only names
                read.add(line.no)
                out.extend(consulted)
                restate(case, claim_ids(consulted, "explained"))
            continue
        text = line.text
        if text.endswith("、") and index + 1 < len(lines) and not lines[index + 1].blank:
            text += lines[index + 1].text  # a sentence broken after its 「、」
        found = _sentence_flows(text, line.no, line.quote)
        if not found:
            continue
        read.add(line.no)
        out.extend(found)
        number = _case_number(text.split("、")[0])
        case = case_of.get(number) if number else None
        if case is not None:
            restate(case, claim_ids(found, "explained"))
            articles = tuple(flow.basis_text for flow in found[:1] if flow.basis == "council" and flow.basis_text)
            if not cited[case] and articles:
                cited[case] = True
                amendments.append(Fill(case, "articles", articles))
    return out, replaced, read, amendments


def decided_in_minutes(lines: list[Line], cases: list[CouncilCase]) -> list[Decide]:
    """Decisions the record of a meeting states after a numbered case's agenda line, for cases still undecided, in
    the order stated (applied in that order, the last one stated for a case wins).

    A decision (「異議なしと認め、諮問第N号は承認とします」, 「（審議結果）諮問第N号　原案のとおり承認された」)
    belongs to the case last named by its number.

    >>> from ...layout.lines import split_lines
    >>> decided_in_minutes(split_lines("諮問第1号 A事業について\\n諮問第1号は承認とします。"),
    ...                    [CouncilCase(title="A事業について", line=1)])
    [Decide(case=0, decision='approved')]
    """
    by_line = {line.no: line for line in lines}
    open_cases: dict[str, CaseAt] = {}
    for at, case in enumerate(cases):
        number = (_number_before(by_line[case.line].text, case.title)
                  if case.decision == "unknown" and case.line in by_line else None)
        if number:
            open_cases.setdefault(number, CaseAt(at))
    if not open_cases:
        open_cases = _numbered_in_order(lines, cases)
    if not open_cases:
        return []
    start = min(cases[at].line for at in open_cases.values())
    current: str | None = None
    decided: list[Decide] = []
    for index, line in enumerate(lines):
        if line.no <= start or line.cells:
            continue
        below = next((other.text.strip() for other in lines[index + 1:index + 3] if other.text.strip()), "")
        assent = below if _ASSENT_BELOW.match(below) else ""  # the members' 「(異議なし)」 under the chair's question
        sentences = _SENTENCES.findall(line.text)
        for number, sentence in enumerate(sentences):  # 「諮問第1号は承認とします。次に諮問第2号,…」
            named = _case_number(sentence)
            current = named or current
            said = sentence + assent if number == len(sentences) - 1 else sentence
            together = [named for named in _decided_together(sentence) if named in open_cases]
            if together:  # 「諮問第4号及び諮問第5号について、いずれも原案のとおり了承」: each case named
                decision = decision_of(said)
                decided += [Decide(open_cases[named], decision) for named in together
                            if decision and cases[open_cases[named]].line != line.no]
                current = together[-1]
                continue
            decision = decision_of(said) if current in open_cases else None
            if decision and current and cases[open_cases[current]].line != line.no:
                decided.append(Decide(open_cases[current], decision))
    return decided


_SENTENCES = re.compile(r"[^。]+。?")
_ASSENT_BELOW = re.compile(r"^[(（]「?(?:異議なし|異議無し)")


def _number_before(text: str, title: str) -> str | None:
    """The 諮問第N号 nearest before ``title`` on its line (an agenda of several on one line), else the first."""
    flat = compact(text)
    at = flat.find(compact(title)[:12])
    numbers = [match for match in re.finditer(r"諮問第(\d+)号", flat) if at < 0 or match.start() < at]
    return numbers[-1].group(1) if numbers else _case_number(text)


def _numbered_in_order(lines: list[Line], cases: list[CouncilCase]) -> dict[str, CaseAt]:
    """An agenda that numbers none of its cases, discussed below by number (「諮問第21号について…」): the numbers
    the minutes name, in the order first named, are the cases' in the agenda's order, when there are as many."""
    if not cases or any(not case.line for case in cases):
        return {}
    last = max(case.line for case in cases)
    named: list[str] = []
    for line in lines:
        number = _case_number(line.text) if line.no > last and "諮問" in line.text else None
        if number and number not in named:
            named.append(number)
    ordered = sorted(range(len(cases)), key=lambda at: cases[at].line or 0)
    if len(named) != len(ordered):
        return {}
    return {number: CaseAt(at) for number, at in zip(named, ordered, strict=True) if cases[at].decision == "unknown"}
