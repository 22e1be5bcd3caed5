"""The graph store the running app answers from, built once at start, never per request."""

from __future__ import annotations

from tadori.graph.protocol import GraphStore

__all__ = ["get_store", "set_store"]

_store: GraphStore | None = None


def set_store(store: GraphStore) -> None:
    global _store
    _store = store


def get_store() -> GraphStore:
    if _store is None:
        raise RuntimeError("the dashboard has no store; create it with create_app(store)")
    return _store
