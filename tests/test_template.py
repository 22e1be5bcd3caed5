"""The canonical registry template: CSV and XLSX in, flows and registrations out, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from tadori.errors import IngestError
from tadori.ingest.template import FLOW_COLUMNS, REGISTRATION_COLUMNS, is_template, read_template, write_blank_xlsx

HEADER = ",".join(c.header for c in FLOW_COLUMNS)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def flow_row(**values: str) -> str:
    return ",".join(values.get(c.field, "") for c in FLOW_COLUMNS)


def test_a_csv_row_becomes_a_flow_with_its_line_and_normalised_values(tmp_path):
    path = write(tmp_path, "flows.csv", HEADER + "\n" + flow_row(
        municipality="架空市", source_department="住民課", source_business="住民記録業務", kind="外部提供",
        recipient_department="水道部", recipient_business="料金業務", basis_text="相当の理由・権利利益を書しない",
        start_date="令和元年5月7日", items="ＤＶ情報等、住所及び氏名") + "\n")
    extraction = read_template(path)
    (flow,) = extraction.flows
    assert (flow.kind, flow.basis, flow.start_date) == ("external_provision", "reasonable_grounds", "2019-05-07")
    assert flow.items == ["DV情報等", "住所", "氏名"]
    assert flow.line == 2 and flow.municipality == "架空市"
    assert extraction.document.municipality == "架空市" and extraction.document.genre == "template"


def test_english_headers_and_columns_in_another_order_are_read(tmp_path):
    path = write(tmp_path, "flows.csv",
                 "kind,recipient_external,source_business,municipality,basis\n"
                 "online_connection,委託事業者,給与業務,架空町,council\n")
    (flow,) = read_template(path).flows
    assert (flow.source_business, flow.recipient_external, flow.kind, flow.basis) == (
        "給与業務", "委託事業者", "online_connection", "council")


def test_a_cp932_csv_with_crlf_line_ends_is_read(tmp_path):
    text = HEADER + "\r\n" + flow_row(municipality="架空市", source_business="甲業務", kind="目的外利用",
                                      recipient_business="乙業務") + "\r\n"
    path = write(tmp_path, "flows.csv", text, encoding="cp932")
    assert is_template(path)
    assert read_template(path).flows[0].recipient_business == "乙業務"


def test_registrations_are_told_apart_by_their_headers(tmp_path):
    header = ",".join(c.header for c in REGISTRATION_COLUMNS)
    path = write(tmp_path, "regs.csv", header + "\n架空市,福祉課,見守り業務,廃止,平成30年3月31日,,,,\n")
    (registration,) = read_template(path).registrations
    assert (registration.action, registration.date, registration.line) == ("abolish", "2018-03-31", 2)


def test_an_xlsx_workbook_with_both_sheets_is_read(tmp_path):
    path = tmp_path / "template.xlsx"
    write_blank_xlsx(path)
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    workbook["流れ"].append(["架空市", "税務課", "課税業務", "目的外利用", "福祉課", "給付業務", None, "consent",
                            "本人同意", "2020-04-01", None, "課税状況", None, None])
    workbook["登録"].append(["架空市", "福祉課", "給付業務", "新規", "2020-04-01", None, None, "本人収集", None])
    workbook.save(path)
    extraction = read_template(path)
    assert [f.items for f in extraction.flows] == [["課税状況"]]
    assert extraction.flows[0].line == 3 and extraction.flows[0].start_date == "2020-04-01"  # row 2: the example
    assert [r.action for r in extraction.registrations] == ["new"]


@pytest.mark.parametrize(("row", "message", "line"), [
    (flow_row(municipality="架空市", source_business="甲業務", kind="貸出", recipient_business="乙業務"),
     "unknown 区分", 2),
    (flow_row(municipality="架空市", source_business="甲業務", kind="目的外利用", recipient_business="乙業務",
              start_date="平成25年2月30日"), "impossible date", 2),
    (flow_row(municipality="架空市", source_business="甲業務", kind="目的外利用", recipient_business="乙業務",
              end_date="来年度"), "not a full date", 2),
    (flow_row(municipality="架空市", source_business="甲業務", kind="目的外利用"), "提供先", 2),
    (flow_row(source_business="甲業務", kind="目的外利用", recipient_business="乙業務"), "自治体", 2),
])
def test_a_bad_row_names_the_file_and_line(tmp_path, row, message, line):
    path = write(tmp_path, "flows.csv", HEADER + "\n" + row + "\n")
    with pytest.raises(IngestError) as caught:
        read_template(path)
    assert message in str(caught.value)
    assert caught.value.line == line and str(path) in str(caught.value)


def test_a_table_without_the_required_columns_is_refused(tmp_path):
    path = tmp_path / "book.xlsx"
    workbook = Workbook()
    workbook.active.append(["提供元の業務", "提供先の業務"])
    workbook.save(path)
    with pytest.raises(IngestError, match="required column missing: 自治体, 区分"):
        read_template(path)


def test_a_broken_workbook_is_a_clear_error(tmp_path):
    path = write(tmp_path, "broken.xlsx", "not a zip file")
    with pytest.raises(IngestError, match="not a readable XLSX"):
        read_template(path)
