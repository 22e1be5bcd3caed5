"""Graph build from the record store on a synthetic national store: time and peak memory.

    python benchmarks/bench_graph.py [--flows 100000 1000000]

Figures go to benchmarks/results/graph.json. Each measurement runs in a fresh process and reads its own
peak memory (VmHWM; see machine.peak_rss_mb). Beside the build, the same process kind runs a bare
baseline: the flows table read with one SQLite query into a dict of (source, target) adjacency — what
any index of the flows must at least pay. Target (DESIGN.md): ≤ 10 s and ≤ 1.5 GB per 1M flows.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from machine import machine, peak_rss_mb  # noqa: E402
from synthetic import make_record_store  # noqa: E402

FLOWS_PER_CITY = 1000


def build(path: Path) -> dict:
    from tadori.graph.networkx_store import NetworkXStore
    from tadori.ingest.recordstore import RecordStore

    idle_mb = peak_rss_mb()
    start = time.perf_counter()
    store = NetworkXStore.from_records(RecordStore(path))
    seconds = time.perf_counter() - start
    return {"flows": len(store.flows()), "build_seconds": round(seconds, 2), "build_peak_mb": peak_rss_mb(),
            "interpreter_and_imports_mb": idle_mb}


def bare(path: Path) -> dict:
    idle_mb = peak_rss_mb()
    start = time.perf_counter()
    adjacency: dict[tuple[str, str], list[tuple[str, str]]] = {}
    with sqlite3.connect(path) as db:
        query = ("SELECT d.municipality, f.source_business, f.recipient_business, f.recipient_external "
                 "FROM flows f JOIN documents d ON d.id = f.document_id")
        for city, source, business, external in db.execute(query):
            adjacency.setdefault((city, source), []).append((city, business or external))
    seconds = time.perf_counter() - start
    return {"bare_seconds": round(seconds, 2), "bare_peak_mb": peak_rss_mb(), "bare_idle_mb": idle_mb}


def in_child(what: str, path: Path) -> dict:
    child = subprocess.run([sys.executable, __file__, "--child", what, str(path)], capture_output=True, text=True,
                           check=True)
    return json.loads(child.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--flows", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        what, path = args.child
        print(json.dumps((build if what == "build" else bare)(Path(path))))
        return
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for total in args.flows:
            path = Path(folder) / f"synthetic-{total}.db"
            make_record_store(path, municipalities=max(1, total // FLOWS_PER_CITY), flows_per_city=FLOWS_PER_CITY)
            row = {**in_child("build", path), **in_child("bare", path)}
            print(row)
            results.append(row)
    out = HERE / "results" / "graph.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"machine": machine(), "results": results}, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {out.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
