"""A synthetic national record store: many municipalities, each with the same shape of flows.

Each municipality has a 住民基本台帳業務 that sends DV情報等 to five businesses, one of which
passes it on (as in the real reports, the flag travels only on flows that say so); the rest are
random flows between its businesses carrying ordinary items or none. Deterministic for a seed.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

from tadori.ingest.records import Document, Extraction, Flow
from tadori.ingest.recordstore import RecordStore

__all__ = ["make_record_store"]

KINDS = ("purpose_outside_use", "external_provision", "online_connection")
BASES = ("law", "consent", "reasonable_grounds", "council", "vital_interest", "unknown")
ITEMS = ("住所", "氏名", "生年月日", "世帯情報", "課税状況", "国民健康保険加入状況", "電話番号")


def _municipality_flows(rng: random.Random, municipality: int, flows_per_city: int, businesses: int) -> list[Flow]:
    names = [f"業務{b:04d}" for b in range(businesses)]
    departments = [f"課{b % 40:02d}" for b in range(businesses)]
    flows = []
    for n in range(flows_per_city):
        if n < 5:  # the DV flag leaves the resident register for a handful of businesses
            source, target, items = 0, n + 1, ["DV情報等"]
        elif n == 5:  # and one of them passes it on
            source, target, items = 1, 6, ["DV情報等", "住所"]
        else:
            source, target = rng.randrange(businesses), rng.randrange(businesses)
            items = rng.sample(ITEMS, rng.randrange(0, 3))
        year = rng.randrange(2005, 2024)
        flows.append(Flow(
            id=f"f{n + 1}",
            source_department=departments[source], source_business="住民基本台帳業務" if source == 0 else names[source],
            recipient_department=departments[target], recipient_business=names[target],
            kind=rng.choice(KINDS), basis=rng.choice(BASES), start_date=f"{year}-{rng.randrange(1, 13):02d}-01",
            items=items, line=n + 2, quote=f"{municipality}:{n}",
        ))
    return flows


def make_record_store(path: Path, *, municipalities: int, flows_per_city: int, businesses: int = 400,
                      seed: int = 7) -> RecordStore:
    """Write a store of ``municipalities × flows_per_city`` flows (one document per municipality)."""
    rng = random.Random(seed)
    store = RecordStore(path)
    batch = []
    for m in range(municipalities):
        name = f"架空市{m:04d}"
        sha = hashlib.sha256(f"{seed}:{m}".encode()).hexdigest()
        document = Document(path=f"{name}.csv", sha256=sha, municipality=name, genre="template")
        batch.append(Extraction(document=document, flows=_municipality_flows(rng, m, flows_per_city, businesses)))
        if len(batch) == 100:
            store.add_many(batch)
            batch = []
    if batch:
        store.add_many(batch)
    return store
