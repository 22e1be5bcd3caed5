"""Registration and count shapes the fifth blind round (realshapes5) taught, on invented pages of the same shape.

Registrations: circled-number sections (new / changed / abolished) of ・ bullets 「A事務(B課) 令和n年n月n日登録」;
a circular's numbered sections 「新たに登録する事務」 with (n) items telling the purpose, the date or the item added;
a council report telling one new and one changed registration in a run-on transcript line. Counts: the registry's
stock in a ※ note; a count table run into one transcript line, cells separated by spaces.
"""

from __future__ import annotations

import pytest
from page_shapes import extract, stats


def registrations(lines: list[str]) -> list[tuple]:
    return [(r.department, r.business, r.action, r.date, r.purpose, r.collection_methods, r.items_added, r.line)
            for r in extract(lines).registrations]




REGISTRATIONS = [
    pytest.param(
        ["個人情報を取り扱う事務の届出", "", "①新たに登録した事務", "",
         "・空き家バンク利用者登録事務(まちづくり推進課) 令和7年5月1日登録", "",
         "②登録内容を変更した事務", "",
         "・児童館利用申請事務(こども未来課) 収集方法に「電子申請」を追加",
         "・公園占用許可事務(都市整備課) 記録項目に「車両番号」を追加", "",
         "③廃止した事務", "", "・乳児用品支給事務(こども未来課) 令和8年3月31日廃止",
         "※乳児用品の支給は、令和7年度で終わりました。"],
        [("まちづくり推進課", "空き家バンク利用者登録事務", "new", "2025-05-01", None, [], [], 5),
         ("こども未来課", "児童館利用申請事務", "modify", None, None, ["電子申請"], [], 9),
         ("都市整備課", "公園占用許可事務", "modify", None, None, [], ["車両番号"], 10),
         ("こども未来課", "乳児用品支給事務", "abolish", "2026-03-31", None, [], [], 14)],
        id="circled-sections-of-bullets-with-their-change-after-the-name",
    ),
    pytest.param(
        ["別添", "", "1 登録の区分", "", "(1) 全庁共通事務", "", "全ての課が同じ内容で行う事務をいう。", "",
         "(例)文書収受事務", "", "2 新たに登録する事務", "",
         "(1) 災害時要配慮者支援事務(危機管理課) 避難の支援に備えて名簿を整えるため、令和7年10月1日から登録する。",
         "", "3 登録を変更する事務", "", "(1) 図書館利用者管理事務(生涯学習課) 記録項目に携帯電話番号を加える。", "",
         "4 登録を廃止する事務", "",
         "(1) 旧保養所予約事務(総務課) 施設を閉じたため、令和7年9月30日をもって廃止する。"],
        [("危機管理課", "災害時要配慮者支援事務", "new", "2025-10-01", "避難の支援に備えて名簿を整えるため",
          [], [], 13),
         ("生涯学習課", "図書館利用者管理事務", "modify", None, None, [], ["携帯電話番号"], 17),
         ("総務課", "旧保養所予約事務", "abolish", "2025-09-30", None, [], [], 21)],
        id="circular-sections-with-numbered-items-and-an-example-line",
    ),
    pytest.param(
        ["2 議題 (1) 報告 個人情報取扱事務の登録について 審議の経過 (1) 報告について 事務局から 観光課の"
         "観光ボランティア登録事務を新たに登録したこと 下水道課の排水設備事務について 記録項目に施工業者名を"
         "追加する変更を行ったことの報告があった 以上"],
        [("観光課", "観光ボランティア登録事務", "new", None, None, [], [], 1),
         ("下水道課", "排水設備事務", "modify", None, None, [], ["施工業者名"], 1)],
        id="report-of-registrations-told-in-a-run-on-transcript-line",
    ),
    pytest.param(
        ["①新たに登録した事務", "", "・市民協働課 自治会補助金交付事務 令和7年6月1日登録",
         "・移住相談受付事務 令和7年8月1日登録", "", "②登録内容を変更した事務", "",
         "・スポーツ少年団登録事務 記録項目に「保護者の勤務先」を追加"],
        [("市民協働課", "自治会補助金交付事務", "new", "2025-06-01", None, [], [], 3),
         (None, "移住相談受付事務", "new", "2025-08-01", None, [], [], 4),
         (None, "スポーツ少年団登録事務", "modify", None, None, [], ["保護者の勤務先"], 8)],
        id="bullets-with-the-department-before-or-no-department",
    ),
    pytest.param(
        ["個人情報取扱事務の登録状況", "",
         "本村では、個人情報を取り扱う事務の開始、変更及び廃止を登録簿に記載し、どなたでも閲覧できるようにしています。",
         "", "(1) 新規登録", "", "・防災行政無線戸別受信機貸与事務(防災対策室) 令和7年4月1日登録", "",
         "(2) 廃止したもの", "", "・村営バス定期券交付事務(地域交通課) 令和7年3月31日廃止"],
        [("防災対策室", "防災行政無線戸別受信機貸与事務", "new", "2025-04-01", None, [], [], 7),
         ("地域交通課", "村営バス定期券交付事務", "abolish", "2025-03-31", None, [], [], 11)],
        id="headings-naming-only-the-action-under-the-page-s-registry-title",
    ),
    pytest.param(
        ["(2) 報告 事務局から 住民課の印鑑登録事務の記録項目に旧姓を追加したこと 商工課の"
         "創業支援事務の登録を廃止したことの報告があった"],
        [("住民課", "印鑑登録事務", "modify", None, None, [], ["旧姓"], 1),
         ("商工課", "創業支援事務", "abolish", None, None, [], [], 1)],
        id="report-of-an-addition-and-an-abolition-told-in-prose",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), REGISTRATIONS)
