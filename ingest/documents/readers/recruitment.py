"""A page about the recruitment list for the Self-Defense Forces: the one provision it is about, however told.

Every municipality is asked each year (自衛隊法施行令第120条) for the names and addresses of those turning 18 or
22, and its pages — notices, 要綱, answers in the assembly, news — all tell the same hand-over: the municipality's
resident register (住民基本台帳) to the body that asked (自衛隊〇〇地方協力本部, 防衛大臣, or 自衛隊). Their
sentences break over lines, name the body a line above the verb (「…本部からの依頼に基づき、…同本部に提供」) or
put it in a quotation. The shaped readers read the common sentences; this one, after the flow readers, gives a
page about recruitment its flow when no reader read one whole (a half-read one, without its source or with a
clause in the body's name, it replaces): from the line that tells the hand-over most surely, to the body named
most precisely there. Two things the shaped readers leave half told it completes as well: a provision whose items
are the list itself (「…抽出した名簿」) takes the data the page lists on a line of its own, and the forces' earlier
inspection of the register told beside the list (「…までは…閲覧により行っていましたが」) is a flow of its own. When
the forces' staff copy the register now (「広報官が…住民基本台帳から…を書き写している」), that inspection is the
provision from the register, and a hand-over told apart without its source (another town's labels) stays as read.

>>> from ..layout.page import page_of
>>> page = page_of("自衛官募集について\\n自衛隊北浜地方協力本部から\\n\\n"
...                "の依頼に基づき、住民基本台帳から抽出した方の\\n氏名及び住所を、紙媒体により提供しています。")
>>> [(f.source_business, f.recipient_external, f.items, f.line) for f in read(page, Readings()).flows]
[('住民基本台帳', '自衛隊北浜地方協力本部', ['氏名', '住所'], 5)]
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...normalize import DATE_SINCE
from ...records import Flow
from ..layout.lines import Line
from ..layout.page import Page
from ..model import claim_id
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date

__all__ = ["READER", "recruitment_flow"]

_FORCES = re.compile(r"自衛隊|防衛大臣|防衛省|地方協力本部")
# The bodies, most precise first: an office of the forces (its head too), the minister, the forces.
_OFFICE = re.compile(r"自衛隊[一-龥ァ-ヶー々ぁ-ん]{0,8}?地方協力本部(?:長)?")
_MINISTER = re.compile(r"防衛大臣")
_HANDS_OVER = re.compile(r"提供|提出|お?渡し|渡して|閲覧")
_NOT_DONE = re.compile(r"(?:提供|提出|渡|閲覧)[^。、]{0,6}?(?:ません|ない|しない|せず)")
# 「…本部に提供」「防衛大臣へ提出する」: the body the verb hands to, named right before it
_HANDED_TO = re.compile(r"(?P<body>自衛隊[一-龥ァ-ヶー々ぁ-ん]{0,8}?地方協力本部(?:長)?|防衛大臣|自衛隊)"
                        r"(?:に|へ)(?:対し(?:て)?)?、?[^。]{0,40}?(?:提供|提出|お?渡し|渡して)")
# 「住民基本台帳から抽出」「住民基本台帳の閲覧」: the register the data come from (the name of its law does not say so)
_REGISTER = re.compile(r"住民基本台帳(?:から|をもとに|を基に|のデータ|の情報|情報|より|に記録|に登録|の閲覧)")
# 「町民課の窓口で住民基本台帳を閲覧」: the department keeping the register
_KEEPS_REGISTER = re.compile(r"(?P<dept>[一-龥ァ-ヶー]{1,10}?(?:課|係|室))の窓口で住民基本台帳")
# 「…を、市民課から紙媒体で提供」「町民課が「氏名」…を提供」: the department handing the data over
_HOLDER = re.compile(r"(?P<dept>[一-龥ァ-ヶー]{1,10}?(?:課|係|室))(?:から|より|が)(?![^、。]{0,10}?依頼)")
# The hand-over done, not asked for (「提供依頼」「提出を求める」) nor a heading's noun
_DONE = re.compile(r"(?:提供|提出|お?渡し)(?:して|し、|する|します|した|しており|されて|するものとする)"
                   r"|(?:提供|提出)を行(?:い|う|っ)|お?渡して|閲覧を(?:認め|行)")
# 「令和6年5月16日から提供を行います」: the date the provision starts, told right before the verb
_STARTS = re.compile(DATE_SINCE.pattern + r"、?[^、。]{0,8}?(?:提供|提出|お?渡)")
# 「自衛隊法施行令(昭和29年…)第120条に基づくもの」: the article the line itself or the page cites, before the act
_ARTICLE = re.compile(r"自衛隊法施行令(?:[(（][^()（）]{1,20}[)）])?第\s*(?:120|百二十)\s*条")
# 「自己の情報の提供を望まない旨」: a person's wish, not a hand-over left undone
_WISH = re.compile(r"(?:を|は)?(?:望ま|希望し|求め)ない")
# 「除外申請書を市民課に提出する」: a form handed to the municipality, not data handed to the forces
_FILED = re.compile(r"(?:課|係|室|市長|町長|村長)(?:に|へ|あて)[^。、]{0,6}?提出")
_ITEM = re.compile(r"氏名|住所|生年月日|出生の年月日|性別|男女の別")
_LAW = re.compile(r"自衛隊法|施行令第\s*120\s*条|施行令第百二十条")
# 「令和3年度までは自衛隊職員による住民基本台帳の一部の写しの閲覧により行っていましたが」: the way it was done before,
# an inspection of the register by the forces — a provision of its own, told beside the current one
_INSPECTED = re.compile(r"(?P<body>[^、。]{2,30}?)による(?P<what>住民基本台帳(?:の一部)?の写し|住民基本台帳)の閲覧"
                        r"(?:により|によって|で)(?:行って|実施して|行われて)")
# 「自衛隊の職員が各区役所で住民基本台帳の一部の写しを閲覧し、氏名、住所…を書き写していた」: the forces inspecting
# the register, told with the forces as the subject; the data they copied follow the verb
_INSPECTING = re.compile(r"(?P<body>[^、。]{0,20}?(?:自衛隊|地方協力本部|防衛省)[^、。が]{0,10}?)が[^、。]{0,15}?"
                         r"(?P<what>住民基本台帳(?:の一部)?の写し|住民基本台帳)を閲覧(?:し|して|した|していた|する)"
                         r"(?P<rest>[^。]*)")
# 「出張所の広報官が各市町村の役場に出向き、住民基本台帳から…氏名、住所…を書き写している」: the forces' staff copying
# from the register — an inspection of it, the data copied told before the verb
_COPYING = re.compile(r"(?P<body>[^、。]{0,20}?(?:自衛隊|地方協力本部|防衛省|広報官)[^、。が]{0,10}?)が[^。]{0,30}?"
                      r"(?P<what>住民基本台帳(?:の一部)?(?:の写し)?)(?:から|を閲覧し、?)(?P<rest>[^。]*?)を書き写"
                      r"(?:す|し|して)")
# 「令和元年度までは…閲覧し…書き写していました」: the way it was done before, not the practice now
_BEFORE = re.compile(r"までは|ていました|ておりました|ていた|でした")
_DOES_IT = re.compile(r"(?:提供に(?:係る|関する)|前条の|前項の)事務は、?(?P<dept>[一-龥ァ-ヶー]{1,12}?(?:課|係|室))"
                      r"(?:が|において)(?:行う|行います|担当する|所管する|所掌する|処理する)")
# 「…抽出した名簿」「対象者情報」: the list named, not its data (told on a line of its own)
_LIST_NOUN = re.compile(r"(?:名簿|対象者情報|情報|データ)$")
# 「令和2年度から、…を提供してきましたが、令和6年度からは、…「氏名」「住所」に限り」: the phases of the provision
_PHASE = re.compile(r"(?:(?:令和|平成)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年度?(?:から|より)")
_WINDOW = 3  # lines above the verb that may name the body (a PDF breaks a sentence over blank lines)


def _above(lines: list[Line], index: int) -> list[Line]:
    """The line and the non-blank lines just above it, nearest last."""
    out: list[Line] = []
    for line in reversed(lines[:index]):
        if len(out) == _WINDOW:
            break
        if not line.blank:
            out.append(line)
    return [*reversed(out), lines[index]]


def _body(window: list[Line]) -> str | None:
    """The body the data goes to: the one named before the verb, else the one the verb's line names, else the most
    precise named above it."""
    handed = list(_HANDED_TO.finditer("".join(line.text for line in window)))
    office = _OFFICE.findall(window[-1].text)
    if handed and not (office and handed[-1].group("body") == "自衛隊"):  # the office the line names is more precise
        return handed[-1].group("body")
    for text in (window[-1].text, "".join(line.text for line in window[:-1])):
        for pattern in (_OFFICE, _MINISTER):
            found = pattern.findall(text)
            if found:
                return found[-1]
        if "自衛隊" in text:
            return "自衛隊"
    return None


def _weight(window: list[Line]) -> int:
    """How surely a line tells the hand-over: the body named before the verb, an office named, the data listed."""
    text = "".join(line.text for line in window)
    return (4 * bool(_HANDED_TO.search(text)) + 2 * bool(_DONE.search(window[-1].text))
            + bool(_OFFICE.search(text)))


def recruitment_flow(page: Page) -> Flow | None:
    """The page's provision to the forces, on the line that tells it most surely (the first of equals): a line
    handing data over with the forces named on it or just above."""
    lines = page.lines
    best: tuple[int, int] | None = None
    for index, line in enumerate(lines):
        if (line.blank or line.cells or not _HANDS_OVER.search(line.text) or _NOT_DONE.search(_WISH.sub("", line.text))
                or (_FILED.search(line.text) and not _FORCES.search(line.text))):
            continue
        window = _above(lines, index)
        if any(_FORCES.search(above.text) for above in window) and _body(window):
            weight = _weight(window)
            if best is None or weight > best[0]:
                best = (weight, index)
    if best is None:
        return None
    line, window = lines[best[1]], _above(lines, best[1])
    text = "".join(above.text for above in window)
    cited = _ARTICLE.search(line.text) or next(
        (found for found in (_ARTICLE.search(page_line.text) for page_line in lines) if found), None)
    law = cited.group(0) if cited else next(
        (found.group(0) for found in (_LAW.search(page_line.text) for page_line in lines) if found), None)
    starts = _STARTS.search(line.text)
    holder = _HOLDER.search(line.text)
    keeps = {found.group("dept") for page_line in lines for found in _KEEPS_REGISTER.finditer(page_line.text)}
    from_register = any(_REGISTER.search(page_line.text) for page_line in lines) or bool(
        holder and holder.group("dept") in keeps)  # the department keeping the register hands its data over
    return Flow(source_business="住民基本台帳" if from_register else None,
                source_department=holder.group("dept") if holder else None,
                recipient_external=_body(window), kind="external_provision", basis="law" if law else "unknown",
                basis_text=law, items=_items_now(line.text) or list(dict.fromkeys(_ITEM.findall(text))),
                line=line.no, quote=line.quote,
                start_date=safe_date(starts.group(1), line.no, []) if starts else None)


def _items_now(text: str) -> list[str]:
    """The items of the latest phase a line tells of a provision that changed over the years ([] when one phase).

    >>> _items_now("令和2年度から氏名、住所、性別を提供してきましたが、令和5年度からは氏名と住所に限っています")
    ['氏名', '住所']
    """
    phases = list(_PHASE.finditer(text))
    return list(dict.fromkeys(_ITEM.findall(text[phases[-1].start():]))) if len(phases) >= 2 else []


def _told_whole(flow: Flow) -> bool:
    """A flow to the forces with both ends read cleanly (no clause nor half a bracket left in a name)."""
    recipient = flow.recipient_external or flow.recipient_business or flow.recipient_department or ""
    source = flow.source_business or flow.source_department or flow.source_external
    return bool(source) and all("、" not in name and len(name) <= 25 and _balanced(name)
                                for name in (source, recipient))


def _clean_recipient(flow: Flow) -> bool:
    recipient = flow.recipient_external or flow.recipient_business or flow.recipient_department or ""
    return bool(recipient) and "、" not in recipient and len(recipient) <= 25 and _balanced(recipient)


def _balanced(name: str) -> bool:
    return name.count("(") + name.count("（") == name.count(")") + name.count("）")


def _listed_items(page: Page) -> tuple[list[str], Line | None]:
    """The data the page lists for the provision: the first line naming at least two of the usual items."""
    for line in page.lines:
        found = list(dict.fromkeys(_ITEM.findall(line.text)))
        if len(found) >= 2 and not line.cells:
            return found, line
    return [], None


def _doing_department(page: Page) -> str | None:
    """「前項の提供に係る事務は、住民生活課が行う」: the department a 要綱 gives the provision's work to."""
    for line in page.lines_with("事務"):
        found = _DOES_IT.search(line.text)
        if found:
            return found.group("dept")
    return None


