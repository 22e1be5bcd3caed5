"""Count shapes the thirty-fifth to thirty-eighth blind rounds (realshapes35-38) taught, on invented pages of the
same shape.

- a yearly report's tables flattened one cell a line: a registry's changes 「区分 / 件数 / 新規作成 / n / 変更 / n /
  削除 / n」 (a deleted file of the register is an abolished one) and an organ table whose two columns are
  目的外利用 and a bare 提供 (the provisions outside), each organ followed by its two counts on their own lines;
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

STATISTICS = [
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
