"""One document: ``/documents/<id>?line=N`` shows its text with line N highlighted and scrolled to.

Beside the text: the records read from the document (flows, registrations, council cases) and
the parser's diagnostics, each linking back to its line.
"""

from __future__ import annotations

from typing import Any

import dash
from dash import ClientsideFunction, Input, Output, clientside_callback, dcc, html

from ..messages import t
from ..original_view import original_view
from ..state import get_store
from .trace_details import document_href

MAX_LINES = 20000  # a longer text is cut, with a note; published reports run to a few thousand lines


def _records(document_id: str, lang: str) -> list[tuple[int | None, str, str]]:
    """(line, what, text) for every record of the document, in line order."""
    store = get_store()
    found: list[tuple[int | None, str, str]] = []
    for flow in store.flows():
        for source in flow.provenance:
            if source.get("document_id") == document_id:
                recipient = flow.recipient_business or flow.recipient_department
                if flow.recipient_external:  # an outside party first; the business it runs there in brackets
                    recipient = flow.recipient_external + (f"（{recipient}）" if recipient else "")
                found.append((source.get("line"), t("documents.flow", lang),
                              f"{flow.source_business or flow.source_department} → {recipient}"
                              f" ({t('kind.' + flow.kind, lang)}, {t('basis.' + flow.basis, lang)})"))
    for registration, doc in store.registrations():
        if doc == document_id:
            found.append((registration.line, t("documents.registration", lang),
                          f"{registration.department or ''} {registration.business or ''} "
                          f"({t('action.' + registration.action, lang)})"))
    for case in store.cases():
        if case.provenance.get("document_id") == document_id:
            found.append((case.provenance.get("line"), t("documents.case", lang), case.title))
    return sorted(found, key=lambda r: (r[0] or 0, r[1]))


def layout(document_id: str = "", lang: str = "ja", line: str = "", **_: Any) -> html.Div:
    store = get_store()
    document = next((d for d in store.documents() if d["id"] == document_id), None)
    if document is None:
        return html.Div(html.P(t("documents.missing", lang).format(id=document_id), className="message"),
                        className="page")
    cited = int(line) if str(line).isdigit() else None
    lines = (store.document_text(document_id) or "").splitlines()
    text = [html.Div([html.Span(str(n), className="line-no"), html.Span(content or " ", className="line-text")],
                     id=f"line-{n}", className="doc-line cited" if n == cited else "doc-line")
            for n, content in enumerate(lines[:MAX_LINES], start=1)]
    records = [html.Li([dcc.Link(f"{t('col.line', lang)} {n}", href=document_href(document_id, n, lang)),
                        f" {what}: {text_}"]) for n, what, text_ in _records(document_id, lang)]
    diagnostics = [html.Li([dcc.Link(f"{t('col.line', lang)} {d.line}", href=document_href(document_id, d.line, lang))
                            if d.line else "", f" [{d.severity}] {d.message}"])
                   for d, _ in store.diagnostics(document_id)]
    original = original_view(document_id, store.document_source(document_id), cited, lines, lang)
    return html.Div([
        html.H2(document["name"], id="document-name"),
        html.P(" / ".join(x for x in (document.get("municipality"), document.get("title")) if x), className="hint"),
        html.Div([
            html.Div([  # the original page (PDF) or row (web page, workbook) beside the extracted text
                html.Div(original, className="doc-original", id="document-original",
                         style={"flex": "1 1 50%", "minWidth": "0", "maxHeight": "75vh", "overflow": "auto"}),
                html.Div(text, className="doc-text", id="document-text", style={"flex": "1 1 50%", "minWidth": "0"}),
            ], style={"display": "flex", "gap": "0.75rem", "minWidth": "0"}) if original else
            html.Div(text, className="doc-text", id="document-text"),
            html.Aside([
                html.H3(t("documents.records", lang)), html.Ul(records) if records else html.P("—"),
                html.H3(t("documents.diagnostics", lang)), html.Ul(diagnostics) if diagnostics else html.P("—"),
            ], className="doc-side"),
        ], className="doc-row"),
        html.P(t("documents.truncated", lang), className="hint") if len(lines) > MAX_LINES else None,
    ], className="page document-page")


dash.register_page(__name__, path_template="/documents/<document_id>", name="document", nav=False,
                   title="Tadori — document", layout=layout, order=99)

clientside_callback(ClientsideFunction(namespace="tadori", function_name="scrollToLine"),
                    Output("document-text", "title"), Input("document-text", "children"))
