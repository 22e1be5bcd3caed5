"""Council-case shapes the eighth and ninth blind rounds (realshapes8, realshapes9) taught, on invented pages.

Each case is a small invented page and what is expected of it: the council cases as (date, title, articles,
decision, lines of the flows the case states) and the flows as (source department, source business or outside
supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows, read

CASES = [
    pytest.param(
        [
         "令和6年度第2回青柳町個人情報保護審議会の結果",
         "開催日時",
         " 令和6年10月8日(火曜日)午前10時から",
         "議題",
         " 1 諮問事項",
         " (1)放課後子ども教室運営に伴う保有個人情報の目的外利用について(生涯学習課)",
         " (2)特定健診受診勧奨事業に伴う保有個人情報の外部提供について(国保年金課)",
         "審議結果",
         " 諮問事項(1)",
         " 学務課が保有する児童の学年及び学級を、生涯学習課が放課後子ども教室運営事務において参加者の確認に利用する"
         "ことについて、諮問のとおり承認した。",
         " 諮問事項(2)",
         " 国保年金課が保有する特定健診の受診歴を、通知の発送を委託する株式会社あおやぎ情報センターに提供する"
         "ことについて、対象者を絞ることを条件として承認した。",
        ],
        [("2024-10-08", "放課後子ども教室運営に伴う保有個人情報の目的外利用について", [], "approved", [10]),
         ("2024-10-08", "特定健診受診勧奨事業に伴う保有個人情報の外部提供について", [], "approved_with_opinion", [7])],
        [("国保年金課", None, "特定健診受診勧奨事業", "external_provision", "council", ("特定健診の受診歴",), 7),
         ("学務課", None, "生涯学習課", "purpose_outside_use", "council", ("学年", "学級"), 10)],
        id="result-page-each-agenda-item-taken-up-under-its-reference-alone-decided-and-completed-below",
    ),
    pytest.param(
        [
         "月見台町個人情報保護審議会会議録",
         "開催年月日",
         "令和6年9月3日(火曜日)",
         "付議案件",
         "  1. 諮問第3号 空き家バンク運営事業に係る保有個人情報の外部提供について",
         "  2. 諮問第4号 災害時避難支援事業に係る保有個人情報の目的外利用について",
         "会議の経過",
         "会長(井上和夫君)",
         "本日は諮問が2件です。まず諮問第3号について、担当課から説明をお願いします。",
         "まちづくり課長(原田優君)",
         "諮問第3号についてご説明いたします。まちづくり課が空き家対策事務で保有する所有者の氏名及び電話番号を、"
         "空き家バンクの運営を受託している特定非営利活動法人つきみ住まいネットに提供するものでございます。",
         "会長(井上和夫君)",
         "諮問第3号は原案どおり承認することに御異議ございませんか。",
         "(「異議なし」の声あり)",
         "それでは承認といたします。続いて諮問第4号について説明をお願いします。",
         "危機管理課長(竹田恵君)",
         "諮問第4号は、福祉課が障害福祉事務で保有する氏名、住所及び障害の程度を、危機管理課の避難行動支援事務で"
         "利用するものでございます。令和6年11月1日から利用を始めます。",
         "会長(井上和夫君)",
         "では、意見を付して承認といたします。",
        ],
        [("2024-09-03", "空き家バンク運営事業に係る保有個人情報の外部提供について", [], "approved", [11]),
         ("2024-09-03", "災害時避難支援事業に係る保有個人情報の目的外利用について", [], "approved_with_opinion", [17])],
        [("まちづくり課", "空き家対策事務", "空き家バンク運営事業", "external_provision", "council",
          ("氏名", "電話番号"), 11),
         ("福祉課", "障害福祉事務", "危機管理課", "purpose_outside_use", "council", ("氏名", "住所", "障害の程度"),
          17)],
        id="minutes-chair-names-the-case-then-the-department-explains-it-holder-contractor-items-from-the-explanation",
    ),
    pytest.param(
        [
         "里見町情報公開・個人情報保護審議会会議録",
         "1 日時 令和6年8月20日(火)午後2時から",
         "2 議題",
         "(1) 諮問第5号 子ども食堂支援事業に伴う保有個人情報の目的外利用及び外部提供について【子育て支援課】",
         "3 審議の概要",
         "(1) 諮問第5号について",
         "子育て支援課から、税務課が個人住民税事務で保有するひとり親世帯の氏名及び住所を子育て支援課が目的外利用して"
         "案内名簿を作成し、その名簿を食材の配送を担う一般社団法人さとみフードネットに提供したいとの説明があった。",
         "審議の結果、諮問のとおり承認することとした。",
        ],
        [("2024-08-20", "子ども食堂支援事業に伴う保有個人情報の目的外利用及び外部提供について", [], "approved",
          [7, 4])],
        [("子育て支援課", None, "子ども食堂支援事業", "external_provision", "council", (), 4),
         ("税務課", "個人住民税事務", "子育て支援課", "purpose_outside_use", "council", ("ひとり親世帯の氏名", "住所"),
          7)],
        id="use-then-provision-the-named-holder-is-the-uses-the-department-that-receives-provides",
    ),
    pytest.param(
        [
         "ホーム > 審議会 > 答申一覧 > 令和6年3月5日 答申第88号",
         "",
         "令和6年3月5日 答申第88号(東灘県個人情報保護審議会答申)",
         "",
         "答申",
         "",
         "第1 審議会の結論",
         "",
         "東灘県知事から諮問のあった「河川監視カメラ事業に係る保有個人情報の外部提供及びオンライン結合について」は、"
         "下記の条件を付して実施することが適当である。",
         "",
         "  • (1)映像の保存期間を定めること。",
         "",
         "第2 諮問に至る経過",
         "",
         "実施機関は、東灘県個人情報保護条例(平成15年東灘県条例第12号。以下「条例」という。)第9条第1項第4号及び"
         "第11条第1項の規定により、次の事項について審議会の意見を求めた。",
         "",
         "  • (1)河川監視カメラ事業を民間事業者に委託するに当たり、河川課が河川管理事務で保有する通報者の連絡先を、"
         "受託者である株式会社ひがしなだ映像に提供すること。",
         "  • (2)河川課の水位観測システムと、気象台である東灘地方気象台の観測サーバとを専用回線で結合すること。",
         "  • (3)防災課が防災情報事務で保有する避難所開設記録を、河川課が河川管理事務に利用すること。",
        ],
        [("2024-03-05", "河川監視カメラ事業に係る保有個人情報の外部提供及びオンライン結合について",
          ["条例第9条第1項第4号", "条例第11条第1項"], "approved_with_opinion", [17, 18, 19])],
        [("河川課", "河川管理事務", "河川監視カメラ事業", "external_provision", "council", ("通報者の連絡先",), 17),
         ("河川課", "水位観測システム", "東灘地方気象台", "online_connection", "council", (), 18),
         ("防災課", "防災情報事務", "河川課", "purpose_outside_use", "council", ("避難所開設記録",), 19)],
        id="answer-page-title-quoted-in-the-conclusion-the-matters-listed-below-are-the-cases-flows",
    ),
    pytest.param(
        ["令和6年度第1回桐ケ丘市個人情報保護審査会会議要録 1 日 時 令和6年5月14日(火)10:00~11:30 2 会 場 "
         "第1会議室 3 出席委員  会 長  今村 進  委 員  沢田 理恵 4 説明員  北川 学(市民部市民課長)  "
         "岡 真紀(健康部健康づくり課長) 5 会議内容 〇今村会長 本日の案件は2件です。1件目の「窓口受付事務における"
         "来庁予約システムの導入に伴う電子計算機の結合について」、説明をお願いします。 〇市民課長 市民課では、"
         "窓口受付事務において、来庁者の氏名や予約日時を、株式会社きりがおかテックが提供するクラウド上の来庁予約"
         "システムとオンラインで結合し、令和6年8月1日から運用したいと考えております。条例第15条第1項に基づき"
         "審査会のご意見を伺うものです。 〇沢田委員 障害時はどうなるのか。 〇市民課長 紙の受付に切り替えます。 "
         "〇今村会長 それでは1件目は了承ということでよろしいですか。(異議なし) 〇今村会長 2件目の「健康マイレージ"
         "事業に係る保有個人情報の外部提供について」、説明をお願いします。 〇健康づくり課長 健康づくり課が健康診査"
         "事務で保有する参加者の氏名及び住所を、健康マイレージ事業のため、桐ケ丘市商工会及び市内の協力薬局に提供"
         "したいと考えております。条例第13条第1項第5号に該当するものとしてお諮りいたします。 〇今村会長 それでは"
         "2件目も了承といたします。以上で本日の審査会を終了します。"],
        [("2024-05-14", "窓口受付事務における来庁予約システムの導入に伴う電子計算機の結合について",
          ["条例第15条第1項"], "approved", [1]),
         ("2024-05-14", "健康マイレージ事業に係る保有個人情報の外部提供について", ["条例第13条第1項第5号"], "approved",
          [1, 1])],
        [("市民課", "窓口受付事務", "株式会社きりがおかテック", "online_connection", "council",
          ("来庁者の氏名", "予約日時"), 1),
         ("健康づくり課", "健康診査事務", "健康マイレージ事業", "external_provision", "council", ("氏名", "住所"), 1),
         ("健康づくり課", "健康診査事務", "健康マイレージ事業", "external_provision", "council", ("氏名", "住所"), 1)],
        id="whole-record-on-one-line-cases-taken-up-by-order-quoted-each-explained-and-agreed-before-the-next",
    ),
    pytest.param(
        ["第12回桜ケ原県個人情報保護審査会 会議録",
         "1. 日時:令和5年10月2日(月) 午後2時から",
         "2. 議題:(1)学校給食費の口座振替に係る電子計算機の結合について(諮問)",
         "発言者 内容",
         "会長",
         "それでは始めます。議題(1)について,教育庁学校給食課から説明をお願いします。",
         "教育庁学校給食課",
         "学校給食費の徴収事務では,現在,口座振替の依頼書を紙で収納代行会社に送っています。来年4月からは,"
         "給食費管理システムと収納代行会社のデータセンターを専用回線で結び,児童氏名,口座番号及び引落金額をデータで"
         "送ることとしたいので,条例第8条第2項の規定により御意見を伺うものです。",
         "会長",
         "ほかになければ,議題(1)は諮問のとおり認めることとします。"],
        [("2023-10-02", "学校給食費の口座振替に係る電子計算機の結合について", ["条例第8条第2項"], "approved", [8])],
        [("教育庁学校給食課", "学校給食費の徴収事務", "収納代行会社", "online_connection", "council",
          ("児童氏名", "口座番号", "引落金額"), 8)],
        id="flattened-speaker-table-the-link-a-department-states-after-the-chair-calls-its-item-is-the-items-flow",
    ),
]


@pytest.mark.parametrize(("lines", "cases", "expected_flows"), CASES)
def test_council_case_shapes_of_the_eighth_and_ninth_rounds(lines: list[str], cases: list[tuple],
                                                            expected_flows: list[tuple]) -> None:
    document = read("\n".join(lines))
    line_of = {flow.id: flow.line for flow in document.flows}
    assert [(case.date, case.title, case.articles, case.decision, [line_of[token] for token in case.flow_ids])
            for case in document.council_cases] == cases
    assert flows("\n".join(lines)) == expected_flows
    provided = [flow.recipient_external for flow in document.flows if flow.kind == "external_provision"]
    assert all(provided) and not any(name.startswith(("を", "担う", "受託")) for name in provided)


@pytest.mark.parametrize(("bodies", "ends"), [
    ("川辺地区防犯協会及び川辺交番", [(None, "川辺地区防犯協会"), (None, "川辺交番")]),
    ("川辺地区防犯協会及び危機管理課", [(None, "川辺地区防犯協会"), ("危機管理課", None)]),
])
def test_a_provision_names_each_body_it_goes_to_without_the_clause_before_it(bodies: str, ends: list[tuple]) -> None:
    """「…を行う<団体>」: the body without what it does; each body named is one flow (a 課 of the body itself is
    a department)."""
    page = ["諮問第2号 防犯見守り事業に係る保有個人情報の外部提供について",
            "(1) 諮問第2号について",
            f"地域安全課から、地域安全課が防犯登録事務で保有する登録者の氏名を、防犯パトロールを行う{bodies}に"
            "提供したいとの説明があった。"]
    flows_read = read("\n".join(page)).flows
    assert [(f.source_business, f.recipient_department, f.recipient_external) for f in flows_read] == [
        ("防犯登録事務", *end) for end in ends]


def test_a_status_report_of_the_period_is_no_case_and_no_flow() -> None:
    """「報告第N号」 over 「…の目的外利用及び外部提供の状況について」 and the chair's sentence naming it: how often
    data went out in a period, reported as a whole (its list is read elsewhere), never a case with no recipient."""
    page = ["報告第2号",
            "○議長(森田一郎) 日程第4、報告第2号を議題とします。これは市長から、保有個人情報の目的外利用及び"
            "外部提供の状況について報告されたものです。",
            " 報告第2号",
            "      保有個人情報の目的外利用及び外部提供の状況について",
            " 個人情報の保護に関する法律施行条例の規定により、上半期に行った目的外利用及び外部提供の状況を別紙の"
            "とおり報告する。"]
    document = read("\n".join(page))
    assert (document.council_cases, document.flows) == ([], [])
    assert not [d for d in document.diagnostics if "case title" in d.message]


def test_cases_taken_up_by_order_over_several_lines_are_told_below_their_call() -> None:
    """「2件目は、「…について」」 on the chair's line, the explanation and the agreement on the lines below."""
    page = ["第3回柳川台町個人情報保護審査会 会議要録",
            "日時 令和6年2月6日(火)午後2時から",
            "〇会長 1件目の「防災備蓄品管理事務におけるクラウドサービスの利用に伴う電子計算機の結合について」、"
            "説明をお願いします。",
            "〇危機管理課長 危機管理課では、防災備蓄品管理事務において、受領者の氏名や受領数を、"
            "株式会社やながわクラウドが運営するクラウド上の在庫管理システムとオンラインで結合したいと考えております。",
            "〇会長 それでは1件目は了承といたします。",
            "〇会長 2件目は、「子育て応援事業に係る保有個人情報の外部提供について」です。",
            "〇子育て支援課長 子育て支援課が児童手当事務で保有する受給者の氏名及び住所を、",
            "子育て応援事業のため、柳川台町商工会に提供したいと考えております。",
            "〇会長 以上2件とも了承といたします。"]
    document = read("\n".join(page))
    line_of = {flow.id: flow.line for flow in document.flows}
    assert [(case.date, case.title, case.decision, [line_of[token] for token in case.flow_ids])
            for case in document.council_cases] == [
        ("2024-02-06", "防災備蓄品管理事務におけるクラウドサービスの利用に伴う電子計算機の結合について", "approved",
         [4]),
        ("2024-02-06", "子育て応援事業に係る保有個人情報の外部提供について", "approved", [7])]
    assert [(f.source_department, f.source_business, f.recipient_business, f.recipient_external, f.kind, f.line)
            for f in document.flows] == [
        ("危機管理課", "防災備蓄品管理事務", None, "株式会社やながわクラウド", "online_connection", 4),
        ("子育て支援課", "児童手当事務", "子育て応援事業", "柳川台町商工会", "external_provision", 7)]


