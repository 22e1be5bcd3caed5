"""Every simple path of flows between two businesses (or departments), up to a depth.

A depth-first search over the store's ``out_flows``: a path never visits a node twice and
ends at the first target it reaches. Parallel flows (two kinds between the same pair) make
separate paths, since each has its own basis and line.

Examples
--------
>>> from tadori.queries.testing import tiny_store
>>> result = paths(tiny_store(), "市民課", "防災課")
>>> [(len(p.hops), p.bases) for p in result.paths]
[(1, ['reasonable_grounds'])]
>>> paths(tiny_store(), "介護保険課", "市民課").paths
[]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tadori.graph.model import FlowEdge
from tadori.graph.protocol import GraphStore

from .filters import resolve_municipality
from .resolve import resolve_nodes
from .trace import Hop, flow_passes, hop_from_flow
from .vocabulary import basis_rank

__all__ = ["FlowPath", "PathsResult", "paths"]


@dataclass
class FlowPath:
    """One path: its hops in order and the basis of each."""

    hops: list[Hop]

    @property
    def bases(self) -> list[str]:
        return [h.basis for h in self.hops]

    @property
    def weakest_basis(self) -> str:
        return min(self.bases, key=basis_rank)

    def to_json(self) -> dict[str, Any]:
        return {"length": len(self.hops), "bases": self.bases, "weakest_basis": self.weakest_basis,
                "nodes": [self.hops[0].source["name"]] + [h.recipient["name"] for h in self.hops],
                "hops": [h.to_dict() for h in self.hops]}


@dataclass
class PathsResult:
    """The answer of :func:`paths`; ``truncated`` when ``limit`` paths were found and the search stopped."""

    source: str
    target: str
    source_ids: list[str]
    target_ids: list[str]
    max_depth: int
    as_of: str | None
    paths: list[FlowPath]
    truncated: bool

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "source_ids": self.source_ids,
                "target_ids": self.target_ids, "max_depth": self.max_depth, "as_of": self.as_of,
                "truncated": self.truncated, "paths": [p.to_json() for p in self.paths]}


def paths(store: GraphStore, source: str, target: str, *, max_depth: int = 6, as_of: str | None = None,
          municipality: str | None = None, limit: int = 1000) -> PathsResult:
    """All simple paths of flows from ``source`` to ``target``, each at most ``max_depth`` hops.

    Parameters
    ----------
    store : the graph store.
    source : a business, or a department (any business it operates).
    target : a business, a department or an outside party.
    max_depth : the longest path, in hops.
    as_of : ISO date: only flows in force then (see :func:`~tadori.queries.trace.flow_passes`).
    municipality : only this city's names and flows.
    limit : stop after this many paths (``truncated`` says so).

    Returns
    -------
    PathsResult
        Paths shortest first, each with its hops (provenance included) and bases.
    """
    municipality = resolve_municipality(store, municipality)
    sources = resolve_nodes(store, source, kinds=("business", "department"), municipality=municipality).node_ids
    targets = resolve_nodes(store, target, municipality=municipality).node_ids
    wanted = set(targets)
    found: list[list[FlowEdge]] = []
    truncated = False
    passes: dict[str, bool] = {}

    def usable(flow: FlowEdge) -> bool:
        if flow.id not in passes:
            passes[flow.id] = flow_passes(store, flow, as_of=as_of, municipality=municipality)
        return passes[flow.id]

    for origin in sources:
        # Each stack entry: the node, the flows taken to it, the nodes on the way (no repeats).
        stack: list[tuple[str, list[FlowEdge], frozenset[str]]] = [(origin, [], frozenset((origin,)))]
        while stack and not truncated:
            node_id, taken, on_path = stack.pop()
            if len(taken) >= max_depth:
                continue
            for flow in reversed(store.out_flows(node_id)):  # reversed: popped in stored order
                if flow.target in on_path or not usable(flow):
                    continue
                path = taken + [flow]
                if flow.target in wanted:
                    found.append(path)
                    if len(found) >= limit:
                        truncated = True
                        break
                else:
                    stack.append((flow.target, path, on_path | {flow.target}))
    found.sort(key=len)
    return PathsResult(
        source=source, target=target, source_ids=sources, target_ids=targets, max_depth=max_depth, as_of=as_of,
        paths=[FlowPath([hop_from_flow(store, flow, depth) for depth, flow in enumerate(path, 1)])
               for path in found],
        truncated=truncated,
    )
