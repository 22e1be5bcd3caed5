"""Council shapes the twenty-third and twenty-fourth rounds (realshapes23-24) taught, on invented pages.

Each case is a small invented page and the council cases read of it: (date, title start, decision, line).
"""

from __future__ import annotations

import pytest
from page_shapes import read

CASES = [
    pytest.param(
        [
            "地域・くらし",
            "2031年6月20日(金)8:15",
            "2件の外部提供など認める",
            "町個人情報保護審議会/名簿の管理に意見",
            "「青葉浦町個人情報保護審議会」(比嘉守会長)が19日、町役場で開かれ、町長から諮問のあった2件を審議し、"
            "いずれも承認する答申をまとめた。",
            "1件目は、住民課が保有する住民基本台帳の情報のうち、満65歳となる町民の氏名を、健診の案内に使うため"
            "健康推進課が利用するもの。",
            "2件目は、消防本部が保有する救急搬送の記録を、防災訓練の計画に使うため防災課が利用するもので、"
            "委員からは「記録の管理を徹底すること」との意見があり、これを答申に付すことにした。",
        ],
        [("2031-06-19", "住民課が保有する住民基本台帳", "approved", 6),
         ("2031-06-19", "消防本部が保有する救急搬送", "approved_with_opinion", 7)],
        id="a-news-lead-answers-every-case-told-by-its-order-its-day-dated-by-the-dateline",
    ),
    pytest.param(
        [
            "2031年7月2日(水)10:40",
            "審議会が30日に開かれ、市長から諮問のあった3件を審議し、いずれも認める答申をした。",
            "1件目は、保険課が保有する健診結果を、保健指導を委託する民間事業者へ提供するもの。",
        ],
        [("2031-06-30", "保険課が保有する健診結果", "approved", 3)],
        id="a-lead-day-later-than-the-dateline-falls-in-the-month-before",
    ),
]


@pytest.mark.parametrize(("lines", "cases"), CASES)
def test_council_shapes_of_the_twenty_third_round(lines: list[str], cases: list[tuple]) -> None:
    document = read("\n".join(lines))
    assert [(case.date, case.title[:len(title)], case.decision, case.line) for case, (_, title, _, _) in
            zip(document.council_cases, cases, strict=True)] == cases


def test_ordinal_items_without_an_answering_lead_are_no_cases() -> None:
    lines = ["2031年7月2日(水)10:40", "1件目は、保険課が保有する健診結果を、保健指導に使うため健康課が利用するもの。"]
    assert read("\n".join(lines)).council_cases == []


def test_items_told_by_their_order_state_their_flows() -> None:
    lines = [
        "2031年6月20日(金)8:15",
        "審議会が19日に開かれ、町長から諮問のあった3件を審議し、いずれも承認する答申をまとめた。",
        "1件目は、住民課が保有する住民基本台帳の情報のうち、満65歳となる町民の氏名と生年月日を、健診の案内に使うため"
        "健康推進課が利用するもの。",
        "2件目は、消防本部が保有する救急搬送の記録を、防災訓練の計画に使うため防災課が利用するもの。",
        "3件目は、保険課が保有する歯科健診の結果を、受診勧奨業務を委託する民間事業者へ電子媒体で提供するもの。",
    ]
    assert [(f.source_department, f.source_business, f.recipient_department, f.recipient_business,
             f.recipient_external, f.kind, f.basis, tuple(f.items), f.reason, f.line)
            for f in read("\n".join(lines)).flows] == [
        ("住民課", "住民基本台帳", "健康推進課", None, None, "purpose_outside_use", "council", ("氏名", "生年月日"),
         "健診の案内に使うため", 3),
        ("消防本部", None, "防災課", None, None, "purpose_outside_use", "council", ("救急搬送の記録",),
         "防災訓練の計画に使うため", 4),
        ("保険課", "歯科健診", None, "受診勧奨業務", "民間事業者", "online_connection", "council", ("歯科健診の結果",),
         None, 5),
    ]


def test_consultations_counted_in_one_sentence_are_cases_answered_together() -> None:
    lines = [
        "青葉浦村個人情報保護審議会が答申",
        "三月五日、審議会の会長から村長に、二月に諮問のあった二件について答申がなされました。",
        "諮問されたのは、健康課が住民基本台帳から抽出した八十歳以上の村民の氏名及び住所を、安否確認のため"
        "青葉浦村民生委員協議会に提供する件と、税務課が保有する軽自動車税の納税記録を、移動支援の調査のため"
        "交通政策課が利用する件の二件です。",
        "会長は、「二件とも条例第八条第二項第三号に当たるものと判断しました。ただし、名簿は毎年回収することを"
        "条件とします。」と述べました。",
    ]
    document = read("\n".join(lines))
    assert [(case.title, case.articles, case.decision, case.line) for case in document.council_cases] == [
        ("安否確認のため青葉浦村民生委員協議会に提供する件", ["条例第八条第二項第三号"], "approved_with_opinion", 3),
        ("移動支援の調査のため交通政策課が利用する件", ["条例第八条第二項第三号"], "approved_with_opinion", 3)]
    assert [(f.source_department, f.source_business, f.recipient_department, f.recipient_business,
             f.recipient_external, f.kind, f.basis, tuple(f.items)) for f in document.flows] == [
        ("健康課", "住民基本台帳", None, None, "青葉浦村民生委員協議会", "external_provision", "council",
         ("氏名", "住所")),
        ("税務課", None, "交通政策課", "移動支援の調査", None, "purpose_outside_use", "council",
         ("軽自動車税の納税記録",))]
    assert [case.flow_ids for case in document.council_cases] == [["f1"], ["f2"]]


