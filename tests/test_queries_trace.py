"""Trace on the bundled sample: items, businesses, departments, modes, dates, filters."""

from __future__ import annotations

import pytest

from tadori.errors import NotFound
from tadori.queries.trace import trace

KAWAGUCHI = "川口市"
DV_RECIPIENTS = ["介護保険料賦課徴収業務", "介護保険資格管理業務", "川口市災害時要援護者登録制度",
                 "料金収納システム業務", "生活機能評価関係業務"]


def recipients(result):
    return sorted(h.recipient["name"] for h in result.hops)


def test_the_recipients_of_dv_information_are_exactly_the_five_kaigo_and_water_businesses(sample_store):
    result = trace(sample_store, "DV情報等")
    assert recipients(result) == DV_RECIPIENTS
    assert {h.source["name"] for h in result.hops} == {"住民基本台帳業務"}
    assert all(h.status == "confirmed" and h.matched_item == "DV情報等" for h in result.hops)


@pytest.mark.parametrize("spelling", ["DV情報", "ＤＶ情報等", "dv情報等", " DV 情報等 "])
def test_an_item_matches_after_normalisation_and_across_variants_and_says_which_variant(sample_store, spelling):
    result = trace(sample_store, spelling)
    assert recipients(result) == DV_RECIPIENTS
    assert result.matched_items == ["DV情報等"]
    assert {h.matched_item for h in result.hops} == {"DV情報等"}


def test_the_upstream_of_the_disaster_support_system_is_its_three_sources_then_the_cycle_back(sample_store):
    result = trace(sample_store, "被災者支援システム運用業務", direction="upstream")
    assert sorted((h.depth, h.source["name"]) for h in result.hops) == [
        (1, "り災証明書等発行業務"), (1, "住民基本台帳業務"), (1, "固定資産税・都市計画税賦課業務"),
        (2, "被災者支援システム運用業務")]
    assert len({h.flow_id for h in result.hops}) == len(result.hops)


def test_a_department_starts_from_every_business_it_operates(sample_store):
    result = trace(sample_store, "固定資産税課")
    assert result.start_kind == "department"
    assert recipients(result)[:2] == ["り災証明書等発行業務", "住宅市街地総合整備事業に関する業務"]
    assert {h.source["name"] for h in result.hops if h.depth == 1} == {"固定資産税・都市計画税賦課業務"}


def test_both_mode_adds_hops_that_state_no_items_labelled_possible(sample_store):
    confirmed = trace(sample_store, "DV情報等", mode="confirmed")
    both = trace(sample_store, "DV情報等", mode="both")
    possible = [h for h in both.hops if h.status == "possible"]
    assert {h.flow_id for h in confirmed.hops} < {h.flow_id for h in both.hops}
    assert ("川口市災害時要援護者登録制度", "川口市社会福祉協議会") in {(h.source["name"], h.recipient["name"])
                                                                 for h in possible}
    assert all(not h.items for h in possible)


def test_as_of_hides_flows_that_had_not_started_and_keeps_undated_ones_marked(sample_store):
    early = trace(sample_store, "住民基本台帳業務", as_of="2013-12-31", municipality=KAWAGUCHI)
    assert "介護保険資格管理業務" not in recipients(early)  # starts 2014-01-14
    assert "空き家対策業務" in recipients(early)  # starts 2013-10-01
    undated = [h for h in early.hops if h.undated]
    assert [h.recipient["name"] for h in undated] == []  # the undated flow leaves 要援護者登録制度, not reached yet
    later = trace(sample_store, "住民基本台帳業務", as_of="2014-03-31", municipality=KAWAGUCHI)
    assert [h.recipient["name"] for h in later.hops if h.undated] == ["川口市社会福祉協議会"]


def test_as_of_before_every_flow_gives_no_hops(sample_store):
    assert trace(sample_store, "DV情報等", as_of="2000-01-01").hops == []


