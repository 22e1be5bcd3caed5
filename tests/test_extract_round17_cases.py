"""Council-case shapes the seventeenth and eighteenth rounds (realshapes17-18) taught, on invented pages.

Each case is a small invented page and the council cases expected of it, as (date, title, decision).
"""

from __future__ import annotations

import pytest
from page_shapes import read

CASES = [
    pytest.param(
        [
         "第12回白樺県個人情報保護審査会会議録(公開部分)",
         "  1. 日時:平成26年7月8日(火曜日)午前10時から午前11時まで",
         "  2. 場所:白樺県庁5階 会議室",
         "  3. 議題:(1)保有個人情報の目的外利用について(諮問第7号)(2)オンライン結合による提供について(諮問第8号)"
         "(3)事務の登録状況について(報告)",
        ],
        [("2014-07-08", "保有個人情報の目的外利用について(諮問第7号)", "unknown"),
         ("2014-07-08", "オンライン結合による提供について(諮問第8号)", "unknown")],
        id="a-numbered-agenda-run-into-the-label-line-one-case-per-consultation-the-report-none",
    ),
    pytest.param(
        [
         "第3回若草県情報公開審議会議事概要",
         "更新日:2023年1月20日",
         "  1. 日時 令和4年12月6日(火曜日) 14時00分~15時30分",
         "  2. 議事",
         "    (1)諮問事項",
         "     ア 林業普及事務に係る保有個人情報の外部提供について(森林課)",
         "    (2)報告事項",
         "     ア 個人情報取扱事務の登録の状況について",
         "    (3)その他",
         "",
         "(1)諮問事項",
         "ア 林業普及事務に係る保有個人情報の外部提供について",
         "(田村会長)",
         "森林課から説明をお願いします。",
         "■森林課が「資料1」に基づき、林業普及事務で保有する林業者の氏名及び住所を、森林組合連合会に"
         "提供することについて説明を行った。",
         "(田村会長)",
         "それでは、諮問のとおり承認することとしてよろしいでしょうか。",
         "(各委員)",
         "異議なし。",
        ],
        [("2022-12-06", "林業普及事務に係る保有個人情報の外部提供について", "approved")],
        id="the-section-heading-repeating-an-agenda-item-with-its-letter-glued-is-the-same-case",
    ),
    pytest.param(
        [
         "第5回青葉県個人情報保護審査会会議録",
         "  1. 日時:令和2年3月4日(水曜日)午後2時から",
         "  2. 議題:漁業権管理事務に係る個人情報の外部提供について(諮問),"
         "狩猟免許事務に係る本人以外からの個人情報の収集について(諮問),事務の登録について(報告)",
        ],
        [("2020-03-04", "漁業権管理事務に係る個人情報の外部提供について", "unknown"),
         ("2020-03-04", "狩猟免許事務に係る本人以外からの個人情報の収集について", "unknown")],
        id="titles-joined-by-commas-on-the-agenda-line-split-after-each-label",
    ),
    pytest.param(
        [
         "第45回西ノ宮県個人情報保護審査会会議録",
         "  1. 日時:令和4年9月6日(火曜日)午後2時から",
         "  2. 議題:事務の登録について(報告),港湾使用料事務に係る個人情報の外部提供について(諮問),"
         "河川占用事務に係る個人情報の外部提供について(諮問)",
         "発言者 内容",
         "松本会長",
         "次に,諮問事項に移ります。港湾課から説明をお願いします。",
         "港湾課",
         "港湾使用料事務で保有する使用者の氏名を,港湾協会へ提供するものです。",
         "松本会長",
         "それでは,本件は諮問のとおり提供を認めることとしてよろしいでしょうか。",
         "(異議なし)",
         "松本会長",
         "本件は承認とします。最後に,河川課から説明をお願いします。",
         "河川課",
         "河川占用事務で保有する占用者の氏名を,水防団へ提供するものです。",
        ],
        [("2022-09-06", "港湾使用料事務に係る個人情報の外部提供について", "approved"),
         ("2022-09-06", "河川占用事務に係る個人情報の外部提供について", "unknown")],
        id="decisions-of-cases-taken-up-in-order-the-chairs-proposal-with-assent-and-none-yet-for-the-last",
    ),
]


