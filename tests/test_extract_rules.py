"""One test per reading rule, on small invented documents (no seed text)."""

from __future__ import annotations

from tadori.ingest.documents import extract_document
from tadori.ingest.documents.text.items import clean_items
from tadori.ingest.normalize import business_key, classify_basis, nfkc_fast, split_items, to_iso_date
from tadori.ingest.records import Document
from tadori.ingest.sources import read_document


def extract(text: str):
    return extract_document(Document(path="fixture.txt", sha256="0" * 64, text=text))


def ends(flow):
    return (flow.source_department, flow.source_business, flow.recipient_department, flow.recipient_business,
            flow.recipient_external)


# --- 1. flow lists ---------------------------------------------------------------------------

def test_a_flow_list_is_read_by_its_header_words_in_any_column_order():
    text = "\n".join([
        "令和4年度 青葉町 個人情報の目的外利用等",
        "",
        "番号\t根拠\t提供を受ける課\t受ける業務の名称\t担当課\t提供する業務の名称\t区分\t開始年月日\t理由",
        "1\t本人同意\t健康づくり課\t乳児訪問業務\t町民生活課\t戸籍住基業務\t目的外利用\t令和4年5月9日\t訪問先を確認するため。",
        "2\t相当の理由・権利利益を害しない\t青葉町社会福祉協議会\t配食サービス事業\t長寿介護課\t"
        "高齢者台帳管理業務\t外部提供\t令和4年6月1日\t安否確認のため。",
    ])
    result = extract(text)
    assert result.document.municipality == "青葉町"
    first, second = result.flows
    assert ends(first) == ("町民生活課", "戸籍住基業務", "健康づくり課", "乳児訪問業務", None)
    assert (first.id, first.kind, first.basis, first.start_date, first.line) == (
        "f1", "purpose_outside_use", "consent", "2022-05-09", 4)
    assert second.recipient_external == "青葉町社会福祉協議会"
    assert (second.kind, second.basis) == ("external_provision", "reasonable_grounds")


def test_pipe_separated_rows_read_like_tab_separated_ones():
    text = "\n".join([
        "| No. | 担当課 | 業務の名称 | 区分 | 利用する課 | 利用する業務の名称 | 根拠 |",
        "|---|---|---|---|---|---|---|",
        "| 1 | 税務課 | 軽自動車税業務 | 目的外利用 | 環境衛生課 | 放置車両対策業務 | 法令等 |",
    ])
    (flow,) = extract(text).flows
    assert ends(flow) == ("税務課", "軽自動車税業務", "環境衛生課", "放置車両対策業務", None)
    assert flow.basis == "law" and flow.line == 3


def test_a_list_split_by_a_page_break_repeats_its_header_and_keeps_row_numbers():
    header = "No.\t担当課\t業務の名称\t区分\t利用する課\t利用する業務の名称\t根拠"
    text = "\n".join([
        header,
        "1\t税務課\t固定資産評価業務\t目的外利用\t建築指導課\t空家調査業務\t法令等",
        "2\t市民課\t住民記録業務\t目的外利用\t子育て応援課\t児童手当支給業務\t本人同",
        "\t\t\t\t\t\t意",
        "",
        "- 3 -",
        "",
        header,
        "3\t市民課\t住民記録業務\t目的外利用\t選挙係\t選挙人名簿業務\t法令等",
    ])
    result = extract(text)
    assert [flow.line for flow in result.flows] == [2, 3, 9]
    assert result.flows[1].basis == "consent" and result.flows[1].basis_text == "本人同意"
    assert result.flows[2].recipient_business == "選挙人名簿業務"


def test_a_flow_row_without_a_recipient_becomes_a_warning():
    text = "\n".join([
        "No.\t担当課\t業務の名称\t区分\t利用する課\t利用する業務の名称\t根拠",
        "1\t税務課\t固定資産評価業務\t目的外利用\t\t\t法令等",
    ])
    result = extract(text)
    assert result.flows == []
    assert [(d.line, d.severity) for d in result.diagnostics] == [(2, "warning")]


def test_an_impossible_date_is_an_error_diagnostic_not_a_crash():
    text = "\n".join([
        "No.\t担当課\t業務の名称\t区分\t利用する課\t利用する業務の名称\t開始年月日\t根拠",
        "1\t税務課\t固定資産評価業務\t目的外利用\t建築指導課\t空家調査業務\t平成27年2月30日\t法令等",
    ])
    result = extract(text)
    assert result.flows[0].start_date is None
    assert any(d.line == 2 and d.severity == "error" and "date" in d.message for d in result.diagnostics)


