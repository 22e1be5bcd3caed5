"""The Trace page in a real browser, on the bundled sample."""

from __future__ import annotations

from urllib.parse import quote

from browser_helpers import click_element, cy_evaluate, cy_ready, open_page, screenshot, settle, wait_stable

DV_RECIPIENTS = ("介護保険資格管理業務", "介護保険料賦課徴収業務", "生活機能評価関係業務",
                 "川口市災害時要援護者登録制度", "料金収納システム業務")
DV = quote("DV情報等")


def edge_to(page, business: str) -> str:
    """The id of the drawn edge whose target is the named business."""
    return cy_evaluate(page, """
        const edge = cy.edges().filter(e => e.target().data('business') === arg)[0];
        return edge ? edge.id() : null;
    """, business)


def drawn_businesses(page) -> set[str]:
    return set(cy_evaluate(page, "return cy.nodes('.business, .external').map(n => n.data('business'));"))


def test_trace001_dv_items_reach_kaigo_and_water_as_page_text(page, server):
    open_page(page, server, f"/trace?item={DV}&mode=confirmed")
    cy_ready(page, minimum=5)
    grid_text = page.inner_text("#trace-hops")
    for business in DV_RECIPIENTS:
        assert business in grid_text
    assert set(DV_RECIPIENTS) <= drawn_businesses(page)
    screenshot(page, "trace")
    assert page.console_errors == []


def test_trace002_a_click_on_an_edge_shows_its_source_line(page, server):
    open_page(page, server, f"/trace?item={DV}")
    cy_ready(page, minimum=5)
    click_element(page, edge_to(page, "料金収納システム業務"))
    page.wait_for_selector("#provenance-line")
    assert page.inner_text("#provenance-document") == "sample-flows.csv"
    assert page.inner_text("#provenance-line") == "6"  # the CSV row stating 市民課 → 水道局 料金収納システム業務
    assert "料金収納システム業務" in page.inner_text("#provenance-quote")
    href = page.get_attribute("#provenance-link", "href")
    assert href.startswith("/documents/") and href.endswith("?line=6")
    # the hop table follows the selection
    page.wait_for_selector("#trace-hops .ag-row-selected")
    assert "料金収納システム業務" in page.inner_text("#trace-hops .ag-row-selected")


def test_trace003_as_of_hides_the_hops_that_start_after_it(page, server):
    # 料金収納 starts 2014-01-06, the four 介護保険課 hops 2014-01-14
    open_page(page, server, f"/trace?item={DV}&as_of=2014-01-10&mode=confirmed")
    cy_ready(page, minimum=1)
    drawn = drawn_businesses(page)
    assert "料金収納システム業務" in drawn
    assert not drawn & set(DV_RECIPIENTS[:4])
    assert "介護保険資格管理業務" not in page.inner_text("#trace-hops")


def test_trace004_controls_write_the_url_and_back_restores_the_view(page, server):
    open_page(page, server, f"/trace?item={DV}&mode=confirmed")
    cy_ready(page, minimum=5)
    page.fill("#trace-as-of", "2014-01-10")
    page.wait_for_function("() => window.location.search.includes('as_of=2014-01-10')")
    settle(page)
    assert "介護保険資格管理業務" not in drawn_businesses(page)
    page.go_back()
    page.wait_for_function("() => !window.location.search.includes('as_of')")
    settle(page)
    cy_ready(page, minimum=5)
    assert set(DV_RECIPIENTS) <= drawn_businesses(page)


def test_trace005_selecting_a_row_highlights_its_edge(page, server):
    open_page(page, server, f"/trace?item={DV}&mode=confirmed")
    cy_ready(page, minimum=5)
    page.locator("#trace-hops .ag-row", has_text="生活機能評価関係業務").first.locator(".ag-cell").nth(2).click()
    edge = edge_to(page, "生活機能評価関係業務")
    page.wait_for_function(
        "(id) => window.dash_clientside.tadori.cy('trace-graph').getElementById(id).style('width') === '6px'",
        arg=edge)
    page.wait_for_selector("#provenance-line")
    assert page.inner_text("#provenance-line") == "4"


def test_trace006_a_node_card_and_the_focus_path(page, server):
    open_page(page, server, f"/trace?item={DV}")
    cy_ready(page, minimum=6)
    click_element(page, "business:川口市:介護保険資格管理業務")
    page.wait_for_selector("#node-card")
    card = page.inner_text("#node-card")
    assert "介護保険資格管理業務" in card and "DV情報等" in card and "介護保険課" in card
    page.click("#trace-focus")
    page.wait_for_function("() => window.location.search.includes('focus=')")
    page.wait_for_function("() => window.dash_clientside.tadori.cy('trace-graph').edges().length === 1")
    assert drawn_businesses(page) == {"住民基本台帳業務", "介護保険資格管理業務"}


def test_trace007_deeper_hops_expand_on_click_and_departments_collapse(page, server):
    open_page(page, server, f"/trace?item={DV}&depth=1")
    cy_ready(page, minimum=6)
    assert "川口市社会福祉協議会" not in drawn_businesses(page)
    node = "business:川口市:川口市災害時要援護者登録制度"
    assert "＋1" in cy_evaluate(page, "return cy.getElementById(arg).data('label');", node)
    click_element(page, node)  # a tap on a box marked ＋N opens its further hops
    page.wait_for_function("() => window.location.search.includes('expand=')")
    settle(page)
    assert "川口市社会福祉協議会" in drawn_businesses(page)
    click_element(page, "business:川口市:介護保険資格管理業務")
    page.click("#trace-collapse")
    page.wait_for_function("() => window.location.search.includes('collapse=')")
    settle(page)
    assert "介護保険資格管理業務" not in drawn_businesses(page)
    assert cy_evaluate(page, "return cy.nodes('.department.collapsed').map(n => n.data('label'));") == ["介護保険課"]
    wait_stable(page)
    click_element(page, "group:川口市:介護保険課")  # a tap on the folded box unfolds it
    page.wait_for_function("() => !window.location.search.includes('collapse=')")
    settle(page)
    assert "介護保険資格管理業務" in drawn_businesses(page)


def test_trace008_the_search_box_completes_names(page, server):
    open_page(page, server, "/trace")
    page.click("#trace-item")
    page.fill("input.dash-dropdown-search", "料金収納")
    page.click("text=料金収納システム業務（業務）")
    page.wait_for_function("() => window.location.search.includes('item=')")
    settle(page)
    assert "item=%E6%96%99%E9%87%91" in page.url  # 料金…
