"""The graph legend: basis colours, line styles and node shapes, all as page text."""

from __future__ import annotations

from dash import html

from .elements import BASIS_COLOURS
from .messages import t

__all__ = ["graph_legend"]


def graph_legend(lang: str = "ja") -> html.Div:
    basis = [html.Span([html.Span(className="legend-swatch", style={"backgroundColor": colour}),
                        t(f"basis.{name}", lang)], className="legend-entry", id=f"legend-{name}")
             for name, colour in BASIS_COLOURS.items()]
    lines = [
        html.Span([html.Span(className="legend-line solid"), t("legend.solid", lang)], className="legend-entry"),
        html.Span([html.Span(className="legend-line dashed"), t("legend.dashed", lang)], className="legend-entry"),
        html.Span([html.Span(className="legend-line faint"), t("legend.possible", lang)], className="legend-entry"),
        html.Span([html.Span(className="legend-shape box"), t("legend.business", lang)], className="legend-entry"),
        html.Span([html.Span(className="legend-shape hexagon"), t("legend.external", lang)],
                  className="legend-entry"),
        html.Span([html.Span(className="legend-shape barrel"), t("legend.contractor", lang)],
                  className="legend-entry"),
        html.Span([html.Span(className="legend-shape group"), t("legend.department", lang)],
                  className="legend-entry"),
    ]
    return html.Div([html.Div([html.Span(t("trace.legend", lang) + ":", className="legend-title")] + basis,
                              className="legend-row"),
                     html.Div(lines, className="legend-row")], className="legend", id="trace-legend")
