"""The served graph follows the record store: rebuilt after a committed ingest, swapped whole.

At most every ``interval`` seconds a request looks at the store's files (two ``stat`` calls). When
they changed, one background thread reads the store and builds a new graph while requests go on
being answered from the old one; then the new graph replaces the old in one assignment. A half
ingest is never seen: SQLite readers see committed transactions only.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tadori.graph.protocol import GraphStore
from tadori.ingest.recordstore import RecordStore

from .state import set_store

__all__ = ["StoreFollower"]


def _signature(path: Path) -> tuple:
    """What changes when a transaction is committed: the database file and its write-ahead log."""
    out = []
    for file in (path, path.with_name(path.name + "-wal")):
        try:
            stat = file.stat()
            out.append((stat.st_mtime_ns, stat.st_size))
        except OSError:
            out.append(None)
    return tuple(out)


class StoreFollower:
    """Keeps the dashboard's graph in step with ``records``; ``build`` makes a graph of the store as it is."""

    def __init__(self, records: RecordStore, build: Callable[[], GraphStore], interval: float = 2.0):
        self.records = records
        self.build = build
        self.interval = interval
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._checked = 0.0
        self._signature = _signature(records.path)
        self.version: dict[str, Any] = self._read_version()
        self.error: str | None = None

    def _read_version(self) -> dict[str, Any]:
        try:
            return self.records.version()
        except Exception as error:  # a store being replaced: keep serving, say so
            return {"documents": None, "last_ingest": None, "error": str(error)}

    def check(self) -> None:
        """Called on each request: cheap unless the interval has passed and the files changed."""
        now = time.monotonic()
        if now - self._checked < self.interval:
            return
        with self._lock:
            if now - self._checked < self.interval or (self._thread and self._thread.is_alive()):
                return
            self._checked = now
            signature = _signature(self.records.path)
            if signature == self._signature:
                return
            self._thread = threading.Thread(target=self._rebuild, args=(signature,), name="tadori-rebuild",
                                            daemon=True)
            self._thread.start()

    def _rebuild(self, signature: tuple) -> None:
        # The signature is taken before reading: a write during the build makes the next check rebuild again.
        version = self._read_version()
        try:
            graph = self.build()
        except Exception as error:  # keep answering from the last good graph; the footer says why
            self.error = str(error)
            self._signature = signature
            return
        set_store(graph)
        self.version, self.error, self._signature = version, None, signature

    def start(self) -> None:
        """Build the first graph in the background: the server answers (「作成中」) while it is built."""
        with self._lock:
            self._checked = time.monotonic()
            self._thread = threading.Thread(target=self._rebuild, args=(_signature(self.records.path),),
                                            name="tadori-first-build", daemon=True)
            self._thread.start()

    def wait(self, timeout: float = 60.0) -> None:
        """Block until a rebuild in progress has finished (for tests and the load benchmark)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
