"""Static images of plotly figures through kaleido 1.x and the system Chromium.

Kaleido drives a Chromium it finds through ``BROWSER_PATH``. The system Chromium must run
headless without a sandbox, GPU or network, so we point ``BROWSER_PATH`` at a small wrapper
script that adds those flags. One kaleido server is started on first use and reused: a
Chromium start costs seconds, a figure afterwards well under one.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import threading
import warnings
from pathlib import Path

import plotly.graph_objects as go

__all__ = ["CHROMIUM_FLAGS", "chromium_path", "figure_image"]

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1")

_lock = threading.Lock()
_started = False


def chromium_path() -> str | None:
    """The system Chromium, if installed."""
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def _wrapper(chromium: str) -> str:
    flags = " ".join(f"'{flag}'" for flag in CHROMIUM_FLAGS)
    path = Path(tempfile.gettempdir()) / f"tadori-chromium-{os.getuid()}.sh"
    path.write_text(f'#!/bin/sh\nexec "{chromium}" {flags} "$@"\n', encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IRUSR)
    return str(path)


def _ensure_server() -> None:
    global _started
    with _lock:
        if _started:
            return
        import kaleido

        if "BROWSER_PATH" not in os.environ:  # an explicit setting wins
            chromium = chromium_path()
            if chromium is None:
                raise RuntimeError("no Chromium found for image export; set BROWSER_PATH")
            os.environ["BROWSER_PATH"] = _wrapper(chromium)
        kaleido.start_sync_server(mathjax=False, silence_warnings=True)
        _started = True


def figure_image(figure: go.Figure, fmt: str = "png", width: int = 1000, height: int = 600) -> bytes:
    """The figure as PNG or SVG bytes."""
    if fmt not in ("png", "svg"):
        raise ValueError(f"format must be png or svg, not {fmt!r}")
    _ensure_server()
    with _lock, warnings.catch_warnings():  # the sync server handles one figure at a time
        # plotly passes kaleido options that a running server ignores, and says so each time
        warnings.simplefilter("ignore", UserWarning)
        return figure.to_image(format=fmt, width=width, height=height)
