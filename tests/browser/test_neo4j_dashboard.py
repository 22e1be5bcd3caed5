"""The dashboard answering from the real Neo4j server (TADORI_BACKEND=neo4j), in a real browser.

The bundled sample is synced into the session's local Neo4j server; the composition root
opens the store the settings name, and the pages must show what they show on networkx.
"""

from __future__ import annotations

from urllib.parse import quote

from browser_helpers import click_element, cy_evaluate, cy_ready, open_page, screenshot, serving

from tadori.wiring import open_graph_store

DV = quote("DV情報等")
RESIDENT_REGISTER = quote("住民基本台帳業務")


def drawn_edges(page) -> list[str]:
    return sorted(cy_evaluate(page, "return cy.edges().map(e => e.id());"))


def test_neo4j001_trace_exposure_and_dv_gap_pages_answer_from_neo4j_as_from_networkx(
        page, server, sample_records, neo4j_uri, monkeypatch):
    monkeypatch.setenv("TADORI_BACKEND", "neo4j")
    monkeypatch.setenv("TADORI_STORE", str(sample_records.path))
    neo4j_store = open_graph_store()
    assert neo4j_store.backend == "neo4j"
    from tadori.graph.build import build_graph_data

    neo4j_store.sync(build_graph_data(sample_records), [d.to_dict() for d in sample_records.documents()])
    seen = {}
    for backend, store in (("networkx", None), ("neo4j", neo4j_store)):
        with serving(store) if store is not None else _as_is():
            open_page(page, server, f"/trace?item={DV}&mode=both")
            cy_ready(page, minimum=7)
            page.wait_for_selector("#trace-hops .ag-row")
            # the rows only: the grid's "no rows" overlay may still be fading out
            edges, grid = drawn_edges(page), page.locator("#trace-hops .ag-row").all_inner_texts()
            if backend == "neo4j":
                click_element(page, edges[0])
                page.wait_for_selector("#provenance-line")
                assert page.inner_text("#provenance-document") == "sample-flows.csv"
                screenshot(page, "trace-neo4j")
            open_page(page, server, f"/exposure?target={RESIDENT_REGISTER}")
            page.wait_for_selector("#exposure-transitive-businesses")
            counts = [page.inner_text(f"#exposure-{scope}-{key}") for scope in ("direct", "transitive")
                      for key in ("businesses", "departments", "external_parties")]
            open_page(page, server, "/dv-gap")
            page.wait_for_selector(".gap-card")
            gap = sorted(page.locator(".gap-card").all_inner_texts())
            seen[backend] = (edges, grid, counts, gap)
    assert seen["neo4j"] == seen["networkx"]
    assert len(seen["neo4j"][0]) >= 7 and len(seen["neo4j"][3]) == 4
    assert any("料金収納システム業務" in row for row in seen["neo4j"][1])
    assert page.console_errors == []
    neo4j_store.close()


class _as_is:
    """No swap: the session's networkx store answers."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None
