"""Reviews: a person confirms, rejects or corrects what the readers read, or adds what they missed.

Reviews live in the record store beside the readers' records and never overwrite them. Each is
anchored to its statement (document name, line, quoted text and the record's key fields), so a
new version of the document can take it over (:func:`reattach_reviews`). The graph is built from
:func:`reviewed_flows` and :func:`reviewed_registrations`: the readers' records with the reviews
applied, each with its review state.

>>> import tempfile, os
>>> from tadori.ingest.records import Document, Extraction, Flow
>>> from tadori.ingest.recordstore import RecordStore
>>> store = RecordStore(os.path.join(tempfile.mkdtemp(), "t.db"))
>>> doc = Document(path="a.txt", sha256="ab" * 32, municipality="川口市", text="A業務からB業務へ")
>>> _ = store.add(Extraction(document=doc, flows=[Flow(id="f1", source_business="A業務",
...                                                   recipient_business="B業務", line=1)]))
>>> reviews = ReviewStore(store)
>>> _ = reviews.add([Review(document_name="a.txt", record_type="flow", record_id="f1", action="reject",
...                         reviewer="佐藤", note="読み違い")])
>>> [f.id for f, _, _ in reviewed_flows(store)], [f.id for f, _, _ in rejected_flows(store)]
([], ['f1'])
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from rapidfuzz import fuzz

from tadori.errors import IngestError

from .records import ACTIONS as REGISTRATION_ACTIONS
from .records import BASES, KINDS, Extraction, Flow, Registration
from .recordstore import RecordStore

__all__ = [
    "FLOW_FIELDS",
    "REGISTRATION_FIELDS",
    "REVIEW_ACTIONS",
    "STATUSES",
    "Review",
    "ReviewState",
    "ReviewStore",
    "placed_reviewed_flows",
    "placed_reviewed_registrations",
    "reattach_reviews",
    "rejected_flows",
    "reviewed_flows",
    "reviewed_registrations",
]

STATUSES = ("machine", "confirmed", "rejected", "corrected", "added")
REVIEW_ACTIONS = ("confirm", "reject", "correct", "add", "reset")  # reset: back to what the readers read
RECORD_TYPES = ("flow", "registration")
ADDED_PREFIX = "added:"

# The fields a review may correct (and an added record may state).
FLOW_FIELDS = ("source_department", "source_business", "recipient_department", "recipient_business",
               "recipient_external", "kind", "basis", "basis_text", "start_date", "end_date", "items", "reason")
REGISTRATION_FIELDS = ("department", "business", "action", "date", "purpose", "subjects", "collection_methods",
                       "items_added")
_FIELDS = {"flow": FLOW_FIELDS, "registration": REGISTRATION_FIELDS}
_LISTS = {"items", "collection_methods", "items_added"}

# Re-attaching to a new version: the quote must be this similar (rapidfuzz ratio, 0–100) …
QUOTE_SIMILARITY = 80
# … name the same endpoints (a fixed typo may differ: ratio of the names joined) …
ENDPOINT_SIMILARITY = 90
# … and the statement no further than this many lines from where it was.
LINE_WINDOW = 200
_ENDPOINTS = ("source_department", "source_business", "recipient_department", "recipient_business",
              "recipient_external", "department", "business")


@dataclass
class Review:
    """One decision of a person about one record (or one record they added)."""

    document_name: str
    record_type: str  # "flow" | "registration"
    record_id: str  # the flow id / registration number within the document; "added:…" for an added record
    action: str  # one of REVIEW_ACTIONS
    reviewer: str
    fields: dict[str, Any] = field(default_factory=dict)  # corrected fields, or the whole added record
    note: str | None = None
    line: int | None = None
    quote: str | None = None
    anchor: dict[str, Any] = field(default_factory=dict)  # the record's key fields when it was reviewed
    document_id: str | None = None  # the version it is attached to
    at: str | None = None  # UTC ISO time
    id: int | None = None
    orphaned: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ReviewState:
    """Where the reviews of one record leave it: its status, corrected fields, and the last reviewer."""

    status: str = "machine"
    fields: dict[str, Any] = field(default_factory=dict)
    reviewer: str | None = None
    at: str | None = None
    note: str | None = None
    line: int | None = None
    quote: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status, "reviewer": self.reviewer, "at": self.at, "note": self.note}


def fold(reviews: Iterable[Review]) -> ReviewState:
    """The state after a record's reviews, oldest first (the latest decision wins; corrections add up)."""
    state = ReviewState()
    for review in reviews:
        if review.action == "add":
            state.status, state.fields = "added", dict(review.fields)
        elif review.action == "correct":
            state.fields.update(review.fields)
            state.status = "added" if state.status == "added" else "corrected"
        elif review.action == "confirm":
            state.status = "added" if state.status == "added" else "confirmed"
        elif review.action == "reject":
            state.status = "rejected"
        elif review.action == "reset":
            state.status = "added" if review.record_id.startswith(ADDED_PREFIX) else "machine"
            if state.status == "machine":
                state.fields = {}
        state.reviewer, state.at, state.note = review.reviewer, review.at, review.note
        state.line, state.quote = review.line, review.quote
    return state


