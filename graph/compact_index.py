"""The compact graph index: the country's graph written once to a SQLite file beside the record store.

A national store holds a million flows; building Python objects for all of them costs half a minute and
gigabytes, and each command or server start would pay it again. The index holds what the queries read —
nodes, flows, cases, per-node and per-item adjacency, holders and operators — as indexed rows whose
order is the whole build's, with each node, flow and case as one JSON text turned into an object only
when an answer touches it (:class:`~tadori.graph.compact_store.CompactStore`).

The index is keyed by the record store's version (:func:`store_version`): an ingest, a removal or a
review makes it stale, and the next whole-country question brings it up to date — by building again only
the cities whose documents or reviews changed (:func:`city_versions`), which costs what those cities cost.
It is built city by city (:func:`build_index`) so memory stays that of one city; the cities' parts take
their place in the country's order by the stamps of :func:`~tadori.graph.build.build_graph_data`, so
every list reads exactly as the whole build's — template rows naming other cities and records people
added included, each stamped by its place in the store. A store with records of no city, or council
cases of a document whose rows name several cities, is built whole, in one pass.

>>> import tempfile, os
>>> from tadori.ingest.synthetic import write_record_store
>>> records = write_record_store(os.path.join(tempfile.mkdtemp(), "t.db"), municipalities=2, flows_per_city=20)
>>> path = build_index(records)
>>> index_is_current(records, path), path.name
(True, 't.db.index')
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing
from pathlib import Path
from typing import Any

from tadori.errors import StoreError
from tadori.ingest.recordstore import RecordStore
from tadori.ingest.reviews import ADDED_PREFIX

from .build import ROW_LIMIT, GraphData, build_graph_data
from .collector import collector_paused
from .model import BUSINESS, DATA_ITEM, DEPARTMENT, Case, FlowEdge, Node, item_key

__all__ = ["INDEX_FORMAT", "build_index", "index_is_current", "index_path", "store_version"]

INDEX_FORMAT = 5  # raise when the tables or the JSON bodies change: older index files are rebuilt

# Plain tables filled in the order the cities come, indexed once at the end (a sort, not a million
# random B-tree inserts); the indexes give each question its rows in build order (``ord``).
_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE nodes (id TEXT NOT NULL, ord INTEGER NOT NULL, label TEXT NOT NULL, name TEXT NOT NULL,
                    municipality TEXT, body TEXT NOT NULL);
CREATE TABLE flows (id TEXT NOT NULL, ord INTEGER NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
                    municipality TEXT, body TEXT NOT NULL);
CREATE TABLE flow_items (key TEXT NOT NULL, ord INTEGER NOT NULL, flow TEXT NOT NULL);
CREATE TABLE cases (id TEXT NOT NULL, ord INTEGER NOT NULL, municipality TEXT, title TEXT NOT NULL,
                    body TEXT NOT NULL);
CREATE TABLE records (ord INTEGER NOT NULL, business TEXT NOT NULL, item TEXT NOT NULL);
CREATE TABLE operates (ord INTEGER NOT NULL, department TEXT NOT NULL, business TEXT NOT NULL);
CREATE TABLE item_names (city TEXT, id TEXT NOT NULL, ord INTEGER NOT NULL, label TEXT NOT NULL, name TEXT NOT NULL,
                         municipality TEXT, body TEXT NOT NULL);
CREATE TABLE cities (municipality TEXT PRIMARY KEY, version TEXT NOT NULL);
CREATE TABLE document_ranks (id TEXT PRIMARY KEY, rank INTEGER NOT NULL);
"""
_INDEXES = """
CREATE UNIQUE INDEX nodes_by_id ON nodes (id);
CREATE INDEX nodes_in_order ON nodes (ord);
CREATE INDEX nodes_by_label ON nodes (label, ord);
CREATE INDEX nodes_by_city ON nodes (municipality, ord);
CREATE UNIQUE INDEX flows_by_id ON flows (id);
CREATE INDEX flows_in_order ON flows (ord);
CREATE INDEX flows_by_source ON flows (source, ord);
CREATE INDEX flows_by_target ON flows (target, ord);
CREATE INDEX flows_by_city ON flows (municipality, ord);
CREATE INDEX flow_items_by_key ON flow_items (key, ord);
CREATE UNIQUE INDEX cases_by_id ON cases (id);
CREATE INDEX cases_in_order ON cases (ord);
CREATE INDEX cases_by_city ON cases (municipality, ord);
CREATE INDEX records_by_item ON records (item, business);
CREATE INDEX operates_by_department ON operates (department, business);
CREATE INDEX item_names_by_id ON item_names (id, ord);
CREATE INDEX item_names_by_city ON item_names (city);
"""

