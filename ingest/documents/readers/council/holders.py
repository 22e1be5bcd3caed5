"""What the minutes say where they take up a numbered case: the holders a consultation's title leaves out.

The genre: an agenda item 「諮問第7号 X事務に伴う保有個人情報の目的外利用について【A課】」 names the receiving
business and department but not whose data is used; the record of the meeting takes the case up by its number
(「(1) 諮問第7号について A課長から 税務課がY事務で保有する所得情報及び住民課がZ事務で保有する世帯情報を …に
利用したい」) — on the same line in a run-on transcript, or on the lines below the heading. Each holder named there
(「B課がY事務で保有する」, or only 「Y事務で保有する」 when the title's department holds) is the source of one of the
title's flows; a provision's contractor (「…を受託するC法人に提供」) and a start (「…から行う」) said there complete
it too. What is said ends at the next case taken up.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("議題 諮問第7号 X事務について\\n(1) 諮問第7号について\\n"
...                     "A課長から、税務課がY事務で保有する所得額及び住民課がZ事務で保有する世帯情報を利用したい。")
>>> text, said_on = discussion_of(lines, "7", 1)
>>> holders_said(text), said_on
([('税務課', 'Y事務'), ('住民課', 'Z事務')], [2, 3])
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import replace

from ....normalize import DATE_SINCE, to_iso_date
from ....records import CouncilCase, Flow
from ...layout.lines import Line, split_lines  # noqa: F401 - the doctests use it
from ...model import claim_ids
from ...text.items import clean_items, compact
from .amend import CaseAt, Fill, Restate
from .consult import articles_of

__all__ = ["complete_cases", "discussion_of", "holders_said", "item_alone", "with_holders"]

# 「税務課がA事務で保有する甲及び住民課がB事務で保有する乙を…」
# 「市民税課がX事務で受け付けた」: a holder too
_HOLDS = re.compile(r"(?:(?P<dept>[^、。をがの「」]{1,30}?(?:課|室|センター|局|係|所))が)?"
                    r"(?P<biz>[^、。をがでの「」]+?(?:事務|業務|事業|システム))(?:で|において)"
                    r"(?:保有する|受け付けた|受理した|取得した)")
# 「税務課が保有する課税事務の所得額」「福祉課が保有する要援護者台帳から、氏名…」
_HOLDS_DEPARTMENT = re.compile(r"(?P<dept>[^、。をがの「」]{1,30}?(?:課|室|センター|局|係|所))が保有する"
                               r"(?:(?P<biz>[^、。をがの「」]{2,30}?(?:事務|業務|台帳|名簿))(?:の(?=[^、。を])|から、))?")
# a speaker (「A課長から」), the item or the user's business (「X事業において」) before, glued on
_SAID_CUT = re.compile(r"から|より|及び|並びに|において|、|\s|[〇○◯]|[)）]")  # 「(A課)B課が」: the speaker's tag
_NEXT_CASE = re.compile(r"(?:諮問第\d{1,3}号|報告(?:第\d{1,3}号)?)(?:について|[^。]{0,40}について)")
# 「諮問事項(1)」 alone on its line (also 【諮問事項1】, 「議題(2)について」)
_ITEM_ALONE = re.compile(r"^[【\[]?(?:諮問事項|審議事項|審議案件|議題|案件)[(（]?(\d{1,2})[)）]?[】\]]?(?:について)?$")
_HEADING = re.compile(r"^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}\s|\d{1,2}[.．])")
# 「…を、〈事業〉のため、A及びBに提供」: the bodies the data are given to (a purpose clause may stand before them)
# (「…のシステムを通じて」: the way it goes, before the body)
_GIVEN_TO = re.compile(r"を、?(?:[^、。を]{2,40}?ため、)?(?:[^、。を]{2,40}?(?:を通じて|を経由して)、?)?"
                       r"(?P<to>[^、。をにへ]{2,40}?)(?:に対し|へ|に)(?:外部)?提供")
_DOER = re.compile(r"^.*(?:する|した|している|行う|担う|営む|である)(?=[^、。]{2,})")  # 「…事業を受託するB法人」: B
_BODIES = re.compile(r"及び|並びに")
_OWN_UNIT = re.compile(r"(?:課|室|係)$")  # a センター may be an outside body (地域包括支援センター): only these are
# 「…を、防災課の受信機貸与事務で利用する」 / 「…を、こども課が…に利用する」: the department that uses the data
_USED_BY = re.compile(r"を、?(?P<dept>[^、。をがの「」]{1,20}?(?:課|室|センター|局))"
                      r"(?:の[^、。を]{2,30}?で|が[^、。を]{0,40}?|において)(?:目的外)?利用")
_UNIT = r"[^、。をがの「」]{1,20}?(?:課|室|センター|局)"
_WORK = r"[^、。を「」]{2,30}?(?:事務|業務|事業)"
_NAMED_WORK = re.compile(r"(?:事務|業務|事業)」?$")
_FOR = r"(?:(?P<why>[^、。を]{2,30}?)(?:のため)?に)?"
# 「…を、B課がY事務において減免の判定に利用する」: the department that uses, its business and what for
_UNITS = rf"{_UNIT}(?:(?:、|及び|並びに){_UNIT})*"  # 「A課及びB課が」: each department uses
_USED_IN = re.compile(rf"を、?(?P<dept>{_UNITS})が(?:(?P<biz>{_WORK})(?:において|で)、?)?{_FOR}(?:目的外)?利用")
# 「B課がY事務において、A課がX事務で保有するZを利用する」: the user named first, the holder after it
_USER_FIRST = re.compile(rf"(?:^|[、。])(?P<dept>{_UNITS})が(?P<biz>{_WORK})(?:において|で)、"
                         rf"[^。]*?保有する[^。]*?を、?{_FOR}(?:目的外)?利用")
_HELD_ITEMS = re.compile(r"(?:保有|管理|取得)(?:する|した|している)(?P<items>[^。を]{2,60}?)を")
_MOST_LINES = 8
# 「開始は2025年4月1日の予定で」: the start told as a plan, no から
_PLANNED_START = re.compile(r"開始(?:日|時期)?は、?((?:(?:平成|令和)\s*(?:元|\d{1,2})"
                            r"|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                            r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)")


def _other_case(flat: str, number: str) -> re.Match | None:
    """Where ``flat`` takes up a case other than ``number`` (the chair naming this one again is no end)."""
    for match in _NEXT_CASE.finditer(flat):
        if _NUMBERED.search(match.group()) and _NUMBERED.search(match.group()).group(1) == number:
            continue
        return match
    return None


def item_alone(text: str) -> str | None:
    """The agenda position a line names alone (「諮問事項(1)」, 「【議題2】」), never a 報告事項: the result of
    that item follows it.

    >>> item_alone(" 諮問事項(2)"), item_alone("報告事項(1)")
    ('2', None)
    """
    flat = compact(text)
    alone = _ITEM_ALONE.match(flat) if len(flat) <= 16 else None
    return alone.group(1) if alone else None


# 「諮問第5号」, 「【諮問第5号】」, 「諮問第5号の審議」 alone on a line: the heading over what is said of that case
_NUMBER_ALONE = re.compile(r"^(?:[(（]\d{1,2}[)）]|\d{1,2}[.．])?[【\[(（]?諮問第(\d{1,3})号[】\])）]?"
                           r"(?:の審議(?:結果)?|の結果)?$")


def _number_alone(flat: str) -> str | None:
    alone = _NUMBER_ALONE.match(flat) if len(flat) <= 16 else None
    return alone.group(1) if alone else None


def discussion_of(lines: list[Line], number: str, after: int, *, item: bool = False) -> tuple[str, list[int]]:
    """What the minutes say where they take up case ``number`` below line ``after`` (compact text, up to the next
    case taken up or the next numbered heading), and the lines that say it.

    ``item``: ``number`` is the case's place in the agenda list, taken up under a heading alone on its line
    (「諮問事項(1)」) rather than by its 諮問第N号.
    """
    start = f"諮問第{number}号について"
    for index, line in enumerate(lines):
        if line.no < after:
            continue
        flat = compact(line.text)
        at = -1 if item else flat.find(start)
        heading = not item and _number_alone(flat) == number  # 「諮問第5号」 alone over the paragraph of its result
        if item and item_alone(flat) == number or heading:
            said = ""
        elif at >= 0:
            said = flat[at + len(start):]
        else:
            continue
        used = [line.no]
        for below in lines[index + 1:index + 1 + _MOST_LINES]:
            if not below.text:
                continue
            more = compact(below.text)
            if below.cells or _HEADING.match(below.text) or item_alone(more) or _other_case(more, number):
                break
            if heading and len(more) <= 16 and "。" not in more:
                break  # the next heading alone (「諮問第6号」, 「報告」): what is said of this case ends
            said += more
            used.append(below.no)
        said = said[:600]
        other = _other_case(said, number)
        return (said[:other.start()] if other else said), used
    return "", []


def holders_said(text: str) -> list[tuple[str | None, str | None]]:
    """(department, business) of every holder ``text`` names; a department alone (「税務課が保有する」) when no
    holder names its business.

    >>> holders_said("A課長から、税務課が保有する所得額を利用したい")
    [('税務課', None)]
    """
    found = [(_SAID_CUT.split(held.group("dept"))[-1] if held.group("dept") else None,
              _SAID_CUT.split(held.group("biz"))[-1]) for held in _HOLDS.finditer(text)]
    named = [(dept or None, biz) for dept, biz in found if len(biz) > 2]
    # 「税務課が保有する課税事務の所得額」: the business named before the items
    return named or [(_SAID_CUT.split(held.group("dept"))[-1], held.group("biz"))
                     for held in _HOLDS_DEPARTMENT.finditer(text)]


def _held_items(said: str) -> dict[str | None, list[str]]:
    """The items each holder holds (「A課がX事務で保有する甲及びB課がY事務で保有する乙を」: 甲 for A課, 乙 for
    B課), keyed by department; ``None`` keys the items when one holder, or none, is named."""
    marks = list(_HOLDS.finditer(said)) or list(_HOLDS_DEPARTMENT.finditer(said))
    if not marks:
        held = _HELD_ITEMS.search(said)
        marks_items = {None: held.group("items")} if held else {}
    else:
        marks_items = {}
        for number, mark in enumerate(marks):
            stop = _holder_start(marks[number + 1]) if number + 1 < len(marks) else len(said)
            held_part = said[mark.end():stop]
            # the object's を: 「…及び支援を必要とする理由を、民生委員に」 ends at 「を、」 when there is one
            segment = held_part.split("を、")[0] if "を、" in held_part else held_part.split("を")[0]
            dept = _SAID_CUT.split(mark.group("dept"))[-1] if mark.group("dept") else None
            marks_items[dept if len(marks) > 1 else None] = re.sub(r"(?:及び|並びに|、|と、?)$", "", segment)
    out: dict[str | None, list[str]] = {}
    for dept, text in marks_items.items():
        items = clean_items(text)[0] if 2 <= len(text) <= 60 and "。" not in text else []
        if items and all(len(item) <= 20 for item in items):  # a longer run is words glued together, no item
            out[dept] = items
    return out


def _holder_start(mark: re.Match) -> int:
    """Where a holder's name starts in its match (the items before it, 「甲及び」, are glued to the match)."""
    raw = mark.group("dept")
    if not raw:
        return mark.start()
    return mark.start("dept") + len(raw) - len(_SAID_CUT.split(raw)[-1])


