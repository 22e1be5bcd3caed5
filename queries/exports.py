"""Exports of a trace answer (and of any table): GraphML, CSV, XLSX, Mermaid, JSON, SVG/PNG metadata.

Pure functions of the answer and the query, below the UI so the CLI and the dashboard share
them. Every file carries the query that produced it and the generation date: GraphML graph
attributes, ``#`` comment rows in CSV, a ``query`` sheet in XLSX, ``<desc>``/``<metadata>`` in
SVG, ``iTXt`` chunks in PNG, top-level fields in JSON.

Names come from documents, so no cell may become a formula: a CSV cell starting with
``= + - @``, tab or CR gets a leading ``'``; an XLSX cell is always written as text.

>>> csv_cell("=1+2")
"'=1+2"
>>> csv_cell("住民基本台帳業務"), csv_cell(3)
('住民基本台帳業務', 3)

>>> from tadori.queries.testing import tiny_store
>>> from tadori.queries.trace import trace
>>> meta = query_metadata({"item": "DV情報等"}, generated_at="2026-01-01T00:00:00+00:00")
>>> print(to_mermaid(trace(tiny_store(), "DV情報等"), meta).splitlines()[2])
flowchart LR
"""

from __future__ import annotations

import csv
import io
import json
import re
import struct
import zlib
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape

import networkx as nx

from .trace import Hop, TraceResult

__all__ = [
    "query_csv",
    "HOP_COLUMNS",
    "csv_cell",
    "download_name",
    "hop_record",
    "mermaid_label",
    "png_with_metadata",
    "query_metadata",
    "svg_with_metadata",
    "table_csv",
    "table_xlsx",
    "to_csv",
    "to_graphml",
    "to_json",
    "to_mermaid",
    "to_xlsx",
    "trace_graph",
]

HOP_COLUMNS = ("flow_id", "depth", "status", "source_department", "source_business", "recipient_department",
               "recipient_business", "recipient_external", "kind", "basis", "basis_text", "start_date",
               "end_date", "items", "council_cases", "document", "document_id", "line", "quote")


def query_metadata(query: Mapping[str, Any], generated_at: str | None = None) -> dict[str, Any]:
    """The query (empty values dropped) and the generation time, as every export states them."""
    kept = {k: v for k, v in query.items() if v not in (None, "", [], ())}
    return {"query": kept, "generated_at": generated_at or datetime.now(UTC).isoformat(timespec="seconds")}


def _meta_text(meta: Mapping[str, Any]) -> str:
    return json.dumps(meta["query"], ensure_ascii=False, sort_keys=True)


def hop_record(hop: Hop) -> dict[str, Any]:
    """One hop as a flat row of plain values (lists joined with 、)."""
    source = hop.sources[0] if hop.sources else hop.provenance
    return {
        "flow_id": hop.flow_id,
        "depth": hop.depth,
        "status": hop.status,
        "source_department": hop.source.get("department"),
        "source_business": hop.source.get("business") or hop.source.get("name"),
        "recipient_department": hop.recipient.get("department"),
        "recipient_business": hop.recipient.get("business"),
        "recipient_external": hop.recipient.get("external"),
        "kind": hop.kind,
        "basis": hop.basis,
        "basis_text": hop.basis_text,
        "start_date": hop.start_date,
        "end_date": hop.end_date,
        "items": "、".join(hop.items),
        "council_cases": "、".join(c.get("title") or c.get("id") or "" for c in hop.council_cases),
        "document": source.get("document"),
        "document_id": source.get("document_id"),
        "line": source.get("line"),
        "quote": source.get("quote"),
    }


_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f\x7f\\/:*?"<>|]+')


def download_name(stem: str, suffix: str) -> str:
    """A file name for a download made of names from documents: no folder, no character a file
    system refuses, not hidden, at most 120 characters before the suffix.

    >>> download_name("tadori-trace_../../etc/passwd", "csv")
    'tadori-trace_.._.._etc_passwd.csv'
    >>> download_name("..", "csv")
    'tadori.csv'
    """
    cleaned = _UNSAFE_IN_NAMES.sub("_", stem).strip(" .")[:120] or "tadori"
    return f"{cleaned}.{suffix}"


