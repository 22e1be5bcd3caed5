"""Amendments: what a later step of the council reader decides about cases and flows an earlier step read.

The steps after the case readers (a decision stated in the minutes, an answer letter, a 説明資料 annex, the
article a discussion cites, the flows an explanation states instead of a title's) never change a case or a flow
they did not create: each returns small frozen values saying what it decided, and :func:`apply` makes them true,
one after another, in the order the steps ran — so the last decision stated for a case still wins.

- :class:`Decide` — a case's decision (「…承認とします」).
- :class:`Fill` — one field of a case or a flow: ``only_missing`` leaves a value already read alone (an annex's
  basis fills a title's blank), without it the value replaces (an annex's items are better than a title's).
- :class:`Restate` — the flows a case states: the ones it no longer does dropped, the new ones after those kept.

A case is named by its place in the reader's list of cases (:data:`CaseAt`), a flow by its claim id.

>>> from ....records import CouncilCase, Flow
>>> cases, flows = [CouncilCase(title="A事業について", flow_ids=["t1"])], [Flow(id="t1", basis="council")]
>>> apply([Decide(CaseAt(0), "approved"), Fill("t1", "basis_text", "条例第8条"), Fill(CaseAt(0), "articles",
...        ("条例第8条",)), Restate(CaseAt(0), flows=("e1",), drop=frozenset({"t1"}))], cases, flows)
>>> cases[0].decision, cases[0].articles, cases[0].flow_ids, flows[0].basis_text
('approved', ['条例第8条'], ['e1'], '条例第8条')
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NewType

from ....records import CouncilCase, Flow

__all__ = ["Amendment", "CaseAt", "Decide", "Fill", "Restate", "apply"]

CaseAt = NewType("CaseAt", int)  # a case's place in the list of cases the council reader holds


@dataclass(frozen=True, slots=True)
class Decide:
    """The decision the papers state for a case."""

    case: CaseAt
    decision: str


@dataclass(frozen=True, slots=True)
class Fill:
    """A value for one field of a case (:data:`CaseAt`) or of a flow (its claim id); a tuple stands for a list."""

    target: CaseAt | str
    field: str
    value: object
    only_missing: bool = True  # leave a value already read


@dataclass(frozen=True, slots=True)
class Restate:
    """The flows a case states from now on: those in ``drop`` removed, then ``flows`` added after the rest."""

    case: CaseAt
    flows: tuple[str, ...]
    drop: frozenset[str] = frozenset()


Amendment = Decide | Fill | Restate


def apply(amendments: Iterable[Amendment], cases: Sequence[CouncilCase], flows: Iterable[Flow] = ()) -> None:
    """Make each amendment true, in order, on ``cases`` and on the ``flows`` (found by claim id) it names.

    An amendment naming a flow that is not among ``flows`` changes nothing (the flow was withdrawn).
    """
    by_id: dict[str, Flow] | None = None
    for amendment in amendments:
        if isinstance(amendment, Decide):
            cases[amendment.case].decision = amendment.decision
        elif isinstance(amendment, Restate):
            case = cases[amendment.case]
            case.flow_ids = [token for token in case.flow_ids if token not in amendment.drop] + list(amendment.flows)
        else:
            if isinstance(amendment.target, str):
                if by_id is None:  # two objects with one claim id: the later one, as the steps' own look-ups
                    by_id = {flow.id: flow for flow in flows if flow.id}
                target: CouncilCase | Flow | None = by_id.get(amendment.target)
            else:
                target = cases[amendment.target]
            if target is None or (amendment.only_missing and getattr(target, amendment.field)):
                continue
            value = amendment.value
            setattr(target, amendment.field, list(value) if isinstance(value, tuple) else value)
