"""A heading line naming a business over a paragraph that names only the other end.

Disclosure pages list the online connections and the collections from others business by business: a line
「税務課 個人住民税賦課事務」 alone, then its paragraph — 「地方税法に基づき、B機構が運営するSと結合し、課税資料を
送受信しています。」, 「Bの…システムと結合し、Yを提供しています。」, 「AからXを、CからZを収集しています(…法)。」.
The heading's department and business are the holder of what is joined or provided and the collector of what
is collected; the paragraph gives the other end (the body running the system, each supplier: one flow each),
the items, a start 「令和n年m月d日から」 and the ground (an act the line cites, a closing bracket, 「審議会の意見を
聴いて」). A paragraph that names its own holder is the sentence readers'.

>>> from ..layout.page import page_of
>>> page = page_of("結合の一覧\\n\\n年金課 国民年金事務\\n\\n国民年金法に基づき、日本年金機構の年金システムと結合し、"
...                "資格情報を提供しています。")
>>> [(f.source_department, f.source_business, f.recipient_external, f.kind, f.basis, f.items, f.line)
...  for f in read(page, Readings()).flows]
[('年金課', '国民年金事務', '日本年金機構', 'online_connection', 'law', ['資格情報'], 5)]
"""

from __future__ import annotations

import re

from ...normalize import DATE_SINCE, classify_basis, split_items
from ...records import Diagnostic, Flow
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date
from ..text.handover_clauses import collected_from, note_ground, split_note
from ..text.names import is_department

__all__ = ["READER", "read"]

_DEPT = r"[^\s、。をがの「」()（）【】]{1,20}?(?:課|室|センター|委員会|局|係|事務所)"
_BIZ = r"[^\s、。をが「」()（）【】]{2,30}?(?:事務|業務|事業|システム)"
# 「税務課 個人住民税賦課事務」「【税務課】個人住民税賦課事務」「個人住民税賦課事務(税務課)」「(1) …」
_HEADING = re.compile(r"^(?:[(（]?\d{1,2}(?:[)）.．]\s*|\s+)|[・●■◆□◇○]\s*)?"
                      rf"(?:(?:【(?P<dept>{_DEPT})】|(?P<dept2>{_DEPT})\s+)?(?P<biz>{_BIZ})"
                      rf"|(?P<biz2>{_BIZ})\s*[(（](?P<dept3>{_DEPT})[)）])$")
_OWN_HOLDER = re.compile(r"^[^、。]{1,20}?(?:課|室|センター|委員会|局)(?:が|は、)")
_JOINED = re.compile(r"(?:(?:(?P<runner>[^、。]{2,30}?)が(?:運営|提供|管理|設置|運用|構築)する"
                     r"|(?P<owner>[^、。の]{2,30}?)の)(?P<system>[^、。と]{1,30}?)|(?P<body>[^、。と]{2,30}?))"
                     r"と(?:オンライン|電子計算機の|通信回線で)?(?:結合|接続)")
_JOINED_ITEMS = re.compile(r"(?:結合|接続)(?:し|して)、?(?P<items>[^。を]+?)を")
# 「…を通じて、Yを B機構に送信」「Sを通じて Bと Yを送受信」: data sent or exchanged by wire, an online connection
_SENT = re.compile(r"(?:^|、)(?:[^、。]{0,20}?(?:を通じて|により|を経由して)、?)?"
                   r"(?:(?P<items>[^、。を]+?)を、?(?P<to>[^、。をに]{2,30}?)(?:に|へ)送信"
                   r"|(?P<to2>[^、。をと]{2,30}?)と、?(?P<items2>[^、。を]+?)を(?:送受信|やり取り|やりとり|交換))")
_GIVEN = re.compile(r"(?:^|、)(?P<items>[^、。を]+?)を、?(?P<to>[^、。を]{2,30}?)(?:に対し|へ|に)、?提供")
# the day a registered business was entered or changed: when what the paragraph says of it begins
_ENTERED_ON = re.compile(r"((?:(?:令和|平成)(?:\d{1,2}|元)"
                         r"|(?:19|20)\d{2})年\d{1,2}月\d{1,2}日)(?:付け?で|に)(?:登録|変更)し")
_ADDED_PARTY = re.compile(r"(?P<role>収集先|提供先)に(?:、)?(?P<who>[^、。を]{2,30}?)を追加")
_ADDED_ITEMS = re.compile(r"記録項目に「(?P<items>[^」]+)」を追加")
_WHY = re.compile(r"(?:^|。)(?P<why>[^、。]{2,30}?)のため、")
_ACT_CITED = re.compile(r"(?:^|、)(?P<act>[^、。]{2,30}?(?:法|法律|条例|政令|省令|規則))に基づ(?:き|いて)")
_COUNCIL_HEARD = re.compile(r"(?:^|、)(?P<ground>[^、。]{0,30}?(?:審議会|審査会|協議会)の意見を聴"
                            r"(?:いて|き|いた上で|いたうえで))")


