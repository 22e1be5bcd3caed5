"""Council shapes the second pass over rounds 35-38 taught (realshapes35-38), on invented pages."""

from __future__ import annotations

from page_shapes import read

_CONSULTED_ONLY_IN_THE_PAPERS = [
    "第3回白鷺町個人情報保護審議会会議録",
    "",
    "令和7年7月8日(火曜日)午前10時~午前11時",
    "",
    "白鷺町役場 2階 第1会議室",
    "",
    "配付資料",
    "",
    "・会次第",
    "",
    "・資料1 狂犬病予防事業に係る住民票情報の目的外利用について(諮問第9号)",
    "",
    "・資料2 児童手当事業に係る年金機構への認定情報の提供について(諮問第10号)",
    "",
    "(情報連携ネットワークの説明を含む)",
    "",
    "・審議会委員一覧",
    "",
    "1.開会",
    "",
    "●事務局",
    "",
    "ただいまから会議を始めます。",
    "",
    "2.諮問第9号について",
    "",
    "●環境衛生課",
    "",
    "狂犬病予防事業において、登録の届出がない飼い主について、住民課が住民記録の管理のために保有している"
    "転出先住所、転出日を、環境衛生課が利用したいというものです。個人情報の保護に関する法律第69条第2項第3号に"
    "該当すると考えます。",
    "",
    "●会長",
    "",
    "それでは諮問第9号は、原案のとおり認めることでよろしいか。",
    "",
    "(異議なし)",
    "",
    "3.諮問第10号について",
    "",
    "●こども支援課",
    "",
    "児童手当事業において、令和8年1月から、受給者の届出を省けるよう、受給者の氏名、認定番号、支給区分を、"
    "情報連携ネットワークシステムを通じて日本年金機構へ提供するものです。",
]


def test_cases_named_only_in_the_papers_list_take_their_flows_from_each_explanation() -> None:
    document = read("\n".join(_CONSULTED_ONLY_IN_THE_PAPERS))
    assert [(case.line, case.title[:8], case.decision, case.date) for case in document.council_cases] == [
        (11, "狂犬病予防事業に", "approved", "2025-07-08"), (13, "児童手当事業に係", "unknown", "2025-07-08")]
    assert [(flow.line, flow.kind, flow.basis, flow.basis_text, flow.source_department, flow.source_business,
             flow.recipient_department, flow.recipient_business, flow.recipient_external, tuple(flow.items),
             flow.reason) for flow in document.flows] == [
        (29, "purpose_outside_use", "reasonable_grounds", "個人情報の保護に関する法律第69条第2項第3号", "住民課", None,
         "環境衛生課", "狂犬病予防事業", None, ("転出先住所", "転出日"), "登録の届出がない飼い主について"),
        (41, "online_connection", "council", None, "こども支援課", "児童手当事業", None, None, "日本年金機構",
         ("氏名", "認定番号", "支給区分"), "受給者の届出を省けるよう")]
    assert [case.flow_ids for case in document.council_cases] == [[document.flows[0].id], [document.flows[1].id]]


_TWO_EXPLANATIONS_DECIDED_TOGETHER = [
    "第4回青葉県個人情報保護審議会の概要",
    "1.日時",
    "令和6年10月2日(水曜日)午後2時から午後3時まで",
    "2.議題",
    "審議事項",
    "(1)個人情報の取扱い原則の例外事項に関する審議",
    "ア諮問第41号及び諮問第42号",
    "・「目的外利用の制限」の例外事項に関する諮問(港湾管理課)",
    "・「オンライン結合の制限」の例外事項に関する諮問(自動車税課)",
    "",
    "イ諮問第43号",
    "「本人収集の原則」の例外事項に関する諮問(水産振興課)",
    "",
    "3.議事経過と結果",
    "ア諮問第41号及び諮問第42号",
    "",
    "港湾管理課より、係留施設使用許可事務において、建築指導課が保有する船舶所有者情報を目的外利用することについて"
    "説明を行った。また、自動車税課より、軽油引取税課税事務において、国土交通省の登録情報システムとオンライン"
    "結合し、課税情報を提供することについて説明を行った。",
    "",
    "いずれも諮問のとおり承認された。",
    "",
    "イ諮問第43号",
    "",
    "水産振興課より、漁業許可事務において、申請者の操業実績を漁業協同組合から収集することについて説明を行った。",
]


