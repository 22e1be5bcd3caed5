"""``tadori export trace``: the dashboard's trace exports from the command line."""

from __future__ import annotations

import io

import click
import networkx as nx
import openpyxl
import pytest
from click.testing import CliRunner

from tadori.cli_exports import COMMANDS, EXPORT_COMMANDS, export_trace


@pytest.fixture(scope="module")
def cli():
    """A stand-in ``export`` group with these subcommands (the real group lives in cli_neo4j)."""
    group = click.Group("export")
    for command in EXPORT_COMMANDS:
        group.add_command(command)
    return group


def run(cli, *args):
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize("suffix,check", [
    (".graphml", lambda b: nx.read_graphml(io.BytesIO(b)).graph["query_item"] == "DV情報等"),
    (".xlsx", lambda b: openpyxl.load_workbook(io.BytesIO(b)).sheetnames == ["hops", "query"]),
    (".csv", lambda b: b.decode("utf-8-sig").startswith("flow_id,")),  # the query: in dv.query.csv
    (".mmd", lambda b: b"flowchart LR" in b),
    (".json", lambda b: b'"generated_at"' in b),
])
def test_each_format_is_chosen_by_the_suffix_and_states_the_query(cli, sample_records, tmp_path, suffix, check):
    out = tmp_path / f"dv{suffix}"
    result = run(cli, "trace", "DV情報等", "-o", str(out), "--store", str(sample_records.path), "--as-of", "2014-03-31")
    assert result.exit_code == 0, result.output
    assert check(out.read_bytes())


def test_mistakes_are_one_line_errors(cli, sample_records, tmp_path):
    unknown = run(cli, "trace", "存在しない項目", "-o", str(tmp_path / "x.csv"), "--store", str(sample_records.path))
    assert unknown.exit_code == 2 and unknown.output.startswith("error: ")
    suffix = run(cli, "trace", "DV情報等", "-o", str(tmp_path / "x.txt"), "--store", str(sample_records.path))
    assert suffix.exit_code == 2 and "--format" in suffix.output


def test_nothing_is_added_at_the_top_level_where_trace_already_exists():
    assert COMMANDS == [] and export_trace.name == "trace"


def test_a_csv_export_opens_in_plain_pandas_and_its_query_sits_beside_it(cli, sample_records, tmp_path):
    import pandas

    out = tmp_path / "dv.csv"
    result = run(cli, "trace", "DV情報等", "-o", str(out), "--store", str(sample_records.path), "--kind", "目的外利用")
    assert result.exit_code == 0, result.output
    table = pandas.read_csv(out, encoding="utf-8-sig")
    assert len(table) == 5 and set(table["kind"]) == {"purpose_outside_use"}  # 4 confirmed, 1 possible
    assert "介護保険資格管理業務" in set(table["recipient_business"])
    query = dict(pandas.read_csv(tmp_path / "dv.query.csv", encoding="utf-8-sig").values)
    assert query["item"] == "DV情報等" and query["kind"] == "purpose_outside_use" and query["generated_at"]