# --- 2. basis stated in the heading ---------------------------------------------------------

def test_a_table_without_a_basis_column_takes_the_basis_from_its_heading():
    text = "\n".join([
        "条例第8条第2項第3号（人の生命等の保護）による目的外利用 2件の内訳",
        "",
        "利用先業務名\t目的外利用した業務\t目的外利用した項目",
        "見舞金支給業務\t国民年金業務 (保険年金課)\t受給者情報のうち、氏名、住所、電話番号 等",
        "緊急連絡業務\t水道料金業務\t使用者の氏名及び連絡先（断水時の連絡のため）",
    ])
    first, second = extract(text).flows
    assert (first.basis, first.basis_text) == ("vital_interest", "条例第8条第2項第3号(人の生命等の保護)")
    assert ends(first) == ("保険年金課", "国民年金業務", None, "見舞金支給業務", None)
    assert first.items == ["氏名", "住所", "電話番号等"]
    assert second.reason == "断水時の連絡のため"


# --- 3. registry changes ----------------------------------------------------------------------

def test_registry_tables_give_new_modify_and_abolish_entries():
    text = "\n".join([
        "1 個人情報取扱事務 新規登録",
        "No.\t担当課\t事務の名称\t収集の目的\t記録の対象者\t開始年月日\t収集の方法",
        "1\t文化振興課\t市民音楽祭運営事務\t出演者と連絡を取るため。\t出演者\t令和3年6月1日\t"
        "本人収集 本人以外 (本人同意)",
        "",
        "2 個人情報取扱事務 廃止",
        "No.\t担当課\t事務の名称\t廃止の理由\t廃止年月日",
        "1\t商工課\tプレミアム商品券事務\t事業終了のため。\t令和3年3月31日",
    ])
    new, abolished = extract(text).registrations
    assert (new.action, new.business, new.date, new.collection_methods) == (
        "new", "市民音楽祭運営事務", "2021-06-01", ["本人収集", "本人以外(本人同意)"])
    assert (abolished.action, abolished.department, abolished.line) == ("abolish", "商工課", 7)


def test_a_simple_list_of_registered_names_under_a_department():
    text = "\n".join([
        "個人情報取扱業務の新規登録",
        "【観光課】",
        "・花火大会協賛者管理業務",
        "・観光ボランティア登録業務",
        "【教育指導課】",
        "・英語検定補助業務",
        "",
        "以上の業務を新たに登録しました。今後も適正な管理に努めます。",
    ])
    registrations = extract(text).registrations
    assert [(r.department, r.business, r.action, r.line) for r in registrations] == [
        ("観光課", "花火大会協賛者管理業務", "new", 3),
        ("観光課", "観光ボランティア登録業務", "new", 4),
        ("教育指導課", "英語検定補助業務", "new", 6),
    ]


MODIFICATIONS = "\n".join([
    "2 個人情報取扱業務 修正について",
    "No.\t担当課\t業務の名称\t修正の理由\t修正の内容\t修正年月日",
    "1\t国保年金課\t高額療養費支給業務\t支給漏れを防ぐため、市民課「住民記録業務」から転出情報を目的外利用するため。"
    "\t収集・記録される個人情報の項目に「転出日・転出先」を追加するもの。\t令和3年4月1日",
    "2\t消防総務課\t救急搬送記録業務\t搬送者の家族へ連絡するため。\t健康推進課「妊婦台帳業務」と当該業務を相互で"
    "目的外利用するもの。\t令和3年5月6日",
    "3\t上下水道局 料金課\t水道料金徴収業務\t窓口での誤交付を防ぐため。なお、「支援措置情報」は既に利用している"
    "市民課、北支所及び駅前サービスコーナー「住民記録業務」から収集するもの。\t外部提供報告書の項目に"
    "「支援措置情報」を追加するもの。\t令和3年7月1日",
    "",
    "3 目的外利用・外部提供について",
    "No.\t担当課\t利用させる・提供する業務の名称\t区分\t利用する課又は外部提供先\t利用する業務の名称\t開始年月日\t根拠\t理由",
    "1\t市民課\t住民記録業務\t目的外利用\t国保年金課\t高額療養費支給事務\t令和3年4月1日\t相当の理由・権利利益を書しない"
    "\t支給漏れを防ぐため。",
])


