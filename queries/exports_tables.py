"""Exports of the exposure and DV-gap answers: CSV (a plain table), XLSX and JSON (these two carry the query).

>>> from tadori.queries.testing import tiny_store
>>> from tadori.queries.exposure import exposure
>>> meta = query_metadata({"target": "住民基本台帳業務"}, generated_at="2026-01-01T00:00:00+00:00")
>>> exposure_csv(exposure(tiny_store(), "住民基本台帳業務"), meta).lstrip("\\ufeff").splitlines()[0]
'fiscal_year,businesses,departments,external_parties,contractors,flows'
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .dv_gap import DvGapResult
from .exports import HOP_COLUMNS, hop_record, query_metadata, table_csv, table_xlsx
from .exposure import ExposureResult

__all__ = ["DV_GAP_COLUMNS", "dv_gap_csv", "dv_gap_json", "dv_gap_rows", "dv_gap_xlsx", "exposure_csv",
           "exposure_json", "exposure_xlsx", "query_metadata"]

YEAR_COLUMNS = ("fiscal_year", "businesses", "departments", "external_parties", "contractors", "flows")
DV_GAP_COLUMNS = ("municipality", "recipient_department", "recipient_business", "holders", "address_items",
                  "whole_data", "flows", "lines")


def exposure_csv(result: ExposureResult, meta: Mapping[str, Any]) -> str:
    """The cumulative table, one row per fiscal year."""
    return table_csv(result.by_fiscal_year, YEAR_COLUMNS, meta)


def exposure_xlsx(result: ExposureResult, meta: Mapping[str, Any]) -> bytes:
    """Counts, the yearly table, the breakdowns, the Sankey links, the weakest hops and every hop."""
    counts = [{"scope": scope, **reach.counts()} for scope, reach in (("direct", result.direct),
                                                                      ("transitive", result.transitive))]
    return table_xlsx({
        "counts": (("scope", "businesses", "departments", "external_parties", "contractors"), counts),
        "by_fiscal_year": (YEAR_COLUMNS, result.by_fiscal_year),
        "by_basis": (("basis", "flows"), [{"basis": k, "flows": v} for k, v in result.by_basis.items()]),
        "by_kind": (("kind", "flows"), [{"kind": k, "flows": v} for k, v in result.by_kind.items()]),
        "sankey": (("source", "target", "count"), result.sankey),
        "weakest_hops": (HOP_COLUMNS, [hop_record(h) for h in result.weakest_hops]),
        "hops": (HOP_COLUMNS, [hop_record(h) for h in result.hops]),
    }, meta)


def exposure_json(result: ExposureResult, meta: Mapping[str, Any]) -> str:
    return json.dumps({**meta, "result": result.to_json()}, ensure_ascii=False, indent=2)


def dv_gap_rows(result: DvGapResult) -> list[dict[str, Any]]:
    """One flat row per business in the gap, its proving lines as ``document:line`` text."""
    return [{
        "municipality": row.recipient.get("municipality"),
        "recipient_department": row.recipient.get("department"),
        "recipient_business": row.recipient.get("name"),
        "holders": "、".join(h.get("name") or "" for h in row.holders),
        "address_items": "、".join(row.address_items),
        "whole_data": row.whole_data,
        "flows": len(row.hops),
        "lines": "; ".join(f"{line.get('document')}:{line.get('line')}" for line in row.lines),
    } for row in result.gaps]


def dv_gap_csv(result: DvGapResult, meta: Mapping[str, Any]) -> str:
    return table_csv(dv_gap_rows(result), DV_GAP_COLUMNS, meta)


def dv_gap_xlsx(result: DvGapResult, meta: Mapping[str, Any]) -> bytes:
    lines = [{"recipient_business": row.recipient.get("name"), **line} for row in result.gaps for line in row.lines]
    return table_xlsx({
        "gaps": (DV_GAP_COLUMNS, dv_gap_rows(result)),
        "lines": (("recipient_business", "document", "line", "why", "quote"), lines),
        "hops": (HOP_COLUMNS, [hop_record(h) for row in result.gaps for h in row.hops]),
    }, meta)


def dv_gap_json(result: DvGapResult, meta: Mapping[str, Any]) -> str:
    return json.dumps({**meta, "result": result.to_json()}, ensure_ascii=False, indent=2)
