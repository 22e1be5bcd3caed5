"""Registration and count shapes the seventh blind round (realshapes7) taught, on invented pages of the same shape.

Registrations: a notice's head lines 「(n) 新規 A課 B事務」, each over an indented line of labelled details
(「 届出日 … 目的 … 対象者 … 収集方法 …」, a change's 「変更内容 …」), a blank line between.
Registrations also as one sentence each, the business first in 「」 (「(1) 「A事務」は、B課が…のため、Cから本人
収集により取り扱う事務として、令和n年…に登録した。」), under sub-heads naming the action, or by the verb alone.
Counts: a page whose conversion put a space after every character, numbers included (「3 8 件」 is 38), the counts
of a section run together on one line; a ※ note breaking a count down (「※…38件のうち、…」) is a count, not a
note on how counts are made; a year that dates the notices (「令和6年度に届出のあった事務は、新規3件」) does
not label the counts, their own words do; 「以上2件を審議」 closes a list of agenda items and counts nothing.
"""

from __future__ import annotations

import pytest
from page_shapes import extract, registrations

REGISTRATIONS = [
    pytest.param(
        ["○東岬市個人情報取扱事務の届出状況", "", "第3条 届出の内容は、次のとおりとする。", "",
         "(1) 新規 スポーツ振興課 体育施設予約事務", "",
         " 届出日 令和6年5月13日 目的 体育施設の予約受付 対象者 施設利用者 収集方法 本人、団体代表者", "",
         "(2) 変更 保険年金課 国民年金事務", "",
         " 届出日 令和6年9月2日 変更内容 記録項目に電子メールアドレスを追加", "",
         "(3) 廃止 企画課 地域振興券交付事務", "", " 届出日 令和7年2月28日"],
        [("スポーツ振興課", "体育施設予約事務", "new", "2024-05-13", "体育施設の予約受付", "施設利用者",
          ["本人", "団体代表者"], [], 5),
         ("保険年金課", "国民年金事務", "modify", "2024-09-02", None, None, [], ["電子メールアドレス"], 9),
         ("企画課", "地域振興券交付事務", "abolish", "2025-02-28", None, None, [], [], 13)],
        id="head-line-over-an-indented-line-of-labelled-details",
    ),
    pytest.param(
        ["○北浦地区衛生組合個人情報取扱事務の登録等の状況", "第2 登録等の状況", "1 新規登録",
         "(1) 「犬猫引取り事務」は、衛生課が飼えなくなった犬猫の引取りのため、飼い主から本人収集により取り扱う"
         "事務として、令和6年4月15日に登録した。",
         "2 変更", "(1) 「浄化槽清掃手数料事務」は、業務課が令和6年8月1日に記録項目に電話番号を追加した。",
         "3 廃止", "(1) 「粗大ごみ券販売事務」は、業務課が令和6年9月27日に廃止した。"],
        [("衛生課", "犬猫引取り事務", "new", "2024-04-15", "飼えなくなった犬猫の引取り", "飼い主", ["本人収集"], [], 4),
         ("業務課", "浄化槽清掃手数料事務", "modify", "2024-08-01", None, None, [], ["電話番号"], 6),
         ("業務課", "粗大ごみ券販売事務", "abolish", "2024-09-27", None, None, [], [], 8)],
        id="business-first-sentences-under-action-sub-heads",
    ),
    pytest.param(
        ["(1) 「学童保育入所事務」は、こども課が令和6年10月2日に廃止しました。"],
        [("こども課", "学童保育入所事務", "abolish", "2024-10-02", None, None, [], [], 1)],
        id="business-first-sentence-whose-verb-names-the-action",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), REGISTRATIONS)
def test_registration_shapes_of_the_seventh_round(lines: list[str], expected: list[tuple]) -> None:
    assert registrations(lines) == expected


def test_an_impossible_date_on_the_detail_line_is_reported() -> None:
    result = extract(["(1) 新規 環境課 資源回収登録事務", " 届出日 令和6年2月30日 目的 回収団体の管理"])
    assert [r.date for r in result.registrations] == [None]
    assert any(d.line == 2 and "impossible date" in d.message for d in result.diagnostics)


