"""Typed records that ingest produces, each carrying its provenance.

Field names and value vocabularies follow the gold annotation schema (``flows``,
``registrations``, ``council_cases``, ``statistics``), so an :class:`Extraction`
serialises straight to the JSON that ``tadori extract --json`` prints.

Examples
--------
>>> flow = Flow(source_business="住民基本台帳業務", recipient_business="介護保険資格管理業務",
...             kind="purpose_outside_use", basis="unknown", items=["DV情報等"], line=53)
>>> flow.to_dict()["items"]
['DV情報等']
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

__all__ = [
    "ACTIONS",
    "BASES",
    "DECISIONS",
    "KINDS",
    "STATISTIC_KINDS",
    "CouncilCase",
    "Diagnostic",
    "Document",
    "Extraction",
    "File",
    "Flow",
    "Registration",
    "Statistic",
]

KINDS = ("purpose_outside_use", "external_provision", "online_connection", "collection_from_others")
BASES = ("consent", "law", "vital_interest", "reasonable_grounds", "council", "unknown")
ACTIONS = ("new", "modify", "abolish")
DECISIONS = ("approved", "approved_with_opinion", "rejected", "unknown")
STATISTIC_KINDS = (
    "registration_new",
    "registration_modify",
    "registration_abolish",
    "registration_total",
    "purpose_outside_use",
    "external_provision",
    "disclosure_request",
    "disclosure_granted",
    "disclosure_partial",
    "disclosure_refused",
    "disclosure_nonexistent",
    "disclosure_withdrawn",
    "correction_request",
    "suspension_request",
    "review_request",
    "complaint",
)


@dataclass
class Document:
    """One ingested file, identified by the sha256 of its bytes."""

    path: str
    sha256: str
    municipality: str | None = None
    title: str | None = None
    text: str = ""
    genre: str = "document"  # "document" (a published report) or "template" (the canonical layout)
    # A document converted from a published format (pdf, html, xlsx, xls, csv): its format, the original
    # bytes kept to show the page (PDF), and one locator per text line (page and box, or sheet/table and row).
    format: str = "text"
    original: bytes | None = field(default=None, repr=False)
    locators: list[dict[str, Any]] | None = field(default=None, repr=False)

    @property
    def id(self) -> str:
        return self.sha256[:16]

    @property
    def name(self) -> str:
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]


def _with_evidence(data: dict[str, Any], with_quote: bool) -> dict[str, Any]:
    """A record's dict with its ``evidence`` only when some field is cited on another line than its own."""
    if not data["evidence"]:
        data.pop("evidence")  # one line states it: ``line`` says where every field is
    elif not with_quote:
        data["evidence"] = [{k: v for k, v in e.items() if k != "quote"} for e in data["evidence"]]
    return data


class _Record:
    """Shared behaviour of records. Provenance is the record's ``line`` and ``quote`` (the line's text)
    within the document of its :class:`Extraction`; the record store keeps the document beside them."""

    line: int | None
    quote: str | None

    def to_dict(self, *, with_quote: bool = False) -> dict[str, Any]:
        data = asdict(self)  # type: ignore[call-overload]
        if not with_quote:
            data.pop("quote", None)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Flow(_Record):
    """One directed provision of personal data from a source business to a recipient."""

    id: str = ""
    source_department: str | None = None
    source_business: str | None = None
    # An outside party that supplies the data (国税庁, 給与支払者, 警察), mostly for collection_from_others;
    # None when the holder is inside the body.
    source_external: str | None = None
    recipient_department: str | None = None
    recipient_business: str | None = None
    recipient_external: str | None = None
    kind: str = "purpose_outside_use"
    basis: str = "unknown"
    basis_text: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    items: list[str] = field(default_factory=list)
    reason: str | None = None
    line: int | None = None
    page: int | None = None  # 1-based page of a PDF; None for other formats
    quote: str | None = None
    # Set by the canonical template, whose rows may name several cities; documents leave it
    # None and the document's municipality applies.
    municipality: str | None = None
    # When a document states the flow on several lines (a change's reason, then a table row): every
    # line, and the fields each gave: {"fields": ["basis", …], "line": 99, "quote": "…", "items": [...]}.
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self, *, with_quote: bool = False) -> dict[str, Any]:
        return _with_evidence(super().to_dict(with_quote=with_quote), with_quote)


