"""Council shapes the nineteenth and twentieth rounds (realshapes19-20) taught, on invented pages.

Each case is a small invented page and what the council reader reads of it: the flows (source department, source
business, recipient department, recipient business, kind, items, line) and the cases (title start, decision).
"""

from __future__ import annotations

import pytest
from page_shapes import assert_council_shapes

SUMMARY = [
    "第8回南風町個人情報保護審議会の概要",
    "",
    "開催日時",
    "",
    "　令和5年10月2日(月曜日)午前10時から、南風町役場2階会議室で開催しました。",
    "",
    "議題",
    "",
    "　(1)ひとり親家庭医療費助成事業に係る個人情報の目的外利用について(諮問)",
    "　(2)個人情報ファイルの登録について(報告)",
    "",
    "審議の概要",
    "",
    "　議題(1)では、子育て支援課から、助成の対象となる世帯を確認するため、収納課が保有する国民健康保険税の"
    "納付記録を目的外利用したいとの説明がありました。",
    "　あわせて、町民課が保有する戸籍附票の情報(氏名、本籍、転居日)も利用し、案内を郵送するとのことです。",
    "　委員から質問があり、子育て支援課が回答しました。審議の結果、諮問のとおり承認しました。",
]

CASES = [
    pytest.param(
        SUMMARY,
        [("収納課", None, "子育て支援課", "ひとり親家庭医療費助成事業", "purpose_outside_use",
          ("国民健康保険税の納付記録",), 14),
         ("町民課", "戸籍附票", "子育て支援課", "ひとり親家庭医療費助成事業", "purpose_outside_use",
          ("氏名", "本籍", "転居日"), 15)],
        [("ひとり親家庭医療費助成事業", "approved")],
        id="an-agenda-item-summarised-the-department-that-brought-it-uses-what-others-hold-and-also-a-register",
    ),
    pytest.param(
        [
            "情報公開・個人情報保護審議会の答申",
            "この答申は、町長の諮問に対し、審議会が審議した結果をまとめたものです。",
            "答申の概要",
            "  • 答申日 令和5年12月4日",
            "  • 諮問日 令和5年11月1日",
            "  • 答申の区分 諮問のとおり承認",
            "諮問された事項",
            "  1. 就学援助事業に係る個人情報の目的外利用について",
            "    • 学務課が、就学援助の認定のため、課税課が保有する世帯の所得情報を利用するもの",
            "    • 利用する項目 所得割額、控除対象人数",
            "  2. 図書館システムの更新に係るオンライン結合について",
            "    • 生涯学習課が、図書貸出業務において、利用者の氏名、住所及び電話番号を事業者のデータセンターに"
            "記録するもの",
            "  3. 移住定住促進事業に係る個人情報の外部提供について",
            "    • 企画政策課が保有する移住相談者の氏名及び連絡先を、相談会を運営する特定非営利活動法人みなと暮らしへ"
            "提供するもの",
        ],
        [("課税課", None, "学務課", "就学援助事業", "purpose_outside_use", ("所得割額", "控除対象人数"), 9),
         ("生涯学習課", "図書貸出業務", None, None, "online_connection", ("氏名", "住所", "電話番号"), 12),
         ("企画政策課", None, None, "移住定住促進事業", "external_provision", ("氏名", "連絡先"), 14)],
        [("就学援助事業", "approved"), ("図書館システム", "approved"), ("移住定住促進事業", "approved")],
        id="an-answer-lists-the-consulted-items-with-bullets-stating-each-flow-dated-and-decided-by-its-summary",
    ),
    pytest.param(
        [
            "第12回西里市個人情報保護審議会",
            "開催日時 令和6年6月3日(月曜日)午後1時30分から",
            "審議事項",
            "(1)諮問第14号 防犯灯維持管理事業に係る個人情報の外部提供について",
            "(2)諮問第15号 子育て応援事業に係る個人情報の目的外利用及び外部提供について",
            "審議結果",
            "諮問第14号は、防災課が保有する町内会長の氏名及び電話番号を、点検業務を委託する事業者へ提供するもので、"
            "適当と認める旨を答申しました。",
            "諮問第15号は、子ども家庭課が保有する乳児のいる世帯の氏名、住所及び出生日を、保健センターへ目的外利用"
            "させるとともに、市子育て支援ネットワークへ外部提供するものです。審議の結果、適当と認める旨を答申しました。",
        ],
        [("防災課", None, None, "防犯灯維持管理事業", "external_provision", ("氏名", "電話番号"), 7),
         ("子ども家庭課", None, "保健センター", "子育て応援事業", "purpose_outside_use", ("氏名", "住所", "出生日"), 8),
         ("子ども家庭課", None, None, "子育て応援事業", "external_provision", ("氏名", "住所", "出生日"), 8)],
        [("防犯灯維持管理事業", "approved"), ("子育て応援事業", "approved")],
        id="a-result-naming-its-case-states-one-flow-per-recipient-for-the-business-of-the-title",
    ),
    pytest.param(
        [
            "第7回南浦県個人情報保護審議会議事録",
            "1.日時",
            "令和3年5月18日(火曜日)午前10時から",
            "2.議題",
            "  1. 委員の紹介",
            "  2. 諮問第12号",
            "    個人情報の収集の制限の例外について",
            "3.議事経過",
            "(2)諮問第12号",
            "",
            "学校安全課より、児童生徒の健康管理に関する事務において、本人以外の保護者及び学校医から既往歴、"
            "アレルギーの有無を収集することについて説明があった。",
            "",
            "審議の結果、諮問のとおり承認された。",
        ],
        [(None, None, "学校安全課", "児童生徒の健康管理に関する事務", "collection_from_others",
          ("既往歴", "アレルギーの有無"), 11),
         (None, None, "学校安全課", "児童生徒の健康管理に関する事務", "collection_from_others",
          ("既往歴", "アレルギーの有無"), 11)],
        [("個人情報の収集の制限の例外について", "approved")],
        id="a-number-alone-over-its-title-is-one-case-whose-explanation-states-one-collection-per-supplier",
    ),
    pytest.param(
        [
            "第22回北浜県個人情報保護審議会議事録",
            "1.日時",
            "令和4年10月5日(水曜日)午後2時から",
            "2.議題",
            "  • (1)審議事項",
            "    • 諮問第31号(会計課)",
            "      給与事務に係るオンライン結合の制限の例外について",
            "3.議事経過と結果",
            "諮問第31号(給与支払事務)",
            "",
            "実施機関より、給与明細書の印刷業務を委託するに当たり、受託事業者の端末と会計課の財務会計システムを"
            "オンライン結合することについて説明を行なった。",
        ],
        [("会計課", "財務会計システム", None, "給与明細書の印刷業務", "online_connection", (), 11)],
        [("給与事務に係るオンライン結合", "unknown")],
        id="a-link-for-a-contractor-explained-under-a-case-numbered-over-its-title",
    ),
    pytest.param(
        [
            "第9回西峰県個人情報保護審議会議事録",
            "1.日時",
            "令和5年2月7日(火曜日)午前10時から",
            "2.議題",
            "",
            "  • (1)審議事項【公開】",
            "    • 諮問第5号(道路管理課)",
            "      個人情報の取扱い原則(目的外利用・提供の制限)の例外事項について",
            "",
            "3.議事経過と結果",
            "",
            "(1)審議事項【公開】",
        ],
        None,
        [("個人情報の取扱い原則(目的外利用・提供の制限)の例外事項について", "unknown")],
        id="a-bulleted-agenda-ends-at-the-heading-of-the-record-its-number-bullet-over-the-title-one-case",
    ),
    pytest.param(
        [
            "第4回東浜市個人情報保護審議会",
            "開催日時 令和6年1月22日(月曜日)午後2時から",
            "審議事項",
            "(1)諮問第9号 子ども食堂支援事業に係る個人情報の外部提供について",
            "審議結果",
            "諮問第9号は、審議の結果、利用後に名簿を返還させることを条件として、適当と認める旨を答申しました。",
        ],
        None,
        [("子ども食堂支援事業", "approved_with_opinion")],
        id="approved-on-a-condition-said-as-suitable-is-approved-with-an-opinion",
    ),
]


@pytest.mark.parametrize(("lines", "flows", "cases"), CASES)
def test_council_shapes_of_the_nineteenth_round(lines: list[str], flows: list[tuple] | None,
                                                cases: list[tuple]) -> None:
    assert_council_shapes(lines, flows, cases)
