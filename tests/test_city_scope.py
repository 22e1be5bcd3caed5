"""A command about one municipality builds that city's graph only, and answers exactly as the country's."""

from __future__ import annotations

import pytest

from tadori.graph.networkx_store import NetworkXStore
from tadori.ingest.records import Document, Extraction, Flow
from tadori.ingest.recordstore import RecordStore
from tadori.ingest.synthetic import write_record_store
from tadori.queries.dv_gap import dv_gap
from tadori.queries.exposure import exposure
from tadori.queries.paths import paths
from tadori.queries.trace import trace
from tadori.wiring import city_scope

CITY = "架空市0002"


@pytest.fixture(scope="module")
def country(tmp_path_factory) -> RecordStore:
    records = write_record_store(tmp_path_factory.mktemp("synth") / "s.db", municipalities=5, flows_per_city=300,
                                 businesses=80, seed=11)
    # A template document whose rows name two cities: each row belongs to the city it names.
    rows = [Flow(id="f1", source_business="住民基本台帳業務", recipient_business="児童手当業務", items=["DV情報等"],
                 line=2, municipality=CITY),
            Flow(id="f2", source_business="住民基本台帳業務", recipient_business="就学事務", items=["住所"], line=3,
                 municipality="架空市0004")]
    records.add(Extraction(document=Document(path="mixed.csv", sha256="9" * 64, municipality=None, genre="template"),
                           flows=rows))
    return records


def _hops(result) -> list:
    return sorted((h.depth, h.status, h.flow_id, h.kind, h.basis, tuple(h.items)) for h in result.hops)


def test_one_city_graph_holds_exactly_that_city(country):
    whole = NetworkXStore.from_records(country)
    city = NetworkXStore.from_records(country, CITY)
    assert sorted(f.id for f in city.flows()) == sorted(f.id for f in whole.flows(CITY))
    assert {f.municipality for f in city.flows()} == {CITY}
    assert sorted(c.id for c in city.cases()) == sorted(c.id for c in whole.cases(CITY))
    assert any(f.provenance[0]["document"] == "mixed.csv" for f in city.flows())


def test_one_city_graph_answers_as_the_whole_country(country):
    whole = NetworkXStore.from_records(country)
    city = NetworkXStore.from_records(country, CITY)
    for store_answer in (lambda s: trace(s, "DV情報等", municipality=CITY, mode="both"),
                         lambda s: trace(s, "住民基本台帳業務", municipality=CITY, mode="both"),
                         lambda s: trace(s, "児童手当業務", municipality=CITY, direction="upstream", mode="both")):
        assert _hops(store_answer(city)) == _hops(store_answer(whole))
        assert store_answer(city).hops
    assert exposure(city, "住民基本台帳業務", municipality=CITY).to_json() == \
        exposure(whole, "住民基本台帳業務", municipality=CITY).to_json()
    assert dv_gap(city, municipality=CITY).to_json() == dv_gap(whole, municipality=CITY).to_json()
    assert paths(city, "住民基本台帳業務", "国民健康保険業務", municipality=CITY, max_depth=2).to_json() == \
        paths(whole, "住民基本台帳業務", "国民健康保険業務", municipality=CITY, max_depth=2).to_json()


def test_a_city_is_named_exactly_or_by_its_only_prefix(country):
    assert city_scope(country, CITY) == CITY
    assert city_scope(country, "架空市0002") == CITY
    assert city_scope(country, "架空市") is None  # five cities start so: the whole graph answers
    assert city_scope(country, "どこにもない市") is None
