"""Commands on a national store, end to end: process start to exit, against a bare script.

    python benchmarks/bench_cli.py [--flows 10000 100000 1000000] [--runs 5]

One-city commands read the city's rows from the indexed record store; whole-country ones (from 50,000
flows) the compact graph index, built once after the store is written (``index_build_s``, as `tadori
synth` does).

Writes benchmarks/results/cli.json. The bare baseline is a separate Python process that reads the city's
flows with one SQLite query and walks them breadth-first from 住民基本台帳業務, printing the hops: what
any tool must at least do. Target (issue 14): `tadori trace ITEM --municipality M` ≤ 1 s at 1M flows and
within 10× of the bare script.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from machine import machine  # noqa: E402
from synthetic import shared_record_store  # noqa: E402

from tadori.wiring import refresh_index  # noqa: E402

FLOWS_PER_CITY = 1000
BARE = r"""
import sqlite3, sys
from collections import deque
db = sqlite3.connect(sys.argv[1])
rows = db.execute(
    "SELECT f.source_business, coalesce(f.recipient_business, f.recipient_external), f.items, f.line "
    "FROM flows f JOIN documents d ON d.id = f.document_id WHERE d.municipality = ?", (sys.argv[2],)).fetchall()
out = {}
for source, target, items, line in rows:
    if sys.argv[3] in items:
        out.setdefault(source, []).append((target, line))
seen, queue = {"住民基本台帳業務"}, deque(["住民基本台帳業務"])
while queue:
    node = queue.popleft()
    for target, line in out.get(node, ()):
        print(node, target, line)
        if target not in seen:
            seen.add(target)
            queue.append(target)
"""


def timed(command: list[str], runs: int) -> tuple[float, str]:
    samples, output = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        samples.append(time.perf_counter() - start)
    return round(statistics.median(samples), 3), output


def measure(tadori: str, flows: int, runs: int) -> dict[str, object]:
    city = "架空市0005" if flows >= 6 * FLOWS_PER_CITY else "架空市0000"
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        records = shared_record_store(Path(folder), municipalities=max(1, flows // FLOWS_PER_CITY),
                                      flows_per_city=FLOWS_PER_CITY)
        path, write_seconds = records.path, time.perf_counter() - start
        start = time.perf_counter()
        indexed = refresh_index(records)
        index_seconds = time.perf_counter() - start
        commands = {
            "trace_item_one_city": [tadori, "trace", "DV情報等", "--mode", "confirmed", "--municipality", city,
                                    "--store", str(path)],
            "trace_business_one_city": [tadori, "trace", "住民基本台帳業務", "--municipality", city, "--store",
                                        str(path)],
            "exposure_one_city": [tadori, "exposure", "住民基本台帳業務", "--municipality", city, "--store", str(path)],
            "dv_gap_one_city": [tadori, "dv-gap", "--municipality", city, "--store", str(path)],
            "trace_item_country": [tadori, "trace", "DV情報等", "--mode", "confirmed", "--store", str(path)],
        }
        results: dict[str, object] = {"flows": flows, "city": city, "store_write_seconds": round(write_seconds, 1),
                                      "index_build_s": round(index_seconds, 1) if indexed else None}
        for name, command in commands.items():
            seconds, output = timed(command, runs)
            results[name + "_s"] = seconds
            print(flows, name, seconds, output.strip().splitlines()[-1] if output.strip() else "")
        bare_seconds, bare_output = timed([sys.executable, "-c", BARE, str(path), city, "DV情報等"], runs)
        results["bare_sqlite_walk_s"] = bare_seconds
        results["bare_hops"] = len(bare_output.splitlines())
        results["trace_item_vs_bare"] = round(results["trace_item_one_city_s"] / bare_seconds, 1)
        startup, _ = timed([sys.executable, "-c", "pass"], runs)
        results["bare_python_start_s"] = startup
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flows", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    tadori = str(Path(sys.executable).with_name("tadori"))
    results = [measure(tadori, flows, args.runs) for flows in args.flows]
    print(json.dumps(results, ensure_ascii=False, indent=2))
    out = HERE / "results" / "cli.json"
    out.write_text(json.dumps({"machine": machine(), "results": results}, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
