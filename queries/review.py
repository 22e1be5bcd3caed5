"""What the review page shows of one document: its lines, marked, and its records with their review status.

Every line is ``read`` (a record states it), ``flagged`` (a diagnostic names it, no record does) or
``untouched``. The records are the current version's flows with their review state (rejected ones
too: a person can take a rejection back) and the flows people added; each diagnostic is a
candidate a person may turn into a flow. The progress counts the records a person has looked at.

>>> from tadori.queries.testing import tiny_store
>>> review_documents(tiny_store())
[]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tadori.graph.model import BUSINESS, DEPARTMENT, EXTERNAL_PARTY
from tadori.graph.protocol import GraphStore
from tadori.ingest.records import Flow
from tadori.ingest.reviews import ADDED_PREFIX, FLOW_FIELDS, STATUSES, ReviewStore, numbered_records

__all__ = ["STATUSES", "DocumentReview", "review_document", "review_documents"]

LINE_MARKS = ("read", "flagged", "untouched")


@dataclass
class DocumentReview:
    """One document as the review page shows it."""

    id: str
    name: str
    municipality: str | None
    title: str | None
    lines: list[tuple[int, str, str]]  # (number, text, mark)
    records: list[dict[str, Any]]  # one dict per flow: record_id, status, reviewer, note, line, the flow fields
    candidates: list[dict[str, Any]]  # one dict per diagnostic: line, severity, message
    names: dict[str, list[str]] = field(default_factory=dict)  # businesses, departments, external: suggestions
    registrations: list[dict[str, Any]] = field(default_factory=list)  # line, department, business

    @property
    def total(self) -> int:
        return len(self.records)

    @property
    def reviewed(self) -> int:
        return sum(1 for r in self.records if r["status"] != "machine")

    def found_on(self, line: int) -> dict[str, Any]:
        """What the readers found on a line, to prefill a flow added from it: the first flow read there, else
        the business a registration there names (the one whose registered items changed) as the recipient."""
        for record in self.records:
            if record["line"] == line:
                return {k: record[k] for k in FLOW_FIELDS}
        for registration in self.registrations:
            if registration["line"] == line:
                return {"recipient_department": registration["department"],
                        "recipient_business": registration["business"]}
        return {}


def _records_of(store: GraphStore) -> Any:
    records = getattr(store, "records", None)
    return records if records is not None and records.exists() else None


def review_documents(store: GraphStore) -> list[dict[str, Any]]:
    """The current documents with their progress: id, name, municipality, title, total, reviewed."""
    records = _records_of(store)
    if records is None:
        return []
    states = ReviewStore(records).states()
    answer = []
    for document in records.documents(history=False):
        ids = [record_id for record_id, _ in numbered_records(records, "flow", document.id)]
        ids += [k[2] for k in states if k[0] == document.id and k[1] == "flow" and k[2].startswith(ADDED_PREFIX)]
        reviewed = sum(1 for i in ids if (document.id, "flow", i) in states
                       and states[(document.id, "flow", i)].status != "machine")
        answer.append({"id": document.id, "name": document.name, "municipality": document.municipality,
                       "title": document.title, "total": len(ids), "reviewed": reviewed})
    return answer


def review_document(store: GraphStore, document_id: str) -> DocumentReview | None:
    """The review view of the current version ``document_id``, or None when there is none."""
    records = _records_of(store)
    if records is None:
        return None
    document = next((d for d in records.documents(history=False) if d.id == document_id), None)
    if document is None:
        return None
    states = ReviewStore(records).states(document_id)
    rows = []
    for record_id, flow in numbered_records(records, "flow", document_id):
        rows.append(_row(record_id, flow, states.get((document_id, "flow", record_id))))
    for (_, record_type, record_id), state in states.items():
        if record_type == "flow" and record_id.startswith(ADDED_PREFIX):
            flow = Flow(id=record_id, line=state.line, quote=state.quote)
            rows.append(_row(record_id, flow, state))
    rows.sort(key=lambda r: (r["line"] or 0, r["record_id"]))
    candidates = [{"line": d.line, "severity": d.severity, "message": d.message}
                  for d, _ in records.diagnostics(document_id)]
    registrations = [{"line": r.line, "department": r.department, "business": r.business}
                     for r, _ in records.registrations(document_id)]
    read = {r["line"] for r in rows if r["status"] != "rejected"}
    read |= {r["line"] for r in registrations}
    read |= {c.line for c, _ in records.council_cases(document_id)}
    flagged = {c["line"] for c in candidates}
    text = records.document_text(document_id) or ""
    lines = [(n, content, "read" if n in read else "flagged" if n in flagged else "untouched")
             for n, content in enumerate(text.splitlines(), start=1)]
    return DocumentReview(id=document.id, name=document.name, municipality=document.municipality,
                          title=document.title, lines=lines, records=rows, candidates=candidates,
                          names=_names(store, document.municipality), registrations=registrations)


def _row(record_id: str, flow: Flow, state: Any) -> dict[str, Any]:
    values = {name: getattr(flow, name) for name in FLOW_FIELDS}
    if state is not None:
        values.update({k: v for k, v in state.fields.items() if k in values})
    values["items"] = "、".join(values["items"] or [])
    return {"record_id": record_id, "status": state.status if state else "machine",
            "reviewer": state.reviewer if state else None, "note": state.note if state else None,
            "at": state.at if state else None, "line": flow.line, **values}


def _names(store: GraphStore, municipality: str | None) -> dict[str, list[str]]:
    """Names the store already knows in the document's city: what a person picks from when typing one."""
    names: dict[str, set[str]] = {"business": set(), "department": set(), "external": set()}
    for node in store.nodes(municipality=municipality):
        if node.label == BUSINESS:
            names["business"].add(node.name)
        elif node.label == DEPARTMENT:
            names["department"].add(node.name)
        elif node.label == EXTERNAL_PARTY and not node.id.startswith("unknown:"):
            names["external"].add(node.name)
    return {kind: sorted(values) for kind, values in names.items()}
