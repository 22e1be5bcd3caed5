"""The 個人情報ファイル簿 page: every personal-information file read from a ファイル簿, with its sensitive flag,
its regular recipients (each also a flow) and a link to the line it was read from."""

from __future__ import annotations

from typing import Any

import dash
from dash import dcc, html

from ..messages import t
from ..state import get_store
from .trace_details import document_href

COLUMNS = ("name", "organisation", "sensitive", "recipients", "kind", "items", "source")


def _sensitive(value: bool | None, lang: str) -> str:
    return t("files.unknown", lang) if value is None else t("files.yes" if value else "files.no", lang)


def layout(lang: str = "ja", **_: Any) -> html.Div:
    store = get_store()
    names = {d["id"]: d["name"] for d in store.documents()}
    head = html.Tr([html.Th(t(f"files.col.{column}", lang)) for column in COLUMNS])
    rows = []
    for file, document_id in store.files():
        where = f"{names.get(document_id, document_id)}:{file.line}" + (f" (p.{file.page})" if file.page else "")
        rows.append(html.Tr([
            html.Td(file.name), html.Td(file.organisation or ""),
            html.Td(_sensitive(file.sensitive, lang), className="flag-yes" if file.sensitive else None),
            html.Td("、".join(file.recipients) or t("files.none_recipients", lang)),
            html.Td(file.kind or ""), html.Td("、".join(file.items)),
            html.Td(dcc.Link(where, href=document_href(document_id, file.line, lang))),
        ], className="file-row"))
    return html.Div([
        html.P(t("files.intro", lang), className="intro"),
        html.Table([html.Thead(head), html.Tbody(rows)], className="data-table", id="files-table")
        if rows else html.P(t("files.none", lang), id="files-none"),
    ], className="page files-page")


dash.register_page(__name__, path="/files", name="files", title="Tadori — files", layout=layout, order=4.5)
