"""The country's graph from the record store on a synthetic national store: time and peak memory.

    python benchmarks/bench_graph.py [--flows 10000 100000 1000000]

Figures go to benchmarks/results/graph.json. Each measurement runs in a fresh process and reads its own
peak memory (VmHWM; see machine.peak_rss_mb). Measured per size:

- ``index``: the compact graph index (graph/compact_index.py) written city by city — what a national
  store builds once per version of the record store (after `tadori synth`, or at the first question
  after an ingest);
- ``update``: after one city's new document comes in, the index brought up to date (only that city is
  built again; the rest of the file is copied, so a reader sees the old index or the new one) — what
  the first question after an ingest pays, on a copy of the store;
- ``open``: a new process opening that index and answering a one-city trace — what each command and
  each server start pays;
- ``networkx``: the whole graph built in memory (NetworkXStore.from_records), what every whole-country
  command paid before the index;
- ``bare``: the bare baseline, the flows table read with one SQLite query into a dict of (source, target)
  adjacency — what any index of the flows must at least pay.

Target (DESIGN.md, issue 14): the first index build after an ingest ≤ 10 s and ≤ 1.5 GB at 1M flows.
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
from synthetic import shared_record_store  # noqa: E402

FLOWS_PER_CITY = 1000


def build(path: Path) -> dict:
    from tadori.graph.networkx_store import NetworkXStore
    from tadori.ingest.recordstore import RecordStore

    idle_mb = peak_rss_mb()
    start = time.perf_counter()
    store = NetworkXStore.from_records(RecordStore(path))
    seconds = time.perf_counter() - start
    return {"flows": len(store.flows()), "networkx_build_s": round(seconds, 2), "networkx_peak_mb": peak_rss_mb(),
            "interpreter_and_imports_mb": idle_mb}


def index(path: Path) -> dict:
    from tadori.graph.compact_index import build_index
    from tadori.ingest.recordstore import RecordStore

    idle_mb = peak_rss_mb()
    start = time.perf_counter()
    written = build_index(RecordStore(path), update=False)
    return {"index_build_s": round(time.perf_counter() - start, 2), "index_peak_mb": peak_rss_mb(),
            "index_idle_mb": idle_mb, "index_file_mb": round(written.stat().st_size / 2**20)}


def update_index(path: Path) -> dict:
    import shutil

    from tadori.graph.compact_index import build_index, index_path
    from tadori.ingest.records import Document, Extraction, Flow
    from tadori.ingest.recordstore import RecordStore

    with tempfile.TemporaryDirectory() as folder:
        copy = RecordStore(path).backup(Path(folder) / path.name)
        shutil.copyfile(index_path(RecordStore(path)), index_path(RecordStore(copy)))
        records = RecordStore(copy)
        records.add(Extraction(document=Document(path="late.csv", sha256="5" * 64, municipality="架空市0000"),
                               flows=[Flow(id="l1", source_business="住民基本台帳業務", recipient_business="就学事務",
                                           items=["DV情報等"], line=2)]))
        cities: list[int] = []
        start = time.perf_counter()
        build_index(records, on_part=lambda: cities.append(1))
        return {"index_update_s": round(time.perf_counter() - start, 2), "index_update_cities": len(cities),
                "index_update_peak_mb": peak_rss_mb()}


def open_index(path: Path) -> dict:
    from tadori.graph.compact_store import CompactStore
    from tadori.ingest.recordstore import RecordStore
    from tadori.queries.trace import trace

    start = time.perf_counter()
    store = CompactStore.open(RecordStore(path), rebuild=False)
    opened = time.perf_counter() - start
    hops = len(trace(store, "住民基本台帳業務", item="DV情報等", municipality="架空市0000").hops)
    return {"index_open_s": round(opened, 4), "open_and_first_trace_s": round(time.perf_counter() - start, 2),
            "first_trace_hops": hops, "open_peak_mb": peak_rss_mb()}


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
    parser.add_argument("--flows", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        what, path = args.child
        print(json.dumps({"build": build, "index": index, "update": update_index, "open": open_index,
                          "bare": bare}[what](Path(path))))
        return
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for total in args.flows:
            path = shared_record_store(Path(folder), municipalities=max(1, total // FLOWS_PER_CITY),
                                       flows_per_city=FLOWS_PER_CITY).path
            row = {**in_child("index", path), **in_child("update", path), **in_child("open", path),
                   **in_child("build", path), **in_child("bare", path)}
            print(row)
            results.append(row)
    out = HERE / "results" / "graph.json"
    out.parent.mkdir(exist_ok=True)
    figures = {"machine": machine(), "target": {"seconds": 10, "peak_mb": 1500}, "results": results}
    out.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {out.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
