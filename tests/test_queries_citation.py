"""Bases as citations, the 第69条 crosswalk, and sensitivity tags."""

from __future__ import annotations

import pytest

from tadori.queries.citation import citations, crosswalk, parse_citations
from tadori.queries.sensitivity import flag_hop, item_tags, tagged_items, tags_of
from tadori.queries.testing import store_from_flows


@pytest.mark.parametrize(("text", "expected"), [
    ("条例第9条第3項第4号", [("ordinance", "9-3-4")]),
    ("個人情報保護法第69条第2項第3号", [("act", "69-2-3")]),
    ("法第69条第1項", [("act", "69-1")]),
    ("条例第９条第３項第３号（生命等の保護）", [("ordinance", "9-3-3")]),
    ("第九条第三項第四号", [("unknown", "9-3-4")]),
    ("条例第9条第3項第4項", [("ordinance", "9-3-4")]),  # a typo for 第4号, as written in a seed
    ("条例第9条第3項第4号並びに同条第4項", [("ordinance", "9-3-4"), ("ordinance", "9-4")]),
    ("条例第9条第3項、第10条第1項第2号", [("ordinance", "9-3"), ("ordinance", "10-1-2")]),
    ("災害対策基本法第90条の3", [("law", "90の3")]),
    ("相当の理由・権利利益を害しない", []),
    (None, []),
])
def test_articles_parse_into_structured_citations(text, expected):
    assert [(c.kind, c.label) for c in parse_citations(text)] == expected


def _one(row: dict):
    store = store_from_flows([row])
    return store, store.flows()[0]


@pytest.mark.parametrize(("row", "article"), [
    ({"source": "A", "target": "B", "basis": "law"}, "69-1"),
    ({"source": "A", "target": "B", "basis": "consent"}, "69-2-1"),
    ({"source": "A", "target": "B", "basis": "reasonable_grounds"}, "69-2-2"),
    ({"source": "A", "target": "B", "basis": "reasonable_grounds", "kind": "external_provision"}, "69-2-3"),
    ({"source": "A", "target": "国立がん研究センター", "external": True, "basis": "reasonable_grounds",
      "kind": "external_provision"}, "69-2-3"),
    ({"source": "A", "target": "株式会社X", "external": True, "basis": "reasonable_grounds",
      "kind": "external_provision"}, "69-2-4"),
    ({"source": "A", "target": "B", "basis": "vital_interest"}, "69-2-4"),
    ({"source": "A", "target": "B", "basis": "council"}, None),
])
def test_old_bases_cross_walk_to_article_69(row, article):
    store, flow = _one(row)
    assert crosswalk(store, flow).article_69 == article


def test_a_council_answer_alone_is_flagged_as_having_no_69_home():
    store = store_from_flows([{"source": "A", "target": "B", "basis": "council", "basis_text": "条例第9条第3項第4号"},
                              {"source": "A", "target": "C", "basis": "unknown"}])
    rows = citations(store).rows
    assert [(r.recipient["name"], r.flags) for r in rows] == [("B", ["no_69_home"]), ("C", [])]
    assert [str(c) for c in rows[0].citations] == ["ordinance 9-3-4"]


def test_a_flow_recurring_every_year_on_a_69_2_basis_is_flagged():
    store = store_from_flows([
        {"source": "A", "target": "B", "basis": "reasonable_grounds", "reason": "毎年度1回提供する"},
        {"source": "A", "target": "C", "basis": "consent", "start_date": "2013-04-01"},
        {"source": "A", "target": "C", "basis": "consent", "start_date": "2014-04-01"},
        {"source": "A", "target": "D", "basis": "law", "reason": "毎年度"},
    ])
    flags = {(r.recipient["name"], r.start_date): r.flags for r in citations(store).rows}
    assert flags == {("B", None): ["recurring_on_69_2"], ("C", "2013-04-01"): ["recurring_on_69_2"],
                     ("C", "2014-04-01"): ["recurring_on_69_2"], ("D", None): []}


def test_the_sample_has_no_council_only_flows_in_kawaguchi_and_three_in_kurume(sample_store):
    assert [r for r in citations(sample_store, municipality="川口市").rows if "no_69_home" in r.flags] == []
    assert len([r for r in citations(sample_store, municipality="久留米市").rows if "no_69_home" in r.flags]) == 3


@pytest.mark.parametrize(("item", "tags"), [
    ("DV情報等", ["dv"]), ("支援措置対象者", ["dv"]), ("個人番号", ["specific"]), ("特定健診結果", ["special_care"]),
    ("障害者手帳所持者に関する情報", ["special_care"]), ("生活保護受給状況", ["special_care"]),
    ("氏名", ["ordinary"]), ("国民健康保険加入状況", ["ordinary"]),
])
def test_items_are_tagged_from_the_vocabulary_file(item, tags):
    assert item_tags(item) == tags


def test_tags_of_several_items_drop_ordinary_when_something_is_tagged():
    assert tags_of(["氏名", "個人番号", "DV情報等"]) == ["dv", "specific"]
    assert tags_of(["氏名"]) == ["ordinary"]
    assert tagged_items(["氏名", "個人番号", "個人番号"]) == {"specific": ["個人番号"]}


def test_a_hop_is_flagged_when_it_moves_tagged_items_outside_online_or_on_a_weak_basis():
    from tadori.queries.trace import trace

    store = store_from_flows([
        {"source": "A", "target": "委託事業者", "external": True, "kind": "online_connection", "basis": "council",
         "items": ["個人番号"]},
        {"source": "A", "target": "B", "basis": "reasonable_grounds", "items": ["診療報酬明細書"]},
        {"source": "A", "target": "C", "basis": "unknown", "items": ["氏名"]},
    ])
    flags = {h.recipient["name"]: h.flags for h in trace(store, "A").hops}
    assert flags == {"委託事業者": ["outside_party", "online_connection"], "B": ["weak_basis"], "C": []}
    assert all(flag_hop(h) == h.flags for h in trace(store, "A").hops)
