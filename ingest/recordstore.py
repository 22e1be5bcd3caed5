"""The record store: one SQLite file, the source of truth every graph is built from.

Ingesting a document is one transaction, idempotent by the sha256 of the document's
bytes: the same file twice stores nothing new, and a failure leaves the store as it was.

>>> import tempfile, os
>>> from tadori.ingest.records import Document, Extraction, Flow
>>> path = os.path.join(tempfile.mkdtemp(), "t.db")
>>> store = RecordStore(path)
>>> doc = Document(path="a.csv", sha256="ab" * 32, municipality="川口市")
>>> store.add(Extraction(document=doc, flows=[Flow(id="f1", source_business="A業務", line=2)]))
True
>>> store.add(Extraction(document=doc))
False
>>> [f.source_business for f, _ in store.flows()]
['A業務']
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tadori.errors import NotFound, StoreBusy, StoreError, StoreUnavailable

from .records import CouncilCase, Diagnostic, Extraction, File, Flow, Registration, Statistic

__all__ = ["DEFAULT_BUSY_TIMEOUT", "SCHEMA_VERSION", "RecordStore", "StoredDocument"]

_CURRENT = "d.id NOT IN (SELECT document_id FROM document_versions)"

SCHEMA_VERSION = 1

# Tables whose rows may name their own municipality (template rows); the others take their document's.
_MUNICIPALITY_TABLES = {"flows", "registrations"}
# Lookups by city on a national store; created with the schema, and on first write to an older store.
_INDEXES = """
CREATE INDEX IF NOT EXISTS documents_by_municipality ON documents(municipality);
CREATE INDEX IF NOT EXISTS flows_by_municipality ON flows(municipality);
CREATE INDEX IF NOT EXISTS registrations_by_municipality ON registrations(municipality);
"""

_LIST_FIELDS = {"items", "collection_methods", "items_added", "articles", "flow_ids", "recipients", "evidence"}

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id TEXT PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, name TEXT NOT NULL, path TEXT NOT NULL,
    municipality TEXT, title TEXT, genre TEXT NOT NULL, text TEXT NOT NULL, ingested_at TEXT NOT NULL
);
CREATE TABLE flows (
    document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL,
    source_department TEXT, source_business TEXT, recipient_department TEXT, recipient_business TEXT,
    recipient_external TEXT, kind TEXT NOT NULL, basis TEXT NOT NULL, basis_text TEXT, start_date TEXT,
    end_date TEXT, items TEXT NOT NULL, reason TEXT, line INTEGER, quote TEXT, municipality TEXT,
    evidence TEXT NOT NULL DEFAULT '[]', source_external TEXT,
    PRIMARY KEY (document_id, id)
);
CREATE TABLE registrations (
    document_id TEXT NOT NULL REFERENCES documents(id), seq INTEGER NOT NULL,
    department TEXT, business TEXT, action TEXT NOT NULL, date TEXT, purpose TEXT, subjects TEXT,
    collection_methods TEXT NOT NULL, items_added TEXT NOT NULL, line INTEGER, quote TEXT, municipality TEXT,
    PRIMARY KEY (document_id, seq)
);
CREATE TABLE council_cases (
    document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL,
    date TEXT, title TEXT NOT NULL, articles TEXT NOT NULL, decision TEXT NOT NULL, flow_ids TEXT NOT NULL,
    line INTEGER, quote TEXT, evidence TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (document_id, id)
);
CREATE TABLE statistics (
    document_id TEXT NOT NULL REFERENCES documents(id), seq INTEGER NOT NULL,
    "table" TEXT NOT NULL, organ_or_basis TEXT NOT NULL, kind TEXT NOT NULL, count INTEGER NOT NULL,
    line INTEGER, quote TEXT,
    PRIMARY KEY (document_id, seq)
);
CREATE TABLE diagnostics (
    document_id TEXT NOT NULL REFERENCES documents(id), seq INTEGER NOT NULL,
    line INTEGER, severity TEXT NOT NULL, message TEXT NOT NULL,
    PRIMARY KEY (document_id, seq)
);
"""

