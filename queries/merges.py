"""Flows stated more than once, merged into one: which statements, and why they are one.

A flow is one edge when its source, recipient, kind and start date are the same; two documents
that state it (an annual report and the council minutes that approved it) give it two lines.
Within one document a reader merges what the document says twice; two statements it keeps
apart stay apart (:mod:`tadori.graph.build`). Every merge is listed here, so the number of flows
(edges) and the number of statements read from the documents can be told apart and agree.

>>> from tadori.queries.testing import tiny_store
>>> flow_counts(tiny_store())
{'flows': 4, 'statements': 4, 'merged': 0}
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from tadori.graph.protocol import GraphStore

__all__ = ["FlowMerge", "flow_counts", "flow_merges"]


@dataclass
class FlowMerge:
    """One flow and the statements merged into it."""

    flow_id: str
    municipality: str | None
    source: str
    recipient: str
    kind: str
    start_date: str | None
    reason: str  # "several_documents" | "one_document"
    statements: list[dict[str, Any]]  # {document, document_id, line}

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def flow_merges(store: GraphStore) -> list[FlowMerge]:
    """Every flow stated on more than one line, with the reason its statements are one flow."""
    merges = []
    for flow in store.flows():
        if len(flow.provenance) < 2:
            continue
        documents = {p.get("document_id") for p in flow.provenance}
        source, target = store.node(flow.source), store.node(flow.target)
        merges.append(FlowMerge(
            flow_id=flow.id, municipality=flow.municipality, source=source.name if source else flow.source,
            recipient=target.name if target else flow.target, kind=flow.kind, start_date=flow.start_date,
            reason="several_documents" if len(documents) > 1 else "one_document",
            statements=[{k: p.get(k) for k in ("document", "document_id", "line")} for p in flow.provenance]))
    return sorted(merges, key=lambda m: (m.municipality or "", m.source, m.recipient, m.flow_id))


def flow_counts(store: GraphStore) -> dict[str, int]:
    """Flows (edges), statements (lines of documents that state a flow) and flows merged from several."""
    flows = store.flows()
    return {"flows": len(flows), "statements": sum(len(f.provenance) for f in flows),
            "merged": sum(1 for f in flows if len(f.provenance) > 1)}
