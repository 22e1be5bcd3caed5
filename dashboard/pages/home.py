"""The start page: what each view answers, in a sentence, with a link."""

from __future__ import annotations

from typing import Any

import dash
from dash import dcc, html

from ..messages import t
from ..state import get_store
from ..urls import with_lang

_VIEWS = (("trace", "/trace"), ("exposure", "/exposure"), ("dv_gap", "/dv-gap"), ("council", "/council"),
          ("documents", "/documents"), ("quality", "/quality"))


def layout(lang: str = "ja", **_: Any) -> html.Div:
    counts = get_store().counts()
    return html.Div([
        html.P(t("home.intro", lang), className="intro"),
        html.P(t("home.counts", lang).format(flows=counts.get("FLOWS_TO", 0), businesses=counts.get("Business", 0),
                                             departments=counts.get("Department", 0),
                                             cases=counts.get("CouncilCase", 0)), id="home-counts"),
        html.Ul([html.Li([dcc.Link(t(f"nav.{name}", lang), href=with_lang(path, lang)), " — ",
                          t(f"home.{name}", lang)]) for name, path in _VIEWS], className="home-list"),
    ], className="page home-page")


dash.register_page(__name__, path="/", name="home", title="Tadori", layout=layout, order=-1)