def anchor_of(record: Flow | Registration) -> dict[str, Any]:
    """The key fields a review remembers of its record, to find the same statement in a new version."""
    names = FLOW_FIELDS if isinstance(record, Flow) else REGISTRATION_FIELDS
    return {name: getattr(record, name) for name in names if getattr(record, name) not in (None, [])}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _row_review(row: sqlite3.Row) -> Review:
    return Review(document_name=row["document_name"], record_type=row["record_type"], record_id=row["record_id"],
                  action=row["action"], reviewer=row["reviewer"], fields=json.loads(row["fields"]),
                  note=row["note"], line=row["line"], quote=row["quote"], anchor=json.loads(row["anchor"]),
                  document_id=row["document_id"], at=row["at"], id=row["id"], orphaned=bool(row["orphaned"]))


def _check_fields(record_type: str, values: dict[str, Any], where: str) -> None:
    unknown = set(values) - set(_FIELDS[record_type])
    if unknown:
        raise IngestError(where, f"a {record_type} has no field {', '.join(sorted(unknown))}")
    if record_type == "flow":
        if "kind" in values and values["kind"] not in KINDS:
            raise IngestError(where, f"unknown kind {values['kind']!r}; use one of {', '.join(KINDS)}", column="kind")
        if "basis" in values and values["basis"] not in BASES:
            raise IngestError(where, f"unknown basis {values['basis']!r}; use one of {', '.join(BASES)}",
                              column="basis")
    elif "action" in values and values["action"] not in REGISTRATION_ACTIONS:
        raise IngestError(where, f"unknown action {values['action']!r}", column="action")
    for name in _LISTS & set(values):
        if not isinstance(values[name], list):
            raise IngestError(where, f"{name} must be a list", column=name)


