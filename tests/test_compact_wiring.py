"""Which graph a command gets: a national store's whole-country questions read its compact index.

The threshold (tadori.wiring.COMPACT_FROM_FLOWS, 50,000 flows) is lowered here so a small store stands in
for a national one; the answers must be those of the in-memory graph, word for word.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import tadori.wiring as wiring
from tadori.cli import cli
from tadori.graph.compact_index import index_is_current, index_path
from tadori.graph.compact_store import CompactStore
from tadori.graph.networkx_store import NetworkXStore
from tadori.ingest.records import Document, Extraction, Flow
from tadori.ingest.recordstore import RecordStore
from tadori.ingest.synthetic import write_record_store


@pytest.fixture()
def records(tmp_path) -> RecordStore:
    return write_record_store(tmp_path / "s.db", municipalities=3, flows_per_city=50, businesses=45, seed=5)


def test_a_small_store_is_built_in_memory_and_leaves_no_index(records):
    store = wiring.open_graph_store(str(records.path))
    assert isinstance(store, NetworkXStore)
    assert not index_path(records).exists()


def test_a_national_store_reads_its_index_and_answers_as_the_memory_graph(records, monkeypatch):
    runner = CliRunner()
    command = ["trace", "DV情報等", "--store", str(records.path), "--json"]
    in_memory = runner.invoke(cli, command)
    monkeypatch.setattr(wiring, "COMPACT_FROM_FLOWS", 100)
    store = wiring.open_graph_store(str(records.path))
    assert isinstance(store, CompactStore) and index_is_current(records)
    from_index = runner.invoke(cli, command)
    assert from_index.exit_code == in_memory.exit_code == 0
    assert from_index.output == in_memory.output
    # One city still gets that city's graph only, built from the indexed record store.
    assert isinstance(wiring.open_graph_store(str(records.path), municipality="架空市0001"), NetworkXStore)


def test_an_ingest_makes_the_index_stale_and_refresh_index_rebuilds_it(records, monkeypatch):
    monkeypatch.setattr(wiring, "COMPACT_FROM_FLOWS", 100)
    assert wiring.refresh_index(records) is True
    assert wiring.refresh_index(records) is False  # current already: nothing to do
    records.add(Extraction(document=Document(path="late.csv", sha256="c" * 64, municipality="架空市0002"),
                           flows=[Flow(id="f1", source_business="戸籍業務", recipient_business="就学事務", line=2)]))
    assert not index_is_current(records)
    store = wiring.open_graph_store(str(records.path))  # the next whole-country question rebuilds it
    assert index_is_current(records)
    assert any(p["document"] == "late.csv" for f in store.flows("架空市0002") for p in f.provenance)


def test_synth_indexes_a_national_store(tmp_path, monkeypatch):
    monkeypatch.setattr(wiring, "COMPACT_FROM_FLOWS", 100)
    path = tmp_path / "n.db"
    result = CliRunner().invoke(cli, ["synth", "--municipalities", "2", "--flows-per-city", "60", "--store",
                                      str(path)])
    assert result.exit_code == 0, result.output
    assert index_is_current(RecordStore(path))


def test_ingest_and_removal_bring_a_national_index_up_to_date(records, monkeypatch, tmp_path):
    monkeypatch.setattr(wiring, "COMPACT_FROM_FLOWS", 100)
    wiring.refresh_index(records)
    report = tmp_path / "late.csv"
    report.write_text("source_department,source_business,recipient_department,recipient_business,kind,basis,"
                      "municipality\n市民課,住民基本台帳業務,学務課,就学事務,purpose_outside_use,law,架空市0001\n",
                      encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(report), "--store", str(records.path)])
    assert result.exit_code == 0, result.output
    assert "graph index up to date" in result.output and index_is_current(records)
    assert any(p["document"] == "late.csv" for f in CompactStore.open(records, rebuild=False).flows("架空市0001")
               for p in f.provenance)
    result = runner.invoke(cli, ["documents", "remove", "late.csv", "--store", str(records.path)])
    assert result.exit_code == 0, result.output
    assert index_is_current(records)
    assert not any(p["document"] == "late.csv" for f in CompactStore.open(records, rebuild=False).flows()
                   for p in f.provenance)
