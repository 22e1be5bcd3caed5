"""The flows stated in the part of the minutes that takes a case up, tied to that case.

The genre: an agenda lists the cases by generic titles (「保有個人情報の目的外利用について」) and the record takes
each up below — under its title repeated (「第2 …について(…で諮問のあった件)」, 「(4)議題1 「…」」), under its
number (「(1)諮問第51号(…関連)」), or by its place in the list (「(2)について …適当である」) — where the
department states the flow in a plain sentence that the flow readers, later in the table, read. This reader runs
after them: a flow read inside a case's part rests on the council (basis ``council`` where none was read), the
case states it, and the case's own title flows that named no holder give way to it. The flows of a case the council
refused do not take place: they are withdrawn.

A part runs from the line that takes the case up to the next such line of any case, or to the next heading of the
same kind (「第3」 after 「第2」, 「(5)」 after 「(4)」), at most 40 lines.

>>> from ...layout.page import page_of
>>> from ...reading import Reading, Readings
>>> from ....records import CouncilCase, Diagnostic, Flow
>>> page = page_of("議題\\n1. 保有個人情報の外部提供について\\n審議概要\\n第1 保有個人情報の外部提供について\\n"
...                "  A課がX事務で保有する氏名を、B会に提供するもの")
>>> readings = Readings()
>>> readings.add(READER, Reading(cases=[CouncilCase(title="保有個人情報の外部提供について", line=2)],
...                              flows=[Flow(id="s:5:1", line=5, source_department="A課", recipient_external="B会")]))
>>> reading = read(page, readings)
>>> [(flow.basis, flow.line) for flow in reading.flows], reading.withdrawn, reading.restated[0] == [reading.flows[0].id]
([('council', 5)], {'s:5:1'}, True)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ....records import CouncilCase, Diagnostic, Flow
from ...layout.lines import Line, lines_above
from ...layout.page import Page
from ...model import claim_id
from ...reading import Reader, Reading, Readings
from ...text.explanations import (
    collected_as_explained,
    cut_at_the_other_end,
    explained_at_work,
    explained_wish,
    held_and_used,
    held_used_at_work,
    linked_system,
    provided_as_explained,
    reported_item,
    speaker_of,
)
from ...text.items import clean_items, compact
from ...text.names import is_department
from .annex_rows import restate_annexed
from .consult import flow_kind
from .in_order import parts_in_order

__all__ = ["READER", "read"]

_MOST = 40
_NUMBER = re.compile(r"諮問第\s*(\d{1,3})\s*号")
_NUMBER_HEAD = re.compile(r"^(?:[(（]\d{1,2}[)）]|\d{1,2}[.．]|[ア-ン])?\s*諮問第\s*(\d{1,3})\s*号"
                          # a heading, not 「諮問第3号は、…」 (「諮問第63号・64号」 is one; 「…号 がん…」 a title)
                          r"(?!(?:[・、及はにのをがで,]|\s+[・、及,])(?!\s*(?:諮問)?第?\s*\d{1,3}\s*号)|\d)")
_MORE_NUMBERS = re.compile(r"^\s*(?:[・、]|及び)\s*(?:諮問)?第?\s*(\d{1,3})\s*号")  # 「諮問第63号・64号」: both
# 「それでは、諮問第41号について、実施機関から説明をお願いします。」: the chair takes the case up
_NUMBER_TAKEN = re.compile(r"諮問第\s*(\d{1,3})\s*号について[、,]?[^。]{0,20}説明")
# 「「目的外利用・提供の制限」の例外事項に関する諮問」: the kinds the title names are the article's, not the case's
_ARTICLE_NAMED = re.compile(r"「[^」]+」の例外")
_REPORTED = re.compile(r"したことについて(?:の)?報告")  # a hand-over reported after the fact: no case's
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
_POINTING = ("当課", "同課", "本課")  # a holder named by pointing: the speaker, not a reading
_POSITION = re.compile(r"^[(（]\s?(\d{1,2})\s?[)）]")
_ON_POSITION = re.compile(r"^[(（]\s?(\d{1,2})\s?[)）]\s*について")
_BLOCK_HEAD = re.compile(r"^(?:[(（]\s?\d{1,2}\s?[)）]|第\s*\d{1,2}(?=\s|[^\d号回条項])|\d{1,2}\s*[.．])")


_NAMED_KIND = {"online_connection": "結合", "external_provision": "提供", "purpose_outside_use": "利用",
               "collection_from_others": "収集"}  # the word by which a title names the kind


def _kind(mark: str) -> str:
    return "(" if mark[0] in "(（" else mark[0] if mark[0] == "第" else "."


def _heads(lines: list[Line], cases: list[CouncilCase], at: dict[int, int]) -> dict[int, list[int]]:
    """Per case (its position), the indexes of the lines below it that take it up."""
    titles = [compact(case.title) for case in cases]
    # One pass over the lines: which may take a case up, and by which number or place (not a pass per case)
    by_number: dict[str, list[int]] = {}
    by_place: dict[str, list[int]] = {}
    by_chair: dict[str, list[int]] = {}
    eligible = [False] * len(lines)
    for index, line in enumerate(lines):
        text = line.text.strip()
        on = _ON_POSITION.match(text)
        if not text or len(text) > 200 and not on:
            continue
        eligible[index] = True
        numbered = "諮問第" in text  # both shapes name the consultation by its number
        named = _NUMBER_HEAD.match(text) if numbered and len(text) <= 60 and "。" not in text else None  # a heading
        if named:
            by_number.setdefault(named.group(1), []).append(index)
            rest = text[named.end():]
            while more := _MORE_NUMBERS.match(rest):
                by_number.setdefault(more.group(1), []).append(index)
                rest = rest[more.end():]
        # 「諮問第N号について説明を」
        taken = _NUMBER_TAKEN.search(text) if numbered and len(text) <= 60 and not named else None
        if taken:
            by_chair.setdefault(taken.group(1), []).append(index)
        if on:
            by_place.setdefault(on.group(1), []).append(index)
    flats = [compact(line.text) for line in lines]
    flat = "\n".join(flats)  # compact leaves no line break inside a line
    starts = [0]
    for text in flats[:-1]:
        starts.append(starts[-1] + len(text) + 1)
    held_in: dict[str, int] = {}  # per title: how many titles hold it (agendas repeat titles: counted once each)
    holding: dict[str, list[int]] = {}  # per title: the lines holding it
    case_lines = {case.line for case in cases}
    heads: dict[int, list[int]] = {}
    for position, case in enumerate(cases):
        index = at.get(case.line or 0)
        if index is None or len(lines[index].text) > 200:
            continue  # a record on one line has no parts to tell apart
        above = " ".join(line.text for line in [*lines_above(lines, index, 2), lines[index]])
        numbers = set(_NUMBER.findall(case.title) or _NUMBER.findall(lines[index].text) or _NUMBER.findall(above))
        number = next(iter(numbers)) if len(numbers) == 1 else None
        place = _POSITION.match(lines[index].text.strip())
        title = titles[position]
        if len(title) >= 8 and title not in held_in:
            held_in[title] = sum(title in other for other in titles)
        unique = len(title) >= 8 and held_in[title] == 1
        found: set[int] = set()
        if unique:
            if title not in holding:  # a unique title: one case looks for it, below its own line
                holding[title] = _lines_holding(flat, starts, title, starts[index + 1] if index + 1 < len(starts)
                                                else len(flat))
            found.update(below for below in holding[title]
                         if below > index and eligible[below] and lines[below].no not in case_lines)
        if number:
            found.update(below for below in by_number.get(number, ()) if below > index)
            if sum(other.line == case.line for other in cases) > 1:  # an agenda run into one line: the case is
                found.update(below for below in by_chair.get(number, ()) if below > index)  # taken up by the chair
        if place:
            found.update(below for below in by_place.get(place.group(1), ()) if below > index)
        if found:
            heads[position] = sorted(found)
    return heads


def _lines_holding(flat: str, starts: list[int], title: str, start: int = 0) -> list[int]:
    """The indexes of the lines whose compacted text holds ``title`` (``flat``: those texts joined by line breaks),
    from the offset ``start`` on."""
    out: list[int] = []
    at = flat.find(title, start)
    while at >= 0:
        index = bisect_right(starts, at) - 1
        if not out or out[-1] != index:
            out.append(index)
        at = flat.find(title, at + 1)
    return out


def _parts(lines: list[Line], heads: dict[int, list[int]]) -> dict[int, set[int]]:
    """Per case, the line numbers of the parts of the record that take it up."""
    starts = {index for found in heads.values() for index in found}
    parts: dict[int, set[int]] = {}
    for position, found in heads.items():
        for start in found:
            mark = _BLOCK_HEAD.match(lines[start].text.strip())
            part = {lines[start].no} if _ON_POSITION.match(lines[start].text.strip()) else set()  # 「(2)について …」
            for below in range(start + 1, min(len(lines), start + _MOST)):
                text = lines[below].text.strip()
                same = _BLOCK_HEAD.match(text) if mark is not None else None
                if below in starts or same is not None and _kind(same.group()) == _kind(mark.group()):
                    break
                part.add(lines[below].no)
            parts.setdefault(position, set()).update(part)
    return parts


# 「事務局及びA課より、…について説明を行なった。」 on the line above: A課 explains the provision it makes
_EXPLAINER = re.compile(r"^(?:[^、。]*?及び)?(?P<dept>[^、。及]{2,20}?)(?:より|から)、"
                        r"[^。]*説明(?:を行な?った|があった|した)")


def _explainer(lines: list[Line], index: int) -> str | None:
    above = next((line.text.strip() for line in reversed(lines[max(0, index - 2):index]) if line.text.strip()), "")
    found = _EXPLAINER.match(above)
    return found.group("dept") if found and is_department(found.group("dept")) else None


def _better(mine: list[Flow], theirs: list[Flow]) -> list[Flow]:
    """The explanation's reading, unless the flow readers read the line whole — and right: a source business that is
    the data held (「X事務で保有するY名簿を」 read with Y as the business) gives way."""
    if not theirs:
        return mine
    if mine and len(mine) == len(theirs) and all(_ends_whole(a, b) for a, b in zip(mine, theirs, strict=True)):
        return mine  # the same flow, its recipient read whole (「…を委託する事業者」, not 「事業者」)
    data = {compact(item) for flow in mine for item in flow.items}
    holder = all(flow.source_department for flow in mine)
    if len(mine) > len(theirs) and {flow.kind for flow in theirs} <= {flow.kind for flow in mine}:
        return mine  # each supplier or recipient the sentence names, where they read fewer
    return mine if mine and all(compact(flow.source_business or "") in data or holder and not flow.source_department
                                for flow in theirs) else []  # or they missed the holder the turn's speaker is


def _with_items_wished(lines: list[Line], part: list[int], at: dict[int, int], position: int, case: CouncilCase,
                       by_id: dict[str, Flow], reading: Reading) -> None:
    """A whole title flow without items, given them by the wish its department states below (「A課から、…Iを
    受託事業者へ提供したい旨」: same kind, same holder) — and the recipient the title left to a business."""
    titled = [token for token in case.flow_ids if token in by_id]
    if len(titled) != 1 or by_id[titled[0]].items:
        return
    flow = by_id[titled[0]]
    wished = [said for no in part for said in explained_wish(_COMMA.sub("、", lines[at[no]].text), no)]
    if len(wished) != 1 or wished[0].kind != flow.kind or not wished[0].items or not (
            wished[0].source_department == flow.source_department
            or flow.kind in ("purpose_outside_use", "collection_from_others")
            and wished[0].recipient_department == flow.recipient_department):
        return
    completed = replace(flow, id="", items=list(wished[0].items), evidence=list(flow.evidence),
                        recipient_external=flow.recipient_external or wished[0].recipient_external)
    reading.flows.append(completed)
    reading.withdrawn.add(titled[0])
    reading.restated[position] = [claim_id(completed, "council_part")]


_ITEMS_ASKED = re.compile(r"(?:利用|提供|収集)する(?:項目|情報)は(?:何|どれ|どのような)")
_ITEMS_ANSWER = re.compile(r"^(?P<items>[^。]{2,60}?)(?:に限る|に限ります|に限られる|です|となる|となります)。?$")
_TURN_NAME = re.compile(r"^[-・•]?\s*(?:実施機関|委員|会長|事務局|[^、。\s]{2,12}(?:課|室))\s*$")


def _items_answered(lines: list[Line], part: list[int], at: dict[int, int]) -> list[str]:
    """The items a department names answering 「利用する項目は何か」 in a case's part (the speaker's name alone on
    the line between)."""
    for no in part:
        if not _ITEMS_ASKED.search(lines[at[no]].text):
            continue
        for below in lines[at[no] + 1:at[no] + 4]:
            text = below.text.strip()
            if not text or _TURN_NAME.match(text):
                continue
            answer = _ITEMS_ANSWER.match(text)
            return clean_items(answer.group("items"))[0] if answer else []
    return []


def _ends_whole(mine: Flow, theirs: Flow) -> bool:
    """Same kind and holder, and the recipient ``theirs`` read is the tail of the one ``mine`` read."""
    whole, cut = mine.recipient_external or "", theirs.recipient_external or ""
    return (mine.kind == theirs.kind and mine.source_department == theirs.source_department
            and mine.source_business == theirs.source_business and bool(_GENERIC_BODY.match(cut))
            and whole != cut and whole.endswith(cut) and whole[:-len(cut)].endswith("する"))


_GENERIC_BODY = re.compile(r"^(?:事業者|業者|法人|団体|委託先|受託者)$")  # a body named only by what it does


def _same_end(titled: Flow, said: Flow) -> bool:
    """The title's recipient (its business) is the one the part's flow names: a half statement of that flow."""
    wanted = compact(titled.recipient_business or "")
    return len(wanted) >= 4 and any(wanted in compact(end) for end in (said.recipient_business,
                                                                       said.recipient_external) if end)


def _receiver_in(flow: Flow, title: str) -> bool:
    """The case's title names the flow's receiver: of the cases one sentence lists, the one it belongs to."""
    return any(end and compact(end) in compact(title) for end in (flow.recipient_department,
                                                                  flow.recipient_external))


def _sourceless(flow: Flow) -> bool:
    return not (flow.source_department or flow.source_business or flow.source_external)


def read(page: Page, readings: Readings) -> Reading:
    reading = Reading()
    cases = readings.cases
    if not cases:
        return reading
    lines = page.lines
    at = {line.no: index for index, line in enumerate(lines)}
    heads = _heads(lines, cases, at)
    parts = _parts(lines, heads) if heads else parts_in_order(lines, cases)
    case_at = sorted(at[case.line] for case in cases if case.line in at)
    for position, case in enumerate(cases):  # 「1件目は、…もので、…答申」: the answer told on its own line states it
        own = lines[at[case.line]].text if case.line in at else ""
        if ("件目" in own and ("答申" in own or own.rstrip().endswith("もの。"))) or "件と、" in own:
            parts.setdefault(position, set()).add(case.line)
        elif f"「{compact(case.title)}" in compact(own) and len(own) > len(case.title) + 8:
            # the chair names the case in a turn (「諮問第7号「…」、担当課から説明を」): the turns below are its part
            index = at[case.line]
            end = min([later for later in case_at if later > index] + [index + _MOST, len(lines)])
            parts.setdefault(position, set()).update(line.no for line in lines[index + 1:end])
    stated = {token for case in cases for token in case.flow_ids}
    case_lines = {case.line for case in cases}
    by_id = {flow.id: flow for flow in readings.flows if flow.id}  # the flows the cases name have their ids
    whole: dict[int, list[Flow]] = {}
    for flow in readings.flows:
        if ((flow.source_business or flow.source_external) and flow.source_department not in _POINTING
                and (flow.recipient_department or flow.recipient_business or flow.recipient_external)):
            whole.setdefault(flow.line, []).append(flow)
    for position, part in sorted(parts.items()):
        case = cases[position]
        if any(not _sourceless(by_id[token]) for token in case.flow_ids if token in by_id and by_id[token].line
               not in part):
            _with_items_wished(lines, sorted(part), at, position, case, by_id, reading)
            continue  # its title states a whole flow: what is said below and goes elsewhere is another matter
        restated_here: list[Flow] = []  # 「AがX事務で、BがY事務で、それぞれ保有する…を、当課の…で利用」: read anew
        for no in sorted(part):
            index = at[no]
            speaker = speaker_of(lines[index].text, [line.text for line in lines_above(lines, index, 3)])
            text = _COMMA.sub("、", lines[index].text)  # 「本件は,A課が…」: a page that writes its commas so
            restated_here.extend(reported_item(text, no, lines[index].quote)
                                 or held_and_used(text, no, speaker, lines[index].quote)
                                 or explained_at_work(text, no, lines[index].quote)
                                 or held_used_at_work(text, no, lines[index].quote)
                                 or explained_wish(text, no, lines[index].quote)
                                 or linked_system(text, no, _explainer(lines, index), lines[index].quote)
                                 or _better(provided_as_explained(text, no, speaker,
                                                                  lines[index].quote), whole.get(no, []))
                                 or _better(collected_as_explained(text, no, speaker,
                                                                   lines[index].quote), whole.get(no, [])))
        told = lines[at[case.line]].text if case.line in at else ""
        if "件と、" in told and sum(other.line == case.line for other in cases) > 1:  # 「…件と、…件の二件」
            restated_here = [flow for flow in restated_here if _receiver_in(flow, case.title)]
        anew = {flow.line for flow in restated_here}
        said = [flow for flow in readings.flows if flow.line in part and (flow.line not in case_lines
                                                                          or flow.line == case.line)
                and flow.id not in stated and not _sourceless(flow) and flow.line not in anew
                and not (flow.line in at and _REPORTED.search(lines[at[flow.line]].text))]
        if not said and not restated_here:
            continue
        replaced = [flow for flow in readings.flows if flow.line in anew]
        named = [claim_id(flow, "document") for flow in said]  # named as the resolver would, to be withdrawn
        reading.withdrawn.update(claim_id(flow, "document") for flow in replaced)
        if case.decision == "rejected":
            reading.withdrawn.update(named)
            continue  # what the council refused does not take place
        claims: list[str] = []
        own = {(by_id[token].recipient_department if by_id[token].kind in ("purpose_outside_use",
                                                                          "collection_from_others")
                else by_id[token].source_department) for token in case.flow_ids if token in by_id} - {None}
        works = {by_id[token].kind: by_id[token].recipient_business for token in case.flow_ids
                 if token in by_id and _sourceless(by_id[token]) and by_id[token].recipient_business}
        bare = [flow for flow in restated_here if not flow.items]
        answered = _items_answered(lines, sorted(part), at) if len(bare) == 1 and len(restated_here) == 1 else []
        if answered:
            bare[0].items = answered  # 「利用する項目は何か。」 answered 「氏名、住所及び耕作面積に限る。」
        for flow in restated_here:
            flow.basis_text = case.articles[0] if case.articles else None
            if ((flow.recipient_external or flow.recipient_department) and not flow.recipient_business
                    and works.get(flow.kind)):
                flow.recipient_business = works[flow.kind]  # for the work the case's title names
            if (not flow.source_department and len(own) == 1 and flow.kind in ("external_provision",
                                                                                "online_connection")):
                flow.source_department = next(iter(own))  # 「実施機関より」: the department beside the title holds
            reading.flows.append(flow)
            claims.append(claim_id(flow, "council_part"))
        for flow, token in zip(said, named, strict=True):
            work = (works.get(flow.kind) or (next(iter(set(works.values()))) if len(set(works.values())) == 1
                                             and _NAMED_KIND[flow.kind] in case.title else None)
                    if not flow.recipient_business and flow.recipient_external else None)
            holder = (_explainer(lines, at[flow.line]) if flow.line in at and not flow.source_department
                      and flow.kind in ("external_provision", "online_connection") else None)
            if flow.basis == "unknown" or work or holder:  # restated on the council's ground, for the work its title
                restated = replace(flow, id="", basis="council", items=list(flow.items), recipient_business=work
                                   or flow.recipient_business, source_department=holder or flow.source_department,
                                   basis_text=flow.basis_text or (case.articles[0] if case.articles else None))
                reading.withdrawn.add(token)
                reading.flows.append(restated)
                claims.append(claim_id(restated, "council_part"))
            else:
                claims.append(token)
            stated.add(token)
        kinds = {flow.kind for flow in [*said, *restated_here]}
        stated_here = [*said, *restated_here]
        by_article = bool(_ARTICLE_NAMED.search(case.title)) and bool(stated_here)
        gone = {token for token in case.flow_ids if token in by_id and (
            _sourceless(by_id[token]) and (by_id[token].kind in kinds or by_article
                                           or any(_same_end(by_id[token], flow) for flow in stated_here))
            or by_id[token].line in anew)}
        for token in sorted(gone):  # a kind only the title names: said, so that a person can complete it
            titled = by_id[token]
            if titled.kind not in kinds:
                candidate = {key: value for key, value in titled.to_dict().items()
                             if value not in (None, [], "") and key != "id"}
                reading.diagnostics.append(Diagnostic(titled.line, "warning", f"the case's title names a "
                                                      f"{titled.kind} its explanation does not state", candidate))
        reading.withdrawn |= gone
        reading.restated[position] = [token for token in case.flow_ids if token not in gone] + claims
    _explained(lines, cases, parts, readings, by_id, reading)
    restate_annexed(lines, cases, readings.flows, by_id, reading)  # 「資料1-1 諮問第5号関係」 one cell a line
    return reading


def _explained(lines: list[Line], cases: list[CouncilCase], parts: dict[int, set[int]], readings: Readings,
               by_id: dict[str, Flow], reading: Reading) -> None:
    at = {line.no: index for index, line in enumerate(lines)}
    """Cases still without a holder, completed by the explanation no flow reader read (:mod:`...text.explanations`):
    on the case's own line (an answer reported by its order, 「1件目は、…もので」), in its part, or said by the
    department its title names (「<課>より、<事業>において、…」)."""
    read_on = {flow.line for flow in [*readings.flows, *reading.flows]  # a half flow read there is no reading
               if not _sourceless(flow) and (flow.recipient_department or flow.recipient_business
                                             or flow.recipient_external)}
    alone = [position for position, case in enumerate(cases) if case.flow_ids and position not in parts]
    for position, case in enumerate(cases):
        if position in reading.restated or case.decision == "rejected":
            continue
        titled = [by_id[token] for token in case.flow_ids if token in by_id]
        if any(not _sourceless(flow) for flow in titled):
            continue
        speakers = {flow.recipient_department for flow in titled if flow.recipient_department}
        sole = alone == [position] and len(cases) == 1  # the one case: an explanation further down is its own
        candidates = [line for line in lines if line.text and (line.no not in read_on and (
            line.no == case.line and "件目" in line.text or line.no in parts.get(position, ())
            or any(line.text.strip().startswith((f"{who}より", f"{who}から")) for who in speakers))
            or sole and line.no > (case.line or 0) and "保有" in line.text and "提供" in line.text)]
        for line in candidates:
            index = at[line.no]
            speaker = speaker_of(line.text, [above.text for above in lines_above(lines, index, 3)])
            last = line.no == max(other.no for other in lines if other.text)  # the excerpt may stop inside it
            flows = (explained_at_work(line.text, line.no, line.quote)
                     or cut_at_the_other_end(line.text, flow_kind(compact(case.title)) or "", line.no, line.quote,
                                             speaker if last else None)) if line.no not in read_on else []
            if not flows and sole:  # 「A課がX事務で保有するIを、…事業者に提供し、」 below the one case's title
                flows = [flow for flow in provided_as_explained(_COMMA.sub("、", line.text), line.no, speaker,
                                                                 line.quote)
                         if flow.kind in {titled_flow.kind for titled_flow in titled}]
                cut = [flow for flow in readings.flows if flow.line == line.no]
                if line.no in read_on and not (len(cut) == len(flows) and all(
                        _ends_whole(a, b) for a, b in zip(flows, cut, strict=True))):
                    flows = []  # read whole already: only a recipient cut to 「事業者」 is read again
                works = {flow.kind: flow.recipient_business for flow in titled if flow.recipient_business}
                for flow in flows:
                    flow.recipient_business = flow.recipient_business or works.get(flow.kind)
                reading.withdrawn.update(claim_id(flow, "document") for flow in readings.flows
                                         if flows and flow.line == line.no)
            if not flows:
                continue
            for flow in flows:
                flow.basis_text = case.articles[0] if case.articles else None
            reading.flows.extend(flows)
            kinds = {flow.kind for flow in flows}
            gone = {token for token in case.flow_ids if token in by_id and by_id[token].kind in kinds}
            reading.withdrawn |= gone
            reading.restated[position] = ([token for token in case.flow_ids if token not in gone]
                                          + [claim_id(flow, "council_part") for flow in flows])
            read_on.add(line.no)
            break


READER = Reader("council_parts", read, claims="council_parts")
