"""Council-case shapes the seventh blind round (realshapes7) taught, on invented pages of the same shape.

Each case is a small invented page and what is expected of it: the council cases as (date, title, articles,
decision, lines of the flows the case states) and the flows as (source department, source business or outside
supplier, recipient, kind, basis, items, line, basis text).
"""

from __future__ import annotations

import pytest
from page_shapes import flows, read

CASES = [
    pytest.param(
        [
         '◎委員長(',
         '高田美穂君)',
         'ただいまから、',
         '第1回',
         '白鷺町',
         '個人情報保護審議会を開きます。本日は',
         '諮問第7号',
         '高齢者見守りネットワーク事業に伴う保有個人情報の目的外利用について並びに',
         '諮問第8号',
         '地域防犯カメラ設置事業に伴う保有個人情報の外部提供について、以上の2件をお諮りします。本日の会議は令和5年11月6日、',
         '白鷺町役場第2会議室で開催しています。',
         '◎福祉課長(',
         '宮内剛君)',
         '福祉課でございます。住民課が住民記録事務で保有する75歳以上の方の氏名及び住所を、福祉課の高齢者見守りネットワーク事務で利用したいと考えております。孤立を防ぐためでございます。条例第9条第2項第4号により、審議会の意見をお聴きします。',
         '◎委員長(',
         '高田美穂君)',
         'ほかに御質問がなければ、',
         '諮問第7号は、',
         '原案のとおり承認することとします。',
         '◎防犯対策室長(',
         '江口真理子君)',
         '地域防犯カメラ設置事業において、防犯対策室が防犯灯管理事務で保有する設置協力者の氏名、電話番号を、',
         '白鷺町',
         '防犯カメラ保守業務の受託者である株式会社白鷺セキュリティに提供し、故障時に直接連絡してもらうものです。'
         '根拠は条例第10条第1項第3号でございます。',
         '◎委員長(',
         '高田美穂君)',
         '諮問第8号は、委員からの要望を意見として付して承認することといたします。',
        ],
        [("2023-11-06", "高齢者見守りネットワーク事業に伴う保有個人情報の目的外利用について", ["条例第9条第2項第4号"],
          "approved", [14]),
         ("2023-11-06", "地域防犯カメラ設置事業に伴う保有個人情報の外部提供について", ["条例第10条第1項第3号"],
          "approved_with_opinion", [22])],
        [("住民課", "住民記録事務", "福祉課", "purpose_outside_use", "council", ("75歳以上の方の氏名", "住所"), 14,
          "条例第9条第2項第4号"),
         ("防犯対策室", "防犯灯管理事務", "白鷺町防犯カメラ保守業務", "external_provision", "council",
          ("氏名", "電話番号"), 22, "条例第10条第1項第3号")],
        id="transcript-chair-announces-numbered-cases-titles-run-on-date-later-each-explained-then-decided",
    ),
    pytest.param(
        [
         '令和5年8月22日、若葉台市個人情報保護審査会の第3回会議が開かれた。',
         '当日は、諮問2件が審議され、どちらも原案どおり適当と答申された。',
         '最初に取り上げられたのは、諮問第5号「証明書交付システムのクラウド化に伴うオンライン結合について」である。',
         '市民課長は、市民課の証明書交付業務で扱う申請者の氏名、生年月日、住所を、令和6年1月10日から、保守業者の提供するクラウドサーバとオンライン結合して運用する予定だと説明した。',
         '委員からは、障害時の対応を問う声があった。',
         '次の諮問第6号「放課後児童クラブ運営事業に係る外部提供について」では、子ども育成課長が説明した。',
         '子ども育成課の児童クラブ入会事務で保有する入会児童の氏名、緊急連絡先を、児童クラブ運営業務を委託しているNPO法人わかば子ども支援会に提供するもので、条例第10条第1項第4号による諮問である。',
         'この日は、6名の委員が出席し、2件とも異議なく適当と答申された。',
        ],
        [("2023-08-22", "証明書交付システムのクラウド化に伴うオンライン結合について", [], "approved", [4]),
         ("2023-08-22", "放課後児童クラブ運営事業に係る外部提供について", ["条例第10条第1項第4号"], "approved", [7])],
        [("市民課", "証明書交付業務", "クラウドサーバ", "online_connection", "council",
          ("氏名", "生年月日", "住所"), 4, None),
         ("子ども育成課", "児童クラブ入会事務", "児童クラブ運営業務", "external_provision", "council",
          ("氏名", "緊急連絡先"), 7, "条例第10条第1項第4号")],
        id="news-report-case-titles-quoted-by-number-inside-sentences-told-in-full-below",
    ),
    pytest.param(
        [
         '令和5年10月3日、桜川村個人情報保護審議会の第2回会議が開かれた。',
         '審議されたのは諮問2件で、いずれも原案のとおり承認された。',
         'まず、「窓口受付システムのクラウド化に伴うオンライン結合について」（諮問第3号）では、住民課長が説明した。',
         '住民課長は、住民課の窓口受付業務で扱う来庁者の氏名、用件を、令和6年2月1日から、保守事業者の提供するクラウドサーバとオンライン結合して運用すると説明した。',
         '次に、「ひとり親家庭支援事業に係る外部提供について」（諮問第4号）が審議された。',
         '子育て課の児童扶養手当事務で保有する受給者の氏名、住所を、学習支援業務を委託している一般社団法人さくら学びの会に提供するもので、条例第8条第1項第5号による諮問である。',
        ],
        [("2023-10-03", "窓口受付システムのクラウド化に伴うオンライン結合について", [], "approved", [4]),
         ("2023-10-03", "ひとり親家庭支援事業に係る外部提供について", ["条例第8条第1項第5号"], "approved", [6])],
        [("住民課", "窓口受付業務", "クラウドサーバ", "online_connection", "council", ("氏名", "用件"), 4, None),
         ("子育て課", "児童扶養手当事務", "学習支援業務", "external_provision", "council", ("氏名", "住所"), 6,
          "条例第8条第1項第5号")],
        id="news-report-number-after-the-quoted-title-every-case-decided-in-a-sentence-before-they-are-named",
    ),
]


