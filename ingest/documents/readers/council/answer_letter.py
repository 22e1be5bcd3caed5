"""An answer letter that names its one matter inside its opening sentence or before 「(答申)」, and states each
flow of that matter as one numbered sentence.

The genre: a council's answer whose heading is generic (「答申書」) and whose matter is quoted in the sentence
that recalls the consultation (「…付け…で諮問のあった「Xについて」、次のとおり答申します。」), or a transcript
run into one line whose matter stands between its number and 「(答申)」 (「令和 3 年度諮問第 2 号 Xについて(答申)」).
The case is dated by the day the council deliberated when the letter says so (「…審議会は、令和 3 年 5 月 24 日に
審議を行い」), else by the consultation (a later step puts the letter's own date). Its conclusion (「1 結論」, or
each numbered 「…ことは、適当である。」) decides it; a proviso (「ただし、…」) or a condition (「…を条件として」)
adds an opinion. Each numbered sentence 「(1)A課が保有するBの情報(a、b)を、C課が…に利用すること。」 or
「…において、…のため、A課が保有するBのa及びbを目的外利用することは、適当である。」 is one flow of the case.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("令和7年4月2日\\n答申書\\n令和7年3月1日付け架総第8号で諮問のあった"
...                     "「甲給付金の支給事務に係る保有個人情報の目的外利用について」、次のとおり答申します。\\n"
...                     "1 結論\\n諮問の目的外利用は、妥当である。\\n2 諮問の内容\\n"
...                     "(1)税務課が保有する課税台帳の情報(氏名、課税区分)を、福祉課が対象者の抽出に利用すること。")
>>> reading = read(lines, set())
>>> [(case.title[:7], case.date, case.decision, case.line) for case in reading.cases]
[('甲給付金の支給', '2025-03-01', 'approved', 3)]
>>> [(f.source_department, f.source_business, f.recipient_department, f.recipient_business, f.items, f.reason)
...  for f in reading.flows]  # doctest: +NORMALIZE_WHITESPACE
[('税務課', '課税台帳', '福祉課', '甲給付金の支給事務', ['氏名', '課税区分'], '対象者の抽出')]
"""

from __future__ import annotations

import re

from ....records import CouncilCase, Flow
from ...layout.lines import Line
from ...model import claim_id
from ...reading import Reading
from ...text.dates import WRITTEN_DAY, iso_or_none
from ...text.names import is_department
from .consult import articles_of

__all__ = ["business_of", "concluded_decision", "quoted_matter", "read", "statement_flow", "statement_flows"]

_DATE = WRITTEN_DAY
_QUOTED_MATTER = re.compile(rf"(?P<date>{_DATE})\s*付けで?[^。「」]{{0,40}}?"
                            r"諮問(?:のあった|のありました|された|されました|がありました|があった)「(?P<title>[^」]{6,}?)」(?:について)?、?\s*(?:次|下記|以下)のとおり答申")
# 「…から諮問のあった「X」については、次の条件を付して、これを認めることが適当である。」: the matter and its answer
_ANSWERED_MATTER = re.compile(r"諮問(?:のあった|のありました|された|されました|がありました|があった)"
                              r"「(?P<title>[^」]{6,}?)」(?:について)?は、(?P<rest>[^。]*?(?:適当|妥当|認め)[^。]*)")
