"""The Documents page: every ingested document, with counts of what was read from it."""

from __future__ import annotations

from collections import Counter
from typing import Any

import dash
from dash import dcc, html

from ..messages import t
from ..state import get_store
from .trace_details import document_href


def layout(lang: str = "ja", **_: Any) -> html.Div:
    store = get_store()
    flows: Counter[str] = Counter()
    for flow in store.flows():
        for source in flow.provenance:
            flows[source.get("document_id")] += 1
    diagnostics = Counter(doc for _, doc in store.diagnostics())
    head = html.Tr([html.Th(t(f"documents.col.{c}", lang)) for c in ("name", "municipality", "title", "genre",
                                                                     "flows", "diagnostics")])
    rows = [html.Tr([
        html.Td([dcc.Link(d["name"], href=document_href(d["id"], None, lang), className="doc-link"),
                 # An older version a newer one replaced: kept as history, not in the graph.
                 html.Span(t("documents.superseded", lang).format(at=d["superseded_at"]), className="hint")
                 if d.get("superseded_at") else None]),
        html.Td(d.get("municipality") or ""), html.Td(d.get("title") or ""),
        html.Td(t(f"genre.{d.get('genre') or 'document'}", lang)),
        html.Td(str(flows.get(d["id"], 0))), html.Td(str(diagnostics.get(d["id"], 0))),
    ]) for d in store.documents()]
    return html.Div([
        html.P(t("documents.intro", lang), className="intro"),
        html.Table([html.Thead(head), html.Tbody(rows)], className="data-table", id="documents-table")
        if rows else html.P(t("documents.none", lang)),
    ], className="page documents-page")


dash.register_page(__name__, path="/documents", name="documents", title="Tadori — documents", layout=layout,
                   order=4)
