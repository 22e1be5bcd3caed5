"""Council shapes the thirty-first to thirty-fourth rounds (realshapes31-34) taught, on invented pages."""

from __future__ import annotations

from page_shapes import read

_WRAPPED_NUMBERED_TITLES = [
    "令和7年度第1回桐ヶ丘町個人情報保護審議会",
    "日 時 令和7年7月3日(木) 午後2時00分~午後3時",
    "次 第",
    "1 開 会",
    "2 議 事",
    "(1)諮問第21号 狂犬病予防注射の集合接種会場運営業務に伴う犬の登録情報の",
    "外部提供について【生活環境課】",
    "(2)諮問第22号 通学路見守り隊支援事業に伴う保有個人情報の目的外利用",
    "及び外部提供について【学校教育課】",
    "3 閉 会",
]


def test_a_numbered_title_wrapped_after_its_particle_goes_on_below_and_the_rest_is_no_case() -> None:
    document = read("\n".join(_WRAPPED_NUMBERED_TITLES))
    assert [(case.line, case.title) for case in document.council_cases] == [
        (6, "狂犬病予防注射の集合接種会場運営業務に伴う犬の登録情報の外部提供について"),
        (8, "通学路見守り隊支援事業に伴う保有個人情報の目的外利用及び外部提供について")]


_BARE_HEADS = [
    "第17回北浜県個人情報保護審議会(議事録)",
    "1.日時",
    "令和6年2月20日(火曜日)午前10時~正午",
    "2.次第",
    "- (1)議事",
    "- 諮問第7号の審議について",
    "- 諮問第8号の審議について",
    "- 諮問第9号の審議について",
    "3.内容",
    "諮問第7号の審議について",
    "- 難病患者就労支援事業における個人情報の外部提供について、疾病対策課より説明を行なった。",
    "- 支援対象者の氏名、連絡先及び希望職種を県就労支援センターへ提供するものである。",
    "- 委員から次の事項などについて意見交換があった。",
    "- 提供先での保存期間について",
    "- 意見を反映した答申案は事務局がまとめ、次の会議で改めて確認することで了承された。",
    "諮問第8号の審議について",
    "- 漁船登録事務において、国の漁船情報システムとオンライン結合することについて、水産振興課より説明を行なった。",
    "- 諮問のとおり承認することで了承された。",
    "諮問第9号の審議について",
    "- 奨学金返還支援事務において、市町村が保有する所得情報を本人以外から収集することについて、"
    "教育総務課より説明を行なった。",
    "- 委員から次の事項などについて質問があった。",
]


def test_cases_under_bare_number_heads_are_titled_by_the_explained_matter_with_its_flows_and_decisions() -> None:
    document = read("\n".join(_BARE_HEADS))
    assert [(case.line, case.date, case.title[:12], case.decision, len(case.flow_ids))
            for case in document.council_cases] == [
        (11, "2024-02-20", "難病患者就労支援事業にお", "unknown", 1),
        (17, "2024-02-20", "漁船登録事務において、国", "approved", 1),
        (20, "2024-02-20", "奨学金返還支援事務におい", "unknown", 1)]
    assert [(f.source_department, f.source_business or f.source_external, f.recipient_department,
             f.recipient_business, f.recipient_external, f.kind, f.items, f.line) for f in document.flows] == [
        ("疾病対策課", None, None, "難病患者就労支援事業", "県就労支援センター", "external_provision",
         ["氏名", "連絡先", "希望職種"], 11),
        ("水産振興課", "漁船登録事務", None, None, "国の漁船情報システム", "online_connection", [], 17),
        (None, "市町村", "教育総務課", "奨学金返還支援事務", None, "collection_from_others", ["所得情報"], 20)]


