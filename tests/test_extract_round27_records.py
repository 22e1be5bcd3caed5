"""Count shapes the twenty-seventh and twenty-eighth blind rounds (realshapes27/28) taught, on invented pages of
the same shape.

- a count table one row a line under 「区分 請求件数 開示 部分開示 不開示 取下げ」 (or a bare 「件数」
  「受付件数」 first) whose rows name the request (「開示請求」「訂正請求」「利用停止請求」): the first cell counts
  the row's request, the others its outcomes under their columns; no kind counts the outcomes of a correction
  or a suspension request, so only their request count is read;
- a sentence the page wrapped just before its count (「…新たに作成したものは」, a blank line, 「6件、変更した
  ものは…」): the clause is read with the count; a count of what was done in a period (「…したもの」) is
  labelled by the period as written (「令和6年度中」), the register's size by the day it is counted on
  (「令和7年3月31日現在」).
"""

from __future__ import annotations

import pytest
from page_shapes import stats

STATISTICS = [
    pytest.param(
        ["2.自己情報の請求の処理状況", "", "区分 請求件数 開示 部分開示 不開示 取下げ", "開示請求 19 8 7 3 1",
         "訂正請求 2 0 1 1 0", "利用停止請求 0 0 0 0 0", "", "(単位は件)"],
        [("開示請求", "disclosure_request", 19, 4), ("開示請求", "disclosure_granted", 8, 4),
         ("開示請求", "disclosure_partial", 7, 4), ("開示請求", "disclosure_refused", 3, 4),
         ("開示請求", "disclosure_withdrawn", 1, 4), ("訂正請求", "correction_request", 2, 5),
         ("利用停止請求", "suspension_request", 0, 6)],
        id="rows-naming-the-request-under-a-request-column-and-its-outcome-columns",
    ),
    pytest.param(
        ["(2)請求の受付と決定", "請求の種類 受付件数 全部開示 一部開示 非開示 取下げ",
         "保有個人情報開示請求 33 20 9 2 2", "訂正請求 1 1 0 0 0"],
        [("保有個人情報開示請求", "disclosure_request", 33, 3), ("保有個人情報開示請求", "disclosure_granted", 20, 3),
         ("保有個人情報開示請求", "disclosure_partial", 9, 3), ("保有個人情報開示請求", "disclosure_refused", 2, 3),
         ("保有個人情報開示請求", "disclosure_withdrawn", 2, 3), ("訂正請求", "correction_request", 1, 4)],
        id="a-bare-count-column-before-the-outcome-columns-counts-the-row-s-requests",
    ),
    pytest.param(
        ["1.ファイル簿の整備状況", "",
         "令和7年3月31日現在、町が保有している個人情報ファイル簿は148件です。令和6年度中に新たに作成したものは",
         "", "6件、変更したものは4件、廃止したものは2件となりました。"],
        [("令和7年3月31日現在 町が保有している個人情報ファイル簿", "registration_total", 148, 3),
         ("令和6年度中に新たに作成したもの", "registration_new", 6, 5),
         ("令和6年度中 変更したもの", "registration_modify", 4, 5),
         ("令和6年度中 廃止したもの", "registration_abolish", 2, 5)],
        id="a-sentence-wrapped-before-its-count-and-counts-labelled-by-their-period",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), STATISTICS)
def test_count_shapes_of_the_twenty_seventh_and_twenty_eighth_rounds(lines: list[str],
                                                                     expected: list[tuple]) -> None:
    assert stats(lines) == expected
