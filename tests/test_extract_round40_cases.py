"""Council shapes the thirty-ninth and fortieth rounds (realshapes39-40) taught, on invented pages."""

from __future__ import annotations

from page_shapes import read

_ONE_RESULT_FOR_TWO_CONSULTATIONS = [
    "会議録(令和7年10月3日)",
    "会議の議題",
    "",
    "・諮問第7号 就学援助費の支給に伴う保有個人情報の目的外利用について【学校教育課】",
    "",
    "・諮問第8号 配食サービス事業に係る保有個人情報の外部提供について【高齢介護課】",
    "",
    "3 審議結果",
    " 諮問第7号及び諮問第8号について、いずれも原案のとおり了承された。",
]


def test_one_result_sentence_naming_two_consultations_decides_both() -> None:
    document = read("\n".join(_ONE_RESULT_FOR_TWO_CONSULTATIONS))
    assert [(case.line, case.decision) for case in document.council_cases] == [(4, "approved"), (6, "approved")]
