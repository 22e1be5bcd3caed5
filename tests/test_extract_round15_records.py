"""Count and registration shapes the fifteenth and sixteenth blind rounds (realshapes15/16) taught, on invented
pages of the same shape.

Counts:
- a registry table flattened one cell a line under a two-level header (「登録件数」 beside a group header
  「年度中の異動」 over 新規 / 変更 / 廃止): the stock column counts the registry, not its new entries (so too
  in tables parted by spaces or tabs); a dash cell holds its place with nothing to count;
- counts spoken after a list of quoted businesses (「新規登録が、A課の「X」、B課の「Y」の2件、廃止が、…の1件」)
  take the kind named before the list;
- a kind word right after the topic (「…の登録等は新規5件」) labels the count alone;
- a table flattened into a bulletin's single line (「表3 …の状況(件)請求 全部開示 … 14 9 …」), one row
  with no label or rows labelled by year, a bare 請求 column counting the requests; the public-records
  table beside it left out; a row with a cell lost said, not placed.

Registrations: the main new businesses of a report named after the counts
(「新規登録のうち主なものは、A課の「X」及びB課の「Y」である」).
"""

from __future__ import annotations

import pytest
from page_shapes import extract, registrations, stats

STATISTICS = [
    pytest.param(
        ["1登録の状況", "", "事務の登録件数(年度末)", "機関", "登録件数", "本年度の増減", "新規", "変更", "廃止",
         "町長", "230", "4", "6", "2", "議会", "7", "0", "1", "0"],
        [("町長", "registration_total", 230, 11), ("町長", "registration_new", 4, 12),
         ("町長", "registration_modify", 6, 13), ("町長", "registration_abolish", 2, 14),
         ("議会", "registration_total", 7, 16), ("議会", "registration_new", 0, 17),
         ("議会", "registration_modify", 1, 18), ("議会", "registration_abolish", 0, 19)],
        id="a-registry-table-one-cell-a-line-under-a-two-level-header",
    ),
    pytest.param(
        ["登録の状況", "機関", "登録件数", "本年度の増減", "新規", "変更", "廃止", "町長", "230", "4", "-", "2",
         "議会", "7", "-", "1", "-"],
        [("町長", "registration_total", 230, 9), ("町長", "registration_new", 4, 10),
         ("町長", "registration_abolish", 2, 12), ("議会", "registration_total", 7, 14),
         ("議会", "registration_modify", 1, 16)],
        id="a-dash-cell-holds-its-column-place-with-nothing-to-count",
    ),
    pytest.param(
        ["登録の状況", "部局 登録件数 本年度の増減", "新規 変更 廃止", "町長部局 118 3 2 1", "消防本部 9 0 0 1"],
        [("町長部局", "registration_total", 118, 4), ("町長部局", "registration_new", 3, 4),
         ("町長部局", "registration_modify", 2, 4), ("町長部局", "registration_abolish", 1, 4),
         ("消防本部", "registration_total", 9, 5), ("消防本部", "registration_new", 0, 5),
         ("消防本部", "registration_modify", 0, 5), ("消防本部", "registration_abolish", 1, 5)],
        id="the-stock-column-beside-the-changes-in-a-spaced-table",
    ),
    pytest.param(
        ["登録の状況", "部局\t登録件数\t新規\t変更\t廃止", "町長部局\t118\t3\t2\t1"],
        [("町長部局", "registration_total", 118, 3), ("町長部局", "registration_new", 3, 3),
         ("町長部局", "registration_modify", 2, 3), ("町長部局", "registration_abolish", 1, 3)],
        id="the-stock-column-beside-the-changes-in-a-tabbed-table",
    ),
    pytest.param(
        ["●文書課長", " 次に、事務の登録について申し上げます。新規登録が、農林課の「鳥獣被害通報者管理事務」、"
         "港湾課の「係留施設使用者台帳事務」の2件、廃止が、商工課の「販路開拓登録事務」の1件でございます。"],
        [("新規登録", "registration_new", 2, 2), ("廃止", "registration_abolish", 1, 2)],
        id="counts-spoken-after-a-list-of-quoted-businesses-take-the-kind-named-before-it",
    ),
    pytest.param(
        ["(4)報告", " 事務局から、令和6年度上半期の登録等は新規5件、変更3件、廃止2件であると報告した。"],
        [("令和6年度上半期 新規", "registration_new", 5, 2), ("令和6年度上半期 変更", "registration_modify", 3, 2),
         ("令和6年度上半期 廃止", "registration_abolish", 2, 2)],
        id="the-kind-word-after-the-topic-labels-the-count",
    ),
    pytest.param(
        ["市報かえで 3/8", "",
         "3市報かえで ◎情報公開 表1 公文書の開示請求(件)請求 全部開示 部分開示 不開示 40 30 8 2 "
         "◎自己情報の開示 本人は自分の情報を見られます。表3 自己情報の開示請求の状況(件)請求 全部開示 部分開示 "
         "取下げ 14 9 4 1 ◎目的外利用 6年度は、目的外利用が12件ありました。"],
        [("請求", "disclosure_request", 14, 3), ("全部開示", "disclosure_granted", 9, 3),
         ("部分開示", "disclosure_partial", 4, 3), ("取下げ", "disclosure_withdrawn", 1, 3),
         ("目的外利用", "purpose_outside_use", 12, 3)],
        id="a-one-row-table-flattened-into-a-bulletin-line-and-the-public-records-one-left-out",
    ),
    pytest.param(
        ["町だより 2/6", "◎自己情報の開示 表4 開示請求の推移(件) 年度 請求 全部開示 部分開示 不開示 6年度 22 15 5 2 "
         "5年度 18 12 6 0 ◎相談窓口"],
        [("6年度", "disclosure_request", 22, 2), ("6年度", "disclosure_granted", 15, 2),
         ("6年度", "disclosure_partial", 5, 2), ("6年度", "disclosure_refused", 2, 2),
         ("5年度", "disclosure_request", 18, 2), ("5年度", "disclosure_granted", 12, 2),
         ("5年度", "disclosure_partial", 6, 2), ("5年度", "disclosure_refused", 0, 2)],
        id="rows-labelled-by-year-in-a-bulletin-line-with-a-bare-request-column",
    ),
    pytest.param(
        ["町だより 2/6", "◎事務の登録 表5 取扱事務の登録(件) 新規 変更 廃止 年度末登録数 6 11 2 340 ◎相談窓口"],
        [("新規", "registration_new", 6, 2), ("変更", "registration_modify", 11, 2),
         ("廃止", "registration_abolish", 2, 2), ("年度末登録数", "registration_total", 340, 2)],
        id="a-registry-row-in-a-bulletin-line-with-the-stock-beside-the-changes",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), STATISTICS)
