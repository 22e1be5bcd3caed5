"""The flow a department's explanation states, in minutes that take up each case by its number or its heading.

The genre: minutes where the chair calls a case (「諮問第58号について、…説明をお願いします」) or repeat its title as
a heading, and the department's explanation below says the hand-over in one sentence:

- 「A課で保有しているZを、B室のC事業で目的外利用したい」: B室 uses Z in C (「利用する項目はa、bです」 lists
  the items when it follows);
- 「A課が保有するZを、X事務の委託先であるYに提供する」: the contractor Y receives, for the business the case's
  title names;
- 「X業務をYに委託するに当たり、Zを受託者に提供する」: the department speaking (its name alone on the line above)
  provides Z to Y, for X.

Each flow is its case's: the case last called by number above, else the one whose title heads the lines above.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("議題:(1)諮問第3号 A事業について\\n諮問第3号について説明を\\n福祉課\\n"
...                     "福祉課で保有している名簿データを,健康課の見守り事業で目的外利用したい。"
...                     "利用する項目は氏名,住所です。")
>>> case = CouncilCase(title="A事業について", line=1)
>>> flows, _, read, _ = presented_flows(lines, [case], [], set())
>>> [(f.source_department, f.recipient_department, f.recipient_business, f.items, f.line) for f in flows]
[('福祉課', '健康課', '見守り事業', ['氏名', '住所'], 4)]
"""

from __future__ import annotations

import re

from ....records import CouncilCase, Flow
from ...layout.lines import Line
from ...model import claim_id
from ...text.items import clean_items, compact
from ...text.names import is_department
from .amend import CaseAt, Restate
from .consult import _for_business

__all__ = ["presented_flows"]

_UNIT = r"(?:課|室|センター|局|事務所)"
_WORK = r"(?:事業|事務|業務)"
_HELD = rf"(?P<dept>[^、。「」をで]{{2,20}}?{_UNIT})(?:が|で)(?:保有|管理)(?:する|している)(?P<items>[^。]+?)を、"
_USED = re.compile(rf"{_HELD}(?P<rdept>[^、。のを]{{2,20}}?{_UNIT})の(?P<rbiz>[^、。を]{{2,30}}?{_WORK})で"
                   r"目的外(?:利用|に利用)")
_GIVEN = re.compile(rf"{_HELD}(?P<to>[^、。を]{{2,40}}?)(?:へ|に)(?:外部)?提供する")
# 「X事業において、〈reason〉、A課が…のために保有しているZを、B課が利用したい」: B課 uses Z in the work said first
_USED_AT_WORK = re.compile(rf"^(?P<rbiz>[^、。を]{{2,30}}?{_WORK})において、(?:(?P<why>[^。]*?)、)?"
                           rf"(?P<dept>[^、。「」をで]{{2,20}}?{_UNIT})が(?:[^、。を]{{0,30}}?ため(?:に)?)?"
                           rf"(?:保有|管理)(?:する|している)(?P<items>[^。]+?)を、(?P<rdept>[^、。を]{{2,20}}?{_UNIT})が"
                           r"(?:目的外(?:に)?)?利用(?:したい|する)")
# 「X事業において、〈when / reason〉、Zを、Sシステムを通じてBへ提供する」: the department speaking provides Z held in X
_GIVEN_AT_WORK = re.compile(rf"^(?P<hbiz>[^、。を]{{2,30}}?{_WORK})において、(?P<items>[^。]+?)を、"
                            r"(?:(?P<via>[^、。を]{2,30}?システム)を(?:通じて|経由して|介して|利用して)、?)?"
                            r"(?P<to>[^、。を]{2,40}?)(?:へ|に)(?:外部)?提供する")
