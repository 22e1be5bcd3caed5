"""Council shapes the thirty-first to thirty-fourth rounds (realshapes31-34) taught, on invented pages."""

from __future__ import annotations

from page_shapes import read

_WRAPPED_NUMBERED_TITLES = [
    "令和7年度第1回桐ヶ丘町個人情報保護審議会",
    "日 時 令和7年7月3日(木) 午後2時00分~午後3時",
    "次 第",
    "1 開 会",
    "2 議 事",
    "(1)諮問第21号 狂犬病予防注射の集合接種会場運営業務に伴う犬の登録情報の",
    "外部提供について【生活環境課】",
    "(2)諮問第22号 通学路見守り隊支援事業に伴う保有個人情報の目的外利用",
    "及び外部提供について【学校教育課】",
    "3 閉 会",
]


def test_a_numbered_title_wrapped_after_its_particle_goes_on_below_and_the_rest_is_no_case() -> None:
    document = read("\n".join(_WRAPPED_NUMBERED_TITLES))
    assert [(case.line, case.title) for case in document.council_cases] == [
        (6, "狂犬病予防注射の集合接種会場運営業務に伴う犬の登録情報の外部提供について"),
        (8, "通学路見守り隊支援事業に伴う保有個人情報の目的外利用及び外部提供について")]
