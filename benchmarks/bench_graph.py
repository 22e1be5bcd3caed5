"""Graph build from the record store on a synthetic national store: time and peak memory.

    python benchmarks/bench_graph.py [--flows 100000 1000000]

Figures go to benchmarks/results/graph.json. Each build runs in a fresh process so its peak memory
is its own. Target (DESIGN.md): ≤ 10 s and ≤ 1.5 GB per 1M flows. Query speeds on the same kind of
store are measured by bench_trace.py.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synthetic import make_record_store  # noqa: E402

from tadori.graph.networkx_store import NetworkXStore  # noqa: E402
from tadori.ingest.recordstore import RecordStore  # noqa: E402

FLOWS_PER_CITY = 1000


def measure_in_child(path: Path) -> dict:
    """Build the store in this process (called with --child) and report its time and peak memory."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    store = NetworkXStore.from_records(RecordStore(path))
    build_seconds = time.perf_counter() - start
    peak_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    flows = len(store.flows())
    return {"flows": flows, "build_seconds": round(build_seconds, 2), "build_peak_mb": round(peak_mb)}


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
