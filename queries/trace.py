"""Trace an item, a business or a department hop by hop, downstream or upstream.

A hop is *confirmed* when the flow states it carries the item, *possible* when it leaves
(upstream: arrives at) a business on the trace without saying what it carries. A flow that
lists other items only is not a hop of the item. Without an item every hop is confirmed.

Examples
--------
>>> from tadori.queries.testing import tiny_store
>>> result = trace(tiny_store(), "DV情報等")
>>> [(h.recipient["business"], h.status) for h in result.hops]
[('介護保険資格管理業務', 'confirmed'), ('料金収納システム業務', 'confirmed')]
>>> [h.status for h in trace(tiny_store(), "DV情報等", mode="possible").hops]
['confirmed', 'confirmed', 'possible']
>>> result = trace(tiny_store(), "DV情報")  # a variant: the answer says which spelling matched
>>> result.matched_items, result.hops[0].matched_item, result.sensitivity
(['DV情報等'], 'DV情報等', {'dv': ['DV情報等']})
>>> [h.source["business"] for h in trace(tiny_store(), "防災課", direction="upstream").hops]
['住民基本台帳業務']
"""

from __future__ import annotations

import weakref
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

from tadori.graph.collector import collector_paused
from tadori.graph.model import FlowEdge, item_key
from tadori.graph.protocol import GraphStore

from .filters import resolve_bases, resolve_kinds, resolve_municipality, why_empty
from .freshness import refresh, store_cache
from .resolve import Start, resolve_start
from .sensitivity import flag_hop, tagged_items, tags_of
from .vocabulary import cached_item_key

__all__ = ["MODES", "Hop", "TraceResult", "field_lines", "flow_passes", "hop_from_flow", "reach", "review_of", "trace",
           "walk"]

MODES = ("confirmed", "possible", "both")  # "both" is "possible": every hop, each labelled


@dataclass
class Hop:
    """One flow on a trace, with its depth, its status and the line that states it.

    Hops of one store share their endpoint, case and provenance dicts: treat them as read-only
    (``to_dict`` copies).
    """

    flow_id: str
    depth: int
    status: str  # "confirmed" | "possible"
    source: dict[str, Any]
    recipient: dict[str, Any]
    kind: str
    basis: str
    basis_text: str | None
    start_date: str | None
    end_date: str | None
    undated: bool
    items: list[str]
    matched_item: str | None
    council_cases: list[dict[str, Any]]
    provenance: dict[str, Any]
    sources: list[dict[str, Any]] = field(default_factory=list)
    municipality: str | None = None  # the flow's city: answers about a name in several cities group by it
    # field (basis, items, start_date …) -> the lines that state it: {document, document_id, line, quote}
    field_lines: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    sensitivity: list[str] = field(default_factory=list)  # tags of the items carried (see sensitivity.py)
    flags: list[str] = field(default_factory=list)  # sensitivity.flag_hop: why a sensitive hop needs a look
    review: dict[str, Any] = field(default_factory=dict)  # {status, reviewer, at, note}: see review_of

    def to_dict(self) -> dict[str, Any]:
        # One level of copying, not asdict's deep copy: answers of thousands of hops serialise often.
        data = {name: getattr(self, name) for name in _HOP_FIELDS}
        for name in _DICT_FIELDS:
            data[name] = dict(data[name])
        for name in _LIST_FIELDS:
            data[name] = [dict(v) if isinstance(v, dict) else v for v in data[name]]
        return data


_HOP_FIELDS = tuple(f.name for f in fields(Hop))
_DICT_FIELDS = ("source", "recipient", "provenance", "field_lines", "review")
_LIST_FIELDS = ("items", "council_cases", "sources", "sensitivity", "flags")


