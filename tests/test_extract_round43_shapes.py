"""Shapes the forty-third blind round (realshapes43) taught, each on an invented page (table-driven)."""

from __future__ import annotations

import pytest
from page_shapes import read

from tadori.ingest.documents.readers.council.title_flows import title_flows
from tadori.ingest.documents.text.handover_roles import handover_flows
from tadori.ingest.documents.text.items import clean_items


def _ends(text: str) -> list[tuple]:
    return [(f.kind, f.source_department, f.source_business, f.source_external, f.recipient_department,
             f.recipient_business, f.recipient_external) for f in read(text).flows]


def test_a_list_handed_over_with_no_body_named_goes_to_the_body_that_asks_for_it_on_the_line_above() -> None:
    page = ["先日の議会で、自衛官募集の名簿について質問がありました。",
            "防衛省は、北浜市に対し、毎年、対象となる若者の情報を出すよう求めています。",
            "北浜市は、その年に22歳になる市民について、氏名・住所・性別を一覧にまとめ、紙に刷って渡しています。"]
    assert [(kind, external) for kind, *_, external in _ends("\n".join(page))] == [("external_provision", "防衛省")]
    alone = page[2]  # no body asks above: no flow
    assert _ends(alone) == []


def test_an_assessment_collecting_from_two_suppliers_in_one_paragraph_reads_both() -> None:
    page = ["事務の名称", "介護保険に関する事務", "事務の概要",
            "保険料の決定に当たり、町は県国民健康保険団体連合会から給付の実績に関する情報の提供を受けるほか、"
            "転入した被保険者については、前住所地の市町村から所得に関する情報を照会により取得する。"]
    found = [(f.source_external, f.recipient_business, f.items) for f in read("\n".join(page)).flows]
    assert found == [("県国民健康保険団体連合会", "介護保険に関する事務", ["給付の実績に関する情報"]),
                     ("前住所地の市町村", "介護保険に関する事務", ["所得に関する情報"])]


_TITLES = [
    (  # two bodies joined by 及び: one flow each, held by the department beside the title
        "地域防災計画に係る民生委員及び消防団への個人情報の外部提供について", ["危機管理課"],
        [("external_provision", "危機管理課", None, "地域防災計画", "民生委員"),
         ("external_provision", "危機管理課", None, "地域防災計画", "消防団")]),
    (  # the contractor named before 「への委託に伴う」 is linked to, for the business named first
        "下水道使用料徴収業務の株式会社南浜計算センターへの委託に伴う電子計算機の結合について", ["下水道課"],
        [("online_connection", "下水道課", None, "下水道使用料徴収業務", "株式会社南浜計算センター")]),
    (  # two suppliers named before 「からの収集」: one collection each
        "障害児福祉手当事務における県社会保険事務所及び年金事務所からの個人情報の収集について", ["障害福祉課"],
        [("collection_from_others", None, "障害福祉課", "障害児福祉手当事務", "県社会保険事務所"),
         ("collection_from_others", None, "障害福祉課", "障害児福祉手当事務", "年金事務所")]),
]


@pytest.mark.parametrize(("title", "departments", "expected"), _TITLES)
def test_a_case_title_naming_several_bodies_or_a_contractor_states_each_flow(
        title: str, departments: list[str], expected: list[tuple]) -> None:
    made, problems = title_flows(title, 3, title, departments=departments)
    assert problems == []
    ends = [(f.kind, f.source_department, f.recipient_department, f.recipient_business,
             f.recipient_external or f.source_external) for f in made]
    if made[0].kind == "collection_from_others":
        assert ends == [(kind, None, dept, business, supplier) for kind, _, dept, business, supplier in expected]
    else:
        assert ends == [(kind, dept, None, business, external) for kind, dept, _, business, external in expected]


def _minutes(bodies: str, handed: str) -> str:
    """An invented council record: the case put to the council, and its department's explanation."""
    return "\n".join([
        "北浜市個人情報保護審議会 会議録", "開催日時 令和6年2月5日", "議題",
        f"  諮問第7号 地域防災計画に係る{bodies.replace('と', '及び')}への個人情報の外部提供について(危機管理課)",
        "○会長 諮問第7号について、危機管理課から説明をお願いします。",
        f"○危機管理課長 諮問第7号について御説明いたします。危機管理課が管理しております避難支援台帳から、{handed}を、"
        f"各地区の{bodies}にお渡しするものです。"])


def test_a_register_the_department_keeps_completes_the_title_of_its_case() -> None:
    page = _minutes("民生委員と消防団", "氏名、住所及び電話番号")
    found = [(f.source_department, f.source_business, f.recipient_external) for f in read(page).flows]
    assert found == [("危機管理課", "避難支援台帳", "民生委員"), ("危機管理課", "避難支援台帳", "消防団")]


_HANDOVERS = [
    (  # 「持っている」 names a holder as 「保有する」 does; 「…ということだが」 restates before asking
        "納税課が持っている滞納者の氏名、住所及び滞納額を、委託先の株式会社東浜債権管理に渡すということだが、"
        "期間が終わった後はどうなるのか。",
        [("external_provision", "納税課", "株式会社東浜債権管理", ["滞納者の氏名", "住所", "滞納額"])]),
    (  # 「両機関」 points back to bodies named before: no body of its own
        "子育て支援課が、受診した医療機関名及び医療費の額を両機関から受け取る。", []),
]


