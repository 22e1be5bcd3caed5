"""One search box: folding, partial and fuzzy matches, types, the per-store index."""

from __future__ import annotations

import pytest

from tadori.queries.search import SearchIndex, fold_search, index_for, search


@pytest.mark.parametrize(("typed", "folded"), [
    ("ＤＶ情報等", "dv情報等"),
    ("ｶｲｺﾞ", "かいご"),
    ("カイゴ", "かいご"),
    ("要介護（支援） 認定", "要介護支援認定"),
])
def test_names_and_queries_are_folded_by_width_case_kana_spaces_and_brackets(typed, folded):
    assert fold_search(typed) == folded


def test_a_whole_name_ranks_first_and_scores_100(sample_store):
    hits = search(sample_store, "住民基本台帳業務")
    assert hits[0].name == "住民基本台帳業務" and hits[0].score == 100.0
    assert {h.municipality for h in hits[:2]} == {"川口市", "久留米市"}


def test_one_box_finds_every_kind_of_entity_and_says_which(sample_store):
    assert search(sample_store, "DV情報", limit=1)[0].type == "DataItem"
    assert search(sample_store, "防災課", limit=1)[0].type == "Department"
    assert search(sample_store, "社会福祉協議会", types=["ExternalParty"], limit=1)[0].name == "川口市社会福祉協議会"
    assert search(sample_store, "料金収納", limit=1)[0].type == "Business"


def test_council_cases_are_found_by_their_title():
    from tadori.queries.testing import tiny_store

    hits = search(tiny_store(), "被災者支援システムの導入", types=["CouncilCase"])
    assert [(h.type, h.id) for h in hits] == [("CouncilCase", "case:example:c1")]


def test_partial_fuzzy_and_width_folded_queries_find_the_business(sample_store):
    for typed in ("りさい証明", "り災証明書発行", "ﾘ災証明書", "被災者支援ｼｽﾃﾑ"):
        names = [h.name for h in search(sample_store, typed, limit=3)]
        assert names and names[0] in ("り災証明書等発行業務", "被災者支援システム運用業務"), typed


def test_the_type_filter_keeps_only_those_types(sample_store):
    hits = search(sample_store, "課", types=["Department"], limit=50)
    assert hits and {h.type for h in hits} == {"Department"}


def test_nothing_close_finds_nothing(sample_store):
    assert search(sample_store, "zzzz") == []
    assert search(sample_store, "") == []


def test_the_index_is_built_once_per_store(sample_store):
    assert index_for(sample_store) is index_for(sample_store)
    from tadori.queries.testing import tiny_store

    assert index_for(tiny_store()) is not index_for(sample_store)


def test_an_index_can_be_built_from_plain_entries():
    index = SearchIndex([("住民基本台帳業務", "Business", "b1", "市"), ("住所", "DataItem", "i1", None)])
    assert [h.id for h in index.search("住所")] == ["i1"]
    assert len(index) == 2


def test_unknown_names_get_suggestions_from_search(sample_store):
    from tadori.queries.resolve import suggest

    assert suggest(sample_store, "介護保険資格管理")[0] == "介護保険資格管理業務"
