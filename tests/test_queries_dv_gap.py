"""The DV gap on the bundled sample and on small built stores."""

from __future__ import annotations

import json

from tadori.queries.dv_gap import dv_gap, is_address_item
from tadori.queries.testing import store_from_flows


def test_the_dv_gap_of_kawaguchi_lists_the_four_recipients_of_addresses_without_the_flag(sample_store):
    result = dv_gap(sample_store, municipality="川口市")
    assert [(g.recipient["name"], g.address_items, g.whole_data) for g in result.gaps] == [
        ("川口市社会福祉協議会", [], True),
        ("空き家対策業務", ["住民登録地"], False),
        ("自立支援医療(育成医療)給付業務", ["世帯情報"], False),
        ("被災者支援システム運用業務", [], True),
    ]
    assert result.dv_items == ["DV情報等"]


def test_each_gap_row_cites_the_address_flow_first_then_how_the_holder_got_the_flag(sample_store):
    result = dv_gap(sample_store, municipality="川口市")
    akiya = next(g for g in result.gaps if g.recipient["name"] == "空き家対策業務")
    assert akiya.lines[0] == {"document": "sample-flows.csv", "line": 7, "quote": akiya.lines[0]["quote"],
                              "why": "provides addresses without the DV flag"}
    assert [line["line"] for line in akiya.lines[1:]] == [2, 3, 4, 5, 6]
    assert [h.recipient["name"] for h in akiya.hops] == ["空き家対策業務"]
    council = next(g for g in result.gaps if g.recipient["name"] == "川口市社会福祉協議会")
    assert ("sample-registrations.csv", 5) in {(line["document"], line["line"]) for line in council.lines}


def test_the_flag_holders_are_juki_and_the_five_businesses_it_gave_the_flag(sample_store):
    result = dv_gap(sample_store, municipality="川口市")
    assert sorted(h["name"] for h in result.holders) == [
        "介護保険料賦課徴収業務", "介護保険資格管理業務", "住民基本台帳業務", "川口市災害時要援護者登録制度",
        "料金収納システム業務", "生活機能評価関係業務"]


def test_onward_says_where_each_holders_address_data_goes_next(sample_store):
    result = dv_gap(sample_store, municipality="川口市")
    onward = {o.holder["name"]: [(f["recipient"]["name"], f["recipient_has_flag"]) for f in o.flows]
              for o in result.onward}
    assert onward == {
        "住民基本台帳業務": [("空き家対策業務", False), ("自立支援医療(育成医療)給付業務", False),
                             ("被災者支援システム運用業務", False)],
        "川口市災害時要援護者登録制度": [("川口市社会福祉協議会", False)],
    }


def test_a_city_without_the_flag_has_no_gap(sample_store):
    result = dv_gap(sample_store, municipality="久留米市")
    assert result.gaps == [] and result.holders == []


def test_a_recipient_that_also_receives_the_flag_is_not_in_the_gap():
    store = store_from_flows([
        {"source": "住民基本台帳業務", "target": "税業務", "items": ["住所", "氏名"]},
        {"source": "住民基本台帳業務", "target": "税業務", "items": ["支援措置対象者情報"], "start_date": "2020-04-01"},
        {"source": "住民基本台帳業務", "target": "国保業務", "items": ["新住所"]},
        {"source": "住民基本台帳業務", "target": "統計業務", "items": ["生年月日"]},
    ])
    result = dv_gap(store)
    assert [g.recipient["name"] for g in result.gaps] == ["国保業務"]
    assert result.dv_items == ["支援措置対象者情報"]
    flows = {f["recipient"]["name"]: f["recipient_has_flag"] for f in result.onward[0].flows}
    assert flows == {"税業務": True, "国保業務": False}


def test_addresses_passed_on_by_a_business_that_received_the_flag_are_a_gap_too():
    store = store_from_flows([
        {"source": "住民基本台帳業務", "target": "介護保険業務", "items": ["DV情報等"]},
        {"source": "介護保険業務", "target": "委託事業者", "external": True, "items": ["住所"]},
    ])
    result = dv_gap(store)
    assert [(g.recipient["name"], [h["name"] for h in g.holders]) for g in result.gaps] == [
        ("委託事業者", ["介護保険業務"])]


def test_address_type_items_come_from_the_vocabulary_file():
    assert [is_address_item(i) for i in ("住所", "住民登録地", "新住所", "世帯情報", "送付先", "課税状況", "氏名")] == [
        True, True, True, True, True, False, False]


def test_the_json_answer_is_plain_data(sample_store):
    data = json.loads(json.dumps(dv_gap(sample_store).to_json(), ensure_ascii=False))
    assert len(data["gaps"]) == 4
    assert data["gaps"][0]["hops"][0]["provenance"]["line"] == 31
