"""The Trace page: ``/trace?item=DV情報等`` draws the hops of an item and lists them below."""

from __future__ import annotations

from typing import Any

import dash
import dash_ag_grid as dag
import dash_cytoscape as cyto
from dash import Input, Output, State, callback, dcc, html

from tadori.errors import TadoriError
from tadori.queries.trace import Hop, trace

from ..elements import BASIS_COLOURS, STYLESHEET, trace_elements
from ..messages import t
from ..state import get_store

_COLUMNS = ("depth", "status", "source_department", "source_business", "recipient_department",
            "recipient_business", "recipient_external", "kind", "basis", "basis_text", "start_date", "items",
            "document", "line")


def hop_row(hop: Hop, language: str = "ja") -> dict[str, Any]:
    """One grid row: page text for every name, so the hop can be read without the canvas."""
    return {
        "flow_id": hop.flow_id,
        "depth": hop.depth,
        "status": t(f"status.{hop.status}", language),
        "source_department": hop.source.get("department"),
        "source_business": hop.source.get("business") or hop.source.get("name"),
        "recipient_department": hop.recipient.get("department"),
        "recipient_business": hop.recipient.get("business"),
        "recipient_external": hop.recipient.get("external"),
        "kind": t(f"kind.{hop.kind}", language),
        "basis": t(f"basis.{hop.basis}", language),
        "basis_text": hop.basis_text,
        "start_date": hop.start_date or t("undated", language),
        "items": "、".join(hop.items),
        "document": hop.provenance.get("document"),
        "line": hop.provenance.get("line"),
        "quote": hop.provenance.get("quote"),
    }


def _legend() -> html.Div:
    return html.Div([html.Span(t("trace.legend") + ": ", className="legend-title")] + [
        html.Span([html.Span(className="legend-swatch", style={"backgroundColor": colour}), t(f"basis.{basis}")],
                  className="legend-entry", id=f"legend-{basis}")
        for basis, colour in BASIS_COLOURS.items()
    ], className="legend")


def layout(item: str | None = None, direction: str = "downstream", mode: str = "both", as_of: str | None = None,
           **_: Any) -> html.Div:
    return html.Div([
        html.Div([
            html.Label([t("trace.item"), dcc.Input(id="trace-item", value=item or "", debounce=True,
                                                   placeholder=t("trace.item.placeholder"))]),
            html.Label([t("trace.direction"), dcc.RadioItems(id="trace-direction", value=direction, inline=True,
                                                             options=[{"label": t("trace.downstream"),
                                                                       "value": "downstream"},
                                                                      {"label": t("trace.upstream"),
                                                                       "value": "upstream"}])]),
            html.Label([t("trace.mode"), dcc.RadioItems(id="trace-mode", value=mode, inline=True,
                                                        options=[{"label": t("trace.mode.confirmed"),
                                                                  "value": "confirmed"},
                                                                 {"label": t("trace.mode.both"), "value": "both"}])]),
            html.Label([t("trace.as_of"), dcc.Input(id="trace-as-of", type="date", value=as_of or "")]),
        ], className="controls"),
        html.Div(id="trace-message", className="message"),
        _legend(),
        cyto.Cytoscape(id="trace-graph", elements=[], stylesheet=STYLESHEET, layout={"name": "preset"},
                       style={"width": "100%", "height": "520px"}, minZoom=0.2, maxZoom=3),
        html.Div(t("trace.click_edge"), id="trace-provenance", className="provenance"),
        html.H2(t("trace.hops")),
        dag.AgGrid(id="trace-hops", rowData=[], className="ag-theme-alpine",
                   columnDefs=[{"field": c, "headerName": t(f"col.{c}"), "filter": True, "sortable": True}
                               for c in _COLUMNS],
                   defaultColDef={"resizable": True, "wrapText": True, "autoHeight": True},
                   dashGridOptions={"rowSelection": {"mode": "singleRow"}}, style={"height": "420px"}),
    ], className="page trace-page")


dash.register_page(__name__, path="/trace", name=t("nav.trace"), title=t("app.title"), layout=layout)


@callback(
    Output("trace-graph", "elements"),
    Output("trace-hops", "rowData"),
    Output("trace-message", "children"),
    Input("trace-item", "value"),
    Input("trace-direction", "value"),
    Input("trace-mode", "value"),
    Input("trace-as-of", "value"),
)
def update_trace(item: str, direction: str, mode: str, as_of: str | None):
    if not item:
        return [], [], ""
    try:
        result = trace(get_store(), item, direction=direction, mode=mode, as_of=as_of or None)
    except TadoriError as error:
        return [], [], str(error)
    message = "" if result.hops else t("trace.empty")
    return trace_elements(result), [hop_row(h) for h in result.hops], message


@callback(
    Output("trace-provenance", "children"),
    Input("trace-graph", "tapEdgeData"),
    State("trace-hops", "rowData"),
    prevent_initial_call=True,
)
def show_provenance(edge: dict[str, Any] | None, rows: list[dict[str, Any]] | None):
    if not edge or not rows:
        return dash.no_update
    row = next((r for r in rows if r["flow_id"] == edge["id"]), None)
    if row is None:
        return dash.no_update
    return html.Div([
        html.H3(t("trace.provenance")),
        html.Dl([
            html.Dt(t("col.document")), html.Dd(row["document"], id="provenance-document"),
            html.Dt(t("col.line")), html.Dd(str(row["line"]), id="provenance-line"),
            html.Dt(t("col.quote")), html.Dd(row["quote"], id="provenance-quote"),
            html.Dt(t("col.basis")), html.Dd(f"{row['basis']} {row['basis_text'] or ''}".strip()),
            html.Dt(t("col.start_date")), html.Dd(row["start_date"]),
        ]),
    ])
