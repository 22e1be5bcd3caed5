"""Last of the flow readers: a sentence no shaped reader read, parsed with the general clause grammar.

Every round of unseen documents brought phrasings no reader had been taught, though each told its flow in the
usual order of parts (holder, data, other end, verb). This reader gives such a line its flow when the general
grammar (:mod:`..text.general_clause`) finds both ends; lines it cannot complete are left to the diagnosis,
which reports them with what it found.

>>> from ..layout.page import page_of
>>> page = page_of("お知らせ\\nまた、保険課は、健診事務において、受診者の氏名を、健康財団のサーバと"
...                "オンライン結合しています。")
>>> [(f.source_department, f.source_business, f.recipient_external, f.kind, f.line)
...  for f in read(page, Readings()).flows]
[('保険課', '健診事務', '健康財団のサーバ', 'online_connection', 2)]
"""

from __future__ import annotations

import re

from ...normalize import DATE_SINCE, classify_basis, split_items
from ...records import Flow
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date
from ..text.general_clause import collected_from, general_flows
from ..text.handover_clauses import clause_flows
from ..text.nominal_flows import nominal_flows
from ..text.openings import without_office_label
from ..text.plain_words import EVERYDAY_VERBS, collections, each_recipient, in_terms, told_ground

__all__ = ["READER", "read"]

_UNTIL = re.compile(r"[^、。]{0,16}?まで")
# 「…目的外利用は3件で、いずれもA課のX事業において、B課が保有するYを利用したもの」: the using office named with の
_USER_OF = re.compile(r"(?:^|、)(?:いずれも|うち)?(?P<dept>[^、。をがの「」()（）]{1,20}?(?:課|室|センター|局))の"
                      r"(?P<biz>[^、。をがでの「」]+?(?:事務|業務|事業))(?P<rest>(?:において|で)、[^。]*?保有する[^。]*?利用)")
_REGISTER_DATA = re.compile(r"^(?P<register>[^、。のを]{2,20}?台帳)の(?:情報|データ|記録)$")
# 「審議会の意見を聴いて行った目的外利用は…」: the ground the counted uses were made on
_COUNCIL_HEARD = re.compile(r"審議会の意見を聴(?:いて|き|いた上で|いたうえで)")
# 「法令の定めがある場合などに限り本人以外から集めています。たとえば…」: the rule the example collections follow
_LAW_CASES = re.compile(r"法令(?:等)?(?:の定め|に定め)がある場合")
# 「地方税法に基づき、…を…から受け取っています」: the statute the collection is made under
_STATUTE = re.compile(r"[一-龥ァ-ヶー々]{2,20}法(?:第[\d条項号の]+)?(?=に基づ|の規定により|の定めにより)")
_SAME_DAY = re.compile(r"(?:^|、)(?:また、)?(?:同じ日|同日)(?:から|より)")


def read(page: Page, readings: Readings) -> Reading:
    reading = Reading()
    skip = (readings.claimed("records", "statements", "council", "sentences") | {flow.line for flow in readings.flows}
            | {case.line for case in readings.cases})
    last_start: str | None = None  # 「同じ日から」 points back to the start told last
    verbs = ("利用", "提供", "結合", "接続", "取得", "収集", "受け取", "送信", "送付", "交付", *EVERYDAY_VERBS)
    for line in page.lines_with(*verbs):
        if line.cells or line.no in skip:
            continue
        if len(line.text) > 400:  # a whole page run into one line: only the hand-overs it names as nouns
            reading.flows.extend(nominal_flows(line.text, line.no, line.quote))
            continue
        flows = [flow for flow in _told(line) + _collected(line)
                 if not any(_restates(flow, earlier) for earlier in readings.flows)]
        last_start = _dated(flows, line, last_start)
        _ground_of_data_next(flows, page.lines[line.no:line.no + 3])
        if flows:
            reading.flows.extend(flows)
            reading.claimed.add(line.no)
    return reading


