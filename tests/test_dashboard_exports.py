"""Exports without a browser: each format parses back and carries the query and the date."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import networkx as nx
import openpyxl
import pytest

from tadori.queries.dv_gap import dv_gap
from tadori.queries.exports import (
    PNG_SIGNATURE,
    mermaid_label,
    png_with_metadata,
    query_csv,
    query_metadata,
    svg_with_metadata,
    to_csv,
    to_graphml,
    to_json,
    to_mermaid,
    to_xlsx,
)
from tadori.queries.exports_tables import dv_gap_csv, dv_gap_xlsx, exposure_csv, exposure_json, exposure_xlsx
from tadori.queries.exposure import exposure
from tadori.queries.trace import trace

DV_RECIPIENTS = {"介護保険資格管理業務", "介護保険料賦課徴収業務", "生活機能評価関係業務",
                 "川口市災害時要援護者登録制度", "料金収納システム業務"}
META = query_metadata({"item": "DV情報等", "as_of": "2014-03-31", "kind": [], "mode": "confirmed"},
                      generated_at="2026-11-25T00:00:00+00:00")


@pytest.fixture(scope="module")
def answer(sample_store):
    return trace(sample_store, "DV情報等", mode="confirmed", as_of="2014-03-31")


def test_query_metadata_drops_empty_values_and_stamps_the_time():
    assert META["query"] == {"item": "DV情報等", "as_of": "2014-03-31", "mode": "confirmed"}
    assert query_metadata({})["generated_at"].endswith("+00:00")


def test_graphml_reads_back_with_every_hop_its_line_and_the_query(answer):
    graph = nx.read_graphml(io.BytesIO(to_graphml(answer, META)))
    assert {graph.nodes[v]["label"] for _, v in graph.edges()} == DV_RECIPIENTS
    assert sorted(int(d["line"]) for _, _, d in graph.edges(data=True)) == [2, 3, 4, 5, 6]
    assert graph.graph["query_item"] == "DV情報等" and graph.graph["generated_at"] == META["generated_at"]
    assert json.loads(graph.graph["query"]) == META["query"]


def test_graphml_of_a_trace_with_undated_and_external_hops_still_writes(sample_store):
    answer = trace(sample_store, "DV情報等", mode="both")  # an undated hop to an outside party
    graph = nx.read_graphml(io.BytesIO(to_graphml(answer, META)))
    assert graph.number_of_edges() == len(answer.hops)
    assert "川口市社会福祉協議会" in {d["label"] for _, d in graph.nodes(data=True)}


def test_csv_is_a_plain_table_and_its_query_a_second_file(answer):
    text = to_csv(answer, META)
    assert text.startswith("\ufeffdepth,") or text.startswith("\ufeff") and "#" not in text.splitlines()[0]
    import pandas

    frame = pandas.read_csv(io.StringIO(text.lstrip("\ufeff")))  # plain read_csv: no comment rows to skip
    assert len(frame) == len(answer.hops)
    query = dict(csv.reader(io.StringIO(query_csv(META).lstrip("\ufeff"))))
    assert query["generated_at"] == "2026-11-25T00:00:00+00:00"
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert {r["recipient_business"] for r in rows} == DV_RECIPIENTS


def test_xlsx_has_the_hops_and_a_query_sheet(answer):
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(answer, META)))
    assert book.sheetnames == ["hops", "query"]
    assert dict(list(book["query"].values)[1:]) == {"item": "DV情報等", "as_of": "2014-03-31", "mode": "confirmed",
                                                    "generated_at": META["generated_at"]}


def test_mermaid_draws_external_provision_dashed_and_quotes_labels(answer):
    text = to_mermaid(answer, META)
    assert text.splitlines()[0].startswith("%% tadori trace: ")
    assert sum(" -.->|" in line for line in text.splitlines()) == 1
    assert sum(" -->|" in line for line in text.splitlines()) == 4
    assert '"' not in mermaid_label('a "b"')


def test_json_wraps_the_answer_with_the_query(answer):
    data = json.loads(to_json(answer, META))
    assert data["query"] == META["query"] and len(data["result"]["hops"]) == 5


def test_svg_gets_desc_and_metadata_first_inside_the_root():
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10"><rect/></svg>'
    root = ET.fromstring(svg_with_metadata(svg, META, title="T & U"))
    ns = "{http://www.w3.org/2000/svg}"
    assert [child.tag for child in root][:3] == [f"{ns}title", f"{ns}desc", f"{ns}metadata"]
    assert "DV情報等" in root.find(f"{ns}desc").text
    assert json.loads(root.find(f"{ns}metadata").text)["query"]["as_of"] == "2014-03-31"
    with pytest.raises(ValueError):
        svg_with_metadata("<html/>", META)


def test_png_gets_utf8_text_chunks_after_the_header_and_stays_valid():
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    png = PNG_SIGNATURE + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b"")
    tagged = png_with_metadata(png, META)
    assert tagged.startswith(PNG_SIGNATURE) and tagged.index(b"iTXt") > tagged.index(b"IHDR")
    assert "DV情報等".encode() in tagged
    position, kinds = 8, []
    while position < len(tagged):  # every chunk's CRC checks out
        length, kind = struct.unpack(">I4s", tagged[position:position + 8])
        data = tagged[position + 8:position + 8 + length]
        assert struct.unpack(">I", tagged[position + 8 + length:position + 12 + length])[0] == zlib.crc32(kind + data)
        kinds.append(kind)
        position += 12 + length
    assert kinds == [b"IHDR", b"iTXt", b"iTXt", b"IDAT", b"IEND"]
    with pytest.raises(ValueError):
        png_with_metadata(b"GIF89a", META)


def test_exposure_and_dv_gap_tables(sample_store):
    result = exposure(sample_store, "住民基本台帳業務")
    meta = query_metadata({"target": "住民基本台帳業務"})
    assert exposure_csv(result, meta).splitlines()[1].startswith("2013,10,6,1,0,")
    book = openpyxl.load_workbook(io.BytesIO(exposure_xlsx(result, meta)))
    assert book.sheetnames == ["counts", "by_fiscal_year", "by_basis", "by_kind", "sankey", "weakest_hops", "hops",
                               "query"]
    assert json.loads(exposure_json(result, meta))["result"]["transitive"]["counts"]["businesses"] == 10
    gaps = dv_gap(sample_store)
    rows = list(csv.DictReader(io.StringIO(dv_gap_csv(gaps, meta).lstrip("\ufeff"))))
    assert "空き家対策業務" in {r["recipient_business"] for r in rows}
    assert openpyxl.load_workbook(io.BytesIO(dv_gap_xlsx(gaps, meta))).sheetnames == ["gaps", "lines", "hops",
                                                                                      "query"]
