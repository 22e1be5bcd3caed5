"""A flow's basis as a citation, and where the old ordinance category sits under 第69条.

:func:`parse_citations` reads article references (条例第9条第3項第4号 → ordinance 9-3-4;
個人情報保護法第69条第2項第3号 → act 69-2-3; 同条第4項 → the article before, paragraph 4).
:func:`crosswalk` maps a flow's old basis category onto 個人情報保護法 第69条 with the editable
table ``data/crosswalk_69.csv`` (法令に基づく → 69-1; 本人同意 → 69-2-1; internal 相当の理由 →
69-2-2; other public bodies → 69-2-3; statistics, the person's benefit, special reason →
69-2-4). :func:`citations` lists every flow with both, flagging an old basis with no 69条
home (a council answer alone) and flows that recur every year on a 69条2項 basis (2項 covers
one-off use; a standing flow belongs in the 利用目的).

Examples
--------
>>> [c.label for c in parse_citations("条例第9条第3項第4号及び同条第4項")]
['9-3-4', '9-4']
>>> c = parse_citations("個人情報保護法第69条第2項第3号")[0]
>>> c.kind, c.label, str(c)
('act', '69-2-3', 'act 69-2-3')
>>> from tadori.queries.testing import tiny_store
>>> rows = citations(tiny_store()).rows
>>> [(r.recipient["name"], r.article_69, r.flags) for r in rows][2:]
[('被災者支援システム運用業務', '69-2-2', []), ('空き家対策業務', '69-1', [])]
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any

from tadori.graph.model import EXTERNAL_PARTY, FlowEdge
from tadori.graph.protocol import GraphStore
from tadori.ingest.normalize import nfkc

from .filters import resolve_municipality
from .trace import field_lines
from .vocabulary import contains_any, fiscal_year, public_body_terms, read_rows

__all__ = ["Citation", "CitationRow", "CitationsResult", "Crosswalk", "citations", "crosswalk", "parse_citations"]

_NUMBER = r"[0-9一二三四五六七八九十]+"
_REFERENCE = re.compile(
    rf"同条第(?P<same_paragraph>{_NUMBER})項(?:第(?P<same_item>{_NUMBER})号)?"
    rf"|(?P<instrument>個人情報の?保護に関する法律|個人情報保護法|[^\s、。,()（）第及並]{{0,16}}?(?:条例|規則|法))?"
    rf"第(?P<article>{_NUMBER})条(?:の(?P<sub>{_NUMBER}))?"
    rf"(?:第(?P<paragraph>{_NUMBER})項)?(?:第(?P<item>{_NUMBER})[号項])?"
)
_KANJI = {c: n for n, c in enumerate("〇一二三四五六七八九")}
_RECURRING = ("毎年", "毎年度", "毎月", "定期", "年1回", "年一回", "継続", "随時")


def _number(text: str | None) -> int | None:
    """An article number in Arabic or kanji numerals (九, 十二, 二十三)."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_KANJI.get(tens, 1) if tens else 1) * 10 + (_KANJI.get(ones, 0) if ones else 0)
    return _KANJI.get(text)


@dataclass(frozen=True)
class Citation:
    """One article reference: the instrument, its kind and article-paragraph-item."""

    text: str
    instrument: str | None
    kind: str  # "ordinance" (条例) | "act" (個人情報保護法) | "law" (another statute) | "rule" | "unknown"
    article: str
    paragraph: int | None = None
    item: int | None = None

    @property
    def label(self) -> str:
        return "-".join(str(p) for p in (self.article, self.paragraph, self.item) if p is not None)

    def __str__(self) -> str:
        return f"{self.kind} {self.label}"

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "label": self.label}


def _kind(instrument: str | None) -> str:
    if not instrument:
        return "unknown"
    if "個人情報" in instrument and "法" in instrument and "条例" not in instrument or instrument == "法":
        return "act"  # 「法」 alone, in these documents, is 個人情報保護法
    if instrument.endswith("条例"):
        return "ordinance"
    if instrument.endswith("規則"):
        return "rule"
    return "law"


def parse_citations(text: str | None) -> list[Citation]:
    """Every article reference in ``text``, in order; 同条 takes the article before it."""
    value = re.sub(r"\s+", "", nfkc(text))
    found: list[Citation] = []
    instrument: str | None = None
    for match in _REFERENCE.finditer(value):
        groups = match.groupdict()
        if groups["same_paragraph"] is not None:
            if found:
                previous = found[-1]
                found.append(Citation(match.group(0), previous.instrument, previous.kind, previous.article,
                                      _number(groups["same_paragraph"]), _number(groups["same_item"])))
            continue
        instrument = groups["instrument"] or instrument  # 第9条 after 条例第8条 is the same 条例
        article = str(_number(groups["article"]))
        if groups["sub"]:
            article += f"の{_number(groups['sub'])}"
        found.append(Citation(match.group(0), instrument, _kind(instrument), article,
                              _number(groups["paragraph"]), _number(groups["item"])))
    return found


