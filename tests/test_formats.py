"""Published formats: PDFs printed by headless Chromium, city web pages, workbooks and CSV files.

Every document here is made at test time (no binary fixture): invented pages, and the seed and corpus
texts rendered as a city would publish them. Rendering is done once per session.
"""

from __future__ import annotations

import base64
import functools
import importlib.util
import io
import json
import sqlite3
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path
from unittest import mock

import pytest
from doc_rendering import city_page, page_html, pdf_printer, require_chromium, text_body
from formats_documents import (
    FILES,
    FLOW_ROWS,
    LEFT,
    REPORT_STYLE,
    RIGHT,
    expected_recipients,
    filebo_definition_list_body,
    filebo_sheets_body,
    filebo_wide_body,
    flow_report_body,
    wide_rows,
)
from shared_data import SHARED, require_shared

from tadori.errors import IngestError
from tadori.ingest.formats import convert
from tadori.ingest.loader import extract_file, ingest_files
from tadori.ingest.recordstore import RecordStore
from tadori.ingest.sources import detect_format

PARITY = 0.05  # the flows F1 of a rendered document may differ from its .txt's by this much at most


@pytest.fixture(scope="session")
def printed(tmp_path_factory):
    """A function (name, html) → path of the PDF, printed once per session by one headless Chromium."""
    require_chromium()
    folder = tmp_path_factory.mktemp("pdf")
    cache: dict[tuple[str, bool], Path] = {}
    with pdf_printer(tmp_path_factory.mktemp("chromium-profile")) as print_pdf:
        def make(name: str, markup: str, header_footer: bool = True) -> Path:
            key = (name, header_footer)
            if key not in cache:
                cache[key] = print_pdf(markup, folder / f"{name}.pdf", header_footer=header_footer)
            return cache[key]

        yield make


def shared_documents() -> list[tuple[str, str]]:
    """(folder, stem) of every seed and corpus document with a gold file."""
    found = []
    if (SHARED / "seeds").is_dir():
        found += [("seeds", p.stem) for p in sorted((SHARED / "seeds").glob("*.txt"))
                  if (SHARED / "gold" / f"{p.stem}.json").is_file()]
    if (SHARED / "corpus").is_dir():
        found += [("corpus", p.stem) for p in sorted((SHARED / "corpus").glob("*.txt"))
                  if p.with_suffix(".json").is_file()]
    return found or [("seeds", "(no shared data)")]


@functools.cache
def _scorer():
    """The shared scorer, run as it is but in this process (its main() with its own arguments)."""
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    def run(gold: Path, predicted: Path) -> dict:
        out = io.StringIO()
        with mock.patch.object(sys, "argv", ["score.py", str(gold), str(predicted)]), redirect_stdout(out):
            module.main()
        return json.loads(next(line for line in out.getvalue().splitlines() if line.startswith("{")))

    return run


def _flows_f1(scorer, gold: Path, path: Path, tmp_path: Path) -> float:
    predicted = tmp_path / f"{path.name}.json"
    predicted.write_text(json.dumps(extract_file(path).to_json(), ensure_ascii=False), encoding="utf-8")
    return scorer(gold, predicted)["flows"]["F1"]


@pytest.mark.seeds
@pytest.mark.parametrize("folder,stem", shared_documents())
def test_seed_and_corpus_documents_as_pdf_and_html_score_as_their_text(folder, stem, printed, tmp_path):
    shared = require_shared()
    scorer = _scorer()
    text_path = shared / folder / f"{stem}.txt"
    gold = shared / "gold" / f"{stem}.json" if folder == "seeds" else text_path.with_suffix(".json")
    body = text_body(text_path.read_text(encoding="utf-8"))
    pdf = printed(stem, page_html(body, stem))
    web = tmp_path / f"{stem}.html"
    web.write_text(city_page(body, stem), encoding="utf-8")
    as_text = _flows_f1(scorer, gold, text_path, tmp_path)
    as_pdf = _flows_f1(scorer, gold, pdf, tmp_path)
    as_html = _flows_f1(scorer, gold, web, tmp_path)
    assert abs(as_pdf - as_text) <= PARITY and abs(as_html - as_text) <= PARITY, (as_text, as_pdf, as_html)


