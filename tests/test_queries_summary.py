"""Long answers are summarised: the counts add up to the answer, and a page says what it leaves out."""

from __future__ import annotations

from tadori.queries.summary import first_page, summarise
from tadori.queries.trace import trace


def test_the_summary_of_a_trace_counts_every_hop_once_in_each_grouping(sample_store):
    result = trace(sample_store, "住民基本台帳業務", mode="both")
    summary = summarise(result.hops)
    assert summary.total == len(result.hops) > 5
    for grouping in (summary.by_municipality, summary.by_depth, summary.by_kind, summary.by_status):
        assert sum(count for _, count in grouping) == summary.total
    assert {city for city, _ in summary.by_municipality} == {h.source["municipality"] for h in result.hops}
    assert [depth for depth, _ in summary.by_depth] == sorted({h.depth for h in result.hops})
    counts = [count for _, count in summary.by_kind]
    assert counts == sorted(counts, reverse=True)


def test_the_summary_reads_the_json_form_of_hops_too(sample_store):
    result = trace(sample_store, "DV情報等", mode="both")
    assert summarise(result.to_json()["hops"]) == summarise(result.hops)


def test_a_page_says_how_many_rows_it_leaves_out():
    rows = list(range(10))
    assert first_page(rows, 3) == ([0, 1, 2], 7)
    assert first_page(rows, None) == (rows, 0)
    assert first_page(rows, 10) == (rows, 0)
