"""Page helpers without a browser: search options, charts, quality tables, the app's wiring."""

from __future__ import annotations

import dash

from tadori.dashboard.app import PAGE_MODULES, create_app
from tadori.dashboard.charts import breakdown_figure, cumulative_figure, sankey_figure
from tadori.dashboard.controls import municipality_options, search_options
from tadori.dashboard.quality_view import diagnostic_rows, name_variants
from tadori.queries.exposure import exposure


def test_search_options_name_the_type_and_every_city_and_keep_the_current_value(sample_store):
    options = search_options(sample_store, "住民基本台帳", keep="DV情報等")
    # every option answers the text it was found for, so the dropdown does not filter it out again
    assert options[0] == {"label": "DV情報等", "value": "DV情報等", "search": "住民基本台帳"}
    hub = next(o for o in options if o["value"] == "住民基本台帳業務")
    assert "（業務）" in hub["label"] and "川口市" in hub["label"] and "久留米市" in hub["label"]
    assert search_options(sample_store, "", keep=None) == []
    assert search_options(sample_store, "川口", municipalities=True)[0]["value"] == "川口市"
    assert [o["value"] for o in municipality_options(sample_store)] == ["久留米市", "川口市"]


def test_exposure_figures_carry_the_answer(sample_store):
    result = exposure(sample_store, "住民基本台帳業務")
    curve = cumulative_figure(result.by_fiscal_year, "ja")
    assert curve.data[0].y == (10,) and curve.data[0].x == ("2013年度",)
    breakdown = breakdown_figure(result.by_basis, result.by_kind, "en")
    assert sum(breakdown.data[0].y) == len(result.hops) == sum(breakdown.data[1].y)
    sankey = sankey_figure(result.sankey)
    assert "市民課" in sankey.data[0].node.label and sum(sankey.data[0].link.value) == len(result.hops)


def test_quality_tables_on_a_clean_sample(sample_store):
    assert diagnostic_rows(sample_store) == [] and name_variants(sample_store) == []


def test_the_app_registers_every_page_and_its_nav(sample_store):
    app = create_app(sample_store)
    paths = {page["path"] for page in dash.page_registry.values()}
    assert {"/", "/trace", "/exposure", "/dv-gap", "/council", "/documents", "/files", "/quality", "/review"} <= paths
    assert any(p.get("path_template") == "/documents/<document_id>" for p in dash.page_registry.values())
    assert len(PAGE_MODULES) == 10 and app.title.startswith("Tadori")
