"""The command line as a user meets it: real processes, exit codes, one-line errors."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tadori.ingest.template import FLOW_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = [str(ROOT / "examples" / "sample-flows.csv"), str(ROOT / "examples" / "sample-registrations.csv")]
DV_RECIPIENTS = {"介護保険資格管理業務", "介護保険料賦課徴収業務", "生活機能評価関係業務",
                 "川口市災害時要援護者登録制度", "料金収納システム業務"}


def tadori(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tadori", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "tadori.db"
    result = tadori("ingest", *SAMPLE, "--store", str(path))
    assert result.returncode == 0, result.stderr
    return path


def test_ingest_reports_what_each_file_held_and_skips_a_file_seen_before(store):
    result = tadori("ingest", SAMPLE[0], "--store", str(store))
    assert result.returncode == 0
    assert "already in the store, skipped" in result.stdout


def test_trace_json_lists_the_dv_hops_with_their_provenance(store):
    result = tadori("trace", "DV情報等", "--mode", "confirmed", "--store", str(store), "--json")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["item"] == "DV情報等"
    assert {hop["recipient"]["business"] for hop in answer["hops"]} == DV_RECIPIENTS
    for hop in answer["hops"]:
        assert hop["source"]["business"] == "住民基本台帳業務" and hop["status"] == "confirmed"
        assert set(hop["provenance"]) == {"document", "line", "quote"}
        assert hop["provenance"]["document"] == "sample-flows.csv" and hop["provenance"]["line"] > 1
        assert {"kind", "basis", "basis_text", "start_date", "items", "depth"} <= set(hop)


def test_trace_as_of_hides_flows_that_had_not_started(store):
    result = tadori("trace", "DV情報等", "--as-of", "2014-01-10", "--mode", "confirmed", "--store", str(store),
                    "--json")
    assert [hop["recipient"]["business"] for hop in json.loads(result.stdout)["hops"]] == ["料金収納システム業務"]


def test_trace_prints_a_readable_table_by_default(store):
    result = tadori("trace", "DV情報等", "--store", str(store))
    assert result.returncode == 0
    assert "料金収納システム業務" in result.stdout and "sample-flows.csv:6" in result.stdout


def test_the_store_can_come_from_the_environment(store):
    import os

    env = {**os.environ, "TADORI_STORE": str(store)}
    result = tadori("trace", "DV情報等", "--json", env=env)
    assert len(json.loads(result.stdout)["hops"]) >= 5


@pytest.mark.parametrize("args", [
    ("trace", "存在しない項目"),
    ("trace", "DV情報等", "--as-of", "2014-13-01"),
])
def test_a_user_mistake_is_one_line_and_exit_status_2(store, args):
    result = tadori(*args, "--store", str(store))
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_an_unknown_name_suggests_the_nearest_known_ones(store):
    result = tadori("trace", "DV情報", "--store", str(store), "--item", "x")
    assert result.returncode == 0  # a variant of the item, not an error
    result = tadori("trace", "住民基本台帳業", "--store", str(store))
    assert result.returncode == 2 and "住民基本台帳業務" in result.stderr


@pytest.mark.parametrize("case", ["missing", "unreadable", "no_columns", "bad_row"])
def test_bad_input_leaves_the_store_exactly_as_it_was(store, tmp_path, case):
    bad = tmp_path / "bad.csv"
    if case == "missing":
        expected = "no such file"
    elif case == "unreadable":
        bad.write_bytes(b"\xff\xfe\x00\x81\x00" * 50)
        bad = bad.rename(tmp_path / "bad.txt")
        expected = "cannot decode"
    elif case == "no_columns":
        bad.write_text("提供元の業務,提供先の業務\n甲業務,乙業務\n", encoding="utf-8")
        expected = "required column missing"
    else:
        header = ",".join(c.header for c in FLOW_COLUMNS)
        bad.write_text(header + "\n架空市,,甲業務,目的外利用,,乙業務,,,,,,,,\n架空市,,甲業務,貸出,,乙業務,,,,,,,,\n",
                       encoding="utf-8")
        expected = ":3"
    before = digest(store)
    result = tadori("ingest", SAMPLE[0], str(bad), "--store", str(store))
    assert result.returncode == 2
    assert str(bad) in result.stderr and expected in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(store) == before


def test_extract_json_uses_the_gold_schema_field_names(tmp_path):
    result = tadori("extract", SAMPLE[0], "--json")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    expected = {"doc", "municipality", "flows", "registrations", "council_cases", "statistics", "diagnostics"}
    assert expected <= set(answer)
    assert {"source_department", "source_business", "recipient_department", "recipient_business",
            "recipient_external", "kind", "basis", "basis_text", "start_date", "items", "reason", "line"} <= set(
        answer["flows"][0])


def test_template_writes_a_workbook_that_ingest_accepts(tmp_path):
    path = tmp_path / "blank.xlsx"
    assert tadori("template", str(path)).returncode == 0
    result = tadori("ingest", str(path), "--store", str(tmp_path / "t.db"))
    assert result.returncode == 0, result.stderr