def test_a_flow_in_a_modification_reason_and_a_table_row_is_one_flow():
    result = extract(MODIFICATIONS)
    merged = [f for f in result.flows if f.recipient_business and "高額療養費" in f.recipient_business]
    assert len(merged) == 1
    flow = merged[0]
    assert flow.line == 3  # the first line naming both ends
    assert (flow.basis, flow.basis_text) == ("reasonable_grounds", "相当の理由・権利利益を書しない")
    assert flow.items[:1] == ["転出情報"] and {"転出日", "転出先"} <= set(flow.items)
    assert flow.recipient_business == "高額療養費支給業務"  # 事務/業務 spellings are one business


def test_mutual_use_gives_two_flows_and_a_collection_names_its_sources():
    flows = extract(MODIFICATIONS).flows
    mutual = [ends(f) for f in flows if f.line == 4]
    assert ("健康推進課", "妊婦台帳業務", "消防総務課", "救急搬送記録業務", None) in mutual
    assert ("消防総務課", "救急搬送記録業務", "健康推進課", "妊婦台帳業務", None) in mutual
    (water,) = [f for f in flows if f.line == 5]
    assert water.source_business == "住民記録業務"
    assert water.source_department == "市民課、北支所及び駅前サービスコーナー"
    assert (water.kind, water.items, water.start_date) == ("external_provision", ["支援措置情報"], "2021-07-01")


# --- 4. council cases -------------------------------------------------------------------------

MINUTES = "\n".join([
    "令和5年度第2回南山村個人情報保護審議会 会議録",
    "日時：令和5年8月3日（木）午後2時から",
    "",
    "【諮問案件1】",
    "税務課、住民課、福祉課及び教育総務課が保有する個人情報を、防災対策室が目的外利用することの公益上の必要性"
    "の有無（条例第9条第3項第4号）について",
    "【総務部防災対策室】",
    "（A委員）保管期間はどのくらいか。",
    "（実施機関）年度末までである。",
    "・この件に関しては要望を意見として付した上で承認される。",
    "",
    "【諮問案件2】",
    "証明書交付業務を民間事業者に委託するに当たり、窓口で受け付けた申請者の氏名、住所及び生年月日を、"
    "電子媒体により受託事業者へ提供することの公益上の必要性（条例第10条第1項第2号）について",
    "【住民課】",
    "・質問等はなく、この件に関しては承認される。",
    "",
    "3 その他",
])


def test_a_case_naming_four_source_departments_gives_four_flows_linked_to_the_case():
    result = extract(MINUTES)
    assert result.document.municipality == "南山村"
    first, second = result.council_cases
    assert (first.id, first.date, first.decision, first.line) == ("c1", "2023-08-03", "approved_with_opinion", 5)
    assert first.articles == ["条例第9条第3項第4号"]
    linked = [f for f in result.flows if f.id in first.flow_ids]
    assert [f.source_department for f in linked] == ["税務課", "住民課", "福祉課", "教育総務課"]
    assert {(f.recipient_department, f.kind, f.basis) for f in linked} == {
        ("防災対策室", "purpose_outside_use", "council")}
    assert second.decision == "approved"


def test_a_contracted_hand_over_names_the_business_and_the_contractor():
    result = extract(MINUTES)
    (flow,) = [f for f in result.flows if f.id in result.council_cases[1].flow_ids]
    assert flow.recipient_business == "証明書交付業務"
    assert flow.recipient_external == "受託事業者"
    assert flow.source_department == "住民課"
    assert (flow.kind, flow.basis, flow.basis_text) == ("online_connection", "council", "条例第10条第1項第2号")


def test_a_summary_table_dates_a_written_resolution_by_its_last_day():
    text = "\n".join([
        "回数\t開催日・場所\t会議内容及び諮問事項\t結論",
        "1\t令和4年5月10日～令和4年5月20日 書面決議\t諮問案件の審議 ・健診システムの更新に伴い、受診者の検査結果を"
        "クラウドサーバとオンライン結合等を行うことの公益上の必要性（条例第10条第1項第2号）について\t承認",
        "2\t令和4年9月1日 第3会議室\t報告事項 ・本年度の運用状況について\t",
    ])
    result = extract(text)
    (case,) = result.council_cases
    assert (case.date, case.decision, case.line) == ("2022-05-20", "approved", 2)
    (flow,) = result.flows
    assert flow.recipient_external == "クラウドサーバ" and flow.items == ["受診者の検査結果"]