def _inspections(page: Page, earlier: list[Flow]) -> list[Flow]:
    """The inspections of the register by the forces a line tells as the way it was done before (one a line)."""
    flows: list[Flow] = []
    for line in page.lines_with("閲覧"):
        told = _INSPECTED.search(line.text) or _INSPECTING.search(line.text) or _COPYING.search(line.text)
        staff = told is not None and told.re is _COPYING  # 「広報官」: the forces' own staff
        if told is None or not (staff or _FORCES.search(told.group("body"))) or _NOT_DONE.search(line.text):
            continue
        copied = list(dict.fromkeys(_ITEM.findall(told.group("rest")))) if told.re is not _INSPECTED else []
        if told.re is not _INSPECTED and not copied:
            continue  # 「…を閲覧し、必要な事項を書き写していた」: the way the same provision was made before, no data
        items = copied or [told.group("what")]
        if any(flow.line == line.no and flow.items in ([told.group("what")], items) for flow in earlier):
            continue
        office = _OFFICE.search(told.group("body")) or _MINISTER.search(told.group("body"))
        offices = {found for page_line in page.lines for found in _OFFICE.findall(page_line.text)}
        body = office.group(0) if office else next(iter(offices)) if staff and len(offices) == 1 else "自衛隊"
        cited = _LAW.search(line.text) if staff else None  # 「台帳の閲覧は、自衛隊法施行令に基づく…」
        flows.append(Flow(source_business="住民基本台帳", recipient_external=body, kind="external_provision",
                          basis="law" if cited else "unknown", basis_text=cited.group(0) if cited else None,
                          items=items, line=line.no, quote=line.quote))
    return flows


