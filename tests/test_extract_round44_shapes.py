"""Shapes the forty-fourth blind round (realshapes44) taught, each on an invented page."""

from __future__ import annotations

from page_shapes import read

_ANSWERS = [
    "(別 紙)", "南浜審答申第3号", "(諮問第7号)",
    "件名:がん検診の受診勧奨に係る住民基本台帳情報の目的外利用に関する件",
    "答 申",
    "南浜市長が、がん検診の受診勧奨を行うため、市民課が保有する住民基本台帳の氏名及び住所を健康課が利用することは、妥当である。",
    "南浜審答申第4号", "(諮問第8号)", "件名:放課後児童クラブ入所事務の委託に伴う申込者情報の外部提供に関する件",
    "答 申", "提供することは、妥当でない。",
    "第1 審査会の処理経過",
    "当審査会は、諮問第7号については令和4年2月9日の会議において、諮問第8号については同年3月16日の会議において、"
    "それぞれ審議を行った。"]


def test_answers_undated_above_take_the_dates_the_record_of_their_handling_gives() -> None:
    cases = read("\n".join(_ANSWERS)).council_cases
    assert [(case.date, case.title) for case in cases] == [
        ("2022-02-09", "がん検診の受診勧奨に係る住民基本台帳情報の目的外利用に関する件"),
        ("2022-03-16", "放課後児童クラブ入所事務の委託に伴う申込者情報の外部提供に関する件")]


_MINUTES = ["北浜市個人情報保護審議会会議録", "〇日時", "令和4年(2022年)7月11日(月)14時00分開会",
            "〇本日審議した案件", "1 報告事項について", "(1)個人情報取扱事務の届出状況について", "2 諮問事項について",
            "(1)就学援助事務における所得情報の本人以外からの収集について",
            "(2)図書館システムの更新に伴う利用者情報の外部提供について", "3 その他", "(1)次回の開催について",
            "○会長 審議会を開会いたします。"]


def test_an_agenda_of_groups_numbered_anew_under_a_heading_of_today_s_cases_is_read_whole_and_dated() -> None:
    cases = read("\n".join(_MINUTES)).council_cases
    assert [(case.date, case.title) for case in cases] == [
        ("2022-07-11", "就学援助事務における所得情報の本人以外からの収集について"),
        ("2022-07-11", "図書館システムの更新に伴う利用者情報の外部提供について")]


def test_the_flows_an_answer_states_serve_the_work_its_subject_names() -> None:
    page = ["(別 紙)", "南浜審答申第5号", "(諮問第9号)",
            "件名:水道料金収納業務の委託に伴う使用者情報の外部提供に関する件",
            "答 申",
            "南浜市長が、上下水道課が保有する使用者の氏名、住所及び使用水量を、株式会社みなみ収納サービスに提供することは、"
            "妥当である。"]
    found = [(f.kind, f.source_department, f.recipient_business, f.recipient_external)
             for f in read("\n".join(page)).flows]
    assert found == [("external_provision", "上下水道課", "水道料金収納業務", "株式会社みなみ収納サービス")]
    (flow,) = read("\n".join(page)).flows
    assert [entry["line"] for entry in flow.evidence if "recipient_business" in entry["fields"]] == [4]  # the subject


def test_a_count_table_flattened_into_one_line_gives_each_count_its_label() -> None:
    line = "(ウ) 自己情報開示等請求状況開示請求64件開示30件部分開示21件非開示5件取下げ2件訂正請求1件"
    assert [(s.kind, s.count) for s in read(line).statistics] == [
        ("disclosure_request", 64), ("disclosure_granted", 30), ("disclosure_partial", 21), ("disclosure_refused", 5),
        ("disclosure_withdrawn", 2), ("correction_request", 1)]
    answered = "(オ) 審査請求の状況審査請求2件答申1件"  # an answer given is no request
    assert [(s.kind, s.count) for s in read(answered).statistics] == [("review_request", 2)]


def test_inspections_a_register_page_dates_are_provisions_of_the_register() -> None:
    page = ["住民基本台帳の一部の写しの閲覧について", "住民基本台帳法の規定により、次の場合に閲覧できます。",
            "令和5年度の閲覧の状況は、次のとおりです。",
            "令和5年9月4日、一般社団法人北浜社会調査会が、県民生活調査の対象者を選ぶため、市内の20歳以上の男女"
            "120人について閲覧しました(申出を承認)。"]
    found = [(f.source_business, f.recipient_external, f.items, f.reason) for f in read("\n".join(page)).flows]
    assert found == [("住民基本台帳", "一般社団法人北浜社会調査会", [], "県民生活調査の対象者を選ぶ")]


def test_a_roll_handed_over_in_a_disaster_without_the_consent_form_goes_to_the_group() -> None:
    page = ["避難行動要支援者名簿", "同意書を提出された方の名簿は、次の避難支援等関係者にお渡しします。",
            "  1. 自主防災組織", "  2. 民生委員・児童委員", "災害が起きたとき",
            "災害が発生し、命を守るために特に必要なときは、同意書を出していない方の情報も含めて、避難支援等関係者に名簿を"
            "お渡しすることがあります。"]
    got = [(flow.recipient_external, flow.basis, flow.line) for flow in read("\n".join(page)).flows]
    assert ("避難支援等関係者", "vital_interest", 6) in got and ("自主防災組織", "consent", 3) in got
