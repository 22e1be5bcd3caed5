"""Council shapes the thirty-ninth and fortieth rounds (realshapes39-40) taught, on invented pages."""

from __future__ import annotations

from page_shapes import read

_ONE_RESULT_FOR_TWO_CONSULTATIONS = [
    "会議録(令和7年10月3日)",
    "会議の議題",
    "",
    "・諮問第7号 就学援助費の支給に伴う保有個人情報の目的外利用について【学校教育課】",
    "",
    "・諮問第8号 配食サービス事業に係る保有個人情報の外部提供について【高齢介護課】",
    "",
    "3 審議結果",
    " 諮問第7号及び諮問第8号について、いずれも原案のとおり了承された。",
]


def test_one_result_sentence_naming_two_consultations_decides_both() -> None:
    document = read("\n".join(_ONE_RESULT_FOR_TWO_CONSULTATIONS))
    assert [(case.line, case.decision) for case in document.council_cases] == [(4, "approved"), (6, "approved")]


_RULES_TOLD_APART_IN_BRACKETS = [
    "第4回北灘県個人情報保護審議会議事録",
    "4.議題",
    "- 諮問第12号・13号",
    "個人情報の取扱いの原則の例外について",
    "(「本人収集の原則」/障害福祉課)",
    "(「目的外利用の制限」/県税務課)",
    "- 諮問第14号",
    "個人情報の取扱いの原則の例外について",
    "(「目的外利用・提供の制限」/道路管理課)",
    "- その他",
]


def test_the_rule_excepted_in_a_bracket_gives_the_kind_and_the_department_receiving() -> None:
    document = read("\n".join(_RULES_TOLD_APART_IN_BRACKETS))
    assert [case.line for case in document.council_cases] == [3, 6, 7]
    # a rule on both use and provision names no kind: its case waits for the explanation
    assert [(flow.line, flow.kind, flow.source_department, flow.recipient_department, flow.basis, flow.basis_text)
            for flow in document.flows] == [
        (5, "collection_from_others", None, "障害福祉課", "council", "本人収集の原則"),
        (6, "purpose_outside_use", None, "県税務課", "council", "目的外利用の制限")]


_ONE_LINE_ANSWER_JOINING_TWO_FLOWS = (
    "令和 6 年度諮問第 2 号 図書館予約システムの導入に伴う保有個人情報の目的外利用及び外部提供について(答申) "
    "令和 6 年 5 月 9 日付けで諮問のあった標記について、当審議会は次のとおり答申する。 1 審議会の結論 "
    "生涯学習課が図書館予約システムの導入に伴い、市民課の住民記録ファイルから利用者の氏名、住所 及び電話番号を"
    "目的外に利用すること、並びに当該システムの保守を委託する事業者へ利用者 の氏名及び貸出履歴を提供することは、"
    "いずれも適当である。 ただし、 委託契約には秘密の保持を明記すべきである。 2 審議の経過 "
    "令和 6 年 5 月 9 日 諮問 令和 6 年 6 月 13 日 審議・答申 3 判断の理由 (1) 目的外利用について 予約の確認")


def test_a_one_line_answer_joining_two_flows_by_narabini_states_both_dated_by_its_answer() -> None:
    document = read("令和6年度 答申\n" + _ONE_LINE_ANSWER_JOINING_TWO_FLOWS)
    assert [(case.line, case.date, case.decision) for case in document.council_cases] == [
        (2, "2024-06-13", "approved_with_opinion")]
    assert [(flow.kind, flow.source_department, flow.source_business, flow.recipient_department,
             flow.recipient_business, flow.recipient_external, tuple(flow.items)) for flow in document.flows] == [
        ("purpose_outside_use", "市民課", "住民記録ファイル", "生涯学習課", "図書館予約システムの導入", None,
         ("氏名", "住所", "電話番号")),
        ("external_provision", "生涯学習課", None, None, "図書館予約システムの保守", "委託する事業者",
         ("氏名", "貸出履歴"))]


_STANDING_ANSWERS_UNDER_ARTICLE_HEADINGS = [
    "審議会の類型答申",
    "",
    "本人以外の者から個人情報を収集できる場合(第6条第2項第5号)",
    "",
    "  1. 表彰の候補者を選考するため、候補者の活動歴に関する個人情報を推薦団体から収集するとき。",
    "",
    "目的外の利用及び外部への提供ができる場合(第9条第1項第8号)",
    "",
    "  1. 水難事故の捜索を行うため、行方不明者の氏名及び特徴を警察署及び海上保安部に提供するとき。",
    "  2. 児童手当の認定事務で取得した受給者の口座情報を、保育料の徴収事務に利用するとき。",
    "",
    "オンライン結合により提供できる場合(第9条第3項)",
    "",
    "  1. 国の機関が管理する資格確認システムに、受験者の氏名、生年月日を登録し、国の機関に提供するとき。",
]


