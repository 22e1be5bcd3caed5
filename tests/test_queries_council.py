"""Council cases and the flows they approved."""

from __future__ import annotations

import pytest

from tadori.queries.council import approving_cases, cases
from tadori.queries.filters import UnknownValue
from tadori.queries.testing import tiny_store


def test_cases_list_decision_date_articles_and_the_flows_approved():
    [case] = cases(tiny_store())
    assert (case.date, case.fiscal_year, case.decision) == ("2013-11-20", 2013, "approved")
    assert [str(c) for c in case.citations] == ["ordinance 9-3-4"]
    assert [f["recipient"]["business"] for f in case.flows] == ["被災者支援システム運用業務"]
    assert case.provenance["line"] == 30


def test_cases_filter_by_fiscal_year_article_and_city():
    store = tiny_store()
    assert len(cases(store, year=2013)) == 1 and cases(store, year=2012) == []
    assert len(cases(store, article="9-3")) == 1 and cases(store, article="10-1-2") == []
    assert len(cases(store, article="条例第9条第3項第4号")) == 1
    assert len(cases(store, municipality="川口")) == 1
    with pytest.raises(UnknownValue, match="accepted: 川口市"):
        cases(store, municipality="久留米市")


def test_approving_cases_of_a_flow_are_the_cases_that_list_it():
    store = tiny_store()
    flow_id = cases(store)[0].flow_ids[0]
    assert [c.id for c in approving_cases(store, flow_id)] == ["case:example:c1"]
    other = next(f.id for f in store.flows() if f.id != flow_id)
    assert approving_cases(store, other) == []
    assert approving_cases(store, "flow:unknown") == []


def test_the_sample_template_has_no_council_cases(sample_store):
    assert cases(sample_store) == []
