"""Trace page details: the card of a clicked node and the provenance of a selected hop."""

from __future__ import annotations

from typing import Any

import dash
from dash import Input, Output, State, callback, dcc, html

from ..messages import t
from ..state import get_store
from ..trace_view import node_card


def document_href(document_id: str | None, line: int | None, lang: str) -> str | None:
    """The link to a document line, keeping the language."""
    if not document_id:
        return None
    href = f"/documents/{document_id}" + (f"?line={line}" if line else "")
    if lang and lang != "ja":
        href += ("&" if "?" in href else "?") + f"lang={lang}"
    return href


def _definition(pairs: list[tuple[str, Any]]) -> html.Dl:
    children: list[Any] = []
    for label, value in pairs:
        children += [html.Dt(label), html.Dd(value if value not in (None, "", []) else "—")]
    return html.Dl(children)


@callback(Output("trace-card", "children"), Input("trace-graph", "tapNodeData"), State("trace-lang", "data"),
          prevent_initial_call=True)
def show_node(node: dict[str, Any] | None, lang: str):
    if not node:
        return dash.no_update
    if node.get("group"):
        return html.Div([html.H3(node["department"]), html.P(t("card.department_hint", lang))], id="node-card")
    card = node_card(get_store(), node["id"])
    if card is None:
        return html.Div(node.get("label"), id="node-card")
    registrations = html.Ul([
        html.Li([f"{t('action.' + r['action'], lang)} {r['date'] or ''} {'、'.join(r['items'])} ",
                 dcc.Link(t("card.source", lang), href=document_href(r["document_id"], r["line"], lang) or "#")])
        for r in card["registrations"]]) if card["registrations"] else "—"
    cases = html.Ul([html.Li(f"{c['date'] or ''} {c['title']} ({t('decision.' + c['decision'], lang)})")
                     for c in card["cases"]]) if card["cases"] else "—"
    hidden = node.get("hidden") or 0
    return html.Div([
        html.H3(card["name"]),
        _definition([
            (t("card.type", lang), t(f"type.{card['label']}", lang)),
            (t("card.municipality", lang), card["municipality"]),
            (t("card.department", lang), "、".join(card["departments"])),
            (t("card.items", lang), "、".join(card["items"])),
            (t("card.flows", lang), t("card.flows_value", lang).format(out=card["flows_out"], into=card["flows_in"])),
            (t("card.abolished", lang), card["abolished"]),
            (t("card.registrations", lang), registrations),
            (t("card.cases", lang), cases),
        ]),
        html.P(t("card.more", lang).format(n=hidden), className="hint") if hidden else None,
    ], id="node-card")


_FIELDS = ("source_department", "source_business", "source_external", "recipient_department", "recipient_business",
           "recipient_external", "basis", "items", "start_date", "end_date", "kind", "reason")


def _field_lines(lines: dict[str, list[dict[str, Any]]], lang: str) -> html.Ul | str:
    """Which line states each field: a flow stated twice may take its basis from the second line."""
    entries = [html.Li([f"{t('field.' + name, lang)}: ",
                        *[dcc.Link(f"{c.get('document')}:{c.get('line')} ",
                                   href=document_href(c.get("document_id"), c.get("line"), lang) or "#")
                          for c in lines[name]]]) for name in _FIELDS if lines.get(name)]
    return html.Ul(entries, id="provenance-fields") if entries else "—"


@callback(Output("trace-provenance", "children"), Input("trace-hops", "selectedRows"), State("trace-hops", "rowData"),
          State("trace-lang", "data"), prevent_initial_call=True)
def show_provenance(selected: list[dict[str, Any]] | None, rows: list[dict[str, Any]] | None, lang: str):
    if not selected or not rows or not isinstance(selected, list):
        return dash.no_update
    flow_id = selected[0].get("flow_id")
    row = next((r for r in rows if r["flow_id"] == flow_id), None)
    if row is None:
        return dash.no_update
    href = document_href(row.get("document_id"), row.get("line"), lang)
    recipient = row["recipient_business"] or row["recipient_external"] or row["recipient_department"]
    cases = html.Ul([html.Li(f"{c.get('date') or ''} {c.get('title')} "
                             f"({t('decision.' + (c.get('decision') or 'unknown'), lang)})")
                     for c in row.get("cases") or []]) if row.get("cases") else t("provenance.no_case", lang)
    return html.Div([
        html.H3(t("trace.provenance", lang)),
        html.P(f"{row['source_business']} → {recipient}", className="hop-title"),
        _definition([
            (t("col.document", lang), html.Span(row["document"], id="provenance-document")),
            (t("col.line", lang), html.Span(str(row["line"]), id="provenance-line")),
            (t("col.quote", lang), html.Q(row["quote"], id="provenance-quote")),
            (t("col.basis", lang), f"{row['basis']} {row['basis_text'] or ''}".strip()),
            (t("col.municipality", lang), row.get("municipality")),
            (t("col.kind", lang), row["kind"]),
            (t("col.start_date", lang), row["start_date"]),
            (t("col.council_cases", lang), cases),
            (t("provenance.fields", lang), _field_lines(row.get("field_lines") or {}, lang)),
        ]),
        dcc.Link(t("provenance.open", lang), href=href, id="provenance-link") if href else None,
    ])
