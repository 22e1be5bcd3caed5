"""The DV gap: businesses that receive victims' addresses without the DV / 支援措置 flag.

支援措置 blocks an abuser from obtaining a DV or stalking victim's address from 住民基本台帳.
Addresses have leaked where another business received addresses from a business that holds
the flag, but never the flag itself. A *flag holder* records an item of the ``dv`` tag
(``data/sensitivity.csv``: DV情報等, 支援措置 …). A flow from a flag holder carries addresses
when one of its items is address-type (``data/address_items.csv``: 住所, 住民登録地, 新住所,
世帯情報 …) or when it lists no items at all (the holder's whole data, addresses included).
A recipient is in the gap when it is not a flag holder: no confirmed flow of a DV item
reaches it and no registration gives it one.

Examples
--------
>>> from tadori.queries.testing import tiny_store
>>> result = dv_gap(tiny_store())
>>> [(row.recipient["name"], row.address_items, row.whole_data) for row in result.gaps]
[('空き家対策業務', ['住民登録地'], False), ('被災者支援システム運用業務', [], True)]
>>> [line["line"] for line in result.gaps[0].lines]  # the address flow, then the flag flows
[13, 10, 11]
>>> [(o.holder["name"], len(o.flows)) for o in result.onward]
[('住民基本台帳業務', 2)]
"""

from __future__ import annotations

import contextlib
import weakref
from dataclasses import asdict, dataclass, field
from typing import Any

from tadori.graph.model import DATA_ITEM, FlowEdge, business_id, item_key
from tadori.graph.protocol import GraphStore

from .filters import resolve_municipality
from .freshness import refresh, store_cache
from .sensitivity import item_tags
from .trace import Hop, flow_passes, hop_from_flow
from .vocabulary import address_terms, cached_item_key, contains_any

__all__ = ["DvGapResult", "GapRow", "Onward", "dv_gap", "dv_item_keys", "is_address_item"]


def is_address_item(item: str) -> bool:
    """True for an address-type item (address_items.csv).

    >>> is_address_item("新住所"), is_address_item("世帯情報"), is_address_item("課税状況")
    (True, True, False)
    """
    return contains_any(item, address_terms())


_DV_KEYS: weakref.WeakKeyDictionary[Any, dict[str, list[str]]] = store_cache()


def dv_item_keys(store: GraphStore) -> dict[str, list[str]]:
    """Item key → spellings, for every item in the store tagged ``dv`` (worked out once per store)."""
    try:
        return _DV_KEYS[store]
    except (KeyError, TypeError):
        keys = _dv_item_keys(store)
    with contextlib.suppress(TypeError):  # a store without weak references: no cache
        _DV_KEYS[store] = keys
    return keys


def _dv_item_keys(store: GraphStore) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for node in store.nodes(DATA_ITEM):
        if "dv" in item_tags(node.name):
            keys.setdefault(item_key(node.name), []).append(node.name)
    for key in keys:
        for flow in store.flows_with_item(key):
            keys[key] += [i for i in flow.items if cached_item_key(i) == key and i not in keys[key]]
    return keys


def _endpoint(store: GraphStore, node_id: str) -> dict[str, Any]:
    node = store.node(node_id)
    return {"id": node_id, "label": node.label if node else None, "name": node.name if node else node_id,
            "department": node.department if node else None, "municipality": node.municipality if node else None}


def _line(provenance: dict[str, Any], why: str) -> dict[str, Any]:
    return {"document": provenance.get("document"), "line": provenance.get("line"),
            "quote": provenance.get("quote"), "why": why}


@dataclass
class GapRow:
    """A recipient of addresses from flag holders that holds no flag, with the proof."""

    recipient: dict[str, Any]
    holders: list[dict[str, Any]]  # the flag holders it receives from
    address_items: list[str]
    whole_data: bool  # some flow lists no items: the holder's whole data
    hops: list[Hop]  # the flows that bring the addresses
    lines: list[dict[str, Any]]  # provenance: the address flows, then how each holder got the flag

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["hops"] = [h.to_dict() for h in self.hops]
        return data


@dataclass
class Onward:
    """Where one flag holder's address data goes next (each flow: recipient, items, flag or not)."""

    holder: dict[str, Any]
    flag_lines: list[dict[str, Any]]
    flows: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class DvGapResult:
    """The answer of :func:`dv_gap`."""

    municipality: str | None
    dv_items: list[str]
    holders: list[dict[str, Any]]
    gaps: list[GapRow]
    onward: list[Onward]

    def to_json(self) -> dict[str, Any]:
        return {"municipality": self.municipality, "dv_items": self.dv_items, "holders": self.holders,
                "gaps": [g.to_json() for g in self.gaps], "onward": [o.to_json() for o in self.onward]}


