"""Council minutes and operation statistics in the shapes other bodies publish them, one invented document per
pattern (table-driven): pipe tables with units and 'of which' brackets, corrected figures in a clerk's speech,
tables whose cells were glued together, inline lettered agendas, summaries of registration notices."""

from __future__ import annotations

import pytest

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document


def extract(text: str):
    return extract_document(Document(path="fixture.txt", sha256="0" * 64, text=text))


def stats(text: str) -> set[tuple[str, str, int, int]]:
    return {(s.organ_or_basis, s.kind, s.count, s.line) for s in extract(text).statistics}


PIPE_TABLE_WITH_UNITS = "\n".join([
    "自己情報の開示請求の状況",
    "| 区分 | 請求件数 | 開示 | 一部開示 | 非開示(うち不存在) | 訂正請求 |",
    "|---|---|---|---|---|---|",
    "| 令和3年度 | 12件 | 7件 | 3件 | 2(1)件 | 1件 |",
    "| 令和2年度 | 8件 | 4件 | 1件 | 3件(3件) | 0件 |",
])
QUALIFIED_COUNT = "令和3年度は、一部開示決定2件について審査請求が1件あった。"
CORRECTED_FIGURE = ("資料の一覧表のうち「年度末現在登録件数 512件」とありますが、正しくは「521件」です。")
KIND_NOUNS_UNDER_A_PERIOD = "令和4年度の新規の届出が4件、変更の届出が2件、廃止の届出が1件でした。"
DECISION_COUNT = "令和4年度における開示請求に対する決定件数は12件でした。"
SHARED_PREDICATE = "請求は30件でした。(一部開示のうち2件、非開示のうち5件は文書不存在によるもの)"
ORDINAL = "2件目は、納税課が保有する滞納整理記録を、福祉課が生活支援の事務に利用するものです。"
GLUED_TABLE = "\n".join([
    "表1 請求の種類別件数",
    "",
    " 請求取下げ",
    "開示請求24321",
    "訂正請求202",
    "利用停止等請求000",
    "26323",
    "",
    "表2 請求者別件数",
    "",
    " 本人法定代理人任意代理人",
    "開示請求2031",
    "訂正請求200",
    "",
    "表3 月別の状況",
    "",
    "請求月請求(件)取下げ(件)決定(件)写しの交付(面)",
    "4月70714",
    "5月3033",
    "6月2",
])


@pytest.mark.parametrize("text, expected, absent", [
    (PIPE_TABLE_WITH_UNITS, {("令和3年度", "disclosure_request", 12, 4), ("令和3年度", "disclosure_refused", 2, 4),
                             ("令和3年度", "disclosure_nonexistent", 1, 4), ("令和3年度", "correction_request", 1, 4),
                             ("令和2年度", "disclosure_refused", 3, 5), ("令和2年度", "disclosure_nonexistent", 3, 5)},
     set()),
    (QUALIFIED_COUNT, {("令和3年度 審査請求", "review_request", 1, 1)}, {("disclosure_partial", 2)}),
    (CORRECTED_FIGURE, {("年度末現在登録件数", "registration_total", 521, 1)}, {("registration_total", 512)}),
    (KIND_NOUNS_UNDER_A_PERIOD, {("令和4年度 変更", "registration_modify", 2, 1),
                                 ("令和4年度 廃止", "registration_abolish", 1, 1)}, set()),
    (DECISION_COUNT, set(), {("disclosure_request", 12)}),
    (ORDINAL, set(), {("purpose_outside_use", 2)}),
    (SHARED_PREDICATE, {("一部開示のうち", "disclosure_nonexistent", 2, 1),
                        ("非開示のうち", "disclosure_nonexistent", 5, 1)}, {("disclosure_partial", 2)}),
    (GLUED_TABLE, {("開示請求", "disclosure_request", 24, 4), ("開示請求", "disclosure_withdrawn", 3, 4),
                   ("訂正請求", "correction_request", 2, 5), ("利用停止等請求", "suspension_request", 0, 6),
                   ("本人", "disclosure_request", 20, 12), ("法定代理人", "disclosure_request", 3, 12),
                   ("任意代理人", "disclosure_request", 1, 12), ("本人", "correction_request", 2, 13),
                   ("4月", "disclosure_request", 7, 18), ("4月", "disclosure_withdrawn", 0, 18),
                   ("5月", "disclosure_request", 3, 19)},
     {("disclosure_request", 14), ("disclosure_request", 26)}),
])
def test_statistics_of_real_shapes(text: str, expected: set, absent: set) -> None:
    found = stats(text)
    assert expected <= found, sorted(expected - found)
    assert not {(kind, count) for _, kind, count, _ in found} & absent


