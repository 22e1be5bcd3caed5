"""Flow shapes the eleventh blind round (realshapes11) taught, on invented pages of the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows, read

CASES = [
    pytest.param(
        ["外部提供と目的外利用の一覧", "", "◆お知らせ", "次のとおり取りまとめました。",
         "◆保険課", "後期高齢者医療事務で保有する被保険者の氏名、電話番号を、地域福祉課の見守り訪問事務に目的外利用"
         "しました。訪問先を選ぶためです(相当の理由)。",
         "◆学校教育課", "就学援助事務で保有する認定者の氏名を、本人の同意を得て北里町教育振興会に外部提供しました。",
         "◆連絡先", "総務課"],
        [("保険課", "後期高齢者医療事務", "地域福祉課", "purpose_outside_use", "reasonable_grounds",
          ("氏名", "電話番号"), 6),
         ("学校教育課", "就学援助事務", "北里町教育振興会", "external_provision", "consent", ("認定者の氏名",), 8)],
        id="department-alone-in-a-marked-heading-the-paragraph-opens-with-the-holding-business",
    ),
    pytest.param(
        ["連携の例", "北里町は、水道料金事務で保有する使用者の氏名及び口座番号を、料金収納を担う委託業者の"
         "クラウドサーバとオンライン結合により提供しています。 請求を早めるためで、令和5年10月1日から始まりました。",
         "次の例", "もう一つは、介護保険事務で保有する認定情報を、福祉公社のシステムとオンライン結合しているものです。"
         " 認定調査を公社に委託するためで、審議会の答申を経ています。"],
        [(None, "水道料金事務", "料金収納を担う委託業者のクラウドサーバ", "online_connection", "unknown",
          ("氏名", "口座番号"), 2),
         (None, "介護保険事務", "認定調査", "online_connection", "council", ("認定情報",), 4)],
        id="the-town-as-subject-the-business-first-joined-to-a-contractors-server-entrusted-work-from-the-reason",
    ),
    pytest.param(
        ["co 【資料3】電子計算機の結合の状況(2025年4月1日現在)", "北里町",
         "【1】年金課 国民年金事務 → 日本年金機構 加入・脱退の届出情報",
         "【2】税務課 固定資産税事務 → 北里県(土地情報システム) 地番、地積",
         "【3】保育課 保育所入所事務 → 株式会社北里ネット(クラウド) 児童の氏名、生年月日",
         "※ 【1】から【2】までは法令に基づく結合、【3】は審議会の答申による結合です。"],
        [("年金課", "国民年金事務", "日本年金機構", "online_connection", "law", ("加入", "脱退の届出情報"), 3),
         ("税務課", "固定資産税事務", "北里県", "online_connection", "law", ("地番", "地積"), 4),
         ("保育課", "保育所入所事務", "株式会社北里ネット", "online_connection", "council", ("氏名", "生年月日"), 5)],
        id="numbered-arrow-rows-under-a-heading-past-the-towns-name-grounds-in-a-note-citing-the-numbers",
    ),
    pytest.param(
        ["運用の状況", "",
         "2、提供の例としては、農政課が農地台帳事務で保有する耕作者の氏名を、県農業会議の農地調整事務に提供したもの"
         "(法令に基づく)があります。",
         "",
         "3、また、市民課が窓口予約事務で保有する予約者の電話番号を、予約システムを運用する事業者のサーバとオンライン結合"
         "により提供しています。"],
        [("農政課", "農地台帳事務", "農地調整事務", "external_provision", "law", ("氏名",), 3),
         ("市民課", "窓口予約事務", "予約システムを運用する事業者のサーバ", "online_connection", "unknown",
          ("予約者の電話番号",), 5)],
        id="a-prefectural-office-with-its-business-is-outside-a-bare-bracketed-ground-a-holder-joined-to-a-server",
    ),
    pytest.param(
        ["【審議会開催】", "審議された案件", "",
         "1件目は「固定資産税の電子通知に係る外部提供について」です。 資産税課が固定資産税事務で受け付けた"
         "償却資産申告書の情報を、電子申告の共同システムを通じて申告した法人に提供するもので、審議会は原案どおり承認しました。"],
        [("資産税課", "固定資産税事務", "固定資産税の電子通知", "external_provision", "council",
          ("償却資産申告書の情報",), 4)],
        id="a-news-case-the-holder-received-the-data-the-system-it-goes-through-before-the-recipient",
    ),
    pytest.param(
        ["審議会の報告", "報告事項", "",
         "あわせて、防災課が消防団に避難所の開設名簿を提供していることと、保険課が市民課に加入者の一覧を提供した"
         "ことが報告されました。"],
        [("防災課", None, "消防団", "external_provision", "unknown", ("避難所の開設名簿",), 4),
         ("保険課", None, "市民課", "purpose_outside_use", "unknown", ("加入者の一覧",), 4)],
        id="a-reported-provision-the-recipient-before-the-data-a-section-receiving-is-a-use",
    ),
    pytest.param(
        ["届出の状況", "1. 新しい事務",
         " 「障害者移動支援事務」とは、障害福祉課が令和7年2月1日から行う事務で、利用者の氏名及び障害の程度を記録する"
         "ものです。 当該事務では、障害の程度を福祉課の障害者手帳交付事務から目的外利用により取得します。"],
        [("福祉課", "障害者手帳交付事務", "障害福祉課", "purpose_outside_use", "unknown", ("障害の程度",), 3)],
        id="this-business-points-at-the-business-a-definition-before-it-on-the-line-names-with-its-department",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_flow_shapes_of_the_eleventh_round(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected


def test_the_start_and_reason_of_a_joined_business_come_from_the_sentence_after() -> None:
    page = read("\n".join(CASES[1].values[0]))
    assert [(f.start_date, f.reason) for f in page.flows][0] == ("2023-10-01", "請求を早めるため")


def test_the_start_of_a_defined_business_is_the_start_of_its_use() -> None:
    page = read("\n".join(CASES[6].values[0]))
    assert [(f.recipient_business, f.start_date) for f in page.flows] == [("障害者移動支援事務", "2025-02-01")]


MINUTES = ["1. 第3回審議会(令和7年1月20日)",
           "[会長]それでは諮問第2号「健診の受診勧奨に係る目的外利用について」を審議します。",
           "[保険課長]保険課の森です。 特定健診事務で保有する未受診者の氏名、住所を、北里町医師会に提供したいと"
           "考えています。",
           "[会長]それでは、諮問第2号は承認とします。 続いて諮問第3号「公園管理に係る外部提供について」です。",
           "[公園課長]公園課です。 説明は以上です。",
           "[会長]それでは、利用を年度内に限るという意見を付して承認とします。"]


def test_the_speakers_department_holds_what_a_later_sentence_of_the_turn_offers() -> None:
    assert ("保険課", "特定健診事務", "北里町医師会", "external_provision", "council", ("氏名", "住所"), 3) in flows(
        "\n".join(MINUTES))


def test_a_turns_flow_replaces_a_title_that_named_the_holding_business_as_receiving() -> None:
    page = read("\n".join(["[会長]それでは諮問第4号「国民年金事務における保有個人情報の外部提供について」を審議する。",
                            "[年金課長]年金課です。 国民年金事務で保有する加入者の氏名を、北里年金協会に提供したいと"
                            "考えています。",
                            "[会長]それでは、諮問第4号は承認とします。"]))
    assert [(f.source_department, f.source_business, f.recipient_external, f.line) for f in page.flows] == [
        ("年金課", "国民年金事務", "北里年金協会", 2)]
    assert [case.flow_ids for case in page.council_cases] == [[page.flows[0].id]]


def test_a_decision_before_the_next_case_on_the_line_closes_the_case_before() -> None:
    page = read("\n".join(MINUTES))
    assert [case.decision for case in page.council_cases] == ["approved", "approved_with_opinion"]


def test_a_cases_start_told_as_a_plan_is_its_start() -> None:
    page = read("\n".join(["審議された案件",
                            "2件目は「図書館予約の通知に係る外部提供について」です。 図書館の予約事務で保有する"
                            "利用者のメールアドレスを、通知を送る委託事業者に提供します。 "
                            "開始は2026年1月5日の予定で、承認されました。"]))
    assert [flow.start_date for flow in page.flows] == ["2026-01-05"]


def test_a_sentence_whose_subject_is_a_department_is_left_to_the_holder_readers() -> None:
    page = read("\n".join(["結合",
                           "・年金課は、国民年金事務で保有する資格情報を、日本年金機構のシステムとオンライン結合しています。"]))
    assert [(f.source_department, f.source_business) for f in page.flows] == [("年金課", "国民年金事務")]