def _holders(store: GraphStore, keys: dict[str, list[str]], municipality: str | None) -> dict[str, list[dict]]:
    """Flag holder id → the lines that show it holds the flag (flows carrying it, registrations)."""
    evidence: dict[str, list[dict]] = {}
    # The holders of one city only: the country's holders of the flag are one per city and more.
    city_nodes = {n.id for n in store.nodes(municipality=municipality)} if municipality else None
    for key in keys:
        for holder in store.holders(key):
            if city_nodes is None or holder in city_nodes:
                evidence.setdefault(holder, [])
        # one city's flows when the question is about one city: its cost follows the city, not the country
        carrying = ([f for f in store.flows(municipality) if key in f.item_keys] if municipality
                    else store.flows_with_item(key))
        for flow in carrying:
            for end, why in ((flow.source, "holds the DV flag and provides it"), (flow.target, "receives the DV flag")):
                lines = evidence.setdefault(end, [])
                lines += [_line(p, why) for p in flow.provenance if _line(p, why) not in lines]
    documents: dict[str, str] | None = None  # read only when a registration counts: a country has thousands
    for registration, document_id in store.registrations():
        if not any(item_key(i) in keys for i in registration.items_added):
            continue
        holder = business_id(registration.municipality, registration.business or "")
        if holder in evidence:
            if documents is None:
                documents = {d["id"]: d["name"] for d in store.documents()}
            evidence[holder].append({"document": documents.get(document_id), "line": registration.line,
                                     "quote": registration.quote, "why": "registration records the DV flag"})
    return {h: lines for h, lines in evidence.items()
            if (node := store.node(h)) is not None and (municipality is None or node.municipality == municipality)}


def _address_payload(flow: FlowEdge) -> tuple[list[str], bool] | None:
    """(address items, whole data) when the flow carries addresses, else None."""
    if not flow.items:
        return [], True
    found = [i for i in flow.items if is_address_item(i)]
    return (found, False) if found else None


def dv_gap(store: GraphStore, *, municipality: str | None = None) -> DvGapResult:
    """Businesses that receive addresses from a DV-flag holder without the flag, and the proof.

    Parameters
    ----------
    store : the graph store.
    municipality : only this city's holders and flows.

    Returns
    -------
    DvGapResult
        ``holders``: businesses holding the flag; ``gaps``: one :class:`GapRow` per recipient
        without the flag, with the hops and lines that prove it; ``onward``: for each holder,
        where its address data goes next (recipients with and without the flag).
    """
    refresh(store)
    municipality = resolve_municipality(store, municipality)
    keys = dv_item_keys(store)
    evidence = _holders(store, keys, municipality)
    gaps: dict[str, GapRow] = {}
    onward: list[Onward] = []
    for holder_id in sorted(evidence, key=lambda h: (store.node(h).name, h)):  # type: ignore[union-attr]
        row = Onward(holder=_endpoint(store, holder_id), flag_lines=evidence[holder_id])
        for flow in store.out_flows(holder_id):
            payload = _address_payload(flow)
            if payload is None or not flow_passes(store, flow, municipality=municipality):
                continue
            items, whole = payload
            has_flag = flow.target in evidence
            hop = hop_from_flow(store, flow, 1)
            row.flows.append({"recipient": _endpoint(store, flow.target), "address_items": items,
                              "whole_data": whole, "recipient_has_flag": has_flag, "hop": hop.to_dict()})
            if has_flag:
                continue
            gap = gaps.get(flow.target)
            if gap is None:
                gap = gaps[flow.target] = GapRow(_endpoint(store, flow.target), [], [], False, [], [])
            if row.holder not in gap.holders:
                gap.holders.append(row.holder)
            gap.address_items += [i for i in items if i not in gap.address_items]
            gap.whole_data = gap.whole_data or whole
            gap.hops.append(hop)
            why = "provides addresses without the DV flag" if items else "provides its whole data without the DV flag"
            gap.lines += [_line(p, why) for p in flow.provenance]
        if row.flows:
            onward.append(row)
    for gap in gaps.values():  # then the lines that prove each holder holds the flag
        for holder in gap.holders:
            gap.lines += [line for line in evidence[holder["id"]] if line not in gap.lines]
    spellings = sorted({s for names in keys.values() for s in names})
    return DvGapResult(municipality=municipality, dv_items=spellings,
                       holders=[_endpoint(store, h) for h in sorted(evidence)],
                       gaps=sorted(gaps.values(), key=lambda g: g.recipient["name"]), onward=onward)