def test_an_answer_concludes_on_a_title_with_its_number_after_it() -> None:
    page = ["令和6年7月9日", "若竹市情報公開・個人情報保護審議会", "答申",
            "若竹市長から諮問された「図書館システムの更新に伴う電子計算機の結合について」(諮問第31号)は、"
            "妥当である。"]
    assert [(case.date, case.title, case.decision) for case in read("\n".join(page)).council_cases] == [
        ("2024-07-09", "図書館システムの更新に伴う電子計算機の結合について", "approved")]


def test_the_ordinance_a_case_is_decided_under_in_its_discussion_is_its_article() -> None:
    """The title cites nothing; the minutes that take the case up by its number do (「…に該当するものとして承認」)."""
    page = ["第1回 梅ケ丘町個人情報保護審議会 会議録", "日時 令和6年6月4日(火) 午後2時から", "議題",
            "(1) 諮問第3号 学童保育入所審査事務に伴う保有個人情報の目的外利用について 【こども課】",
            "審議の経過", "(1) 諮問第3号について",
            "こども課長から、税務課が町民税賦課事務で保有する所得額を、入所審査に利用したいとの説明があった。",
            "審議の結果、条例第7条第2項第4号に該当するものとして、原案のとおり承認することとした。"]
    document = read("\n".join(page))
    assert [(case.articles, case.decision) for case in document.council_cases] == [
        (["条例第7条第2項第4号"], "approved")]
    assert [(f.source_department, f.recipient_department, f.basis_text, f.line) for f in document.flows] == [
        ("税務課", "こども課", "条例第7条第2項第4号", 7)]


