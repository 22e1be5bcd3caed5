"""Flow shapes the twenty-fifth and twenty-sixth blind rounds (realshapes25, realshapes26) taught, on invented
pages of the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows, read

CASES = [
    pytest.param(
        ["○北沢町定例的な情報の受渡しに関する要綱", "",
         "第2 定例的な受渡し", "",
         "(1) 福祉課が保有する児童扶養手当事務の受給者の氏名及び口座情報を、母子及び父子並びに寡婦福祉法に基づき、"
         "県母子福祉センターへ提供すること。"],
        [("福祉課", "児童扶養手当事務", "県母子福祉センター", "external_provision", "law",
          ("受給者の氏名", "口座情報"), 5)],
        id="a-business-told-after-hoyu-suru-before-the-data-and-a-statute-with-ni-glued-before-the-receiver",
    ),
    pytest.param(
        ["第3 提供の範囲", "",
         "(2) 長寿支援課が保有する配食サービス事業の利用者名簿を、見守りネットワーク運営業務の受託法人へ提供すること"
         "(相当の理由があるとき)。"],
        [("長寿支援課", "配食サービス事業", "見守りネットワーク運営業務", "external_provision", "reasonable_grounds",
          ("利用者名簿",), 3)],
        id="the-contractor-of-a-business-named-as-the-business-no-jutaku-hojin",
    ),
    pytest.param(
        ["定例的な利用", "",
         "(4) 収納課が保有する軽自動車税事務の納税義務者情報を、本人の同意を得て、交通政策課の免許返納支援事務に"
         "利用すること。"],
        [("収納課", "軽自動車税事務", "交通政策課", "purpose_outside_use", "consent", ("納税義務者情報",), 3)],
        id="a-use-with-the-consent-told-between-the-data-and-the-user",
    ),
    pytest.param(
        ["(2)外部提供の主な内容",
         "・戸籍係が保有する戸籍の附票の情報を、法令に基づき家庭裁判所へ提供"],
        [("戸籍係", None, "家庭裁判所", "external_provision", "law", ("戸籍の附票の情報",), 2)],
        id="a-provision-told-horei-ni-motozuki-without-a-comma-before-the-receiver",
    ),
    pytest.param(
        ["定例的な提供先",
         "南浜町が保有する個人情報は、法律に定めがある場合を除き、町の外部へ出すことはできません。ただし、次の1から3"
         "については、個人情報保護審議会の意見を聴いたうえで、毎年同じ相手へ提供しています。",
         "- 住民係が住民基本台帳事務で保有する新成人の氏名を、式典案内の発送を委託する南浜町文化振興財団へ"
         "提供しています。",
         "- 福祉係が保有する要介護者の氏名を、高齢者の配食事業を行う一般社団法人はまかぜへ提供しています。"],
        [("住民係", "住民基本台帳事務", "式典案内の発送", "external_provision", "council", ("新成人の氏名",), 3),
         ("福祉係", None, "高齢者の配食事業", "external_provision", "council", ("要介護者の氏名",), 4)],
        id="bullets-under-a-lead-of-two-sentences-whose-second-puts-them-to-the-council-the-work-commissioned-or-done",
    ),
    pytest.param(
        ["固定資産課税台帳の一部の写しの閲覧",
         "地方税法の規定により、東岡町の固定資産課税台帳の一部の写しは、申出があった場合に閲覧できます。",
         "閲覧の結果",
         "- 令和5年度は、東岡土地家屋調査士会が境界確認のため、町内に土地を持つ方の氏名、住所及び地番を閲覧しました。",
         "- また、県立湖南大学農学研究室が、耕作放棄地の調査の対象を選ぶため、農地所有者の氏名を閲覧しました。"],
        [(None, "固定資産課税台帳", "東岡土地家屋調査士会", "external_provision", "law", ("氏名", "住所", "地番"), 4),
         (None, "固定資産課税台帳", "県立湖南大学農学研究室", "external_provision", "law", ("氏名",), 5)],
        id="inspections-of-the-register-a-page-is-about-told-in-the-past-under-its-statute",
    ),
    pytest.param(
        ["定例的な提供",
         "- 市民係が住民基本台帳事務で保有する新入学児童の氏名と生年月日を、西谷町子ども会連合会へ提供しています。"],
        [("市民係", "住民基本台帳事務", "西谷町子ども会連合会", "external_provision", "unknown",
          ("新入学児童の氏名", "生年月日"), 2)],
        id="two-items-joined-by-to",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_round25_flow_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected


def test_contractor_is_the_receiving_party_and_the_business_it_runs_the_recipient_business() -> None:
    lines = next(case.values[0] for case in CASES if case.id.startswith("the-contractor-of"))
    flow = read("\n".join(lines)).flows[0]
    assert (flow.recipient_business, flow.recipient_external) == ("見守りネットワーク運営業務", "受託法人")


def test_what_the_receiver_is_commissioned_with_or_does_is_its_business_or_the_reason() -> None:
    lines = next(case.values[0] for case in CASES if case.id.startswith("bullets-under-a-lead"))
    first, second = read("\n".join(lines)).flows
    assert (first.recipient_business, first.recipient_external) == ("式典案内の発送", "南浜町文化振興財団")
    assert (second.reason, first.basis_text) == ("高齢者の配食事業", "個人情報保護審議会の意見を聴いたうえで")


def test_a_rules_purpose_clause_is_no_unread_flow() -> None:
    page = read("○南野村情報取扱要綱\n第1 趣旨\nこの要綱は、南野村の各課が行う保有個人情報の目的外利用及び外部提供の"
                "手続について、必要な事項を定める。")
    assert page.flows == [] and page.diagnostics == []
