"""Council-case shapes the tenth blind round (realshapes10) taught, on invented pages.

Each case is a small invented page and what is expected of it: the council cases as (date, title, decision, lines of
the flows the case states) and the flows as (source department, source business or outside supplier, recipient,
kind, basis, items, line) — the recipient being the department, else the business, else the outside party.
"""

from __future__ import annotations

import pytest
from page_shapes import flows, read

CASES = [
    pytest.param(
        [
         "令和6年度第1回桐ケ谷町個人情報保護審議会の結果",
         "開催日時",
         " 令和6年7月9日(火曜日)午前10時から",
         "議題",
         "・諮問第2号 学童保育の利用調整に伴う保有個人情報の目的外利用について【こども課、住民課】",
         "・諮問第3号 見守り配食サービスの委託に伴う保有個人情報の外部提供について【福祉課】",
         "・報告 個人情報取扱事務の登録について",
         "審議の結果",
         "諮問第2号",
         "",
         " 住民課が住民基本台帳事務で保有する世帯員の続柄を、こども課が学童保育事務において入所の優先度の判定に"
         "利用するものです。諮問のとおり承認されました。",
         "",
         "諮問第3号",
         "",
         " 福祉課が高齢者福祉事務で保有する利用者の氏名及び住所を、配食の見守りを受託する有限会社きりがや給食に"
         "提供するものです。個人情報の返却を契約に定めることを条件として承認されました。",
        ],
        [("2024-07-09", "学童保育の利用調整に伴う保有個人情報の目的外利用について", "approved", [11]),
         ("2024-07-09", "見守り配食サービスの委託に伴う保有個人情報の外部提供について", "approved_with_opinion",
          [6])],
        [("福祉課", "高齢者福祉事務", "見守り配食サービス", "external_provision", "council", ("氏名", "住所"), 6),
         ("住民課", "住民基本台帳事務", "こども課", "purpose_outside_use", "council", ("世帯員の続柄",), 11)],
        id="result-page-bulleted-agenda-each-case-completed-by-the-paragraph-under-its-number-alone",
    ),
    pytest.param(
        [
         "第3回 朝霧村個人情報保護審議会 審議結果",
         "日時 令和6年2月13日(火) 午後1時30分から",
         "議題",
         "(1) 諮問第8号 就学援助の認定に伴う保有個人情報の目的外利用について 【学校教育課、税務課】",
         "【諮問第8号】",
         "税務課が村民税課税事務で保有する保護者の所得額を、学校教育課が就学援助事務において援助の認定に利用する"
         "ものです。原案のとおり承認されました。",
        ],
        [("2024-02-13", "就学援助の認定に伴う保有個人情報の目的外利用について", "approved", [6])],
        [("税務課", "村民税課税事務", "学校教育課", "purpose_outside_use", "council", ("保護者の所得額",), 6)],
        id="the-number-in-brackets-alone-over-the-result-the-holder-among-the-bracketed-departments-does-not-receive",
    ),
    pytest.param(
        [
         "2024.06.03",
         "お知らせ",
         "令和5年度 白鷺広域連合個人情報保護審議会の審議状況",
         "開催状況",
         "・第1回 令和5年7月4日",
         "・第2回 令和5年11月21日",
         "諮問案件と答申",
         "1.諮問第11号 住民票写しのコンビニ交付に係る委託について",
         "　戸籍住民課が住民票発行事務で保有する交付申請者の氏名及び住所を、証明書交付の運用を受託する"
         "株式会社しらさぎデータサービスに提供するもの。令和5年7月4日の審議会において、適当と答申しました。",
         "2.諮問第12号 ひとり親家庭支援事業に係る保有個人情報の外部提供について",
         "　子育て支援課が児童扶養手当事務で保有する受給者の氏名、並びに保険年金課が国民健康保険事務で保有する"
         "世帯主の氏名を、相談支援を行う白鷺市母子寡婦福祉会に提供するもの。令和5年11月21日の審議会において、"
         "諮問のとおり適当と答申しました。",
         "3.諮問第13号 後期高齢者健診事業における保有個人情報の目的外利用について",
         "　健康増進課が後期高齢者健診事務において、保険年金課が後期高齢者医療事務で保有する被保険者の資格情報を"
         "利用するもの。令和5年11月21日の審議会において審議しましたが、継続審議となりました。",
        ],
        [("2023-07-04", "住民票写しのコンビニ交付に係る委託について", "approved", [9]),
         ("2023-11-21", "ひとり親家庭支援事業に係る保有個人情報の外部提供について", "approved", [11, 11]),
         ("2023-11-21", "後期高齢者健診事業における保有個人情報の目的外利用について", "unknown", [13])],
        [("戸籍住民課", "住民票発行事務", "株式会社しらさぎデータサービス", "external_provision", "council",
          ("氏名", "住所"), 9),
         ("子育て支援課", "児童扶養手当事務", "ひとり親家庭支援事業", "external_provision", "council",
          ("受給者の氏名",), 11),
         ("保険年金課", "国民健康保険事務", "ひとり親家庭支援事業", "external_provision", "council",
          ("世帯主の氏名",), 11),
         ("保険年金課", "後期高齢者医療事務", "健康増進課", "purpose_outside_use", "council",
          ("被保険者の資格情報",), 13)],
        id="yearly-summary-each-case-dated-by-its-own-paragraph-and-completed-by-it-holders-joined-by-narabini",
    ),
    pytest.param(
        [
         "令和6年度第1回柊町個人情報保護審議会の結果",
         "開催日時",
         " 令和6年7月9日(火曜日)午前10時から",
         "議題",
         "・学童保育の利用調整に伴う保有個人情報の目的外利用について【こども課】",
         "・見守り配食サービスの委託に伴う保有個人情報の外部提供について【福祉課】",
         "審議の結果",
         "(1)学童保育の利用調整に伴う保有個人情報の目的外利用について",
         "",
         " 住民課が住民基本台帳事務で保有する世帯員の続柄を、こども課が学童保育事務において入所の優先度の判定に"
         "利用するものです。諮問のとおり承認されました。",
         "",
         "(2)見守り配食サービスの委託に伴う保有個人情報の外部提供について",
         "",
         " 福祉課が高齢者福祉事務で保有する利用者の氏名及び住所を、配食の見守りを受託する有限会社ひいらぎ給食に"
         "提供するものです。個人情報の返却を契約に定めることを条件として承認されました。",
        ],
        [("2024-07-09", "学童保育の利用調整に伴う保有個人情報の目的外利用について", "approved", [10]),
         ("2024-07-09", "見守り配食サービスの委託に伴う保有個人情報の外部提供について", "approved_with_opinion",
          [6])],
        [("福祉課", "高齢者福祉事務", "見守り配食サービス", "external_provision", "council", ("氏名", "住所"), 6),
         ("住民課", "住民基本台帳事務", "こども課", "purpose_outside_use", "council", ("世帯員の続柄",), 10)],
        id="result-page-without-numbers-each-title-repeated-alone-over-the-paragraph-of-its-result",
    ),
]


