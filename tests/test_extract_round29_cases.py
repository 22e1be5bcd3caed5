"""Council shapes the twenty-ninth and thirtieth rounds (realshapes29-30) taught, on invented pages."""

from __future__ import annotations

from page_shapes import read

_FIELDED_ANSWER = [
    "                                              北里総第12号",
    "                                              令和7年3月4日",
    "北里村長  様",
    "                              北里村個人情報保護審議会",
    "保有個人情報の外部提供について(答申)",
    "令和7年2月1日付け北総第9号で諮問のあった事項について、次のとおり答申します。",
    "記",
    "1 審議会の結論",
    "  諮問のとおり外部提供することは、適当である。",
    "2 諮問の内容",
    "(1)件名",
    "    高齢者の買物支援における移動販売車巡回事業に係る登録者情報の外部提供",
    "(2)提供する課",
    "    産業振興課",
    "(3)提供先",
    "    村が巡回を委託する販売事業者",
    "(4)提供する個人情報",
    "    登録者の氏名、住所、連絡先",
    "(5)提供の理由",
    "    巡回の順路を販売事業者が組むため",
    "",
    "3 審議会の判断の理由",
    "  本件は、村が保有する登録者の情報を、巡回を受け持つ販売事業者へ提供するものである。",
]


def test_an_answers_labelled_fields_state_its_one_flow_and_the_subject_field_is_its_title() -> None:
    document = read("\n".join(_FIELDED_ANSWER))
    assert [(f.source_department, f.recipient_business, f.recipient_external, f.kind, f.items, f.reason, f.line)
            for f in document.flows] == [
        ("産業振興課", "移動販売車巡回事業", "村が巡回を委託する販売事業者", "external_provision",
         ["登録者の氏名", "住所", "連絡先"], "巡回の順路を販売事業者が組むため", 11)]
    assert [(case.line, case.date, case.title[:10], case.decision, len(case.flow_ids))
            for case in document.council_cases] == [(11, "2025-03-04", "高齢者の買物支援にお", "approved", 1)]


_BROKEN_AGENDA = [
    "第3回南里市個人情報保護審議会 会議録",
    "",
    "日 時 令和7年5月9日(金曜日)",
    "",
    "議 題",
    "",
    "1.前回会議録の確認について",
    "",
    "2.諮問第4号 骨粗しょう症検診勧奨事業に係る保有個人情報の目的外利用及び",
    "",
    "本人への通知の省略について【保険医療課、健康づくり課】",
    "",
    "3.諮問第5号 学習支援教室事業に係る保有個人情報の外部提供について",
    "",
    "【子育て応援課】",
    "",
    "4.その他",
    "",
    "-3-",
]


def test_a_numbered_title_cut_after_its_conjunction_goes_on_below_a_blank_line_and_a_page_number_is_no_case() -> None:
    document = read("\n".join(_BROKEN_AGENDA))
    assert [(case.line, case.title) for case in document.council_cases] == [
        (9, "骨粗しょう症検診勧奨事業に係る保有個人情報の目的外利用及び本人への通知の省略について"),
        (13, "学習支援教室事業に係る保有個人情報の外部提供について")]



_HOLDERS_IN_BRACKETS = [
    "日時 令和7年6月12日(木曜日)午後1時30分から",
    "5 議題",
    "(1)諮問事項",
    " ア 子育て世帯の訪問支援と乳児健診の一体的実施に伴う保有個人情報の目的外利用について(子育て支援課主管の"
    "出生届出情報及び健康推進課主管の乳児健診結果)",
    " イ ひとり親世帯への学用品購入費助成事務における保有個人情報の外部提供について(児童福祉課)",
    "6 会議の結果",
    "(1)諮問事項",
    " ア 子育て世帯の訪問支援と乳児健診の一体的実施に伴う保有個人情報の目的外利用について",
    "【審議】",
    "(会長)",
    " それでは、諮問のとおり目的外利用を認めることとしてよいか。",
    "(各委員)",
    " 異議なし。",
]


def test_each_holder_bracketed_with_its_data_is_a_source_of_the_use_and_a_served_party_is_no_recipient() -> None:
    document = read("\n".join(_HOLDERS_IN_BRACKETS))
    assert [(f.source_department, f.recipient_department, f.recipient_business, f.recipient_external, f.items)
            for f in document.flows] == [
        ("子育て支援課", None, "子育て世帯の訪問支援と乳児健診の一体的実施", None, ["出生届出情報"]),
        ("健康推進課", None, "子育て世帯の訪問支援と乳児健診の一体的実施", None, ["乳児健診結果"]),
        ("児童福祉課", None, "ひとり親世帯への学用品購入費助成事務", None, [])]


