"""Two genres whose flows are known before a page is read, read by what the page is about rather than its shape.

A name-list page (避難行動要支援者名簿) hands its list to bodies of a few known kinds; a recruitment page (自衛官募集)
tells one provision, the resident register to the forces. Blind rounds kept bringing shapes of both that the shaped
readers did not know (a footnote run on one line, bodies parted by 「・」 in a bracket, a sentence broken over a PDF's
blank lines, 「同本部」 pointing back). The pages below are invented, one per shape, plus pages that must give none.
"""

from __future__ import annotations

import pytest
from page_shapes import extract, flows

from tadori.ingest.documents.layout.lines import split_lines
from tadori.ingest.documents.text.support_bodies import bodies_named, listed_support_bodies

EXT = "external_provision"


def _recipients(lines: list[str]) -> list[tuple[str | None, str | None, int | None]]:
    return [(flow.source_business, flow.recipient_external, flow.line) for flow in extract(lines).flows]


SUPPORT_LISTS = [
    pytest.param(  # the bodies defined once, in a footnote run on one line
        ["地域で支える要支援者名簿のお知らせ", "同意いただいた方の情報は、避難支援等関係者*1にお渡しします。",
         "*1 避難支援等関係者:北浜市消防本部、北浜警察署、民生委員・児童委員、自主防災組織"],
        [("要支援者名簿", "北浜市消防本部", 3), ("要支援者名簿", "北浜警察署", 3),
         ("要支援者名簿", "民生委員・児童委員", 3), ("要支援者名簿", "自主防災組織", 3)],
        id="footnote-run-on"),
    pytest.param(  # the bodies parted by 「・」 inside the group's bracket, in the sentence that hands the list over
        ["避難行動要支援者名簿", "名簿の情報は、平常時から避難支援等関係者(消防署・消防団・駐在所・区長会)に提供し、"
                               "見守りに役立てます。"],
        [("避難行動要支援者名簿", "消防署", 2), ("避難行動要支援者名簿", "消防団", 2),
         ("避難行動要支援者名簿", "駐在所", 2), ("避難行動要支援者名簿", "区長会", 2)],
        id="dotted-in-bracket"),
    pytest.param(  # one body a bullet under a question, none of the headings a pattern knows; two names as one body
        ["Q1 名簿はだれが持つのですか", "要支援者名簿は、次のところがお預かりします(共有)。", "  ● 西谷市消防本部",
         "  ● 西谷警察署", "  ● 町内会・自治会"],
        [("要支援者名簿", "西谷市消防本部", 3), ("要支援者名簿", "西谷警察署", 4),
         ("要支援者名簿", "町内会・自治会", 5)],
        id="bullets-after-question"),
]

NO_SUPPORT_LIST = [
    pytest.param(["要支援者名簿", "名簿に載るのは、要介護3以上の方、障害者手帳をお持ちの方です。",
                  "消防署、警察署、民生委員と協力して訓練をしています。"], id="no-hand-over-on-the-page"),
    pytest.param(["要支援者名簿の提供", "名簿は本人の同意を得て提供します。", "災害時は消防が駆けつけます。"],
                 id="one-body-in-prose"),
]


@pytest.mark.parametrize(("lines", "expected"), SUPPORT_LISTS)
def test_a_name_list_goes_to_each_support_body_the_page_lists(lines: list[str], expected: list[tuple]) -> None:
    assert _recipients(lines) == expected
    assert {flow.kind for flow in extract(lines).flows} == {EXT}


@pytest.mark.parametrize("lines", NO_SUPPORT_LIST)
def test_support_bodies_not_listed_as_receivers_give_no_flow(lines: list[str]) -> None:
    assert _recipients(lines) == []


def test_bodies_are_parted_outside_brackets_only() -> None:
    assert bodies_named("町会(町会長や班長など)、消防団、松川警察署") == [
        "町会(町会長や班長など)", "消防団", "松川警察署"]
    assert bodies_named("名簿は、本人の同意があれば消防、警察などの関係者へ配布されます。") == ["消防", "警察"]


def test_a_single_bullet_body_is_no_list() -> None:
    lines = split_lines("手順\n・消防本部\n次に、書類を送ります。")
    assert listed_support_bodies(lines, set()) == []


RECRUITMENT = [
    pytest.param(  # a PDF transcript: the office a line above the verb, a blank line inside the sentence
        ["自衛官募集への協力について", "当町では、自衛隊南谷地方協力本部から", "",
         "の依頼に基づき、住民基本台帳から抽出した方の", "氏名、住所及び性別を、紙媒体で提供しています。"],
        [("住民基本台帳", "自衛隊南谷地方協力本部", 5)], id="broken-sentence"),
    pytest.param(  # 「同本部」 points back to the office named earlier in the line
        ["募集対象者情報", "自衛隊東岬地方協力本部からの依頼に基づき、住民基本台帳から抽出した方の氏名を、"
                           "紙の名簿により同本部に提供します。"],
        [("住民基本台帳", "自衛隊東岬地方協力本部", 2)], id="same-office"),
    pytest.param(  # a rule: the head of the municipality hands the information to the minister
        ["○北峰町自衛官等の募集対象者情報の提供に関する要綱", "第1条 この要綱は、町長が防衛大臣へ提出する自衛官等の"
         "募集対象者情報(住民基本台帳に記録されている者の氏名及び住所)について定める。"],
        [("住民基本台帳", "防衛大臣", 2)], id="rule-to-minister"),
]


@pytest.mark.parametrize(("lines", "expected"), RECRUITMENT)
def test_a_recruitment_page_gives_its_provision(lines: list[str], expected: list[tuple]) -> None:
    assert _recipients(lines) == expected


def test_a_recruitment_page_that_does_not_provide_gives_no_flow() -> None:
    assert flows("\n".join(["自衛官募集", "本市は、自衛隊に対し、対象者の名簿を提供していません。"])) == []