@pytest.mark.parametrize("agenda", [
    ["議題 (1) 諮問第4号 公民館予約事務に伴う保有個人情報の目的外利用について 【生涯学習課】"],
    ["議題 (1) 諮問第4号 公民館予約事務に伴う保有個人情報の目的外利用について"],
])
def test_an_agenda_label_with_its_one_numbered_item_on_a_line(agenda: list[str]) -> None:
    """「議題 (1) 諮問第N号 Xについて」: the number is no part of the title; 「(1) 諮問第N号について」 below is the
    minutes taking it up, no case of its own."""
    page = ["第2回 松風町個人情報保護審議会 会議録", "日時 令和6年9月10日(火) 午前10時から", *agenda, "審議の経過",
            "(1) 諮問第4号について",
            "生涯学習課長から、住民課が住民基本台帳事務で保有する住所を、予約者の確認に利用したいとの説明があった。",
            "審議の結果、原案のとおり承認することとした。"]
    document = read("\n".join(page))
    assert [(case.title, case.line, case.decision) for case in document.council_cases] == [
        ("公民館予約事務に伴う保有個人情報の目的外利用について", 3, "approved")]
    assert [(f.source_department, f.source_business, f.recipient_business, f.line) for f in document.flows] == [
        ("住民課", "住民基本台帳事務", "公民館予約事務", 6)]


