"""Registration and count shapes the twenty-fifth and twenty-sixth blind rounds (realshapes25/26) taught, on
invented pages of the same shape.

- registrations listed under count heads alone on a line (「新規登録 2件」「変更登録 1件」「廃止 1件」), each over
  deeper-indented rows 「A課 B事務 (和暦日付)」, a change row saying what it adds before the date; read only when as
  many rows stand under the head as it counts, else the head is reported with its count; each head's count is
  read too, even where the layout ran the head into the long row above it;
- a count table one row a line under 「区分 請求 開示 部分開示 不開示 取下げ」: beside the named outcomes, the bare
  「請求」 column counts the requests and the bare 「開示」 the full disclosures, every cell read;
- rows 「新規 19(3)」 under 「区分 届出件数」: the bracketed share is no column, the count before it is the row's;
- a table one cell a line under header cells 「区分」「件数」 with only two rows (label, count, label, count): the
  header makes two pairs a table;
- a report's count lines in minutes: the first states the period (「令和6年度中の…届出は、新規が…件」), those just
  after it (blank lines between) state none; they count the same period, which labels them;
- a member's question about a count (「外部提供9件の内訳を教えてください」) states no count;
- a count alone on its line (「31件」) under its numbered head (「(1)訂正請求の件数」), the period named only by the
  page's title: labelled by its head and that period, both.
"""

from __future__ import annotations

import pytest
from page_shapes import extract, registrations, stats

REGISTRATIONS = [
    pytest.param(
        ["2 届出事務の報告", "【情報政策課が資料2により報告】", " 新規登録 2件",
         "  港湾振興課 係留施設使用許可事務 (令和6年5月8日)", "  農林課 鳥獣被害相談受付事務 (令和6年4月1日)",
         " 変更登録 1件",
         "  市民課 斎場使用予約事務 記録項目に「緊急連絡先の電話番号」を追加した上で様式を改める (令和6年7月1日)",
         " 廃止 1件", "  生涯学習課 旧公民館講座受講者管理事務 (令和6年3月31日)", "", "(委員)", " 質問はない。"],
        [("港湾振興課", "係留施設使用許可事務", "new", "2024-05-08", None, None, [], [], 4),
         ("農林課", "鳥獣被害相談受付事務", "new", "2024-04-01", None, None, [], [], 5),
         ("市民課", "斎場使用予約事務", "modify", "2024-07-01", None, None, [], ["緊急連絡先の電話番号"], 7),
         ("生涯学習課", "旧公民館講座受講者管理事務", "abolish", "2024-03-31", None, None, [], [], 9)],
        id="count-heads-over-indented-department-business-date-rows",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), REGISTRATIONS)
def test_registration_shapes_of_the_twenty_fifth_and_twenty_sixth_rounds(lines: list[str],
                                                                          expected: list[tuple]) -> None:
    assert registrations(lines) == expected


def test_a_count_head_over_fewer_rows_than_it_counts_is_reported_not_guessed() -> None:
    read = extract(["1 届出の状況", " 新規登録 3件", "  水道課 給水装置工事受付事務 (令和6年6月3日)",
                    "  下水道課 排水設備確認事務 (令和6年6月3日)", "", "以上"])
    assert not [r for r in read.registrations if r.line in (3, 4)]
    assert any(d.line == 2 and d.candidate and d.candidate.get("count") == 3 for d in read.diagnostics)
    assert [(s.organ_or_basis, s.kind, s.count, s.line) for s in read.statistics] == [
        ("新規登録", "registration_new", 3, 2)]


def test_each_count_head_is_a_count_even_after_a_long_row() -> None:
    read = extract([" 変更登録 1件",
                    "  住民課 斎場使用予約事務 記録項目に「緊急連絡先の電話番号」と「続柄」を追加 (令和6年7月1日)",
                    " 廃止 1件", "  生涯学習課 旧講座受講者管理事務 (令和6年3月31日)"])
    assert [(s.organ_or_basis, s.kind, s.count, s.line) for s in read.statistics] == [
        ("変更登録", "registration_modify", 1, 1), ("廃止", "registration_abolish", 1, 3)]


STATISTICS = [
    pytest.param(
        ["●自己情報の開示請求の状況", "(単位:件)", "区分 請求 開示 部分開示 不開示 取下げ", "開示 41 20 15 5 1",
         "※部分開示には審査会の答申によるものを含む。"],
        [("開示", "disclosure_request", 41, 4), ("開示", "disclosure_granted", 20, 4),
         ("開示", "disclosure_partial", 15, 4), ("開示", "disclosure_refused", 5, 4),
         ("開示", "disclosure_withdrawn", 1, 4)],
        id="bare-request-and-disclosure-columns-beside-the-named-outcomes",
    ),
    pytest.param(
        ["●個人情報取扱事務の登録の状況", "(単位:件)", "区分 届出件数", "新規 8(2)", "変更 14(0)", "廃止 3(1)",
         "※( )内は特定個人情報を扱う事務の件数"],
        [("新規", "registration_new", 8, 4), ("変更", "registration_modify", 14, 5),
         ("廃止", "registration_abolish", 3, 6)],
        id="counts-with-a-bracketed-share-after-them",
    ),
    pytest.param(
        ["2 利用及び提供の件数", "", "区分", "件数", "目的外利用", "31", "外部提供", "12", "",
         "(1)主な目的外利用", "・国保年金課の資格情報を、健康推進課が予防接種の勧奨に利用"],
        [("目的外利用", "purpose_outside_use", 31, 6), ("外部提供", "external_provision", 12, 8)],
        id="two-label-count-pairs-one-cell-a-line-under-a-kubun-kensu-header",
    ),
    pytest.param(
        ["<市民協働課の説明>", "", "運用の状況を申し上げます。", "",
         "令和6年度中の個人情報取扱事務の届出は、新規が7件、廃止が2件でした。", "",
         "保有個人情報の目的外利用は26件、外部提供は9件となっております。", "", "<議長>", "",
         "説明のとおりです。ご意見はありますか。", "", "<北条委員>", "", "外部提供9件の内訳を教えてください。"],
        [("令和6年度 新規", "registration_new", 7, 5), ("令和6年度 廃止", "registration_abolish", 2, 5),
         ("令和6年度 保有個人情報の目的外利用", "purpose_outside_use", 26, 7),
         ("令和6年度 外部提供", "external_provision", 9, 7)],
        id="report-lines-after-the-one-stating-the-period-count-that-period-and-a-question-counts-nothing",
    ),
    pytest.param(
        ["令和6年度 自己情報の開示等の実施状況", "", "3 訂正請求の状況", "", "(1)訂正請求の件数", "", "4件", "",
         "(2)主な内容", "", "・住所の記載の誤りを改めたもの"],
        [("令和6年度 訂正請求の件数", "correction_request", 4, 7)],
        id="a-lone-count-under-its-head-labelled-by-the-head-and-the-title-period",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), STATISTICS)
def test_count_shapes_of_the_twenty_fifth_and_twenty_sixth_rounds(lines: list[str],
                                                                   expected: list[tuple]) -> None:
    assert stats(lines) == expected
