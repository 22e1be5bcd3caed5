"""Registration and count shapes the tenth blind round (realshapes10) taught, on invented pages of the same shape.

Registrations: a page of the year's changes whose action only the headings name (「新たに登録した事務」 /
「登録内容を変更した事務」 / 「廃止した事務」, or bare: 「新規登録」 / 「登録の廃止」), each business a sub-heading
alone (「A事務(B課)」, 「B課 A事務」, 「【B課】A事務」) over one paragraph that tells the day of the change
(「令和n年n月n日に登録しました。」); what the paragraph says of where the data comes from is a flow
(「収集先にC課を追加」: a purpose-outside use from another division; 「…を、本人及びDから収集」: a collection
from the outside party D; 本人 and those who act for the person are none). A business over a dated paragraph
that no heading placed is said.
Counts: a count that is the object of the verb naming its kind (「新たに3件の業務を登録し、4件の業務の登録内容を変更
し」) is labelled by its clause; a total whose topic names the registry's stock (「年度末現在の登録業務は、合計512件」)
by that topic, and the businesses at the year's end (「年度末の登録事務は合計301件」) are that total; 「内容を変更
した事務は2件」 keeps its 内容; a count followed by the noun of its kind (「2件の利用停止請求がありました」) is
labelled by that noun. A table one cell a line with a blank line after every cell is read, row after row; one count
more than its kind columns, when it is their sum, is the row's total in a column the header left unlabelled; a row
that fits no column, or whose total does not add up, is said. A registry or count table flattened one cell a line,
each cell closed by a bar and the header by a rule (「区分 |」 … 「---|---|」), is read as the rows it was.
"""

from __future__ import annotations

import pytest
from page_shapes import extract, flows, registrations, stats

_YEAR_OF_CHANGES = [
    "個人情報取扱事務の登録の異動", "",
    "新たに登録した事務", "",
    "子ども食堂支援事務(こども政策課)", "",
    "令和6年5月10日に登録しました。子ども食堂の運営費補助を行うため、運営団体の代表者の氏名、住所及び口座番号を、"
    "本人及び社会福祉協議会から収集します。", "",
    "登録内容を変更した事務", "",
    "介護保険料賦課事務(介護保険課)", "",
    "令和6年9月1日に変更しました。保険料の減額審査のため、記録項目に「課税所得額」を追加し、収集先に市民税課を追加しました。",
    "",
    "廃止した事務", "",
    "敬老祝金支給事務(高齢福祉課)", "",
    "令和7年3月31日に廃止しました。事業の終了によるものです。", "",
    "お問い合わせ", "総務課 文書係",
]

REGISTRATIONS = [
    pytest.param(
        _YEAR_OF_CHANGES,
        [("こども政策課", "子ども食堂支援事務", "new", "2024-05-10", "子ども食堂の運営費補助", "運営団体の代表者",
          ["本人", "社会福祉協議会"], [], 5),
         ("介護保険課", "介護保険料賦課事務", "modify", "2024-09-01", None, None, ["市民税課"], ["課税所得額"], 11),
         ("高齢福祉課", "敬老祝金支給事務", "abolish", "2025-03-31", None, None, [], [], 17)],
        id="sub-heading-per-business-under-headings-naming-the-action",
    ),
    pytest.param(
        ["令和6年度 登録簿の異動", "1 新たに登録した事務", "市民協働課 ボランティアポイント事務",
         "令和6年7月1日付けで登録。活動実績の管理のため、登録者の氏名及び活動時間を、本人から取得する。",
         "2 廃止した事務", "防災ラジオ貸与事務【危機管理課】", "令和7年3月31日付で廃止。", "3 お問い合わせ",
         "総務課 文書係"],
        [("市民協働課", "ボランティアポイント事務", "new", "2024-07-01", "活動実績の管理", "登録者", ["本人"], [], 3),
         ("危機管理課", "防災ラジオ貸与事務", "abolish", "2025-03-31", None, None, [], [], 6)],
        id="department-first-or-in-lenticular-brackets-no-blank-lines",
    ),
    pytest.param(
        ["個人情報取扱事務登録簿の異動状況", "", "新規登録", "", "高齢者見守りネットワーク事務(地域包括ケア課)", "",
         "見守り活動を行うため、協力事業者の名称及び担当者の連絡先を、令和6年7月1日に登録しました。", "",
         "登録内容の変更", "", "【保険年金課】国民健康保険税賦課事務", "",
         "記録項目に「未申告者の所得」を追加し、収集先に市民税課を加えました(令和6年10月1日変更)。", "",
         "登録の廃止", "", "【観光課】観光ボランティアガイド事務", "", "令和7年3月31日をもって廃止しました。"],
        [("観光課", "観光ボランティアガイド事務", "abolish", "2025-03-31", None, None, [], [], 17),
         ("地域包括ケア課", "高齢者見守りネットワーク事務", "new", "2024-07-01", "見守り活動", None, [], [], 5),
         ("保険年金課", "国民健康保険税賦課事務", "modify", "2024-10-01", None, None, ["市民税課"], ["未申告者の所得"],
          11)],
        id="bare-headings-naming-only-the-action-and-the-date-anywhere-in-the-paragraph",
    ),
    pytest.param(
        ["3 廃止", "所管課 事務の名称", "企画課 地域振興券交付事務", "", "4 教育委員会の新規登録事務", "",
         "■学校教育課", "・部活動地域移行事務"],
        [("学校教育課", "部活動地域移行事務", "new", None, None, None, [], [], 8),
         ("企画課", "地域振興券交付事務", "abolish", None, None, None, [], [], 3)],
        id="a-line-numbered-as-the-bare-heading-is-the-next-heading-not-an-entry",
    ),
    pytest.param(
        ["令和6年度に登録又は廃止した事務は次のとおりです。", "区分 |", "事務の名称 |", "所管課 |", "年月日 |",
         "---|---|---|---|", "新規 |", "空き家バンク事務 |", "企画課 |", "令和6年5月1日 |", "廃止 |", "敬老祝金事務 |",
         "福祉課 |", "令和7年3月31日 |"],
        [("企画課", "空き家バンク事務", "new", "2024-05-01", None, None, [], [], 7),
         ("福祉課", "敬老祝金事務", "abolish", "2025-03-31", None, None, [], [], 11)],
        id="a-registry-table-flattened-one-barred-cell-a-line",
    ),
    pytest.param(
        ["廃止した事務", "", "この一年に廃止した事務はありません。", "", "お問い合わせ", "町民課 窓口係"],
        [],
        id="a-heading-over-no-business-registers-nothing",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), REGISTRATIONS)