@pytest.mark.parametrize(("text", "expected"), _HANDOVERS)
def test_a_handover_restated_in_a_question_or_from_an_anaphor(text: str, expected: list[tuple]) -> None:
    assert [(f.kind, f.source_department, f.recipient_external or f.source_external, f.items)
            for f in handover_flows(text, 1, text)] == expected


def test_a_roll_given_without_consent_in_a_disaster_goes_to_the_group_and_the_listed_bodies_keep_theirs() -> None:
    page = ["避難行動要支援者名簿について",
            "市は、御本人の同意をいただいたうえで、消防署、警察署、民生委員・児童委員、町内会・自治会の"
            "避難支援等関係者に、平常時から名簿情報をお渡しします。",
            "また、災害が発生したときは、生命を守るため特に必要な場合に限り、同意をいただいていない方の名簿情報も"
            "避難支援等関係者に提供することがあります。"]
    got = [(flow.recipient_external, flow.basis) for flow in read("\n".join(page)).flows]
    assert got == [
        ("消防署", "consent"), ("警察署", "consent"), ("民生委員・児童委員", "consent"), ("町内会・自治会", "consent"),
        ("避難支援等関係者", "vital_interest")]


@pytest.mark.parametrize(("text", "expected"), [
    ("氏名・住所・生年月日・性別の4つの情報", ["氏名", "住所", "生年月日", "性別"]),  # how many, not one more item
    ("氏名、住所及び電話番号の3項目", ["氏名", "住所", "電話番号"]),
    ("基本4情報", ["基本4情報"]),  # a term of its own stays whole
])
def test_the_count_of_the_items_is_no_item(text: str, expected: list[str]) -> None:
    assert clean_items(text)[0] == expected


def test_an_item_with_an_object_of_its_own_is_one_item() -> None:
    page = _minutes("民生委員", "氏名、住所及び支援を必要とする理由")
    assert [flow.items for flow in read(page).flows] == [["氏名", "住所", "支援を必要とする理由"]]


_COUNTS = [
    (  # a bracket breaks each organ's requests down: its outcomes are that organ's; the next organ's are requests
        "令和5年度の個人情報開示請求は、市長部局宛に21件(全部開示15件、部分開示5件、不開示1件)、"
        "教育委員会宛に3件(全部開示3件)ありました。",
        [("disclosure_request", 21, "市長部局"), ("disclosure_granted", 15, "市長部局"),
         ("disclosure_partial", 5, "市長部局"), ("disclosure_refused", 1, "市長部局"),
         ("disclosure_request", 3, "教育委員会"), ("disclosure_granted", 3, "教育委員会")]),
    (  # 「…とは別の目的で」 defines nothing; the kind in brackets after 件数 is the topic, the organ labels the count
        "集めたときとは別の目的で使った件数(目的外利用)は市長部局で41件、外に出した件数(外部提供)は市長部局で"
        "12件、教育委員会で4件でした。",
        [("purpose_outside_use", 41, "市長部局"), ("external_provision", 12, "市長部局"),
         ("external_provision", 4, "教育委員会")]),
]


@pytest.mark.parametrize(("text", "expected"), _COUNTS)
def test_counts_in_a_bulletin_sentence_keep_their_organ(text: str, expected: list[tuple]) -> None:
    assert [(s.kind, s.count, s.organ_or_basis) for s in read(text).statistics] == expected


def test_a_meeting_result_names_its_case_by_the_draft_answer_it_adopted() -> None:
    page = ["北浜市個人情報保護審議会開催結果", "1 開催日時 令和3年5月12日(水曜日)10時00分", "2 会議概要",
            " 前回の審議を踏まえて事務局が用意した「学童保育事業に係る個人情報の目的外利用及び外部提供について"
            "(答申)(案)」を審議した。",
            "3 審議結果", " 答申(案)は、原案のとおり了承された。"]
    read_page = read("\n".join(page))
    assert [(case.date, case.title) for case in read_page.council_cases] == [
        ("2021-05-12", "学童保育事業に係る個人情報の目的外利用及び外部提供について")]


@pytest.mark.parametrize(("text", "expected"), [
    (  # the department the clause opens with uses what another holds, 「…に使うこと」
        "こども課が、市民課の保有する住民基本台帳から6歳未満の児童の氏名及び住所を抽出し、案内の送付に使うことは"
        "適当である。",
        [("purpose_outside_use", "市民課", "住民基本台帳", "こども課", ["6歳未満の児童の氏名", "住所"])]),
])
def test_an_answer_s_point_told_plainly(text: str, expected: list[tuple]) -> None:
    assert [(f.kind, f.source_department, f.source_business, f.recipient_department or f.recipient_external,
             f.items) for f in read(text).flows] == expected


def test_what_a_roll_gives_before_the_bodies_given_it_names_no_body() -> None:
    text = ("高齢福祉課が、見守り対象者名簿のうち氏名、住所及び電話番号を、担当区域の地域包括支援センター及び民生委員に"
            "提供することも適当である。")
    assert [flow.recipient_external for flow in read(text).flows] == ["担当区域の地域包括支援センター", "民生委員"]