def test_glued_table_row_cut_by_the_page_is_reported() -> None:
    extraction = extract(GLUED_TABLE)
    assert any(d.line == 20 and "glued" in d.message for d in extraction.diagnostics)
    assert not [s for s in extraction.statistics if s.line == 20]


MINUTES_WITH_LETTERED_AGENDA = "\n".join([
    "会議録 件名 令和2年第1回松風市個人情報保護審査会 日時 令和2年5月14日(木) 午前10時から 議題 (1)事務の届出に"
    "関する報告 (2)諮問事項 ア 図書館システムにおけるオンライン結合について イ 学童保育申請に伴う本人以外からの"
    "収集について (3)その他 会長 それでは、アについては承認といたします。",
])
OPERATION_REPORT = "\n".join([
    "松風町個人情報保護審議会会議録",
    "1 日 時  令和6年7月2日(火)",
    "2 議 事",
    "(1)令和5年度個人情報保護制度の運用状況について",
    "総務課から説明があった。報告のとおり了承された。",
])
NOTICES_REPORTED = "\n".join([
    "松風市個人情報保護審査会(第12回)会議",
    "日時",
    "令和元年9月3日(火)",
    "議題",
    "個人情報取扱事務開始届等について",
    "会議の内容",
    "情報政策課長から、個人情報取扱事務開始届(公民館講座受付事務以下6件)及び個人情報取扱事務廃止届"
    "(旧保養所管理事務以下2件)について報告があった。",
])
CONDITIONAL_APPROVAL = "\n".join([
    "松風市個人情報保護審査会(第13回)会議",
    "日時",
    "令和元年11月5日(火)",
    "議題",
    "健診結果の医療機関への提供について(諮問)",
    "審議の結果、提供先での保管期間を定めることを条件として、原案のとおり承認することとした。",
])

ANSWER_DATED_WITH_ITS_SIGNER = "\n".join([
    "令和 3 年度諮問第 2 号 健診結果の医療機関への提供について(答申)",
    "令和 3 年 9 月 6 日 松風市個人情報保護審議会",
    "諮問のあった提供は、妥当である。",
])


@pytest.mark.parametrize("text, titles, decisions", [
    (MINUTES_WITH_LETTERED_AGENDA,
     ["図書館システムにおけるオンライン結合について", "学童保育申請に伴う本人以外からの収集について"],
     ["approved", "unknown"]),
    (OPERATION_REPORT, [], []),
    (NOTICES_REPORTED, [], []),
    (CONDITIONAL_APPROVAL, ["健診結果の医療機関への提供について"], ["approved_with_opinion"]),
    (ANSWER_DATED_WITH_ITS_SIGNER, ["令和3年度諮問第2号健診結果の医療機関への提供について"], ["approved"]),
])
def test_council_cases_of_real_shapes(text: str, titles: list[str], decisions: list[str]) -> None:
    cases = extract(text).council_cases
    assert all(case.date for case in cases)
    assert [case.title for case in cases] == titles
    assert [case.decision for case in cases] == decisions


def test_summarised_notices_register_the_business_each_group_names() -> None:
    registrations = extract(NOTICES_REPORTED).registrations
    assert {(r.business, r.action, r.line) for r in registrations} == {("公民館講座受付事務", "new", 7),
                                                                      ("旧保養所管理事務", "abolish", 7)}


CONSULTATION_EXPLAINED = "\n".join([
    "松風市個人情報保護審査会(第14回)会議",
    "日時",
    "令和2年2月4日(火)",
    "議題",
    "予防接種記録の委託医療機関への提供について(諮問)",
    "会議の内容",
    "予防接種記録の委託医療機関への提供について(諮問)",
    " 健康推進課から、接種漏れを防ぐため、予防接種記録を委託医療機関に提供し、委託医療機関から接種日及び"
    "ロット番号の報告を受けることについて諮問があった。",
    " 審議の結果、原案のとおり承認することとした。",
])


def test_a_consultation_explained_states_the_provision_and_the_collection_back() -> None:
    extraction = extract(CONSULTATION_EXPLAINED)
    flows = {(f.kind, f.source_department, f.source_business, f.source_external, f.recipient_department,
              f.recipient_external, tuple(f.items), f.line) for f in extraction.flows}
    assert flows == {
        ("external_provision", "健康推進課", "予防接種記録", None, None, "委託医療機関", (), 8),
        ("collection_from_others", None, None, "委託医療機関", "健康推進課", None, ("接種日", "ロット番号"), 8),
    }
    assert [(case.decision, len(case.flow_ids)) for case in extraction.council_cases] == [("approved", 2)]


