"""Council shapes the twenty-fifth and twenty-sixth rounds (realshapes25-26) taught, on invented pages.

Each case is a small invented page and the flows read of it: (source, recipient business or body, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import read

FLOWS = [
    pytest.param(
        [
            "1 日時",
            "令和7年5月9日(金) 午前10時から",
            "2 議題",
            "(1)諮問事項",
            " ア 就学援助事務に係る課税台帳情報の目的外利用について",
            " イ 防災訓練事業に伴う避難者名簿の自主防災組織への外部提供について",
            "3 会議の結果",
            "(1)諮問事項",
            " ア 就学援助事務に係る課税台帳情報の目的外利用について",
            "【諮問事項の説明】",
            "(担当課:学務課)",
            " 認定の審査をするため、税務課が保有する課税台帳の氏名、所得額及び扶養人数を、学務課で利用したい。",
            "【結果】",
            " 諮問のとおり承認する。",
            " イ 防災訓練事業に伴う避難者名簿の自主防災組織への外部提供について",
            "【諮問事項の説明】",
            "(担当課:危機管理室)",
            " 要配慮者の氏名、住所、連絡先を記載した名簿を、訓練の計画のため自主防災組織に提供したい。",
            "【結果】",
            " 承認する。",
        ],
        [(("税務課", "課税台帳"), "就学援助事務", ["氏名", "所得額", "扶養人数"], 5),
         (("危機管理室", None), "防災訓練事業", ["氏名", "住所", "連絡先"], 6)],
        id="titles-repeated-as-headings-completed-by-the-explanation-under-each",
    ),
    pytest.param(
        [
            "審議経過",
            "1 高齢者入浴券交付事務に係る個人情報の目的外利用について(諮問)",
            "会議記録",
            "1 高齢者入浴券交付事務に係る個人情報の目的外利用について(諮問)",
            "【長寿課が資料1に基づき説明】",
            " 交付の対象者を確かめるため、保険課が保有する介護保険資格管理事務の氏名、生年月日及び要介護度を、"
            "長寿課が利用するものである。",
            "(会長)",
            " 諮問のとおり承認とする。",
        ],
        [(("保険課", "介護保険資格管理事務"), "高齢者入浴券交付事務", ["氏名", "生年月日", "要介護度"], 2)],
        id="a-heading-marked-as-consulted-and-the-holders-business-before-the-items",
    ),
    pytest.param(
        [
            "   個人情報の提供等について(答申)",
            " 令和7年3月2日付けで諮問のあった事項について、下記のとおり答申します。",
            "記",
            "1 諮問事項",
            "(1) 図書館システム保守業務の委託に伴う利用者情報の受託事業者への提供について",
            "2 審議会の結論",
            " 諮問のとおり実施することは適当である。",
            "3 理由",
            "(1) 生涯学習課が保有する図書貸出事務の氏名及び連絡先を、保守業務の受託者に提供するものであり、",
            "条例第8条第2項第3号に該当する。",
        ],
        [(("生涯学習課", "図書貸出事務"), "図書館システム保守業務", ["氏名", "連絡先"], 9)],
        id="an-answers-reason-names-the-holders-business-before-the-items",
    ),
]


@pytest.mark.parametrize(("lines", "flows"), FLOWS)
def test_council_flows_of_the_twenty_fifth_round(lines: list[str], flows: list[tuple]) -> None:
    document = read("\n".join(lines))
    assert sorted(((flow.source_department, flow.source_business), flow.recipient_business or flow.recipient_external,
                   flow.items, flow.line) for flow in document.flows) == sorted(flows)


def test_a_provision_titled_with_its_record_names_the_body_alone() -> None:
    lines = ["議題", "(1)諮問事項", " ア 防災訓練事業に伴う避難者名簿の自主防災組織への外部提供について"]
    flows = read("\n".join(lines)).flows
    assert [(flow.recipient_business, flow.recipient_external) for flow in flows] == [("防災訓練事業", "自主防災組織")]


def test_an_answer_letters_subject_over_its_listed_matters_is_no_case_and_marks_decide_each() -> None:
    lines = [
        "   保有個人情報の提供等について(答申)",
        " 令和7年3月2日付けで諮問のあった事項について、下記のとおり答申します。",
        "記",
        "1 諮問事項",
        "(1) 図書館システム保守業務の委託に伴う利用者情報の受託事業者への提供について",
        "(2) 公園愛護事業に係る住民基本台帳情報の目的外利用について",
        "2 審議会の結論",
        " (1)及び(2)のいずれについても、諮問のとおり実施することは適当である。",
        " ただし、(2)については、利用後の名簿を速やかに廃棄すること。",
        "3 理由",
        "(1) 生涯学習課が保有する図書貸出事務の氏名及び連絡先を、保守業務の受託者に提供するものであり、",
        "条例第8条第2項第3号に該当する。",
        "(2) 市民課の住民記録事務で保有する住民票の氏名と住所を、公園緑地課が案内の送付のために使うものである。",
    ]
    document = read("\n".join(lines))
    assert [(case.line, case.decision) for case in document.council_cases] == [
        (5, "approved"), (6, "approved_with_opinion")]
    assert all(diagnostic.line != 1 for diagnostic in document.diagnostics)


def test_bulleted_numbers_over_quoted_titles_labelled_with_their_session_are_cases() -> None:
    lines = [
        "(1)開催日時",
        "",
        " 令和7年9月4日(木曜日) 午後2時00分~午後3時30分",
        "(3)議題",
        "  • 諮問第12号",
        "    「保険年金課が保有する国民健康保険資格情報の、がん検診事業における目的外利用」について(第2回)",
        "  • 諮問第13号",
        "    「下水道課の排水設備台帳システムと、建築指導課の建築確認システムとのオンライン結合」について(第1回)",
        "(4)審議の概要",
        "  • 諮問第12号",
        "    実施機関から説明を受け、答申案のとおり承認した。",
        "  • 諮問第13号",
        "    質疑を行い、次回に審議を継続することとした。",
    ]
    cases = read("\n".join(lines)).council_cases
    assert [(case.line, case.title[:8], case.decision) for case in cases] == [
        (6, "「保険年金課が保", "approved"), (8, "「下水道課の排水", "unknown")]


@pytest.mark.parametrize(("title", "flow"), [
    pytest.param("「保険年金課が保有する国民健康保険資格情報の、がん検診事業における目的外利用」について",
                 ("保険年金課", None, None, "がん検診事業", None, ["国民健康保険資格情報"]), id="holder-first-use"),
    pytest.param("「消防課が保有する救急搬送者の氏名及び年齢の、県が行う救急医療調査事業への外部提供」について",
                 ("消防課", None, None, "救急医療調査事業", "県", ["氏名", "年齢"]),
                 id="holder-first-provision-to-the-body-that-runs-the-business"),
    pytest.param("「下水道課の排水設備台帳システムと、建築指導課の建築確認システムとのオンライン結合」について",
                 ("下水道課", "排水設備台帳システム", "建築指導課", "建築確認システム", None, []),
                 id="both-systems-named"),
])
def test_a_quoted_title_naming_the_holder_first_states_the_flow(title: str, flow: tuple) -> None:
    lines = ["(3)議題", "  • 諮問第12号", f"    {title}(第1回)"]
    flows = read("\n".join(lines)).flows
    assert [(f.source_department, f.source_business, f.recipient_department, f.recipient_business,
             f.recipient_external, f.items) for f in flows] == [flow]


def test_counted_heads_under_a_dated_count_are_cases_decided_below() -> None:
    lines = [
        "今日は審議会がありました。",
        "本日(令和7年6月11日)の審議会では、市長から諮問された2件を審議しました。",
        "☆1件目 防犯灯管理での町内会名簿の利用",
        "地域安全課の防犯灯管理事業で、市民協働課が保有する町内会名簿を目的外利用するものです。",
        "点検の連絡に使う項目は次のとおりです。",
        "",
        "会長名",
        "",
        "電話番号",
        "",
        "質問はなく、原案のとおり承認されました。",
        "☆2件目 子ども食堂への案内の送付",
        "こども支援課の子ども食堂支援事業で、国保年金課が保有する児童扶養手当情報を目的外利用し、あわせて案内の発送を"
        "委託する印刷事業者へ保護者の氏名と住所を外部提供するものです。",
        "結局、送付先の管理については意見を付して承認、ということになりました。",
        "☆次回は8月の予定です",
    ]
    cases = read("\n".join(lines)).council_cases
    assert [(case.date, case.title, case.decision, case.line) for case in cases] == [
        ("2025-06-11", "防犯灯管理での町内会名簿の利用", "approved", 3),
        ("2025-06-11", "子ども食堂への案内の送付", "approved_with_opinion", 12)]
    flows = read("\n".join(lines)).flows
    assert [(f.source_department, f.recipient_department, f.recipient_business, f.recipient_external, f.items, f.line)
            for f in flows] == [
        ("市民協働課", "地域安全課", "防犯灯管理事業", None, ["会長名", "電話番号"], 4),
        ("国保年金課", "こども支援課", "子ども食堂支援事業", None, ["児童扶養手当情報"], 13),
        ("こども支援課", None, "子ども食堂支援事業", "印刷事業者", ["保護者の氏名", "住所"], 13)]
