"""Trace answers as dash-cytoscape elements: nodes laid out left to right by hop depth.

A view of an answer shows the hops up to a depth, plus the further hops of nodes the user
expanded; departments are compound nodes that can be collapsed into one box; a focus node
keeps only the hops on paths from the start to it. All of it is decided here, in Python,
so the browser only draws a preset layout.

>>> from tadori.queries.testing import tiny_store
>>> from tadori.queries.trace import trace
>>> elements = trace_elements(trace(tiny_store(), "DV情報等"))
>>> sorted(e["data"]["id"] for e in elements if "business" in e["classes"])[:1]
['business:川口市:介護保険資格管理業務']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from typing import Any

from tadori.queries.trace import Hop, TraceResult

__all__ = ["BASIS_COLOURS", "DEFAULT_DEPTH", "MIN_ZOOM", "STYLESHEET", "city_id", "group_id", "highlight_stylesheet",
           "trace_elements", "visible_hops"]

BASIS_COLOURS = {
    "law": "#1b7837",
    "consent": "#2166ac",
    "vital_interest": "#b2182b",
    "reasonable_grounds": "#e08214",
    "council": "#762a83",
    "unknown": "#777777",
}

DEFAULT_DEPTH = 3  # deeper hops appear when the user expands a node
# Fitting a large answer never zooms out so far that the 12 px labels fall below 9 px: it scrolls instead.
MIN_ZOOM = 0.75
COLUMN_WIDTH = 330
ROW_HEIGHT = 80
GROUP_GAP = 34
CITY_GAP = 60  # between the bands of two municipalities: room for the lower one's name
DASHED_KINDS = ("external_provision", "online_connection")


def group_id(municipality: str | None, department: str) -> str:
    return f"group:{municipality or ''}:{department}"


def city_id(municipality: str | None) -> str:
    return f"city:{municipality or ''}"


def _ends(result: TraceResult, hop: Hop) -> tuple[str, str]:
    """(near, far): the end the trace reached first and the end it reached through this hop."""
    if result.direction == "upstream":
        return hop.recipient["id"], hop.source["id"]
    return hop.source["id"], hop.recipient["id"]


def _on_paths_to(result: TraceResult, focus: str) -> set[str]:
    """Flow ids of the hops on the shortest paths from the start to ``focus``.

    Only hops that reach their far end at its smallest depth count, so a cycle's way back
    (B → A after A → B) is not part of the path to A's other recipients.
    """
    first: dict[str, int] = {start: 0 for start in result.start_ids}
    for hop in result.hops:
        first.setdefault(_ends(result, hop)[1], hop.depth)
    into: dict[str, list[Hop]] = defaultdict(list)
    for hop in result.hops:
        far = _ends(result, hop)[1]
        if first[far] == hop.depth:
            into[far].append(hop)
    keep: set[str] = set()
    reached, stack = {focus}, [focus]
    while stack:
        for hop in into.get(stack.pop(), []):
            keep.add(hop.flow_id)
            near = _ends(result, hop)[0]
            if near not in reached:
                reached.add(near)
                stack.append(near)
    return keep


def visible_hops(result: TraceResult, depth: int | None = DEFAULT_DEPTH, expanded: Collection[str] = (),
                 focus: str | None = None) -> tuple[list[Hop], dict[str, int]]:
    """The hops a view shows, and for each shown node how many of its further hops are hidden.

    A hop shows when its near end is shown and it lies within ``depth`` or its near end was
    expanded; with ``focus`` only the hops on paths from the start to that node show.
    """
    hops = result.hops
    if focus:
        on_path = _on_paths_to(result, focus)
        hops = [h for h in hops if h.flow_id in on_path]
        return hops, {}
    shown_nodes = set(result.start_ids)
    shown: list[Hop] = []
    hidden: dict[str, int] = defaultdict(int)
    for hop in hops:  # breadth-first order: a hop's near end is decided before the hop
        near, far = _ends(result, hop)
        if near not in shown_nodes:
            continue
        if depth is None or hop.depth <= depth or near in expanded:
            shown.append(hop)
            shown_nodes.add(far)
        else:
            hidden[near] += 1
    return shown, dict(hidden)


def _label(endpoint: dict[str, Any], language: str) -> str:
    if endpoint.get("external"):
        return endpoint["external"]
    department, business = endpoint.get("department"), endpoint.get("business") or endpoint.get("name")
    if department and business and department != business:
        # Label lines name what they are: 課 (department) above 業務 (business).
        return f"{department}\n{business}"
    return business or department or ""


def _node_classes(endpoint: dict[str, Any], contractor: bool, start: bool) -> str:
    classes = ["external"] if endpoint.get("label") == "ExternalParty" else ["business"]
    if contractor:
        classes.append("contractor")
    if start:
        classes.append("start")
    return " ".join(classes)


def trace_elements(result: TraceResult, *, depth: int | None = None, expanded: Collection[str] = (),
                   collapsed: Collection[str] = (), focus: str | None = None,
                   language: str = "ja") -> list[dict[str, Any]]:
    """Nodes at (depth × column, row), compound department nodes, and one edge per shown hop.

    When the answer spans several municipalities each gets a band of its own, in a box named
    after it. An edge into a collapsed department ends on the department's box; its id then
    names that box too (cytoscape cannot move an edge's ends, so a new end is a new edge).
    """
    hops, hidden = visible_hops(result, depth, expanded, focus)
    upstream = result.direction == "upstream"
    depth_of: dict[str, int] = {s: 0 for s in result.start_ids}
    endpoints: dict[str, dict[str, Any]] = {}
    contractors: set[str] = set()
    for hop in hops:
        near, far = _ends(result, hop)
        depth_of.setdefault(near, hop.depth - 1)
        depth_of.setdefault(far, hop.depth)
        endpoints.setdefault(hop.source["id"], hop.source)
        endpoints.setdefault(hop.recipient["id"], hop.recipient)
        if hop.kind == "online_connection":
            contractors.add(hop.recipient["id"])
    municipality = {n: (e.get("id", "").split(":") + ["", ""])[1] for n, e in endpoints.items()}
    cities = list(dict.fromkeys(municipality[n] for n in endpoints))
    several = len(cities) > 1

    def parent_of(node_id: str) -> str | None:
        endpoint = endpoints[node_id]
        if endpoint.get("label") == "ExternalParty" or not endpoint.get("department"):
            return city_id(municipality[node_id]) if several else None
        return group_id(municipality[node_id], endpoint["department"])

    elements: list[dict[str, Any]] = []
    groups: dict[str, dict[str, Any]] = {}
    alias: dict[str, str] = {}
    top = 0.0
    for city in cities if several else [None]:
        # Within a column, members of one department sit together so their compound box is compact.
        columns: dict[int, list[str]] = defaultdict(list)
        for node_id in endpoints:
            if city is None or municipality[node_id] == city:
                columns[depth_of.get(node_id, 0)].append(node_id)
        bottom = top
        for column, members in sorted(columns.items()):
            members.sort(key=lambda n: (parent_of(n) or "~", endpoints[n].get("business") or endpoints[n]["name"]
                                        or ""))
            x = -column * COLUMN_WIDTH if upstream else column * COLUMN_WIDTH
            y, previous = top, None
            for node_id in members:
                endpoint, parent = endpoints[node_id], parent_of(node_id)
                if parent in collapsed and parent in groups:
                    alias[node_id] = parent
                    continue
                if previous is not None:  # a department's label sits above its box: leave room for it
                    y += ROW_HEIGHT + (GROUP_GAP if parent != previous else 0)
                previous = parent
                bottom = max(bottom, y)
                if parent:
                    groups.setdefault(parent, {"department": endpoint["department"], "x": x, "y": y,
                                               "city": municipality[node_id]})
                if parent in collapsed:
                    alias[node_id] = parent
                    continue
                label = _label(endpoint, language)
                if hidden.get(node_id):
                    label += f"\n＋{hidden[node_id]}"
                data = {"id": node_id, "label": label, "department": endpoint.get("department") or "",
                        "business": endpoint.get("business") or endpoint.get("external") or endpoint.get("name")
                        or "", "hidden": hidden.get(node_id, 0), "municipality": municipality[node_id]}
                if parent:
                    data["parent"] = parent
                classes = _node_classes(endpoint, node_id in contractors, node_id in result.start_ids)
                elements.append({"data": data, "position": {"x": x, "y": y},
                                 "classes": classes + (" has-more" if hidden.get(node_id) else "")})
        top = bottom + ROW_HEIGHT + CITY_GAP
    for gid, group in groups.items():
        if gid.startswith("city:"):
            continue
        data = {"id": gid, "label": group["department"], "department": group["department"], "group": True}
        if several:
            data["parent"] = city_id(group["city"])
        element: dict[str, Any] = {"data": data, "classes": "department"}
        if gid in collapsed:
            element["classes"] = "department collapsed"
            element["position"] = {"x": group["x"], "y": group["y"]}
        elements.insert(0, element)  # parents before children
    if several:
        for city in reversed(cities):
            elements.insert(0, {"data": {"id": city_id(city), "label": city, "municipality": city},
                                "classes": "municipality"})
    for hop in hops:
        source, target = alias.get(hop.source["id"], hop.source["id"]), alias.get(hop.recipient["id"],
                                                                                  hop.recipient["id"])
        edge_id = hop.flow_id if (source, target) == (hop.source["id"], hop.recipient["id"]) else \
            f"{hop.flow_id}|{source}|{target}"
        elements.append({
            "data": {"id": edge_id, "flow_id": hop.flow_id, "source": source, "target": target,
                     "basis": hop.basis, "kind": hop.kind, "status": hop.status},
            "classes": " ".join([hop.basis, hop.status, "dashed" if hop.kind in DASHED_KINDS else "solid"]),
        })
    return elements


# IPAPGothic is the proportional IPA font; cytoscape rejects quoted family names, so none here.
_FONT = "IPAPGothic, IPAGothic, sans-serif"

STYLESHEET: list[dict[str, Any]] = [
    {"selector": "node", "style": {
        "label": "data(label)", "text-wrap": "wrap", "text-max-width": "220px", "font-size": "12px",
        "text-valign": "center", "text-halign": "center", "shape": "round-rectangle", "width": "230px",
        "height": "56px", "background-color": "#eef3fb", "border-width": 1, "border-color": "#4a6fa5",
        "font-family": _FONT,
        # Labels too small to read are not drawn: a large answer fitted to the screen draws fast and
        # stays legible; zooming in brings them back.
        "min-zoomed-font-size": 7}},
    {"selector": "node.start", "style": {"border-width": 3, "background-color": "#dbe7f7"}},
    {"selector": "node.has-more", "style": {"border-style": "double", "border-width": 4}},
    {"selector": "node.external", "style": {"shape": "hexagon", "background-color": "#fdf0e6",
                                             "border-color": "#b35806"}},
    {"selector": "node.contractor", "style": {"shape": "barrel", "background-color": "#fff7d6",
                                               "border-color": "#8c6d00"}},
    {"selector": "node.municipality", "style": {
        "text-valign": "top", "text-halign": "left", "background-color": "#ffffff", "background-opacity": 0,
        "border-color": "#23395d", "border-width": 2, "font-size": "14px", "font-weight": "bold",
        "padding": "18px", "shape": "rectangle", "color": "#23395d", "text-margin-x": 60}},
    {"selector": "node.department", "style": {
        "text-valign": "top", "text-halign": "center", "background-color": "#f4f6f9", "background-opacity": 0.6,
        "border-color": "#9aa8bd", "border-style": "dashed", "font-size": "12px", "font-weight": "bold",
        "padding": "8px", "shape": "round-rectangle", "color": "#23395d"}},
    {"selector": "node.department.collapsed", "style": {"background-color": "#dde5f0", "border-style": "solid",
                                                         "text-valign": "center", "width": "230px",
                                                         "height": "56px"}},
    # Taxi edges leave and enter boxes sideways and turn in the gap between two columns, so an arrow
    # never crosses a box of its own column or of the next one.
    {"selector": "edge", "style": {"curve-style": "taxi", "taxi-direction": "horizontal",
                                    "taxi-turn": "50%", "taxi-turn-min-distance": "8px",
                                    "target-arrow-shape": "triangle", "width": 3, "arrow-scale": 1.3}},
    {"selector": "edge.dashed", "style": {"line-style": "dashed"}},
    {"selector": "edge.possible", "style": {"opacity": 0.4, "width": 2}},
    {"selector": ":selected", "style": {"border-width": 3, "line-color": "#000", "target-arrow-color": "#000"}},
] + [
    {"selector": f"edge.{basis}", "style": {"line-color": colour, "target-arrow-color": colour}}
    for basis, colour in BASIS_COLOURS.items()
]


def highlight_stylesheet(flow_ids: Collection[str]) -> list[dict[str, Any]]:
    """The stylesheet with the given edges drawn thick and black (a row selected in the hop table)."""
    return STYLESHEET + [
        {"selector": f'edge[flow_id = "{flow_id}"]', "style": {"line-color": "#000", "target-arrow-color": "#000",
                                                          "width": 6, "opacity": 1, "z-index": 10}}
        for flow_id in flow_ids
    ]
