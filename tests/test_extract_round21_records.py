"""Registration and count shapes the twenty-first and twenty-second blind rounds (realshapes21/22) taught, on
invented pages of the same shape.

- a count table flattened one cell a line whose counts are each followed by a bracketed share on its own line
  (「18」 then 「(5)」, the branch offices' part of it): the share is part of the cell, not a cell;
- a per-organ table one cell a line whose total row has an empty head cell: counts that add up every column
  above are that table's total (計);
- 「開示」「一部開示」「不開示」「その他」 then four counts: the catch-all after the named outcomes is a column, and
  a numbered head above them (「3 開示請求」) is no column;
- 「…をBへ提供したもの(9件)」: how often one listed hand-over happened is no count of the system's operation;
- 「・新規 B事務(A課) 令和n年n月n日」: the action, a space, the business, its department in brackets, then what
  changed (「記録項目に「…」を追加」) and the date;
- 「3. 変更 A課 B事務(記録項目に「…」を追加)」: a numbered item, action, department, business, the added items in a
  bracket after it; 「3. 報告事項 個人情報取扱事務の登録について」 names the registry, no business;
- an agenda title's bracketed counts (「…の登録について(新規3件、廃止1件)」) are the page's counts when it lists no
  registrations they repeat, and only then;
- 「利用目的以外の目的のために保有個人情報を利用した件数は23件、提供した件数は6件」: the statute's words name a use
  and a provision;
- 「※ 不開示の1件は、…が存在しなかったものです」: a note telling that refusals were of no record counts them as such;
- 「…公表している個人情報ファイル簿は87件です」: the register's size.
"""

from __future__ import annotations

import pytest
from page_shapes import registrations, stats

REGISTRATIONS = [
    pytest.param(
        ["事務局より、上半期に届出のあった事務について報告を行なった。",
         "・新規 公園占用許可事務(公園緑地課) 令和5年4月10日",
         "・変更 狂犬病予防事務(生活衛生課) 記録項目に「マイクロチップ番号」を追加 令和5年6月1日",
         "・廃止 旧奨学金貸付事務(教育総務課) 令和5年9月30日"],
        [("公園緑地課", "公園占用許可事務", "new", "2023-04-10", None, None, [], [], 2),
         ("生活衛生課", "狂犬病予防事務", "modify", "2023-06-01", None, None, [], ["マイクロチップ番号"], 3),
         ("教育総務課", "旧奨学金貸付事務", "abolish", "2023-09-30", None, None, [], [], 4)],
        id="action-a-space-the-business-its-department-in-brackets-then-the-change-and-its-date",
    ),
    pytest.param(
        [" 議題", "", "  1. 諮問事項 図書館システム更新に伴う保有個人情報の外部提供について(生涯学習課)",
         "  2. 報告事項 個人情報取扱事務の登録について", "", " 報告する登録の内容", "",
         "  1. 新規 子育て支援課 病児保育利用料助成事務",
         "  2. 変更 上下水道課 水道料金徴収事務(記録項目に「口座名義人」を追加)",
         "  3. 廃止 総務課 旧庁舎駐車場管理事務"],
        [("子育て支援課", "病児保育利用料助成事務", "new", None, None, None, [], [], 8),
         ("上下水道課", "水道料金徴収事務", "modify", None, None, None, [], ["口座名義人"], 9),
         ("総務課", "旧庁舎駐車場管理事務", "abolish", None, None, None, [], [], 10)],
        id="numbered-action-department-business-the-added-items-in-a-bracket-and-an-agenda-item-naming-the-registry",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), REGISTRATIONS)
def test_registration_shapes_of_the_twenty_first_and_twenty_second_rounds(lines: list[str],
                                                                         expected: list[tuple]) -> None:
    assert registrations(lines) == expected


