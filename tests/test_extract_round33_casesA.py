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


_BARE_HEADS = [
    "第17回北浜県個人情報保護審議会(議事録)",
    "1.日時",
    "令和6年2月20日(火曜日)午前10時~正午",
    "2.次第",
    "- (1)議事",
    "- 諮問第7号の審議について",
    "- 諮問第8号の審議について",
    "- 諮問第9号の審議について",
    "3.内容",
    "諮問第7号の審議について",
    "- 難病患者就労支援事業における個人情報の外部提供について、疾病対策課より説明を行なった。",
    "- 支援対象者の氏名、連絡先及び希望職種を県就労支援センターへ提供するものである。",
    "- 委員から次の事項などについて意見交換があった。",
    "- 提供先での保存期間について",
    "- 出された意見を踏まえて事務局が答申案を作成し、次回の審議会で確認することで了承された。",
    "諮問第8号の審議について",
    "- 漁船登録事務において、国の漁船情報システムとオンライン結合することについて、水産振興課より説明を行なった。",
    "- 諮問のとおり承認することで了承された。",
    "諮問第9号の審議について",
    "- 奨学金返還支援事務において、市町村が保有する所得情報を本人以外から収集することについて、"
    "教育総務課より説明を行なった。",
    "- 委員から次の事項などについて質問があった。",
]


def test_cases_under_bare_number_heads_are_titled_by_the_explained_matter_with_its_flows_and_decisions() -> None:
    document = read("\n".join(_BARE_HEADS))
    assert [(case.line, case.date, case.title[:12], case.decision, len(case.flow_ids))
            for case in document.council_cases] == [
        (11, "2024-02-20", "難病患者就労支援事業にお", "unknown", 1),
        (17, "2024-02-20", "漁船登録事務において、国", "approved", 1),
        (20, "2024-02-20", "奨学金返還支援事務におい", "unknown", 1)]
    assert [(f.source_department, f.source_business or f.source_external, f.recipient_department,
             f.recipient_business, f.recipient_external, f.kind, f.items, f.line) for f in document.flows] == [
        ("疾病対策課", None, None, "難病患者就労支援事業", "県就労支援センター", "external_provision",
         ["氏名", "連絡先", "希望職種"], 11),
        ("水産振興課", "漁船登録事務", None, None, "国の漁船情報システム", "online_connection", [], 17),
        (None, "市町村", "教育総務課", "奨学金返還支援事務", None, "collection_from_others", ["所得情報"], 20)]
