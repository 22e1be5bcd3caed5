"""Flow shapes the fifteenth and sixteenth blind rounds (realshapes15, realshapes16) taught, on invented pages of
the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows

CASES = [
    pytest.param(
        ["募集事務への協力について", "1 提供の根拠",
         "防衛省令の定めにより、防衛大臣は自衛隊法施行令第120条に基づき、市町村長に対して募集の資料の提出を"
         "求めることができます。",
         "2 南浦町の取組", "・町広報紙への案内の掲載", "・役場庁舎への掲示", "・相談員の委嘱", "3 名簿の提供",
         "自衛隊南浦地方協力本部からの依頼に基づき、本年度は、住民課が住民基本台帳から抽出した、翌年3月末までに"
         "18歳になる方の氏名、住所及び性別を、電子媒体の一覧により同本部へ提供します。"],
        [("住民課", "住民基本台帳", "自衛隊南浦地方協力本部", "external_provision", "law", ("氏名", "住所", "性別"),
          9)],
        id="provision-on-request-to-the-same-office-named-before-with-the-article-letting-it-ask-above",
    ),
    pytest.param(
        ["自衛官の募集への協力", "", "1 募集事務について", "",
         "自衛官の募集は国から受託した事務の一つで、町はその一部として広報や掲示を行", "",
         "っています。このほか、相談員の委嘱などを通じて、募集への協力を続けています", "",
         "。町が行っている取組は次のとおりです。", "", "・町広報紙への募集案内の掲載", "",
         "・役場庁舎と各出張所への募集ポスターの掲示", "", "2 名簿の提供", "",
         "防衛大臣は、自衛隊法施行令第120条の規定により、市町村長に対し資料の提出を", "",
         "求めることができます。本町では、自衛隊南浦地方協力本部からの依頼に基づき、住", "",
         "民課が住民基本台帳から抽出した、翌年度に18歳になる方の氏名及び住所を、紙の", "",
         "名簿により同本部へ提供しています。", "", "なお、本年度は、18歳の方120人分を提供しました。"],
        [("住民課", "住民基本台帳", "自衛隊南浦地方協力本部", "external_provision", "law", ("氏名", "住所"), 21)],
        id="the-same-provision-wrapped-over-lines-with-blank-lines-between-the-article-in-the-sentence-before",
    ),
    pytest.param(
        ["要配慮者名簿について", "",
         " 村では、災害対策基本法に基づき、南浦村要配慮者名簿に関する条例の定めるところにより、名簿を整えています。",
         "", "名簿の扱い", " 支えが要る方を載せた名簿で、福祉推進課が作成します。",
         " 名簿の情報は、日頃から支援関係者(消防分署・警察署・地区役員会・社会福祉協議会)に提供します。", "",
         "名簿にはどんな情報が載るの?", "", "  • 氏名", "  • 住所", "  • 緊急連絡先"],
        [("福祉推進課", "南浦村要配慮者名簿", body, "external_provision", "law", ("氏名", "住所", "緊急連絡先"), 7)
         for body in ("消防分署", "警察署", "地区役員会", "社会福祉協議会")],
        id="receivers-in-one-bracket-joined-by-middle-dots-the-lists-ordinance-its-maker-and-round-bullets",
    ),
    pytest.param(
        ["要配慮者名簿の提供", "", " 本人の同意を得て、名簿を次の関係者に提供します。", "", "提供する名簿情報", "",
         " 氏名、住所、性別、支援が必要な理由", "", "名簿情報の提供先(避難支援等関係者)", "", "・南浦消防署",
         "・南浦町内会連合会"],
        [(None, "要配慮者名簿", body, "external_provision", "consent", ("氏名", "住所", "性別", "支援が必要な理由"),
          line) for body, line in (("南浦消防署", 11), ("南浦町内会連合会", 12))],
        id="items-on-one-line-under-a-heading-after-a-blank-line",
    ),
    pytest.param(
        ["本文", "住民基本台帳の閲覧の状況", "住民基本台帳(一部の写し)の閲覧は、法令で定める場合に限られます。",
         "(住民基本台帳法第11条)", "閲覧できる項目", "住所、氏名、性別の3項目です。", "令和5年度の状況",
         "閲覧年月日 申出者 利用目的の概要 閲覧した住民の範囲",
         "令和5年6月2日 南浦学院大学 通学手段に関する研究 北地区の20歳の男女",
         "令和5年9月12日 株式会社みなみ調査(委託元:南浦新聞社) 市長選挙の世論調査 市内の18歳以上の男女50名"],
        [(None, "住民基本台帳", "南浦学院大学", "external_provision", "law", ("住所", "氏名", "性別"), 9),
         (None, "住民基本台帳", "株式会社みなみ調査", "external_provision", "law", ("住所", "氏名", "性別"), 10)],
        id="inspections-of-the-register-one-a-line-fields-parted-by-spaces-under-a-header",
    ),
    pytest.param(
        ["証明書の交付をお知らせする制度とは",
         "戸籍の抄本や住民票の写しなどを、代理人や第三者に交付したときに、登録した方へその旨を通知する制度です。",
         "※戸籍の抄本等は、戸籍法や住民基本台帳法の定める理由があれば、第三者も取得できます。", "通知の内容",
         "登録した方の証明書を第三者に交付したときは、お知らせをご自宅へ送ります。"],
        [(None, None, "第三者", "external_provision", "law", ("戸籍の抄本や住民票の写しなど",), 2)],
        id="certificates-issued-to-third-parties-told-once-the-statutes-in-the-note-below",
    ),
    pytest.param(
        ["個人情報の取扱い", "(1)法令による定期的な提供",
         "- 戸籍住民課が住民記録事務で保有する異動情報を、住民基本台帳法に基づき、県住基センターへ専用ネットワーク"
         "システムにより送信しています。",
         "- 税務課が市民税事務で保有する課税の情報を、介護保険法に基づき、南浦広域連合へ提供しています。",
         "- 保険課が国保事務で保有する受診の情報を、高齢者医療確保法に基づき、南浦県国保連合会とオンラインで"
         "結合して送っています。",
         "(2)本人以外からの収集",
         "- 税務課は、市民税事務のため、法務局から登記の情報を、事業所(給与支払者)から給与支払報告書を"
         "収集しています。"],
        [("戸籍住民課", "住民記録事務", "県住基センター", "online_connection", "law", ("異動情報",), 3),
         ("税務課", "市民税事務", "南浦広域連合", "external_provision", "law", ("課税の情報",), 4),
         ("保険課", "国保事務", "南浦県国保連合会", "online_connection", "law", ("受診の情報",), 5),
         (None, "法務局", "税務課", "collection_from_others", "unknown", ("登記の情報",), 7),
         (None, "事業所(給与支払者)", "税務課", "collection_from_others", "unknown", ("給与支払報告書",), 7)],
        id="statute-told-before-the-receiver-sent-through-a-network-and-two-suppliers-of-a-collecting-department",
    ),
    pytest.param(
        ["広報みなみうら 6月号", "◎個人情報の目的外利用 昨年度は、目的外利用が12件ありました。主なものは、"
         "市民課が保有する転入者の情報を学校教育課が就学案内の送付に利用したもの、保育課が保有する"
         "入所児童の情報を同課が給食費の減免に利用したものです。"],
        [("市民課", None, "学校教育課", "purpose_outside_use", "unknown", ("転入者の情報",), 2),
         ("保育課", None, "保育課", "purpose_outside_use", "unknown", ("入所児童の情報",), 2)],
        id="two-named-uses-in-one-sentence-the-second-by-the-holder-itself-told-as-the-same-department",
    ),
    pytest.param(
        ["○南浦町個人情報取扱要領", "第5条 法令に基づき定例的に行う提供は、次に掲げるものとする。",
         "(1) 税務課が軽自動車税事務で保有する所有者の氏名を、選挙管理委員会の投票所整理事務に提供すること。",
         "(2) 福祉課が手当事務で保有する受給者の口座番号を、出納室の支払事務に提供すること。"],
        [("税務課", "軽自動車税事務", "選挙管理委員会", "external_provision", "law", ("所有者の氏名",), 3),
         ("福祉課", "手当事務", "出納室", "external_provision", "law", ("受給者の口座番号",), 4)],
        id="given-to-an-organ-of-the-town-and-its-business-not-an-outside-body",
    ),
    pytest.param(
        ["保護制度のご案内", "(3)法令に基づき定期的に行っている提供",
         "- 健康課が予防接種事務で保有する接種の記録を、感染症の調査のため、南浦県衛生研究所へ提供しています。",
         "(4)本人以外からの収集",
         "- 保育課は、保育所入所事務のため、勤務先から就労証明書を収集しています。"],
        [("健康課", "予防接種事務", "南浦県衛生研究所", "external_provision", "law", ("接種の記録",), 3),
         (None, "勤務先", "保育課", "collection_from_others", "unknown", ("就労証明書",), 5)],
        id="a-heading-naming-the-ground-over-bullets-of-provisions-gives-each-its-basis",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_round15_flow_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected
