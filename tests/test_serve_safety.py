"""The dashboard's front door and its freshness, without a browser: Host allow-list, basic
authentication, body limit, security headers, and a graph that follows the record store."""

from __future__ import annotations

import base64
import time
from pathlib import Path

import pytest
from werkzeug.test import Client

from tadori.dashboard import review_writer, state
from tadori.dashboard.security import Guard, content_security_policy
from tadori.ingest.loader import ingest_files
from tadori.ingest.recordstore import RecordStore
from tadori.serving import allowed_hosts, build_wsgi

ROOT = Path(__file__).resolve().parents[1]


def _hello(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"hello"]


def _basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def test_a_foreign_host_is_refused():
    client = Client(Guard(_hello, allowed_hosts=["localhost", "127.0.0.1"], auth=None, max_body=100))
    assert client.get("/", headers={"Host": "localhost:8050"}).status_code == 200
    assert client.get("/", headers={"Host": "127.0.0.1"}).status_code == 200
    refused = client.get("/", headers={"Host": "attacker.example"})
    assert refused.status_code == 400 and b"TADORI_ALLOWED_HOSTS" in refused.data


def test_any_host_when_asked():
    client = Client(Guard(_hello, allowed_hosts=["*"], auth=None, max_body=100))
    assert client.get("/", headers={"Host": "tadori.city.example"}).status_code == 200


def test_basic_authentication_when_configured():
    client = Client(Guard(_hello, allowed_hosts=None, auth=("auditor", "秘密の合言葉"), max_body=100))
    missing = client.get("/")
    assert missing.status_code == 401 and missing.headers["WWW-Authenticate"].startswith("Basic")
    assert client.get("/", headers=_basic("auditor", "wrong")).status_code == 401
    assert client.get("/", headers=_basic("other", "秘密の合言葉")).status_code == 401
    assert client.get("/", headers={"Authorization": "Basic !!!"}).status_code == 401
    assert client.get("/", headers=_basic("auditor", "秘密の合言葉")).data == b"hello"


def test_the_health_check_needs_no_password_and_tells_nothing():
    client = Client(Guard(_hello, allowed_hosts=["localhost"], auth=("auditor", "pw"), max_body=100))
    answer = client.get("/healthz", headers={"Host": "localhost:8050"})
    assert answer.status_code == 200 and answer.data == b"ok\n"
    assert client.get("/healthz", headers={"Host": "evil.example"}).status_code == 400
    assert client.get("/healthz/x", headers={"Host": "localhost"}).status_code == 401


def test_a_body_over_the_limit_is_refused():
    client = Client(Guard(_hello, allowed_hosts=None, auth=None, max_body=100))
    assert client.post("/", data=b"x" * 50).status_code == 200
    assert client.post("/", data=b"x" * 101).status_code == 413


def test_every_answer_carries_the_security_headers():
    client = Client(Guard(_hello, allowed_hosts=["localhost"], auth=None, max_body=10))
    for response in (client.get("/", headers={"Host": "localhost"}), client.get("/", headers={"Host": "x.example"})):
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


def test_the_policy_allows_no_inline_script_but_the_hashed_ones():
    policy = content_security_policy(["'sha256-abc='"])
    script = next(part for part in policy.split("; ") if part.startswith("script-src"))
    assert script == "script-src 'self' 'sha256-abc='"
    assert "unsafe-inline" not in script and "unsafe-eval" not in policy


def test_the_default_hosts_are_this_machine_and_the_listening_address():
    assert allowed_hosts("127.0.0.1", {}) == ["localhost", "127.0.0.1", "::1"]
    assert allowed_hosts("192.0.2.10", {}) == ["localhost", "127.0.0.1", "::1", "192.0.2.10"]
    assert allowed_hosts("0.0.0.0", {}) == ["localhost", "127.0.0.1", "::1"]


@pytest.fixture
def served(tmp_path, monkeypatch):
    """The real dashboard, guarded, on a store of the sample flows; the global store restored after."""
    store = tmp_path / "tadori.db"
    ingest_files(RecordStore(store), [ROOT / "examples" / "sample-flows.csv"])
    monkeypatch.setenv("TADORI_REFRESH_SECONDS", "0.1")
    monkeypatch.setenv("TADORI_AUTH_USER", "auditor")
    monkeypatch.setenv("TADORI_AUTH_PASSWORD", "pw-12345")
    previous, writer = state._store, review_writer.get_review_writer()
    wsgi, _ = build_wsgi(str(store), "127.0.0.1")
    state.get_follower().wait()  # the first graph is built in the background
    yield store, Client(wsgi)
    state.set_follower(None)
    review_writer.set_review_writer(writer)
    if previous is not None:
        state.set_store(previous)


def test_the_served_app_is_guarded_with_dash_script_hashes(served):
    _, client = served
    assert client.get("/").status_code == 401
    page = client.get("/", headers=_basic("auditor", "pw-12345"))
    assert page.status_code == 200
    assert "'sha256-" in page.headers["Content-Security-Policy"]
    assert client.get("/", headers={**_basic("auditor", "pw-12345"), "Host": "evil.example"}).status_code == 400