# What only a whole build reads as the country does: rows of no city (a document of no city whose rows
# name none, its 個人情報ファイル簿 entries or council cases), council cases of a document whose rows name
# other cities (a case links flows of several cities), records a person added to no city, and more rows
# than the order stamps can place.
_WHOLE_ONLY = """
SELECT 1 FROM documents d WHERE d.municipality IS NULL AND d.id NOT IN (SELECT document_id FROM document_versions)
    AND (EXISTS (SELECT 1 FROM flows t WHERE t.document_id = d.id AND t.municipality IS NULL)
         OR EXISTS (SELECT 1 FROM registrations t WHERE t.document_id = d.id AND t.municipality IS NULL)
         OR EXISTS (SELECT 1 FROM files t WHERE t.document_id = d.id)
         OR EXISTS (SELECT 1 FROM council_cases t WHERE t.document_id = d.id))
UNION ALL SELECT 1 FROM documents d WHERE EXISTS (SELECT 1 FROM council_cases c WHERE c.document_id = d.id)
    AND EXISTS (SELECT 1 FROM flows t WHERE t.document_id = d.id AND t.municipality IS NOT NULL
                AND t.municipality IS NOT d.municipality)
UNION ALL SELECT 1 FROM reviews r LEFT JOIN documents d ON d.id = r.document_id
    WHERE r.record_id LIKE ? AND r.orphaned = 0 AND d.municipality IS NULL
    AND json_extract(r.fields, '$.municipality') IS NULL
UNION ALL SELECT 1 FROM flows WHERE rowid >= ?
LIMIT 1
"""


def index_path(records: RecordStore) -> Path:
    """Where the index of a record store lives: beside it, named after it."""
    return records.path.with_name(records.path.name + ".index")


def store_version(records: RecordStore) -> str:
    """A text that changes whenever the graph of the store may change: documents in and out, reviews.

    Cheap: a few aggregates over indexed columns.
    """
    with records.reading() as db:
        documents = db.execute("SELECT COUNT(*), COALESCE(MAX(ingested_at), ''), COALESCE(MAX(rowid), 0) "
                               "FROM documents").fetchone()
        superseded = db.execute("SELECT COUNT(*) FROM document_versions").fetchone()
        reviews = db.execute("SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(SUM(orphaned), 0) "
                             "FROM reviews").fetchone()
    return json.dumps({"format": INDEX_FORMAT, "documents": list(documents), "superseded": superseded[0],
                       "reviews": list(reviews)})


def _read_version(path: Path) -> str | None:
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def index_is_current(records: RecordStore, path: Path | None = None) -> bool:
    """True when the index file exists and was built from the store as it is now."""
    path = path or index_path(records)
    return path.exists() and _read_version(path) == store_version(records)


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _body(record: Any, names: tuple[str, ...]) -> str:
    """A node, flow or case as the JSON list of its fields in declaration order (no deep copy, no keys)."""
    return _dumps([getattr(record, name) for name in names])


_NODE_FIELDS = tuple(Node.__dataclass_fields__)
_FLOW_FIELDS = tuple(FlowEdge.__dataclass_fields__)
_CASE_FIELDS = tuple(Case.__dataclass_fields__)


def _rows(data: GraphData) -> dict[str, list[tuple]]:
    """The index rows of one graph (a city's or the country's), by table."""
    order = data.order
    if order is None:  # a whole build: its dicts are in the country's order already
        order = {}
        for position, key in enumerate([*data.nodes, *data.flows, *data.cases, *data.records, *data.operates]):
            order[key] = position
    flows = data.flows.values()
    return {
        "nodes": [(n.id, order[n.id], n.label, n.name, n.municipality, _body(n, _NODE_FIELDS))
                  for n in data.nodes.values()],
        "flows": [(f.id, order[f.id], f.source, f.target, f.municipality, _body(f, _FLOW_FIELDS)) for f in flows],
        "flow_items": [(key, order[f.id], f.id) for f in flows for key in f.item_keys],
        "cases": [(c.id, order[c.id], c.municipality, c.title, _body(c, _CASE_FIELDS)) for c in data.cases.values()],
        "records": [(order[pair], pair[0], pair[1]) for pair in data.records],
        "operates": [(order[pair], pair[0], pair[1]) for pair in data.operates],
    }


