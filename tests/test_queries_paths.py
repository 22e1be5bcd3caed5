"""Simple paths between businesses or departments."""

from __future__ import annotations

import pytest

from tadori.errors import NotFound
from tadori.queries.paths import paths
from tadori.queries.testing import store_from_flows


def test_juki_reaches_the_disaster_certificate_business_through_the_support_system(sample_store):
    result = paths(sample_store, "住民基本台帳業務", "り災証明書等発行業務", municipality="川口市")
    assert [p.to_json()["nodes"] for p in result.paths] == [
        ["住民基本台帳業務", "被災者支援システム運用業務", "り災証明書等発行業務"]]
    assert result.paths[0].bases == ["reasonable_grounds", "reasonable_grounds"]
    assert [h.provenance["line"] for h in result.paths[0].hops] == [9, 12]


def test_department_to_department_paths_start_from_any_business_of_the_first(sample_store):
    result = paths(sample_store, "固定資産税課", "福祉総務課")
    assert [p.to_json()["nodes"] for p in result.paths] == [
        ["固定資産税・都市計画税賦課業務", "被災者支援システム運用業務", "り災証明書等発行業務"]]


def test_every_simple_path_is_found_shortest_first_and_none_repeats_a_node():
    store = store_from_flows([
        {"source": "A", "target": "B", "basis": "law"},
        {"source": "B", "target": "D", "basis": "consent"},
        {"source": "A", "target": "C", "basis": "unknown"},
        {"source": "C", "target": "B", "basis": "council"},
        {"source": "B", "target": "A"},
        {"source": "A", "target": "D", "basis": "reasonable_grounds"},
    ])
    result = paths(store, "A", "D")
    assert [p.to_json()["nodes"] for p in result.paths] == [["A", "D"], ["A", "B", "D"], ["A", "C", "B", "D"]]
    assert result.paths[2].bases == ["unknown", "council", "consent"]
    assert result.paths[2].weakest_basis == "unknown"
    assert [p.to_json()["nodes"] for p in paths(store, "A", "D", max_depth=2).paths] == [["A", "D"], ["A", "B", "D"]]


def test_as_of_leaves_out_flows_not_yet_started():
    store = store_from_flows([
        {"source": "A", "target": "B", "start_date": "2020-04-01"},
        {"source": "B", "target": "C", "start_date": "2022-04-01"},
    ])
    assert paths(store, "A", "C", as_of="2021-01-01").paths == []
    assert len(paths(store, "A", "C", as_of="2022-04-01").paths) == 1


def test_the_search_stops_at_the_limit_and_says_so():
    rows = [{"source": "S", "target": f"M{i}"} for i in range(5)] + [{"source": f"M{i}", "target": "T"}
                                                                    for i in range(5)]
    result = paths(store_from_flows(rows), "S", "T", limit=3)
    assert len(result.paths) == 3 and result.truncated


def test_an_unknown_business_raises_not_found_with_suggestions(sample_store):
    with pytest.raises(NotFound) as raised:
        paths(sample_store, "住民基本台帳", "防災課")
    assert raised.value.suggestions
