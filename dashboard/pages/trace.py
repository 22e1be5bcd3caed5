"""The Trace page: ``/trace?item=DV情報等`` draws the hops of an item and lists them below.

The URL holds the whole view (controls, depth, expanded nodes, collapsed departments, focus):
controls write it with ``dcc.Location(refresh=False)``, which changes the address without
re-rendering; back and forward re-render the page from the address through Dash's router.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import dash
import dash_ag_grid as dag
import dash_cytoscape as cyto
from dash import ClientsideFunction, Input, Output, State, callback, clientside_callback, ctx, dcc, html

from tadori.errors import TadoriError
from tadori.queries.sensitivity import TAGS

from ..controls import basis_options, dropdown, grid_texts, kind_options, municipality_options, search_options
from ..elements import MIN_ZOOM, STYLESHEET, highlight_stylesheet, trace_elements, visible_hops
from ..legend import graph_legend
from ..limits import MAX_DRAWN_HOPS, MAX_GRID_ROWS, capped
from ..messages import t
from ..state import get_store
from ..trace_view import (
    CONTROL_IDS,
    GRID_COLUMNS,
    GRID_WIDTHS,
    controls_params,
    country_summary,
    error_message,
    hop_row,
    run_country_trace,
    run_trace,
    trace_params,
    trace_search,
)
from . import trace_details, trace_exports  # noqa: F401  (their callbacks register on import)

cyto.load_extra_layouts()  # the extra bundle carries cytoscape-svg, which the SVG export needs

# Every control is an Input except the language, which only changes with the page.
_CONTROLS = [Input(*c) for c in CONTROL_IDS[:-1]] + [State(*CONTROL_IDS[-1])]


def _radio(id_: str, value: str, options: list[tuple[str, str]], lang: str) -> dcc.RadioItems:
    return dcc.RadioItems(id=id_, value=value, inline=True, options=[{"label": t(k, lang), "value": v}
                                                                     for k, v in options])


def _controls(p: dict[str, Any], lang: str) -> html.Div:
    store = get_store()
    return html.Div([
        html.Label([t("trace.item", lang), dropdown(lang,
            id="trace-item", value=p["item"] or None, options=search_options(store, p["item"], lang, keep=p["item"]),
            placeholder=t("trace.item.placeholder", lang), searchable=True, clearable=True,
            className="item-dropdown")], className="wide"),
        html.Label([t("trace.direction", lang), _radio("trace-direction", p["direction"], [
            ("trace.downstream", "downstream"), ("trace.upstream", "upstream")], lang)]),
        html.Label([t("trace.mode", lang), _radio("trace-mode", p["mode"], [
            ("trace.mode.confirmed", "confirmed"), ("trace.mode.both", "both")], lang)]),
        html.Label([t("trace.as_of", lang), dcc.Input(id="trace-as-of", type="date", value=p["as_of"],
                                                        className="date-input")]),
        html.Label([t("filter.kind", lang), dropdown(lang, id="trace-kind", multi=True, value=p["kind"],
                                                         options=kind_options(lang))], className="filter"),
        html.Label([t("filter.basis", lang), dropdown(lang, id="trace-basis", multi=True, value=p["basis"],
                                                          options=basis_options(lang))], className="filter"),
        html.Label([t("filter.municipality", lang), dropdown(lang,
            id="trace-municipality", value=p["municipality"] or None, options=municipality_options(store))],
            className="filter"),
        html.Label([t("filter.tag", lang), dropdown(lang,
            id="trace-tag", value=p["tag"] or None,
            options=[{"label": t(f"tag.{tag}", lang), "value": tag} for tag in TAGS if tag != "ordinary"])],
            className="filter"),
        html.Label([t("trace.depth", lang), dcc.Input(id="trace-depth", type="number", min=1, max=99, step=1,
                                                      value=p["depth"], debounce=True, style={"width": "4em"})]),
    ], className="controls")


def layout(lang: str = "ja", **query: Any) -> html.Div:
    p = trace_params({**query, "lang": lang})
    view = {"focus": p["focus"], "expand": p["expand"], "collapse": p["collapse"]}
    # The cited columns (document, line) stay in view at the right edge however wide the table scrolls.
    grid_columns = [{"field": c, "headerName": t(f"col.{c}", lang), "filter": True, "sortable": True,
                     **GRID_WIDTHS.get(c, {}), **({"pinned": "right"} if c in ("document", "line") else {})}
                    for c in GRID_COLUMNS]
    return html.Div([
        dcc.Location(id="trace-url", refresh=False),
        dcc.Store(id="trace-lang", data=lang),
        dcc.Store(id="trace-view", data=view),
        dcc.Store(id="trace-refreshed"),
        _controls(p, lang),
        html.Div(id="trace-message", className="message"),
        html.Div(id="trace-summary", className="summary"),
        graph_legend(lang),
        html.Div([
            html.Button(t("trace.expand", lang), id="trace-expand", className="tool"),
            html.Button(t("trace.collapse", lang), id="trace-collapse", className="tool"),
            html.Button(t("trace.focus", lang), id="trace-focus", className="tool"),
            html.Button(t("trace.reset", lang), id="trace-reset", className="tool"),
            html.Span(t("trace.tools.help", lang), className="hint"),
            dcc.Store(id="trace-blurred"),
        ], className="toolbar"),
        html.Div([
            cyto.Cytoscape(id="trace-graph", elements=[], stylesheet=STYLESHEET, layout={"name": "preset"},
                           style={"width": "100%", "height": "560px"}, minZoom=MIN_ZOOM, maxZoom=3,
                           boxSelectionEnabled=False),
            html.Aside([html.Div(t("trace.click_node", lang), id="trace-card", className="card"),
                        html.Div(t("trace.click_edge", lang), id="trace-provenance", className="provenance")],
                       className="side"),
        ], className="graph-row"),
        trace_exports.export_bar(lang),
        html.H2(t("trace.hops", lang)),
        dag.AgGrid(id="trace-hops", rowData=[], columnDefs=grid_columns, className="ag-theme-alpine",
                   getRowId="params.data.flow_id",
                   defaultColDef={"resizable": True, "minWidth": 90},
                   dashGridOptions={"rowSelection": {"mode": "singleRow", "enableClickSelection": True},
                                    "animateRows": False, "localeText": grid_texts(lang)},
                   style={"height": "440px"}),
    ], className="page trace-page")


dash.register_page(__name__, path="/trace", name="trace", title="Tadori — trace", layout=layout, order=0)


@callback(Output("trace-graph", "elements"), Output("trace-hops", "rowData"), Output("trace-message", "children"),
          Output("trace-summary", "children"), *_CONTROLS)
def update_trace(*values: Any):
    p = controls_params(*values)
    lang = p["lang"]
    if not p["item"]:
        return [], [], t("trace.start_hint", lang), ""
    try:
        country = run_country_trace(get_store(), p)
        result = country.result if country is not None else run_trace(get_store(), p)
    except TadoriError as error:
        return [], [], error_message(error, lang), ""
    # A focus left over from another start names no node of this answer: show the whole answer instead.
    focus = p["focus"] if p["focus"] in set(result.node_ids()) else None
    visible, _ = visible_hops(result, p["depth"], p["expand"], focus)
    notes = []
    drawn = result
    if len(visible) > MAX_DRAWN_HOPS:  # a whole country's answer: draw its first hops (breadth first), say so
        drawn = replace(result, hops=visible[:MAX_DRAWN_HOPS])
    elements = trace_elements(drawn, depth=p["depth"], expanded=p["expand"], collapsed=p["collapse"],
                              focus=focus, language=lang)
    shown = sum(1 for e in elements if "source" in e["data"])
    if drawn is not result:
        notes.append(t("graph.capped", lang).format(shown=shown, total=len(visible)))
    if country is not None:
        summary = country_summary(country, shown, lang)
    else:
        summary = t("trace.summary", lang).format(hops=len(result.hops), shown=shown,
                                                  nodes=len(result.node_ids()) - len(result.start_ids),
                                                  matched="、".join(result.matched_items) or p["item"])
    cities = result.by_municipality()
    if country is None and len(cities) > 1:  # one name, several cities: each shown apart, and said so
        summary += " " + t("trace.by_municipality", lang).format(
            cities="、".join(f"{city} {len(hops)}" for city, hops in cities.items()))
    hops, grid_note = capped(result.hops, MAX_GRID_ROWS, lang)
    message = " ".join([*notes, grid_note]).strip() if result.hops else t("trace.empty", lang)
    return elements, [hop_row(h, lang) for h in hops], message, summary


# A toolbar button acts on the graph: give the keyboard focus back to the page, not the button.
clientside_callback(
    "function () { if (document.activeElement && document.activeElement.classList.contains('tool')) "
    "{ document.activeElement.blur(); } return window.dash_clientside.no_update; }",
    Output("trace-blurred", "data"), Input("trace-expand", "n_clicks"), Input("trace-collapse", "n_clicks"),
    Input("trace-focus", "n_clicks"), Input("trace-reset", "n_clicks"), prevent_initial_call=True)

clientside_callback(ClientsideFunction(namespace="tadori", function_name="refreshGraph"),
                    Output("trace-refreshed", "data"), Input("trace-graph", "elements"), State("trace-graph", "id"))


@callback(Output("trace-url", "search"), *_CONTROLS, prevent_initial_call=True)
def update_url(*values: Any) -> str:
    return trace_search(controls_params(*values))


@callback(Output("trace-item", "options"), Input("trace-item", "search_value"), State("trace-item", "value"),
          State("trace-lang", "data"), prevent_initial_call=True)
def item_options(text: str | None, value: str | None, lang: str):
    if not text:
        return dash.no_update
    return search_options(get_store(), text, lang, keep=value)


@callback(Output("trace-view", "data"), Input("trace-expand", "n_clicks"), Input("trace-collapse", "n_clicks"),
          Input("trace-focus", "n_clicks"), Input("trace-reset", "n_clicks"), State("trace-graph", "tapNodeData"),
          State("trace-view", "data"), prevent_initial_call=True)
def change_view(_e, _c, _f, _r, node: dict[str, Any] | None, view: dict[str, Any] | None):
    view = dict(view or {})
    action = ctx.triggered_id
    if action == "trace-reset":
        return {"focus": "", "expand": [], "collapse": []}
    if not node:
        return dash.no_update
    if action == "trace-expand":
        view["expand"] = sorted(set(view.get("expand") or []) | {node["id"]})
    elif action == "trace-focus":
        view["focus"] = "" if view.get("focus") == node["id"] else node["id"]
    elif action == "trace-collapse":
        group = node["id"] if node.get("group") else node.get("parent")
        if not group:
            return dash.no_update
        collapsed = set(view.get("collapse") or [])
        view["collapse"] = sorted(collapsed ^ {group})
    return view


@callback(Output("trace-view", "data", allow_duplicate=True), Input("trace-item", "value"),
          Input("trace-direction", "value"), prevent_initial_call=True)
def reset_view(_item: str | None, _direction: str):
    # Expanded, collapsed and focused nodes belong to the answer they were chosen in.
    return {"focus": "", "expand": [], "collapse": []}


@callback(Output("trace-view", "data", allow_duplicate=True), Input("trace-graph", "tapNodeData"),
          State("trace-view", "data"), prevent_initial_call=True)
def open_on_tap(node: dict[str, Any] | None, view: dict[str, Any] | None):
    """A tap opens what a box hides: the further hops of a node marked ＋N, the members of a folded department."""
    view = dict(view or {})
    if not node:
        return dash.no_update
    if node.get("group") and node["id"] in (view.get("collapse") or []):
        view["collapse"] = [g for g in view["collapse"] if g != node["id"]]
        return view
    if node.get("hidden") and node["id"] not in (view.get("expand") or []):
        view["expand"] = sorted(set(view.get("expand") or []) | {node["id"]})
        return view
    return dash.no_update


@callback(Output("trace-hops", "selectedRows"), Input("trace-graph", "tapEdgeData"), prevent_initial_call=True)
def select_row(edge: dict[str, Any] | None):
    return {"ids": [edge.get("flow_id") or edge["id"]]} if edge else dash.no_update


@callback(Output("trace-graph", "stylesheet"), Input("trace-hops", "selectedRows"))
def highlight(rows: list[dict[str, Any]] | None):
    return highlight_stylesheet([r["flow_id"] for r in rows or [] if isinstance(r, dict) and "flow_id" in r])
