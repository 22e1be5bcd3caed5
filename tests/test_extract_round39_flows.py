"""Flow shapes the second mending pass of the thirty-fifth to thirty-eighth blind rounds (realshapes35-38) taught,
on invented pages of the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows, read

CASES = [
    pytest.param(
        ["避難行動要支援者名簿の制度", "",
         "名簿に載った方のうち、平常時の情報提供に同意された方の名簿情報を、避難支援等関係者に提供しています。", "",
         "避難支援等関係者", "", "北浦市消防本部、北浦警察署、北浦市社会福祉協議会、市内自治会 そ"],
        [(None, "避難行動要支援者名簿", "北浦市消防本部", "external_provision", "consent", (), 7),
         (None, "避難行動要支援者名簿", "北浦警察署", "external_provision", "consent", (), 7),
         (None, "避難行動要支援者名簿", "北浦市社会福祉協議会", "external_provision", "consent", (), 7),
         (None, "避難行動要支援者名簿", "市内自治会", "external_provision", "consent", (), 7)],
        id="support-bodies-run-on-the-last-one-before-a-word-cut-off-by-the-page-end",
    ),
    pytest.param(
        ["○外部への提供",
         "町が保有する個人情報を町以外の者へ提供したものは21件で、主なものは北川消防署からの火災調査に関する照会への"
         "回答でした。"],
        [(None, None, "北川消防署", "external_provision", "unknown", (), 2)],
        id="report-a-provision-count-whose-main-example-answers-an-outside-bodys-enquiry",
    ),
    pytest.param(
        ["3 情報の共有",
         "東浦県警察が相談を通じて、町内に住み、見守りが必要と認められる高齢者(以下「見守り対象者」という。)を把握した"
         "ときは、町を通じて民生委員等の関係者に当該見守り対象者の個人情報等を提供することについて本人の同意を得たうえ"
         "で、本町へ情報を提供する。"],
        [(None, None, "民生委員等の関係者", "external_provision", "consent", ("見守り対象者の個人情報等",), 2)],
        id="agreement-a-consented-provision-through-the-town-inside-a-long-conditional-sentence",
    ),
    pytest.param(
        ["お願い", "市民の皆さんが、不審な人を見かけたときは、市へ情報を提供してください。"],
        [],
        id="residents-asked-to-tell-the-city-no-collection-from-a-body",
    ),
    pytest.param(
        ["避難行動要支援者名簿への同意のお願い",
         "市では「避難行動要支援者名簿」をつくり、消防団や民生委員等の地域の支援者に前もって提供しています。",
         "名簿を提供するには、ご本人の同意が必要です。", "前もって提供する名簿の情報",
         "(1)氏名、(2)住所、(3)電話番号、(4)支援が必要な理由", "情報の提供先", "・東川市消防団",
         "・東川市社会福祉協議会"],
        [(None, "避難行動要支援者名簿", body, "external_provision", "consent",
          ("氏名", "住所", "電話番号", "支援が必要な理由"), line)
         for body, line in (("民生委員", 2), ("東川市消防団", 7), ("東川市社会福祉協議会", 8))],
        id="name-list-items-numbered-on-one-line-under-a-head-of-what-is-given-beforehand",
    ),
    pytest.param(
        ["自衛官募集の案内、今年も高校生に", "", "自衛隊北浦地方協力本部の募集案内", "",
         "　同本部によると、県内の出張所の広報官が各町の役場に出向き、住民基本台帳から18歳となる人の氏名、住所、"
         "生年月日を書き写しているという。台帳の閲覧は、自衛隊法施行令に基づく募集として認められている。", "",
         "　一方、東浜町は今年度から閲覧をやめ、対象者の氏名と住所を記した宛名ラベルを同本部に提供している。"],
        [(None, "住民基本台帳", "自衛隊北浦地方協力本部", "external_provision", "law", ("氏名", "住所", "生年月日"), 5),
         (None, None, "自衛隊北浦地方協力本部", "external_provision", "unknown", ("記した宛名ラベル",), 7)],
        id="recruitment-news-the-forces-staff-copy-the-register-now-one-town-hands-labels-over-apart",
    ),
]

# The flows a line states whose one end is not named, as the candidate a person completes:
# (line, kind, the end that was read, items).
CANDIDATES = [
    pytest.param(
        ["3 情報の共有",
         "東浦県警察が相談を通じて、町内に住み、見守りが必要と認められる高齢者(以下「見守り対象者」という。)を把握した"
         "ときは、町を通じて民生委員等の関係者に当該見守り対象者の個人情報等を提供することについて本人の同意を得たうえ"
         "で、本町へ情報を提供する。"],
        (2, "collection_from_others", "東浦県警察", ["情報"]),
        id="agreement-the-police-provide-to-the-town-whose-collecting-business-is-unnamed",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_round39_flow_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected


@pytest.mark.parametrize(("lines", "expected"), CANDIDATES)
def test_round39_half_told_flows_are_candidates(lines: list[str], expected: tuple) -> None:
    line, kind, end, items = expected
    assert any(d.line == line and d.candidate and d.candidate.get("kind") == kind
               and end in (d.candidate.get("source_external"), d.candidate.get("recipient_external"))
               and d.candidate.get("items") == items for d in read("\n".join(lines)).diagnostics)
