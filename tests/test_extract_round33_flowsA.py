"""Flow shapes of notices and operation reports the thirty-first to thirty-fourth blind rounds (realshapes31-34)
taught, on invented pages of the same shape: the holder told inside the sentence, the register the data is kept in,
the items a bracket after the data's name lists.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows

CASES = [
    pytest.param(
        ["証明書の交付をお知らせする制度", "制度の説明",
         "登録された方の住民票の写しや戸籍の附票などを戸籍住民課が第三者に交付した場合に、登録者へその旨を"
         "はがきでお知らせします。"],
        [("戸籍住民課", None, "第三者", "external_provision", "unknown", ("住民票の写しや戸籍の附票など",), 3)],
        id="notice-the-office-issuing-told-as-the-subject-between-the-certificates-and-the-third-party",
    ),
    pytest.param(
        ["お知らせ制度のご案内",
         "住民票の写しや戸籍の抄本などを、白紙委任状を持参した代理人や第三者に交付したときに、あらかじめ登録した"
         "方へ交付の事実を郵送します。"],
        [(None, None, "白紙委任状を持参した代理人", "external_provision", "unknown",
          ("住民票の写しや戸籍の抄本など",), 2),
         (None, None, "第三者", "external_provision", "unknown", ("住民票の写しや戸籍の抄本など",), 2)],
        id="notice-a-described-party-and-the-third-party-each-a-recipient",
    ),
    pytest.param(
        ["定例的な提供", "",
         "(1)保険課が保有する国民健康保険の被保険者台帳の情報(氏名,住所,資格取得日)を,保険料の通知のため,"
         "北浜県国民健康保険団体連合会に提供しています。(根拠:国民健康保険法第113条)", "",
         "(2)税務課が保有する固定資産の課税情報(所有者名,評価額)を,土地改良の賦課のため,南野土地改良区に"
         "提供しています。(根拠:本人の同意)"],
        [("保険課", "国民健康保険の被保険者台帳", "北浜県国民健康保険団体連合会", "external_provision", "law",
          ("氏名", "住所", "資格取得日"), 3),
         ("税務課", None, "南野土地改良区", "external_provision", "consent", ("所有者名", "評価額"), 5)],
        id="held-clause-the-register-named-before-its-bracketed-items-the-ground-labelled-in-a-closing-bracket",
    ),
    pytest.param(
        ["住基ネットの仕組み", "",
         "住民窓口課が管理する住民票の情報のうち、氏名・住所・性別を、法律で定められた県の機関へ提供することで、"
         "届出の際の添付書類が不要になります。"],
        [("住民窓口課", "住民票", "県の機関", "external_provision", "law", ("氏名", "住所", "性別"), 3)],
        id="explainer-the-office-managing-the-register-told-inside-the-object-the-recipients-a-law-names",
    ),
    pytest.param(
        ["運用状況のお知らせ", "○提供の状況",
         "外部提供は9件でした。主な外部提供は、農業委員会が保有する農家台帳の情報を、農地調査のため北浜県農業会議に"
         "提供したもの、及び保健課が保有する乳児健診の結果を、発達支援のため東町療育センターに提供したものです。",
         "また、本人以外からの収集の主なものは、介護課が要介護認定のため、主治医から心身の状況を記した意見書を"
         "取得したものです。"],
        [("農業委員会", "農家台帳", "北浜県農業会議", "external_provision", "unknown", (), 3),
         ("保健課", None, "東町療育センター", "external_provision", "unknown", ("乳児健診の結果",), 3),
         (None, "主治医", "介護課", "collection_from_others", "unknown", ("心身の状況を記した意見書",), 4)],
        id="report-two-example-provisions-in-one-sentence-the-purpose-glued-before-the-body-a-collection-by-an-office",
    ),
    pytest.param(
        ["協定", "東原市防犯見回りに関する連携協定書",
         "北星ガス株式会社(以下「甲」という。)と東原市(以下「乙」という。)は、次のとおり協定を締結する。",
         "(連携事項)",
         "第2条 甲は、検針業務の中で異変に気付いたときは、乙の窓口である地域安全課に、その世帯の住所及び様子を"
         "連絡するものとする。",
         "(情報の提供)",
         "第3条 乙は、甲の連絡を受けて行った訪問の結果のうち、甲が今後の検針を行うために必要なものを、本人の同意を"
         "得て甲に伝えることができる。",
         "第4条 甲及び乙は、知り得た個人情報を第三者に提供してはならない。"],
        [(None, "北星ガス株式会社", "地域安全課", "collection_from_others", "unknown", ("その世帯の住所", "様子"), 5),
         (None, None, "北星ガス株式会社", "external_provision", "consent", ("訪問の結果",), 7)],
        id="agreement-the-parties-by-their-letters-the-outside-party-reports-the-body-tells-back-on-consent",
    ),
    pytest.param(
        ["住基ネットのしくみ", "1 住民基本台帳", "住民基本台帳は、次のような事務の基礎です。",
         "・国民健康保険の資格の確認", "・学齢簿の作成",
         "2 住基ネット",
         "町村長は、転入届を受理したときは、その都度、本人確認情報を南海県知事に通知します。",
         "南海県では、県デジタル推進課が県サーバを管理し、町村から通知された本人確認情報の記録、保存及び提供を"
         "行っています。",
         "3 提供先",
         "県は、住民基本台帳法別表に規定する事務を処理する以下の機関に、住基ネットにより本人確認情報を提供しています。",
         "・全国農業年金基金(年金の給付に関する事務)",
         "・南海県人事委員会(職員の採用試験に関する事務)",
         "・南海県の"],
        [(None, "町村長", "南海県知事", "external_provision", "unknown", ("本人確認情報",), 7),
         ("県デジタル推進課", "県サーバ", "全国農業年金基金", "external_provision", "law", ("本人確認情報",), 11),
         ("県デジタル推進課", "県サーバ", "南海県人事委員会", "external_provision", "law", ("本人確認情報",), 12)],
        id="explainer-receivers-listed-under-the-sentence-the-keeper-of-the-server-above-a-head-notifying-a-governor",
    ),
    pytest.param(
        ["健康づくりの取組", "町は、本人の同意を得て、次の団体に特定健診の結果を提供しています。",
         "・東浦地区医師会", "・町保健推進員協議会"],
        [(None, None, "東浦地区医師会", "external_provision", "consent", ("特定健診の結果",), 3),
         (None, None, "町保健推進員協議会", "external_provision", "consent", ("特定健診の結果",), 4)],
        id="receivers-listed-under-a-sentence-on-consent-no-statute-no-keeper",
    ),
    pytest.param(
        ["災害時支援者名簿について", "町は、本人の同意を得て、次の団体に名簿情報を提供しています。",
         "・西浦自治会", "・民生委員"],
        [(None, "災害時支援者名簿", "西浦自治会", "external_provision", "consent", (), 3),
         (None, "災害時支援者名簿", "民生委員", "external_provision", "consent", (), 4)],
        id="a-name-lists-receivers-listed-under-a-sentence-stay-the-name-lists",
    ),
    pytest.param(
        ["配食時の安否確認に関する協定書",
         "西日本配食株式会社(以下「甲」という。)と東山町(以下「乙」という。)は、次のとおり協定を締結する。",
         "第3条 乙は、甲に対して、配食の対象者の氏名及び住所を提供するものとする。",
         "第4条 甲は、配達時に異変を発見したときは、速やかに乙に報告するものとする。",
         "第5条 甲は、前条の異変の内容を乙に報告する。",
         "第6条 甲は、乙から提供を受けた個人情報を第三者に提供しないものとする。"],
        [(None, None, "西日本配食株式会社", "external_provision", "unknown", ("配食の対象者の氏名", "住所"), 3),
         (None, "西日本配食株式会社", "配食時の安否確認", "collection_from_others", "unknown",
          ("前条の異変の内容",), 5)],
        id="agreement-the-receiver-before-the-data-an-object-of-another-verb-and-a-refusal-no-flow",
    ),
    pytest.param(
        ["令和6年度の運用状況", "目的外利用は12件でした。主な目的外利用は、資産税課が保有する家屋の課税情報を、"
         "環境課が空家の把握のため利用したもの、及び住民課が保有する住民票の情報を、危機管理課が避難所の運営のため"
         "利用したものです。"],
        [("資産税課", None, "環境課", "purpose_outside_use", "unknown", ("家屋の課税情報",), 2),
         ("住民課", "住民票", "危機管理課", "purpose_outside_use", "unknown", (), 2)],
        id="report-two-example-uses-in-one-sentence-the-using-office-the-subject-what-for-after-it",
    ),
    pytest.param(
        ["運用状況の公表", "主な外部提供は、介護保険課が保有する要介護認定の結果を、西部広域連合へ提供したもの、並びに"
         "納税課が保有する滞納の情報を、東浜税務署へ提供したものです。",
         "また、本人以外からの収集の主なものは、納税課が徴収のため、年金事務所から年金の支払額を取得したもの、"
         "及び子ども課が手当の認定のため、他の市町村から所得の情報を取得したものです。"],
        [("介護保険課", None, "西部広域連合", "external_provision", "unknown", ("要介護認定の結果",), 2),
         ("納税課", None, "東浜税務署", "external_provision", "unknown", ("滞納の情報",), 2),
         (None, "年金事務所", "納税課", "collection_from_others", "unknown", ("年金の支払額",), 3),
         (None, "他の市町村", "子ども課", "collection_from_others", "unknown", ("所得の情報",), 3)],
        id="report-example-provisions-joined-by-narabini-example-collections-joined-by-oyobi",
    ),
    pytest.param(
        ["住基ネットの概要", "住民窓口課が管理する住民票の情報のうち、4情報(氏名・住所・性別・生年月日)を、"
         "法律で定められた国の機関へ提供しています。", "本人通知のご案内",
         "住民票の写しや戸籍の附票を、代理人や第三者へ交付した場合、登録者に通知します。"],
        [("住民窓口課", "住民票", "国の機関", "external_provision", "law", ("氏名", "住所", "性別", "生年月日"), 2),
         (None, None, "第三者", "external_provision", "unknown", ("住民票の写しや戸籍の附票",), 4)],
        id="the-items-a-picked-terms-bracket-lists-certificates-issued-to-the-third-party-with-he",
    ),
    pytest.param(
        ["証明書交付のお知らせ制度", "概要",
         "町が戸籍の附票の写しなど(※1)を本人以外の第三者(※2)へ交付したとき、その旨を登録者に郵送で知らせる制度です。",
         "※1 戸籍の附票の写しなどとは、附票の写しと住民票の写しをいいます。"],
        [(None, None, "第三者", "external_provision", "unknown", ("戸籍の附票の写しなど",), 3)],
        id="notice-the-body-itself-the-subject-note-marks-after-the-certificates-and-the-third-party",
    ),
    pytest.param(
        ["お知らせ", "町は、6月3日、北浜南警察署と「見守りに関する協定書」を締結しました。",
         "警察署が把握している保護歴のある人の情報を町が受け取るとともに、家族が事前に登録した町の「おかえり"
         "ネットワーク登録情報」を警察署へ提供することで、早期の発見につなげます。"],
        [(None, "おかえりネットワーク", "北浜南警察署", "external_provision", "unknown",
          ("おかえりネットワーク登録情報",), 3)],
        id="news-an-exchange-with-the-police-in-one-sentence-the-provision-read-the-collection-reported",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_round33_notice_and_report_flow_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected
