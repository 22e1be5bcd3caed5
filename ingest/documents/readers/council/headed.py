"""Minutes that repeat each agenda title as a heading, with the department's explanation below it.

The genre: an agenda lists 「ア X事務に係るYの目的外利用について」; the result of the meeting repeats the title,
then 「【諮問事項の説明】」, 「(担当課:A課)」 and one sentence that states the flow the title only names:

- 「…ため、B課が保有するYの甲、乙を、A課で利用したい」: B (its register or business Y) to A, for the title's
  business;
- 「甲、乙を記載した名簿を、…のためCに提供したい」: the department in charge provides to C.

The title's flow, completed by that sentence, stays on the title's line.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("ア 乙事業に係る台帳情報の目的外利用について\\nア 乙事業に係る台帳情報の目的外利用について\\n"
...                     "(担当課:丙課)\\n審査のため、丁課が保有する住民台帳の氏名、住所を、丙課で利用したい。")
>>> flow = Flow(kind="purpose_outside_use", recipient_business="乙事業", line=1, id="t:1")
>>> made, _, read, _ = headed_flows(lines, [CouncilCase(title="乙事業に係る台帳情報の目的外利用について", line=1,
...                                 flow_ids=["t:1"])], [flow], set())
>>> [(f.source_department, f.source_business, f.recipient_department, f.items, f.line) for f in made], read
([('丁課', '住民台帳', '丙課', ['氏名', '住所'], 1)], {4})
"""

from __future__ import annotations

import re
from dataclasses import replace

from ....records import CouncilCase, Flow
from ...layout.lines import Line
from ...model import claim_ids
from ...text.items import clean_items, compact
from .amend import CaseAt, Restate

__all__ = ["headed_flows"]

_UNIT = r"(?:課|室|センター|局)"
_IN_CHARGE = re.compile(rf"^[(（](?:担当課?|所管課?|担当部署)\s*[:：]\s*(?P<dept>[^()（）]+?{_UNIT})[)）]$")
_REASON = re.compile(r"^(?P<reason>[^、。]+?ため)、")
_HELD_USED = re.compile(rf"(?:^|、)(?P<dept>[^、。を]{{1,20}}?{_UNIT})が(?:保有|管理)する(?P<data>[^。]+?)を、"
                        rf"(?P<user>[^、。を]{{1,20}}?{_UNIT})(?:で|が|において)(?:目的外)?利用")
_PROVIDED = re.compile(r"^(?P<data>[^。]+?)を、(?:(?P<reason>[^、。を]{2,30}?ため)、?)?"
                       r"(?P<ext>[^、。をにへ]{2,20}?)(?:に|へ)(?:外部)?提供")
# 「(担当課)A課のX事業において、B課の住民基本台帳から甲を目的外利用したい」: B's register to A
_TAKEN_FROM = re.compile(rf"(?:^[(（](?:担当課?|所管課?)[)）])?(?:(?P<user>[^、。をの()（）]{{1,20}}?{_UNIT})の"
                         rf"[^、。]+?(?:において|で)、)?(?P<dept>[^、。をの()（）]{{1,20}}?{_UNIT})の"
                         r"(?P<reg>[^、。をの]{2,30}?(?:台帳|事務|業務|システム))から(?P<data>[^。]+?)を、?(?:目的外)?利用")
_LISTED_IN = re.compile(r"^(?P<items>[^。]+?)を(?:記載|記録|登載)した(?:名簿|台帳|一覧|リスト)$")
_REGISTER = re.compile(r"(?:台帳|名簿|記録|データ|ファイル|システム|事務|業務)$")  # 「A課が保有するX事務の氏名」: X
_MOST_LINES = 12


def _items(data: str) -> tuple[list[str], str | None]:
    """The items ``data`` lists and the register they are read from (「住民台帳の氏名、住所」: 住民台帳)."""
    listed = _LISTED_IN.match(data)
    items = clean_items(listed.group("items") if listed else data)[0]
    register = None
    if items and "の" in items[0]:
        whose, item = items[0].rsplit("の", 1)
        register = whose if _REGISTER.search(whose) and not listed else None
        items[0] = item  # 「対象者の氏名」: the item, not whose it is
    return items, register


def _taken_items(data: str) -> list[str]:
    """「転出・死亡の異動情報」: one item, its kinds before 「の」; 「氏名、住所」: two."""
    if "・" in data and not re.search(r"、|及び|並びに", data) and "の" in data.rsplit("・", 1)[-1]:
        return [data.strip()]
    return clean_items(data)[0]


