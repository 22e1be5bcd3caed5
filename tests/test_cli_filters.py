"""Filters in the words users type, answers that never mix cities or come back silently empty,
and tables that never break what they cite (issue 16: points 1, 2, 7 and the small ones of 8)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from shared_data import require_shared

from tadori import output
from tadori.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = [str(ROOT / "examples" / "sample-flows.csv"), str(ROOT / "examples" / "sample-registrations.csv")]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("filters") / "tadori.db"
    assert run("ingest", *SAMPLE, "--store", str(path))[0] == 0
    return str(path)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> str:
    shared = require_shared()
    path = tmp_path_factory.mktemp("filters-seeds") / "tadori.db"
    code, out, err = run("ingest", *map(str, sorted((shared / "seeds").glob("*.txt"))), "--store", str(path))
    assert code == 0, err
    return str(path)


def test_the_kawaguchi_dv_trace_by_japanese_kind_and_city_prefix_gives_its_four_purpose_outside_uses(seeds):
    code, out, _ = run("trace", "DV情報等", "--municipality", "川口", "--kind", "目的外利用", "--store", seeds,
                       "--json")
    assert code == 0
    hops = json.loads(out)["hops"]
    confirmed = [h for h in hops if h["status"] == "confirmed"]
    assert sorted(h["recipient"]["name"] for h in confirmed) == [
        "介護保険料賦課徴収業務", "介護保険資格管理業務", "川口市災害時要援護者登録制度", "生活機能評価関係業務"]
    assert {h["kind"] for h in hops} == {"purpose_outside_use"}
    assert {h["municipality"] for h in hops} == {"川口市"}
    english = run("trace", "DV情報等", "--municipality", "川口市", "--kind", "purpose_outside_use", "--store", seeds,
                  "--json")
    assert json.loads(english[1])["hops"] == hops


@pytest.mark.parametrize("command", [
    ["trace", "DV情報等"], ["exposure", "住民基本台帳業務"], ["citations"],
    ["export", "trace", "DV情報等", "-o"]])
def test_an_unknown_kind_exits_2_with_the_accepted_values(sample, command, tmp_path):
    if command[-1] == "-o":
        command = [*command, str(tmp_path / "x.csv")]
    code, out, err = run(*command, "--kind", "bogus", "--store", sample)
    assert code == 2 and out == ""
    assert err.startswith("error: unknown --kind 'bogus'") and len(err.splitlines()) == 1
    for accepted in ("目的外利用", "外部提供", "オンライン結合", "本人以外からの収集", "purpose_outside_use"):
        assert accepted in err


def test_an_unknown_basis_suggests_the_nearest_word(sample):
    assert run("trace", "DV情報等", "--basis", "本人の同意", "--store", sample)[0] == 0  # the documents' wording
    code, _, err = run("trace", "DV情報等", "--basis", "本人同", "--store", sample)
    assert code == 2 and "did you mean 本人同意?" in err and "accepted: 本人同意 (consent)" in err


@pytest.mark.parametrize("command", [["trace", "DV情報等"], ["dv-gap"], ["reconcile"], ["citations"], ["cases"],
                                     ["exposure", "住民基本台帳業務"]])
def test_a_municipality_is_found_by_a_unique_prefix_and_an_unknown_one_is_refused(sample, command):
    short = run(*command, "--municipality", "川口", "--store", sample, "--json")
    whole = run(*command, "--municipality", "川口市", "--store", sample, "--json")
    assert short[0] == 0 and short[1] == whole[1]
    code, out, err = run(*command, "--municipality", "横浜", "--store", sample)
    assert code == 2 and "unknown --municipality '横浜'" in err and "accepted: 久留米市, 川口市" in err


def test_basis_and_kind_words_of_the_template_filter_like_the_english_values(sample):
    japanese = run("trace", "住民基本台帳業務", "--basis", "法令等", "--kind", "目的外利用", "--store", sample,
                   "--json")
    english = run("trace", "住民基本台帳業務", "--basis", "law", "--kind", "purpose_outside_use", "--store", sample,
                  "--json")
    assert japanese[0] == 0 and json.loads(japanese[1])["hops"] and japanese[1] == english[1]


def test_an_empty_answer_says_which_filter_empties_it(sample):
    code, out, _ = run("trace", "DV情報等", "--kind", "外部提供", "--basis", "本人同意", "--store", sample)
    assert code == 0
    assert "no flow from DV情報等 of kind 外部提供 on basis 本人同意" in out and "without --basis" in out
    code, out, _ = run("citations", "--kind", "オンライン結合", "--store", sample)
    assert code == 0 and "no flow of kind オンライン結合" in out


def test_as_of_takes_a_heisei_date_like_the_template(sample):
    japanese = run("trace", "DV情報等", "--as-of", "平成26年1月1日", "--store", sample, "--json")
    iso = run("trace", "DV情報等", "--as-of", "2014-01-01", "--store", sample, "--json")
    assert japanese[0] == 0 and json.loads(japanese[1])["as_of"] == "2014-01-01" and japanese[1] == iso[1]
    code, _, err = run("trace", "DV情報等", "--as-of", "平成26年2月30日", "--store", sample)
    assert code == 2 and err.startswith("error: --as-of")


def _options(command: click.Command) -> set[str]:
    return {opt for p in command.params if isinstance(p, click.Option) for opt in p.opts}


def test_export_trace_takes_the_options_of_trace():
    trace, export = cli.commands["trace"], cli.commands["export"].commands["trace"]  # type: ignore[attr-defined]
    assert _options(trace) - {"--json", "--wide", "--limit", "--all"} <= _options(export)  # how many rows print
    modes = {p.name: p.type.choices for c in (trace, export) for p in c.params if p.name == "mode"}  # type: ignore
    assert len({tuple(m) for m in modes.values()}) == 1


def test_a_name_in_two_cities_is_answered_per_city(seeds):
    code, out, _ = run("trace", "住民基本台帳業務", "--store", seeds)
    assert code == 0
    assert re.search(r"— 川口市: \d+ hops", out) and re.search(r"— 久留米市: \d+ hops", out)
    assert "in 2 municipalities" in out
    code, out, _ = run("trace", "住民基本台帳業務", "--store", seeds, "--json")
    answer = json.loads(out)
    assert set(answer["municipalities"]) == {"川口市", "久留米市"}
    assert all(h["municipality"] in ("川口市", "久留米市") for h in answer["hops"])
    code, out, _ = run("exposure", "住民基本台帳業務", "--store", seeds, "--json")
    answer = json.loads(out)
    assert set(answer["by_municipality"]) == {"川口市", "久留米市"}
    kurume = answer["by_municipality"]["久留米市"]
    assert {h["municipality"] for h in kurume["hops"]} == {"久留米市"}
    code, out, _ = run("exposure", "住民基本台帳業務", "--store", seeds)
    assert "exposure of 住民基本台帳業務 (business) — 川口市" in out and "— 久留米市" in out


def test_an_undated_flow_counts_from_its_reports_fiscal_year_not_the_first_year(seeds):
    code, out, _ = run("exposure", "住民基本台帳業務", "--municipality", "久留米", "--store", seeds, "--json")
    rows = json.loads(out)["by_fiscal_year"]
    assert rows and rows[0]["fiscal_year"] == 2020  # Kurume's report is about 令和2年度: nothing counts in 2013
    assert rows[0]["undated"] == rows[0]["flows"]


CITED = re.compile(r"\b[\w.-]+\.(?:txt|csv):\d+\b|\b\d{4}-\d{2}-\d{2}\b|\bconfirmed\b|\bpossible\b|\bundated\b")


def _cited(text: str) -> list[str]:
    return sorted(CITED.findall(text))


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("command", [["trace", "住民基本台帳業務"], ["dv-gap"], ["citations"], ["reconcile"],
                                     ["exposure", "住民基本台帳業務"]])
def test_tables_at_80_and_120_columns_never_break_lines_dates_or_statuses(seeds, monkeypatch, width, command):
    monkeypatch.setattr(output.console, "width", width)
    narrow = run(*command, "--store", seeds)[1]
    monkeypatch.setattr(output.console, "width", 100_000)
    wide = run(*command, "--store", seeds)[1]
    assert _cited(narrow) == _cited(wide) and _cited(wide)
    assert max(len(line.rstrip()) for line in narrow.splitlines() if "│" not in line) <= 100_000


def test_wide_prints_every_row_on_one_line(seeds, monkeypatch):
    monkeypatch.setattr(output.console, "width", 80)
    out = run("trace", "DV情報等", "--municipality", "川口", "--wide", "--store", seeds)[1]
    output.set_wide(False)
    rows = [line for line in out.splitlines() if "004_7d76de6e77de09c8.txt:" in line]
    assert len(rows) == 7 and all(re.match(r"\s+[12]\s+(confirmed|possible)\s+\S", line) for line in rows)
