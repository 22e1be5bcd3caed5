"""Records → graph data: the one place that decides nodes, edges and their ids.

Both graph stores load what :func:`build_graph_data` returns, so networkx and Neo4j hold
the same nodes and the same FLOWS_TO edges. The records come with people's reviews applied
(ingest/reviews.py): a rejected flow is not in the graph, a corrected one has its corrected
fields, and each statement's provenance carries ``review`` {status, reviewer, at, note} when a
person looked at it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tadori.ingest.documents.resolve.merge import stated_fields
from tadori.ingest.records import Flow
from tadori.ingest.recordstore import RecordStore
from tadori.ingest.reviews import placed_reviewed_flows, placed_reviewed_registrations

from .model import (
    BUSINESS,
    DATA_ITEM,
    DEPARTMENT,
    EXTERNAL_PARTY,
    Case,
    FlowEdge,
    Node,
    business_id,
    canonical_name,
    department_id,
    external_id,
    flow_id,
    holder_id,
    is_role_party,
    item_key,
    unknown_source_id,
)

__all__ = ["GraphData", "build_graph_data", "order_stamp"]


@dataclass
class GraphData:
    nodes: dict[str, Node] = field(default_factory=dict)
    flows: dict[str, FlowEdge] = field(default_factory=dict)
    cases: dict[str, Case] = field(default_factory=dict)
    # Insertion-ordered (dicts used as sets): the same records give the same order, without sorting.
    operates: dict[tuple[str, str], None] = field(default_factory=dict)  # (department id, business id)
    records: dict[tuple[str, str], None] = field(default_factory=dict)  # (business id, item id)
    # With ``order`` (a dict), each node, flow, case and pair is stamped with where the whole country's build
    # would create it (see :func:`order_stamp`): one city's graph can then take its place in the country's order.
    order: dict[Any, int] | None = None
    stamp: int = 0

    def mark(self, key: Any) -> None:
        if self.order is not None:
            self.stamp += 1
            self.order[key] = self.stamp

    def node(self, node_id: str, label: str, name: str, municipality: str | None) -> Node:
        existing = self.nodes.get(node_id)
        if existing is None:
            existing = self.nodes[node_id] = Node(id=node_id, label=label, name=name, municipality=municipality)
            self.mark(node_id)
        return existing

    def business(self, municipality: str | None, department: str | None, business: str | None,
                 apart: bool = False) -> str | None:
        """The node of a business (or of a department holding data); ``apart``: the business of
        this name under this department, when a document states it apart from another one."""
        if business:
            node_id = business_id(municipality, business)
            if apart and (known := self.nodes.get(node_id)) is not None and known.department != department:
                node_id = business_id(municipality, business, department or "(課の記載なし)")
            node = self.node(node_id, BUSINESS, business, municipality)
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
                self.mark((dept.id, node.id))
        return node.id

    def record(self, business: str, item: str) -> None:
        key = item_key(item)
        pair = (business, "item:" + key)
        if pair in self.records:
            return
        self.nodes[business].items.append(item)
        self.node(pair[1], DATA_ITEM, item, None)
        self.records[pair] = None
        self.mark(pair)


# Phases of a build, in the order build_graph_data runs them.
FLOW_PHASE, REGISTRATION_PHASE, FILE_PHASE, CASE_PHASE = range(4)


ROW_LIMIT = 1 << 22  # a row's place must stay below this to fit its stamp


def order_stamp(phase: int, document_rank: int, row: int, added: int = 0) -> int:
    """Where a row comes in a whole build: phase; then the stored rows, by document (in ingest order) and
    place in the document, before the records people ``added`` (numbered in the order they were added);
    the low 16 bits number what the row creates. Fits SQLite's 64-bit integers.

    >>> order_stamp(0, 1, 0) < order_stamp(0, 1, 1) < order_stamp(0, 0, 1, added=1) < order_stamp(1, 0, 0)
    True
    """
    if row >= ROW_LIMIT:
        raise ValueError(f"row {row} is past the order stamps' {ROW_LIMIT} rows")
    return (((phase << 1 | added) << 21 | document_rank) << 22 | row) << 16


def _endpoints(data: GraphData, flow: Flow, municipality: str | None, apart: Flow | None = None) -> tuple[str, str]:
    """The flow's source and target nodes; ``apart``: a flow of the same document this one is not,
    so each end whose stated department differs from that flow's is a business of its own."""
    source_apart = apart is not None and _differ(apart.source_department, flow.source_department)
    target_apart = apart is not None and _differ(apart.recipient_department, flow.recipient_department)
    source = data.business(municipality, flow.source_department, flow.source_business, apart=source_apart)
    if source is None and flow.source_external:  # an outside supplier (国税庁 → 課税事務) is a node of its own
        source = data.node(external_id(municipality, flow.source_external, None), EXTERNAL_PARTY,
                           flow.source_external, municipality).id
    if source is None:
        source = data.node(unknown_source_id(municipality), EXTERNAL_PARTY, "提供元不明", municipality).id
    if flow.recipient_external:
        target_id = external_id(municipality, flow.recipient_external, flow.recipient_business)
        name = flow.recipient_external
        if flow.recipient_business and is_role_party(flow.recipient_external):  # a named party's business
            name += f"（{flow.recipient_business}）"  # is the purpose, kept on the flow, not a second party
        target = data.node(target_id, EXTERNAL_PARTY, name, municipality).id
    else:
        target = data.business(municipality, flow.recipient_department, flow.recipient_business, apart=target_apart)
        if target is None:
            target = data.node(unknown_source_id(municipality), EXTERNAL_PARTY, "提供先不明", municipality).id
    return source, target


