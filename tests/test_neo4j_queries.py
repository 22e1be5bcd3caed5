"""Every query family answers the same on a real Neo4j server as on networkx, hop for hop.

Each dataset (the bundled sample, the three seed documents as parsed) is ingested once,
synced into the session's local Neo4j server (tests/neo4j_server.py) and built in process;
the same question then goes to ``queries/`` over both stores and the whole answers (every
hop with its depth, status, source line and flags, in order) must be equal, or both must
refuse the question with the same error.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from shared_data import require_shared

from tadori.errors import TadoriError
from tadori.graph.build import build_graph_data
from tadori.graph.networkx_store import NetworkXStore
from tadori.ingest.loader import ingest_files
from tadori.ingest.recordstore import RecordStore
from tadori.queries.citation import citations
from tadori.queries.council import approving_cases, cases
from tadori.queries.dv_gap import dv_gap
from tadori.queries.exposure import exposure
from tadori.queries.paths import paths
from tadori.queries.reconcile import reconcile
from tadori.queries.search import search
from tadori.queries.trace import trace

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SAMPLE_FILES = [EXAMPLES / "sample-flows.csv", EXAMPLES / "sample-registrations.csv"]

KAWAGUCHI = "川口市"
Question = Callable[[Any], Any]

QUESTIONS: dict[str, Question] = {
    "trace DV情報等": lambda s: trace(s, "DV情報等"),
    "trace DV情報等 possible": lambda s: trace(s, "DV情報等", mode="possible"),
    "trace DV情報等 both, 川口市": lambda s: trace(s, "DV情報等", mode="both", municipality=KAWAGUCHI),
    "trace DV情報等 as of 2014-01-10": lambda s: trace(s, "DV情報等", as_of="2014-01-10"),
    "trace 住民基本台帳業務": lambda s: trace(s, "住民基本台帳業務", mode="both"),
    "trace 住民基本台帳業務 depth 1": lambda s: trace(s, "住民基本台帳業務", max_depth=1, mode="both"),
    "trace 住民基本台帳業務 item 住所": lambda s: trace(s, "住民基本台帳業務", item="住所", mode="both"),
    "trace 住民基本台帳業務 external only": lambda s: trace(s, "住民基本台帳業務", kinds=["external_provision"]),
    "trace 市民課": lambda s: trace(s, "市民課", mode="both"),
    "trace upstream 被災者支援システム運用業務": lambda s: trace(s, "被災者支援システム運用業務", direction="upstream",
                                                        mode="both"),
    "trace upstream 社会福祉協議会": lambda s: trace(s, "川口市社会福祉協議会", direction="upstream", mode="both"),
    "trace unknown": lambda s: trace(s, "存在しない業務"),
    "exposure 住民基本台帳業務": lambda s: exposure(s, "住民基本台帳業務"),
    "exposure 住民基本台帳業務 川口市": lambda s: exposure(s, "住民基本台帳業務", municipality=KAWAGUCHI),
    "exposure 住民基本台帳業務 as of": lambda s: exposure(s, "住民基本台帳業務", as_of="2013-12-31"),
    "exposure 川口市": lambda s: exposure(s, KAWAGUCHI),
    "exposure 久留米市": lambda s: exposure(s, "久留米市"),
    "exposure DV情報等 both": lambda s: exposure(s, "DV情報等", mode="both"),
    "dv gap": lambda s: dv_gap(s),
    "dv gap 川口市": lambda s: dv_gap(s, municipality=KAWAGUCHI),
    "paths 住民基本台帳業務 → 社会福祉協議会": lambda s: paths(s, "住民基本台帳業務", "川口市社会福祉協議会"),
    "paths 住民基本台帳業務 → 介護保険資格管理業務": lambda s: paths(s, "住民基本台帳業務", "介護保険資格管理業務"),
    "paths 市民課 → 介護保険課 depth 2": lambda s: paths(s, "市民課", "介護保険課", max_depth=2),
    "search 介護": lambda s: search(s, "介護"),
    "search 住民 (typo tolerant)": lambda s: search(s, "住民基本台帖"),
    "search 人事給与": lambda s: search(s, "人事給与", limit=5),
    "search council cases": lambda s: search(s, "口座振替", types=["CouncilCase"]),
    "council cases": lambda s: cases(s),
    "council cases 10-1-2": lambda s: cases(s, article="10-1-2"),
    "council approvals of every flow": lambda s: [approving_cases(s, f.id) for f in s.flows()],
    "citations": lambda s: citations(s),
    "reconcile": lambda s: reconcile(s),
}


def answer(value: Any) -> Any:
    """A query's answer as plain data (what the CLI prints with --json)."""
    if hasattr(value, "to_json"):
        return value.to_json()
    if isinstance(value, list):
        return [answer(v) for v in value]
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)
    return value


def ask(store: Any, question: Question) -> Any:
    try:
        return answer(question(store))
    except TadoriError as refused:  # a refused question must be refused alike
        return ("refused", type(refused).__name__, str(refused))


def sample_records(folder) -> RecordStore:
    records = RecordStore(folder / "tadori.db")
    ingest_files(records, SAMPLE_FILES)
    return records


def seed_records(folder) -> RecordStore:
    records = RecordStore(folder / "tadori.db")
    ingest_files(records, sorted((require_shared() / "seeds").glob("*.txt")))
    return records


@pytest.fixture(scope="module", params=["sample", "seeds"])
def stores(request, neo4j_server, tmp_path_factory) -> Iterator[tuple[NetworkXStore, Any]]:
    from tadori.graph.neo4j_store import Neo4jStore

    load = sample_records if request.param == "sample" else seed_records
    records = load(tmp_path_factory.mktemp(f"neo4j-queries-{request.param}"))
    with Neo4jStore.from_settings(records, uri=neo4j_server.uri, password="", database="neo4j") as server_store:
        server_store.sync(build_graph_data(records), [d.to_dict() for d in records.documents()])
        yield NetworkXStore.from_records(records), server_store


@pytest.mark.parametrize("question", QUESTIONS.values(), ids=QUESTIONS.keys())
def test_the_answer_on_neo4j_is_the_answer_on_networkx(stores, question):
    networkx_store, neo4j_store = stores
    assert ask(neo4j_store, question) == ask(networkx_store, question)


def test_the_questions_are_not_trivially_empty(stores):
    """Equal answers prove little if they are all empty: the main families find something here."""
    networkx_store, _ = stores
    assert trace(networkx_store, "DV情報等").hops
    assert exposure(networkx_store, "住民基本台帳業務").hops
    assert search(networkx_store, "介護")
    assert dv_gap(networkx_store).holders
