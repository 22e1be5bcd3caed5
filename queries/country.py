"""A start found in many cities: where it is, and its trace taken a city at a time.

The whole country's trace of 「DV情報等」 reaches every city: a hundred thousand hops, seconds of work and
megabytes that no person reads at once. No flow joins two cities, so one city's trace is exactly the
country's answer restricted to that city. A page can therefore say where the start is found
(:func:`start_cities`, :func:`item_spread`) and trace the first cities (:func:`trace_cities`) at the
cost of those cities, leaving the others to a choice of city or to an export of the whole answer.

>>> import os, tempfile
>>> from tadori.graph.networkx_store import NetworkXStore
>>> from tadori.ingest.synthetic import write_record_store
>>> records = write_record_store(os.path.join(tempfile.mkdtemp(), "t.db"), municipalities=3, flows_per_city=30)
>>> store = NetworkXStore.from_records(records)
>>> cities = start_cities(store, "DV情報等"); cities
['架空市0000', '架空市0001', '架空市0002']
>>> part, traced = trace_cities(store, "DV情報等", cities, hops_wanted=1)
>>> traced, {h.municipality for h in part.hops}
(['架空市0000'], {'架空市0000'})
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from tadori.graph.model import item_key
from tadori.graph.protocol import GraphStore

from .resolve import resolve_start
from .sensitivity import tagged_items
from .trace import TraceResult, item_starts, trace

__all__ = ["MANY_CITIES", "item_spread", "start_cities", "trace_cities"]

# A name found in more cities than this is answered a city at a time by the pages and the command line:
# the whole country's answer costs seconds to minutes and runs to pages no one reads at once.
MANY_CITIES = 20


def start_cities(store: GraphStore, start: str, *, direction: str = "downstream") -> list[str]:
    """The cities where ``start`` (an item, a business or a department) is found, in the order a trace meets them.

    Raises NotFound (with suggestions) for a name that matches nothing.
    """
    resolved = resolve_start(store, start)
    if resolved.kind == "item":
        node_ids = item_starts(store, item_key(resolved.item or start), direction)
    else:
        node_ids = resolved.node_ids
    cities: dict[str, None] = {}
    for node_id in node_ids:
        node = store.node(node_id)
        if node is not None and node.municipality:
            cities.setdefault(node.municipality)
    return list(cities)


def item_spread(store: GraphStore, item: str) -> dict[str | None, Counter[str]]:
    """The flows that state ``item`` (any spelling), counted per city and kind, cities in the country's order."""
    spread: dict[str | None, Counter[str]] = {}
    for flow in store.flows_with_item(item_key(item)):
        spread.setdefault(flow.municipality, Counter())[flow.kind] += 1
    return spread


def trace_cities(store: GraphStore, start: str, cities: list[str], *, hops_wanted: int, max_cities: int | None = None,
                 **options: Any) -> tuple[TraceResult, list[str]]:
    """The trace of ``start`` in the first ``cities`` that together give ``hops_wanted`` hops (or in all of them,
    or in the first ``max_cities``: filters may leave most cities empty, and each costs a trace).

    Returns the cities' traces as one answer (each city's hops in its trace's order, city after city) and
    the cities traced. ``options`` are :func:`~tadori.queries.trace.trace`'s (direction, mode, as_of, …).
    """
    results: list[TraceResult] = []
    traced: list[str] = []
    for city in cities[:max_cities]:
        results.append(trace(store, start, municipality=city, explain=False, **options))
        traced.append(city)
        if sum(len(r.hops) for r in results) >= hops_wanted:
            break
    if not results:
        return trace(store, start, **options), []
    hops = [hop for result in results for hop in result.hops]
    matched = sorted({item for result in results for item in result.matched_items})
    return replace(results[0], start_ids=[s for r in results for s in r.start_ids], hops=hops,
                   matched_items=matched, sensitivity=tagged_items([i for h in hops for i in h.items] + matched),
                   note=None), traced
