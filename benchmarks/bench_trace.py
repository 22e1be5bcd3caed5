"""Query answers on a synthetic national graph: trace, exposure, DV gap and paths, median times.

    python benchmarks/bench_trace.py [--flows 1000000]

The graph is the whole country's as commands and the server read it: the compact index
(graph/compact_index.py, built first) opened as a CompactStore. Prints the figures and writes
benchmarks/results/trace.json; ``*_first_ms`` is the first answer of a fresh store (objects read
from the index), the others the median after it. Targets (DESIGN.md): one item
traced from one business ≤ 1 ms median (the whole answer, hops with provenance); the item
from every municipality's 住民基本台帳業務 at once ≤ 50 ms at 1M flows. A bare BFS over a
dict of tuples of the flows that carry the item is measured in the same run as the baseline.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import deque
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from machine import machine  # noqa: E402
from synthetic import shared_record_store  # noqa: E402

from tadori.graph.compact_store import CompactStore  # noqa: E402
from tadori.graph.model import item_key  # noqa: E402
from tadori.queries.dv_gap import dv_gap  # noqa: E402
from tadori.queries.exposure import exposure  # noqa: E402
from tadori.queries.paths import paths  # noqa: E402
from tadori.queries.trace import reach, trace  # noqa: E402

FLOWS_PER_CITY = 1000


FIRST: dict[str, float] = {}


def median_ms(function, repeat: int, name: str | None = None) -> float:
    start = time.perf_counter()
    function()  # the first call builds the per-store name index; answers after it are what users wait for
    if name:
        FIRST[name] = round((time.perf_counter() - start) * 1000, 1)
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return round(statistics.median(samples) * 1000, 3)


def bare_bfs(adjacency: dict[str, tuple[str, ...]], starts: list[str]) -> int:
    seen, queue = set(starts), deque(starts)
    while queue:
        for nxt in adjacency.get(queue.popleft(), ()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return len(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flows", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        records = shared_record_store(Path(folder), municipalities=max(1, args.flows // FLOWS_PER_CITY),
                                      flows_per_city=FLOWS_PER_CITY)
        start = time.perf_counter()
        store = CompactStore.open(records)
        index_seconds = time.perf_counter() - start
        results = measure(store)
    results["index_open_or_build_s"] = round(index_seconds, 2)  # built unless bench_graph built it already
    print(json.dumps(results, ensure_ascii=False, indent=2))
    out = HERE / "results" / "trace.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"machine": machine(), **results}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def measure(store: CompactStore) -> dict:
    city = "架空市0000"
    register = f"business:{city}:住民基本台帳業務"
    adjacency: dict[str, list[str]] = {}
    for flow in store.flows_with_item(item_key("DV情報等")):
        adjacency.setdefault(flow.source, []).append(flow.target)
    frozen = {node: tuple(targets) for node, targets in adjacency.items()}
    registers = [n.id for n in store.nodes("Business") if n.name == "住民基本台帳業務"]
    one = trace(store, "住民基本台帳業務", item="DV情報等", municipality=city)
    everywhere = trace(store, "DV情報等")
    key = item_key("DV情報等")
    results = {
        "flows": store.counts()["FLOWS_TO"],
        "trace_one_business_ms": median_ms(
            lambda: trace(store, "住民基本台帳業務", item="DV情報等", municipality=city), 51),
        "trace_one_business_hops": len(one.hops),
        "bare_bfs_one_ms": median_ms(lambda: bare_bfs(frozen, [register]), 201),
        "trace_all_registers_ms": median_ms(lambda: trace(store, "DV情報等"), 5),
        "trace_all_registers_hops": len(everywhere.hops),
        # The reachability core alone (flows, depths and statuses; no hop descriptions).
        "reach_all_registers_ms": median_ms(lambda: reach(store, registers, key=key), 21),
        "bare_bfs_all_registers_ms": median_ms(lambda: bare_bfs(frozen, registers), 21),
        "exposure_one_business_ms": median_ms(
            lambda: exposure(store, "住民基本台帳業務", municipality=city, mode="confirmed"), 3),
        "dv_gap_one_city_ms": median_ms(lambda: dv_gap(store, municipality=city), 5, "dv_gap_one_city"),
        "paths_depth_3_ms": median_ms(lambda: paths(store, "住民基本台帳業務", "国民健康保険業務", municipality=city,
                                                    max_depth=3), 3),
        "country_trace_both_modes_ms": median_ms(lambda: trace(store, "DV情報等", mode="both"), 3,
                                                 "country_trace_both_modes"),
        "country_trace_both_modes_hops": len(trace(store, "DV情報等", mode="both").hops),
        "python": sys.version.split()[0],
    }
    results.update({f"{name}_first_ms": ms for name, ms in FIRST.items()})
    return results


if __name__ == "__main__":
    main()
