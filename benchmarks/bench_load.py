"""A bounded load test of `tadori serve`: 20 clients for 60 s on loopback, 100k synthetic flows.

    python benchmarks/bench_load.py [--clients 20] [--seconds 60] [--flows-per-city 400]

Writes a synthetic store of 250 municipalities × 400 flows (benchmarks/synthetic.py) and its graph
index (as `tadori synth` does), starts the
real server (waitress behind its guard) in a subprocess, and lets each client loop over what a
user does: open the index page, open the Trace page (its layout), ask the trace of
住民基本台帳業務 in every city (14k hops: the page draws and lists a bounded part), the trace of
DV情報等 in one city, and the exposure of one business across all cities. Callback requests are
built from the app's own /_dash-dependencies, as the browser builds them. Every request has a
timeout; the run stops after ``--seconds``. Figures go to benchmarks/results/load.json.
Not part of `make test` (it takes a minute and both cores).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synthetic import make_record_store  # noqa: E402

from tadori.wiring import refresh_index  # noqa: E402

RESULTS = HERE / "results" / "load.json"
REQUEST_TIMEOUT = 60


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _request(url: str, payload: dict | None = None) -> tuple[int, int]:
    data = None if payload is None else json.dumps(payload).encode("utf-8")
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"} if data else {})
    try:
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as response:
            return response.status, len(response.read())
    except urllib.error.HTTPError as error:
        return error.code, 0


class Callbacks:
    """Callback payloads built from the app's dependency list, as dash-renderer builds them."""

    def __init__(self, base: str):
        with urllib.request.urlopen(base + "/_dash-dependencies", timeout=REQUEST_TIMEOUT) as response:
            self.specs = json.loads(response.read())

    def payload(self, output_part: str, values: dict[str, object]) -> dict:
        spec = next(s for s in self.specs if output_part in s["output"])

        def outputs(text: str) -> list[dict]:
            parts = text.strip(".").split("...") if text.startswith("..") else [text]
            return [{"id": p.rsplit(".", 1)[0], "property": p.rsplit(".", 1)[1].split("@")[0]} for p in parts]

        def fill(items: list[dict]) -> list[dict]:
            return [{**item, "value": values.get(f"{item['id']}.{item['property']}")} for item in items]

        return {"output": spec["output"], "outputs": outputs(spec["output"]), "inputs": fill(spec["inputs"]),
                "state": fill(spec["state"]), "changedPropIds": []}


def _trace_values(item: str, municipality: str | None) -> dict[str, object]:
    return {"trace-item.value": item, "trace-direction.value": "downstream", "trace-mode.value": "both",
            "trace-as-of.value": None, "trace-kind.value": [], "trace-basis.value": [],
            "trace-municipality.value": municipality, "trace-tag.value": None, "trace-depth.value": 3,
            "trace-view.data": {"focus": "", "expand": [], "collapse": []}, "trace-lang.data": "ja"}


def _exposure_values(target: str) -> dict[str, object]:
    return {"exposure-target.value": target, "exposure-as-of.value": "", "exposure-kind.value": [],
            "exposure-basis.value": [], "exposure-municipality.value": None, "exposure-mode.value": "confirmed",
            "exposure-lang.data": "ja"}


def run(clients: int, seconds: float, flows_per_city: int, municipalities: int) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="tadori-load-"))
    store = folder / "tadori.db"
    started = time.monotonic()
    records = make_record_store(store, municipalities=municipalities, flows_per_city=flows_per_city)
    refresh_index(records)  # as `tadori synth` does: the server opens the graph index, it does not build it
    flows = municipalities * flows_per_city
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "tadori", "serve", "--store", str(store), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "TADORI_THREADS": "8"})
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                _request(base + "/")
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    reason = server.stderr.read() if server.stderr else ""
                    raise SystemExit(f"the server did not start: {reason}") from None
                time.sleep(0.5)
        ready_s = time.monotonic() - started
        callbacks = Callbacks(base)
        router = callbacks.payload("_pages_content.children", {
            "_pages_location.pathname": "/trace", "_pages_location.search": "?item=" + quote("住民基本台帳業務")})
        whole_country = callbacks.payload("trace-graph.elements", _trace_values("住民基本台帳業務", None))
        samples: dict[str, list[float]] = {k: [] for k in ("index", "trace_page", "trace_whole_country",
                                                           "trace_dv_one_city", "exposure_one_business")}
        errors: dict[str, int] = dict.fromkeys(samples, 0)
        sizes: dict[str, int] = dict.fromkeys(samples, 0)
        lock = threading.Lock()
        stop_at = time.monotonic() + seconds

        def client(number: int) -> None:
            rng = random.Random(number)
            while time.monotonic() < stop_at:
                city = f"架空市{rng.randrange(municipalities):04d}"
                for kind, url, payload in (
                    ("index", base + "/", None),
                    ("trace_page", base + "/_dash-update-component", router),
                    ("trace_whole_country", base + "/_dash-update-component", whole_country),
                    ("trace_dv_one_city", base + "/_dash-update-component",
                     callbacks.payload("trace-graph.elements", _trace_values("DV情報等", city))),
                    ("exposure_one_business", base + "/_dash-update-component",
                     callbacks.payload("exposure-summary.children",
                                       _exposure_values(f"業務{rng.randrange(1, 400):04d}"))),
                ):
                    if time.monotonic() >= stop_at:
                        return
                    began = time.monotonic()
                    try:
                        status, size = _request(url, payload)
                    except OSError:
                        status, size = 0, 0
                    with lock:
                        samples[kind].append(time.monotonic() - began)
                        sizes[kind] = max(sizes[kind], size)
                        if status != 200:
                            errors[kind] += 1

        threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(seconds + 2 * REQUEST_TIMEOUT)
    finally:
        server.terminate()
        server.wait(timeout=30)

    def summary(values: list[float]) -> dict[str, float]:
        if not values:
            return {}
        ordered = sorted(values)
        return {"requests": len(values), "p50_ms": round(statistics.median(ordered) * 1000, 1),
                "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 1),
                "max_ms": round(ordered[-1] * 1000, 1)}

    return {
        "flows": flows, "municipalities": municipalities, "clients": clients, "seconds": seconds,
        "server": "tadori serve (waitress, 8 threads), loopback", "server_ready_s": round(ready_s, 1),
        "requests": sum(len(v) for v in samples.values()), "errors": sum(errors.values()),
        "requests_per_s": round(sum(len(v) for v in samples.values()) / seconds, 1),
        "by_kind": {k: {**summary(v), "errors": errors[k], "largest_response_kb": sizes[k] // 1000}
                    for k, v in samples.items()},
        "cpus": os.cpu_count(), "python": platform.python_version(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--municipalities", type=int, default=250)
    parser.add_argument("--flows-per-city", type=int, default=400)
    parser.add_argument("--no-save", action="store_true", help="print only; do not write results/load.json")
    args = parser.parse_args()
    figures = run(args.clients, args.seconds, args.flows_per_city, args.municipalities)
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    if not args.no_save:
        RESULTS.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
