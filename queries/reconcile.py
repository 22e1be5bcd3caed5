"""Published counts against itemised records: does a report's 11 match the rows it lists?

A :class:`~tadori.ingest.records.Statistic` (purpose_outside_use, external_provision,
registration_new / _modify / _abolish) is compared with the records the same report
itemises (``scope="document"``, the default) or with those of every document of the same
municipality and report year (``scope="year"``; the year of a document is its first
平成/令和N年度, 令和2年度 → 2020), narrowed by the statistic's row header:
a total (合計) takes every record; a basis (法律に基づくもの, 審議会の答申によるもの,
条例第9条第3項第3号(生命等の保護)) the records on that basis; an organ (市長, 教育委員会 …;
``data/organs.csv``) the records of its departments. A flow stated on two lines of one
document counts twice, as the report would count it; a flow stated in two documents of
the year counts once. Each row cites the statistic's line and the records' lines.

Examples
--------
>>> from tadori.queries.testing import tiny_report_store
>>> [(r.statistic["organ_or_basis"], r.statistic["count"], r.itemised, r.status)
...  for r in reconcile(tiny_report_store()).rows]  # doctest: +NORMALIZE_WHITESPACE
[('市長', 4, 3, 'differs'), ('条例第9条第3項第3号(生命等の保護)', 2, 2, 'match'),
 ('審議会の答申によるもの', 2, 1, 'differs'), ('市長', 1, 1, 'match')]
>>> report_year("令和2年度久留米市個人情報保護条例の運用状況"), report_year("平成25年度 第2回"), report_year("議事録")
(2020, 2013, None)
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any

from tadori.graph.protocol import GraphStore
from tadori.ingest.normalize import ERA_OFFSETS, classify_basis, nfkc

from .filters import resolve_municipality
from .vocabulary import fold, read_rows

__all__ = ["RECONCILED_KINDS", "ReconcileResult", "ReconcileRow", "document_years", "organ_of", "reconcile",
           "report_year"]

RECONCILED_KINDS = ("purpose_outside_use", "external_provision", "registration_new", "registration_modify",
                    "registration_abolish")
_TOTALS = ("合計", "計", "総数", "全体", "総計")
_YEAR = re.compile(r"(?P<era>平成|令和)\s*(?P<year>元|\d{1,2})\s*年度")
_MAYOR = "市長"


def report_year(text: str | None) -> int | None:
    """The fiscal year a report is about: the first 平成/令和N年度 in its text."""
    match = _YEAR.search(nfkc(text))
    if match is None:
        return None
    return ERA_OFFSETS[match["era"]] + (1 if match["year"] == "元" else int(match["year"]))


@cache
def _organ_terms() -> tuple[tuple[str, str], ...]:
    return tuple((row["organ"], fold(row["term"])) for row in read_rows("organs.csv"))


def organ_of(department: str | None) -> str:
    """The organ a department belongs to (organs.csv); 市長 when no term matches."""
    folded = fold(department)
    return next((organ for organ, term in _organ_terms() if folded and term in folded), _MAYOR)


@dataclass
class ReconcileRow:
    """One published count, the records it should match, and the difference (count − itemised)."""

    statistic: dict[str, Any]  # table, organ_or_basis, kind, count
    municipality: str | None
    year: int | None
    scope: str  # "total" | "basis:<basis>" | "organ:<organ>" | "unknown"
    itemised: int | None  # None when the row header names neither a total, a basis nor an organ
    difference: int | None
    status: str  # "match" | "differs" | "not_itemised" (the report lists no record of the kind) | "not_comparable"
    provenance: dict[str, Any]  # the statistic's document, line and quote
    records: list[dict[str, Any]] = field(default_factory=list)  # {document, line, flow_id?}

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ReconcileResult:
    municipality: str | None
    year: int | None
    rows: list[ReconcileRow]

    def to_json(self) -> dict[str, Any]:
        return {"municipality": self.municipality, "year": self.year, "rows": [r.to_json() for r in self.rows]}


def _scope(header: str) -> str:
    folded = fold(header)
    if folded in _TOTALS:
        return "total"
    organs = {organ for organ, _ in _organ_terms()} | {_MAYOR}
    if header in organs or folded in {fold(o) for o in organs}:
        return f"organ:{header}"
    basis = classify_basis(header)
    return f"basis:{basis}" if basis != "unknown" else "unknown"


def _flow_records(store: GraphStore, documents: set[str], kind: str, scope: str) -> list[dict[str, Any]]:
    records = []
    for flow in store.flows():
        if flow.kind != kind:
            continue
        if scope.startswith("basis:") and flow.basis != scope[6:]:
            continue
        if scope.startswith("organ:") and organ_of(flow.source_department or "") != scope[6:]:
            continue
        by_document: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for p in flow.provenance:
            if p.get("document_id") in documents:
                by_document[p["document_id"]].append({"document": p["document"], "line": p["line"],
                                                      "flow_id": flow.id})
        if by_document:  # the document that states it most often speaks for the year
            records += max(by_document.values(), key=len)
    return records


def _registration_records(store: GraphStore, documents: set[str], action: str, scope: str,
                          names: dict[str, str]) -> list[dict[str, Any]] | None:
    if scope.startswith("basis:"):
        return None  # registrations have no basis
    return [{"document": names.get(document_id), "line": r.line, "business": r.business}
            for r, document_id in store.registrations()
            if document_id in documents and r.action == action
            and (not scope.startswith("organ:") or organ_of(r.department) == scope[6:])]


def _itemises(store: GraphStore, documents: set[str], kind: str) -> bool:
    """True when the documents list at least one record of this kind (any row, any basis, any organ)."""
    if kind.startswith("registration_"):
        action = kind.removeprefix("registration_")
        return any(d in documents and r.action == action for r, d in store.registrations())
    return any(flow.kind == kind and any(p.get("document_id") in documents for p in flow.provenance)
               for flow in store.flows())


def document_years(store: GraphStore, only: set[str] | None = None) -> dict[str, int | None]:
    """The fiscal year each document reports on (its title, else its first 20 lines), by document id;
    ``only``: just these documents (a document's text is read only when its title names no year)."""
    years: dict[str, int | None] = {}
    for document in store.documents():
        document_id = document["id"]
        if only is not None and document_id not in only:
            continue
        years[document_id] = report_year(document.get("title")) or report_year(
            "\n".join((store.document_text(document_id) or "").splitlines()[:20]))
    return years


def reconcile(store: GraphStore, *, municipality: str | None = None, year: int | None = None,
              scope: str = "document") -> ReconcileResult:
    """Compare every published count with the itemised records of the same city, year and row.

    Parameters
    ----------
    store : the graph store (statistics, flows and registrations with their documents).
    municipality : only this city's reports.
    year : only reports about this fiscal year.
    scope : "document" (the records the report itself itemises) or "year" (those of every
        document of the same municipality and report year).

    Returns
    -------
    ReconcileResult
        One :class:`ReconcileRow` per count of a reconciled kind, in document and line order.
    """
    if scope not in ("document", "year"):
        raise ValueError(f"scope must be document or year, not {scope!r}")
    municipality = resolve_municipality(store, municipality)
    documents = {d["id"]: d for d in store.documents()}
    years = document_years(store)
    peers: dict[tuple[str | None, int], set[str]] = defaultdict(set)
    for document_id, document in documents.items():
        if years[document_id] is not None:
            peers[(document.get("municipality"), years[document_id])].add(document_id)
    names = {document_id: d.get("name") for document_id, d in documents.items()}
    rows = []
    for statistic, document_id in store.statistics():
        document = documents.get(document_id, {})
        city, report = document.get("municipality"), years.get(document_id)
        if statistic.kind not in RECONCILED_KINDS or (municipality and city != municipality) or (
                year is not None and report != year):
            continue
        row_scope = _scope(statistic.organ_or_basis)
        in_scope = {document_id}
        if scope == "year" and report is not None:
            in_scope |= peers.get((city, report), set())
        if row_scope == "unknown":
            records = None
        elif statistic.kind.startswith("registration_"):
            records = _registration_records(store, in_scope, statistic.kind.removeprefix("registration_"), row_scope,
                                            names)
        else:
            records = _flow_records(store, in_scope, statistic.kind, row_scope)
        itemised = None if records is None else len(records)
        difference = None if itemised is None else statistic.count - itemised
        status = "not_comparable" if difference is None else ("match" if difference == 0 else "differs")
        if status == "differs" and itemised == 0 and not _itemises(store, in_scope, statistic.kind):
            status = "not_itemised"  # the report gives the count alone: nothing to compare, nothing missing
        rows.append(ReconcileRow(
            statistic={"table": statistic.table, "organ_or_basis": statistic.organ_or_basis, "kind": statistic.kind,
                       "count": statistic.count},
            municipality=city, year=report, scope=row_scope, itemised=itemised, difference=difference, status=status,
            provenance={"document": names.get(document_id), "line": statistic.line, "quote": statistic.quote},
            records=records or [],
        ))
    return ReconcileResult(municipality=municipality, year=year, rows=rows)
