"""An answer letter's matters laid out as ア イ ウ rows, each a label and its value on one line: one flow a group.

The genre: under 「2 諮問の内容」, one group per kind of hand-over headed 「(1)外部提供」 / 「(2)目的外利用」, and
under it 「ア 提供する個人情報を保有する課及び事務 A課 X事務」, 「イ 提供先 B」 (or 「イ 利用する課及び事務 C課
Y事業」), 「ウ 提供する個人情報の項目 a、b」, 「エ 提供の開始日 令和n年m月d日」. Each group is one flow of the
letter's one case; a business given to an outside body is the one the case's title names. A heading broken over
two lines left the case only its last words: the opening sentence 「…諮問のあったXについて、次のとおり答申します」
gives the title whole, and the conclusion under 「1 審議会の結論」 the decision.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("答申\\n2 諮問の内容\\n(1)外部提供\\n"
...                     " ア 提供する個人情報を保有する課及び事務 福祉課 配食事務\\n"
...                     " イ 提供先 甲村社会福祉協議会\\n ウ 提供する個人情報の項目 氏名、住所\\n"
...                     " エ 提供の開始日 令和7年4月1日")
>>> case = CouncilCase(title="配食サービス事業に係る保有個人情報の外部提供について", line=1)
>>> flows, _, read, _ = kana_row_flows(lines, [case], [], set())
>>> [(f.source_department, f.source_business, f.recipient_business, f.recipient_external, f.items, f.start_date,
...   f.line) for f in flows]  # doctest: +NORMALIZE_WHITESPACE
[('福祉課', '配食事務', '配食サービス事業', '甲村社会福祉協議会', ['氏名', '住所'], '2025-04-01', 4)]
"""

from __future__ import annotations

import re

from ....records import CouncilCase, Flow
from ...layout.lines import Line
from ...model import claim_id
from ...text.dates import iso_or_none
from ...text.names import is_department
from .amend import Amendment, CaseAt, Decide, Fill, Restate
from .answer_letter import business_of, concluded_decision

__all__ = ["kana_row_flows"]

_GROUP = re.compile(r"^\s*[(（]\s*\d{1,2}\s*[)）]\s*(?P<kind>外部提供|目的外利用|目的外の利用|提供|オンライン結合)\s*$")
_ROW = re.compile(r"^\s*[ア-ン][\s　.．、)）]\s*(?P<rest>\S.*)$")
_LABELS = (
    ("source", re.compile(r"^(?:(?:提供|利用)する)?(?:個人情報を)?保有する(?:課|所属|部署)(?:及び事務(?:の名称)?)?"
                          r"|^保有課")),
    ("user", re.compile(r"^利用する(?:課|所属|部署)(?:及び事務(?:の名称)?)?")),
    ("recipient", re.compile(r"^提供先|^提供を受ける者")),
    ("items", re.compile(r"^(?:提供|利用)する(?:保有)?個人情報(?:の(?:項目|内容|範囲))?")),
    ("start", re.compile(r"^(?:提供|利用)(?:の)?開始(?:日|予定日|時期)")),
)
_OPENING = re.compile(r"諮問のあった(?P<title>[^、。「」]{6,}?について)、\s*(?:次|下記|以下)のとおり答申")
_KINDS = {"外部提供": "external_provision", "提供": "external_provision", "目的外利用": "purpose_outside_use",
          "目的外の利用": "purpose_outside_use", "オンライン結合": "online_connection"}


def _unit_and_work(value: str) -> tuple[str | None, str | None]:
    """「福祉課 高齢者福祉事務」: the department and its business."""
    parts = value.split()
    if len(parts) >= 2 and is_department(parts[0]):
        return parts[0], " ".join(parts[1:])
    return (value, None) if is_department(value) else (None, value or None)


def _groups(lines: list[Line], after: int, consumed: set[int]) -> list[tuple[str, dict[str, tuple[int, str]]]]:
    """Each 「(n)kind」 group below ``after`` with its labelled rows (label → line and value)."""
    groups: list[tuple[str, dict[str, tuple[int, str]]]] = []
    for line in lines:
        if (line.no or 0) <= after or not line.text or line.no in consumed:
            continue
        head = _GROUP.match(line.text)
        if head:
            groups.append((_KINDS[head.group("kind")], {}))
            continue
        row = _ROW.match(line.text) if groups else None
        if row is None:
            continue
        rest = row.group("rest")
        for name, label in _LABELS:
            found = label.match(rest)
            if found and name not in groups[-1][1]:
                groups[-1][1][name] = (line.no or 0, rest[found.end():].strip())
                break
    return groups


def kana_row_flows(lines: list[Line], cases: list[CouncilCase], case_flows: list[Flow], consumed: set[int]) -> tuple[
        list[Flow], set[str], set[int], list[Amendment]]:
    """The flows the labelled rows under the one case state, the title flows they replace, the lines read, and the
    amendments (the case restated, retitled from its opening sentence, decided by its conclusion)."""
    if len(cases) != 1:
        return [], set(), set(), []
    case = cases[0]
    opening = next((found for line in lines if line.text and (line.no or 0) >= (case.line or 0)
                    for found in [_OPENING.search(line.text)] if found), None)
    title = re.sub(r"\s+", "", opening.group("title")) if opening else case.title
    whole = opening is not None and len(title) > len(case.title) and title.endswith(re.sub(r"\s+", "", case.title))
    business = business_of(title if whole else case.title)
    flows: list[Flow] = []
    read: set[int] = set()
    for kind, rows in _groups(lines, case.line or 0, consumed):
        if "source" not in rows or not ("recipient" in rows or "user" in rows):
            continue
        department, work = _unit_and_work(rows["source"][1])
        start = rows.get("start", (0, ""))[1]
        start_date = iso_or_none(start)
        common = {"source_department": department, "source_business": work, "basis": "council",
                  "items": [item for item in re.split(r"[、,，]", rows.get("items", (0, ""))[1]) if item],
                  "start_date": start_date, "line": rows["source"][0], "quote": rows["source"][1]}
        if "user" in rows:
            user, used_for = _unit_and_work(rows["user"][1])
            flows.append(Flow(recipient_department=user, recipient_business=used_for or business,
                              kind="purpose_outside_use" if kind == "external_provision" else kind, **common))
        else:
            flows.append(Flow(recipient_external=rows["recipient"][1], recipient_business=business, kind=kind,
                              **common))
        read |= {at for at, _ in rows.values()}
    if not flows:
        return [], set(), set(), []
    dropped = frozenset(case.flow_ids)
    amendments: list[Amendment] = [Restate(CaseAt(0), tuple(claim_id(flow, "explained") for flow in flows), dropped)]
    if whole:
        amendments.append(Fill(CaseAt(0), "title", title, only_missing=False))
    decided = concluded_decision([line for line in lines if (line.no or 0) > (case.line or 0)])
    if decided and (case.decision == "unknown" or decided == "approved_with_opinion"):
        amendments.append(Decide(CaseAt(0), decided))
    return flows, set(dropped), read, amendments
