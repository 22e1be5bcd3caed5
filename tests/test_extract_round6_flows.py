"""Flow shapes the sixth blind round (realshapes6) taught, on invented pages of the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows, read

CASES = [
    pytest.param(
        ["外部への提供", "",
         "・農林課が森林簿管理事務で保有する山林所有者の連絡先を、北谷森林組合に提供しました。(本人の同意があるもの)",
         "・納税課が滞納整理事務で保有する差押物件の一覧を、地方検察庁に提供しました。(法令に基づくもの)"],
        [("農林課", "森林簿管理事務", "北谷森林組合", "external_provision", "consent", ("山林所有者の連絡先",), 3),
         ("納税課", "滞納整理事務", "地方検察庁", "external_provision", "law", ("差押物件の一覧",), 4)],
        id="bullet-provision-read-once-with-its-bracketed-ground-after-the-full-stop",
    ),
    pytest.param(
        ["内部での利用", "",
         "・環境課が畜犬登録事務で保有する飼い主の住所を、保健所が狂犬病予防事務に利用しました。(相当の理由があるもの)"],
        [("環境課", "畜犬登録事務", "保健所", "purpose_outside_use", "reasonable_grounds", ("飼い主の住所",), 3)],
        id="bullet-use-with-a-reasonable-grounds-bracket",
    ),
    pytest.param(
        ["外部提供の内容は次のとおりです。",
         "  ・ 建設課が道路台帳事務で保有する隣接地権者の氏名を、境界確認のため法務局へ提供(法令に基づく提供)",
         "  ・ 学務課が就学援助事務で保有する就学援助認定名簿を、各小学校へ提供(本人の同意による提供)"],
        [("建設課", "道路台帳事務", "法務局", "external_provision", "law", ("隣接地権者の氏名",), 2),
         ("学務課", "就学援助事務", "各小学校", "external_provision", "consent", ("就学援助認定名簿",), 3)],
        id="indented-provision-why-glued-before-a-national-bureau-ground-worded-as-the-act",
    ),
    pytest.param(
        ["記録によると、次のような利用がありました。",
         "住民課が戸籍事務で保有する世帯員の生年月日を、保険課が後期高齢者医療事務で利用したもので、"
         "高齢者医療確保法に定めがあるため例外に当たります。",
         "また、観光課が宿泊税事務で保有する施設の連絡先を、防災課が避難所確保事業に利用したもので、"
         "審議会の意見を聴いたうえで例外とされています。"],
        [("住民課", "戸籍事務", "保険課", "purpose_outside_use", "law", ("世帯員の生年月日",), 2),
         ("観光課", "宿泊税事務", "防災課", "purpose_outside_use", "council", ("施設の連絡先",), 3)],
        id="blog-use-whose-ground-is-told-in-the-sentence",
    ),
    pytest.param(
        ["電子計算機の結合(第10条)",
         "例)保育課が施設入所事務において子ども子育て支援システムを通じて県保育協会へ入所児童数を送信",
         "・市民税課が課税事務において地方税ポータルシステム(eLTAX)を通じて国税庁と源泉徴収票データを"
         "送受信(令和3年1月4日開始)",
         "・介護保険課が認定事務において介護保険総合システムで国保連合会と認定情報をやり取りするもの"
         " →法令に定める事務のため、二に当たる"],
        [("保育課", "施設入所事務", "県保育協会", "online_connection", "unknown", ("入所児童数",), 2),
         ("市民税課", "課税事務", "国税庁", "online_connection", "unknown", ("源泉徴収票データ",), 3),
         ("介護保険課", "認定事務", "国保連合会", "online_connection", "law", ("認定情報",), 4)],
        id="study-guide-links-sent-through-a-system-to-an-outside-body",
    ),
    pytest.param(
        ["  1. 台帳は防災安全課が支援台帳整備事務で作成しています。",
         "  2. 作成にあたり、防災安全課は、高齢がい護課が要介護認定事務で保有する認定区分と、"
         "障がい支援課が療育手帳事務で保有する判定区分を利用しています。"],
        [("高齢がい護課", "要介護認定事務", "防災安全課", "purpose_outside_use", "unknown", ("認定区分",), 2),
         ("障がい支援課", "療育手帳事務", "防災安全課", "purpose_outside_use", "unknown", ("判定区分",), 2)],
        id="answer-user-first-two-holders-and-the-users-business-from-the-line-above",
    ),
    pytest.param(
        ["第2 諮問の内容",
         "保険年金課は、高額療養費支給事務において、自己負担限度額の区分を判定するため、"
         "課税課が住民税課税事務で保有する世帯主の課税所得額を利用する。",
         "また、保険年金課は、高額療養費支給事務で保有する被保険者番号、口座番号を、"
         "レセプト点検事務を委託する県後期高齢者医療広域連合へ提供する。"],
        [("課税課", "住民税課税事務", "保険年金課", "purpose_outside_use", "unknown", ("世帯主の課税所得額",), 2),
         ("保険年金課", "高額療養費支給事務", "レセプト点検事務", "external_provision", "unknown",
          ("被保険者番号", "口座番号"), 3)],  # the business entrusted to the body is the recipient business
        id="report-user-first-with-its-business-and-a-provision-to-an-entrusted-body",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_flow_shapes_of_the_sixth_round(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected


def test_answers_under_a_question_about_the_list_hand_it_to_the_bodies_they_name() -> None:
    page = ["要援護者名簿Q&A", "",
            "Q1 名簿にはどのような情報が載っているのですか?", "",
            "A 氏名、住所、連絡先が載っています。", "",
            "Q2 名簿はどこに渡りますか?", "",
            "A ふだんは、掲載に同意した方の分だけを、町内会、見守り推進員に提供しています。", "",
            "  1. 大雨などで災害のおそれがあるときは、同意のない方の分も含めて消防団、海上保安部に提供します。"]
    got = [(f.source_business, f.recipient_external, f.basis, tuple(f.items), f.line)
           for f in read("\n".join(page)).flows]
    items = ("氏名", "住所", "連絡先")
    assert got == [("要援護者名簿", "町内会", "consent", items, 9),
                   ("要援護者名簿", "見守り推進員", "consent", items, 9),
                   ("要援護者名簿", "消防団", "vital_interest", items, 11),
                   ("要援護者名簿", "海上保安部", "vital_interest", items, 11)]


@pytest.mark.parametrize("case", [-2, -1])
def test_a_user_named_first_gets_its_business(case: int) -> None:
    """The user's business: told in the sentence (「…は、Y事務において、」) or by the line above."""
    businesses = {flow.recipient_business for flow in read("\n".join(CASES[case].values[0])).flows
                  if flow.kind == "purpose_outside_use"}
    assert businesses == ({"支援台帳整備事務"} if case == -2 else {"高額療養費支給事務"})