def _told(line: Line) -> list[Flow]:
    """The flows of the line's sentences, everyday words put in terms, one flow per body when two receive."""
    plain = in_terms(without_office_label(line.text))
    user = _USER_OF.search(plain)
    if user:
        plain = f"{user.group('dept')}が{user.group('biz')}{user.group('rest')}{plain[user.end():]}"
    flows = [flow for text in each_recipient(plain) for flow in general_flows(text, line.no, line.quote)]
    flows = flows or nominal_flows(plain, line.no, line.quote)  # 「主なものは、A課が保有するXのYへの利用、…」
    if user and not flows:  # the using office made the subject: the held clause's own grammar reads it
        flows = clause_flows(plain, line.no, line.quote)
        for flow in flows:  # 「住民基本台帳の情報」: the register itself is what is used, no item named
            register = _REGISTER_DATA.match(flow.items[0]) if len(flow.items) == 1 and not flow.source_business \
                else None
            if register:
                flow.source_business, flow.items = register.group("register"), []
    ground = told_ground(line.text) if plain != line.text else None
    heard = _COUNCIL_HEARD.search(line.text) if user else None
    for flow in flows if heard else ():
        if flow.basis == "unknown":
            flow.basis, flow.basis_text = "council", heard.group(0)
    for flow in flows if ground and len({flow.items and flow.items[0] for flow in flows}) == 1 else ():
        if flow.basis == "unknown":
            flow.basis, flow.basis_text = classify_basis(ground), ground
    return flows


# 「住民票の写し等は、住民基本台帳法及び戸籍法の定めにより、…請求することができます」: the statute the data is
# given under, told of the data in the next sentence
_DATA_GROUND = re.compile(r"^(?P<topic>[^、。]{2,30}?)は、(?P<law>[^、。]{2,40}?法)(?:の定め|の規定)?"
                          r"(?:により|に基づき)")


def _ground_of_data_next(flows: list[Flow], following: list[Line]) -> None:
    """A flow of unknown ground takes the statute the next line cites of the same data (its first words)."""
    after = next((other for other in following if other.text), None)
    said = _DATA_GROUND.match(after.text) if after is not None else None
    for flow in flows if said else ():
        if flow.basis == "unknown" and flow.items and flow.items[0][:4] == said.group("topic")[:4]:
            flow.basis, flow.basis_text = "law", said.group("law")


def _dated(flows: list[Flow], line: Line, last_start: str | None) -> str | None:
    """The start a line of one hand-over tells (「令和6年4月1日から、」, 「同じ日から、」); returns the last start
    told."""
    text = line.text
    since = DATE_SINCE.search(text) if "日から" in text or "日より" in text or "日以降" in text else None
    if since and _UNTIL.match(line.text, since.end()):
        since = None  # 「…から…までの間に提供した」: the period a report covers, not a start
    same_day = "同" in text and _SAME_DAY.search(text) is not None
    start = safe_date(since.group(1), line.no, []) if since else last_start if same_day else None
    for flow in flows if start and len(flows) <= 2 else ():
        flow.start_date = flow.start_date or start
    return start or last_start


def _collected(line: Line) -> list[Flow]:
    """「A課は、X事務で、BからYを、CからZを、それぞれいただいています」, 「A課のX事務において、BからYを取得」: one
    collection per supplier."""
    by_law = _LAW_CASES.search(line.text) or (_STATUTE.search(line.text) if "法" in line.text else None)
    return [Flow(kind="collection_from_others", source_external=supplier, recipient_department=department,
                 recipient_business=business, items=split_items(items), line=line.no, quote=line.quote,
                 basis="law" if by_law else "unknown", basis_text=by_law.group(0) if by_law else None)
            for department, business, supplier, items in collections(line.text) + collected_from(line.text)]


def _names_alike(first: str | None, second: str | None) -> bool:
    return bool(first and second) and (first in second or second in first)


def _restates(flow: Flow, earlier: Flow) -> bool:
    """A later sentence telling a flow read before, its names shortened (「受診勧奨業務」 for 「…受診勧奨業務」)."""
    same_source = (_names_alike(flow.source_business, earlier.source_business)
                   or _names_alike(flow.source_department, earlier.source_department))
    same_recipient = any(_names_alike(getattr(flow, end), getattr(earlier, end))
                         for end in ("recipient_business", "recipient_external", "recipient_department"))
    return same_source and same_recipient


READER = Reader("general_clauses", read, claims="statements")
