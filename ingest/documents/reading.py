"""Stage 2's contract: what a reader is, what it returns, and what the readers before it have read.

A *reader* reads one genre of statement from a :class:`~.page.Page`. It is a :class:`Reader` — a name, a
function ``read(page, readings) -> Reading`` and the kind of claim its lines make — and sits in one row of the
ordered table :data:`~.readers.READERS`; the pipeline folds the table over the page. A reader may look at
what its predecessors read (their records, the lines they claimed), never change them, and answers in one
shape, a :class:`Reading`: the records it proposes, the diagnostics for what it could not complete, the lines
it read, the earlier flows it replaces (by claim id, see :mod:`.model`) and the earlier cases it restates; the
fold applies those two, in table order.

"Already read" is one notion: :meth:`Readings.claimed`, asked per kind of claim, because a line read as a table
row is read for every purpose, while a line a council case took may still hold a count.

>>> from ..records import Flow
>>> readings = Readings()
>>> readings.add(Reader("a", lambda page, so_far: Reading(), claims="records"),
...              Reading(flows=[Flow(id="a:3:1", line=3)], claimed={3}))
>>> readings.add(Reader("b", lambda page, so_far: Reading(), claims="statements"),
...              Reading(flows=[Flow(id="b:3:2", line=3)], withdrawn={"a:3:1"}, claimed={4}))
>>> [flow.id for flow in readings.flows], readings.claimed("records"), sorted(readings.claimed())
(['b:3:2'], {3}, [3, 4])
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..records import CouncilCase, Diagnostic, Flow, Registration, Statistic

if TYPE_CHECKING:
    from .page import Page

__all__ = ["Reader", "Reading", "Readings"]


@dataclass
class Reading:
    """What one reader read in a document."""

    flows: list[Flow] = field(default_factory=list)
    cases: list[CouncilCase] = field(default_factory=list)
    registrations: list[Registration] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    claimed: set[int] = field(default_factory=set)  # the lines read: later readers leave them alone
    not_cases: set[int] = field(default_factory=set)  # lines no reader should take for a case (list headings)
    statistics: list[Statistic] = field(default_factory=list)
    row_lines: set[int] = field(default_factory=set)  # lines whose flows a list row or a card states
    withdrawn: set[str] = field(default_factory=set)  # claim ids of earlier flows this reading replaces
    item_hints: dict[str, str] = field(default_factory=dict)  # claim id → wording that implies the items
    # An earlier case now stated by this reading's flows: its position among the cases read so far → claim ids.
    restated: dict[int, list[str]] = field(default_factory=dict)

    def merge(self, other: Reading) -> Reading:
        """Both readings together (this one first).

        >>> Reading(claimed={2}).merge(Reading(claimed={3}, not_cases={3})).claimed
        {2, 3}
        """
        return Reading([*self.flows, *other.flows], [*self.cases, *other.cases],
                       [*self.registrations, *other.registrations], [*self.diagnostics, *other.diagnostics],
                       self.claimed | other.claimed, self.not_cases | other.not_cases,
                       [*self.statistics, *other.statistics], self.row_lines | other.row_lines,
                       self.withdrawn | other.withdrawn, {**self.item_hints, **other.item_hints},
                       {**self.restated, **other.restated})


@dataclass(frozen=True)
class Reader:
    """One genre's reader: a row of :data:`~.readers.READERS`."""

    name: str
    read: Callable[[Page, Readings], Reading]
    claims: str = "records"  # the kind of claim its lines make: records, council, statements, counts, …


class Readings:
    """Everything the readers have read so far, in table order (the pipeline's fold)."""

    def __init__(self) -> None:
        self.flows: list[Flow] = []
        self.cases: list[CouncilCase] = []
        self.registrations: list[Registration] = []
        self.statistics: list[Statistic] = []
        self.diagnostics: list[Diagnostic] = []
        self.row_lines: set[int] = set()
        self.item_hints: dict[str, str] = {}
        self.by_reader: dict[str, Reading] = {}
        self._claimed: dict[str, set[int]] = {}

    def add(self, reader: Reader, reading: Reading) -> None:
        """Take in one reader's reading (the fold's step)."""
        if reading.withdrawn - {""}:  # an id never given names no flow: withdrawing it must not drop the id-less ones
            self.flows = [flow for flow in self.flows if not flow.id or flow.id not in reading.withdrawn]
        for position, claims in reading.restated.items():  # the one change a reading makes to earlier records
            self.cases[position].flow_ids = list(claims)
        self.flows.extend(reading.flows)
        self.cases.extend(reading.cases)
        self.registrations.extend(reading.registrations)
        self.statistics.extend(reading.statistics)
        self.diagnostics.extend(reading.diagnostics)
        self.row_lines |= reading.row_lines
        self.item_hints.update(reading.item_hints)
        self._claimed.setdefault(reader.claims, set()).update(reading.claimed)
        self.by_reader[reader.name] = reading

    def claim(self, kind: str, lines: set[int] | frozenset[int]) -> None:
        """Mark lines read before any reader runs (the page's table lines)."""
        self._claimed.setdefault(kind, set()).update(lines)

    def claimed(self, *kinds: str) -> set[int]:
        """The lines claimed as any of ``kinds`` (every kind when none is named)."""
        chosen = kinds or tuple(self._claimed)
        return set().union(*(self._claimed.get(kind, ()) for kind in chosen))

    def of(self, reader: str) -> Reading:
        """What the reader of this name read (an empty reading when it has not run or read nothing)."""
        return self.by_reader.get(reader) or Reading()
