"""Flow shapes the eighth and ninth blind rounds (realshapes8, realshapes9) taught, on invented pages of the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows

CASES = [
    pytest.param(
        ["〇岡野企画課長 今期の状況を次の表にまとめました。",
         "┌──┬─────┬──────┬────────┬──────┬────┐",
         "│区分│保有課  │事務     │利用課・提供先    │項目    │根拠  │",
         "├──┼─────┼──────┼────────┼──────┼────┤",
         "│利用│水道課  │水道料金事務 │防災課 避難行動支援事務│氏名、電話番号│相当の理由│",
         "│提供│学校教育課│就学援助事務 │北川町教育振興会    │保護者氏名  │本人同意│",
         "└──┴─────┴──────┴────────┴──────┴────┘"],
        [("水道課", "水道料金事務", "防災課", "purpose_outside_use", "reasonable_grounds", ("氏名", "電話番号"), 5),
         ("学校教育課", "就学援助事務", "北川町教育振興会", "external_provision", "consent", ("保護者氏名",), 6)],
        id="box-drawn-table-one-provision-a-row-recipient-department-and-business-in-one-cell",
    ),
    pytest.param(
        ["資料一覧 ◎配付資料   ──────── 3 利用状況(上半期)  報告第2号関係 ┏━┯━━━┯━━━━━┯━━━━━┯━━━┯━━┓"
         " ┃番号│区 分│保有課・事務 │利用課・提供先・事務│項 目│根 拠┃ ┣━┿━━━┿━━━━━┿━━━━━┿━━━┿━━┫"
         " ┃ 1│目的外利用│港湾課 係留施設管理事務│観光課 遊覧船案内事務│船舶所有者名│相当の理由┃"
         " ┠─┼───┼─────┼─────┼───┼──┨",
         "    ┃ 2│外部提供│林務課 森林台帳整備│西峰森林組合│所有者氏名、所在│法令┃",
         "    ┃  │    │事務     │      │地     │  ┃",
         "    ┗━┷━━━┷━━━━━┷━━━━━┷━━━┷━━┛"],
        [("港湾課", "係留施設管理事務", "観光課", "purpose_outside_use", "reasonable_grounds", ("船舶所有者名",), 1),
         ("林務課", "森林台帳整備事務", "西峰森林組合", "external_provision", "law", ("所有者氏名", "所在地"), 2)],
        id="heavy-box-table-head-and-first-row-run-into-one-line-a-row-finished-on-a-continuation-row",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_flow_shapes_of_the_eighth_and_ninth_rounds(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected
