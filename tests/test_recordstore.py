"""The SQLite record store: versioned schema, one transaction per ingest, idempotent by sha256."""

from __future__ import annotations

import sqlite3

import pytest

from tadori.errors import StoreError, StoreUnavailable
from tadori.ingest.records import CouncilCase, Diagnostic, Document, Extraction, Flow, Registration, Statistic
from tadori.ingest.recordstore import SCHEMA_VERSION, RecordStore


def extraction(sha: str = "a" * 64, **records) -> Extraction:
    return Extraction(document=Document(path=f"docs/{sha[:4]}.txt", sha256=sha, municipality="架空市",
                                        title="架空市の報告", text="一行目\n二行目\n"), **records)


def test_every_record_type_round_trips_with_its_provenance(tmp_path):
    store = RecordStore(tmp_path / "nested" / "t.db")
    store.add(extraction(
        flows=[Flow(id="f1", source_business="甲業務", recipient_business="乙業務", items=["住所", "氏名"], line=2,
                    quote="二行目")],
        registrations=[Registration(department="福祉課", business="乙業務", action="modify", items_added=["住所"],
                                    collection_methods=["本人収集"], line=1)],
        council_cases=[CouncilCase(id="c1", date="2020-05-07", title="乙業務の件", articles=["条例第9条第3項第4号"],
                                   decision="approved", flow_ids=["f1"], line=1)],
        statistics=[Statistic(table="件数", organ_or_basis="市長", kind="purpose_outside_use", count=11, line=1)],
        diagnostics=[Diagnostic(2, "warning", "読めない行")],
    ))
    ((flow, document_id),) = store.flows()
    assert (flow.items, flow.line, flow.quote, flow.municipality) == (["住所", "氏名"], 2, "二行目", "架空市")
    assert store.registrations()[0][0].collection_methods == ["本人収集"]
    assert store.council_cases()[0][0].flow_ids == ["f1"]
    assert store.statistics()[0][0].count == 11
    assert store.diagnostics()[0][0].message == "読めない行"
    assert store.document_text(document_id) == "一行目\n二行目\n"
    assert store.documents()[0].title == "架空市の報告"


def test_the_same_document_twice_is_stored_once(tmp_path):
    store = RecordStore(tmp_path / "t.db")
    assert store.add(extraction(flows=[Flow(id="f1", source_business="甲業務", recipient_business="乙業務")]))
    assert not store.add(extraction(flows=[Flow(id="f1", source_business="甲業務", recipient_business="乙業務")]))
    assert store.counts()["flows"] == 1 and store.counts()["documents"] == 1


def test_a_failure_inside_the_transaction_leaves_the_store_as_it_was(tmp_path):
    store = RecordStore(tmp_path / "t.db")
    store.add(extraction("b" * 64, flows=[Flow(id="f1", source_business="甲業務", recipient_business="乙業務")]))
    before = (tmp_path / "t.db").read_bytes()
    duplicate_ids = [Flow(id="f1", source_business="甲業務"), Flow(id="f1", source_business="丙業務")]
    with pytest.raises(sqlite3.IntegrityError):
        store.add_many([extraction("c" * 64), extraction("d" * 64, flows=duplicate_ids)])
    assert (tmp_path / "t.db").read_bytes() == before
    assert store.counts()["documents"] == 1


def test_reading_a_store_that_does_not_exist_says_how_to_make_one(tmp_path):
    with pytest.raises(StoreUnavailable, match="tadori ingest"):
        RecordStore(tmp_path / "missing.db").flows()


def test_a_store_of_another_schema_version_is_refused(tmp_path):
    store = RecordStore(tmp_path / "t.db")
    store.add(extraction())
    with sqlite3.connect(tmp_path / "t.db") as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    with pytest.raises(StoreError, match="schema"):
        store.documents()
