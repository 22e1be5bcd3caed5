"""``tadori synth``: a deterministic synthetic national store, and its reports readable by the readers."""

from __future__ import annotations

import hashlib
import json

from click.testing import CliRunner

from tadori.cli import cli
from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document
from tadori.ingest.recordstore import RecordStore
from tadori.ingest.synthetic import city_extractions, report_text


def _fingerprint(store: RecordStore) -> str:
    rows = [json.dumps(flow.to_dict(), ensure_ascii=False, sort_keys=True) for flow, _ in store.flows()]
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()


def test_the_same_seed_writes_the_same_store_and_another_seed_another(tmp_path):
    runner = CliRunner()
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        result = runner.invoke(cli, ["synth", "--municipalities", "3", "--flows-per-city", "40", "--seed", str(seed),
                                     "--store", str(tmp_path / f"{name}.db")])
        assert result.exit_code == 0, result.output
        assert "120 flows in 3 cities" in result.output
    a, b, c = (_fingerprint(RecordStore(tmp_path / f"{name}.db")) for name in "abc")
    assert a == b != c


def test_synth_refuses_to_write_into_an_existing_store(tmp_path):
    runner = CliRunner()
    args = ["synth", "--municipalities", "1", "--flows-per-city", "10", "--store", str(tmp_path / "s.db")]
    assert runner.invoke(cli, args).exit_code == 0
    again = runner.invoke(cli, args)
    assert again.exit_code == 2
    assert "already there" in again.output


def test_each_city_sends_dv_flags_from_its_register_and_fans_out_from_the_heavy_sources():
    for extraction in city_extractions(municipalities=2, flows_per_city=2000, seed=5):
        dv = [f for f in extraction.flows if "DV情報等" in f.items]
        assert {f.source_business for f in dv} == {"住民基本台帳業務", "国民健康保険業務"}
        sources = [f.source_business for f in extraction.flows]
        # heavy-tailed: the register alone sends more than the 200 least used sources together
        counts = sorted((sources.count(name) for name in set(sources)), reverse=True)
        assert sources.count("住民基本台帳業務") == counts[0]
        assert counts[0] > sum(counts[-200:])
        council = [f.id for f in extraction.flows if f.basis == "council"]
        approved = [flow_id for case in extraction.council_cases for flow_id in case.flow_ids]
        assert sorted(approved) == sorted(council)


def test_a_city_report_reads_back_into_the_same_flows():
    extraction = next(city_extractions(municipalities=1, flows_per_city=300, seed=2))
    text = report_text("架空市", extraction)
    read = extract_document(Document(path="report.txt", sha256="0" * 64, text=text))
    assert not read.diagnostics
    def ends(flow):
        recipient = flow.recipient_business or flow.recipient_external or flow.recipient_department
        return flow.source_business, recipient, flow.kind, flow.start_date, tuple(flow.items)

    assert sorted(map(ends, read.flows)) == sorted(map(ends, extraction.flows))