# -- migrations (idempotent; run on every open, so a store made by an older Tadori gains them) ---------------
# Published formats: every record carries the PDF page beside its line; 個人情報ファイル簿 entries are kept in
# `files`; the original bytes of a converted document (a PDF, to draw its pages) and the per-line locators
# (page and box, sheet or table and row) are kept in `blobs`, so the store stays self-contained.
_PAGE_TABLES = ("flows", "registrations", "council_cases", "statistics", "diagnostics")
_FORMATS_TABLES = """
CREATE TABLE IF NOT EXISTS files (
    document_id TEXT NOT NULL REFERENCES documents(id), seq INTEGER NOT NULL,
    name TEXT NOT NULL, organisation TEXT, body TEXT, purpose TEXT, items TEXT NOT NULL, scope TEXT,
    collection TEXT, sensitive INTEGER, recipients TEXT NOT NULL, kind TEXT, line INTEGER, page INTEGER, quote TEXT,
    PRIMARY KEY (document_id, seq)
);
CREATE TABLE IF NOT EXISTS blobs (
    document_id TEXT PRIMARY KEY REFERENCES documents(id), format TEXT NOT NULL, data BLOB, locators TEXT
);
"""


def _migrate_formats(connection: sqlite3.Connection) -> None:
    """Add the `page` columns and the `files` and `blobs` tables where they are missing."""
    for table in _PAGE_TABLES:
        columns = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
        if "page" not in columns:
            connection.execute(f"ALTER TABLE {table} ADD COLUMN page INTEGER")
    connection.executescript(_FORMATS_TABLES)


# Added tables (document versions and reviews): created when missing, so a store written by an
# earlier Tadori opens unchanged and gains them. Kept apart from _SCHEMA on purpose.
_VERSIONS_AND_REVIEWS = """
CREATE TABLE IF NOT EXISTS document_versions (
    document_id TEXT PRIMARY KEY REFERENCES documents(id), superseded_at TEXT NOT NULL,
    superseded_by TEXT NOT NULL REFERENCES documents(id)
);
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT, document_name TEXT NOT NULL, document_id TEXT,
    record_type TEXT NOT NULL, record_id TEXT NOT NULL, action TEXT NOT NULL, fields TEXT NOT NULL,
    reviewer TEXT NOT NULL, at TEXT NOT NULL, note TEXT, line INTEGER, quote TEXT, anchor TEXT NOT NULL,
    orphaned INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS reviews_by_record ON reviews (document_id, record_type, record_id);
"""


# -- additive migrations ------------------------------------------------------------------------
# Columns added after schema 1 was released: a store written before them opens and gains them (empty),
# idempotently, without a version bump. (table, column, declaration)
_ADDED_COLUMNS = (
    ("flows", "evidence", "TEXT NOT NULL DEFAULT '[]'"),  # every line that states a flow, and its fields
    ("flows", "source_external", "TEXT"),  # an outside supplier of the data (collection_from_others)
    ("council_cases", "evidence", "TEXT NOT NULL DEFAULT '[]'"),  # the line of a date the case's line does not write
)


def _add_missing_columns(connection: sqlite3.Connection) -> None:
    for table, column, declaration in _ADDED_COLUMNS:
        present = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
        if column not in present:
            connection.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")


class StoredDocument:
    """A document row: identity, municipality and title; the text is read on demand."""

    __slots__ = ("genre", "id", "ingested_at", "municipality", "name", "path", "sha256", "superseded_at",
                 "superseded_by", "title")

    def __init__(self, row: sqlite3.Row):
        keys = row.keys()
        for name in self.__slots__:
            setattr(self, name, row[name] if name in keys else None)

    @property
    def current(self) -> bool:
        """False for an older version of a document a newer one replaced (kept as history)."""
        return self.superseded_at is None

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}


def _columns(record_type: type) -> list[str]:
    return [f.name for f in fields(record_type)]


def _encode(record: Any, names: list[str]) -> list[Any]:
    values = []
    for name in names:
        value = getattr(record, name)
        values.append(json.dumps(value, ensure_ascii=False) if name in _LIST_FIELDS else value)
    return values


def _decoder(record_type: type, columns: list[str]) -> Any:
    """A function (plain tuple row) → record, for rows with these columns: the positions are worked out
    once per query, and the record is built positionally (a national store reads millions of rows)."""
    names = _columns(record_type)
    positions = [columns.index(name) if name in columns else None for name in names]
    lists = [index for index, name in enumerate(names) if name in _LIST_FIELDS and positions[index] is not None]
    loads = json.loads

    def decode(row: tuple) -> Any:
        values = [None if position is None else row[position] for position in positions]
        for index in lists:
            raw = values[index]
            values[index] = [] if raw == "[]" or raw is None else loads(raw)  # most evidence is empty
        return record_type(*values)

    return decode