# -- PDF ---------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def report_pdf(printed) -> Path:
    return printed("report", page_html(REPORT_STYLE + flow_report_body(), "架空市の運用状況"))


def test_pdf_table_over_pages_reads_as_one_table_with_pages(report_pdf):
    extraction = extract_file(report_pdf)
    flows = {flow.source_business: flow for flow in extraction.flows}
    assert len(extraction.flows) == FLOW_ROWS
    first, last = flows["架空台帳業務1"], flows[f"架空台帳業務{FLOW_ROWS}"]
    assert (first.source_department, first.recipient_business, first.basis) == ("架空1課", "受領業務1", "consent")
    assert first.page == 1 and last.page >= 2
    lines = extraction.document.text.split("\n")
    assert sum(1 for line in lines if line.startswith("No.\t担当課")) == 1  # the repeated header dropped
    for flow in extraction.flows:
        assert lines[flow.line - 1].strip() == flow.quote
        assert extraction.document.locators[flow.line - 1]["page"] == flow.page


def test_pdf_table_going_on_over_a_page_without_its_header_is_one_table(printed):
    rows = "".join(f"<tr><td>架空{n}課</td><td>{n}</td><td>{n * 2}</td></tr>" for n in range(1, 80))
    body = f"<table><tr><th>実施機関</th><th>目的外利用</th><th>外部提供</th></tr>{rows}</table>"
    lines = extract_file(printed("no-repeat", page_html(body, "no-repeat"))).document.text.split("\n")
    first, last = lines.index("架空1課\t1\t2"), lines.index("架空79課\t79\t158")
    assert last - first == 78 and "" not in lines[first:last + 1]


def test_pdf_drops_running_headers_and_page_numbers(report_pdf):
    text = extract_file(report_pdf).document.text
    assert "架空市の運用状況" not in text  # the running header (the page title)
    assert not any(line.strip().startswith("- ") and line.strip().endswith(" -") for line in text.split("\n"))


def test_pdf_joins_spaced_characters_wrapped_cells_vertical_text_and_paragraphs(report_pdf):
    lines = extract_file(report_pdf).document.text.split("\n")
    assert "個人情報の目的外利用" in lines
    assert any(line.startswith("架空市では、") and line.endswith("二行目以降にも折り返されます。") for line in lines)
    assert all("\t目的外\t" in line for line in lines if line.startswith("1\t架空1課"))  # the narrow cell, one cell
    assert "縦書見出\t縦書の隣の値" in lines
    assert any(line.startswith("欄外縦書") for line in lines)  # set vertically beside the text: one word


def test_pdf_two_columns_read_left_column_first(report_pdf):
    lines = extract_file(report_pdf).document.text.split("\n")
    left = lines.index(LEFT * 3)
    right = lines.index(RIGHT * 3)
    assert left < right


def test_pdf_table_without_rules_reads_by_its_column_gaps(printed):
    cell = "<td style='border:none;padding:0 2em 0 0'>{}</td>"
    head = "".join(f"<th style='border:none;padding:0 2em 0 0;text-align:left'>{h}</th>"
                   for h in ("番号", "担当課", "業務の名称", "提供先", "根拠"))
    rows = "".join("<tr>" + "".join(cell.format(v) for v in (n, f"架空{n}課", f"台帳業務{n}", "架空協議会", "本人同意"))
                   + "</tr>" for n in range(1, 6))
    body = f"<p>架空町 外部提供の状況</p><table style='border:none'><tr>{head}</tr>{rows}</table>"
    flows = extract_file(printed("unruled", page_html(body, "unruled"))).flows
    assert [(f.source_business, f.recipient_external or f.recipient_business) for f in flows] == [
        (f"台帳業務{n}", "架空協議会") for n in range(1, 6)]


def test_pdf_without_text_layer_names_the_page_and_guesses_nothing(printed, tmp_path):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), "white").save(buffer, format="PNG")
    image = base64.b64encode(buffer.getvalue()).decode()
    scan = printed("scan", page_html(f'<img src="data:image/png;base64,{image}" width=400>', "scan"),
                   header_footer=False)
    extraction = extract_file(scan)
    assert extraction.flows == [] and extraction.document.text.strip() == ""
    [diagnostic] = extraction.diagnostics
    assert diagnostic.page == 1 and "page 1" in diagnostic.message and "OCR" in diagnostic.message