# -- GraphML --------------------------------------------------------------------------------
def _plain(value: Any) -> str | int | float | bool:
    """GraphML holds scalars only: lists are joined, None becomes empty text."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "、".join(str(v) for v in value)
    if isinstance(value, bool | int | float | str):
        return value
    return json.dumps(value, ensure_ascii=False)


def trace_graph(result: TraceResult, meta: Mapping[str, Any]) -> nx.MultiDiGraph:
    """A networkx graph of the answer: one node per business or party, one keyed edge per hop."""
    graph = nx.MultiDiGraph()
    graph.graph.update({f"query_{k}": _plain(v) for k, v in meta["query"].items()})
    graph.graph["generated_at"] = meta["generated_at"]
    graph.graph["query"] = _meta_text(meta)
    for hop in result.hops:
        for endpoint in (hop.source, hop.recipient):
            if endpoint["id"] not in graph:
                graph.add_node(endpoint["id"], label=_plain(endpoint.get("name")),
                               type=_plain(endpoint.get("label")), department=_plain(endpoint.get("department")),
                               start=endpoint["id"] in result.start_ids)
        record = hop_record(hop)
        graph.add_edge(hop.source["id"], hop.recipient["id"], key=hop.flow_id,
                       **{k: _plain(v) for k, v in record.items()})
    return graph


def to_graphml(result: TraceResult, meta: Mapping[str, Any]) -> bytes:
    """GraphML (networkx's own writer) that Gephi and yEd open."""
    buffer = io.BytesIO()
    nx.write_graphml(trace_graph(result, meta), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


# -- tables ---------------------------------------------------------------------------------
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Control characters the XLSX format cannot hold (openpyxl refuses them); tab, LF and CR can stay.
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def csv_cell(value: Any) -> Any:
    """A value as a spreadsheet reads it inert: text that a spreadsheet would run as a formula gets a ``'``."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _xlsx_row(sheet: Any, values: Sequence[Any]) -> None:
    """Append a row whose text cells are text, never formulas (openpyxl runs any string starting with ``=``)."""
    sheet.append([_XLSX_ILLEGAL.sub("\ufffd", v) if isinstance(v, str) else v for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"
            if cell.value.startswith(_FORMULA_STARTS):
                cell.quotePrefix = True  # Excel keeps it text even when the cell is edited


def table_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], meta: Mapping[str, Any]) -> str:
    """A plain CSV: the header row first, so ``pandas.read_csv`` and Excel open it as it is.

    Starts with a BOM so Excel reads the Japanese text as UTF-8. The query and the date are not in it:
    :func:`query_csv` writes them as a second file (the XLSX, JSON, GraphML and Mermaid exports carry them).
    ``meta`` is taken for the same signature as the other writers.
    """
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row.get(c) is None else csv_cell(row.get(c)) for c in columns])
    return buffer.getvalue()


def query_csv(meta: Mapping[str, Any]) -> str:
    """The query of an export as a two-column CSV (parameter, value) to keep beside a CSV table.

    >>> query_csv({"query": {"item": "DV情報等", "kind": ["目的外利用"]}, "generated_at": "2026-12-05"}).split()
    ['\\ufeffparameter,value', 'item,DV情報等', 'kind,目的外利用', 'generated_at,2026-12-05']
    """
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["parameter", "value"])
    for key, value in meta["query"].items():  # the values are what the user typed: inert, like every cell
        writer.writerow([key, csv_cell("、".join(map(str, value)) if isinstance(value, list) else value)])
    writer.writerow(["generated_at", meta["generated_at"]])
    return buffer.getvalue()


def table_xlsx(sheets: Mapping[str, tuple[Sequence[str], Sequence[Mapping[str, Any]]]],
               meta: Mapping[str, Any]) -> bytes:
    """A workbook with one sheet per table and a ``query`` sheet (parameter, value)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, (columns, rows) in sheets.items():
        sheet = book.create_sheet(name[:31])
        _xlsx_row(sheet, list(columns))
        for row in rows:
            _xlsx_row(sheet, [_plain(row.get(c)) for c in columns])
        sheet.freeze_panes = "A2"
    query = book.create_sheet("query")
    _xlsx_row(query, ["parameter", "value"])
    for key, value in meta["query"].items():
        _xlsx_row(query, [key, _plain(value)])
    _xlsx_row(query, ["generated_at", meta["generated_at"]])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def to_csv(result: TraceResult, meta: Mapping[str, Any]) -> str:
    return table_csv([hop_record(h) for h in result.hops], HOP_COLUMNS, meta)


def to_xlsx(result: TraceResult, meta: Mapping[str, Any]) -> bytes:
    return table_xlsx({"hops": (HOP_COLUMNS, [hop_record(h) for h in result.hops])}, meta)


# -- Mermaid and JSON -----------------------------------------------------------------------
# Mermaid has no backslash escapes; its entity codes (#quot; #60;) write characters that would
# end a label, open HTML or markdown, or start an entity. "#" goes first: the codes contain it.
_MERMAID_CODES = {"#": "#35;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "`": "#96;", "|": "#124;",
                  "[": "#91;", "]": "#93;", "{": "#123;", "}": "#125;", "(": "#40;", ")": "#41;", ";": "#59;"}
_MERMAID_SPECIAL = re.compile("|".join(re.escape(c) for c in _MERMAID_CODES))


def mermaid_label(text: str) -> str:
    """Text safe inside a quoted Mermaid label: special characters as entity codes, lines as ``<br/>``.

    >>> mermaid_label('<script>"x"</script>')
    '#lt;script#gt;#quot;x#quot;#lt;/script#gt;'
    """
    escaped = _MERMAID_SPECIAL.sub(lambda m: _MERMAID_CODES[m.group()], text)
    return "<br/>".join(escaped.replace("\r", "").split("\n"))


def to_mermaid(result: TraceResult, meta: Mapping[str, Any]) -> str:
    """A left-to-right Mermaid flowchart; dashed arrows for external provision and online connection."""
    lines = [f"%% tadori trace: {_meta_text(meta)}", f"%% generated_at: {meta['generated_at']}", "flowchart LR"]
    ids: dict[str, str] = {}

    def node(endpoint: dict[str, Any]) -> str:
        if endpoint["id"] not in ids:
            ids[endpoint["id"]] = f"n{len(ids)}"
            name = endpoint.get("business") or endpoint.get("external") or endpoint.get("name") or ""
            department = endpoint.get("department")
            label = f"{department}\n{name}" if department and department != name else name
            shape = ('{{"', '"}}') if endpoint.get("label") == "ExternalParty" else ('["', '"]')
            lines.append(f"    {ids[endpoint['id']]}{shape[0]}{mermaid_label(label)}{shape[1]}")
        return ids[endpoint["id"]]

    for hop in result.hops:
        source, target = node(hop.source), node(hop.recipient)
        arrow = "-.->" if hop.kind in ("external_provision", "online_connection") else "-->"
        label = mermaid_label(f"{hop.kind} / {hop.basis}" + (f" / {hop.start_date}" if hop.start_date else ""))
        lines.append(f'    {source} {arrow}|"{label}"| {target}')
    return "\n".join(lines) + "\n"


def to_json(result: TraceResult, meta: Mapping[str, Any]) -> str:
    return json.dumps({**meta, "result": result.to_json()}, ensure_ascii=False, indent=2)


# -- images ---------------------------------------------------------------------------------
_SVG_OPEN = re.compile(r"<svg\b[^>]*>", re.S)


def svg_with_metadata(svg: str, meta: Mapping[str, Any], title: str = "Tadori") -> str:
    """The SVG with ``<title>``, ``<desc>`` (the query, readable) and ``<metadata>`` (JSON) first inside it."""
    match = _SVG_OPEN.search(svg)
    if match is None:
        raise ValueError("not an SVG document")
    text = json.dumps(meta, ensure_ascii=False, sort_keys=True)
    inserted = (f"<title>{escape(title)}</title><desc>{escape(_meta_text(meta))} "
                f"generated_at={escape(meta['generated_at'])}</desc><metadata>{escape(text)}</metadata>")
    return svg[:match.end()] + inserted + svg[match.end():]


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_with_metadata(png: bytes, meta: Mapping[str, Any]) -> bytes:
    """The PNG with the query and date in ``iTXt`` chunks (UTF-8, so Japanese survives) after IHDR."""
    # A PNG starts with its signature, then the IHDR chunk (13 bytes of data): anything else is refused.
    if not png.startswith(PNG_SIGNATURE) or len(png) < 33 or png[12:16] != b"IHDR" or png[8:12] != b"\0\0\0\r":
        raise ValueError("not a PNG image")
    ihdr_end = 8 + 12 + 13
    chunks = b""
    for key, value in (("tadori:query", _meta_text(meta)), ("tadori:generated_at", meta["generated_at"])):
        chunks += _png_chunk(b"iTXt", key.encode("latin-1") + b"\x00\x00\x00\x00\x00" + value.encode("utf-8"))
    return png[:ihdr_end] + chunks + png[ihdr_end:]
