"""The Dash application: pages register themselves; the store is built once and shared.

Japanese by default; ``?lang=en`` in any address shows English. The header (title, links to
the pages, the language switch) follows the address; every label comes from the message
catalogue.
"""

from __future__ import annotations

import importlib

import dash
from dash import ClientsideFunction, Dash, Input, Output, clientside_callback, dcc, html

from tadori.graph.protocol import GraphStore

from .messages import t
from .review_writer import ReviewWriter, set_review_writer
from .state import set_store
from .urls import parse_search, with_lang

__all__ = ["PAGE_MODULES", "create_app"]

PAGE_MODULES = (
    "tadori.dashboard.pages.home",
    "tadori.dashboard.pages.trace",
    "tadori.dashboard.pages.exposure",
    "tadori.dashboard.pages.dv_gap",
    "tadori.dashboard.pages.council",
    "tadori.dashboard.pages.documents",
    "tadori.dashboard.pages.files",
    "tadori.dashboard.pages.document",
    "tadori.dashboard.pages.quality",
    "tadori.dashboard.pages.review",
)


def _nav(lang: str) -> list:
    pages = sorted((p for p in dash.page_registry.values() if p.get("nav", True)),
                   key=lambda p: p.get("order") or 0)
    return [dcc.Link(t(f"nav.{page['name']}", lang), href=with_lang(page["path"], lang), className="nav-link",
                     id=f"nav-{page['name']}") for page in pages]


def create_app(store: GraphStore, review_writer: ReviewWriter | None = None) -> Dash:
    """A Dash app answering from ``store``; pages are modules under ``dashboard/pages``.

    ``review_writer`` stores reviews made on the review page (see review_writer.py); without it
    the page is read-only."""
    set_store(store)
    set_review_writer(review_writer)
    app = Dash(__name__, use_pages=True, pages_folder="", title=t("app.title"), suppress_callback_exceptions=True,
               update_title=None)
    for module in PAGE_MODULES:  # pages register themselves on import; the registry is global
        importlib.import_module(module)
    app.layout = html.Div([
        dcc.Location(id="url"),
        html.Header([
            html.H1(dcc.Link(t("app.title"), href="/", id="app-title-link"), className="app-title", id="app-title"),
            html.Nav(_nav("ja"), id="app-nav"),
            html.Button(t("lang.switch"), id="lang-switch", className="lang-switch"),
        ], className="app-header"),
        dash.page_container,
    ], className="app")
    return app


@dash.callback(Output("app-title", "children"), Output("app-nav", "children"), Output("lang-switch", "children"),
               Input("url", "search"))
def _header(search: str | None):
    lang = parse_search(search).get("lang", "ja")
    return dcc.Link(t("app.title", lang), href=with_lang("/", lang)), _nav(lang), t("lang.switch", lang)


clientside_callback(ClientsideFunction(namespace="tadori", function_name="switchLanguage"),
                    Output("lang-switch", "title"), Input("lang-switch", "n_clicks"), prevent_initial_call=True)
