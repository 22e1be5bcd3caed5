"""Trace answers as dash-cytoscape elements: nodes laid out left to right by hop depth.

>>> from tadori.queries.testing import tiny_store
>>> from tadori.queries.trace import trace
>>> elements = trace_elements(trace(tiny_store(), "DV情報等"))
>>> sorted(e["data"]["id"] for e in elements if "source" not in e["data"])[:1]
['business:川口市:介護保険資格管理業務']
"""

from __future__ import annotations

from typing import Any

from tadori.queries.trace import TraceResult

__all__ = ["BASIS_COLOURS", "STYLESHEET", "trace_elements"]

BASIS_COLOURS = {
    "law": "#1b7837",
    "consent": "#2166ac",
    "vital_interest": "#b2182b",
    "reasonable_grounds": "#e08214",
    "council": "#762a83",
    "unknown": "#777777",
}

COLUMN_WIDTH = 320
ROW_HEIGHT = 90


def _node_label(endpoint: dict[str, Any]) -> str:
    if endpoint.get("external"):
        return endpoint["name"]
    department, business = endpoint.get("department"), endpoint.get("business")
    if department and business:
        return f"{department}\n{business}"
    return business or department or endpoint.get("name") or ""


def trace_elements(result: TraceResult) -> list[dict[str, Any]]:
    """Nodes (one per business or party, at its smallest depth) and one edge per hop."""
    depth_of: dict[str, int] = {}
    labels: dict[str, dict[str, Any]] = {}
    for start in result.start_ids:
        depth_of.setdefault(start, 0)
    for hop in result.hops:
        upstream = result.direction == "upstream"
        near, far = (hop.recipient, hop.source) if upstream else (hop.source, hop.recipient)
        depth_of.setdefault(near["id"], hop.depth - 1)
        depth_of.setdefault(far["id"], hop.depth)
        labels.setdefault(hop.source["id"], hop.source)
        labels.setdefault(hop.recipient["id"], hop.recipient)
    shown = [node_id for node_id in depth_of if node_id in labels]
    rows: dict[int, int] = {}
    elements: list[dict[str, Any]] = []
    for node_id in shown:
        depth = depth_of[node_id]
        row = rows.get(depth, 0)
        rows[depth] = row + 1
        endpoint = labels[node_id]
        x = -depth * COLUMN_WIDTH if result.direction == "upstream" else depth * COLUMN_WIDTH
        elements.append({
            "data": {"id": node_id, "label": _node_label(endpoint), "department": endpoint.get("department") or "",
                     "business": endpoint.get("business") or endpoint.get("name") or ""},
            "position": {"x": x, "y": row * ROW_HEIGHT},
            "classes": "external" if endpoint.get("label") == "ExternalParty" else "business",
        })
    for hop in result.hops:
        dashed = hop.kind in ("external_provision", "online_connection")
        elements.append({
            "data": {"id": hop.flow_id, "source": hop.source["id"], "target": hop.recipient["id"],
                     "basis": hop.basis, "kind": hop.kind, "status": hop.status},
            "classes": " ".join([hop.basis, hop.status, "dashed" if dashed else "solid"]),
        })
    return elements


STYLESHEET: list[dict[str, Any]] = [
    {"selector": "node", "style": {
        "label": "data(label)", "text-wrap": "wrap", "text-max-width": "220px", "font-size": "11px",
        "text-valign": "center", "text-halign": "center", "shape": "round-rectangle", "width": "230px",
        "height": "54px", "background-color": "#eef3fb", "border-width": 1, "border-color": "#4a6fa5",
        "font-family": "IPAGothic, 'IPAexGothic', 'Noto Sans CJK JP', sans-serif"}},
    {"selector": "node.external", "style": {"shape": "hexagon", "background-color": "#fdf0e6",
                                             "border-color": "#b35806"}},
    {"selector": "edge", "style": {"curve-style": "bezier", "target-arrow-shape": "triangle", "width": 3,
                                    "arrow-scale": 1.3}},
    {"selector": "edge.dashed", "style": {"line-style": "dashed"}},
    {"selector": "edge.possible", "style": {"opacity": 0.45}},
    {"selector": ":selected", "style": {"border-width": 3, "line-color": "#000", "target-arrow-color": "#000"}},
] + [
    {"selector": f"edge.{basis}", "style": {"line-color": colour, "target-arrow-color": colour}}
    for basis, colour in BASIS_COLOURS.items()
]