def test_an_online_connection_case_is_completed_by_the_explanation_after_its_title() -> None:
    text = ("会議録 件名 令和2年第2回松風市個人情報保護審査会 日時 令和2年8月6日(木) 午前10時から正午まで"
            " 場所 松風市役所 5階 第3会議室 出席委員 浜田会長,小泉委員,安藤委員,早川委員"
            " 事務局 総務課長,総務課主幹 傍聴人 なし 議題 (1)諮問事項 ア 図書館システム"
            "におけるオンライン結合について イ 学童保育申請に伴う本人以外からの収集について (2)その他\n"
            "3/9 会長 ア 図書館システムにおけるオンライン結合について,生涯学習課から説明をお願いします。 係長 "
            "生涯学習課です。来年4月から,有限会社みなと電算が提供するクラウドサービスを利用し,利用者の氏名,利用者番号,貸出履歴を"
            "オンラインで結合して処理するものです。")
    flows = [f for f in extract(text).flows if f.kind == "online_connection"]
    assert [(f.source_department, f.source_business, f.recipient_external, f.items, f.line) for f in flows] == [
        ("生涯学習課", "図書館システム", "有限会社みなと電算", ["利用者の氏名", "利用者番号", "貸出履歴"], 2)]


def test_a_collection_case_is_completed_by_the_explanation_after_its_title() -> None:
    text = ("会議録 件名 令和2年第2回松風市個人情報保護審査会 日時 令和2年8月6日(木) 午前10時から正午まで"
            " 場所 松風市役所 5階 第3会議室 出席委員 浜田会長,小泉委員,安藤委員,早川委員"
            " 事務局 総務課長,総務課主幹 傍聴人 なし 議題 (1)諮問事項 ア 図書館システム"
            "におけるオンライン結合について イ 学童保育申請に伴う本人以外からの収集について (2)その他\n"
            "4/9 会長 次に イ 学童保育申請に伴う本人以外からの収集について,子育て支援課から説明をお願いします。 "
            "石田係長 学童保育の利用審査では,世帯の就学状況を確認するため,在籍する学校から在学証明の")
    flows = [f for f in extract(text).flows if f.kind == "collection_from_others"]
    assert [(f.source_external, f.recipient_department, f.recipient_business, f.items, f.line) for f in flows] == [
        ("在籍する学校", "子育て支援課", "学童保育の利用審査", ["世帯の就学状況"], 2)]


def test_reports_spoken_in_a_transcript_give_one_flow_per_sentence() -> None:
    text = ("5/12 佐藤係長 それでは(2)個人情報の目的外利用の報告です。1件目は,保険年金課が保有する国民健康保険"
            "被保険者台帳の世帯情報を,長寿支援課が高齢者見守り事務に利用するものでございます。 委員 承知しました。"
            " 佐藤係長 続いて(3)個人情報の外部提供の報告です。戸籍住民課が保有する戸籍附票の情報を,"
            "家庭裁判所からの調査嘱託に基づき提供したもので,家事事件手続法第62条によるものです。")
    flows = {(f.kind, f.source_department, f.source_business, f.recipient_department, f.recipient_business,
              f.recipient_external, tuple(f.items), f.basis, f.basis_text) for f in extract(text).flows}
    assert flows == {
        ("purpose_outside_use", "保険年金課", "国民健康保険被保険者台帳", "長寿支援課", "高齢者見守り事務", None,
         ("世帯情報",), "unknown", None),
        ("external_provision", "戸籍住民課", "戸籍附票", None, None, "家庭裁判所", (), "law", "家事事件手続法第62条"),
    }


def test_a_glued_table_split_two_ways_says_so() -> None:
    extraction = extract("表5 請求者別\n\n 本人代理人\n開示請求111\n訂正請求10\n")
    assert any(d.line == 3 and d.severity == "info" and "more than one" in d.message for d in extraction.diagnostics)
    assert {(s.organ_or_basis, s.kind, s.count) for s in extraction.statistics if s.line == 5} == {
        ("本人", "correction_request", 1), ("代理人", "correction_request", 0)}


