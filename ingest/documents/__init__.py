"""Readers for published documents (annual reports, council agendas and minutes, notices).

The entry point is :func:`extract_document`: text in, an :class:`~tadori.ingest.records.Extraction`
out, every record with the 1-based line it was read from.
"""

from __future__ import annotations

from ..records import Document, Extraction

__all__ = ["extract_document"]


def extract_document(document: Document) -> Extraction:
    """Parse ``document.text`` into flows, registrations, council cases, statistics and diagnostics."""
    return Extraction(document=document)