_CLAUSE_END = re.compile(r"(?:から|よう|ように|ため|ために|ので)$")
# 「X業務を、Yに委託して実施するに当たり、A課が保有するPのうち、a、bを受託者へ提供する」: A課 (else the speaker)
_ENTRUSTING = re.compile(rf"^(?P<rbiz>[^、。]{{2,40}}?{_WORK})を、?(?P<ext>[^、。を]{{2,30}}?)に委託(?:して実施)?する"
                         rf"(?:に当たり|にあたり|に際し)、(?:(?P<holder>[^、。を]{{2,20}}?{_UNIT})が(?:保有|管理)"
                         r"(?:する|している)(?:[^、。を]{2,30}?のうち、)?)?"
                         r"(?P<items>[^。]+?)を(?:受託者|受託事業者|委託先)(?:に|へ)(?:外部)?提供する")
_CONTRACTOR = re.compile(r"^[^、。]+?の(?:受託事業者|受託者|委託先|委託事業者|指定管理者)である(?=.{2})")
_ITEMS_LISTED = re.compile(r"(?:利用|提供)する(?:項目|情報)は、?(?P<items>[^。]+?)(?:です|である|となります)")
_CALLED = re.compile(r"諮問第\s*(\d+)\s*号")
_NUMBER_AFTER = re.compile(r"[(（]諮問第\s*(\d+)\s*号[)）]$")  # 「Xについて(諮問第4号)」: the paper's label
_CUES = ("保有", "委託", "提供")  # a line without one states no flow of these shapes
_CUE = re.compile("|".join(_CUES))
_MOST_BELOW = 12  # lines between the call of a case and the explanation


def _items(text: str) -> list[str]:
    """「入居者の氏名、世帯構成」: the items, without whose they are."""
    items = clean_items(text)[0]
    if len(items) >= 2 and "の" in items[0]:
        items[0] = items[0].rsplit("の", 1)[1]
    return items


def _states_flow(text: str) -> bool:
    if not ("提供する" in text or "目的外" in text or "利用し" in text or "利用す" in text):
        return False  # the verb every shape ends in
    return any(pattern.search(text) for pattern in (_USED, _USED_AT_WORK, _GIVEN, _GIVEN_AT_WORK, _ENTRUSTING))


def _case_numbers(lines: list[Line], cases: list[CouncilCase]) -> dict[str, CaseAt]:
    by_line = {line.no: line for line in lines}
    out: dict[str, CaseAt] = {}
    for at, case in enumerate(cases):
        flat = compact(by_line[case.line].text) if case.line in by_line else ""
        where = flat.find(compact(case.title)[:12])
        numbers = [match.group(1) for match in _CALLED.finditer(flat) if where < 0 or match.start() < where]
        after = _NUMBER_AFTER.search(flat) if where >= 0 else None
        numbers = numbers or ([after.group(1)] if after else [])
        if numbers:
            out.setdefault(numbers[-1], CaseAt(at))
    return out


def _case_above(lines: list[Line], index: int, titles: list[tuple[CaseAt, str, int | None]],
                numbered: dict[str, CaseAt]) -> CaseAt | None:
    """The case called by number, or whose title is repeated, on one of the lines just above."""
    for above in reversed(lines[max(0, index - _MOST_BELOW):index]):
        called = _CALLED.findall(above.text)
        if called and called[-1] in numbered:
            return numbered[called[-1]]
        flat = compact(above.text)
        for at, title, line_no in titles:
            if above.no != line_no and title in flat:
                return at
    return None


# 「…法律第69条第2項第2号に該当するものと考えています」: the department names the ground of a use within the body
_REASONABLE = re.compile(r"(?P<article>(?:個人情報の保護に関する)?法(?:律)?第69条第2項第[23]号)に該当")


def _own_ground(text: str) -> dict[str, str]:
    cited = _REASONABLE.search(text)
    return {"basis": "reasonable_grounds", "basis_text": cited.group("article")} if cited else {"basis": "council"}