# 「A課では、X事務において、甲や乙を、B社が提供するクラウド上のSシステムとオンラインで結合し」: X linked to B
_LINKED_TO = re.compile(r"(?:(?P<dept>[^、。\s]{1,20}?(?:課|室|センター|局))では、)?"
                        r"(?:(?P<biz>[^、。\s]{2,30}?(?:業務|事務))において、)?(?P<items>[^、。を]{2,40}?)を、?"
                        r"(?P<ext>[^、。を]{2,30}?)が(?:提供|運営|管理)する[^、。を]{0,30}?"
                        r"(?:システム|サーバ|クラウド)と(?:オンライン(?:で|により)?|通信回線で)?結合")


def _linked(flow: Flow, said: str) -> bool:
    """An online connection completed by the sentence that says what is linked to whose service (see
    ``_LINKED_TO``); whether it was."""
    linked = _LINKED_TO.search(said) if "結合" in said else None
    if linked is None:
        return False
    flow.recipient_external = linked.group("ext")
    flow.source_department = flow.source_department or linked.group("dept")
    flow.source_business = flow.source_business or linked.group("biz")
    if not flow.items:
        flow.items = [item for part in re.split(r"や|、|及び", linked.group("items")) for item in clean_items(part)[0]]
    return True


def _user_of(said: str) -> tuple[list[str], str | None, str | None] | None:
    """(departments, business, purpose) of the departments that use the data, as the minutes say it.

    >>> _user_of("A課が課税事務で保有する所得額を、B課が保育事務において減免の判定に利用するもの")
    (['B課'], '保育事務', '減免の判定')
    >>> _user_of("B課が保育事務において、A課が課税事務で保有する所得額を利用するもの")
    (['B課'], '保育事務', None)
    >>> _user_of("課長から、A課が保有する所得額を、B課及びC課が目的外利用したい")
    (['B課', 'C課'], None, None)
    """
    used = _USED_IN.search(said) or _USER_FIRST.search(said)
    if used:
        business, purpose = used.group("biz"), used.group("why")
        if purpose and (purpose.startswith("「") or _NAMED_WORK.search(purpose)):
            business, purpose = business or purpose.strip("「」"), None  # 「…B課が「Y事業」に利用」: the business
        return _departments(used.group("dept")), business, purpose
    used = _USED_BY.search(said)
    return ([used.group("dept")], None, None) if used else None


