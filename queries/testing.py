"""A tiny in-memory store for doctests and examples: four flows out of one 住民基本台帳業務.

The flow to 被災者支援システム運用業務 states no items and was approved by one council case.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from tadori.graph.build import GraphData
from tadori.graph.model import EXTERNAL_PARTY, Case, FlowEdge, external_id, flow_id
from tadori.graph.networkx_store import NetworkXStore

__all__ = ["store_from_flows", "tiny_report_store", "tiny_store"]

_FLOWS = (
    # recipient department, recipient business, kind, basis, start, items
    ("介護保険課", "介護保険資格管理業務", "purpose_outside_use", "unknown", "2014-01-14", ["DV情報等"]),
    ("水道局営業管理室", "料金収納システム業務", "external_provision", "unknown", "2014-01-06", ["DV情報等"]),
    ("防災課", "被災者支援システム運用業務", "purpose_outside_use", "reasonable_grounds", "2013-12-10", []),
    ("防犯対策室", "空き家対策業務", "purpose_outside_use", "law", "2013-10-01", ["住民登録地", "続柄"]),
)


def tiny_store() -> NetworkXStore:
    """A store of one city's four flows; line numbers are those of an imaginary list."""
    data = GraphData()
    source = data.business("川口市", "市民課", "住民基本台帳業務")
    assert source is not None
    for line, (department, business, kind, basis, start, items) in enumerate(_FLOWS, start=10):
        target = data.business("川口市", department, business)
        assert target is not None
        edge_id = flow_id("川口市", source, target, kind, start)
        data.flows[edge_id] = FlowEdge(
            id=edge_id, source=source, target=target, kind=kind, basis=basis, basis_text=None, start_date=start,
            end_date=None, items=list(items), reason=None, municipality="川口市", source_department="市民課",
            source_business="住民基本台帳業務", recipient_department=department, recipient_business=business,
            recipient_external=None,
            provenance=[{"document": "example.txt", "document_id": "example", "line": line, "quote": None}],
        )
        for item in items:
            data.record(source, item)
            data.record(target, item)
    approved = next(f for f in data.flows.values() if f.recipient_business == "被災者支援システム運用業務")
    case_id = "case:example:c1"
    data.cases[case_id] = Case(
        id=case_id, municipality="川口市", date="2013-11-20",
        title="被災者支援システムの導入に伴う住民基本台帳の目的外利用について",
        articles=["条例第9条第3項第4号"], decision="approved", flow_ids=[approved.id],
        provenance={"document": "example.txt", "document_id": "example", "line": 30, "quote": None},
    )
    approved.council_cases.append(case_id)
    return NetworkXStore(data)


def tiny_report_store(folder: str | None = None) -> NetworkXStore:
    """A store read from one imaginary annual report (a record store in a temporary folder).

    The report counts 4 purpose-outside uses by 市長 (2 on 生命等の保護, 2 on the council's
    answer) and one new registration; it itemises three uses and the registration.
    """
    import hashlib
    import tempfile
    from pathlib import Path

    from tadori.ingest.records import Document, Extraction, Flow, Registration, Statistic
    from tadori.ingest.recordstore import RecordStore

    text = "令和2年度 個人情報保護条例の運用状況\n"
    document = Document(path="r2-report.txt", sha256=hashlib.sha256(text.encode()).hexdigest(),
                        municipality="久留米市", title="令和2年度 個人情報保護条例の運用状況", text=text)
    vital = "条例第9条第3項第3号(生命等の保護)"
    extraction = Extraction(
        document=document,
        flows=[
            Flow(id="f1", source_business="児童手当支給業務", recipient_business="子育て世帯臨時特別給付金給付業務",
                 basis="vital_interest", basis_text=vital, items=["受給者氏名", "住所"], line=10),
            Flow(id="f2", source_business="住民基本台帳業務", recipient_business="特別定額給付金支給業務",
                 basis="vital_interest", basis_text=vital, items=["氏名", "住所"], line=11),
            Flow(id="f3", source_department="市民課", recipient_department="地域保健課", basis="council",
                 basis_text="条例第9条第3項第4号", items=["住民基本台帳に係る情報"], line=12),
        ],
        registrations=[Registration(department="総務課", business="新型コロナウイルス対策業務", line=20)],
        statistics=[
            Statistic(table="目的外利用の届出状況", organ_or_basis="市長", kind="purpose_outside_use", count=4, line=3),
            Statistic(table="内訳", organ_or_basis=vital, kind="purpose_outside_use", count=2, line=5),
            Statistic(table="内訳", organ_or_basis="審議会の答申によるもの", kind="purpose_outside_use", count=2,
                      line=6),
            Statistic(table="登録状況", organ_or_basis="市長", kind="registration_new", count=1, line=2),
        ],
    )
    records = RecordStore(Path(folder or tempfile.mkdtemp(prefix="tadori-")) / "report.db")
    records.add(extraction)
    return NetworkXStore.from_records(records)


def store_from_flows(flows: Iterable[Mapping[str, Any]], *, municipality: str = "市",
                     abolished: Mapping[str, str] | None = None) -> NetworkXStore:
    """A store from plain rows, for tests and examples: each row names its ends by business.

    A row has ``source`` and ``target`` (business names; ``external=True`` makes the target an
    outside party) and optionally ``kind``, ``basis``, ``start_date``, ``end_date``, ``items``,
    ``department`` (of the target). Every row is its own flow; ``line`` is its position.

    >>> store = store_from_flows([{"source": "A業務", "target": "B業務", "items": ["氏名"]}])
    >>> [(f.source, f.target, f.items) for f in store.flows()]
    [('business:市:A業務', 'business:市:B業務', ['氏名'])]
    """
    data = GraphData()
    for line, row in enumerate(flows, start=1):
        source = data.business(municipality, row.get("source_department"), row["source"])
        if row.get("external"):
            target = data.node(external_id(municipality, row["target"]), EXTERNAL_PARTY, row["target"],
                               municipality).id
        else:
            target = data.business(municipality, row.get("department"), row["target"])
        assert source is not None and target is not None
        kind = row.get("kind", "purpose_outside_use")
        edge_id = flow_id(municipality, source, target, kind, f"{row.get('start_date')}#{line}")
        items = list(row.get("items", []))
        data.flows[edge_id] = FlowEdge(
            id=edge_id, source=source, target=target, kind=kind, basis=row.get("basis", "unknown"),
            basis_text=row.get("basis_text"), start_date=row.get("start_date"), end_date=row.get("end_date"),
            items=items, reason=row.get("reason"), municipality=municipality,
            source_department=row.get("source_department"), source_business=row["source"],
            recipient_department=row.get("department"),
            recipient_business=None if row.get("external") else row["target"],
            recipient_external=row["target"] if row.get("external") else None,
            provenance=[{"document": "generated", "document_id": "generated", "line": line, "quote": None}],
        )
        for node in (source, target):
            if data.nodes[node].label != EXTERNAL_PARTY:
                for item in items:
                    data.record(node, item)
    for name, day in (abolished or {}).items():
        node = data.nodes.get(f"business:{municipality}:{name}")
        if node is not None:
            node.abolished = day
    return NetworkXStore(data)