class ReviewStore:
    """Reads and writes the reviews of a record store."""

    def __init__(self, records: RecordStore):
        self.records = records

    # -- writing ----------------------------------------------------------------------------
    def add(self, reviews: list[Review]) -> list[Review]:
        """Store reviews in one transaction (all or nothing), each checked against its record.

        A review names the current version of its document; it is anchored there (line, quote,
        key fields) and stamped with the time. An added record gets its id here.
        """
        stored = []
        with self.records.transaction() as db:
            for review in reviews:
                stored.append(self._insert(db, review))
        return stored

    def _insert(self, db: sqlite3.Connection, review: Review) -> Review:
        where = f"review of {review.document_name}"
        if review.action not in REVIEW_ACTIONS:
            raise IngestError(where, f"unknown review action {review.action!r}")
        if review.record_type not in RECORD_TYPES:
            raise IngestError(where, f"unknown record type {review.record_type!r}")
        if not (review.reviewer or "").strip():
            raise IngestError(where, "a review needs the reviewer's name")
        row = db.execute(
            "SELECT d.id, d.text, d.municipality FROM documents d WHERE d.name = ? "
            "AND d.id NOT IN (SELECT document_id FROM document_versions)", (review.document_name,)).fetchone()
        if row is None:
            raise IngestError(where, "no current document of that name in the store")
        document_id, text = row["id"], row["text"]
        _check_fields(review.record_type, review.fields, where)
        review = replace(review, document_id=document_id, at=review.at or _now(), orphaned=False)
        if review.action == "add":
            lines = text.splitlines()
            if review.line is None or not 1 <= review.line <= max(len(lines), 1):
                raise IngestError(where, f"line {review.line} is not a line of the document", column="line")
            fields = dict(review.fields)
            if review.record_type == "flow":
                if not (fields.get("source_business") or fields.get("source_department")):
                    raise IngestError(where, "an added flow needs a source business or department", line=review.line)
                if not (fields.get("recipient_business") or fields.get("recipient_department")
                        or fields.get("recipient_external")):
                    raise IngestError(where, "an added flow needs a recipient", line=review.line)
            elif not fields.get("business"):
                raise IngestError(where, "an added registration needs a business", line=review.line)
            review.record_id = ADDED_PREFIX + uuid.uuid4().hex[:12]
            review.quote = lines[review.line - 1] if lines else ""
            review.anchor = {}
        else:
            record = self._record(db, document_id, review.record_type, review.record_id)
            if record is None:
                prior = db.execute("SELECT line, quote FROM reviews WHERE document_id = ? AND record_type = ? "
                                   "AND record_id = ? AND action = 'add' AND orphaned = 0",
                                   (document_id, review.record_type, review.record_id)).fetchone()
                if prior is None:
                    raise IngestError(where, f"no {review.record_type} {review.record_id!r} in it",
                                      column="record_id")
                review.line, review.quote, review.anchor = prior["line"], prior["quote"], {}
            else:
                review.line, review.quote, review.anchor = record.line, record.quote, anchor_of(record)
            if review.action != "correct":
                review.fields = {}
        cursor = db.execute(
            "INSERT INTO reviews (document_name, document_id, record_type, record_id, action, fields, reviewer, at, "
            "note, line, quote, anchor, orphaned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            (review.document_name, document_id, review.record_type, review.record_id, review.action,
             json.dumps(review.fields, ensure_ascii=False), review.reviewer.strip(), review.at, review.note,
             review.line, review.quote, json.dumps(review.anchor, ensure_ascii=False)))
        review.id = cursor.lastrowid
        return review

    @staticmethod
    def _record(db: sqlite3.Connection, document_id: str, record_type: str,
                record_id: str) -> Flow | Registration | None:
        if record_type == "flow":
            row = db.execute("SELECT * FROM flows WHERE document_id = ? AND id = ?", (document_id, record_id))
        else:
            if not str(record_id).isdigit():
                return None
            row = db.execute("SELECT * FROM registrations WHERE document_id = ? AND seq = ?",
                             (document_id, int(record_id)))
        found = row.fetchone()
        if found is None:
            return None
        kind = Flow if record_type == "flow" else Registration
        columns = found.keys()  # a Row iterates over its values, not its column names
        values = {k: found[k] for k in columns if k not in ("document_id", "seq")}
        for name in _LISTS & set(values):
            values[name] = json.loads(values[name])
        return kind(**values)

    # -- reading ----------------------------------------------------------------------------
    def reviews(self, *, document_name: str | None = None, orphaned: bool | None = None) -> list[Review]:
        """Every review, oldest first; optionally of one document, or only the (not) orphaned ones."""
        if not self.records.exists():
            return []
        clauses, parameters = [], []
        if document_name is not None:
            clauses.append("document_name = ?")
            parameters.append(document_name)
        if orphaned is not None:
            clauses.append("orphaned = ?")
            parameters.append(int(orphaned))
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        with self.records.reading() as db:
            return [_row_review(r) for r in db.execute(f"SELECT * FROM reviews {where} ORDER BY id", parameters)]

    def orphans(self) -> list[Review]:
        """Reviews a new version (or a removal) of their document left without a statement to attach to."""
        return self.reviews(orphaned=True)

    def states(self, document_id: str | None = None) -> dict[tuple[str, str, str], ReviewState]:
        """(document id, record type, record id) → state, for the current versions' placed reviews."""
        if not self.records.exists():
            return {}
        where = "AND document_id = ?" if document_id else ""
        with self.records.reading() as db:
            rows = db.execute(
                "SELECT * FROM reviews WHERE orphaned = 0 AND document_id NOT IN "
                f"(SELECT document_id FROM document_versions) {where} ORDER BY id",
                (document_id,) if document_id else ()).fetchall()
        grouped: dict[tuple[str, str, str], list[Review]] = {}
        for row in rows:
            grouped.setdefault((row["document_id"], row["record_type"], row["record_id"]), []).append(_row_review(row))
        return {key: fold(reviews) for key, reviews in grouped.items()}


