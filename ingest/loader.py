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

from tadori.errors import IngestError, InternalError, TadoriError

from .documents import extract_document
from .records import Extraction
from .recordstore import RecordStore
from .sources import read_document
from .template import FLOW_COLUMNS, REGISTRATION_COLUMNS, is_template, read_template

__all__ = ["IngestReport", "extract_file", "ingest_files"]


def extract_file(path: str | Path) -> Extraction:
    """Read one file: the canonical template (CSV/XLSX) or a published document (text).

    A file that holds nothing to store is refused, never stored empty: an empty file, a template
    CSV with no rows, a CSV whose columns are none of the template's. Anything unforeseen while
    reading becomes an :class:`~tadori.errors.InternalError` naming the file.
    """
    try:
        return _extract_file(path)
    except (TadoriError, KeyboardInterrupt, MemoryError):
        raise
    except Exception as error:
        raise InternalError(str(path), error) from error


def _extract_file(path: str | Path) -> Extraction:
    if is_template(path):
        extraction = read_template(path)
        # (a blank workbook from `tadori template` is accepted: it is the form, not a mistake)
        if Path(path).suffix.lower() == ".csv" and not _holds_records(extraction):
            raise IngestError(str(path), "the table has a header but no rows to read")
        return extraction
    document = read_document(path)
    if not document.text.strip():
        raise IngestError(str(path), "the file is empty")
    extraction = extract_document(document)
    if Path(path).suffix.lower() == ".csv" and not _holds_records(extraction):
        flows = "、".join(c.header for c in FLOW_COLUMNS)
        registrations = "、".join(c.header for c in REGISTRATION_COLUMNS)
        raise IngestError(str(path), f"no column of this CSV is one Tadori reads; expected the template's flow "
                          f"columns ({flows}) or registration columns ({registrations})", line=1)
    return extraction


def _holds_records(extraction: Extraction) -> bool:
    return bool(extraction.flows or extraction.registrations or extraction.council_cases or extraction.statistics)


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
