"""Count and registration shapes the thirty-first and thirty-second blind rounds (realshapes31/32) taught, on
invented pages of the same shape.

- a pipe table of registrations by organ whose organ column was flattened: the organ named once, before its first
  department, on that row alone (「町長 | 総務課 | 18 |」 over 「税務課 | 9 | |」), a 届出件数 column naming no change:
  one count a department, the subtotal and total rows included; the bars of such a table are not the spaced-out
  letters of a PDF conversion, and the table after it is labelled by the sentence introducing it, not by the
  table above;
- a registry table of a PDF transcript, cells parted by spaces, whose rows the page width broke inside a cell: a
  date cut after its month (「…令和6年7月」 / 「8日」) and a business whose bracket tells the change
  (「X事務(記録項目に「ア」 / 「イ」を追加) B課 …」) are joined with the line below; the bracket gives the items
  added. A date cut with nothing below stays unknown;
- a word-processor 次第 whose 報告事項 lists each change as 「 新規 X事務（A課）」 under a heading with 「資料n」
  pushed to the right edge, the page width running the lines together: each line is read as written, a 変更
  line's trailing 「記録項目に「Y」を追加」 gives the items added, and the line after it keeps its own action.
"""

from __future__ import annotations

import pytest
from page_shapes import registrations, stats

ORGAN_NAMED_ONCE = [
    "トップ > 町政 > 個人情報保護 > 運用の状況",
    "本文へ移動しました。",
    "令和5年度末現在の届出件数は59件であり、機関ごとの届出件数は次のとおりです。",
    "機関の名称 | 届出件数 | |",
    "---|---|---|",
    "町長 | 総務課 | 18 |",
    "税務課 | 9 | |",
    "健康増進課 | 21 | |",
    "小計 | 48 | |",
    "教育委員会 | 8 | |",
    "議会 | 3 | |",
    "合計 | 59 |",
    "令和5年度の目的外利用は14件でした。根拠ごとの内訳は次のとおりです。",
    "根拠 | 目的外利用 |",
    "---|---|",
    "法令に定めがあるとき | 9 |",
    "本人が同意したとき | 5 |",
]

STATISTICS = [
    pytest.param(
        ORGAN_NAMED_ONCE,
        [("総務課", "registration_total", 18, 6), ("税務課", "registration_total", 9, 7),
         ("健康増進課", "registration_total", 21, 8), ("小計", "registration_total", 48, 9),
         ("教育委員会", "registration_total", 8, 10), ("議会", "registration_total", 3, 11),
         ("合計", "registration_total", 59, 12),
         ("法令に定めがあるとき", "purpose_outside_use", 9, 16), ("本人が同意したとき", "purpose_outside_use", 5, 17),
         ("令和5年度末現在の届出件数", "registration_total", 59, 3),
         ("令和5年度の目的外利用", "purpose_outside_use", 14, 13)],
        id="an-organ-named-once-before-its-first-department-in-a-flattened-pipe-table",
    ),
    pytest.param(
        ["実施機関別の目的外利用及び外部提供の件数", "実施機関 | 目的外利用 | 外部提供 | |", "---|---|---|---|",
         "市長 | 市民課 | 6 | 2 |", "福祉課 | 4 | 3 | |", "教育委員会 | 学校教育課 | 2 | 1 |",
         "生涯学習課 | 1 | 0 | |"],
        [("市民課", "purpose_outside_use", 6, 4), ("市民課", "external_provision", 2, 4),
         ("福祉課", "purpose_outside_use", 4, 5), ("福祉課", "external_provision", 3, 5),
         ("学校教育課", "purpose_outside_use", 2, 6), ("学校教育課", "external_provision", 1, 6),
         ("生涯学習課", "purpose_outside_use", 1, 7), ("生涯学習課", "external_provision", 0, 7)],
        id="two-organs-each-named-once-before-their-first-department-over-two-count-columns",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), STATISTICS)
def test_count_shapes_of_the_thirty_first_and_thirty_second_rounds(lines: list[str], expected: list[tuple]) -> None:
    assert stats(lines) == expected


