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

from tadori.errors import IngestError

from .documents import extract_document
from .formats import convert
from .records import Diagnostic, Document, Extraction
from .recordstore import RecordStore
from .sources import detect_format, read_bytes, read_document
from .template import is_template, read_template

__all__ = ["IngestReport", "extract_file", "ingest_files"]

_REFUSED = ("a .docx/.doc/.pptx or other office file that is not a workbook; save it as PDF first")


def extract_file(path: str | Path) -> Extraction:
    """Read one file: the canonical template (CSV/XLSX), a published document in PDF, HTML, Excel or CSV
    (converted to text lines first), or a text document."""
    source = str(path)
    data = read_bytes(path)
    found = detect_format(path, data)
    if found == "unsupported":
        raise IngestError(source, "unsupported format: " + _REFUSED)
    if found == "mismatch":
        raise IngestError(source, f"the file is named {Path(path).suffix} but its bytes are not that format")
    if found in ("csv", "xlsx") and is_template(path):
        return read_template(path)
    if found == "text":
        return extract_document(read_document(path))
    return _extract_converted(source, data, found)


def _extract_converted(source: str, data: bytes, found: str) -> Extraction:
    converted = convert(found, data, source)
    document = Document(path=source, sha256=hashlib.sha256(data).hexdigest(), text=converted.text, format=found,
                        original=data if converted.keep_original else None, locators=converted.locators)
    if not converted.text.strip() and not converted.diagnostics:
        raise IngestError(source, f"no text found in this {found.upper()} file")
    extraction = extract_document(document)
    for record in [*extraction.flows, *extraction.registrations, *extraction.council_cases, *extraction.statistics,
                   *extraction.files, *extraction.diagnostics]:
        record.page = converted.page_of(record.line)
    extraction.diagnostics[:0] = converted.diagnostics
    records = [*extraction.flows, *extraction.registrations, *extraction.council_cases, *extraction.statistics,
               *extraction.files]
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
