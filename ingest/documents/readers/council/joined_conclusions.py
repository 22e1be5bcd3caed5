"""An answer's conclusion that joins two hand-overs by 「、並びに」 and approves both in one sentence.

The genre (often a PDF transcript run into one line, spaces where the page broke): 「A課がXの導入に伴い、B課のY
ファイルから…を目的外に利用すること、並びに当該システムの運用を委託する事業者へ…を提供することは、いずれも適当
である」. The first clause is a use outside the purpose (B課's file, A課 using it for X); the second a provision by the
user to the body named, 「当該システム」 being the system the first clause names. The answer's one case states both.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("A事業について(答申) 1 結論 福祉課が見守りシステムの導入に伴い、"
...                     "市民課の住民記録から氏名及び住所を目的外に利用すること、"
...                     "並びに当該システムの保守を委託する事業者へ氏名を提供することは、いずれも適当である。")
>>> flows, _, read, _ = joined_conclusions(lines, [CouncilCase(title="A事業について", line=1)], [], set())
>>> [(f.kind, f.source_department, f.source_business, f.recipient_department or f.recipient_external,
...   f.recipient_business, f.items) for f in flows]  # doctest: +NORMALIZE_WHITESPACE
[('purpose_outside_use', '市民課', '住民記録', '福祉課', '見守りシステムの導入', ['氏名', '住所']),
 ('external_provision', '福祉課', None, '委託する事業者', '見守りシステムの保守', ['氏名'])]
"""

from __future__ import annotations

import re

from ....records import CouncilCase, Flow
from ...layout.lines import Line
from ...model import claim_id
from ...text.items import clean_items
from .amend import Amendment, CaseAt, Restate

__all__ = ["joined_conclusions"]

_DEPT = r"[^、。をがの\d()（）「」]{2,12}?(?:課|室|局|センター)"
_JOINED = re.compile(r"(?P<first>[^。]+?)こと、?並びに(?P<second>[^。]+?)ことは、(?:いずれも|ともに|両方とも)?"
                     r"[^。]{0,12}?(?:適当|妥当|適切)(?:である|と認める)")
_HEAD = re.compile(r"^.*(?:結論|答申の内容)(?=[^、。]{2,12}?(?:課|室|局|センター)が)")
_USED = re.compile(rf"(?P<user>{_DEPT})が(?P<work>[^、。]{{2,30}}?)(?:に伴い|のため(?:に)?)、(?P<holder>{_DEPT})の"
                   r"(?P<record>[^、。を]{2,30}?)から(?P<data>[^。]+?)を(?:目的外に?)?利用する$")
_GIVEN = re.compile(r"^(?:当該(?P<that>[^、。をの]{1,10})の(?P<task>[^、。を]{1,20}?)を)?"
                    r"(?P<to>[^、。を]{2,30}?)(?:へ|に)(?P<data>[^。]+?)を(?:外部)?提供する$")
_ITEMS_OF = re.compile(r"^[^、。]{1,10}?(?:ごと)?の(?=[^、。]+$)")  # 「世帯ごとの氏名、…」: whose items, not an item


def _items(data: str) -> list[str]:
    first, *rest = clean_items(data)[0] or [data]
    return [_ITEMS_OF.sub("", first, count=1), *rest]


def _joined(text: str, line: Line) -> list[Flow]:
    joined = _JOINED.search(re.sub(r"\s+", "", text))
    used = _USED.search(_HEAD.sub("", joined.group("first"))) if joined else None
    given = _GIVEN.match(joined.group("second")) if joined else None
    if not used or not given:
        return []
    system = re.search(rf"^(?P<name>[^、。]*?{re.escape(given.group('that'))})の", used.group("work")) if (
        given.group("that")) else None
    common = {"basis": "council", "line": line.no, "quote": line.quote}
    return [Flow(source_department=used.group("holder"), source_business=used.group("record"),
                 recipient_department=used.group("user"), recipient_business=used.group("work"),
                 kind="purpose_outside_use", items=_items(used.group("data")), **common),
            Flow(source_department=used.group("user"), recipient_external=given.group("to"),
                 recipient_business=f"{system.group('name')}の{given.group('task')}" if system else None,
                 kind="external_provision", items=_items(given.group("data")), **common)]


def joined_conclusions(lines: list[Line], cases: list[CouncilCase], case_flows: list[Flow],
                       consumed: set[int]) -> tuple[list[Flow], set[str], set[int], list[Amendment]]:
    """The flows the one case's joined conclusion states (see the module), when the case states none whole yet;
    the title's half flows they replace, the line read, and the case restated."""
    if len(cases) != 1:
        return [], set(), set(), []
    case = cases[0]
    by_id = {flow.id: flow for flow in case_flows if flow.id}
    if any(flow is None or flow.recipient_department or flow.recipient_external or flow.recipient_business
           for flow in (by_id.get(token) for token in case.flow_ids)):
        return [], set(), set(), []
    for line in lines:
        if (line.no or 0) < (case.line or 0) or not line.text or "並びに" not in line.text or (
                line.no in consumed and line.no != case.line):  # a transcript run into one line: the case's own
            continue
        flows = _joined(line.text, line)
        if flows:
            dropped = frozenset(case.flow_ids)
            return flows, set(dropped), {line.no or 0}, [
                Restate(CaseAt(0), tuple(claim_id(flow, "explained") for flow in flows), dropped)]
    return [], set(), set(), []
