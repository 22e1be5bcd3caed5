"""The neo4j-admin CSV export, read back by the import tool's header rules.

The reader below follows the documented header format: ``name:ID`` (the id, also stored
as property ``name``), ``:LABEL`` (labels joined by the array delimiter), ``:START_ID``,
``:END_ID``, ``:TYPE``; ``name:type`` for typed properties (``long``, ``date``), ``type[]``
for arrays split on ``;``; an empty field is no property at all.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tadori.errors import StoreError
from tadori.graph import cypher
from tadori.graph.build import GraphData, build_graph_data
from tadori.graph.model import FlowEdge, Node
from tadori.graph.neo4j_export import export_neo4j_csv
from tadori.ingest.loader import ingest_files
from tadori.ingest.recordstore import RecordStore

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SAMPLE = [EXAMPLES / "sample-flows.csv", EXAMPLES / "sample-registrations.csv"]


def _value(text: str, kind: str) -> Any:
    if kind.endswith("[]"):
        return [_value(part, kind[:-2]) for part in text.split(";")]
    return {"long": int, "int": int, "date": date.fromisoformat}.get(kind, str)(text)


def read_import_csv(path: Path) -> list[dict[str, Any]]:
    """Rows as the import tool sees them: {"id", "labels", "start", "end", "type", "properties"}."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header, entities = rows[0], []
    for row in rows[1:]:
        entity: dict[str, Any] = {"properties": {}}
        for field, text in zip(header, row, strict=True):
            name, _, kind = field.partition(":")
            if kind == "ID":
                entity["id"] = text
                if name:
                    entity["properties"][name] = text
            elif kind == "LABEL":
                entity["labels"] = text.split(";")
            elif kind in ("START_ID", "END_ID", "TYPE"):
                entity[{"START_ID": "start", "END_ID": "end", "TYPE": "type"}[kind]] = text
            elif text != "":
                entity["properties"][name] = _value(text, kind or "string")
        entities.append(entity)
    return entities


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> tuple[GraphData, list[dict[str, Any]], Path]:
    records = RecordStore(tmp_path_factory.mktemp("export") / "t.db")
    ingest_files(records, SAMPLE)
    data = build_graph_data(records)
    documents = [d.to_dict() for d in records.documents()]
    out = tmp_path_factory.mktemp("csv")
    export_neo4j_csv(data, out, documents)
    return data, documents, out


def _nodes(out: Path) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(out.glob("nodes_*.csv")):
        for entity in read_import_csv(path):
            assert entity["id"] not in found, f"{entity['id']} twice: ids share one id space"
            found[entity["id"]] = entity
    return found


def test_graph_nodes_round_trip(sample):
    data, _, out = sample
    nodes = _nodes(out)
    for node in data.nodes.values():
        entity = nodes[node.id]
        p = entity["properties"]
        assert entity["labels"] == [node.label]
        assert Node(id=p["id"], label=entity["labels"][0], name=p["name"], municipality=p.get("municipality"),
                    department=p.get("department"), departments=p.get("departments", []),
                    abolished=p["abolished"].isoformat() if "abolished" in p else None,
                    items=p.get("items", [])) == node
        assert p == cypher.node_properties(node, p["seq"])  # the same properties the sync writes


def test_document_nodes_round_trip_without_their_text(sample):
    _, documents, out = sample
    found = read_import_csv(out / "nodes_document.csv")
    assert [e["properties"]["name"] for e in found] == ["sample-flows.csv", "sample-registrations.csv"]
    assert all("text" not in e["properties"] and e["labels"] == ["Document"] for e in found)
    assert [e["id"] for e in found] == [d["id"] for d in documents]


def test_flows_round_trip_with_dates_arrays_and_provenance(sample):
    data, _, out = sample
    flows = read_import_csv(out / "relationships_flows_to.csv")
    assert [f["properties"]["id"] for f in flows] == list(data.flows)
    for entity in flows:
        p = entity["properties"]
        edge = data.flows[p["id"]]
        assert (entity["start"], entity["end"], entity["type"]) == (edge.source, edge.target, "FLOWS_TO")
        assert p == cypher.flow_properties(edge, p["seq"])
        read_back = FlowEdge(
            id=p["id"], source=entity["start"], target=entity["end"], kind=p["kind"], basis=p["basis"],
            basis_text=p.get("basis_text"), start_date=p["start_date"].isoformat() if "start_date" in p else None,
            end_date=p["end_date"].isoformat() if "end_date" in p else None, items=p.get("items", []),
            reason=p.get("reason"), municipality=p.get("municipality"),
            source_department=p.get("source_department"), source_business=p.get("source_business"),
            recipient_department=p.get("recipient_department"), recipient_business=p.get("recipient_business"),
            recipient_external=p.get("recipient_external"), provenance=json.loads(p["provenance"]),
            council_cases=p.get("council_cases", []))
        assert read_back.to_dict() == edge.to_dict()


def test_operates_and_records_round_trip(sample):
    data, _, out = sample
    operates = read_import_csv(out / "relationships_operates.csv")
    records = read_import_csv(out / "relationships_records.csv")
    assert {(e["start"], e["end"]) for e in operates} == set(data.operates) and len(operates) == len(data.operates)
    assert {(e["start"], e["end"]) for e in records} == set(data.records)
    assert {e["type"] for e in operates} == {"OPERATES"} and {e["type"] for e in records} == {"RECORDS"}
    nodes = _nodes(out)
    for entity in operates + records:  # every relationship ends at an exported node
        assert entity["start"] in nodes and entity["end"] in nodes


