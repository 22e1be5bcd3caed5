"""Never a half flow, never silence: every flow has a recipient, and what falls short is said with a candidate."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_data import SHARED

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document
from tadori.ingest.sources import read_document

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def documents() -> list[Path]:
    found = sorted(FIXTURES.rglob("*.txt"))
    for folder in ("seeds", "corpus"):
        found += sorted(path for path in (SHARED / folder).glob("*.txt") if path.with_suffix(".json").is_file()
                        or folder == "seeds")
    return found


@pytest.mark.parametrize("path", documents(), ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_flow_read_has_a_recipient(path):
    extraction = extract_document(read_document(path))
    half = [flow for flow in extraction.flows
            if not (flow.recipient_department or flow.recipient_business or flow.recipient_external)]
    assert not half


def extract(text: str):
    return extract_document(Document(path="doc.txt", sha256="0" * 64, text=text))


def test_a_flow_without_a_recipient_becomes_a_diagnostic_with_what_was_read():
    # A title naming neither end: whatever a council reader makes of it, no flow goes out without a recipient.
    extraction = extract("1 議題\n(1) 個人情報の目的外利用及び提供について(諮問)")
    assert all(flow.recipient_department or flow.recipient_business or flow.recipient_external
               for flow in extraction.flows)
    candidates = [d.candidate for d in extraction.diagnostics if d.candidate and d.line == 2]
    assert extraction.flows or candidates
    # 「目的外利用及び提供」 names two kinds: one candidate for each
    assert sorted(candidate["kind"] for candidate in candidates) in ([], ["external_provision", "purpose_outside_use"])
    assert all("id" not in candidate for candidate in candidates)


def test_a_hand_over_no_reader_understood_is_said_not_skipped():
    extraction = extract("①概要\n②保育園が、消防からの連絡により、在園児に係る個人情報を本人以外から収集する。")
    (diagnostic,) = [d for d in extraction.diagnostics if d.line == 2]
    assert diagnostic.candidate == {"kind": "collection_from_others", "line": 2}


def test_a_count_no_reader_understood_is_said_and_public_records_counts_are_not():
    from tadori.ingest.documents.layout.lines import split_lines
    from tadori.ingest.documents.resolve.diagnose import unread_count_statements

    lines = split_lines("運用状況\n目的外利用の届出は12件でした。\n情報公開制度の開示請求は40件でした。")
    assert [d.line for d in unread_count_statements(lines, set())] == [2]
    extraction = extract("運用状況\n目的外利用の届出は12件でした。\n情報公開制度の開示請求は40件でした。")
    assert [(s.kind, s.count, s.line) for s in extraction.statistics] == [("purpose_outside_use", 12, 2)]
    assert not [d for d in extraction.diagnostics if "states a count" in d.message]