_INSERTS = {
    "nodes": "INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?)",
    "flows": "INSERT INTO flows VALUES (?, ?, ?, ?, ?, ?)",
    "flow_items": "INSERT INTO flow_items VALUES (?, ?, ?)",
    "cases": "INSERT INTO cases VALUES (?, ?, ?, ?, ?)",
    "records": "INSERT INTO records VALUES (?, ?, ?)",
    "operates": "INSERT INTO operates VALUES (?, ?, ?)",
}


def _needs_whole_build(records: RecordStore) -> bool:
    """True when some rows belong to no city, or only a whole build orders them (see ``_WHOLE_ONLY``)."""
    with records.reading() as db:
        return db.execute(_WHOLE_ONLY, (ADDED_PREFIX + "%", ROW_LIMIT)).fetchone() is not None


_WORKER_DOCUMENTS: dict[str, dict[str, Any]] = {}

Rows = dict[str, list[tuple]]


def _city_rows(store: str, cities: list[str], ranks: dict[str, int]) -> list[Rows]:
    """In a worker process: the index rows of each of these cities."""
    records = RecordStore(store)
    documents = _WORKER_DOCUMENTS.get(store)
    if documents is None:
        documents = _WORKER_DOCUMENTS[store] = {d.id: d for d in records.documents(history=False)}
    with collector_paused():
        return [_rows(build_graph_data(records, city, stamped=True, documents=documents, ranks=ranks))
                for city in cities]


CITIES_PER_TASK = 20


def _city_parts(records: RecordStore, cities: list[str], documents: dict[str, Any], ranks: dict[str, int],
                workers: int | None) -> Iterator[tuple[str, Rows]]:
    """Each city's rows, in the cities' order; the graphs built on ``workers`` processes."""
    if workers is None:  # a national store: both cores; a few cities are quicker in this process
        workers = min(2, os.cpu_count() or 1) if len(cities) >= 4 * CITIES_PER_TASK else 1
    # Forked workers start at once; a process with other threads (a server rebuilding in the background)
    # must not fork itself, so its workers are forked from a fresh server process instead.
    methods = multiprocessing.get_all_start_methods()
    start_method = "fork" if threading.active_count() == 1 else "forkserver"
    if start_method not in methods:
        workers = 1
    if workers <= 1:
        for city in cities:
            with collector_paused():
                yield city, _rows(build_graph_data(records, city, stamped=True, documents=documents, ranks=ranks))
        return
    tasks = [cities[n:n + CITIES_PER_TASK] for n in range(0, len(cities), CITIES_PER_TASK)]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(start_method)) as pool:
        for task, parts in zip(tasks, pool.map(_city_rows, [str(records.path)] * len(tasks), tasks,
                                               [ranks] * len(tasks)), strict=True):
            yield from zip(task, parts, strict=True)


def city_versions(records: RecordStore, documents: dict[str, Any]) -> dict[str, str]:
    """A text per city that changes whenever its graph may: the current documents with rows of it (its own,
    and templates naming it), the reviews of those documents, and the records people added to it.

    ``documents``: the store's current documents by id, in ingest order.
    """
    with records.reading() as db:
        named = db.execute(_DOCUMENTS_NAMING_CITIES).fetchall()
        reviews = {row[0]: row[1:] for row in db.execute(_REVIEWS_BY_DOCUMENT)}
        added = db.execute(_ADDED_BY_CITY, (ADDED_PREFIX + "%",)).fetchall()
    touched: dict[str, set[str]] = {}
    for document in documents.values():
        if document.municipality:
            touched.setdefault(document.municipality, set()).add(document.id)
    for city, document_id in named:
        if document_id in documents:
            touched.setdefault(city, set()).add(document_id)
    parts = {city: [f"{d}@{documents[d].ingested_at} {reviews.get(d, '')}" for d in documents if d in ids]
             for city, ids in touched.items()}
    for city, count, last in added:
        if city:
            parts.setdefault(city, []).append(f"added {count} {last}")
    return {city: json.dumps(texts, ensure_ascii=False) for city, texts in parts.items()}


