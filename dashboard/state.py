"""The graph store the running app answers from: built at start, replaced whole when the record store changes."""

from __future__ import annotations

from typing import Any

from tadori.graph.protocol import GraphStore

__all__ = ["GraphNotReady", "get_follower", "get_store", "set_follower", "set_store", "store_version"]


class GraphNotReady(Exception):
    """The graph is still being built from the record store (a national store takes a while at start)."""


_store: GraphStore | None = None
_version: Any = None  # the follower (dashboard.freshness), when the graph follows a record store


def set_store(store: GraphStore | None) -> None:
    """The graph to answer from; None while the first one is built in the background."""
    global _store
    _store = store  # one assignment: a request sees the old graph or the new one, never a mix


def set_follower(follower: Any) -> None:
    """The :class:`~tadori.dashboard.freshness.StoreFollower` keeping the graph current, or None."""
    global _version
    _version = follower


def get_follower() -> Any:
    return _version


def get_store() -> GraphStore:
    if _store is None:
        if _version is not None:  # a follower is building the first graph
            raise GraphNotReady()
        raise RuntimeError("the dashboard has no store; create it with create_app(store)")
    return _store


def store_version() -> dict[str, Any] | None:
    """The record store's state the graph was built from (documents, last ingest), when known."""
    if _version is None:
        return None
    return {**_version.version, "error": _version.error}
