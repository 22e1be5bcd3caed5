"""More reading rules, one test each, on small invented documents: registry blocks, council titles and
minutes, newsletter provisions, item owners and diagnostics."""

from __future__ import annotations

from tadori.ingest.documents import extract_document
from tadori.ingest.documents.layout.lines import split_lines
from tadori.ingest.documents.readers.council.consult import consultation_flows
from tadori.ingest.documents.readers.sentences.notices import mutual_flows, notice_flows
from tadori.ingest.documents.resolve.diagnose import unread_flow_statements
from tadori.ingest.documents.text.items import clean_items
from tadori.ingest.records import Document


def extract(text: str):
    return extract_document(Document(path="fixture.txt", sha256="0" * 64, text=text))


def ends(flow):
    return (flow.source_department, flow.source_business, flow.recipient_department, flow.recipient_business,
            flow.recipient_external)


REGISTRY_NOTICE = "\n".join([
    "柳川台市告示第7号",
    "",
    "2 登録内容を変更した個人情報取扱事務",
    "",
    "(1)　納税課　市税還付事務（変更日　令和5年6月12日）",
    "　　変更の内容　記録項目に「振込先口座」を追加する。",
    "　　変更の理由　還付を速やかに行うため、出納室の口座情報管理事務から振込先口座を目的外利用により取得するため。",
    "",
    "(2)　長寿支援課　介護予防教室事務（変更日　令和5年7月3日）",
    "　　変更の内容　記録項目に「課税状況」及び「住民票上の世帯」を追加する。",
    "　　変更の理由　参加費を決めるため、税務課の個人住民税賦課事務から課税状況を、市民窓口課の住民記録事務から"
    "住民票上の世帯を、それぞれ目的外利用して得るため。",
    "",
    "(3)　危機管理課　災害時要援護者台帳事務（変更日　令和5年8月1日）",
    "　　変更の内容　目的外利用の提供先に障害福祉課を追加する。",
    "　　変更の理由　障害福祉課の日常生活用具給付事業において、停電時に電源が必要な方を把握するため、"
    "要援護者台帳の記載事項を同課へ目的外利用により提供するため。",
    "",
    "(4)　生活支援課　就労準備支援事務（変更日　令和5年9月15日）",
    "　　変更の内容　外部提供を「しない」から「する」に改める。",
    "　　変更の理由　柳川台市シルバー人材センター連合会が運営する就業体験事業において受入先を調整するため、"
    "利用者の希望職種、連絡先について、同連合会へ外部提供を開始するため。",
])


def test_numbered_registry_blocks_give_modify_registrations_dated_by_their_header():
    result = extract(REGISTRY_NOTICE)
    regs = [(r.department, r.business, r.action, r.date, r.line) for r in result.registrations]
    assert regs == [
        ("納税課", "市税還付事務", "modify", "2023-06-12", 5),
        ("長寿支援課", "介護予防教室事務", "modify", "2023-07-03", 9),
        ("危機管理課", "災害時要援護者台帳事務", "modify", "2023-08-01", 13),
        ("生活支援課", "就労準備支援事務", "modify", "2023-09-15", 17),
    ]
    assert result.registrations[1].items_added == ["課税状況", "住民票上の世帯"]


def test_a_block_reason_naming_the_source_gives_an_incoming_flow_on_the_reason_line():
    flows = extract(REGISTRY_NOTICE).flows
    first = next(f for f in flows if f.recipient_business == "市税還付事務")
    assert ends(first) == ("出納室", "口座情報管理事務", "納税課", "市税還付事務", None)
    assert (first.kind, first.start_date, first.items, first.line) == (
        "purpose_outside_use", "2023-06-12", ["振込先口座"], 7)


def test_two_sources_in_one_reason_sentence_give_one_flow_each_with_its_own_item():
    flows = [f for f in extract(REGISTRY_NOTICE).flows if f.recipient_business == "介護予防教室事務"]
    assert sorted((f.source_department, f.source_business, tuple(f.items)) for f in flows) == [
        ("市民窓口課", "住民記録事務", ("住民票上の世帯",)),
        ("税務課", "個人住民税賦課事務", ("課税状況",)),
    ]


def test_the_registered_business_can_be_the_source_of_a_flow_to_the_department_named_before():
    (flow,) = [f for f in extract(REGISTRY_NOTICE).flows if f.source_business == "災害時要援護者台帳事務"]
    assert ends(flow) == ("危機管理課", "災害時要援護者台帳事務", "障害福祉課", "日常生活用具給付事業", None)
    assert (flow.kind, flow.items, flow.start_date) == ("purpose_outside_use", ["要援護者台帳の記載事項"], "2023-08-01")


def test_same_body_reference_resolves_to_the_outside_party_running_the_recipient_business():
    (flow,) = [f for f in extract(REGISTRY_NOTICE).flows if f.source_business == "就労準備支援事務"]
    assert ends(flow) == ("生活支援課", "就労準備支援事務", None, "就業体験事業", "柳川台市シルバー人材センター連合会")
    assert flow.kind == "external_provision"
    assert flow.items == ["希望職種", "連絡先"]  # one owner for the whole list: stripped