# Template rows naming another city than their document's; one pass over the rows' city index.
_DOCUMENTS_NAMING_CITIES = """
SELECT DISTINCT t.municipality, t.document_id FROM flows t JOIN documents d ON d.id = t.document_id
    WHERE t.municipality IS NOT NULL AND t.municipality IS NOT d.municipality
UNION SELECT DISTINCT t.municipality, t.document_id FROM registrations t JOIN documents d ON d.id = t.document_id
    WHERE t.municipality IS NOT NULL AND t.municipality IS NOT d.municipality
"""
_REVIEWS_BY_DOCUMENT = """
SELECT document_id, COUNT(*), MAX(id), SUM(orphaned) FROM reviews GROUP BY document_id
"""
_ADDED_BY_CITY = """
SELECT COALESCE(json_extract(r.fields, '$.municipality'), d.municipality), COUNT(*), MAX(r.id)
FROM reviews r LEFT JOIN documents d ON d.id = r.document_id WHERE r.record_id LIKE ? GROUP BY 1
"""


def _write_part(db: sqlite3.Connection, city: str | None, rows: Rows) -> list[tuple]:
    """Insert one part's rows but its data items, which every city shares; returns those item rows."""
    items = [row for row in rows["nodes"] if row[2] == DATA_ITEM]
    db.executemany("INSERT INTO item_names VALUES (?, ?, ?, ?, ?, ?, ?)", [(city, *row) for row in items])
    rows["nodes"] = [row for row in rows["nodes"] if row[2] != DATA_ITEM]
    for table, statement in _INSERTS.items():
        db.executemany(statement, rows[table])
    return items


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -200000")  # 200 MB of pages for making the indexes
    db.execute("PRAGMA temp_store = MEMORY")
    return db


def _write_whole(db: sqlite3.Connection, records: RecordStore, version: str, whole: bool, workers: int | None,
                 on_part: Callable[[], None] | None) -> None:
    """Fill a new index file: the country in one pass, or city by city with each city's version kept."""
    db.executescript(_TABLES)
    db.execute("BEGIN")
    items: dict[str, tuple] = {}  # a data item is every city's: named as the city that came first names it
    if whole:
        with collector_paused():
            parts: Iterator[tuple[str | None, Rows]] = iter([(None, _rows(build_graph_data(records)))])
    else:
        documents = {d.id: d for d in records.documents(history=False)}
        ranks = {document_id: n for n, document_id in enumerate(documents)}
        versions = city_versions(records, documents)
        parts = _city_parts(records, list(versions), documents, ranks, workers)
        db.executemany("INSERT INTO document_ranks VALUES (?, ?)", ranks.items())
        db.executemany("INSERT INTO cities VALUES (?, ?)", versions.items())
    for city, rows in parts:
        for row in _write_part(db, city, rows):
            known = items.get(row[0])
            if known is None or known[1] > row[1]:
                items[row[0]] = row
        if on_part is not None:
            on_part()
    db.executemany(_INSERTS["nodes"], items.values())
    for statement in filter(str.strip, _INDEXES.split(";")):
        db.execute(statement)
    db.executemany("INSERT INTO meta VALUES (?, ?)", [("version", version), ("built", "whole" if whole else "cities")])
    db.execute("COMMIT")


def _remove_city(db: sqlite3.Connection, city: str) -> set[str]:
    """Delete one city's rows from an index; returns the ids of the data items it named.

    The rows of flow_items, records and operates are found through the keys their flows and nodes give.
    """
    for order, body in db.execute("SELECT ord, body FROM flows WHERE municipality = ?", (city,)).fetchall():
        keys = FlowEdge(*json.loads(body)).item_keys  # a flow's rows share its ord: found by the (key, ord) index
        db.executemany("DELETE FROM flow_items WHERE key = ? AND ord = ?", [(key, order) for key in keys])
    for label, body in db.execute("SELECT label, body FROM nodes WHERE municipality = ? AND label IN (?, ?)",
                                  (city, BUSINESS, DEPARTMENT)).fetchall():
        node = Node(*json.loads(body))
        if label == DEPARTMENT:
            db.execute("DELETE FROM operates WHERE department = ?", (node.id,))
        else:
            db.executemany("DELETE FROM records WHERE item = ? AND business = ?",
                           [("item:" + item_key(item), node.id) for item in node.items])
    for table in ("nodes", "flows", "cases"):
        db.execute(f"DELETE FROM {table} WHERE municipality = ?", (city,))
    items = {row[0] for row in db.execute("SELECT id FROM item_names WHERE city = ?", (city,))}
    db.execute("DELETE FROM item_names WHERE city = ?", (city,))
    return items


