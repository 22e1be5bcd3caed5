"""A start found in many cities: one city's trace is the country's answer restricted to it, and the Trace
page shows the first cities of a whole-country answer, says where the start is found and how to get the rest."""

from __future__ import annotations

from collections import Counter

import pytest

from tadori.dashboard import state
from tadori.graph.networkx_store import NetworkXStore
from tadori.ingest.synthetic import write_record_store
from tadori.queries.country import item_spread, start_cities, trace_cities
from tadori.queries.trace import trace


@pytest.fixture(scope="module")
def country_records(tmp_path_factory):
    return write_record_store(tmp_path_factory.mktemp("country") / "c.db", municipalities=25, flows_per_city=80,
                              businesses=60, seed=11)


@pytest.fixture(scope="module")
def country(country_records) -> NetworkXStore:
    return NetworkXStore.from_records(country_records)


def _by_city(hops) -> dict[str | None, list[tuple[str, int, str]]]:
    cities: dict[str | None, list[tuple[str, int, str]]] = {}
    for hop in hops:
        cities.setdefault(hop.municipality, []).append((hop.flow_id, hop.depth, hop.status))
    return cities


@pytest.mark.parametrize("start, options", [
    ("DV情報等", {"mode": "both"}),
    ("DV情報等", {"mode": "confirmed", "direction": "upstream"}),
    ("住民基本台帳業務", {"mode": "both", "kinds": ["external_provision"]}),
])
def test_the_cities_traced_one_by_one_give_the_whole_countrys_answer(country, start, options):
    whole = trace(country, start, **options)
    cities = start_cities(country, start, direction=options.get("direction", "downstream"))
    assert len(cities) == 25
    part, traced = trace_cities(country, start, cities, hops_wanted=len(whole.hops) + 1, **options)
    assert traced == cities
    assert _by_city(part.hops) == _by_city(whole.hops)  # each city's hops, depths, statuses and order
    assert part.matched_items == whole.matched_items and part.sensitivity == whole.sensitivity


def test_tracing_stops_once_enough_hops_are_found(country):
    cities = start_cities(country, "DV情報等")
    part, traced = trace_cities(country, "DV情報等", cities, hops_wanted=1)
    assert traced == cities[:1] and {h.municipality for h in part.hops} == {cities[0]}
    _, traced = trace_cities(country, "DV情報等", cities, hops_wanted=10**6, max_cities=3)
    assert traced == cities[:3]


def test_the_spread_counts_the_flows_that_state_the_item(country):
    spread = item_spread(country, "DV情報")  # another spelling of the same item
    stating = [f for f in country.flows() if "DV情報等" in f.items]
    assert sum(sum(kinds.values()) for kinds in spread.values()) == len(stating) > 0
    assert spread == {city: Counter(f.kind for f in stating if f.municipality == city)
                      for city in dict.fromkeys(f.municipality for f in stating)}


@pytest.fixture()
def page(country, sample_store):
    from tadori.dashboard.app import create_app

    create_app(country)
    yield country
    state.set_store(sample_store)


def test_the_trace_page_shows_the_first_cities_and_says_where_the_rest_are(page, monkeypatch):
    from tadori.dashboard import trace_view
    from tadori.dashboard.pages.trace import update_trace
    from tadori.dashboard.trace_view import CITIES_TRACED_WHOLE

    monkeypatch.setattr(trace_view, "MAX_GRID_ROWS", 100)  # a small country: a small page to fill

    assert len(start_cities(page, "DV情報等")) > CITIES_TRACED_WHOLE
    controls = ["DV情報等", "downstream", "both", None, [], [], None, None, 3, {}, "ja"]
    elements, rows, message, summary = update_trace(*controls)
    shown_cities = list(dict.fromkeys(row["municipality"] for row in rows))
    assert rows and 0 < len(shown_cities) < 25
    assert summary.startswith("「DV情報等」は 25 自治体にあります")
    assert f"先頭 {len(shown_cities)} 自治体" in summary and "この項目を記載する流れ" in summary
    spread = item_spread(page, "DV情報等")
    assert f"{sum(sum(k.values()) for k in spread.values()):,} 件" in summary
    # One city chosen: all of that city's hops, the summary of a whole answer.
    controls[6] = shown_cities[-1]
    _, city_rows, _, city_summary = update_trace(*controls)
    whole = trace(page, "DV情報等", mode="both", municipality=shown_cities[-1])
    assert len(city_rows) == len(whole.hops) and city_summary.startswith("「DV情報等」: 流れ")


def test_the_dv_gap_page_shows_the_first_cities_and_says_where_the_rest_are(page, monkeypatch):
    from tadori.dashboard.pages import dv_gap as dv_gap_page
    from tadori.queries.dv_gap import dv_gap

    monkeypatch.setattr(dv_gap_page, "MAX_TABLE_ROWS", 5)
    cards, summary = dv_gap_page.update_rows(None, "ja")
    whole = dv_gap(page)
    first = dv_gap(page, municipality="架空市0000")
    assert first.gaps and "全国 25 自治体のうち、先頭" in summary and len(whole.gaps) > len(cards) > 0
    assert [g.recipient for g in whole.gaps if g.recipient.get("municipality") == "架空市0000"] == [
        g.recipient for g in first.gaps]
    city_cards, city_summary = dv_gap_page.update_rows("架空市0000", "ja")
    assert "全国" not in city_summary and len(city_cards) == min(len(first.gaps), 5) + (len(first.gaps) > 5)


@pytest.mark.parametrize("target, stated", [("DV情報等", True), ("住民基本台帳業務", False)])
def test_the_exposure_page_asks_for_a_city_of_a_name_found_in_many(page, target, stated):
    from tadori.dashboard.pages.exposure import update_exposure

    summary, counts, *_, message = update_exposure(target, None, [], [], None, "confirmed", "ja")
    assert summary == "" and message.startswith(f"「{target}」は 25 自治体にあります")
    assert ("この項目を記載する流れ" in message) is stated
    summary, *_, message = update_exposure(target, None, [], [], "架空市0003", "confirmed", "ja")
    assert summary.startswith(f"「{target}」のデータは") and message == ""


def test_the_exposure_command_answers_the_first_cities_of_a_name_found_in_many(country_records):
    from click.testing import CliRunner

    from tadori.cli import cli

    store = ["--store", str(country_records.path)]
    result = CliRunner().invoke(cli, ["exposure", "DV情報等", *store])
    assert result.exit_code == 0, result.output
    assert result.output.count("exposure of DV情報等 (item) — ") == 20
    assert "is found in 25 municipalities; the first 20 are answered apart above (5 left out" in result.output
    one = CliRunner().invoke(cli, ["exposure", "DV情報等", "--municipality", "架空市0000", *store])
    first = result.output.split("exposure of DV情報等 (item) — 架空市0001")[0]
    direct, transitive = one.output.split("reach")[1].split("\n")[2:4]
    assert direct.strip().startswith("direct") and transitive.strip().startswith("transitive")
    assert direct in first and transitive in first  # the same counts as the city asked alone
    every = CliRunner().invoke(cli, ["exposure", "DV情報等", "--all", *store])
    assert every.output.count("exposure of DV情報等 (item) — ") == 25 and "each is answered apart" in every.output
