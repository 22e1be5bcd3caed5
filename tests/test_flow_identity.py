"""Distinct flows stay distinct, merges are listed with their reason, and the flow counts agree
(issue 16, point 4)."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from click.testing import CliRunner
from shared_data import require_shared

from tadori.cli import cli
from tadori.graph.networkx_store import NetworkXStore
from tadori.ingest.records import Document, Extraction, Flow
from tadori.ingest.recordstore import RecordStore
from tadori.queries.merges import flow_counts, flow_merges
from tadori.queries.trace import trace


def _document(records: RecordStore, name: str, flows: list[Flow]) -> None:
    document = Document(path=name, sha256=hashlib.sha256(name.encode()).hexdigest(), municipality="東市",
                        title="令和3年度 運用状況", text=name)
    records.add(Extraction(document=document, flows=[Flow(**{**f.to_dict(), "municipality": "東市"})
                                                     for f in flows]))


def test_one_business_name_under_two_departments_of_one_document_is_two_flows(tmp_path):
    records = RecordStore(tmp_path / "r.db")
    _document(records, "report.txt", [
        Flow(id="f1", source_business="手当支給業務", recipient_business="給付金業務", basis="law", line=5),
        Flow(id="f2", source_department="人事課", source_business="手当支給業務", recipient_business="給付金業務",
             basis="law", line=6),
        Flow(id="f3", source_business="台帳業務", recipient_department="総務課", recipient_business="分析事業",
             basis="council", line=9),
        Flow(id="f4", source_business="台帳業務", recipient_department="保険課", recipient_business="分析事業",
             basis="council", line=9)])
    store = NetworkXStore.from_records(records)
    assert len(store.flows()) == 4
    sources = sorted((h.source["name"], h.source["department"] or "") for h in trace(store, "手当支給業務").hops)
    assert sources == [("手当支給業務", ""), ("手当支給業務", "人事課")]
    assert flow_merges(store) == []


def test_one_flow_stated_in_two_documents_is_one_flow_listed_as_merged_with_its_reason(tmp_path):
    records = RecordStore(tmp_path / "r.db")
    same = Flow(id="f1", source_business="出退勤システム", recipient_external="委託事業者", kind="online_connection",
                basis="council", line=3)
    _document(records, "report.txt", [same])
    _document(records, "minutes.txt", [Flow(**{**same.to_dict(), "source_department": "人事課", "line": 12})])
    store = NetworkXStore.from_records(records)
    assert flow_counts(store) == {"flows": 1, "statements": 2, "merged": 1}
    (merge,) = flow_merges(store)
    assert merge.reason == "several_documents"
    assert sorted((s["document"], s["line"]) for s in merge.statements) == [("minutes.txt", 12), ("report.txt", 3)]


def test_a_named_outside_party_is_one_party_whatever_it_receives_data_for(tmp_path):
    records = RecordStore(tmp_path / "r.db")
    _document(records, "report.txt", [
        Flow(id="f1", source_business="要援護者登録制度", recipient_external="東市社会福祉協議会",
             kind="external_provision", line=3),
        Flow(id="f2", source_business="商品券業務", recipient_external="東市社会福祉協議会",
             recipient_business="避難者への商品券の贈呈", kind="external_provision", line=8),
        Flow(id="f3", source_business="通知業務", recipient_external="受託事業者", recipient_business="通知文発送業務",
             kind="online_connection", line=9),
        Flow(id="f4", source_business="通知業務", recipient_external="受託事業者", recipient_business="封入業務",
             kind="online_connection", line=10)])
    store = NetworkXStore.from_records(records)
    parties = sorted(n.name for n in store.nodes("ExternalParty"))
    assert parties == ["受託事業者（封入業務）", "受託事業者（通知文発送業務）", "東市社会福祉協議会"]
    gift = next(f for f in store.flows() if f.recipient_business == "避難者への商品券の贈呈")
    assert store.node(gift.target).name == "東市社会福祉協議会"  # the bracket is the purpose, on the flow


def _text(component: Any) -> str:
    if isinstance(component, (list, tuple)):
        return " ".join(_text(c) for c in component)
    if hasattr(component, "children"):
        return _text(component.children)
    return "" if component is None else str(component)


def _find(component: Any, component_id: str) -> Any:
    if getattr(component, "id", None) == component_id:
        return component
    children = getattr(component, "children", None)
    for child in children if isinstance(children, (list, tuple)) else [children]:
        if child is not None and not isinstance(child, str) and (found := _find(child, component_id)) is not None:
            return found
    return None


def test_the_three_flow_counts_agree_on_the_seeds(tmp_path):
    shared = require_shared()
    path = tmp_path / "seeds.db"
    result = CliRunner().invoke(cli, ["ingest", *map(str, sorted((shared / "seeds").glob("*.txt"))), "--store",
                                      str(path)])
    assert result.exit_code == 0, result.output
    ingested = sum(int(n) for n in re.findall(r": (\d+) flows,", result.stdout))
    assert f"{ingested} flow statements" in result.stdout

    from tadori.dashboard.app import create_app

    store = NetworkXStore.from_records(RecordStore(path))
    create_app(store)
    from tadori.dashboard.pages import documents, home, quality  # pages register on an app: import after it
    table = _find(documents.layout("ja"), "documents-table")
    listed = sum(int(row.children[4].children) for row in table.children[1].children)
    counts = flow_counts(store)
    home_text = _text(home.layout("ja"))
    merges = flow_merges(store)
    merge_table = _find(quality.layout("ja"), "quality-merges")
    assert ingested == listed == counts["statements"] == 65
    assert f"流れ {counts['flows']} 件" in home_text and f"文書の記載 {counts['statements']} 件" in home_text
    assert counts["flows"] == counts["statements"] - sum(len(m.statements) - 1 for m in merges) == 64
    assert len(merge_table.children[1].children) == len(merges) == counts["merged"] == 1
    assert "複数の文書" in _text(merge_table)
