"""The Council page: council cases with date, articles, decision and the flows each approved."""

from __future__ import annotations

from typing import Any

import dash
from dash import Input, Output, State, callback, dcc, html

from tadori.queries.council import CaseRow, cases

from ..controls import dropdown, municipality_options
from ..messages import t
from ..state import get_store
from ..urls import build_search
from .trace_details import document_href


def _years() -> list[int]:
    return sorted({row.fiscal_year for row in cases(get_store()) if row.fiscal_year})


def layout(lang: str = "ja", year: str = "", article: str = "", municipality: str = "", **_: Any) -> html.Div:
    return html.Div([
        dcc.Location(id="council-url", refresh=False),
        dcc.Store(id="council-lang", data=lang),
        html.P(t("council.intro", lang), className="intro"),
        html.Div([
            html.Label([t("council.year", lang), dropdown(lang,
                id="council-year", value=int(year) if year.isdigit() else None,
                options=[{"label": t("exposure.fy", lang).format(year=y), "value": y} for y in _years()])],
                className="filter"),
            html.Label([t("council.article", lang), dcc.Input(id="council-article", value=article, debounce=True,
                                                              placeholder="9-3-4")]),
            html.Label([t("filter.municipality", lang), dropdown(lang,
                id="council-municipality", value=municipality or None, options=municipality_options(get_store()))],
                className="filter"),
        ], className="controls"),
        html.Div(id="council-summary", className="summary-text"),
        html.Div(id="council-cases"),
    ], className="page council-page")


dash.register_page(__name__, path="/council", name="council", title="Tadori — council", layout=layout, order=3)


def _flow_text(flow: dict[str, Any]) -> str:
    source = flow["source"].get("business") or flow["source"].get("name")
    recipient = flow["recipient"]
    target = recipient.get("business") or recipient.get("external") or recipient.get("name")
    return f"{source} → {target}"


def _case_row(row: CaseRow, lang: str) -> html.Tr:
    href = document_href(row.provenance.get("document_id"), row.provenance.get("line"), lang)
    flows = html.Ul([html.Li([_flow_text(f), " ", html.Span(f"({t('kind.' + f['kind'], lang)})", className="hint")])
                     for f in row.flows]) if row.flows else "—"
    document_id = row.provenance.get("document_id")
    dated = document_href(document_id, row.line_of("date"), lang) if row.date else None
    titled = document_href(document_id, row.line_of("title"), lang)
    return html.Tr([
        html.Td(dcc.Link(row.date, href=dated, className="case-date") if dated else row.date or "—"),
        html.Td(row.municipality or ""),
        html.Td(dcc.Link(row.title, href=titled) if titled else row.title, className="case-title"),
        html.Td("、".join(row.articles) or "—"), html.Td(t(f"decision.{row.decision}", lang)), html.Td(flows),
        html.Td(dcc.Link(f"{row.provenance.get('document')}:{row.provenance.get('line')}", href=href)
                if href else "—"),
    ])


@callback(Output("council-cases", "children"), Output("council-summary", "children"),
          Input("council-year", "value"), Input("council-article", "value"), Input("council-municipality", "value"),
          State("council-lang", "data"))
def update_cases(year: int | None, article: str | None, municipality: str | None, lang: str):
    rows = cases(get_store(), year=year or None, article=article or None, municipality=municipality or None)
    summary = t("council.summary", lang).format(cases=len(rows), flows=sum(len(r.flows) for r in rows))
    if not rows:
        return html.P(t("council.none", lang)), summary
    head = html.Tr([html.Th(t(f"council.col.{c}", lang)) for c in ("date", "municipality", "title", "articles",
                                                                   "decision", "flows", "source")])
    return html.Table([html.Thead(head), html.Tbody([_case_row(r, lang) for r in rows])],
                      className="data-table"), summary


@callback(Output("council-url", "search"), Input("council-year", "value"), Input("council-article", "value"),
          Input("council-municipality", "value"), State("council-lang", "data"), prevent_initial_call=True)
def update_url(year: int | None, article: str | None, municipality: str | None, lang: str) -> str:
    return build_search({"year": year, "article": article, "municipality": municipality,
                         "lang": None if lang == "ja" else lang})
