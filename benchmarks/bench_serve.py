"""`tadori serve` on a national store: the first answer, a one-city trace, the whole country's DV情報等.

    python benchmarks/bench_serve.py [--flows 1000000] [--runs 3]

Writes a synthetic store (benchmarks/synthetic.py), builds its graph index in a child process unless it is
there (as `tadori synth` does after writing; time and that process's peak memory), then starts the real server
(`tadori serve`, waitress behind its guard) and times, from the process start: the first answer to
``/``; the first one-city trace of DV情報等 answered with its graph (the callback the Trace page
calls, built from /_dash-dependencies as the browser builds it); and the whole country's
``/trace?item=DV情報等`` answer (summary, a bounded drawing and a bounded table), with its size. The same
questions are asked ``--runs`` more times once the server is warm. The bare baseline is a bare Dash app
(one page, no graph) started and answered the same way. Targets (issue 14): first request ≤ 5 s, a
one-city trace ≤ 2 s, the whole-country summary ≤ 3 s. Figures go to benchmarks/results/serve.json.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_load import Callbacks, _trace_values  # noqa: E402
from machine import machine  # noqa: E402
from synthetic import shared_record_store  # noqa: E402

from tadori.graph.compact_index import index_is_current  # noqa: E402

RESULTS = HERE / "results" / "serve.json"
FLOWS_PER_CITY = 1000
TIMEOUT = 120
BARE_DASH = r"""
import sys
from dash import Dash, html
app = Dash(__name__)
app.layout = html.Div("bare")
app.run(host="127.0.0.1", port=int(sys.argv[1]), debug=False)
"""
INDEX = r"""
import json, sys, time
sys.path.insert(0, sys.argv[2])
from machine import peak_rss_mb
from tadori.graph.compact_index import build_index
from tadori.ingest.recordstore import RecordStore
idle = peak_rss_mb()
start = time.perf_counter()
path = build_index(RecordStore(sys.argv[1]))
print(json.dumps({"index_build_s": round(time.perf_counter() - start, 1), "index_build_peak_mb": peak_rss_mb(),
                  "index_idle_mb": idle, "index_file_mb": round(path.stat().st_size / 2**20)}))
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _post(url: str, payload: dict | None = None) -> tuple[int, bytes]:
    data = None if payload is None else json.dumps(payload).encode("utf-8")
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"} if data else {})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def _first_answer(base: str, process: subprocess.Popen, started: float) -> float:
    while True:
        try:
            if _post(base + "/")[0] == 200:
                return time.monotonic() - started
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() - started > TIMEOUT:
            raise SystemExit("the server did not start")
        time.sleep(0.05)


def _drawn(body: bytes) -> bool:
    """The trace callback answered with a graph (not 「作成中」 while the graph is opened)."""
    response = json.loads(body).get("response", {})
    return bool(response.get("trace-graph", {}).get("elements"))


def measure(store: Path, runs: int) -> dict[str, object]:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    server = subprocess.Popen([sys.executable, "-m", "tadori", "serve", "--store", str(store), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        results: dict[str, object] = {"first_answer_s": round(_first_answer(base, server, started), 2)}
        callbacks = Callbacks(base)
        one_city = callbacks.payload("trace-graph.elements", _trace_values("DV情報等", "架空市0005"))
        country = callbacks.payload("trace-graph.elements", _trace_values("DV情報等", None))
        while True:  # the first one-city trace with its graph, from the process start
            status, body = _post(base + "/_dash-update-component", one_city)
            if status == 200 and _drawn(body):
                results["first_one_city_trace_s"] = round(time.monotonic() - started, 2)
                break
            if time.monotonic() - started > TIMEOUT:
                raise SystemExit("no trace within the timeout")
            time.sleep(0.05)
        began = time.monotonic()
        status, body = _post(base + "/_dash-update-component", country)
        results["first_country_dv_summary_s"] = round(time.monotonic() - began, 2)
        results["country_dv_response_kb"] = len(body) // 1000
        summary = json.loads(body)["response"].get("trace-summary", {}).get("children")
        results["country_dv_summary"] = summary
        for name, payload in (("one_city_trace", one_city), ("country_dv_summary", country)):
            samples = []
            for _ in range(runs):
                began = time.monotonic()
                _post(base + "/_dash-update-component", payload)
                samples.append(time.monotonic() - began)
            results[f"warm_{name}_s"] = round(statistics.median(samples), 3)
    finally:
        server.terminate()
        server.wait(timeout=30)
    port = _free_port()
    started = time.monotonic()
    bare = subprocess.Popen([sys.executable, "-c", BARE_DASH, str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        results["bare_dash_first_answer_s"] = round(_first_answer(f"http://127.0.0.1:{port}", bare, started), 2)
    finally:
        bare.terminate()
        bare.wait(timeout=30)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        began = time.perf_counter()
        records = shared_record_store(Path(folder), municipalities=max(1, args.flows // FLOWS_PER_CITY),
                                      flows_per_city=FLOWS_PER_CITY)
        row: dict[str, object] = {"flows": args.flows, "store_ready_s": round(time.perf_counter() - began, 1)}
        if not index_is_current(records):  # as `tadori synth` does after writing (bench_graph may have built it)
            index = subprocess.run([sys.executable, "-c", INDEX, str(records.path), str(HERE)], capture_output=True,
                                   text=True, check=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
            row.update(json.loads(index.stdout))
        row.update(measure(records.path, args.runs))
    print(json.dumps(row, ensure_ascii=False, indent=2))
    RESULTS.write_text(json.dumps({"machine": machine(), **row, "targets_s": {
        "first_answer": 5, "one_city_trace": 2, "country_dv_summary": 3}}, ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8")


if __name__ == "__main__":
    main()
