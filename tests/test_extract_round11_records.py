"""Registration and count shapes the eleventh blind round (realshapes11) taught, on invented pages of the same shape.

Registrations of a page whose every paragraph is a dash item: one new business as a two-column pipe table of
label and value (「所管課 | B課 |」 over 「事務の名称 | A事務 |」, the day of the change in the sentence above the
table), a change and an abolition each told with the day before the business (「(令和n年n月n日変更) - B課のA事務に
ついて、記録項目にXを追加した。」, 「令和n年n月n日付けで、B課のA事務を廃止した。」).
Registrations told one 「business」 sentence each with no department as the subject: a definition under a heading
that names new businesses (「「A事務」とは、B課が令和n年n月n日から行う事務で、Cの氏名…を記録するものです。」:
a new business, whom it concerns, and a division the data is taken from), a change or an abolition the sentence
itself tells (「「A事務」は、…に変更の届出がありました。」, 「…をもって廃止されました。」) whatever the heading
says; when the business moved (「B課からC課へ所管が移り」) its department is the one that holds it now.
"""

from __future__ import annotations

import pytest
from page_shapes import extract, registrations, stats

_QUOTED_BUSINESSES = [
    "届出のあった個人情報取扱事務(企画編)", "",
    "1. 新しく届け出られた事務", "",
    " 今年度に届け出られた事務は次のとおりです。", "",
    "「空き家見守り事務」とは、住宅政策課が令和6年6月1日から行う事務で、所有者の氏名、住所及び電話番号を"
    "記録するものです。", "",
    "「子ども医療費助成事務」とは、こども家庭課が令和6年8月1日から行う事務で、受給者の氏名及び保険の状況を記録するものです。"
    " この事務では、保険の状況を保険年金課の国民健康保険事務から目的外利用により取得します。", "",
    "2. 変更・廃止された事務", "",
    " 「学童保育料徴収事務」は、学校教育課から青少年課へ所管が移り、令和6年10月1日に変更の届出がありました。", "",
    " 「粗大ごみ収集事務」は、委託への切替えに伴い、令和7年3月31日をもって廃止されました。",
]

_DASHED_MANUAL = [
    "登録事務の異動(令和6年度)",
    "- 1.はじめに",
    "- 本年度に行った登録、変更及び廃止を掲げる。",
    "- 2.1新規登録",
    "-",
    "- 令和6年5月15日付けで次の事務を登録した。",
    "項目 | 内容 |",
    "---|---|",
    "所管課 | 防災安全課 |",
    "事務の名称 | 避難行動要支援者名簿作成事務 |",
    "目的 | 災害時の避難支援 |",
    "対象者 | 要介護者及び障害者 |",
    "収集方法 | 本人、介護保険課 |",
    "- 2.2変更",
    "-",
    "- (令和6年11月1日変更) - 市民課の印鑑登録事務について、記録項目に旧氏を追加した。",
    "- 2.3廃止",
    "-",
    "- 令和7年3月31日付けで、観光課のレンタサイクル貸出事務を廃止した。",
]