_NUMBERED_SECTIONS = [
    "第9回東灘県個人情報保護審議会議事録",
    "1.日時",
    "令和3年9月14日(火曜日)午前10時から11時30分まで",
    "2.議題",
    "- 諮問第31号(医療政策課)",
    "個人情報の取扱原則の例外事項について",
    "(「オンライン結合による提供の制限」/医療政策課)",
    "- 諮問第32号",
    "個人情報の取扱原則の例外事項について",
    "(「目的外利用・提供の制限」/畜産課)",
    "- 諮問第33号・34号",
    "個人情報の取扱原則の例外事項について",
    "(「本人収集の原則」/子ども福祉課)",
    "(「目的外利用・提供の制限」/住宅課)",
    "3.議事経過と結果",
    "(1)諮問第31号(救急医療情報システム関連)",
    "事務局及び医療政策課より、条例上の例外事項及び諮問の概要について説明を行なった。",
    "救急医療情報システムにおいて、救急隊員の資格情報を消防庁の全国照会サーバとオンライン結合するものである。",
    "諮問のとおり承認された。",
    "(2)諮問第32号(家畜防疫関連)",
    "畜産課より、家畜防疫対策事業において、中部畜産事務所が保有する飼養者名簿の情報を目的外利用することについて説明を行なった。",
    "(主な質疑)",
    "- 委員",
    "利用する項目は何か。",
    "- 実施機関",
    "氏名、畜舎の所在地及び飼養頭数に限る。",
    "諮問のとおり承認された。",
    "(3)諮問第33号・34号(里親支援・住宅減免関連)",
    "子ども福祉課より、里親認定事務において児童相談所設置市から養育歴に関する情報を収集することについて、"
    "また住宅課より、家賃減免事務において子ども福祉課が保有する里親認定情報を目的外利用することについて説明を行なった。",
]


def test_minutes_sections_by_number_state_each_explained_flow_with_its_holder_and_record() -> None:
    document = read("\n".join(_NUMBERED_SECTIONS))
    assert [(f.source_department, f.source_business or f.source_external, f.recipient_department,
             f.recipient_business or f.recipient_external, f.kind, f.items, f.line) for f in document.flows] == [
        ("医療政策課", "救急医療情報システム", None, "消防庁の全国照会サーバ", "online_connection",
         ["救急隊員の資格情報"], 18),
        ("中部畜産事務所", "飼養者名簿", "畜産課", "家畜防疫対策事業", "purpose_outside_use",
         ["氏名", "畜舎の所在地", "飼養頭数"], 21),
        (None, "児童相談所設置市", "子ども福祉課", "里親認定事務", "collection_from_others",
         ["養育歴に関する情報"], 29),
        ("子ども福祉課", None, "住宅課", "家賃減免事務", "purpose_outside_use", ["里親認定情報"], 29)]


_SPEAKER_TURNS = [
    "第12回若草県個人情報保護審査会会議録",
    "",
    "  1. 日時:令和6年6月4日(火曜日)午前10時から正午まで",
    "  2. 議題:保有個人情報の目的外利用及び外部提供について(諮問第7号・第8号)",
    "",
    "第12回個人情報保護審査会会議録の表",
    "",
    "北川会長",
    "",
    "それでは,諮問第7号「障害児通所給付費支給事務に伴う保有個人情報の目的外利用について」から審議します。",
    "",
    "障害福祉課",
    "",
    "障害福祉課でございます。本件は,住民税課が保有する住民税の課税情報のうち,所得割額及び扶養親族数を,"
    "障害福祉課の障害児通所給付費支給事務において負担上限額の算定に利用するものです。"
    "令和6年10月1日から実施したいと考えております。",
    "",
    "北川会長",
    "",
    "諮問第7号は諮問のとおり認めることとしてよろしいでしょうか。",
    "",
    "(「異議なし」の声あり)",
    "",
    "北川会長",
    "",
    "次に,諮問第8号「私立学校授業料軽減事務に伴う保有個人情報の外部提供について」,私学振興課から説明をお願いします。",
    "",
    "私学振興課",
    "",
    "私学振興課でございます。本件は,私学振興課が授業料軽減の事務で保有する生徒の氏名,学校名及び軽減額を,"
    "一般財団法人若草県教育振興会に提供し,同会が行う",
]