def test_an_answer_slide_approving_with_an_opinion_in_brackets() -> None:
    page = ["第2回 情報公開・個人情報保護審議会", "", "議題", "",
            "諮問第7号 図書館利用者情報の外部結合について", "",
            "諮問第7号 答申", "",
            "•承認(意見付き) •「委託先の作業記録を年1回確認すること」3"]
    assert [(case.title[:5], case.decision) for case in read("\n".join(page)).council_cases] == \
        [("図書館利用", "approved_with_opinion")]


def test_a_slide_naming_two_holders_for_an_agenda_case_states_both() -> None:
    page = ["第1回 個人情報保護審議会", "", "•開催日時 令和2年7月9日(木)午前10時 •場所 本庁舎 会議室2", "",
            "議題", "",
            "諮問第1号 家具転倒防止器具設置事業に伴う保有個人情報の目的外利用について", "",
            "諮問第1号の説明(防災課)", "",
            "•防災課が家具転倒防止器具設置事業の対象世帯を選ぶため、保険課が後期高齢者医療事務で保有する被保険者の"
            "生年月日を利用する •同じく住民課が住民基本台帳事務で保有する世帯人数を利用する "
            "•根拠 条例第8条第2項第5号(審議会の意見を聴いたとき)3"]
    result = read("\n".join(page))
    got = [(f.source_department, f.recipient_business, f.basis, tuple(f.items), f.line) for f in result.flows]
    assert got == [("保険課", "家具転倒防止器具設置事業", "council", ("生年月日",), 11),
                   ("住民課", "家具転倒防止器具設置事業", "council", ("世帯人数",), 11)]
    assert [len(case.flow_ids) for case in result.council_cases] == [2]


def test_a_slide_connection_takes_its_items_start_and_ground_from_the_bullets_after_it() -> None:
    line = ("•窓口予約の電子化に伴い、市民課が証明書交付事務において、予約受付システムを外部事業者のクラウドサーバと"
            "オンライン結合する •記録項目 予約者氏名、電話番号 •開始予定 令和3年10月1日 •根拠 条例第12条第2項5")
    flows = read("第4回 個人情報保護審議会\n\n" + line).flows
    assert [(f.kind, f.source_business, f.recipient_external, f.items, f.start_date, f.basis_text) for f in flows] == [
        ("online_connection", "証明書交付事務", "外部事業者のクラウドサーバ", ["予約者氏名", "電話番号"], "2021-10-01",
         "条例第12条第2項")]


def test_an_answer_numbered_after_the_boards_name_with_its_subject_in_brackets_states_both_flows() -> None:
    page = ["青葉台村個人情報保護審査会答申第5号",
            "(就学援助事務における保有個人情報の目的外利用及び外部提供について)",
            "令和4年3月2日",
            "1 諮問の内容",
            "学校教育課は、就学援助事務において、認定の審査を行うため、住民税務課が住民税課税事務で保有する"
            "世帯の所得額を利用する。",
            "また、学校教育課は、就学援助事務で保有する認定者の氏名、口座番号を、給食費の収納事務を委託する"
            "村学校給食会へ提供する。",
            "2 審査会の判断",
            "以上により、諮問のとおり実施することは妥当である。"]
    result = read("\n".join(page))
    assert [(case.date, case.decision, len(case.flow_ids)) for case in result.council_cases] == [
        ("2022-03-02", "approved", 2)]
    assert [(f.kind, f.source_department, f.basis, f.line) for f in result.flows] == [
        ("purpose_outside_use", "住民税務課", "council", 5), ("external_provision", "学校教育課", "council", 6)]


def test_a_news_sentence_reports_a_case_its_date_and_decision() -> None:
    page = ["1. 審議会で何が決まったか",
            "令和5年6月8日に開かれた令和5年度第1回白浜町個人情報保護審議会で、町長から諮問された"
            "「子育て応援事業に係る保有個人情報の外部提供について」が審議され、原案のとおり了承されました。"]
    cases = read("\n".join(page)).council_cases
    assert [(case.title, case.date, case.decision, case.line) for case in cases] == [
        ("子育て応援事業に係る保有個人情報の外部提供について", "2023-06-08", "approved", 2)]


def test_a_lead_reporting_the_councils_agreement_is_not_a_second_provision() -> None:
    text = "白浜町の個人情報保護審議会が、健診結果を町内の薬局へ提供することを了承しました。"
    assert read("町の話題\n" + text).flows == []
