"""The composition root: settings in, a record store and a graph store out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from tadori.errors import StoreError, StoreUnavailable
from tadori.graph.backends import store_class
from tadori.graph.protocol import GraphStore
from tadori.ingest.recordstore import RecordStore

from .settings import resolve, resolve_number

__all__ = ["COMPACT_FROM_FLOWS", "city_scope", "open_graph_store", "open_record_store", "open_review_writer",
           "refresh_index", "uses_index"]

# From this many stored flows a whole-country graph is read from the compact index (graph/compact_index.py)
# instead of being built in memory: below it the build takes about a second and leaves no file behind.
COMPACT_FROM_FLOWS = 50_000


def open_record_store(store: str | None = None) -> RecordStore:
    """The record store at ``--store``, else ``TADORI_STORE``, else ``tadori-data/tadori.db``."""
    return RecordStore(Path(resolve("store", store) or "tadori-data/tadori.db"),
                       busy_timeout=resolve_number("busy_timeout", None, 0, 3600, whole=False))


def city_scope(records: RecordStore, municipality: str | None) -> str | None:
    """The one stored municipality ``municipality`` names (exactly, else as the only prefix), or None.

    >>> import tempfile, os
    >>> from tadori.ingest.records import Document, Extraction
    >>> records = RecordStore(os.path.join(tempfile.mkdtemp(), "t.db"))
    >>> for n, city in enumerate(("川口市", "川越市")):
    ...     _ = records.add(Extraction(document=Document(path=f"{n}.csv", sha256=str(n) * 64, municipality=city)))
    >>> city_scope(records, "川口"), city_scope(records, "川"), city_scope(records, None)
    ('川口市', None, None)
    """
    if not municipality or not records.exists():
        return None
    known = records.municipalities()
    if municipality in known:
        return municipality
    prefixed = [name for name in known if name.startswith(municipality)]
    return prefixed[0] if len(prefixed) == 1 else None


def open_graph_store(store: str | None = None, backend: str | None = None, *, must_exist: bool = True,
                     municipality: str | None = None) -> GraphStore:
    """Build the graph store the settings choose (networkx unless ``TADORI_BACKEND`` says neo4j).

    A command about one municipality gets that city's graph only: on a national store it costs what
    the city costs. A name that is no stored municipality gets the whole graph, whose queries then say so.
    """
    records = open_record_store(store)
    if must_exist and not records.exists():
        raise StoreUnavailable(f"{records.path}: no record store here yet; run `tadori ingest FILE` first")
    name = resolve("backend", backend) or "networkx"
    cls = store_class(name)
    if name == "neo4j":
        return cls.from_settings(records)  # type: ignore[attr-defined]
    city = city_scope(records, municipality)
    if city is None and records.exists() and uses_index(records):
        from tadori.graph.compact_index import index_is_current
        from tadori.graph.compact_store import CompactStore

        if not index_is_current(records):  # a minute at 1M flows: say why the command waits
            click.echo(f"{records.path}: indexing the graph (once after each change to the store) …", err=True)
        try:
            return CompactStore.open(records)
        except StoreError:  # no index can be written beside the store (a read-only folder): build in memory
            pass
    return cls.from_records(records, city)  # type: ignore[attr-defined]


def uses_index(records: RecordStore) -> bool:
    """A national store, or one whose index is there and current, is read from its compact index."""
    from tadori.graph.compact_index import index_is_current

    with records.reading() as db:
        flows = db.execute("SELECT COALESCE(MAX(rowid), 0) FROM flows").fetchone()[0]
    return flows >= COMPACT_FROM_FLOWS or index_is_current(records)


def refresh_index(records: RecordStore) -> bool:
    """After an ingest or a removal: bring the compact index of a national store up to date now (only the
    cities that changed are built again: seconds), so the next question finds it current.

    Returns True when the index was updated or built. A small store has none (its graph is built in memory).
    """
    from tadori.graph.compact_index import build_index, index_is_current

    if not records.exists() or not uses_index(records) or index_is_current(records):
        return False
    click.echo(f"{records.path}: bringing the graph index up to date …", err=True)
    build_index(records)
    return True


def open_review_writer(store: str | None = None,
                       backend: str | None = None) -> Callable[[list[dict[str, Any]]], GraphStore]:
    """The dashboard's way to store reviews: check and store them in one transaction, return the rebuilt graph.

    Each dict names document_name, record_type, record_id, action, reviewer, note, line and
    ``fields`` as the text a person typed (items separated by 、, dates as written).
    """
    from tadori.ingest.review_sheet import parse_field_texts
    from tadori.ingest.reviews import Review, ReviewStore

    records = open_record_store(store)

    def write(requests: list[dict[str, Any]]) -> GraphStore:
        reviews = []
        for request in requests:
            record_type = request.get("record_type", "flow")
            reviews.append(Review(
                document_name=request["document_name"], record_type=record_type,
                record_id=request.get("record_id") or "", action=request["action"],
                reviewer=request.get("reviewer") or "", note=request.get("note") or None, line=request.get("line"),
                fields=parse_field_texts(record_type, request.get("fields") or {})))
        ReviewStore(records).add(reviews)
        return open_graph_store(store, backend)

    return write
