"""The compact graph index: built city by city, it reads exactly as the country's whole build, in order.

The store here interleaves the cities' documents (a city's second report comes after another city's first),
restates flows across documents, spells one item two ways in two cities, and has registrations, 個人情報
ファイル簿 entries and council cases: every way the order of a city-by-city build could drift from the whole one.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tadori.errors import StoreError
from tadori.graph.build import build_graph_data
from tadori.graph.compact_index import _needs_whole_build, _rank_documents, build_index, index_is_current, index_path
from tadori.graph.compact_store import CompactStore
from tadori.graph.model import BUSINESS, DATA_ITEM, DEPARTMENT, item_key
from tadori.ingest.records import CouncilCase, Document, Extraction, File, Flow, Registration
from tadori.ingest.recordstore import RecordStore
from tadori.ingest.reviews import Review, ReviewStore
from tadori.ingest.synthetic import city_extractions, write_record_store
from tadori.queries.dv_gap import dv_gap
from tadori.queries.exposure import exposure
from tadori.queries.search import search
from tadori.queries.trace import trace


def _second_reports(seed: int) -> list[Extraction]:
    """Each city's second report (another seed, another document name): restated and new flows."""
    extractions = list(city_extractions(municipalities=3, flows_per_city=60, businesses=50, seed=seed))
    return [replace(e, document=replace(e.document, path=f"second-{e.document.path}")) for e in extractions]


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> RecordStore:
    records = write_record_store(tmp_path_factory.mktemp("compact") / "s.db", municipalities=3, flows_per_city=60,
                                 businesses=50, seed=3)
    second = _second_reports(4)
    # The second city's report spells a new item one way; the first city's later report the other way.
    second[1].flows.append(Flow(id="x1", source_business="戸籍業務", recipient_business="就学事務", items=["特別項目"],
                                line=99, quote="戸籍業務 → 就学事務"))
    second[0].flows.append(Flow(id="x1", source_business="戸籍業務", recipient_business="就学事務",
                                items=["特別項目等"], line=99, quote="戸籍業務 → 就学事務"))
    second[2].registrations.append(Registration(department="市民課", business="新規業務", items_added=["DV情報"],
                                                line=5, quote="新規業務"))
    files = Extraction(document=Document(path="files.txt", sha256="f" * 64, municipality="架空市0001",
                                         genre="file_register"),
                       files=[File(name="住民票ファイル", organisation="市民課", items=["住所", "氏名"], line=3)])
    for extraction in (second[1], files, second[0], second[2]):
        records.add(extraction)
    return records


@pytest.fixture(scope="module")
def oracle(records):
    return build_graph_data(records)


@pytest.fixture(scope="module")
def store(records) -> CompactStore:
    return CompactStore(build_index(records, whole=False), records)


def test_built_city_by_city_every_list_reads_in_the_whole_builds_order(store, oracle):
    _reads_as(store, oracle)


def _reads_as(store: CompactStore, oracle) -> None:
    """Every list of the index in the whole build's order, every record equal, adjacency the same."""
    assert [n.id for n in store.nodes()] == list(oracle.nodes)
    assert all(store.node(n.id) == n for n in oracle.nodes.values())
    assert [f.id for f in store.flows()] == list(oracle.flows)
    assert all(store.flow(f.id).to_dict() == f.to_dict() for f in oracle.flows.values())
    assert [c.to_dict() for c in store.cases()] == [c.to_dict() for c in oracle.cases.values()]
    assert store.names() == [(n.name, n.label, n.id) for n in oracle.nodes.values()] + [
        (c.title, "CouncilCase", c.id) for c in oracle.cases.values()]
    for city in ("架空市0000", "架空市0002"):
        assert [f.id for f in store.flows(city)] == [f.id for f in oracle.flows.values() if f.municipality == city]
        assert [n.id for n in store.nodes(DEPARTMENT, city)] == [
            n.id for n in oracle.nodes.values() if n.label == DEPARTMENT and n.municipality == city]
    assert [n.to_dict() for n in store.nodes()] == [n.to_dict() for n in oracle.nodes.values()]
    _same_adjacency(store, oracle)