def test_numbered_standing_answers_are_flows_resting_on_their_headings_article() -> None:
    document = read("\n".join(_STANDING_ANSWERS_UNDER_ARTICLE_HEADINGS))
    assert [(flow.line, flow.kind, flow.source_business or flow.source_external,
             flow.recipient_business or flow.recipient_external, flow.basis, flow.basis_text, tuple(flow.items))
            for flow in document.flows] == [
        (5, "collection_from_others", "推薦団体", "表彰の候補者を選考", "council", "第6条第2項第5号",
         ("候補者の活動歴に関する個人情報",)),
        (9, "external_provision", None, "警察署", "council", "第9条第1項第8号", ("行方不明者の氏名及び特徴",)),
        (9, "external_provision", None, "海上保安部", "council", "第9条第1項第8号", ("行方不明者の氏名及び特徴",)),
        (10, "purpose_outside_use", "児童手当の認定事務", "保育料の徴収事務", "council", "第9条第1項第8号",
         ("受給者の口座情報",)),
        (14, "online_connection", None, "国の機関", "council", "第9条第3項", ("受験者の氏名", "生年月日"))]


_MATTERS_RESTATED_IN_BRACKETS = [
    "答申第8号",
    "令和6年2月14日",
    "北灘県知事殿",
    "個人情報の取扱いの原則の例外について(答申)",
    "令和6年1月10日付けで諮問のあった標記について、当審議会の意見は下記のとおりです。",
    "1.「目的外利用・提供の制限」の例外事項(条例第7条第2項第5号関係)について",
    "",
    "諮問のあった事項(障害福祉課が補装具費支給事務で保有する申請者の氏名及び電話番号を、移動支援事業に利用すること)"
    "については、相当の理由があると判断され、妥当なものと認められる。",
    "",
    "2.「オンライン結合による提供の制限」の例外事項(条例第10条第1項関係)について",
    "",
    "諮問のあった事項(建築指導課の確認申請受付システムを指定確認検査機関の審査システムとオンライン結合し、"
    "建築主の氏名及び敷地の地番を提供すること)については、保護の措置が講じられており、妥当なものと認められる。",
]


def test_a_matter_restated_in_brackets_under_its_heading_is_the_flow_on_the_headings_article() -> None:
    document = read("\n".join(_MATTERS_RESTATED_IN_BRACKETS))
    assert [(flow.line, flow.kind, flow.source_department, flow.source_business,
             flow.recipient_business or flow.recipient_external, flow.basis, flow.basis_text, tuple(flow.items))
            for flow in document.flows] == [
        (8, "purpose_outside_use", "障害福祉課", "補装具費支給事務", "移動支援事業", "council", "条例第7条第2項第5号",
         ("氏名", "電話番号")),
        (12, "online_connection", "建築指導課", "確認申請受付システム", "指定確認検査機関", "council",
         "条例第10条第1項", ("氏名", "敷地の地番"))]
    assert [diagnostic.line for diagnostic in document.diagnostics] == []


_WISH_NAMING_THE_HOLDER_AGAIN = [
    "議題",
    "審議事項",
    "  1. 諮問第9号 特定健診受診勧奨業務の委託に伴う保有個人情報の外部提供について(国保年金課)",
    "  2. その他",
    "会議の内容",
    "(3)審議事項について",
    "ア 諮問第9号 特定健診受診勧奨業務の委託に伴う保有個人情報の外部提供について",
    " 国保年金課から、受診率の向上のため、国保年金課が特定健診事務で保有する対象者の氏名、住所及び電話番号を、"
    "勧奨業務の受託事業者に提供したいとの説明があった。",
    " 審議の結果、諮問のとおり承認することとした。",
]


def test_a_wish_naming_its_holder_again_states_the_titles_provision_whole_on_its_line() -> None:
    document = read("\n".join(_WISH_NAMING_THE_HOLDER_AGAIN))
    assert [(flow.line, flow.kind, flow.source_department, flow.source_business, flow.recipient_external,
             flow.basis, tuple(flow.items)) for flow in document.flows] == [
        (8, "external_provision", "国保年金課", "特定健診事務", "勧奨業務の受託事業者", "council",
         ("氏名", "住所", "電話番号"))]


_LINKED_OVER_A_DEDICATED_LINE = [
    "第3回北灘県個人情報保護審議会議事録",
    "4.議題",
    "- 諮問第7号(道路管理課)",
    "個人情報の取扱いの原則の例外について",
    "(「オンライン結合による提供の制限」/道路管理課)",
    "- その他",
    "5.議事経過と結果",
    "(1)諮問第7号(道路占用管理システム関連)",
    "事務局及び道路管理課から、結合の制限の例外に当たる理由と諮問の趣旨を説明した。",
    "道路占用管理システムを運用委託先のサーバと専用回線で結合し、占用者の氏名及び占用物件の所在地を送信するものである。",
    "(主な質疑)",
]


def test_a_system_joined_to_a_contractors_server_over_a_dedicated_line_is_a_link_held_by_the_explainer() -> None:
    document = read("\n".join(_LINKED_OVER_A_DEDICATED_LINE))
    assert [(flow.line, flow.kind, flow.source_department, flow.source_business, flow.recipient_external,
             flow.basis, tuple(flow.items)) for flow in document.flows] == [
        (10, "online_connection", "道路管理課", "道路占用管理システム", "運用委託先", "council",
         ("占用者の氏名", "占用物件の所在地"))]
