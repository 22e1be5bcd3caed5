"""Flow shapes the tenth blind round (realshapes10) taught, on invented pages of the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows, read

CASES = [
    pytest.param(
        ["ファイル簿の公表", "町が保有するファイルの一覧は次のとおりです。",
         "・犬の登録ファイル(環境衛生課) 記録項目:飼い主の氏名、犬の名前 収集方法:本人からの申請、獣医師からの報告"
         " 経常的提供先:北斗保健所、北斗県動物愛護センター",
         "・町民プール利用者ファイル(生涯学習課) 記録項目:氏名、年齢 収集方法:本人からの申込み 経常的提供先:なし"],
        [("環境衛生課", "犬の登録ファイル", "北斗保健所", "external_provision", "unknown",
          ("飼い主の氏名", "犬の名前"), 3),
         ("環境衛生課", "犬の登録ファイル", "北斗県動物愛護センター", "external_provision", "unknown",
          ("飼い主の氏名", "犬の名前"), 3),
         (None, "獣医師", "環境衛生課", "collection_from_others", "unknown", (), 3)],
        id="filebo-one-bullet-line-a-file-label-value-pairs-parted-by-spaces-none-gives-nothing",
    ),
    pytest.param(
        ["次の事務では、町の電子計算機と町以外の電子計算機を通信回線で結合しています。",
         "事務 |", "結合先 |", "提供する情報 |", "根拠 |", "---|---|---|---|",
         "国民年金事務(保険年金課) |", "日本年金機構 |", "資格の得喪 |", "国民年金法 |",
         "水道料金事務(上下水道課) |", "株式会社北斗信用金庫 |", "口座番号 |", "本人同意 |",
         "以下の業務は、本人以外からも個人情報を収集する業務です。",
         "業務名 |", "収集先 |", "収集した情報 |", "根拠法令 |", "---|---|---|---|",
         "就学援助事務(学校教育課) |", "他の市町村、北斗県 |", "所得額 |", "学校教育法 |",
         "問い合わせ先 総務課"],
        [("保険年金課", "国民年金事務", "日本年金機構", "online_connection", "law", ("資格の得喪",), 7),
         ("上下水道課", "水道料金事務", "株式会社北斗信用金庫", "online_connection", "consent", ("口座番号",), 11),
         (None, "他の市町村", "学校教育課", "collection_from_others", "law", ("所得額",), 21),
         (None, "北斗県", "学校教育課", "collection_from_others", "law", ("所得額",), 21)],
        id="pipe-tables-flattened-one-cell-a-line-a-statute-named-alone-is-law-two-suppliers-in-one-cell",
    ),
    pytest.param(
        ["9月定例会 一般質問 通告書", "1)個人情報の扱い", "1、外部への提供",
         "@市民課は、住民記録事務で保有する転入者の氏名を、本人同意により、生活ガイドを発行する株式会社ナギサ出版に"
         "提供しているが、同意書の保管はどうしているのか",
         "A防災課の避難支援システムと、委託先である一般社団法人みなと会の相談窓口とを通信回線で結合し、避難行動要支援者"
         "名簿を閲覧させているが、閲覧の記録は残しているか",
         "2、庁内での利用",
         "@学校給食課は、給食費徴収事務のため、子育て支援課が保有する児童手当の受給情報を目的外に利用しているが、"
         "保護者に知らせたか"],
        [("市民課", "住民記録事務", "株式会社ナギサ出版", "external_provision", "consent", ("転入者の氏名",), 4),
         ("防災課", "避難支援システム", "一般社団法人みなと会", "online_connection", "unknown",
          ("避難行動要支援者名簿",), 5),
         ("子育て支援課", None, "学校給食課", "purpose_outside_use", "unknown", ("児童手当の受給情報",), 7)],
        id="premises-of-questions-marks-of-lost-circled-numbers-a-join-that-lets-see-the-user-named-first",
    ),
    pytest.param(
        ["審議の結果", "1.諮問第4号 学童保育事務における保有個人情報の目的外利用について",
         "　学童保育課が学童保育事務において、税務課が市民税事務で保有する保護者の所得額を利用するもの。"
         "令和6年5月9日の審議会において適当と答申しました。"],
        [("税務課", "市民税事務", "学童保育課", "purpose_outside_use", "council", ("保護者の所得額",), 3)],
        id="a-summary-item-the-user-named-first-with-its-business-the-holder-after",
    ),
    pytest.param(
        ["登録簿の異動", "", "新たに登録した事務", "", "補聴器購入助成事務(高齢福祉課)", "",
         "令和6年7月1日に登録しました。助成の可否を決めるため、申請した高齢者の氏名、住所及び聴力の程度を、"
         "本人及び耳鼻咽喉科医から収集します。", "",
         "登録内容を変更した事務", "", "放課後児童クラブ事務(こども課)", "",
         "令和6年9月1日に変更しました。利用料の算定のため、記録項目に「保護者の所得額」を追加し、"
         "収集先に住民税課を追加しました。"],
        [(None, "耳鼻咽喉科医", "高齢福祉課", "collection_from_others", "unknown",
          ("氏名", "住所", "聴力の程度"), 7),
         ("住民税課", None, "こども課", "purpose_outside_use", "unknown", ("保護者の所得額",), 13)],
        id="business-sub-headings-a-named-supplier-after-the-data-another-section-added-as-a-source",
    ),
    pytest.param(
        ["目的外利用・外部提供の状況", "令和6年度の外部提供は1件でした。",
         " ・子育て課が保有する妊婦の氏名及び電話番号を、北湊地区医師会の求めに応じて、産前訪問のため提供しました。"
         "(本人同意)"],
        [("子育て課", None, "北湊地区医師会", "external_provision", "consent", ("妊婦の氏名", "電話番号"), 3)],
        id="given-at-a-bodys-request-the-asking-body-receives-the-purpose-kept",
    ),
    pytest.param(
        ["諮問案件と答申",
         "1.諮問第8号 配食サービス事業に係る保有個人情報の外部提供について",
         "　福祉課が障害福祉事務で保有する手帳所持者の氏名及び住所、並びに保険課が後期高齢者医療事務で保有する"
         "被保険者の氏名及び電話番号を、配食を行う北湊町社会福祉協議会に提供するもの。"
         "令和6年8月1日の審議会において、諮問のとおり適当と答申しました。"],
        # the recipient's business is the title's project; whose data it is (「手帳所持者の」) is no item
        [("福祉課", "障害福祉事務", "配食サービス事業", "external_provision", "council", ("氏名", "住所"), 3),
         ("保険課", "後期高齢者医療事務", "配食サービス事業", "external_provision", "council",
          ("氏名", "電話番号"), 3)],
        id="two-holders-joined-by-narabini-each-a-provision-the-recipient-after-what-it-does",
    ),
    pytest.param(
        ["審議の結果", "", "諮問第2号", "",
         " 保険課が国民健康保険事務で保有する世帯主の所得額を、福祉課が住宅改修助成事務において助成額の算定に利用する"
         "ものです。委員から意見があり、担当課が了承したうえで、諮問のとおり承認されました。"],
        [("保険課", "国民健康保険事務", "福祉課", "purpose_outside_use", "council", ("世帯主の所得額",), 5)],
        id="a-result-paragraph-the-clause-first-then-what-the-council-did-with-it",
    ),
    pytest.param(
        ["諮問案件と答申", "1.諮問第9号 水道料金収納事務の委託について",
         "　上下水道課が水道料金事務で保有する使用者の氏名及び口座番号を、収納業務を受託する株式会社アオバ収納に"
         "提供するもの。令和6年5月20日の審議会において、意見を付さず適当と答申しました。"],
        [("上下水道課", "水道料金事務", "株式会社アオバ収納", "external_provision", "council",
          ("氏名", "口座番号"), 3)],
        id="a-yearly-summary-item-the-council-answered-in-the-next-sentence",
    ),
    pytest.param(
        ["電子計算機の結合", "| 業務 |", "| 接続先 |", "| 提供する情報 |", "|---|---|---|",
         "| 児童手当事務(こども課) |", "| 北湊県 |", "| 受給者の氏名 |", "お問い合わせ"],
        [("こども課", "児童手当事務", "北湊県", "online_connection", "unknown", ("受給者の氏名",), 6)],
        id="stacked-cells-each-between-pipes-a-rule-of-three-columns",
    ),
    pytest.param(
        ["以下の業務では、町の電子計算機と国の電子計算機を回線でつなぐオンライン接続を行っています。",
         "業務 |", "提供先 |", "提供する情報 |", "---|---|---|",
         "国民年金事務(保険年金課) |", "日本年金機構 |", "資格の得喪 |", "以上"],
        [("保険年金課", "国民年金事務", "日本年金機構", "online_connection", "unknown", ("資格の得喪",), 6)],
        id="stacked-cells-a-plain-recipient-column-the-paragraph-above-says-the-computers-are-joined",
    ),
    pytest.param(
        ["一般質問", "②市民課は、住民記録事務で保有する転入者の氏名を、本人同意により、地域情報誌を発行する"
         "株式会社ユウナギ社に提供しているとのことだが、その同意はどのように得ているのか。",
         "③こども課は、児童手当事務のため、税務課が保有する保護者の所得額を利用していると聞くが、周知しているか。"],
        [("市民課", "住民記録事務", "株式会社ユウナギ社", "external_provision", "consent", ("転入者の氏名",), 2),
         ("税務課", None, "こども課", "purpose_outside_use", "unknown", ("保護者の所得額",), 3)],
        id="premises-heard-or-reported-circled-numbers-read-as-digits",
    ),
    pytest.param(
        ["状況",
         "・消防課が保有する要援護者の氏名を、北湊消防組合からの依頼を受けて、救急搬送のため提供しました。(相当の理由)",
         "・福祉課が障害福祉事務で保有する手帳所持者の氏名、並びに保険課が国保事務で保有する被保険者の住所を、"
         "北湊町社会福祉協議会に提供します。(本人同意)"],
        [("消防課", None, "北湊消防組合", "external_provision", "reasonable_grounds", ("要援護者の氏名",), 2),
         ("福祉課", "障害福祉事務", "北湊町社会福祉協議会", "external_provision", "consent", ("手帳所持者の氏名",), 3),
         ("保険課", "国保事務", "北湊町社会福祉協議会", "external_provision", "consent", ("被保険者の住所",), 3)],
        id="given-on-a-bodys-request-two-holders-in-one-itemised-clause",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_flow_shapes_of_the_tenth_round(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected


def test_two_holders_joined_by_narabini_give_both_to_the_body_that_acts() -> None:
    page = read("\n".join(CASES[6].values[0]))
    assert [(f.source_department, f.recipient_external) for f in page.flows] == [
        ("福祉課", "北湊町社会福祉協議会"), ("保険課", "北湊町社会福祉協議会")]


def test_a_file_whose_regular_recipient_is_none_gives_no_flow() -> None:
    page = read("\n".join(["ファイル簿", "・町営墓地使用者ファイル(環境課) 記録項目:氏名、住所 収集方法:本人からの申請 "
                            "経常的提供先:なし"]))
    assert page.flows == [] and [file.name for file in page.files] == ["町営墓地使用者ファイル"]


def test_a_bullet_label_over_its_clause_is_the_purpose() -> None:
    page = read("\n".join(["目的外利用", "  • 防災訓練の参加者名簿の作成",
                            "    地域振興課が自治会事務で保有する会長の氏名を、防災課が防災訓練事務に利用しました。"
                            "(相当の理由)",
                            "  • 次の項目"]))
    assert [(f.recipient_department, f.reason, f.basis) for f in page.flows] == [
        ("防災課", "防災訓練の参加者名簿の作成", "reasonable_grounds")]


def test_a_status_reports_introduction_is_no_unread_flow() -> None:
    page = read("\n".join([
        "目的外利用等の状況",
        " 個人情報の保護に関する法律に基づき、令和6年度に町の機関が行った保有個人情報の外部提供の状況を"
        "お知らせします。",
        "  • 健診の案内",
        "    健康課が健診事務で保有する受診者の氏名を、北町医師会に提供しました。(本人同意)"]))
    assert [diagnostic.line for diagnostic in page.diagnostics] == []
    assert [(f.recipient_external, f.reason) for f in page.flows] == [("北町医師会", "健診の案内")]


def test_the_bodys_rule_for_all_its_data_is_no_unread_flow() -> None:
    page = read("\n".join(["個人情報の取扱い",
                           "町が保有する個人情報は、法令に定めがあるときを除き、本人から集め、目的の範囲で利用しています。"]))
    assert page.flows == [] and page.diagnostics == []
