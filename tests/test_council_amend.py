"""The council reader's amendments (readers/council/amend.py): later steps say what they decide, `apply` does it.

Invented cases and flows. Each row: the amendments, applied in order, and what the cases and flows then say.
"""

from __future__ import annotations

import dataclasses

import pytest

from tadori.ingest.documents.readers.council.amend import CaseAt, Decide, Fill, Restate, apply
from tadori.ingest.records import CouncilCase, Flow


def _cases() -> list[CouncilCase]:
    return [CouncilCase(title="A事業に係る外部提供について", line=1, flow_ids=["t1", "t2"]),
            CouncilCase(title="B事業に係る目的外利用について", line=5, decision="approved", articles=["条例第8条"])]


def _flows() -> list[Flow]:
    return [Flow(id="t1", kind="external_provision", basis="council", items=["氏名"]),
            Flow(id="t2", kind="external_provision", basis="council", basis_text="条例第9条")]


FIRST, SECOND = CaseAt(0), CaseAt(1)

ROWS = [
    # (why, amendments, expected {(case place or flow id, field): value})
    ("a decision", [Decide(FIRST, "approved")], {(0, "decision"): "approved"}),
    ("the last decision stated wins", [Decide(FIRST, "approved"), Decide(FIRST, "approved_with_opinion")],
     {(0, "decision"): "approved_with_opinion"}),
    ("a decision replaces one read before", [Decide(SECOND, "rejected")], {(1, "decision"): "rejected"}),
    ("a missing basis is filled", [Fill("t1", "basis_text", "条例第8条")], {("t1", "basis_text"): "条例第8条"}),
    ("a basis read before stays", [Fill("t2", "basis_text", "条例第8条")], {("t2", "basis_text"): "条例第9条"}),
    ("items replace when told to", [Fill("t1", "items", ("氏名", "住所"), only_missing=False)],
     {("t1", "items"): ["氏名", "住所"]}),
    ("items read before stay otherwise", [Fill("t1", "items", ("住所",))], {("t1", "items"): ["氏名"]}),
    ("a case's articles, filled", [Fill(FIRST, "articles", ("条例第10条",))], {(0, "articles"): ["条例第10条"]}),
    ("a case's articles read before stay", [Fill(SECOND, "articles", ("条例第10条",))],
     {(1, "articles"): ["条例第8条"]}),
    ("the first fill of two wins", [Fill("t1", "reason", "避難支援のため"), Fill("t1", "reason", "別の理由")],
     {("t1", "reason"): "避難支援のため"}),
    ("a flow no longer read is left alone", [Fill("gone", "reason", "理由")], {("t1", "reason"): None}),
    ("a restated case: dropped, kept, added", [Restate(FIRST, flows=("e1",), drop=frozenset({"t1"}))],
     {(0, "flow_ids"): ["t2", "e1"]}),
    ("two restatements of one case, in order",
     [Restate(FIRST, flows=("e1",), drop=frozenset({"t1", "t2"})),
      Restate(FIRST, flows=("e2",), drop=frozenset({"t1"}))],
     {(0, "flow_ids"): ["e1", "e2"]}),
    ("a case that states new flows only", [Restate(SECOND, flows=("e3", "e4"))], {(1, "flow_ids"): ["e3", "e4"]}),
]


@pytest.mark.parametrize(("why", "amendments", "expected"), ROWS, ids=[row[0] for row in ROWS])
def test_amendments_applied_in_order(why, amendments, expected):
    cases, flows = _cases(), _flows()
    apply(amendments, cases, flows)
    by_id = {flow.id: flow for flow in flows}
    for (target, field), value in expected.items():
        record = cases[target] if isinstance(target, int) else by_id[target]
        assert getattr(record, field) == value


def test_nothing_else_changes():
    cases, flows = _cases(), _flows()
    apply([Decide(FIRST, "approved"), Fill("t1", "basis_text", "条例第8条")], cases, flows)
    assert cases[1] == _cases()[1] and flows[1] == _flows()[1]
    assert dataclasses.replace(cases[0], decision="unknown") == _cases()[0]


def test_amendments_are_frozen_values():
    decide = Decide(FIRST, "approved")
    with pytest.raises(dataclasses.FrozenInstanceError):
        decide.decision = "rejected"  # type: ignore[misc]
    assert Fill("t1", "items", ("氏名",)) == Fill("t1", "items", ("氏名",))
    assert hash(Restate(FIRST, flows=("e1",), drop=frozenset({"t1"})))


def test_a_filled_list_is_the_case_own():
    cases = _cases()
    apply([Fill(FIRST, "articles", ("条例第10条",))], cases)
    cases[0].articles.append("条例第11条")  # a later step may extend it: the amendment stays as it was
    apply([Fill(CaseAt(0), "articles", ("条例第10条",), only_missing=False)], cases)
    assert cases[0].articles == ["条例第10条"]
