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

from collections.abc import Sequence
from dataclasses import dataclass

from tadori.errors import NotFound
from tadori.graph.model import BUSINESS, DATA_ITEM, DEPARTMENT, EXTERNAL_PARTY, item_key
from tadori.graph.protocol import GraphStore
from tadori.ingest.normalize import canonical_name

__all__ = ["Start", "municipality_names", "resolve_nodes", "resolve_start", "same_name", "suggest"]

_LABELS = {"business": BUSINESS, "department": DEPARTMENT, "external": EXTERNAL_PARTY}


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
    variants = sorted({i for f in store.flows_with_item(key) for i in f.items if item_key(i) == key}
                      | {n.name for n in store.nodes(DATA_ITEM) if item_key(n.name) == key})
    return Start("item", text, [], item=text, matched_items=variants) if variants else None


def _entity(store: GraphStore, text: str, kinds: Sequence[str], municipality: str | None) -> Start | None:
    for kind in kinds:
        found = [n for n in store.nodes(_LABELS[kind], municipality)
                 if same_name(n.name, text) and not n.id.startswith(("holder:", "unknown:"))]
        if found:
            ids = [n.id for n in found]
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


def municipality_names(store: GraphStore) -> list[str]:
    """Every municipality a business belongs to."""
    return sorted({n.municipality for n in store.nodes(BUSINESS) if n.municipality})


def suggest(store: GraphStore, text: str, limit: int = 5, types: Sequence[str] | None = None) -> list[str]:
    """The nearest known names, best first (see :mod:`~tadori.queries.search`)."""
    from .search import search  # search builds an index; resolving a known name never needs it

    return list(dict.fromkeys(hit.name for hit in search(store, text, limit=limit * 2, types=types)))[:limit]