def _differ(a: str | None, b: str | None) -> bool:
    return canonical_name(a or "") != canonical_name(b or "")


def _departments_differ(earlier: Flow, flow: Flow) -> bool:
    """True when one document states two flows between the same names under different departments.

    Two statements of one flow in one document are merged by its reader already; two records the
    reader kept apart stay apart unless their departments are the same.
    """
    return _differ(earlier.source_department, flow.source_department) or _differ(
        earlier.recipient_department, flow.recipient_department)


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


def build_graph_data(records: RecordStore, municipality: str | None = None, *, stamped: bool = False,
                     documents: dict[str, Any] | None = None, ranks: dict[str, int] | None = None) -> GraphData:
    """Build nodes, flow edges and cases from every record in the store, or from one municipality's.

    Node and flow ids name their municipality and no flow joins two cities' nodes, so one city's graph
    answers every question about that city exactly as the country's graph does. ``stamped``: fill
    ``data.order`` (see :func:`order_stamp`); ``documents``: the current documents by id, when already read;
    ``ranks``: each document's place in the stamps (default: its place among ``documents``) — any numbers in the
    documents' order will do, so an index can keep the ranks it gave the documents it already holds.
    """
    data = GraphData(order={} if stamped else None)
    if documents is None:
        documents = {d.id: d for d in records.documents(history=False)} if records.exists() else {}
    rank: dict[str, int] = {}
    if stamped:
        rank = ranks if ranks is not None else {document_id: n for n, document_id in enumerate(documents)}
    row = 0
    # Each row read from SQLite is a new string; a national graph repeats the same few thousand
    # names, kinds and dates a million times. Keep one copy of each.
    shared: dict[str, str] = {}

    def share(text: str | None) -> str | None:
        return text if text is None else shared.setdefault(text, text)

    field_lists: dict[tuple[bool, ...], list[str]] = {}

    def fields_of(flow: Flow) -> list[str]:
        """The fields this statement gives (:func:`stated_fields`), one shared read-only list per combination:
        keyed on what is set, so a million flows cost a tuple of booleans each."""
        key = (flow.basis != "unknown" or flow.basis_text is not None, flow.start_date is not None,
               flow.end_date is not None, bool(flow.items), flow.reason is not None)
        fields = field_lists.get(key)
        if fields is None:
            fields = field_lists[key] = stated_fields(flow)
        return fields

    local_to_edge: dict[tuple[str, str], str] = {}
    city = municipality  # the loop below names each flow's own municipality
    # The flows of the document being read (they come document by document), by what names their
    # ends: a second flow of one document with the same names is another flow if its departments differ.
    current_document: str | None = None
    stated: dict[tuple, Flow] = {}
    # Flows and registrations are stamped by their place in the store, not by a count of the rows read:
    # a template may hold rows of several cities, and each city's read must stamp them as the country's does.
    for flow, document_id, review, (added, place) in placed_reviewed_flows(records, city) if documents else []:
        municipality = flow.municipality
        if stamped:
            data.stamp = order_stamp(FLOW_PHASE, 0 if added else rank[document_id], place, added)
        if document_id != current_document:
            current_document, stated = document_id, {}
        names = (municipality, flow.source_business or flow.source_department, flow.recipient_business,
                 flow.recipient_external or (None if flow.recipient_business else flow.recipient_department),
                 flow.kind, flow.start_date)
        earlier = stated.setdefault(names, flow)
        apart = earlier if earlier is not flow and _departments_differ(earlier, flow) else None
        source, target = _endpoints(data, flow, municipality, apart=apart)
        edge_id = flow_id(municipality, source, target, flow.kind, flow.start_date)
        edge = data.flows.get(edge_id)
        provenance = {"document": documents[document_id].name, "document_id": share(document_id),
                      "line": flow.line, "quote": flow.quote, "fields": fields_of(flow)}
        if review is not None:
            provenance["review"] = review
        if flow.evidence:  # the document states it on several lines: each line and the fields it gave
            provenance["evidence"] = flow.evidence
        if edge is None:
            edge = data.flows[edge_id] = FlowEdge(
                id=edge_id, source=source, target=target, kind=share(flow.kind), basis=share(flow.basis),
                basis_text=share(flow.basis_text), start_date=share(flow.start_date),
                end_date=share(flow.end_date), items=[share(i) for i in flow.items], reason=flow.reason,
                municipality=share(municipality), source_department=share(flow.source_department),
                source_business=share(flow.source_business), recipient_department=share(flow.recipient_department),
                recipient_business=share(flow.recipient_business), recipient_external=share(flow.recipient_external),
            )
            data.mark(edge_id)
        else:
            _merge(edge, flow)
        if provenance not in edge.provenance:
            edge.provenance.append(provenance)
        local_to_edge[(document_id, flow.id)] = edge_id
        for endpoint in (source, target):
            if data.nodes[endpoint].label == BUSINESS:
                for item in flow.items:
                    data.record(endpoint, item)
    for registration, document_id, _, (added, place) in placed_reviewed_registrations(records, city) \
            if documents else []:
        if stamped:
            data.stamp = order_stamp(REGISTRATION_PHASE, 0 if added else rank[document_id], place, added)
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
        if stamped:
            data.stamp, row = order_stamp(FILE_PHASE, rank[document_id], row), row + 1
        node = data.business(documents[document_id].municipality, file.organisation, file.name)
        if node is not None:
            for item in file.items:
                data.record(node, item)
    for case, document_id in records.council_cases(municipality=city) if documents else []:
        case_id = f"case:{document_id}:{case.id}"
        if stamped:
            data.stamp, row = order_stamp(CASE_PHASE, rank[document_id], row), row + 1
            data.mark(case_id)
        edges = [local_to_edge[(document_id, f)] for f in case.flow_ids if (document_id, f) in local_to_edge]
        data.cases[case_id] = Case(
            id=case_id, municipality=documents[document_id].municipality, date=case.date, title=case.title,
            articles=list(case.articles), decision=case.decision, flow_ids=edges,
            provenance={"document": documents[document_id].name, "document_id": document_id,
                        "line": case.line, "quote": case.quote,
                        **({"evidence": case.evidence} if case.evidence else {})},
        )
        for edge_id in edges:
            if case_id not in data.flows[edge_id].council_cases:
                data.flows[edge_id].council_cases.append(case_id)
    return data
