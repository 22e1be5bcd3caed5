"""Registration shapes the twelfth blind round (realshapes12) taught, on invented pages of the same shape.

One business a line, its date in a bracket under a label that names the action (登録日 / 届出日: new, 変更日: modify,
廃止日: abolish), a change's detail before the label: either bullets under a 「(n) A課が…した事務」 sub-head that names
their department, or 「A課 | B事務(届出日 …)目的:… 対象者:… 収集方法:…」 rows under 「n.見出し」 heads run into their
text.
"""

from __future__ import annotations

import pytest
from page_shapes import extract, registrations

_BULLETS_UNDER_SUB_HEADS = [
    "○北里村個人情報ファイル登録の公表", "令和7年4月1日", "1 新しく登録した事務",
    "次の事務を登録しました。",
    "(1) 観光振興課が登録した事務",
    "・星空観察会参加者管理事務(登録日 令和7年1月10日)",
    "(2) 上水道課が変更した事務",
    "・給水装置工事申請事務(記録項目に「施工業者の連絡先」を追加、変更日 令和7年2月3日)",
    "2 廃止した事務",
    "(1) 防災課が廃止した事務",
    "・旧防災無線戸別受信機貸与事務(廃止日 令和7年3月31日)",
]

_PIPED_ROWS = [
    "事務の届出の一覧",
    "1.新規の届出本年度前半の新規の届出は1件でした。",
    "1ー1.内容次の事務が届け出られました。",
    "スポーツ推進課 | 総合型クラブ会員管理事務(届出日 令和7年5月12日)目的:会費の徴収と連絡 対象者:クラブ会員 "
    "収集方法:本人、申込書",
    "2.変更の届出本年度前半の変更の届出は1件でした。",
    "会計課 | 口座振込依頼事務(変更日 令和7年6月30日)記録項目に「振込先の支店名」を追加",
]

REGISTRATIONS = [
    pytest.param(
        _BULLETS_UNDER_SUB_HEADS,
        [("観光振興課", "星空観察会参加者管理事務", "new", "2025-01-10", None, None, [], [], 6),
         ("上水道課", "給水装置工事申請事務", "modify", "2025-02-03", None, None, [], ["施工業者の連絡先"], 8),
         ("防災課", "旧防災無線戸別受信機貸与事務", "abolish", "2025-03-31", None, None, [], [], 11)],
        id="bullets-with-a-dated-label-in-a-bracket-under-a-sub-head-naming-the-department",
    ),
    pytest.param(
        _PIPED_ROWS,
        [("スポーツ推進課", "総合型クラブ会員管理事務", "new", "2025-05-12", "会費の徴収と連絡", "クラブ会員",
          ["本人", "申込書"], [], 4),
         ("会計課", "口座振込依頼事務", "modify", "2025-06-30", None, None, [], ["振込先の支店名"], 6)],
        id="department-bar-business-rows-with-a-dated-bracket-and-labelled-fields",
    ),
    pytest.param(
        ["1 登録した事務", "・花壇ボランティア登録事務(登録日 令和7年4月1日)"],
        [],
        id="a-bullet-with-no-department-above-it-is-no-registration",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), REGISTRATIONS)
def test_registration_shapes_of_the_twelfth_round(lines: list[str], expected: list[tuple]) -> None:
    assert sorted(registrations(lines), key=lambda found: found[-1]) == expected


def test_a_bullet_without_its_department_still_gets_a_diagnostic() -> None:
    result = extract(["1 登録した事務", "・花壇ボランティア登録事務(登録日 令和7年4月1日)"])
    assert [diagnostic.line for diagnostic in result.diagnostics] == [2]
