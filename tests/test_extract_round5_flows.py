"""Flow shapes the fifth blind round (realshapes5) taught, on invented pages of the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows, read

CASES = [
    pytest.param(
        ["市民のためのQ&A", "- A2-1-1",
         "はい。収納課が軽自動車税事務で保有する所有者の氏名及び車両番号を、環境課が放置車両対策事務で利用しています。"],
        [("収納課", "軽自動車税事務", "環境課", "purpose_outside_use", "unknown", ("所有者の氏名", "車両番号"), 3)],
        id="answer-holder-with-business-and-user-as-subject-of-the-use",
    ),
    pytest.param(
        ["- A2-2-1",
         "しています。地域振興課が移住相談事務で保有する相談者の氏名及び連絡先を、毎年4月に地区の移住支援員に"
         "提供しています。"],
        [("地域振興課", "移住相談事務", "地区の移住支援員", "external_provision", "unknown", ("氏名", "連絡先"), 2)],
        id="answer-provision-with-a-time-before-the-recipient",
    ),
    pytest.param(
        ["第3 提供の範囲",
         "(1) 次に掲げる利用は、相当の理由があるものとして行うことができる。",
         "1) 農政課が農地台帳事務で保有する耕作者の氏名を、観光課の体験農園事務に利用させること。",
         "2) 水道課が給水事務で保有する使用者の連絡先を、防災課の避難所運営事務に利用させること。"],
        [("農政課", "農地台帳事務", "観光課", "purpose_outside_use", "reasonable_grounds", ("耕作者の氏名",), 3),
         ("水道課", "給水事務", "防災課", "purpose_outside_use", "reasonable_grounds", ("使用者の連絡先",), 4)],
        id="sub-items-of-a-notice-let-another-section-use-on-the-lead-in-ground",
    ),
    pytest.param(
        ["次に掲げる利用は、相当の理由があるものとして行うことができる。",
         "ア 農政課が農地台帳事務で保有する耕作者の氏名を、観光課の体験農園事務に利用させること。",
         "イ 水道課が給水事務で保有する使用者の連絡先を、防災課の避難所運営事務に利用させること。",
         "・健康課が予防接種事務で保有する接種履歴を、学務課の学校保健事務で利用すること。"],
        [("農政課", "農地台帳事務", "観光課", "purpose_outside_use", "reasonable_grounds", ("耕作者の氏名",), 2),
         ("水道課", "給水事務", "防災課", "purpose_outside_use", "reasonable_grounds", ("使用者の連絡先",), 3),
         ("健康課", "予防接種事務", "学務課", "purpose_outside_use", "unknown", ("接種履歴",), 4)],
        id="lettered-sub-items-share-the-lead-in-ground-a-bullet-of-another-style-does-not",
    ),
    pytest.param(
        ["(1) 次に掲げる提供は、法第69条第2項第3号の相当の理由があるものとして行うことができる。",
         "1) 市民課が住民基本台帳事務で保有する転入者の氏名を、松風町観光協会が行う歓迎行事のために提供すること。"],
        [("市民課", "住民基本台帳事務", "松風町観光協会", "external_provision", "reasonable_grounds",
          ("転入者の氏名",), 2)],
        id="sub-item-provision-to-the-body-doing-the-purpose",
    ),
    pytest.param(
        ["?B 白樺市における提供",
         "白樺市では、令和4年度から、住民課が住民基本台帳から抽出した満18歳となる者の氏名及び住所を、"
         "自衛隊みずうみ地方協力本部に電子媒体で提供している。提供は自衛隊法施行令第120条に基づく依頼によるものとされる。"],
        [("住民課", "住民基本台帳", "自衛隊みずうみ地方協力本部", "external_provision", "law", ("氏名", "住所"), 2)],
        id="office-and-register-and-the-statute-named-by-the-next-sentence",
    ),
    pytest.param(
        ["- A4-1-1",
         "はい。収納課が軽自動車税事務で保有する所有者の住所を、環境課が放置車両対策事務で利用しています。"
         "これは道路運送車両法(昭和26年法律第185号)第5条の例外として廃棄物処理法(昭和45年法律第137号)第18条に"
         "基づき行うものです。",
         "- A4-1-2",
         "しています。地域振興課が移住相談事務で保有する相談者の氏名を、地区の移住支援員に提供しています。"
         "提供に相当の理由があることから、法第69条第2項第3号を根拠としています。"],
        [("収納課", "軽自動車税事務", "環境課", "purpose_outside_use", "law", ("所有者の住所",), 2),
         ("地域振興課", "移住相談事務", "地区の移住支援員", "external_provision", "reasonable_grounds", ("氏名",), 4)],
        id="answer-naming-the-ground-in-the-next-sentence",
    ),
    pytest.param(
        ["- A5-1", "はい。納税課が市税収納事務で保有する滞納者の氏名を、生活支援課の自立相談事務に提供しています。",
         "(2) 税務課の市民税事務において行う地方税電子申告システムとの結合(地方税法に基づくもの)"],
        [("納税課", "市税収納事務", "生活支援課", "purpose_outside_use", "unknown", ("氏名",), 2),
         ("税務課", "市民税事務", "地方税電子申告システム", "online_connection", "law", (), 3)],
        id="provision-to-a-section-of-the-body-is-a-use-and-a-connection-of-a-section's-business",
    ),
    pytest.param(
        ["第4 電子計算機の結合", "",
         "(1) 福祉課が障害者手帳事務において行う県障害者情報システムとの結合(障害者総合支援法に基づくもの)", "",
         "(2) 学務課が給食費事務において行う口座振替代行業者の端末との結合(柏葉村個人情報保護審議会の"
         "意見を聴いたもの)"],
        [("福祉課", "障害者手帳事務", "県障害者情報システム", "online_connection", "law", (), 3),
         ("学務課", "給食費事務", "口座振替代行業者の端末", "online_connection", "council", (), 5)],
        id="rule-list-of-connections-in-force-with-their-ground",
    ),
    pytest.param(
        ["1", "審議の内容",
         "(1) 市民税課は、軽自動車税事務において保有する納税者の氏名及び車両情報を、納付書の印刷を委託する"
         "有限会社ほしぞら印刷のサーバと電子計算機の結合により送信しようとするものである。"],
        [("市民税課", "軽自動車税事務", "納付書の印刷を委託する有限会社ほしぞら印刷のサーバ", "online_connection",
          "unknown", ("氏名", "車両情報"), 3)],
        id="holder-as-subject-sends-by-connection",
    ),
    pytest.param(
        ["2", "諮問の内容",
         "(1) 市民税課は、軽自動車税事務において保有する納税者の氏名及び車両情報を、印刷を委託する"
         "有限会社ほしぞら印刷のサーバと電子計算機の結合により送信しようとするものである。",
         "(2) また、市民税課は、同じ情報のうち車両情報を除いたものを、県内の共同収納のため、"
         "みなと県地方税共同機構に提供しようとするものである。"],
        [("市民税課", "軽自動車税事務", "印刷を委託する有限会社ほしぞら印刷のサーバ", "online_connection", "unknown",
          ("氏名", "車両情報"), 3),
         ("市民税課", "軽自動車税事務", "みなと県地方税共同機構", "external_provision", "unknown",
          ("氏名", "車両情報"), 4)],
        id="holder-as-subject-gives-the-same-data-to-an-outside-body",
    ),
    pytest.param(
        ["第3条 次に掲げる事務については、本人以外から個人情報を収集するものとする。",
         "(1) 障害支援区分認定事務(障害福祉課が行うもの。医師意見書を、申請者のかかりつけの病院から収集する。)",
         "(2) 保育料算定事務(保育課が行うもの。保護者の課税情報を、転入前の市町村から収集する。)"],
        [(None, "申請者のかかりつけの病院", "障害福祉課", "collection_from_others", "unknown", ("医師意見書",), 2),
         (None, "転入前の市町村", "保育課", "collection_from_others", "unknown", ("課税情報",), 3)],
        id="rule-list-of-collections-from-named-suppliers",
    ),
    pytest.param(
        ["Transcript",
         "資料 第3章 外部提供等の状況 3-1 主な事例 番号 区分 保有する課 保有する事務 利用・提供先 提供する項目 根拠 "
         "1 目的外利用 福祉課 障害者手帳事務 市民課 窓口案内事務 氏名、手帳等級 相当の理由 "
         "2 外部提供 健康課 がん検診事務 北浜市医師会 氏名、検診結果 本人同意 3-2 機関別 実施機関 目的外利用 市長 8"],
        [("福祉課", "障害者手帳事務", "市民課", "purpose_outside_use", "reasonable_grounds", ("氏名", "手帳等級"), 2),
         ("健康課", "がん検診事務", "北浜市医師会", "external_provision", "consent", ("氏名", "検診結果"), 2)],
        id="flow-list-run-into-one-transcript-line",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_flow_shapes_of_the_fifth_round(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected


def test_the_lead_in_of_a_list_of_collections_is_read_with_it() -> None:
    extraction = read("\n".join(CASES[5].values[0]))
    assert [diagnostic.line for diagnostic in extraction.diagnostics] == []


def test_a_run_on_row_shorter_than_its_header_is_a_candidate_not_silence() -> None:
    extraction = read("運用状況\n番号 区分 保有する課 保有する事務 利用・提供先 提供する項目 根拠 "
                      "1 目的外利用 福祉課 障害者手帳事務 市民課 氏名 相当の理由 2 外部提供 健康課 北浜市医師会")
    assert [(f.source_department, f.recipient_department) for f in extraction.flows] == [("福祉課", "市民課")]
    assert any("fewer cells" in diagnostic.message and diagnostic.line == 2 for diagnostic in extraction.diagnostics)


_RUN_ON_MINUTES = [
    "第3回 白浜村個人情報保護審議会 会議録 日時 令和6年2月8日(木) 午前10時から",
    "1 議 題 (1) 諮問第4号 就学援助認定事務に伴う保有個人情報の目的外利用について 【学校教育課】 "
    "(2) 諮問第5号 緊急通報装置設置事業に係る保有個人情報の外部提供について 【高齢福祉課】 "
    "(3) 報告 個人情報取扱事務の登録について 審議の経過 (1) 諮問第4号について 学校教育課長から "
    "税務課が村民税賦課事務で保有する所得額及び福祉課が生活保護事務で保有する受給状況を 就学援助の認定に"
    "利用したい旨の説明があった 審議の結果 原案のとおり承認することとした",
    "2 (2) 諮問第5号について 高齢福祉課長から 高齢者台帳事務で保有する氏名 住所を 装置の保守を受託する"
    "株式会社あおば通信に提供したい 提供は令和6年4月1日から行う旨の説明があった 委員から 契約に再委託の禁止を"
    "明記するよう意見があり 審議の結果 この意見を付して 条例第9条第1項第6号に該当するものとして承認することとした "
    "(3) 報告 個人情報取扱事務の登録について 事務局から報告があった",
]


def test_a_run_on_agenda_gives_numbered_cases_their_holders_and_no_case_for_a_report() -> None:
    extraction = read("\n".join(_RUN_ON_MINUTES))
    assert [case.title for case in extraction.council_cases] == [
        "就学援助認定事務に伴う保有個人情報の目的外利用について",
        "緊急通報装置設置事業に係る保有個人情報の外部提供について"]
    assert [(f.source_department, f.source_business, f.recipient_department, f.recipient_business, f.kind, f.line)
            for f in extraction.flows] == [
        ("税務課", "村民税賦課事務", "学校教育課", "就学援助認定事務", "purpose_outside_use", 2),
        ("福祉課", "生活保護事務", "学校教育課", "就学援助認定事務", "purpose_outside_use", 2),
        ("高齢福祉課", "高齢者台帳事務", None, "緊急通報装置設置事業", "external_provision", 2)]
    assert [case.decision for case in extraction.council_cases] == ["approved", "approved_with_opinion"]
    given = extraction.flows[2]
    assert (given.recipient_external, given.start_date) == ("株式会社あおば通信", "2024-04-01")


@pytest.mark.parametrize(("conclusion", "decision"), [
    ("本件の外部提供は、妥当である。ただし、提供先における管理状況を毎年確認されたい。", "approved_with_opinion"),
    ("本件の外部提供は、妥当である。", "approved"),
])
def test_an_answer_decides_its_one_case_by_its_conclusion(conclusion: str, decision: str) -> None:
    extraction = read("\n".join([
        "答申第3号", "柊町介護保険事業に係る保有個人情報の外部提供について(答申)", "柊町個人情報保護審査会",
        "令和6年7月2日", "1 諮問の内容",
        "(1) 介護保険課は、介護保険事務において保有する要介護者の氏名を、町社会福祉協議会に提供しようとする"
        "ものである。",
        "2 結論", conclusion]))
    assert [case.decision for case in extraction.council_cases] == [decision]



def test_an_answer_judging_item_two_gives_its_flow_the_article() -> None:
    extraction = read("\n".join([
        "答申第3号", "柊町介護保険事業に係る保有個人情報の外部提供について(答申)", "令和6年7月2日", "1 諮問の内容",
        "(1) 介護保険課は、介護保険事務において保有する要介護者の氏名を、町社会福祉協議会に提供しようとする"
        "ものである。", "2 審査会の判断", "(1)については、条例第9条第1項第4号に該当すると認められる。",
        "3 結論", "本件の外部提供は、妥当である。"]))
    assert [(f.recipient_external, f.basis, f.basis_text) for f in extraction.flows if f.recipient_external] == [
        ("町社会福祉協議会", "council", "条例第9条第1項第4号")]


def test_minutes_taking_up_a_numbered_case_below_its_heading_name_its_holders() -> None:
    extraction = read("\n".join([
        "第3回 白浜村個人情報保護審議会 会議録", "日時 令和6年2月8日(木) 午前10時から", "2 議題",
        "(1) 諮問第4号 就学援助認定事務に伴う保有個人情報の目的外利用について 【学校教育課】",
        "(2) 報告 個人情報取扱事務の登録について", "3 審議の経過", "(1) 諮問第4号について",
        "学校教育課長から、税務課が村民税賦課事務で保有する所得額及び福祉課が生活保護事務で保有する受給状況を、"
        "就学援助の認定に利用したい旨の説明があった。",
        "審議の結果、原案のとおり承認することとした。"]))
    assert [(case.title, case.decision) for case in extraction.council_cases] == [
        ("就学援助認定事務に伴う保有個人情報の目的外利用について", "approved")]
    # each flow stands on the first line naming both its ends: where the minutes name the holders
    assert [(f.source_department, f.source_business, f.recipient_business, f.line) for f in extraction.flows] == [
        ("税務課", "村民税賦課事務", "就学援助認定事務", 8), ("福祉課", "生活保護事務", "就学援助認定事務", 8)]
    assert extraction.council_cases[0].flow_ids == [flow.id for flow in extraction.flows]
