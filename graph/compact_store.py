"""The in-process store of a whole country: the graph index read on demand, objects made only when asked for.

:class:`CompactStore` answers the :class:`~tadori.graph.protocol.GraphStore` protocol from the index file
(:mod:`.compact_index`) exactly as :class:`~tadori.graph.networkx_store.NetworkXStore` answers from a full
build: the same nodes, flows and cases, in the same order. Opening it reads nothing but the index's
version, so a command or a server start costs what the answer costs. A node, flow or case is decoded the
first time an answer touches it and kept, so each has one object (as in the networkx store).

>>> import tempfile, os
>>> from tadori.ingest.synthetic import write_record_store
>>> records = write_record_store(os.path.join(tempfile.mkdtemp(), "t.db"), municipalities=2, flows_per_city=20)
>>> store = CompactStore.open(records)
>>> store.node("business:架空市0001:住民基本台帳業務").name
'住民基本台帳業務'
>>> len(store.flows("架空市0001"))
20
"""

from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import AbstractContextManager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tadori.errors import StoreError
from tadori.ingest.records import Diagnostic, File, Registration, Statistic
from tadori.ingest.recordstore import RecordStore

from .collector import collector_paused
from .compact_index import build_index, index_is_current, index_path
from .model import BUSINESS, DATA_ITEM, DEPARTMENT, EXTERNAL_PARTY, Case, FlowEdge, Node, item_key

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["CompactStore"]

_loads = json.JSONDecoder().decode  # bodies are JSON lists of a record's fields in declaration order

MANY = 10_000  # objects made at once from which the collector is told to leave them be (they live as long as the store)


def _making(count: int) -> AbstractContextManager[None]:
    """Pause the collector while objects are made; after many, freeze them out of its sight (as a built graph is)."""
    return collector_paused(freeze=count >= MANY)


# The cities in the nodes' city index, each found by a seek past the one before (SQLite has no skip scan
# for DISTINCT), kept when one of its nodes is a business.
_CITIES_WITH_A_BUSINESS = """
WITH RECURSIVE city(name) AS (
    SELECT MIN(municipality) FROM nodes
    UNION ALL SELECT (SELECT MIN(municipality) FROM nodes WHERE municipality > city.name) FROM city
    WHERE city.name IS NOT NULL)
SELECT name FROM city WHERE name IS NOT NULL
    AND EXISTS (SELECT 1 FROM nodes WHERE municipality = city.name AND label = ?)
"""


