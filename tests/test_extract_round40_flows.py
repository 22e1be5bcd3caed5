"""Flow shapes of notices the thirty-ninth and fortieth blind rounds (realshapes39-40) taught, on invented pages of
the same shape: 通知 as the verb of a provision, a provision made when a body asks, a body told before the data.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows

CASES = [
    pytest.param(
        ["住民台帳の連携システム", "", "連携システムで町が知らせる情報", "",
         " 住民窓口課は、住民台帳法に基づき、住民票の記載事項のうち氏名、性別、住所及びこれらの変更情報(確認情報)を、"
         "連携システムを通じて北海県に通知しています。知らされた確認情報は、国の機関等から提供されます。"],
        [("住民窓口課", None, "北海県", "external_provision", "law",
          ("氏名", "性別", "住所及びこれらの変更情報(確認情報)"), 5)],
        id="notice-an-office-notifies-the-prefecture-through-the-network-on-the-statute",
    ),
    pytest.param(
        ["住民台帳の連携について", "",
         "町は、住民台帳法第12条の3の規定により、住民票に記載された氏名、住所及びこれらの変更情報を、西海県知事に"
         "通知しています。",
         "また、町は、町内に住む方が町外へ引っ越す際、転居証明情報を転居先の市区町村長に通知しています。"],
        [(None, None, "西海県知事", "external_provision", "law", ("氏名", "住所及びこれらの変更情報"), 3),
         (None, None, "転居先の市区町村長", "external_provision", "unknown", ("転居証明情報",), 4)],
        id="notice-the-body-itself-notifies-the-governor-and-the-new-municipality-no-end-of-its-own",
    ),
    pytest.param(
        ["連携システムのしくみ", "",
         "(3)市区長は、住民票の記載を行ったときは、確認情報を知事に通知し、知事はこれを県の記録装置に保存します。"],
        [(None, "市区長", "知事", "external_provision", "unknown", ("確認情報",), 3)],
        id="notice-the-heads-of-every-municipality-notify-the-governor-an-outside-party",
    ),
    pytest.param(
        ["2.確認情報の提供について", "",
         "(1)県は、台帳法別表第2に掲げる国の機関等から求めがあったときは、法律で定められた事務の処理に必要な範囲で"
         "確認情報を提供しています。", "",
         "(2)昨年度は、恩給の支給の事務のため東日本共済機構に、延べ3万件の確認情報を提供しました。", "",
         "(3)県の機関では、台帳法別表第4に掲げる事務(免許の交付など)に確認情報を利用しています。"],
        [(None, None, "国の機関等", "external_provision", "law", ("確認情報",), 3),
         (None, None, "東日本共済機構", "external_provision", "law", ("確認情報",), 5)],
        id="notice-provided-when-a-listed-body-asks-and-a-body-told-before-the-data-no-example-as-recipient",
    ),
    pytest.param(
        ["見守り支援者台帳をつくっています", "",
         "町では、避難行動要支援者の避難を支えるため登録制度を始め、町内会と町が協力して見守り台帳を整えています。",
         "災害対策基本法の改正で名簿の作成が義務となりました。そこで、本人の同意を得てつくった避難行動要支援者支援台帳は、"
         "自主防災会長、民生委員・児童委員、見守り協力員、警察署、消防署及び町の関係部署で共有します。"],
        [(None, "避難行動要支援者支援台帳", "自主防災会長", "external_provision", "consent", (), 4),
         (None, "避難行動要支援者支援台帳", "民生委員・児童委員", "external_provision", "consent", (), 4),
         (None, "避難行動要支援者支援台帳", "見守り協力員", "external_provision", "consent", (), 4),
         (None, "避難行動要支援者支援台帳", "警察署", "external_provision", "consent", (), 4),
         (None, "避難行動要支援者支援台帳", "消防署", "external_provision", "consent", (), 4),
         (None, "避難行動要支援者支援台帳", "町の関係部署", "purpose_outside_use", "consent", (), 4)],
        id="youshiensha-holders-run-together-sharing-the-register-the-sentence-names-own-offices-inside",
    ),
    pytest.param(
        ["避難支援の制度", "(1) 避難行動要支援者名簿をつくります",
         "避難行動要支援者名簿は、ふだんは町の関係課が管理し、災害時には要支援者の生命や身体を守るために特に必要が"
         "ある場合に、救助機関(自衛隊、海上保安部等)や避難支援等関係者へ渡し、救助に使います。",
         "(2) 同意者名簿をつくります",
         "名簿に載る方のうち、外部提供に同意した方だけの同意者一覧リストを作成し、避難支援等関係者(自治会、消防団、"
         "民生委員)に提供し、見守りに使います。"],
        [(None, "避難行動要支援者名簿", "自衛隊", "external_provision", "vital_interest", (), 3),
         (None, "避難行動要支援者名簿", "海上保安部", "external_provision", "vital_interest", (), 3),
         (None, "同意者一覧リスト", "自治会", "external_provision", "consent", (), 5),
         (None, "同意者一覧リスト", "消防団", "external_provision", "consent", (), 5),
         (None, "同意者一覧リスト", "民生委員", "external_provision", "consent", (), 5)],
        id="youshiensha-rescue-bodies-in-a-bracket-in-a-disaster-and-the-consenting-list-the-sentence-names",
    ),
    pytest.param(
        ["広報みなと 2025年6月1日号", "3/10", "",
         "3広報みなと 令和7年6月1日号 " + "個人情報保護制度の運用をお知らせします。" * 12 +
         "◎目的外利用・外部提供 6年度に相当の理由があるとして行った目的外利用は12件、外部提供は4件でした。"
         "主なものは、保険年金課が保有する所得情報の後期高齢者医療事務への利用、危機管理課が保有する避難行動要支援者"
         "名簿の北地区防災会への提供などです。表1 開示請求の状況 請求件数 9"],
        [("保険年金課", None, "後期高齢者医療事務", "purpose_outside_use", "reasonable_grounds", ("所得情報",), 4),
         ("危機管理課", "避難行動要支援者名簿", "北地区防災会", "external_provision", "reasonable_grounds",
          ("避難行動要支援者名簿",), 4)],
        id="bulletin-run-into-one-line-the-main-uses-and-provisions-named-as-nouns",
    ),
    pytest.param(
        ["北浜市が自衛隊に名簿 市長「続ける」 [南県]",
         "北浜市の山川一郎市長は5日、自衛官募集の対象となる満18歳の男女の名簿を自衛隊南県地方協力本部に提供して"
         "いることについて「改めない」と述べた。",
         "北浜市の名簿提供は防衛省の依頼によるもので、本年度は5月に900人分を紙で渡した。名簿には氏名、住所、性別、"
         "生年月日が載っている。",
         "市長は、自衛隊法や市の条例に反しないことを挙げ「続けたい」と述べた。"],
        [(None, None, "自衛隊南県地方協力本部", "external_provision", "law", ("氏名", "住所", "性別", "生年月日"), 2)],
        id="jieikan-news-story-items-from-the-sentence-listing-them-and-the-act-the-story-cites",
    ),
    pytest.param(
        ["本人通知の制度", "",
         "戸籍の附票の写しなどは、本人以外の使者や第三者であっても、法律で定める要件を満たせば請求することができます。",
         "",
         "この制度は、あらかじめ登録した方の戸籍の附票の写しなどを第三者に交付したときに、本人にお知らせするものです。"],
        [(None, None, "第三者", "external_provision", "law", ("戸籍の附票の写しなど",), 3)],
        id="notice-certificates-others-may-request-under-the-terms-a-law-sets-the-first-telling",
    ),
    pytest.param(
        ["本人通知の制度", "",
         "この制度は、戸籍の附票の写しなどを、本人の使者や第三者に住民課が交付したときに、登録した方へ郵送で"
         "知らせるものです。",
         "戸籍の附票の写しなどは、戸籍法の定めにより、正当な理由があれば第三者であっても請求することができます。"],
        [("住民課", None, "本人の使者や第三者", "external_provision", "law", ("戸籍の附票の写しなど",), 3)],
        id="notice-certificates-others-may-request-told-after-the-issue-is-its-ground-not-a-second-flow",
    ),
    pytest.param(
        ["自衛官の募集について",
         "東山市では、自衛隊東山地方協力本部長の依頼を受けて、住民課が住民基本台帳から年度中に18歳に達する方を抽出し、"
         "その氏名、住所及び性別を記載した名簿を、紙媒体により自衛隊東山地方協力本部に提供しています。"],
        [(None, "住民基本台帳", "自衛隊東山地方協力本部", "external_provision", "unknown",
          ("氏名", "住所", "性別"), 2)],
        id="jieikan-persons-extracted-then-their-items-pointed-back-to",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_round40_notice_flow_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected
