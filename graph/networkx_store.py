"""The in-process graph store: a networkx MultiDiGraph built from the record store.

FLOWS_TO edges are keyed by their flow id and carry every flow attribute; OPERATES and
RECORDS edges link departments and data items. Adjacency lists of flow edges are kept
beside the graph so a trace walks plain dicts.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from tadori.ingest.records import Diagnostic, File, Registration, Statistic
from tadori.ingest.recordstore import RecordStore

from .build import GraphData, build_graph_data
from .collector import collector_paused
from .model import BUSINESS, DATA_ITEM, DEPARTMENT, EXTERNAL_PARTY, Case, FlowEdge, Node, item_key

__all__ = ["NetworkXStore"]


FLOWS_TO = "FLOWS_TO"
OPERATES = "OPERATES"
RECORDS = "RECORDS"


class NetworkXStore:
    """The default store. Build it once (``from_records``); queries only read it."""

    backend = "networkx"

    def __init__(self, data: GraphData, records: RecordStore | None = None):
        self.records = records
        self._data = data
        self.graph = nx.MultiDiGraph()
        self._out: dict[str, list[FlowEdge]] = defaultdict(list)
        self._in: dict[str, list[FlowEdge]] = defaultdict(list)
        self._by_item: dict[str, list[FlowEdge]] = defaultdict(list)
        self._holders: dict[str, list[str]] = defaultdict(list)
        self._operates: dict[str, list[str]] = defaultdict(list)
        with collector_paused(freeze=True):
            self._load(data)

    @classmethod
    def from_records(cls, records: RecordStore) -> NetworkXStore:
        with collector_paused(freeze=True):
            data = build_graph_data(records)
        return cls(data, records)

    def _load(self, data: GraphData) -> None:
        graph = self.graph
        graph.add_nodes_from((node.id, {"label": node.label, "name": node.name}) for node in data.nodes.values())
        flows = data.flows
        graph.add_edges_from((e.source, e.target, e.id, vars(e)) for e in flows.values())
        # The FlowEdge and the networkx edge share one attribute dict: one copy of every flow.
        for _, _, flow_key, attributes in graph.edges(keys=True, data=True):
            if flow_key in flows:
                attributes["type"] = FLOWS_TO
                flows[flow_key].__dict__ = attributes
        for edge in flows.values():
            self._out[edge.source].append(edge)
            self._in[edge.target].append(edge)
            for key in edge.item_keys:
                self._by_item[key].append(edge)
        graph.add_edges_from((d, b, OPERATES, {"type": OPERATES}) for d, b in data.operates)
        for department, business in data.operates:
            self._operates[department].append(business)
        graph.add_edges_from((b, i, RECORDS, {"type": RECORDS}) for b, i in data.records)
        for business, item in data.records:
            self._holders[item.removeprefix("item:")].append(business)
        for lists in (self._operates, self._holders):  # both stores list these sorted by id
            for ids in lists.values():
                ids.sort()

    # -- graph ------------------------------------------------------------------------------
    def node(self, node_id: str) -> Node | None:
        return self._data.nodes.get(node_id)

    def nodes(self, label: str | None = None, municipality: str | None = None) -> list[Node]:
        return [n for n in self._data.nodes.values()
                if (label is None or n.label == label) and (municipality is None or n.municipality == municipality)]

    def flow(self, flow_id: str) -> FlowEdge | None:
        return self._data.flows.get(flow_id)

    def flows(self, municipality: str | None = None) -> list[FlowEdge]:
        return [f for f in self._data.flows.values() if municipality is None or f.municipality == municipality]

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
