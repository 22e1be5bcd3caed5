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


def stats(lines: list[str]) -> list[tuple[str, str, int, int]]:
    return [(s.organ_or_basis, s.kind, s.count, s.line) for s in extract(lines).statistics]