DEFAULT_BUSY_TIMEOUT = 10.0  # seconds a command waits for another process's write before giving up


class RecordStore:
    """The SQLite record store. Creates the file (and its folder) on first write.

    The file is in WAL mode: readers (a running dashboard) never block the one writer (an ingest)
    and the writer never blocks them. A writer waits at most ``busy_timeout`` seconds for another
    writer, then raises :class:`~tadori.errors.StoreBusy`.
    """

    def __init__(self, path: str | Path, busy_timeout: float = DEFAULT_BUSY_TIMEOUT):
        self.path = Path(path)
        self.busy_timeout = busy_timeout
        # Per document name, after an ingest that replaced an older version: (reviews re-attached,
        # reviews that could not be placed).
        self.reattached: dict[str, tuple[int, int]] = {}

    # -- connection -------------------------------------------------------------------------
    def _connect(self, *, create: bool) -> sqlite3.Connection:
        if not self.path.exists():
            if not create:
                raise StoreUnavailable(f"{self.path}: no record store here yet; run `tadori ingest FILE` first")
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = sqlite3.connect(self.path, isolation_level=None, timeout=self.busy_timeout)
        except sqlite3.Error as error:
            raise StoreUnavailable(f"{self.path}: cannot open the record store ({error})") from None
        connection.row_factory = sqlite3.Row
        with self._errors():
            connection.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
            connection.execute("PRAGMA foreign_keys = ON")
            if create:  # WAL is a property of the file: set once by the first writer, kept after
                connection.execute("PRAGMA journal_mode = WAL")
            self._migrate(connection)
        return connection

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """SQLite's errors as Tadori's: a busy store, a file that is not a store, a full disk."""
        try:
            yield
        except sqlite3.OperationalError as error:
            text = str(error)
            if "locked" in text or "busy" in text:
                raise StoreBusy(f"{self.path}: the record store is busy (another process is writing to it); "
                                f"waited {self.busy_timeout:g} s, try again when it has finished") from None
            raise StoreError(f"{self.path}: {text}") from None
        except sqlite3.DatabaseError as error:
            if type(error) is not sqlite3.DatabaseError:  # a constraint broken by a bug: not the file's fault
                raise
            raise StoreError(f"{self.path}: not a readable Tadori record store ({error})") from None

    def _migrate(self, connection: sqlite3.Connection) -> None:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "meta" not in tables:
            connection.executescript("BEGIN;" + _SCHEMA + _INDEXES + "COMMIT;")
            connection.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        else:
            version = int(connection.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0])
            if version != SCHEMA_VERSION:
                raise StoreError(f"{self.path}: record store schema {version}, this Tadori reads {SCHEMA_VERSION}")
            _add_missing_columns(connection)
        if "reviews" not in tables:
            connection.executescript(_VERSIONS_AND_REVIEWS)
        if "blobs" not in tables:
            _migrate_formats(connection)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT); any exception rolls everything back."""
        with closing(self._connect(create=True)) as db, self._errors():
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:  # COMMIT itself may have failed (busy): nothing left to undo then
                    db.execute("ROLLBACK")
                raise

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A connection to read from (the store must exist)."""
        with closing(self._connect(create=False)) as db, self._errors():
            yield db

    def exists(self) -> bool:
        return self.path.exists()

    # -- writing ----------------------------------------------------------------------------
    def add(self, extraction: Extraction) -> bool:
        """Store one document's records in one transaction; False when it was already stored."""
        return self.add_many([extraction]) == 1

    def add_many(self, extractions: list[Extraction]) -> int:
        """Store several documents in one transaction (all or nothing); returns how many were new."""
        self.reattached = {}
        with self.transaction() as db:
            for statement in filter(str.strip, _INDEXES.split(";")):
                db.execute(statement)  # a store written by an earlier Tadori gains the city indexes
            added = sum(self._insert(db, extraction) for extraction in extractions)
        return added

    def _insert(self, db: sqlite3.Connection, extraction: Extraction) -> bool:
        document = extraction.document
        if db.execute("SELECT 1 FROM documents WHERE sha256 = ?", (document.sha256,)).fetchone():
            return False
        doc_id = document.id
        previous = [row[0] for row in db.execute(
            f"SELECT d.id FROM documents d WHERE d.name = ? AND {_CURRENT}", (document.name,))]
        db.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, document.sha256, document.name, document.path, document.municipality, document.title,
             document.genre, document.text, datetime.now(UTC).isoformat(timespec="microseconds")),
        )
        self._insert_rows(db, "flows", doc_id, extraction.flows, Flow, keyed=True)
        self._insert_rows(db, "registrations", doc_id, extraction.registrations, Registration, keyed=False)
        self._insert_rows(db, "council_cases", doc_id, extraction.council_cases, CouncilCase, keyed=True)
        self._insert_rows(db, "statistics", doc_id, extraction.statistics, Statistic, keyed=False)
        db.executemany(
            "INSERT INTO diagnostics (document_id, seq, line, severity, message, page) VALUES (?, ?, ?, ?, ?, ?)",
            [(doc_id, n, d.line, d.severity, d.message, d.page) for n, d in enumerate(extraction.diagnostics)],
        )
        self._insert_rows(db, "files", doc_id, extraction.files, File, keyed=False)
        if document.original is not None or document.locators is not None:
            db.execute("INSERT INTO blobs VALUES (?, ?, ?, ?)",
                       (doc_id, document.format, document.original,
                        None if document.locators is None else json.dumps(document.locators, ensure_ascii=False)))
        if previous:
            self._supersede(db, previous, extraction)
        return True

    def _supersede(self, db: sqlite3.Connection, previous: list[str], extraction: Extraction) -> None:
        """A new version of a named document: the older ones become history, their reviews move over."""
        from .reviews import reattach_reviews  # reviews.py builds on this module

        now = datetime.now(UTC).isoformat(timespec="microseconds")
        document = extraction.document
        db.executemany("INSERT INTO document_versions VALUES (?, ?, ?)",
                       [(old, now, document.id) for old in previous])
        placed = orphaned = 0
        for old in previous:
            moved, lost = reattach_reviews(db, old, extraction)
            placed, orphaned = placed + moved, orphaned + lost
        self.reattached[document.name] = (placed, orphaned)

    def remove_document(self, name: str) -> dict[str, int]:
        """Delete every version of the document called ``name`` and its records, in one transaction.

        Reviews of it are kept, marked orphaned (``tadori review orphans`` lists them). Returns the
        number of rows removed per table; raises NotFound when no document has that name.
        """
        with self.transaction() as db:
            ids = [row[0] for row in db.execute("SELECT id FROM documents WHERE name = ?", (name,))]
            if not ids:
                known = [row[0] for row in db.execute("SELECT DISTINCT name FROM documents ORDER BY name")]
                from difflib import get_close_matches

                raise NotFound("document", name, get_close_matches(name, known, n=3, cutoff=0.5))
            marks = ", ".join("?" for _ in ids)
            removed = {}
            for table in ("flows", "registrations", "council_cases", "statistics", "diagnostics", "files", "blobs"):
                removed[table] = db.execute(f"DELETE FROM {table} WHERE document_id IN ({marks})", ids).rowcount
            db.execute(f"DELETE FROM document_versions WHERE document_id IN ({marks}) OR superseded_by IN ({marks})",
                       ids + ids)
            removed["documents"] = db.execute(f"DELETE FROM documents WHERE id IN ({marks})", ids).rowcount
            removed["reviews orphaned"] = db.execute(
                "UPDATE reviews SET orphaned = 1 WHERE document_name = ? AND orphaned = 0", (name,)).rowcount
        return removed

    @staticmethod
    def _insert_rows(db: sqlite3.Connection, table: str, doc_id: str, records: list, record_type: type,
                     *, keyed: bool) -> None:
        names = _columns(record_type)
        columns = ["document_id"] + ([] if keyed else ["seq"]) + [f'"{n}"' for n in names]
        marks = ", ".join("?" for _ in columns)
        rows = [[doc_id] + ([] if keyed else [n]) + _encode(r, names) for n, r in enumerate(records)]
        db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    # -- reading ----------------------------------------------------------------------------
    def _rows(self, query: str, parameters: tuple = ()) -> list[sqlite3.Row]:
        with closing(self._connect(create=False)) as db, self._errors():
            return db.execute(query, parameters).fetchall()

    def documents(self, *, history: bool = True) -> list[StoredDocument]:
        """Ingested documents, oldest first; older versions too (``superseded_at`` set) unless history=False."""
        where = "" if history else f"WHERE {_CURRENT}"
        rows = self._rows("SELECT d.id, d.sha256, d.name, d.path, d.municipality, d.title, d.genre, d.ingested_at, "
                          "v.superseded_at, v.superseded_by FROM documents d "
                          f"LEFT JOIN document_versions v ON v.document_id = d.id {where} "
                          "ORDER BY d.ingested_at, d.name, d.rowid")
        return [StoredDocument(row) for row in rows]

    def document_text(self, document_id: str) -> str | None:
        rows = self._rows("SELECT text FROM documents WHERE id = ?", (document_id,))
        return rows[0]["text"] if rows else None

    def municipalities(self) -> list[str]:
        """Every municipality named by a document or by a template row, sorted."""
        rows = self._rows("SELECT municipality FROM documents WHERE municipality IS NOT NULL "
                          "UNION SELECT municipality FROM flows WHERE municipality IS NOT NULL ORDER BY 1")
        return [row[0] for row in rows]

    def _records(self, table: str, record_type: type, document_id: str | None,
                 municipality: str | None = None, *, numbered: bool = False,
                 placed: bool = False) -> Iterator[tuple[Any, ...]]:
        """Stream the records of one table: a national store has millions, so no fetchall.

        Without a document id: the records of the current version of every document. With
        ``municipality``, only that city's records: those of its documents (unless a template row
        names another city) and the rows that name it; the indexes make this cost the city, not the country.
        ``numbered``: (record, document id, its number within the document) for tables keyed by number;
        ``placed``: (record, document id, its row id), the order the rows were stored in, whichever city is read.
        """
        select = (f"SELECT t.*, d.municipality AS doc_municipality, d.ingested_at AS doc_at, d.name AS doc_name, "
                  f"t.rowid AS row_at FROM {table} t JOIN documents d ON d.id = t.document_id")
        if document_id:
            query, parameters = f"{select} WHERE t.document_id = ?", (document_id,)
        elif municipality is None:
            query, parameters = f"{select} WHERE {_CURRENT}", ()
        elif table in _MUNICIPALITY_TABLES:
            query = (f"{select} WHERE d.municipality = ? AND (t.municipality IS NULL OR t.municipality = ?) "
                     f"AND {_CURRENT} UNION ALL {select} WHERE t.municipality = ? AND d.municipality IS NOT ? "
                     f"AND {_CURRENT}")
            parameters = (municipality,) * 4
        else:
            query, parameters = f"{select} WHERE d.municipality = ? AND {_CURRENT}", (municipality,)
        query += " ORDER BY doc_at, doc_name, row_at"
        with closing(self._connect(create=False)) as db, self._errors():
            cursor = db.cursor()
            cursor.row_factory = None  # plain tuples: decoded by position below
            cursor.execute(query, parameters)
            columns = [c[0] for c in cursor.description]
            decode = _decoder(record_type, columns)
            document_at, doc_municipality_at = columns.index("document_id"), columns.index("doc_municipality")
            fill_municipality = "municipality" in columns
            seq_at = columns.index("seq") if numbered else columns.index("row_at") if placed else None
            for row in cursor:
                record = decode(row)
                if fill_municipality and not record.municipality:
                    record.municipality = row[doc_municipality_at]
                yield (record, row[document_at]) if seq_at is None else (record, row[document_at], row[seq_at])

    def iter_flows(self, municipality: str | None = None) -> Iterator[tuple[Flow, str]]:
        """Every stored flow (of one municipality, if given), streamed (a whole country has millions)."""
        return self._records("flows", Flow, None, municipality)

    def placed_flows(self, municipality: str | None = None) -> Iterator[tuple[Flow, str, int]]:
        """:meth:`iter_flows` with each flow's row id: its place in the store, the same in any city's read."""
        return self._records("flows", Flow, None, municipality, placed=True)

    def flows(self, document_id: str | None = None) -> list[tuple[Flow, str]]:
        """Every stored flow with the id of its document (municipality filled from the document)."""
        return list(self._records("flows", Flow, document_id))

    def registrations(self, document_id: str | None = None,
                      municipality: str | None = None) -> list[tuple[Registration, str]]:
        return list(self._records("registrations", Registration, document_id, municipality))

    def numbered_registrations(self, document_id: str | None = None,
                               municipality: str | None = None) -> Iterator[tuple[Registration, str, int]]:
        """Registrations with their number within their document (what a review names them by)."""
        return self._records("registrations", Registration, document_id, municipality, numbered=True)

    def council_cases(self, document_id: str | None = None,
                      municipality: str | None = None) -> list[tuple[CouncilCase, str]]:
        return list(self._records("council_cases", CouncilCase, document_id, municipality))

    def statistics(self, document_id: str | None = None) -> list[tuple[Statistic, str]]:
        return list(self._records("statistics", Statistic, document_id))

    def diagnostics(self, document_id: str | None = None) -> list[tuple[Diagnostic, str]]:
        where, parameters = ("WHERE document_id = ?", (document_id,)) if document_id else (
            "WHERE document_id NOT IN (SELECT document_id FROM document_versions)", ())
        rows = self._rows(f"SELECT * FROM diagnostics {where} ORDER BY document_id, seq", parameters)
        return [(Diagnostic(row["line"], row["severity"], row["message"], page=row["page"]), row["document_id"])
                for row in rows]

    def files(self, document_id: str | None = None, municipality: str | None = None) -> list[tuple[File, str]]:
        """Entries of 個人情報ファイル簿 with the id of their document (of one municipality's documents, if given)."""
        files = list(self._records("files", File, document_id, municipality))
        for file, _ in files:
            file.sensitive = None if file.sensitive is None else bool(file.sensitive)
        return files

    def document_source(self, document_id: str) -> tuple[str, bytes | None, list[dict] | None] | None:
        """(format, original bytes, per-line locators) of a converted document; None for a text document."""
        rows = self._rows("SELECT format, data, locators FROM blobs WHERE document_id = ?", (document_id,))
        if not rows:
            return None
        row = rows[0]
        return row["format"], row["data"], json.loads(row["locators"]) if row["locators"] else None

    def counts(self) -> dict[str, int]:
        """How many rows each table holds (used to check a sync against the store)."""
        if not self.exists():
            return dict.fromkeys(("documents", "flows", "registrations", "council_cases", "statistics"), 0)
        tables = ("documents", "flows", "registrations", "council_cases", "statistics", "diagnostics")
        with closing(self._connect(create=False)) as db, self._errors():
            return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}

    # -- safety -----------------------------------------------------------------------------
    def version(self) -> dict[str, Any]:
        """Which state of the store this is: the current documents and the last ingest time.

        Cheap (two indexed aggregates); a reader shows it so a user knows what the answers come from.
        """
        if not self.exists():
            return {"documents": 0, "last_ingest": None}
        row = self._rows(f"SELECT COALESCE(SUM({_CURRENT}), 0) AS documents, MAX(d.ingested_at) AS last_ingest "
                         "FROM documents d")[0]
        return {"documents": row["documents"], "last_ingest": row["last_ingest"]}

    def check(self) -> dict[str, Any]:
        """SQLite's integrity and foreign-key checks and the row counts: ``ok`` is False on any problem."""
        with closing(self._connect(create=False)) as db, self._errors():
            integrity = [row[0] for row in db.execute("PRAGMA integrity_check")]
            foreign = [f"{row[0]} row {row[1]} → {row[2]}" for row in db.execute("PRAGMA foreign_key_check")]
        problems = [] if integrity == ["ok"] else integrity
        return {"ok": not problems and not foreign, "integrity": problems, "foreign_keys": foreign,
                "counts": self.counts(), "schema_version": SCHEMA_VERSION, "journal_mode": self._journal_mode()}

    def _journal_mode(self) -> str:
        return str(self._rows("PRAGMA journal_mode")[0][0])

    def backup(self, target: str | Path) -> Path:
        """A consistent copy of the store at ``target`` (SQLite's online backup: safe while others read or write).

        Written next to the target and renamed into place, so a failure never leaves half a copy.
        """
        target = Path(target)
        if target.exists():
            raise StoreError(f"{target}: already exists; choose a new file name for the backup")
        if not target.parent.is_dir():
            raise StoreError(f"{target.parent}: no such folder for the backup")
        partial = target.with_name(target.name + ".partial")
        with closing(self._connect(create=False)) as source, self._errors():
            try:
                with closing(sqlite3.connect(partial)) as copy:
                    source.backup(copy)
                    copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                partial.replace(target)
            finally:
                partial.unlink(missing_ok=True)
        return target
