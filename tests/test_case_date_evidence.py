"""A council case's date is cited on the line that writes it: minutes give the meeting's date once, at the top."""

from __future__ import annotations

import hashlib
import sqlite3

from shared_data import require_shared

from tadori.dashboard.app import create_app
from tadori.graph.networkx_store import NetworkXStore
from tadori.ingest.documents import extract_document
from tadori.ingest.documents.layout.page import page_of
from tadori.ingest.documents.resolve.cited_fields import cite_cases
from tadori.ingest.normalize import dates_written
from tadori.ingest.records import CouncilCase, Document, Extraction
from tadori.ingest.recordstore import RecordStore
from tadori.queries.council import cases

# An invented agenda: the meeting's date on its second line, each case on a line of its own.
MINUTES = ["北浜市個人情報保護審議会 会議録", "開催日時 令和6年5月20日(月) 午後2時", "", "議題",
           "諮問第3号 避難行動要支援者名簿の外部提供について【福祉課】",
           "諮問第4号 特定健康診査結果の目的外利用について【健康課】", "", "審議の結果、いずれも適当と認める。"]


def _read(text: str, name: str = "minutes.txt") -> Extraction:
    return extract_document(Document(path=name, sha256=hashlib.sha256(text.encode()).hexdigest(),
                                     municipality="北浜市", text=text))


def test_each_case_of_an_agenda_cites_the_meeting_date_line():
    read = _read("\n".join(MINUTES))
    assert [case.date for case in read.council_cases] == ["2024-05-20", "2024-05-20"]
    for case in read.council_cases:
        assert case.line != 2 and case.evidence == [{"fields": ["date"], "line": 2, "quote": MINUTES[1]}]


def test_a_case_whose_own_line_writes_its_date_gets_no_evidence():
    text = "第2回審議会\n令和6年5月20日 諮問第3号 名簿の外部提供について\n6月3日 諮問第4号 健診結果の利用について"
    lines = page_of(text).lines
    cases_read = [CouncilCase(date="2024-05-20", title="名簿の外部提供について", line=2),
                  CouncilCase(date="2024-06-03", title="健診結果の利用について", line=3)]
    cite_cases(cases_read, lines)
    assert [case.evidence for case in cases_read] == [[], []]  # whole, or its month and day under the year


def test_the_record_store_keeps_a_case_s_evidence_and_an_older_store_gains_the_column(tmp_path):
    path = tmp_path / "old.db"
    RecordStore(path).add(Extraction(document=Document(path="a.txt", sha256="a" * 64, text="a"),
                                     council_cases=[CouncilCase(id="c1", title="件名", line=2)]))
    with sqlite3.connect(path) as db:  # a store written before the column existed
        db.execute("ALTER TABLE council_cases DROP COLUMN evidence")
    store = RecordStore(path)
    assert [case.evidence for case, _ in store.council_cases()] == [[]]
    read = _read("\n".join(MINUTES))
    store.add(read)
    kept = store.council_cases(read.document.id)
    assert [case.evidence for case, _ in kept] == [case.evidence for case in read.council_cases]


def test_the_council_page_links_a_case_s_date_to_the_line_that_writes_it(tmp_path):
    records = RecordStore(tmp_path / "r.db")
    records.add(_read("\n".join(MINUTES)))
    store = NetworkXStore.from_records(records)
    create_app(store)  # the pages register with an app
    from tadori.dashboard.pages.council import _case_row

    rows = cases(store)
    assert [row.line_of("date") for row in rows] == [2, 2] and 2 not in [row.provenance["line"] for row in rows]
    assert rows[0].to_json()["provenance"]["evidence"][0]["line"] == 2
    shown = str(_case_row(rows[0], "ja"))
    assert "line=2" in shown and f"line={rows[0].provenance['line']}" in shown  # the date's line, the case's own


def test_the_corpus_case_dates_are_on_the_line_they_are_cited_on():
    found = total = 0
    for path in sorted((require_shared() / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines = {line.no: line.text for line in page_of(text).lines}
        for case in _read(text, path.name).council_cases:
            if not case.date:
                continue
            total += 1
            cited = next((e["line"] for e in case.evidence if "date" in e["fields"]), case.line)
            month, day = (int(part) for part in case.date.split("-")[1:])
            written = "".join(lines.get(cited, "").split())
            whole = [iso for _, iso in dates_written(written)]
            found += case.date in whole or f"{month}月{day}日" in written or f"{month}/{day}" in written
    print(f"{found} of {total} council case dates on the line they are cited on")
    assert total >= 25 and found == total, (found, total)


def test_a_case_number_alone_cites_the_title_on_the_line_below_and_the_page_links_it(tmp_path):
    agenda = ["北浜市個人情報保護審議会 会議録", "開催日時 令和6年5月20日", "議題", "- 諮問第12号",
              "個人情報の取扱いの原則の例外について", "(「目的外利用の制限」/保険年金課)", "- その他"]
    read = _read("\n".join(agenda))
    (case,) = read.council_cases
    assert case.line == 4 and [(e["line"], e["fields"]) for e in case.evidence] == [(2, ["date"]), (5, ["title"])]
    records = RecordStore(tmp_path / "r.db")
    records.add(read)
    store = NetworkXStore.from_records(records)
    create_app(store)
    from tadori.dashboard.pages.council import _case_row

    (row,) = cases(store)
    assert (row.line_of("title"), row.line_of("date")) == (5, 2)
    shown = str(_case_row(row, "ja"))
    assert all(f"line={no}" in shown for no in (2, 4, 5))  # the date's line, the title's, the case's own
