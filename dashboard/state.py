"""The graph store the running app answers from: built at start, replaced whole when the record store changes."""

from __future__ import annotations

from typing import Any

from tadori.graph.protocol import GraphStore

__all__ = ["get_store", "set_follower", "set_store", "store_version"]

_store: GraphStore | None = None
_version: Any = None  # the follower (dashboard.freshness), when the graph follows a record store


def set_store(store: GraphStore) -> None:
    global _store
    _store = store  # one assignment: a request sees the old graph or the new one, never a mix


def set_follower(follower: Any) -> None:
    """The :class:`~tadori.dashboard.freshness.StoreFollower` keeping the graph current, or None."""
    global _version
    _version = follower


def get_store() -> GraphStore:
    if _store is None:
        raise RuntimeError("the dashboard has no store; create it with create_app(store)")
    return _store


def store_version() -> dict[str, Any] | None:
    """The record store's state the graph was built from (documents, last ingest), when known."""
    if _version is None:
        return None
    return {**_version.version, "error": _version.error}