def _added(kind: type, record_id: str, state: ReviewState, municipality: str | None) -> Any:
    names = _FIELDS["flow" if kind is Flow else "registration"]
    values = {k: v for k, v in state.fields.items() if k in names}
    extra = {"id": record_id} if kind is Flow else {}
    record = kind(**values, **extra, line=state.line, quote=state.quote)
    record.municipality = record.municipality or municipality
    return record


def _reviewed(records: RecordStore, record_type: str, rows: Iterable[tuple[Any, str, str, int]], *, rejected: bool,
              municipality: str | None = None) -> Iterator[tuple[Any, str, dict[str, Any] | None, tuple[int, int]]]:
    """(record, document id, review state or None, place): ``rows`` give (record, document id, record id,
    place in the store); a record a person added comes after them all, placed (1, n) by the order of the
    reviews that added them, counted over the whole store so that any city's read places it alike."""
    states = ReviewStore(records).states()
    for record, document_id, record_id, place in rows:
        state = states.get((document_id, record_type, record_id))
        if state is None:
            if not rejected:
                yield record, document_id, None, (0, place)
            continue
        if (state.status == "rejected") != rejected:
            continue
        if state.fields:
            record = replace(record, **{k: v for k, v in state.fields.items() if hasattr(record, k)})
        yield record, document_id, state.to_json(), (0, place)
    municipalities: dict[str, str | None] | None = None  # read only when a person added records (a country
    kind = Flow if record_type == "flow" else Registration  # has thousands of documents, read once per city)
    added = 0
    for (document_id, type_, record_id), state in states.items():
        if type_ == record_type and record_id.startswith(ADDED_PREFIX) and (state.status == "rejected") == rejected:
            if municipalities is None:
                municipalities = {d.id: d.municipality for d in records.documents(history=False)}
            record = _added(kind, record_id, state, municipalities.get(document_id))
            added += 1
            if municipality is None or record.municipality == municipality:
                yield record, document_id, state.to_json(), (1, added)


def placed_reviewed_flows(records: RecordStore, municipality: str | None = None,
                          ) -> Iterator[tuple[Flow, str, dict[str, Any] | None, tuple[int, int]]]:
    """:func:`reviewed_flows` with each flow's place: (0, row id) for a stored flow, (1, n) for the n-th flow
    a person added — the same whichever city is read, so cities read apart can be put in the country's order."""
    if not records.exists():
        return iter(())
    rows = ((f, d, f.id, place) for f, d, place in records.placed_flows(municipality))
    return _reviewed(records, "flow", rows, rejected=False, municipality=municipality)


def placed_reviewed_registrations(records: RecordStore, municipality: str | None = None,
                                  ) -> Iterator[tuple[Registration, str, dict[str, Any] | None, tuple[int, int]]]:
    """:func:`reviewed_registrations` with each one's place: (0, its number in its document) or (1, n)."""
    if not records.exists():
        return iter(())
    rows = ((r, d, str(n), n) for r, d, n in records.numbered_registrations(municipality=municipality))
    return _reviewed(records, "registration", rows, rejected=False, municipality=municipality)


def reviewed_flows(records: RecordStore,
                   municipality: str | None = None) -> Iterator[tuple[Flow, str, dict[str, Any] | None]]:
    """The current flows (of one municipality, if given) with the reviews applied: (flow, document id,
    review state or None).

    Rejected flows are left out; corrected flows carry their corrected fields; flows a person
    added follow the readers' ones.
    """
    placed = placed_reviewed_flows(records, municipality)
    return ((flow, document_id, review) for flow, document_id, review, _ in placed)


def rejected_flows(records: RecordStore) -> Iterator[tuple[Flow, str, dict[str, Any] | None]]:
    """The flows a person rejected (gone from the graph, listed on request)."""
    if not records.exists():
        return iter(())
    rows = ((f, d, f.id, 0) for f, d in records.iter_flows())
    return ((flow, document_id, review) for flow, document_id, review, _ in
            _reviewed(records, "flow", rows, rejected=True))


def reviewed_registrations(records: RecordStore, municipality: str | None = None,
                           ) -> Iterator[tuple[Registration, str, dict[str, Any] | None]]:
    """The current registrations with the reviews applied, like :func:`reviewed_flows`."""
    return ((registration, document_id, review) for registration, document_id, review, _
            in placed_reviewed_registrations(records, municipality))