def _departments(named: str) -> list[str]:
    """「A課、B課及びC課」 → each department, without the speaker or item glued before the first."""
    parts = re.split(r"、|及び|並びに", named)
    parts[0] = _SAID_CUT.split(parts[0])[-1]
    return [part for part in parts if part]


def _items_given_to(said: str, end: str) -> list[str]:
    """The two or more short items said right before 「を<end>に提供」, after the clause that ends 「…し、」."""
    at = said.find(f"を{end}に")
    if at < 0:
        at = said.find(f"を{end}へ")
    if at < 0:
        return []
    before = re.split(r"[。]|(?:し|て)、", said[:at])[-1]
    if "を" in before or "ため" in before:
        return []
    items = clean_items(before)[0]
    if len(items) >= 2 and "の" in items[0]:
        items[0] = items[0].rsplit("の", 1)[1]
    return items if len(items) >= 2 and all(len(item) <= 12 for item in items) else []


def _given_to(said: str) -> list[str]:
    """The outside bodies a provision goes to (「A及びBに提供」: both), each without the clause before it."""
    given = _GIVEN_TO.search(said)
    if not given:
        return []
    to = given.group("to")
    if _GENERIC_BODY.match(_DOER.sub("", to)) and not _BODIES.search(to):
        return [to]  # 「…を委託する事業者」: the bare 「事業者」 names no one, the clause says which
    bodies = [_DOER.sub("", body) for body in _BODIES.split(_DOER.sub("", to))]
    return [body for body in bodies if len(body) >= 2]


