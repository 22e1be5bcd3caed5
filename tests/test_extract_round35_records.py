"""Count shapes the thirty-fifth to thirty-eighth blind rounds (realshapes35-38) taught, on invented pages of the
same shape.

- a yearly report's tables flattened one cell a line: a registry's changes 「区分 / 件数 / 新規作成 / n / 変更 / n /
  削除 / n」 (a deleted file of the register is an abolished one) and an organ table whose two columns are
  目的外利用 and a bare 提供 (the provisions outside), each organ followed by its two counts on their own lines;
- a register table flattened one cell a line whose first column names its kind (「事務登録総数」) and whose other
  columns, under group cells, name none: each organ's first count, the row's width taken from its first row; a
  label with no counts under it heads a group, and a page cut inside its last row still gives that row's count;
- 「…以外の者に提供したもの」 inside a breakdown of a use count is a provision outside, not a use;
- the register's size stated in prose with its date as the sentence's topic (「令和n年度末現在の個人情報ファイル簿の
  件数は,n件である。」), a half-width comma after the topic: labelled by the date.
"""

from __future__ import annotations

import pytest
from page_shapes import stats

REGISTER_CHANGES = [
    "(2)個人情報ファイル簿の異動",
    "",
    "区分",
    "",
    "件数",
    "",
    "新規作成",
    "",
    "12",
    "",
    "変更",
    "",
    "17",
    "",
    "削除",
    "",
    "5",
    "",
    "2.開示請求の状況",
]

ORGAN_COLUMNS = [
    "4.目的外利用及び提供の件数",
    "",
    "実施機関",
    "目的外利用",
    "提供",
    "町長",
    "",
    "83",
    "",
    "27",
    "農業委員会",
    "6",
    "2",
    "監査委員",
    "1",
    "4",
]

FIRST_COLUMN_KIND = [
    "令和5年度末の取扱事務の登録件数",
    "(令和5年度末)",
    "実施機関",
    "事務登録総数",
    "事務の区分",
    "共通事務",
    "課固有事務",
    "本課",
    "支所",
    "町長(計)",
    "412",
    "30",
    "301",
    "81",
    " ",
    "町長の内訳",
    "税務課",
    "55",
    "4",
    "40",
    "11",
    "福祉課",
    "73",
]

STATISTICS = [
    pytest.param(
        ["目的外の利用は22件で、このうち町以外の者に提供したものは8件でした。"],
        [("目的外の利用", "purpose_outside_use", 22, 1),
         ("このうち町以外の者に提供したもの", "external_provision", 8, 1)],
        id="what-was-given-to-others-than-the-town-is-a-provision-within-a-use-count",
    ),
    pytest.param(
        FIRST_COLUMN_KIND,
        [("町長(計)", "registration_total", 412, 11), ("税務課", "registration_total", 55, 18),
         ("福祉課", "registration_total", 73, 23)],
        id="a-first-column-naming-its-kind-beside-columns-naming-none-one-cell-a-line",
    ),
    pytest.param(
        REGISTER_CHANGES,
        [("新規作成", "registration_new", 12, 9), ("変更", "registration_modify", 17, 13),
         ("削除", "registration_abolish", 5, 17)],
        id="a-registers-changes-one-cell-a-line-a-deleted-file-an-abolished-one",
    ),
    pytest.param(
        ORGAN_COLUMNS,
        [("町長", "purpose_outside_use", 83, 8), ("町長", "external_provision", 27, 10),
         ("農業委員会", "purpose_outside_use", 6, 12), ("農業委員会", "external_provision", 2, 13),
         ("監査委員", "purpose_outside_use", 1, 15), ("監査委員", "external_provision", 4, 16)],
        id="organs-each-followed-by-its-use-and-bare-provision-counts-one-a-line",
    ),
    pytest.param(
        ["(1)保有個人情報ファイル簿", "", "令和6年度末現在の個人情報ファイル簿の件数は,205件である。"],
        [("令和6年度末現在", "registration_total", 205, 3)],
        id="the-registers-size-with-its-date-as-topic-after-a-half-width-comma",
    ),
    pytest.param(
        ["令和7年度末現在の個人情報ファイル簿の件数は96件となっている。"],
        [("令和7年度末現在", "registration_total", 96, 1)],
        id="the-registers-size-with-its-date-as-topic-no-comma",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), STATISTICS)
def test_count_shapes_of_the_thirty_fifth_to_thirty_eighth_rounds(lines: list[str], expected: list[tuple]) -> None:
    assert stats(lines) == expected