def test_an_agenda_item_without_a_recorded_decision_is_unknown():
    text = "\n".join([
        "令和6年度第1回西川市情報公開・個人情報保護審議会 会議次第",
        "（令和6年5月14日（火）午前10時～）",
        "2 諮問案件の審議",
        "市民課が保有する住民記録の情報を選挙管理委員会が目的外利用することの公益上の必要性（条例第9条第3項第4号）について",
        "3 その他",
    ])
    (case,) = extract(text).council_cases
    assert (case.date, case.decision) == ("2024-05-14", "unknown")


# --- 5. statistics ----------------------------------------------------------------------------

def test_counts_by_organ_and_by_basis_are_statistics_and_zero_rows_are_skipped():
    text = "\n".join([
        "2 目的外利用・外部提供の状況",
        "目的外利用が7件、外部提供が40件でした。",
        "実施機関\t目的外利用\t外部提供",
        "町長\t7\t38",
        "議会\t0\t0",
        "教育委員会\t0\t2",
        "合計\t7\t40",
        "",
        "目的外利用7件の内訳は、法令に基づくものが4件、本人の同意を得たものが3件です。",
    ])
    stats = [(s.organ_or_basis, s.kind, s.count, s.line) for s in extract(text).statistics]
    assert ("町長", "external_provision", 38, 4) in stats
    assert ("議会", "purpose_outside_use", 0, 5) not in stats
    assert ("法令に基づくもの", "purpose_outside_use", 4, 9) in stats
    assert ("本人の同意を得たもの", "purpose_outside_use", 3, 9) in stats
    # Counts stated in prose are their own records even when the table repeats them (the gold conventions).
    assert ("目的外利用", "purpose_outside_use", 7, 2) in stats and ("外部提供", "external_provision", 40, 2) in stats


# --- 6. notices of a standing provision ------------------------------------------------------

def test_a_public_notice_of_a_standing_provision_is_one_external_flow_under_its_law():
    text = "\n".join([
        "東浜市からのお知らせ",
        "本市は、自衛隊法第97条の規定に基づき、18歳になる方の氏名、住所、生年月日及び性別を自衛隊地方協力本部へ提供しています。",
    ])
    (flow,) = extract(text).flows
    assert (flow.kind, flow.basis, flow.recipient_external) == ("external_provision", "law", "自衛隊地方協力本部")
    assert flow.items == ["氏名", "住所", "生年月日", "性別"]
    assert flow.basis_text.startswith("自衛隊法第97条")


# --- 7. input encodings and normalisation ----------------------------------------------------

SMALL_TABLE = ("北原町 目的外利用\r\nNo.\t担当課\t業務の名称\t利用する課\t利用する業務の名称\t根拠\r\n"
               "1\t町民課\t住民記録業務\t福祉課\t手当支給業務\t本人同意\r\n")


def test_cp932_bom_and_crlf_input_read_the_same(tmp_path):
    results = []
    for name, data in (("cp932.txt", SMALL_TABLE.encode("cp932")),
                       ("bom.txt", "\ufeff".encode() + SMALL_TABLE.encode("utf-8")),
                       ("lf.txt", SMALL_TABLE.replace("\r\n", "\n").encode("utf-8"))):
        path = tmp_path / name
        path.write_bytes(data)
        extraction = extract_document(read_document(path))
        results.append([(ends(f), f.line, f.quote) for f in extraction.flows])
    assert results[0] == results[1] == results[2]
    assert results[0][0][1] == 3


def test_normalisation_rules():
    assert to_iso_date("令和元年5月7日") == "2019-05-07"
    assert to_iso_date("平成31年4月30日") == "2019-04-30"
    assert classify_basis("相当の理由・権利利益を書しない") == "reasonable_grounds"
    assert split_items("氏名、住所及び電話番号等") == ["氏名", "住所", "電話番号等"]
    assert business_key("介護認定 事務") == business_key("介護認定業務")


def test_a_flow_like_sentence_that_could_not_be_read_is_reported():
    text = "令和3年度の運用\n\n福祉課は給付業務へ目的外利用を何らかの形で広げた。"
    result = extract(text)
    assert result.flows == []
    assert [(d.line, d.severity) for d in result.diagnostics] == [(3, "warning")]


# --- 8. held-out genres: other headers, layouts and wordings ------------------------------------