def test_a_bill_explained_in_committee_states_the_provisions_its_ordinance_adds() -> None:
    lines = [
        "○比嘉委員長 乙第9号議案について審査を行います。",
        "○大城総務部長 乙第9号議案青葉県個人番号の利用及び特定個人情報の提供に関する条例の一部を改正する条例について"
        "御説明いたします。",
        " 本議案は、知事が児童扶養手当の支給に関する事務で保有する特定個人情報を、教育委員会が行う奨学のための給付金の"
        "支給に関する事務に提供できるようにするものであります。",
        " 施行日は令和7年4月1日としております。",
        " 次に、乙第10号議案青葉県手数料条例の一部を改正する条例について御説明いたします。",
    ]
    assert [(f.source_department, f.source_business, f.recipient_department, f.recipient_business, f.kind,
             f.basis, f.basis_text, f.start_date, tuple(f.items), f.line) for f in read("\n".join(lines)).flows] == [
        (None, "児童扶養手当の支給に関する事務", "教育委員会", "奨学のための給付金の支給に関する事務",
         "external_provision", "law", "青葉県個人番号の利用及び特定個人情報の提供に関する条例", "2025-04-01",
         ("特定個人情報",), 3)]


def test_an_agenda_item_names_the_business_its_department_runs_and_a_link_by_computer_processing() -> None:
    lines = [
        "令和5年度第4回架空町個人情報保護審議会 会議録",
        "1 開催日時 令和5年11月8日(水曜日)午後2時から",
        "(1)諮問事項",
        " ア がん検診の受診案内業務に係る健康管理情報の外部提供及び電子計算機処理による結合について"
        "(健康づくり課主管の検診台帳管理事務)",
    ]
    assert [(f.source_department, f.source_business, f.recipient_business, f.kind, f.line)
            for f in read("\n".join(lines)).flows] == [
        ("健康づくり課", "検診台帳管理事務", "がん検診の受診案内業務", "online_connection", 4)]
    assert [case.line for case in read("\n".join(lines)).council_cases] == [4]


def test_an_answer_decides_each_consultation_by_its_number_in_sentences_broken_by_the_page_width() -> None:
    lines = [
        "令和6年2月14日",
        "架空村個人情報保護審議会",
        "1 諮問事項",
        "(1) 配食サービス事業に係る高齢者台帳情報の目的外利用について(保健福祉課)",
        "(2) 消防団活動に係る住民基本台帳情報の外部提供について(総務課)",
        "2 審議会の結論",
        "諮問事項(1)については、諮問のとおり目的外利用することを認める。",
        "諮問事項(2)については、提供先を分団長に限ることを条件とし",
        "て、外部提供することを認める。",
    ]
    assert [(case.line, case.decision) for case in read("\n".join(lines)).council_cases] == [
        (4, "approved"), (5, "approved_with_opinion")]


def test_an_answers_reasons_numbered_like_its_items_name_the_holders() -> None:
    lines = [
        "令和6年3月4日",
        "架空町個人情報保護審議会",
        "1 諮問事項",
        "(1) 子育て応援事業に係る児童手当受給者情報の目的外利用について(こども家庭課)",
        "2 審議会の結論",
        "諮問事項(1)については、諮問のとおり目的外利用することを認める。",
        "3 理由",
        "(1) こども家庭課が児童手当事務で保有する受給者の氏名、住所を、同課の子育",
        "て応援事業で利用するものであり、対象世帯への案内に必要と認められる。",
    ]
    document = read("\n".join(lines))
    assert [(f.source_department, f.source_business, f.recipient_department, f.recipient_business, f.kind,
             f.basis) for f in document.flows] == [
        ("こども家庭課", "児童手当事務", "こども家庭課", "子育て応援事業", "purpose_outside_use", "council")]
    assert [(case.decision, len(case.flow_ids)) for case in document.council_cases] == [("approved", 1)]


def test_an_agendas_annex_flattened_one_cell_a_line_gives_the_title_flows_their_other_end() -> None:
    lines = [
        "第2回 架空村個人情報保護審議会 次第",
        "と き 令和6年9月3日(火) 午前10時",
        "3 議題",
        "(1) 諮問第8号 図書館資料配送業務に係る利用者情報の外部提供について",
        "【生涯学習課】",
        "(2) 諮問第9号 保育料公会計化に伴う園児情報の目的外利用及びオンライン結合について",
        "【子育て支援課】",
        "資料1-1 諮問第8号関係",
        "業務名",
        "提供先",
        "提供する項目",
        "図書館資料配送業務",
        "宅配事業者(村内2事業者)",
        "利用者の氏名、住所",
        "資料1-2 諮問第9号関係",
        "業務名",
        "利用する情報",
        "結合先",
        "保育料徴収管理業務",
        "園児氏名、保護者氏名",
        "保育料管理システム事業者",
    ]
    document = read("\n".join(lines))
    ends = {(f.kind, f.recipient_external, f.line) for f in document.flows}
    assert ("external_provision", "宅配事業者", 4) in ends
    assert ("online_connection", "保育料管理システム事業者", 6) in ends
    assert all(f.basis == "council" for f in document.flows)


def test_the_department_under_a_report_item_is_not_the_consultation_above_it() -> None:
    lines = [
        "第5回 架空町個人情報保護審議会 次第",
        "と き 令和6年10月1日(火) 午後2時",
        "3 議題",
        "(1) 諮問第4号 児童館利用登録に伴う住民情報の目的外利用について",
        "【こども課】",
        "(2) 報告第1号 令和5年度個人情報取扱事務の登録状況について",
        "【総務課】",
    ]
    assert [(f.recipient_department, f.line) for f in read("\n".join(lines)).flows] == [("こども課", 4)]