def test_an_answer_letter_approving_with_a_proviso_right_after_its_conclusion() -> None:
    """「…妥当なものと判断する。」 then 「ただし、…べきである。」: approved with an opinion."""
    page = ["答申第7号", "令和5年4月20日", "南谷県知事 殿", "南谷県個人情報保護審議会",
            "水道料金滞納整理事務における個人情報の目的外利用について(答申)",
            "令和5年3月1日付けで諮問のあった標記の件について、次のとおり答申します。",
            "税務課が保有する納税者の連絡先を、水道課が料金の滞納整理に利用することは、相当の理由があり、"
            "妥当なものと判断する。",
            "ただし、利用は催告に要する範囲に限り、利用の記録を保存すべきである。"]
    assert [(case.date, case.decision) for case in read("\n".join(page)).council_cases] == [
        ("2023-04-20", "approved_with_opinion")]


def test_an_answer_reported_with_the_conditions_it_set() -> None:
    """A petition quotes the answer by its numbered conditions (「(1)…を講じること。」): approved on conditions."""
    page = ["請願の要旨",
            "東浜市個人情報保護審議会は、令和3年6月8日、東浜市の諮問(令和3年5月20日付け東総第88号)に対して、"
            "次のように答申しています(抜粋)。",
            "【諮問②について】",
            "(1)提供先における名簿の保管及び返却について、協定書で具体的に定めるとともに、その履行を確認すること。"]
    assert [(case.date, case.decision) for case in read("\n".join(page)).council_cases] == [
        ("2021-06-08", "approved_with_opinion")]


