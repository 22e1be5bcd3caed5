"""One search box for items, businesses, departments, outside parties and council cases.

Names are folded (NFKC, full/half width, case, katakana → hiragana, no spaces or brackets)
and matched whole, by prefix, inside, or fuzzily (rapidfuzz). A :class:`SearchIndex` is built
once per store and cached: a character-bigram index picks a few candidates with numpy, and
only those are scored, so an autocomplete answer on 100k names takes about a millisecond
(``benchmarks/bench_search.py``).

Examples
--------
>>> from tadori.queries.testing import tiny_store
>>> [(h.name, h.type) for h in search(tiny_store(), "介護保険", limit=2)]
[('介護保険課', 'Department'), ('介護保険資格管理業務', 'Business')]
>>> search(tiny_store(), "しすてむ")[0].name  # hiragana finds katakana
'料金収納システム業務'
>>> search(tiny_store(), "被災者支援システム運用業")[0].name  # a prefix
'被災者支援システム運用業務'
>>> [(h.name, h.type) for h in search(tiny_store(), "ｄｖ", limit=1)]
[('DV情報等', 'DataItem')]
>>> [(h.name, h.score) for h in search(tiny_store(), "防災", types=["Department"])]
[('防災課', 96.0)]
>>> [(h.name, h.score) for h in search(tiny_store(), "介護保健", limit=2)]  # a typo: fuzzy matches
[('介護保険資格管理業務', 77.1), ('介護保険課', 66.7)]
"""

from __future__ import annotations

import math
import re
import weakref
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from tadori.graph.model import BUSINESS, DATA_ITEM, DEPARTMENT, EXTERNAL_PARTY
from tadori.graph.protocol import GraphStore
from tadori.ingest.normalize import nfkc

from .freshness import refresh, store_cache

__all__ = ["TYPES", "SearchHit", "SearchIndex", "fold_search", "index_for", "search"]

CASE = "CouncilCase"
TYPES = (DATA_ITEM, BUSINESS, DEPARTMENT, EXTERNAL_PARTY, CASE)
_DROP = re.compile(r"[\s()（）\[\]「」『』【】・、。,.\"'〜~\-‐－ー]")
_KATAKANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}
_CANDIDATES = 64  # names scored per query; the bigram prefilter keeps the rest out
_MIN_SCORE = 50.0


def fold_search(text: str) -> str:
    """The form names and queries are compared in.

    >>> fold_search("ｶｲｺﾞ 保険（資格）")
    'かいご保険資格'
    """
    # ー (the long vowel mark) goes too: 「データ」 and 「デタ」 typed fast should meet.
    return _DROP.sub("", nfkc(text).casefold()).translate(_KATAKANA)


def _grams(folded: str) -> set[str]:
    if len(folded) < 2:
        return {folded} if folded else set()
    return {folded[i:i + 2] for i in range(len(folded) - 1)} | set(folded)


def _bigrams(folded: str) -> set[str]:
    return {folded[i:i + 2] for i in range(len(folded) - 1)}


