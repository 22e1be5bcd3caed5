"""The matter an answer letter consulted on, given as labelled fields: the one flow its case states.

The genre: an answer (「…について（答申）」) whose heading names only a kind of hand-over, then under
「2 諮問の内容」 numbered labels each alone on its line with the value on the lines below: 「(1)件名」 /
「(2)提供する課」 / 「(3)提供先」 / 「(4)提供する個人情報」 / 「(5)提供の理由」. The 件名 is the case's real
title (and its line); the other fields are the ends, the items and the reason of one flow. The business the
件名 names is the recipient's when the recipient runs it for the town (a contractor, a user inside), else the
provider's. The reasons that follow (「本件は、…提供するものである。」) restate that matter: read, no
second flow.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("個人情報の提供について(答申)\\n(1)件名\\n  甲村の巡回バス運行事業に係る利用者情報の外部提供\\n"
...                     "(2)提供する課\\n  地域振興課\\n(3)提供先\\n  村が運行を委託する事業者\\n(4)提供する個人情報\\n"
...                     "  利用者の氏名、住所\\n(5)提供の理由\\n  送迎のため")
>>> case = CouncilCase(title="個人情報の提供について", line=1)
>>> flows, _, read, amendments = fielded_flows(lines, [case], [], set())
>>> [(f.source_department, f.recipient_business, f.recipient_external, f.items, f.reason, f.line) for f in flows]
[('地域振興課', '巡回バス運行事業', '村が運行を委託する事業者', ['利用者の氏名', '住所'], '送迎のため', 2)]
>>> sorted(read), [amendment.value for amendment in amendments[:2]]
([2, 3, 4, 5, 6, 7, 8, 9, 10, 11], ['甲村の巡回バス運行事業に係る利用者情報の外部提供', 2])
"""

from __future__ import annotations

import re

from ....records import CouncilCase, Flow
from ...layout.lines import Line
from ...model import claim_id
from ...text.names import is_business, is_department
from .amend import Amendment, CaseAt, Fill, Restate
from .consult import flow_kind

__all__ = ["fielded_flows"]

_NUMBER = r"^\s*(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．\s]|[ア-ン][.．\s])\s*"
_FIELDS = {  # what a label stands for
    "title": r"件\s*名|案件名|諮問事項",
    "source": r"(?:提供|保有|利用させ)する(?:課|部署|所属|部課)(?:名)?|提供元|保有課|実施課",
    "party": r"利用する(?:課|部署|所属|部課)(?:名)?(?:又は|若しくは|及び|・)提供先",  # one row a user or a receiver
    "user": r"利用する(?:課|部署|所属|部課)(?:名)?|利用先",
    "recipient": r"提供先|提供の相手方|提供を受ける者",
    "items": r"(?:提供|利用)(?:し、?(?:又は|若しくは|及び)(?:提供|利用))?する(?:保有)?個人情報(?:の(?:項目|内容|範囲))?"
             r"|(?:提供|利用)(?:する)?項目",
    "reason": r"(?:提供|利用)の(?:理由|目的)|(?:提供|利用)する(?:理由|目的)|理由|目的",
    "article": r"根拠(?:規定|条項|条文|法令)?",
}
_LABEL = re.compile(_NUMBER + r"(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _FIELDS.items())
                    + r")\s*$")
_NEXT_HEAD = re.compile(r"^\s*(?:[0-9０-９]{1,2}[\s.．、]|[(（][0-9０-９]{1,2}[)）]|記$)")
_CONCERNS = re.compile(r"^(?P<x>.+)(?:に係る|に伴う|における|のための)")
_WHOSE = re.compile(r"の|における|による")  # 「甲村の」「買物支援における」 before the business itself
_SPLIT = re.compile(r"\s*[、,，]\s*")  # the items as written, each with whose it is
_THIS_MATTER = re.compile(r"^\s*本件は、")  # the reasons restate the matter: no second flow
_RUNS_FOR = re.compile(r"委託|受託|指定管理|実施機関|協定")  # a recipient that runs the business for the town


def _fields(lines: list[Line], after: int, consumed: set[int],
            rows: dict[str, list[tuple[int, str]]] | None = None) -> tuple[dict[str, tuple[int, str]], list[int]]:
    """Each label below ``after`` with its value (the label's line and the indented lines below it joined); each
    value's lines, with their numbers, go to ``rows``."""
    rows = {} if rows is None else rows
    fields: dict[str, tuple[int, str]] = {}
    read: list[int] = []
    label: str | None = None
    for line in lines:
        if (line.no or 0) <= after or line.blank:
            continue
        found = _LABEL.match(line.text)
        if found:
            label = next(name for name, value in found.groupdict().items() if value)
            if label in fields:
                break  # a second set of fields: another matter
            fields[label] = (line.no or 0, "")
            read.append(line.no or 0)
            continue
        if label is None:
            continue
        if _NEXT_HEAD.match(line.text) or line.no in consumed:
            break
        at, value = fields[label]
        fields[label] = (at, value + line.text.strip())
        rows.setdefault(label, []).append((line.no or 0, line.text.strip()))
        read.append(line.no or 0)
    return fields, read


def _business(title: str) -> str | None:
    """「甲村の巡回バス運行事業に係る…」: the business named before 「に係る」, without whose it is."""
    found = _CONCERNS.match(title)
    if not found:
        return None
    business = found.group("x")
    while (cut := _WHOSE.search(business)) and is_business(business[cut.end():]):
        business = business[cut.end():]
    return business if is_business(business) else None


_ROW = re.compile(r"^[(（]?[ア-ン][\s　.．、)）]\s*(?P<value>.+)$")  # 「ア 上下水道課が保有する…」: one row of a field
_HELD = re.compile(r"^(?P<holder>[^、。をが]{2,20}?(?:課|室|局|センター|委員会|事務所))が(?:保有|管理)する"
                   r"(?P<data>.+)$")
