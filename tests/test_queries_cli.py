"""The query commands: tables by default, --json on request, one-line errors with exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tadori.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = [str(ROOT / "examples" / "sample-flows.csv"), str(ROOT / "examples" / "sample-registrations.csv")]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "tadori.db"
    result = CliRunner().invoke(cli, ["ingest", *SAMPLE, "--store", str(path)])
    assert result.exit_code == 0, result.output
    return str(path)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_exposure_json_gives_the_cumulative_rows(store):
    code, out, _ = run("exposure", "住民基本台帳業務", "--municipality", "川口市", "--store", store, "--json")
    assert code == 0
    answer = json.loads(out)
    assert answer["by_fiscal_year"] == [{"fiscal_year": 2013, "businesses": 9, "departments": 6,
                                         "external_parties": 1, "contractors": 0, "flows": 11,
                                         "undated": 1}]
    assert answer["weakest_basis"] == "unknown"


def test_exposure_prints_readable_tables(store):
    code, out, _ = run("exposure", "住民基本台帳業務", "--municipality", "川口市", "--store", store)
    assert code == 0
    assert "cumulative by fiscal year" in out and "2013" in out and "weakest basis: unknown" in out


def test_dv_gap_lists_the_recipients_without_the_flag(store):
    code, out, _ = run("dv-gap", "--municipality", "川口市", "--store", store, "--json")
    assert code == 0
    assert [g["recipient"]["name"] for g in json.loads(out)["gaps"]] == [
        "川口市社会福祉協議会", "空き家対策業務", "自立支援医療(育成医療)給付業務", "被災者支援システム運用業務"]
    code, out, _ = run("dv-gap", "--municipality", "川口市", "--store", store)
    assert "空き家対策業務" in out and "sample-flows.csv:7" in out


def test_paths_prints_each_path_with_its_bases_and_lines(store):
    code, out, _ = run("paths", "住民基本台帳業務", "り災証明書等発行業務", "--municipality", "川口市",
                       "--store", store)
    assert code == 0
    assert "被災者支援システム運用業務" in out and "1 paths" in out
    code, out, _ = run("paths", "住民基本台帳業務", "り災証明書等発行業務", "--store", store, "--json")
    assert json.loads(out)["paths"][0]["bases"] == ["reasonable_grounds", "reasonable_grounds"]


def test_search_shows_the_entity_type(store):
    code, out, _ = run("search", "ＤＶ", "--store", store, "--json")
    assert code == 0
    assert json.loads(out)[0] == {"name": "DV情報等", "type": "DataItem", "id": "item:dv情報",
                                  "score": json.loads(out)[0]["score"], "municipality": None}
    code, out, _ = run("search", "防災", "--type", "Department", "--store", store)
    assert "Department" in out and "防災課" in out


def test_reconcile_cases_and_citations_answer_on_a_store_without_reports(store):
    for command in ("reconcile", "cases", "citations"):
        code, out, _ = run(command, "--store", store, "--json")
        assert code == 0, command
        json.loads(out)
    code, out, _ = run("citations", "--municipality", "久留米市", "--flagged", "--store", store)
    assert "no_69_home" in out


def test_an_unknown_name_is_one_line_with_suggestions_and_exit_status_2(store):
    code, out, err = run("exposure", "住民基本台帳業", "--store", store)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("error: no item, business or department named")
    assert "住民基本台帳業務" in err and "Traceback" not in err + out


def test_a_bad_date_is_a_user_error(store):
    code, _, err = run("paths", "住民基本台帳業務", "防災課", "--as-of", "2014-13-01", "--store", store)
    assert code == 2 and "2014-13-01" in err and "is not a date" in err and len(err.splitlines()) == 1


def test_a_real_process_exits_2_on_an_unknown_business(store):
    result = subprocess.run([sys.executable, "-m", "tadori", "paths", "存在しない業務", "防災課", "--store", store],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.startswith("error: no business or department named '存在しない業務'")
    assert "Traceback" not in result.stderr
