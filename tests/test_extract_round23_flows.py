"""Flow shapes the twenty-third and twenty-fourth blind rounds (realshapes23, realshapes24) taught, on invented
pages of the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows, read

CASES = [
    pytest.param(
        ["台帳の閲覧について",
         "閲覧に出せる事項は、氏名、住所及び性別の3項目で、住民基本台帳法第11条の規定に基づき、"
         "申出を承認した県の機関、統計を取る民間会社及び大学の研究室に閲覧させています。"],
        [(None, "住民基本台帳", body, "external_provision", "law", ("氏名", "住所及び性別"), 2)
         for body in ("県の機関", "統計を取る民間会社", "大学の研究室")],
        id="a-register-shown-to-three-approved-bodies-joined-by-commas-and-oyobi-under-the-register-statute",
    ),
    pytest.param(
        ["住基ネットのしくみ", "",
         "北見沢町では、町民係が住民基本台帳事務で管理している記載事項のうち、氏名、住所とその変更の情報"
         "(確認情報)を、専用回線を通じて東浜県へ通知しています。", "",
         "東浜県に通知された確認情報は、住民基本台帳法に定められた事務のために、手当を支払う国の機関や"
         "全国の共済組合などへ、専用回線を通じて提供されます。"],
        [("町民係", "住民基本台帳事務", "東浜県", "external_provision", "unknown", ("確認情報",), 3),
         (None, "東浜県", "手当を支払う国の機関", "external_provision", "law", ("確認情報",), 5),
         (None, "東浜県", "全国の共済組合", "external_provision", "law", ("確認情報",), 5)],
        id="an-office-notifies-a-prefecture-of-named-data-which-passes-it-on-passive-to-two-bodies-joined-by-ya",
    ),
    pytest.param(
        ["情報公開・個人情報保護の運用状況", "目的外利用・外部提供の主な内容", "主な例は次のとおりです。",
         "- 市民課の住民基本台帳情報を、児童課の児童手当支給事務に利用 7件(法令に基づくもの)",
         "- 防災課の災害時要援護者名簿を、地区の自主防災会に提供 3件(本人同意)",
         "- 市民課の住民基本台帳情報を、南野警察署に提供 2件(捜査関係事項照会)"],
        [("市民課", "住民基本台帳", "児童課", "purpose_outside_use", "law", ("住民基本台帳情報",), 4),
         ("防災課", "災害時要援護者名簿", "地区の自主防災会", "external_provision", "consent",
          ("災害時要援護者名簿",), 5),
         ("市民課", "住民基本台帳", "南野警察署", "external_provision", "law", ("住民基本台帳情報",), 6)],
        id="yearly-report-bullets-a-count-before-the-bracketed-ground-a-ledger-or-list-named-whole-is-the-business",
    ),
    pytest.param(
        ["本人通知の登録", "",
         "この制度は、住民基本台帳法や戸籍法の定めにより戸籍の抄本や住民票の写しを代理人や第三者に交付したときに、"
         "登録した方にその旨をお伝えするものです。"],
        [(None, None, "第三者", "external_provision", "law", ("戸籍の抄本や住民票の写し",), 3)],
        id="certificates-issued-to-third-parties-the-statutes-glued-before-them-by-no-sadame-ni-yori",
    ),
    pytest.param(
        ["自衛官等の募集への協力", "",
         "・大臣からの依頼に基づき、住民係が住民基本台帳から抽出した、その年度中に18歳となる町民の氏名、住所及び"
         "性別の名簿を、紙媒体で自衛隊東浜地方協力本部に提供"],
        [("住民係", "住民基本台帳", "自衛隊東浜地方協力本部", "external_provision", "unknown",
          ("氏名", "住所", "性別"), 3)],
        id="recruitment-bullet-the-persons-listed-told-as-townspeople-of-an-age-before-the-first-item",
    ),
    pytest.param(
        ["証明書の交付と本人通知", "",
         "- 戸籍の附票の写しや除票の写し等は、住民基本台帳法及び戸籍法の要件を満たせば、第三者にも戸籍住民係から"
         "交付されます。"],
        [("戸籍住民係", None, "第三者", "external_provision", "law", ("戸籍の附票の写しや除票の写し等",), 3)],
        id="certificates-issued-passive-by-an-office-to-others-when-the-statutes-conditions-are-met",
    ),
    pytest.param(
        ["災害時避難支援名簿について", "",
         "名簿の内容", "",
         " 町の台帳をもとに、登録された人の次の情報を名簿に載せます。", "",
         " (1)氏名 (2)住所 (3)連絡先 (4)支援が要る理由 (5)その他町長が必要と認める事項", "",
         "名簿の提供先", "",
         " (1)北谷警察署", "",
         " (2)要支援者が暮らしている地区の町内会長や防災会"],
        [(None, "災害時避難支援名簿", body, "external_provision", "unknown",
          ("氏名", "住所", "連絡先", "支援が要る理由"), line)
         for body, line in (("北谷警察署", 11), ("町内会長", 13), ("防災会", 13))],
        id="name-list-items-numbered-on-one-line-after-a-lead-in-a-bullet-of-two-bodies-joined-by-ya",
    ),
    pytest.param(
        ["避難援護名簿登録のご案内",
         "本村では、避難援護名簿を作成し、本人の同意を得て、消防団、駐在所及び老人クラブに名簿情報を提供しています。",
         "登録の対象",
         "※ 氏名・住所・緊急連絡先等の名簿情報を、関係者へ渡すことへの同意が必要です。"],
        [(None, "避難援護名簿", body, "external_provision", "consent", ("氏名", "住所", "緊急連絡先等の名簿情報"), 2)
         for body in ("消防団", "駐在所", "老人クラブ")],
        id="name-list-items-dotted-in-a-note-that-asks-for-consent-below-the-bodies-sentence",
    ),
    pytest.param(
        ["自衛官等の募集事務への協力", "",
         "<本村からの情報の提供>",
         " 北原村では、自衛隊海浜地方協力本部長からの依頼に基づき、住民基本台帳に記録されている方のうち、"
         "翌年度に18歳になる方の氏名及び住所を名簿にまとめ、令和7年4月10日から提供を行います。"
         "自衛隊法施行令第120条に基づくものです。",
         " 提供した名簿は、募集案内の送付のほかには使われません。"],
        [(None, "住民基本台帳", "自衛隊海浜地方協力本部長", "external_provision", "law", ("氏名", "住所"), 4)],
        id="recruitment-provision-told-teikyo-wo-okonau-with-its-start-date-on-the-line-not-the-use-line-below",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_round23_flow_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected


def test_recruitment_start_date_and_cited_article_come_from_the_line_that_tells_the_provision() -> None:
    lines = next(case.values[0] for case in CASES if case.id.startswith("recruitment-provision-told-teikyo"))
    flow = read("\n".join(lines)).flows[0]
    assert (flow.start_date, flow.basis_text) == ("2025-04-10", "自衛隊法施行令第120条")