def _mixed_copy(records: RecordStore, path) -> RecordStore:
    """A copy with what ties cities together: a template of one city holding rows of two others, a
    template of no city whose rows name cities, a registration naming another city, flows people added."""
    copy = RecordStore(path)
    records.backup(copy.path)
    copy.add(Extraction(document=Document(path="mixed.csv", sha256="d" * 64, municipality="架空市0000",
                                          text="\n".join(f"行{n}" for n in range(9))),
                        flows=[Flow(id="t1", source_business="戸籍業務", recipient_business="就学事務", line=2,
                                    items=["特別項目"], municipality="架空市0002"),
                               Flow(id="t2", source_business="戸籍業務", recipient_business="保育事務", line=3),
                               Flow(id="t3", source_business="住民基本台帳業務", recipient_business="就学事務",
                                    line=4, items=["DV情報等"], municipality="架空市0001")],
                        registrations=[Registration(department="市民課", business="別市の業務", line=5,
                                                    municipality="架空市0001", items_added=["氏名"])]))
    copy.add(Extraction(document=Document(path="country.csv", sha256="b" * 64, municipality=None),
                        flows=[Flow(id="c1", source_business="税務業務", recipient_business="就学事務", line=2,
                                    municipality="架空市0001")]))
    ReviewStore(copy).add([
        Review(document_name="mixed.csv", record_type="flow", record_id="", action="add", reviewer="監査担当",
               line=6, fields={"source_business": "戸籍業務", "recipient_business": "追加業務", "items": ["氏名"]}),
        Review(document_name=next(d.name for d in copy.documents() if d.municipality == "架空市0002"),
               record_type="flow", record_id="", action="add", reviewer="監査担当", line=1,
               fields={"source_business": "住民基本台帳業務", "recipient_external": "警察署"}),
    ])
    return copy


def test_rows_naming_other_cities_and_added_records_are_built_city_by_city(records, tmp_path):
    assert not _needs_whole_build(records)
    copy = _mixed_copy(records, tmp_path / "mixed.db")
    assert not _needs_whole_build(copy)
    parts: list[str] = []
    built = CompactStore(build_index(copy, tmp_path / "mixed.index", on_part=lambda: parts.append("city")), copy)
    assert len(parts) == 3  # every city, each apart
    _reads_as(built, build_graph_data(copy))


def test_what_only_a_whole_build_orders_is_built_whole(records, tmp_path):
    nowhere = RecordStore(tmp_path / "nowhere.db")
    records.backup(nowhere.path)
    nowhere.add(Extraction(document=Document(path="n.csv", sha256="d" * 64, municipality=None),
                           flows=[Flow(id="n1", source_business="戸籍業務", recipient_business="就学事務", line=2)]))
    assert _needs_whole_build(nowhere)  # a row of no city
    cased = RecordStore(tmp_path / "cased.db")
    records.backup(cased.path)
    cased.add(Extraction(document=Document(path="c.csv", sha256="c" * 64, municipality="架空市0000"),
                         flows=[Flow(id="c1", source_business="戸籍業務", recipient_business="就学事務", line=2,
                                     municipality="架空市0001")],
                         council_cases=[CouncilCase(id="k1", title="諮問", flow_ids=["c1"], line=1)]))
    assert _needs_whole_build(cased)  # a case approving flows of another city
    assert CompactStore(build_index(cased, tmp_path / "cased.index"), cased).cases()[-1].flow_ids


def test_the_item_spelled_first_in_the_country_names_the_item(store, oracle):
    assert store.node("item:特別項目").name == oracle.nodes["item:特別項目"].name == "特別項目"


def test_adjacency_holders_and_operators_match(store, oracle):
    _same_adjacency(store, oracle)