@dataclass
class Registration(_Record):
    """One entry of the registry of personal-information businesses (new, modify or abolish)."""

    department: str | None = None
    business: str | None = None
    action: str = "new"
    date: str | None = None
    purpose: str | None = None
    subjects: str | None = None
    collection_methods: list[str] = field(default_factory=list)
    items_added: list[str] = field(default_factory=list)
    line: int | None = None
    page: int | None = None  # 1-based page of a PDF; None for other formats
    quote: str | None = None
    municipality: str | None = None


@dataclass
class CouncilCase(_Record):
    """One consultation (諮問案件) or report put to the council, with the flows it approved."""

    id: str = ""
    date: str | None = None
    title: str = ""
    articles: list[str] = field(default_factory=list)
    decision: str = "unknown"
    flow_ids: list[str] = field(default_factory=list)
    line: int | None = None
    page: int | None = None  # 1-based page of a PDF; None for other formats
    quote: str | None = None
    # A field the case's own line does not write, and the line that does: minutes give the meeting's date once at
    # the top. {"fields": ["date"], "line": 2, "quote": "…"}.
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self, *, with_quote: bool = False) -> dict[str, Any]:
        return _with_evidence(super().to_dict(with_quote=with_quote), with_quote)


@dataclass
class Statistic(_Record):
    """One published aggregate count (registrations, flows by organ or basis, requests)."""

    table: str = ""
    organ_or_basis: str = ""
    kind: str = ""
    count: int = 0
    line: int | None = None
    page: int | None = None  # 1-based page of a PDF; None for other formats
    quote: str | None = None


@dataclass
class File(_Record):
    """One entry of a 個人情報ファイル簿 (法75条): a personal-information file, its items and its regular recipients."""

    name: str = ""
    organisation: str | None = None  # the organisation that runs the file (事務をつかさどる組織), else the body
    body: str | None = None  # 行政機関等の名称 (市長, 教育委員会 …)
    purpose: str | None = None
    items: list[str] = field(default_factory=list)
    scope: str | None = None
    collection: str | None = None
    sensitive: bool | None = None
    recipients: list[str] = field(default_factory=list)
    kind: str | None = None  # "電算" or "マニュアル" as the file states
    line: int | None = None
    page: int | None = None
    quote: str | None = None


@dataclass
class Diagnostic:
    """Something a parser saw but could not turn into a record, or doubts.

    ``candidate`` carries what was read of an incomplete record (its kind, the end that was found, items,
    basis, line), so that a reviewer can complete it; it is printed only when present.

    >>> Diagnostic(4, "warning", "no recipient", {"kind": "external_provision"}).to_dict()
    {'line': 4, 'severity': 'warning', 'message': 'no recipient', 'candidate': {'kind': 'external_provision'}}
    >>> Diagnostic(2, "warning", "unread").to_dict()
    {'line': 2, 'severity': 'warning', 'message': 'unread'}
    """

    line: int | None
    severity: str  # "warning" | "error"
    message: str
    candidate: dict[str, Any] | None = None  # what was read of a flow that could not be completed
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for optional in ("candidate", "page"):  # said only when there is something to say
            if data[optional] is None:
                data.pop(optional)
        return data


@dataclass
class Extraction:
    """Everything read from one document: its records and the diagnostics."""

    document: Document
    flows: list[Flow] = field(default_factory=list)
    registrations: list[Registration] = field(default_factory=list)
    council_cases: list[CouncilCase] = field(default_factory=list)
    statistics: list[Statistic] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: list[File] = field(default_factory=list)

    @property
    def municipality(self) -> str | None:
        return self.document.municipality

    def to_json(self) -> dict[str, Any]:
        """The ``tadori extract --json`` object, in the gold schema's field names."""
        return {
            "doc": self.document.name,
            "municipality": self.document.municipality,
            "title": self.document.title,
            "flows": [f.to_dict() for f in self.flows],
            "registrations": [r.to_dict() for r in self.registrations],
            "council_cases": [c.to_dict() for c in self.council_cases],
            "statistics": [s.to_dict() for s in self.statistics],
            "files": [f.to_dict() for f in self.files],
            "diagnostics": [d.to_dict() for d in self.diagnostics],
        }
