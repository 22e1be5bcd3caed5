"""The Exposure page: how far the data of a business, department, item or city has spread.

``/exposure?target=住民基本台帳業務&as_of=2014-03-31`` — counts in words and numbers, the
cumulative curve by fiscal year, the breakdown by basis and kind, a Sankey of departments,
and the hops on the weakest basis, each with its source line. A target found in many cities of a national
store (DV情報等, 住民基本台帳業務) with no city chosen is answered with where it is found, and a city to
choose: its fiscal-year curve alone re-traces the whole country once a year.
"""

from __future__ import annotations

from typing import Any

import dash
from dash import Input, Output, State, callback, ctx, dcc, html

from tadori.errors import TadoriError
from tadori.queries.country import item_spread, start_cities
from tadori.queries.exports import download_name, query_metadata, svg_with_metadata
from tadori.queries.exports_tables import exposure_csv, exposure_json, exposure_xlsx
from tadori.queries.exposure import ExposureResult, exposure
from tadori.queries.resolve import municipality_names

from ..answers import remembered
from ..charts import breakdown_figure, cumulative_figure, sankey_figure
from ..controls import basis_options, dropdown, kind_options, municipality_options, search_options
from ..limits import MAX_SANKEY_LINKS, MAX_TABLE_ROWS, capped
from ..messages import t
from ..state import get_store
from ..trace_view import CITIES_TRACED_WHOLE, error_message
from ..urls import build_search, split_list
from .trace_details import document_href

_CONTROLS = [Input("exposure-target", "value"), Input("exposure-as-of", "value"), Input("exposure-kind", "value"),
             Input("exposure-basis", "value"), Input("exposure-municipality", "value"),
             Input("exposure-mode", "value"), State("exposure-lang", "data")]
_REACH = ("businesses", "departments", "external_parties", "contractors")


def _params(target, as_of, kinds, bases, municipality, mode, lang) -> dict[str, Any]:
    return {"target": target or "", "as_of": as_of or "", "kind": kinds or [], "basis": bases or [],
            "municipality": municipality or "", "mode": mode or "confirmed", "lang": lang or "ja"}


def _run(p: dict[str, Any]) -> ExposureResult:
    store = get_store()
    key = ("exposure", p["target"], p["as_of"], tuple(p["kind"]), tuple(p["basis"]), p["municipality"], p["mode"])
    return remembered(store, key, lambda: exposure(
        store, p["target"], as_of=p["as_of"] or None, kinds=p["kind"] or None, bases=p["basis"] or None,
        municipality=p["municipality"] or None, mode=p["mode"]))


def _meta(p: dict[str, Any]) -> dict[str, Any]:
    return query_metadata({k: p[k] for k in ("target", "as_of", "kind", "basis", "municipality", "mode")})


def layout(lang: str = "ja", target: str = "", as_of: str = "", kind: str = "", basis: str = "",
           municipality: str = "", mode: str = "confirmed", **_: Any) -> html.Div:
    store = get_store()
    label = html.Label
    return html.Div([
        dcc.Location(id="exposure-url", refresh=False),
        dcc.Store(id="exposure-lang", data=lang),
        html.P(t("exposure.intro", lang), className="intro"),
        html.Div([
            label([t("exposure.target", lang), dropdown(lang,
                id="exposure-target", value=target or None, searchable=True, clearable=True,
                placeholder=t("exposure.target.placeholder", lang), className="item-dropdown",
                options=search_options(store, target, lang, keep=target or None, municipalities=True))],
                className="wide"),
            label([t("trace.as_of", lang), dcc.Input(id="exposure-as-of", type="date", value=as_of,
                                                     className="date-input")]),
            label([t("filter.kind", lang), dropdown(lang, id="exposure-kind", multi=True, value=split_list(kind),
                                                        options=kind_options(lang))], className="filter"),
            label([t("filter.basis", lang), dropdown(lang, id="exposure-basis", multi=True, value=split_list(basis),
                                                         options=basis_options(lang))], className="filter"),
            label([t("filter.municipality", lang), dropdown(lang, id="exposure-municipality",
                                                            value=municipality or None,
                                                            options=municipality_options(store))],
                  className="filter"),
            label([t("trace.mode", lang), dcc.RadioItems(id="exposure-mode", value=mode, inline=True, options=[
                {"label": t("trace.mode.confirmed", lang), "value": "confirmed"},
                {"label": t("trace.mode.both", lang), "value": "both"}])]),
        ], className="controls"),
        html.Div(id="exposure-message", className="message"),
        html.Div(id="exposure-summary", className="summary-text"),
        html.Div(id="exposure-counts", className="counts"),
        html.Div([
            dcc.Graph(id="exposure-curve", config={"displaylogo": False}, className="chart"),
            dcc.Graph(id="exposure-breakdown", config={"displaylogo": False}, className="chart"),
            dcc.Graph(id="exposure-sankey", config={"displaylogo": False}, className="chart wide-chart"),
        ], className="charts"),
        html.H2(t("exposure.weakest", lang)),
        html.Div(id="exposure-weakest"),
        html.Div([
            html.Span(t("export.title", lang) + ":", className="export-title"),
            dropdown(lang, id="exposure-chart", value="curve", clearable=False, className="chart-choice",
                         options=[{"label": t(f"exposure.chart.{c}", lang), "value": c}
                                  for c in ("curve", "breakdown", "sankey")]),
            *[html.Button(t(f"export.{key}", lang), id=f"exposure-export-{f}", className="export")
              for key, f in (("chart_png", "png"), ("chart_svg", "svg"), ("csv", "csv"), ("xlsx", "xlsx"),
                             ("json", "json"))],
            dcc.Download(id="exposure-download"),
        ], className="export-bar"),
    ], className="page exposure-page")


