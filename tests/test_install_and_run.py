"""A quiet install and a `make run` that listens where TADORI_PORT says (issue 16, point 8)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_building_the_package_prints_no_setuptools_warnings(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w",
                             str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "is absent from the `packages` configuration" not in result.stdout + result.stderr
    (wheel,) = tmp_path.glob("tadori-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for data in ("tadori/queries/data/basis_order.csv", "tadori/dashboard/messages/ja.json",
                 "tadori/dashboard/assets/style.css", "tadori/graph/cypher_lint/lint.mjs"):
        assert data in names


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_make_run_serves_on_tadori_port(tmp_path):
    if shutil.which("make") is None or not (ROOT / ".venv" / "bin" / "tadori").exists():
        pytest.skip("make run needs make and the project's .venv (make install)")
    port = _free_port()
    environment = {**os.environ, "TADORI_PORT": str(port), "TADORI_STORE": str(tmp_path / "tadori.db")}
    process = subprocess.Popen(["make", "--no-print-directory", "run"], cwd=ROOT, env=environment,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # 127.0.0.1, never a proxy
    try:
        deadline = time.monotonic() + 240  # make may reinstall first when pyproject.toml changed
        while time.monotonic() < deadline:
            try:
                with opener.open(f"http://127.0.0.1:{port}/", timeout=2) as response:
                    assert response.status == 200
                    return
            except OSError:
                assert process.poll() is None, process.stdout.read().decode() if process.stdout else ""
                time.sleep(0.5)
        pytest.fail(f"make run did not answer on TADORI_PORT={port}")
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
