"""Council cases (諮問案件): decision, date, articles and the flows each approved.

Examples
--------
>>> from tadori.queries.testing import tiny_store
>>> [(c.date, c.fiscal_year, c.decision, [f["recipient"]["business"] for f in c.flows])
...  for c in cases(tiny_store(), article="9-3-4")]
[('2013-11-20', 2013, 'approved', ['被災者支援システム運用業務'])]
>>> cases(tiny_store(), year=2014)
[]
>>> flow_id = cases(tiny_store())[0].flow_ids[0]
>>> [c.title for c in approving_cases(tiny_store(), flow_id)]
['被災者支援システムの導入に伴う住民基本台帳の目的外利用について']
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tadori.graph.model import Case
from tadori.graph.protocol import GraphStore

from .citation import Citation, parse_citations
from .filters import resolve_municipality
from .freshness import refresh
from .trace import hop_from_flow
from .vocabulary import fiscal_year, fold

__all__ = ["CaseRow", "approving_cases", "cases"]


@dataclass
class CaseRow:
    """One council case with its parsed articles and the flows it approved (as trace hops)."""

    id: str
    municipality: str | None
    date: str | None
    fiscal_year: int | None
    title: str
    decision: str
    articles: list[str]
    citations: list[Citation]
    flow_ids: list[str]
    flows: list[dict[str, Any]]
    provenance: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "municipality": self.municipality, "date": self.date,
                "fiscal_year": self.fiscal_year, "title": self.title, "decision": self.decision,
                "articles": self.articles, "citations": [c.to_json() for c in self.citations],
                "flow_ids": self.flow_ids, "flows": self.flows,
                "provenance": {**{k: self.provenance.get(k) for k in ("document", "line", "quote")},
                               **({"evidence": self.provenance["evidence"]} if self.provenance.get("evidence")
                                  else {})}}

    def line_of(self, field: str) -> int | None:
        """The line that writes the case's ``field`` (``date``, ``title``): its own, or the one its evidence cites
        (the minutes' heading for the date, the line below a case number alone for the title)."""
        cited = next((entry["line"] for entry in self.provenance.get("evidence") or () if field in entry["fields"]),
                     None)
        return cited if cited is not None else self.provenance.get("line")


def _row(store: GraphStore, case: Case) -> CaseRow:
    flows = [store.flow(f) for f in case.flow_ids]
    return CaseRow(
        id=case.id, municipality=case.municipality, date=case.date, fiscal_year=fiscal_year(case.date),
        title=case.title, decision=case.decision, articles=list(case.articles),
        citations=[c for text in case.articles for c in parse_citations(text)], flow_ids=list(case.flow_ids),
        flows=[hop_from_flow(store, f, 1).to_dict() for f in flows if f is not None],
        provenance=dict(case.provenance),
    )


def _article_matches(wanted: str, row: CaseRow) -> bool:
    """``wanted`` as a label (9-3-4, 10-1) or as text (条例第9条第3項); a shorter one matches deeper ones."""
    labels = [c.label for c in row.citations]
    asked = [c.label for c in parse_citations(wanted)] or [wanted.strip()]
    if any(label == a or label.startswith(a + "-") for a in asked for label in labels):
        return True
    return any(fold(wanted) in fold(text) for text in row.articles)


def cases(store: GraphStore, *, year: int | None = None, article: str | None = None,
          municipality: str | None = None) -> list[CaseRow]:
    """Council cases, oldest first.

    Parameters
    ----------
    store : the graph store.
    year : Japanese fiscal year (April–March) of the case's date: 2013 is 2013-04-01 … 2014-03-31.
    article : an article cited, as a label (9-3-4, 10-1) or as written (条例第10条第1項第2号).
    municipality : only this city's cases.

    Returns
    -------
    list of CaseRow
        Each with its decision, date, articles (parsed into citations) and approved flows.
    """
    refresh(store)
    municipality = resolve_municipality(store, municipality)
    rows = [_row(store, case) for case in store.cases(municipality)]
    if year is not None:
        rows = [r for r in rows if r.fiscal_year == year]
    if article:
        rows = [r for r in rows if _article_matches(article, r)]
    return sorted(rows, key=lambda r: (r.date or "9999", r.provenance.get("line") or 0, r.id))


def approving_cases(store: GraphStore, flow_id: str) -> list[CaseRow]:
    """The council cases that approved one flow (by graph flow id); [] for an unknown flow."""
    refresh(store)
    flow = store.flow(flow_id)
    if flow is None:
        return []
    found = [store.case(case_id) for case_id in flow.council_cases]
    return sorted((_row(store, c) for c in found if c is not None), key=lambda r: (r.date or "9999", r.id))
