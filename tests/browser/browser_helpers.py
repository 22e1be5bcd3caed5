"""Playwright helpers for the dashboard tests: wait for Dash, click cytoscape elements, save screenshots."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Page

from tadori.dashboard import state
from tadori.graph.protocol import GraphStore

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
# Exactly these flags: headless, no sandbox/GPU, and no network except this machine.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"]


def settle(page: Page, timeout: float = 15_000) -> None:
    """Wait until Dash has no request in flight and no callback pending."""
    page.wait_for_load_state("networkidle", timeout=timeout)
    page.wait_for_function("() => !document.querySelector('[data-dash-is-loading=\"true\"]')", timeout=timeout)


def open_page(page: Page, base: str, path: str) -> None:
    page.goto(base + path)
    page.wait_for_selector("#_pages_content > *", timeout=15_000)
    settle(page)


def cy_ready(page: Page, graph_id: str = "trace-graph", minimum: int = 1) -> None:
    """Wait until the cytoscape graph holds at least ``minimum`` edges."""
    page.wait_for_function(
        "([id, n]) => { const cy = window.dash_clientside.tadori.cy(id); return cy && cy.edges().length >= n; }",
        arg=[graph_id, minimum], timeout=15_000)
    settle(page)
    wait_stable(page, graph_id)


def wait_stable(page: Page, graph_id: str = "trace-graph") -> None:
    """Wait until the graph stops moving: the grid below renders late and a scrollbar can shift the page."""
    page.wait_for_function("""([id]) => new Promise(resolve => {
        const cy = window.dash_clientside.tadori.cy(id);
        const where = () => JSON.stringify([cy.container().getBoundingClientRect(), cy.pan(), cy.zoom()]);
        const first = where();
        setTimeout(() => resolve(first === where()), 250);
    })""", arg=[graph_id], timeout=15_000)


def cy_evaluate(page: Page, script: str, arg=None, graph_id: str = "trace-graph"):
    """Run ``script`` (a function body with ``cy`` and ``arg`` in scope) against the graph."""
    return page.evaluate(f"([id, arg]) => {{ const cy = window.dash_clientside.tadori.cy(id); {script} }}",
                         [graph_id, arg])


def click_element(page: Page, element_id: str, graph_id: str = "trace-graph") -> None:
    """Click a node or edge where it is drawn: the canvas has no DOM element to click."""
    point = cy_evaluate(page, """
        const element = cy.getElementById(arg);
        if (element.empty()) { return null; }
        const p = element.isEdge() ? element.renderedMidpoint() : element.renderedPosition();
        const box = cy.container().getBoundingClientRect();
        return {x: box.left + p.x, y: box.top + p.y};
    """, element_id, graph_id)
    assert point is not None, f"no element {element_id} in the graph"
    page.mouse.click(point["x"], point["y"])


def screenshot(page: Page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@contextmanager
def serving(store: GraphStore) -> Iterator[None]:
    """Answer from ``store`` while the block runs, then from the one before (the app reads it per request)."""
    before = state.get_store()
    state.set_store(store)
    try:
        yield
    finally:
        state.set_store(before)
