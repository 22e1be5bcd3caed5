"""A long answer on the command line is summarised first and says what it leaves out; --all prints it whole."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tadori.cli import cli
from tadori.ingest.synthetic import write_record_store


@pytest.fixture(scope="module")
def country(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("country") / "s.db"
    write_record_store(path, municipalities=12, flows_per_city=60, businesses=60, seed=3)
    return str(path)


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


def test_a_trace_longer_than_the_limit_is_summarised_and_says_what_is_left_out(country):
    every = json.loads(_run("trace", "DV情報等", "--mode", "confirmed", "--store", country, "--json"))["hops"]
    assert len(every) == 72  # six hops from each of twelve cities
    out = _run("trace", "DV情報等", "--mode", "confirmed", "--store", country, "--limit", "10")
    flat = " ".join(out.split())  # a table title may wrap
    assert "72 hops by municipality" in flat and "by depth" in out and "by kind" in out
    assert "showing the first 10 of 72 hops" in out and "62 left out" in out
    assert out.count("架空市0000.csv:") == 6 and "架空市0002.csv:" not in out  # nearest first, the rest left out
    assert "and 2 more" in out  # twelve cities: ten named in the last line


def test_all_prints_every_hop_and_a_short_answer_needs_no_summary(country):
    out = _run("trace", "DV情報等", "--mode", "confirmed", "--store", country, "--all")
    assert "left out" not in out and "by municipality" not in out
    assert all(f"架空市{n:04d}.csv:" in out for n in range(12))
    short = _run("trace", "DV情報等", "--mode", "confirmed", "--municipality", "架空市0003", "--store", country)
    assert "left out" not in short and "6 hops" in short


def test_a_limit_below_one_is_refused(country):
    result = CliRunner().invoke(cli, ["trace", "DV情報等", "--store", country, "--limit", "0"])
    assert result.exit_code == 2