def test_a_flow_list_with_a_kind_column_named_no_betsu_and_provider_headers():
    text = "\n".join([
        "第2 目的外利用及び外部提供",
        "番号\t提供元課名\t提供元の事務\t利用・提供の別\t提供先\t提供先の事務\t提供項目\t根拠規定\t開始日",
        "1\t町民課\t戸籍事務\t目的外利用\t福祉課\t手当事務\t氏名、住所\t法令に基づく\t令和元年5月7日",
        "2\t町民課\t戸籍事務\t外部提供\t青空町社会福祉協議会\t見守り事業\t氏名\t本人の同意\t平成31年4月1日",
    ])
    first, second = extract(text).flows
    assert ends(first) == ("町民課", "戸籍事務", "福祉課", "手当事務", None)
    assert (first.kind, first.items, first.start_date) == ("purpose_outside_use", ["氏名", "住所"], "2019-05-07")
    assert (second.kind, second.recipient_external, second.start_date) == (
        "external_provision", "青空町社会福祉協議会", "2019-04-01")


def test_a_page_break_without_a_repeated_header_continues_the_numbered_rows():
    text = "\n".join([
        "番号\t業務の名称\t所管課\t結合先\t結合する項目\t開始日",
        "1\t住基ネット事務\t市民課\t情報システム機構\t氏名、住所\t平成14年8月5日",
        "",
        "－1－",
        "",
        "2\t予約事務\t市民課\t株式会社ミナト\t氏名\t令和3年10月1日",
        "",
        "※結合先は事業者名を示す。",
        "9\t無関係\t別表\tその他\t備考\t令和3年1月1日",
    ])
    flows = extract(text).flows
    assert [(f.source_business, f.recipient_external, f.kind, f.line) for f in flows] == [
        ("住基ネット事務", "情報システム機構", "online_connection", 2),
        ("予約事務", "株式会社ミナト", "online_connection", 6),
    ]


def test_pipe_tables_with_recipient_first_and_a_source_named_with_its_department():
    text = "\n".join([
        "| No. | 利用する課 | 利用する事務 | 利用される事務（所管課） | 利用する個人情報 | 根拠 | 利用開始日 |",
        "|---|---|---|---|---|---|---|",
        "| 1 | 建設課 | 空家対策事務 | 固定資産税事務（税務課） | 所有者の氏名、住所 | 個人情報保護法第69条第2項第2号 |"
        " 2022年7月1日 |",
    ])
    (flow,) = extract(text).flows
    assert ends(flow) == ("税務課", "固定資産税事務", "建設課", "空家対策事務", None)
    assert (flow.basis, flow.items, flow.start_date) == ("reasonable_grounds", ["氏名", "住所"], "2022-07-01")


def test_a_list_with_counterparty_and_period_columns_and_the_kind_in_an_unnamed_column():
    text = "\n".join([
        "No\t実施機関\t利用・提供する課\t利用・提供する事務\t相手方\t相手方の事務\t内容\t項目\t法的根拠\t期間",
        "1\t町長\t町民課\t年金事務\t年金機構\t給付事務\t外部提供\t氏名\t法令等\tR5.4.1～R6.3.31",
    ])
    (flow,) = extract(text).flows
    assert (flow.recipient_external, flow.recipient_business, flow.kind, flow.basis, flow.start_date) == (
        "年金機構", "給付事務", "external_provision", "law", "2023-04-01")


def test_counts_in_markdown_and_transposed_tables_and_a_registry_total():
    text = "\n".join([
        "| 区分 | 目的外利用 | 外部提供 |",
        "|---|---|---|",
        "| 法令に基づくもの | 14 | 27 |",
        "| 相当の理由があるもの | 0 | 0 |",
        "",
        "| 請求の種類 | 件数 |",
        "|---|---|",
        "| 開示請求 | 18 |",
        "| 審査請求 | 2 |",
        "",
        "区分\t町長\t教育委員会\t計",
        "新規登録\t3\t1\t4",
        "廃止\t2\t0\t2",
        "",
        "令和6年9月30日現在の登録事務数は412件です。",
    ])
    stats = {(s.organ_or_basis, s.kind, s.count) for s in extract(text).statistics}
    assert {("法令に基づくもの", "purpose_outside_use", 14), ("法令に基づくもの", "external_provision", 27)} <= stats
    assert {("開示請求", "disclosure_request", 18), ("審査請求", "review_request", 2)} <= stats
    assert {("町長", "registration_new", 3), ("教育委員会", "registration_abolish", 0), ("計", "registration_new", 4)
            } <= stats
    assert ("令和6年9月30日現在の登録事務数", "registration_total", 412) in stats
    assert not [s for s in stats if s[0] == "相当の理由があるもの"]  # a row of zeros


