"""Turning what a user typed into graph entities: an item, a business, a department or a party.

Matching is on canonical spelling (NFKC, no spaces, 事務/業務 alike); an unknown name
raises :class:`~tadori.errors.NotFound` carrying the nearest known names.

>>> from tadori.queries.testing import tiny_store
>>> resolve_start(tiny_store(), "ＤＶ情報").matched_items
['DV情報等']
>>> resolve_nodes(tiny_store(), "防災課").node_ids
['business:川口市:被災者支援システム運用業務']
>>> resolve_nodes(tiny_store(), "介護保険資格管理事務").kind
'business'
"""

from __future__ import annotations

import contextlib
import weakref
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from tadori.errors import NotFound
from tadori.graph.model import BUSINESS, DEPARTMENT, EXTERNAL_PARTY, item_id, item_key
from tadori.graph.protocol import GraphStore
from tadori.ingest.normalize import canonical_name

from .freshness import refresh, store_cache

__all__ = ["Start", "municipality_names", "resolve_nodes", "resolve_start", "same_name", "suggest"]

_LABELS = {"business": BUSINESS, "department": DEPARTMENT, "external": EXTERNAL_PARTY}


@lru_cache(maxsize=1 << 16)  # a country repeats the same business names in every city
def _loose(name: str) -> str:
    return canonical_name(name).replace("事務", "業務").lower()


def same_name(a: str, b: str) -> bool:
    """True when two names differ only by width, spaces, quotes or 事務/業務.

    >>> same_name("要介護(支援)認定事務", "要介護（支援）認定業務")
    True
    """
    return _loose(a) == _loose(b)


@dataclass
class Start:
    """Where a trace begins: the node ids, and the item it follows (None for a plain trace)."""

    kind: str  # "item" | "business" | "department" | "external"
    name: str
    node_ids: list[str]
    item: str | None = None
    matched_items: list[str] | None = None  # the spellings of the item found in the graph


def _item(store: GraphStore, text: str) -> Start | None:
    key = item_key(text)
    node = store.node(item_id(text))  # one DataItem node per item key: no scan
    variants = sorted({i for f in store.flows_with_item(key) for i in f.items if item_key(i) == key}
                      | ({node.name} if node is not None else set()))
    return Start("item", text, [], item=text, matched_items=variants) if variants else None


# (label, loose name) -> node ids, built once per store: resolving a name must not scan every
# node (and NFKC-normalise its name) on each call of a 1M-flow graph.
_NAME_INDEXES: weakref.WeakKeyDictionary[GraphStore, dict[tuple[str, str], list[str]]] = store_cache()


_MUNICIPALITY = "Municipality"


def _index(store: GraphStore) -> dict[tuple[str, str], list[str]]:
    refresh(store)
    try:
        index = _NAME_INDEXES.get(store)
    except TypeError:
        index = None
    if index is None:
        built: dict[tuple[str, str], list[str]] = defaultdict(list)
        # A store that lists its nodes as plain rows (the compact store) spares an object per node.
        rows = store.node_rows() if hasattr(store, "node_rows") else (
            (n.id, n.label, n.name, n.municipality) for n in store.nodes())
        labels = set(_LABELS.values())
        for node_id, label, name, municipality in rows:
            if label in labels and not node_id.startswith(("holder:", "unknown:")):
                built[(label, _loose(name))].append(node_id)
            if label == BUSINESS and municipality and (_MUNICIPALITY, municipality) not in built:
                built[(_MUNICIPALITY, municipality)] = []
        index = dict(built)
        with contextlib.suppress(TypeError):  # a store without weak references is not cached
            _NAME_INDEXES[store] = index
    return index


def _named(store: GraphStore, label: str, text: str) -> list[str]:
    return _index(store).get((label, _loose(text)), [])


def _entity(store: GraphStore, text: str, kinds: Sequence[str], municipality: str | None) -> Start | None:
    for kind in kinds:
        ids = _named(store, _LABELS[kind], text)
        if municipality:
            ids = [i for i in ids if (node := store.node(i)) is not None and node.municipality == municipality]
        if ids:
            if kind == "department":
                # A department stands for what it operates; a department named without a business
                # (a holder node) is one of them.
                ids = sorted({b for d in ids for b in store.businesses_of(d)})
            return Start(kind, text, ids)
    return None


def resolve_start(store: GraphStore, text: str, *, municipality: str | None = None) -> Start:
    """Find what ``text`` names; items first, then businesses, departments, outside parties."""
    start = _item(store, text) or _entity(store, text, ("business", "department", "external"), municipality)
    if start is None:
        raise NotFound("item, business or department", text, suggest(store, text))
    return start


def resolve_nodes(store: GraphStore, text: str, *, kinds: Sequence[str] = ("business", "department", "external"),
                  municipality: str | None = None) -> Start:
    """Find the businesses (a department: the ones it operates) or outside parties ``text`` names."""
    start = _entity(store, text, kinds, municipality)
    if start is None:
        what = " or ".join([{"external": "outside party"}.get(k, k) for k in kinds])
        types = [_LABELS[k] for k in kinds]
        raise NotFound(what, text, suggest(store, text, types=types))
    return start


_MUNICIPALITY_NAMES: weakref.WeakKeyDictionary[GraphStore, list[str]] = store_cache()


def municipality_names(store: GraphStore) -> list[str]:
    """Every municipality a business belongs to (worked out once per store: a country's name index is large,
    and a store that can list its cities itself is asked instead)."""
    refresh(store)
    try:
        names = _MUNICIPALITY_NAMES.get(store)
    except TypeError:
        names = None
    if names is None:
        if hasattr(store, "municipality_names"):
            names = store.municipality_names()
        else:
            names = sorted(name for label, name in _index(store) if label == _MUNICIPALITY)
        with contextlib.suppress(TypeError):
            _MUNICIPALITY_NAMES[store] = names
    return list(names)


def suggest(store: GraphStore, text: str, limit: int = 5, types: Sequence[str] | None = None) -> list[str]:
    """The nearest known names, best first (see :mod:`~tadori.queries.search`)."""
    from .search import search  # search builds an index; resolving a known name never needs it

    return list(dict.fromkeys(hit.name for hit in search(store, text, limit=limit * 2, types=types)))[:limit]