def test_the_graph_follows_the_store_after_an_ingest(served, tmp_path):
    store, client = served
    auth = _basic("auditor", "pw-12345")
    assert state.store_version()["documents"] == 1
    assert not state.get_store().nodes("Business") or all(
        n.name != "架空の新業務" for n in state.get_store().nodes("Business"))
    new = tmp_path / "new.csv"
    original = (ROOT / "examples" / "sample-flows.csv").read_text(encoding="utf-8").splitlines()
    new.write_text(original[0] + "\n" + original[1].replace("介護保険資格管理業務", "架空の新業務") + "\n",
                   encoding="utf-8")
    ingest_files(RecordStore(store), [new])
    time.sleep(0.2)
    client.get("/_dash-layout", headers=auth)  # any request looks (at most every TADORI_REFRESH_SECONDS)
    state._version.wait()
    assert any(n.name == "架空の新業務" for n in state.get_store().nodes("Business"))
    assert state.store_version()["documents"] == 2


@pytest.mark.parametrize("image", [
    "data:image/png;base64," + base64.b64encode(b"GIF89a not a png").decode(),
    "data:image/png;base64,%%%not-base64",
    "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\x00" * 5).decode(),  # cut short
])
def test_the_png_export_refuses_what_is_not_a_png(image, sample_store):
    import dash

    from tadori.dashboard.app import create_app
    from tadori.dashboard.pages import trace_exports

    create_app(sample_store)
    controls = ("DV情報等", "downstream", "both", None, [], [], None, None, 3, {}, "ja")
    assert trace_exports.export_png(image, *controls) is dash.no_update


def test_the_docker_image_listens_on_loopback_unless_told():
    import re

    settings = " ".join(re.findall(r"^ENV .*$", (ROOT / "Dockerfile").read_text(encoding="utf-8"), flags=re.M))
    assert "TADORI_HOST=127.0.0.1" in settings and "0.0.0.0" not in settings


def test_serve_runs_waitress_with_authentication_and_never_prints_the_password(tmp_path):
    import os
    import socket
    import subprocess
    import sys
    import urllib.error
    import urllib.request

    store = tmp_path / "tadori.db"
    ingest_files(RecordStore(store), [ROOT / "examples" / "sample-flows.csv"])
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    secret = "s3cret-合言葉-4711"
    process = subprocess.Popen([sys.executable, "-m", "tadori", "serve", "--store", str(store), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env={**os.environ, "TADORI_AUTH_USER": "auditor", "TADORI_AUTH_PASSWORD": secret})
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base, timeout=2)
            except urllib.error.HTTPError as error:
                assert error.code == 401
                break
            except OSError:
                assert time.monotonic() < deadline and process.poll() is None, "serve did not start"
                time.sleep(0.3)
        request = urllib.request.Request(base, headers=_basic("auditor", secret))
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200 and response.headers["Server"] == "tadori"
        wrong = urllib.request.Request(base, headers=_basic("auditor", "guess"))
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(wrong, timeout=10)
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=15)
    assert "basic authentication on" in output
    assert secret not in output and "Werkzeug" not in output and "development server" not in output


def test_a_failing_callback_is_a_message_on_the_page_not_a_server_error(sample_store):
    from dash import Input, Output

    from tadori.dashboard.app import create_app

    app = create_app(sample_store)

    @app.callback(Output("app-error", "title"), Input("url", "hash"))
    def broken(_hash):  # a bug in a callback, registered on this app alone
        raise RuntimeError("a bug in a callback")

    client = app.server.test_client()
    client.get("/")  # Dash sets its routes up on the first request
    response = client.post("/_dash-update-component", json={
        "output": "app-error.title", "outputs": {"id": "app-error", "property": "title"},
        "inputs": [{"id": "url", "property": "hash", "value": "#x"}], "state": [], "changedPropIds": ["url.hash"]})
    assert response.status_code == 200
    assert "app-error" in response.get_data(as_text=True) and "RuntimeError" not in response.get_data(as_text=True)


def test_a_port_in_use_is_one_error_line(tmp_path):
    import socket
    import subprocess
    import sys

    store = tmp_path / "tadori.db"
    ingest_files(RecordStore(store), [ROOT / "examples" / "sample-flows.csv"])
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "tadori", "serve", "--store", str(store), "--port", str(port)],
                                capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"error: cannot listen on 127.0.0.1:{port}") and result.stderr.count("\n") == 1


def test_the_server_answers_while_the_first_graph_is_built(tmp_path):
    """A national store takes seconds to build: pages say so (and look again) instead of making the user wait."""
    import threading

    import dash

    from tadori.dashboard.app import create_app
    from tadori.graph.networkx_store import NetworkXStore

    store = tmp_path / "tadori.db"
    ingest_files(RecordStore(store), [ROOT / "examples" / "sample-flows.csv"])
    release = threading.Event()

    def slow_build():
        release.wait(10)
        return NetworkXStore.from_records(RecordStore(store))

    previous = state._store
    try:
        state.set_store(None)
        create_app(None, records=RecordStore(store), rebuild=slow_build)
        home = next(page for page in dash.page_registry.values() if page["path"] == "/")
        building = home["layout"]()
        assert building.id == "graph-building"
        assert "作成中" in str(building)
        with pytest.raises(state.GraphNotReady):
            state.get_store()
        release.set()
        state.get_follower().wait()
        assert state.get_store().nodes("Business")
        assert getattr(home["layout"](), "id", None) != "graph-building"
    finally:
        release.set()
        state.set_follower(None)
        if previous is not None:
            state.set_store(previous)
