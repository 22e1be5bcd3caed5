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
