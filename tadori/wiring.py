"""The composition root: settings in, a record store and a graph store out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tadori.errors import StoreUnavailable
from tadori.graph.backends import store_class
from tadori.graph.protocol import GraphStore
from tadori.ingest.recordstore import RecordStore

from .settings import resolve

__all__ = ["city_scope", "open_graph_store", "open_record_store", "open_review_writer"]


def open_record_store(store: str | None = None) -> RecordStore:
    """The record store at ``--store``, else ``TADORI_STORE``, else ``tadori-data/tadori.db``."""
    return RecordStore(Path(resolve("store", store) or "tadori-data/tadori.db"))


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
    return cls.from_records(records, city_scope(records, municipality))  # type: ignore[attr-defined]


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
