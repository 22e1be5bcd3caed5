"""Council shapes the twenty-seventh and twenty-eighth rounds (realshapes27-28) taught, on invented pages."""

from __future__ import annotations

from page_shapes import read

_BULLETED_AGENDA = [
    "令和7年8月5日(火曜日)に、第2回大波町個人情報保護審議会を開きました。",
    "",
    "諮問案件",
    "",
    "  • 子ども食堂支援事業の実施に伴う児童扶養手当受給者情報の目的外利用について(こども家庭課)",
    "  • 移動販売協定の締結に係る個人情報の外部提供について(福祉政策課)",
    "  • 空家対策事務における水道使用者台帳とのオンライン結合について(建築住宅課)",
]


def test_round_bullets_with_the_department_in_brackets_are_cases_of_that_department() -> None:
    document = read("\n".join(_BULLETED_AGENDA))
    assert [(case.line, case.title[:10]) for case in document.council_cases] == [
        (5, "子ども食堂支援事業の"), (6, "移動販売協定の締結に"), (7, "空家対策事務における")]
    assert all(not case.title.endswith(")") for case in document.council_cases)
    used = next(flow for flow in document.flows if flow.line == 5)
    assert (used.recipient_department, used.recipient_business) == ("こども家庭課", "子ども食堂支援事業")
    provided = next(flow for flow in document.flows if flow.line == 6)
    assert (provided.source_department, provided.kind) == ("福祉政策課", "external_provision")


def test_a_bracketed_department_beside_a_title_the_page_also_states_alone_opens_no_second_case() -> None:
    lines = ["放課後児童クラブ入所調整のための個人情報の目的外利用について", "意見募集のテーマ",
             "- 放課後児童クラブ入所調整のための個人情報の目的外利用について(子ども未来部保育課)",
             "令和7年2月3日開催の審査会で、下記のとおり答申されました。"]
    assert all(case.line != 3 for case in read("\n".join(lines)).council_cases)


def test_cases_approved_together_with_a_proviso_naming_one_give_that_one_the_opinion() -> None:
    lines = [*_BULLETED_AGENDA, "",
             "いずれの案件も、諮問のとおり承認されました。ただし、移動販売協定については、販売事業者に名簿の返却を"
             "求めるよう意見が付されました。"]
    cases = read("\n".join(lines)).council_cases
    assert [(case.line, case.decision) for case in cases] == [
        (5, "approved"), (6, "approved_with_opinion"), (7, "approved")]


def test_an_answers_one_sentence_naming_the_consulted_title_and_the_day_is_its_case() -> None:
    lines = [
        "審議会答申(答申第12号)",
        "1 諮問の内容",
        "令和7年4月3日付けで西原市長から諮問のあった「保有個人情報の目的外利用について(諮問第12号)」について、"
        "本審議会は令和7年5月20日、次のとおり答申しました。",
        "2 審議会の結論",
        "(1)税務課が保有する軽自動車税の課税情報を、環境政策課が放置車両対策事務に利用することは、適当である。",
    ]
    cases = read("\n".join(lines)).council_cases
    assert [(case.line, case.date, case.title) for case in cases] == [
        (3, "2025-05-20", "保有個人情報の目的外利用について")]


def test_an_answer_letters_conclusion_broken_over_lines_states_its_one_cases_flow() -> None:
    lines = [
        "                                        令和7年6月30日",
        "北浜村長 様",
        "                        北浜村個人情報保護審議会",
        "個人情報の外部提供について(答申)",
        "令和7年5月12日付け北総第88号で諮問のあった",
        "このことについて、下記のとおり答申します。",
        "記",
        "1 審議会の結論",
        " 子育て支援課が実施する乳幼児健診事業において保有する幼児の身長",
        "及び体重を、瀬戸内看護大学に成長調査のため外部提供することは、",
        "やむを得ないものと認める。",
        "2 理由",
        "(1)提供される情報からは、氏名を削除する。",
        "3 付帯意見",
        " 提供の事実を村の掲示板で知らせること。",
    ]
    document = read("\n".join(lines))
    assert [(flow.source_department, flow.source_business, flow.recipient_external, flow.items, flow.line)
            for flow in document.flows] == [("子育て支援課", "乳幼児健診事業", "瀬戸内看護大学", ["身長", "体重"], 9)]
    assert [(case.line, case.date, case.title, case.decision) for case in document.council_cases] == [
        (4, "2025-06-30", "個人情報の外部提供について", "approved_with_opinion")]


def test_the_explanation_naming_the_register_taken_from_completes_a_repeated_titles_use() -> None:
    lines = [
        "4 議題",
        "(1)諮問事項",
        " ア 高齢者紙おむつ給付事業に係る保有個人情報の目的外利用について",
        "5 会議の結果",
        "(1)諮問事項",
        " ア 高齢者紙おむつ給付事業に係る保有個人情報の目的外利用について",
        "【説明】",
        "(担当課)長寿支援課の高齢者紙おむつ給付事業において、保険年金課の介護保険台帳から要介護度・認定期間の"
        "認定情報を目的外利用したい。",
        "【審議】",
        "(会長)原案のとおり承認とする。",
    ]
    assert [((flow.source_department, flow.source_business), flow.recipient_department, flow.recipient_business,
             flow.items) for flow in read("\n".join(lines)).flows] == [
        (("保険年金課", "介護保険台帳"), "長寿支援課", "高齢者紙おむつ給付事業", ["要介護度・認定期間の認定情報"])]


def test_a_holder_after_the_users_business_and_its_register_before_the_items_are_read_apart() -> None:
    lines = [
        "4.次第",
        "- (1)諮問事項",
        "- 諮問第7号　障がい児通所支援事業に係る保有個人情報の目的外利用について",
        "5.内容",
        "諮問第7号について",
        "- 障がい福祉課から、障がい児通所支援事業において税務課が保有する固定資産課税台帳の所有者情報を目的外利用"
        "することについて説明があった。",
        "- 審議の結果、原案のとおり承認された。",
    ]
    assert [((flow.source_department, flow.source_business), flow.recipient_business, flow.items)
            for flow in read("\n".join(lines)).flows] == [
        (("税務課", "固定資産課税台帳"), "障がい児通所支援事業", ["所有者情報"])]


def test_a_business_linked_online_to_a_register_reads_the_register() -> None:
    lines = [*_BULLETED_AGENDA, "", "いずれの案件も、諮問のとおり承認されました。"]
    linked = next(flow for flow in read("\n".join(lines)).flows if flow.line == 7)
    assert (linked.source_business, linked.recipient_department, linked.recipient_business, linked.kind) == (
        "水道使用者台帳", "建築住宅課", "空家対策事務", "online_connection")


def test_a_titles_register_used_for_a_business_is_the_source() -> None:
    lines = ["議題", "", "  1. 諮問第4号 狂犬病予防注射事業に伴う畜犬登録台帳の目的外利用について",
             "  2. 報告事項について"]
    flows = read("\n".join(lines)).flows
    assert [(flow.source_business, flow.recipient_business, flow.items) for flow in flows if flow.line == 3] == [
        ("畜犬登録台帳", "狂犬病予防注射事業", [])]


def test_the_body_a_title_provides_to_is_no_item_of_its_provision() -> None:
    lines = ["議題", "", "  1. 諮問第9号 ひとり親医療費助成事業に係る共済組合への外部提供について"]
    flows = read("\n".join(lines)).flows
    assert [(flow.recipient_external, flow.items) for flow in flows] == [("共済組合", [])]