_ROW_ITEMS = re.compile(r"\s*(?:[、,，]|及び|並びに)\s*")
# 「協定を締結したX」: a body bound to the city by an agreement or a contract
_AGREED = re.compile(r"^.*(?:締結した|委託した|委託している|結んだ|受託した|指定した|指定を受けた)")


def _rows(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The ア イ rows of a field's value, each with its line (none when the value is not given in rows)."""
    found = [(at, _ROW.match(text)) for at, text in rows]
    if len(found) < 2 or not all(row for _, row in found):
        return []
    return [(at, row.group("value").strip()) for at, row in found if row]


def _paired_flows(fields: dict[str, tuple[int, str]], rows: dict[str, list[tuple[int, str]]],
                  title: str) -> list[Flow]:
    """「(2)利用し、又は提供する個人情報 ア A課が保有するX イ …」 over 「(3)利用する課又は提供先 ア B課 イ C」: one
    flow per row, the holder and data of one field's row going to the party of the same row in the other's (a field
    given without rows stands for every row of the other)."""
    given = rows.get("items", [])
    named = rows.get("party") or rows.get("user") or rows.get("recipient") or []
    held, parties = _rows(given), _rows(named)
    if held and not parties and len(named) == 1:  # every row goes to the one party named
        parties = [named[0]] * len(held)
    elif parties and not held and len(given) == 1:  # the one holder's data go to every party
        held = [given[0]] * len(parties)
    if not held or len(held) != len(parties):
        return []
    business = _business(title)
    reason = fields.get("reason", (0, ""))[1] or None
    article = fields.get("article", (0, ""))[1] or None
    flows = []
    for (at, data), (_, party) in zip(held, parties, strict=True):
        holder = _HELD.match(data)
        if holder is None:
            return []
        bound = _AGREED.match(party)  # a body bound by an agreement or a contract is outside, whatever its name
        party = party[bound.end():] if bound and bound.end() < len(party) else party
        inside = is_department(party) and not bound
        flows.append(Flow(source_department=holder.group("holder"), recipient_department=party if inside else None,
                          recipient_business=business,
                          recipient_external=None if inside else party,
                          kind="purpose_outside_use" if inside else "external_provision", basis="council",
                          basis_text=article, items=[item for item in _ROW_ITEMS.split(holder.group("data")) if item],
                          reason=reason.rstrip("。") if reason else None, line=at, quote=data))
    return flows


def fielded_flows(lines: list[Line], cases: list[CouncilCase], case_flows: list[Flow], consumed: set[int]) -> tuple[
        list[Flow], set[str], set[int], list[Amendment]]:
    """The flow the labelled fields under the one case of an answer letter state, the claim ids of the title flows
    it replaces, the lines read, and the amendments (the 件名 as title and line, the case restated)."""
    if len(cases) != 1:
        return [], set(), set(), []
    case = cases[0]
    rows: dict[str, list[tuple[int, str]]] = {}
    fields, read = _fields(lines, case.line or 0, consumed, rows)
    title = fields.get("title", (0, ""))[1]
    paired = _paired_flows(fields, rows, title) if title else []
    if paired:
        dropped = frozenset(case.flow_ids)
        at = fields["title"][0]
        return paired, set(dropped), set(read), [
            Fill(CaseAt(0), "title", title, only_missing=False), Fill(CaseAt(0), "line", at, only_missing=False),
            Restate(CaseAt(0), tuple(claim_id(flow, "explained") for flow in paired), dropped)]
    source = fields.get("source", (0, ""))[1]
    user = fields.get("user", (0, ""))[1]
    outside = fields.get("recipient", (0, ""))[1]
    items = fields.get("items", (0, ""))[1]
    party = fields.get("party", (0, ""))[1]
    bound = None
    if party and not (user or outside):  # 「利用する課又は提供先」 with one value: a department uses, a body receives
        bound = _AGREED.match(party)
        party = party[bound.end():] if bound and bound.end() < len(party) else party
        user, outside = (party, "") if is_department(party) and not bound else ("", party)
    held = _HELD.match(items) if items and not source else None
    if held:  # 「A課が保有するX」 under the data's label: the holder, then the data
        source, items = held.group("holder"), held.group("data")
    if not title or not (source or user or outside) or not items:
        return [], set(), set(), []
    at = fields["title"][0]
    kind = flow_kind(title) or ("purpose_outside_use" if user and not outside else "external_provision")
    business = _business(title)
    recipient_department = user if is_department(user) else None
    if outside and is_department(outside):
        recipient_department, outside = outside, ""
    for_recipient = bool(recipient_department) or bool(_RUNS_FOR.search(outside)) or bool(bound)
    flow = Flow(source_department=source if is_department(source) else None,
                source_business=None if for_recipient else business,
                source_external=source if source and not is_department(source) else None,
                recipient_department=recipient_department,
                recipient_business=business if for_recipient else None,
                recipient_external=outside or None, kind=kind, basis="council",
                items=_ROW_ITEMS.split(items) if held else _SPLIT.split(items),
                reason=fields.get("reason", (0, ""))[1] or None,
                line=at, quote=title)
    dropped = frozenset(case.flow_ids)
    read += [line.no for line in lines if (line.no or 0) > max(read) and _THIS_MATTER.match(line.text)]
    return [flow], set(dropped), set(read), [
        Fill(CaseAt(0), "title", title, only_missing=False), Fill(CaseAt(0), "line", at, only_missing=False),
        Restate(CaseAt(0), (claim_id(flow, "explained"),), dropped)]