def _ground(text: str, note: str | None) -> tuple[str, str | None]:
    basis, basis_text = note_ground(note)
    if basis != "unknown":
        return basis, basis_text
    heard = _COUNCIL_HEARD.search(text)
    if heard:
        return "council", heard.group("ground")
    act = _ACT_CITED.search(text)
    if act and classify_basis(act.group(0)) != "unknown":
        return "law", act.group("act")
    return "unknown", None


def _added_party(added: re.Match, body: str, dept: str | None, biz: str | None, common: dict) -> Flow:
    """A change of a registered business that adds a party: 「収集先にB課を追加」 (another section now supplies
    data: a use of its data), 「収集先にB機構を追加」 (a collection), 「提供先にCを追加」 (a provision)."""
    who = added.group("who")
    items = _ADDED_ITEMS.search(body)
    why = _WHY.search(body)
    common = {**common, "items": split_items(items.group("items")) if items else [],
              "reason": why.group("why") if why else None}
    inside = is_department(who) and who.endswith(("課", "室", "係"))
    if added.group("role") == "提供先":
        return Flow(source_department=dept, source_business=biz, recipient_department=who if inside else None,
                    recipient_external=None if inside else who,
                    kind="purpose_outside_use" if inside else "external_provision", **common)
    if inside:
        return Flow(source_department=who, recipient_department=dept, recipient_business=biz,
                    kind="purpose_outside_use", **common)
    return Flow(source_external=who, recipient_department=dept, recipient_business=biz,
                kind="collection_from_others", **common)


def _paragraph_flows(heading: re.Match, line: Line, problems: list[Diagnostic]) -> list[Flow]:
    body, note = split_note(line.text)
    basis, basis_text = _ground(body, note)
    since = DATE_SINCE.search(body) or _ENTERED_ON.search(body)
    start = safe_date(since.group(1), line.no, problems) if since else None
    dept = heading.group("dept") or heading.group("dept2") or heading.group("dept3")
    biz = heading.group("biz") or heading.group("biz2")
    common = {"basis": basis, "basis_text": basis_text, "start_date": start, "line": line.no, "quote": line.quote}
    added = _ADDED_PARTY.search(body)
    if added:
        return [_added_party(added, body, dept, biz, common)]
    if "収集" in body:
        return [Flow(source_external=supplier, recipient_department=dept, recipient_business=biz,
                     kind="collection_from_others", items=items, **common) for supplier, items in collected_from(body)]
    joined = _JOINED.search(body) if "結合" in body or "接続" in body else None
    if joined:
        other = (joined.group("runner") or joined.group("owner") or joined.group("body")).strip()
        items = _JOINED_ITEMS.search(body[joined.end():]) or _JOINED_ITEMS.search(body)
        inside = is_department(other) and other.endswith("課")
        return [Flow(source_department=dept, source_business=biz, kind="online_connection",
                     recipient_department=other if inside else None, recipient_external=None if inside else other,
                     items=split_items(items.group("items")) if items else [], **common)]
    sent = _SENT.search(body) if "送" in body or "やり" in body or "交換" in body else None
    if sent:
        to = sent.group("to") or sent.group("to2")
        return [Flow(source_department=dept, source_business=biz, kind="online_connection", recipient_external=to,
                     items=split_items(sent.group("items") or sent.group("items2")), **common)]
    given = _GIVEN.search(body) if "提供" in body else None
    if given:
        to = given.group("to")
        inside = is_department(to) and to.endswith("課")
        return [Flow(source_department=dept, source_business=biz,
                     kind="purpose_outside_use" if inside else "external_provision",
                     recipient_department=to if inside else None, recipient_external=None if inside else to,
                     items=split_items(given.group("items")), **common)]
    return []


def read(page: Page, readings: Readings) -> Reading:
    reading = Reading()
    skip = readings.claimed("records", "council", "statements")
    lines = page.lines
    for line in page.lines:
        text = line.text
        if line.cells or not 4 <= len(text) <= 40 or text[-1] not in "務業ム)）":
            continue  # the cheap test first: a heading is short and ends with its business (or its bracket)
        heading = _HEADING.match(text)
        if heading is None or line.no in skip:
            continue
        paragraph = next((other for other in lines[line.no:line.no + 3] if other.text), None)
        if (paragraph is None or paragraph.cells or paragraph.no in skip or _HEADING.match(paragraph.text)
                or _OWN_HOLDER.match(paragraph.text)):
            continue
        found = _paragraph_flows(heading, paragraph, reading.diagnostics)
        if found:
            reading.flows.extend(found)
            reading.claimed.add(paragraph.no)
    return reading


READER = Reader("business_headings", read, claims="statements")