dash.register_page(__name__, path="/exposure", name="exposure", title="Tadori — exposure", layout=layout, order=1)


def _counts(result: ExposureResult, lang: str) -> html.Table:
    head = html.Tr([html.Th("")] + [html.Th(t(f"exposure.{k}", lang)) for k in _REACH])
    total = f"（{t('exposure.all_cities', lang)}）" if result.by_municipality else ""
    rows = [html.Tr([html.Th(t(f"exposure.{scope}", lang) + total)]
                    + [html.Td(str(getattr(result, scope).counts()[k]), id=f"exposure-{scope}-{k}") for k in _REACH])
            for scope in ("direct", "transitive")]
    # A name found in several cities: each city's own counts, never only their sum.
    rows += [html.Tr([html.Th(f"{city} — {t(f'exposure.{scope}', lang)}")]
                     + [html.Td(str(getattr(answer, scope).counts()[k])) for k in _REACH],
                     className="city-row")
             for city, answer in result.by_municipality.items() for scope in ("direct", "transitive")]
    return html.Table([html.Thead(head), html.Tbody(rows)], className="counts-table", id="exposure-counts-table")


def _weakest(result: ExposureResult, lang: str) -> html.Div:
    if not result.weakest_hops:
        return html.Div("—")
    rows = []
    weakest, note = capped(result.weakest_hops, MAX_TABLE_ROWS, lang)
    for hop in weakest:
        source = hop.sources[0] if hop.sources else hop.provenance
        href = document_href(source.get("document_id"), source.get("line"), lang)
        recipient = hop.recipient.get("business") or hop.recipient.get("external") or hop.recipient.get("name")
        rows.append(html.Tr([
            html.Td(hop.source.get("business") or hop.source.get("name")), html.Td(recipient),
            html.Td(t(f"kind.{hop.kind}", lang)), html.Td(hop.basis_text or t(f"basis.{hop.basis}", lang)),
            html.Td(hop.start_date or t("undated", lang)),
            html.Td(dcc.Link(f"{source.get('document')}:{source.get('line')}", href=href) if href else "—"),
        ]))
    head = html.Tr([html.Th(t(k, lang)) for k in ("col.source_business", "col.recipient_business", "col.kind",
                                                   "col.basis", "col.start_date", "col.line")])
    caption = t("exposure.weakest_basis", lang).format(basis=t(f"basis.{result.weakest_basis}", lang))
    return html.Div([html.P(caption), html.Table([html.Thead(head), html.Tbody(rows)], className="data-table"),
                     html.P(note, className="hint") if note else None])


def _biggest_links(result: ExposureResult) -> list:
    """The Sankey's widest links only: a thousand thin ones draw as noise and stall the browser."""
    links = sorted(result.sankey, key=lambda link: -(link.get("count") or 0))
    return links[:MAX_SANKEY_LINKS]


@callback(Output("exposure-summary", "children"), Output("exposure-counts", "children"),
          Output("exposure-curve", "figure"), Output("exposure-breakdown", "figure"),
          Output("exposure-sankey", "figure"), Output("exposure-weakest", "children"),
          Output("exposure-message", "children"), *_CONTROLS)
