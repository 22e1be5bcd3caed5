"""Cases told under counted heads (「☆1件目 X」) below a dated sentence that says how many were consulted.

The genre: a report of a meeting (a member's post, a newsletter) says 「本日(令和N年M月D日)の審議会では、…諮問
された2件を審議しました」, then heads each case 「☆1件目 title」 with the explanation and the result in the
paragraphs below it (「原案のとおり承認されました」, 「…については意見を付して承認」). A head is a case only when
the sentence above counts the consultations; the result is the last decision said before the next head.

The first paragraph under a head that states the case's flows is read as the case's:
「A課のX事業で、B課が保有するZを目的外利用し、あわせて…するCへWを外部提供するもの」: B's Z to A for X, and A's W
to C for X. The items listed one a line under 「…に使う項目は次のとおりです」 are the use's items (what they are
used for its reason).

>>> from ...layout.lines import split_lines
>>> lines = split_lines("本日(令和7年4月3日)の審議会では、諮問された2件を審議しました。\\n"
...                     "☆1件目 X事業に伴う目的外利用\\n承認されました。\\n☆2件目 Y事業での提供\\n"
...                     "意見を付して承認、となりました。")
>>> [(case.date, case.title, case.decision, case.line) for case in counted_cases(lines, set())[0]]
[('2025-04-03', 'X事業に伴う目的外利用', 'approved', 2), ('2025-04-03', 'Y事業での提供', 'approved_with_opinion', 4)]
"""

from __future__ import annotations

import re

from ....records import CouncilCase, Flow
from ...layout.lines import Line
from ...model import claim_ids
from ...text.dates import safe_date
from ...text.items import clean_items
from .decisions import decision_of

__all__ = ["counted_cases"]

_COUNTED = re.compile(r"(?P<day>(?:(?:令和|平成)\s*(?:元|\d{1,2})"
                      r"|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[^。]*?"
                      r"諮問[^。]*?(?P<n>\d{1,2}|[一二三四五六七八九])件")
_HEAD = re.compile(r"^\s*[☆★◆◇■□●○◎]?\s*(?P<n>\d{1,2})件目\s*[:：]?\s+(?P<title>\S[^。]{3,80})$")
_MOST_CASES = 9
_UNIT = r"[^、。のを]{2,20}?(?:課|室|センター|局)"
_USED_AT_WORK = re.compile(rf"^(?P<rdept>{_UNIT})の(?P<rbiz>[^、。を]{{2,30}}?(?:事業|事務|業務))で、"
                           rf"(?P<sdept>{_UNIT})が(?:保有|管理)する(?P<data>[^、。を]+?)を(?:目的外)?利用(?P<rest>[^。]*)")
_ALSO_GIVEN = re.compile(r"^し、(?:あわせて|併せて|また)、?(?P<to>[^。]+?)へ(?P<items>[^。をへ]+?)を(?:外部)?提供")
_LISTED = re.compile(r"^(?:(?P<why>[^、。]{2,30}?)に(?:使う|用いる|利用する))?項目は、?次のとおり(?:です|である)?。?$")
_ONE_ITEM = re.compile(r"^[^、。,，\s]{1,12}$")
_DOER = re.compile(r"^.*(?:する|した|している|行う)(?=[^、。]{2,})")  # 「調査を委託する民間事業者」: the body


def _case_flows(text: str, line: Line) -> list[Flow]:
    """The flows a paragraph under a head states (see the module)."""
    used = _USED_AT_WORK.match(text)
    if used is None:
        return []
    out = [Flow(source_department=used.group("sdept"), recipient_department=used.group("rdept"),
                recipient_business=used.group("rbiz"), kind="purpose_outside_use", basis="council",
                items=clean_items(used.group("data"))[0], line=line.no, quote=line.quote)]
    given = _ALSO_GIVEN.match(used.group("rest"))
    if given:
        items = [part for item in clean_items(given.group("items"))[0] for part in item.split("と") if part]
        out.append(Flow(source_department=used.group("rdept"), recipient_business=used.group("rbiz"),
                        recipient_external=_DOER.sub("", given.group("to")), kind="external_provision",
                        basis="council", items=items, line=line.no, quote=line.quote))
    return out


def counted_cases(lines: list[Line], consumed: set[int]) -> tuple[list[CouncilCase], list[Flow], set[int]]:
    """The cases headed 「N件目 …」 under a sentence that dates and counts them, their flows, and the lines read."""
    day: str | None = None
    cases: list[CouncilCase] = []
    flows: list[Flow] = []
    read: set[int] = set()
    for line in lines:
        if line.no in consumed or line.cells:
            continue
        text = line.text.strip()
        counted = _COUNTED.search(text) if "件" in text else None
        if counted and not cases:
            day = safe_date(counted.group("day"), line.no, [])
            continue
        head = _HEAD.match(text) if day else None
        if head and int(head.group("n")) == len(cases) + 1 and len(cases) < _MOST_CASES:
            cases.append(CouncilCase(date=day, title=head.group("title").strip(), line=line.no, quote=line.quote))
            read.add(line.no)
            continue
        stated = _case_flows(text, line) if cases and not cases[-1].flow_ids else []
        if stated:
            flows.extend(stated)
            cases[-1].flow_ids = list(claim_ids(stated, "council"))
            read.add(line.no)
            continue
        listed = _LISTED.match(text) if cases and cases[-1].flow_ids and flows else None
        if listed:
            items = _items_below(lines, line.no)
            if items and flows[-1].kind == "purpose_outside_use":
                flows[-1].items, flows[-1].reason = items, flows[-1].reason or listed.group("why")
                read.add(line.no)
                continue
        decision = decision_of(text) if cases and len(text) <= 120 else None
        if decision:
            cases[-1].decision = decision
    return cases, flows, read


def _items_below(lines: list[Line], after: int) -> list[str]:
    """The items listed one a line (blank lines between) right below line ``after``."""
    items: list[str] = []
    for line in lines:
        if line.no <= after or line.blank or not line.text.strip():
            continue
        text = line.text.strip()
        if not _ONE_ITEM.match(text) or decision_of(text):
            break
        items.append(text)
    return items
