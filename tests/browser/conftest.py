"""One dashboard server and one headless Chromium for the whole browser session.

The app is served in-process from a thread (werkzeug) on a free port of 127.0.0.1, answering
from the bundled sample. Tests that need another store (the seed documents) swap it in with
``browser_helpers.serving`` for their module: the app reads its store per request, so no second server.
Without /usr/bin/chromium the tests skip with a reason, and fail when ``CI`` is set.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_helpers import CHROMIUM, CHROMIUM_ARGS
from werkzeug.serving import make_server

from tadori.dashboard.app import create_app
from tadori.graph.protocol import GraphStore


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


def _require_chromium() -> None:
    if Path(CHROMIUM).exists():
        return
    reason = f"{CHROMIUM} is missing (Debian's chromium; `make browser` installs it)"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def server(sample_store: GraphStore) -> Iterator[str]:
    """The base URL of the dashboard answering from the bundled sample."""
    _require_chromium()
    app = create_app(sample_store)
    httpd = make_server("127.0.0.1", 0, app.server, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser_context(server: str, tmp_path_factory: pytest.TempPathFactory):
    """One Chromium for the session, with a fresh profile directory."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, args=CHROMIUM_ARGS,
            headless=True, viewport={"width": 1400, "height": 1000}, accept_downloads=True, locale="ja-JP")
        yield context
        context.close()


class ConsoleErrors(list):
    """Console errors and uncaught exceptions seen by a page."""


@pytest.fixture()
def page(browser_context):
    """A fresh tab; ``page.console_errors`` collects what the browser console reports as errors."""
    tab = browser_context.new_page()
    tab.set_default_timeout(15_000)  # a Dash round trip here takes milliseconds; fail fast when one never comes
    errors = ConsoleErrors()
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.console_errors = errors
    yield tab
    tab.close()
