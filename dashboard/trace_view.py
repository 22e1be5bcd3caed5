"""What the Trace page shows, as plain functions: URL parameters → query → rows, cards, exports.

Kept apart from the page module so the callbacks stay a few lines each and so the pieces are
tested without a browser.

>>> params = trace_params({"item": "DV情報等", "kind": "external_provision"})
>>> params["kind"], params["mode"], params["depth"]
(['external_provision'], 'both', 3)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from tadori.errors import NotFound, TadoriError
from tadori.graph.protocol import GraphStore
from tadori.queries.country import MANY_CITIES, item_spread, start_cities, trace_cities
from tadori.queries.exports import query_metadata
from tadori.queries.filters import UnknownValue
from tadori.queries.sensitivity import tags_of
from tadori.queries.trace import Hop, TraceResult, trace

from .answers import remembered
from .elements import DEFAULT_DEPTH
from .limits import MAX_GRID_ROWS
from .messages import t
from .urls import build_search, split_list

__all__ = ["CITIES_TRACED_WHOLE", "CONTROL_IDS", "GRID_COLUMNS", "GRID_WIDTHS", "URL_KEYS", "CountryPart",
           "controls_params", "country_summary", "error_message", "hop_row", "node_card", "run_country_trace",
           "run_trace", "trace_metadata", "trace_params", "trace_search"]

# A start found in more cities than this, with no city chosen, is traced a city at a time: the page says
# where it is found and shows the first cities' hops (enough to fill the grid); choosing a city shows all of
# that city's, and the exports hold the whole country's answer. Tracing a thousand cities at once takes
# seconds and megabytes no one reads in a page.
CITIES_TRACED_WHOLE = MANY_CITIES
MAX_CITIES_TRACED = 60  # filters may empty most cities: stop looking after this many

# The order of keys in a trace URL; lists are comma-separated, node ids (which may hold commas) "|"-separated.
URL_KEYS = ("item", "direction", "mode", "as_of", "kind", "basis", "municipality", "tag", "depth", "focus",
            "expand", "collapse", "lang")
# What an auditor reads first comes first: the basis right after the ends; document and line pin right.
GRID_COLUMNS = ("depth", "status", "review", "municipality", "source_business", "recipient_business",
                "recipient_external", "kind", "basis", "start_date", "items", "basis_text", "source_department",
                "recipient_department",
                "sensitivity", "council_cases", "document", "line")
GRID_WIDTHS = {"depth": {"width": 70, "minWidth": 60}, "status": {"width": 95}, "municipality": {"width": 100},
               "kind": {"width": 120}, "basis": {"width": 130}, "start_date": {"width": 120},
               "document": {"width": 220}, "line": {"width": 80, "minWidth": 70}}


# The page's controls in the order controls_params takes them.
CONTROL_IDS = (("trace-item", "value"), ("trace-direction", "value"), ("trace-mode", "value"),
               ("trace-as-of", "value"), ("trace-kind", "value"), ("trace-basis", "value"),
               ("trace-municipality", "value"), ("trace-tag", "value"), ("trace-depth", "value"),
               ("trace-view", "data"), ("trace-lang", "data"))


def controls_params(item: str | None, direction: str, mode: str, as_of: str | None, kinds: list[str] | None,
                    bases: list[str] | None, municipality: str | None, tag: str | None, depth: int | None,
                    view: dict[str, Any] | None, lang: str | None) -> dict[str, Any]:
    """The view state from the controls' values (the same shape trace_params makes of a URL)."""
    view = view or {}
    return trace_params({"item": item, "direction": direction, "mode": mode, "as_of": as_of, "kind": kinds or [],
                         "basis": bases or [], "municipality": municipality, "tag": tag, "depth": depth,
                         "focus": view.get("focus"), "expand": view.get("expand") or [],
                         "collapse": view.get("collapse") or [], "lang": lang})


def _ids(value: str | list[str] | None) -> list[str]:
    if isinstance(value, list):
        return value
    return [v for v in (value or "").split("|") if v]