REGISTRATIONS = [
    pytest.param(
        ["登録簿の異動", "- 令和6年7月1日付けで、文化振興課の美術展出品者管理事務を登録した。",
         "- (令和6年9月1日変更) - 納税課の口座振替事務について、記録項目からファクス番号を削除した。",
         "- (令和6年12月1日変更) - 保育課の一時預かり事務について、利用目的を変更した。"],
        [("文化振興課", "美術展出品者管理事務", "new", "2024-07-01", None, None, [], [], 2),
         ("納税課", "口座振替事務", "modify", "2024-09-01", None, None, [], [], 3),
         ("保育課", "一時預かり事務", "modify", "2024-12-01", None, None, [], [], 4)],
        id="dash-items-registering-removing-an-item-or-changing-a-purpose",
    ),
    pytest.param(
        ["新規登録事務", "令和6年6月1日付けで次の2事務を登録した。", "| 項目 | 内容 |", "|---|---|",
         "| 所管課 | 市民協働課 |", "| 事務の名称 | 市民活動保険事務 |", "| 対象者 | 活動団体の会員 |",
         "| 所管課 | 健康増進課 |", "| 事務の名称 | がん検診受診券交付事務 |", "| 収集方法 | 本人 |"],
        [("市民協働課", "市民活動保険事務", "new", "2024-06-01", None, "活動団体の会員", [], [], 6),
         ("健康増進課", "がん検診受診券交付事務", "new", "2024-06-01", None, None, ["本人"], [], 9)],
        id="two-cards-in-one-label-value-table-each-department-above-its-name",
    ),
    pytest.param(
        _DASHED_MANUAL,
        [("市民課", "印鑑登録事務", "modify", "2024-11-01", None, None, [], ["旧氏"], 16),
         ("防災安全課", "避難行動要支援者名簿作成事務", "new", "2024-05-15", "災害時の避難支援", "要介護者及び障害者",
          ["本人", "介護保険課"], [], 10),
         ("観光課", "レンタサイクル貸出事務", "abolish", "2025-03-31", None, None, [], [], 19)],
        id="dashed-items-a-label-value-pipe-table-and-dates-before-the-business",
    ),
    pytest.param(
        _QUOTED_BUSINESSES,
        [("住宅政策課", "空き家見守り事務", "new", "2024-06-01", None, "所有者", [], [], 7),
         ("こども家庭課", "子ども医療費助成事務", "new", "2024-08-01", None, "受給者", ["保険年金課"], [], 9),
         ("青少年課", "学童保育料徴収事務", "modify", "2024-10-01", None, None, [], [], 13),
         (None, "粗大ごみ収集事務", "abolish", "2025-03-31", None, None, [], [], 15)],
        id="quoted-business-defined-or-told-changed-without-a-department-subject",
    ),
    pytest.param(
        ["個人情報取扱事務の届出", "", "1. 今年度の届出", "",
         "「家庭ごみ有料化事務」は、令和6年10月1日に新たに届け出られました。", "",
         "「スポーツ少年団登録事務」は、令和7年3月31日をもって廃止となりました。", "",
         "「地区集会所貸出事務」とは、地域振興課が新たに行う事務で、利用団体の代表者の氏名を記録するものです。"],
        [(None, "家庭ごみ有料化事務", "new", "2024-10-01", None, None, [], [], 5),
         (None, "スポーツ少年団登録事務", "abolish", "2025-03-31", None, None, [], [], 7)],
        id="the-verb-of-a-quoted-business-tells-the-action-a-definition-needs-a-heading-of-new-businesses",
    ),
    pytest.param(
        ["1. 新しく届け出られた事務", "「保健指導事務」は、市民に周知するための事務です。",
         "「公民館講座事務」とは、公民館が講座を行う事務です。"],
        [],
        id="a-quoted-business-described-but-no-change-told-is-no-registration",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), REGISTRATIONS)
def test_registration_shapes_of_the_eleventh_round(lines: list[str], expected: list[tuple]) -> None:
    assert registrations(lines) == expected


def test_the_flow_told_after_a_defined_business_is_still_read() -> None:
    result = extract(_QUOTED_BUSINESSES)
    assert [(flow.source_department, flow.line) for flow in result.flows] == [("保険年金課", 9)]


COUNTS = [
    pytest.param(
        ["審議会だより【2025年2月】", "", "今回のまとめ", "  • 目的外利用3件を承認: 福祉課と税務課の案件が承認された",
         "  • 継続: 外部提供1件は継続審議となった", "", "審議会は、市長から諮問された4件を審議しました。"],
        [],
        id="cases-a-meeting-decided-are-no-statistic",
    ),
    pytest.param(
        ["令和6年度の運用状況", "目的外利用は3件、外部提供は2件でした。"],
        [("目的外利用", "purpose_outside_use", 3, 2), ("外部提供", "external_provision", 2, 2)],
        id="counts-of-the-year-are-still-read",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), COUNTS)
def test_count_shapes_of_the_eleventh_round(lines: list[str], expected: list[tuple]) -> None:
    assert stats(lines) == expected
