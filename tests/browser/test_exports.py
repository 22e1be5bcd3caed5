"""Every export button produces a file whose content is right and states the query."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote

import networkx as nx
import openpyxl
import pytest
from browser_helpers import cy_ready, open_page

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
DV_RECIPIENTS = {"介護保険資格管理業務", "介護保険料賦課徴収業務", "生活機能評価関係業務",
                 "川口市災害時要援護者登録制度", "料金収納システム業務"}
TRACE_URL = f"/trace?item={quote('DV情報等')}&mode=confirmed&as_of=2014-03-31"


def download(page, button: str) -> tuple[str, bytes]:
    with page.expect_download(timeout=30_000) as info:
        page.click(button)
    path = info.value.path()
    return info.value.suggested_filename, Path(path).read_bytes()


@pytest.fixture()
def trace_page(page, server):
    open_page(page, server, TRACE_URL)
    cy_ready(page, minimum=5)
    return page


def test_export001_graphml_opens_in_networkx_with_the_hops_and_the_query(trace_page):
    name, content = download(trace_page, "#trace-export-graphml")
    assert name.endswith(".graphml")
    graph = nx.read_graphml(io.BytesIO(content))
    assert graph.number_of_edges() == 5
    recipients = {graph.nodes[v]["label"] for _, v in graph.edges()}
    assert recipients == DV_RECIPIENTS
    assert graph.graph["query_item"] == "DV情報等" and graph.graph["query_as_of"] == "2014-03-31"
    assert graph.graph["generated_at"]
    lines = sorted(int(d["line"]) for _, _, d in graph.edges(data=True))
    assert lines == [2, 3, 4, 5, 6]


def test_export002_csv_is_a_plain_table_with_one_row_per_hop(trace_page):
    name, content = download(trace_page, "#trace-export-csv")
    text = content.decode("utf-8-sig")
    assert name.endswith(".csv")
    assert not text.startswith("#")  # the header first: pandas.read_csv and Excel open it as it is
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["recipient_business"] for r in rows} == DV_RECIPIENTS


def test_export003_xlsx_opens_with_a_hops_and_a_query_sheet(trace_page):
    name, content = download(trace_page, "#trace-export-xlsx")
    book = openpyxl.load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["hops", "query"]
    header, *rows = list(book["hops"].values)
    column = header.index("recipient_business")
    assert {r[column] for r in rows} == DV_RECIPIENTS
    query = dict(list(book["query"].values)[1:])
    assert query["item"] == "DV情報等" and query["as_of"] == "2014-03-31" and query["generated_at"]


def test_export004_mermaid_and_json_state_the_query(trace_page):
    _, mermaid = download(trace_page, "#trace-export-mermaid")
    text = mermaid.decode("utf-8")
    assert text.startswith("%% tadori trace:") and "flowchart LR" in text
    assert all(business in text for business in DV_RECIPIENTS)
    assert "-.->" in text  # 料金収納 is an external provision
    _, data = download(trace_page, "#trace-export-json")
    answer = json.loads(data)
    assert answer["query"]["item"] == "DV情報等" and answer["generated_at"]
    assert {h["recipient"]["business"] for h in answer["result"]["hops"]} == DV_RECIPIENTS


def test_export005_the_graph_as_svg_is_xml_with_the_names_and_the_query(trace_page):
    name, content = download(trace_page, "#trace-export-svg")
    assert name.endswith(".svg")
    root = ET.fromstring(content)
    assert root.tag.endswith("svg")
    text = content.decode("utf-8")
    assert all(business in text for business in DV_RECIPIENTS)
    desc = root.find("{http://www.w3.org/2000/svg}desc")
    assert desc is not None and "DV情報等" in desc.text and "2014-03-31" in desc.text


def test_export006_the_graph_as_png_has_the_signature_and_the_query(trace_page):
    name, content = download(trace_page, "#trace-export-png")
    assert name.endswith(".png") and content.startswith(PNG_SIGNATURE)
    assert "DV情報等".encode() in content  # the iTXt chunk


def test_export007_exposure_charts_and_tables(page, server):
    open_page(page, server, f"/exposure?target={quote('住民基本台帳業務')}")
    page.wait_for_selector("#exposure-transitive-businesses")
    _, png = download(page, "#exposure-export-png")
    assert png.startswith(PNG_SIGNATURE)
    page.locator("#exposure-chart").click()
    page.get_by_text("サンキー図").click()
    name, svg = download(page, "#exposure-export-svg")
    assert name.endswith("_sankey.svg")
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg") and "市民課" in svg.decode("utf-8")
    assert "住民基本台帳業務" in root.find("{http://www.w3.org/2000/svg}desc").text
    _, xlsx = download(page, "#exposure-export-xlsx")
    book = openpyxl.load_workbook(io.BytesIO(xlsx))
    assert {"counts", "by_fiscal_year", "sankey", "query"} <= set(book.sheetnames)
    _, text = download(page, "#exposure-export-csv")
    assert text.decode("utf-8-sig").startswith("fiscal_year,")


def test_export008_dv_gap_tables(page, server):
    open_page(page, server, "/dv-gap")
    page.wait_for_selector(".gap-card")
    _, content = download(page, "#dvgap-export-csv")
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))  # a plain table: the header first
    assert "空き家対策業務" in {r["recipient_business"] for r in rows}
    _, xlsx = download(page, "#dvgap-export-xlsx")
    assert openpyxl.load_workbook(io.BytesIO(xlsx)).sheetnames == ["gaps", "lines", "hops", "query"]