def test_headers_use_the_import_tool_s_field_types(sample):
    _, _, out = sample
    with (out / "relationships_flows_to.csv").open(encoding="utf-8") as handle:
        header = handle.readline().strip().split(",")
    assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"start_date:date", "end_date:date", "items:string[]", "seq:long", "line:long"} <= set(header)
    with (out / "nodes_business.csv").open(encoding="utf-8") as handle:
        assert handle.readline().startswith("id:ID,:LABEL,")


def test_readme_gives_the_exact_import_command_and_the_schema(sample):
    _, _, out = sample
    readme = (out / "README.txt").read_text(encoding="utf-8")
    command = next(line for line in readme.splitlines() if line.startswith("neo4j-admin"))
    # the database first: since 5.19 a name after --nodes/--relationships is read as a file
    assert command.startswith("neo4j-admin database import full neo4j ")
    assert {"--array-delimiter=';'", "--id-type=string", "--trim-strings=false"} <= set(command.split())
    assert "--multiline-fields" not in command  # no field of the sample has a line break
    for path in sorted(out.glob("*.csv")):
        flag = "--nodes=" if path.name.startswith("nodes_") else "--relationships="
        assert f"{flag}{path.name}" in command.split()
    assert (out / "schema.cypher").read_text(encoding="utf-8").count("CREATE CONSTRAINT") == 7


def test_council_cases_and_approvals_round_trip(tmp_path):
    data = GraphData()
    source = data.business("川口市", "市民課", "住民基本台帳業務")
    target = data.business("川口市", "防災課", "被災者支援システム運用業務")
    data.flows["flow:1"] = FlowEdge(
        id="flow:1", source=source, target=target, kind="purpose_outside_use", basis="council", basis_text=None,
        start_date="2013-12-10", end_date=None, items=[], reason=None, municipality="川口市",
        source_department="市民課", source_business="住民基本台帳業務", recipient_department="防災課",
        recipient_business="被災者支援システム運用業務", recipient_external=None, council_cases=["case:d:1"])
    from tadori.graph.model import Case

    data.cases["case:d:1"] = Case(id="case:d:1", municipality="川口市", date="2013-11-20", title="諮問第1号",
                                  articles=["第9条第3項第4号"], decision="approved", flow_ids=["flow:1", "flow:1"],
                                  provenance={"document": "m.txt", "document_id": "d", "line": 4, "quote": None})
    export_neo4j_csv(data, tmp_path)
    [case] = read_import_csv(tmp_path / "nodes_council_case.csv")
    assert case["properties"]["date"] == date(2013, 11, 20) and case["properties"]["flow_ids"] == ["flow:1", "flow:1"]
    [approved] = read_import_csv(tmp_path / "relationships_approved.csv")  # one per (case, flow)
    assert (approved["start"], approved["end"], approved["properties"]) == ("case:d:1", target, {"flow_id": "flow:1"})
    [flow] = read_import_csv(tmp_path / "relationships_flows_to.csv")
    assert "items" not in flow["properties"]  # an empty list is no property, as in a synced graph


def test_a_line_break_in_a_field_adds_multiline_fields_to_the_command(tmp_path):
    data = GraphData()
    data.business("川口市", "市民課", "住民基本台帳\n業務")
    files = export_neo4j_csv(data, tmp_path)
    assert "--multiline-fields=true" in (tmp_path / "README.txt").read_text(encoding="utf-8")
    [business] = read_import_csv(tmp_path / "nodes_business.csv")
    assert business["properties"]["name"] == "住民基本台帳\n業務"
    assert [f.path.name for f in files if f.multiline] == ["nodes_business.csv"]


def test_an_array_element_holding_the_delimiter_is_refused(tmp_path):
    data = GraphData()
    business = data.business("川口市", "市民課", "住民基本台帳業務")
    data.record(business, "氏名;住所")
    with pytest.raises(StoreError, match="contains the array delimiter"):
        export_neo4j_csv(data, tmp_path)


def test_tadori_export_neo4j_csv_writes_the_files_and_prints_the_command(tmp_path):
    from tadori.cli import cli

    records = RecordStore(tmp_path / "t.db")
    ingest_files(records, SAMPLE)
    result = CliRunner().invoke(cli, ["export", "neo4j-csv", str(tmp_path / "csv"), "--store", str(records.path)])
    assert result.exit_code == 0, result.output
    assert "relationships_flows_to.csv: 39 relationships" in result.output
    assert "neo4j-admin database import full" in result.output
    missing = CliRunner().invoke(cli, ["export", "neo4j-csv", str(tmp_path / "x"), "--store", str(tmp_path / "no.db")])
    assert missing.exit_code == 2 and missing.output.startswith("error: ")


def test_every_property_the_sync_writes_is_declared_to_the_lint_gate(sample):
    data, documents, _ = sample
    written = set()
    for rows in cypher.node_rows(data).values():
        written |= {k for row in rows for k in row["properties"]}
    written |= {k for rows in cypher.flow_rows(data).values() for row in rows for k in row["properties"]}
    written |= {k for row in cypher.document_rows(documents) for k in row["properties"]}
    assert written <= set(cypher.PROPERTY_KEYS)
    assert {"start_date", "item_keys", "provenance", "departments", "sha256"} <= written