def _completed(flow: Flow, text: str, in_charge: str | None) -> Flow | None:
    """The title's ``flow`` completed by the explanation sentence ``text`` (see the module's shapes)."""
    reason = _REASON.match(text)
    used = _HELD_USED.search(text) if flow.kind == "purpose_outside_use" else None
    if used:
        items, register = _items(used.group("data"))
        return replace(flow, id="", source_department=used.group("dept"),
                       source_business=flow.source_business or register,
                       recipient_department=flow.recipient_department or used.group("user"),
                       items=items or list(flow.items),
                       reason=flow.reason or (reason.group("reason") if reason else None),
                       evidence=list(flow.evidence))
    taken = _TAKEN_FROM.search(text) if flow.kind == "purpose_outside_use" else None
    if taken:
        return replace(flow, id="", source_department=taken.group("dept"),
                       source_business=flow.source_business or taken.group("reg"),
                       recipient_department=flow.recipient_department or taken.group("user") or in_charge,
                       items=_taken_items(taken.group("data")) or list(flow.items),
                       reason=flow.reason or (reason.group("reason") if reason else None),
                       evidence=list(flow.evidence))
    given = _PROVIDED.search(text) if flow.kind == "external_provision" else None
    if given and not re.search(rf"{_UNIT}$", given.group("ext")):
        items, register = _items(given.group("data"))
        ext = given.group("ext")
        return replace(flow, id="", source_department=flow.source_department or in_charge,
                       source_business=flow.source_business or register,
                       recipient_external=ext if not flow.recipient_external or flow.recipient_external.endswith(ext)
                       else flow.recipient_external,
                       items=items or list(flow.items), reason=flow.reason or given.group("reason"),
                       evidence=list(flow.evidence))
    return None


def _repeated_title(flat: str, titles: dict[str, CaseAt], order: dict[str, int], cases: list[CouncilCase],
                    line_no: int, openings: dict[str, list[str]], shortest: int) -> CaseAt | None:
    """The case whose title a line repeats with at most 8 characters more (the first case's, in order of titles).

    Such a title starts within the line's first 9 characters, so only the titles opening (``openings``: by their
    first ``shortest`` characters) with what the line has there are tried.
    """
    found = {title for start in range(min(8, len(flat) - shortest) + 1)
             for title in openings.get(flat[start:start + shortest], ())
             if len(title) >= len(flat) - 8 and flat.startswith(title, start)}
    matches = [title for title in found if cases[titles[title]].line != line_no]
    return titles[min(matches, key=order.__getitem__)] if matches else None


def headed_flows(lines: list[Line], cases: list[CouncilCase], case_flows: list[Flow], consumed: set[int]) -> tuple[
        list[Flow], set[str], set[int], list[Restate]]:
    """Title flows completed by the explanation under the title's heading, the ids they replace, the lines read and
    the cases restated."""
    by_id = {flow.id: flow for flow in case_flows}
    out: list[Flow] = []
    replaced: set[str] = set()
    read: set[int] = set()
    restated: list[Restate] = []
    titles = {compact(case.title): at for at, case in enumerate(cases) if case.title and len(case.title) >= 8}
    order = {title: position for position, title in enumerate(titles)}
    if not titles:
        return out, replaced, read, restated
    shortest = min(map(len, titles))
    openings: dict[str, list[str]] = {}
    for title in titles:
        openings.setdefault(title[:shortest], []).append(title)
    first_characters = {title[0] for title in titles}
    for index, line in enumerate(lines):
        flat = compact(line.text) if len(line.text) >= shortest else line.text
        if first_characters.isdisjoint(flat[:9]):
            continue  # no title can start within the line's first 9 characters (see _repeated_title)
        at = _repeated_title(flat, titles, order, cases, line.no, openings, shortest)
        if at is None:
            continue
        flows = [by_id[token] for token in cases[at].flow_ids if token in by_id]
        if len(flows) != 1:
            continue
        in_charge: str | None = None
        for below in lines[index + 1:index + 1 + _MOST_LINES]:
            text = below.text.strip()
            if compact(text) in titles:
                break
            charge = _IN_CHARGE.match(text)
            if charge:
                in_charge = charge.group("dept")
                continue
            if below.no in consumed or below.cells:
                continue
            made = _completed(flows[0], text, in_charge)
            if made is not None:
                out.append(made)
                read.add(below.no)
                replaced.add(flows[0].id)
                restated.append(Restate(CaseAt(at), tuple(claim_ids([made], "headed")), frozenset({flows[0].id})))
                break
    return out, replaced, read, restated
