"""Data-quality tables: diagnostics across documents, and names merged as variants.

>>> from tadori.queries.testing import tiny_store
>>> name_variants(tiny_store())
[]
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from tadori.graph.model import item_key
from tadori.graph.protocol import GraphStore
from tadori.ingest.normalize import canonical_name

__all__ = ["diagnostic_rows", "name_variants"]


def diagnostic_rows(store: GraphStore) -> list[dict[str, Any]]:
    """Every parser diagnostic with its document's name and id."""
    names = {d["id"]: d["name"] for d in store.documents()}
    return [{"document": names.get(doc, doc), "document_id": doc, "line": d.line, "severity": d.severity,
             "message": d.message} for d, doc in store.diagnostics()]


def name_variants(store: GraphStore) -> list[dict[str, Any]]:
    """Names written more than one way that the graph holds as one node or one item.

    Each row: what (business, department, item), the name kept, the spellings seen, and the
    first line of each spelling.
    """
    spellings: dict[tuple[str, str], dict[str, dict[str, Any]]] = defaultdict(dict)

    def note(kind: str, key: str, spelling: str | None, source: dict[str, Any]) -> None:
        if spelling:
            spellings[(kind, key)].setdefault(spelling, source)

    for flow in store.flows():
        source = flow.provenance[0] if flow.provenance else {}
        note("business", flow.source, flow.source_business, source)
        if not flow.recipient_external:
            note("business", flow.target, flow.recipient_business, source)
        for department in (flow.source_department, flow.recipient_department):
            if department:
                note("department", f"{flow.municipality}:{canonical_name(department)}", department, source)
        for item in flow.items:
            note("item", item_key(item), item, source)
    rows = []
    for (kind, key), seen in sorted(spellings.items()):
        if len(seen) < 2:
            continue
        node = store.node(key) if kind == "business" else None
        rows.append({"kind": kind, "name": node.name if node else next(iter(seen)),
                     "variants": sorted(seen), "lines": [{"spelling": s, **src} for s, src in seen.items()]})
    return rows