def test_a_registry_block_that_names_a_handover_but_gives_no_flow_is_reported():
    text = "\n".join([
        "3 登録内容を変更した個人情報取扱事務",
        "(1) 公園課 占用許可事務（変更日 令和5年4月1日）",
        "変更の内容 目的外利用の有無を変更する。",
        "変更の理由 制度改正のため。",
    ])
    result = extract(text)
    assert [r.action for r in result.registrations] == ["modify"]
    assert any(d.line == 2 and "no flow" in d.message for d in result.diagnostics)


def test_held_by_repeated_per_department_joined_by_oyobi_gives_each_source_its_own_items():
    flows = consultation_flows("水道課が保有する給水契約情報及び下水道課が保有する排水設備情報を、環境課が"
                               "浄化槽指導事務において目的外利用することについて", 3, "q")
    assert [(f.source_department, f.recipient_department, f.recipient_business, f.items) for f in flows] == [
        ("水道課", "環境課", "浄化槽指導事務", ["給水契約情報"]),
        ("下水道課", "環境課", "浄化槽指導事務", ["排水設備情報"]),
    ]


def test_noun_form_of_a_delegation_names_the_recipient_business_and_the_contractor():
    (flow,) = consultation_flows("保育料徴収事務の一部委託に伴う受託者とのオンライン結合について", 4, "q")
    assert (flow.recipient_business, flow.recipient_external, flow.kind) == (
        "保育料徴収事務", "受託者", "online_connection")


def test_noun_form_in_business_names_the_source_and_the_connected_system():
    (flow,) = consultation_flows("道路占用料事務における地図情報システムとのオンライン結合について", 5, "q",
                                 basis="unknown")
    assert (flow.source_business, flow.recipient_external, flow.basis) == (
        "道路占用料事務", "地図情報システム", "unknown")


MINUTES = "\n".join([
    "令和5年度第1回北浦町個人情報保護審議会 会議録",
    "1 日時 令和5年6月8日(木)午前10時から",
    "2 議題",
    "(1)諮問第1号 保育料徴収事務の一部委託に伴う受託者とのオンライン結合について",
    "(2)報告第1号 道路占用料事務における地図情報システムとのオンライン結合について",
    "",
    "(1)諮問第1号 保育料徴収事務の一部委託に伴う受託者とのオンライン結合について",
    "こども保育課(課長) 督促の電話を委託します。委託に当たり、保育システムと受託者の端末とを閉域網でつなぎ、"
    "児童番号、保護者氏名、未納額の3項目を提供します。条例第12条第3項の規定により意見を伺うものです。",
    "会長 原案のとおり承認とします。",
    "",
    "(2)報告第1号 道路占用料事務における地図情報システムとのオンライン結合について",
    "管理課(係長) 占用物件の位置を示すため、事業者のクラウドにある地図情報システムに、"
    "占用者名、占用場所を送っています。",
])


def test_minutes_explanation_gives_source_system_items_and_articles_of_a_case():
    result = extract(MINUTES)
    (case,) = result.council_cases
    assert case.articles == ["条例第12条第3項"]
    (flow,) = [f for f in result.flows if f.id in case.flow_ids]
    assert ends(flow) == ("こども保育課", "保育システム", None, "保育料徴収事務", "受託者")
    assert flow.items == ["児童番号", "保護者氏名", "未納額"]
    assert (flow.basis, flow.basis_text, flow.line) == ("council", "条例第12条第3項", 4)


def test_a_reported_agenda_title_naming_a_handover_is_a_flow_with_unknown_basis():
    result = extract(MINUTES)
    (flow,) = [f for f in result.flows if f.source_business == "道路占用料事務"]
    assert (flow.source_department, flow.recipient_external, flow.basis, flow.line) == (
        "管理課", "地図情報システム", "unknown", 5)
    assert not [d for d in result.diagnostics if "looks like" in d.message]


def test_a_standing_provision_with_when_purpose_and_medium_between_body_and_verb():
    (flow,) = notice_flows("村は、住民基本台帳法第11条の規定に基づき、戸籍住民係の住民記録事務で管理している情報の"
                           "うち、満20歳になる方の氏名・住所を、毎月、県選挙管理委員会に選挙人名簿照合事務のため"
                           "電子媒体で提供しています。", 9, "q")
    assert ends(flow) == ("戸籍住民係", "住民記録事務", None, "選挙人名簿照合事務", "県選挙管理委員会")
    assert (flow.kind, flow.basis, flow.items) == ("external_provision", "law", ["氏名", "住所"])


def test_a_standing_provision_with_a_manner_phrase_and_a_yearly_count():
    (flow,) = notice_flows("本村では、住民基本台帳法第11条に基づき、戸籍係の住民記録業務で保有している情報のうち、"
                           "満17歳の方の氏名、住所、性別を、年1回、県地方協力本部へ名簿として提供しています。", 3, "q")
    assert ends(flow) == ("戸籍係", "住民記録業務", None, None, "県地方協力本部")
    assert flow.items == ["氏名", "住所", "性別"]