_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
# all said 「保有する」; 管理, 持つ only before what is held (「管理しております台帳」, not 「…を管理していますが」)
_PLAIN_HELD = re.compile(r"保有(?:しております|しています|している)"
                         r"|(?:管理し|持っ)(?:ております|ています|ている)(?=[一-龥ァ-ヶ])")
_GENERIC_BODY = re.compile(r"^(?:事業者|業者|法人|団体|委託先|受託者)$")


def with_holders(made: list[Flow], said: str, said_on: list[Line] | None = None) -> list[Flow]:
    """A numbered case's title flows completed by what the minutes say of it (new flows, no claim id yet): one per
    holder ``said`` names where the titles name none, the bodies a provision goes to, the department that uses, the
    items held and the start; ``made`` itself when ``said`` adds nothing.

    A flow whose holder only ``said`` names stands on the line of ``said_on`` that names it (the first line naming
    both ends). A provision by the department that receives the case's use (「…を福祉課が目的外利用して名簿を
    作成し、その名簿を…に提供」) keeps its holder: what it provides is what it received.

    >>> made = [Flow(kind="external_provision", recipient_business="X事業", line=3)]
    >>> [(f.source_department, f.source_business, f.recipient_external, f.items) for f in with_holders(
    ...     made, "A課がB事務で保有する氏名、住所を、X事業のため、C会及びD会に提供したい")]
    [('A課', 'B事務', 'C会', ['氏名', '住所']), ('A課', 'B事務', 'D会', ['氏名', '住所'])]
    """
    if not made or not said or any(flow.source_external for flow in made):
        return made
    said = _PLAIN_HELD.sub("保有する", _COMMA.sub("、", said))  # 「保有しております」「,」: said as the rules read it
    named = [flow for flow in made if flow.source_business]
    holders = [] if named else holders_said(said)
    receivers = {flow.recipient_department for flow in made if flow.kind == "purpose_outside_use"} - {None}
    given = _given_to(said)
    user = _user_of(said) if any(flow.kind == "purpose_outside_use" for flow in made) else None
    held_items = _held_items(said)
    since = DATE_SINCE.search(said) or _PLANNED_START.search(said)
    cited = [article for article in articles_of(said) if "条例" in article] if "条" in said else []
    for flow in made:  # the ordinance the discussion cites grounds the case's flows (no change of what they say)
        if cited and flow.basis == "council" and not flow.basis_text:
            flow.basis_text = cited[0]
    out: list[Flow] = []
    changed = False
    for flow in made:
        if flow.kind == "online_connection" and not (flow.recipient_external or flow.recipient_business
                                                      or flow.recipient_department):
            flow = replace(flow, id="", items=list(flow.items), evidence=list(flow.evidence))
            if _linked(flow, said):
                changed = True
                _move_to_holder(flow, flow.recipient_external or "", said_on or [], "結合")
        keeps = flow.kind == "external_provision" and flow.source_department in receivers
        sources = [(dept, biz) for dept, biz in holders if biz or dept != flow.source_department]
        if keeps or flow.source_business or not sources:
            sources = [(flow.source_department, flow.source_business)]
        else:
            changed = True
        ends = [flow.recipient_external]
        if flow.kind == "external_provision" and not flow.recipient_external and not flow.recipient_department \
                and given:
            ends, changed = given, True
        for dept, biz in sources:
            for end in ends:
                new = replace(flow, id="", source_department=dept or flow.source_department, source_business=biz,
                              recipient_external=end, items=list(flow.items), evidence=list(flow.evidence))
                if end and end is not flow.recipient_external and _OWN_UNIT.search(end):
                    new.recipient_external, new.recipient_department = None, end  # a department of the body itself
                items = held_items.get(dept if dept in held_items else None, [])
                if items and not new.items and not keeps:
                    new.items, changed = list(items), True
                given_items = _items_given_to(said, end) if keeps and end and not new.items else []
                if given_items:  # what the receiving department gives on: 「…した方の氏名、住所をC会に提供」
                    new.items, changed = given_items, True
                if (dept or biz) and not flow.source_department and not flow.source_business:
                    _move_to_holder(new, dept or biz or "", said_on or [])
                if since and not new.start_date:
                    with suppress(ValueError):  # an impossible start is left open
                        new.start_date, changed = to_iso_date(since.group(1)), True
                used_too: list[Flow] = []
                if flow.kind == "purpose_outside_use" and user:
                    users, business, purpose = user
                    users = [new.recipient_department] if new.recipient_department in users else users
                    copies = [new, *(replace(new, items=list(new.items), evidence=list(new.evidence))
                                     for _ in users[1:])]
                    for copy, department in zip(copies, users, strict=True):
                        if _used_by(copy, department, business, purpose):
                            changed = True
                            used_too += [copy] if copy is not new else []
                out.append(new)
                out.extend(used_too)  # 「…をB課及びC課が利用」: one use per department
    return _distinct(out) if changed else made


