"""Graph data → CSV files for ``neo4j-admin database import full``.

One node file per label and one relationship file per type, each with its header row in
the import tool's format: ``id:ID`` and ``:LABEL`` for nodes, ``:START_ID``, ``:END_ID``
and ``:TYPE`` for relationships, typed columns (``seq:long``, ``start_date:date``) and
arrays (``items:string[]``) whose elements are joined by ``;`` (``--array-delimiter``).
The properties are those the sync writes (:mod:`tadori.graph.cypher`), so an imported
database answers every Neo4jStore query as a synced one does. All node ids share one id
space: the ids of :mod:`tadori.graph.model` never collide across labels.

This module does not import the Neo4j driver.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tadori.errors import StoreError

from . import cypher
from .build import GraphData

__all__ = ["ARRAY_DELIMITER", "CsvFile", "export_neo4j_csv", "import_command"]

ARRAY_DELIMITER = ";"

# Property columns by file: (property, import type). "string" is the import tool's default.
_GRAPH_NODE_COLUMNS = (("seq", "long"), ("name", "string"), ("municipality", "string"), ("department", "string"),
                       ("departments", "string[]"), ("abolished", "date"), ("items", "string[]"))
_CASE_COLUMNS = (("seq", "long"), ("municipality", "string"), ("date", "date"), ("title", "string"),
                 ("articles", "string[]"), ("decision", "string"), ("flow_ids", "string[]"), ("provenance", "string"))
_DOCUMENT_COLUMNS = (("seq", "long"), ("sha256", "string"), ("name", "string"), ("path", "string"),
                     ("municipality", "string"), ("title", "string"), ("genre", "string"), ("ingested_at", "string"))
_FLOW_COLUMNS = (("id", "string"), ("seq", "long"), ("kind", "string"), ("basis", "string"), ("basis_text", "string"),
                 ("start_date", "date"), ("end_date", "date"), ("items", "string[]"), ("item_keys", "string[]"),
                 ("reason", "string"), ("municipality", "string"), ("source_department", "string"),
                 ("source_business", "string"), ("recipient_department", "string"), ("recipient_business", "string"),
                 ("recipient_external", "string"), ("council_cases", "string[]"), ("provenance", "string"),
                 ("doc", "string"), ("line", "long"))
_APPROVED_COLUMNS = (("flow_id", "string"),)

_NODE_FILES = {
    cypher.BUSINESS: "nodes_business.csv", cypher.DEPARTMENT: "nodes_department.csv",
    cypher.DATA_ITEM: "nodes_data_item.csv", cypher.EXTERNAL_PARTY: "nodes_external_party.csv",
    cypher.COUNCIL: "nodes_council_case.csv", cypher.DOCUMENT: "nodes_document.csv",
}
_RELATIONSHIP_FILES = {
    cypher.FLOWS_TO: "relationships_flows_to.csv", cypher.OPERATES: "relationships_operates.csv",
    cypher.RECORDS: "relationships_records.csv", cypher.APPROVED: "relationships_approved.csv",
}


@dataclass(frozen=True)
class CsvFile:
    """One written file: its path, whether it holds nodes or relationships, and its row count."""

    path: Path
    kind: str  # "nodes" | "relationships"
    rows: int
    multiline: bool = False  # a field holds a line break: the import needs --multiline-fields=true


def _header(name: str, kind: str) -> str:
    return name if kind == "string" else f"{name}:{kind}"


def _cell(value: Any, kind: str, where: str) -> str:
    """A value as the import tool reads it back; None (and []) → an empty field, i.e. no property."""
    if value is None or value == []:
        return ""
    if kind.endswith("[]"):
        for element in value:
            if ARRAY_DELIMITER in str(element):
                raise StoreError(f"{where}: array value {element!r} contains the array delimiter "
                                 f"{ARRAY_DELIMITER!r}; it cannot be exported for neo4j-admin import")
        return ARRAY_DELIMITER.join(str(element) for element in value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _write(path: Path, kind: str, header: list[str], rows: list[list[str]]) -> CsvFile:
    # newline="" lets the csv module quote a field with a line break (a cell of a workbook) itself.
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    multiline = any("\n" in cell or "\r" in cell for row in rows for cell in row)
    return CsvFile(path, kind, len(rows), multiline)


def _node_file(directory: Path, label: str, columns: Sequence[tuple[str, str]],
               rows: list[dict[str, Any]]) -> CsvFile:
    path = directory / _NODE_FILES[label]
    header = ["id:ID", ":LABEL"] + [_header(name, kind) for name, kind in columns]
    lines = [[row["id"], label] + [_cell(row["properties"].get(name), kind, f"{path.name} {row['id']}")
                                   for name, kind in columns] for row in rows]
    return _write(path, "nodes", header, lines)


def _relationship_file(directory: Path, rel_type: str, columns: Sequence[tuple[str, str]],
                       rows: list[dict[str, Any]]) -> CsvFile:
    path = directory / _RELATIONSHIP_FILES[rel_type]
    header = [":START_ID", ":END_ID", ":TYPE"] + [_header(name, kind) for name, kind in columns]
    lines = [[row["source"], row["target"], rel_type]
             + [_cell(row.get(name, row.get("properties", {}).get(name)), kind, f"{path.name} {row['source']}")
                for name, kind in columns] for row in rows]
    return _write(path, "relationships", header, lines)


def import_command(files: Sequence[CsvFile], database: str = "neo4j", prefix: str = "") -> str:
    """The ``neo4j-admin database import full`` command line that loads ``files``.

    The database comes first: since Neo4j 5.19 a name after ``--nodes``/``--relationships``
    is read as one more file.
    """
    # --trim-strings=false: a name's spaces are data; unquoted fields are trimmed otherwise.
    parts = ["neo4j-admin database import full", database, f"--array-delimiter='{ARRAY_DELIMITER}'",
             "--id-type=string", "--trim-strings=false"]
    if any(f.multiline for f in files):
        parts.append("--multiline-fields=true")
    parts += [f"--nodes={prefix}{f.path.name}" for f in files if f.kind == "nodes"]
    parts += [f"--relationships={prefix}{f.path.name}" for f in files if f.kind == "relationships"]
    return " ".join(parts)


def export_neo4j_csv(data: GraphData, directory: str | Path, documents: Sequence[dict[str, Any]] = (),
                     database: str = "neo4j") -> list[CsvFile]:
    """Write the node and relationship CSVs, ``schema.cypher`` and ``README.txt`` into ``directory``."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    nodes = cypher.node_rows(data)
    files = [_node_file(out, label, _GRAPH_NODE_COLUMNS, nodes[label]) for label in cypher.GRAPH_NODE_LABELS]
    files.append(_node_file(out, cypher.COUNCIL, _CASE_COLUMNS, cypher.case_rows(data)))
    files.append(_node_file(out, cypher.DOCUMENT, _DOCUMENT_COLUMNS, cypher.document_rows(list(documents))))
    flows = [row for rows in cypher.flow_rows(data).values() for row in rows]
    flows.sort(key=lambda row: row["properties"]["seq"])
    files.append(_relationship_file(out, cypher.FLOWS_TO, _FLOW_COLUMNS, flows))
    files.append(_relationship_file(out, cypher.OPERATES, (),
                                    [{"source": d, "target": b} for d, b in sorted(data.operates)]))
    files.append(_relationship_file(out, cypher.RECORDS, (),
                                    [{"source": b, "target": i} for b, i in sorted(data.records)]))
    approved = [row for rows in cypher.approved_rows(data).values() for row in rows]
    files.append(_relationship_file(out, cypher.APPROVED, _APPROVED_COLUMNS, approved))
    # The import tool creates no constraints or indexes: run these once the database is up.
    (out / "schema.cypher").write_text(";\n".join(cypher.SCHEMA_STATEMENTS) + ";\n", encoding="utf-8")
    (out / "README.txt").write_text(
        "Load into an empty (or non-existent) database, with the server stopped, from this folder:\n"
        f"{import_command(files, database)}\n"
        "Then start Neo4j and create the constraints and indexes: cypher-shell -f schema.cypher\n",
        encoding="utf-8",
    )
    return files
