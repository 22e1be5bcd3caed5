"""Trace page exports: the drawn graph as SVG/PNG, the answer as GraphML, CSV, XLSX, Mermaid, JSON.

Files are made by :mod:`tadori.dashboard.exports`; the browser only supplies what only it has,
the drawing, with a title above and the legend below (``assets/trace_images.js``): PNG drawn on
a canvas from cytoscape's ``cy.png()``, SVG around cytoscape-svg's ``cy.svg()``; the server adds the query.
"""

from __future__ import annotations

import base64
from typing import Any

import dash
from dash import ClientsideFunction, Input, Output, State, callback, clientside_callback, ctx, dcc, html

from tadori.errors import TadoriError

from ..exports import png_with_metadata, svg_with_metadata, to_csv, to_graphml, to_json, to_mermaid, to_xlsx
from ..messages import t
from ..state import get_store
from ..trace_view import CONTROL_IDS, controls_params, run_trace, trace_metadata

_STATES = [State(*c) for c in CONTROL_IDS]
_FORMATS = ("graphml", "csv", "xlsx", "mermaid", "json")


def export_bar(lang: str) -> html.Div:
    """The export buttons and the download they feed."""
    buttons = [html.Button(t("export.svg", lang), id="trace-export-svg", className="export"),
               html.Button(t("export.png", lang), id="trace-export-png", className="export")]
    buttons += [html.Button(t(f"export.{f}", lang), id=f"trace-export-{f}", className="export") for f in _FORMATS]
    return html.Div([html.Span(t("export.title", lang) + ":", className="export-title"), *buttons,
                     dcc.Download(id="trace-download"), dcc.Store(id="trace-svg"), dcc.Store(id="trace-png")],
                    className="export-bar")


def _filename(params: dict[str, Any], suffix: str) -> str:
    stem = params["item"] or "trace"
    if params.get("as_of"):
        stem += f"_{params['as_of']}"
    return f"tadori-trace_{stem}.{suffix}"


@callback(Output("trace-download", "data"), *[Input(f"trace-export-{f}", "n_clicks") for f in _FORMATS],
          *_STATES, prevent_initial_call=True)
def export_data(*values: Any):
    params = controls_params(*values[len(_FORMATS):])
    if not params["item"]:
        return dash.no_update
    try:
        result = run_trace(get_store(), params)
    except TadoriError:
        return dash.no_update
    meta = trace_metadata(params)
    fmt = str(ctx.triggered_id).removeprefix("trace-export-")
    if fmt == "graphml":
        return dcc.send_bytes(to_graphml(result, meta), _filename(params, "graphml"))
    if fmt == "xlsx":
        return dcc.send_bytes(to_xlsx(result, meta), _filename(params, "xlsx"))
    if fmt == "csv":
        return dcc.send_string(to_csv(result, meta), _filename(params, "csv"))
    if fmt == "mermaid":
        return dcc.send_string(to_mermaid(result, meta), _filename(params, "mmd"))
    return dcc.send_string(to_json(result, meta), _filename(params, "json"))


# The browser draws the image with a title and the legend (assets/trace_images.js); the server adds the query.
clientside_callback(ClientsideFunction(namespace="tadori_images", function_name="png"),
                    Output("trace-png", "data"), Input("trace-export-png", "n_clicks"), State("trace-graph", "id"),
                    prevent_initial_call=True)


@callback(Output("trace-download", "data", allow_duplicate=True), Input("trace-png", "data"), *_STATES,
          prevent_initial_call=True)
def export_png(image: str | None, *values: Any):
    if not image:
        return dash.no_update
    params = controls_params(*values)
    png = base64.b64decode(image.split(",", 1)[-1])
    return dcc.send_bytes(png_with_metadata(png, trace_metadata(params)), _filename(params, "png"))


# cytoscape-svg's cy.svg() is reached through the container's cytoscape registry; assets/trace_images.js
# puts the title above it and the legend below.
clientside_callback(ClientsideFunction(namespace="tadori_images", function_name="svg"),
                    Output("trace-svg", "data"), Input("trace-export-svg", "n_clicks"), State("trace-graph", "id"),
                    prevent_initial_call=True)


@callback(Output("trace-download", "data", allow_duplicate=True), Input("trace-svg", "data"), *_STATES,
          prevent_initial_call=True)
def export_svg(svg: str | None, *values: Any):
    if not svg:
        return dash.no_update
    params = controls_params(*values)
    text = svg_with_metadata(svg, trace_metadata(params), title=f"Tadori: {params['item']}")
    return dcc.send_string(text, _filename(params, "svg"), type="image/svg+xml")
