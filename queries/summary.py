"""Answers sized for a person: a long list of hops summarised first, the list itself shown a page at a time.

A whole-country trace can list tens of thousands of hops; nobody reads them one by one. The summary says
how many there are by municipality, by depth, by kind and by status, and :func:`first_page` says what a
page leaves out, so a table never ends silently.

>>> hops = [{"depth": 1, "kind": "external_provision", "status": "confirmed", "municipality": "川口市"},
...         {"depth": 2, "kind": "purpose_outside_use", "status": "possible", "municipality": "川口市"},
...         {"depth": 1, "kind": "purpose_outside_use", "status": "confirmed", "municipality": "久留米市"}]
>>> summary = summarise(hops)
>>> summary.total, summary.by_municipality, summary.by_depth
(3, [('川口市', 2), ('久留米市', 1)], [(1, 2), (2, 1)])
>>> shown, left_out = first_page(hops, limit=2)
>>> len(shown), left_out
(2, 1)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

__all__ = ["DEFAULT_LIMIT", "HopSummary", "first_page", "summarise"]

DEFAULT_LIMIT = 200  # rows a terminal table shows before it summarises; --all shows every one
T = TypeVar("T")


@dataclass(frozen=True)
class HopSummary:
    """Counts of an answer's hops, each list most frequent first (depths in order)."""

    total: int
    by_municipality: list[tuple[str, int]]
    by_depth: list[tuple[int, int]]
    by_kind: list[tuple[str, int]]
    by_status: list[tuple[str, int]]

    def to_json(self) -> dict[str, Any]:
        return {"total": self.total,
                "by_municipality": [{"municipality": m, "hops": n} for m, n in self.by_municipality],
                "by_depth": [{"depth": d, "hops": n} for d, n in self.by_depth],
                "by_kind": [{"kind": k, "hops": n} for k, n in self.by_kind],
                "by_status": [{"status": s, "hops": n} for s, n in self.by_status]}


def _field(hop: Any, name: str) -> Any:
    if isinstance(hop, Mapping):
        return hop.get(name)
    return getattr(hop, name, None)


def _municipality(hop: Any) -> str:
    found = _field(hop, "municipality")
    if not found:
        source = _field(hop, "source")
        found = source.get("municipality") if isinstance(source, Mapping) else None
    return found or "—"


def summarise(hops: Iterable[Any]) -> HopSummary:
    """Count hops (``Hop`` objects or their dicts) by municipality, depth, kind and status."""
    cities: Counter[str] = Counter()
    depths: Counter[int] = Counter()
    kinds: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    total = 0
    for hop in hops:
        total += 1
        cities[_municipality(hop)] += 1
        depths[_field(hop, "depth") or 0] += 1
        kinds[_field(hop, "kind") or "—"] += 1
        statuses[_field(hop, "status") or "—"] += 1
    return HopSummary(total=total, by_municipality=cities.most_common(), by_depth=sorted(depths.items()),
                      by_kind=kinds.most_common(), by_status=statuses.most_common())


def first_page(rows: Sequence[T], limit: int | None) -> tuple[Sequence[T], int]:
    """The first ``limit`` rows (all of them when ``limit`` is None) and how many were left out."""
    if limit is None or len(rows) <= limit:
        return rows, 0
    return rows[:limit], len(rows) - limit
