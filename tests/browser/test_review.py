"""The review page on the Kawaguchi seed, keyboard first: reject the DV情報等 hop to 料金収納システム業務, add a
flow from a line the readers missed, confirm and correct; the trace follows, and re-ingesting changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_helpers import open_page, screenshot, serving, settle
from shared_data import require_shared

from tadori.dashboard import review_writer, state
from tadori.graph.networkx_store import NetworkXStore
from tadori.ingest.loader import ingest_files
from tadori.ingest.recordstore import RecordStore
from tadori.queries.trace import trace
from tadori.wiring import open_review_writer

pytestmark = pytest.mark.seeds
SEED = "004_7d76de6e77de09c8.txt"  # 川口市


@pytest.fixture
def reviewing(server: str, tmp_path: Path):
    """The server answering from a store of the Kawaguchi seed, with a writer to it."""
    seed = require_shared() / "seeds" / SEED
    path = tmp_path / "tadori.db"
    records = RecordStore(path)
    ingest_files(records, [seed])
    before = review_writer.get_review_writer()
    review_writer.set_review_writer(open_review_writer(str(path)))
    try:
        with serving(NetworkXStore.from_records(records)):
            yield server, records, seed
    finally:
        review_writer.set_review_writer(before)


def focus_row(page, recipient: str, column: str = "status") -> None:
    """Put the keyboard focus on a cell of the grid row whose recipient is ``recipient`` (scrolled into view)."""
    page.evaluate("""([recipient, column]) => {
        const api = window.dash_ag_grid.getApi('review-grid');
        let index = null;
        api.forEachNodeAfterFilterAndSort(node => {
            if (index === null && node.data.recipient_business === recipient) { index = node.rowIndex; }
        });
        api.ensureIndexVisible(index);
        api.ensureColumnVisible(column);
        api.setFocusedCell(index, column);
    }""", [recipient, column])
    page.wait_for_function("(column) => document.activeElement && document.activeElement.closest('.ag-row')"
                           " && document.activeElement.getAttribute('col-id') === column", arg=column)


def row_status(page, recipient: str) -> str:
    return page.evaluate("""(recipient) => {
        let status = null;
        window.dash_ag_grid.getApi('review-grid').forEachNode(node => {
            if (node.data.recipient_business === recipient) { status = node.data.status; }
        });
        return status;
    }""", recipient)


def stored(page, text: str) -> None:
    page.wait_for_function("(text) => document.querySelector('#review-message').innerText.includes(text)", arg=text,
                           timeout=15_000)
    settle(page)


def test_review001_reject_add_confirm_and_correct_from_the_keyboard(page, reviewing):
    base, records, seed = reviewing
    open_page(page, base, "/review")
    page.click(f"#review-documents >> text={SEED}")
    page.wait_for_selector("#review-grid .ag-row")
    settle(page)
    total = len(records.flows())
    assert page.inner_text("#review-progress") == f"{total}件中0件確認済み"
    page.fill("#review-reviewer", "佐藤")

    focus_row(page, "料金収納システム業務")
    page.keyboard.press("r")
    stored(page, "却下")
    assert row_status(page, "料金収納システム業務") == "rejected"

    focus_row(page, "介護保険料賦課徴収業務")
    page.keyboard.press("c")
    stored(page, "確認")
    assert row_status(page, "介護保険料賦課徴収業務") == "confirmed"

    focus_row(page, "生活機能評価関係業務", "note")
    page.keyboard.press("Enter")
    page.keyboard.type("根拠を確認")
    page.keyboard.press("Enter")
    page.wait_for_function("() => window.dash_ag_grid.getApi('review-grid').getRenderedNodes()"
                           ".some(n => n.data.note === '根拠を確認' && n.data.status === 'confirmed')")

    # A line the readers read only in part: add the flow it states, from the line in the text.
    line = next(n for n, text in enumerate(seed.read_text(encoding="utf-8").splitlines(), 1)
                if "国民健康保険の資格喪失日" in text)
    page.click(f"#review-line-{line}")
    page.wait_for_selector("#review-add-form:not([hidden])")
    assert page.inner_text("#review-add-line-no") == str(line)
    assert page.input_value("#review-add-recipient_business") == "介護保険資格管理業務"  # prefilled from the line
    page.fill("#review-add-source_department", "国民健康保険課")
    page.fill("#review-add-source_business", "国民健康保険業務")
    page.fill("#review-add-items", "資格喪失日")
    page.fill("#review-add-note", "読み落とし")
    page.click("#review-add-submit")
    stored(page, "追加")
    assert page.inner_text("#review-progress") == f"{total + 1}件中4件確認済み"
    # For the README: the rejected row in view, the form open on the line the flow was added from.
    page.click(f"#review-line-{line}")
    page.wait_for_selector("#review-add-form:not([hidden])")
    focus_row(page, "料金収納システム業務", "line")
    settle(page)
    screenshot(page, "review")
    assert page.console_errors == []

    def check(store) -> None:
        dv = {h.recipient["business"] for h in trace(store, "DV情報等").hops}
        assert "料金収納システム業務" not in dv and "介護保険料賦課徴収業務" in dv
        [added] = [h for h in trace(store, "介護保険資格管理業務", direction="upstream").hops
                   if h.review["status"] == "added"]
        assert added.source["business"] == "国民健康保険業務" and added.review["reviewer"] == "佐藤"

    check(state.get_store())  # the page answers from the reviewed graph
    assert ingest_files(records, [seed]).added == []  # re-ingesting the document changes nothing
    check(NetworkXStore.from_records(records))


def test_review002_a_cell_edited_in_the_grid_is_a_correction_and_a_bad_date_is_refused(page, reviewing):
    base, records, _ = reviewing
    document_id = records.documents()[0].id
    open_page(page, base, f"/review?document={document_id}&lang=en")
    page.wait_for_selector("#review-grid .ag-row")
    page.fill("#review-reviewer", "Suzuki")
    focus_row(page, "料金収納システム業務", "start_date")
    page.keyboard.type("2014-02-30")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('#review-message').innerText.includes('Not stored')")
    assert "impossible date" in page.inner_text("#review-message")
    focus_row(page, "料金収納システム業務", "start_date")
    page.keyboard.press("Enter")  # edit the cell as it is, select its text, type over it
    page.keyboard.press("Control+a")
    page.keyboard.type("平成26年2月1日")
    page.keyboard.press("Enter")
    stored(page, "correction")
    assert row_status(page, "料金収納システム業務") == "corrected"
    assert "0 of" not in page.inner_text("#review-progress")
    [hop] = [h for h in trace(state.get_store(), "DV情報等").hops if h.recipient["business"] == "料金収納システム業務"]
    assert hop.start_date == "2014-02-01" and hop.review["status"] == "corrected"
    assert page.console_errors == []


def test_review003_lines_are_marked_and_a_diagnostic_opens_the_add_form_from_the_keyboard(page, server, tmp_path):
    """An invented arrow-list document (tests/fixtures/heldout): its flagged line is a candidate to add from."""
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "heldout" / "10_arrow_list.txt"
    path = tmp_path / "tadori.db"
    records = RecordStore(path)
    ingest_files(records, [fixture])
    [(diagnostic, _)] = records.diagnostics()
    before = review_writer.get_review_writer()
    review_writer.set_review_writer(open_review_writer(str(path)))
    try:
        with serving(NetworkXStore.from_records(records)):
            open_page(page, server, f"/review?document={records.documents()[0].id}")
            page.wait_for_selector("#review-grid .ag-row")
            read = {f.line for f, _ in records.flows()}
            marks = page.eval_on_selector_all("#review-text .doc-line", "els => els.map(e => e.className)")
            for number, mark in enumerate(marks, start=1):
                expected = "read" if number in read else "flagged" if number == diagnostic.line else "untouched"
                assert f"review-{expected}" in mark, number
            page.fill("#review-reviewer", "佐藤")
            page.evaluate("""() => {
                const api = window.dash_ag_grid.getApi('review-grid');
                api.setFocusedCell(0, 'status');
            }""")
            page.keyboard.press("c")
            stored(page, "確認")
            # Editing a name offers the names the store knows.
            page.evaluate("() => window.dash_ag_grid.getApi('review-grid').setFocusedCell(0, 'recipient_business')")
            page.keyboard.press("Enter")
            page.wait_for_function("() => document.activeElement.tagName === 'INPUT'")
            assert page.evaluate("() => document.activeElement.getAttribute('list')") == "review-names-business"
            assert page.locator("#review-names-business option").count() >= 8
            page.keyboard.press("Escape")
            page.evaluate("() => window.dash_ag_grid.getApi('review-grid').setFocusedCell(0, 'status')")
            page.keyboard.press("ArrowDown")
            page.keyboard.press("c")
            page.wait_for_function("() => document.querySelector('#review-progress').innerText.startsWith('8件中2件')")
            page.evaluate("() => window.dash_ag_grid.getApi('review-candidates').setFocusedCell(0, 'line')")
            page.keyboard.press("a")
            page.wait_for_selector("#review-add-form:not([hidden])")
            assert page.inner_text("#review-add-line-no") == str(diagnostic.line)
            page.evaluate("() => window.dash_ag_grid.getApi('review-grid').setFocusedCell(1, 'status')")
            settle(page)
            screenshot(page, "review_fixture")
            assert page.console_errors == []
    finally:
        review_writer.set_review_writer(before)
