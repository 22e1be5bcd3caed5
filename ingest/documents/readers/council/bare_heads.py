"""Cases under bare heads (「諮問第58号の審議について」) whose bullet below says the matter and who explained it.

The genre: minutes list what was dealt with as 「- 諮問第N号の審議について」 only, then repeat each head under the
record and put the matter in the bullets below it:

- 「- X事業における個人情報の外部提供について、A課より説明を行なった。」: the matter is the case's title and its line;
  A課 brings it (the title's flows are read as if A課 were bracketed beside it);
- 「- 氏名、生年月日及び結果をB医師会へ提供するものである。」: where the provision goes, and its items;
- 「- 諮問のとおり承認することで了承された。」: the decision (an answer still to be drafted,
  「答申案を作成し、次回…了承」, decides nothing yet).

A head is a case only when such an explanation follows it; the agenda's copy of the head, with no bullets, is none.
「X事務において、…」 opening the matter names the business that collects or uses (or, for a connection, that holds),
and 「Yが保有する…を本人以外から収集」 names Y the outside supplier when Y is no department.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("日時 令和7年1月9日\\n諮問第3号の審議について\\n"
...                     "- 子ども食堂支援事業における個人情報の外部提供について、"
...                     "子育て課より説明を行なった。\\n"
...                     "- 利用者の氏名及び住所を運営団体へ提供するものである。\\n"
...                     "- 諮問のとおり承認することで了承された。")
>>> cases, flows, _, read = headed_cases(lines, set())
>>> [(c.date, c.title, c.decision, c.line) for c in cases]
[('2025-01-09', '子ども食堂支援事業における個人情報の外部提供について', 'approved', 3)]
>>> [(f.source_department, f.recipient_business, f.recipient_external, f.items) for f in flows]
[('子育て課', '子ども食堂支援事業', '運営団体', ['氏名', '住所'])]
"""

from __future__ import annotations

import re

from ....records import CouncilCase, Diagnostic, Flow
from ...layout.lines import Line
from ...model import claim_ids
from ...text.items import clean_items, compact
from ...text.names import is_department
from .agenda import meeting_date
from .decisions import decision_of
from .title_flows import title_flows

__all__ = ["headed_cases"]

_BULLET = re.compile(r"^\s*[-・•]\s*")
_HEAD = re.compile(r"^(?:[(（]\d{1,2}[)）]\s*)?(?:諮問|審議)\s*第\s*\d{1,3}\s*号"
                   r"(?:の(?:審議|審査|説明))?(?:について)?$")
_EXPLAINED = re.compile(r"^(?P<title>[^。]{6,}?について)、(?P<dept>[^、。]{2,20}?)(?:より|から)(?:の)?"
                        r"説明(?:を行な?った|を行いました|があった|がありました)")
_GIVEN_TO = re.compile(r"^(?P<items>[^。]+?)を(?P<to>[^、。をへに]{2,30}?)(?:へ|に)(?:外部)?提供する(?:もの|こと)")
_AT_WORK = re.compile(r"^(?P<biz>[^、。]{2,30}?(?:事務|事業|業務))において、")
_HELD_BY = re.compile(r"(?P<who>[^、。をがの]{2,12})が保有する[^、。]+?を本人以外から収集")
_NOT_YET = re.compile(r"答申案|次回")  # the answer still to be drafted: no decision yet
_MOST_BULLETS = 15


def _bullets_below(lines: list[Line], index: int) -> list[Line]:
    out: list[Line] = []
    for line in lines[index + 1:index + 1 + _MOST_BULLETS]:
        if line.blank or not line.text.strip():
            continue
        if not _BULLET.match(line.text) or _HEAD.match(_BULLET.sub("", line.text).strip()):
            break
        out.append(line)
    return out


def _items(text: str) -> list[str]:
    """「受診者の氏名、生年月日及び結果」: the items, without whose they are."""
    items = clean_items(text)[0]
    if len(items) >= 2 and "の" in items[0]:
        items[0] = items[0].rsplit("の", 1)[1]
    return items


def _complete(flows: list[Flow], title: str, bullets: list[Line]) -> list[Flow]:
    """What the matter's own wording and the bullet below it add to the title's flows."""
    flat = compact(title)
    at_work = _AT_WORK.match(flat)
    held_by = _HELD_BY.search(flat)
    given = next((found for found in (_GIVEN_TO.match(_BULLET.sub("", b.text).strip()) for b in bullets) if found),
                 None)
    for flow in flows:
        if at_work and flow.kind in ("collection_from_others", "purpose_outside_use") and not flow.recipient_business:
            flow.recipient_business = at_work.group("biz")
        if (held_by and flow.kind == "collection_from_others" and not is_department(held_by.group("who"))
                and not flow.source_department and not flow.source_external):
            flow.source_external = held_by.group("who")
        if given and flow.kind == "external_provision" and not flow.recipient_external:
            flow.recipient_external = given.group("to")
            flow.items = _items(given.group("items")) or flow.items
    return flows


def headed_cases(lines: list[Line], consumed: set[int]) -> tuple[
        list[CouncilCase], list[Flow], list[Diagnostic], set[int]]:
    """The cases explained under bare 「諮問第N号の審議について」 heads, their flows, the statements left without a
    recipient, and the lines read."""
    day: str | None = None
    cases: list[CouncilCase] = []
    flows: list[Flow] = []
    diagnostics: list[Diagnostic] = []
    read: set[int] = set()
    for index, line in enumerate(lines):
        if line.no in consumed or line.cells or "号" not in line.text or not _HEAD.match(line.text.strip()):
            continue
        bullets = _bullets_below(lines, index)
        explained = next(((b, found) for b in bullets
                          if (found := _EXPLAINED.match(_BULLET.sub("", b.text).strip()))), None)
        if explained is None or explained[0].no in consumed:
            continue
        said, found = explained
        if day is None:
            day = meeting_date(lines)[0]
        title, department = found.group("title").strip(), found.group("dept").strip()
        below = bullets[bullets.index(said) + 1:]
        made, problems = title_flows(title, said.no, said.quote,
                                     departments=[department] if is_department(department) else None,
                                     complete=lambda read_now, title=title, below=below: _complete(read_now, title,
                                                                                                    below))
        diagnostics.extend(problems)
        decision = next((decided for b in bullets if not _NOT_YET.search(b.text)
                         and (decided := decision_of(b.text))), None)
        case = CouncilCase(date=day, title=title, decision=decision or "unknown", line=said.no, quote=said.quote)
        case.flow_ids = list(claim_ids(made, "council"))
        cases.append(case)
        flows.extend(made)
        given_on = next((b.no for b in below if _GIVEN_TO.match(_BULLET.sub("", b.text).strip())), None)
        read |= {line.no, said.no} | ({given_on} if given_on and made else set())
    return cases, flows, diagnostics, read
