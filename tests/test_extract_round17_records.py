"""Count shapes the seventeenth and eighteenth blind rounds (realshapes17/18) taught, on invented pages of the
same shape.

- a glued table whose first column (請求件数) is the whole its outcome columns add up to: the split that makes
  every row add up is read, not the one with the largest first column; a glued header whose last cell is a
  group (「決定・回答の内容」) over a second header line of outcomes keeps its count column (処理件数);
- a yearly report covering both systems: the tables under the public-records heading (情報公開制度) count
  requests for public records and are not read; those under the personal-data heading are;
- a table flattened one cell a line as label / count pairs: a label naming no kind (「その他」) counts what a
  note of the page says (「注)その他は,請求の取下げである。」), and a bare count under the pairs that adds them
  up is their total, its label lost;
- a count alone on its line (「57件」) under a heading naming what it counts: one count of the report's period;
- a count stated above and taken up again as the topic of a member's question (「変更となった5件は…」) is no
  new figure.
"""

from __future__ import annotations

import pytest
from page_shapes import extract, stats

_GLUED_HEAD = ["個人情報保護制度の運用状況", "【表2 自己情報開示請求の決定の状況】", "",
               "区分請求件数全部開示部分開示不開示不存在取り下げ"]
_OUTCOMES = ("disclosure_request", "disclosure_granted", "disclosure_partial", "disclosure_refused",
             "disclosure_nonexistent", "disclosure_withdrawn")


def _row(label: str, counts: tuple[int, ...], line: int) -> list[tuple[str, str, int, int]]:
    return [(label, kind, count, line) for kind, count in zip(_OUTCOMES, counts, strict=True)]


STATISTICS = [
    pytest.param(
        [*_GLUED_HEAD, "町長1563231", "教育委員会412010", "合計1975241"],
        [*_row("町長", (15, 6, 3, 2, 3, 1), 5), *_row("教育委員会", (4, 1, 2, 0, 1, 0), 6),
         *_row("合計", (19, 7, 5, 2, 4, 1), 7)],
        id="a-glued-request-count-is-the-sum-of-its-outcomes",
    ),
    pytest.param(
        ["個人情報保護制度の運用状況", "【表2 自己情報の開示請求等の決定・回答の状況】", "",
         "区分処理件数決定・回答の内容", "全部開示部分開示不開示不存在取り下げ", "開示請求に対する決定942111",
         "任意開示申出に対する回答532000", "合計1474111"],
        [*_row("開示請求に対する決定", (9, 4, 2, 1, 1, 1), 6), *_row("任意開示申出に対する回答", (5, 3, 2, 0, 0, 0), 7),
         *_row("合計", (14, 7, 4, 1, 1, 1), 8)],
        id="a-glued-header-closing-on-a-group-over-the-outcomes-keeps-its-count-column",
    ),
    pytest.param(
        ["情報公開制度の運用状況", "1.請求の状況", "【表1 開示請求の決定の状況】", "",
         "区分請求件数全部開示部分開示不開示", "市長2012431", "議会3210", "合計2314431", "",
         "個人情報保護制度の運用状況", "【表2 自己情報開示請求の決定の状況】", "",
         "区分請求件数全部開示部分開示不開示", "市長9621", "合計9621"],
        [("市長", "disclosure_request", 9, 14), ("市長", "disclosure_granted", 6, 14),
         ("市長", "disclosure_partial", 2, 14), ("市長", "disclosure_refused", 1, 14),
         ("合計", "disclosure_request", 9, 15), ("合計", "disclosure_granted", 6, 15),
         ("合計", "disclosure_partial", 2, 15), ("合計", "disclosure_refused", 1, 15)],
        id="the-glued-table-of-the-public-records-part-is-left-out",
    ),
    pytest.param(
        ["総務部 情報公開課", "【表2 自己情報開示請求の決定の状況】", "", "区分請求件数全部開示部分開示不開示",
         "市長9621", "合計9621"],
        [("市長", "disclosure_request", 9, 5), ("市長", "disclosure_granted", 6, 5),
         ("市長", "disclosure_partial", 2, 5), ("市長", "disclosure_refused", 1, 5),
         ("合計", "disclosure_request", 9, 6), ("合計", "disclosure_granted", 6, 6),
         ("合計", "disclosure_partial", 2, 6), ("合計", "disclosure_refused", 1, 6)],
        id="an-office-named-after-the-public-records-system-is-no-heading-of-it",
    ),
    pytest.param(
        ["(2)自己情報の開示決定等の件数", "", "区分", "", "件数", "", "開示", "", "31", "", "部分開示", "", "20", "",
         "不開示", "", "4", "", "その他", "", "3", "", "58", "", "注)その他は、請求者による取下げです。"],
        [("開示", "disclosure_granted", 31, 9), ("部分開示", "disclosure_partial", 20, 13),
         ("不開示", "disclosure_refused", 4, 17), ("その他", "disclosure_withdrawn", 3, 21),
         ("計", "disclosure_request", 58, 23)],
        id="a-note-gives-the-other-row-its-kind-and-the-bare-count-under-the-pairs-is-their-total",
    ),
    pytest.param(
        ["(2)自己情報の開示決定等の件数", "区分", "件数", "開示", "31", "部分開示", "20", "不開示", "4", "その他",
         "3", "58"],
        [("開示", "disclosure_granted", 31, 5), ("部分開示", "disclosure_partial", 20, 7),
         ("不開示", "disclosure_refused", 4, 9)],
        id="without-a-note-the-other-row-and-a-total-that-does-not-add-up-are-not-read",
    ),
    pytest.param(
        ["令和5年度 東浜町個人情報保護制度の運用状況", "", "(1)保有個人情報の開示の請求件数", "", "57件", "",
         "(2)保有個人情報の訂正の請求件数", "", "2件"],
        [("令和5年度 保有個人情報の開示の請求件数", "disclosure_request", 57, 5),
         ("令和5年度 保有個人情報の訂正の請求件数", "correction_request", 2, 9)],
        id="a-count-alone-under-its-heading-is-the-reports-period-count",
    ),
    pytest.param(
        ["(1)保有個人情報の開示の請求件数", "57件", "12件"],
        [],
        id="counts-one-under-another-are-no-lone-count",
    ),
    pytest.param(
        ["(3)登録状況の報告", "■事務局が資料3により説明した。上半期の新規登録が6件、変更が5件、廃止が1件あった。", "",
         "(田村委員)", "", "変更となった5件はどのような内容か"],
        [("上半期の新規登録", "registration_new", 6, 2), ("変更", "registration_modify", 5, 2),
         ("廃止", "registration_abolish", 1, 2)],
        id="a-count-taken-up-again-in-a-question-is-no-new-figure",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), STATISTICS)
def test_count_shapes_of_the_seventeenth_and_eighteenth_rounds(lines: list[str], expected: list[tuple]) -> None:
    assert stats(lines) == expected


def test_a_glued_split_the_arithmetic_settles_is_not_called_ambiguous() -> None:
    page = extract([*_GLUED_HEAD, "町長1563231", "教育委員会412010", "合計1975241"])
    assert not [d for d in page.diagnostics if "glued" in d.message]
