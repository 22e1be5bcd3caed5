"""Council shapes the nineteenth and twentieth rounds (realshapes19-20) taught, on invented pages.

Each case is a small invented page and what the council reader reads of it: the flows (source department, source
business, recipient department, recipient business, kind, items, line) and the cases (title start, decision).
"""

from __future__ import annotations

import pytest
from page_shapes import read

SUMMARY = [
    "第8回南風町個人情報保護審議会の概要",
    "",
    "開催日時",
    "",
    "　令和5年10月2日(月曜日)午前10時から、南風町役場2階会議室で開催しました。",
    "",
    "議題",
    "",
    "　(1)ひとり親家庭医療費助成事業に係る個人情報の目的外利用について(諮問)",
    "　(2)個人情報ファイルの登録について(報告)",
    "",
    "審議の概要",
    "",
    "　議題(1)では、子育て支援課から、助成の対象となる世帯を確認するため、収納課が保有する国民健康保険税の"
    "納付記録を目的外利用したいとの説明がありました。",
    "　あわせて、町民課が保有する戸籍附票の情報(氏名、本籍、転居日)も利用し、案内を郵送するとのことです。",
    "　委員から質問があり、子育て支援課が回答しました。審議の結果、諮問のとおり承認しました。",
]

CASES = [
    pytest.param(
        SUMMARY,
        [("収納課", None, "子育て支援課", "ひとり親家庭医療費助成事業", "purpose_outside_use",
          ("国民健康保険税の納付記録",), 14),
         ("町民課", "戸籍附票", "子育て支援課", "ひとり親家庭医療費助成事業", "purpose_outside_use",
          ("氏名", "本籍", "転居日"), 15)],
        [("ひとり親家庭医療費助成事業", "approved")],
        id="an-agenda-item-summarised-the-department-that-brought-it-uses-what-others-hold-and-also-a-register",
    ),
    pytest.param(
        [
            "第4回東浜市個人情報保護審議会",
            "審議事項",
            "(1)諮問第9号 子ども食堂支援事業に係る個人情報の外部提供について",
            "審議結果",
            "諮問第9号は、審議の結果、利用後に名簿を返還させることを条件として、適当と認める旨を答申しました。",
        ],
        None,
        [("子ども食堂支援事業", "approved_with_opinion")],
        id="approved-on-a-condition-said-as-suitable-is-approved-with-an-opinion",
    ),
]


@pytest.mark.parametrize(("lines", "flows", "cases"), CASES)
def test_council_shapes_of_the_nineteenth_round(lines: list[str], flows: list[tuple] | None,
                                                cases: list[tuple]) -> None:
    document = read("\n".join(lines))
    if flows is not None:
        assert [(f.source_department, f.source_business, f.recipient_department, f.recipient_business, f.kind,
                 tuple(f.items), f.line) for f in document.flows] == flows
    assert [(case.title[:len(title)], case.decision) for case, (title, _) in
            zip(document.council_cases, cases, strict=True)] == [(title, decision) for title, decision in cases]