def test_a_two_level_header_spreads_each_kind_over_its_basis_columns():
    text = "\n".join([
        "実施機関\t目的外利用\t\t外部提供\t",
        "\t法令等\t本人同意\t法令等\t本人同意",
        "町長\t5\t3\t12\t4",
    ])
    stats = [(s.kind, s.count) for s in extract(text).statistics]
    assert stats == [("purpose_outside_use", 5), ("purpose_outside_use", 3), ("external_provision", 12),
                     ("external_provision", 4)]


def test_a_list_of_names_under_marked_department_lines():
    text = "\n".join([
        "4 教育委員会の新規登録事務",
        "■学校教育課",
        "・部活動登録事務",
        "〔生涯学習課〕",
        "・講座受講者管理事務",
    ])
    assert [(r.department, r.business, r.action) for r in extract(text).registrations] == [
        ("学校教育課", "部活動登録事務", "new"), ("生涯学習課", "講座受講者管理事務", "new")]


QA_MINUTES = "\n".join([
    "令和5年度第3回東岬市個人情報保護審議会会議録",
    "1 開催日時　令和5年11月9日（木）午後2時から",
    "(1) 諮問第12号　所得情報の目的外利用について",
    "(2) 報告事項　システム移行について",
    "【諮問第12号】",
    "税務課、保険課、介護課及び福祉課が保有する所得に関する情報を子ども課が目的外利用することの公益上の必要性について"
    "（条例第9条第2項第4号）",
    "委員：本人の同意を得ることはできないのか。",
    "会長：それでは、諮問第12号は承認とします。",
    "【報告事項】",
    "国保事務において、標準システムへの移行に伴い、資格情報をガバメントクラウドとオンライン結合することについて",
    "7 書面による審議",
    "書面決議期間：令和5年11月20日（月）から令和5年11月27日（月）まで",
    "【諮問第13号】",
    "市民課において、呼出システムの導入に伴い、受付番号をクラウドサーバとオンライン結合することについて"
    "（条例第10条第1項第2号）",
    "会長：ただいまの意見を要望として付し、承認とします。",
])


def test_minutes_in_question_and_answer_form_with_numbered_cases_and_a_written_resolution():
    result = extract(QA_MINUTES)
    cases = [(c.date, c.decision, c.line) for c in result.council_cases]
    assert cases == [("2023-11-09", "approved", 6), ("2023-11-09", "unknown", 10),
                     ("2023-11-27", "approved_with_opinion", 14)]
    first, report, written = result.council_cases
    linked = [f.source_department for f in result.flows if f.id in first.flow_ids]
    assert linked == ["税務課", "保険課", "介護課", "福祉課"]
    (moved,) = [f for f in result.flows if f.id in report.flow_ids]
    assert (moved.source_business, moved.recipient_external, moved.basis) == (
        "国保事務", "ガバメントクラウド", "unknown")
    (cloud,) = [f for f in result.flows if f.id in written.flow_ids]
    assert (cloud.source_department, cloud.recipient_external, cloud.basis) == ("市民課", "クラウドサーバ", "council")


def test_a_summary_table_row_without_a_date_belongs_to_the_meeting_above():
    text = "\n".join([
        "開催日\t案件\t答申",
        "令和4年6月2日\t諮問第1号 医療課が保有する受給資格情報を、学務課が就学援助のために目的外利用することについて"
        "（条例第8条第2項第4号）\t承認",
        "\t諮問第2号 通知発送業務を外部委託するに当たり、氏名及び住所を、電子媒体により受託者へ提供することについて"
        "（条例第9条第1項第2号）\t不承認",
        "\t報告 上半期の登録状況について\t－",
    ])
    result = extract(text)
    assert [(c.title[:6], c.date, c.decision) for c in result.council_cases] == [
        ("医療課が保有", "2022-06-02", "approved"), ("通知発送業務", "2022-06-02", "rejected")]
    used = next(f for f in result.flows if f.kind == "purpose_outside_use")
    assert (used.source_department, used.recipient_department) == ("医療課", "学務課")


def test_a_section_heading_of_a_consultation_document_is_not_a_case():
    text = "令和2年度第1回北岬市審議会 会議次第\n（令和2年4月7日）\n○公益上の必要性について（条例第10条第1項第2号）"
    assert extract(text).council_cases == []