def numbered_records(records: RecordStore, record_type: str,
                     document_id: str) -> list[tuple[str, Flow | Registration]]:
    """(record id, record) of one document version, as reviews name them."""
    if record_type == "flow":
        return [(f.id, f) for f, _ in records.flows(document_id)]
    return [(str(n), r) for r, _, n in records.numbered_registrations(document_id)]


# -- re-attaching to a new version --------------------------------------------------------------
def _endpoints(values: dict[str, Any]) -> str:
    return "|".join(str(values.get(name) or "") for name in _ENDPOINTS)


def _similar(anchor: dict[str, Any], record: Flow | Registration) -> float:
    """Share of the anchor's key fields the record states the same way (0–1)."""
    if not anchor:
        return 0.0
    same = sum(1 for name, value in anchor.items() if getattr(record, name, None) == value)
    return same / len(anchor)


def _place_record(quote: str, line: int | None, anchor: dict[str, Any],
                  candidates: list[tuple[str, Flow | Registration, str]], taken: set[str]) -> tuple[str, Any] | None:
    best, best_score = None, -1.0
    for record_id, record, text in candidates:
        if record_id in taken:
            continue
        distance = abs((record.line or 0) - (line or 0))
        if distance > LINE_WINDOW:
            continue
        similarity = fuzz.ratio(quote, text) if quote or text else 100.0
        if similarity < QUOTE_SIMILARITY:
            continue
        fields = _similar(anchor, record)
        if anchor and fuzz.ratio(_endpoints(anchor), _endpoints(vars(record))) < ENDPOINT_SIMILARITY:
            continue
        score = similarity + 100 * fields - distance * 0.1
        if score > best_score:
            best, best_score = (record_id, record), score
    return best


def _place_line(quote: str, line: int | None, lines: list[str]) -> int | None:
    best, best_score = None, -1.0
    for number, text in enumerate(lines, start=1):
        distance = abs(number - (line or 0))
        if distance > LINE_WINDOW:
            continue
        similarity = fuzz.ratio(quote, text)
        if similarity < QUOTE_SIMILARITY:
            continue
        score = similarity - distance * 0.1
        if score > best_score:
            best, best_score = number, score
    return best


def reattach_reviews(db: sqlite3.Connection, old_document_id: str, extraction: Extraction) -> tuple[int, int]:
    """Move the reviews of a replaced version to the same statements of the new one (inside the ingest's
    transaction). A statement is found by its quoted text and key fields near its old line (rapidfuzz);
    a review that finds none is kept, marked orphaned. Returns (records placed, records orphaned).
    """
    rows = db.execute("SELECT * FROM reviews WHERE document_id = ? AND orphaned = 0 ORDER BY id",
                      (old_document_id,)).fetchall()
    groups: dict[tuple[str, str], list[Review]] = {}
    for row in rows:
        groups.setdefault((row["record_type"], row["record_id"]), []).append(_row_review(row))
    lines = extraction.document.text.splitlines()

    def text_of(record: Flow | Registration) -> str:
        if record.quote:
            return record.quote
        return lines[record.line - 1] if record.line and 0 < record.line <= len(lines) else ""

    candidates = {
        "flow": [(f.id, f, text_of(f)) for f in extraction.flows],
        "registration": [(str(n), r, text_of(r)) for n, r in enumerate(extraction.registrations)],
    }
    taken: dict[str, set[str]] = {"flow": set(), "registration": set()}
    new_id = extraction.document.id
    placed = orphaned = 0
    for (record_type, record_id), reviews in groups.items():
        first = reviews[0]
        if record_id.startswith(ADDED_PREFIX):
            number = _place_line(first.quote or "", first.line, lines)
            target = (record_id, number, lines[number - 1]) if number else None
        else:
            found = _place_record(first.quote or "", first.line, first.anchor, candidates[record_type],
                                  taken[record_type])
            target = (found[0], found[1].line, text_of(found[1])) if found else None
            if found:
                taken[record_type].add(found[0])
        ids = [r.id for r in reviews]
        marks = ", ".join("?" for _ in ids)
        if target is None:
            db.execute(f"UPDATE reviews SET orphaned = 1 WHERE id IN ({marks})", ids)
            orphaned += 1
            continue
        db.execute(f"UPDATE reviews SET document_id = ?, record_id = ?, line = ?, quote = ? WHERE id IN ({marks})",
                   [new_id, target[0], target[1], target[2], *ids])
        placed += 1
    return placed, orphaned