def test_a_pdf_named_txt_is_read_as_a_pdf(report_pdf, tmp_path):
    renamed = tmp_path / "report.txt"
    renamed.write_bytes(report_pdf.read_bytes())
    assert detect_format(renamed, renamed.read_bytes()) == "pdf"
    assert len(extract_file(renamed).flows) == FLOW_ROWS


def test_a_broken_pdf_is_one_clear_error(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 20)
    with pytest.raises(IngestError, match="broken.pdf"):
        extract_file(broken)


# -- HTML --------------------------------------------------------------------------------------------------------
def test_html_main_content_only_with_spans_expanded_and_breaks_kept_in_cells(tmp_path):
    body = ("<p>架空市の目的外利用</p><table><tr><th>No.</th><th>担当課</th><th>業務の名称</th><th>利用する課</th>"
            "<th>利用する業務</th><th>根拠</th></tr>"
            "<tr><td>1</td><td rowspan=2>市民課</td><td>住民記録業務</td><td>税務課</td><td>課税業務</td>"
            "<td rowspan=2>本人同意</td></tr><tr><td>2</td><td>印鑑登録業務</td>"
            "<td colspan=2>防災課<br>避難支援業務</td></tr></table>")
    page = tmp_path / "page.html"
    page.write_text(city_page(body, "目的外利用の状況"), encoding="utf-8")
    converted = convert("html", page.read_bytes(), str(page))
    text = converted.text
    for frame in ("公式ホームページ", "くらし・手続き", "トップページ", "お問い合わせ", "Copyright", "サイト内検索"):
        assert frame not in text
    assert "2\t市民課\t印鑑登録業務\t防災課 避難支援業務\t防災課 避難支援業務\t本人同意" in converted.lines
    row = converted.lines.index("1\t市民課\t住民記録業務\t税務課\t課税業務\t本人同意")
    assert converted.locators[row] == {"table": 1, "row": 2}
    flows = extract_file(page).flows
    first = flows[0]
    assert (first.source_business, first.recipient_business, first.page) == ("住民記録業務", "課税業務", None)


def test_html_main_content_found_by_its_cms_name_and_frame_names_matched_as_words():
    page = ("<html><body><div id='tmp_header'><div class='gnav'>くらし</div></div><div id='tmp_contents'>"
            "<div class='pankuzu'>トップ &gt; 市政</div><div class='table-header'>提供の一覧</div><p>本文です。</p>"
            "<div id='sidebar'>関連リンク</div></div><div id='footer'>架空市役所</div></body></html>").encode()
    assert convert("html", page, "cms.html").lines == ["提供の一覧", "本文です。"]


def test_html_in_the_charset_its_meta_declares(tmp_path):
    for charset, codec, text in (("EUC-JP", "euc_jp", "市民課の台帳"), ("Shift_JIS", "cp932", "①市民課の台帳")):
        page = tmp_path / f"{codec}.htm"
        page.write_bytes(f'<html><head><meta charset="{charset}"></head><body><main><p>{text}</p>'
                         f"</main></body></html>".encode(codec))
        assert convert("html", page.read_bytes(), str(page)).lines == [text], charset


# -- workbooks and CSV -------------------------------------------------------------------------------------------
def _flow_sheet_rows() -> list[list[str]]:
    return [["架空町 目的外利用の状況"], [],
            ["No.", "担当課", "業務の名称", "利用する課", "利用する業務", "根拠"],
            ["1", "町民課", "住民記録業務", "税務課", "課税業務", "本人同意"],
            ["2", "福祉課", "障害者台帳業務", "防災課", "避難支援業務", "条例第9条第2項第3号"]]