@pytest.mark.parametrize(("lines", "cases"), CASES)
def test_council_case_shapes_of_the_seventeenth_round(lines: list[str], cases: list[tuple]) -> None:
    document = read("\n".join(lines))
    assert [(case.date, case.title, case.decision) for case in document.council_cases] == cases


FLOWS = [
    pytest.param(
        [
         "第3回若草県情報公開審議会議事概要",
         "  1. 日時 令和4年12月6日(火曜日) 14時00分~15時30分",
         "  2. 議事",
         "    (1)諮問事項",
         "     ア 林業普及事務に係る保有個人情報の外部提供について(森林課)",
         "     イ 母子保健事務に係る本人以外からの収集について(健康づくり課)",
         "",
         "ア 林業普及事務に係る保有個人情報の外部提供について",
         "(田村会長)",
         "森林課から説明をお願いします。",
         "■森林課が「資料1」に基づき、林業普及事務で保有する林業者の氏名及び住所を、森林組合連合会に"
         "提供することについて説明を行った。",
        ],
        [("森林課", "林業普及事務", None, None, "森林組合連合会", "external_provision", "council", 11),
         (None, None, "健康づくり課", "母子保健事務", None, "collection_from_others", "council", 6)],
        id="a-summary-line-states-the-holder-after-its-mark-the-title-business-holds-what-is-provided",
    ),
    pytest.param(
        [
         "第20回白樺県個人情報保護審査会会議録",
         "  1. 日時:平成27年2月3日(火曜日)午後2時から",
         "  2. 議題:(1)保有個人情報の外部提供について(諮問第9号)(2)電子計算機の結合による提供について(諮問第10号)",
         "発言者 内容",
         "高木会長",
         "それでは,諮問第9号について,実施機関から説明をお願いします。",
         "水産振興課",
         "水産振興課でございます。諮問第9号は,当課の漁船登録事務において保有しております船主の氏名及び住所を,"
         "漁業協同組合に提供しようとするものです。",
         "高木会長",
         "次に,諮問第10号について説明をお願いします。",
         "道路課",
         "道路課でございます。道路占用許可事務におきまして,道路課が保有する占用者の氏名を,専用回線による電子計算機の"
         "結合により,国道事務所に提供するものでございます。",
        ],
        [("水産振興課", "漁船登録事務", None, None, "漁業協同組合", "external_provision", "council", 8),
         ("道路課", "道路占用許可事務", None, None, "国道事務所", "online_connection", "council", 12)],
        id="minutes-turns-under-the-chair-taking-each-number-up-当課-is-the-speaker-a-link-by-its-means",
    ),
    pytest.param(
        [
         "第44回西ノ宮県個人情報保護審査会会議録",
         "  1. 日時:令和4年6月7日(火曜日)午後2時から",
         "  2. 議題:漁港管理事務に係る個人情報の目的外利用について(諮問),"
         "林道管理事務に係る個人情報の外部提供について(諮問)",
         "発言者 内容",
         "松本会長",
         "本日は,2件の諮問について審議を行います。まず,水産課から説明をお願いします。",
         "水産課",
         "漁港管理事務で保有する係留者の氏名及び住所を,漁港の清掃案内を送付するため,同じ課の漁港振興事務で利用するものです。",
         "松本会長",
         "本件については,諮問のとおり認めることとします。次に,林務課から説明をお願いします。",
         "林務課",
         "林道管理事務で保有する通行許可者の氏名を,災害時の連絡のため,地元の森林組合へ提供するものです。",
        ],
        [("水産課", "漁港管理事務", "水産課", "漁港振興事務", None, "purpose_outside_use", "council", 8),
         ("林務課", "林道管理事務", None, None, "地元の森林組合", "external_provision", "council", 12)],
        id="cases-never-repeated-taken-up-in-the-agenda-order-by-the-chairs-invitations-the-speaker-holds",
    ),
    pytest.param(
        [
         "第12回東浜県個人情報保護審議会議事録",
         "令和5年8月2日(水曜)",
         "(1)審議事項",
         "ア「目的外利用・提供の制限」の例外事項に関する諮問(水道課)",
         "イ「オンライン結合による提供の制限」の例外事項に関する諮問(教育総務課)",
         "実施機関より、給水装置管理事務で保有する使用者名簿を、断水時の連絡のため、町内会及び消防署へ提供することについて"
         "説明を行なった。",
         "審議の結果、諮問のとおり承認された。",
         "実施機関より、学校給食業務において使用する献立管理システムを、委託事業者が運用するサーバとオンライン結合することに"
         "ついて説明を行なった。",
         "審議の結果、了承された。",
        ],
        [("水道課", "給水装置管理事務", None, None, "町内会", "external_provision", "council", 6),
         ("水道課", "給水装置管理事務", None, None, "消防署", "external_provision", "council", 6),
         (None, "学校給食業務", None, None, "委託事業者が運用するサーバ", "online_connection", "council", 8)],
        id="explanations-retold-in-order-the-business-holding-a-name-list-each-body-provided-to-the-article-kinds-give-way",
    ),
    pytest.param(
        [
         "第46回西ノ宮県個人情報保護審査会会議録",
         "  1. 日時:令和4年11月1日(火曜日)午後2時から",
         "  2. 議題:漁業許可事務に係る本人以外からの個人情報の収集について(諮問),事務の登録について(報告)",
         "発言者 内容",
         "松本会長",
         "まず,水産課から説明をお願いします。",
         "水産課",
         "漁業許可事務において,申請者の資格を確かめるため,市町村の住民担当課から住民票の情報を収集するものです。"
         "また,申請者の漁獲量については,漁業協同組合からも情報を収集します。",
        ],
        [(None, None, "水産課", "漁業許可事務", None, "collection_from_others", "council", 8),
         (None, None, "水産課", "漁業許可事務", None, "collection_from_others", "council", 8)],
        id="a-collection-explained-in-a-turn-each-supplier-its-own-flow-the-speaker-collects",
    ),
    pytest.param(
        [
         "第47回西ノ宮県個人情報保護審査会会議録",
         "  1. 日時:令和5年1月10日(火曜日)午後2時から",
         "  2. 議題:公民館管理事務に係る個人情報の外部提供について(諮問),事務の登録について(報告)",
         "発言者 内容",
         "松本会長",
         "最後に,生涯学習課から説明をお願いします。",
         "生涯学習課",
         "公民館管理事務で保有する利用団体の代表者の氏名を,地区の連合町内会が行う",
        ],
        [("生涯学習課", "公民館管理事務", None, None, "地区の連合町内会", "external_provision", "council", 8)],
        id="the-excerpt-stops-right-after-the-other-end-of-the-provision-the-speaker-holds",
    ),
]


