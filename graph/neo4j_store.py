"""The server graph store: Neo4j through the official ``neo4j`` driver.

Neo4j holds the graph (nodes, FLOWS_TO, OPERATES, RECORDS, APPROVED; the shape is described
in :mod:`tadori.graph.cypher`); the SQLite record store stays the source of truth, and
documents, document text, diagnostics, registrations and statistics are read from it when
one is passed in, exactly as :class:`~tadori.graph.networkx_store.NetworkXStore` does, so
the dashboard works unchanged on either store.

The driver is passed in and never created here, except by :meth:`Neo4jStore.from_settings`,
the composition path. Reads go through ``execute_query(..., routing_=READ)``; writes (the
sync) are batched ``UNWIND $rows`` statements, one managed transaction per batch. Every
driver error leaves as a Tadori error: :class:`~tadori.errors.StoreUnavailable` when the
server cannot be reached or refuses the credentials, :class:`~tadori.errors.StoreError`
for anything it refused to do.

This is the only module of the graph layer that imports the driver.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import neo4j
from neo4j import RoutingControl
from neo4j.exceptions import AuthError, ConstraintError, DriverError, Neo4jError, ServiceUnavailable

from tadori.errors import StoreError, StoreUnavailable
from tadori.ingest.records import Diagnostic, File, Registration, Statistic
from tadori.ingest.recordstore import RecordStore

from . import cypher
from .build import GraphData
from .model import BUSINESS, DATA_ITEM, DEPARTMENT, EXTERNAL_PARTY, Case, FlowEdge, Node, item_id, item_key

__all__ = ["Neo4jStore", "SyncStep", "expected_counts", "sync_plan"]

ProgressCallback = Callable[[str, int], None]
BOLT_SCHEMES = ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc")


@dataclass(frozen=True)
class SyncStep:
    """One statement of a sync with the rows it takes (``rows`` None: a single call with ``parameters``)."""

    description: str
    query: str
    rows: list[dict[str, Any]] | None = None
    parameters: dict[str, Any] | None = None

    @property
    def size(self) -> int:
        return len(self.rows) if self.rows is not None else 1


def sync_plan(data: GraphData, documents: Sequence[dict[str, Any]] = ()) -> list[SyncStep]:
    """Every write of a sync, in order: prune what is gone, then merge nodes, then relationships."""
    nodes = cypher.node_rows(data)
    flows = cypher.flow_rows(data)
    cases = cypher.case_rows(data)
    approved = cypher.approved_rows(data)
    docs = cypher.document_rows(list(documents))
    ids = {label: [row["id"] for row in rows] for label, rows in nodes.items()}
    ids[cypher.COUNCIL] = [row["id"] for row in cases]
    ids[cypher.DOCUMENT] = [row["id"] for row in docs]
    steps = [SyncStep("prune FLOWS_TO", cypher.prune_relationships_query(), parameters={"ids": list(data.flows)})]
    steps += [
        SyncStep(f"prune {rel}", cypher.prune_pairs_query(rel), parameters={"pairs": pairs})
        for rel, pairs in (
            (cypher.OPERATES, [list(p) for p in sorted(data.operates)]),
            (cypher.RECORDS, [list(p) for p in sorted(data.records)]),
            (cypher.APPROVED, [[r["source"], r["flow_id"]] for rows in approved.values() for r in rows]),
        )
    ]
    steps += [SyncStep(f"prune {label}", cypher.prune_nodes_query(label), parameters={"ids": ids[label]})
              for label in cypher.DATA_LABELS]
    steps += [SyncStep(label, cypher.merge_nodes_query(label), rows) for label, rows in nodes.items() if rows]
    steps += [SyncStep(cypher.COUNCIL, cypher.merge_nodes_query(cypher.COUNCIL), cases)] if cases else []
    steps += [SyncStep(cypher.DOCUMENT, cypher.merge_nodes_query(cypher.DOCUMENT), docs)] if docs else []
    steps += [SyncStep(f"FLOWS_TO {s}→{t}", cypher.merge_flows_query(s, t), rows) for (s, t), rows in flows.items()]
    operates = [{"source": d, "target": b} for d, b in sorted(data.operates)]
    records = [{"source": b, "target": i} for b, i in sorted(data.records)]
    steps += [SyncStep("OPERATES", cypher.operates_query(), operates)] if operates else []
    steps += [SyncStep("RECORDS", cypher.records_query(), records)] if records else []
    steps += [SyncStep(f"APPROVED →{label}", cypher.approved_query(label), rows) for label, rows in approved.items()]
    return steps


def expected_counts(data: GraphData, documents: Sequence[dict[str, Any]] = ()) -> dict[str, int]:
    """What :data:`~tadori.graph.cypher.SYNC_COUNTS_QUERY` must answer after a sync of ``data``."""
    counts = dict.fromkeys((BUSINESS, DEPARTMENT, DATA_ITEM, EXTERNAL_PARTY), 0)
    for node in data.nodes.values():
        counts[node.label] += 1
    counts[cypher.COUNCIL] = len(data.cases)
    counts[cypher.DOCUMENT] = len(documents)
    counts[cypher.FLOWS_TO] = len(data.flows)
    counts[cypher.OPERATES] = len(data.operates)
    counts[cypher.RECORDS] = len(data.records)
    counts[cypher.APPROVED] = len({(c.id, f) for c in data.cases.values() for f in c.flow_ids})
    return counts


def _setting(argument: str | None, variable: str, default: str | None) -> Any:
    """Argument, else environment variable, else default: the precedence of tadori.settings.

    The graph layer may not import the composition root, so the names and defaults of the
    TADORI_NEO4J_* settings are repeated here; tests/test_neo4j_driver.py checks they agree.
    """
    if argument is not None:
        return argument
    return os.environ.get(variable) or default


def _iso(value: Any) -> str | None:
    """Neo4j DATE (neo4j.time.Date) or Python date → ISO text, the model's date type."""
    if value is None or isinstance(value, str):
        return value
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value.isoformat()