def test_the_one_case_of_an_answer_letter_takes_the_articles_its_body_cites() -> None:
    page = ["答申第15号", "令和4年11月2日", "北浦市長 殿", "北浦市個人情報保護審議会",
            "検診予約業務の委託に伴う保有個人情報の外部提供及び電子計算機の結合について(答申)",
            "1 審議会の結論", "標記の件は、次の条件を付した上で、妥当である。",
            "2 根拠となる条例の規定", "北浦市個人情報保護条例第9条第1項第4号(外部提供)及び第12条(電子計算機の結合)",
            "3 附記", "この答申は、北浦市個人情報保護条例第40条第2項の規定により行うものである。"]
    assert [(case.articles, case.decision) for case in read("\n".join(page)).council_cases] == [
        (["条例第9条第1項第4号", "条例第12条"], "approved_with_opinion")]


def test_agenda_items_without_numbers_take_the_articles_cited_where_the_minutes_take_them_up_in_order() -> None:
    """The agenda lists 「(1)…」「(2)…」; the minutes take up 諮問第31号 then 第32号, each closed by a decision
    below a blank line."""
    page = ["第2回 風見市個人情報保護審議会 議事録", "日時", "2023年7月11日(火)14:00~15:00", "議事次第",
            "2.諮問事項",
            "  (1)国保人間ドック助成業務に係る保有個人情報の目的外利用について【国保年金課】",
            "  (2)防犯灯管理業務に係る保有個人情報の外部提供について【生活安全課】",
            "3.閉会", "",
            "○会長 それでは諮問第31号について、説明をお願いします。",
            "○国保年金課長 税務課が住民税事務で保有する所得の情報を、国保年金課の助成審査で利用するもので、"
            "条例第8条第2項第5号により御意見を伺うものです。",
            "○会長 諮問第31号について",
            "",
            "原案のとおり承認とします。",
            "○会長 続いて諮問第32号について説明をお願いします。",
            "○生活安全課長 生活安全課が防犯灯管理事務で保有する申請者の氏名を、保守業者に提供するもので、"
            "条例第9条第1項第4号により御意見を伺います。",
            "○会長 諮問第32号は承認とします。"]
    assert [(case.articles, case.decision) for case in read("\n".join(page)).council_cases] == [
        (["条例第8条第2項第5号"], "approved"), (["条例第9条第1項第4号"], "approved")]


def test_a_case_taken_up_as_the_first_matter_in_double_brackets() -> None:
    page = ("第1回青空町個人情報保護審議会 日時 令和6年4月9日 〇会長 本日は1件です。"
            "1つ目の案件『子育てアプリの導入に伴う電子計算機の結合について』、説明をお願いします。"
            "〇子育て課長 子育て課では、母子保健事務において、妊婦の氏名や出産予定日を、"
            "株式会社そらネットが提供するクラウド上の子育てアプリシステムとオンラインで結合したいと考えております。"
            "〇会長 了承といたします。")
    document = read(page)
    assert [(case.title, case.date, case.decision) for case in document.council_cases] == [
        ("子育てアプリの導入に伴う電子計算機の結合について", "2024-04-09", "approved")]
    assert [(f.source_department, f.source_business, f.recipient_external, f.items) for f in document.flows] == [
        ("子育て課", "母子保健事務", "株式会社そらネット", ["妊婦の氏名", "出産予定日"])]
