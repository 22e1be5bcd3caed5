"""Every Cypher statement Tadori sends to Neo4j, and the parameter rows the writes take.

Named constants for fixed statements, small ``*_query()`` builders where a label or a
relationship type varies. Builders accept only names from the allow-lists below
(:data:`NODE_LABELS`, :data:`RELATIONSHIP_TYPES`); every value
reaches the server as a ``$parameter``, never as text spliced into a statement.
:func:`statements` enumerates them all, so ``tests/test_cypher_lint.py`` can run each
one through Neo4j's own parser.

Graph shape (the same as the networkx store, see ``docs/neo4j.md``)
--------------------------------------------------------------------------
Nodes ``:Business``, ``:Department``, ``:DataItem``, ``:ExternalParty`` carry ``id``,
``seq``, ``name``, ``municipality``, ``department``, ``departments``, ``abolished``
(a ``DATE``) and ``items``. ``:CouncilCase`` carries ``id``, ``seq``, ``municipality``,
``date``, ``title``, ``articles``, ``decision``, ``flow_ids`` and ``provenance``;
``:Document`` carries the record store's document row without its text.

``(:Business|:ExternalParty)-[:FLOWS_TO]->(:Business|:ExternalParty)`` (an unknown provider
is an ExternalParty) carries every FlowEdge attribute,
``start_date``/``end_date`` as ``DATE``, plus ``item_keys`` (``model.item_key`` of each
item, computed in Python because Cypher cannot NFKC-normalise) and ``doc``/``line`` of the
first source line for people reading the graph in Neo4j Browser.

Decisions
---------
* **Provenance is a JSON string** (``provenance``), not parallel lists: Neo4j lists cannot
  hold ``null``, and a quote or a line may be missing; JSON round-trips the list of
  ``{document, document_id, line, quote}`` exactly.
* **Council approval is a flow-id property, not a reified flow.** A relationship cannot
  be the end of another relationship, so ``(:CouncilCase)-[:APPROVED {flow_id}]->(n)``
  points at the node the approved flow arrives at, and names the flow by ``flow_id``.
  FLOWS_TO stays one relationship per flow (a trace is one hop per flow, as in networkx),
  and each FLOWS_TO also lists its ``council_cases`` so a hop needs no join.
* **``seq``** is the position in :class:`~tadori.graph.build.GraphData`; reads order by it,
  so lists come back in the same order as from the networkx store.
* **Absent, not null or empty**: Neo4j stores no null and a CSV import cannot write an empty
  list, so neither is written; reads give back None and [].

Needs Neo4j 5.23 or later (``CALL () { … }`` subqueries); the relationship uniqueness
constraint needs 5.7. ``statements()`` renders each builder over its whole allow-list.

Traces, exposure, paths and the DV gap are answered by ``queries/`` over the protocol's
one-hop reads, never by variable-length Cypher patterns: those enumerate every path (a
breadth-first walk visits each node once), and on the synthetic benchmark graph an
exposure pattern ran for minutes where the walk takes milliseconds (docs/neo4j.md).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from .build import GraphData
from .model import BUSINESS, DATA_ITEM, DEPARTMENT, EXTERNAL_PARTY, Case, FlowEdge, Node

__all__ = [
    "APPROVED",
    "CASES_QUERY",
    "CASE_QUERY",
    "COUNCIL",
    "COUNTS_QUERY",
    "DATA_LABELS",
    "DOCUMENT",
    "DOCUMENTS_QUERY",
    "FLOWS_QUERY",
    "FLOWS_TO",
    "FLOWS_WITH_ITEM_QUERY",
    "FLOW_QUERY",
    "GENERATION_QUERY",
    "GRAPH_NODE_LABELS",
    "HOLDERS_QUERY",
    "IN_FLOWS_QUERY",
    "NODE_LABELS",
    "OPERATES",
    "OUT_FLOWS_QUERY",
    "PROPERTY_KEYS",
    "RECORDS",
    "RELATIONSHIP_TYPES",
    "ROW_KEYS",
    "SCHEMA_STATEMENTS",
    "STAMP_SYNC_QUERY",
    "SYNC_STAMP",
    "SYNC_COUNTS_QUERY",
    "BUSINESSES_OF_QUERY",
    "CASE_NAMES_QUERY",
    "NODE_NAMES_QUERY",
    "NODE_QUERY",
    "approved_query",
    "case_properties",
    "document_properties",
    "flow_properties",
    "iter_batches",
    "node_properties",
    "approved_rows",
    "case_rows",
    "document_rows",
    "flow_rows",
    "merge_flows_query",
    "merge_nodes_query",
    "node_rows",
    "nodes_query",
    "operates_query",
    "parameters_of",
    "prune_nodes_query",
    "prune_pairs_query",
    "prune_relationships_query",
    "records_query",
    "statements",
]

# -- allow-lists ------------------------------------------------------------------------
COUNCIL = "CouncilCase"
DOCUMENT = "Document"
SYNC_STAMP = "TadoriSync"  # one node: the generation of the last sync, so readers know their caches are stale
GRAPH_NODE_LABELS = (BUSINESS, DEPARTMENT, DATA_ITEM, EXTERNAL_PARTY)  # what GraphStore.nodes() returns
DATA_LABELS = (*GRAPH_NODE_LABELS, COUNCIL, DOCUMENT)  # the nodes a sync mirrors from the record store
NODE_LABELS = (*DATA_LABELS, SYNC_STAMP)
FLOWS_TO = "FLOWS_TO"
OPERATES = "OPERATES"
RECORDS = "RECORDS"
APPROVED = "APPROVED"
RELATIONSHIP_TYPES = (FLOWS_TO, OPERATES, RECORDS, APPROVED)
FLOW_ENDPOINTS = (BUSINESS, EXTERNAL_PARTY)  # build.py puts only these at either end of a flow
# Every property key the sync writes (the lint test declares exactly these, so a read of a
# misspelt key is reported).
PROPERTY_KEYS = (
    "id", "seq", "name", "municipality", "department", "departments", "abolished", "items",  # graph nodes
    "kind", "basis", "basis_text", "start_date", "end_date", "item_keys", "reason", "source_department",
    "source_business", "recipient_department", "recipient_business", "recipient_external", "council_cases",
    "provenance", "doc", "line",  # FLOWS_TO
    "date", "title", "articles", "decision", "flow_ids",  # CouncilCase
    "flow_id",  # APPROVED
    "sha256", "path", "genre", "ingested_at",  # Document
    "generation", "synced_at",  # TadoriSync
)
# Keys of the `$rows` maps. The linter cannot always tell `row.source` from a property read,
# so the lint test declares these beside PROPERTY_KEYS.
ROW_KEYS = ("id", "source", "target", "properties", "flow_id")


def _label(label: str, allowed: tuple[str, ...] = DATA_LABELS) -> str:
    if label not in allowed:
        raise ValueError(f"label {label!r} is not one of {', '.join(allowed)}")
    return label


# -- schema -----------------------------------------------------------------------------
# Neo4j 5 syntax (FOR … REQUIRE). IF NOT EXISTS makes each statement idempotent; a
# uniqueness constraint also gives the index that every MERGE and id lookup uses.
# Relationship uniqueness constraints exist since Neo4j 5.7 (community edition too).
SCHEMA_STATEMENTS: tuple[str, ...] = (
    "CREATE CONSTRAINT business_id IF NOT EXISTS FOR (n:Business) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT department_id IF NOT EXISTS FOR (n:Department) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT data_item_id IF NOT EXISTS FOR (n:DataItem) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT external_party_id IF NOT EXISTS FOR (n:ExternalParty) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT council_case_id IF NOT EXISTS FOR (n:CouncilCase) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT flows_to_id IF NOT EXISTS FOR ()-[r:FLOWS_TO]-() REQUIRE r.id IS UNIQUE",
    "CREATE INDEX business_municipality IF NOT EXISTS FOR (n:Business) ON (n.municipality)",
    "CREATE INDEX flows_to_municipality IF NOT EXISTS FOR ()-[r:FLOWS_TO]-() ON (r.municipality)",
    "CREATE INDEX council_case_municipality IF NOT EXISTS FOR (n:CouncilCase) ON (n.municipality)",
)

# -- writes (sync) ----------------------------------------------------------------------
# `SET x = row.properties` replaces every property, so a second sync of changed data
# leaves no stale property behind; MERGE on the unique id makes a second sync a no-op.


def merge_nodes_query(label: str) -> str:
    return f"UNWIND $rows AS row\nMERGE (n:{_label(label)} {{id: row.id}})\nSET n = row.properties"


def merge_flows_query(source_label: str, target_label: str) -> str:
    return (
        "UNWIND $rows AS row\n"
        f"MATCH (s:{_label(source_label, FLOW_ENDPOINTS)} {{id: row.source}})\n"
        f"MATCH (t:{_label(target_label, FLOW_ENDPOINTS)} {{id: row.target}})\n"
        "MERGE (s)-[r:FLOWS_TO {id: row.id}]->(t)\n"
        "SET r = row.properties"
    )


def operates_query() -> str:
    return (
        "UNWIND $rows AS row\n"
        "MATCH (d:Department {id: row.source})\n"
        "MATCH (b:Business {id: row.target})\n"
        "MERGE (d)-[:OPERATES]->(b)"
    )


def records_query() -> str:
    return (
        "UNWIND $rows AS row\n"
        "MATCH (b:Business {id: row.source})\n"
        "MATCH (i:DataItem {id: row.target})\n"
        "MERGE (b)-[:RECORDS]->(i)"
    )


def approved_query(target_label: str) -> str:
    return (
        "UNWIND $rows AS row\n"
        "MATCH (c:CouncilCase {id: row.source})\n"
        f"MATCH (t:{_label(target_label, FLOW_ENDPOINTS)} {{id: row.target}})\n"
        "MERGE (c)-[:APPROVED {flow_id: row.flow_id}]->(t)"
    )


# Pruning removes what the record store no longer yields, so Neo4j mirrors it exactly.
def prune_nodes_query(label: str) -> str:
    return f"MATCH (n:{_label(label)})\nWHERE NOT n.id IN $ids\nDETACH DELETE n"


def prune_relationships_query() -> str:
    return "MATCH ()-[r:FLOWS_TO]->()\nWHERE NOT r.id IN $ids\nDELETE r"


def prune_pairs_query(rel_type: str) -> str:
    """OPERATES, RECORDS and APPROVED have no id: they are keyed by their ends (and flow id)."""
    if rel_type == APPROVED:
        return "MATCH (a:CouncilCase)-[r:APPROVED]->()\nWHERE NOT [a.id, r.flow_id] IN $pairs\nDELETE r"
    if rel_type not in (OPERATES, RECORDS):
        raise ValueError(f"relationship type {rel_type!r} is not OPERATES, RECORDS or APPROVED")
    return f"MATCH (a)-[r:{rel_type}]->(b)\nWHERE NOT [a.id, b.id] IN $pairs\nDELETE r"


# The sync's last write: a new generation tells every reader that the graph changed.
STAMP_SYNC_QUERY = f"MERGE (m:{SYNC_STAMP} {{id: 'graph'}})\nSET m.generation = $generation, m.synced_at = datetime()"

GENERATION_QUERY = f"OPTIONAL MATCH (m:{SYNC_STAMP} {{id: 'graph'}})\nRETURN m.generation AS generation"

SYNC_COUNTS_QUERY = """RETURN COUNT { MATCH (n:Business) } AS Business,
       COUNT { MATCH (n:Department) } AS Department,
       COUNT { MATCH (n:DataItem) } AS DataItem,
       COUNT { MATCH (n:ExternalParty) } AS ExternalParty,
       COUNT { MATCH (n:CouncilCase) } AS CouncilCase,
       COUNT { MATCH (n:Document) } AS Document,
       COUNT { MATCH ()-[r:FLOWS_TO]->() } AS FLOWS_TO,
       COUNT { MATCH ()-[r:OPERATES]->() } AS OPERATES,
       COUNT { MATCH ()-[r:RECORDS]->() } AS RECORDS,
       COUNT { MATCH ()-[r:APPROVED]->() } AS APPROVED"""

# -- reads: the GraphStore protocol -----------------------------------------------------
# A node's label is not known from its id, so a lookup by id is a UNION of one index
# seek per label (a label-less `MATCH (n {id: $id})` would scan every node).
_FLOW_FIELDS = "r {.*} AS flow, s.id AS source, t.id AS target"

NODE_QUERY = "\nUNION ALL\n".join(
    f"MATCH (n:{label} {{id: $id}})\nRETURN n {{.*}} AS node, '{label}' AS label" for label in GRAPH_NODE_LABELS
)


def nodes_query(label: str | None) -> str:
    """All nodes of one label (or of every graph label), optionally of one municipality."""
    labels = GRAPH_NODE_LABELS if label is None else (_label(label, GRAPH_NODE_LABELS),)
    branches = [
        f"MATCH (n:{name})\nWHERE $municipality IS NULL OR n.municipality = $municipality\n"
        f"RETURN n {{.*}} AS node, '{name}' AS label, n.seq AS seq" for name in labels
    ]
    body = "\nUNION ALL\n".join(branches)
    if label is not None:
        return body + "\nORDER BY seq"
    return f"CALL () {{\n{body}\n}}\nRETURN node, label\nORDER BY node.seq"


FLOW_QUERY = f"MATCH (s)-[r:FLOWS_TO {{id: $id}}]->(t)\nRETURN {_FLOW_FIELDS}"

FLOWS_QUERY = (
    "MATCH (s)-[r:FLOWS_TO]->(t)\nWHERE $municipality IS NULL OR r.municipality = $municipality\n"
    f"RETURN {_FLOW_FIELDS}\nORDER BY r.seq"
)

_ENDPOINT = "\nUNION\n".join(f"MATCH (n:{label} {{id: $id}}) RETURN n" for label in FLOW_ENDPOINTS)

OUT_FLOWS_QUERY = (
    f"CALL () {{\n{_ENDPOINT}\n}}\nWITH n AS s\nMATCH (s)-[r:FLOWS_TO]->(t)\nRETURN {_FLOW_FIELDS}\nORDER BY r.seq"
)

IN_FLOWS_QUERY = (
    f"CALL () {{\n{_ENDPOINT}\n}}\nWITH n AS t\nMATCH (s)-[r:FLOWS_TO]->(t)\nRETURN {_FLOW_FIELDS}\nORDER BY r.seq"
)

# item_keys is a list property: there is no index on list membership in Neo4j 5, so this
# scans FLOWS_TO; the networkx store keeps a dict for the same question.
FLOWS_WITH_ITEM_QUERY = (
    f"MATCH (s)-[r:FLOWS_TO]->(t)\nWHERE $key IN r.item_keys\nRETURN {_FLOW_FIELDS}\nORDER BY r.seq"
)

HOLDERS_QUERY = "MATCH (b:Business)-[:RECORDS]->(i:DataItem {id: $item_id})\nRETURN b.id AS id\nORDER BY b.id"

BUSINESSES_OF_QUERY = "MATCH (d:Department {id: $id})-[:OPERATES]->(b:Business)\nRETURN b.id AS id\nORDER BY b.id"

CASE_QUERY = "MATCH (c:CouncilCase {id: $id})\nRETURN c {.*} AS case"

CASES_QUERY = (
    "MATCH (c:CouncilCase)\nWHERE $municipality IS NULL OR c.municipality = $municipality\n"
    "RETURN c {.*} AS case\nORDER BY c.seq"
)

NODE_NAMES_QUERY = (
    "CALL () {\n"
    + "\nUNION ALL\n".join(f"MATCH (n:{label}) RETURN n, '{label}' AS label" for label in GRAPH_NODE_LABELS)
    + "\n}\nRETURN n.name AS name, label, n.id AS id\nORDER BY n.seq"
)

CASE_NAMES_QUERY = "MATCH (c:CouncilCase)\nRETURN c.title AS name, 'CouncilCase' AS label, c.id AS id\nORDER BY c.seq"

COUNTS_QUERY = """RETURN COUNT { MATCH (n:Business) } AS Business,
       COUNT { MATCH (n:Department) } AS Department,
       COUNT { MATCH (n:DataItem) } AS DataItem,
       COUNT { MATCH (n:ExternalParty) } AS ExternalParty,
       COUNT { MATCH ()-[r:FLOWS_TO]->() } AS FLOWS_TO,
       COUNT { MATCH (n:CouncilCase) } AS CouncilCase"""

DOCUMENTS_QUERY = "MATCH (d:Document)\nRETURN d {.*} AS document\nORDER BY d.seq"

# -- enumeration ------------------------------------------------------------------------
def statements() -> dict[str, str]:
    """Every statement the store can send, by a stable name (the lint test runs them all)."""
    found: dict[str, str] = {f"schema[{n}]": s for n, s in enumerate(SCHEMA_STATEMENTS)}
    for label in DATA_LABELS:
        found[f"merge_nodes[{label}]"] = merge_nodes_query(label)
        found[f"prune_nodes[{label}]"] = prune_nodes_query(label)
    for source in FLOW_ENDPOINTS:
        for target in FLOW_ENDPOINTS:
            found[f"merge_flows[{source},{target}]"] = merge_flows_query(source, target)
        found[f"approved[{source}]"] = approved_query(source)
    found["operates"] = operates_query()
    found["records"] = records_query()
    found["prune_flows"] = prune_relationships_query()
    for rel_type in (OPERATES, RECORDS, APPROVED):
        found[f"prune_pairs[{rel_type}]"] = prune_pairs_query(rel_type)
    found["nodes[*]"] = nodes_query(None)
    for label in GRAPH_NODE_LABELS:
        found[f"nodes[{label}]"] = nodes_query(label)
    for name, value in sorted(globals().items()):
        if name.endswith("_QUERY") and isinstance(value, str):
            found[name] = value
    return found


def parameters_of(statement: str) -> list[str]:
    """The ``$parameter`` names a statement uses."""
    return sorted(set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", statement)))


# -- parameter rows ---------------------------------------------------------------------
# Neo4j stores no nulls, and a CSV import cannot write an empty list: None and [] are left
# out, so a synced graph and an imported one hold the same properties (reads give back
# None and [] for what is absent).
def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _present(properties: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in properties.items() if v is not None and v != []}


def node_properties(node: Node, seq: int) -> dict[str, Any]:
    return _present({
        "id": node.id, "seq": seq, "name": node.name, "municipality": node.municipality,
        "department": node.department, "departments": list(node.departments),
        "abolished": _date(node.abolished), "items": list(node.items),
    })


def flow_properties(edge: FlowEdge, seq: int) -> dict[str, Any]:
    first = edge.provenance[0] if edge.provenance else {}
    return _present({
        "id": edge.id, "seq": seq, "kind": edge.kind, "basis": edge.basis, "basis_text": edge.basis_text,
        "start_date": _date(edge.start_date), "end_date": _date(edge.end_date), "items": list(edge.items),
        "item_keys": sorted(edge.item_keys), "reason": edge.reason, "municipality": edge.municipality,
        "source_department": edge.source_department, "source_business": edge.source_business,
        "recipient_department": edge.recipient_department, "recipient_business": edge.recipient_business,
        "recipient_external": edge.recipient_external, "council_cases": list(edge.council_cases),
        "provenance": json.dumps(edge.provenance, ensure_ascii=False), "doc": first.get("document"),
        "line": first.get("line"),
    })


def case_properties(case: Case, seq: int) -> dict[str, Any]:
    return _present({
        "id": case.id, "seq": seq, "municipality": case.municipality, "date": _date(case.date), "title": case.title,
        "articles": list(case.articles), "decision": case.decision, "flow_ids": list(case.flow_ids),
        "provenance": json.dumps(case.provenance, ensure_ascii=False),
    })


def node_rows(data: GraphData) -> dict[str, list[dict[str, Any]]]:
    """``$rows`` of :func:`merge_nodes_query`, by label."""
    rows: dict[str, list[dict[str, Any]]] = {label: [] for label in GRAPH_NODE_LABELS}
    for seq, node in enumerate(data.nodes.values()):
        rows[node.label].append({"id": node.id, "properties": node_properties(node, seq)})
    return rows


def flow_rows(data: GraphData) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """``$rows`` of :func:`merge_flows_query`, by (source label, target label)."""
    rows: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for seq, edge in enumerate(data.flows.values()):
        key = (data.nodes[edge.source].label, data.nodes[edge.target].label)
        rows.setdefault(key, []).append(
            {"id": edge.id, "source": edge.source, "target": edge.target, "properties": flow_properties(edge, seq)})
    return rows


def case_rows(data: GraphData) -> list[dict[str, Any]]:
    return [{"id": c.id, "properties": case_properties(c, seq)} for seq, c in enumerate(data.cases.values())]


def approved_rows(data: GraphData) -> dict[str, list[dict[str, Any]]]:
    """``$rows`` of :func:`approved_query`, by the label of the approved flow's recipient."""
    rows: dict[str, list[dict[str, Any]]] = {}
    for case in data.cases.values():
        for flow_id in dict.fromkeys(case.flow_ids):  # MERGE keeps one APPROVED per (case, flow)
            target = data.flows[flow_id].target
            rows.setdefault(data.nodes[target].label, []).append(
                {"source": case.id, "target": target, "flow_id": flow_id})
    return rows


def document_properties(document: dict[str, Any], seq: int) -> dict[str, Any]:
    return _present({**{k: v for k, v in document.items() if k != "text"}, "seq": seq})


def document_rows(documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Document nodes: the record store's rows without the text, which stays in SQLite."""
    rows = []
    for seq, document in enumerate(documents):
        rows.append({"id": document["id"], "properties": document_properties(document, seq)})
    return rows


def iter_batches(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]
