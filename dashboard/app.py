"""The Dash application: pages register themselves; the store is built at start and shared.

Japanese by default; ``?lang=en`` in any address shows English. The header (title, links to
the pages, the language switch) follows the address; every label comes from the message
catalogue. Every page's address parameters are checked before the page sees them (a bad one
is named on the page, never a server error), a page or callback that fails shows a message,
and the footer says which state of the record store the answers come from.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from functools import wraps
from typing import Any

import dash
from dash import ClientsideFunction, Dash, Input, Output, clientside_callback, dcc, html

from tadori.graph.protocol import GraphStore
from tadori.ingest.recordstore import RecordStore

from .freshness import StoreFollower
from .messages import LANGUAGES, t
from .review_writer import ReviewWriter, set_review_writer
from .state import GraphNotReady, get_follower, set_follower, set_store, store_version
from .urls import Problem, clean_query, parse_search, with_lang

__all__ = ["PAGE_MODULES", "create_app"]

_log = logging.getLogger("tadori.dashboard")

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


def _problems_notice(problems: list[Problem], lang: str) -> html.Div:
    return html.Div([html.P(t("param.invalid", lang).format(name=name, value=value, why=t(why, lang).format(**fields)))
                     for name, value, why, fields in problems], className="message param-problems",
                    id="param-problems")


def building_notice(lang: str) -> html.Div:
    """The page while the first graph is being built: what is happening, and a look again every 3 s."""
    follower = get_follower()
    error = getattr(follower, "error", None)
    text = t("graph.failed", lang).format(error=error) if error else t("graph.building", lang)
    return html.Div([html.P(text, className="message"),
                     dcc.Interval(id="graph-building-poll", interval=3000, max_intervals=200)],
                    id="graph-building", className="page")


def _guarded(layout: Callable[..., Any]) -> Callable[..., Any]:
    """A page layout that sees only checked parameters and never fails the request."""
    if getattr(layout, "tadori_guarded", False):
        return layout

    @wraps(layout)
    def page(**query: Any) -> Any:
        clean, problems = clean_query(query)
        lang = clean.get("lang") if clean.get("lang") in LANGUAGES else "ja"
        try:
            content = layout(**clean)
        except GraphNotReady:
            content = building_notice(lang)
        except Exception:  # a bug, not the user's: say so on the page, keep the details in the log
            _log.exception("page failed for %s", sorted(clean))
            content = html.Div(html.P(t("page.error", lang), className="message"), className="page")
        return html.Div([_problems_notice(problems, lang), content]) if problems else content

    page.tadori_guarded = True  # type: ignore[attr-defined]
    return page


def _callback_failed(error: Exception) -> None:
    """Any callback that raises: the outputs stay as they were and the page says something went wrong."""
    if isinstance(error, GraphNotReady):  # not a failure: the first graph is still being built
        dash.set_props("app-error", {"children": t("graph.building", "ja") + " / " + t("graph.building", "en")})
        return
    _log.error("callback failed: %s: %s", type(error).__name__, error)
    dash.set_props("app-error", {"children": t("page.error", "ja") + " / " + t("page.error", "en")})


def create_app(store: GraphStore | None, review_writer: ReviewWriter | None = None, *,
               records: RecordStore | None = None, rebuild: Callable[[], GraphStore] | None = None,
               refresh_seconds: float = 2.0) -> Dash:
    """A Dash app answering from ``store``; pages are modules under ``dashboard/pages``.

    ``review_writer`` stores reviews made on the review page (see review_writer.py); without it
    the page is read-only. With ``records`` and ``rebuild`` the graph follows the record store:
    ``rebuild`` is called (in the background) after the store changed, and its graph replaces ``store``;
    with ``store`` None it is called at once, and pages say 「作成中」 until the first graph is there (a
    national store takes seconds to build; the server answers from the first request on).
    """
    if store is None and (records is None or rebuild is None):
        raise ValueError("create_app needs a store, or a record store and a rebuild to build one")
    set_store(store)
    set_review_writer(review_writer)
    follower = StoreFollower(records, rebuild, refresh_seconds) if records is not None and rebuild else None
    set_follower(follower)
    app = Dash(__name__, use_pages=True, pages_folder="", title=t("app.title"), suppress_callback_exceptions=True,
               update_title=None, on_error=_callback_failed)
    for module in PAGE_MODULES:  # pages register themselves on import; the registry is global
        importlib.import_module(module)
    for page in dash.page_registry.values():
        if callable(page.get("layout")):
            page["layout"] = _guarded(page["layout"])
    if follower is not None:
        app.server.before_request(follower.check)
        if store is None:
            follower.start()
    app.layout = html.Div([
        dcc.Location(id="url"),
        html.Header([
            html.H1(dcc.Link(t("app.title"), href="/", id="app-title-link"), className="app-title", id="app-title"),
            html.Nav(_nav("ja"), id="app-nav"),
            html.Button(t("lang.switch"), id="lang-switch", className="lang-switch"),
        ], className="app-header"),
        html.Div(id="app-error", role="alert", style={"color": "#a11"}),  # empty: no height, nothing shifts
        dash.page_container,
        html.Footer(id="app-footer", className="app-footer"),
    ], className="app")
    return app


def _footer(lang: str) -> str:
    version = store_version()
    if version is None:
        return ""
    if version.get("documents") is None:
        return t("footer.unreadable", lang)
    text = t("footer.version", lang).format(documents=version["documents"], last_ingest=version["last_ingest"] or "—")
    if version.get("error"):
        text += " " + t("footer.stale", lang)
    return text


@dash.callback(Output("app-footer", "children"), Output("app-error", "children"), Input("url", "pathname"),
               Input("url", "search"))
def _footer_and_error(_path: str | None, search: str | None):
    lang = parse_search(search).get("lang", "ja")
    return _footer(lang if lang in LANGUAGES else "ja"), ""


@dash.callback(Output("app-title", "children"), Output("app-nav", "children"), Output("lang-switch", "children"),
               Input("url", "search"))
def _header(search: str | None):
    lang = parse_search(search).get("lang", "ja")
    lang = lang if lang in LANGUAGES else "ja"
    return dcc.Link(t("app.title", lang), href=with_lang("/", lang)), _nav(lang), t("lang.switch", lang)


clientside_callback(ClientsideFunction(namespace="tadori", function_name="reloadWhenBuilt"),
                    Output("graph-building-poll", "disabled"), Input("graph-building-poll", "n_intervals"),
                    prevent_initial_call=True)
clientside_callback(ClientsideFunction(namespace="tadori", function_name="switchLanguage"),
                    Output("lang-switch", "title"), Input("lang-switch", "n_clicks"), prevent_initial_call=True)
