"""Options of the controls the pages share: the search box, kinds, bases, municipalities."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tadori.graph.protocol import GraphStore
from tadori.ingest.records import BASES, KINDS
from tadori.queries.search import search

from .answers import remembered
from .messages import t
from .urls import MAX_TEXT

__all__ = ["basis_options", "kind_options", "municipality_options", "search_options"]

_SEARCH_TYPES = ("DataItem", "Business", "Department")


def search_options(store: GraphStore, text: str | None, lang: str = "ja", *, keep: str | None = None,
                   types: Iterable[str] = _SEARCH_TYPES, limit: int = 15,
                   municipalities: bool = False) -> list[dict[str, Any]]:
    """Autocomplete options for ``text``: the name is the value, the label says what it is.

    ``keep`` (the current value) stays among the options so the dropdown can still show it.
    Text longer than any name (:data:`~tadori.dashboard.urls.MAX_TEXT`) is cut: a pasted page
    of text must not become a page-long search.
    """
    text = text[:MAX_TEXT] if text else text
    keep = keep[:MAX_TEXT] if keep else keep
    options: list[dict[str, Any]] = []
    seen: set[str] = set()
    if municipalities and text:  # a whole city is a target of exposure, though not a search type
        for option in municipality_options(store):
            if text in option["value"] or option["value"] in text:
                seen.add(option["value"])
                options.append({"label": f"{option['value']}（{t('type.Municipality', lang)}）",
                                "value": option["value"]})
    cities: dict[str, list[str]] = {}
    hits = search(store, text, limit=limit, types=list(types)) if text else []
    for hit in hits:  # one option per name: a trace by name starts from that name in every city
        cities.setdefault(hit.name, [])
        if hit.municipality and hit.municipality not in cities[hit.name]:
            cities[hit.name].append(hit.municipality)
    for hit in hits:
        if hit.name in seen:
            continue
        seen.add(hit.name)
        where = f" — {'、'.join(cities[hit.name])}" if cities[hit.name] else ""
        options.append({"label": f"{hit.name}（{t(f'type.{hit.type}', lang)}）{where}", "value": hit.name})
    if keep and keep not in seen:
        options.insert(0, {"label": keep, "value": keep})
    return options


def kind_options(lang: str = "ja") -> list[dict[str, str]]:
    return [{"label": t(f"kind.{k}", lang), "value": k} for k in KINDS]


def basis_options(lang: str = "ja") -> list[dict[str, str]]:
    return [{"label": t(f"basis.{b}", lang), "value": b} for b in BASES]


def municipality_options(store: GraphStore) -> list[dict[str, str]]:
    # every page asks; a national graph has 100k businesses to look through, once per graph is enough
    return remembered(store, ("municipality_options",), lambda: [
        {"label": name, "value": name} for name in sorted({n.municipality for n in store.nodes("Business")
                                                           if n.municipality})])