def test_the_chairs_question_answered_by_the_members_turn_approves_the_case_taken_up() -> None:
    cases = read("\n".join(_HOLDERS_IN_BRACKETS)).council_cases
    assert [(case.line, case.decision) for case in cases] == [(4, "approved"), (5, "unknown")]


_TWO_ON_ONE_AGENDA_LINE = [
    "第12回南浜県個人情報保護審議会会議録",
    "  1. 日時:令和6年9月3日(火曜日)午前10時から",
    "  2. 議題:(1)諮問第21号 乳幼児健診事業に係る保有個人情報の目的外利用について (2)諮問第22号 "
    "県立公園管理業務の委託に伴う外部提供について",
    "三田会長",
    "それでは諮問第21号は諮問のとおり承認することとします。次に諮問第22号,公園管理業務の委託について説明願います。",
    "公園緑地課",
    "管理の委託先に利用者の氏名を渡すものです。",
    "三田会長",
    "個人情報の返還を契約に定めることを条件として,承認することとします。",
]


def test_each_case_of_a_one_line_agenda_keeps_its_number_apart_and_is_decided_in_its_own_sentence() -> None:
    cases = read("\n".join(_TWO_ON_ONE_AGENDA_LINE)).council_cases
    assert [(case.title[:8], case.decision) for case in cases] == [
        ("乳幼児健診事業に", "approved"), ("県立公園管理業務", "approved_with_opinion")]


_SPEAKER_TABLE_MINUTES = [
    "第8回東岬県個人情報保護審議会会議録",
    "  1. 日時:令和5年7月14日(金曜日)午後1時30分から",
    "  2. 議題:(1)諮問第31号 特定健診受診勧奨事業に係る保有個人情報の目的外利用について (2)諮問第32号 "
    "県営駐車場管理業務の委託に伴う外部提供について",
    "発言者 内容",
    "森会長",
    "それでは,諮問第31号について,保健部から説明をお願いします。",
    "国保医療課",
    "国保医療課で保有している特定健診結果データを,健康増進室の受診勧奨事業で目的外利用したいというものです。"
    "利用する項目は氏名,性別,健診日です。",
    "森会長",
    "それでは諮問第31号は諮問のとおり承認することとします。次に諮問第32号について,道路課から説明をお願いします。",
    "道路課",
    "県営駐車場管理業務を東岬県道路公社に委託するに当たり,定期利用者の氏名,車両番号を受託者に提供するものです。",
]

_PRESENTED_SUMMARY = [
    "第9回西岬県個人情報保護審議会議事概要",
    "  1. 日時 令和5年3月2日(木曜日) 10時00分~11時00分",
    "  4. 議事",
    "    (1)県税の徴収事務に係る個人情報の外部提供について(諮問)",
    "    (2)その他",
    "(1)県税の徴収事務に係る個人情報の外部提供について(諮問)",
    "(北会長)",
    "それでは、議事の(1)について、説明をお願いします。",
    "■納税課が「資料1」に基づいて説明を行った。納税課が保有する滞納者の氏名及び滞納額を、徴収事務の委託先である"
    "西岬サービサー株式会社に提供するもの。",
]


def test_a_departments_explanation_under_the_case_called_by_number_states_its_flow() -> None:
    assert [(f.source_department, f.recipient_department, f.recipient_business, f.recipient_external, f.items, f.line)
            for f in read("\n".join(_SPEAKER_TABLE_MINUTES)).flows] == [
        ("国保医療課", "健康増進室", "受診勧奨事業", None, ["氏名", "性別", "健診日"], 8),
        ("道路課", None, "県営駐車場管理業務", "東岬県道路公社", ["氏名", "車両番号"], 12)]


def test_a_contractor_told_in_the_explanation_under_a_repeated_title_receives_for_the_titles_business() -> None:
    document = read("\n".join(_PRESENTED_SUMMARY))
    assert [(f.source_department, f.recipient_business, f.recipient_external, f.items, f.line)
            for f in document.flows] == [("納税課", "県税の徴収事務", "西岬サービサー株式会社", ["氏名", "滞納額"], 9)]
    assert [len(case.flow_ids) for case in document.council_cases] == [1]