_ANSWER_DATE = re.compile(rf"^\s*(?P<date>{_DATE})\s*(?:[(（]?\s*答申第\s*\d{{1,4}}\s*号\s*[)）]?)?\s*$")
_NUMBERED_MATTER = re.compile(r"諮問\s*第\s*\d{1,3}\s*号\s*(?P<title>[^。()（）]{6,}?について)\s*[(（]答申[)）]")
_CONSULTED_ON = re.compile(rf"(?P<date>{_DATE})\s*付けで?[^。]{{0,40}}?諮問")
_DELIBERATED = re.compile(rf"(?:審議会|審査会)は、\s*(?P<date>{_DATE})\s*に\s*(?:審議|審査)")
_CONCLUSION_HEAD = re.compile(r"^\s*第?[0-9０-９]{1,2}[\s.．、]*(?:審議会の|審査会の)?結論\s*$")
_NEXT_HEAD = re.compile(r"^\s*[0-9０-９]{1,2}[\s.．、]+\S")
_APPROVED = re.compile(r"(?<!不)(?:妥当|適当|適切)(?:である|と認め)|認める")
_REJECTED = re.compile(r"(?:妥当|適当|適切)でない|認められない|認めない")
_OPINION = re.compile(r"ただし、[^。]{4,}|を条件と(?:して|する)|(?:条件|意見)を付(?:して|し|す)|附帯意見|付帯意見")
_UNIT = r"(?:課|室|局|センター|委員会|事務所)"
_NUMBER = r"(?:^|\s)(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s)\s*"
# 「(1)A課が保有するDの情報(a、b)を、C課が…に利用すること」, 「…のため、A課が保有するDのa及びbを目的外利用することは」
_HELD = (rf"(?P<holder>[^、。をが\s()（）•・]{{2,20}}?{_UNIT})が"
         r"(?:(?P<hbiz>[^、。をが\s]{2,30}?)(?:のために|において|で))?(?:保有|管理)する(?P<data>[^。]+?)を、?")
# 「(2)…を行うB及びCに対し、a、bを提供すること」: the receivers first, the holder unsaid
_TO_FIRST = re.compile(r"^(?:(?P<work>[^、。]{2,30}?)を行う)?(?P<to>[^、。を]{2,40}?)に対し(?:て)?、(?P<data>[^。]+?)を"
                       r"(?:外部)?提供する")
_USED_BY = re.compile(rf"{_HELD}(?P<user>[^、。をが\s]{{2,20}}?{_UNIT})が(?P<purpose>[^、。]+?)に"
                      r"(?:目的外)?(?:利用|使用)する")
# 「…を、X事務を行うBに提供する」 (X the purpose), 「…を、X業務を委託するBに提供する」 (X the business B runs)
_GIVEN = re.compile(rf"{_HELD}(?:(?P<work>[^、。を]{{2,30}}?)を(?:行う|(?P<entrusted>(?:委託|受託)(?:する|している))))?"
                    r"(?P<to>[^、。を]{2,40}?)(?:に|へ)(?:外部)?提供する")
_USED = re.compile(rf"{_HELD}目的外(?:に)?利用する")
_AT_WORK = re.compile(r"(?:(?P<runner>[^、。\s]{2,20}?(?:課|室))が行う)?"
                      r"(?P<work>[^、。\s]{2,40}?(?:事業|事務|業務))において、(?:(?P<purpose>[^、。]{2,40}?)(?:のため|を行うため|ため)、)?$")
_SAME_WORK = re.compile(r"同(?:事業|事務|業務)において、(?:(?P<purpose>[^、。]{2,40}?)(?:のため|を行うため|ため)、)?$")
# 「(3)X業務を委託するBのサーバと、A課のSシステムとをオンライン結合し、a及びbを送信すること」
_LINKED = re.compile(rf"(?:(?P<work>[^、。を()（）]{{2,30}}?)を委託する)?(?P<body>[^、。()（）]{{2,40}}?)の"
                     rf"(?:サーバー?|システム|端末)と、(?P<dept>[^、。をの]{{2,20}}?{_UNIT})の(?P<system>[^、。]{{2,30}}?)"
                     r"とを?オンライン(?:で)?(?:結合|接続)し、(?P<items>[^。]+?)を(?:送信|提供|受信)")
_BRACKETED = re.compile(r"^(?P<name>[^()（）]+?)(?:の情報|の記録)?[(（](?P<items>[^()（）]+)[)）]$")
_REGISTER = re.compile(r"^(?P<register>[^、の]{2,20}?(?:台帳|名簿|システム|ファイル))の(?P<rest>.+)$")
_REPORT_DATA = re.compile(r"^(?P<paper>[^、の()（）]{2,20}?(?:報告書|申告書|届出書|台帳|名簿))の(?:情報|記録|データ)$")
_CONCERNS = re.compile(r"^(?P<x>.+?)(?:に係る|に伴う|における|のための)")
_SPACED_DIGITS = re.compile(r"(?<=[\d年月日号第度])\s+(?=[\d年月日号条項])|(?<=\d)\s+(?=\d)")


