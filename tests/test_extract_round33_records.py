"""Count and registration shapes the thirty-third and thirty-fourth blind rounds (realshapes33/34) taught, on
invented pages of the same shape.

- a bulletin sentence whose outcomes follow the decisions' topic (「決定内容は開示がn件、部分開示がn件…」): the
  bare 開示 after the topic is a full disclosure, labelled 開示;
- a yearly figures page speaking of both systems: a total of both added together (「両制度の…を合わせると」) and
  the public-records system's share of a sentence naming both (「情報公開制度で2件、個人情報保護制度で1件」) count
  no personal data;
- a two-year table whose header ran together (「年度公文書公開請求数個人情報開示等請求数」) and whose rows fell apart,
  the year glued to its first cell and each other cell alone between blank lines: the personal-data column is
  read per year at its cell's line; the public-records column and the total column are not.
"""

from __future__ import annotations

import pytest
from page_shapes import registrations, stats

DECISIONS_TOPIC = [
    "◇自己情報の開示請求",
    "6年度の保有個人情報の開示請求は19件で、決定内容は開示が7件、部分開示が9件、不開示が1件、取下げが2件でした。",
]

BOTH_SYSTEMS = [
    "情報公開と個人情報保護の運用状況",
    "",
    " 二つの制度の利用を合計しますと、両制度の請求件数を合わせると、812件(前年度760件)になりました。",
    "",
    " 情報公開制度では、公文書公開請求が455件ありました。このうち公開が120件、部分公開が330件でした。",
    "",
    " 個人情報保護制度では、自己情報の開示請求が357件ありました。このうち全部開示が301件、不開示が4件でした。",
    "",
    " これらの決定に対する審査請求は、情報公開制度で3件、個人情報保護制度で2件ありました。",
]

RUN_TOGETHER_HEADER = [
    "過去2年間の請求件数",
    "年度公文書公開請求数個人情報開示等請求数",
    "令和5年度455",
    "",
    "357",
    "",
    "812",
    "令和6年度470",
    "",
    "311",
    "",
    "781",
    "",
    "お問い合わせ",
]

STATISTICS = [
    pytest.param(
        DECISIONS_TOPIC,
        [("6年度の保有個人情報の開示請求", "disclosure_request", 19, 2), ("開示", "disclosure_granted", 7, 2),
         ("部分開示", "disclosure_partial", 9, 2), ("不開示", "disclosure_refused", 1, 2),
         ("取下げ", "disclosure_withdrawn", 2, 2)],
        id="outcomes-after-the-decisions-topic-the-bare-disclosure-a-full-one",
    ),
    pytest.param(
        BOTH_SYSTEMS,
        [("自己情報の開示請求", "disclosure_request", 357, 7), ("このうち全部開示", "disclosure_granted", 301, 7),
         ("不開示", "disclosure_refused", 4, 7), ("個人情報保護制度", "review_request", 2, 9)],
        id="a-total-of-both-systems-and-the-public-records-share-of-a-sentence-are-not-personal-data",
    ),
    pytest.param(
        ["◆請求の状況", "情報公開制度と個人情報保護制度を合わせた請求件数は、640件でした。",
         "個人情報の開示請求は88件で、このうち全部開示が70件でした。"],
        [("個人情報の開示請求", "disclosure_request", 88, 3), ("このうち全部開示", "disclosure_granted", 70, 3)],
        id="a-total-of-the-two-systems-named-one-by-one-is-not-personal-data",
    ),
    pytest.param(
        RUN_TOGETHER_HEADER,
        [("令和5年度", "disclosure_request", 357, 5), ("令和6年度", "disclosure_request", 311, 10)],
        id="a-run-together-header-over-rows-fallen-apart-one-cell-a-line",
    ),
    pytest.param(
        ["請求件数の推移", "区分公文書公開請求件数自己情報開示請求件数合計", "令和4年度210", "", "96", "", "306",
         "令和5年度198", "", "104", "", "302"],
        [("令和4年度", "disclosure_request", 96, 5), ("令和5年度", "disclosure_request", 104, 10)],
        id="a-run-together-header-with-its-total-column-named",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), STATISTICS)
def test_count_shapes_of_the_thirty_third_and_thirty_fourth_rounds(lines: list[str], expected: list[tuple]) -> None:
    assert stats(lines) == expected


def test_a_fallen_apart_row_that_does_not_fill_the_columns_is_not_read() -> None:
    # one cell a row: the columns cannot be told, nothing is read from the table
    assert stats(["年度公文書公開請求数個人情報開示等請求数", "令和5年度455", "", "お問い合わせ"]) == []


MAIN_ONES_JOINED = [
    "<総務課の説明>",
    "個人情報取扱事務の届出は,新規が3件,変更が5件,廃止が1件でした。",
    "",
    "新規の主なものは,保育課の「病児保育利用者登録事務」と農政課の「鳥獣被害対策補助金交付事務」で,"
    "廃止は,市民課の「旧住民票自動交付機管理事務」などです。",
]


def test_the_main_new_businesses_joined_by_to_department_first_are_each_read() -> None:
    assert [(row[0], row[1], row[2], row[-1]) for row in registrations(MAIN_ONES_JOINED)] == [
        ("保育課", "病児保育利用者登録事務", "new", 4), ("農政課", "鳥獣被害対策補助金交付事務", "new", 4),
        ("市民課", "旧住民票自動交付機管理事務", "abolish", 4)]
