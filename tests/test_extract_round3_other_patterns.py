"""Invented regression fixtures for the round-3 prose shapes (one row per pattern).

Each row is a short page written for this test (no real text): the reader it goes to, and the
(recipient, line) pairs it must read.
"""

from __future__ import annotations

import pytest

from tadori.ingest.documents.layout.lines import split_lines
from tadori.ingest.documents.readers.name_lists import list_name, name_list_flows
from tadori.ingest.documents.readers.sentences.notices import notice_flows

AGREEMENTS = [
    # a news item: the list is shared with bodies that signed an agreement, heads in brackets
    ("避難行動要支援者の名簿を役立てるため、桐生野町は3日、町内の東原自治会(山田一郎会長)、"
     "西浜町内会(川口花子会長)と名簿の提供に関する協定を締結した。\n東原自治会は訓練に使う。",
     [("東原自治会", 1), ("西浜町内会", 1)]),
    # one body, no bracket, 「についての」
    ("見守り対象者の名簿について\n市は南谷地区社会福祉協議会と名簿の共有についての協定を結んでいる。",
     [("南谷地区社会福祉協議会", 2)]),
]


@pytest.mark.parametrize(("page", "expected"), AGREEMENTS)
def test_bodies_that_signed_an_agreement_on_the_list_receive_it(page, expected):
    flows, _ = name_list_flows(split_lines(page), set())
    assert [(flow.recipient_external, flow.line) for flow in flows] == expected
    assert all(flow.kind == "external_provision" for flow in flows)


def test_a_headline_short_name_counts_for_the_full_list_name():
    page = split_lines("要援護者名簿を共有\n災害時要援護者の名簿を町内会に渡す。\n要援護者名簿の扱い")
    assert list_name(page) == "災害時要援護者の名簿"


def test_a_city_page_with_a_kind_of_body_a_qa_of_items_and_a_disaster_time_condition():
    page = split_lines(
        "見守り支援者名簿の提供\n"
        "北杜原町では、北杜原町見守り支援者名簿条例に基づき、見守り支援者名簿を作りました。\n"
        "名簿のうち、提供を断る申出がない方の情報を、日頃の見守りを担う町内会等に提供しています。\n"
        "Q 名簿にはどんなことが載っていますか。\n"
        "A 氏名、住所、連絡先が載っています。\n"
        "Q 災害の時はどうなりますか。\n"
        "A 災害の時、生命を守るため特に必要がある場合は、全員分の名簿を消防署、警察署に提供します。")
    flows, _ = name_list_flows(page, set())
    assert [(f.recipient_external, f.basis, f.line) for f in flows] == [
        ("町内会等", "law", 3), ("消防署", "vital_interest", 7), ("警察署", "vital_interest", 7)]
    assert flows[0].basis_text == "北杜原町見守り支援者名簿条例"
    assert flows[1].basis_text == "生命を守るため特に必要がある場合"
    assert all(flow.items == ["氏名", "住所", "連絡先"] for flow in flows)


HANDED_OVER = [
    # a councillor's report: the office, the register, the items, a statute cited in the next sentence
    ("平成31年度からは住民課が住民基本台帳から該当者を選び、氏名・住所・生年月日を用紙に印字して"
     "陸上自衛隊東浜募集事務所に渡しています。町の根拠は自衛隊法施行令第120条です。",
     [], ("住民課", "住民基本台帳", "陸上自衛隊東浜募集事務所", "law", ["氏名", "住所", "生年月日"])),
    # a news item: labels made from the register, the items printed on them told on the next line
    ("上川原町が、今年度に18歳になる町民の宛名ラベルを住民基本台帳のデータから作り、"
     "自衛隊西浜地方協力本部に提供したことが分かった。",
     ["ラベルには氏名と住所だけを印刷した。"],
     (None, "住民基本台帳", "自衛隊西浜地方協力本部", "unknown", ["氏名", "住所"])),
]


@pytest.mark.parametrize(("text", "after", "expected"), HANDED_OVER)
def test_a_provision_told_as_done_names_its_ends_and_items(text, after, expected):
    flows = notice_flows(text, 1, text, (), after)
    assert [(f.source_department, f.source_business, f.recipient_external, f.basis, f.items)
            for f in flows] == [expected]


def test_asking_for_the_data_is_no_provision():
    assert notice_flows("防衛省は市町村に名簿を提供したいと依頼し、本部に渡しています。", 1, "q") == []


def _prose_counts(text: str) -> list[tuple[str, str, int]]:
    from tadori.ingest.documents.text.prose_counts import prose_statistics
    return [(s.organ_or_basis, s.kind, s.count) for s in prose_statistics(split_lines(text), set(), set())]


def test_prose_counts_of_a_year_carry_the_year_and_skip_kindless_outcomes():
    counts = _prose_counts("令和5年度は、40件の開示請求がありました。その内訳は、開示12件、一部開示20件、"
                           "不開示2件、存否応答拒否1件、取下げ3件、却下1件、処理中2件です。")
    assert counts == [("令和5年度 開示請求", "disclosure_request", 40), ("令和5年度 開示", "disclosure_granted", 12),
                      ("令和5年度 一部開示", "disclosure_partial", 20), ("令和5年度 不開示", "disclosure_refused", 2),
                      ("令和5年度 取下げ", "disclosure_withdrawn", 3)]