def test_mutual_use_between_two_businesses_gives_two_flows_with_the_next_sentence_basis():
    flows = mutual_flows("本年度から、保健課の成人健診事業と国保年金課の保健指導事業との間で、受診者の氏名・"
                         "検査値を相互に目的外利用することとしました。これは、個人情報保護法第69条第2項第2号によるもので、"
                         "重複した案内を避けるためです。", 6, "q")
    assert [ends(f) for f in flows] == [
        ("保健課", "成人健診事業", "国保年金課", "保健指導事業", None),
        ("国保年金課", "保健指導事業", "保健課", "成人健診事業", None),
    ]
    assert {(f.basis, f.basis_text) for f in flows} == {("reasonable_grounds", "個人情報保護法第69条第2項第2号")}
    assert flows[0].items == ["氏名", "検査値"]


def test_an_owner_prefix_is_kept_when_another_item_names_another_person():
    assert clean_items("園児の氏名・保護者の氏名・住所")[0] == ["園児の氏名", "保護者の氏名", "住所"]
    assert clean_items("生徒の氏名、学級、保護者電話番号")[0] == ["生徒の氏名", "学級", "保護者電話番号"]
    assert clean_items("職員の氏名、住所、世帯員情報")[0] == ["氏名", "住所", "世帯員情報"]


def test_plain_provision_to_a_named_body_and_department_owned_business_are_diagnosed():
    lines = split_lines("\n".join([
        "村は、毎年、県警察本部に交通安全協会の名簿として電話番号を提供しています。",
        "福祉課の見守り事業で相互に目的外利用しています。",
        "申出書は役場の窓口へ提出してください。提供を望まない方はお知らせください。",
    ]))
    assert [d.line for d in unread_flow_statements(lines, [], set())] == [1, 2]


def test_a_block_header_without_date_takes_it_from_a_labelled_line_and_abolish_blocks_are_read():
    text = "\n".join([
        "1 登録内容を修正した個人情報取扱事務",
        "(1) 港湾課「係留許可事務」",
        "　修正年月日　令和6年3月4日",
        "　修正の理由　許可期間を確かめるため、税務課の固定資産税事務から船舶の所有者を目的外利用するため。",
        "",
        "2 廃止した個人情報取扱事務",
        "(1)　観光課　花火大会協賛事務（廃止日　令和6年5月1日）",
        "　廃止の理由　大会を終えたため。",
    ])
    result = extract(text)
    assert [(r.business, r.action, r.date, r.line) for r in result.registrations] == [
        ("係留許可事務", "modify", "2024-03-04", 2), ("花火大会協賛事務", "abolish", "2024-05-01", 7)]
    (flow,) = result.flows
    assert ends(flow) == ("税務課", "固定資産税事務", "港湾課", "係留許可事務", None)
    assert (flow.start_date, flow.line) == ("2024-03-04", 4)


def test_a_space_aligned_flow_list_is_a_table_and_prose_with_double_spaces_is_not():
    text = "\n".join([
        "　　外部提供の一覧",
        "",
        "番号  事業名            所管課        提供先              提供する個人情報      根拠",
        "1     防犯灯管理事業    生活安全課    電力供給会社        設置者氏名、住所      本人の同意",
        "2     狂犬病予防事業    衛生課                            飼い主氏名            法令の定め",
        "",
        "提供先  については  別に  定める。",
    ])
    result = extract(text)
    assert [ends(flow) for flow in result.flows] == [("生活安全課", "防犯灯管理事業", None, None, "電力供給会社")]
    assert result.flows[0].items == ["設置者氏名", "住所"] and result.flows[0].basis == "consent"
    assert [d.line for d in result.diagnostics] == [5]  # the row without a recipient is reported
    assert extract("提供先  について  説明  した。\n目的外  利用  の  話").flows == []


def test_a_held_by_sentence_after_a_speaker_gives_one_flow_per_recipient_under_its_agenda_title():
    text = "\n".join([
        "第2回 青葉原市個人情報保護審議会 会議録",
        "日時　令和6年2月5日(月) 午前10時",
        "(1) 諮問第4号　除雪支援事業における個人情報の目的外利用について",
        "担当から、高齢介護課が保有する要介護認定情報を道路維持課及び地域協働課が目的外利用することについて説明があった。"
        "利用する項目は氏名、住所、電話番号である。",
        "審議の結果、諮問のとおり承認された。",
    ])
    result = extract(text)
    assert [ends(flow) for flow in result.flows] == [("高齢介護課", None, "道路維持課", "除雪支援事業", None),
                                                     ("高齢介護課", None, "地域協働課", "除雪支援事業", None)]
    assert all(flow.items == ["氏名", "住所", "電話番号"] and flow.basis == "council" for flow in result.flows)
    (case,) = result.council_cases
    assert case.flow_ids == ["f1", "f2"] and case.decision == "approved"


