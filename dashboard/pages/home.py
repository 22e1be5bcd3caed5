"""The start page: what each view answers, in a sentence, with a link."""

from __future__ import annotations

from typing import Any

import dash
from dash import dcc, html

from tadori.queries.merges import flow_counts

from ..messages import t
from ..state import get_store
from ..urls import with_lang

_VIEWS = (("trace", "/trace"), ("exposure", "/exposure"), ("dv_gap", "/dv-gap"), ("council", "/council"),
          ("documents", "/documents"), ("quality", "/quality"))


def layout(lang: str = "ja", **_: Any) -> html.Div:
    store = get_store()
    counts = store.counts()
    flows = flow_counts(store)
    return html.Div([
        html.P(t("home.intro", lang), className="intro"),
        html.P(t("home.counts", lang).format(flows=flows["flows"], businesses=counts.get("Business", 0),
                                             departments=counts.get("Department", 0),
                                             cases=counts.get("CouncilCase", 0)), id="home-counts"),
        html.P(t("home.statements", lang).format(**flows), id="home-statements"),
        html.Ul([html.Li([dcc.Link(t(f"nav.{name}", lang), href=with_lang(path, lang)), " — ",
                          t(f"home.{name}", lang)]) for name, path in _VIEWS], className="home-list"),
    ], className="page home-page")


dash.register_page(__name__, path="/", name="home", title="Tadori", layout=layout, order=-1)