def test_a_speakers_turns_state_a_use_with_its_start_and_a_provision_and_the_agenda_line_only_announces() -> None:
    document = read("\n".join(_SPEAKER_TURNS))
    assert [(case.line, case.date, case.title[:12], case.decision) for case in document.council_cases] == [
        (10, "2024-06-04", "障害児通所給付費支給事務", "approved"),
        (24, "2024-06-04", "私立学校授業料軽減事務に", "unknown")]
    assert [(f.source_department, f.source_business, f.recipient_department, f.recipient_business,
             f.recipient_external, f.kind, f.items, f.reason, f.start_date, f.line) for f in document.flows] == [
        ("住民税課", None, "障害福祉課", "障害児通所給付費支給事務", None, "purpose_outside_use",
         ["所得割額", "扶養親族数"], "負担上限額の算定", "2024-10-01", 14),
        ("私学振興課", "授業料軽減の事務", None, "私立学校授業料軽減事務", "一般財団法人若草県教育振興会",
         "external_provision", ["氏名", "学校名", "軽減額"], None, None, 28)]


_ONE_CASE_EXPLAINED_BELOW = [
    "会議録(令和6年9月3日)",
    "審議会名",
    "",
    "梅ノ木村情報公開・個人情報保護審議会",
    "",
    "開催日時",
    "",
    "令和6年9月3日(火)午前10:00~11:00",
    "",
    "会議の議題",
    "",
    "1.情報公開制度の令和5年度運用状況について(報告)",
    "",
    "2.子育て世帯家事支援事業に伴う保有個人情報の外部提供について(諮問)",
    "",
    "6 議 事",
    "",
    "(1)情報公開制度の令和5年度運用状況について(報告)",
    "",
    "<総務課の説明>",
    "",
    "公文書の開示請求は22件で,全部開示が15件,部分開示が7件でした。",
    "",
    "続きまして,諮問事項について担当の子育て支援課から説明いたします。",
    "",
    "<子育て支援課の説明>",
    "",
    "子育て支援課が児童手当事務で保有する受給者の氏名,住所及び子の人数を,家事支援を委託する事業者に提供し,訪問日程の調整",
]


def test_the_one_cases_title_flow_and_the_explanation_below_are_one_flow_with_the_contractor_whole() -> None:
    document = read("\n".join(_ONE_CASE_EXPLAINED_BELOW))
    assert [(f.source_department, f.source_business, f.recipient_business, f.recipient_external, f.kind, f.items,
             f.line) for f in document.flows] == [
        ("子育て支援課", "児童手当事務", "子育て世帯家事支援事業", "家事支援を委託する事業者", "external_provision",
         ["氏名", "住所", "子の人数"], 28)]
    assert [(case.line, case.date, len(case.flow_ids)) for case in document.council_cases] == [(14, "2024-09-03", 1)]


_WISHES_RETOLD = [
    "令和6年度第2回白鷺台市個人情報保護審議会の会議録",
    "◆開催日時",
    "令和6年11月6日(水曜日)午前10時から正午まで",
    "議題",
    "(1)審議事項",
    "ア 就学援助の認定に伴う保有個人情報の目的外利用について",
    "【学務課、課税課】",
    "イ 防犯灯維持管理事業に係る個人情報の本人以外からの収集について",
    "【地域安全課】",
    "審議の概要",
    "(1)審議事項",
    "ア 就学援助の認定に伴う保有個人情報の目的外利用について",
    "学務課から、援助の要否を判定するため、課税課が保有する住民税の情報(所得割額、均等割額)及び"
    "福祉総務課が保有する生活保護受給情報を目的外利用したい旨の説明があった。審議の結果、適当であると認められた。",
    "イ 防犯灯維持管理事業に係る個人情報の本人以外からの収集について",
    "地域安全課から、故障の連絡体制を整えるにあたり、町内会長から管理担当者の氏名及び電話番号を収集したい旨の説明が",
]