def _rank_documents(old: dict[str, int], documents: dict[str, Any]) -> dict[str, int] | None:
    """Ranks for the current documents keeping those the index gave, or None when the new documents do not
    all come after the kept ones (then only a whole build puts everything in order)."""
    kept = [n for n, document_id in enumerate(documents) if document_id in old]
    new = [document_id for document_id in documents if document_id not in old]
    if new and kept and kept[-1] > list(documents).index(new[0]):
        return None
    top = max(old.values(), default=-1)
    ranks = {document_id: old[document_id] for document_id in documents if document_id in old}
    ranks.update((document_id, top + 1 + n) for n, document_id in enumerate(new))
    return ranks if top + len(new) < 1 << 21 else None  # order_stamp has 21 bits for the rank


def _update(records: RecordStore, path: Path, partial: Path, version: str, workers: int | None,
            on_part: Callable[[], None] | None) -> bool:
    """Bring a city-by-city index up to date by building again only the cities that changed, into ``partial``.

    False (nothing written) when the index cannot be updated so: missing, of another format, built whole,
    most cities changed, or documents that came in before some the index holds.
    """
    if not path.exists() or _read_version(path) is None:
        return False
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            meta = dict(db.execute("SELECT key, value FROM meta"))
            if json.loads(meta["version"]).get("format") != INDEX_FORMAT or meta.get("built") != "cities":
                return False
            known = dict(db.execute("SELECT municipality, version FROM cities"))
            old_ranks = dict(db.execute("SELECT id, rank FROM document_ranks"))
    except (sqlite3.Error, KeyError, ValueError):
        return False
    documents = {d.id: d for d in records.documents(history=False)}
    versions = city_versions(records, documents)
    ranks = _rank_documents(old_ranks, documents)
    changed = [city for city in versions if versions[city] != known.get(city)]
    gone = [city for city in known if city not in versions]
    if ranks is None or 2 * (len(changed) + len(gone)) > max(len(versions), 1):
        return False
    shutil.copyfile(path, partial)  # readers keep the old file until the new one is renamed over it
    with closing(_connect(partial)) as db:
        db.execute("BEGIN")
        items: set[str] = set()
        for city in changed + gone:
            items |= _remove_city(db, city)
        for city, rows in _city_parts(records, changed, documents, ranks, workers):
            items.update(row[0] for row in _write_part(db, city, rows))
            if on_part is not None:
                on_part()
        for item in items:  # each item named again by the city that now comes first
            db.execute("DELETE FROM nodes WHERE id = ?", (item,))
            db.execute("INSERT INTO nodes SELECT id, ord, label, name, municipality, body FROM item_names "
                       "WHERE id = ? ORDER BY ord LIMIT 1", (item,))
        db.executemany("DELETE FROM cities WHERE municipality = ?", [(city,) for city in gone])
        db.executemany("INSERT OR REPLACE INTO cities VALUES (?, ?)", [(city, versions[city]) for city in changed])
        db.execute("DELETE FROM document_ranks")
        db.executemany("INSERT INTO document_ranks VALUES (?, ?)", ranks.items())
        db.execute("UPDATE meta SET value = ? WHERE key = 'version'", (version,))
        db.execute("COMMIT")
    return True


def build_index(records: RecordStore, path: Path | None = None, *, whole: bool | None = None,
                workers: int | None = None, on_part: Callable[[], None] | None = None, update: bool = True) -> Path:
    """Write the index of the store (city by city unless ``whole`` or rows cross cities) and return its path.

    An index built city by city is brought up to date by building only the cities that changed, unless
    ``update`` is False (then it is built anew).
    ``workers``: processes building the cities' graphs (default: two for a national store, else none).
    ``on_part`` is called after each city built. Written to a ``.partial`` file and renamed into place: a
    reader sees the old index or the new one.
    """
    path = path or index_path(records)
    version = store_version(records)
    if whole is None:
        whole = _needs_whole_build(records)
    partial = path.with_name(path.name + f".partial{os.getpid()}")
    partial.unlink(missing_ok=True)
    try:
        if whole or not update or not _update(records, path, partial, version, workers, on_part):
            partial.unlink(missing_ok=True)
            with closing(_connect(partial)) as db:
                _write_whole(db, records, version, whole, workers, on_part)
        os.replace(partial, path)
    except (sqlite3.Error, OSError) as error:
        raise StoreError(f"{path}: cannot write the graph index ({error})") from None
    finally:
        partial.unlink(missing_ok=True)
    return path
