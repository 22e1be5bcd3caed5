"""What the table-driven tests of the blind rounds read from an invented page, as plain tuples."""

from __future__ import annotations

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document, Extraction


def read(text: str) -> Extraction:
    return extract_document(Document(path="page.txt", sha256="0" * 64, text=text))


def flows(text: str) -> list[tuple]:
    """(source department, source business or outside supplier, recipient, kind, basis, items, line) per flow."""
    return [(f.source_department, f.source_business or f.source_external,
             f.recipient_department or f.recipient_business or f.recipient_external, f.kind, f.basis,
             tuple(f.items), f.line) for f in read(text).flows]


def extract(lines: list[str]) -> Extraction:
    return read("\n".join(lines))


def registrations(lines: list[str]) -> list[tuple]:
    return [(r.department, r.business, r.action, r.date, r.purpose, r.subjects, r.collection_methods,
             r.items_added, r.line) for r in extract(lines).registrations]


def assert_council_shapes(lines: list[str], flows: list[tuple] | None, cases: list[tuple]) -> None:
    """Every case dated; the flows read (when given) as (source department and business, recipient department and
    business, kind, items, line); each case's title beginning as given, with its decision."""
    document = extract(lines)
    assert all(case.date for case in document.council_cases)
    if flows is not None:
        assert [(f.source_department, f.source_business, f.recipient_department, f.recipient_business, f.kind,
                 tuple(f.items), f.line) for f in document.flows] == flows
    assert [(case.title[:len(title)], case.decision) for case, (title, _) in
            zip(document.council_cases, cases, strict=True)] == [(title, decision) for title, decision in cases]


def stats(lines: list[str]) -> list[tuple[str, str, int, int]]:
    return [(s.organ_or_basis, s.kind, s.count, s.line) for s in extract(lines).statistics]