def _node(properties: dict[str, Any], label: str) -> Node:
    return Node(
        id=properties["id"], label=label, name=properties.get("name") or "",
        municipality=properties.get("municipality"), department=properties.get("department"),
        departments=list(properties.get("departments") or []), abolished=_iso(properties.get("abolished")),
        items=list(properties.get("items") or []),
    )


def _flow(record: neo4j.Record) -> FlowEdge:
    p = record["flow"]
    return FlowEdge(
        id=p["id"], source=record["source"], target=record["target"], kind=p["kind"], basis=p["basis"],
        basis_text=p.get("basis_text"), start_date=_iso(p.get("start_date")), end_date=_iso(p.get("end_date")),
        items=list(p.get("items") or []), reason=p.get("reason"), municipality=p.get("municipality"),
        source_department=p.get("source_department"), source_business=p.get("source_business"),
        recipient_department=p.get("recipient_department"), recipient_business=p.get("recipient_business"),
        recipient_external=p.get("recipient_external"),
        provenance=json.loads(p["provenance"]) if p.get("provenance") else [],
        council_cases=list(p.get("council_cases") or []),
    )


def _case(p: dict[str, Any]) -> Case:
    return Case(
        id=p["id"], municipality=p.get("municipality"), date=_iso(p.get("date")), title=p.get("title") or "",
        articles=list(p.get("articles") or []), decision=p.get("decision") or "unknown",
        flow_ids=list(p.get("flow_ids") or []), provenance=json.loads(p["provenance"]) if p.get("provenance") else {},
    )