def test_newsletter_prose_states_flows_with_a_receiving_subject():
    text = "\n".join([
        "西岬町からのお知らせ",
        "・健康課は、見守りのため、本人の同意を得て、介護課の介護資格事務から要介護度を目的外利用しています。",
        "・防災室の名簿事務と福祉課の手帳事務は、名簿を保つため、相互に目的外利用を行っています。",
        "・教育委員会学校課は、就学援助事務において、こども課より児童手当事務及び医療費助成事務から外部提供を受けています。",
        "令和5年度に受け付けた自己情報の開示請求は23件で、このうち全部開示が14件、不開示が2件でした。",
    ])
    result = extract(text)
    assert [(ends(f), f.kind, f.basis, f.items, f.line) for f in result.flows] == [
        (("介護課", "介護資格事務", "健康課", None, None), "purpose_outside_use", "consent", ["要介護度"], 2),
        (("防災室", "名簿事務", "福祉課", "手帳事務", None), "purpose_outside_use", "unknown", [], 3),
        (("福祉課", "手帳事務", "防災室", "名簿事務", None), "purpose_outside_use", "unknown", [], 3),
        (("こども課", "児童手当事務", "教育委員会学校課", "就学援助事務", None), "external_provision", "unknown", [],
         4),
        (("こども課", "医療費助成事務", "教育委員会学校課", "就学援助事務", None), "external_provision", "unknown", [],
         4),
    ]
    stats = {(s.kind, s.count) for s in result.statistics}
    assert stats == {("disclosure_request", 23), ("disclosure_granted", 14), ("disclosure_refused", 2)}


def test_heldout_normalisation_rules():
    assert classify_basis("個人情報保護法第69条第2項第1号") == "consent"
    assert classify_basis("法第69条第1項") == "law"
    assert classify_basis("法第69条第2項第4号") == "unknown"  # statistics / special reason: no category
    assert nfkc_fast("（ＡＢＣ）　第１号") == "(ABC) 第1号"
    assert clean_items("予約者の氏名、電話番号")[0] == ["氏名", "電話番号"]
    assert clean_items("後期高齢者医療被保険者の明細書、健診結果")[0][0] == "後期高齢者医療被保険者の明細書"


def test_prose_wrapped_at_the_page_width_is_read_as_one_sentence_on_its_first_line():
    title = ("（1）窓口業務を民間事業者に委託するに当たり、来庁者の氏名及び住所を、オンライン結合により受託事業者へ"
             "提供することについて（条例第11条第1項第2号）")
    notice = ("東浦町は、住民基本台帳法に基づき、毎年、17歳の方の氏名、住所及び生年月日を自衛隊東浦出張所へ"
              "提供しています。")
    text = "\n".join(["令和6年度第1回東浦町個人情報保護審議会 次第", "日時：令和6年5月21日（火）", "2 諮問事項",
                     *[title[i:i + 20] for i in range(0, len(title), 20)], "【総務課】", "",
                     *[notice[i:i + 20] for i in range(0, len(notice), 20)], "",
                     "令和5年度の目的外利用は27件、外部提供は64件、部分開示", "が3件でした。"])
    result = extract(text)
    (case,) = result.council_cases
    assert (case.line, case.date, case.articles) == (4, "2024-05-21", ["条例第11条第1項第2号"])
    contracted, provided = result.flows
    assert (contracted.recipient_business, contracted.recipient_external, contracted.items, contracted.line) == (
        "窓口業務", "受託事業者", ["氏名", "住所"], 4)
    assert (provided.recipient_external, provided.items, provided.line) == (
        "自衛隊東浦出張所", ["氏名", "住所", "生年月日"], 10)  # the title took lines 4-7, 【総務課】 line 8
    assert ("disclosure_partial", 3) in {(s.kind, s.count) for s in result.statistics}


def test_an_arrow_list_of_connections_takes_its_kind_from_the_heading_and_its_department_from_the_group():
    text = "\n".join([
        "オンライン結合の状況（業務名 → 接続先）",
        "【市民課】",
        "・住民記録事務 → 情報システム機構",
        "外部提供の状況",
        "・課税事務（市民税課）⇒ 東浦税務署",
        "凡例",
        "1 ⇒ 個人に関する情報",
        "",
        "・図書事務 → 書誌サーバ",
    ])
    result = extract(text)
    assert [(ends(f), f.kind) for f in result.flows] == [
        (("市民課", "住民記録事務", None, None, "情報システム機構"), "online_connection"),
        (("市民税課", "課税事務", None, None, "東浦税務署"), "external_provision"),
    ]
    assert [(d.line, d.severity) for d in result.diagnostics] == [(9, "warning")]  # no heading names a hand-over


