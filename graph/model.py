"""The property graph's own types: nodes, flow edges and council cases, with stable ids.

Ids are derived from names, never from insertion order, so the same record ingested twice
(or from two documents) is the same node or edge.

>>> business_id("川口市", "住民基本台帳 業務")
'business:川口市:住民基本台帳業務'
>>> item_key("ＤＶ情報等") == item_key("DV情報")
True
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from tadori.ingest.normalize import canonical_name as _canonical_name

__all__ = [
    "BUSINESS",
    "DATA_ITEM",
    "DEPARTMENT",
    "EXTERNAL_PARTY",
    "Case",
    "FlowEdge",
    "Node",
    "business_id",
    "department_id",
    "external_id",
    "flow_id",
    "holder_id",
    "item_id",
    "is_role_party",
    "item_key",
    "unknown_source_id",
]

BUSINESS = "Business"
DEPARTMENT = "Department"
DATA_ITEM = "DataItem"
EXTERNAL_PARTY = "ExternalParty"


# Names repeat across thousands of flows: normalise each spelling once.
canonical_name = lru_cache(maxsize=1 << 18)(_canonical_name)


@lru_cache(maxsize=1 << 18)
def item_key(item: str) -> str:
    """The key two variants of one item share: canonical spelling without a trailing 等."""
    key = canonical_name(item).lower()
    return key[:-1] if key.endswith("等") and len(key) > 1 else key


def business_id(municipality: str | None, business: str, department: str | None = None) -> str:
    """A business's id; ``department`` sets apart a business of the same name that a document states
    under another department (児童手当支給業務 of 人事厚生課 next to the one of 子育て支援課).

    >>> business_id("久留米市", "児童手当支給業務", "人事厚生課")
    'business:久留米市:児童手当支給業務@人事厚生課'
    """
    apart = f"@{canonical_name(department)}" if department else ""
    return f"business:{municipality or ''}:{canonical_name(business)}{apart}"


def holder_id(municipality: str | None, department: str) -> str:
    """A department named as the holder or recipient when no business is stated."""
    return f"holder:{municipality or ''}:{canonical_name(department)}"


def department_id(municipality: str | None, department: str) -> str:
    return f"department:{municipality or ''}:{canonical_name(department)}"


# A party named by its role (受託事業者, 委託業者, 事業者): a different body for every business it serves.
_ROLE_PARTY = re.compile(r"受託|委託|^(?:民間)?(?:事業者|業者)$")


@lru_cache(maxsize=1 << 14)
def is_role_party(party: str) -> bool:
    """True for an outside party named by its role, not by its name.

    >>> is_role_party("受託事業者"), is_role_party("川口市社会福祉協議会")
    (True, False)
    """
    return bool(_ROLE_PARTY.search(canonical_name(party)))


def external_id(municipality: str | None, party: str, business: str | None = None) -> str:
    """A named party is one body whatever it receives data for (the business is the purpose);
    a role party (受託事業者) of one business is not the same body as that of another."""
    suffix = f":{canonical_name(business)}" if business and is_role_party(party) else ""
    return f"external:{municipality or ''}:{canonical_name(party)}{suffix}"


def unknown_source_id(municipality: str | None) -> str:
    return f"unknown:{municipality or ''}"


def item_id(item: str) -> str:
    return f"item:{item_key(item)}"


def flow_id(municipality: str | None, source: str, target: str, kind: str, start_date: str | None) -> str:
    key = "\x1f".join((municipality or "", source, target, kind, start_date or ""))
    return "flow:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Node:
    """A graph node: a business (or a department holding data), an outside party, a data item."""

    id: str
    label: str
    name: str
    municipality: str | None = None
    department: str | None = None  # the department first stated as operating a business
    departments: list[str] = field(default_factory=list)
    abolished: str | None = None  # ISO date a registration abolished the business
    items: list[str] = field(default_factory=list)  # items the business is stated to record

    @property
    def display(self) -> str:
        if self.label == BUSINESS and self.department and self.department != self.name:
            return f"{self.name}（{self.department}）"
        return self.name

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["display"] = self.display
        return data


@dataclass(slots=True)  # a national graph holds millions: no per-edge __dict__
class FlowEdge:
    """A FLOWS_TO relationship with all its attributes and every line that states it."""

    id: str
    source: str
    target: str
    kind: str
    basis: str
    basis_text: str | None
    start_date: str | None
    end_date: str | None
    items: list[str]
    reason: str | None
    municipality: str | None
    source_department: str | None
    source_business: str | None
    recipient_department: str | None
    recipient_business: str | None
    recipient_external: str | None
    provenance: list[dict[str, Any]] = field(default_factory=list)  # {document, document_id, line, quote}
    council_cases: list[str] = field(default_factory=list)

    @property
    def item_keys(self) -> set[str]:
        return {item_key(i) for i in self.items}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Case:
    """A council case with the graph flow ids it approved."""

    id: str
    municipality: str | None
    date: str | None
    title: str
    articles: list[str]
    decision: str
    flow_ids: list[str]
    provenance: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