@pytest.mark.parametrize(("lines", "cases", "expected_flows"), CASES)
def test_council_case_shapes_of_the_tenth_round(lines: list[str], cases: list[tuple],
                                                 expected_flows: list[tuple]) -> None:
    document = read("\n".join(lines))
    line_of = {flow.id: flow.line for flow in document.flows}
    assert [(case.date, case.title, case.decision, [line_of[token] for token in case.flow_ids])
            for case in document.council_cases] == cases
    assert flows("\n".join(lines)) == expected_flows
    provided = [flow.recipient_external for flow in document.flows if flow.kind == "external_provision"]
    assert not any(name and name.startswith(("を", "行う", "受託")) for name in provided)


def test_the_user_named_in_the_paragraph_gives_the_receiving_business_and_purpose() -> None:
    """「…を、B課がY事務において〈目的〉に利用するもの」 under the case: Y is the recipient business (not the title's
    「Xに伴う」), the purpose its reason."""
    page = ["議題", "・諮問第4号 図書館の督促に伴う保有個人情報の目的外利用について【生涯学習課】", "審議の結果",
            "諮問第4号",
            " 住民課が住民基本台帳事務で保有する転居者の新住所を、生涯学習課が図書館管理事務において延滞資料の督促に"
            "利用するものです。承認されました。"]
    [flow] = read("\n".join(page)).flows
    assert (flow.recipient_department, flow.recipient_business, flow.reason) == (
        "生涯学習課", "図書館管理事務", "延滞資料の督促")


def test_a_meeting_dated_by_its_heading_keeps_that_date_when_a_paragraph_recalls_an_earlier_meeting() -> None:
    """Minutes dated by their 日時: a paragraph under the case that recalls 「…日の審議会において」 an earlier
    meeting does not move the case."""
    page = ["第4回 楓台市個人情報保護審議会 会議録", "日時 令和6年3月5日(火) 午後2時から", "議題",
            "1.諮問第9号 がん検診事業に係る保有個人情報の目的外利用について",
            "　令和5年12月12日の審議会において継続審議となった案件で、健康課が説明した。承認された。"]
    assert [(case.date, case.decision) for case in read("\n".join(page)).council_cases] == [
        ("2024-03-05", "approved")]


def test_a_paragraph_naming_a_holder_without_its_business_is_left_to_the_sentence_readers() -> None:
    """The council reads the paragraph under a case only when it names each holder whole (department and business):
    「A課が保有する…をB課、C課が利用」 is read by the sentence readers, one flow per department that uses."""
    page = ["議題", "(1) 諮問第6号 臨時給付金支給事務における個人情報の目的外利用について",
            "事務局から、税務課が保有する非課税世帯の情報を福祉課及び子育て支援課が目的外利用することについて説明が"
            "あった。", "審議の結果、諮問のとおり承認された。"]
    assert sorted(flow.recipient_department for flow in read("\n".join(page)).flows) == ["子育て支援課", "福祉課"]


