"""An outside supplier of data (``source_external``): in the record, the record store, --json and the graph."""

from __future__ import annotations

import sqlite3

from tadori.graph.build import build_graph_data
from tadori.ingest.records import Document, Extraction, Flow
from tadori.ingest.recordstore import RecordStore

SUPPLIED = Flow(id="f1", source_external="北浜税務署", recipient_business="住民税賦課事務",
                kind="collection_from_others", items=["申告情報"], line=3)


def _extraction(sha: str = "cd") -> Extraction:
    # one document per sha: the same name with other bytes would be a new version of one document
    return Extraction(document=Document(path=f"notice-{sha}.txt", sha256=sha * 32, municipality="東浜市"),
                      flows=[SUPPLIED])


def test_the_supplier_is_part_of_the_json_of_a_flow():
    assert _extraction().to_json()["flows"][0]["source_external"] == "北浜税務署"


def test_the_record_store_keeps_the_supplier(tmp_path):
    store = RecordStore(tmp_path / "t.db")
    store.add(_extraction())
    ((flow, _),) = store.flows()
    assert (flow.source_external, flow.recipient_business) == ("北浜税務署", "住民税賦課事務")


def test_a_store_written_before_the_column_existed_opens_and_gains_it(tmp_path):
    path = tmp_path / "old.db"
    RecordStore(path).add(_extraction("ab"))
    with sqlite3.connect(path) as db:  # the store as an older Tadori wrote it
        db.execute("ALTER TABLE flows DROP COLUMN source_external")
    store = RecordStore(path)
    ((old, _),) = store.flows()
    assert old.source_external is None and old.recipient_business == "住民税賦課事務"
    store.add(_extraction("cd"))
    assert sorted(str(flow.source_external) for flow, _ in store.flows()) == ["None", "北浜税務署"]
    RecordStore(path).flows()  # opening again adds nothing twice


def test_the_supplier_is_a_node_of_the_graph(tmp_path):
    store = RecordStore(tmp_path / "g.db")
    store.add(_extraction())
    data = build_graph_data(store)
    (edge,) = data.flows.values()
    assert data.nodes[edge.source].name == "北浜税務署"
    assert data.nodes[edge.target].name == "住民税賦課事務"
