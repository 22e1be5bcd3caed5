"""The template workbook guides whoever fills it, and a registrations table without 登録区分 is refused
(issue 16, point 8)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from tadori.cli import cli
from tadori.errors import IngestError
from tadori.ingest.template import REGISTRATION_COLUMNS, read_template, write_blank_xlsx


def test_a_registrations_table_without_its_action_column_is_refused_not_read_as_empty(tmp_path):
    headers = [c.header for c in REGISTRATION_COLUMNS if c.field != "action"]
    path = tmp_path / "registrations.csv"
    path.write_text(",".join(headers) + "\n架空市,福祉課,見守り業務,平成30年3月31日,,,,\n", encoding="utf-8")
    with pytest.raises(IngestError, match="required column missing: 登録区分"):
        read_template(path)
    store = tmp_path / "tadori.db"
    result = CliRunner().invoke(cli, ["ingest", str(path), "--store", str(store)])
    assert result.exit_code == 2 and "登録区分" in result.stderr and not store.exists()


def test_the_template_has_drop_down_lists_and_an_example_row_that_is_never_read(tmp_path):
    path = tmp_path / "template.xlsx"
    assert CliRunner().invoke(cli, ["template", str(path)]).exit_code == 0
    workbook = load_workbook(path)
    for sheet, column, choices in (("流れ", "区分", "目的外利用,外部提供,オンライン結合,本人以外からの収集"),
                                   ("流れ", "根拠区分", "本人同意,法令等,生命等の保護,相当の理由,審議会の答申,不明"),
                                   ("登録", "登録区分", "新規,修正,廃止")):
        headers = [cell.value for cell in workbook[sheet][1]]
        letter = workbook[sheet].cell(row=1, column=headers.index(column) + 1).column_letter
        (validation,) = [v for v in workbook[sheet].data_validations.dataValidation
                         if str(v.sqref).startswith(f"{letter}2:")]
        assert validation.type == "list" and validation.formula1 == f'"{choices}"'
        assert workbook[sheet].cell(row=2, column=1).value == "記入例"
    extraction = read_template(path)
    assert extraction.flows == [] and extraction.registrations == []


def test_a_filled_row_with_the_drop_down_words_is_read(tmp_path):
    path = tmp_path / "template.xlsx"
    write_blank_xlsx(path)
    workbook = load_workbook(path)
    workbook["流れ"].append(["架空市", "税務課", "課税業務", "外部提供", None, None, "社会福祉協議会", "本人同意", None,
                            "平成26年1月1日", None, "住所", None, None])
    workbook.save(path)
    (flow,) = read_template(path).flows
    assert (flow.kind, flow.basis, flow.start_date, flow.line) == ("external_provision", "consent", "2014-01-01", 3)