@pytest.mark.parametrize(("lines", "cases", "expected_flows"), CASES)
def test_council_case_shapes_of_the_seventh_round(lines: list[str], cases: list[tuple], expected_flows: list[tuple]
                                                   ) -> None:
    document = read("\n".join(lines))
    line_of = {flow.id: flow.line for flow in document.flows}
    assert [(case.date, case.title, case.articles, case.decision, [line_of[token] for token in case.flow_ids])
            for case in document.council_cases] == cases
    assert [(*flow, said.basis_text) for flow, said in zip(flows("\n".join(lines)), document.flows, strict=True)
            ] == expected_flows


def test_a_title_runs_on_only_at_its_first_about() -> None:
    """「…についての…について」 is one title; the chair's words after the last 「について」 are not."""
    page = ["諮問第2号", "防災アプリの配信についての保有個人情報の外部提供について、本日お諮りします。"]
    assert [case.title for case in read("\n".join(page)).council_cases] == [
        "防災アプリの配信についての保有個人情報の外部提供について"]


def test_a_whole_title_flow_with_another_recipient_below_stays() -> None:
    """A flow said under a case that goes elsewhere is no retelling of the title's: both stay, the case keeps
    its own."""
    page = ["令和5年5月9日、青葉町個人情報保護審議会の第1回会議が開かれた。",
            "諮問第1号「健診予約システムのクラウド化に伴うオンライン結合について」が説明された。",
            "健康課長は、健康課の健診予約業務で扱う受診者の氏名を、令和5年7月1日から、青葉町医師会の運営するサーバと"
            "オンライン結合して運用すると述べた。"]
    document = read("\n".join(page))
    line_of = {flow.id: flow.line for flow in document.flows}
    assert sorted(line_of.values()) == [2, 3]
    assert [[line_of[token] for token in case.flow_ids] for case in document.council_cases] == [[2]]


def test_an_agenda_item_takes_no_article_from_the_lines_below_it() -> None:
    """Below an agenda item stands the next item, not its discussion: an ordinance cited there is not the case's."""
    page = ["第2回 山吹町個人情報保護審議会 次第", "日時 令和5年6月12日", "議題",
            "(1) 子ども食堂支援事業に伴う保有個人情報の目的外利用について【子育て支援課】",
            "(2) 公文書公開条例第7条第2号に係る審査請求について"]
    cases = read("\n".join(page)).council_cases
    assert [(case.title, case.articles) for case in cases] == [
        ("子ども食堂支援事業に伴う保有個人情報の目的外利用について", [])]


def test_numbered_titles_run_on_on_the_markers_own_line_dated_by_the_sentence_below() -> None:
    """「諮問第1号 Xについて及び」: the marker and its title on one line, the chair's sentence running on."""
    page = ["◎会長(", "松田一郎君)", "ただいまから第3回", "若草市", "個人情報保護審議会を開会します。本日は",
            "諮問第1号　学童保育事業に伴う保有個人情報の目的外利用について及び",
            "諮問第2号　市営住宅管理事業に伴う保有個人情報の外部提供について、以上2件を審議します。"
            "会議は令和5年9月4日、",
            "若草市役所で開催しております。"]
    assert [(case.date, case.title, case.line) for case in read("\n".join(page)).council_cases] == [
        ("2023-09-04", "学童保育事業に伴う保有個人情報の目的外利用について", 6),
        ("2023-09-04", "市営住宅管理事業に伴う保有個人情報の外部提供について", 7)]
