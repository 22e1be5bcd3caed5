"""Per-store caches that follow the store's data: a store whose graph can change under it says so.

Caches in ``queries/`` (name index, search index, hop descriptions, item adjacency) are kept
per store object. The in-process store never changes once built, but a server store (Neo4j)
is one connection to a database that ``tadori sync neo4j`` may rewrite at any time. Such a
store offers ``generation()``: a token that changes with every sync. :func:`refresh` compares
it with the token seen last and drops every cache of that store when it moved; the query entry
points call it once per question (one small read), never per hop.

>>> class Changing:
...     token = "a"
...     def generation(self): return self.token
>>> store, cache = Changing(), store_cache()
>>> refresh(store); cache[store] = "built from a"
>>> store.token = "b"; refresh(store); store in cache
False
"""

from __future__ import annotations

import weakref
from typing import Any

__all__ = ["refresh", "store_cache"]

_CACHES: list[weakref.WeakKeyDictionary] = []
_SEEN: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()
_NEVER = object()


def store_cache() -> weakref.WeakKeyDictionary:
    """A new per-store cache that :func:`refresh` empties for a store whose data changed."""
    cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
    _CACHES.append(cache)
    return cache


def refresh(store: Any) -> None:
    """Drop the store's cached answers if its data changed since they were computed."""
    generation = getattr(store, "generation", None)
    if generation is None:  # a store that never changes (networkx: rebuilt, not mutated)
        return
    current = generation()
    try:
        if _SEEN.get(store, _NEVER) == current:
            return
    except TypeError:  # a store without weak references has no cache to drop
        return
    for cache in _CACHES:
        cache.pop(store, None)
    _SEEN[store] = current
