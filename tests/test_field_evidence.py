"""Every line that states a flow is kept, and each field knows its line (issue 16, point 3)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from click.testing import CliRunner
from shared_data import require_shared

from tadori.cli import cli
from tadori.graph.networkx_store import NetworkXStore
from tadori.ingest.documents import extract_document
from tadori.ingest.documents.layout.page import page_of
from tadori.ingest.documents.resolve.cited_fields import END_FIELDS, cite_fields
from tadori.ingest.documents.resolve.merge import merge_flows
from tadori.ingest.records import Document, Extraction, Flow
from tadori.ingest.recordstore import RecordStore
from tadori.queries.trace import trace


def _prose_and_row() -> list[Flow]:
    prose = Flow(source_department="市民課", source_business="台帳業務", recipient_business="支援システム業務",
                 start_date="2013-12-10", items=["識別番号"], line=48, quote="修正の理由の行")
    row = Flow(source_business="台帳業務", recipient_business="支援システム業務", basis="reasonable_grounds",
               basis_text="相当の理由", reason="被災状況の把握", line=99, quote="一覧の行")
    return [prose, row]


def test_a_flow_stated_in_a_reason_and_a_row_keeps_both_lines_and_which_field_each_gave():
    (flow,) = merge_flows(_prose_and_row(), table_lines={99})
    assert flow.line == 48 and flow.basis == "reasonable_grounds"
    assert [(e["line"], e["fields"]) for e in flow.evidence] == [
        (48, ["kind", "start_date", "items"]), (99, ["basis", "reason"])]
    assert flow.evidence[1]["quote"] == "一覧の行"


def test_the_record_store_keeps_the_evidence_and_an_older_store_gains_the_column(tmp_path):
    path = tmp_path / "old.db"
    old = RecordStore(path)
    document = Document(path="a.txt", sha256=hashlib.sha256(b"a").hexdigest(), municipality="東市", text="a")
    old.add(Extraction(document=document, flows=[Flow(id="f1", source_business="A業務", line=2)]))
    with sqlite3.connect(path) as db:  # a store written before the column existed
        db.execute("ALTER TABLE flows DROP COLUMN evidence")
    store = RecordStore(path)
    assert [f.evidence for f, _ in store.flows()] == [[]]  # opens, and gains the column (empty)
    flows = merge_flows(_prose_and_row(), table_lines={99})
    document = Document(path="b.txt", sha256=hashlib.sha256(b"b").hexdigest(), municipality="東市", text="b")
    store.add(Extraction(document=document, flows=[Flow(**{**flows[0].to_dict(with_quote=True), "id": "f1"})]))
    assert RecordStore(path).flows(document.id)[0][0].evidence == flows[0].evidence
    with sqlite3.connect(path) as db:
        assert [r[1] for r in db.execute("PRAGMA table_info(flows)")].count("evidence") == 1


def test_a_hop_cites_the_line_of_each_field_in_its_json(tmp_path):
    records = RecordStore(tmp_path / "r.db")
    flows = merge_flows(_prose_and_row(), table_lines={99})
    document = Document(path="r.txt", sha256=hashlib.sha256(b"r").hexdigest(), municipality="東市", text="r")
    records.add(Extraction(document=document, flows=[Flow(**{**f.to_dict(with_quote=True), "id": "f1"})
                                                     for f in flows]))
    (hop,) = trace(NetworkXStore.from_records(records), "台帳業務").hops
    assert hop.provenance["line"] == 48
    cited = {name: [c["line"] for c in lines] for name, lines in hop.to_dict()["field_lines"].items()}
    assert cited == {"kind": [48], "start_date": [48], "items": [48], "basis": [99], "reason": [99]}


def test_on_the_kawaguchi_seed_the_basis_of_the_disaster_system_hop_cites_its_own_line(tmp_path):
    shared = require_shared()
    path = tmp_path / "s.db"
    seed = shared / "seeds" / "004_7d76de6e77de09c8.txt"
    assert CliRunner().invoke(cli, ["ingest", str(seed), "--store", str(path)]).exit_code == 0
    result = CliRunner().invoke(cli, ["trace", "被災者支援システム運用業務", "--upstream", "--store", str(path),
                                      "--json"])
    hops = json.loads(result.stdout)["hops"]
    hop = next(h for h in hops if h["source"]["name"] == "被災者支援システム運用業務")
    assert hop["basis"] == "reasonable_grounds" and hop["provenance"]["line"] == 48
    basis_lines = [c["line"] for c in hop["field_lines"]["basis"]]
    assert basis_lines == [99] and "相当の理由" in hop["field_lines"]["basis"][0]["quote"]
    table = CliRunner().invoke(cli, ["trace", "被災者支援システム運用業務", "--upstream", "--store", str(path)]).stdout
    assert "004_7d76de6e77de09c8.txt:99" in table
    citations = CliRunner().invoke(cli, ["citations", "--store", str(path), "--json"]).stdout
    ends = ("被災者支援システム運用業務", "り災証明書等発行業務")
    row = next(r for r in json.loads(citations)["rows"] if (r["source"]["name"], r["recipient"]["name"]) == ends)
    assert row["provenance"]["line"] == 99  # a citation cites the line that states the basis


ROLL_PAGE = ["避難行動要支援者名簿の提供について", "", "名簿に載せる事項", "・氏名", "・住所",
             "・避難支援等を必要とする事由", "", "名簿の提供先", "・北浜市消防本部", "・北浜警察署",
             "・北浜市社会福祉協議会", "",
             "名簿は、災害対策基本法第49条の11第2項に基づき、本人の同意を得て平常時から提供します。"]


def test_each_item_and_basis_is_cited_on_a_line_that_says_it():
    read = extract_document(Document(path="roll.txt", sha256="0" * 64, text="\n".join(ROLL_PAGE)))
    assert {flow.recipient_external for flow in read.flows} == {"北浜市消防本部", "北浜警察署", "北浜市社会福祉協議会"}
    for flow in read.flows:
        assert flow.items, flow
        cited = {name: [entry["line"] for entry in flow.evidence if name in entry["fields"]]
                 for name in ("items", "basis")}
        for item in flow.items:
            assert any(item in ROLL_PAGE[line - 1] for line in cited["items"]), (item, flow.evidence)
        if flow.basis_text:
            assert any(flow.basis_text in ROLL_PAGE[line - 1] for line in cited["basis"]), flow.evidence
        assert flow.line in [entry["line"] for entry in flow.evidence]  # the line naming the body stays cited


def test_an_end_no_line_of_the_flow_names_is_cited_on_the_line_that_names_it():
    read = extract_document(Document(path="roll.txt", sha256="0" * 64, text="\n".join(ROLL_PAGE)))
    for flow in read.flows:
        assert flow.source_business == "避難行動要支援者名簿"
        cited = [entry["line"] for entry in flow.evidence if "source_business" in entry["fields"]]
        assert cited == [1], flow.evidence  # the title names the roll; the body's own line does not
        assert not any("recipient_external" in entry["fields"] for entry in flow.evidence)  # said on its own line


def test_a_flow_read_from_one_line_that_names_both_ends_gets_no_evidence():
    text = "健康課が保有する「がん検診事務」の受診結果を、保険課が「保健事業実施事務」で目的外に利用する。"
    (flow,) = extract_document(Document(path="one.txt", sha256="0" * 64, text=text)).flows
    assert (flow.source_department, flow.recipient_department) == ("健康課", "保険課")
    assert flow.evidence == []


def test_a_hop_cites_the_list_of_what_the_roll_holds_for_its_items(tmp_path):
    records = RecordStore(tmp_path / "r.db")
    text = "\n".join(ROLL_PAGE)
    document = Document(path="roll.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), municipality="北浜市",
                        text=text)
    records.add(extract_document(document))
    hops = trace(NetworkXStore.from_records(records), "氏名").hops
    assert hops
    for hop in hops:
        cited = hop.to_dict()["field_lines"]["items"]
        assert {entry["line"] for entry in cited} == {4, 5, 6}
        assert all(ROLL_PAGE[entry["line"] - 1].endswith(entry["quote"].lstrip("・")) for entry in cited)
        assert [entry["line"] for entry in hop.to_dict()["field_lines"]["source_business"]] == [1]


def _said(text: str) -> str:
    return "".join(text.split()).replace("「", "").replace("」", "")


def _read_pages(folder: Path) -> Iterator[tuple[str, dict[int, str], list[Flow]]]:
    """Each page of ``folder``: its name, each line said plainly by number, and the flows read from it."""
    for path in sorted(folder.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines = {line.no: _said(line.text) for line in page_of(text).lines}
        yield path.name, lines, extract_document(Document(path=path.name, sha256="0" * 64, text=text)).flows


def test_the_corpus_items_and_bases_are_on_the_lines_they_are_cited_on():
    found = total = 0
    for _, lines, flows in _read_pages(require_shared() / "corpus"):
        for flow in flows:
            evidence = flow.evidence or [{"line": flow.line, "fields": ["items", "basis"]}]
            for field, values in (("items", flow.items), ("basis", [flow.basis_text] if flow.basis_text else [])):
                cited = [entry["line"] for entry in evidence if field in entry["fields"]]
                for value in values:
                    total += 1
                    found += any(_said(value) in lines.get(line, "") for line in cited)
    print(f"{found} of {total} items and bases on a line they are cited on")
    assert total >= 200 and found >= 0.99 * total, (found, total)


def test_the_corpus_ends_are_on_a_line_the_flow_cites():
    found = total = 0
    for _, lines, flows in _read_pages(require_shared() / "corpus"):
        for flow in flows:
            cited = {flow.line, *(entry["line"] for entry in flow.evidence)}
            for field in END_FIELDS:
                value = getattr(flow, field)
                if value:
                    total += 1
                    found += any(_said(value) in lines.get(line, "") for line in cited)
    print(f"{found} of {total} named ends on a line their flow cites")
    assert total >= 100 and found >= 0.95 * total, (found, total)  # the rest are put together from two lines


def test_the_trace_page_names_the_line_that_names_the_roll(tmp_path):
    from tadori.dashboard.pages.trace_details import _field_lines
    from tadori.dashboard.trace_view import hop_row

    records = RecordStore(tmp_path / "r.db")
    text = "\n".join(ROLL_PAGE)
    records.add(extract_document(Document(path="roll.txt", sha256=hashlib.sha256(text.encode()).hexdigest(),
                                          municipality="北浜市", text=text)))
    hop = trace(NetworkXStore.from_records(records), "氏名").hops[0]
    shown = str(_field_lines(hop_row(hop)["field_lines"], "ja"))
    assert "提供元の業務: " in shown and "roll.txt:1 " in shown


ENTRY_PAGE = ["(1) 保険年金課 後期高齢者医療保険料徴収事務(変更日 令和4年9月1日)",
              "変更の内容 会計課の公金受取口座管理事務から口座情報を目的外利用により取得する。"]


def test_a_date_is_cited_on_the_line_that_writes_it():
    flow = Flow(source_department="会計課", recipient_department="保険年金課", start_date="2022-09-01", line=2,
                quote=ENTRY_PAGE[1])
    cite_fields([flow], page_of("\n".join(ENTRY_PAGE)).lines)
    assert [entry["line"] for entry in flow.evidence if "start_date" in entry["fields"]] == [1]
    assert 2 in [entry["line"] for entry in flow.evidence]  # the flow's own line stays cited for the rest
    told = Flow(source_department="会計課", recipient_department="保険年金課", start_date="2022-09-01", line=2,
                quote="9月1日から会計課の…")
    cite_fields([told], page_of("令和4年度\n9月1日から会計課の口座情報を保険年金課が目的外利用する。").lines)
    assert told.evidence == []  # its month and day are on its own line: the year is the page's


FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_every_fixture_date_and_end_is_on_a_line_its_flow_cites_when_the_page_writes_it():
    checked = 0
    for name, said, flows in _read_pages(FIXTURES):
        for flow in flows:
            cited = {flow.line, *(entry["line"] for entry in flow.evidence)}
            for field in END_FIELDS:
                value = _said(getattr(flow, field) or "")
                if len(value) >= 2 and any(value in line for line in said.values()):
                    checked += 1
                    assert any(value in said.get(no, "") for no in cited), (name, flow.line, field, value)
            if flow.start_date and len(flow.start_date) == 10:
                dated = [entry["line"] for entry in flow.evidence if "start_date" in entry["fields"]] or [flow.line]
                month_day = "{}月{}日".format(*(int(part) for part in flow.start_date.split("-")[1:]))
                if any(month_day in line for line in said.values()):
                    checked += 1
                    assert any(month_day in said.get(no, "") for no in dated), (name, flow.line, flow.start_date)
    assert checked > 1000