def _with_listed_items(earlier: list[Flow], page: Page) -> Reading:
    """The flows to the forces read whole but with the list itself for items (「…抽出した名簿」) or none, given the
    data the page lists on a line of its own (and the department a 要綱 gives the work to)."""
    listed, told_on = _listed_items(page)
    vague = [flow for flow in earlier if not flow.items or (len(flow.items) == 1 and _LIST_NOUN.search(flow.items[0])
                                                            and not _ITEM.search(flow.items[0]))]
    if not listed or not vague or told_on is None:
        return Reading()
    doing = _doing_department(page)
    return Reading(flows=[replace(flow, id="", items=list(listed), evidence=list(flow.evidence),
                                  source_department=flow.source_department or doing) for flow in vague],
                   withdrawn={claim_id(flow, "recruitment") for flow in vague}, claimed={told_on.no})


# 「自衛隊法や市の条例に反しない」「自衛隊法施行令第120条に基づき」: the act the provision is said to rest on (an act
# merely quoted, 「…できるとしている自衛隊法第97条」, is not its ground)
_COMPLIES = re.compile(r"(?P<law>自衛隊法(?:施行令)?(?:第\s*\d+\s*条(?:第\s*\d+\s*項)?)?)[^、。]{0,30}?"
                       r"に(?:反しない|違反しない|抵触しない|基づ|より|従)")