def test_user_and_holder_columns_and_abbreviated_kinds():
    text = "\n".join([
        "番号\t保有課\t保有する事務\t利用課\t利用事務\t区分",
        "1\t税務課\t課税事務\t福祉課\t手当事務\t目的外",
        "2\t税務課\t課税事務\t東浦社会福祉協議会\t見守り事業\t提供",
    ])
    first, second = extract(text).flows
    assert (ends(first), first.kind) == (("税務課", "課税事務", "福祉課", "手当事務", None), "purpose_outside_use")
    assert (second.recipient_external, second.kind) == ("東浦社会福祉協議会", "external_provision")


def test_two_cases_with_the_same_departments_are_two_flows():
    text = "\n".join([
        "令和5年度第1回東浦町個人情報保護審議会 会議録",
        "日時：令和5年6月1日（木）",
        "【諮問第1号】",
        "住民課が保有する世帯の情報を防災課が目的外利用することについて（条例第9条第3項第4号）",
        "会長：承認とします。",
        "【諮問第2号】",
        "住民課が保有する転出者の情報を防災課が目的外利用することについて（条例第9条第3項第4号）",
        "会長：承認とします。",
    ])
    result = extract(text)
    assert [(f.source_department, f.recipient_department, f.items, f.line) for f in result.flows] == [
        ("住民課", "防災課", ["世帯の情報"], 4), ("住民課", "防災課", ["転出者の情報"], 7)]
    assert [case.flow_ids for case in result.council_cases] == [["f1"], ["f2"]]


def test_a_decision_on_all_cases_at_once_and_a_start_date_in_prose():
    text = "\n".join([
        "令和5年度第2回東浦町個人情報保護審議会 会議録",
        "日時：令和5年9月1日（金）",
        "【諮問第3号】",
        "住民課が保有する世帯の情報を防災課が目的外利用することについて（条例第9条第3項第4号）",
        "【諮問第4号】",
        "税務課が保有する課税の情報を福祉課が目的外利用することについて（条例第9条第3項第4号）",
        "以上2件について、いずれも原案のとおり承認された。",
        "",
        "・子育て課は、令和6年4月1日から、市民課の住民記録事務から世帯構成を目的外利用しています。",
    ])
    result = extract(text)
    assert [case.decision for case in result.council_cases] == ["approved", "approved"]
    (prose,) = [f for f in result.flows if f.line == 9]
    assert (prose.source_business, prose.recipient_department, prose.start_date) == (
        "住民記録事務", "子育て課", "2024-04-01")


def test_a_blank_source_cell_of_a_merged_row_continues_the_source_of_the_row_above():
    text = "\n".join([
        "令和5年度 西野市 外部提供の一覧",
        "",
        "| 担当課 | 業務名 | 提供先 | 提供する項目 | 根拠法令 | 開始日 |",
        "|---|---|---|---|---|---|",
        "| 防災課 | 要支援者名簿事務 | 西野消防署 | 氏名、住所 | 災害対策基本法第49条の11第2項 | 令和2年4月1日 |",
        "|  |  | 西野市社会福祉協議会 | 氏名、住所 | 災害対策基本法第49条の11第2項 | 令和2年4月1日 |",
    ])
    first, second = extract(text).flows
    assert (second.source_department, second.source_business) == ("防災課", "要支援者名簿事務")
    assert second.recipient_external == "西野市社会福祉協議会" and second.line == 6
    assert first.basis == second.basis == "law"  # a statute cited by article, with no other wording


def test_a_bare_count_column_counts_what_each_row_names_and_dash_cells_are_blank():
    text = "\n".join([
        "令和5年度 東浜町 自己情報の開示請求等",
        "",
        "種類\t件数\t開示\t部分開示\t非開示",
        "開示請求\t7\t4\t2\t1",
        "訂正請求\t2\t－\t－\t－",
    ])
    found = {(s.kind, s.count, s.line) for s in extract(text).statistics}
    assert {("disclosure_request", 7, 4), ("disclosure_granted", 4, 4), ("disclosure_partial", 2, 4),
            ("disclosure_refused", 1, 4), ("correction_request", 2, 5)} <= found


def test_a_kind_named_before_a_list_of_counts_applies_to_each_of_them():
    text = "本町の個人情報取扱事務の登録件数は、町長120件、教育委員会15件、合計135件です。"
    found = [(s.kind, s.organ_or_basis, s.count) for s in extract(text).statistics]
    assert found == [("registration_total", "町長", 120), ("registration_total", "教育委員会", 15),
                     ("registration_total", "合計", 135)]