def _used_by(flow: Flow, department: str, business: str | None, purpose: str | None) -> bool:
    """The user the minutes name completes a use: it receives where the title named none, or named the holder
    itself among its bracketed departments; its business and purpose, when said, are the recipient's."""
    if department == flow.source_department or flow.recipient_department not in (None, department,
                                                                                  flow.source_department):
        return False
    before = (flow.recipient_department, flow.recipient_business, flow.reason)
    flow.recipient_department = department
    flow.recipient_business = business or flow.recipient_business
    flow.reason = purpose or flow.reason
    return (flow.recipient_department, flow.recipient_business, flow.reason) != before


def _distinct(flows: list[Flow]) -> list[Flow]:
    """One flow per hand-over (two bracketed departments completed to the same user give one)."""
    seen: set[tuple] = set()
    out: list[Flow] = []
    for flow in flows:
        key = (flow.kind, flow.source_department, flow.source_business, flow.recipient_department,
               flow.recipient_business, flow.recipient_external)
        if key not in seen:
            seen.add(key)
            out.append(flow)
    return out


def _move_to_holder(flow: Flow, holder: str, said_on: list[Line], word: str = "保有") -> None:
    """The flow stands on the first line of ``said_on`` naming ``holder`` with ``word`` (both ends named)."""
    for line in said_on:
        flat = compact(line.text)
        if holder and holder in flat and word in flat:
            flow.line, flow.quote = line.no, line.quote
            return


