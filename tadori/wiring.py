"""The composition root: settings in, a record store and a graph store out."""

from __future__ import annotations

from pathlib import Path

from tadori.errors import StoreUnavailable
from tadori.graph.backends import store_class
from tadori.graph.protocol import GraphStore
from tadori.ingest.recordstore import RecordStore

from .settings import resolve, resolve_number

__all__ = ["open_graph_store", "open_record_store"]


def open_record_store(store: str | None = None) -> RecordStore:
    """The record store at ``--store``, else ``TADORI_STORE``, else ``tadori-data/tadori.db``."""
    return RecordStore(Path(resolve("store", store) or "tadori-data/tadori.db"),
                       busy_timeout=resolve_number("busy_timeout", None, 0, 3600, whole=False))


def open_graph_store(store: str | None = None, backend: str | None = None, *, must_exist: bool = True) -> GraphStore:
    """Build the graph store the settings choose (networkx unless ``TADORI_BACKEND`` says neo4j)."""
    records = open_record_store(store)
    if must_exist and not records.exists():
        raise StoreUnavailable(f"{records.path}: no record store here yet; run `tadori ingest FILE` first")
    name = resolve("backend", backend) or "networkx"
    cls = store_class(name)
    if name == "neo4j":
        return cls.from_settings(records)  # type: ignore[attr-defined]
    return cls.from_records(records)  # type: ignore[attr-defined]