def test_numbered_key_value_blocks_are_flows_and_a_block_without_a_recipient_is_reported():
    text = "\n".join([
        "主な外部提供",
        "【No.1】",
        "事務の名称：環境課 ごみ収集事務",
        "提供先：清掃事業協同組合",
        "提供項目：氏名、収集場所",
        "根拠：本人の同意",
        "開始日：令和5年10月2日",
        "",
        "【No.2】",
        "事務の名称：水道課 料金事務",
        "提供先：下水道課 使用料算定事務",
        "",
        "【No.3】",
        "事務の名称：公園課 占用許可事務",
        "提供項目：氏名",
    ])
    result = extract(text)
    assert [ends(flow) for flow in result.flows] == [
        ("環境課", "ごみ収集事務", None, None, "清掃事業協同組合"),
        ("水道課", "料金事務", "下水道課", "使用料算定事務", None)]
    assert [(f.kind, f.start_date, f.line) for f in result.flows] == [
        ("external_provision", "2023-10-02", 3), ("purpose_outside_use", None, 10)]
    assert [d.line for d in result.diagnostics] == [14]


def test_an_arrow_in_a_cell_of_a_use_list_is_the_flow_and_slash_dates_parse():
    text = "\n".join([
        "No.\t利用の内容\t利用する項目\t利用開始日",
        "1\t水道課（給水事務）→ 防災課（給水車配備事務）\t使用者氏名、住所\t2024/2/29",
        "2\t防災課の訓練事務\t氏名\t2024/5/1",
    ])
    result = extract(text)
    assert [ends(flow) for flow in result.flows] == [("水道課", "給水事務", "防災課", "給水車配備事務", None)]
    assert (result.flows[0].kind, result.flows[0].start_date) == ("purpose_outside_use", "2024-02-29")
    assert [d.line for d in result.diagnostics] == [3]


def test_an_online_connection_in_a_department_s_business_after_a_speaker_is_read():
    text = ("係長から、観光課の宿泊予約システム運用業務において、予約者の氏名、電話番号を"
            "予約代行事業者のサーバとオンライン結合する旨の報告があった。")
    (flow,) = extract(text).flows
    assert ends(flow) == ("観光課", "宿泊予約システム運用業務", None, None, "予約代行事業者")
    assert (flow.kind, flow.items, flow.basis) == ("online_connection", ["氏名", "電話番号"], "unknown")


def test_an_answer_letter_is_dated_by_its_letter_and_decided_by_its_conclusion():
    letter = [
        "令和6年3月14日",
        "",
        "桜川町長　様",
        "桜川町個人情報保護審議会",
        "",
        "答申第3号",
        "",
        "個人情報の目的外利用について（答申）",
        "令和6年1月9日付けで諮問のあった次の事項について答申します。",
        "1　諮問事項",
        "上下水道課が保有する給水停止者情報を生活福祉課が生活困窮者支援事務に利用することについて",
        "2　結論",
        "本件は、差し支えない。",
    ]
    result = extract("\n".join(letter))
    (flow,) = result.flows
    assert ends(flow) == ("上下水道課", None, "生活福祉課", "生活困窮者支援事務", None)
    assert flow.kind == "purpose_outside_use"
    (case,) = result.council_cases
    assert (case.date, case.decision, case.flow_ids) == ("2024-03-14", "approved", ["f1"])
    with_opinion = extract("\n".join([*letter, "3　付帯意見", "利用後は速やかに消去すること。"]))
    assert with_opinion.council_cases[0].decision == "approved_with_opinion"


def test_an_unread_table_row_with_an_arrow_is_a_diagnostic():
    lines = split_lines("区分\t内訳\n1\t住民課（住基事務）→ 防災課（避難事務）\t外部")
    assert [d.line for d in unread_flow_statements(lines, [], set())] == [2]


def test_a_council_summary_table_numbered_by_meeting_is_read():
    text = "\n".join([
        "回\t開催日\t諮問事項\t結論",
        "第１回\t令和３年５月１２日\t市民課及び税務課が保有する個人情報を防災課が「避難支援事業」のために目的外利用すること"
        "について（条例第９条第２項第４号）\t承認",
        "第２回\t令和３年９月３日\t農業委員会農地課が保有する農地所有者の情報を企画課が「移住促進事業」に利用することについて"
        "（条例第９条第２項第４号）\t原案のとおり承認",
    ])
    result = extract(text)
    assert [ends(flow) for flow in result.flows] == [
        ("市民課", None, "防災課", "避難支援事業", None),
        ("税務課", None, "防災課", "避難支援事業", None),
        ("農地課", None, "企画課", "移住促進事業", None),
    ]
    assert [flow.kind for flow in result.flows] == ["purpose_outside_use"] * 2 + ["external_provision"]
    assert result.flows[0].items == [] and result.flows[0].basis_text == "条例第9条第2項第4号"
    assert len(result.council_cases) == 2