@dataclass(frozen=True)
class Crosswalk:
    """Where an old basis category sits under 個人情報保護法 第69条 (None: nowhere)."""

    old_basis: str
    scope: str  # internal | public_body | other | any
    article_69: str | None
    label: str
    note: str

    @property
    def has_home(self) -> bool:
        return self.article_69 is not None

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "has_home": self.has_home}


@cache
def _table() -> tuple[Crosswalk, ...]:
    return tuple(Crosswalk(r["old_basis"], r["scope"], r["article_69"] or None, r["label"], r["note"])
                 for r in read_rows("crosswalk_69.csv"))


def _scope(store: GraphStore, flow: FlowEdge) -> str:
    if flow.kind == "purpose_outside_use":
        return "internal"
    target = store.node(flow.target)
    if target is not None and target.label != EXTERNAL_PARTY:
        return "public_body"  # another organ of the same city (水道事業管理者, 教育委員会 …)
    name = flow.recipient_external or (target.name if target else "")
    return "public_body" if contains_any(name, public_body_terms()) else "other"


def crosswalk(store: GraphStore, flow: FlowEdge) -> Crosswalk:
    """The 第69条 row for a flow's basis and scope (data/crosswalk_69.csv)."""
    scope = _scope(store, flow)
    rows = [r for r in _table() if r.old_basis == flow.basis]
    match = next((r for r in rows if r.scope == scope), None) or next((r for r in rows if r.scope == "any"), None)
    return match or Crosswalk(flow.basis, scope, None, "", "no row in crosswalk_69.csv")


@dataclass
class CitationRow:
    """One flow: its old basis, the articles it cites, its 第69条 item and the flags."""

    flow_id: str
    source: dict[str, Any]
    recipient: dict[str, Any]
    kind: str
    basis: str
    basis_text: str | None
    start_date: str | None
    citations: list[Citation]
    crosswalk: Crosswalk
    flags: list[str]  # "no_69_home" | "recurring_on_69_2"
    provenance: dict[str, Any]

    @property
    def article_69(self) -> str | None:
        return self.crosswalk.article_69

    def to_json(self) -> dict[str, Any]:
        return {"flow_id": self.flow_id, "source": self.source, "recipient": self.recipient, "kind": self.kind,
                "basis": self.basis, "basis_text": self.basis_text, "start_date": self.start_date,
                "citations": [c.to_json() for c in self.citations], "article_69": self.article_69,
                "crosswalk": self.crosswalk.to_json(), "flags": self.flags, "provenance": self.provenance}


@dataclass
class CitationsResult:
    municipality: str | None
    rows: list[CitationRow] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"municipality": self.municipality, "rows": [r.to_json() for r in self.rows]}


def _ends(store: GraphStore, flow: FlowEdge) -> tuple[dict[str, Any], dict[str, Any]]:
    def end(node_id: str, department: str | None) -> dict[str, Any]:
        node = store.node(node_id)
        return {"id": node_id, "name": node.name if node else node_id, "department": department}

    return end(flow.source, flow.source_department), end(flow.target, flow.recipient_department)


def citations(store: GraphStore, *, municipality: str | None = None) -> CitationsResult:
    """Every flow with its cited articles, its 第69条 item and the flags.

    ``no_69_home``: the old basis maps to no 第69条 item (a council answer alone).
    ``recurring_on_69_2``: a 第69条第2項 basis for a flow that recurs (its reason or basis
    says 毎年度 / 定期 …, or the same pair of ends is stated with starts in two fiscal years).
    """
    municipality = resolve_municipality(store, municipality)
    flows = [f for f in store.flows(municipality) if f.kind != "collection_from_others"]
    years: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    for flow in flows:
        if (year := fiscal_year(flow.start_date)) is not None:
            years[(flow.source, flow.target, flow.kind)].add(year)
    rows = []
    for flow in flows:
        walk = crosswalk(store, flow)
        flags = []
        if not walk.has_home and flow.basis != "unknown":
            flags.append("no_69_home")
        words = f"{flow.reason or ''}{flow.basis_text or ''}"
        if (walk.article_69 or "").startswith("69-2") and (
                any(w in words for w in _RECURRING) or len(years[(flow.source, flow.target, flow.kind)]) > 1):
            flags.append("recurring_on_69_2")
        source, recipient = _ends(store, flow)
        # The line that states the basis: a flow stated twice may give it on its second line.
        cited = field_lines(flow).get("basis") or flow.provenance[:1]
        provenance = {k: cited[0].get(k) for k in ("document", "line", "quote")} if cited else {}
        rows.append(CitationRow(flow.id, source, recipient, flow.kind, flow.basis, flow.basis_text, flow.start_date,
                                parse_citations(flow.basis_text), walk, flags, provenance))
    rows.sort(key=lambda r: (r.provenance.get("document") or "", r.provenance.get("line") or 0, r.flow_id))
    return CitationsResult(municipality, rows)
