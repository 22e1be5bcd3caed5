"""The extraction pipeline: lay the page out once, let every reader of the table read it, resolve the records.

1. :func:`.page.page_of` — lines, tables, joined paragraphs, metadata (shapes, never genres);
2. :data:`.readers.READERS` — each genre's reader, in order, sees the page and what its predecessors read;
3. :func:`.resolve.extraction` — one flow per fact, numbered, with diagnostics for what was not read.
"""

from __future__ import annotations

from ..records import Document, Extraction
from .layout.page import page_of
from .readers import READERS
from .reading import Readings
from .resolve import extraction

__all__ = ["run"]


def run(document: Document) -> Extraction:
    page = page_of(document.text)
    document.municipality, document.title = page.municipality, page.title
    readings = Readings()
    readings.claim("records", page.table_lines)  # a table's lines are read by the table readers or by nobody
    for reader in READERS:
        readings.add(reader, reader.read(page, readings))
    return extraction(document, page, readings)