def trace_params(raw: Mapping[str, Any]) -> dict[str, Any]:
    """The trace view's state from URL parameters (or controls), with defaults filled in."""
    try:
        depth = int(raw.get("depth") or DEFAULT_DEPTH)
    except (TypeError, ValueError):
        depth = DEFAULT_DEPTH
    return {
        "item": (raw.get("item") or "").strip(),
        "direction": raw.get("direction") if raw.get("direction") in ("downstream", "upstream") else "downstream",
        "mode": raw.get("mode") if raw.get("mode") in ("confirmed", "both") else "both",
        "as_of": raw.get("as_of") or "",
        "kind": split_list(raw.get("kind")),
        "basis": split_list(raw.get("basis")),
        "municipality": raw.get("municipality") or "",
        "tag": raw.get("tag") or "",
        "depth": max(1, depth),
        "focus": raw.get("focus") or "",
        "expand": _ids(raw.get("expand")),
        "collapse": _ids(raw.get("collapse")),
        "lang": raw.get("lang") or "ja",
    }


def trace_search(params: Mapping[str, Any]) -> str:
    """The query string of a view; defaults are left out so URLs stay short."""
    values = dict(params)
    if values.get("direction") == "downstream":
        values["direction"] = None
    if values.get("mode") == "both":
        values["mode"] = None
    if values.get("depth") == DEFAULT_DEPTH:
        values["depth"] = None
    if values.get("lang") == "ja":
        values["lang"] = None
    for key in ("expand", "collapse"):
        values[key] = "|".join(values.get(key) or []) or None
    return build_search({k: values.get(k) for k in URL_KEYS})


def run_trace(store: GraphStore, params: Mapping[str, Any]) -> TraceResult:
    """The trace the parameters ask for; a sensitivity tag keeps the hops that carry items so tagged.

    Raises TadoriError (NotFound) for a start that names nothing known.
    """
    query = (params["item"], params["direction"], params["mode"], params["as_of"] or None,
             tuple(params["kind"]), tuple(params["basis"]), params["municipality"] or None)
    result = remembered(store, ("trace", *query), lambda: trace(
        store, query[0], direction=query[1], mode=query[2], as_of=query[3], kinds=list(query[4]) or None,
        bases=list(query[5]) or None, municipality=query[6]))
    if params.get("tag"):  # a new result: the remembered one is shared and never changed
        result = replace(result, hops=[h for h in result.hops if params["tag"] in _tags(h)])
    return result


@dataclass
class CountryPart:
    """The first cities' trace of a start found in many cities, and where the start is found."""

    result: TraceResult
    cities: list[str]  # every city where the start is found, in the order a trace meets them
    traced: list[str]  # the first of them, whose hops ``result`` holds
    spread: dict[str | None, Counter[str]] | None  # an item's stating flows per city and kind


def run_country_trace(store: GraphStore, params: Mapping[str, Any]) -> CountryPart | None:
    """For a start found in more than CITIES_TRACED_WHOLE cities when no city is chosen: its first cities'
    trace; None when the whole answer is the page's (a city chosen, or a start in few cities).

    Raises TadoriError (NotFound) for a start that names nothing known.
    """
    if params["municipality"]:
        return None
    item, direction = params["item"], params["direction"]
    cities = remembered(store, ("cities", item, direction), lambda: start_cities(store, item, direction=direction))
    if len(cities) <= CITIES_TRACED_WHOLE:
        return None
    query = (item, direction, params["mode"], params["as_of"] or None, tuple(params["kind"]),
             tuple(params["basis"]))
    result, traced = remembered(store, ("trace by cities", *query), lambda: trace_cities(
        store, item, cities, hops_wanted=MAX_GRID_ROWS, max_cities=MAX_CITIES_TRACED, direction=direction,
        mode=query[2], as_of=query[3], kinds=list(query[4]) or None, bases=list(query[5]) or None))
    if params.get("tag"):
        result = replace(result, hops=[h for h in result.hops if params["tag"] in _tags(h)])
    spread = None
    if result.start_kind == "item":
        spread = remembered(store, ("spread", item), lambda: item_spread(store, item))
    return CountryPart(result, cities, traced, spread)


def country_summary(part: CountryPart, shown: int, lang: str) -> str:
    """What the page shows of a start found in many cities, and how to get the rest, in one sentence."""
    result = part.result
    spread = ""
    if part.spread:
        busiest = sorted(part.spread.items(), key=lambda pair: -sum(pair[1].values()))[:5]
        spread = t("trace.country.spread", lang).format(
            flows=sum(sum(kinds.values()) for kinds in part.spread.values()),
            busiest="、".join(f"{city} {sum(kinds.values())}" for city, kinds in busiest))
    names = "、".join(part.traced[:3]) + ("…" if len(part.traced) > 3 else "")
    return t("trace.country", lang).format(
        matched="、".join(result.matched_items) or result.start, cities=len(part.cities), spread=spread,
        traced=len(part.traced), names=names, hops=len(result.hops), shown=shown)


