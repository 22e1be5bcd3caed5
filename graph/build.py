"""Records → graph data: the one place that decides nodes, edges and their ids.

Both graph stores load what :func:`build_graph_data` returns, so networkx and Neo4j hold
the same nodes and the same FLOWS_TO edges. The records come with people's reviews applied
(ingest/reviews.py): a rejected flow is not in the graph, a corrected one has its corrected
fields, and each statement's provenance carries ``review`` {status, reviewer, at, note} when a
person looked at it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tadori.ingest.records import Flow
from tadori.ingest.recordstore import RecordStore
from tadori.ingest.reviews import reviewed_flows, reviewed_registrations

from .model import (
    BUSINESS,
    DATA_ITEM,
    DEPARTMENT,
    EXTERNAL_PARTY,
    Case,
    FlowEdge,
    Node,
    business_id,
    department_id,
    external_id,
    flow_id,
    holder_id,
    item_key,
    unknown_source_id,
)

__all__ = ["GraphData", "build_graph_data"]


@dataclass
class GraphData:
    nodes: dict[str, Node] = field(default_factory=dict)
    flows: dict[str, FlowEdge] = field(default_factory=dict)
    cases: dict[str, Case] = field(default_factory=dict)
    # Insertion-ordered (dicts used as sets): the same records give the same order, without sorting.
    operates: dict[tuple[str, str], None] = field(default_factory=dict)  # (department id, business id)
    records: dict[tuple[str, str], None] = field(default_factory=dict)  # (business id, item id)

    def node(self, node_id: str, label: str, name: str, municipality: str | None) -> Node:
        existing = self.nodes.get(node_id)
        if existing is None:
            existing = self.nodes[node_id] = Node(id=node_id, label=label, name=name, municipality=municipality)
        return existing

    def business(self, municipality: str | None, department: str | None, business: str | None) -> str | None:
        if business:
            node = self.node(business_id(municipality, business), BUSINESS, business, municipality)
        elif department:
            node = self.node(holder_id(municipality, department), BUSINESS, department, municipality)
        else:
            return None
        if department:
            if node.department is None:
                node.department = department
            if department not in node.departments:
                node.departments.append(department)
                dept = self.node(department_id(municipality, department), DEPARTMENT, department, municipality)
                self.operates[(dept.id, node.id)] = None
        return node.id

    def record(self, business: str, item: str) -> None:
        key = item_key(item)
        pair = (business, "item:" + key)
        if pair in self.records:
            return
        self.nodes[business].items.append(item)
        self.node(pair[1], DATA_ITEM, item, None)
        self.records[pair] = None


def _endpoints(data: GraphData, flow: Flow, municipality: str | None) -> tuple[str, str]:
    source = data.business(municipality, flow.source_department, flow.source_business)
    if source is None:
        source = data.node(unknown_source_id(municipality), EXTERNAL_PARTY, "提供元不明", municipality).id
    if flow.recipient_external:
        target_id = external_id(municipality, flow.recipient_external, flow.recipient_business)
        name = flow.recipient_external
        if flow.recipient_business:
            name += f"（{flow.recipient_business}）"
        target = data.node(target_id, EXTERNAL_PARTY, name, municipality).id
    else:
        target = data.business(municipality, flow.recipient_department, flow.recipient_business)
        if target is None:
            target = data.node(unknown_source_id(municipality), EXTERNAL_PARTY, "提供先不明", municipality).id
    return source, target


def _merge(edge: FlowEdge, flow: Flow) -> None:
    """A second statement of the same flow adds its items, basis text and provenance."""
    for item in flow.items:
        if all(item_key(item) != item_key(known) for known in edge.items):
            edge.items.append(item)
    if edge.basis == "unknown" and flow.basis != "unknown":
        edge.basis, edge.basis_text = flow.basis, flow.basis_text
    edge.basis_text = edge.basis_text or flow.basis_text
    edge.reason = edge.reason or flow.reason
    edge.end_date = edge.end_date or flow.end_date


def build_graph_data(records: RecordStore, municipality: str | None = None) -> GraphData:
    """Build nodes, flow edges and cases from every record in the store, or from one municipality's.

    Node and flow ids name their municipality and no flow joins two cities' nodes, so one city's graph
    answers every question about that city exactly as the country's graph does.
    """
    data = GraphData()
    documents = {d.id: d for d in records.documents(history=False)} if records.exists() else {}
    # Each row read from SQLite is a new string; a national graph repeats the same few thousand
    # names, kinds and dates a million times. Keep one copy of each.
    shared: dict[str, str] = {}

    def share(text: str | None) -> str | None:
        return text if text is None else shared.setdefault(text, text)

    local_to_edge: dict[tuple[str, str], str] = {}
    city = municipality  # the loop below names each flow's own municipality
    for flow, document_id, review in reviewed_flows(records, city) if documents else []:
        municipality = flow.municipality
        source, target = _endpoints(data, flow, municipality)
        edge_id = flow_id(municipality, source, target, flow.kind, flow.start_date)
        provenance = {"document": documents[document_id].name, "document_id": share(document_id),
                      "line": flow.line, "quote": flow.quote}
        if review is not None:
            provenance["review"] = review
        edge = data.flows.get(edge_id)
        if edge is None:
            edge = data.flows[edge_id] = FlowEdge(
                id=edge_id, source=source, target=target, kind=share(flow.kind), basis=share(flow.basis),
                basis_text=share(flow.basis_text), start_date=share(flow.start_date),
                end_date=share(flow.end_date), items=[share(i) for i in flow.items], reason=flow.reason,
                municipality=share(municipality), source_department=share(flow.source_department),
                source_business=share(flow.source_business), recipient_department=share(flow.recipient_department),
                recipient_business=share(flow.recipient_business), recipient_external=share(flow.recipient_external),
            )
        else:
            _merge(edge, flow)
        if provenance not in edge.provenance:
            edge.provenance.append(provenance)
        local_to_edge[(document_id, flow.id)] = edge_id
        for endpoint in (source, target):
            if data.nodes[endpoint].label == BUSINESS:
                for item in flow.items:
                    data.record(endpoint, item)
    for registration, _, _ in reviewed_registrations(records, city) if documents else []:
        node = data.business(registration.municipality, registration.department, registration.business)
        if node is None:
            continue
        for item in registration.items_added:
            data.record(node, item)
        if registration.action == "abolish" and registration.date:
            data.nodes[node].abolished = registration.date
    # 個人情報ファイル簿: a file is held like a business (its organisation operates it) and records its 記録項目,
    # so trace, exposure and the DV gap see it; its regular recipients are flows already.
    for file, document_id in records.files(municipality=city) if documents else []:
        node = data.business(documents[document_id].municipality, file.organisation, file.name)
        if node is not None:
            for item in file.items:
                data.record(node, item)
    for case, document_id in records.council_cases(municipality=city) if documents else []:
        case_id = f"case:{document_id}:{case.id}"
        edges = [local_to_edge[(document_id, f)] for f in case.flow_ids if (document_id, f) in local_to_edge]
        data.cases[case_id] = Case(
            id=case_id, municipality=documents[document_id].municipality, date=case.date, title=case.title,
            articles=list(case.articles), decision=case.decision, flow_ids=edges,
            provenance={"document": documents[document_id].name, "document_id": document_id,
                        "line": case.line, "quote": case.quote},
        )
        for edge_id in edges:
            if case_id not in data.flows[edge_id].council_cases:
                data.flows[edge_id].council_cases.append(case_id)
    return data
