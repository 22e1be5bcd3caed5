"""The Dash application: pages register themselves; the store is built once and shared."""

from __future__ import annotations

import importlib

import dash
from dash import Dash, dcc, html

from tadori.graph.protocol import GraphStore

from .messages import t
from .state import set_store

__all__ = ["PAGE_MODULES", "create_app"]

PAGE_MODULES = ("tadori.dashboard.pages.trace",)


def create_app(store: GraphStore) -> Dash:
    """A Dash app answering from ``store``; pages are modules under ``dashboard/pages``."""
    set_store(store)
    app = Dash(__name__, use_pages=True, pages_folder="", title=t("app.title"), suppress_callback_exceptions=True)
    for module in PAGE_MODULES:  # pages register themselves on import; the registry is global
        importlib.import_module(module)
    app.layout = html.Div([
        dcc.Location(id="url"),
        html.Header([
            html.H1(t("app.title"), className="app-title"),
            html.Nav([dcc.Link(page["name"], href=page["path"], className="nav-link")
                      for page in dash.page_registry.values()]),
        ], className="app-header"),
        dash.page_container,
    ], className="app")
    return app
