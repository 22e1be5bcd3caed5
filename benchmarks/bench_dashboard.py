"""The Trace view of a ~300-node answer drawn in headless Chromium, against a bare Dash page load.

    python benchmarks/bench_dashboard.py [--nodes 300] [--runs 5]

Builds a synthetic one-city store whose trace from 住民基本台帳業務 reaches about ``--nodes``
businesses, serves the dashboard in-process, and times in the system Chromium (same flags as the
browser tests): (1) opening ``/trace?…`` until every node and edge is in cytoscape and two frames
are painted; (2) a redraw after a control change (depth 50 → 1 → 50); (3) the bare baseline, the
start page (Dash boot, no graph). Also the server's share: trace + elements for that answer.
Target (DESIGN.md): the 300-node view drawn in < 2 s. Figures go to benchmarks/results/dashboard.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from machine import machine  # noqa: E402
from synthetic import make_record_store  # noqa: E402
from werkzeug.serving import make_server  # noqa: E402

from tadori.dashboard.app import create_app  # noqa: E402
from tadori.dashboard.elements import trace_elements, visible_hops  # noqa: E402
from tadori.dashboard.images import CHROMIUM_FLAGS, chromium_path  # noqa: E402
from tadori.dashboard.limits import MAX_DRAWN_HOPS  # noqa: E402
from tadori.graph.networkx_store import NetworkXStore  # noqa: E402
from tadori.queries.trace import trace  # noqa: E402

RESULTS = HERE / "results" / "dashboard.json"
CITY = "架空市0000"
START = "住民基本台帳業務"
LOADED = """([nodes, edges]) => {
    const tadori = window.dash_clientside && window.dash_clientside.tadori;
    const cy = tadori && tadori.cy('trace-graph');
    return !!cy && cy.nodes('.business, .external').length === nodes && cy.edges().length === edges;
}"""
PAINTED = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))"


def drawn(page, nodes: int, edges: int) -> float:
    """performance.now() (ms since navigation) once the answer is in cytoscape and two frames are painted."""
    page.wait_for_function(LOADED, arg=[nodes, edges], timeout=60_000, polling=20)
    return page.evaluate(PAINTED)


def build_store(nodes: int, directory: Path) -> tuple[NetworkXStore, int, int]:
    """A store whose trace reaches at least ``nodes`` nodes (businesses grow with the flows)."""
    flows = nodes * 2
    while True:
        records = make_record_store(directory / f"s{flows}.db", municipalities=1, flows_per_city=flows,
                                    businesses=int(nodes * 1.15))
        store = NetworkXStore.from_records(records)
        answer = trace(store, START, municipality=CITY)
        if len(answer.node_ids()) >= nodes:
            return store, len(answer.node_ids()), len(answer.hops)
        flows = int(flows * 1.2)


def drawn_size(store: NetworkXStore) -> tuple[int, int]:
    """(business and outside-party nodes, edges) the page draws: a long answer is drawn up to its cap."""
    answer = trace(store, START, municipality=CITY, mode="both")
    visible, _ = visible_hops(answer, 50)
    elements = trace_elements(replace(answer, hops=visible[:MAX_DRAWN_HOPS]), depth=50)
    nodes = sum(1 for e in elements if "source" not in e["data"] and {"business", "external"} & set(
        e.get("classes", "").split()))
    return nodes, sum(1 for e in elements if "source" in e["data"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    chromium = chromium_path()
    if chromium is None:
        sys.exit("bench_dashboard needs Debian's chromium (/usr/bin/chromium)")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        store, answer_nodes, answer_hops = build_store(args.nodes, Path(tmp))
        nodes, edges = drawn_size(store)
        server_times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            answer = trace(store, START, municipality=CITY, mode="both")
            trace_elements(answer, depth=50)
            server_times.append(time.perf_counter() - started)
        app = create_app(store)
        httpd = make_server("127.0.0.1", 0, app.server, threaded=True)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{httpd.server_port}"
        url = f"{base}/trace?item={quote(START)}&municipality={quote(CITY)}&depth=50"
        loads, redraws, blanks = [], [], []
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                str(Path(tmp) / "profile"), executable_path=chromium, args=list(CHROMIUM_FLAGS), headless=True,
                viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            page.goto(base + "/")  # warm the browser cache of the scripts, as a returning user has it
            page.wait_for_load_state("networkidle")
            for _ in range(args.runs):
                page.goto(base + "/")
                page.wait_for_selector("#home-counts")
                blanks.append(page.evaluate("() => performance.now()") / 1000)
                page.goto(url)
                loads.append(drawn(page, nodes, edges) / 1000)
                shallow = page.evaluate("() => window.dash_clientside.tadori.cy('trace-graph').nodes().length")
                page.fill("#trace-depth", "1")
                page.keyboard.press("Enter")
                page.wait_for_function(f"() => window.dash_clientside.tadori.cy('trace-graph').nodes().length "
                                       f"!== {shallow}", timeout=60_000, polling=20)
                started = time.perf_counter()
                page.fill("#trace-depth", "50")
                page.keyboard.press("Enter")
                drawn(page, nodes, edges)
                redraws.append(time.perf_counter() - started)
            context.close()
        httpd.shutdown()
    figures = {
        "answer": {"nodes": answer_nodes, "hops": answer_hops, "drawn_nodes": nodes, "drawn_hops": edges},
        "open_trace_view_s": {"median": statistics.median(loads), "all": loads},
        "redraw_after_control_change_s": {"median": statistics.median(redraws), "all": redraws},
        "baseline_start_page_s": {"median": statistics.median(blanks), "all": blanks},
        "server_trace_and_elements_s": {"median": statistics.median(server_times)},
        "ratio_open_to_baseline": statistics.median(loads) / statistics.median(blanks),
        "target_s": 2.0,
        "meets_target": statistics.median(loads) < 2.0 and statistics.median(redraws) < 2.0,
        "machine": {"python": platform.python_version(), "processor": platform.machine(),
                    "cpus": __import__("os").cpu_count()},
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"machine": machine(), **figures}, indent=2) + "\n", encoding="utf-8")
    print(f"answer: {nodes} nodes, {edges} hops")
    print(f"open /trace until drawn: {figures['open_trace_view_s']['median']:.2f} s median "
          f"(start page alone {figures['baseline_start_page_s']['median']:.2f} s)")
    print(f"redraw after a control change: {figures['redraw_after_control_change_s']['median']:.2f} s median")
    print(f"server trace + elements: {figures['server_trace_and_elements_s']['median'] * 1000:.1f} ms")
    print(f"target < 2 s: {'met' if figures['meets_target'] else 'MISSED'}  → {RESULTS}")


if __name__ == "__main__":
    main()
