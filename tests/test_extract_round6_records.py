"""Registration and count shapes the sixth blind round (realshapes6) taught, on invented pages of the same shape.

Registrations: a notice's 「第1 新たに登録した事務」 headings over numbered entries whose (n) items label the
department, purpose, subjects, collection and date; hierarchical 「4-1-2 A事務 (B課)」 entries under headings
that say new / changed / abolished, a change's sentence below its entry; a slide's bullets opening with the
action 「•新規 A課 B事務 •変更 …」 run into one line, the slide number glued to the end. Counts: the stock of
notified businesses 「…の届出事務数は n件です」.
"""

from __future__ import annotations

import pytest
from page_shapes import extract, registrations, stats

REGISTRATIONS = [
    pytest.param(
        ["○個人情報取扱事務の登録に関する告示", "令和5年4月1日", "青葉町告示第12号",
         "青葉町個人情報保護条例第7条の規定により、事務を登録し、及び廃止したので告示する。",
         "第1 新たに登録した事務", "1 空き家バンク運営事務", "(1) 担当課 まちづくり課",
         "(2) 目的 空き家の売買及び賃貸の仲介", "(3) 対象者 空き家の所有者及び利用希望者",
         "(4) 収集方法 本人、不動産業者", "(5) 登録年月日 令和5年3月20日",
         "第2 登録事項を変更した事務", "1 図書貸出事務", "(1) 担当課 生涯学習課",
         "(2) 変更の内容 記録項目に電話番号を追加", "(3) 変更年月日 令和5年2月1日",
         "第3 登録を廃止した事務", "1 敬老祝金支給事務", "(1) 担当課 福祉課",
         "(2) 廃止の理由 制度の見直し", "(3) 廃止年月日 令和5年3月31日"],
        [("まちづくり課", "空き家バンク運営事務", "new", "2023-03-20", "空き家の売買及び賃貸の仲介",
          "空き家の所有者及び利用希望者", ["本人", "不動産業者"], [], 6),
         ("生涯学習課", "図書貸出事務", "modify", "2023-02-01", None, None, [], ["電話番号"], 13),
         ("福祉課", "敬老祝金支給事務", "abolish", "2023-03-31", None, None, [], [], 18)],
        id="notice-headings-over-numbered-entries-with-labelled-items",
    ),
    pytest.param(
        ["4.個人情報取扱事務の届出の状況", "", "4-1 新たに届け出た事務 (令和6年度分)", "",
         "4-1-1 地域おこし協力隊募集事務 (地域振興課)", "", "4-2 届出事項を変更した事務 (令和6年度分)", "",
         "4-2-1 学童保育事務 (こども課)", "",
         "記録項目に「送迎者の氏名」を追加し、収集方法に「窓口」を加えた。(令和6年7月1日変更)", "",
         "4-3 届出を廃止した事務 (令和6年度分)", "", "4-3-1 旧温泉施設回数券事務 (観光課)", "",
         "4-4 問い合わせ先 (総務課)", "", "4-4-1 受付窓口の案内事務 (総務課)"],
        [("地域振興課", "地域おこし協力隊募集事務", "new", None, None, None, [], [], 5),
         ("こども課", "学童保育事務", "modify", "2024-07-01", None, None, ["窓口"], ["送迎者の氏名"], 9),
         ("観光課", "旧温泉施設回数券事務", "abolish", None, None, None, [], [], 15)],
        id="hierarchical-entries-under-action-headings-a-heading-without-one-ends-them",
    ),
    pytest.param(
        ["新たに登録した事務", "(1) 防災課 「避難所受付事務」 令和6年5月1日登録",
         "(2) 「公用車予約事務」(担当:管財課)", "", "登録を廃止した事務", "(1) 税務課 旧納税貯蓄組合事務"],
        [("防災課", "避難所受付事務", "new", "2024-05-01", None, None, [], [], 2),
         ("税務課", "旧納税貯蓄組合事務", "abolish", None, None, None, [], [], 6),
         ("管財課", "公用車予約事務", "new", None, None, None, [], [], 3)],  # the list reader's first, then the rest
        id="unnumbered-headings-department-first-quoted-names-a-labelled-bracket-a-date-after",
    ),
    pytest.param(
        ["第1 新たに登録した事務", "1 検診受付事務"],
        [(None, "検診受付事務", "new", None, None, None, [], [], 2)],
        id="an-entry-without-department-is-still-read-and-said",
    ),
    pytest.param(
        ["報告 個人情報取扱事務の登録", "",
         "•新規 観光課 ふるさと案内人登録事務 •変更 保険年金課 国民年金事務(記録項目に基礎年金番号を追加)•廃止 "
         "市民課 旧窓口整理券事務14"],
        [("観光課", "ふるさと案内人登録事務", "new", None, None, None, [], [], 3),
         ("保険年金課", "国民年金事務", "modify", None, None, None, [], ["基礎年金番号"], 3),
         ("市民課", "旧窓口整理券事務", "abolish", None, None, None, [], [], 3)],
        id="slide-bullets-opening-with-the-action-run-into-one-line",
    ),
    pytest.param(
        ["・市民課 住民票交付事務", "・新規事業の説明 福祉課 配食サービス事業"],
        [],
        id="bullets-without-an-action-word-first-are-no-registrations",
    ),
    pytest.param(
        ["1 住民基本台帳事務", "2 税務事務"],
        [],
        id="numbered-businesses-under-no-action-heading-are-no-registrations",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), REGISTRATIONS)
def test_registration_shapes_of_the_sixth_round(lines: list[str], expected: list[tuple]) -> None:
    assert registrations(lines) == expected


def test_an_entry_without_department_gives_a_diagnostic() -> None:
    result = extract(["第1 新たに登録した事務", "1 検診受付事務"])
    assert any(d.line == 2 and "department" in d.message for d in result.diagnostics)


COUNTS = [
    pytest.param(
        ["【 個人情報取扱事務の届出 】", "令和5年度末の届出事務数は241件です。"],
        [("令和5年度末の届出事務数", "registration_total", 241, 2)],
        id="stock-of-notified-businesses-in-one-sentence",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), COUNTS)
def test_count_shapes_of_the_sixth_round(lines: list[str], expected: list[tuple[str, str, int, int]]) -> None:
    assert stats(lines) == expected


def test_an_entry_numbered_like_the_others_but_unread_gives_a_candidate() -> None:
    result = extract(["第1 新たに登録した事務", "1 児童館利用登録事務", "(1) 担当課 こども課",
                      "2 放課後 子ども教室", "(1) 担当課 こども課"])
    assert [r.business for r in result.registrations] == ["児童館利用登録事務"]
    assert any(d.line == 4 and d.candidate and d.candidate["action"] == "new" for d in result.diagnostics)