def _data(data: str) -> tuple[str | None, list[str]]:
    """The register the data come from (「課税台帳の情報(a、b)」, 「住民基本台帳のa及びb」) and the items."""
    data = re.sub(r"\s+", "", data)
    reported = _REPORT_DATA.match(data)
    if reported:  # 「給与支払報告書の情報」: the paper the data come from, the data as written
        return reported.group("paper"), [data]
    bracketed = _BRACKETED.match(data)
    if bracketed:
        register = bracketed.group("name")
        return (register if _REGISTER.match(register + "の-") else None,
                [item for item in re.split(r"[、,，]", bracketed.group("items")) if item])
    held = _REGISTER.match(data)
    register, listed = (held.group("register"), held.group("rest")) if held else (None, data)
    items = [item for item in re.split(r"[、,，]|及び|並びに", listed) if item]
    if len(items) > 1 and "の" in items[0]:  # 「対象者の氏名、生年月日」: whose they all are, said once
        items[0] = items[0].rsplit("の", 1)[1]
    return register, items


def quoted_matter(text: str) -> str | None:
    """The matter an answer's opening sentence quotes (「…諮問のあった「Xについて」、次のとおり答申します」)."""
    quoted = _QUOTED_MATTER.search(text) if "答申" in text else None
    return re.sub(r"\s+", "", quoted.group("title")) if quoted else None


def business_of(title: str) -> str | None:
    """The business a matter is about: 「X事業に係る…」 gives X事業."""
    concerns = _CONCERNS.match(title)
    return concerns.group("x") if concerns else None


def _decision(text: str) -> str:
    if _REJECTED.search(text):
        return "rejected"
    if not _APPROVED.search(text):
        return "unknown"
    return "approved_with_opinion" if _OPINION.search(text) else "approved"


def _sentences(lines: list[Line], after: int, consumed: set[int]) -> list[tuple[Line, str]]:
    """Every sentence from ``after`` on, with its line (a transcript run into one line gives many)."""
    said: list[tuple[Line, str]] = []
    for line in lines:
        if (line.no or 0) < after or not line.text or line.no in consumed:
            continue
        said.extend((line, sentence) for sentence in line.text.split("。") if sentence.strip())
    return said


def statement_flows(sentence: str, business: str | None, line: Line, work: dict[str, str | None]) -> list[Flow]:
    """The flows one numbered sentence states: one, or one per receiver it names before the data."""
    flow = statement_flow(sentence, business, line, work)
    if flow is not None:
        return [flow]
    given = _TO_FIRST.match(re.sub(r"^\s*[(（]?\d{1,2}[)）]?\s*", "", sentence))
    if given is None:
        return []
    items = _data(given.group("data"))[1]
    return [Flow(recipient_external=party, kind="external_provision", basis="council", items=items,
                 reason=given.group("work"), line=line.no, quote=line.quote)
            for party in re.split(r"及び|並びに|、", given.group("to")) if party]


def statement_flow(sentence: str, business: str | None, line: Line, work: dict[str, str | None]) -> Flow | None:
    """The flow one numbered sentence states, if it states one; ``work`` keeps the business 「同事業」 points to."""
    for head in re.finditer(_NUMBER, sentence):
        sentence = sentence[head.end():] if head.start() == 0 or sentence[:head.start()].strip() == "" else sentence
    used_by, given, used = _USED_BY.search(sentence), _GIVEN.search(sentence), _USED.search(sentence)
    said = used_by or used or given
    linked = _LINKED.search(re.sub(r"^\s*[(（]?\d{1,2}[)）]?\s*", "", sentence)) if said is None else None
    if linked:
        return Flow(source_department=linked.group("dept"), source_business=linked.group("system"),
                    recipient_business=linked.group("work"), recipient_external=linked.group("body"),
                    kind="online_connection", basis="council", items=_data(linked.group("items"))[1],
                    line=line.no, quote=line.quote)
    if said is None:
        return None
    before = sentence[:said.start()].rsplit("について", 1)[-1]  # after the heads 「1 …について (1) …について」
    at_work, same = _AT_WORK.search(before), _SAME_WORK.search(before)
    purpose = None
    if same:  # 「同事業において」: the business named before
        purpose = same.group("purpose")
    elif at_work:
        work.update(work=at_work.group("work"), runner=at_work.group("runner"))
        purpose = at_work.group("purpose")
    register, items = _data(said.group("data"))
    common = {"source_department": said.group("holder"), "source_business": said.group("hbiz") or register,
              "basis": "council",
              "items": items, "line": line.no, "quote": line.quote}
    if used_by:
        return Flow(recipient_department=used_by.group("user"), recipient_business=business,
                    kind="purpose_outside_use", reason=used_by.group("purpose"), **common)
    if used:
        return Flow(recipient_department=work.get("runner"), recipient_business=work.get("work") or business,
                    kind="purpose_outside_use", reason=purpose, **common)
    to = said.group("to").strip()
    if is_department(to) and not re.search(r"機関|法人|組合|会社", to):
        return Flow(recipient_department=to, recipient_business=business, kind="purpose_outside_use",
                    reason=purpose or said.group("work"), **common)
    if said.group("entrusted"):
        return Flow(recipient_external=to, recipient_business=said.group("work"), kind="external_provision",
                    reason=purpose, **common)
    return Flow(recipient_external=to, recipient_business=work.get("work") if at_work or same else None,
                kind="external_provision", reason=purpose or said.group("work"), **common)


