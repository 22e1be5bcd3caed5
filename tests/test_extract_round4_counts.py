"""Count shapes the fourth blind round (realshapes4) taught, on invented pages of the same shape.

Glued tables: 「うち」 in a header, a dash cell, an organ column, a header over two lines with a spanning group and
a single data row fixed by its own sum. Prose: a year-end stock of registrations, new registrations said with
「新たに」, purpose-outside use and external provision said as verbs.
"""

from __future__ import annotations

import pytest

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document


def stats(text: str) -> list[tuple[str, str, int, int]]:
    extraction = extract_document(Document(path="page.txt", sha256="0" * 64, text=text))
    return [(s.organ_or_basis, s.kind, s.count, s.line) for s in extraction.statistics]


CASES = [
    pytest.param(
        ["請求の状況は下表のとおりです。", "", "表A 請求の内訳", "", " 請求うち取下げ", "開示請求242", "訂正請求3―"],
        [("開示請求", "disclosure_request", 24, 6), ("開示請求", "disclosure_withdrawn", 2, 6),
         ("訂正請求", "correction_request", 3, 7)],
        id="of-which-column-and-a-dash-cell",
    ),
    pytest.param(
        ["表B 機関別の決定", "", "実施機関開示部分開示不開示不存在", "市長7311", "選挙管理委員会2000"],
        [("市長", "disclosure_granted", 7, 4), ("市長", "disclosure_partial", 3, 4),
         ("市長", "disclosure_refused", 1, 4), ("市長", "disclosure_nonexistent", 1, 4),
         ("選挙管理委員会", "disclosure_granted", 2, 5), ("選挙管理委員会", "disclosure_partial", 0, 5),
         ("選挙管理委員会", "disclosure_refused", 0, 5), ("選挙管理委員会", "disclosure_nonexistent", 0, 5)],
        id="organ-column-one-digit-a-cell",
    ),
    pytest.param(
        ["【表A 決定の状況】", "", "区分処理件数決定の内容", "全部開示部分開示不開示不存在取り下げ",
         "開示請求に対する決定2385532"],
        [("開示請求に対する決定", "disclosure_request", 23, 5), ("開示請求に対する決定", "disclosure_granted", 8, 5),
         ("開示請求に対する決定", "disclosure_partial", 5, 5), ("開示請求に対する決定", "disclosure_refused", 5, 5),
         ("開示請求に対する決定", "disclosure_nonexistent", 3, 5),
         ("開示請求に対する決定", "disclosure_withdrawn", 2, 5)],
        id="two-line-header-one-row-fixed-by-its-sum",
    ),
    pytest.param(
        ["区分処理件数決定の内容", "全部開示部分開示不開示不存在取り下げ", "開示請求に対する決定2385533"],
        [],
        id="one-row-that-adds-up-no-way-is-no-table",
    ),
    pytest.param(
        ["7年度に新たに届け出られた個人情報取扱事務は9件、変更の届出は4件、廃止の届出は1件で、"
         "年度末現在の届出件数は288件です。"],
        [("7年度に新たに届け出られた個人情報取扱事務", "registration_new", 9, 1),
         ("変更の届出", "registration_modify", 4, 1), ("廃止の届出", "registration_abolish", 1, 1),
         ("年度末現在の届出件数", "registration_total", 288, 1)],
        id="prose-registrations-new-and-year-end-stock",
    ),
    pytest.param(
        ["保有個人情報を目的外に利用したものは15件、実施機関以外に提供したものは4件でした。"],
        [("保有個人情報を目的外に利用したもの", "purpose_outside_use", 15, 1),
         ("実施機関以外に提供したもの", "external_provision", 4, 1)],
        id="prose-use-and-provision-said-as-verbs",
    ),
    pytest.param(
        ["○事務局長 資料4により、登録簿の廃止3件について報告いたします。"],
        [("登録簿の廃止", "registration_abolish", 3, 1)],
        id="a-count-reported-on-with-no-other-count-after-it",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_count_shapes_of_the_fourth_round(lines: list[str], expected: list[tuple[str, str, int, int]]) -> None:
    assert stats("\n".join(lines)) == expected


def test_handouts_listed_with_their_file_sizes_are_no_registrations() -> None:
    text = "\n".join(["3.報告事項", "  個人情報取扱事務登録簿の変更について", "4.閉会", "", "配布資料", "",
                      "【資料1】 諮問書(諮問第8号)及び説明資料 (PDF形式:140KB)",
                      "【資料2】 登録簿の変更一覧 (PDF形式:75KB)"])
    extraction = extract_document(Document(path="page.txt", sha256="0" * 64, text=text))
    assert extraction.registrations == []
