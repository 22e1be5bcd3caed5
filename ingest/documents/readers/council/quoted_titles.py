"""Cases an answer lists as numbered bullets with the title quoted and the hand-over after it.

A 答申 in the form of a letter lists what was consulted as 「・(1)「Xの目的外利用について」 A課が保有するZを、B課が
Y事務に利用するもの。」 and judges each below by its number (「・(1)については、…妥当である。」). Each bullet is a case:
the quoted title, the meeting's date, the article the letter cites for all (「いずれも…条例第6条第2号の規定により」),
the decision its judgement states, and the flows its sentence states (basis ``council``).

>>> from ...layout.lines import split_lines
>>> lines = split_lines("諮問\\n・令和6年5月7日に開催した審議会で審議した。\\n"
...                     "・(1)「図書館事務における利用者情報の外部提供について」 図書課が保有する利用者の氏名を、"
...                     "東野大学及び西野書店に提供するもの。\\n・(1)については、認めることは適当でない。")
>>> read = quoted_titles(lines, set())
>>> [(case.title[:6], case.decision, case.date) for case in read.cases], [f.recipient_external for f in read.flows]
([('図書館事務に', 'rejected', '2024-05-07')], ['東野大学', '西野書店'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ....records import CouncilCase, Flow
from ...layout.lines import Line, split_lines
from ...model import claim_ids
from .agenda import meeting_date
from .consult import articles_of
from .decisions import decision_of
from .explained import numbered_hand_over

__all__ = ["QuotedTitles", "quoted_titles"]

_BULLET = re.compile(r"^\s*[・\-]?\s*[(（](?P<no>\d{1,2})[)）]\s*「(?P<title>[^」]{4,80}について)」\s*(?P<said>\S.+)$")
_JUDGED = re.compile(r"^\s*[・\-]?\s*[(（](?P<no>\d{1,2})[)）]については、(?P<said>.+)$")
_FOR_ALL = re.compile(r"いずれも[^。]*?(?P<article>[^、。]*?条例第\d+条(?:第\d+項)?(?:第\d+号)?)")
_HELD_ON = re.compile(r"(?P<date>(?:(?:令和|平成)\s*(?:元|\d{1,2})"
                      r"|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)に開催した")


@dataclass
class QuotedTitles:
    cases: list[CouncilCase] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)
    claimed: set[int] = field(default_factory=set)


def quoted_titles(lines: list[Line], consumed: set[int]) -> QuotedTitles:
    """The cases (and their flows) of the numbered quoted bullets of an answer (see the module)."""
    read = QuotedTitles()
    bullets = [(line, found) for line in lines if line.no not in consumed and (found := _BULLET.match(line.text))]
    if not bullets:
        return read
    judged = {found.group("no"): found.group("said") for line in lines if (found := _JUDGED.match(line.text))}
    held = next((found for line in lines if (found := _HELD_ON.search(line.text))), None)
    date = meeting_date(lines)[0]
    if held:
        date = meeting_date(split_lines(f"日時 {held.group('date')}"))[0] or date
    for_all = next((found.group("article") for line in lines if (found := _FOR_ALL.search(line.text))), None)
    for line, found in bullets:
        flows = numbered_hand_over(found.group("said"), line)
        if for_all:
            for flow in flows:
                flow.basis_text = flow.basis_text or for_all
        said = judged.get(found.group("no"))
        case = CouncilCase(date=date, title=found.group("title"), articles=[for_all] if for_all else articles_of(
            found.group("title")), decision=(decision_of(said) if said else None) or "unknown", line=line.no,
            quote=line.quote)
        case.flow_ids = list(claim_ids(flows, "quoted"))
        read.cases.append(case)
        read.flows.extend(flows)
        read.claimed.add(line.no)
    return read
