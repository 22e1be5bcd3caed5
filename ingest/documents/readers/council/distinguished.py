"""Cases told apart by a bracket line under a common title: 「個人情報の取扱いの特例について」 then
「(「目的外利用の制限」/税務課)」.

Some councils give every consultation the same title and name what differs — the rule excepted and the
department — in a bracket line below it. Each bracket line is one case (two under one bullet 「諮問第8号・9号」
are two cases), titled by the common title and its bracket; the first takes the title's case, the others are new.

>>> from ...layout.lines import split_lines
>>> from ....records import CouncilCase
>>> lines = split_lines("- 諮問第8号・9号\\n特例について\\n(「収集の制限」/福祉課)\\n(「提供の制限」/税務課)")
>>> fills, added = distinguished(lines, [CouncilCase(date="2024-01-05", title="特例について", line=2)])
>>> fills[0].value, [(case.title, case.line) for case in added]
('特例について(「収集の制限」/福祉課)', [('特例について(「提供の制限」/税務課)', 4)])

The rule excepted names the kind of the case's flow and the department its end (:func:`excepted_flows`): the
collection and the use outside the purpose are the department's own (it receives).
"""

from __future__ import annotations

import re

from ....records import CouncilCase, Flow
from ...layout.lines import Line
from ...model import claim_id
from ...text.items import compact
from .amend import CaseAt, Fill, Restate

__all__ = ["distinguished", "excepted_flows"]

_TOLD_APART = re.compile(r"^[(（]「[^「」]{2,40}」\s*[/／・]\s*[^()（）「」]{2,30}[)）]$")


def _brackets_below(lines: list[Line], index: int, title: str) -> list[Line]:
    """The bracket lines right below a case's line, past the lines of its title (a case read on its number's line)."""
    out: list[Line] = []
    for line in lines[index + 1:index + 8]:
        text = line.text.strip()
        if not text or not out and len(text) >= 6 and compact(text) in title:
            continue
        if not _TOLD_APART.match(text):
            break
        out.append(line)
    return out


def distinguished(lines: list[Line], cases: list[CouncilCase]) -> tuple[list[Fill], list[CouncilCase]]:
    """The titles of the cases told apart by bracket lines below them, and the further cases those lines state."""
    at = {line.no: index for index, line in enumerate(lines)}
    fills: list[Fill] = []
    added: list[CouncilCase] = []
    for place, case in enumerate(cases):
        index = at.get(case.line or 0)
        told = index is not None and not case.title.endswith((")", "）"))
        brackets = _brackets_below(lines, index, compact(case.title)) if told else []
        if not brackets:
            continue
        first, *more = brackets
        fills.append(Fill(CaseAt(place), "title", case.title + first.text.strip(), only_missing=False))
        added.extend(CouncilCase(date=case.date, title=case.title + line.text.strip(), articles=list(case.articles),
                                 line=line.no, quote=line.quote) for line in more)
    return fills, added


_BRACKET = re.compile(r"[(（]「(?P<rule>[^「」]{2,40})」\s*[/／・]\s*(?P<dept>[^()（）「」]{2,30})[)）]$")
# the rule excepted → the kind, the department named receiving; a rule on provision (外部提供, オンライン結合) names
# only the holder, and one on both use and provision (「目的外利用・提供の制限」) no kind: the explanation tells
_RULES = ((re.compile(r"本人収集|収集の(?:制限|原則)|本人以外からの収集"), "collection_from_others"),
          (re.compile(r"目的外利用(?!\s*[・及]\s*(?:外部)?提供)"), "purpose_outside_use"))


def excepted_flows(lines: list[Line], cases: list[CouncilCase]) -> tuple[list[Flow], list[Restate]]:
    """The flow each case told apart by its bracket states, on the bracket's line, for cases stating none yet: the
    rule excepted gives the kind (「本人収集の原則」 a collection, 「目的外利用の制限」 a use), the department its end.

    >>> from ...layout.lines import split_lines
    >>> lines = split_lines("- 諮問第8号\\n特例について\\n(「目的外利用の制限」/福祉課)")
    >>> case = CouncilCase(title="特例について(「目的外利用の制限」/福祉課)", line=2)
    >>> flows, restated = excepted_flows(lines, [case])
    >>> [(flow.kind, flow.recipient_department, flow.basis_text, flow.line) for flow in flows], len(restated)
    ([('purpose_outside_use', '福祉課', '目的外利用の制限', 3)], 1)
    """
    at = {line.no: index for index, line in enumerate(lines)}
    flows: list[Flow] = []
    restated: list[Restate] = []
    for place, case in enumerate(cases):
        bracket = _BRACKET.search(case.title) if not case.flow_ids and case.line in at else None
        kind = next((kind for pattern, kind in _RULES if bracket and pattern.search(bracket.group("rule"))), None)
        if not bracket or not kind:
            continue
        said = next((line for line in lines[at[case.line]:at[case.line] + 8]
                     if compact(line.text) == compact(bracket.group(0))), None)
        if said is None:
            continue
        flow = Flow(kind=kind, basis="council", basis_text=bracket.group("rule"), line=said.no, quote=said.quote,
                    recipient_department=bracket.group("dept").strip())
        flows.append(flow)
        restated.append(Restate(CaseAt(place), (claim_id(flow, "council"),)))
    return flows, restated
