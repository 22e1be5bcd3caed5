"""The document view of a PDF shows the original page with the cited line boxed; the files page lists a
ファイル簿's files. The PDFs are printed by the session's Chromium from invented pages."""

from __future__ import annotations

import pytest
from browser_helpers import open_page, screenshot, serving
from doc_rendering import city_page, page_html
from formats_documents import FILES, REPORT_STYLE, filebo_sheets_body, flow_report_body

from tadori.graph.networkx_store import NetworkXStore
from tadori.ingest.loader import ingest_files
from tadori.ingest.recordstore import RecordStore


@pytest.fixture(scope="module")
def formats_store(browser_context, tmp_path_factory) -> NetworkXStore:
    folder = tmp_path_factory.mktemp("formats-view")
    printer = browser_context.new_page()
    printer.set_content(page_html(REPORT_STYLE + flow_report_body(), "架空市の運用状況"), wait_until="load")
    report = folder / "report.pdf"
    printer.pdf(path=str(report), format="A4", prefer_css_page_size=True)
    printer.close()
    filebo = folder / "filebo.html"
    filebo.write_text(city_page(filebo_sheets_body(), "個人情報ファイル簿"), encoding="utf-8")
    records = RecordStore(folder / "store.db")
    ingest_files(records, [report, filebo])
    return NetworkXStore.from_records(records)


def test_a_pdf_document_shows_its_page_with_the_cited_line_boxed(page, server, formats_store):
    records = formats_store.records
    document = next(d for d in records.documents() if d.name == "report.pdf")
    flow = next(f for f, _ in records.flows(document.id) if f.source_business == "架空台帳業務30")
    assert flow.page and flow.page >= 2
    _, _, locators = records.document_source(document.id)
    x0, top, x1, bottom = locators[flow.line - 1]["bbox"]
    width, height = locators[flow.line - 1]["size"]
    with serving(formats_store):
        open_page(page, server, f"/documents/{document.id}?line={flow.line}")
        page.wait_for_function("() => { const i = document.querySelector('#original-page-image');"
                               " return i && i.complete && i.naturalWidth > 0; }")
        assert page.inner_text("#original-caption").find(str(flow.page)) >= 0
        image = page.locator("#original-page-image").bounding_box()
        box = page.locator("#original-line-box").bounding_box()
        assert image and box
        # The box sits where the line stands on the page, inside the image, and the cited text line is marked.
        assert image["x"] <= box["x"] and box["x"] + box["width"] <= image["x"] + image["width"] + 1
        assert abs((box["y"] - image["y"]) / image["height"] - top / height) < 0.01
        assert abs((box["y"] + box["height"] - image["y"]) / image["height"] - bottom / height) < 0.01
        assert abs((box["x"] - image["x"]) / image["width"] - x0 / width) < 0.01
        assert "架空台帳業務30" in page.inner_text(f"#line-{flow.line}")
        assert page.locator(f"#line-{flow.line}.cited").count() == 1
        screenshot(page, "formats-pdf-page-with-line")
        assert page.console_errors == []


def test_an_html_document_shows_the_row_and_the_files_page_lists_the_files(page, server, formats_store):
    records = formats_store.records
    document = next(d for d in records.documents() if d.name == "filebo.html")
    flow = next(f for f, _ in records.flows(document.id))
    with serving(formats_store):
        open_page(page, server, f"/documents/{document.id}?line={flow.line}")
        assert "表" in page.inner_text("#original-caption")
        assert flow.recipient_external in page.inner_text("#original-row")
        open_page(page, server, "/files")
        rows = page.locator("#files-table tbody tr")
        assert rows.count() == len(FILES)
        table = page.inner_text("#files-table")
        for name, *_ in FILES:
            assert name in table
        assert "架空市社会福祉協議会" in table and "日本年金機構" in table
        screenshot(page, "formats-files-page")
        assert page.console_errors == []


def test_the_files_page_says_when_there_is_none(page, server):
    open_page(page, server, "/files")
    assert page.locator("#files-none").count() == 1