@dataclass
class TraceResult:
    """The answer of :func:`trace`: the hops in breadth-first order, and how the start was read."""

    start: str
    start_kind: str
    item: str | None
    matched_items: list[str]
    direction: str
    mode: str
    as_of: str | None
    start_ids: list[str]
    hops: list[Hop]
    sensitivity: dict[str, list[str]] = field(default_factory=dict)  # tag -> items reached
    note: str | None = None  # why the answer is empty, when it is

    def by_municipality(self) -> dict[str | None, list[Hop]]:
        """The hops grouped by their city, in the order the cities are first reached."""
        groups: dict[str | None, list[Hop]] = {}
        for hop in self.hops:
            groups.setdefault(hop.municipality, []).append(hop)
        return groups

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item if self.item is not None else self.start,
            "start": self.start,
            "start_kind": self.start_kind,
            "matched_items": self.matched_items,
            "direction": self.direction,
            "mode": self.mode,
            "as_of": self.as_of,
            "start_ids": self.start_ids,
            "sensitivity": self.sensitivity,
            "municipalities": {city: len(hops) for city, hops in self.by_municipality().items()},
            "note": self.note,
            "hops": [hop.to_dict() for hop in self.hops],
        }

    def node_ids(self) -> list[str]:
        seen = dict.fromkeys(self.start_ids)
        for hop in self.hops:
            seen.setdefault(hop.source["id"])
            seen.setdefault(hop.recipient["id"])
        return list(seen)


def flow_passes(store: GraphStore, flow: FlowEdge, *, as_of: str | None = None, kinds: Iterable[str] | None = None,
                bases: Iterable[str] | None = None, municipality: str | None = None) -> bool:
    """True when a flow counts under the filters: kind, basis, municipality and the as-of date.

    As of a date a flow counts from its start_date (undated flows always count) until its
    end_date, and a flow to or from a business abolished by then drops out.
    """
    if kinds and flow.kind not in kinds:
        return False
    if bases and flow.basis not in bases:
        return False
    if municipality and flow.municipality != municipality:
        return False
    if as_of:
        if flow.start_date and flow.start_date > as_of:
            return False
        if flow.end_date and flow.end_date <= as_of:
            return False
        for node_id in (flow.source, flow.target):
            node = store.node(node_id)
            if node is not None and node.abolished and node.abolished <= as_of:
                return False
    return True


_key = cached_item_key