@pytest.mark.parametrize("heading", ["(1) 諮問第7号", "諮問第7号の審議結果", "（諮問第7号）"])
def test_the_result_heading_alone_in_its_variants(heading: str) -> None:
    """The case number alone over the paragraph of its result, with a position, a 「の審議結果」 or brackets."""
    page = ["議題", "・諮問第7号 児童館の利用登録に伴う保有個人情報の目的外利用について【児童青少年課】", "審議結果",
            heading,
            " 住民課が住民基本台帳事務で保有する児童の生年月日を、児童青少年課が児童館管理事務において年齢の確認に"
            "利用するものです。承認されました。"]
    assert [(f.source_department, f.source_business, f.recipient_department, f.recipient_business, f.line)
            for f in read("\n".join(page)).flows] == [
        ("住民課", "住民基本台帳事務", "児童青少年課", "児童館管理事務", 5)]


def test_each_department_that_uses_is_one_flow() -> None:
    """「…を、A課及びB課が…利用するもの」: one use per department named."""
    page = ["議題", "・諮問第9号 物価高騰支援給付に伴う保有個人情報の目的外利用について", "審議の結果", "諮問第9号",
            " 税務課が住民税賦課事務で保有する非課税世帯の情報を、福祉課及び子育て支援課が給付金支給事務において"
            "支給対象の確認に利用するものです。承認されました。"]
    assert [(f.source_business, f.recipient_department, f.recipient_business, f.reason)
            for f in read("\n".join(page)).flows] == [
        ("住民税賦課事務", "福祉課", "給付金支給事務", "支給対象の確認"),
        ("住民税賦課事務", "子育て支援課", "給付金支給事務", "支給対象の確認")]


@pytest.mark.parametrize(("said", "date"), [
    ("令和5年9月12日に開催された審議会において、適当と答申した。", "2023-09-12"),
    ("第2回審議会(令和5年9月12日開催)において、適当と答申した。", "2023-09-12"),
])
def test_a_summary_case_takes_the_meeting_its_paragraph_names(said: str, date: str) -> None:
    page = ["令和5年度 審議の状況", "・第1回 令和5年5月16日", "・第2回 令和5年9月12日", "諮問案件",
            "1.諮問第5号 防犯カメラ運用事業に係る保有個人情報の外部提供について",
            f"　市民安全課が防犯カメラ管理事務で保有する画像を、警察署に提供するもの。{said}"]
    assert [(case.date, case.decision) for case in read("\n".join(page)).council_cases] == [(date, "approved")]


def test_a_contractor_in_apposition_is_the_recipient_without_it() -> None:
    """「…を、委託先である株式会社Xに提供」: the contractor, not 「委託先である…」."""
    page = ["議題", "・諮問第3号 乳幼児健診の委託に伴う保有個人情報の外部提供について【健康課】", "審議結果",
            "諮問第3号",
            " 健康課が母子保健事務で保有する乳幼児の氏名及び生年月日を、委託先である一般社団法人みなと医師会に提供する"
            "ものです。承認されました。"]
    assert [(f.source_business, f.recipient_business, f.recipient_external) for f in read("\n".join(page)).flows] == [
        ("母子保健事務", "乳幼児健診", "一般社団法人みなと医師会")]


@pytest.mark.parametrize(("answer", "decision"), [
    ("適当である旨を答申しました。", "approved"),
    ("不適当と答申しました。", "rejected"),
    ("差し支えないとの答申を行いました。", "approved"),
    ("委託先の監査を求める意見を付したうえで、適当と認める答申を行いました。", "approved_with_opinion"),
    ("審議の結果、これを認めることとしました。", "approved"),
    ("継続審議となり、答申には至っていません。", "unknown"),
])
def test_the_answer_a_summary_paragraph_reports(answer: str, decision: str) -> None:
    page = ["令和5年度 審議の状況", "諮問案件",
            "1.諮問第2号 狂犬病予防事業に係る保有個人情報の外部提供について",
            "　環境衛生課が犬の登録事務で保有する飼い主の氏名を、獣医師会に提供するもの。"
            f"令和5年8月8日の審議会において、{answer}"]
    assert [(case.date, case.decision) for case in read("\n".join(page)).council_cases] == [("2023-08-08", decision)]


def test_a_summary_case_said_of_a_numbered_session_takes_the_date_listed_for_it() -> None:
    """「・第2回 令和5年9月12日」 listed above, 「第2回審議会において…答申」 under the case: that session's date."""
    page = ["令和5年度 審議の状況", "・第1回 令和5年5月16日", "・第2回 令和5年9月12日", "・第3回 令和6年1月23日",
            "諮問案件",
            "1.諮問第5号 防犯カメラ運用事業に係る保有個人情報の外部提供について",
            "　市民安全課が防犯カメラ管理事務で保有する画像を、警察署に提供するもの。"
            "第2回審議会において、適当と答申した。",
            "2.諮問第6号 検診受診勧奨事業に係る保有個人情報の目的外利用について",
            "　第1回の審議会で、諮問のとおり適当と答申した。"]
    assert [(case.date, case.decision) for case in read("\n".join(page)).council_cases] == [
        ("2023-09-12", "approved"), ("2023-05-16", "approved")]
