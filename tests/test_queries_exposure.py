"""Exposure on the bundled sample: direct and transitive reach, fiscal years, weakest basis, Sankey."""

from __future__ import annotations

import json

import pytest

from tadori.errors import NotFound
from tadori.queries.exposure import exposure
from tadori.queries.vocabulary import basis_order, fiscal_year

KAWAGUCHI = "川口市"


@pytest.fixture(scope="module")
def juki(sample_store):
    return exposure(sample_store, "住民基本台帳業務", municipality=KAWAGUCHI)


def test_the_direct_reach_of_juki_is_eight_businesses_in_five_departments(juki):
    assert juki.direct.counts() == {"businesses": 8, "departments": 5, "external_parties": 0, "contractors": 0}
    assert "り災証明書等発行業務" not in juki.direct.businesses


def test_the_transitive_reach_of_juki_adds_the_second_hop_and_the_welfare_council(juki):
    assert juki.transitive.counts() == {"businesses": 9, "departments": 6, "external_parties": 1, "contractors": 0}
    assert "り災証明書等発行業務" in juki.transitive.businesses
    assert juki.transitive.external_parties == ["川口市社会福祉協議会"]
    assert "住民基本台帳業務" not in juki.transitive.businesses  # the start is not its own recipient


def test_the_cumulative_exposure_of_juki_in_kawaguchi_by_fiscal_year(juki):
    assert juki.by_fiscal_year == [
        {"fiscal_year": 2013, "businesses": 9, "departments": 6, "external_parties": 1, "contractors": 0,
         "flows": 11, "undated": 1},
    ]


def test_an_as_of_in_the_middle_of_the_year_counts_fewer_and_rows_stop_at_its_year(sample_store):
    result = exposure(sample_store, "住民基本台帳業務", municipality=KAWAGUCHI, as_of="2013-12-31")
    assert result.transitive.counts()["businesses"] == 4  # 空き家, 自立支援医療, 被災者支援, り災証明
    assert [r["fiscal_year"] for r in result.by_fiscal_year] == [2013]
    assert result.by_fiscal_year[0]["businesses"] == 4


def test_the_cumulative_rows_grow_across_years_on_a_city():
    from tadori.queries.testing import tiny_store

    rows = exposure(tiny_store(), "川口市").by_fiscal_year
    assert [r["fiscal_year"] for r in rows] == [2013]
    assert rows[0]["flows"] == 4


def test_flows_are_split_by_kind_and_by_basis_weakest_first(juki):
    assert juki.by_kind == {"purpose_outside_use": 9, "external_provision": 2}
    assert juki.by_basis == {"unknown": 6, "reasonable_grounds": 2, "consent": 2, "law": 1}
    assert list(juki.by_basis) == sorted(juki.by_basis, key=basis_order().index)


def test_the_weakest_hops_are_those_on_an_unknown_basis(juki):
    assert juki.weakest_basis == "unknown"
    assert sorted(h.recipient["name"] for h in juki.weakest_hops) == [
        "介護保険料賦課徴収業務", "介護保険資格管理業務", "川口市災害時要援護者登録制度", "川口市社会福祉協議会",
        "料金収納システム業務", "生活機能評価関係業務"]


def test_the_basis_order_is_read_from_the_data_file():
    assert basis_order() == ["unknown", "reasonable_grounds", "council", "consent", "vital_interest", "law"]


def test_the_sankey_links_departments_to_departments_and_outside_parties(juki):
    links = {(link["source"], link["target"]): link["count"] for link in juki.sankey}
    assert links[("市民課", "介護保険課")] == 4
    assert links[("長寿支援課", "川口市社会福祉協議会")] == 1
    assert sum(links.values()) == len(juki.hops)


def test_the_sensitivity_of_items_reached_is_reported(juki):
    assert juki.sensitivity == {"dv": ["DV情報等"]}


def test_a_whole_city_counts_every_flow_of_it(sample_store):
    result = exposure(sample_store, "久留米市")
    assert result.target_kind == "municipality"
    assert len(result.hops) == len(sample_store.flows("久留米市"))
    # 児童手当支給業務 and the one of 人事厚生課 are two rows of the report: two flows, as its 6 says
    assert result.by_basis == {"council": 3, "vital_interest": 6}


def test_an_item_target_counts_its_recipients(sample_store):
    result = exposure(sample_store, "DV情報")
    assert result.target_kind == "item"
    assert result.matched_items == ["DV情報等"]
    assert result.transitive.counts()["businesses"] == 5


def test_outside_parties_and_contractors_are_counted_apart():
    from tadori.graph.build import GraphData
    from tadori.graph.model import FlowEdge, external_id, flow_id
    from tadori.graph.networkx_store import NetworkXStore

    data = GraphData()
    source = data.business("市", "課", "人事給与業務")
    edges = []
    for party in ("委託事業者", "金融機関"):
        target = data.node(external_id("市", party), "ExternalParty", party, "市").id
        edges.append(FlowEdge(id=flow_id("市", source, target, "online_connection", None), source=source,
                              target=target, kind="online_connection", basis="council", basis_text=None,
                              start_date=None, end_date=None, items=[], reason=None, municipality="市",
                              source_department="課", source_business="人事給与業務", recipient_department=None,
                              recipient_business=None, recipient_external=party))
    data.flows.update({e.id: e for e in edges})
    result = exposure(NetworkXStore(data), "人事給与業務")
    assert result.transitive.contractors == ["委託事業者"]
    assert result.transitive.external_parties == ["金融機関"]
    assert result.by_fiscal_year == []  # nothing dated


def test_fiscal_years_run_from_april_to_march():
    assert fiscal_year("2014-01-14") == 2013
    assert fiscal_year("2014-03-31") == 2013
    assert fiscal_year("2014-04-01") == 2014


def test_an_unknown_target_raises_not_found(sample_store):
    with pytest.raises(NotFound):
        exposure(sample_store, "存在しない業務")


def test_the_json_answer_is_plain_data(juki):
    data = json.loads(json.dumps(juki.to_json(), ensure_ascii=False))
    assert data["transitive"]["counts"]["businesses"] == 9
    assert data["by_fiscal_year"][0]["fiscal_year"] == 2013


def test_the_cumulative_rows_grow_year_by_year_and_drop_an_abolished_business():
    from tadori.queries.testing import store_from_flows

    store = store_from_flows([
        {"source": "住民基本台帳業務", "target": "A業務", "department": "A課", "start_date": "2012-05-01"},
        {"source": "A業務", "target": "B業務", "department": "B課", "start_date": "2014-02-01"},
        {"source": "住民基本台帳業務", "target": "C業務", "department": "C課", "start_date": "2015-04-01"},
        {"source": "住民基本台帳業務", "target": "委託事業者", "external": True},
    ], abolished={"B業務": "2015-06-01"})
    rows = exposure(store, "住民基本台帳業務").by_fiscal_year
    assert [(r["fiscal_year"], r["businesses"], r["contractors"], r["flows"]) for r in rows] == [
        (2012, 1, 1, 2), (2013, 2, 1, 3), (2014, 2, 1, 3), (2015, 2, 1, 3)]
    assert [r["departments"] for r in rows] == [1, 2, 2, 2]