def test_two_explanations_joined_by_also_each_state_a_flow_and_one_decision_decides_the_group() -> None:
    document = read("\n".join(_TWO_EXPLANATIONS_DECIDED_TOGETHER))
    assert [(case.line, case.decision) for case in document.council_cases] == [
        (8, "approved"), (9, "approved"), (12, "unknown")]
    assert sorted((flow.line, flow.kind, flow.source_department, flow.source_business, flow.source_external,
                   flow.recipient_department, flow.recipient_business, flow.recipient_external)
                  for flow in document.flows) == [
        (17, "online_connection", "自動車税課", "軽油引取税課税事務", None, None, None, "国土交通省"),
        (17, "purpose_outside_use", "建築指導課", None, None, "港湾管理課", "係留施設使用許可事務", None),
        (23, "collection_from_others", None, None, "漁業協同組合", "水産振興課", "漁業許可事務", None)]


_TURNS_UNDER_A_RUN_ON_AGENDA = [
    "第12回北浜市個人情報保護審議会会議録",
    "  1. 日時:令和7年2月4日(火曜日)午前10時から午前11時30分まで",
    "  2. 議題:(1)諮問第21号 学童保育利用審査に伴う住民税課税情報の目的外利用について (2)諮問第22号 "
    "特定健診受診勧奨事業における健診記録の外部提供について",
    "発言者 内容",
    "森会長",
    "まず諮問第21号について,担当課から説明をお願いします。",
    "子ども政策課",
    "子ども政策課でございます。",
    "学童保育の利用審査に当たりまして,就労の状況を確かめるため,市民税課が住民税の課税のために保有しております"
    "課税情報のうち,給与収入額,就労先名称を,子ども政策課の放課後児童健全育成事務において利用したいというものでございます。",
    "森会長",
    "それでは,諮問第21号については,原案のとおり承認することとしてよろしいでしょうか。",
    "(「異議なし」の声あり)",
    "続きまして諮問第22号について,国保年金課から説明をお願いします。",
    "国保年金課",
    "国保年金課でございます。",
    "特定健診を受けていない方に受診を促す業務を,株式会社みなとデータサービスに委託して実施するに当たり,"
    "国保年金課が保有する特定健診記録のうち,氏名,住所,受診年度を受託者へ提供するものでございます。",
]


def test_a_use_held_for_a_purpose_and_a_provision_to_the_contractor_of_an_entrusted_work() -> None:
    document = read("\n".join(_TURNS_UNDER_A_RUN_ON_AGENDA))
    assert [(case.line, case.decision) for case in document.council_cases] == [(3, "approved"), (3, "unknown")]
    assert [(flow.line, flow.kind, flow.source_department, flow.source_business, flow.recipient_department,
             flow.recipient_business, flow.recipient_external, tuple(flow.items), flow.reason)
            for flow in document.flows] == [
        (9, "purpose_outside_use", "市民税課", None, "子ども政策課", "放課後児童健全育成事務", None,
         ("給与収入額", "就労先名称"), "就労の状況を確かめるため"),
        (16, "external_provision", "国保年金課", None, None, "特定健診を受けていない方に受診を促す業務",
         "株式会社みなとデータサービス", ("氏名", "住所", "受診年度"), None)]


_ONLY_REPORTS_AFTER_THE_AGENDA_LABEL = [
    "第7回東岬村個人情報保護審議会会議録",
    "  1. 日時:令和7年1月21日(火曜日)午後1時30分から午後3時まで",
    "  2. 議題:報告事項 保有個人情報の目的外利用及び外部提供の状況について,個人情報ファイルの届出について",
    "事務局",
    "前回以降に各課から届出のあった目的外利用は2件でございます。",
]


def test_reports_named_after_the_agenda_label_are_no_council_case() -> None:
    assert read("\n".join(_ONLY_REPORTS_AFTER_THE_AGENDA_LABEL)).council_cases == []