def _same_adjacency(store: CompactStore, oracle) -> None:
    for node_id in list(oracle.nodes)[:200]:
        assert [f.id for f in store.out_flows(node_id)] == [f.id for f in oracle.flows.values() if f.source == node_id]
        assert [f.id for f in store.in_flows(node_id)] == [f.id for f in oracle.flows.values() if f.target == node_id]
    for node in oracle.nodes.values():
        if node.label == DATA_ITEM:
            key = item_key(node.name)
            assert [f.id for f in store.flows_with_item(key)] == [
                f.id for f in oracle.flows.values() if key in f.item_keys]
            assert store.holders(key) == sorted(b for b, i in oracle.records if i == f"item:{key}")
        if node.label == DEPARTMENT:
            assert store.businesses_of(node.id) == sorted(b for d, b in oracle.operates if d == node.id)
    assert store.municipality_names() == sorted({n.municipality for n in oracle.nodes.values()
                                                 if n.label == BUSINESS and n.municipality})
    counts = store.counts()
    assert counts["FLOWS_TO"] == len(oracle.flows) and counts["CouncilCase"] == len(oracle.cases)


def test_answers_are_those_of_the_networkx_store(store, records):
    from tadori.graph.networkx_store import NetworkXStore

    whole = NetworkXStore.from_records(records)
    for ask in (lambda s: trace(s, "DV情報等").to_json(), lambda s: trace(s, "住民基本台帳業務", mode="both").to_json(),
                lambda s: exposure(s, "住民基本台帳業務", municipality="架空市0001").to_json(),
                lambda s: dv_gap(s).to_json(), lambda s: [h.to_json() for h in search(s, "住民基本")]):
        assert ask(store) == ask(whole)


def test_the_index_follows_the_store_version(records, tmp_path):
    copy = RecordStore(tmp_path / "copy.db")
    records.backup(copy.path)
    path = build_index(copy)
    assert path == index_path(copy) and index_is_current(copy)
    copy.add(Extraction(document=Document(path="late.csv", sha256="e" * 64, municipality="架空市0000"),
                        flows=[Flow(id="l1", source_business="戸籍業務", recipient_business="就学事務", line=2)]))
    assert not index_is_current(copy)
    reopened = CompactStore.open(copy)  # rebuilt: the new flow is there
    assert index_is_current(copy)
    assert any(p["document"] == "late.csv" for f in reopened.flows("架空市0000") for p in f.provenance)


def test_cities_built_on_two_processes_give_the_same_index(records, store, tmp_path):
    spread = CompactStore(build_index(records, tmp_path / "two.index", whole=False, workers=2), records)
    assert [n.to_dict() for n in spread.nodes()] == [n.to_dict() for n in store.nodes()]
    assert [f.to_dict() for f in spread.flows()] == [f.to_dict() for f in store.flows()]
    assert spread.names() == store.names()


def test_a_server_thread_builds_the_cities_on_worker_processes_too(records, store, tmp_path):
    import threading

    built: list[CompactStore] = []
    thread = threading.Thread(target=lambda: built.append(
        CompactStore(build_index(records, tmp_path / "thread.index", whole=False, workers=2), records)))
    thread.start()
    thread.join(120)
    assert [f.to_dict() for f in built[0].flows()] == [f.to_dict() for f in store.flows()]


def test_a_damaged_index_is_built_again_and_a_stale_one_refused_when_asked(records, tmp_path):
    copy = RecordStore(tmp_path / "damaged.db")
    records.backup(copy.path)
    index_path(copy).write_bytes(b"not a database")
    assert not index_is_current(copy)
    with pytest.raises(StoreError, match="missing or older"):
        CompactStore.open(copy, rebuild=False)
    assert CompactStore.open(copy).counts()["FLOWS_TO"] == len(build_graph_data(copy).flows)


def _built_parts(copy: RecordStore) -> list[str]:
    """Bring the index of ``copy`` up to date; the parts (cities, or the country) that were built."""
    built: list[str] = []
    build_index(copy, on_part=lambda: built.append("part"))
    assert index_is_current(copy)
    return built