def test_a_workbook_that_is_not_the_template_is_read_as_a_document(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "目的外利用"
    for row in _flow_sheet_rows():
        sheet.append(row)
    sheet.merge_cells("A1:F1")
    path = tmp_path / "report.xlsx"
    workbook.save(path)
    extraction = extract_file(path)
    assert extraction.document.genre == "document"
    assert [(f.source_business, f.recipient_business) for f in extraction.flows] == [
        ("住民記録業務", "課税業務"), ("障害者台帳業務", "避難支援業務")]
    assert extraction.document.locators[extraction.flows[0].line - 1] == {"sheet": "目的外利用", "row": 4}


def test_a_csv_that_holds_nothing_is_refused_with_the_expected_columns(tmp_path):
    path = tmp_path / "members.csv"
    path.write_text("氏名,所属\n架空太郎,総務課\n", encoding="utf-8")
    with pytest.raises(IngestError, match="expected the template's flow columns") as refused:
        extract_file(path)
    assert str(path) in str(refused.value) and "提供元の業務" in str(refused.value)


def test_a_legacy_xls_and_a_csv_document_are_read(tmp_path):
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("list")
    for r, row in enumerate(_flow_sheet_rows()):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    xls = tmp_path / "report.xls"
    book.save(str(xls))
    csv_path = tmp_path / "report.csv"
    csv_path.write_text("\n".join(",".join(row) for row in _flow_sheet_rows()), encoding="cp932")
    for path in (xls, csv_path):
        assert [f.recipient_business for f in extract_file(path).flows] == ["課税業務", "避難支援業務"], path


# -- 個人情報ファイル簿 ------------------------------------------------------------------------------------------
def _check_files(path: Path) -> None:
    extraction = extract_file(path)
    files = {file.name: file for file in extraction.files}
    assert set(files) == {name for name, *_ in FILES}, path
    wanted = expected_recipients()
    for name, file in files.items():
        assert file.recipients == wanted[name], (path, name)
    flows = sorted((f.source_business, f.recipient_external) for f in extraction.flows)
    assert flows == sorted((name, r) for name, rs in wanted.items() for r in rs), path
    # what a file holds is what goes to its regular recipients: each provision carries the file's 記録項目
    assert all(f.kind == "external_provision" and f.items == files[f.source_business].items for f in extraction.flows)
    first = files["架空市住民記録ファイル"]
    assert first.items == ["氏名", "生年月日", "性別", "住所", "支援措置の有無"]
    assert (first.organisation, first.sensitive, first.kind) == ("市民窓口課", False, "電算")
    assert files["架空市保育申込者ファイル"].sensitive is True
    assert files["架空市保育申込者ファイル"].kind == "マニュアル"
    assert files["架空市霊園使用者名簿"].items == ["氏名", "住所", "区画番号"]
    flow = next(f for f in extraction.flows if f.recipient_external == "日本年金機構")
    assert flow.source_department == "保険年金課"


def test_filebo_sheets_as_html_and_pdf(printed, tmp_path):
    page = tmp_path / "filebo.html"
    page.write_text(city_page(filebo_sheets_body(), "個人情報ファイル簿"), encoding="utf-8")
    _check_files(page)
    pdf = printed("filebo-sheets", page_html(filebo_sheets_body(), "個人情報ファイル簿"))
    _check_files(pdf)
    pages = {file.name: file.page for file in extract_file(pdf).files}
    assert pages["架空市住民記録ファイル"] == 1 and pages["架空市国民年金記録ファイル"] == 4


def test_filebo_sheets_as_a_definition_list(tmp_path):
    page = tmp_path / "filebo-dl.html"
    page.write_text(city_page(filebo_definition_list_body(), "個人情報ファイル簿"), encoding="utf-8")
    _check_files(page)


def test_filebo_wide_table_as_html_pdf_and_workbooks(printed, tmp_path):
    from openpyxl import Workbook

    page = tmp_path / "filebo-wide.html"
    page.write_text(city_page(filebo_wide_body(), "個人情報ファイル簿"), encoding="utf-8")
    _check_files(page)
    _check_files(printed("filebo-wide", page_html(filebo_wide_body(), "個人情報ファイル簿")))
    workbook = Workbook()
    wide = workbook.active
    for row in wide_rows():
        wide.append(row)
    path = tmp_path / "filebo.xlsx"
    workbook.save(path)
    _check_files(path)
    csv_path = tmp_path / "filebo.csv"
    csv_path.write_text("\n".join(",".join(f'"{c}"' for c in row) for row in wide_rows()), encoding="utf-8")
    _check_files(csv_path)


def test_filebo_key_value_sheets_in_a_workbook(tmp_path):
    from formats_documents import filebo_sheet_rows
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for index, rows in enumerate(filebo_sheet_rows(), start=1):
        sheet = workbook.create_sheet(f"ファイル{index}")
        for row in rows:
            sheet.append(row)
    path = tmp_path / "filebo-sheets.xlsx"
    workbook.save(path)
    _check_files(path)


def test_filebo_pages_without_values_give_no_file_and_no_flow():
    shared = require_shared()
    for stem in ("aichikoiki_filebo_r05", "hiroshimasuido_filebo_r05"):
        path = shared / "corpus" / f"{stem}.txt"
        if path.is_file():
            extraction = extract_file(path)
            assert extraction.flows == [] and extraction.files == [], stem


# -- the record store --------------------------------------------------------------------------------------------
def test_store_keeps_pages_files_and_the_original_pdf(report_pdf, printed, tmp_path):
    store = RecordStore(tmp_path / "store.db")
    pdf = printed("filebo-sheets", page_html(filebo_sheets_body(), "個人情報ファイル簿"))
    ingest_files(store, [report_pdf, pdf])
    pages = [flow.page for flow, _ in store.flows()]
    assert None not in pages and max(pages) >= 2
    files = store.files()
    assert {file.name for file, _ in files} == {name for name, *_ in FILES}
    assert any(file.sensitive is True for file, _ in files)
    document = next(d for d in store.documents() if d.name == "report.pdf")
    kind, data, locators = store.document_source(document.id)
    assert kind == "pdf" and data == report_pdf.read_bytes() and locators[0]["page"] == 1
    ingest_files(store, [report_pdf])  # idempotent
    assert len(store.files()) == len(files)


def test_an_older_store_gains_the_page_columns_and_tables(tmp_path):
    from tadori.ingest import recordstore

    path = tmp_path / "old.db"
    connection = sqlite3.connect(path)
    connection.executescript(recordstore._SCHEMA)
    connection.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    connection.commit()
    connection.close()
    store = RecordStore(path)
    assert store.files() == [] and store.flows() == []
    columns = {row[1] for row in sqlite3.connect(path).execute("PRAGMA table_info(flows)")}
    assert "page" in columns
    RecordStore(path).flows()  # a second open changes nothing


# -- the graph ---------------------------------------------------------------------------------------------------
def test_files_are_held_in_the_graph_and_a_support_measure_item_holds_the_dv_flag(tmp_path):
    from tadori.graph.networkx_store import NetworkXStore
    from tadori.queries.dv_gap import dv_gap

    page = tmp_path / "filebo.html"
    page.write_text(city_page(filebo_sheets_body(), "個人情報ファイル簿"), encoding="utf-8")
    store = RecordStore(tmp_path / "store.db")
    ingest_files(store, [page])
    graph = NetworkXStore.from_records(store)
    names = {node.name: node for node in graph.nodes("Business")}
    assert {name for name, *_ in FILES} <= set(names)
    holder = names["架空市住民記録ファイル"]
    assert "支援措置の有無" in holder.items and holder.department == "市民窓口課"
    assert {flow.target for flow in graph.out_flows(holder.id)} == {
        node.id for node in graph.nodes() if node.name in ("架空県", "架空市社会福祉協議会")}
    assert holder.id in {h["id"] for h in dv_gap(graph).holders}
    assert [file.name for file, _ in graph.files()][:1] == ["架空市住民記録ファイル"]


# -- the command line --------------------------------------------------------------------------------------------
def _tadori(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tadori", *args], capture_output=True, text=True, timeout=120)


def test_extract_json_carries_pages_and_files_and_bad_files_are_one_error_line(printed, tmp_path):
    pdf = printed("filebo-sheets", page_html(filebo_sheets_body(), "個人情報ファイル簿"))
    result = _tadori("extract", str(pdf), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {file["name"] for file in data["files"]} == {name for name, *_ in FILES}
    assert all(flow["page"] for flow in data["flows"])
    store = tmp_path / "store.db"
    broken = tmp_path / "scan.pdf"
    broken.write_bytes(b"%PDF-1.4\n%broken")
    for bad, why in ((broken, "not a readable PDF"), (tmp_path / "memo.docx", "unsupported format")):
        if not bad.exists():
            bad.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
        result = _tadori("ingest", str(pdf), str(bad), "--store", str(store))
        assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
        assert result.stderr.startswith("error: ") and bad.name in result.stderr and why in result.stderr
        assert not store.exists()  # all or nothing: the good PDF was not stored either
