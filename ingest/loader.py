"""From file paths to stored records: pick the reader by the file, then write all or nothing.

>>> extract_file("no-such-file.txt")
Traceback (most recent call last):
...
tadori.errors.IngestError: no-such-file.txt: no such file
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .documents import extract_document
from .records import Extraction
from .recordstore import RecordStore
from .sources import read_document
from .template import is_template, read_template

__all__ = ["IngestReport", "extract_file", "ingest_files"]


def extract_file(path: str | Path) -> Extraction:
    """Read one file: the canonical template (CSV/XLSX) or a published document (text)."""
    if is_template(path):
        return read_template(path)
    return extract_document(read_document(path))


@dataclass
class IngestReport:
    added: list[Extraction]
    skipped: list[Extraction]

    @property
    def flows(self) -> int:
        return sum(len(e.flows) for e in self.added)


def ingest_files(store: RecordStore, paths: Sequence[str | Path],
                 on_progress: Callable[[str], None] | None = None) -> IngestReport:
    """Parse every file first, then store them in one transaction: a bad file leaves the store unchanged."""
    extractions = []
    for path in paths:
        extractions.append(extract_file(path))
        if on_progress:
            on_progress(str(path))
    known = {d.sha256 for d in store.documents()} if store.exists() else set()
    fresh, skipped, seen = [], [], set(known)
    for extraction in extractions:
        sha = extraction.document.sha256
        (skipped if sha in seen else fresh).append(extraction)
        seen.add(sha)
    store.add_many(fresh)
    return IngestReport(added=fresh, skipped=skipped)