def test_after_a_change_only_the_cities_it_touched_are_built_again(records, tmp_path):
    copy = RecordStore(tmp_path / "changing.db")
    records.backup(copy.path)
    assert len(_built_parts(copy)) == 3  # a new index: every city
    assert _built_parts(copy) == []  # current: nothing to do

    # A new document of one city, with an item no city named before.
    copy.add(Extraction(document=Document(path="late.csv", sha256="e" * 64, municipality="架空市0002"),
                        flows=[Flow(id="l1", source_business="戸籍業務", recipient_business="就学事務",
                                    items=["新しい項目"], line=2)]))
    assert len(_built_parts(copy)) == 1
    _reads_as(CompactStore.open(copy), build_graph_data(copy))

    # A new version of a document: the older one leaves the graph.
    copy.add(Extraction(document=Document(path="late.csv", sha256="a" * 64, municipality="架空市0002"),
                        flows=[Flow(id="l1", source_business="戸籍業務", recipient_business="保育事務",
                                    items=["新しい項目"], line=3)]))
    assert len(_built_parts(copy)) == 1
    _reads_as(CompactStore.open(copy), build_graph_data(copy))

    # The document that named 特別項目 first is removed: the item is named by the next city that names it.
    copy.remove_document("second-架空市0001.csv")
    assert len(_built_parts(copy)) == 1
    oracle = build_graph_data(copy)
    assert CompactStore.open(copy).node("item:特別項目").name == oracle.nodes["item:特別項目"].name == "特別項目等"
    _reads_as(CompactStore.open(copy), oracle)

    # A person rejects a flow of one city.
    flow, document_id = copy.flows()[0]
    name = next(d.name for d in copy.documents() if d.id == document_id)
    ReviewStore(copy).add([Review(document_name=name, record_type="flow", record_id=flow.id, action="reject",
                                  reviewer="監査担当")])
    assert len(_built_parts(copy)) == 1
    _reads_as(CompactStore.open(copy), build_graph_data(copy))


def test_after_mixed_changes_only_the_cities_named_are_built_again(records, tmp_path):
    copy = RecordStore(tmp_path / "before.db")
    records.backup(copy.path)
    build_index(copy)
    mixed = _mixed_copy(copy, tmp_path / "after.db")  # the same store, changed: its index copied beside it
    index_path(mixed).write_bytes(index_path(copy).read_bytes())
    assert len(_built_parts(mixed)) == 3  # every city is named by a change
    _reads_as(CompactStore.open(mixed), build_graph_data(mixed))
    ReviewStore(mixed).add([Review(document_name="country.csv", record_type="flow", record_id="c1",
                                   action="correct", reviewer="監査担当", fields={"basis": "law"})])
    assert len(_built_parts(mixed)) == 1  # the city the corrected row names
    _reads_as(CompactStore.open(mixed), build_graph_data(mixed))
    mixed.add(Extraction(document=Document(path="t.csv", sha256="a" * 64, municipality="架空市0000"),
                         flows=[Flow(id="t1", source_business="戸籍業務", recipient_business="就学事務", line=2,
                                     municipality="架空市0001")],
                         council_cases=[CouncilCase(id="k1", title="諮問", flow_ids=["t1"], line=1)]))
    assert _built_parts(mixed) == ["part"]  # a case approving another city's flow: the whole country, in one part
    _reads_as(CompactStore.open(mixed), build_graph_data(mixed))


def test_documents_keep_their_ranks_and_new_ones_come_after():
    assert _rank_documents({"a": 0, "b": 1, "c": 2}, dict.fromkeys(["a", "c", "d"])) == {"a": 0, "c": 2, "d": 3}
    assert _rank_documents({}, dict.fromkeys(["a", "b"])) == {"a": 0, "b": 1}
    # A document that sorts before one the index holds: only a whole build orders it.
    assert _rank_documents({"b": 0}, dict.fromkeys(["a", "b"])) is None
