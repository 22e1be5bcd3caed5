"""Registration and count shapes the nineteenth and twentieth blind rounds (realshapes19/20) taught, on invented
pages of the same shape.

- a council report listing the registry's changes one a line, the action then a colon, the business and its
  department in brackets, a change's added items bare after the bracket (「・変更:B事務(A課)Cを追加」);
- a count table flattened one cell a line where one row stayed whole on its line (「教育委員会 37 15」): that row
  is read, and so are the cell-a-line rows after it;
- a per-organ table 「実施機関 請求件数」 of one count column naming its kind, a row a line 「町長 35」 without 件;
- 「法令に基づく目的外利用は212件、外部提供は64件」: the basis before the sentence's first kind is shared by the
  bare kind counted after it;
- 「…新たに登録した事務は、A課のB事務の1件」: each business named is a registration of the topic's action (when
  the names add up to the count), and the count is labelled by the topic, not by the businesses;
- 「文書不存在による不開示が3件」: a refusal because the record does not exist counts a non-existence.
"""

from __future__ import annotations

import pytest
from page_shapes import registrations, stats

REGISTRATIONS = [
    pytest.param(
        ["(1)報告事項", "", "事務の登録について", "",
         "事務局から、上半期に登録した事務は4件、変更した事務は1件、廃止した事務は1件と報告があった。", "",
         "・新規:高校生通学費助成事務(教育総務課)",
         "・新規:空き店舗活用補助事務(商工観光課)",
         "・変更:市営墓地使用者管理事務(環境衛生課)携帯電話番号を追加",
         "・廃止:成人式記念品配布事務(生涯学習課)"],
        [("教育総務課", "高校生通学費助成事務", "new", None, None, None, [], [], 7),
         ("商工観光課", "空き店舗活用補助事務", "new", None, None, None, [], [], 8),
         ("環境衛生課", "市営墓地使用者管理事務", "modify", None, None, None, [], ["携帯電話番号"], 9),
         ("生涯学習課", "成人式記念品配布事務", "abolish", None, None, None, [], [], 10)],
        id="action-colon-business-then-its-department-in-brackets-the-added-items-bare-after",
    ),
    pytest.param(
        ["会議の概要", "", "　議題(3)では、事務局から、今年度上半期に新たに登録した事務は、"
         "市民協働課の防犯灯補助事務及び福祉課の配食見守り事務の2件であると報告があった。"],
        [("市民協働課", "防犯灯補助事務", "new", None, None, None, [], [], 3),
         ("福祉課", "配食見守り事務", "new", None, None, None, [], [], 3)],
        id="a-report-sentence-naming-the-businesses-its-topic-counts-after-their-departments",
    ),
    pytest.param(
        ["会議の概要", "", "　事務局から、廃止した事務は、市民協働課の防犯灯補助事務の3件であると報告があった。"],
        [],
        id="names-that-do-not-add-up-to-the-count-are-not-read",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), REGISTRATIONS)
def test_registration_shapes_of_the_nineteenth_and_twentieth_rounds(lines: list[str], expected: list[tuple]) -> None:
    assert registrations(lines) == expected


STATISTICS = [
    pytest.param(
        ["(2)目的外利用及び外部提供の件数", "", "実施機関", "目的外利用", "外部提供", "市長", "", "230", "", "41", "",
         "選挙管理委員会 12 3", "水道事業管理者", "", "19", "", "7"],
        [("市長", "purpose_outside_use", 230, 8), ("市長", "external_provision", 41, 10),
         ("選挙管理委員会", "purpose_outside_use", 12, 12), ("選挙管理委員会", "external_provision", 3, 12),
         ("水道事業管理者", "purpose_outside_use", 19, 15), ("水道事業管理者", "external_provision", 7, 17)],
        id="a-row-kept-on-one-line-among-rows-of-one-cell-a-line-and-the-rows-after-it",
    ),
    pytest.param(
        ["機関ごとの開示請求件数", "", "機関名 請求件数", "村長 27", "監査委員 2", "議会 1"],
        [("村長", "disclosure_request", 27, 4), ("監査委員", "disclosure_request", 2, 5),
         ("議会", "disclosure_request", 1, 6)],
        id="a-header-of-the-rows-label-and-one-column-naming-its-kind-over-one-count-a-row-without-ken",
    ),
    pytest.param(
        ["利用と提供の状況", "", "  • 条例に基づく外部提供は58件、目的外利用は17件でした。"],
        [("条例に基づく外部提供", "external_provision", 58, 3),
         ("条例に基づく目的外利用", "purpose_outside_use", 17, 3)],
        id="the-basis-before-the-first-kind-of-a-sentence-is-shared-by-the-bare-kind-counted-after-it",
    ),
    pytest.param(
        ["会議の概要", "", "　議題(3)では、事務局から、今年度上半期に新たに登録した事務は、"
         "市民協働課の防犯灯補助事務及び福祉課の配食見守り事務の2件であると報告があった。"],
        [("今年度上半期に新たに登録した事務", "registration_new", 2, 3)],
        id="the-topic-not-the-businesses-named-labels-a-count-of-registrations",
    ),
    pytest.param(
        ["令和3年度の開示請求は14件で、内訳は、全部開示が6件、部分開示が5件、記録不存在による不開示が3件だった。"],
        [("令和3年度の開示請求", "disclosure_request", 14, 1), ("令和3年度 全部開示", "disclosure_granted", 6, 1),
         ("令和3年度 部分開示", "disclosure_partial", 5, 1),
         ("令和3年度 記録不存在による不開示", "disclosure_nonexistent", 3, 1)],
        id="a-refusal-because-the-record-does-not-exist-counts-a-non-existence",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), STATISTICS)
def test_count_shapes_of_the_nineteenth_and_twentieth_rounds(lines: list[str], expected: list[tuple]) -> None:
    assert stats(lines) == expected
