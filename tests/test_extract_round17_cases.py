"""Council-case shapes the seventeenth and eighteenth rounds (realshapes17-18) taught, on invented pages.

Each case is a small invented page and the council cases expected of it, as (date, title, decision).
"""

from __future__ import annotations

import pytest
from page_shapes import read

CASES = [
    pytest.param(
        [
         "第12回白樺県個人情報保護審査会会議録(公開部分)",
         "  1. 日時:平成26年7月8日(火曜日)午前10時から午前11時まで",
         "  2. 場所:白樺県庁5階 会議室",
         "  3. 議題:(1)保有個人情報の目的外利用について(諮問第7号)(2)オンライン結合による提供について(諮問第8号)"
         "(3)事務の登録状況について(報告)",
        ],
        [("2014-07-08", "保有個人情報の目的外利用について(諮問第7号)", "unknown"),
         ("2014-07-08", "オンライン結合による提供について(諮問第8号)", "unknown")],
        id="a-numbered-agenda-run-into-the-label-line-one-case-per-consultation-the-report-none",
    ),
    pytest.param(
        [
         "第5回青葉県個人情報保護審査会会議録",
         "  1. 日時:令和2年3月4日(水曜日)午後2時から",
         "  2. 議題:漁業権管理事務に係る個人情報の外部提供について(諮問),"
         "狩猟免許事務に係る本人以外からの個人情報の収集について(諮問),事務の登録について(報告)",
        ],
        [("2020-03-04", "漁業権管理事務に係る個人情報の外部提供について", "unknown"),
         ("2020-03-04", "狩猟免許事務に係る本人以外からの個人情報の収集について", "unknown")],
        id="titles-joined-by-commas-on-the-agenda-line-split-after-each-label",
    ),
]


@pytest.mark.parametrize(("lines", "cases"), CASES)
def test_council_case_shapes_of_the_seventeenth_round(lines: list[str], cases: list[tuple]) -> None:
    document = read("\n".join(lines))
    assert [(case.date, case.title, case.decision) for case in document.council_cases] == cases
