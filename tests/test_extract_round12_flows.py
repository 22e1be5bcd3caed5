"""Flow shapes the twelfth blind round (realshapes12) taught, on invented pages of the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows, read

CASES = [
    pytest.param(
        ["北里村の目的外利用と外部提供(令和6年度)", "", "( 利用)", "村は、次の利用を行いました。",
         "( 1 ) 水道課の水道料金事務で保有する使用者の氏名・電話番号を、防災課の災害時連絡事務に利用しました。"
         "(本人同意)",
         "( 2 ) 保険課の国民健康保険事務で保有する被保険者の住所を、北里村医師会に提供しました。(相当の理由)"],
        [("水道課", "水道料金事務", "防災課", "purpose_outside_use", "consent", ("使用者の氏名", "電話番号"), 5),
         ("保険課", "国民健康保険事務", "北里村医師会", "external_provision", "reasonable_grounds",
          ("被保険者の住所",), 6)],
        id="numbered-items-with-spaces-inside-the-brackets-the-ground-after-the-full-stop",
    ),
    pytest.param(
        ["第一項(水道課)", "",
         "水道課は、水道料金事務において、使用者の口座番号及び使用水量を、委託先である北里ビジネス株式会社のサーバと"
         "オンライン結合しています。", "",
         "開始日は令和4年7月1日、根拠は審議会の答申を経たもの(条例第9条第1項)です。", "", "第二項(保健課)", "",
         "保健課は、がん検診事務において、受診者の検診結果を、北里県検診データベースとオンライン結合しています。",
         "",
         "開始日は令和5年4月1日、根拠は健康増進法の規定によるもの(法令に基づく)です。"],
        [("水道課", "水道料金事務", "北里ビジネス株式会社", "online_connection", "council", ("口座番号", "使用水量"),
          3),
         ("保健課", "がん検診事務", "北里県検診データベース", "online_connection", "law", ("検診結果",), 9)],
        id="one-department-a-block-joined-to-a-contractor-or-an-ownerless-system-start-and-ground-two-lines-below",
    ),
    pytest.param(
        ["5 審議経過", "",
         "【保険課長】保険課の特定健診事務において、受診者の氏名、受診日を、健診委託事業者のクラウドストレージと"
         "オンライン結合するものでございます。",
         " 令和7年6月1日からの運用を予定しております。"],
        [("保険課", "特定健診事務", "クラウドストレージ", "online_connection", "unknown", ("氏名", "受診日"), 3)],
        id="a-bracketed-speaker-opens-the-turn-a-trade-owns-the-storage-the-storage-is-the-other-end",
    ),
    pytest.param(
        ["会議録", "",
         "【防災課長】防災課の避難支援事務で保有する要支援者の氏名及び住所を、災害協定を締結した北里町自主防災会に"
         "外部提供したいというものでございます。"],
        [("防災課", "避難支援事務", "北里町自主防災会", "external_provision", "unknown", ("氏名", "住所"), 3)],
        id="the-agreement-the-recipient-signed-is-told-before-its-name",
    ),
    pytest.param(
        ["第五項(生涯学習課)", "",
         "生涯学習課は、公民館講座事務において、講座の運営を委託しているNPO法人北里まなび舎へ、受講者の氏名及び"
         "連絡先を電子媒体で提供しています。"],
        [("生涯学習課", "公民館講座事務", "講座の運営", "online_connection", "unknown", ("氏名", "連絡先"), 3)],
        id="the-department-as-subject-the-contractor-named-before-the-data-given-on-an-electronic-medium",
    ),
    pytest.param(
        ["【保険課長】保険課の特定健診事務において、受診者の氏名を、健診委託事業者のクラウドストレージと"
         "オンライン結合するものでございます。",
         " あわせて、結果通知の発送を委託している北里印刷株式会社へ、受診者の住所を電子媒体で提供いたします。"],
        [("保険課", "特定健診事務", "クラウドストレージ", "online_connection", "unknown", ("氏名",), 1),
         ("保険課", "特定健診事務", "結果通知の発送", "online_connection", "unknown", ("住所",), 2)],
        id="a-following-sentence-of-the-turn-gives-to-a-contractor-the-holder-carried-from-the-sentence-before",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_flow_shapes_of_the_twelfth_round(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected


def test_the_start_said_two_lines_below_a_joined_business_is_its_start() -> None:
    page = read("\n".join(CASES[1].values[0]))
    assert [(f.start_date, f.basis_text) for f in page.flows] == [("2022-07-01", "条例第9条第1項"),
                                                                  ("2023-04-01", "法令に基づく")]


def test_a_title_naming_the_status_reported_draws_no_flow_warning() -> None:
    title = "北里村における保有個人情報の目的外利用・外部提供の状況(令和6年度)"
    page = read("\n".join([title, "", *CASES[0].values[0][2:]]))
    assert [d.line for d in page.diagnostics] == []
    assert len(page.flows) == 2
