"""The dashboard answers an auditor can sign (issue 16, point 5 and the dashboard side of point 2)."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote

import pytest
from browser_helpers import click_element, cy_evaluate, cy_ready, open_page, serving, settle, wait_stable
from shared_data import require_shared

from tadori.graph.networkx_store import NetworkXStore
from tadori.ingest.loader import ingest_files
from tadori.ingest.recordstore import RecordStore

DV = quote("DV情報等")
JUKI = quote("住民基本台帳業務")


def edge_count(page) -> int:
    return cy_evaluate(page, "return cy.edges().length;")


def test_aud001_collapsing_a_department_keeps_the_arrows_into_it(page, server):
    open_page(page, server, f"/trace?item={DV}&mode=confirmed")
    cy_ready(page, minimum=5)
    before = edge_count(page)
    click_element(page, "business:川口市:介護保険資格管理業務")
    page.click("#trace-collapse")
    page.wait_for_function("() => window.location.search.includes('collapse=')")
    settle(page)
    wait_stable(page)
    collapsed_url = page.url
    into_box = cy_evaluate(page, "return cy.getElementById(arg).incomers('edge').length;", "group:川口市:介護保険課")
    shown = edge_count(page)
    open_page(page, server, collapsed_url[len(server):])
    cy_ready(page, minimum=1)
    assert shown == edge_count(page) == before  # the folded box keeps every arrow, as a fresh load draws it
    assert into_box == 4


@pytest.fixture(scope="module")
def seeds(server: str, tmp_path_factory: pytest.TempPathFactory):
    """The server answering from the seed documents (long lines, long document names) for a test."""
    shared = require_shared()
    records = RecordStore(tmp_path_factory.mktemp("auditor-seeds") / "tadori.db")
    ingest_files(records, sorted((shared / "seeds").glob("*.txt")))
    return NetworkXStore.from_records(records)


def test_aud002_the_quoted_line_of_a_hop_is_shown_whole_at_every_width(page, server, seeds):
    with serving(seeds):
        _quote_is_whole(page, server)


def _quote_is_whole(page, server):
    for width in (1000, 1400, 1920):
        page.set_viewport_size({"width": width, "height": 1000})
        open_page(page, server, f"/trace?item={DV}&mode=confirmed")
        cy_ready(page, minimum=5)
        page.locator("#trace-hops .ag-row", has_text="介護保険資格管理業務").first.locator(".ag-cell").nth(3).click()
        page.wait_for_selector("#provenance-quote")
        clipped = page.evaluate("""() => {
            const side = document.querySelector('#trace-provenance').closest('.side');
            const edge = side.getBoundingClientRect().right;
            const cut = [...document.querySelectorAll('#trace-provenance dd')]
                .some(dd => dd.getBoundingClientRect().right > edge + 1);
            return cut || side.scrollWidth > side.clientWidth + 1;
        }""")
        assert not clipped, f"the quote is clipped at {width} px"
    page.set_viewport_size({"width": 1400, "height": 1000})


def test_aud003_an_unknown_name_is_answered_in_japanese_with_suggestions(page, server):
    open_page(page, server, "/trace?item=" + quote("住民基本台帳業"))
    page.wait_for_selector("#trace-message:not(:empty)")
    message = page.inner_text("#trace-message")
    assert "見つかりません" in message and "住民基本台帳業務" in message
    assert not re.search(r"[A-Za-z]{3,}", message)


def test_aud004_the_hop_table_shows_basis_document_and_line_at_1600_px(page, server):
    page.set_viewport_size({"width": 1600, "height": 1000})
    open_page(page, server, f"/trace?item={DV}&mode=confirmed")
    cy_ready(page, minimum=5)
    page.wait_for_selector("#trace-hops .ag-row")
    grid = page.locator("#trace-hops").bounding_box()
    for column in ("basis", "document", "line"):
        header = page.locator(f'#trace-hops .ag-header-cell[col-id="{column}"]')
        box = header.bounding_box()
        assert box is not None and box["x"] >= grid["x"] and box["x"] + box["width"] <= grid["x"] + grid["width"] + 1, \
            f"column {column} is off-screen at 1600 px"
    page.set_viewport_size({"width": 1400, "height": 1000})


def test_aud005_no_english_and_no_none_in_the_japanese_pages(page, server):
    _no_english(page, server)


def test_aud005b_no_english_and_no_none_on_the_seed_documents(page, server, seeds):
    with serving(seeds):
        _no_english(page, server)


def _no_english(page, server):
    # file names, format names and the language switch are not English prose
    # (and the documents' acronyms in titles)
    allowed = re.compile(r"[\w.-]+\.(?:csv|txt|xlsx|html?|pdf)\b|[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)+|"
                         r"(?<![A-Za-z])[A-Z]{2,}(?![a-z])|DV|Tadori|English|CSV|XLSX|SVG|PNG|GraphML|Mermaid|JSON|AI|OCR|ID|Gephi|Excel|Neo4j|Bloom")
    for path in (f"/trace?item={DV}&mode=confirmed", f"/exposure?target={JUKI}", "/dv-gap", "/council",
                 "/documents", "/quality", "/"):
        open_page(page, server, path)
        settle(page)
        if "trace" in path:
            cy_ready(page, minimum=1)
            page.locator("#trace-hops .ag-row").first.locator(".ag-cell").nth(2).click()
            page.wait_for_selector("#provenance-quote")
        # quoted lines are the documents' own words (a CSV row may say "consent"): everything else is the UI's
        text = page.evaluate("""() => {
            const copy = document.getElementById('_pages_content').cloneNode(true);
            copy.querySelectorAll('q, .quote, .doc-text').forEach(q => q.remove());
            document.body.appendChild(copy);
            const text = copy.innerText;
            copy.remove();
            return text;
        }""")
        assert "None" not in text, path
        words = [w for w in re.findall(r"[A-Za-z_]{4,}", allowed.sub("", text))]
        assert words == [], f"{path}: {words[:10]}"


def test_aud006_the_search_box_shows_what_the_server_matched(page, server):
    open_page(page, server, "/trace")
    page.click("#trace-item")
    # the server reads hiragana and half-width kana as katakana, and forgives a typo
    for typed, expected in (("しすてむ", "料金収納システム業務"), ("ﾘ災証明", "り災証明書等発行業務"),
                            ("住民基本台帳業無", "住民基本台帳業務")):
        page.fill("input.dash-dropdown-search", typed)
        settle(page)
        options = page.locator(".dash-dropdown-option, .VirtualizedSelectOption")
        options.first.wait_for(timeout=10_000)
        assert expected in " ".join(options.all_inner_texts()), typed


def test_aud007_labels_stay_readable_on_a_larger_answer(page, server):
    open_page(page, server, f"/trace?item={JUKI}&depth=9")
    cy_ready(page, minimum=10)
    smallest = cy_evaluate(page, """
        const zoom = cy.zoom();
        return Math.min(...cy.nodes().filter(n => !n.isParent()).map(n => parseFloat(n.style('font-size')) * zoom));
    """)
    assert smallest >= 9, f"labels drawn at {smallest:.1f} px"


def test_aud008_arrows_are_not_drawn_through_boxes(page, server):
    open_page(page, server, f"/trace?item={JUKI}&depth=9")
    cy_ready(page, minimum=10)
    crossings = cy_evaluate(page, """
        const boxes = cy.nodes().filter(n => !n.isParent());
        const hits = [];
        cy.edges().forEach(edge => {
            const s = edge.sourceEndpoint(), t = edge.targetEndpoint();
            boxes.forEach(node => {
                if (node.same(edge.source()) || node.same(edge.target())) { return; }
                if (edge.source().isParent() && node.isChild() && node.parent().same(edge.source())) { return; }
                if (edge.target().isParent() && node.isChild() && node.parent().same(edge.target())) { return; }
                const b = node.boundingBox({includeLabels: false});
                for (let i = 1; i < 20; i++) {
                    const x = s.x + (t.x - s.x) * i / 20, y = s.y + (t.y - s.y) * i / 20;
                    if (x > b.x1 + 2 && x < b.x2 - 2 && y > b.y1 + 2 && y < b.y2 - 2) {
                        hits.push(edge.id() + ' / ' + node.id()); return;
                    }
                }
            });
        });
        return hits;
    """)
    assert crossings == []


def test_aud009_a_name_in_two_cities_is_shown_apart_with_a_municipality_column(page, server):
    open_page(page, server, f"/trace?item={JUKI}")
    cy_ready(page, minimum=5)
    summary = page.inner_text("#trace-summary")
    assert "川口市" in summary and "久留米市" in summary
    assert "自治体" in page.inner_text("#trace-hops .ag-header")
    cities = cy_evaluate(page, "return cy.nodes('.municipality').map(n => n.data('label')).sort();")
    assert cities == ["久留米市", "川口市"]


def test_aud010_a_toolbar_button_gives_the_focus_back_to_the_graph(page, server):
    open_page(page, server, f"/trace?item={DV}&mode=confirmed")
    cy_ready(page, minimum=5)
    click_element(page, "business:川口市:介護保険資格管理業務")
    page.click("#trace-focus")
    page.wait_for_function("() => window.location.search.includes('focus=')")
    settle(page)
    assert page.evaluate("() => document.activeElement && document.activeElement.id") != "trace-focus"


def _download(page, button: str) -> bytes:
    with page.expect_download(timeout=30_000) as info:
        page.click(button)
    return Path(info.value.path()).read_bytes()


def test_aud011_exported_images_carry_a_title_and_the_legend(page, server):
    open_page(page, server, f"/trace?item={DV}&mode=confirmed")
    cy_ready(page, minimum=5)
    svg = _download(page, "#trace-export-svg").decode("utf-8")
    root = ET.fromstring(svg)
    texts = ["".join(e.itertext()) for e in root.iter("{http://www.w3.org/2000/svg}text")]
    assert any("DV情報等" in text and "Tadori" in text for text in texts)  # the title
    legend = page.locator("#trace-legend .legend-entry").all_inner_texts()
    assert len(legend) >= 10 and "法令等" in legend
    for label in legend:  # every entry of the page's legend, in the image
        assert label.strip() in texts
    png = _download(page, "#trace-export-png")
    width, height = struct.unpack(">II", png[16:24])
    bare = cy_evaluate(page, """
        const image = new Image();
        image.src = cy.png({full: true, scale: 2, output: 'base64uri'});
        return image.decode().then(() => [image.width, image.height]);
    """)
    assert height > bare[1] + 80 and width >= bare[0]  # a title band above, the legend below
    assert "DV情報等".encode() in png  # and still the query


def test_aud012_exposure_of_a_name_in_two_cities_counts_each_city_apart(page, server):
    open_page(page, server, f"/exposure?target={JUKI}")
    page.wait_for_selector("#exposure-counts-table .city-row")
    rows = page.locator("#exposure-counts-table .city-row th").all_inner_texts()
    assert {row.split(" — ")[0] for row in rows} == {"川口市", "久留米市"}
    assert "全自治体の計" in page.inner_text("#exposure-counts-table")
    summary = page.inner_text("#exposure-summary")
    assert "川口市" in summary and "久留米市" in summary
