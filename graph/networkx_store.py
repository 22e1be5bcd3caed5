"""The in-process graph store: a networkx MultiDiGraph built from the record store.

FLOWS_TO edges are keyed by their flow id and carry every flow attribute; OPERATES and
RECORDS edges link departments and data items. Adjacency lists of flow edges are kept
beside the graph so a trace walks plain dicts.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property
from typing import TYPE_CHECKING, Any

from tadori.ingest.records import Diagnostic, File, Registration, Statistic
from tadori.ingest.recordstore import RecordStore

from .build import GraphData, build_graph_data
from .collector import collector_paused
from .model import BUSINESS, DATA_ITEM, DEPARTMENT, EXTERNAL_PARTY, Case, FlowEdge, Node, item_key

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["NetworkXStore"]


FLOWS_TO = "FLOWS_TO"
OPERATES = "OPERATES"
RECORDS = "RECORDS"


def _attributes(edge: FlowEdge) -> dict[str, Any]:
    """A flow edge's fields as networkx edge attributes (the lists and dicts are the edge's own)."""
    return {name: getattr(edge, name) for name in FlowEdge.__dataclass_fields__}


class NetworkXStore:
    """The default store. Build it once (``from_records``); queries only read it."""

    backend = "networkx"

    def __init__(self, data: GraphData, records: RecordStore | None = None):
        self.records = records
        self._data = data
        self._out: dict[str, list[FlowEdge]] = defaultdict(list)
        self._in: dict[str, list[FlowEdge]] = defaultdict(list)
        self._by_item: dict[str, list[FlowEdge]] = defaultdict(list)
        self._holders: dict[str, list[str]] = defaultdict(list)
        self._operates: dict[str, list[str]] = defaultdict(list)
        self._by_city: dict[str | None, list[Node]] = defaultdict(list)
        self._by_label: dict[str, list[Node]] = defaultdict(list)
        self._city_flows: dict[str | None, list[FlowEdge]] = defaultdict(list)
        with collector_paused(freeze=True):
            self._index(data)

    @classmethod
    def from_records(cls, records: RecordStore, municipality: str | None = None) -> NetworkXStore:
        """The graph of every record, or of one municipality's (what a one-city command needs)."""
        with collector_paused(freeze=True):
            data = build_graph_data(records, municipality)
        return cls(data, records)

    def _index(self, data: GraphData) -> None:
        """The adjacency every query walks: plain dicts of lists, built in one pass."""
        for edge in data.flows.values():
            self._out[edge.source].append(edge)
            self._in[edge.target].append(edge)
            for key in edge.item_keys:
                self._by_item[key].append(edge)
        for department, business in data.operates:
            self._operates[department].append(business)
        for business, item in data.records:
            self._holders[item.removeprefix("item:")].append(business)
        for lists in (self._operates, self._holders):  # both stores list these sorted by id
            for ids in lists.values():
                ids.sort()
        for node in data.nodes.values():
            self._by_city[node.municipality].append(node)
            self._by_label[node.label].append(node)
        for edge in data.flows.values():
            self._city_flows[edge.municipality].append(edge)

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        """The whole graph as a networkx MultiDiGraph, built on first use.

        No query reads it (they walk the adjacency above); it is there for networkx's own algorithms and
        for exporting everything. A country's graph costs seconds and gigabytes, so nothing builds it unasked.
        """
        import networkx as nx  # a tenth of a second to import: only when the whole graph is asked for

        data = self._data
        graph = nx.MultiDiGraph()
        with collector_paused(freeze=True):
            graph.add_nodes_from((n.id, {"label": n.label, "name": n.name}) for n in data.nodes.values())
            graph.add_edges_from((e.source, e.target, e.id, {**_attributes(e), "type": FLOWS_TO})
                                 for e in data.flows.values())
            graph.add_edges_from((d, b, OPERATES, {"type": OPERATES}) for d, b in data.operates)
            graph.add_edges_from((b, i, RECORDS, {"type": RECORDS}) for b, i in data.records)
        return graph

    # -- graph ------------------------------------------------------------------------------
    def node(self, node_id: str) -> Node | None:
        return self._data.nodes.get(node_id)

    def nodes(self, label: str | None = None, municipality: str | None = None) -> list[Node]:
        # One city's nodes, or one label's: a question about a city costs the city, not the country.
        if municipality is not None:
            return [n for n in self._by_city.get(municipality, []) if label is None or n.label == label]
        return list(self._data.nodes.values()) if label is None else list(self._by_label.get(label, []))

    def flow(self, flow_id: str) -> FlowEdge | None:
        return self._data.flows.get(flow_id)

    def flows(self, municipality: str | None = None) -> list[FlowEdge]:
        return list(self._data.flows.values()) if municipality is None else list(self._city_flows.get(municipality, []))

    def out_flows(self, node_id: str) -> list[FlowEdge]:
        return self._out.get(node_id, [])

    def in_flows(self, node_id: str) -> list[FlowEdge]:
        return self._in.get(node_id, [])

    def flows_with_item(self, key: str) -> list[FlowEdge]:
        return self._by_item.get(item_key(key), [])

    def holders(self, key: str) -> list[str]:
        return self._holders.get(item_key(key), [])

    def businesses_of(self, department_node_id: str) -> list[str]:
        return self._operates.get(department_node_id, [])

    def cases(self, municipality: str | None = None) -> list[Case]:
        return [c for c in self._data.cases.values() if municipality is None or c.municipality == municipality]

    def case(self, case_id: str) -> Case | None:
        return self._data.cases.get(case_id)

    def names(self) -> list[tuple[str, str, str]]:
        entries = [(n.name, n.label, n.id) for n in self._data.nodes.values()]
        entries += [(c.title, "CouncilCase", c.id) for c in self._data.cases.values()]
        return entries

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys((BUSINESS, DEPARTMENT, DATA_ITEM, EXTERNAL_PARTY), 0)
        for node in self._data.nodes.values():
            counts[node.label] += 1
        counts["FLOWS_TO"] = len(self._data.flows)
        counts["CouncilCase"] = len(self._data.cases)
        return counts

    # -- records ----------------------------------------------------------------------------
    def documents(self) -> list[dict[str, Any]]:
        if self.records is None or not self.records.exists():
            return []
        return [d.to_dict() for d in self.records.documents()]

    def document_text(self, document_id: str) -> str | None:
        return self.records.document_text(document_id) if self.records and self.records.exists() else None

    def diagnostics(self, document_id: str | None = None) -> list[tuple[Diagnostic, str]]:
        return self.records.diagnostics(document_id) if self.records and self.records.exists() else []

    def registrations(self) -> list[tuple[Registration, str]]:
        return self.records.registrations() if self.records and self.records.exists() else []

    def statistics(self) -> list[tuple[Statistic, str]]:
        return self.records.statistics() if self.records and self.records.exists() else []

    def files(self) -> list[tuple[File, str]]:
        return self.records.files() if self.records and self.records.exists() else []

    def document_source(self, document_id: str) -> tuple[str, bytes | None, list[dict] | None] | None:
        return self.records.document_source(document_id) if self.records and self.records.exists() else None
