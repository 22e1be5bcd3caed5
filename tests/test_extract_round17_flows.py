"""Flow shapes the seventeenth and eighteenth blind rounds (realshapes17, realshapes18) taught, on invented pages of
the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows

CASES = [
    pytest.param(
        ["本文", "災害時要配慮者名簿をつくります", "名簿を地区の支援者へお渡しするには、ご本人の同意が要ります。",
         "名簿に載る方", "(1)80歳以上の一人暮らしの方", "(2)要介護4または5の方", "あらかじめ提供する名簿情報",
         "(1)氏名、(2)住所、(3)連絡先、(4)支援が要る理由", "名簿の提供先", "次の団体等の避難支援者",
         "(1)北浜町内会", "(2)北浜消防署", "(3)北浜地区社会福祉協議会", "提供を受けた団体等には、"],
        [(None, "災害時要配慮者名簿", body, "external_provision", "consent",
          ("氏名", "住所", "連絡先", "支援が要る理由"), line)
         for body, line in (("北浜町内会", 11), ("北浜消防署", 12), ("北浜地区社会福祉協議会", 13))],
        id="receivers-one-per-numbered-line-below-a-group-line-items-numbered-on-one-line-consent-to-hand-over",
    ),
    pytest.param(
        ["証明書の交付をお知らせする仕組み", "", "お知らせ制度とは", "",
         "戸籍の謄抄本や住民票の写しなどの書類を、本人や同じ戸籍の方以外の請求者(第三者)に交付したとき、"
         "登録された方へ交付の事実を通知する仕組みです。", "", "留意事項", "",
         "  • 登録された方に、交付を止めてよいかを確かめる仕組みではありません",
         "  • 戸籍の謄抄本や住民票の写しなどの書類は、正当な理由があれば第三者も請求できることが「戸籍法」や"
         "「住民基本台帳法」に定められています"],
        [(None, None, "第三者", "external_provision", "law", ("戸籍の謄抄本や住民票の写しなどの書類",), 5)],
        id="issue-to-a-bracketed-third-party-in-a-when-clause-the-statutes-in-a-later-bullet-give-its-ground",
    ),
    pytest.param(
        ["登録型お知らせ制度", "", "お知らせ制度とは、戸籍の附票や住民票の写しなどを第三者等に交付したときに、"
         "登録した方へ、交付の事実を封書でお伝えする制度です。", "", "第三者等とは", "", "  1. 代理人"],
        [(None, None, "第三者等", "external_provision", "unknown", ("戸籍の附票や住民票の写しなど",), 3)],
        id="issue-to-third-parties-and-others-inside-the-defining-sentence-no-law-named",
    ),
    pytest.param(
        ["(3)主な外部提供", "", "提供した課所", "提供先", "提供した情報", "目的", "収納課", "北浜町",
         "滞納者の氏名", "滞納処分の照会", "保健予防課", "北浜県立病院", "検診の結果", "精密検査の案内",
         "注)提供の件数は延べ数です。"],
        [("収納課", None, "北浜町", "external_provision", "unknown", ("滞納者の氏名",), 7),
         ("保健予防課", None, "北浜県立病院", "external_provision", "unknown", ("検診の結果",), 11)],
        id="a-provision-table-flattened-one-cell-a-line-four-header-cells-then-four-cells-a-row",
    ),
    pytest.param(
        ["○南浦町自衛官募集に係る対象者名簿の提供に関する要綱", "", "(定義)", "",
         "第2条 この要綱において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。", "",
         "(1) 対象者名簿情報 本町の住民基本台帳に記録されている者のうち、募集の対象となる年齢の者の氏名、住所及び"
         "性別をいう。", "",
         "(2) 資料提出依頼 自衛隊法施行令(昭和29年政令第179号)第120条の規定により、防衛大臣が町長に対して行う"
         "資料の提出の依頼をいう。", "", "(提供の方法)", "",
         "第3条 町長は、資料提出依頼を受けたときは、住民課において対象者名簿情報を抜き出した一覧表を作成し、"
         "電子媒体により自衛隊南浦地方協力本部長に提供するものとする。"],
        [("住民課", "住民基本台帳", "自衛隊南浦地方協力本部長", "external_provision", "law", ("氏名", "住所", "性別"),
          13)],
        id="a-rule-article-naming-defined-terms-the-data-term-gives-items-and-register-the-request-term-the-statute",
    ),
    pytest.param(
        ["第99回国会", "質問第八号 名簿提供に関する質問主意書",
         "南浦市議会では、議員が「本市は自衛隊からの依頼に応じて、二十歳になる市民の名簿を提供していると聞いて"
         "おります。根拠をお示しください。」と質した。これに対し市長は、「本市では、自衛隊法施行令第百二十条に"
         "基づく防衛大臣からの依頼を受け、住民基本台帳をもとに対象者の氏名及び生年月日を印刷したラベルを作成し、"
         "自衛隊南浦地方協力本部に提供しております。」と答弁している。"],
        [(None, "住民基本台帳", "自衛隊南浦地方協力本部", "external_provision", "law", ("氏名", "生年月日"), 3)],
        id="a-quoted-answer-tells-the-provision-the-question-only-heard-of-it-article-in-kanji-numerals",
    ),
    pytest.param(
        ["提供の内容", "保有課", "提供先", "提供した情報", "市民課", "北浜税務署", "転出者の住所", "福祉課",
         "北浜社会福祉協議会", "見守り対象者の氏名"],
        [("市民課", None, "北浜税務署", "external_provision", "unknown", ("転出者の住所",), 5),
         ("福祉課", None, "北浜社会福祉協議会", "external_provision", "unknown", ("見守り対象者の氏名",), 8)],
        id="a-heading-with-a-role-word-right-above-the-header-labels-is-not-a-label",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_round17_flow_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected
