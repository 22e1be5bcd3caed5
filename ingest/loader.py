"""From file paths to stored records: pick the reader by the file, then write all or nothing.

>>> extract_file("no-such-file.txt")
Traceback (most recent call last):
...
tadori.errors.IngestError: no-such-file.txt: no such file
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tadori.errors import IngestError, InternalError, TadoriError

from .documents import extract_document
from .formats import convert
from .records import Diagnostic, Document, Extraction
from .recordstore import RecordStore
from .sources import check_line_lengths, detect_format, read_bytes, read_document
from .template import FLOW_COLUMNS, REGISTRATION_COLUMNS, is_template, read_template

__all__ = ["IngestReport", "extract_file", "ingest_files"]

_REFUSED = ("a .docx/.doc/.pptx or other office file that is not a workbook; save it as PDF first")


def extract_file(path: str | Path) -> Extraction:
    """Read one file: the canonical template (CSV/XLSX), a published document in PDF, HTML, Excel or CSV
    (converted to text lines first), or a text document.

    A file that holds nothing to store is refused, never stored empty: an empty file, a template
    CSV with no rows, a CSV none of whose columns Tadori reads. Anything unforeseen while reading
    becomes an :class:`~tadori.errors.InternalError` naming the file.
    """
    try:
        return _extract_file(path)
    except (TadoriError, KeyboardInterrupt, MemoryError):
        raise
    except Exception as error:
        raise InternalError(str(path), error) from error


def _extract_file(path: str | Path) -> Extraction:
    source = str(path)
    data = read_bytes(path)
    if not data.strip():
        raise IngestError(source, "the file is empty")
    found = detect_format(path, data)
    if found == "unsupported":
        raise IngestError(source, "unsupported format: " + _REFUSED)
    if found == "mismatch":
        raise IngestError(source, f"the file is named {Path(path).suffix} but its bytes are not that format")
    if found in ("csv", "xlsx") and is_template(path):
        extraction = read_template(path)
        # (a blank workbook from `tadori template` is accepted: it is the form, not a mistake)
        if found == "csv" and not _holds_records(extraction):
            raise IngestError(source, "the table has a header but no rows to read")
        return extraction
    if found == "text":
        document = read_document(path)
        if not document.text.strip():
            raise IngestError(source, "the file is empty")
        return extract_document(document)
    return _extract_converted(source, data, found)


def _holds_records(extraction: Extraction) -> bool:
    return bool(extraction.flows or extraction.registrations or extraction.council_cases or extraction.statistics
                or extraction.files)


def _unknown_csv(source: str) -> IngestError:
    flows = "、".join(c.header for c in FLOW_COLUMNS)
    registrations = "、".join(c.header for c in REGISTRATION_COLUMNS)
    return IngestError(source, f"no column of this CSV is one Tadori reads; expected the template's flow columns "
                       f"({flows}) or registration columns ({registrations}), or a published list", line=1)


def _extract_converted(source: str, data: bytes, found: str) -> Extraction:
    converted = convert(found, data, source)
    document = Document(path=source, sha256=hashlib.sha256(data).hexdigest(), text=converted.text, format=found,
                        original=data if converted.keep_original else None, locators=converted.locators)
    if not converted.text.strip() and not converted.diagnostics:
        raise IngestError(source, f"no text found in this {found.upper()} file")
    check_line_lengths(converted.text, source)
    extraction = extract_document(document)
    for record in [*extraction.flows, *extraction.registrations, *extraction.council_cases, *extraction.statistics,
                   *extraction.files, *extraction.diagnostics]:
        record.page = converted.page_of(record.line)
    extraction.diagnostics[:0] = converted.diagnostics
    records = [*extraction.flows, *extraction.registrations, *extraction.council_cases, *extraction.statistics,
               *extraction.files]
    if not records and found == "csv":  # a CSV of unknown columns is refused, not stored empty
        raise _unknown_csv(source)
    if not records and not extraction.diagnostics:  # never a silent empty answer
        hint = (" (its headers are not the canonical template's: 提供元の業務 … or 登録区分 …)"
                if found in ("csv", "xlsx", "xls") else "")
        extraction.diagnostics.append(Diagnostic(
            line=None, severity="warning",
            message=f"read as a published {found.upper()} document{hint}, but no flow, registration, council case, "
                    "count or file was found in it"))
    return extraction


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
