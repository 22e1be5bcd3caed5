"""The dashboard as `tadori serve` runs it (waitress, guarded), driven by Chromium: bad address
parameters, security headers, and a document whose names hold a script tag and a formula.

One real server process for the module, on a store of the bundled sample plus an invented
hostile flow list (tests/hostile.py).
"""

from __future__ import annotations

import csv
import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import openpyxl
import pytest
from browser_helpers import open_page, settle
from hostile import FORMULA, SCRIPT, write_hostile_flows

ROOT = Path(__file__).resolve().parents[2]
BAD_ADDRESSES = [
    ("/council?year=²", "year=²"),
    ("/trace?item=DV情報等&line=²", "line=²"),
    ("/trace?item=DV情報等&as_of=99999-01-01", "as_of=99999-01-01"),
    ("/trace?item=DV情報等&mode=<x>", "mode=<x>"),
    ("/exposure?target=住民基本台帳業務&mode=<x>&year=²", "mode=<x>"),
    ("/trace?item=DV情報等&kind=bogus", "kind=bogus"),
    ("/trace?item=DV情報等&depth=-3", "depth=-3"),
    ("/documents?lang=xx", "lang=xx"),
]
# Dash's cytoscape warns about its wheel setting; anything else in the console is a failure.
KNOWN_CONSOLE = ("wheel sensitivity",)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("served")
    store = folder / "tadori.db"
    ingest = subprocess.run([sys.executable, "-m", "tadori", "ingest", str(ROOT / "examples" / "sample-flows.csv"),
                             str(write_hostile_flows(folder)), "--store", str(store)], capture_output=True, text=True,
                            timeout=120)
    assert ingest.returncode == 0, ingest.stderr
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "tadori", "serve", "--store", str(store), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env={**os.environ, "TADORI_REFRESH_SECONDS": "0.5"})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/", timeout=2).read()
            break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail("tadori serve did not answer: " + (process.stdout.read() if process.stdout else ""))
    yield base
    process.terminate()
    process.wait(timeout=15)


def _console(page) -> list[str]:
    return [e for e in page.console_errors if not any(k in e for k in KNOWN_CONSOLE)]


@pytest.mark.parametrize(("path", "named"), BAD_ADDRESSES)
def test_a_bad_parameter_is_named_on_the_page_never_a_server_error(page, served, path, named):
    failures = []
    page.on("response", lambda r: failures.append(r.url) if r.status >= 500 else None)
    open_page(page, served, path)
    assert named in page.inner_text("#param-problems")
    assert failures == [] and _console(page) == []


@pytest.mark.parametrize("length", [5_000, 20_000])
def test_a_huge_item_is_bounded(page, served, length):
    started = time.monotonic()
    open_page(page, served, "/trace?item=" + quote("住" * length))
    assert time.monotonic() - started < 15
    assert "item=" in page.inner_text("#param-problems")
    assert len(page.content()) < 400_000  # the huge value is not echoed into the page


def test_security_headers_on_the_page_and_its_callbacks(page, served):
    headers = {}
    page.on("response", lambda r: headers.setdefault(r.url.split("?")[0].rsplit("/", 1)[-1], r.headers))
    response = page.goto(served + "/trace?item=" + quote("DV情報等"))
    settle(page)
    for name, value in (("x-content-type-options", "nosniff"), ("x-frame-options", "DENY")):
        assert response.headers[name] == value
        assert headers["_dash-update-component"][name] == value
    policy = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy and "'unsafe-eval'" not in policy
    assert "'unsafe-inline'" not in policy.split("script-src", 1)[1].split(";", 1)[0]
    assert _console(page) == []  # Dash, cytoscape, AG Grid and plotly run under the policy


def test_a_foreign_host_header_is_refused(served):
    request = urllib.request.Request(served + "/", headers={"Host": "attacker.example"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 400


def test_hostile_names_are_shown_as_text_and_run_nothing(page, served):
    open_page(page, served, "/trace?item=" + quote(FORMULA))
    page.wait_for_function("() => document.querySelectorAll('#trace-hops .ag-row').length >= 2")
    grid = page.inner_text("#trace-hops")
    assert SCRIPT in grid and FORMULA in grid  # literally, as text
    assert page.evaluate("() => window.__pwned") is None
    assert page.query_selector("#trace-hops script") is None
    open_page(page, served, "/documents")
    assert page.evaluate("() => window.__pwned") is None


def test_hostile_names_are_exported_inert(page, served):
    open_page(page, served, "/trace?item=" + quote(FORMULA))
    page.wait_for_function("() => document.querySelectorAll('#trace-hops .ag-row').length >= 2")
    with page.expect_download(timeout=30_000) as info:
        page.click("#trace-export-xlsx")
    book = openpyxl.load_workbook(io.BytesIO(Path(info.value.path()).read_bytes()))
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value is not None]
    assert all(c.data_type != "f" for c in cells)
    assert FORMULA in {c.value for c in cells}
    with page.expect_download(timeout=30_000) as info:
        page.click("#trace-export-csv")
    text = Path(info.value.path()).read_text(encoding="utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text)) if row and not row[0].startswith("#") for cell in row]
    assert f"'{FORMULA}" in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)


def test_the_footer_says_which_store_version_is_shown(page, served):
    open_page(page, served, "/")
    footer = page.inner_text("#app-footer")
    assert "文書 2 件" in footer