_NUMBERED = re.compile(r"諮問第(\d{1,3})号")


_ITEM_AT = re.compile(r"^\s*[(（](\d{1,2})[)）]")
_REASONS = re.compile(r"^(?:\d{1,2}\s*[.．、]?\s*)?(?:[(（]\d{1,2}[)）]\s*)?(?:答申の)?理由$")


def reason_of(lines: list[Line], item: Line) -> tuple[str, list[int]]:
    """The reason an answer gives for the agenda item on line ``item`` (「(1) …について(A課)」): the paragraph
    numbered like it under the heading 「理由」 (「(1) A課がX事務で保有する…を…利用するものであり、…」), its
    sentence run on over the lines the page width broke, up to the next number or heading.

    >>> from ...layout.lines import split_lines
    >>> lines = split_lines("(1) Aについて\\n(2) Bについて\\n3 理由\\n(1) 甲課が乙事務で保有す\\nる氏名を利用\\n(2) 丙")
    >>> reason_of(lines, lines[0])
    ('甲課が乙事務で保有する氏名を利用', [4, 5])
    """
    number = _ITEM_AT.match(item.text)
    if number is None:
        return "", []
    below = [line for line in lines if line.no > item.no]
    heading = next((index for index, line in enumerate(below) if _REASONS.match(compact(line.text))), None)
    if heading is None:
        return "", []
    for index, line in enumerate(below[heading + 1:], start=heading + 1):
        own = _ITEM_AT.match(line.text)
        if own is None or own.group(1) != number.group(1):
            continue
        said, used = compact(line.text[own.end():]), [line.no]
        for more in below[index + 1:index + 1 + _MOST_LINES]:
            if not more.text:
                continue
            if _ITEM_AT.match(more.text) or _HEADING.match(more.text) or more.cells:
                break
            said += compact(more.text)
            used.append(more.no)
        return said[:600], used
    return "", []


def paragraph_below(lines: list[Line], after: int, start: int | None = None) -> tuple[str, list[int]]:
    """The prose paragraph right under a case's own line (「1.諮問第21号 Xについて」, then 「A課が…保有する…」), up
    to the next item, heading, speaker's turn or blank line: its compact text and lines; nothing unless a sentence
    there names each holder with its department and business (「A課がY事務で保有する…」). ``start``: the index of
    line ``after`` in ``lines``, when known.

    >>> lines = split_lines("1.諮問第3号 X事業について\\nA課がY事務で保有する氏名を、B会に提供するもの。\\n"
    ...                     "2.諮問第4号 Z事業について")
    >>> paragraph_below(lines, 1)
    ('A課がY事務で保有する氏名を、B会に提供するもの。', [2])
    """
    if start is None:
        start = next((index for index, line in enumerate(lines) if line.no == after), None)
    said, used = "", []
    for below in lines[start + 1:start + 1 + _MOST_LINES] if start is not None else []:
        if not below.text:
            if used:
                break
            continue
        more = compact(below.text)
        if (below.cells or _HEADING.match(below.text) or item_alone(more) or _NUMBERED.search(more)
                or len(more) <= 16 and "。" not in more or more.startswith(("○", "◯", "〇"))):
            break
        said += more
        used.append(below.no)
    named = holders_said(said) if "。" in said and "保有" in said else []
    if not named or not all(department and business for department, business in named):
        return "", []  # a holder named only in part: the sentence readers read such a paragraph
    return said, used


_MOST_AROUND_TITLE = 8  # a repeated title stands alone: at most a position or brackets beside it


def _short_lines(lines: list[Line]) -> dict[int, list[tuple[int, int, str]]]:
    """(index, line number, compact text) of every line short enough to be a heading, by the text's length."""
    out: dict[int, list[tuple[int, int, str]]] = {}
    for index, line in enumerate(lines):
        if line.text and len(line.text) <= 160 and "。" not in line.text:
            flat = compact(line.text)
            out.setdefault(len(flat), []).append((index, line.no, flat))
    return out


