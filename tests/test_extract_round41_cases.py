"""Council shapes the forty-first and forty-second rounds (realshapes41-42) taught, on invented pages."""

from __future__ import annotations

import pytest
from page_shapes import read

_BULLETIN_ANSWERS = [
    (  # a day with no year, the chair's words approving with a rider: the opinion
        ["三井沢町防犯カメラ映像の提供について答申",
         "九月三日、三井沢町個人情報保護審議会の宮城正吾会長から玉城町長に「防犯カメラ映像の警察署への提供について」"
         "が答申されました。",
         "宮城会長は、「慎重に審議した結果、事件の捜査のために映像を提供することは適当であると判断しました。"
         "ただし、提供の記録を残し、保存期間を過ぎた映像は消去するよう申し添えます。」と述べて答申書を手渡しました。"],
        [(2, None, "防犯カメラ映像の警察署への提供について", "approved_with_opinion")]),
    (  # a full date before the subject dates the case; the plain approval stays plain
        ["令和5年6月20日、桐野市情報公開・個人情報保護審査会から市長に「学童保育の利用者名簿の委託先への提供について」"
         "が答申されました。",
         "答申では、提供することは適当であると判断されました。"],
        [(1, "2023-06-20", "学童保育の利用者名簿の委託先への提供について", "approved")]),
]


@pytest.mark.parametrize(("page", "expected"), _BULLETIN_ANSWERS)
def test_an_answer_told_by_a_bulletin_is_a_case_decided_by_the_words_that_follow(
        page: list[str], expected: list[tuple[int, str | None, str, str]]) -> None:
    document = read("\n".join(page))
    assert [(case.line, case.date, case.title, case.decision) for case in document.council_cases] == expected


_ANSWERS_OF_A_MEETING_NAMED_ABOVE = [
    "令和4年度委員会記録",
    "令和4年12月7日会議録",
    "●森本総務課長",
    " 11月30日に開催されました情報公開・個人情報保護審議会におきまして、2件の答申をいただきました。",
    " 1件目は、諮問第18号「児童手当の認定に伴う住民税情報の目的外利用について」でございます。"
    "子ども家庭課が、税務課の課税情報を利用するもので、適当であるとの答申でございます。",
    " 2件目は、諮問第19号「空き家対策事業における固定資産税情報の利用について」でございます。"
    "建築指導課が利用するもので、適当であるとの答申でしたが、利用の記録を残すこととの意見が付されております。",
]


def test_answers_reported_to_a_committee_are_dated_by_the_council_meeting_named_above() -> None:
    document = read("\n".join(_ANSWERS_OF_A_MEETING_NAMED_ABOVE))
    assert [(case.line, case.date, case.decision) for case in document.council_cases] == [
        (5, "2022-11-30", "approved"), (6, "2022-11-30", "approved_with_opinion")]


_FLOWS_TOLD_AFTER_THE_QUOTED_TITLE = [
    "令和3年9月14日会議録",
    "●大西子育て支援課長",
    " 8月30日に開催されました個人情報保護審議会におきまして、2件の答申をいただきました。",
    " 1件目は、諮問第7号「乳幼児健診事業に伴う医療機関が保有する健診結果の収集について」でございます。"
    "子育て支援課が、医療機関から乳幼児の身長、体重及び健診結果の提供を受けるものでございまして、"
    "適当であるとの答申をいただいております。",
    " 2件目は、諮問第8号「高齢者見守り事業における水道使用情報の目的外利用について」でございます。"
    "企業局水道課が保有する使用者の氏名及び使用水量を、長寿福祉課が見守りの訪問に利用するものでございまして、"
    "適当であるとの答申でございました。",
]


def test_the_sentence_after_a_quoted_title_states_the_flow_with_both_ends() -> None:
    document = read("\n".join(_FLOWS_TOLD_AFTER_THE_QUOTED_TITLE))
    assert [(case.line, case.date) for case in document.council_cases] == [(4, "2021-08-30"), (5, "2021-08-30")]
    assert [(flow.line, flow.kind, flow.source_department or flow.source_external, flow.recipient_department,
             flow.recipient_business, flow.items) for flow in document.flows] == [
        (4, "collection_from_others", "医療機関", "子育て支援課", "乳幼児健診事業", ["身長", "体重", "健診結果"]),
        (5, "purpose_outside_use", "水道課", "長寿福祉課", "高齢者見守り事業", ["氏名", "使用水量"])]
