"""Where Neo4j pays: the same synthetic graph in networkx and in a real local Neo4j server.

    python benchmarks/bench_neo4j.py [--flows 100000 [1000000 …]]

Needs java and the neo4j-local build (`make neo4j-build`). For each size the synthetic
national record store (benchmarks/synthetic.py) is written once; then, each in its own
process so that peak memory is that process's own (VmHWM from /proc):

* networkx: build the in-process store, then the questions below;
* Neo4j: a fresh local server (tests/neo4j_server.py: 1 GiB heap, 128 MiB page cache); a
  client that builds the graph data and runs ``Neo4jStore.sync`` (as ``tadori sync neo4j``);
  then another client that asks the same questions through ``queries/`` over the Neo4j store
  (as the dashboard on ``TADORI_BACKEND=neo4j``). The server's peak is read from its /proc.

Questions: one item (DV情報等) traced from one business; the same item from every
municipality's 住民基本台帳業務; exposure of one business. Each is timed cold (first call:
per-store indexes and caches are built) and warm (median of the next calls). Writes
benchmarks/results/neo4j.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))  # the local server launcher the tests use

from neo4j_server import missing, start_server  # noqa: E402
from synthetic import make_record_store  # noqa: E402

FLOWS_PER_CITY = 1000
CITY = "架空市0000"
REGISTER = f"business:{CITY}:住民基本台帳業務"


def peak_rss_mb(pid: int | str = "self") -> float:
    """The process's peak resident set (VmHWM), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError(f"no VmHWM for process {pid}")


def timed(function, repeat: int) -> dict[str, float]:
    start = time.perf_counter()
    function()
    cold = time.perf_counter() - start
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return {"cold_ms": round(cold * 1000, 1), "warm_ms": round(statistics.median(samples) * 1000, 2)}


def questions(store: Any, slow_repeat: int) -> dict[str, Any]:
    from tadori.queries.exposure import exposure
    from tadori.queries.trace import trace

    one = trace(store, "住民基本台帳業務", item="DV情報等", municipality=CITY)
    everywhere = trace(store, "DV情報等")
    return {
        "trace_one_business": timed(lambda: trace(store, "住民基本台帳業務", item="DV情報等", municipality=CITY), 21)
        | {"hops": len(one.hops)},
        "trace_all_registers": timed(lambda: trace(store, "DV情報等"), 5) | {"hops": len(everywhere.hops)},
        "exposure_one_business": timed(
            lambda: exposure(store, "住民基本台帳業務", municipality=CITY, mode="confirmed"), slow_repeat),
    }


def worker(backend: str, store_path: str, uri: str | None) -> dict[str, Any]:
    from tadori.graph.build import build_graph_data
    from tadori.ingest.recordstore import RecordStore

    records = RecordStore(Path(store_path))
    result: dict[str, Any] = {"rss_before_mb": peak_rss_mb()}
    start = time.perf_counter()
    if backend == "networkx":
        from tadori.graph.networkx_store import NetworkXStore

        store = NetworkXStore.from_records(records)
        result["build_s"] = round(time.perf_counter() - start, 2)
        result.update(questions(store, 3))
    elif backend == "neo4j-sync":  # what `tadori sync neo4j` does: build the graph data, send it
        from tadori.graph.neo4j_store import Neo4jStore

        with Neo4jStore.from_settings(records, uri=uri, password="", database="neo4j") as store:
            result["synced"] = store.sync(build_graph_data(records), [d.to_dict() for d in records.documents()])
            result["sync_s"] = round(time.perf_counter() - start, 2)
    else:  # what the dashboard or a query command does on TADORI_BACKEND=neo4j: no graph in process
        from tadori.graph.neo4j_store import Neo4jStore

        with Neo4jStore.from_settings(records, uri=uri, password="", database="neo4j") as store:
            result.update(questions(store, 1))
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def run_worker(backend: str, store_path: Path, uri: str | None = None) -> dict[str, Any]:
    command = [sys.executable, __file__, "--worker", backend, "--store", str(store_path)]
    if uri:
        command += ["--uri", uri]
    done = subprocess.run(command, capture_output=True, text=True, timeout=1800, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{backend} worker failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout)


def measure(flows: int, folder: Path) -> dict[str, Any]:
    start = time.perf_counter()
    store_path = folder / f"synthetic-{flows}.db"
    make_record_store(store_path, municipalities=max(1, flows // FLOWS_PER_CITY), flows_per_city=FLOWS_PER_CITY)
    row: dict[str, Any] = {"flows": flows, "record_store_s": round(time.perf_counter() - start, 1)}
    row["networkx"] = run_worker("networkx", store_path)
    server = start_server(folder / f"neo4j-{flows}", heap="1g")
    try:
        row["neo4j_server_start_s"] = round(server.started_in, 1)
        row["neo4j_sync"] = run_worker("neo4j-sync", store_path, server.uri)
        row["neo4j"] = run_worker("neo4j", store_path, server.uri)
        row["neo4j_server_peak_rss_mb"] = peak_rss_mb(server.process.pid)
    finally:
        server.stop()
    row["neo4j_store_on_disk_mb"] = round(sum(
        p.stat().st_size for p in (folder / f"neo4j-{flows}" / "data").rglob("*") if p.is_file()) / 2**20, 1)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flows", type=int, nargs="+", default=[100_000])
    parser.add_argument("--worker", choices=["networkx", "neo4j-sync", "neo4j"], help=argparse.SUPPRESS)
    parser.add_argument("--store", help=argparse.SUPPRESS)
    parser.add_argument("--uri", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.store, args.uri)))
        return
    reason = missing()
    if reason:
        sys.exit(f"error: {reason}")
    with tempfile.TemporaryDirectory() as folder:
        rows = [measure(flows, Path(folder)) for flows in args.flows]
    results = {"machine": f"{os.cpu_count()} cores", "python": sys.version.split()[0],
               "neo4j": "5.26.30 Community (neo4j-local), heap 1 GiB, page cache 128 MiB", "results": rows}
    print(json.dumps(results, ensure_ascii=False, indent=2))
    out = HERE / "results" / "neo4j.json"
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