def _completed(earlier: list[Flow], page: Page) -> Reading:
    """The flows to the forces this reader cannot replace (no register nor department told), completed: one whose
    items name none of the usual data (「…市長は9日」, a clause) takes those the page lists on a line of its own
    (「名簿には氏名、住所…が載っている」), one of unknown ground the act the page cites (「自衛隊法…に反しない」)."""
    listed, _ = _listed_items(page)
    law = next((found.group("law") for found in (_COMPLIES.search(line.text) for line in page.lines) if found), None)
    completed: list[Flow] = []
    withdrawn: set[str] = set()
    for flow in earlier:
        vague = bool(listed) and not any(_ITEM.search(item) for item in flow.items)
        grounded = bool(law) and flow.basis == "unknown"
        if not (vague or grounded):
            continue
        completed.append(replace(flow, id="", items=list(listed) if vague else list(flow.items),
                                 evidence=list(flow.evidence), basis="law" if grounded else flow.basis,
                                 basis_text=law if grounded else flow.basis_text))
        withdrawn.add(claim_id(flow, "recruitment"))  # an id of its own, so that only this flow is withdrawn
    return Reading(flows=completed, withdrawn=withdrawn)


def read(page: Page, readings: Readings) -> Reading:
    """The recruitment provision of a page about 自衛官 recruitment, when no reader before read it whole; the
    half-read flows to the forces it then replaces; an inspection by the forces told as the earlier way."""
    if not (page.has("自衛") and page.has("募集")):
        return Reading()
    earlier = [flow for flow in readings.flows if _FORCES.search(flow.recipient_external or flow.recipient_business
                                                                 or flow.recipient_department or "")]
    inspections = _inspections(page, readings.flows)
    if any(_told_whole(flow) for flow in earlier):
        reading = _with_listed_items([flow for flow in earlier if _told_whole(flow)], page)
        reading.flows.extend(inspections)
        return reading
    current = [seen for seen in inspections if not _BEFORE.search(seen.quote or "")]
    if current and earlier and all(_clean_recipient(half) and half.line not in {seen.line for seen in current}
                                   for half in earlier):
        # the forces inspect the register themselves now; a hand-over told apart, its source unnamed, is another act
        return Reading(flows=current)
    flow = recruitment_flow(page)
    if flow is None or (earlier and not (flow.source_business or flow.source_department)):
        return _completed(earlier, page)
    for half in earlier:  # what the half-read flow had that the window above the verb does not tell
        flow.items = flow.items or list(half.items)
        flow.basis_text = flow.basis_text or half.basis_text
    return Reading(flows=[flow, *inspections], claimed={flow.line},
                   withdrawn={claim_id(earlier_flow, "recruitment") for earlier_flow in earlier})


READER = Reader("recruitment", read)