def test_count_shapes_of_the_fifteenth_and_sixteenth_rounds(lines: list[str], expected: list[tuple]) -> None:
    assert stats(lines) == expected


def test_a_flattened_table_with_a_cell_lost_is_said_not_placed() -> None:
    page = extract(["町だより 2/6", "◎自己情報の開示 表4 開示請求の状況(件)請求 全部開示 部分開示 不開示 22 15 5 "
                    "◎相談窓口"])
    assert page.statistics == []
    said = [d.candidate for d in page.diagnostics if d.line == 2 and d.candidate.get("kind") == "statistics"]
    assert said == [{"kind": "statistics", "table": "表4 開示請求の状況",
                     "columns": ["請求", "全部開示", "部分開示", "不開示"], "counts": [22, 15, 5]}]


REGISTRATIONS = [
    pytest.param(
        ["(3)議題2 「個人情報取扱事務の登録等について(報告)」", "",
         " 事務局から、資料2により、令和6年4月から9月までの登録等は、新規登録4件、変更2件、廃止0件であると報告"
         "した。新規登録のうち主なものは、農政課の「市民農園利用者管理事務」及び防災課の「防災士登録事務」である。"],
        [("農政課", "市民農園利用者管理事務", "new", None, None, None, [], [], 3),
         ("防災課", "防災士登録事務", "new", None, None, None, [], [], 3)],
        id="the-main-new-businesses-named-after-the-counts-of-a-report",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), REGISTRATIONS)
def test_registration_shapes_of_the_fifteenth_round(lines: list[str], expected: list[tuple]) -> None:
    assert registrations(lines) == expected
