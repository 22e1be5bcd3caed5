"""The Data quality page: diagnostics, names merged as variants, published counts against records."""

from __future__ import annotations

from typing import Any

import dash
import dash_ag_grid as dag
from dash import dcc, html

from tadori.queries.merges import flow_merges
from tadori.queries.reconcile import reconcile

from ..controls import grid_texts
from ..messages import has_message, t
from ..quality_view import diagnostic_rows, name_variants
from ..state import get_store
from .trace_details import document_href


def _diagnostics(lang: str) -> dag.AgGrid | html.P:
    rows = diagnostic_rows(get_store())
    if not rows:
        return html.P(t("quality.no_diagnostics", lang))
    for row in rows:  # a markdown link opens the line in the document view
        href = document_href(row["document_id"], row["line"], lang)
        row["where"] = f"[{row['document']}:{row['line']}]({href})" if href else row["document"]
    columns = [{"field": "where", "headerName": t("col.document", lang), "cellRenderer": "markdown"},
               {"field": "severity", "headerName": t("quality.severity", lang)},
               {"field": "message", "headerName": t("quality.message", lang), "flex": 1}]
    return dag.AgGrid(id="quality-diagnostics", rowData=rows, columnDefs=columns, className="ag-theme-alpine",
                      dashGridOptions={"localeText": grid_texts(lang)},
                      defaultColDef={"filter": True, "sortable": True, "resizable": True, "wrapText": True,
                                     "autoHeight": True},
                      style={"height": "360px"})


def _variants(lang: str) -> html.Table | html.P:
    rows = name_variants(get_store())
    if not rows:
        return html.P(t("quality.no_variants", lang))
    body = [html.Tr([html.Td(t(f"quality.kind.{r['kind']}", lang)), html.Td(r["name"]),
                     html.Td(html.Ul([html.Li([f"{line['spelling']} ",
                                               dcc.Link(f"{line.get('document')}:{line.get('line')}",
                                                        href=document_href(line.get("document_id"), line.get("line"),
                                                                           lang) or "#")])
                                      for line in r["lines"]]))]) for r in rows]
    head = html.Tr([html.Th(t(k, lang)) for k in ("quality.kind", "quality.kept", "quality.variants")])
    return html.Table([html.Thead(head), html.Tbody(body)], className="data-table", id="quality-variants")


def _merges(lang: str) -> html.Table | html.P:
    rows = flow_merges(get_store())
    if not rows:
        return html.P(t("quality.no_merges", lang))
    body = [html.Tr([
        html.Td(m.municipality or ""), html.Td(f"{m.source} → {m.recipient}"), html.Td(t(f"kind.{m.kind}", lang)),
        html.Td(t(f"quality.merge.{m.reason}", lang)),
        html.Td(html.Ul([html.Li(dcc.Link(f"{p['document']}:{p['line']}",
                                          href=document_href(p.get("document_id"), p.get("line"), lang) or "#"))
                         for p in m.statements])),
    ]) for m in rows]
    head = html.Tr([html.Th(t(f"quality.col.{c}", lang)) for c in ("municipality", "flow", "kind", "reason",
                                                                   "statements")])
    return html.Table([html.Thead(head), html.Tbody(body)], className="data-table", id="quality-merges")


def _reconcile(lang: str) -> html.Table | html.P:
    store = get_store()
    rows = reconcile(store).rows
    if not rows:
        return html.P(t("quality.no_statistics", lang))
    ids = {d["name"]: d["id"] for d in store.documents()}  # the provenance names the document, the link needs its id
    body = []
    for r in rows:
        document_id = r.provenance.get("document_id") or ids.get(r.provenance.get("document") or "")
        href = document_href(document_id, r.provenance.get("line"), lang)
        kind = r.statistic.get("kind") or ""
        kind_label = t(f"kind.{kind}", lang) if has_message(f"kind.{kind}") else t(f"stat.{kind}", lang)
        where = f"{r.provenance.get('document')}:{r.provenance.get('line')}"
        body.append(html.Tr([
            html.Td(r.municipality or ""), html.Td(str(r.year or "")),
            html.Td(f"{r.statistic.get('table', '')} / {r.statistic.get('organ_or_basis', '')}"), html.Td(kind_label),
            html.Td(str(r.statistic.get("count"))), html.Td("—" if r.itemised is None else str(r.itemised)),
            html.Td(t(f"quality.status.{r.status}", lang), className=f"status-{r.status}"),
            html.Td(dcc.Link(where, href=href) if href else where),
        ]))
    head = html.Tr([html.Th(t(f"quality.col.{c}", lang)) for c in ("municipality", "year", "row", "kind", "published",
                                                                   "itemised", "status", "source")])
    return html.Table([html.Thead(head), html.Tbody(body)], className="data-table", id="quality-reconcile")


def layout(lang: str = "ja", **_: Any) -> html.Div:
    return html.Div([
        html.P(t("quality.intro", lang), className="intro"),
        html.H2(t("quality.diagnostics", lang)), _diagnostics(lang),
        html.H2(t("quality.variants_title", lang)), _variants(lang),
        html.H2(t("quality.merges_title", lang)), _merges(lang),
        html.H2(t("quality.reconcile", lang)), _reconcile(lang),
    ], className="page quality-page")


dash.register_page(__name__, path="/quality", name="quality", title="Tadori — data quality", layout=layout,
                   order=5)