def _title_repeated(short: dict[int, list[tuple[int, int, str]]], case: CouncilCase) -> tuple[int, int] | None:
    """(index, line number) of the first line below a case's own that repeats its title alone (the heading of its
    result), if any."""
    title = compact(case.title)
    found = [(index, no) for length in range(len(title), len(title) + _MOST_AROUND_TITLE + 1)
             for index, no, flat in short.get(length, ()) if no > (case.line or 0) and title in flat]
    return min(found) if found else None


def _stated_kind(said: str) -> str | None:
    """The kind of hand-over the sentence naming a holder states (「…保有する…を、Cに提供するもの」)."""
    sentence = next((part for part in said.split("。") if "保有する" in part), "")
    if not sentence or not (_HOLDS.search(sentence) or _HOLDS_DEPARTMENT.search(sentence)):
        return None
    if "結合" in sentence:
        return "online_connection"
    if "目的外" in sentence or _user_of(sentence):
        return "purpose_outside_use"
    return "external_provision" if _GIVEN_TO.search(sentence) else None


def complete_cases(lines: list[Line], cases: list[CouncilCase], case_flows: list[Flow]
                   ) -> tuple[list[Flow], set[str], set[int], list[Restate | Fill]]:
    """Every case whose flows name no holder (or that has none), completed by what the minutes say where they take
    it up (「諮問第N号について…」, 「諮問第N号」 alone over a paragraph) or, failing that, by the paragraph right under
    its own line: the new flows, the claim ids they replace, the lines read, and the amendments — each completed
    case restated to its new flows, and the ordinance article the minutes cite as the basis of a title flow that
    cites none.

    A case whose title states no hand-over takes the one its paragraph states (「A課がX事務で保有する…を、B社に
    提供するもの」), when that paragraph names both ends."""
    by_no = {line.no: line for line in lines}
    position = {line.no: index for index, line in enumerate(lines)}
    short = _short_lines(lines) if cases else {}
    by_id = {flow.id: flow for flow in case_flows if flow.id}
    added: list[Flow] = []
    replaced: set[str] = set()
    used: set[int] = set()
    amendments: list[Restate | Fill] = []
    cited: dict[str, str] = {}  # by claim id: the basis the minutes gave a title flow that cited none
    for at, case in enumerate(cases):
        line = by_no.get(case.line or 0)
        numbers = set(_NUMBERED.findall(compact(line.text))) if line is not None else set()
        flows = [by_id[token] for token in case.flow_ids if token in by_id]
        if len(numbers) > 1 or line is None or line.cells:
            continue
        said, said_on = discussion_of(lines, numbers.pop(), line.no + 1) if numbers else ("", [])
        if not said:
            said, said_on = reason_of(lines, line)
        if not said:
            index, no = _title_repeated(short, case) or (position[line.no], line.no)
            said, said_on = paragraph_below(lines, no, index)
        if not flows:
            kind = _stated_kind(said) if said else None
            flows = [Flow(kind=kind, basis="council", line=line.no, quote=line.quote)] if kind else []
        # with_holders completes the flows it is given: copies (with the basis a case above gave a flow of two
        # cases), so that a title flow changes only by a Fill
        copies = [replace(flow, basis_text=flow.basis_text or cited.get(flow.id, flow.basis_text),
                          items=list(flow.items), evidence=list(flow.evidence)) for flow in flows]
        completed = with_holders(copies, said, [by_no[no] for no in said_on])
        for flow in completed if completed is not copies else []:
            if flow.recipient_department in ("同課", "同室") and flow.source_department:
                flow.recipient_department = flow.source_department  # 「A課が…で保有する…を、同課の…で利用」
        for flow, copy in zip(flows, copies, strict=True):
            if flow.id and copy.basis_text and not flow.basis_text and flow.id not in cited:
                cited[flow.id] = copy.basis_text
                amendments.append(Fill(flow.id, "basis_text", copy.basis_text))
        if completed is copies:
            continue
        amendments.append(Restate(CaseAt(at), tuple(claim_ids(completed, "council")), frozenset(case.flow_ids)))
        replaced |= {flow.id for flow in flows if flow.id}
        added.extend(completed)
        used.update(said_on)
    return added, replaced, used, amendments
