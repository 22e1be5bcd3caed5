"""Registration and count shapes the twenty-third and twenty-fourth blind rounds (realshapes23/24) taught, on
invented pages of the same shape.

- a line of nothing but 「label n件」 pairs (「新規登録 5件 変更登録 2件 廃止 1件」) under a 資料 heading: one count per
  pair, its kind named by the label, even where a flow reader took the line as an incomplete row;
- bullets under a heading on uses and provisions beyond their purpose, each ending in its count and maybe its
  ground (「- A課のX情報を、B課のY事務に利用 7件(法令に基づくもの)」): the verb names the kind;
- a headline 「2件の外部提供など承認」 counts the cases a meeting decided, no statistic of the system's operation;
- a registry table flattened one cell a line with no bars: the role words 「所属名」 / 「事務の名称」 one a line, then
  department and business alternating, one a line, under a caption naming the action (「新たに登録した主な事務」);
- a count table one cell a line whose 「合計」 row carries one number more than the columns, the next section's
  number: the counts that add up the columns above are the total row, the extra number is no cell.
"""

from __future__ import annotations

import pytest
from page_shapes import registrations, stats

REGISTRATIONS = [
    pytest.param(
        ["1 個人情報取扱事務の登録状況", "年度中に新たに登録したものが11件あった。", "新たに登録した主な事務",
         "所属名", "事務の名称", "みどり推進課", "緑化助成金交付事務", "市民協働課", "地域活動団体登録事務",
         "2", "目的外利用の状況"],
        [("みどり推進課", "緑化助成金交付事務", "new", None, None, None, [], [], 7),
         ("市民協働課", "地域活動団体登録事務", "new", None, None, None, [], [], 9)],
        id="role-words-one-a-line-then-department-and-business-alternating",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), REGISTRATIONS)
def test_registration_shapes_of_the_twenty_third_and_twenty_fourth_rounds(lines: list[str],
                                                                          expected: list[tuple]) -> None:
    assert registrations(lines) == expected


STATISTICS = [
    pytest.param(
        ["次第", "1 開会", "2 報告 個人情報取扱事務の届出状況について", "資料2 報告第1号関係",
         "新規登録 5件 変更登録 2件 廃止 1件"],
        [("新規登録", "registration_new", 5, 5), ("変更登録", "registration_modify", 2, 5),
         ("廃止", "registration_abolish", 1, 5)],
        id="a-line-of-nothing-but-label-and-count-pairs",
    ),
    pytest.param(
        ["会議の記録", "出席 委員 6名 事務局 3名"],
        [],
        id="pairs-whose-labels-name-no-kind-are-no-counts",
    ),
    pytest.param(
        ["目的外利用・外部提供の主な内容と件数",
         "令和6年度の主なものは次のとおりです。",
         "- 市民課の住民記録情報を、こども家庭課の児童手当支給事務に利用 7件(法令に基づくもの)",
         "- 高齢福祉課の見守り対象者名簿を、地区の民生委員協議会に提供 5件(本人同意)",
         "- 納税課の固定資産課税情報を、県警港北警察署に提供 2件"],
        [("市民課の住民記録情報を、こども家庭課の児童手当支給事務に利用", "purpose_outside_use", 7, 3),
         ("高齢福祉課の見守り対象者名簿を、地区の民生委員協議会に提供", "external_provision", 5, 4),
         ("納税課の固定資産課税情報を、県警港北警察署に提供", "external_provision", 2, 5)],
        id="bullets-telling-a-use-or-a-provision-each-ending-in-its-count",
    ),
    pytest.param(
        ["窓口の案内", "- 住民票の写しを郵送で提供 3件まで"],
        [],
        id="bullets-under-a-heading-on-no-use-beyond-purpose-are-no-counts",
    ),
    pytest.param(
        ["地域・行政", "2025年2月3日(月)8:40", "2件の外部提供など承認", "町個人情報保護審議会/条件付きで答申",
         "審議会は開示請求が4件あったことも報告された。"],
        [("開示請求", "disclosure_request", 4, 5)],
        id="a-headline-counting-the-cases-a-meeting-approved-is-no-count",
    ),
    pytest.param(
        ["2", "目的外利用及び外部提供の状況", "区分", "目的外利用", "外部提供", "法令等に基づくもの", "88", "41",
         "本人の同意があるもの", "16", "9", "合計", "104", "50", "3", "開示請求等の状況"],
        [("法令等に基づくもの", "purpose_outside_use", 88, 7), ("法令等に基づくもの", "external_provision", 41, 8),
         ("本人の同意があるもの", "purpose_outside_use", 16, 10),
         ("本人の同意があるもの", "external_provision", 9, 11),
         ("合計", "purpose_outside_use", 104, 13), ("合計", "external_provision", 50, 14)],
        id="a-total-row-one-cell-a-line-followed-by-the-next-sections-number",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), STATISTICS)
def test_count_shapes_of_the_twenty_third_and_twenty_fourth_rounds(lines: list[str], expected: list[tuple]) -> None:
    assert stats(lines) == expected
