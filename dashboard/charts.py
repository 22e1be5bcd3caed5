"""Plotly figures of an exposure answer: the cumulative curve, the breakdowns, the Sankey.

Written for a reader who reads no code: every axis and series is labelled from the message
catalogue, and Japanese text is drawn in a Japanese font (the same in the browser and in
kaleido's exported images).

>>> from tadori.queries.testing import tiny_store
>>> from tadori.queries.exposure import exposure
>>> fig = sankey_figure(exposure(tiny_store(), "住民基本台帳業務").sankey)
>>> fig.data[0].type
'sankey'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from .elements import BASIS_COLOURS
from .messages import t

__all__ = ["FONT", "breakdown_figure", "cumulative_figure", "sankey_figure"]

FONT = "IPAPGothic, IPAGothic, 'Noto Sans CJK JP', sans-serif"
_SERIES = (("businesses", "#23395d"), ("departments", "#4a90c2"), ("external_parties", "#b35806"),
           ("contractors", "#8c6d00"))


def _style(fig: go.Figure, title: str) -> go.Figure:
    fig.update_layout(title=title, font={"family": FONT, "size": 13}, template="plotly_white",
                      margin={"l": 60, "r": 30, "t": 60, "b": 50}, legend={"orientation": "h", "y": -0.2})
    return fig


def cumulative_figure(rows: Sequence[Mapping[str, Any]], lang: str = "ja") -> go.Figure:
    """Recipients reached by the end of each fiscal year (solid lines) and the flows in force (dashed)."""
    fig = go.Figure()
    years = [f"{t('exposure.fy', lang).format(year=r['fiscal_year'])}" for r in rows]
    for key, colour in _SERIES:
        fig.add_trace(go.Scatter(x=years, y=[r[key] for r in rows], name=t(f"exposure.{key}", lang),
                                 mode="lines+markers", marker={"size": 10}, line={"color": colour, "width": 3}))
    fig.add_trace(go.Scatter(x=years, y=[r["flows"] for r in rows], name=t("exposure.flows", lang),
                             mode="lines+markers", marker={"size": 8, "symbol": "square"},
                             line={"color": "#999", "dash": "dash", "width": 2}))
    # Counts are whole numbers: no 2.5 businesses on the axis.
    fig.update_yaxes(title_text=t("exposure.count", lang), rangemode="tozero", tickformat="d")
    return _style(fig, t("exposure.curve", lang))


def breakdown_figure(by_basis: Mapping[str, int], by_kind: Mapping[str, int], lang: str = "ja") -> go.Figure:
    """Flows by basis (strongest to weakest as given) and by kind, side by side."""
    fig = make_subplots(rows=1, cols=2, subplot_titles=(t("exposure.by_basis", lang), t("exposure.by_kind", lang)))
    fig.add_trace(go.Bar(x=[t(f"basis.{b}", lang) for b in by_basis], y=list(by_basis.values()),
                         marker_color=[BASIS_COLOURS.get(b, "#777") for b in by_basis], showlegend=False,
                         text=list(by_basis.values()), textposition="auto"), row=1, col=1)
    fig.add_trace(go.Bar(x=[t(f"kind.{k}", lang) for k in by_kind], y=list(by_kind.values()),
                         marker_color="#4a6fa5", showlegend=False, text=list(by_kind.values()),
                         textposition="auto"), row=1, col=2)
    fig.update_yaxes(title_text=t("exposure.flows", lang), rangemode="tozero")
    fig.update_annotations(font={"family": FONT})
    return _style(fig, t("exposure.breakdown", lang))


def sankey_figure(links: Sequence[Mapping[str, Any]], lang: str = "ja") -> go.Figure:
    """Source departments (left) → recipient departments and outside parties (right)."""
    # A department can be both source and recipient; keep the two sides apart so the diagram has no cycles.
    sources = list(dict.fromkeys(link["source"] for link in links))
    targets = list(dict.fromkeys(link["target"] for link in links))
    labels = sources + targets
    fig = go.Figure(go.Sankey(
        arrangement="snap",
        node={"label": labels, "pad": 14, "thickness": 16,
              "color": ["#23395d"] * len(sources) + ["#4a90c2"] * len(targets)},
        link={"source": [sources.index(link["source"]) for link in links],
              "target": [len(sources) + targets.index(link["target"]) for link in links],
              "value": [link["count"] for link in links], "color": "rgba(74,111,165,0.35)"},
    ))
    return _style(fig, t("exposure.sankey", lang))