MINUTES_EXPLAINED = "\n".join([
    "令和5年度第1回山吹町個人情報保護審議会　会議録",
    "１　日　時　　令和５年７月３日（月）午後２時から",
    "２　議　題",
    "（１）諮問第１号　子育て応援事業に係る個人情報の目的外利用について",
    "（２）諮問第２号　図書館システムの更新に伴うオンライン結合について",
    "３　議事の経過",
    "○事務局（こども課長）　諮問第１号は、税務課の個人住民税賦課事務及び福祉課の児童手当事務で保有する世帯主の氏名、",
    "所得額、児童数を、こども課が「子育て応援事業」に目的外利用するものです。",
    "○事務局（生涯学習課長）　諮問第２号は、図書館管理業務において、生涯学習課が管理する利用者の氏名、住所、"
    "貸出履歴を、書誌データ管理業務の受託者とオンライン結合により提供するものです。条例第１１条第２項の規定により諮問します。",
    "○事務局（総務課長）　住民課の戸籍事務から選挙管理委員会事務局の選挙人名簿調製事務へ、死亡者の氏名及び死亡日を"
    "公職選挙法に基づき提供しておりますので報告します。",
])


def test_an_explanation_in_minutes_states_the_flow_its_vague_title_left_out():
    result = extract(MINUTES_EXPLAINED)
    assert sorted(ends(flow) for flow in result.flows) == sorted([
        ("税務課", "個人住民税賦課事務", "こども課", "子育て応援事業", None),
        ("福祉課", "児童手当事務", "こども課", "子育て応援事業", None),
        ("生涯学習課", "図書館管理業務", None, "書誌データ管理業務", "受託者"),
        ("住民課", "戸籍事務", "選挙管理委員会事務局", "選挙人名簿調製事務", None),
    ])
    by_business = {flow.source_business: flow for flow in result.flows}
    assert by_business["図書館管理業務"].kind == "online_connection"
    assert by_business["図書館管理業務"].basis_text == "条例第11条第2項"
    assert by_business["個人住民税賦課事務"].items == ["氏名", "所得額", "児童数"]
    assert (by_business["戸籍事務"].basis, by_business["戸籍事務"].basis_text) == ("law", "公職選挙法")
    assert by_business["戸籍事務"].items == ["死亡者の氏名", "死亡日"]
    assert len(result.council_cases) == 2
    assert all(case.flow_ids for case in result.council_cases)


def test_an_arrow_item_carries_its_basis_and_start_in_a_trailing_bracket():
    text = ("オンライン結合の状況\n- 税務システム運用業務（税務課）→ 共同クラウド基盤"
            "（根拠：条例第１０条第１項第２号、令和４年１０月１日から）")
    (flow,) = extract(text).flows
    assert flow.recipient_external == "共同クラウド基盤"
    assert (flow.basis, flow.basis_text, flow.start_date) == ("council", "条例第10条第1項第2号", "2022-10-01")


def test_a_notice_written_as_numbered_labelled_lines_is_one_flow():
    text = "\n".join([
        "　次のとおり個人情報を継続的に提供するので公告する。",
        "１　提供する事務　　介護認定事務（介護保険課）",
        "２　提供先　　　　　北谷地域広域連合",
        "３　提供する項目　　被保険者番号、氏名、要介護度",
        "４　根拠法令　　　　介護保険法第２０３条",
        "５　提供開始日　　　令和５年４月１日",
    ])
    (flow,) = extract(text).flows
    assert ends(flow) == ("介護保険課", "介護認定事務", None, None, "北谷地域広域連合")
    assert (flow.kind, flow.basis, flow.start_date) == ("external_provision", "law", "2023-04-01")
    assert flow.items == ["被保険者番号", "氏名", "要介護度"]


def test_counts_in_a_bracketed_breakdown_take_the_kind_of_the_count_before_it():
    text = "令和5年度の状況\n　外部提供は１５件（うち法令に基づくもの１１件、本人の同意によるもの４件）でした。"
    stats = [(stat.kind, stat.count) for stat in extract(text).statistics]
    assert stats == [("external_provision", 15), ("external_provision", 11), ("external_provision", 4)]


def test_consultation_titles_with_other_okurigana_and_bracketed_businesses():
    (delegated,) = consultation_flows("介護認定調査業務を民間事業者に委託するに当り、調査対象者の氏名を電子媒体により"
                                      "受託者へ提供することについて", 3, "q")
    assert (delegated.recipient_business, delegated.recipient_external) == ("介護認定調査業務", "受託者")
    (held_in,) = consultation_flows("国民年金業務において保有する加入者の氏名を、病院医事課が「未収金督促業務」に"
                                    "利用することについて", 4, "q")
    assert ends(held_in) == (None, "国民年金業務", "病院医事課", "未収金督促業務", None)
    assert held_in.kind == "external_provision"  # a plain 利用 by another organ
    (reported,) = consultation_flows("保健課が「乳児健診事務」で保有する個人情報を子育て課「絵本配布事業」において"
                                     "目的外利用したことについて", 5, "q", basis="unknown")
    assert ends(reported) == ("保健課", "乳児健診事務", "子育て課", "絵本配布事業", None)
    assert (reported.kind, reported.items) == ("purpose_outside_use", [])