def test_registration_shapes_of_the_fifth_round(lines: list[str], expected: list[tuple]) -> None:
    assert registrations(lines) == expected


def decided(label: str, line: int, requests: int, granted: int, refused: int) -> list[tuple[str, str, int, int]]:
    """The three counts of one row of a table of requests and their decisions."""
    return [(label, "disclosure_request", requests, line), (label, "disclosure_granted", granted, line),
            (label, "disclosure_refused", refused, line)]


COUNTS = [
    pytest.param(
        ["・乳児用品支給事務(こども未来課) 令和8年3月31日廃止", "※令和8年3月31日現在の登録事務数は、314件です。"],
        [("令和8年3月31日現在の登録事務数", "registration_total", 314, 2)],
        id="registry-stock-in-a-note",
    ),
    pytest.param(
        ["※件数は、1件の請求に複数の決定をしたものを含みます。"],
        [],
        id="a-note-on-how-counts-are-made-is-no-count",
    ),
    pytest.param(
        ["資料 第3章 運用の状況 3-2 部局別の件数 部局 目的外利用 外部提供 市長部局 31 12 消防本部 - 3 合計 31 15"],
        [("市長部局", "purpose_outside_use", 31, 1), ("市長部局", "external_provision", 12, 1),
         ("消防本部", "external_provision", 3, 1), ("合計", "purpose_outside_use", 31, 1),
         ("合計", "external_provision", 15, 1)],
        id="count-table-run-into-one-transcript-line",
    ),
    pytest.param(
        ["令和6年度の件数は、目的外利用9件、外部提供2件、合計11件でした。"],
        [("令和6年度 目的外利用", "purpose_outside_use", 9, 1), ("令和6年度 外部提供", "external_provision", 2, 1)],
        id="a-sum-over-two-kinds-is-no-count",
    ),
    pytest.param(
        ["令和6年度下半期の登録の状況を報告します。新規の登録が8件、廃止が2件です。"],
        [("令和6年度下半期 新規の登録", "registration_new", 8, 1),
         ("令和6年度下半期 廃止", "registration_abolish", 2, 1)],
        id="a-half-year-labels-its-counts",
    ),
    pytest.param(
        ["機関別の件数", "", "実施機関 開示請求 全部開示 不開示", "市長 6 4 2", "議会", "8 5 3"],
        [*decided("市長", 4, 6, 4, 2), *decided("合計", 6, 8, 5, 3)],
        id="a-label-less-row-under-a-row-that-lost-its-counts-is-the-total",
    ),
    pytest.param(
        ["機関別の件数", "", "実施機関 開示請求 全部開示 不開示", "市長 6 4 2", "消防長 2 1 1", "8 5 3"],
        [*decided("市長", 4, 6, 4, 2), *decided("消防長", 5, 2, 1, 1), *decided("合計", 6, 8, 5, 3)],
        id="a-label-less-row-of-the-column-sums-is-the-total",
    ),
    pytest.param(
        ["機関別の件数", "", "実施機関 開示請求 全部開示 不開示", "市長 6 4 2", "消防長 2 1 1", "3 2 1"],
        [*decided("市長", 4, 6, 4, 2), *decided("消防長", 5, 2, 1, 1)],
        id="a-label-less-row-that-adds-nothing-up-is-not-read",
    ),
    pytest.param(
        ["番号 区分 保有する課 1 目的外利用 市民課 住民基本台帳事務 2 外部提供 福祉課 介護保険事務"],
        [],
        id="flow-rows-run-into-one-line-are-no-count-table",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), COUNTS)
def test_count_shapes_of_the_fifth_round(lines: list[str], expected: list[tuple[str, str, int, int]]) -> None:
    assert stats(lines) == expected
