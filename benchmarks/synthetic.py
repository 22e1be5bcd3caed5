"""The benchmarks' synthetic national store: ``tadori synth``'s generator (tadori.ingest.synthetic).

Each municipality (架空市0000 …) registers the catalogue's businesses plus numbered ones (業務NNNN);
DV情報等 leaves every 住民基本台帳業務 for five businesses and one passes it on.
"""

from __future__ import annotations

from pathlib import Path

from tadori.ingest.recordstore import RecordStore
from tadori.ingest.synthetic import write_record_store

__all__ = ["make_record_store"]


def make_record_store(path: Path, *, municipalities: int, flows_per_city: int, businesses: int = 400,
                      seed: int = 7) -> RecordStore:
    """Write a store of ``municipalities × flows_per_city`` flows (one document per municipality)."""
    return write_record_store(path, municipalities=municipalities, flows_per_city=flows_per_city,
                              businesses=businesses, seed=seed)
