"""Flow shapes the thirteenth and fourteenth blind rounds (realshapes13, realshapes14) taught, on invented pages of
the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows, read

from tadori.ingest.documents.text.general_clause import general_flows

CASES = [
    pytest.param(
        ["個人情報の利用及び提供の状況(令和6年度)", "(単位:件)",
         "種別 | 情報を持つ課 | 事務 | 提供・利用先 | | 提供した項目 | 根拠 |",
         "---|---|---|---|---|---|---|---|",
         "課又は相手方 | 事務又は目的 | |||||",
         "目的外利用 | 保険年金課 | 国民年金事務 | 地域包括ケア課 | 高齢者見守り事務 | 受給者の氏名・住所 | 本人同意 |",
         "環境課 | 犬の登録事務 | 防災危機管理課 | 避難所運営事務 | 飼い主の氏名・電話番号 | 相当の理由 | ||",
         "外部提供 | 学務課 | 就学援助事務 | 県教育事務所 | 就学援助の調査 | 認定者の氏名 | 法令に基づく |",
         "市民課 | 戸籍事務 | 南浦地方法務局 | 戸籍の照合 | 届出人の氏名・本籍 | 法令に基づく | ||",
         "注:", "- 1 . 空いた区分は上の行と同じです。"],
        [("保険年金課", "国民年金事務", "地域包括ケア課", "purpose_outside_use", "consent",
          ("氏名", "住所"), 6),
         ("環境課", "犬の登録事務", "防災危機管理課", "purpose_outside_use", "reasonable_grounds",
          ("氏名", "電話番号"), 7),
         ("学務課", "就学援助事務", "就学援助の調査", "external_provision", "law", ("認定者の氏名",), 8),
         ("市民課", "戸籍事務", "戸籍の照合", "external_provision", "law", ("届出人の氏名", "本籍"), 9)],
        id="pipe-table-header-over-two-lines-rows-dropping-their-merged-first-cell",
    ),
    pytest.param(
        ["利用の状況", "種別 | 保有課 | 事務 | 利用先の課 | 利用先の事務 | 利用した項目 |", "---|---|---|---|---|---|",
         "目的外利用 | 市民課 | 戸籍事務 | 年金課 | 国民年金事務 | 届出人の氏名 |",
         "税務課 | 軽自動車税事務 | 環境課 | 放置車両対策事務 | 所有者の住所 | ||",
         "外部提供 | 学務課 | 就学事務 | 南浦市PTA連合会 | 見守り事業 | 児童の学年 |"],
        [("市民課", "戸籍事務", "年金課", "purpose_outside_use", "unknown", ("届出人の氏名",), 4),
         ("税務課", "軽自動車税事務", "環境課", "purpose_outside_use", "unknown", ("所有者の住所",), 5),
         ("学務課", "就学事務", "見守り事業", "external_provision", "unknown", ("児童の学年",), 6)],
        id="pipe-table-one-header-line-a-row-dropping-its-merged-first-cell-and-rows-after-it",
    ),
    pytest.param(
        ["案件名南浦市 電子計算機の結合について", "", "公開内容", "",
         "南浦市/結合について 閉じる 閉じる ホーム > 市政 > 結合について 更新日:2025年1月6日ここから本文です。 "
         "南浦市では次のとおり電子計算機を結合しています。提供1事務の名称介護保険料賦課事務保有課介護保険課"
         "結合の相手方県後期高齢者医療広域連合提供する項目被保険者番号、所得段階根拠介護保険法(法令に基づく)"
         "開始日令和7年1月6日提供2事務の名称図書館貸出事務保有課中央図書館結合の相手方有限会社ほしぞら電算"
         "(図書館システム運用業務の受託者)提供する項目利用者の氏名、貸出履歴根拠南浦市個人情報保護審議会の答申"
         "(令和6年11月2日)開始日令和7年2月1日お問い合わせ 電話"],
        [("介護保険課", "介護保険料賦課事務", "県後期高齢者医療広域連合", "online_connection", "law",
          ("被保険者番号", "所得段階"), 5),
         ("中央図書館", "図書館貸出事務", "図書館システム運用業務", "online_connection", "council",
          ("氏名", "貸出履歴"), 5)],
        id="numbered-entries-of-labels-glued-to-their-values-on-one-flattened-line",
    ),
    pytest.param(
        ["外部提供の一覧", "ホーム > 市政 > 外部提供 ここから本文です。事務の名称児童手当事務保有課こども課提供先"
         "南浦市民生委員協議会提供する項目受給者の氏名、住所根拠本人同意事務の名称犬の登録事務保有課環境課提供先"
         "公益社団法人南浦獣医師会提供する項目飼い主の氏名根拠相当の理由 ページの先頭へ"],
        [("こども課", "児童手当事務", "南浦市民生委員協議会", "external_provision", "consent", ("氏名", "住所"), 2),
         ("環境課", "犬の登録事務", "公益社団法人南浦獣医師会", "external_provision", "reasonable_grounds",
          ("飼い主の氏名",), 2)],
        id="entries-of-glued-labels-each-opened-by-the-same-first-label-with-no-number",
    ),
    pytest.param(
        ["南浦市、情報の提供が前年より増える",
         "南浦市はこのほど、個人情報の取扱状況をまとめた。目的外利用は9件(前年度7件)だった。主な目的外利用は、"
         "国保年金課が国民健康保険事務で保有する被保険者の氏名を健康推進課が特定健診勧奨事務に利用したもの"
         "(相当の理由)、市民課が戸籍事務で保有する死亡者の氏名を介護保険課が資格喪失事務に利用したもの"
         "(法令に基づく)。主な外部提供は、高齢福祉課が敬老事務で保有する高齢者の氏名・住所を南浦市老人クラブ"
         "連合会に提供したもの(本人同意)、税務課が市民税賦課事務で保有する所得額を南浦税務署に提供したもの"
         "(法令に基づく)となっている。"],
        [("国保年金課", "国民健康保険事務", "健康推進課", "purpose_outside_use", "reasonable_grounds",
          ("被保険者の氏名",), 2),
         ("市民課", "戸籍事務", "介護保険課", "purpose_outside_use", "law", ("死亡者の氏名",), 2),
         ("高齢福祉課", "敬老事務", "南浦市老人クラブ連合会", "external_provision", "consent", ("氏名", "住所"), 2),
         ("税務課", "市民税賦課事務", "南浦税務署", "external_provision", "law", ("所得額",), 2)],
        id="news-prose-listing-the-main-cases-each-ending-with-its-ground-in-brackets",
    ),
    pytest.param(
        ["南浦市情報公開審査会 答申のまとめ", "",
         "答申 ○諮問第3号(防災訓練の案内に係る目的外利用について) (内容) ・市民課が住民記録事務で保有する"
         "高齢者の氏名・住所を、危機管理課が防災訓練事務に目的外利用する ・危機管理課が防災訓練事務で保有する"
         "参加者の氏名を、訓練運営業務の受託者である株式会社みなみ企画に外部提供する (答申)令和7年5月9日 "
         "・認めることが適当(条例第8条第3項) ○諮問第4号(商店街の催しに係る外部提供について) (内容) "
         "・税務課が課税事務で保有する事業者の名称・所在地を、南浦商店会連合会の販促事業に外部提供する "
         "(答申)令和7年5月9日 ・連合会が自ら会員を募れるため、外部提供を認めることは適当でない"],
        [("市民課", "住民記録事務", "危機管理課", "purpose_outside_use", "council", ("高齢者の氏名", "住所"), 3),
         ("危機管理課", "防災訓練事務", "訓練運営業務", "external_provision", "council", ("氏名",), 3)],
        id="slide-answers-on-one-line-inline-bullets-one-statement-each-a-refused-one-no-flow",
    ),
    pytest.param(
        ["南浦市では、高齢者の安否確認のためとして、", "",
         "・介護保険課の要介護認定事務の認定者(約1,200人)、", "",
         "・高齢福祉課の緊急通報装置貸与事務の利用者 約300人", "", "の", "",
         "・氏名、", "", "・住所、", "", "・緊急連絡先を、", "",
         "南浦市民生委員児童委員協議会の訪問活動事業に提供し、名簿を配っています。", "", " ", "",
         "市に聞くと、本人の同意を得て提供しているという回答でした。"],
        [("介護保険課", "要介護認定事務", "訪問活動事業", "external_provision", "consent",
          ("氏名", "住所", "緊急連絡先"), 3),
         ("高齢福祉課", "緊急通報装置貸与事務", "訪問活動事業", "external_provision", "consent",
          ("氏名", "住所", "緊急連絡先"), 5)],
        id="one-sentence-over-bullet-lines-holders-then-items-then-the-recipient-the-ground-told-below",
    ),
    pytest.param(
        ["市では、", "・税務課が市民税事務で保有する納税者の", "・氏名、", "・住所を、",
         "保育課の入所調整事務に利用しています。", "", "・福祉課(障害者福祉事務)の手帳所持者の", "・氏名を、",
         "南浦消防組合の救急事業に提供しています(本人同意)。"],
        [("税務課", "市民税事務", "保育課", "purpose_outside_use", "unknown", ("氏名", "住所"), 2),
         ("福祉課", "障害者福祉事務", "救急事業", "external_provision", "consent", ("氏名",), 7)],
        id="bullet-statements-a-use-by-a-department-and-a-provision-each-with-its-own-ground",
    ),
    pytest.param(
        ["情報の使い方のいま", "別の目的に使うとき",
         "令和7年4月1日から、市民課が住民記録事務でお預かりしている転出者の氏名を、図書館が利用者管理事務で"
         "貸出カードを止めるために使っています。",
         "市の外へお渡ししているもの",
         "防災課では、避難支援事務でお預かりしている氏名と住所を、同意をいただいた方に限って、各地区の自治会と"
         "消防団にお渡ししています。",
         "また、水道課は、検針事務でお預かりしている使用者の氏名を、検針を任せている南浦メーター株式会社へ、"
         "専用回線でつないだシステムを通して毎月お渡ししています。",
         "よそから集めるとき",
         "保育課は、入所事務で、勤務先から就労証明を、医療機関から診断書を、それぞれいただいています。"],
        [("市民課", "住民記録事務", "図書館", "purpose_outside_use", "unknown", ("転出者の氏名",), 3),
         ("防災課", "避難支援事務", "各地区の自治会", "external_provision", "consent", ("氏名と住所",), 5),
         ("防災課", "避難支援事務", "消防団", "external_provision", "consent", ("氏名と住所",), 5),
         ("水道課", "検針事務", "検針", "online_connection", "unknown", ("使用者の氏名",), 6),
         (None, "勤務先", "保育課", "collection_from_others", "unknown", ("就労証明",), 8),
         (None, "医療機関", "保育課", "collection_from_others", "unknown", ("診断書",), 8)],
        id="everyday-words-for-holding-using-handing-over-and-receiving-under-everyday-headings",
    ),
    pytest.param(
        ["お知らせ",
         "市民課では、住民記録事務でお預かりしている転入者の氏名を、南浦ガス株式会社へ毎月お送りしています。",
         "保険課は、健診事務で、医療機関から受診結果を、ご提供いただいています。"],
        [("市民課", "住民記録事務", "南浦ガス株式会社", "external_provision", "unknown", ("転入者の氏名",), 2),
         (None, "医療機関", "保険課", "collection_from_others", "unknown", ("受診結果",), 3)],
        id="everyday-words-sending-every-month-and-data-given-by-a-supplier",
    ),
    pytest.param(
        ["審議会 会議録", "",
         "保険課長;保険課です。健診の予約を受け付けるため、保険課の特定健診事務において、県が運営する予約サイトから"
         "受診者の氏名、電話番号を取得します。あわせて、取得した予約データを健診システムの運用を受託している"
         "南浦データ株式会社のサーバとオンラインで結合して管理します。"],
        [("保険課", "特定健診事務", "健診システムの運用", "online_connection", "unknown", ("取得した予約データ",), 3),
         (None, "予約サイト", "保険課", "collection_from_others", "unknown", ("受診者の氏名", "電話番号"), 3)],
        id="a-collection-from-a-site-then-a-connection-going-on-from-the-holder-just-named",
    ),
    pytest.param(
        ["会議の概要", "",
         " 図書館から、図書館貸出事務で保有する利用者の氏名及び貸出履歴を、新しい電子書籍サービスを提供する"
         "株式会社ほしよみに提供し、同社のクラウドサーバとオンラインで結合して貸出を行うとの説明があった。"],
        [("図書館", "図書館貸出事務", "株式会社ほしよみ", "external_provision", "unknown",
          ("利用者の氏名", "貸出履歴"), 3),
         ("図書館", "図書館貸出事務", "株式会社ほしよみのクラウドサーバ", "online_connection", "unknown",
          ("利用者の氏名", "貸出履歴"), 3)],
        id="a-department-explains-a-provision-to-a-company-described-by-a-verb-and-a-link-to-its-server",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_round13_flow_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected


def test_prefecture_office_in_a_provision_row_is_an_outside_party() -> None:
    page = "\n".join([
        "区分 | 保有課 | 事務 | 提供先 | 項目 |",
        "---|---|---|---|---|",
        "外部提供 | 税務課 | 課税事務 | 県税務指導課 | 所得額 |",
    ])
    (flow,) = read(page).flows
    assert (flow.recipient_department, flow.recipient_external) == (None, "県税務指導課")


def test_middle_dots_spaced_apart_in_a_pdf_still_part_one_list() -> None:
    page = "お知らせ\n税務課が課税事務で保有する氏名 ・ 住所 ・ 生年月日を、福祉課の手当事務で利用する。"
    assert flows(page) == [("税務課", "課税事務", "福祉課", "purpose_outside_use", "unknown",
                            ("氏名", "住所", "生年月日"), 2)]


def test_a_members_view_that_a_use_is_not_appropriate_refuses_nothing() -> None:
    page = ("会議録\n税務課が課税事務で保有する氏名を、福祉課の手当事務で利用する。"
            "委員から、それは適当でないとの意見があった。")
    assert [flow[:3] for flow in flows(page)] == [("税務課", "課税事務", "福祉課")]


def test_a_planned_provision_is_still_the_sentences_verb() -> None:
    said = general_flows("保険課は、健診事務において、受診者の氏名を、南浦医師会に提供する予定です。", 2, "")
    assert [(flow.source_department, flow.source_business, flow.recipient_external) for flow in said] == [
        ("保険課", "健診事務", "南浦医師会")]


def test_the_period_a_report_covers_is_no_start() -> None:
    page = ("お知らせ\n令和5年4月1日から令和6年3月31日までの間、市民課は、住民記録事務でお預かりしている氏名を、"
            "南浦医師会にお渡ししました。")
    assert [(flow.recipient_external, flow.start_date) for flow in read(page).flows] == [("南浦医師会", None)]