STATISTICS = [
    pytest.param(
        ["(1) 事務の登録", "", "項目", "件数", "新規登録", "23", "(4)", "変更", "37", "(9)", "廃止", "5", "(1)", "",
         "(注) ( )内は支所の分で内数。"],
        [("新規登録", "registration_new", 23, 6), ("変更", "registration_modify", 37, 9),
         ("廃止", "registration_abolish", 5, 12)],
        id="a-bracketed-share-on-its-own-line-after-each-count-is-part-of-that-cell",
    ),
    pytest.param(
        ["(1) 事務の登録", "", "区分", "件数", "新規", "12", "(うち3件)", "変更", "6", "廃止", "4", "(うち1件)"],
        [("新規", "registration_new", 12, 6), ("変更", "registration_modify", 6, 9),
         ("廃止", "registration_abolish", 4, 11)],
        id="a-share-written-with-uchi-in-brackets-is-part-of-the-cell-above",
    ),
    pytest.param(
        ["(1) 機関ごとの件数", "", "実施機関", "目的外利用", "外部提供", "市長", "44", "(7)", "13", "(2)",
         "選挙管理委員会", "6", "2", "農業委員会", "3", "1", "", "53", "16"],
        [("市長", "purpose_outside_use", 44, 7), ("市長", "external_provision", 13, 9),
         ("選挙管理委員会", "purpose_outside_use", 6, 12), ("選挙管理委員会", "external_provision", 2, 13),
         ("農業委員会", "purpose_outside_use", 3, 15), ("農業委員会", "external_provision", 1, 16),
         ("計", "purpose_outside_use", 53, 18), ("計", "external_provision", 16, 19)],
        id="a-total-row-with-an-empty-head-cell-adds-up-the-columns-above",
    ),
    pytest.param(
        ["(1) 機関ごとの件数", "", "実施機関", "目的外利用", "外部提供", "市長", "44", "13",
         "農業委員会", "3", "1", "", "50", "16"],
        [("市長", "purpose_outside_use", 44, 7), ("市長", "external_provision", 13, 8)],
        id="counts-under-an-empty-head-that-do-not-add-up-are-no-total",
    ),
    pytest.param(
        ["3 開示請求", "", "開示", "一部開示", "不開示", "その他", "21", "8", "2", "1"],
        [("開示", "disclosure_granted", 21, 7), ("一部開示", "disclosure_partial", 8, 8),
         ("不開示", "disclosure_refused", 2, 9), ("その他", "disclosure_withdrawn", 1, 10)],
        id="the-catch-all-after-the-named-outcomes-is-a-column-not-a-row",
    ),
    pytest.param(
        ["(2) 主な外部提供", " 主な外部提供は,水道課が給水事務で保有する使用者の氏名,住所を"
         "消防本部の警防業務へ提供したもの(12件),福祉課が手当事務で保有する受給者の氏名を年金事務所へ提供したもの(3件)などです。"],
        [],
        id="the-count-of-one-listed-hand-over-is-no-operation-count",
    ),
    pytest.param(
        ["議題", "(1)報告事項", "ア 保有個人情報の記録簿の整備状況について(新規4件、廃止1件)"],
        [("新規", "registration_new", 4, 3), ("廃止", "registration_abolish", 1, 3)],
        id="an-agenda-titles-bracketed-counts-when-the-page-lists-no-registrations",
    ),
    pytest.param(
        ["議題", "(1)報告事項", "ア 保有個人情報の記録簿の整備状況について(新規1件、廃止1件)",
         "事務局より、届出のあった事務について報告を行なった。",
         "・新規 公園占用許可事務(公園緑地課) 令和5年4月10日",
         "・廃止 旧奨学金貸付事務(教育総務課) 令和5年9月30日"],
        [],
        id="an-agenda-titles-bracketed-counts-only-repeat-the-registrations-listed",
    ),
    pytest.param(
        ["目的外の利用と提供", "", " 条例の規定に基づき、利用目的以外の目的のため個人情報を利用した件数は41件、"
         "提供した件数は9件となりました。"],
        [("利用目的以外の目的のため個人情報を利用した件数", "purpose_outside_use", 41, 3),
         ("提供した件数", "external_provision", 9, 3)],
        id="the-statutes-words-for-a-use-and-a-provision-outside-the-purpose",
    ),
    pytest.param(
        ["開示請求", "", "① 開示 5件", "② 不開示 2件", "", "※ 不開示の2件は、求められた文書が存在しないものです。"],
        [("開示", "disclosure_granted", 5, 3), ("不開示", "disclosure_refused", 2, 4),
         ("不開示の2件", "disclosure_nonexistent", 2, 6)],
        id="a-note-telling-the-refusals-were-of-no-record",
    ),
    pytest.param(
        ["ファイル簿", "", " 令和7年3月末現在、市が作成している個人情報ファイル簿は112件です。"],
        [("市が作成している個人情報ファイル簿", "registration_total", 112, 3)],
        id="the-number-of-the-registers-files-is-its-size",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), STATISTICS)
def test_count_shapes_of_the_twenty_first_and_twenty_second_rounds(lines: list[str], expected: list[tuple]) -> None:
    assert stats(lines) == expected