def _said(text: str, speaker: str | None, business: str | None, line: Line) -> Flow | None:
    text = text.replace(",", "、")
    listed = _ITEMS_LISTED.search(text)
    used = _USED.search(text)
    if used:
        return Flow(source_department=used.group("dept"), recipient_department=used.group("rdept"),
                    recipient_business=used.group("rbiz"), kind="purpose_outside_use", basis="council",
                    items=_items(listed.group("items")) if listed else [used.group("items")],
                    line=line.no, quote=line.quote)
    at_work = _USED_AT_WORK.search(text)
    if at_work:
        return Flow(source_department=at_work.group("dept"), recipient_department=at_work.group("rdept"),
                    recipient_business=at_work.group("rbiz"), kind="purpose_outside_use",
                    items=clean_items(at_work.group("items"))[0], reason=at_work.group("why"), line=line.no,
                    quote=line.quote, **_own_ground(text))
    given = _GIVEN.search(text)
    if given:
        to = given.group("to")
        contractor = _CONTRACTOR.match(to)
        return Flow(source_department=given.group("dept"), recipient_business=business if contractor else None,
                    recipient_external=_CONTRACTOR.sub("", to), kind="external_provision", basis="council",
                    items=_items(given.group("items")), line=line.no, quote=line.quote)
    given_at_work = _GIVEN_AT_WORK.search(text) if speaker else None
    if given_at_work:
        parts = given_at_work.group("items").split("、")
        clauses = [part for part in parts if _CLAUSE_END.search(part)]  # 「令和N年M月から」「…できるよう」: no item
        why = next((part for part in reversed(clauses) if not part.endswith("から")), None)
        items = clean_items("、".join(part for part in parts if part not in clauses))[0]
        return Flow(source_department=speaker, source_business=given_at_work.group("hbiz"),
                    recipient_external=given_at_work.group("to"), items=items, reason=why, line=line.no,
                    kind="online_connection" if given_at_work.group("via") else "external_provision",
                    quote=line.quote, **_own_ground(text))
    entrusting = _ENTRUSTING.search(text)
    if entrusting and (speaker or entrusting.group("holder")):
        return Flow(source_department=entrusting.group("holder") or speaker,
                    recipient_business=entrusting.group("rbiz"), recipient_external=entrusting.group("ext"),
                    kind="external_provision", basis="council", items=_items(entrusting.group("items")),
                    line=line.no, quote=line.quote)
    return None


def presented_flows(lines: list[Line], cases: list[CouncilCase], case_flows: list[Flow], consumed: set[int]) -> tuple[
        list[Flow], set[str], set[int], list[Restate]]:
    """The flows the explanations under the cases state, the claim ids of the title flows they replace, the lines
    read, and the cases restated (each case stated by what its explanations say, once)."""
    if not cases:
        return [], set(), set(), []
    numbered = _case_numbers(lines, cases)
    titles = [(CaseAt(at), compact(case.title), case.line) for at, case in enumerate(cases) if len(case.title) >= 8]
    out: list[Flow] = []
    read: set[int] = set()
    stated: dict[CaseAt, list[str]] = {}
    for index, line in enumerate(lines):
        if line.no in consumed or line.blank or line.cells or not _CUE.search(line.text):
            continue
        if not _states_flow(line.text.replace(",", "、")):  # the look above costs; most lines state none
            continue
        at = _case_above(lines, index, titles, numbered)
        if at is None:
            continue
        above = next((ln.text.strip().lstrip("●○◯〇◎") for ln in reversed(lines[max(0, index - 2):index])
                      if not ln.blank and ln.text.strip()), "")
        speaker = above if len(above) <= 20 and is_department(above) else None
        flow = _said(line.text, speaker, _for_business(compact(cases[at].title)), line)
        if flow is None:
            continue
        read.add(line.no)
        out.append(flow)
        stated.setdefault(at, []).append(claim_id(flow, "explained"))
    restated = [Restate(at, tuple(tokens), frozenset(cases[at].flow_ids)) for at, tokens in stated.items()]
    replaced = {token for at in stated for token in cases[at].flow_ids}
    return out, replaced, read, restated