def test_registration_shapes_of_the_tenth_round(lines: list[str], expected: list[tuple]) -> None:
    assert registrations(lines) == expected


def test_a_business_over_a_dated_paragraph_no_heading_placed_is_read_with_the_general_registry_words() -> None:
    result = extract(["個人情報取扱事務登録簿の異動", "", "◆本年度に手続したもの", "", "犬猫譲渡事務(生活衛生課)", "",
                      "令和6年11月5日に廃止しました。"])
    assert [(r.line, r.action, r.business, r.department, r.date) for r in result.registrations] == [
        (5, "abolish", "犬猫譲渡事務", "生活衛生課", "2024-11-05")]


FLOWS = [
    pytest.param(
        _YEAR_OF_CHANGES,
        [(None, "社会福祉協議会", "こども政策課", "collection_from_others", "unknown",
          ("運営団体の代表者の氏名", "住所", "口座番号"), 7),
         ("市民税課", None, "介護保険課", "purpose_outside_use", "unknown", ("課税所得額",), 13)],
        id="sources-a-registration-names-are-flows-into-its-business",
    ),
    pytest.param(
        ["新たに登録した事務", "健診結果通知事務(健康推進課)",
         "令和6年4月1日に登録しました。受診者の氏名及び健診結果を、本人から収集します。"],
        [],
        id="data-collected-from-the-person-alone-is-no-flow",
    ),
    pytest.param(
        ["新たに登録した事務", "就学前健診事務(学校教育課)",
         "令和6年4月1日に登録しました。児童の氏名及び健診結果を、保護者、市民課の住民基本台帳事務及び医師会から収集します。",
         "登録内容を変更した事務", "児童手当事務(こども課)",
         "令和6年6月1日に変更しました。収集先に住民基本台帳システムを追加しました。"],
        [("市民課", "住民基本台帳事務", "学校教育課", "purpose_outside_use", "unknown", ("氏名", "健診結果"), 3),
         (None, "医師会", "学校教育課", "collection_from_others", "unknown", ("氏名", "健診結果"), 3),
         (None, "住民基本台帳システム", "こども課", "purpose_outside_use", "unknown", (), 6)],
        id="a-business-of-the-body-is-a-holder-a-guardian-is-no-other-party",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), FLOWS)
