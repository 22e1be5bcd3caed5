"""How far the data of a business, a department, an item or a whole city has spread.

Counts the distinct recipient businesses, departments and outside parties reached, directly
(one hop) and transitively (any number of hops), with contractors (委託先 / 受託者) apart from
other outside parties; splits the flows by kind and basis; accumulates by Japanese fiscal
year (April–March); lists the hops on the weakest basis (order in ``data/basis_order.csv``);
and gives the sensitivity tags of the items reached and a Sankey-ready list of department
to department (or outside party) flows.

Examples
--------
>>> from tadori.queries.testing import tiny_store
>>> result = exposure(tiny_store(), "住民基本台帳業務")
>>> result.transitive.counts()
{'businesses': 4, 'departments': 4, 'external_parties': 0, 'contractors': 0}
>>> [(row["fiscal_year"], row["businesses"]) for row in result.by_fiscal_year]
[(2013, 4)]
>>> result.weakest_basis, [h.recipient["business"] for h in result.weakest_hops]
('unknown', ['介護保険資格管理業務', '料金収納システム業務'])
>>> result.sankey[0]
{'source': '市民課', 'target': '介護保険課', 'count': 1}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tadori.graph.model import EXTERNAL_PARTY
from tadori.graph.protocol import GraphStore

from .filters import resolve_bases, resolve_kinds, resolve_municipality
from .reconcile import document_years
from .resolve import municipality_names
from .sensitivity import tagged_items
from .trace import Hop, trace, walk
from .vocabulary import basis_order, basis_rank, contains_any, contractor_terms, fiscal_year

__all__ = ["ExposureResult", "Reach", "exposure", "reach"]


@dataclass
class Reach:
    """Distinct recipients: business, department and outside-party names (contractors apart)."""

    businesses: list[str] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    external_parties: list[str] = field(default_factory=list)
    contractors: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"businesses": len(self.businesses), "departments": len(self.departments),
                "external_parties": len(self.external_parties), "contractors": len(self.contractors)}

    def to_json(self) -> dict[str, Any]:
        return {"counts": self.counts(), "businesses": self.businesses, "departments": self.departments,
                "external_parties": self.external_parties, "contractors": self.contractors}


def reach(store: GraphStore, hops: Iterable[Hop], *, exclude: Iterable[str] = ()) -> Reach:
    """The distinct recipients of ``hops``, leaving out the nodes in ``exclude`` (the start)."""
    hops = list(hops)
    excluded = set(exclude)
    several_cities = len({h.recipient.get("municipality") for h in hops}) > 1
    found: dict[str, dict[str, str]] = {"businesses": {}, "departments": {}, "external_parties": {},
                                        "contractors": {}}

    def note(group: str, key: str, name: str, city: str | None) -> None:
        found[group][key] = f"{name}（{city}）" if several_cities and city else name

    for hop in hops:
        recipient = hop.recipient
        node_id, city = recipient["id"], recipient.get("municipality")
        if node_id in excluded or node_id.startswith("unknown:"):
            continue
        if recipient["label"] == EXTERNAL_PARTY:
            name = recipient.get("external") or recipient["name"]
            group = "contractors" if contains_any(name, contractor_terms()) else "external_parties"
            note(group, node_id, name, city)
            continue
        if not node_id.startswith("holder:"):  # a holder is a department with no business named
            note("businesses", node_id, recipient["name"], city)
        if recipient.get("department"):
            note("departments", f"{city}:{recipient['department']}", recipient["department"], city)
    return Reach(**{group: sorted(names.values()) for group, names in found.items()})


@dataclass
class ExposureResult:
    """The answer of :func:`exposure`; ``hops`` are every hop counted, breadth first."""

    target: str
    target_kind: str  # "municipality" | "item" | "business" | "department" | "external"
    municipality: str | None
    as_of: str | None
    mode: str
    matched_items: list[str]
    start_ids: list[str]
    direct: Reach
    transitive: Reach
    by_kind: dict[str, int]
    by_basis: dict[str, int]
    by_fiscal_year: list[dict[str, Any]]
    basis_order: list[str]
    weakest_basis: str | None
    weakest_hops: list[Hop]
    sensitivity: dict[str, list[str]]
    sankey: list[dict[str, Any]]
    hops: list[Hop]
    note: str | None = None  # why no flow counts, when none does
    # A name found in several cities: the same answer for each city alone (the totals above mix them).
    by_municipality: dict[str, ExposureResult] = field(default_factory=dict)

    @property
    def undated_flows(self) -> int:
        return sum(1 for h in self.hops if h.undated)

    def to_json(self) -> dict[str, Any]:
        return {
            "target": self.target, "target_kind": self.target_kind, "municipality": self.municipality,
            "as_of": self.as_of, "mode": self.mode, "matched_items": self.matched_items,
            "start_ids": self.start_ids, "flows": len(self.hops), "undated_flows": self.undated_flows,
            "direct": self.direct.to_json(), "transitive": self.transitive.to_json(),
            "by_kind": self.by_kind, "by_basis": self.by_basis, "by_fiscal_year": self.by_fiscal_year,
            "basis_order": self.basis_order, "weakest_basis": self.weakest_basis,
            "weakest_hops": [h.to_dict() for h in self.weakest_hops], "sensitivity": self.sensitivity,
            "sankey": self.sankey, "hops": [h.to_dict() for h in self.hops], "note": self.note,
            "by_municipality": {city: result.to_json() for city, result in self.by_municipality.items()},
        }


def _fiscal_year_end(year: int) -> str:
    return f"{year + 1}-03-31"


def exposure(store: GraphStore, target: str, *, as_of: str | None = None, kinds: Iterable[str] | None = None,
             bases: Iterable[str] | None = None, municipality: str | None = None,
             mode: str = "confirmed") -> ExposureResult:
    """How far the data of ``target`` (a business, department, item or municipality) has spread.

    Parameters
    ----------
    store : the graph store.
    target : a municipality (every flow of the city), an item, a business or a department.
    as_of : ISO date: only flows in force then; the fiscal-year rows stop at its year.
    kinds, bases, municipality : only flows of these kinds, on these bases, of this city.
    mode : for an item, "confirmed" (hops that state it) or "both" (also hops that state no items).

    Returns
    -------
    ExposureResult
        ``direct`` and ``transitive`` recipients; ``by_kind`` and ``by_basis`` flow counts;
        ``by_fiscal_year``: cumulative rows {fiscal_year, businesses, departments,
        external_parties, contractors, flows}, each the exposure as of the year's 31 March;
        ``weakest_hops`` on ``weakest_basis``; ``sensitivity`` (tag → items); ``sankey``
        rows {source, target, count}.
    """
    kinds, bases = resolve_kinds(kinds), resolve_bases(bases)
    municipality = resolve_municipality(store, municipality)
    note = None
    if target in municipality_names(store):
        city = municipality or target
        starts = sorted({f.source for f in store.flows(city)})

        def hops_as_of(day: str | None) -> list[Hop]:
            return walk(store, starts, as_of=day, kinds=kinds, bases=bases, municipality=city)[0]

        kind, matched, exclude = "municipality", [], []
    else:
        first = trace(store, target, mode=mode, as_of=as_of, kinds=kinds, bases=bases, municipality=municipality)
        kind, matched, starts, exclude = first.start_kind, first.matched_items, first.start_ids, first.start_ids
        note = first.note

        def hops_as_of(day: str | None) -> list[Hop]:
            return trace(store, target, mode=mode, as_of=day, kinds=kinds, bases=bases,
                         municipality=municipality).hops

    hops = hops_as_of(as_of)
    # Only the reports of undated flows are asked their year: a national store has thousands of documents.
    years = document_years(store, {s.get("document_id") for h in hops if h.undated for s in h.sources}) \
        if any(h.undated for h in hops) else {}
    result = ExposureResult(
        target=target, target_kind=kind, municipality=municipality, as_of=as_of, mode=mode,
        matched_items=matched, start_ids=starts,
        direct=reach(store, [h for h in hops if h.depth == 1], exclude=exclude),
        transitive=reach(store, hops, exclude=exclude),
        by_kind=dict(Counter(h.kind for h in hops).most_common()),
        by_basis=dict(sorted(Counter(h.basis for h in hops).items(), key=lambda kv: basis_rank(kv[0]))),
        by_fiscal_year=_by_fiscal_year(store, hops, hops_as_of, as_of, exclude, years),
        basis_order=basis_order(),
        weakest_basis=(weakest := _weakest(hops)),
        weakest_hops=[h for h in hops if h.basis == weakest],
        sensitivity=tagged_items(i for h in hops for i in h.items),
        sankey=_sankey(hops),
        hops=hops,
        note=note,
    )
    if municipality is None and kind != "municipality":
        cities = sorted({c for s in starts if (node := store.node(s)) is not None and (c := node.municipality)}
                        | {h.municipality for h in hops if h.municipality})
        if len(cities) > 1:
            result.by_municipality = {city: exposure(store, target, as_of=as_of, kinds=kinds, bases=bases,
                                                     municipality=city, mode=mode) for city in cities}
    return result


def _hop_document_year(hop: Hop, years: dict[str, int | None]) -> int | None:
    """The fiscal year of the earliest report that states an undated hop."""
    found = [y for source in hop.sources if (y := years.get(source.get("document_id"))) is not None]
    return min(found, default=None)


def _by_fiscal_year(store: GraphStore, hops: list[Hop], hops_as_of: Any, as_of: str | None,
                    exclude: list[str], years: dict[str, int | None]) -> list[dict[str, Any]]:
    """One row per fiscal year from the first hop's: the exposure as of that year's end.

    An undated flow counts from the fiscal year of the report that states it (``undated`` in
    each row says how many counted so; one whose report has no year counts in every year); a
    flow ended or a business abolished by a year's end stops counting from that year.
    """
    first_year = {h.flow_id: _hop_document_year(h, years) for h in hops if h.undated}
    dated = [fiscal_year(h.start_date) for h in hops if h.start_date]
    all_years = [y for y in [*dated, *first_year.values()] if y is not None]
    if not all_years:
        return []
    last = max(all_years) if as_of is None else fiscal_year(as_of)
    rows = []
    for year in range(min(all_years), (last or max(all_years)) + 1):
        day = _fiscal_year_end(year)
        year_hops = [h for h in hops_as_of(min(day, as_of) if as_of else day)
                     if not h.undated or (first_year.get(h.flow_id) or year) <= year]
        counts = reach(store, year_hops, exclude=exclude).counts()
        rows.append({"fiscal_year": year, **counts, "flows": len(year_hops),
                     "undated": sum(1 for h in year_hops if h.undated)})
    return rows


def _weakest(hops: list[Hop]) -> str | None:
    return min((h.basis for h in hops), key=basis_rank, default=None)


def _sankey(hops: list[Hop]) -> list[dict[str, Any]]:
    """(source department → recipient department or outside party, number of flows)."""
    links: Counter[tuple[str, str]] = Counter()
    for hop in hops:
        source = hop.source.get("department") or hop.source["name"]
        recipient = hop.recipient
        if recipient["label"] == EXTERNAL_PARTY:
            target = recipient.get("external") or recipient["name"]
        else:
            target = recipient.get("department") or recipient["name"]
        links[(source, target)] += 1
    return [{"source": s, "target": t, "count": n} for (s, t), n in links.most_common()]
