"""Flow shapes the twenty-ninth and thirtieth blind rounds (realshapes29, realshapes30) taught, on invented pages
of the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows

CASES = [
    pytest.param(
        ["第4 定例の提供", "",
         "1 保育課が行う事務保育課は、保育所入所事務において、北原地区社会福祉協議会に入所児童の氏名、"
         "保護者名及び在籍園を電子媒体で提供する。", "",
         "2 戸籍課が行う事務戸籍課は、住民基本台帳法第30条の8の規定により、本人確認情報を南湖県知事に"
         "専用の通信回線を通じて送信する。", "",
         "3 資産税課が行う事務資産税課は、家屋の課税事務において、地方法務局から登記済通知書により"
         "家屋の所在及び床面積を収集する。"],
        [("保育課", "保育所入所事務", "北原地区社会福祉協議会", "online_connection", "unknown",
          ("入所児童の氏名", "保護者名", "在籍園"), 3),
         ("戸籍課", "住民基本台帳", "南湖県知事", "online_connection", "law", ("本人確認情報",), 5),
         (None, "地方法務局", "資産税課", "collection_from_others", "unknown", ("家屋の所在", "床面積"), 7)],
        id="a-reiki-heading-run-into-its-text-the-receiver-told-before-the-data-a-sending-over-a-line-a-means-paper",
    ),
    pytest.param(
        ["(1)決まって行う提供",
         "- 介護保険課は、要介護認定事務において、認定者の氏名、認定区分を東浜県国民健康保険団体連合会へ"
         "オンラインで提供します。",
         "- 生涯学習課は、公民館事務において、講座受講者の氏名及び連絡先を本人の同意を得て地区公民館運営委員会へ"
         "提供します。"],
        [("介護保険課", "要介護認定事務", "東浜県国民健康保険団体連合会", "online_connection", "unknown",
          ("認定者の氏名", "認定区分"), 2),
         ("生涯学習課", "公民館事務", "地区公民館運営委員会", "external_provision", "consent",
          ("講座受講者の氏名", "連絡先"), 3)],
        id="dash-bullets-a-provision-online-and-one-on-consent-told-between-the-data-and-the-receiver",
    ),
    pytest.param(
        ["令和8年度に18歳になる方へ", "", " 自衛官募集事務に係る名簿の提供について", "", "1 これまでの経緯", "",
         " 北浜町では、自衛隊南湖地方協力本部からの依頼を受け、令和8年度に18歳にな", "",
         "る方の氏名、住所及び性別を記載した名簿を、住民窓口課から電子媒体で提供して", "",
         "います。", "", "2 提供の根拠", "",
         " この提供は、自衛隊法施行令第120条に基づく資料の提出として行うもので、個人", "",
         "情報の保護に関する法律の「法令に基づく場合」に当たる提供として扱っています", "", "。"],
        [("住民窓口課", None, "自衛隊南湖地方協力本部", "external_provision", "law", ("氏名", "住所", "性別"), 7)],
        id="recruitment-wrapped-at-a-fixed-width-the-department-handing-over-two-lines-below-the-office",
    ),
    pytest.param(
        ["自衛官募集に係る名簿の提供について",
         "1.以前の方法",
         "令和2年度までは、自衛隊が住民基本台帳法第11条に基づいて、住民課の窓口で住民基本台帳を閲覧していました。",
         "2.現在の方法",
         "令和3年度から、自衛隊東浜地方協力本部の依頼を受けて、住民課が「氏名」「住所」「性別」を紙で提供してきましたが、"
         "令和7年度からは「氏名」「住所」に限り、宛名シールで提供しています。",
         "3.根拠",
         "自衛隊法施行令第120条"],
        [("住民課", "住民基本台帳", "自衛隊東浜地方協力本部", "external_provision", "law", ("氏名", "住所"), 5)],
        id="recruitment-the-department-the-subject-the-register-inspected-at-its-window-the-items-of-the-latest-year",
    ),
    pytest.param(
        ["避難行動要支援者名簿の提供について", "",
         "町では、ひとりで避難することが難しい方を載せた「避難行動要支援者名簿」を保健福祉課で作り、"
         "自主防災会及び民生委員へ日頃から提供しています。", "",
         "平常時の提供には本人の同意が必要です。", "",
         "2.町から提供先へ提供する情報", "",
         "(1)氏名、住所、性別",
         "(2)支援が必要な理由"],
        [(None, "避難行動要支援者名簿", "自主防災会", "external_provision", "consent",
          ("氏名", "住所", "性別", "支援が必要な理由"), 3),
         (None, "避難行動要支援者名簿", "民生委員", "external_provision", "consent",
          ("氏名", "住所", "性別", "支援が必要な理由"), 3)],
        id="a-heading-naming-the-receivers-word-heads-the-data-given-to-them-not-more-receivers",
    ),
    pytest.param(
        ["(2)本人以外からの収集",
         "- 資産税課は、固定資産税の課税事務において、地方法務局から登記済通知書により家屋の所在を収集します。",
         "※法令に定めがある場合に限ります。",
         "(例)地方税法第382条"],
        [(None, "地方法務局", "資産税課", "collection_from_others", "law", ("家屋の所在",), 2)],
        id="a-collection-bullet-its-ground-in-the-note-below-and-the-statute-of-the-example-after-it",
    ),
    pytest.param(
        ["本人通知制度のご案内",
         "本制度は、戸籍の附票の写しなどの書類を、代理人や第三者(弁護士などの職務上請求を除く。)に住民記録課が"
         "交付した場合に、あらかじめ登録した方へその事実をお知らせするものです。",
         "戸籍の附票の写し等は、住民基本台帳法の定めにより、正当な理由があれば第三者でも請求することができます。"],
        [("住民記録課", None, "代理人や第三者", "external_provision", "law", ("戸籍の附票の写しなどの書類",), 2)],
        id="a-definition-the-holder-named-after-the-receiver-the-statute-told-of-the-same-data-next",
    ),
    pytest.param(
        ["定例的な提供",
         "・ 健康課は、がん検診事務において、受診者の氏名を本人の同意を得た上で、北町医師会へ提供します。",
         "・ 子育て課は、児童手当事務において、受給者の口座情報を指定金融機関へオンラインで提供します。"],
        [("健康課", "がん検診事務", "北町医師会", "external_provision", "consent", ("受診者の氏名",), 2),
         ("子育て課", "児童手当事務", "指定金融機関", "online_connection", "unknown", ("受給者の口座情報",), 3)],
        id="dot-bullets-consent-told-as-ta-ue-de-and-a-provision-online-read-by-the-sentence-reader",
    ),
    pytest.param(
        ["避難行動要支援者名簿について", "",
         "村は「避難行動要支援者名簿」を住民福祉課で作成し、地区長会及び消防分団へ提供しています。", "",
         "3.提供する情報", "",
         "(1)氏名、電話番号",
         "(2)支援に当たって配慮すること"],
        [(None, "避難行動要支援者名簿", "地区長会", "external_provision", "unknown",
          ("氏名", "電話番号", "支援に当たって配慮すること"), 3),
         (None, "避難行動要支援者名簿", "消防分団", "external_provision", "unknown",
          ("氏名", "電話番号", "支援に当たって配慮すること"), 3)],
        id="a-numbered-contents-heading-over-numbered-items-gives-the-list-its-data",
    ),
    pytest.param(
        ["第2 定例的な外部提供",
         "2 市民課が行う事務",
         "市民課は、住民基本台帳法第30条の6の規定により、本人確認情報を北県知事に電気通信回線を通じて送信する。",
         "(1)定例的な提供",
         "- 介護課は、介護保険事務において、認定者の氏名を、南県国民健康保険団体連合会へオンラインにより提供します。",
         "- 障害福祉課は、手帳の事務において、本人の同意を得て、手帳所持者の氏名及び等級を"
         "相談支援事業所に提供します。"],
        [("市民課", "住民基本台帳", "北県知事", "online_connection", "law", ("本人確認情報",), 3),
         ("介護課", "介護保険事務", "南県国民健康保険団体連合会", "online_connection", "unknown", ("認定者の氏名",), 5),
         ("障害福祉課", "手帳の事務", "相談支援事業所", "external_provision", "consent",
          ("手帳所持者の氏名", "等級"), 6)],
        id="the-heading-on-its-own-line-the-register-of-the-statute-online-by-means-consent-told-before-the-data",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_round29_flow_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected
