"""A tiny in-memory store for doctests and examples: four flows out of one 住民基本台帳業務."""

from __future__ import annotations

from tadori.graph.build import GraphData
from tadori.graph.model import FlowEdge, flow_id
from tadori.graph.networkx_store import NetworkXStore

__all__ = ["tiny_store"]

_FLOWS = (
    # recipient department, recipient business, kind, basis, start, items
    ("介護保険課", "介護保険資格管理業務", "purpose_outside_use", "unknown", "2014-01-14", ["DV情報等"]),
    ("水道局営業管理室", "料金収納システム業務", "external_provision", "unknown", "2014-01-06", ["DV情報等"]),
    ("防災課", "被災者支援システム運用業務", "purpose_outside_use", "reasonable_grounds", "2013-12-10", []),
    ("防犯対策室", "空き家対策業務", "purpose_outside_use", "law", "2013-10-01", ["住民登録地", "続柄"]),
)


def tiny_store() -> NetworkXStore:
    """A store of one city's four flows; line numbers are those of an imaginary list."""
    data = GraphData()
    source = data.business("川口市", "市民課", "住民基本台帳業務")
    assert source is not None
    for line, (department, business, kind, basis, start, items) in enumerate(_FLOWS, start=10):
        target = data.business("川口市", department, business)
        assert target is not None
        edge_id = flow_id("川口市", source, target, kind, start)
        data.flows[edge_id] = FlowEdge(
            id=edge_id, source=source, target=target, kind=kind, basis=basis, basis_text=None, start_date=start,
            end_date=None, items=list(items), reason=None, municipality="川口市", source_department="市民課",
            source_business="住民基本台帳業務", recipient_department=department, recipient_business=business,
            recipient_external=None,
            provenance=[{"document": "example.txt", "document_id": "example", "line": line, "quote": None}],
        )
        for item in items:
            data.record(source, item)
            data.record(target, item)
    return NetworkXStore(data)