@dataclass(frozen=True)
class SearchHit:
    """One match: the name as written, its entity type, its id, a 0–100 score, its city."""

    name: str
    type: str
    id: str
    score: float
    municipality: str | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class SearchIndex:
    """A prefilter of character bigrams (and single characters) over folded names."""

    def __init__(self, entries: Iterable[tuple[str, str, str, str | None]]):
        """``entries``: (name, type, id, municipality) for everything to find."""
        self.names: list[str] = []
        self.types: list[str] = []
        self.ids: list[str] = []
        self.municipalities: list[str | None] = []
        self.folded: list[str] = []
        postings: dict[str, list[int]] = defaultdict(list)
        for name, kind, node_id, municipality in entries:
            folded = fold_search(name)
            if not folded:
                continue
            number = len(self.names)
            self.names.append(name)
            self.types.append(kind)
            self.ids.append(node_id)
            self.municipalities.append(municipality)
            self.folded.append(folded)
            for gram in _grams(folded):
                postings[gram].append(number)
        size = max(len(self.names), 1)
        self._postings = {g: np.asarray(v, dtype=np.int32) for g, v in postings.items()}
        # Rare grams say more about a name than common ones (業務 is in half of them).
        self._weights = {g: math.log(1 + size / len(v)) for g, v in postings.items()}
        self._type_codes = np.asarray([TYPES.index(t) if t in TYPES else len(TYPES) for t in self.types],
                                      dtype=np.int8)
        self._lengths = np.asarray([len(f) for f in self.folded], dtype=np.int32)

    def __len__(self) -> int:
        return len(self.names)

    @classmethod
    def from_store(cls, store: GraphStore) -> SearchIndex:
        # One call each for cities, not one per name: on Neo4j every call is a round trip.
        cities = ({node_id: city for node_id, _, _, city in store.node_rows()} if hasattr(store, "node_rows")
                  else {n.id: n.municipality for n in store.nodes()})
        cities.update({c.id: c.municipality for c in store.cases()})
        return cls((name, kind, node_id, cities.get(node_id)) for name, kind, node_id in store.names()
                   if not node_id.startswith(("unknown:", "holder:")))  # holders repeat a Department node

    def search(self, text: str, *, limit: int = 20, types: Iterable[str] | None = None) -> list[SearchHit]:
        """The best ``limit`` matches of ``text``, best first; [] when nothing scores 50 or more."""
        query = fold_search(text)
        if not query or not self.names:
            return []
        scores = np.zeros(len(self.names), dtype=np.float32)
        # Single characters pick candidates only for a one-character query: in longer ones their
        # postings are long (業, 務 …) and a fuzzy match must share a bigram anyway.
        for gram in _grams(query) if len(query) == 1 else _bigrams(query):
            posting = self._postings.get(gram)
            if posting is not None:
                scores[posting] += self._weights[gram]
        # Prefer names about as long as the query among equal overlaps.
        scores -= np.abs(self._lengths - len(query)).astype(np.float32) * 1e-3
        if types:
            wanted = [TYPES.index(t) for t in types if t in TYPES]
            scores[~np.isin(self._type_codes, wanted)] = -1.0
        count = min(_CANDIDATES + limit, len(scores))
        candidates = np.argpartition(-scores, count - 1)[:count]
        hits = []
        for number in candidates[scores[candidates] > 0].tolist():
            score = _score(query, self.folded[number])
            if score >= _MIN_SCORE:
                hits.append(SearchHit(self.names[number], self.types[number], self.ids[number], score,
                                      self.municipalities[number]))
        hits.sort(key=lambda h: (-h.score, len(h.name), TYPES.index(h.type) if h.type in TYPES else 9, h.name))
        return hits[:limit]


def _score(query: str, name: str) -> float:
    """Whole name 100; prefix 90–99; inside 80–89; sharing two adjacent characters: WRatio, below 80."""
    if query == name:
        return 100.0
    share = len(query) / len(name)
    if name.startswith(query):
        return round(90 + 9 * share, 1)
    if query in name:
        return round(80 + 9 * share, 1)
    if len(query) > 1 and not any(query[i:i + 2] in name for i in range(len(query) - 1)):
        return 0.0  # one shared character (住所 / 住民基本台帳業務) is noise, not a typo
    return round(min(79.0, fuzz.WRatio(query, name)), 1)


# Keyed by the store object, so a store built afresh (a new ingest) gets a fresh index.
_INDEXES: weakref.WeakKeyDictionary[Any, SearchIndex] = store_cache()
_INDEXES_BY_ID: dict[int, tuple[Any, SearchIndex]] = {}


def index_for(store: GraphStore) -> SearchIndex:
    """The store's index, built on first use."""
    refresh(store)
    try:
        index = _INDEXES.get(store)
    except TypeError:  # a store that takes no weak references: keep it alive with its index
        held = _INDEXES_BY_ID.get(id(store))
        if held is None:
            held = _INDEXES_BY_ID[id(store)] = (store, SearchIndex.from_store(store))
        return held[1]
    if index is None:
        index = _INDEXES[store] = SearchIndex.from_store(store)
    return index


def search(store: GraphStore, text: str, *, limit: int = 20, types: Iterable[str] | None = None) -> list[SearchHit]:
    """Find names matching ``text``: items, businesses, departments, outside parties, council cases.

    Parameters
    ----------
    store : the graph store (its index is built once and cached).
    text : what the user typed; width, case, kana and spaces do not matter; typos are tolerated.
    limit : at most this many hits.
    types : only these entity types (DataItem, Business, Department, ExternalParty, CouncilCase).

    Returns
    -------
    list of SearchHit
        Best first: whole-name matches, then prefixes, then names containing the text, then
        fuzzy matches.
    """
    return index_for(store).search(text, limit=limit, types=types)