def test_a_departments_wish_retold_under_the_repeated_title_states_each_holders_use_and_a_collection() -> None:
    document = read("\n".join(_WISHES_RETOLD))
    assert [(f.source_department or f.source_external, f.recipient_department, f.recipient_business, f.kind,
             f.items, f.reason, f.line) for f in document.flows] == [
        ("課税課", "学務課", "就学援助の認定", "purpose_outside_use", ["所得割額", "均等割額"],
         "援助の要否を判定するため", 13),
        ("福祉総務課", "学務課", "就学援助の認定", "purpose_outside_use", ["生活保護受給情報"],
         "援助の要否を判定するため", 13),
        ("町内会長", "地域安全課", "防犯灯維持管理事業", "collection_from_others", ["氏名", "電話番号"], None, 15)]


_OFFICERS_TURNS = [
    "第8回緑ヶ原市個人情報保護審議会会議録",
    "",
    "  1. 日時:令和5年6月13日(火曜日)午前10時から正午まで",
    "  2. 議題:(1)諮問第5号 子育てサロン運営事業の実施に伴う保有個人情報の外部提供について",
    "(2)諮問第6号 ひとり暮らし高齢者緊急通報事業に係る保有個人情報の目的外利用について",
    "",
    "真鍋会長",
    "",
    "まず諮問第5号について,担当課から説明をお願いします。",
    "",
    "子育て支援課長",
    "",
    "子育て支援課でございます。サロンは本年7月から地元の団体に委託して行う事業でございまして,委託に当たり,"
    "子育て支援課が保有しております登録者の氏名,住所及び子の年齢を受託事業者に提供するものでございます。",
    "",
    "真鍋会長",
    "",
    "それでは,諮問第5号については,諮問のとおり外部提供を認めることとしてよろしいでしょうか。",
    "",
    "(「異議なし」の声あり)",
    "",
    "真鍋会長",
    "",
    "続いて諮問第6号について,説明をお願いします。",
    "",
    "高齢福祉課長",
    "",
    "高齢福祉課でございます。通報時の安否確認に用いるため,市民課が保有する住民基本台帳の世帯情報と,"
    "介護保険課が保有する要介護認定情報を,高齢福祉課において利用したいというもので",
]


def test_officers_turns_name_the_holders_kept_and_the_user_and_the_chairs_question_assented_below_decides() -> None:
    document = read("\n".join(_OFFICERS_TURNS))
    assert [(case.line, case.decision) for case in document.council_cases] == [(4, "approved"), (5, "unknown")]
    assert [(f.source_department, f.recipient_department, f.recipient_business, f.recipient_external, f.kind,
             f.items, f.line) for f in document.flows] == [
        ("子育て支援課", None, "子育てサロン運営事業", "受託事業者", "external_provision",
         ["氏名", "住所", "子の年齢"], 13),
        ("市民課", "高齢福祉課", "ひとり暮らし高齢者緊急通報事業", None, "purpose_outside_use", ["世帯情報"], 27),
        ("介護保険課", "高齢福祉課", "ひとり暮らし高齢者緊急通報事業", None, "purpose_outside_use",
         ["要介護認定情報"], 27)]


_CIRCLED_WITH_PAPERS = [
    "令和6年度第1回桑原町個人情報保護審議会 次第",
    "日時 令和6年8月20日(火)午後1時30分から",
    "3　議　題",
    "（1）諮問事項",
    "　①　町民プール監視業務の委託に伴う保有個人情報の外部提供について",
    "　　　【生涯学習課】　　　　　　　　　　資料1",
    "　②　就学援助費の認定に係る保有個人情報の目的外利用について",
    "　　　【学校教育課】　　　　　　　　　　資料2",
]


def test_a_circled_items_department_below_beside_its_paper_number_holds_or_uses() -> None:
    document = read("\n".join(_CIRCLED_WITH_PAPERS))
    assert [(f.source_department, f.recipient_department, f.recipient_business, f.kind, f.line)
            for f in document.flows] == [
        ("生涯学習課", None, "町民プール監視業務", "external_provision", 5),
        (None, "学校教育課", "就学援助費の認定", "purpose_outside_use", 7)]