def test_the_table_after_a_flattened_one_is_labelled_by_the_sentence_introducing_it() -> None:
    from page_shapes import extract

    labels = {(stat.organ_or_basis, stat.table) for stat in extract(ORGAN_NAMED_ONCE).statistics if stat.line > 3}
    assert ("総務課", "機関ごとの届出件数") in labels
    assert ("本人が同意したとき", "根拠ごとの内訳") in labels


BROKEN_ROWS = [
    "4 報告 個人情報取扱事務の登録の状況",
    "(事務局)令和6年7月から9月までに登録等を行ったものは次のとおり。",
    "No 区分 事務の名称 所管課 登録日",
    "1 新規 新生児聴覚検査助成に関する事務 母子保健課 令和6年7月",
    "8日",
    "2 変更 学校給食費徴収事務(記録項目に「口座",
    "名義人」を追加) 学務課 令和6年8月19日",
    "3 新規 空き家バンク登録事務 住宅政策課 令和6年9月2日",
    "4 廃止 旧電算端末管理事務 情報管理課 令和6年9月",
]

AGENDA_PUSHED_RIGHT = [
    "　　　　令和6年度第2回　北浜町個人情報保護審議会　次第",
    "",
    "1　開　会",
    "",
    "2　議　題",
    "（1）諮問事項",
    "　①　狂犬病予防注射の案内通知に伴う保有個人情報の外部提供について　　資料1",
    "　②　就学援助の認定事務に係る保有個人情報の目的外利用について　　　　資料2",
    "（2）報告事項",
    "　①　個人情報取扱事務の届出について　　　　　　　　　　　　　　　　　資料3",
    "　　　新規　ひとり親家庭医療費助成事務（こども福祉課）",
    "　　　新規　狩猟免許更新案内事務（農林振興課）",
    "　　　変更　妊婦健康診査事務（健康推進課）　記録項目に「出産予定日」を追加",
    "　　　廃止　老人クラブ補助金交付事務（高齢福祉課）",
    "　②　令和5年度の個人情報保護制度の運用状況について　　　　　　　　　資料4",
    "",
    "3　閉　会",
]

REGISTRATIONS = [
    pytest.param(
        AGENDA_PUSHED_RIGHT,
        [("こども福祉課", "ひとり親家庭医療費助成事務", "new", None, None, None, [], [], 11),
         ("農林振興課", "狩猟免許更新案内事務", "new", None, None, None, [], [], 12),
         ("健康推進課", "妊婦健康診査事務", "modify", None, None, None, [], ["出産予定日"], 13),
         ("高齢福祉課", "老人クラブ補助金交付事務", "abolish", None, None, None, [], [], 14)],
        id="agenda-changes-one-a-line-the-page-width-ran-together-read-as-written",
    ),
    pytest.param(
        BROKEN_ROWS,
        [("母子保健課", "新生児聴覚検査助成に関する事務", "new", "2024-07-08", None, None, [], [], 4),
         ("学務課", "学校給食費徴収事務", "modify", "2024-08-19", None, None, [], ["口座名義人"], 6),
         ("住宅政策課", "空き家バンク登録事務", "new", "2024-09-02", None, None, [], [], 8),
         ("情報管理課", "旧電算端末管理事務", "abolish", None, None, None, [], [], 9)],
        id="registry-rows-a-transcript-broke-inside-a-date-or-a-bracket-joined-with-the-line-below",
    ),
    pytest.param(
        ["登録簿への登録等の状況", "区分 事務の名称 担当課 登録年月日",
         "新規 地域猫活動支援事務", "環境衛生課 令和6年5月13日",
         "廃止 旧防災無線戸別受信機貸与事務 危機管理課 令和6年", "6月28日",
         "変更 児童手当支給事務 子育て給付課 令和6年7月1日"],
        [("環境衛生課", "地域猫活動支援事務", "new", "2024-05-13", None, None, [], [], 3),
         ("危機管理課", "旧防災無線戸別受信機貸与事務", "abolish", "2024-06-28", None, None, [], [], 5),
         ("子育て給付課", "児童手当支給事務", "modify", "2024-07-01", None, None, [], [], 7)],
        id="a-registry-row-broken-between-two-cells-or-after-the-year-joined-with-the-line-below",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), REGISTRATIONS)
def test_registration_shapes_of_the_thirty_first_and_thirty_second_rounds(lines: list[str],
                                                                          expected: list[tuple]) -> None:
    assert registrations(lines) == expected
