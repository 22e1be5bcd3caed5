"""Published counts against itemised records."""

from __future__ import annotations

import hashlib

import pytest

from tadori.graph.networkx_store import NetworkXStore
from tadori.ingest.records import Document, Extraction, Flow, Statistic
from tadori.ingest.recordstore import RecordStore
from tadori.queries.filters import UnknownValue
from tadori.queries.reconcile import organ_of, reconcile, report_year
from tadori.queries.testing import tiny_report_store


def rows_of(result):
    return [(r.statistic["organ_or_basis"], r.statistic["kind"], r.statistic["count"], r.itemised, r.difference,
             r.status) for r in result.rows]


def test_a_report_that_counts_four_uses_and_itemises_three_differs_by_one(tmp_path):
    result = reconcile(tiny_report_store(str(tmp_path)))
    assert rows_of(result) == [
        ("市長", "purpose_outside_use", 4, 3, 1, "differs"),
        ("条例第9条第3項第3号(生命等の保護)", "purpose_outside_use", 2, 2, 0, "match"),
        ("審議会の答申によるもの", "purpose_outside_use", 2, 1, 1, "differs"),
        ("市長", "registration_new", 1, 1, 0, "match"),
    ]


def test_each_row_cites_the_statistics_line_and_the_records_lines(tmp_path):
    row = reconcile(tiny_report_store(str(tmp_path))).rows[1]
    assert row.provenance["document"] == "r2-report.txt" and row.provenance["line"] == 5
    assert [r["line"] for r in row.records] == [10, 11]
    assert row.year == 2020 and row.municipality == "久留米市" and row.scope == "basis:vital_interest"


def test_the_year_and_municipality_filters_narrow_the_reports(tmp_path):
    store = tiny_report_store(str(tmp_path))
    assert reconcile(store, year=2019).rows == []
    with pytest.raises(UnknownValue, match="accepted: 久留米市"):  # a city the store does not know is refused
        reconcile(store, municipality="川口市")
    assert reconcile(store, municipality="久留米").rows == reconcile(store, municipality="久留米市").rows
    assert len(reconcile(store, year=2020, municipality="久留米市").rows) == 4


def _report(records: RecordStore, name: str, title: str, flows: list[Flow], statistics: list[Statistic]) -> None:
    document = Document(path=name, sha256=hashlib.sha256(name.encode()).hexdigest(), municipality="市", title=title,
                        text=title)
    records.add(Extraction(document=document, flows=flows, statistics=statistics))


def test_the_year_scope_pools_the_documents_of_the_same_city_and_year_counting_a_flow_once(tmp_path):
    records = RecordStore(tmp_path / "r.db")
    same = Flow(id="f1", source_business="A業務", recipient_business="B業務", basis="law", line=4)
    _report(records, "report.txt", "令和3年度 運用状況", [same],
            [Statistic(table="t", organ_or_basis="合計", kind="purpose_outside_use", count=2, line=2)])
    _report(records, "minutes.txt", "令和3年度 第1回審議会", [
        Flow(id="f1", source_business="A業務", recipient_business="B業務", basis="law", line=9),
        Flow(id="f2", source_business="C業務", recipient_business="B業務", basis="law", line=10)], [])
    _report(records, "old.txt", "令和2年度 第1回審議会", [
        Flow(id="f1", source_business="D業務", recipient_business="B業務", basis="law", line=3)], [])
    store = NetworkXStore.from_records(records)
    assert rows_of(reconcile(store)) == [("合計", "purpose_outside_use", 2, 1, 1, "differs")]
    assert rows_of(reconcile(store, scope="year")) == [("合計", "purpose_outside_use", 2, 2, 0, "match")]


def test_a_row_header_that_is_neither_total_basis_nor_organ_is_not_comparable(tmp_path):
    records = RecordStore(tmp_path / "r.db")
    _report(records, "r.txt", "令和3年度", [],
            [Statistic(table="t", organ_or_basis="その他", kind="external_provision", count=5, line=2),
             Statistic(table="t", organ_or_basis="閲覧", kind="disclosure_request", count=5, line=3)])
    result = reconcile(NetworkXStore.from_records(records))
    assert rows_of(result) == [("その他", "external_provision", 5, None, None, "not_comparable")]


def test_a_count_of_a_kind_the_report_never_itemises_is_not_itemised_not_a_difference(tmp_path):
    records = RecordStore(tmp_path / "r.db")
    _report(records, "r.txt", "令和3年度 運用状況", [
        Flow(id="f1", source_business="A業務", recipient_business="B業務", basis="law", line=7)], [
        Statistic(table="t", organ_or_basis="合計", kind="purpose_outside_use", count=2, line=2),
        Statistic(table="t", organ_or_basis="合計", kind="external_provision", count=233, line=3)])
    result = reconcile(NetworkXStore.from_records(records))
    assert rows_of(result) == [("合計", "purpose_outside_use", 2, 1, 1, "differs"),
                               ("合計", "external_provision", 233, 0, 233, "not_itemised")]


@pytest.mark.parametrize(("department", "organ"), [
    ("教育総務課", "教育委員会"), ("水道局 営業管理室", "企業管理者"), ("医療センター医事課", "病院事業管理者"),
    ("市民課", "市長"), (None, "市長"),
])
def test_departments_belong_to_organs_by_the_vocabulary_file(department, organ):
    assert organ_of(department) == organ


def test_the_report_year_is_read_from_the_era_year():
    assert report_year("令和元年度 運用状況") == 2019
    assert report_year("平成25年度 第2回") == 2013