@pytest.mark.parametrize(("lines", "flows"), FLOWS)
def test_council_flow_shapes_of_the_seventeenth_round(lines: list[str], flows: list[tuple]) -> None:
    document = read("\n".join(lines))
    assert sorted(((f.source_department, f.source_business, f.recipient_department, f.recipient_business,
                    f.recipient_external, f.kind, f.basis, f.line) for f in document.flows), key=str) == \
        sorted(flows, key=str)


def test_a_collection_said_in_an_answer_outside_any_case_is_a_diagnostic_with_its_supplier() -> None:
    document = read("\n".join([
        "第48回西ノ宮県個人情報保護審査会会議録",
        "  1. 日時:令和5年3月7日(火曜日)午後2時から",
        "  2. 議題:事務の登録について(報告),港湾使用料事務に係る個人情報の外部提供について(諮問)",
        "松本会長",
        "ただ今の報告について,御質問はありますか。",
        "田中委員",
        "救急相談の事務では,病院からも情報を集めるのでしょうか。",
        "事務局",
        "相談者本人のほか,搬送先の病院から処置の内容を収集することとしております。",
    ]))
    said = [problem for problem in document.diagnostics if problem.line == 9 and problem.candidate]
    assert not [flow for flow in document.flows if flow.line == 9]
    assert [(p.candidate["kind"], p.candidate["source_external"], p.candidate["recipient_business"]) for p in said] \
        == [("collection_from_others", "搬送先の病院", "救急相談の事務")]