def _tags(hop: Hop) -> list[str]:
    return list(getattr(hop, "sensitivity", None) or tags_of(hop.items))


def error_message(error: TadoriError, language: str = "ja") -> str:
    """A user's mistake in the page's language: what was not found, the nearest names, the accepted values."""
    if isinstance(error, NotFound):
        text = t("error.not_found", language).format(name=error.name)
        suggestions = error.suggestions
    elif isinstance(error, UnknownValue):
        text = t("error.unknown_value", language).format(name=error.value)
        suggestions = error.suggestions
        text += " " + t("error.accepted", language).format(accepted="、".join(error.accepted))
    else:
        return str(error)
    if suggestions:
        text += " " + t("error.suggestions", language).format(suggestions="、".join(suggestions))
    return text


def trace_metadata(params: Mapping[str, Any]) -> dict[str, Any]:
    """The query an export states: the view's parameters without the purely visual ones."""
    query = {k: params.get(k) for k in ("item", "direction", "mode", "as_of", "kind", "basis", "municipality",
                                        "tag")}
    return query_metadata(query)


def _review_text(review: dict[str, Any], language: str) -> str:
    """Machine-read, or what a person did and who: 「追加（佐藤）」."""
    status = t(f"review.status.{review.get('status') or 'machine'}", language)
    return f"{status}（{review['reviewer']}）" if review.get("reviewer") else status


def hop_row(hop: Hop, language: str = "ja") -> dict[str, Any]:
    """One grid row: page text for every name, so the hop can be read without the canvas."""
    source = hop.sources[0] if hop.sources else hop.provenance
    return {
        "flow_id": hop.flow_id,
        "depth": hop.depth,
        "status": t(f"status.{hop.status}", language),
        "review": _review_text(hop.review, language),
        "source_department": hop.source.get("department"),
        "source_business": hop.source.get("business") or hop.source.get("name"),
        "recipient_department": hop.recipient.get("department"),
        "recipient_business": hop.recipient.get("business"),
        "recipient_external": hop.recipient.get("external"),
        "kind": t(f"kind.{hop.kind}", language),
        "basis": t(f"basis.{hop.basis}", language),
        "basis_code": hop.basis,
        "basis_text": hop.basis_text,
        "start_date": hop.start_date or t("undated", language),
        "items": "、".join(hop.items),
        "sensitivity": "、".join(t(f"tag.{tag}", language) for tag in _tags(hop)),
        "council_cases": "、".join(c.get("title") or "" for c in hop.council_cases),
        "cases": hop.council_cases,
        "document": source.get("document"),
        "document_id": source.get("document_id"),
        "line": source.get("line"),
        "quote": source.get("quote"),
        "municipality": hop.municipality,
        # Each field and the lines that state it: the basis may come from another line than the one shown.
        "field_lines": {name: [{k: c.get(k) for k in ("document", "document_id", "line")} for c in cited]
                        for name, cited in (getattr(hop, "field_lines", None) or {}).items()},
    }


def node_card(store: GraphStore, node_id: str) -> dict[str, Any] | None:
    """What the card of a clicked node lists: department, items, registrations, council cases."""
    node = store.node(node_id)
    if node is None:
        return None
    flow_ids = {f.id for f in store.out_flows(node_id)} | {f.id for f in store.in_flows(node_id)}
    cases = [c for c in store.cases(node.municipality) if flow_ids & set(c.flow_ids)]
    registrations = []
    try:
        registrations = [(r, doc) for r, doc in store.registrations()
                         if r.business == node.name and (r.municipality in (None, node.municipality))]
    except TadoriError:  # a store without records answers the graph only
        registrations = []
    return {
        "id": node.id,
        "name": node.name,
        "label": node.label,
        "municipality": node.municipality,
        "departments": node.departments or ([node.department] if node.department else []),
        "items": list(node.items),
        "abolished": node.abolished,
        "registrations": [{"action": r.action, "date": r.date, "items": r.items_added, "document_id": doc,
                           "line": r.line} for r, doc in registrations],
        "cases": [{"id": c.id, "title": c.title, "date": c.date, "decision": c.decision} for c in cases],
        "flows_out": len(store.out_flows(node_id)),
        "flows_in": len(store.in_flows(node_id)),
    }