def test_a_glued_table_by_year_reads_every_row_whole() -> None:
    extraction = extract("請求の件数\n\n年度開示請求訂正請求利用停止請求\n令和4年度1410\n令和3年度800\n")
    assert {(s.organ_or_basis, s.kind, s.count) for s in extraction.statistics} == {
        ("令和4年度", "disclosure_request", 14), ("令和4年度", "correction_request", 1),
        ("令和4年度", "suspension_request", 0), ("令和3年度", "disclosure_request", 8),
        ("令和3年度", "correction_request", 0), ("令和3年度", "suspension_request", 0)}
    assert [d.severity for d in extraction.diagnostics] == ["info"]  # 1410 could be 1|4|10 as well


def test_a_long_glued_table_is_read_row_by_row() -> None:
    requests = [5, 12, 3, 7, 10, 4, 6, 2, 9, 11, 8, 13]
    rows = "\n".join(f"{month}月{count}0{count}" for month, count in zip(range(1, 13), requests, strict=True))
    extraction = extract("表 月別の件数\n\n請求月請求(件)取下げ(件)決定(件)\n" + rows + "\n")
    read = [s.count for s in extraction.statistics if s.kind == "disclosure_request"]
    assert read == requests


def test_a_title_naming_the_department_the_data_go_to() -> None:
    text = "\n".join(["松風市個人情報保護審議会会議録", "1 日 時  令和6年11月5日(火)", "2 議 題",
                      "(1)予防接種記録の健康推進課への目的外利用について(諮問)"])
    (flow,) = extract(text).flows
    assert (flow.source_business, flow.recipient_department, flow.kind, flow.basis) == (
        "予防接種記録", "健康推進課", "purpose_outside_use", "council")


def test_a_decision_line_naming_several_items_by_number_decides_each_and_no_report() -> None:
    text = "\n".join(["令和5年度第3回松風町個人情報保護審査会", "日時 令和5年12月4日(月)", "議題", "1 諮問事項",
                      "(1)住民基本台帳の目的外利用について(防災課)", "(2)健康診査結果の外部提供について(健康課)",
                      "2 報告事項", "(1)個人情報取扱事務登録簿の変更について",
                      "審議結果 諮問事項(1)(2)について、承認した。"])
    cases = extract(text).council_cases
    assert [(case.title, case.decision) for case in cases] == [
        ("住民基本台帳の目的外利用について", "approved"), ("健康診査結果の外部提供について", "approved")]


def test_a_register_used_outside_its_purpose_is_the_source() -> None:
    text = "\n".join(["松風町個人情報保護審査会", "日時 令和5年12月4日(月)", "議題",
                      "(1)住民基本台帳の目的外利用について(諮問)【防災課】"])
    (flow,) = extract(text).flows
    assert (flow.source_business, flow.recipient_department, flow.kind) == ("住民基本台帳", "防災課",
                                                                            "purpose_outside_use")


def test_a_business_moved_to_the_cloud_is_linked_to_it() -> None:
    text = "\n".join(["松風町個人情報保護審査会", "日時 令和5年12月4日(月)", "議題",
                      "(1)諮問第5号 占用許可事務のクラウド移行に伴う電子計算機の結合について"])
    (flow,) = extract(text).flows
    assert (flow.source_business, flow.recipient_external, flow.kind) == (
        "占用許可事務", "クラウド", "online_connection")


def test_a_labelled_item_and_its_result_below() -> None:
    text = "\n".join(["第3回松風町情報公開・個人情報保護審議会", "開催日 令和5年2月8日",
                      "案件 ごみ出し支援事業に係る要介護者情報の外部提供について", "結果 承認"])
    cases = extract(text).council_cases
    assert [(case.date, case.title, case.decision) for case in cases] == [
        ("2023-02-08", "ごみ出し支援事業に係る要介護者情報の外部提供について", "approved")]


AGENDA_UNDER_A_LABEL_ALONE = "\n".join([
    "北浜市個人情報保護審議会 会議録", "開催日時 令和6年5月20日(月) 午後2時", "", "議題",
    "諮問第3号 避難行動要支援者名簿の外部提供について【福祉課】",
    "諮問第4号 特定健康診査結果の目的外利用について【健康課】", "", "審議の結果、いずれも適当と認める。"])


def test_the_first_case_under_an_agenda_label_alone_is_cited_on_its_own_line() -> None:
    read = extract(AGENDA_UNDER_A_LABEL_ALONE)
    assert [(case.line, case.title) for case in read.council_cases] == [
        (5, "避難行動要支援者名簿の外部提供について"), (6, "特定健康診査結果の目的外利用について")]
    assert read.council_cases[0].quote.startswith("諮問第3号")  # not 「議題」, the label above it
