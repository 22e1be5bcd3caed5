"""Council shapes the thirty-fifth to thirty-eighth rounds (realshapes35-38) taught, on invented pages."""

from __future__ import annotations

from page_shapes import read

_LETTERED_UNDER_A_CONSULTED_HEAD = [
    "第4回浜木綿村個人情報保護審議会の概要",
    "1 日時 令和7年9月2日(火曜日) 14時~15時",
    "2 議事",
    "  (1)副会長の選出",
    "  (2)保有個人情報の目的外利用について(諮問)",
    "   ア 保険年金課が保有する国保資格情報の子育て支援課による利用(児童手当認定事務)",
    "   イ 市民窓口課が保有する住民基本台帳情報の学務課による利用(就学援助審査事務)",
    "  (3)本人以外からの個人情報の収集について(諮問)",
    "   ア 介護保険課の要介護認定事務における主治医からの収集",
    "  (4)その他",
    "",
    "(1)副会長の選出",
    "互選により西浦委員が副会長に選出された。",
]


def test_lettered_sub_items_under_a_consulted_head_are_each_a_case_with_the_flow_its_title_names() -> None:
    document = read("\n".join(_LETTERED_UNDER_A_CONSULTED_HEAD))
    assert [(case.line, case.title[:10]) for case in document.council_cases] == [
        (6, "保険年金課が保有する"), (7, "市民窓口課が保有する"), (9, "介護保険課の要介護認")]
    assert sorted((flow.line, flow.kind, flow.source_department, flow.source_business, flow.source_external,
                   flow.recipient_department, flow.recipient_business, tuple(flow.items))
                  for flow in document.flows) == [
        (6, "purpose_outside_use", "保険年金課", None, None, "子育て支援課", "児童手当認定事務", ("国保資格情報",)),
        (7, "purpose_outside_use", "市民窓口課", "住民基本台帳", None, "学務課", "就学援助審査事務",
         ("住民基本台帳情報",)),
        (9, "collection_from_others", None, None, "主治医", "介護保険課", "要介護認定事務", ())]


_JOINED_AND_PROVIDED_TITLES = [
    "第9回若草県個人情報保護審議会議事概要",
    "  1. 日時 令和7年5月20日(火曜日) 13時30分~15時",
    "  2. 議事",
    "    (1)県立図書館の蔵書管理システムにおける利用者情報の電子書籍配信サービスとの結合について(諮問)",
    "    (2)狂犬病予防事業に係る獣医師会への保有個人情報の提供について(諮問)",
    "    (3)その他",
]


def test_a_title_joining_a_system_to_a_service_or_providing_to_a_body_gives_that_flow() -> None:
    document = read("\n".join(_JOINED_AND_PROVIDED_TITLES))
    assert [case.line for case in document.council_cases] == [4, 5]
    assert sorted((flow.line, flow.kind, flow.source_department, flow.source_business, flow.recipient_external,
                   flow.recipient_business) for flow in document.flows) == [
        (4, "online_connection", "県立図書館", "蔵書管理システム", "電子書籍配信サービス", None),
        (5, "external_provision", None, None, "獣医師会", "狂犬病予防事業")]


_LETTERS_DECIDED_TOGETHER = [
    "第2回朝霧町個人情報保護審議会議事概要",
    "  1. 日時 令和7年8月5日(火曜日) 9時30分~11時",
    "  2. 議事",
    "    (1)保有個人情報の目的外利用について(諮問)",
    "     ア 保険課が保有する所得情報の保育課による利用(保育料算定事務)",
    "     イ 税務課が保有する固定資産情報の建設課による利用(道路台帳整備事務)",
    "    (2)その他",
    "",
    "(1)保有個人情報の目的外利用について",
    "(会長)",
    "それでは、ア及びイについて、諮問のとおり承認することでよろしいでしょうか。",
    "(各委員)",
    "異議なし。",
]


def test_one_decision_naming_several_letters_decides_each_lettered_case() -> None:
    document = read("\n".join(_LETTERS_DECIDED_TOGETHER))
    assert [(case.line, case.decision) for case in document.council_cases] == [(5, "approved"), (6, "approved")]