def test_flows_a_registration_paragraph_states(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected


def test_a_flow_from_a_registration_paragraph_carries_its_business_date_and_reason() -> None:
    [_, added] = extract(_YEAR_OF_CHANGES).flows
    assert (added.recipient_business, added.start_date, added.reason) == ("介護保険料賦課事務", "2024-09-01",
                                                                         "保険料の減額審査")


COUNTS = [
    pytest.param(
        ["個人情報取扱事務の登録の異動",
         "本年度は、新たに3件の業務を登録し、4件の業務の登録内容を変更し、2件の業務を廃止しました。"
         "年度末現在の登録業務は、合計512件です。"],
        [("新たに3件の業務を登録", "registration_new", 3, 2),
         ("4件の業務の登録内容を変更", "registration_modify", 4, 2),
         ("2件の業務を廃止", "registration_abolish", 2, 2), ("年度末現在の登録業務", "registration_total", 512, 2)],
        id="counts-that-are-the-object-of-the-verb-naming-their-kind-and-the-stock-as-topic",
    ),
    pytest.param(
        ["登録簿の状況", "新たに登録した事務は3件、内容を変更した事務は2件、廃止した事務は1件です。",
         "令和6年度中に新規に登録した事務が4件、登録を廃止した事務が2件あり、年度末の登録事務は合計301件となりました。"],
        [("新たに登録した事務", "registration_new", 3, 2), ("内容を変更した事務", "registration_modify", 2, 2),
         ("廃止した事務", "registration_abolish", 1, 2), ("令和6年度中に新規に登録した事務", "registration_new", 4, 3),
         ("令和6年度 登録を廃止した事務", "registration_abolish", 2, 3),
         ("令和6年度 年度末の登録事務は合計", "registration_total", 301, 3)],
        id="the-businesses-of-each-action-as-subject-and-the-stock-at-the-years-end",
    ),
    pytest.param(
        ["利用停止等の請求", " 令和6年度には、2件の利用停止請求がありました。訂正請求はありませんでした。"],
        [("令和6年度 利用停止請求", "suspension_request", 2, 2)],
        id="the-noun-after-the-count-names-its-kind",
    ),
    pytest.param(
        ["令和6年度中、3件の訂正請求と1件の審査請求を受け付けました。"],
        [("令和6年度 訂正請求", "correction_request", 3, 1), ("令和6年度 審査請求", "review_request", 1, 1)],
        id="two-counts-each-before-its-noun-joined-by-to",
    ),
    pytest.param(
        ["表3", "", "請求区分", "", "決定の内訳", "", "全部開示", "", "一部開示", "", "非開示", "", "取下げ", "",
         "自己情報", "", "6件", "", "3件", "", "1件", "", "2件", "", "12件", "", "担当:総務課"],
        [("自己情報", "disclosure_granted", 6, 17), ("自己情報", "disclosure_partial", 3, 19),
         ("自己情報", "disclosure_refused", 1, 21), ("自己情報", "disclosure_withdrawn", 2, 23),
         ("自己情報", "disclosure_request", 12, 25)],
        id="one-cell-a-line-blank-lines-between-and-an-unlabelled-total",
    ),
    pytest.param(
        ["区分", "新規", "変更", "廃止", "本年度", "5", "2", "1", "8"],
        [("本年度", "registration_new", 5, 6), ("本年度", "registration_modify", 2, 7),
         ("本年度", "registration_abolish", 1, 8), ("本年度", "registration_total", 8, 9)],
        id="an-unlabelled-total-of-registration-kinds",
    ),
    pytest.param(
        ["表2 開示請求の決定状況", "", "実施機関", "", "全部開示", "", "一部開示", "", "不開示", "", "合計", "",
         "町長", "", "8件", "", "4件", "", "1件", "", "13件", "", "教育委員会", "", "2件", "", "0件", "", "0件", "",
         "2件"],
        [("町長", "disclosure_granted", 8, 15), ("町長", "disclosure_partial", 4, 17),
         ("町長", "disclosure_refused", 1, 19), ("町長", "disclosure_request", 13, 21),
         ("教育委員会", "disclosure_granted", 2, 25), ("教育委員会", "disclosure_partial", 0, 27),
         ("教育委員会", "disclosure_refused", 0, 29), ("教育委員会", "disclosure_request", 2, 31)],
        id="one-cell-a-line-several-rows-under-a-labelled-total",
    ),
    pytest.param(
        ["開示請求等の状況", "区分 |", "開示請求 |", "訂正請求 |", "---|---|---|", "令和5年度 |", "12 |", "1 |",
         "令和6年度 |", "15 |", "0 |"],
        [("令和5年度", "disclosure_request", 12, 6), ("令和5年度", "correction_request", 1, 6),
         ("令和6年度", "disclosure_request", 15, 9), ("令和6年度", "correction_request", 0, 9)],
        id="a-count-table-flattened-one-barred-cell-a-line",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), COUNTS)
def test_count_shapes_of_the_tenth_round(lines: list[str], expected: list[tuple]) -> None:
    assert stats(lines) == expected


def test_a_row_one_cell_a_line_whose_total_does_not_add_up_is_said() -> None:
    result = extract(["区分", "全部開示", "不開示", "計", "町長", "3件", "1件", "4件", "議会", "1件", "1件", "5件"])
    assert [(s.organ_or_basis, s.count) for s in result.statistics] == [("町長", 3), ("町長", 1), ("町長", 4)]
    [diagnostic] = [d for d in result.diagnostics if d.candidate and d.candidate.get("kind") == "statistics"]
    assert (diagnostic.line, diagnostic.candidate["row"], diagnostic.candidate["counts"]) == (10, "議会", [1, 1, 5])


def test_counts_one_cell_a_line_that_fit_no_column_are_said() -> None:
    result = extract(["表4", "区分", "全部開示", "不開示", "法定代理人", "4件", "1件", "9件"])
    assert result.statistics == []
    [diagnostic] = [d for d in result.diagnostics if d.candidate and d.candidate.get("kind") == "statistics"]
    assert (diagnostic.line, diagnostic.candidate["counts"], diagnostic.candidate["columns"]) == (
        6, [4, 1, 9], ["全部開示", "不開示"])