class CompactStore:
    """A whole country's graph behind the GraphStore protocol, read from its index file."""

    backend = "networkx"  # the in-process store: answers and exports as the networkx store's

    def __init__(self, path: Path, records: RecordStore | None = None):
        self.path = Path(path)
        self.records = records
        self._nodes: dict[str, Node | None] = {}
        self._flows: dict[str, FlowEdge] = {}
        self._cases: dict[str, Case | None] = {}
        self._lists: dict[tuple, list] = {}  # (question, argument) -> answer, for the adjacency questions
        self._documents: list[dict[str, Any]] | None = None
        # Opened once, read by every thread: the file it opened stays this store's even when a rebuilt
        # index is renamed over it (the server swaps in a new store for that).
        self._db = self._open()
        self._lock = threading.Lock()

    @classmethod
    def open(cls, records: RecordStore, *, rebuild: bool = True) -> CompactStore:
        """The store of ``records``'s index, (re)built first when missing or stale (and ``rebuild``)."""
        path = index_path(records)
        if not index_is_current(records, path):
            if not rebuild:
                raise StoreError(f"{path}: the graph index is missing or older than the record store")
            build_index(records, path)
        return cls(path, records)

    # -- reading the index ------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: not a readable graph index ({error})") from None
        return db

    def _rows(self, query: str, parameters: tuple = ()) -> list[tuple]:
        with self._lock:  # one connection for every thread: a newer index renamed into place is not mixed in
            return self._db.execute(query, parameters).fetchall()

    def _node_of(self, node_id: str, body: str) -> Node:
        node = self._nodes.get(node_id)
        if node is None:
            node = self._nodes[node_id] = Node(*_loads(body))
        return node

    def _flow_of(self, flow_id: str, body: str) -> FlowEdge:
        flow = self._flows.get(flow_id)
        if flow is None:
            flow = self._flows[flow_id] = FlowEdge(*_loads(body))
        return flow

    def _case_of(self, case_id: str, body: str) -> Case:
        case = self._cases.get(case_id)
        if case is None:
            case = self._cases[case_id] = Case(*_loads(body))
        return case

    def _flow_list(self, question: str, where: str, argument: Any) -> list[FlowEdge]:
        """Flows by one indexed column, in build order; kept per (question, argument)."""
        key = (question, argument)
        found = self._lists.get(key)
        if found is None:
            rows = self._rows(f"SELECT id, body FROM flows WHERE {where} ORDER BY ord", (argument,))
            with _making(len(rows)):
                found = self._lists[key] = [self._flow_of(flow_id, body) for flow_id, body in rows]
        return found

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        """The whole graph as a networkx MultiDiGraph (as NetworkXStore.graph): costly on a national store."""
        import networkx as nx

        from .networkx_store import FLOWS_TO, OPERATES, RECORDS, _attributes

        graph = nx.MultiDiGraph()
        graph.add_nodes_from((n.id, {"label": n.label, "name": n.name}) for n in self.nodes())
        graph.add_edges_from((e.source, e.target, e.id, {**_attributes(e), "type": FLOWS_TO}) for e in self.flows())
        graph.add_edges_from((d, b, OPERATES, {"type": OPERATES})
                             for d, b in self._rows("SELECT department, business FROM operates ORDER BY ord"))
        graph.add_edges_from((b, i, RECORDS, {"type": RECORDS})
                             for b, i in self._rows("SELECT business, item FROM records ORDER BY ord"))
        return graph

    # -- graph ------------------------------------------------------------------------------
    def node(self, node_id: str) -> Node | None:
        if node_id in self._nodes:
            return self._nodes[node_id]
        rows = self._rows("SELECT body FROM nodes WHERE id = ?", (node_id,))
        if not rows:
            self._nodes[node_id] = None  # asked again and again for a name that is no node: one read
            return None
        return self._node_of(node_id, rows[0][0])

    def nodes(self, label: str | None = None, municipality: str | None = None) -> list[Node]:
        key = ("nodes", label, municipality)
        found = self._lists.get(key)
        if found is None:
            clauses, parameters = [], []
            for column, value in (("municipality", municipality), ("label", label)):
                if value is not None:
                    clauses.append(f"{column} = ?")
                    parameters.append(value)
            where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
            rows = self._rows(f"SELECT id, body FROM nodes {where} ORDER BY ord", tuple(parameters))
            with _making(len(rows)):
                found = self._lists[key] = [self._node_of(node_id, body) for node_id, body in rows]
        return list(found)

    def node_rows(self) -> list[tuple[str, str, str, str | None]]:
        """(id, label, name, municipality) of every node in build order, without making a Node of each
        (what a name index needs; a country has hundreds of thousands)."""
        return self._rows("SELECT id, label, name, municipality FROM nodes ORDER BY ord")

    def municipality_names(self) -> list[str]:
        """Every municipality a business belongs to, sorted: one seek per city down the city index (a country's
        name index, made by reading every node, is not needed for it)."""
        found = self._lists.get(("municipalities", None))
        if found is None:
            rows = self._rows(_CITIES_WITH_A_BUSINESS, (BUSINESS,))
            found = self._lists[("municipalities", None)] = [row[0] for row in rows]
        return list(found)

    def flow(self, flow_id: str) -> FlowEdge | None:
        if flow_id in self._flows:
            return self._flows[flow_id]
        rows = self._rows("SELECT body FROM flows WHERE id = ?", (flow_id,))
        return self._flow_of(flow_id, rows[0][0]) if rows else None

    def flows(self, municipality: str | None = None) -> list[FlowEdge]:
        if municipality is None:
            key = ("flows", None)
            found = self._lists.get(key)
            if found is None:
                rows = self._rows("SELECT id, body FROM flows ORDER BY ord")
                with _making(len(rows)):
                    found = self._lists[key] = [self._flow_of(flow_id, body) for flow_id, body in rows]
            return list(found)
        return list(self._flow_list("city", "municipality = ?", municipality))

    def out_flows(self, node_id: str) -> list[FlowEdge]:
        return self._flow_list("out", "source = ?", node_id)

    def in_flows(self, node_id: str) -> list[FlowEdge]:
        return self._flow_list("in", "target = ?", node_id)

    def flows_with_item(self, key: str) -> list[FlowEdge]:
        return self._flow_list("item", "id IN (SELECT flow FROM flow_items WHERE key = ?)", item_key(key))

    def holders(self, key: str) -> list[str]:
        found = self._lists.get(("holders", key))
        if found is None:
            rows = self._rows("SELECT business FROM records WHERE item = ? ORDER BY business",
                              ("item:" + item_key(key),))
            found = self._lists[("holders", key)] = [row[0] for row in rows]
        return found

    def businesses_of(self, department_node_id: str) -> list[str]:
        found = self._lists.get(("operates", department_node_id))
        if found is None:
            rows = self._rows("SELECT business FROM operates WHERE department = ? ORDER BY business",
                              (department_node_id,))
            found = self._lists[("operates", department_node_id)] = [row[0] for row in rows]
        return found

    def cases(self, municipality: str | None = None) -> list[Case]:
        key = ("cases", municipality)
        found = self._lists.get(key)
        if found is None:
            where, parameters = ("WHERE municipality = ?", (municipality,)) if municipality is not None else ("", ())
            rows = self._rows(f"SELECT id, body FROM cases {where} ORDER BY ord", parameters)
            found = self._lists[key] = [self._case_of(case_id, body) for case_id, body in rows]
        return list(found)

    def case(self, case_id: str) -> Case | None:
        if case_id in self._cases:
            return self._cases[case_id]
        rows = self._rows("SELECT body FROM cases WHERE id = ?", (case_id,))
        if not rows:
            self._cases[case_id] = None
            return None
        return self._case_of(case_id, rows[0][0])

    def names(self) -> list[tuple[str, str, str]]:
        entries = self._rows("SELECT name, label, id FROM nodes ORDER BY ord")
        entries += self._rows("SELECT title, 'CouncilCase', id FROM cases ORDER BY ord")
        return entries

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys((BUSINESS, DEPARTMENT, DATA_ITEM, EXTERNAL_PARTY), 0)
        for label, count in self._rows("SELECT label, COUNT(*) FROM nodes GROUP BY label ORDER BY MIN(ord)"):
            counts[label] = count
        counts["FLOWS_TO"] = self._rows("SELECT COUNT(*) FROM flows")[0][0]
        counts["CouncilCase"] = self._rows("SELECT COUNT(*) FROM cases")[0][0]
        return counts

    # -- records ----------------------------------------------------------------------------
    def documents(self) -> list[dict[str, Any]]:
        # Read once: the index is a snapshot of the store (a changed store makes a new CompactStore), and
        # every question that names a city asks for the documents' cities (a country has thousands).
        if self._documents is None:
            if self.records is None or not self.records.exists():
                return []
            self._documents = [d.to_dict() for d in self.records.documents()]
        return list(self._documents)

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