def test_a_report_of_a_hand_over_already_made_is_a_flow_but_no_council_case():
    text = "\n".join([
        "令和６年度第１回北山市個人情報保護審議会　次第",
        "日　時　　令和６年５月２０日（月）午後２時から",
        "２　報告事項",
        "（１）保健課が「乳児健診事務」で保有する個人情報を子育て課「絵本配布事業」において目的外利用したことについて",
    ])
    result = extract(text)
    assert [ends(flow) for flow in result.flows] == [("保健課", "乳児健診事務", "子育て課", "絵本配布事業", None)]
    assert result.flows[0].basis == "unknown" and result.council_cases == []


def test_decisions_stated_later_in_the_minutes_go_to_the_case_they_name():
    text = "\n".join([
        "令和６年度第２回北山市個人情報保護審議会　会議録",
        "１　日　時　　令和６年９月２日（月）午前１０時から",
        "２　議　題",
        "（１）諮問第７号　税務課が保有する個人情報を防災課が目的外利用することについて",
        "（２）諮問第８号　市民課が保有する個人情報を福祉課が目的外利用することについて",
        "３　議事の経過",
        "○会長　諮問第７号について説明をお願いします。",
        "○会長　異議なしと認め、諮問第７号は承認とします。",
        "○会長　続いて諮問第８号です。",
        "○会長　では、保存期間に関する意見を付して承認といたします。",
    ])
    assert [case.decision for case in extract(text).council_cases] == ["approved", "approved_with_opinion"]
    results = "\n".join([*text.splitlines()[:5], "（審議結果）", "諮問第７号　原案のとおり承認された。",
                         "諮問第８号　消去の時期を明示するよう求める意見を付して承認された。"])
    assert [case.decision for case in extract(results).council_cases] == ["approved", "approved_with_opinion"]


def test_an_explanatory_annex_completes_the_flow_of_its_case():
    text = "\n".join([
        "令和６年度第３回北山市個人情報保護審議会　次第",
        "日　時　　令和６年１１月５日（火）午後２時から",
        "２　諮問案件",
        "（１）諮問第９号　国民年金業務において保有する加入者情報を、病院医事課が「未収金督促業務」に"
        "利用することについて",
        "",
        "【諮問第９号　説明資料】",
        "担当課　年金課",
        "○提供する個人情報の項目　　氏名、住所、電話番号",
        "○開始予定日　　令和７年１月６日",
        "○理由　　未収金の督促先を確認するため",
    ])
    (flow,) = extract(text).flows
    assert ends(flow) == ("年金課", "国民年金業務", "病院医事課", "未収金督促業務", None)
    assert (flow.items, flow.start_date) == (["氏名", "住所", "電話番号"], "2025-01-06")
    assert flow.reason == "未収金の督促先を確認するため"


def test_a_source_cell_naming_department_and_business_apart_is_split():
    text = ("目的外利用の状況\n番号\t利用する事務\t保有する課・事務\t利用した項目\n"
            "１\t見舞金支給事務\t防災課　要支援者名簿管理事務\t氏名、住所")
    (flow,) = extract(text).flows
    assert (flow.source_department, flow.source_business) == ("防災課", "要支援者名簿管理事務")


def test_a_breakdown_by_basis_in_prose_is_kept_when_a_table_repeats_one_count():
    text = "\n".join([
        "区分\t目的外利用\t外部提供",
        "件数\t２\t６",
        "",
        "　目的外利用７件のうち、法令に基づくものが３件、本人の同意によるものが２件、"
        "審議会の答申によるものが２件です。",
    ])
    prose = [(stat.count, stat.organ_or_basis) for stat in extract(text).statistics if stat.line == 4]
    assert (2, "審議会の答申によるもの") in prose and (3, "法令に基づくもの") in prose


def test_an_agenda_item_tagged_with_its_department_reads_its_sub_bullets():
    text = "\n".join([
        "令和６年度第２回東谷市個人情報保護審議会 次第",
        "日時 令和６年８月２０日（火）午前１０時から",
        "２ 諮問案件",
        "（１）放課後子ども教室事業の実施に伴う個人情報の外部提供について【生涯学習課】",
        "  ア 提供先 一般社団法人東谷こども応援団",
        "  イ 提供項目 参加児童の氏名、学校名",
        "",
        "（２）家屋解体補助事業に係る個人情報の目的外利用について【建築指導課】",
        "  ア 提供元 資産税課 家屋評価事務",
        "  イ 提供項目 家屋の建築年",
    ])
    result = extract(text)
    first, second = sorted(result.flows, key=lambda flow: flow.line)
    assert ends(first) == ("生涯学習課", None, None, "放課後子ども教室事業", "一般社団法人東谷こども応援団")
    assert (first.kind, first.items) == ("external_provision", ["参加児童の氏名", "学校名"])
    assert ends(second) == ("資産税課", "家屋評価事務", "建築指導課", "家屋解体補助事業", None)
    assert second.items == ["家屋の建築年"]
    assert [case.date for case in result.council_cases] == ["2024-08-20", "2024-08-20"]


