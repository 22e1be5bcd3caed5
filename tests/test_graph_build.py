"""Records → graph: stable ids, merged statements, a MultiDiGraph keyed by flow id."""

from __future__ import annotations

from tadori.graph.build import build_graph_data
from tadori.graph.model import BUSINESS, EXTERNAL_PARTY, business_id, item_key
from tadori.graph.networkx_store import NetworkXStore
from tadori.ingest.records import CouncilCase, Document, Extraction, Flow, Registration
from tadori.ingest.recordstore import RecordStore


def store_of(tmp_path, *extractions: Extraction) -> RecordStore:
    records = RecordStore(tmp_path / "t.db")
    records.add_many(list(extractions))
    return records


def document(sha: str) -> Document:
    return Document(path=f"{sha[:3]}.txt", sha256=sha * 64, municipality="架空市", text="")


def test_the_same_flow_stated_in_two_documents_is_one_edge_with_both_lines(tmp_path):
    first = Flow(id="f1", source_department="住民課", source_business="住民記録業務", recipient_business="給付業務",
                 start_date="2020-04-01", items=["住所"], line=5)
    second = Flow(id="f9", source_business="住民記録 業務", recipient_department="福祉課",
                  recipient_business="給付業務", start_date="2020-04-01", basis="consent",
                  items=["住所", "氏名"], line=40)
    data = build_graph_data(store_of(tmp_path, Extraction(document("a"), flows=[first]),
                                     Extraction(document("b"), flows=[second])))
    (edge,) = data.flows.values()
    assert edge.items == ["住所", "氏名"] and edge.basis == "consent"
    assert [p["line"] for p in edge.provenance] == [5, 40]
    assert data.nodes[business_id("架空市", "給付業務")].department == "福祉課"


def test_ids_do_not_depend_on_the_order_of_ingest(tmp_path):
    flows = [Flow(id="f1", source_business="甲業務", recipient_business="乙業務"),
             Flow(id="f2", source_business="乙業務", recipient_external="委託事業者", recipient_business="乙業務",
                  kind="online_connection")]
    one = build_graph_data(store_of(tmp_path / "1", Extraction(document("a"), flows=flows)))
    other = build_graph_data(store_of(tmp_path / "2", Extraction(document("a"), flows=flows[::-1])))
    assert set(one.flows) == set(other.flows) and set(one.nodes) == set(other.nodes)


def test_outside_parties_departments_and_items_become_their_own_nodes(tmp_path):
    flows = [Flow(id="f1", source_department="健康課", recipient_external="クラウドサーバ", kind="online_connection",
                  items=["健診結果"])]
    registrations = [Registration(department="健康課", business="健診業務", action="abolish", date="2021-03-31")]
    cases = [CouncilCase(id="c1", title="クラウド化", decision="approved", flow_ids=["f1"], date="2020-10-23")]
    records = store_of(tmp_path, Extraction(document("a"), flows=flows, registrations=registrations,
                                            council_cases=cases))
    store = NetworkXStore.from_records(records)
    (edge,) = store.flows()
    assert store.node(edge.target).label == EXTERNAL_PARTY
    assert store.node(edge.source).label == BUSINESS and store.node(edge.source).name == "健康課"
    assert store.node(business_id("架空市", "健診業務")).abolished == "2021-03-31"
    assert store.holders(item_key("健診結果")) == [edge.source]
    (case,) = store.cases()
    assert case.flow_ids == [edge.id] and edge.council_cases == [case.id]
    attributes = store.graph.get_edge_data(edge.source, edge.target)[edge.id]
    assert attributes["type"] == "FLOWS_TO" and attributes["items"] == ["健診結果"]


def test_the_sample_builds_a_graph_whose_flow_edges_are_keyed_by_flow_id(sample_store):
    keys = [key for _, _, key, kind in sample_store.graph.edges(keys=True, data="type") if kind == "FLOWS_TO"]
    assert sorted(keys) == sorted(f.id for f in sample_store.flows())
    assert sample_store.counts()["FLOWS_TO"] == len(keys) > 30
