"""The same pages on a store built from the seed documents in ../shared/seeds (real published reports).

Expectations come from ../shared/gold (hand-checked extractions), read at test time.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

import pytest
from browser_helpers import click_element, cy_evaluate, cy_ready, open_page, screenshot, serving, settle
from shared_data import require_shared

from tadori.graph.networkx_store import NetworkXStore
from tadori.ingest.loader import ingest_files
from tadori.ingest.recordstore import RecordStore

pytestmark = pytest.mark.seeds


def _gold(shared: Path) -> dict[str, dict]:
    paths = sorted((shared / "gold").glob("*.json"))
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in paths}


@pytest.fixture(scope="module")
def seeds(server: str, tmp_path_factory: pytest.TempPathFactory):
    """The server answering from the seeds for this module, and the gold."""
    shared = require_shared()
    records = RecordStore(tmp_path_factory.mktemp("seeds") / "tadori.db")
    ingest_files(records, sorted((shared / "seeds").glob("*.txt")))
    with serving(NetworkXStore.from_records(records)):
        yield server, _gold(shared)


def _dv_flows(gold: dict[str, dict]) -> list[tuple[str, dict]]:
    return [(stem, flow) for stem, doc in gold.items() for flow in doc["flows"]
            if any("DV" in item for item in flow.get("items") or [])]


@pytest.mark.parametrize("path", ["/", "/trace?item=" + quote("DV情報等"),
                                  "/exposure?target=" + quote("住民基本台帳業務"), "/dv-gap", "/council",
                                  "/documents", "/quality"])
def test_seeds001_every_page_loads_with_no_console_errors(page, seeds, path):
    base, _ = seeds
    open_page(page, base, path)
    settle(page)
    name = path.strip("/").split("?")[0] or "home"
    screenshot(page, f"seeds_{name}")
    assert page.console_errors == []


def test_seeds002_dv_items_reach_the_recipients_gold_names_and_an_edge_cites_its_line(page, seeds):
    base, gold = seeds
    expected = _dv_flows(gold)
    assert expected, "the gold names DV flows"
    open_page(page, base, "/trace?item=" + quote("DV情報等") + "&mode=confirmed")
    cy_ready(page, minimum=len(expected))
    grid = page.inner_text("#trace-hops")
    for _, flow in expected:
        assert flow["recipient_business"] in grid
    stem, flow = expected[-1]
    edge = cy_evaluate(page, "const e = cy.edges().filter(e => e.target().data('business') === arg)[0];"
                             "return e ? e.id() : null;", flow["recipient_business"])
    click_element(page, edge)
    page.wait_for_selector("#provenance-line")
    assert page.inner_text("#provenance-line") == str(flow["line"])
    assert page.inner_text("#provenance-document") == f"{stem}.txt"


def test_seeds003_the_cited_line_of_a_seed_document_is_highlighted(page, seeds):
    base, gold = seeds
    stem, flow = _dv_flows(gold)[0]
    open_page(page, base, "/documents")
    page.click(f"text={stem}.txt")
    page.wait_for_selector("#document-text")
    open_page(page, base, page.url.removeprefix(base).split("?")[0] + f"?line={flow['line']}")
    assert page.locator(".doc-line.cited").get_attribute("id") == f"line-{flow['line']}"
    assert flow["recipient_business"] in page.inner_text(".doc-line.cited")


def test_seeds004_the_council_page_lists_the_gold_cases(page, seeds):
    base, gold = seeds
    titles = [case["title"] for doc in gold.values() for case in doc.get("council_cases", [])]
    open_page(page, base, "/council")
    text = page.inner_text("#council-cases")
    found = [title for title in titles if title[:20] in text]
    assert len(found) >= 0.8 * len(titles), f"{len(found)} of {len(titles)} gold cases listed"


def test_seeds005_the_article_filter_keeps_the_cases_citing_it(page, seeds):
    base, _ = seeds
    open_page(page, base, "/council?article=10-1-2")
    rows = page.locator("#council-cases tbody tr")
    assert rows.count() > 0
    for text in rows.locator("td:nth-child(4)").all_inner_texts():
        assert "第10条第1項" in text