def test_a_council_summary_table_with_the_decision_column_first_gives_cases():
    text = "\n".join([
        "３ 審議会への諮問",
        "",
        "結論\t諮問事項\t開催日",
        "承認\t健康ポイント事業に係る薬剤師会への個人情報の外部提供について\t令和５年７月３日",
    ])
    result = extract(text)
    (case,) = result.council_cases
    assert (case.date, case.decision) == ("2023-07-03", "approved")
    (flow,) = result.flows
    assert (flow.recipient_business, flow.recipient_external, flow.basis) == ("健康ポイント事業", "薬剤師会", "council")


def test_a_bare_article_in_a_basis_column_takes_the_documents_own_legend():
    text = "\n".join([
        "番号\t区分\t保有課・事務\t利用・提供先\t提供項目\t根拠",
        "1\t目的外利用\t保険年金課 国保資格事務\t子育て支援課 医療費助成事務\t被保険者番号\t第7条第1項第3号",
        "",
        "（根拠欄の説明）",
        "第7条第1項第3号 法令の定めがあるとき",
    ])
    (flow,) = extract(text).flows
    assert (flow.basis, flow.basis_text) == ("law", "第7条第1項第3号")


def test_a_note_cell_gives_the_basis_when_no_column_does():
    text = "\n".join([
        "番号\t利用する課\t利用する事務\t保有する課\t利用項目\t備考",
        "①\t健康増進課\t禁煙支援事業\t国保年金課\t被保険者氏名\t本人の同意あり",
    ])
    (flow,) = extract(text).flows
    assert flow.basis == "consent"


def test_a_recipient_cell_naming_a_department_then_its_business_is_internal():
    text = "\n".join([
        "番号\t区分\t保有課・事務\t利用・提供先\t提供項目",
        "1\t目的外利用\t税務課 固定資産税事務\t農政課 農地台帳整備事務\t所有者氏名",
    ])
    (flow,) = extract(text).flows
    assert ends(flow) == ("税務課", "固定資産税事務", "農政課", "農地台帳整備事務", None)


def test_a_newsletter_sentence_naming_both_businesses_and_a_follow_up_line():
    text = "\n".join([
        "市では、災害見舞金を迅速に支給するため、税務課が固定資産税事務で保有する所有者の氏名及び住所を、"
        "防災課の見舞金支給事務で利用しています。",
        "この利用は、北浜市個人情報保護条例第9条第2項第2号（法令に定めがあるとき）に基づくもので、"
        "令和6年4月1日から行っています。",
    ])
    (flow,) = extract(text).flows
    assert ends(flow) == ("税務課", "固定資産税事務", "防災課", "見舞金支給事務", None)
    assert (flow.items, flow.basis, flow.start_date) == (["所有者の氏名", "住所"], "law", "2024-04-01")


def test_a_provision_made_with_consent_is_read_without_a_law():
    sentence = "また、助成金の振込のため、申請者の同意を得たうえで、収納代行会社へ振込先口座を提供しています。"
    (flow,) = notice_flows(sentence, 3, "q")
    assert (flow.recipient_external, flow.basis, flow.items) == ("収納代行会社", "consent", ["振込先口座"])


def test_a_reason_cell_wrapped_with_an_indent_continues_the_reason_not_the_department():
    text = "\n".join([
        "番号\t担当課\t事務の名称\t修正内容\t修正の理由\t修正年月日",
        "1\t都市計画課\t空き家バンク事務\t収集方法に目的外利用を追加\t空き家所有者に連絡するため、",
        "\t税務課が保有する固定資産課税",
        "\t台帳の所有者氏名・連絡先を",
        "\t利用することとしたため。\t令和6年6月1日",
    ])
    result = extract(text)
    (reg,) = result.registrations
    assert (reg.department, reg.business, reg.date) == ("都市計画課", "空き家バンク事務", "2024-06-01")
    (flow,) = result.flows
    assert ends(flow) == ("税務課", "固定資産課税台帳", "都市計画課", "空き家バンク事務", None)
    assert flow.items == ["所有者氏名", "連絡先"]


def test_a_section_heading_naming_only_the_kind_is_no_case():
    text = "\n".join([
        "令和6年度第1回南浜市個人情報保護審議会 資料",
        "報告事項3 外部提供について",
        "",
        "番号\t利用する課\t利用する事務\t保有する課\t利用項目",
        "1\t市民課\t証明書発行事務\t税務課\t課税額",
    ])
    result = extract(text)
    assert result.council_cases == []
    assert [flow.line for flow in result.flows] == [5]


def test_a_bulleted_arrow_list_takes_its_items_from_the_bracket_and_its_basis_from_the_heading():
    text = "\n".join([
        "３ 条例第７条第１項第３号（法令の規定）に基づく目的外利用",
        "・介護保険事務 → 健康増進事務（項目：被保険者番号、要介護度）",
        "・国民年金事務 → 児童手当事務（項目：氏名・年金額）",
    ])
    result = extract(text)
    first, second = result.flows
    assert (first.source_business, first.recipient_business) == ("介護保険事務", "健康増進事務")
    assert first.items == ["被保険者番号", "要介護度"]
    assert second.items == ["氏名", "年金額"]
    assert (first.kind, first.basis) == ("purpose_outside_use", "law")
    assert first.basis_text.startswith("条例第7条第1項第3号")