def stats(lines: list[str]) -> list[tuple[str, int, int]]:
    return [(s.kind, s.count, s.line) for s in extract(lines).statistics]


def labels(lines: list[str]) -> list[str]:
    return [s.organ_or_basis for s in extract(lines).statistics]


def spaced(text: str) -> str:
    """The text as a conversion that spaces out every character writes it."""
    return " ".join(text.replace(" ", ""))


_SPACED_PAGE_HEAD = [spaced("北浜町の個人情報保護制度の運用状況"), spaced("令和6年度の状況を次のとおり公表します"),
                     spaced("この頁の内容は毎年度更新しています")]

COUNTS = [
    pytest.param(
        [*_SPACED_PAGE_HEAD, spaced("1 請求の件数 開示請求 38件 訂正請求 3件 利用停止請求 0件")],
        [("disclosure_request", 38, 4), ("correction_request", 3, 4), ("suspension_request", 0, 4)],
        id="spaced-out-line-numbers-whose-digits-were-spaced-apart-and-counts-in-a-row",
    ),
    pytest.param(
        [*_SPACED_PAGE_HEAD, spaced("※開示請求38件のうち、開示は20件、部分開示は12件、不開示は6件でした。")],
        [("disclosure_request", 38, 4), ("disclosure_granted", 20, 4), ("disclosure_partial", 12, 4),
         ("disclosure_refused", 6, 4)],
        id="spaced-out-note-breaking-a-count-down",
    ),
    pytest.param(
        [*_SPACED_PAGE_HEAD,
         "② " + spaced("目的外利用及び外部提供の件数 目的外利用 町長 2 3 件 選挙管理委員会 4 件 外部提供 町長 1 1 件")],
        [("purpose_outside_use", 23, 4), ("purpose_outside_use", 4, 4), ("external_provision", 11, 4)],
        id="spaced-out-section-heading-and-kind-words-run-into-the-organs-counted",
    ),
    pytest.param(
        ["※開示請求14件のうち、開示は9件、不開示は5件でした。"],
        [("disclosure_request", 14, 1), ("disclosure_granted", 9, 1), ("disclosure_refused", 5, 1)],
        id="note-breaking-a-count-down-is-a-count",
    ),
    pytest.param(
        ["議長 諮問第2号、図書館の利用者情報の外部提供について、以上2件を審議いたします。"],
        [],
        id="closing-of-an-agenda-list-is-no-count",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), COUNTS)
def test_count_shapes_of_the_seventh_round(lines: list[str], expected: list[tuple[str, int, int]]) -> None:
    assert stats(lines) == expected


def test_a_note_on_how_counts_are_made_is_still_no_count() -> None:
    assert stats(["開示請求は5件でした。", "※1件の請求で複数の課が決定した場合は、課ごとに数えています。"]) == [
        ("disclosure_request", 5, 1)]


def test_spaced_out_counts_are_labelled_by_their_row_not_the_section_heading() -> None:
    page = [*_SPACED_PAGE_HEAD, "① " + spaced("請求の件数 開示請求 3 8 件 訂正請求 3 件"),
            spaced("※開示請求38件のうち、開示は20件でした。"),
            "② " + spaced("目的外利用及び外部提供の件数 目的外利用 町長 2 3 件")]
    assert labels(page) == ["開示請求", "訂正請求", "開示請求", "開示", "町長"]


def test_a_year_that_dates_the_notices_does_not_label_their_counts() -> None:
    page = ["(届出件数)", "第2条 令和6年度に届出のあった個人情報取扱事務は、新規4件、変更2件、廃止1件とする。"]
    assert [(s.organ_or_basis, s.kind, s.count) for s in extract(page).statistics] == [
        ("新規", "registration_new", 4), ("変更", "registration_modify", 2), ("廃止", "registration_abolish", 1)]
