"""Turning what a user typed into graph entities: an item, a business, a department or a party.

Matching is on canonical spelling (NFKC, no spaces, 事務/業務 alike); an unknown name
raises :class:`~tadori.errors.NotFound` carrying the nearest known names.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process
from tadori.graph.model import BUSINESS, DATA_ITEM, DEPARTMENT, EXTERNAL_PARTY, item_key
from tadori.graph.protocol import GraphStore
from tadori.ingest.normalize import canonical_name

from tadori.errors import NotFound

__all__ = ["Start", "resolve_start", "same_name"]


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


def resolve_start(store: GraphStore, text: str, *, municipality: str | None = None) -> Start:
    """Find what ``text`` names; items first, then businesses, departments, outside parties."""
    key = item_key(text)
    variants = sorted({i for f in store.flows_with_item(key) for i in f.items if item_key(i) == key}
                      | {n.name for n in store.nodes(DATA_ITEM) if item_key(n.name) == key})
    if variants:
        return Start("item", text, [], item=text, matched_items=variants)
    for label, kind in ((BUSINESS, "business"), (DEPARTMENT, "department"), (EXTERNAL_PARTY, "external")):
        found = [n for n in store.nodes(label, municipality)
                 if same_name(n.name, text) and not n.id.startswith("holder:")]
        if found:
            ids = [n.id for n in found]
            if kind == "department":
                ids = sorted({b for d in ids for b in store.businesses_of(d)})
            return Start(kind, text, ids)
    raise NotFound("item, business or department", text, suggest(store, text))


def suggest(store: GraphStore, text: str, limit: int = 5) -> list[str]:
    """The nearest known names, best first."""
    names = sorted({name for name, _, _ in store.names()})
    matches = process.extract(canonical_name(text), names, scorer=fuzz.WRatio, processor=canonical_name,
                              limit=limit, score_cutoff=50)
    return [name for name, _, _ in matches]
