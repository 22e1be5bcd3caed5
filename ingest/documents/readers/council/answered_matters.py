"""An answer's judgement of each matter consulted, the matter restated whole in brackets under its heading.

The genre: an answer letter with one case (「個人情報の取扱いの原則の例外について(答申)」), then per exception a
heading 「1.「目的外利用・提供の制限」の例外事項(条例第9条第2項第6号関係)について」 and, a line or two below,
「諮問のあった事項(A課がX事務で保有する…を、Y事務に利用すること)については、…妥当なものと認められる。」 or
「…(A課のSシステムをBのTシステムとオンライン結合し、…を提供すること)については、…」. The bracket states the
flow with both ends: it replaces the half flow the heading gave the case, rests on the answer (basis ``council``)
and on the article the heading cites.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("A の例外について(答申)\\n1.「目的外利用」の例外事項(条例第8条第2項関係)について\\n"
...                     "諮問のあった事項(福祉課が手当支給事務で保有する受給者の氏名及び住所を、"
...                     "就労支援事務に利用すること)については、妥当なものと認められる。")
>>> flows, _, read, _ = answered_matters(lines, [CouncilCase(title="Aの例外について", line=1)], [], set())
>>> [(f.source_department, f.source_business, f.recipient_business, f.items, f.basis_text, f.line) for f in flows]
[('福祉課', '手当支給事務', '就労支援事務', ['氏名', '住所'], '条例第8条第2項', 3)]
"""

from __future__ import annotations

import re

from ....records import CouncilCase, Flow
from ...layout.lines import Line
from ...model import claim_id
from ...text.items import clean_items
from .amend import Amendment, CaseAt, Restate

__all__ = ["answered_matters"]

_DEPT = r"[^、。をがの()（）「」\s]{2,12}?(?:課|室|局|センター|事務所)"
_WORK = r"[^、。を()（）]{2,30}?(?:事務|事業|業務)"
_MATTER = re.compile(r"^\s*諮問のあった事項[(（](?P<matter>[^()（）]{8,}?)こと[)）]については、(?P<judged>[^。]*)")
_APPROVED = re.compile(r"妥当|適当|差し支えない|認められる")
_REFUSED = re.compile(r"認められない|認めない|妥当でない|適当でない")
_USED = re.compile(rf"^(?P<holder>{_DEPT})が(?P<hbiz>{_WORK})(?:で|において)保有する(?P<data>[^。]+?)を、?"
                   rf"(?P<use>{_WORK})に(?:目的外)?利用する$")
_LINKED = re.compile(rf"^(?P<holder>{_DEPT})の(?P<system>[^、。を]{{2,30}}?システム)を、?(?P<body>[^、。を]{{2,30}}?)の"
                     r"[^、。を]{2,30}?システムと(?:オンライン)?結合し、(?P<data>[^。]+?)を(?:提供|送信)する$")
_ARTICLE = re.compile(r"[(（](?P<article>(?:条例|法)第\d+条(?:第\d+項)?(?:第\d+号)?)関係[)）]について$")


def _matter_flow(matter: str, article: str | None, line: Line) -> Flow | None:
    common = {"basis": "council", "basis_text": article, "line": line.no, "quote": line.quote}
    used, linked = _USED.match(matter), _LINKED.match(matter)
    if used:
        return Flow(source_department=used.group("holder"), source_business=used.group("hbiz"),
                    recipient_business=used.group("use"), kind="purpose_outside_use",
                    items=clean_items(used.group("data"))[0], **common)
    if linked:
        return Flow(source_department=linked.group("holder"), source_business=linked.group("system"),
                    recipient_external=linked.group("body"), kind="online_connection",
                    items=clean_items(linked.group("data"))[0], **common)
    return None


def answered_matters(lines: list[Line], cases: list[CouncilCase], case_flows: list[Flow],
                     consumed: set[int]) -> tuple[list[Flow], set[str], set[int], list[Amendment]]:
    """The flows the one case's bracketed matters state (see the module), the case's half flows they replace (those
    naming no recipient), the lines read, and the case restated."""
    if len(cases) != 1:
        return [], set(), set(), []
    case = cases[0]
    flows: list[Flow] = []
    read: set[int] = set()
    article: str | None = None
    for line in lines:
        text = (line.text or "").strip()
        cited = _ARTICLE.search(text)
        article = cited.group("article") if cited else article
        matter = _MATTER.match(text) if (line.no or 0) > (case.line or 0) and line.no not in consumed else None
        if matter is None or _REFUSED.search(matter.group("judged")) or not _APPROVED.search(matter.group("judged")):
            continue
        flow = _matter_flow(matter.group("matter"), article, line)
        if flow is not None:
            flows.append(flow)
            read.add(line.no or 0)
    if not flows:
        return [], set(), set(), []
    by_id = {flow.id: flow for flow in case_flows if flow.id}
    half = frozenset(token for token in case.flow_ids if token in by_id and not (
        by_id[token].recipient_department or by_id[token].recipient_business or by_id[token].recipient_external))
    return flows, set(half), read, [Restate(CaseAt(0), tuple(claim_id(flow, "explained") for flow in flows), half)]