_TAGGED_TURNS = [
    "令和7年度第1回野分町情報公開・個人情報保護審議会",
    "日 時 令和7年5月8日(木) 午後1時30分~午後3時",
    "次 第",
    "2 議 事",
    "(1)諮問第3号 児童見守り事業に伴う保有個人情報の目的外利用について【こども課】",
    "(1)諮問第3号について",
    "(こども課)学校教育課が保有する就学情報を見守り対象児童の抽出に利用するもの。",
    "(会長)それでは諮問のとおり答申することとします。",
]


def test_a_speakers_bracketed_tag_is_no_part_of_the_holder_the_turn_names() -> None:
    document = read("\n".join(_TAGGED_TURNS))
    assert [(f.source_department, f.recipient_department, f.kind) for f in document.flows] == [
        ("学校教育課", "こども課", "purpose_outside_use")]


def test_a_provision_reported_under_the_reports_is_a_flow_on_no_councils_ground() -> None:
    lines = [*_BARE_HEADS, "報告事項", "避難者名簿情報の提供について",
             "- 防災危機管理課より、9月の台風災害の際に避難者名簿の情報を近隣の町村へ提供したことについて"
             "報告を行なった。"]
    document = read("\n".join(lines))
    assert [(f.source_department, f.source_business, f.recipient_external, f.basis, f.reason, f.line)
            for f in document.flows][-1] == ("防災危機管理課", "避難者名簿", "近隣の町村", "unknown",
                                             "9月の台風災害", 24)


def test_an_approval_within_a_limit_is_an_approval_with_opinion() -> None:
    said = _WISHES_RETOLD[12].replace("審議の結果、適当であると認められた。", "審議の結果、生活保護受給情報については、"
                                      "申請者が同意しない場合に限ることとして、適当であると認められた。")
    lines = [*_WISHES_RETOLD[:12], said]
    document = read("\n".join(lines))
    assert [case.decision for case in document.council_cases][0] == "approved_with_opinion"


def test_a_whole_title_flow_takes_its_items_and_contractor_from_the_departments_wish_below() -> None:
    lines = ["令和6年度第4回白鷺台市個人情報保護審議会の会議録", "◆開催日時", "令和7年2月5日(水曜日)午後2時から",
             "議題", "(1)審議事項", "ア 特定健診の受診勧奨業務の委託に伴う保有個人情報の外部提供について",
             "【国保年金課】",
             "審議の概要", "(1)審議事項", "ア 特定健診の受診勧奨業務の委託に伴う保有個人情報の外部提供について",
             "国保年金課から、勧奨はがきの印刷及び発送を民間事業者に委託するため、対象者の氏名、住所及び"
             "健診の受診歴を受託事業者へ提供したい旨の説明があった。審議の結果、適当であると認められた。"]
    document = read("\n".join(lines))
    assert [(f.source_department, f.recipient_business, f.recipient_external, f.items, f.line)
            for f in document.flows] == [
        ("国保年金課", "特定健診の受診勧奨業務", "受託事業者", ["氏名", "住所", "健診の受診歴"], 6)]


def test_what_the_receiving_department_gives_on_carries_the_items_said_before_the_body() -> None:
    lines = ["令和7年度第2回野分町情報公開・個人情報保護審議会", "日 時 令和7年8月7日(木) 午後1時30分~午後3時",
             "2 議 事", "(1)諮問第4号 避難支援ネットワーク事業に伴う保有個人情報の目的外利用及び外部提供について"
             "【防災課】", "(1)諮問第4号について",
             "(防災課)障害福祉課が保有する手帳情報を支援対象者の抽出に利用し、抽出した方の氏名、住所、"
             "連絡先を自主防災組織に提供するもの。"]
    document = read("\n".join(lines))
    assert sorted((f.kind, f.source_department, f.recipient_department or f.recipient_external, tuple(f.items))
                  for f in document.flows) == [
        ("external_provision", "防災課", "自主防災組織", ("氏名", "住所", "連絡先")),
        ("purpose_outside_use", "障害福祉課", "防災課", ("手帳情報",))]