def update_exposure(*values: Any):
    p = _params(*values)
    lang = p["lang"]
    empty = cumulative_figure([], lang), breakdown_figure({}, {}, lang), sankey_figure([], lang)
    if not p["target"]:
        return "", "", *empty, "", t("exposure.start_hint", lang)
    try:
        country = _country(p)
        if country:
            return "", "", *empty, "", country
        result = _run(p)
    except TadoriError as error:
        return "", "", *empty, "", error_message(error, lang)
    reach = result.transitive.counts()
    summary = t("exposure.sentence", lang).format(
        target=p["target"], flows=len(result.hops), businesses=reach["businesses"], departments=reach["departments"],
        external=reach["external_parties"] + reach["contractors"], direct=result.direct.counts()["businesses"])
    if result.by_municipality:
        summary += " " + t("trace.by_municipality", lang).format(
            cities="、".join(f"{city} {len(answer.hops)}" for city, answer in result.by_municipality.items()))
    return (summary, _counts(result, lang), cumulative_figure(result.by_fiscal_year, lang),
            breakdown_figure(result.by_basis, result.by_kind, lang), sankey_figure(_biggest_links(result), lang),
            _weakest(result, lang), "" if result.hops else t("trace.empty", lang))


def _country(p: dict[str, Any]) -> str:
    """For a target found in more than CITIES_TRACED_WHOLE cities, no city chosen: where it is found and what
    to do (the sentence the page shows instead of the answer); "" otherwise."""
    store = get_store()
    target, lang = p["target"], p["lang"]
    if p["municipality"] or target in municipality_names(store):
        return ""
    cities = remembered(store, ("cities", target, "downstream"), lambda: start_cities(store, target))
    if len(cities) <= CITIES_TRACED_WHOLE:
        return ""
    spread = remembered(store, ("spread", target), lambda: item_spread(store, target))
    stated = ""
    if spread:  # an item: how many flows state it, and where most do
        busiest = sorted(spread.items(), key=lambda pair: -sum(pair[1].values()))[:5]
        stated = t("trace.country.spread", lang).format(
            flows=sum(sum(kinds.values()) for kinds in spread.values()),
            busiest="、".join(f"{city} {sum(kinds.values())}" for city, kinds in busiest))
    return t("exposure.country", lang).format(target=target, cities=len(cities), spread=stated)


@callback(Output("exposure-url", "search"), *_CONTROLS, prevent_initial_call=True)
def update_url(*values: Any) -> str:
    p = _params(*values)
    p["mode"] = None if p["mode"] == "confirmed" else p["mode"]
    p["lang"] = None if p["lang"] == "ja" else p["lang"]
    return build_search(p)


@callback(Output("exposure-target", "options"), Input("exposure-target", "search_value"),
          State("exposure-target", "value"), State("exposure-lang", "data"), prevent_initial_call=True)
def target_options(text: str | None, value: str | None, lang: str):
    if not text:
        return dash.no_update
    return search_options(get_store(), text, lang, keep=value, municipalities=True)


@callback(Output("exposure-download", "data"),
          *[Input(f"exposure-export-{f}", "n_clicks") for f in ("png", "svg", "csv", "xlsx", "json")],
          State("exposure-chart", "value"), *[State(c.component_id, c.component_property) for c in _CONTROLS],
          prevent_initial_call=True)
def export(_png, _svg, _csv, _xlsx, _json, chart: str, *values: Any):
    p = _params(*values)
    if not p["target"]:
        return dash.no_update
    try:
        result = _run(p)
    except TadoriError:
        return dash.no_update
    meta, fmt, stem = _meta(p), str(ctx.triggered_id).removeprefix("exposure-export-"), f"tadori-exposure_{p['target']}"
    if fmt == "csv":
        return dcc.send_string(exposure_csv(result, meta), download_name(stem, "csv"))
    if fmt == "xlsx":
        return dcc.send_bytes(exposure_xlsx(result, meta), download_name(stem, "xlsx"))
    if fmt == "json":
        return dcc.send_string(exposure_json(result, meta), download_name(stem, "json"))
    from tadori.queries.exports import png_with_metadata

    from ..images import figure_image

    lang = p["lang"]
    figure = {"curve": lambda: cumulative_figure(result.by_fiscal_year, lang),
              "breakdown": lambda: breakdown_figure(result.by_basis, result.by_kind, lang),
              "sankey": lambda: sankey_figure(result.sankey, lang)}[chart or "curve"]()
    image = figure_image(figure, fmt)
    if fmt == "svg":
        text = svg_with_metadata(image.decode("utf-8"), meta, title=f"Tadori: {p['target']}")
        return dcc.send_string(text, download_name(f"{stem}_{chart}", "svg"), type="image/svg+xml")
    return dcc.send_bytes(png_with_metadata(image, meta), download_name(f"{stem}_{chart}", "png"))
