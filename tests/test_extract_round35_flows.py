"""Flow shapes of notices the thirty-fifth to thirty-eighth blind rounds (realshapes35-38) taught, on invented pages
of the same shape: the partners a bullet list names, each reporting to an office a later sentence names.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows

CASES = [
    pytest.param(
        ["みんなで見守る まち", "南浜町", "", "■見守りの協力", "",
         "▽見守りに協力している事業者", "・南浜郵便局", "・北海乳業 町内販売所", "・株式会社まごころ配食",
         "(3月末時点)", "",
         "見守りに協力している事業者は、配達先で「新聞がたまっている」などの変化に気付いたときは、町の福祉介護課に"
         "連絡します。"],
        [(None, "南浜郵便局", "福祉介護課", "collection_from_others", "unknown", (), 7),
         (None, "北海乳業 町内販売所", "福祉介護課", "collection_from_others", "unknown", (), 8),
         (None, "株式会社まごころ配食", "福祉介護課", "collection_from_others", "unknown", (), 9)],
        id="notice-listed-partners-each-report-to-the-office-the-group-sentence-names",
    ),
    pytest.param(
        ["戸籍附票台帳の閲覧のご案内", "閲覧できるのは、氏名、住所の2項目です。",
         "公用の閲覧(戸籍附票台帳法第8条)", "- 県や市町村の機関が、条例で定める事務のために閲覧する場合。",
         "閲覧の際に示すもの", "- 職員証",
         "私用の閲覧(戸籍附票台帳法第8条の2)",
         "- 世論調査などの学術調査で、公益性が高いと認められるものを行う場合。",
         "- 地域の福祉団体による、住民の見守りに役立つ活動を行う場合。"],
        [(None, "戸籍附票台帳", "県や市町村の機関", "external_provision", "law", ("氏名", "住所"), 4),
         (None, "戸籍附票台帳", "学術調査を行う者", "external_provision", "law", ("氏名", "住所"), 8),
         (None, "戸籍附票台帳", "地域の福祉団体", "external_provision", "law", ("氏名", "住所"), 9)],
        id="inspection-page-each-case-bullet-under-an-article-head-a-provision-of-the-register",
    ),
    pytest.param(
        ["通知制度のしくみ",
         "この制度は、戸籍の附票の写しまたは住民票の除票等を本人の使者や第三者からの請求により交付したとき、"
         "あらかじめ登録した方にその旨を郵送でお伝えするものです。"],
        [(None, None, "第三者", "external_provision", "unknown", ("戸籍の附票の写しまたは住民票の除票等",), 2)],
        id="notice-certificates-issued-on-a-third-party-request-the-requester-the-recipient",
    ),
    pytest.param(
        ["ページの本文", "更新日:2026年1月5日",
         "戸籍附票台帳の一部(3項目:氏名・住所・性別)の写しを綴じた名簿の閲覧は、県や市町村が条例で定める事務の"
         "ために行う場合と、公益性の高い学術調査や福祉団体の活動のために行う場合に限られます。"],
        [(None, "戸籍附票台帳", "県や市町村", "external_provision", "law", ("氏名", "住所", "性別"), 3),
         (None, "戸籍附票台帳", "福祉団体", "external_provision", "law", ("氏名", "住所", "性別"), 3)],
        id="inspection-limited-to-two-cases-in-one-sentence-each-party-a-provision",
    ),
    pytest.param(
        ["協力団体", "▽協力している団体", "・東浜自治会", "・西浜老人クラブ"],
        [],
        id="notice-a-list-of-partners-no-sentence-tells-of-reads-no-flow",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_round35_notice_flow_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected
