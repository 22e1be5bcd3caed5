"""One shape for what a reader returns: the step towards the single ``Reading`` of the readers' redesign.

The readers written since the corpus arrived (:mod:`.agenda`, :mod:`.reported_answers`)
each expose ``read(lines, consumed) -> Reading``: the records they read, what they could not read (diagnostics),
the lines they read (``claimed``) and the lines no other reader should take for a case (``not_cases``: list
headings, group headings, repeats of a title). The pipeline registers each with one line.

>>> reading = Reading(claimed={2})
>>> reading.merge(Reading(claimed={3}, not_cases={3})).claimed
{2, 3}
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import CouncilCase, Diagnostic, Flow, Registration

__all__ = ["Reading"]


@dataclass
class Reading:
    """What one reader read in a document."""

    flows: list[Flow] = field(default_factory=list)
    cases: list[CouncilCase] = field(default_factory=list)
    registrations: list[Registration] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    claimed: set[int] = field(default_factory=set)
    not_cases: set[int] = field(default_factory=set)

    def merge(self, other: Reading) -> Reading:
        """Both readings together (this one first)."""
        return Reading([*self.flows, *other.flows], [*self.cases, *other.cases],
                       [*self.registrations, *other.registrations], [*self.diagnostics, *other.diagnostics],
                       self.claimed | other.claimed, self.not_cases | other.not_cases)
