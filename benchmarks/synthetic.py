"""The benchmarks' synthetic national store: ``tadori synth``'s generator (tadori.ingest.synthetic).

Each municipality (架空市0000 …) registers the catalogue's businesses plus numbered ones (業務NNNN);
DV情報等 leaves every 住民基本台帳業務 for five businesses and one passes it on.

``make bench`` sets ``TADORI_BENCH_STORES`` to a folder it removes at the end: the scripts that only read
a store share one per size there (a 1M-flow store takes half a minute to write and its graph index
a minute to build), so every script measures its own figures without paying for the others' setup.
"""

from __future__ import annotations

import os
from pathlib import Path

from tadori.ingest.recordstore import RecordStore
from tadori.ingest.synthetic import write_record_store

__all__ = ["make_record_store", "shared_record_store"]


def make_record_store(path: Path, *, municipalities: int, flows_per_city: int, businesses: int = 400,
                      seed: int = 7) -> RecordStore:
    """Write a store of ``municipalities × flows_per_city`` flows (one document per municipality)."""
    return write_record_store(path, municipalities=municipalities, flows_per_city=flows_per_city,
                              businesses=businesses, seed=seed)


def shared_record_store(folder: Path, *, municipalities: int, flows_per_city: int) -> RecordStore:
    """The store of that size in ``TADORI_BENCH_STORES`` (written there once), else a new one in ``folder``."""
    shared = os.environ.get("TADORI_BENCH_STORES")
    name = f"synthetic-{municipalities}x{flows_per_city}.db"
    if not shared:
        return make_record_store(folder / name, municipalities=municipalities, flows_per_city=flows_per_city)
    path = Path(shared) / name
    if not path.exists():
        partial = Path(shared) / f"partial-{os.getpid()}-{name}"
        make_record_store(partial, municipalities=municipalities, flows_per_city=flows_per_city)
        for suffix in ("-wal", "-shm"):
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)
        partial.replace(path)
    return RecordStore(path)