class Neo4jStore:
    """A GraphStore over a Neo4j 5 database. Load it with :meth:`sync`; queries only read it."""

    backend = "neo4j"

    def __init__(self, driver: neo4j.Driver, database: str = "neo4j", records: RecordStore | None = None,
                 *, where: str | None = None):
        self.driver = driver
        self.database = database
        self.records = records
        self.where = where or "the Neo4j server"
        # Flows by item key, as of one sync generation: an item's flows are a scan of every
        # FLOWS_TO (Neo4j 5 has no index on list membership), about 0.3 s at 100k flows.
        self._item_flows: dict[str, list[FlowEdge]] = {}
        self._item_flows_generation: Any = None

    @classmethod
    def from_settings(cls, records: RecordStore | None = None, *, uri: str | None = None, user: str | None = None,
                      password: str | None = None, database: str | None = None) -> Neo4jStore:
        """Connect with arguments, else TADORI_NEO4J_URI/USER/PASSWORD/DATABASE; fail fast if unreachable."""
        uri = _setting(uri, "TADORI_NEO4J_URI", None)
        if not uri:
            raise StoreUnavailable("no Neo4j server configured: set TADORI_NEO4J_URI (e.g. neo4j://localhost:7687)")
        scheme = uri.split("://", 1)[0] if "://" in uri else ""
        if scheme not in BOLT_SCHEMES:
            # driver 6 also takes http(s) URIs (its Query API preview): Tadori speaks Bolt only
            raise StoreUnavailable(f"TADORI_NEO4J_URI={uri!r} is not a usable Neo4j URI "
                                   f"(expected {', '.join(s + '://' for s in BOLT_SCHEMES)})")
        auth = (_setting(user, "TADORI_NEO4J_USER", "neo4j"), _setting(password, "TADORI_NEO4J_PASSWORD", ""))
        try:
            # Notifications off: the server warns about every property key no node has yet (a graph
            # without council cases has no APPROVED), and the driver logs each one to stderr.
            driver = neo4j.GraphDatabase.driver(uri, auth=auth, connection_timeout=10.0,
                                                notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF)
        except (ValueError, DriverError) as error:
            raise StoreUnavailable(f"TADORI_NEO4J_URI={uri!r} is not a usable Neo4j URI ({error})") from None
        store = cls(driver, _setting(database, "TADORI_NEO4J_DATABASE", "neo4j"), records, where=uri)
        try:
            with store._translated("connect"):
                driver.verify_connectivity()
        except StoreError:
            driver.close()
            raise
        return store

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- talking to the server --------------------------------------------------------------
    @contextmanager
    def _translated(self, doing: str) -> Iterator[None]:
        """Driver errors → Tadori errors, with where and what in one line."""
        try:
            yield
        except (Neo4jError, DriverError) as raw:
            raise self._tadori_error(raw, doing) from None

    def _tadori_error(self, raw: Exception, doing: str) -> StoreError:
        error = " ".join(str(raw).split())  # the driver's messages span several lines; the CLI prints one
        if isinstance(raw, AuthError):
            return StoreUnavailable(f"{self.where}: Neo4j refused the credentials while trying to {doing} "
                                    f"(check TADORI_NEO4J_USER and TADORI_NEO4J_PASSWORD): {error}")
        if isinstance(raw, ServiceUnavailable):
            return StoreUnavailable(f"{self.where}: Neo4j does not answer ({error}); is the server running?")
        if isinstance(raw, ConstraintError):
            return StoreError(f"{self.where}: Neo4j refused to {doing}: a uniqueness constraint failed ({error})")
        return StoreError(f"{self.where}: Neo4j failed to {doing}: {error}")

    def _read(self, query: str, doing: str, **parameters: Any) -> list[neo4j.Record]:
        with self._translated(doing):
            result = self.driver.execute_query(query, parameters_=parameters, routing_=RoutingControl.READ,
                                               database_=self.database)
        return list(result.records)

    def _write(self, query: str, doing: str, **parameters: Any) -> neo4j.EagerResult:
        with self._translated(doing):
            return self.driver.execute_query(query, parameters_=parameters, routing_=RoutingControl.WRITE,
                                             database_=self.database)

    # -- sync ---------------------------------------------------------------------------------
    def ensure_schema(self) -> None:
        """Create the uniqueness constraints and indexes (idempotent: IF NOT EXISTS)."""
        for statement in cypher.SCHEMA_STATEMENTS:
            self._write(statement, "create the schema")

    def sync(self, data: GraphData, documents: Sequence[dict[str, Any]] = (), *, batch_size: int = 1000,
             on_progress: ProgressCallback | None = None) -> dict[str, int]:
        """Make the database hold exactly ``data``: idempotent, one transaction per batch.

        Returns the counts read back, after checking them against ``data`` (a mismatch is a
        :class:`StoreError`: the sync did not leave the graph it was asked to). Batches are
        separate transactions, so a failure half way leaves part of the graph; since every
        write is a MERGE or a prune, running the sync again completes it.
        """
        self.ensure_schema()
        for step in sync_plan(data, documents):
            if step.rows is None:
                self._write(step.query, f"sync ({step.description})", **(step.parameters or {}))
                if on_progress:
                    on_progress(step.description, 1)
                continue
            for batch in cypher.iter_batches(step.rows, batch_size):
                self._write(step.query, f"sync ({step.description})", rows=batch)
                if on_progress:
                    on_progress(step.description, len(batch))
        self._write(cypher.STAMP_SYNC_QUERY, "sync (stamp)", generation=uuid.uuid4().hex)
        counts = self.sync_counts()
        expected = expected_counts(data, documents)
        wrong = {k: (counts.get(k), v) for k, v in expected.items() if counts.get(k) != v}
        if wrong:
            detail = ", ".join(f"{k} {got} (expected {want})" for k, (got, want) in wrong.items())
            raise StoreError(f"{self.where}: after the sync Neo4j holds {detail}")
        return counts

    def generation(self) -> str | None:
        """A token that every sync changes (None: never synced, e.g. an imported database).

        ``queries/`` caches answers per store object; it drops them when this moves, so a store
        kept open across a sync (the dashboard's) never answers from the graph before it.
        """
        records = self._read(cypher.GENERATION_QUERY, "read the sync generation")
        return records[0].get("generation") if records else None

    def sync_counts(self) -> dict[str, int]:
        """Nodes by label and relationships by type, as Neo4j holds them."""
        records = self._read(cypher.SYNC_COUNTS_QUERY, "count the graph")
        return records[0].data() if records else {}

    # -- graph (the GraphStore protocol) --------------------------------------------------------
    def node(self, node_id: str) -> Node | None:
        records = self._read(cypher.NODE_QUERY, "read a node", id=node_id)
        return _node(records[0]["node"], records[0]["label"]) if records else None

    def nodes(self, label: str | None = None, municipality: str | None = None) -> list[Node]:
        if label is not None and label not in cypher.GRAPH_NODE_LABELS:
            return []  # the networkx store answers an unknown label with nothing, too
        records = self._read(cypher.nodes_query(label), "read nodes", municipality=municipality)
        return [_node(r["node"], r["label"]) for r in records]

    def flow(self, flow_id: str) -> FlowEdge | None:
        records = self._read(cypher.FLOW_QUERY, "read a flow", id=flow_id)
        return _flow(records[0]) if records else None

    def flows(self, municipality: str | None = None) -> list[FlowEdge]:
        return [_flow(r) for r in self._read(cypher.FLOWS_QUERY, "read flows", municipality=municipality)]

    def out_flows(self, node_id: str) -> list[FlowEdge]:
        return [_flow(r) for r in self._read(cypher.OUT_FLOWS_QUERY, "read flows", id=node_id)]

    def in_flows(self, node_id: str) -> list[FlowEdge]:
        return [_flow(r) for r in self._read(cypher.IN_FLOWS_QUERY, "read flows", id=node_id)]

    def flows_with_item(self, key: str) -> list[FlowEdge]:
        generation = self.generation()
        if generation is None or generation != self._item_flows_generation:
            self._item_flows, self._item_flows_generation = {}, generation  # never synced: never cached
        wanted = item_key(key)
        flows = self._item_flows.get(wanted)
        if flows is None:
            flows = [_flow(r) for r in self._read(cypher.FLOWS_WITH_ITEM_QUERY, "read flows", key=wanted)]
            if generation is not None:
                self._item_flows[wanted] = flows
        return list(flows)

    def holders(self, key: str) -> list[str]:
        return [r["id"] for r in self._read(cypher.HOLDERS_QUERY, "read holders", item_id=item_id(key))]

    def businesses_of(self, department_node_id: str) -> list[str]:
        return [r["id"] for r in self._read(cypher.BUSINESSES_OF_QUERY, "read businesses", id=department_node_id)]

    def cases(self, municipality: str | None = None) -> list[Case]:
        return [_case(r["case"]) for r in self._read(cypher.CASES_QUERY, "read council cases",
                                                     municipality=municipality)]

    def case(self, case_id: str) -> Case | None:
        records = self._read(cypher.CASE_QUERY, "read a council case", id=case_id)
        return _case(records[0]["case"]) if records else None

    def names(self) -> list[tuple[str, str, str]]:
        entries = self._read(cypher.NODE_NAMES_QUERY, "read names")
        entries += self._read(cypher.CASE_NAMES_QUERY, "read names")
        return [(r["name"], r["label"], r["id"]) for r in entries]

    def counts(self) -> dict[str, int]:
        records = self._read(cypher.COUNTS_QUERY, "count the graph")
        return records[0].data() if records else {}

    # -- records (the SQLite record store stays the source of truth) -----------------------------
    def _has_records(self) -> bool:
        return self.records is not None and self.records.exists()

    def documents(self) -> list[dict[str, Any]]:
        if self._has_records():
            return [d.to_dict() for d in self.records.documents()]  # type: ignore[union-attr]
        # Without a record store, the Document nodes the sync wrote (no text) are the best answer.
        documents = [dict(r["document"]) for r in self._read(cypher.DOCUMENTS_QUERY, "read documents")]
        for document in documents:
            document.pop("seq", None)
        return documents

    def document_text(self, document_id: str) -> str | None:
        return self.records.document_text(document_id) if self._has_records() else None  # type: ignore[union-attr]

    def diagnostics(self, document_id: str | None = None) -> list[tuple[Diagnostic, str]]:
        return self.records.diagnostics(document_id) if self._has_records() else []  # type: ignore[union-attr]

    def registrations(self) -> list[tuple[Registration, str]]:
        return self.records.registrations() if self._has_records() else []  # type: ignore[union-attr]

    def statistics(self) -> list[tuple[Statistic, str]]:
        return self.records.statistics() if self._has_records() else []  # type: ignore[union-attr]

    def files(self) -> list[tuple[File, str]]:
        return self.records.files() if self._has_records() else []  # type: ignore[union-attr]

    def document_source(self, document_id: str) -> tuple[str, bytes | None, list[dict] | None] | None:
        return self.records.document_source(document_id) if self._has_records() else None  # type: ignore[union-attr]