def test_minutes_with_numbered_agenda_items_labelled_as_consultations():
    text = "\n".join([
        "北浦町個人情報保護審議会 会議録",
        "開催日 令和６年２月９日（金）",
        "",
        "議題１ 健診結果の医師会への外部提供について（諮問）",
        "説明の後、全員一致で承認した。",
        "",
        "議題２ 給食費徴収業務の委託に伴う外部提供について（諮問）",
        "会議後、令和6年2月20日から2月27日まで書面決議を行い、異議なく承認された。",
    ])
    result = extract(text)
    first, second = result.council_cases
    assert (first.title, first.date, first.decision) == ("健診結果の医師会への外部提供について", "2024-02-09",
                                                         "approved")
    assert (second.title, second.date, second.decision) == ("給食費徴収業務の委託に伴う外部提供について",
                                                            "2024-02-27", "approved")
    by_line = {flow.line: flow for flow in result.flows}
    assert (by_line[4].recipient_external, by_line[4].items) == ("医師会", ["健診結果"])
    assert (by_line[7].recipient_business, by_line[7].recipient_external) == ("給食費徴収業務", "委託事業者")


def test_the_prose_under_an_agenda_item_names_the_holder_its_system_and_the_items():
    text = "\n".join([
        "西岡村個人情報保護審議会 会議録",
        "開催日 令和６年３月４日（月）",
        "議題１ 介護認定情報の外部データセンターへのオンライン結合について（諮問）",
        "介護保険課から、介護保険システムの移行に伴い被保険者の氏名、認定区分及び給付実績を保管したいとの説明があった。",
        "審議の結果、継続審議とした。",
    ])
    result = extract(text)
    (case,) = result.council_cases
    assert case.decision == "unknown"
    (flow,) = result.flows
    assert (flow.source_department, flow.source_business) == ("介護保険課", "介護保険システム")
    assert (flow.recipient_external, flow.kind) == ("外部データセンター", "online_connection")
    assert flow.items == ["氏名", "認定区分", "給付実績"]


def test_an_agenda_title_broken_mid_word_is_rejoined_with_its_continuation():
    text = "\n".join([
        "令和６年度第１回 南岬町個人情報保護審議会 次第",
        "日時 令和６年７月３日（水）午後２時",
        "１ 諮問案件",
        "（１）子ども食堂支援事業の実施に伴う児童扶養手当情報の目的外利",
        "用について（条例第８条第２項第４号）",
        "【担当課】",
        "子育て支援課",
        "○提供する個人情報",
        "氏名、住所、世帯人数",
        "",
        "（２）住宅改修補助業務を民間事業者に委託するに当たり、家屋台帳システムの所有者",
        "データを電子媒体により受託者へ提供することについて（条例第",
        "１１条第１項第３号）",
        "２ その他",
    ])
    result = extract(text)
    first, second = result.council_cases
    assert (first.line, first.title) == (4, "子ども食堂支援事業の実施に伴う児童扶養手当情報の目的外利用について")
    assert (second.line, second.articles) == (11, ["条例第11条第1項第3号"])
    flow = next(flow for flow in result.flows if flow.line == 4)
    assert (flow.source_business, flow.recipient_department, flow.recipient_business) == (
        "児童扶養手当", "子育て支援課", "子ども食堂支援事業")
    assert flow.items == ["氏名", "住所", "世帯人数"]


def test_a_table_header_broken_over_two_lines_is_read_column_by_column():
    text = "\n".join([
        "目的外利用の状況",
        "番号\t利用させる\t利用する\t利用させる\t利用する\t項目\t根拠\t開始日",
        "\t業務\t業務\t課\t課",
        "1\t国民年金事務\t就学援助事務\t保険年金課\t学務課\t氏名・年金額\t法令等\tR6.4.1",
    ])
    (flow,) = extract(text).flows
    assert ends(flow) == ("保険年金課", "国民年金事務", "学務課", "就学援助事務", None)
    assert (flow.items, flow.basis, flow.start_date, flow.line) == (["氏名", "年金額"], "law", "2024-04-01", 4)


def test_one_sentence_adding_an_item_to_several_businesses_gives_one_modification_each():
    text = "\n".join([
        "４ 記録項目の変更",
        "福祉総務課の民生委員事務、障害福祉課の手帳交付事務及び介護保険課の認定事務の３事務について、"
        "避難行動要支援者であることを記録項目に追加し、R6.10.1から取り扱う。",
    ])
    regs = extract(text).registrations
    assert [(r.department, r.business, r.action, r.date) for r in regs] == [
        ("福祉総務課", "民生委員事務", "modify", "2024-10-01"),
        ("障害福祉課", "手帳交付事務", "modify", "2024-10-01"),
        ("介護保険課", "認定事務", "modify", "2024-10-01"),
    ]
    assert all(r.items_added == ["避難行動要支援者であること"] for r in regs)
