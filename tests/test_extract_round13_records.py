"""Count and registration shapes the thirteenth and fourteenth blind rounds (realshapes13/14) taught, on invented
pages of the same shape.

Counts: the earlier total in a bracket (「(前回公表時 n件)」) is its own record; 「登録されている…は全部でn件」 is the
registry's stock; the year of a meeting's title (「令和n年度第2回…審議会」) labels none of the counts its record
states; an item's number (「2. 」「- 4 . 」) is no part of a count's label.
"""

from __future__ import annotations

import pytest
from page_shapes import stats

STATISTICS = [
    pytest.param(
        ["個人情報取扱事務登録簿の公表", "5 登録件数(令和 7年 3月 1日現在)",
         "登録事務数 2, 315件(前回公表時 2, 298件)"],
        [("登録事務数", "registration_total", 2315, 3), ("前回公表時", "registration_total", 2298, 3)],
        id="the-earlier-total-in-a-bracket-is-its-own-record",
    ),
    pytest.param(
        ["登録の状況",
         "令和7年3月31日現在、登録されている事務は全部で517件です。このうち下半期に新たに登録したものは3件でした。"],
        [("登録されている事務は全部", "registration_total", 517, 2),
         ("このうち下半期に新たに登録したもの", "registration_new", 3, 2)],
        id="what-is-registered-in-all-is-the-stock",
    ),
    pytest.param(
        ["令和5年度第2回北川町個人情報保護審議会 開催日:令和5年9月8日 3 報 告 事務局 令和5年4月から8月までに、"
         "新規の登録が4件、廃止が2件ありました。"],
        [("新規の登録", "registration_new", 4, 1), ("廃止", "registration_abolish", 2, 1)],
        id="the-year-of-the-meeting-title-labels-no-count",
    ),
    pytest.param(
        ["取扱状況", "注:", "- 4 . 令和6年度の外部提供は5件で、前年度と同じでした。",
         "  2. 廃止は1件で、市民課の「旧窓口予約事務」であった。"],
        [("令和6年度の外部提供", "external_provision", 5, 3), ("廃止", "registration_abolish", 1, 4)],
        id="an-item-number-is-no-part-of-the-label",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), STATISTICS)
def test_count_shapes_of_the_thirteenth_and_fourteenth_rounds(lines: list[str], expected: list[tuple]) -> None:
    assert stats(lines) == expected
