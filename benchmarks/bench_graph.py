"""Graph build and trace on a synthetic national store, against bare baselines measured in the same run.

    python benchmarks/bench_graph.py [--flows 1000000]

Figures go to benchmarks/results/graph.json. Each build runs in a fresh process so its peak memory
is its own. Targets (DESIGN.md): build ≤ 10 s and ≤ 1.5 GB per 1M flows; one item traced from one
business ≤ 1 ms median; the item from every municipality's 住民基本台帳業務 at once ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synthetic import make_record_store  # noqa: E402

from tadori.graph.model import item_key  # noqa: E402
from tadori.graph.networkx_store import NetworkXStore  # noqa: E402
from tadori.ingest.recordstore import RecordStore  # noqa: E402
from tadori.queries.trace import trace  # noqa: E402

FLOWS_PER_CITY = 1000


def timed(function, repeat: int) -> float:
    """Median seconds of ``repeat`` calls."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def bare_bfs(adjacency: dict[str, tuple[str, ...]], starts: list[str]) -> int:
    seen, queue = set(starts), deque(starts)
    while queue:
        for nxt in adjacency.get(queue.popleft(), ()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return len(seen)


def measure_in_child(path: Path) -> dict:
    """Build the store in this process (called with --child) and report time, memory and trace speed."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    store = NetworkXStore.from_records(RecordStore(path))
    build_seconds = time.perf_counter() - start
    peak_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    flows = len(store.flows())
    key = item_key("DV情報等")
    city = "架空市0000"
    register = f"business:{city}:住民基本台帳業務"
    one = timed(lambda: trace(store, "住民基本台帳業務", item="DV情報等", municipality=city, mode="confirmed"), 21)
    everywhere = timed(lambda: trace(store, "DV情報等", mode="confirmed"), 5)
    # The bare baseline: a dict of tuples of the flows that state the item, walked breadth first.
    adjacency: dict[str, list[str]] = {}
    for flow in store.flows_with_item(key):
        adjacency.setdefault(flow.source, []).append(flow.target)
    frozen = {node: tuple(targets) for node, targets in adjacency.items()}
    bare_one = timed(lambda: bare_bfs(frozen, [register]), 201)
    registers = [n.id for n in store.nodes("Business") if n.name == "住民基本台帳業務"]
    bare_everywhere = timed(lambda: bare_bfs(frozen, registers), 21)
    return {
        "flows": flows, "build_seconds": round(build_seconds, 2), "build_peak_mb": round(peak_mb),
        "trace_one_business_ms": round(one * 1e3, 3), "bare_bfs_one_ms": round(bare_one * 1e3, 4),
        "trace_all_registers_ms": round(everywhere * 1e3, 1),
        "bare_bfs_all_registers_ms": round(bare_everywhere * 1e3, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--flows", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure_in_child(args.child)))
        return
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for total in args.flows:
            path = Path(folder) / f"synthetic-{total}.db"
            make_record_store(path, municipalities=max(1, total // FLOWS_PER_CITY), flows_per_city=FLOWS_PER_CITY)
            child = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True,
                                   check=True)
            row = json.loads(child.stdout)
            print(row)
            results.append(row)
    out = HERE / "results" / "graph.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"machine": "2 cores, 24 GiB", "results": results}, indent=2) + "\n")
    print(f"wrote {out.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
