"""Flow lists whose columns carry unfamiliar labels: roles from the cells, and a word for what stays unread."""

from __future__ import annotations

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document


def extract(text: str):
    return extract_document(Document(path="list.txt", sha256="0" * 64, text=text))


def test_columns_named_oddly_are_mapped_by_their_cells_and_the_rest_is_reported():
    text = "\n".join([
        "目的外利用の一覧",
        "番号\t情報の持ち主\tつなぐ相手\t項目\t備考欄",
        "1\t税務課\t福祉課\t所得額\t年1回",
        "2\t市民課\t保育課\t住所\t随時",
    ])
    extraction = extract(text)
    assert [(f.source_department, f.recipient_department, f.items) for f in extraction.flows] == [
        ("税務課", "福祉課", ["所得額"]), ("市民課", "保育課", ["住所"])]
    (unread,) = [d for d in extraction.diagnostics if d.candidate and "column" in d.candidate]
    assert (unread.line, unread.candidate["column"]) == (2, "備考欄")


def test_a_table_whose_cells_name_no_parties_is_not_taken_for_a_flow_list():
    text = "\n".join(["番号\t情報の持ち主\tつなぐ相手\t項目", "1\t山田\t鈴木\t所得額"])
    assert extract(text).flows == []