def test_max_depth_stops_the_walk(sample_store):
    result = trace(sample_store, "住民基本台帳業務", max_depth=1, municipality=KAWAGUCHI)
    assert {h.depth for h in result.hops} == {1}
    assert "り災証明書等発行業務" not in recipients(result)


def test_kind_and_basis_filters_keep_only_matching_hops(sample_store):
    external = trace(sample_store, "住民基本台帳業務", kinds=["external_provision"], municipality=KAWAGUCHI)
    assert recipients(external) == ["料金収納システム業務"]
    consent = trace(sample_store, "住民基本台帳業務", bases=["consent"], municipality=KAWAGUCHI)
    assert recipients(consent) == ["自立支援医療(育成医療)給付業務"]


def test_the_municipality_filter_separates_two_cities_businesses_of_the_same_name(sample_store):
    kurume = trace(sample_store, "住民基本台帳業務", municipality="久留米市")
    assert recipients(kurume) == ["妊娠出産支援特別給付金支給業務"]
    both_cities = trace(sample_store, "住民基本台帳業務")
    assert len(both_cities.start_ids) == 2


def test_hops_carry_sensitivity_tags_and_flags(sample_store):
    result = trace(sample_store, "DV情報等")
    assert result.sensitivity == {"dv": ["DV情報等"]}
    water = next(h for h in result.hops if h.recipient["name"] == "料金収納システム業務")
    assert water.sensitivity == ["dv"]
    assert water.flags == ["outside_party", "weak_basis"]
    welfare = trace(sample_store, "生活保護業務")
    assert welfare.hops[0].sensitivity == ["special_care"]
    assert welfare.sensitivity == {"special_care": ["生活保護受給状況"]}


def test_every_hop_cites_its_document_line(sample_store):
    for hop in trace(sample_store, "住民基本台帳業務", municipality=KAWAGUCHI).hops:
        assert hop.provenance["document"] == "sample-flows.csv"
        assert isinstance(hop.provenance["line"], int)


def test_an_item_followed_from_a_business_reports_the_variant_the_hops_use(sample_store):
    result = trace(sample_store, "住民基本台帳業務", item="DV情報", municipality=KAWAGUCHI)
    assert recipients(result) == DV_RECIPIENTS
    assert result.matched_items == ["DV情報等"]


def test_an_unknown_name_raises_not_found_with_suggestions(sample_store):
    with pytest.raises(NotFound) as raised:
        trace(sample_store, "住民基本台帳業")
    assert "住民基本台帳業務" in raised.value.suggestions


def test_the_json_answer_is_plain_data(sample_store):
    import json

    data = trace(sample_store, "DV情報等").to_json()
    assert json.loads(json.dumps(data, ensure_ascii=False))["hops"][0]["sensitivity"] == ["dv"]


def test_a_flow_that_ended_or_touches_an_abolished_business_drops_out_as_of_that_date():
    from tadori.queries.testing import store_from_flows

    store = store_from_flows([
        {"source": "A業務", "target": "B業務", "start_date": "2015-04-01", "end_date": "2018-03-31"},
        {"source": "A業務", "target": "C業務", "start_date": "2015-04-01"},
        {"source": "A業務", "target": "D業務"},
    ], abolished={"C業務": "2017-04-01"})
    assert recipients(trace(store, "A業務", as_of="2016-01-01")) == ["B業務", "C業務", "D業務"]
    assert recipients(trace(store, "A業務", as_of="2017-04-01")) == ["B業務", "D業務"]
    assert recipients(trace(store, "A業務", as_of="2018-03-31")) == ["D業務"]
    assert [h.undated for h in trace(store, "A業務", as_of="2018-03-31").hops] == [True]


def test_a_hop_names_the_council_case_that_approved_it():
    from tadori.queries.testing import tiny_store

    hop = next(h for h in trace(tiny_store(), "住民基本台帳業務").hops
               if h.recipient["business"] == "被災者支援システム運用業務")
    assert hop.council_cases == [{"id": "case:example:c1",
                                  "title": "被災者支援システムの導入に伴う住民基本台帳の目的外利用について",
                                  "date": "2013-11-20", "decision": "approved"}]