def read(lines: list[Line], consumed: set[int]) -> Reading:
    """The one case of an answer letter naming its matter in its opening sentence, and the flows it numbers."""
    reading = Reading()
    for line in lines:
        text = line.text
        if not text or line.no in consumed or "諮問" not in text:
            continue
        answered = _ANSWERED_MATTER.search(text) if "「" in text else None
        if answered:  # dated by the answer's date line above it
            title = re.sub(r"\s+", "", answered.group("title"))
            flat = answered.group("rest")
            date = next((iso_or_none(dated.group("date")) for other in reversed(lines[:lines.index(line)])
                         for dated in [_ANSWER_DATE.match(other.text) if other.text else None] if dated), None)
            break
        if "答申" not in text:
            continue
        quoted = _QUOTED_MATTER.search(text)
        numbered = _NUMBERED_MATTER.search(_SPACED_DIGITS.sub("", text)) if quoted is None else None
        if quoted is None and numbered is None:
            continue
        flat = _SPACED_DIGITS.sub("", text)
        title = re.sub(r"\s+", "", (quoted or numbered).group("title"))
        deliberated = _DELIBERATED.search(flat)
        consulted = quoted or _CONSULTED_ON.search(flat)
        date = iso_or_none((deliberated or consulted).group("date")) if deliberated or consulted else None
        break
    else:
        return reading
    below = [other for other in lines if (other.no or 0) >= (line.no or 0)]
    conclusion = _conclusion(below) or flat
    work: dict[str, str | None] = {}
    business = business_of(title)
    flows = [flow for at, sentence in _sentences(lines, line.no or 0, consumed)
             for flow in statement_flows(re.sub(r"\s+(?=[^\sA-Za-z0-9])|(?<=[^\sA-Za-z0-9])\s+", "", sentence),
                                         business, at, work)]
    articles = articles_of(conclusion)
    for flow in flows:
        flow.basis_text = articles[0] if articles else None
    reading.cases.append(CouncilCase(date=date, title=title, articles=articles, decision=_decision(conclusion),
                                     flow_ids=[claim_id(flow, "council") for flow in flows], line=line.no,
                                     quote=line.quote))
    reading.flows.extend(flows)
    reading.claimed |= {line.no or 0} | {flow.line or 0 for flow in flows}
    return reading


def concluded_decision(lines: list[Line]) -> str | None:
    """The decision the paragraph under a letter's 「1 結論」 head states, when it has one and states one."""
    conclusion = _conclusion(lines)
    decided = _decision(conclusion) if conclusion else "unknown"
    return None if decided == "unknown" else decided


def _conclusion(lines: list[Line]) -> str | None:
    """The paragraph under the letter's 「1 結論」 head, when it has one."""
    for index, line in enumerate(lines):
        if line.text and _CONCLUSION_HEAD.match(line.text):
            paragraph = []
            for other in lines[index + 1:]:
                if other.text and _NEXT_HEAD.match(other.text):
                    break
                paragraph.append(other.text)
            return "".join(paragraph)
    return None
