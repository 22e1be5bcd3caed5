"""A whole country's answer in the page: bounded parts, each said on the page; the exports whole."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tadori.dashboard import state
from tadori.dashboard.limits import MAX_DRAWN_HOPS, MAX_GRID_ROWS, MAX_SANKEY_LINKS, MAX_TABLE_ROWS
from tadori.graph.networkx_store import NetworkXStore

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from synthetic import make_record_store  # noqa: E402


@pytest.fixture(scope="module")
def country(tmp_path_factory, sample_store):
    from tadori.dashboard.app import create_app

    records = make_record_store(tmp_path_factory.mktemp("country") / "t.db", municipalities=40, flows_per_city=300,
                                businesses=150)
    store = NetworkXStore.from_records(records)
    create_app(store)
    yield store
    state.set_store(sample_store)


def test_the_trace_of_every_city_is_drawn_and_listed_in_part(country):
    from tadori.dashboard.pages.trace import update_trace

    controls = ("住民基本台帳業務", "downstream", "both", None, [], [], None, None, 3, {}, "ja")
    elements, rows, message, summary = update_trace(*controls)
    edges = [e for e in elements if "source" in e["data"]]
    assert len(rows) == MAX_GRID_ROWS and 0 < len(edges) <= MAX_DRAWN_HOPS
    assert f"{MAX_GRID_ROWS:,}" in message and "図は" in message
    assert len(json.dumps(rows, ensure_ascii=False)) < 2_000_000


def test_the_exposure_page_bounds_its_table_and_sankey(country):
    from tadori.dashboard.pages.exposure import _biggest_links, _run, _weakest

    result = _run({"target": "住民基本台帳業務", "as_of": "", "kind": [], "basis": [], "municipality": "",
                   "mode": "both", "lang": "ja"})
    assert len(result.weakest_hops) > MAX_TABLE_ROWS and len(result.sankey) > MAX_SANKEY_LINKS
    table = _weakest(result, "ja")
    assert str(table).count("Tr(") <= MAX_TABLE_ROWS + 1
    assert len(_biggest_links(result)) == MAX_SANKEY_LINKS


def test_the_export_holds_the_whole_answer(country):
    from tadori.dashboard.trace_view import run_trace, trace_params
    from tadori.queries.exports import query_metadata, to_csv

    result = run_trace(country, trace_params({"item": "住民基本台帳業務"}))
    assert len(result.hops) > MAX_GRID_ROWS
    assert to_csv(result, query_metadata({})).count("\nflow:") == len(result.hops)
