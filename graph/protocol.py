"""The store interface that ``queries/`` is written against.

Two stores implement it: :class:`~tadori.graph.networkx_store.NetworkXStore` (in process,
the default) and ``Neo4jStore`` (a Neo4j server through the official driver). A query
that uses only these methods answers the same on both.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from tadori.ingest.records import Diagnostic, File, Registration, Statistic

from .model import Case, FlowEdge, Node

__all__ = ["GraphStore"]


@runtime_checkable
class GraphStore(Protocol):
    backend: str

    def node(self, node_id: str) -> Node | None:
        """The node with this id, or None."""

    def nodes(self, label: str | None = None, municipality: str | None = None) -> list[Node]:
        """All nodes, optionally of one label and one municipality."""

    def flow(self, flow_id: str) -> FlowEdge | None:
        """The FLOWS_TO edge with this id, or None."""

    def flows(self, municipality: str | None = None) -> list[FlowEdge]:
        """All FLOWS_TO edges, optionally of one municipality."""

    def out_flows(self, node_id: str) -> list[FlowEdge]:
        """Flows leaving a node."""

    def in_flows(self, node_id: str) -> list[FlowEdge]:
        """Flows arriving at a node."""

    def flows_with_item(self, key: str) -> list[FlowEdge]:
        """Flows that state they carry an item with this item key (see model.item_key)."""

    def holders(self, key: str) -> list[str]:
        """Ids of businesses stated to record an item with this key."""

    def businesses_of(self, department_node_id: str) -> list[str]:
        """Ids of the businesses a department operates."""

    def cases(self, municipality: str | None = None) -> list[Case]:
        """Council cases, each with the flow ids it approved."""

    def case(self, case_id: str) -> Case | None:
        """The council case with this id, or None."""

    def names(self) -> list[tuple[str, str, str]]:
        """(name, entity type, id) for everything search can find."""

    def counts(self) -> dict[str, int]:
        """Number of nodes by label and of flows and cases."""

    def documents(self) -> list[dict[str, Any]]:
        """Ingested documents: id, name, municipality, title, genre."""

    def document_text(self, document_id: str) -> str | None:
        """A document's full text, or None."""

    def diagnostics(self, document_id: str | None = None) -> list[tuple[Diagnostic, str]]:
        """Parser diagnostics with their document id."""

    def registrations(self) -> list[tuple[Registration, str]]:
        """Registry entries with their document id."""

    def statistics(self) -> list[tuple[Statistic, str]]:
        """Published counts with their document id."""

    def files(self) -> list[tuple[File, str]]:
        """Entries of 個人情報ファイル簿 with their document id."""

    def document_source(self, document_id: str) -> tuple[str, bytes | None, list[dict] | None] | None:
        """(format, original bytes, per-line locators) of a document converted from PDF/HTML/Excel, else None."""
