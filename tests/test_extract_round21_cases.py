"""Council shapes the twenty-first and twenty-second rounds (realshapes21-22) taught, on invented pages.

Each case is a small invented page and what the council reader reads of it: the flows (source department, source
business, recipient department, recipient business, kind, items, line) and the cases (title start, decision).
"""

from __future__ import annotations

import pytest
from page_shapes import assert_council_shapes

CASES = [
    pytest.param(
        [
            "令和6年度第2回川瀬町個人情報保護審議会の会議結果",
            "・ 日時 令和6年7月9日(火曜日) 午前10時から",
            "議題",
            " (1) 諮問第3号 学童保育事業における課税情報の目的外利用について(子育て支援課)",
            "審議の結果",
            " 諮問第3号は、収納課が保有する保護者の課税所得を、子育て支援課が学童保育の利用料の決定に利用するもの"
            "です。審議の結果、利用後の記録を残すことを付帯意見として、承認されました。",
        ],
        None,
        [("学童保育事業", "approved_with_opinion")],
        id="an-attached-opinion-spelt-with-the-common-kanji-approves-with-an-opinion",
    ),
    pytest.param(
        [
            "第4回桐原市個人情報保護審議会の結果",
            "・ 日時 令和6年5月14日(火曜日) 午後1時30分から",
            "議題",
            " (1) 諮問第21号 通学路見守り事業の委託に伴う保有個人情報の外部提供について(学校安全課)",
            " (2) 諮問第22号 介護用品支給事業における課税情報等の目的外利用について(高齢支援課)",
            "審議の結果",
            " 諮問第21号は、学校安全課が、通学路見守り事業の受託事業者である一般社団法人桐原防犯協会に、児童の氏名、"
            "学年、通学班を提供するものです。審議の結果、諮問のとおり承認されました。",
            " 諮問第22号は、市民税課が保有する世帯の課税区分及び国保年金課が保有する介護保険料の段階を、"
            "高齢支援課が支給対象の判定に利用するものです。審議の結果、諮問のとおり承認されました。",
        ],
        [("学校安全課", None, None, "通学路見守り事業", "external_provision", ("氏名", "学年", "通学班"), 7),
         ("市民税課", None, "高齢支援課", "介護用品支給事業", "purpose_outside_use", ("世帯の課税区分",), 8),
         ("国保年金課", None, "高齢支援課", "介護用品支給事業", "purpose_outside_use", ("介護保険料の段階",), 8)],
        [("通学路見守り事業", "approved"), ("介護用品支給事業", "approved")],
        id="a-result-names-the-contractor-in-apposition-and-two-holders-joined-by-and-one-flow-each",
    ),
    pytest.param(
        [
            "第2回柳沢村個人情報保護審議会の開催について",
            "日時 令和5年11月20日(月曜日)午後2時から",
            " 議題",
            "  1. 諮問事項 施設予約システムの導入に伴う保有個人情報のオンライン結合について(生涯学習課)",
            "  2. 諮問事項 奨学金返還支援事業に伴う保有個人情報の目的外利用について(産業振興課)",
            " 諮問事項の概要",
            "施設予約システムの導入では、生涯学習課が村民から受け付けた予約内容を、委託先の株式会社柳沢ネットが"
            "管理するサーバとオンライン結合して保存します。",
            "",
            "奨学金返還支援事業では、税務課が保有する申請者の所得額、勤務先を、産業振興課が支援額の決定に利用します。",
        ],
        [("生涯学習課", "施設予約システム", None, None, "online_connection", ("予約内容",), 7),
         ("税務課", None, "産業振興課", "奨学金返還支援事業", "purpose_outside_use", ("所得額", "勤務先"), 9)],
        [("施設予約システム", "unknown"), ("奨学金返還支援事業", "unknown")],
        id="a-paragraph-opening-with-a-case-titles-subject-states-its-flow-a-link-or-a-use",
    ),
    pytest.param(
        [
            "第5回東浜県個人情報保護審議会 議事概要",
            "日時 令和4年9月12日(月曜日)午前10時から",
            "(1)審議事項",
            "ア「目的外利用・提供の制限」の例外事項に関する諮問(介護保険課、防災企画課)",
            "イ「オンライン結合による提供の制限」の例外事項に関する諮問(県税務課)",
            "実施機関より、介護保険課が要介護認定事務で保有する認定者の氏名、住所、介護度を、防災企画課が"
            "避難支援計画事務に利用するとともに、同じ情報を市町村へ提供するものである旨の説明を行なった。",
            "審議の結果、諮問のとおり承認された。",
            "実施機関より、県税務課が自動車税課税事務において、税務システムと登録団体のサーバをオンライン結合し、"
            "登録番号及び使用者の氏名・住所を提供するものである旨の説明を行なった。",
        ],
        [("介護保険課", "要介護認定事務", "防災企画課", "避難支援計画事務", "purpose_outside_use",
          ("氏名", "住所", "介護度"), 6),
         ("介護保険課", "要介護認定事務", None, None, "external_provision", ("氏名", "住所", "介護度"), 6),
         ("県税務課", "自動車税課税事務", None, None, "online_connection", ("登録番号", "氏名", "住所"), 8)],
        [("「目的外利用・提供の制限」", "approved"), ("「オンライン結合による提供の制限」", "unknown")],
        id="the-executing-body-explains-each-case-a-holders-use-and-provision-and-a-link-to-anothers-server",
    ),
    pytest.param(
        [
            "第3回北峰県個人情報保護審議会 議事概要",
            "日時 令和5年2月6日(月曜日)午後2時から",
            "(1)審議事項",
            "ア「本人以外からの収集の制限」の例外事項に関する諮問(子育て給付課)",
            "実施機関より、子育て給付課の就学援助事務において、保護者の勤務の状況を確認するため、労働基準監督署から"
            "本人以外の収集を行う旨の説明を行なった。",
            "審議の結果、諮問のとおり承認された。",
        ],
        [(None, None, "子育て給付課", "就学援助事務", "collection_from_others", ("勤務の状況",), 5)],
        [("「本人以外からの収集の制限」", "approved")],
        id="the-executing-body-explains-a-collection-from-another-body-for-a-departments-work",
    ),
    pytest.param(
        [
            "第7回南峰県個人情報保護審議会 議事概要",
            "日時 令和4年11月8日(火曜日)午後2時から",
            "(1)審議事項",
            "ア「目的外利用・提供の制限」の例外事項に関する諮問(福祉総務課)",
            "イ「オンライン結合による提供の制限」の例外事項に関する諮問(病院事業課)",
            "実施機関より、前回の審議の内容について補足の報告を行なった。",
            "(主な質疑・意見)",
            "<委員>",
            "報告の資料は公開されるのか。",
        ],
        None,
        [("「目的外利用・提供の制限」", "unknown"), ("「オンライン結合による提供の制限」", "unknown")],
        id="a-short-sentence-of-the-minutes-right-under-the-list-ends-it-the-last-item-stays-a-case",
    ),
    pytest.param(
        [
            "第6回西峰県個人情報保護審議会 議事概要",
            "日時 令和5年6月19日(月曜日)午前10時から",
            "4.議題",
            "審議事項",
            "(1)個人情報の取扱いの原則の例外事項について",
            "ア諮問第31号",
            "・「目的外利用・提供の制限」の例外事項に関する諮問(保健予防課)",
            "",
            "(2)報告事項",
            "個人情報取扱事務の登録状況について",
            "",
            "5.議事経過と結果",
            "審議事項",
            "(1)個人情報の取扱いの原則の例外事項について",
        ],
        None,
        [("「目的外利用・提供の制限」", "unknown")],
        id="a-report-on-the-registration-status-under-the-reports-heading-is-no-case",
    ),
    pytest.param(
        [
            "保有個人情報の目的外利用に関する答申(答申第9号)",
            "諮問",
            "・令和6年2月1日付けで、東雲市長から、次の2件について諮問があった。",
            "・(1)「防犯カメラ設置事業における住民情報の目的外利用について」 市民課が保有する自治会長の氏名、"
            "電話番号を、"
            "地域安全課が防犯カメラ設置事業に利用するもの。",
            "・(2)「商店街イベント案内に係る保有個人情報の外部提供について」 子育て支援課が保有する子育て世帯の住所を、"
            "東雲商店会及び東雲青年会議所に提供し、案内を送付するもの。",
            "・いずれも本人の同意を得ることが困難であり、東雲市個人情報保護法施行条例第4条第3号の規定により審議会の"
            "意見を聴くものである。",
            "答申",
            "・令和6年3月12日に開催した第5回審議会で審議した結果、次のとおり答申する。",
            "・(1)については、設置場所の調整に用いる限り、目的外利用を認めることは妥当である。ただし、利用後は"
            "速やかに消去すること。",
            "・(2)については、提供先が民間の団体であることから、外部提供を認めることは適当でない。",
        ],
        [("市民課", None, "地域安全課", "防犯カメラ設置事業", "purpose_outside_use", ("氏名", "電話番号"), 4),
         ("子育て支援課", None, None, "商店街イベント案内", "external_provision", ("子育て世帯の住所",), 5),
         ("子育て支援課", None, None, "商店街イベント案内", "external_provision", ("子育て世帯の住所",), 5)],
        [("防犯カメラ設置事業", "approved_with_opinion"), ("商店街イベント案内", "rejected")],
        id="an-answer-lists-quoted-titles-in-numbered-bullets-with-the-flow-and-judges-each-by-number",
    ),
]


@pytest.mark.parametrize(("lines", "flows", "cases"), CASES)
def test_council_shapes_of_the_twenty_first_round(lines: list[str], flows: list[tuple] | None,
                                                  cases: list[tuple]) -> None:
    assert_council_shapes(lines, flows, cases)