def test_an_appeal_about_a_decision_is_an_appeal_and_decisions_on_requests_are_no_counts():
    assert _prose_counts("令和5年度は、不開示決定に対する審査請求が1件ありました。") == [
        ("令和5年度 不開示決定に対する審査請求", "review_request", 1)]
    assert _prose_counts("訂正請求のうち2件は訂正し、1件は訂正しない旨の決定をしました。") == []
    assert _prose_counts("決定件数とは、1件の請求に対して行った決定の数です。") == []


def test_a_spaced_out_conversion_gets_its_words_back_and_keeps_counts_apart():
    page = split_lines("令 和 5 年 度 の 報 告\n部 署 利 用 提 供\n町 長 部 局 12 4\n議 会 事 務 局 0 1\n"
                       "(1) 税 務 課 が 保 有 す る 氏 名 を 利 用")
    assert [line.text for line in page] == ["令和5年度の報告", "部署利用提供", "町長部局 12 4", "議会事務局 0 1",
                                            "(1)税務課が保有する氏名を利用"]
    assert [line.raw for line in page][2] == "町 長 部 局 12 4"


def test_one_spaced_line_in_an_ordinary_page_is_left_as_written():
    page = split_lines("個人情報の取扱い\nお 知 ら せ の 一 覧 で す\n以上です。")
    assert page[1].text == "お 知 ら せ の 一 覧 で す"


def test_a_spaced_out_count_table_is_read_by_column(tmp_path):
    from tadori.ingest.loader import extract_file

    page = tmp_path / "spaced.txt"
    page.write_text("令 和 5 年 度\n個 人 情 報 の 目 的 外 利 用 及 び 外 部 提 供 の 件 数\n"
                    "実 施 機 関 目 的 外 利 用 外 部 提 供 計\n町 長 7 4 11\n農 業 委 員 会 2 0 2\n", encoding="utf-8")
    found = [(s.organ_or_basis, s.kind, s.count, s.line) for s in extract_file(page).statistics]
    assert found == [("町長", "purpose_outside_use", 7, 4), ("町長", "external_provision", 4, 4),
                     ("農業委員会", "purpose_outside_use", 2, 5), ("農業委員会", "external_provision", 0, 5)]


REPORT_CASES = [
    # a yearly report's numbered case given to an outside body, the ground in brackets
    ("(2)教育総務課が給食事務で保有する生徒の氏名及び学級を、北見野町PTA協議会に提供(本人の同意があるもの)",
     ("教育総務課", "給食事務", None, None, "北見野町PTA協議会", "external_provision", "consent",
      ["氏名", "学級"])),
    # a use by a board (委員会) named with its business
    ("(3)戸籍課が戸籍事務で保有する氏名及び本籍を、農業委員会の農地台帳事務において利用(法令に基づくもの)",
     ("戸籍課", "戸籍事務", "農業委員会", "農地台帳事務", None, "purpose_outside_use", "law", ["氏名", "本籍"])),
]


@pytest.mark.parametrize(("text", "expected"), REPORT_CASES)
def test_a_reports_numbered_case_names_both_ends_and_its_bracketed_ground(text, expected):
    from tadori.ingest.documents.readers.sentences.holdings import held_flows

    flows = held_flows(text, 1, text)
    assert [(f.source_department, f.source_business, f.recipient_department, f.recipient_business,
             f.recipient_external, f.kind, f.basis, f.items) for f in flows] == [expected]


def test_a_count_table_flattened_one_cell_per_line_is_read_by_period_and_column():
    from tadori.ingest.documents.readers.statistics import stacked_statistics

    page = split_lines("開示請求の件数の移り変わり\n年度\n請求件数\n決定件数\n平成30年度\n14\n15\n令和元年度\n9\n9\n"
                       "お問い合わせ\n年度\n担当\n令和2年度\n総務課")
    assert [(s.organ_or_basis, s.kind, s.count, s.line) for s in stacked_statistics(page, set())] == [
        ("平成30年度", "disclosure_request", 14, 6), ("令和元年度", "disclosure_request", 9, 9)]


def test_a_flattened_table_whose_header_words_break_over_lines_and_whose_counts_share_lines():
    from tadori.ingest.documents.readers.statistics import stacked_statistics

    page = split_lines("開示請求の処理状況\n年度\n請求\n件数\n処理内容\n開示\n一部\n開示\n"
                       "存否\n応答\n拒否\n却下\n開示率\n"
                       "令和3年度\n25 12\n9 1\n0\n95%\n令和2年度\n(参考)\n18\n8 7 2 1\n90%")
    assert [(s.organ_or_basis, s.kind, s.count, s.line) for s in stacked_statistics(page, set())] == [
        ("令和3年度", "disclosure_request", 25, 15), ("令和3年度", "disclosure_granted", 12, 15),
        ("令和3年度", "disclosure_partial", 9, 16),
        ("令和2年度", "disclosure_request", 18, 21), ("令和2年度", "disclosure_granted", 8, 22),
        ("令和2年度", "disclosure_partial", 7, 22)]