@lru_cache(maxsize=1 << 14)
def _tags(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(tags_of(items))


def _hop_status(flow: FlowEdge, key: str | None) -> str | None:
    if key is None:
        return "confirmed"
    items = flow.items
    if not items:
        return "possible"
    return "confirmed" if any(_key(i) == key for i in items) else None


def item_starts(store: GraphStore, key: str, direction: str) -> list[str]:
    """Holders of the item; the first on the chain (last, upstream) come first."""
    carrying = store.flows_with_item(key)
    holders = dict.fromkeys(store.holders(key))
    for flow in carrying:
        holders.setdefault(flow.source)
        holders.setdefault(flow.target)
    receivers = {f.target for f in carrying} if direction == "downstream" else {f.source for f in carrying}
    ends = [h for h in holders if h not in receivers]
    return ends + [h for h in holders if h in receivers]


def _endpoint(store: GraphStore, node_id: str, department: str | None, business: str | None,
              external: str | None = None) -> dict[str, Any]:
    node = store.node(node_id)
    return {
        "id": node_id,
        "label": node.label if node else None,
        "name": node.name if node else node_id,
        "department": department if department is not None else (node.department if node else None),
        "business": business,
        "external": external,
        "municipality": node.municipality if node else None,
    }


MACHINE_REVIEW = {"status": "machine", "reviewer": None, "at": None, "note": None}


def review_of(flow: FlowEdge) -> dict[str, Any]:
    """Whether a person looked at the flow: the latest review of any statement of it, else machine-read.

    >>> from tadori.queries.testing import tiny_store
    >>> review_of(tiny_store().flows()[0])["status"]
    'machine'
    """
    reviews = [p["review"] for p in flow.provenance if p.get("review")]
    return dict(max(reviews, key=lambda r: r.get("at") or "")) if reviews else dict(MACHINE_REVIEW)


# Per store and flow id: the parts of a hop that do not depend on the trace (endpoints, cases,
# provenance). A flow on many answers is described once; hops share these read-only parts.
_HOP_PARTS: weakref.WeakKeyDictionary[Any, dict[str, dict[str, Any]]] = store_cache()


def _hop_parts(store: GraphStore, flow: FlowEdge) -> dict[str, Any]:
    try:
        cache = _HOP_PARTS.setdefault(store, {})
    except TypeError:  # a store without weak references: describe the flow every time
        cache = {}
    parts = cache.get(flow.id)
    if parts is None:
        cases = [c for c in map(store.case, flow.council_cases) if c is not None]
        parts = cache[flow.id] = {
            "flow_id": flow.id,
            "source": _endpoint(store, flow.source, flow.source_department, flow.source_business),
            "recipient": _endpoint(store, flow.target, flow.recipient_department, flow.recipient_business,
                                   flow.recipient_external),
            "kind": flow.kind,
            "basis": flow.basis,
            "basis_text": flow.basis_text,
            "start_date": flow.start_date,
            "end_date": flow.end_date,
            "undated": flow.start_date is None,
            "items": list(flow.items),
            "council_cases": [{"id": c.id, "title": c.title, "date": c.date, "decision": c.decision}
                              for c in cases],
            "provenance": ({k: flow.provenance[0][k] for k in ("document", "line", "quote")}
                           if flow.provenance else {}),
            "sources": list(flow.provenance),
            "review": review_of(flow),
            "municipality": flow.municipality,
            "field_lines": field_lines(flow),
        }
    return parts


def field_lines(flow: FlowEdge) -> dict[str, list[dict[str, Any]]]:
    """Each field of a flow and the lines that state it, across every document and line that states the flow.

    A statement merged from several lines of one document (its ``evidence``) cites each line for the
    fields that line gave: the basis from the table row, the date from the change's reason.
    """
    lines: dict[str, list[dict[str, Any]]] = {}
    for source in flow.provenance:
        document = {"document": source.get("document"), "document_id": source.get("document_id")}
        statements = source.get("evidence") or [
            {"fields": source.get("fields", ()), "line": source.get("line"), "quote": source.get("quote")}]
        for statement in statements:
            for name in statement.get("fields", ()):
                cited = {**document, "line": statement.get("line"), "quote": statement.get("quote")}
                if cited not in lines.setdefault(name, []):
                    lines[name].append(cited)
    return lines


# Per store: what following an item makes of a flow (matched spelling, tags, flags) — the same on every
# answer, worked out once per (flow, status, item key, item followed).
_READINGS: weakref.WeakKeyDictionary[Any, dict[tuple, tuple]] = store_cache()


def _hop(store: GraphStore, flow: FlowEdge, depth: int, status: str, key: str | None,
         followed: str | None = None) -> Hop:
    parts = _hop_parts(store, flow)
    try:
        readings = _READINGS.setdefault(store, {})
    except TypeError:  # a store without weak references: work it out every time
        readings = {}
    reading = (flow.id, status, key, followed)
    known = readings.get(reading)
    if known is not None:
        matched, sensitivity, flags = known
        return Hop(depth=depth, status=status, matched_item=matched, sensitivity=list(sensitivity),
                   flags=list(flags), **parts)
    matched = next((i for i in flow.items if _key(i) == key), None) if key is not None else None
    # A possible hop may carry the followed item: its tags count too, the status says "maybe".
    carried = tuple(flow.items) + ((followed,) if status == "possible" and followed else ())
    hop = Hop(depth=depth, status=status, matched_item=matched, sensitivity=list(_tags(carried)), **parts)
    hop.flags = flag_hop(hop)
    readings[reading] = (matched, tuple(hop.sensitivity), tuple(hop.flags))
    return hop


# Per store and item key: the flows that state the item, by node. A confirmed trace walks only
# these, not every flow out of every node it reaches (on Neo4j: one query per item, not per node).
_ITEM_ADJACENCY: weakref.WeakKeyDictionary[Any, dict[tuple[str, bool], dict[str, list[FlowEdge]]]] = store_cache()


def _item_adjacency(store: GraphStore, key: str, downstream: bool) -> dict[str, list[FlowEdge]] | None:
    try:
        cache = _ITEM_ADJACENCY.setdefault(store, {})
    except TypeError:  # a store without weak references: walk the store's own adjacency
        return None
    adjacency = cache.get((key, downstream))
    if adjacency is None:
        adjacency = {}
        for flow in store.flows_with_item(key):
            adjacency.setdefault(flow.source if downstream else flow.target, []).append(flow)
        cache[(key, downstream)] = adjacency
    return adjacency


def hop_from_flow(store: GraphStore, flow: FlowEdge, depth: int = 1) -> Hop:
    """A flow as a confirmed hop (for answers that list flows outside a trace: paths, cases, gaps)."""
    return _hop(store, flow, depth, "confirmed", None)


def reach(store: GraphStore, start_ids: Iterable[str], *, key: str | None = None, downstream: bool = True,
          mode: str = "confirmed", max_depth: int | None = None, as_of: str | None = None,
          kinds: Iterable[str] | None = None, bases: Iterable[str] | None = None,
          municipality: str | None = None) -> tuple[list[tuple[FlowEdge, int, str]], list[str]]:
    """The reachability core of a trace: (flow, depth, status) in breadth-first order, and the roots.

    ``key`` is the item key followed (None: every flow is a hop). Each flow appears once, at
    the smallest depth it is reached; a node is expanded once, so cycles terminate. Later
    start ids begin a walk only if earlier ones did not reach them.
    """
    refresh(store)
    kinds = set(kinds) if kinds else None
    bases = set(bases) if bases else None
    filtered = bool(as_of or kinds or bases or municipality)
    adjacency = _item_adjacency(store, key, downstream) if key is not None and mode == "confirmed" else None
    reached: list[tuple[FlowEdge, int, str]] = []
    seen_flows: set[str] = set()
    visited: set[str] = set()
    roots: list[str] = []
    for origin in start_ids:
        if origin in visited:
            continue
        visited.add(origin)
        roots.append(origin)
        queue = deque([(origin, 0)])
        while queue:
            node_id, depth = queue.popleft()
            if max_depth is not None and depth >= max_depth:
                continue
            if adjacency is not None:  # only flows that state the item: confirmed by construction
                flows, known_status = adjacency.get(node_id, ()), "confirmed"
            else:
                flows = store.out_flows(node_id) if downstream else store.in_flows(node_id)
                known_status = None
            for flow in flows:
                if flow.id in seen_flows:
                    continue
                status = known_status or _hop_status(flow, key)
                if status is None or (status == "possible" and mode == "confirmed"):
                    continue
                if filtered and not flow_passes(store, flow, as_of=as_of, kinds=kinds, bases=bases,
                                                municipality=municipality):
                    continue
                seen_flows.add(flow.id)
                reached.append((flow, depth + 1, status))
                following = flow.target if downstream else flow.source
                if following not in visited:
                    visited.add(following)
                    queue.append((following, depth + 1))
    return reached, roots


def walk(store: GraphStore, start_ids: Iterable[str], *, key: str | None = None, followed: str | None = None,
         downstream: bool = True, mode: str = "confirmed", max_depth: int | None = None, as_of: str | None = None,
         kinds: Iterable[str] | None = None, bases: Iterable[str] | None = None,
         municipality: str | None = None) -> tuple[list[Hop], list[str]]:
    """:func:`reach`, with every flow reached described as a :class:`Hop`."""
    reached, roots = reach(store, start_ids, key=key, downstream=downstream, mode=mode, max_depth=max_depth,
                           as_of=as_of, kinds=kinds, bases=bases, municipality=municipality)
    return [_hop(store, flow, depth, status, key, followed) for flow, depth, status in reached], roots


def trace(store: GraphStore, start: str, *, direction: str = "downstream", mode: str = "confirmed",
          item: str | None = None, max_depth: int | None = None, as_of: str | None = None,
          kinds: Iterable[str] | None = None, bases: Iterable[str] | None = None,
          municipality: str | None = None, explain: bool = True) -> TraceResult:
    """Follow ``start`` (an item, a business or a department) through the flows.

    Parameters
    ----------
    store : the graph store.
    start : an item (DV情報等; any variant matches: DV情報), a business or a department.
    direction : "downstream" (where the data goes) or "upstream" (where it came from).
    mode : "confirmed" (only hops that state the item) or "possible"/"both" (also hops that
        state no items, labelled possible).
    item : follow this item from a business or department start (an item start implies it).
    max_depth : stop after this many hops from the start.
    as_of : ISO date; only flows in force then (see :func:`flow_passes`); undated flows stay,
        marked ``undated``.
    kinds, bases, municipality : only flows of these kinds, on these bases, of this city, in the
        words of the documents or the schema (目的外利用, 本人同意, 川口; see :mod:`.filters`).
    explain : for an empty answer, find which filter empties it (``note``).

    Returns
    -------
    TraceResult
        Hops in breadth-first order; each flow appears once, at the smallest depth it is
        reached, so cycles terminate. Each hop names its municipality. Raises :class:`~tadori.errors.NotFound` (with
        suggestions) for a name that matches nothing.
    """
    if direction not in ("downstream", "upstream"):
        raise ValueError(f"direction must be downstream or upstream, not {direction!r}")
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    kinds, bases = resolve_kinds(kinds), resolve_bases(bases)
    municipality = resolve_municipality(store, municipality)
    resolved: Start = resolve_start(store, start, municipality=municipality)
    followed = resolved.item if resolved.kind == "item" else item
    key = item_key(followed) if followed else None
    start_ids = item_starts(store, key, direction) if resolved.kind == "item" else list(resolved.node_ids)
    if municipality:
        start_ids = [s for s in start_ids if (node := store.node(s)) is not None and node.municipality == municipality]
    with collector_paused():  # thousands of small acyclic dicts: nothing to collect
        hops, roots = walk(store, start_ids, key=key, followed=followed, downstream=direction == "downstream",
                           mode=mode, max_depth=max_depth, as_of=as_of, kinds=kinds, bases=bases,
                           municipality=municipality)
    matched = resolved.matched_items or []
    if key is not None and not matched:  # an item followed from a business: the spellings the hops use
        matched = sorted({h.matched_item for h in hops if h.matched_item})
    reached = [i for h in hops for i in h.items] + matched
    note = None
    if not hops and explain:
        def count(**relaxed: Any) -> int:
            return len(trace(store, start, direction=direction, mode=mode, item=item, max_depth=max_depth,
                             explain=False, **{"as_of": None, "kinds": None, "bases": None, "municipality": None,
                                               **relaxed}).hops)

        what = f"flow {'from' if direction == 'downstream' else 'into'} {start}"
        if mode == "confirmed" and key is not None:
            what = f"flow that states {followed} {'from' if direction == 'downstream' else 'into'} {start}"
        note = why_empty(what, count, kinds=kinds, bases=bases, municipality=municipality, as_of=as_of)
    return TraceResult(
        start=start, start_kind=resolved.kind, item=followed, matched_items=matched,
        direction=direction, mode=mode, as_of=as_of, start_ids=roots, hops=hops,
        sensitivity=tagged_items(reached), note=note,
    )
