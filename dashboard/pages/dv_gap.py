"""The DV gap page: businesses that receive addresses from a DV-flag holder without the flag.

Each business is listed with what it receives, from which holder, and the document lines
that prove both halves: the address flow, and how the holder came to hold the flag. A national store
with no city chosen shows its first cities' gaps (the whole country's are a hundred thousand cards) and
says how to get the rest: a city chosen, or the exports.
"""

from __future__ import annotations

from typing import Any

import dash
from dash import Input, Output, State, callback, ctx, dcc, html

from tadori.graph.protocol import GraphStore
from tadori.queries.dv_gap import DvGapResult, GapRow, dv_gap
from tadori.queries.exports import download_name, query_metadata
from tadori.queries.exports_tables import dv_gap_csv, dv_gap_json, dv_gap_xlsx
from tadori.queries.resolve import municipality_names

from ..answers import remembered
from ..controls import dropdown, municipality_options
from ..limits import MAX_TABLE_ROWS, capped
from ..messages import has_message, t
from ..state import get_store
from ..trace_view import CITIES_TRACED_WHOLE, MAX_CITIES_TRACED
from ..urls import build_search
from .trace_details import document_href

_FORMATS = ("csv", "xlsx", "json")


def layout(lang: str = "ja", municipality: str = "", **_: Any) -> html.Div:
    return html.Div([
        dcc.Location(id="dvgap-url", refresh=False),
        dcc.Store(id="dvgap-lang", data=lang),
        html.P(t("dvgap.intro", lang), className="intro"),
        html.Div([html.Label([t("filter.municipality", lang), dropdown(lang,
            id="dvgap-municipality", value=municipality or None, options=municipality_options(get_store()))],
            className="filter")], className="controls"),
        html.Div(id="dvgap-summary", className="summary-text"),
        html.Div(id="dvgap-rows"),
        html.Div([html.Span(t("export.title", lang) + ":", className="export-title"),
                  *[html.Button(t(f"export.{f}", lang), id=f"dvgap-export-{f}", className="export") for f in _FORMATS],
                  dcc.Download(id="dvgap-download")], className="export-bar"),
    ], className="page dvgap-page")


dash.register_page(__name__, path="/dv-gap", name="dv_gap", title="Tadori — DV gap", layout=layout, order=2)


def _why(why: str, lang: str) -> str:
    key = "why." + why.replace(" ", "_")
    return t(key, lang) if has_message(key) else why


def _line_item(line: dict[str, Any], ids: dict[str, str], lang: str) -> html.Li:
    href = document_href(ids.get(line.get("document") or ""), line.get("line"), lang)
    where = f"{line.get('document')}:{line.get('line')}"
    return html.Li([html.Span(_why(line.get("why") or "", lang), className="why"), " ",
                     dcc.Link(where, href=href) if href else where, " ",
                     html.Q(line.get("quote") or "", className="quote")])


def _is_address_line(line: dict[str, Any]) -> bool:
    return (line.get("why") or "").startswith("provides")


def _gap_card(row: GapRow, ids: dict[str, str], lang: str) -> html.Div:
    recipient = row.recipient
    receives = "、".join(row.address_items) if row.address_items else t("dvgap.whole_data", lang)
    flag_lines = [line for line in row.lines if not _is_address_line(line)]
    return html.Div([
        html.H3([html.Span(recipient.get("department") or "", className="dept"), " ",
                 html.Span(recipient.get("name"), className="gap-business")]),
        html.P([html.B(t("dvgap.receives", lang) + ": "), receives, "　",
                html.B(t("dvgap.from", lang) + ": "), "、".join(h.get("name") or "" for h in row.holders)]),
        # The address flows prove the gap; how each holder came by the flag is evidence one click away.
        html.Ul([_line_item(line, ids, lang) for line in row.lines if _is_address_line(line)], className="lines"),
        html.Details([html.Summary(t("dvgap.flag_lines", lang).format(n=len(flag_lines))),
                      html.Ul([_line_item(line, ids, lang) for line in flag_lines], className="lines")])
        if flag_lines else None,
    ], className="gap-card")


@callback(Output("dvgap-rows", "children"), Output("dvgap-summary", "children"),
          Input("dvgap-municipality", "value"), State("dvgap-lang", "data"))
def update_rows(municipality: str | None, lang: str):
    store = get_store()
    cities = [] if municipality else municipality_names(store)
    note = ""
    if len(cities) > CITIES_TRACED_WHOLE:
        result, traced = remembered(store, ("dv gap by cities",), lambda: _first_cities(store, cities))
        names = "、".join(traced[:3]) + ("…" if len(traced) > 3 else "")
        note = " " + t("dvgap.country", lang).format(cities=len(cities), traced=len(traced), names=names)
    else:
        result = dv_gap(store, municipality=municipality or None)
    ids = {d["name"]: d["id"] for d in store.documents()}
    summary = t("dvgap.summary", lang).format(gaps=len(result.gaps), holders=len(result.holders),
                                             items="、".join(result.dv_items) or "—") + note
    if not result.gaps:
        return html.P(t("dvgap.none", lang)), summary
    rows, left_out = capped(result.gaps, MAX_TABLE_ROWS, lang)
    cards = [_gap_card(row, ids, lang) for row in rows]
    if left_out:
        cards.append(html.P(left_out, className="note"))
    return cards, summary


def _first_cities(store: GraphStore, cities: list[str]) -> tuple[DvGapResult, list[str]]:
    """The gaps of the first cities that fill the page (each city's answer is the country's, restricted to it)."""
    parts: list[DvGapResult] = []
    for city in cities[:MAX_CITIES_TRACED]:
        parts.append(dv_gap(store, municipality=city))
        if sum(len(part.gaps) for part in parts) >= MAX_TABLE_ROWS:
            break
    result = DvGapResult(None, sorted({i for part in parts for i in part.dv_items}),
                         [h for part in parts for h in part.holders], [g for part in parts for g in part.gaps],
                         [o for part in parts for o in part.onward])
    return result, cities[:len(parts)]


@callback(Output("dvgap-url", "search"), Input("dvgap-municipality", "value"), State("dvgap-lang", "data"),
          prevent_initial_call=True)
def update_url(municipality: str | None, lang: str) -> str:
    return build_search({"municipality": municipality, "lang": None if lang == "ja" else lang})


@callback(Output("dvgap-download", "data"), *[Input(f"dvgap-export-{f}", "n_clicks") for f in _FORMATS],
          State("dvgap-municipality", "value"), prevent_initial_call=True)
def export(_csv, _xlsx, _json, municipality: str | None):
    result = dv_gap(get_store(), municipality=municipality or None)
    meta = query_metadata({"view": "dv_gap", "municipality": municipality})
    stem = "tadori-dv-gap" + (f"_{municipality}" if municipality else "")
    fmt = str(ctx.triggered_id).removeprefix("dvgap-export-")
    if fmt == "csv":
        return dcc.send_string(dv_gap_csv(result, meta), download_name(stem, "csv"))
    if fmt == "xlsx":
        return dcc.send_bytes(dv_gap_xlsx(result, meta), download_name(stem, "xlsx"))
    return dcc.send_string(dv_gap_json(result, meta), download_name(stem, "json"))
