"""Registration and count shapes the eighth and ninth blind rounds (realshapes8, realshapes9) taught, on invented
pages of the same shape.

Registrations: one-line items 「(n) A課 B事務 届出年月日 … 目的 … 収集方法 …」 whose action only the sub-head
above names (「1 新規」「2 変更」「3 廃止」); cards laid out one field a line, each label alone over its value
(「事務の名称」 / the business / 「所属」 / the department / 「登録日」 / the date), grouped under headings that name
the action (「新規登録」「変更登録」「登録抹消」); businesses read out in a report after the action the speaker
names (「まず新規でございますが、1件目はA課の「B事務」で、…に届出」「新規がA課のB事務、廃止がC課のD事務」); a
bullet's bracketed date (「・新規 A課 B事務(令和6年11月1日)」).
Counts: 「…の計4件」 after counts of registration kinds is their total; 「…に届出のあった…事務は2件」 is a total of
the businesses notified; 「令和5年度の届出件数は、新規2件」 — the year dates the notices, 新規 labels the count;
「登録抹消」 is an abolition; 「件数は新規登録3件」 is labelled 新規登録; 「残る3件は取下げ」 is labelled 取下げ; counts
parted by spaces after a bracketed tag (「(件数) 目的外利用3件 外部提供3件」) are each read; an agenda title's
bracketed counts (「(1)…の届出について(新規2件、廃止1件)」) and an ordinal (「1件目は」) count nothing.
"""

from __future__ import annotations

import pytest
from page_shapes import extract, registrations, stats

REGISTRATIONS = [
    pytest.param(
        ["○浜風町個人情報取扱事務の届出状況", "第3 届出の内容", "1 新規",
         "(1) 防災課 避難行動支援アプリ事務 届出年月日 令和6年6月10日 目的 避難情報の個別配信 対象者 アプリ利用者 "
         "収集方法 本人、消防本部",
         "2 変更", "(1) 税務課 軽自動車税事務 変更年月日 令和6年8月1日 変更内容 記録項目に車台番号を追加",
         "3 廃止", "(1) 商工課 プレミアム商品券事務 廃止年月日 令和7年3月31日"],
        [("防災課", "避難行動支援アプリ事務", "new", "2024-06-10", "避難情報の個別配信", "アプリ利用者",
          ["本人", "消防本部"], [], 4),
         ("税務課", "軽自動車税事務", "modify", "2024-08-01", None, None, [], ["車台番号"], 6),
         ("商工課", "プレミアム商品券事務", "abolish", "2025-03-31", None, None, [], [], 8)],
        id="one-line-items-with-their-details-under-action-sub-heads",
    ),
    pytest.param(
        ["個人情報取扱事務の登録状況", "", "新規登録", "", "事務の名称", "里親委託支援事務", "所属",
         "こども家庭課", "登録日", "令和6年7月1日", "収集目的", "里親の登録及び委託の調整", "対象者",
         "里親希望者", "収集方法", "本人、児童相談所", "", "変更登録", "", "事務の名称", "犬の登録事務", "所属",
         "生活衛生課", "変更日", "令和6年9月2日", "変更の内容", "記録項目に「マイクロチップ番号」を追加", "",
         "登録抹消", "", "事務の名称", "敬老乗車証交付事務", "所属", "高齢福祉課", "抹消日", "令和7年3月31日"],
        [("こども家庭課", "里親委託支援事務", "new", "2024-07-01", "里親の登録及び委託の調整", "里親希望者",
          ["本人", "児童相談所"], [], 6),
         ("生活衛生課", "犬の登録事務", "modify", "2024-09-02", None, None, [], ["マイクロチップ番号"], 21),
         ("高齢福祉課", "敬老乗車証交付事務", "abolish", "2025-03-31", None, None, [], [], 32)],
        id="cards-one-field-a-line-under-headings-naming-the-action",
    ),
    pytest.param(
        ["事務の名称", "公営墓地使用許可事務", "所属", "環境課", "抹消日", "令和7年1月31日"],
        [("環境課", "公営墓地使用許可事務", "abolish", "2025-01-31", None, None, [], [], 2)],
        id="card-without-a-heading-takes-its-action-from-the-date-label",
    ),
    pytest.param(
        ["登録抹消", "", "事務の名称", "", "旧駐輪場管理事務", "", "所属", "", "交通政策課", "", "抹消日", "",
         "令和7年3月31日"],
        [("交通政策課", "旧駐輪場管理事務", "abolish", "2025-03-31", None, None, [], [], 5)],
        id="labels-and-values-parted-by-blank-lines",
    ),
    pytest.param(
        ["個人情報取扱事務登録簿(抜粋)", "【新規】", "1 事務の名称 防犯カメラ管理事務", "  担当課 防犯推進課",
         "  登録日 令和6年5月20日", "2 事務の名称 病後児保育事務", "  担当課 保育課", "  登録日 令和6年6月3日"],
        [("防犯推進課", "防犯カメラ管理事務", "new", "2024-05-20", None, None, [], [], 3),
         ("保育課", "病後児保育事務", "new", "2024-06-03", None, None, [], [], 6)],
        id="numbered-cards-each-field-a-line-label-and-value-beside",
    ),
    pytest.param(
        ["〔議題2〕個人情報取扱事務の届出状況について",
         "○文書課長 上半期に届出のありました個人情報取扱事務について御報告いたします。",
         " まず新規でございますが、1件目は防災課の「避難所受付システム運用事務」で、令和6年6月3日に届出がございました。"
         "避難者の受付を目的としており、対象者は避難者、本人から収集いたします。",
         " 2件目は商工課の「創業支援補助金事務」で、令和6年7月8日の届出でございます。",
         " 次に変更でございますが、介護保険課の「要介護認定事務」について、記録項目に電話番号を加えるもので、"
         "令和6年8月1日に届出がございました。",
         " 最後に廃止でございますが、観光課の「花火大会協賛金事務」を令和6年9月30日をもって廃止しております。",
         "○委員長 報告が終わりました。"],
        [("防災課", "避難所受付システム運用事務", "new", "2024-06-03", "避難者の受付", "避難者", ["本人"], [], 3),
         ("商工課", "創業支援補助金事務", "new", "2024-07-08", None, None, [], [], 4),
         ("介護保険課", "要介護認定事務", "modify", "2024-08-01", None, None, [], ["電話番号"], 5),
         ("観光課", "花火大会協賛金事務", "abolish", "2024-09-30", None, None, [], [], 6)],
        id="businesses-read-out-after-the-action-the-speaker-names",
    ),
    pytest.param(
        ["企画課長(松井君)", "報告事項です。9月末までに届出のあった個人情報取扱事務は2件で、新規が保育課の一時預かり"
         "事務、廃止が環境課の生ごみ処理機補助事務でございます。"],
        [("保育課", "一時預かり事務", "new", None, None, None, [], [], 2),
         ("環境課", "生ごみ処理機補助事務", "abolish", None, None, None, [], [], 2)],
        id="new-and-abolished-named-in-one-reported-sentence",
    ),
    pytest.param(
        ["個人情報取扱事務の届出について、事務局から報告があった。",
         " ・新規 市民課 マイナンバーカード交付予約事務(令和6年10月1日)",
         " ・廃止 福祉課 臨時特別給付金事務(令和6年8月30日)"],
        [("市民課", "マイナンバーカード交付予約事務", "new", "2024-10-01", None, None, [], [], 2),
         ("福祉課", "臨時特別給付金事務", "abolish", "2024-08-30", None, None, [], [], 3)],
        id="bullets-with-the-date-in-a-bracket",
    ),
    pytest.param(
        ["個人情報取扱事務の登録状況", "■新規登録", "【事務の名称】", "通学路見守り事務", "【担当課】", "学校教育課",
         "【登録年月日】", "令和6年4月22日", "■登録の廃止", "事務の名称:旧敬老パス交付事務", "担当課:高齢支援課",
         "廃止年月日:令和7年3月31日"],
        [("学校教育課", "通学路見守り事務", "new", "2024-04-22", None, None, [], [], 4),
         ("高齢支援課", "旧敬老パス交付事務", "abolish", "2025-03-31", None, None, [], [], 10)],
        id="dressed-labels-over-their-values-and-labels-beside-their-values",
    ),
    pytest.param(
        ["告示第12号", "1 新規に届出のあった事務",
         " ア 事務の名称 通学路見守り事務 担当課 学校教育課 届出日 令和6年4月22日",
         "2 廃止の届出のあった事務",
         " ア 事務の名称 旧敬老パス交付事務 担当課 高齢支援課 廃止日 令和7年3月31日"],
        [("学校教育課", "通学路見守り事務", "new", "2024-04-22", None, None, [], [], 3),
         ("高齢支援課", "旧敬老パス交付事務", "abolish", "2025-03-31", None, None, [], [], 5)],
        id="a-whole-card-run-along-one-line-under-a-heading-naming-the-businesses",
    ),
    pytest.param(
        ["個人情報取扱事務の届出状況", "令和6年度の届出は、新規登録が2件、変更が1件、廃止が2件でした。",
         "新規登録の事務は、交通課のシェアサイクル事務及び文化課の市民音楽祭事務です。",
         "変更の事務は、税務課の軽自動車税事務です。",
         "廃止した事務は、商工課の商店街ポイント事務と観光課の観光ガイド事務です。"],
        [("交通課", "シェアサイクル事務", "new", None, None, None, [], [], 3),
         ("文化課", "市民音楽祭事務", "new", None, None, None, [], [], 3),
         ("税務課", "軽自動車税事務", "modify", None, None, None, [], [], 4),
         ("商工課", "商店街ポイント事務", "abolish", None, None, None, [], [], 5),
         ("観光課", "観光ガイド事務", "abolish", None, None, None, [], [], 5)],
        id="each-action-a-sentence-naming-its-businesses-joined-by-and",
    ),
    pytest.param(
        ["○事務局 個人情報取扱事務の届出についてご説明します。今回届出がありましたのは2件で、いずれも新規です。"
         "1件目は、健康課の「帯状疱疹予防接種事務」、2件目は保育課の「延長保育事務」です。"],
        [("健康課", "帯状疱疹予防接種事務", "new", None, None, None, [], [], 1),
         ("保育課", "延長保育事務", "new", None, None, None, [], [], 1)],
        id="all-of-one-action-said-once-then-the-ordinals",
    ),
    pytest.param(
        ["個人情報取扱事務登録簿の異動", "┌──┬─────┬──────────┬─────────┐",
         "│区分│担当課  │事務の名称       │登録日       │", "├──┼─────┼──────────┼─────────┤",
         "│新規│商工振興課│創業相談事務      │令和6年6月17日   │", "├──┼─────┼──────────┼─────────┤",
         "│廃止│保育課  │一時保育予約事務    │令和7年3月31日   │", "└──┴─────┴──────────┴─────────┘"],
        [("商工振興課", "創業相談事務", "new", "2024-06-17", None, None, [], [], 5),
         ("保育課", "一時保育予約事務", "abolish", "2025-03-31", None, None, [], [], 7)],
        id="a-box-drawn-registry-table",
    ),
    pytest.param(
        ["登録を廃止した事務", "番号 担当課 事務の名称 廃止日", "1 税務課 原付標識交付事務 令和6年12月27日"],
        [("税務課", "原付標識交付事務", "abolish", "2024-12-27", None, None, [], [], 3)],
        id="a-registry-table-parted-by-spaces-its-action-in-the-heading",
    ),
    pytest.param(
        ["事務の登録について", "令和6年7月1日、文化振興課が所管する文化財ボランティア事務を新たに登録しました。",
         "市民課の住居表示証明事務は、令和6年8月30日に登録を廃止しました。"],
        [("文化振興課", "文化財ボランティア事務", "new", "2024-07-01", None, None, [], [], 2),
         ("市民課", "住居表示証明事務", "abolish", "2024-08-30", None, None, [], [], 3)],
        id="a-sentence-whose-verb-names-the-action",
    ),
    pytest.param(
        ["個人情報取扱事務の届出", "令和6年6月1日から、市民課の「窓口予約事務」の取扱いを開始しました。"],
        [("市民課", "窓口予約事務", "new", "2024-06-01", None, None, [], [], 2)],
        id="a-business-whose-handling-began",
    ),
    pytest.param(
        ["登録簿を変更した事務", "・事務の名称 介護予防事務(高齢支援課)", "・変更の内容 記録項目に「緊急連絡先」を追加",
         "・変更年月日 令和6年10月1日"],
        [("高齢支援課", "介護予防事務", "modify", "2024-10-01", None, None, [], ["緊急連絡先"], 2)],
        id="a-card-naming-the-department-beside-the-business",
    ),
    pytest.param(
        ["個人情報取扱事務の届出", "(1) 交通政策課 デマンドタクシー予約事務 新規 令和6年5月7日",
         "(2) 農政課 有害鳥獣捕獲事務 廃止 令和7年2月28日"],
        [("交通政策課", "デマンドタクシー予約事務", "new", "2024-05-07", None, None, [], [], 2),
         ("農政課", "有害鳥獣捕獲事務", "abolish", "2025-02-28", None, None, [], [], 3)],
        id="a-row-whose-cells-are-plainly-department-business-action-and-date",
    ),
    pytest.param(
        ["議事録", "委員 市民課の住民票交付事務は登録されていますか。"],
        [],
        id="a-question-registers-nothing",
    ),
    pytest.param(
        ["個人情報取扱事務の届出について",
         "新規登録されたのは、市民課の証明書郵送事務と、健康課の骨髄ドナー助成事務です。",
         "また、廃止されたものは、商工課の地域商品券事務です。"],
        [("市民課", "証明書郵送事務", "new", None, None, None, [], [], 2),
         ("健康課", "骨髄ドナー助成事務", "new", None, None, None, [], [], 2),
         ("商工課", "地域商品券事務", "abolish", None, None, None, [], [], 3)],
        id="the-action-said-as-what-was-registered",
    ),
    pytest.param(
        ["個人情報取扱事務登録簿",
         "登録事務の名称:犬猫不妊手術補助事務 担当部課:生活環境課 開始年月日:令和6年4月1日 収集先:本人、獣医師"],
        [("生活環境課", "犬猫不妊手術補助事務", "new", "2024-04-01", None, None, ["本人", "獣医師"], [], 2)],
        id="a-card-along-one-line-with-other-label-words",
    ),
    pytest.param(
        ["令和6年度 個人情報取扱事務の届出", "■新たに届け出た事務", "・図書館予約システム事務(中央図書館)",
         "■廃止した事務", "・旧バス回数券事務(交通政策課)"],
        [("中央図書館", "図書館予約システム事務", "new", None, None, None, [], [], 3),
         ("交通政策課", "旧バス回数券事務", "abolish", None, None, None, [], [], 5)],
        id="a-list-under-a-heading-of-businesses-newly-notified",
    ),
    pytest.param(
        ["会議録", "○事務局 今回は新規の届出が2件ございました。",
         "1件目は、こども家庭課が所管する「里親支援事務」、2件目は、文化振興課が所管する「史跡ガイド事務」でございます。",
         "○委員長 ただいまの報告について質疑はありますか。",
         "○事務局 続きまして、廃止の届出が1件ございます。農政課の「米価対策給付金事務」でございます。"],
        [("こども家庭課", "里親支援事務", "new", None, None, None, [], [], 3),
         ("文化振興課", "史跡ガイド事務", "new", None, None, None, [], [], 3),
         ("農政課", "米価対策給付金事務", "abolish", None, None, None, [], [], 5)],
        id="one-kind-announced-with-its-count-then-the-businesses",
    ),
    pytest.param(
        ["個人情報取扱事務登録簿の登録状況", "| 区分 | 所管課 | 事務の名称 | 変更内容 |", "|---|---|---|---|",
         "| 変更 | 市民税課 | 市民税賦課事務 | 記録項目に電話番号を追加 |"],
        [("市民税課", "市民税賦課事務", "modify", None, None, None, [], ["電話番号"], 4)],
        id="a-single-row-whose-cell-holds-a-header-word",
    ),
    pytest.param(
        ["届出事務一覧", "新規登録", "番号\t担当課\t事務名", "1\t保育課\t休日保育事務", "廃止",
         "番号\t担当課\t事務名", "1\t商工課\t商品券事務"],
        [("保育課", "休日保育事務", "new", None, None, None, [], [], 4),
         ("商工課", "商品券事務", "abolish", None, None, None, [], [], 7)],
        id="tab-tables-under-headings-naming-only-the-action",
    ),
    pytest.param(
        ["審議会会議録", "3 報告事項", "(1) 個人情報取扱事務の届出について", " ア 新規 こども家庭課「里親支援事務」",
         " イ 廃止 商工課「商品券事務」"],
        [("こども家庭課", "里親支援事務", "new", None, None, None, [], [], 4),
         ("商工課", "商品券事務", "abolish", None, None, None, [], [], 5)],
        id="lettered-items-opening-with-the-action-the-business-quoted",
    ),
    pytest.param(
        ["報告事項", "個人情報取扱事務の届出(新規)", "・里親支援事務(こども家庭課)",
         "個人情報取扱事務の届出(廃止)について", "・地域商品券発行事務(商工課)"],
        [("こども家庭課", "里親支援事務", "new", None, None, None, [], [], 3),
         ("商工課", "地域商品券発行事務", "abolish", None, None, None, [], [], 5)],
        id="headings-naming-the-action-in-brackets",
    ),
    pytest.param(
        ["審議会会議録",
         "事務局から、個人情報取扱事務の届出3件(新規:里親支援事務、史跡ガイド事務、廃止:商品券事務)について報告があった。"],
        [(None, "里親支援事務", "new", None, None, None, [], [], 2),
         (None, "史跡ガイド事務", "new", None, None, None, [], [], 2),
         (None, "商品券事務", "abolish", None, None, None, [], [], 2)],
        id="each-action-a-label-before-its-businesses",
    ),
]


def test_a_registry_change_no_shaped_reader_reads_is_read_with_the_general_registry_words() -> None:
    result = extract(["個人情報取扱事務の届出", "◇市民課 住民票交付事務 令和6年4月1日 新規届出(様式第2号)"])
    assert [(r.line, r.action, r.business, r.department, r.date) for r in result.registrations] == [
        (2, "new", "住民票交付事務", "市民課", "2024-04-01")]
    assert not [d for d in result.diagnostics if d.line == 2]


@pytest.mark.parametrize(("lines", "expected"), REGISTRATIONS)
def test_registration_shapes_of_the_eighth_and_ninth_rounds(lines: list[str], expected: list[tuple]) -> None:
    assert registrations(lines) == expected


def test_an_impossible_date_on_a_value_line_is_reported() -> None:
    result = extract(["新規登録", "事務の名称", "駐輪場定期利用事務", "所属", "交通課", "登録日", "令和6年2月30日"])
    assert [r.date for r in result.registrations] == [None]
    assert any(d.line == 7 and "impossible date" in d.message for d in result.diagnostics)


COUNTS = [
    pytest.param(
        ["第2 届出件数", "令和6年度の届出件数は、新規3件、変更2件、廃止1件の計6件である。"],
        [("新規", "registration_new", 3, 2), ("変更", "registration_modify", 2, 2),
         ("廃止", "registration_abolish", 1, 2), ("計", "registration_total", 6, 2)],
        id="year-of-the-notices-and-the-total-of-registration-kinds",
    ),
    pytest.param(
        ["令和6年度に登録簿へ登録し、又は登録を抹消した事務は次のとおりです。件数は新規登録4件、登録抹消2件でした。"],
        [("新規登録", "registration_new", 4, 1), ("登録抹消", "registration_abolish", 2, 1)],
        id="registrations-removed-are-abolitions",
    ),
    pytest.param(
        ["報告事項です。8月末までに届出のあった個人情報取扱事務は3件で、内訳は別紙のとおりです。"],
        [("8月末までに届出のあった個人情報取扱事務", "registration_total", 3, 1)],
        id="businesses-notified-by-a-day-are-a-total",
    ),
    pytest.param(
        ["令和6年度の開示請求は40件でした。決定の内訳は、全部開示が20件、不開示が15件で、残る5件は取下げでした。"],
        [("令和6年度の開示請求", "disclosure_request", 40, 1), ("令和6年度 全部開示", "disclosure_granted", 20, 1),
         ("令和6年度 不開示", "disclosure_refused", 15, 1), ("令和6年度 取下げ", "disclosure_withdrawn", 5, 1)],
        id="the-remainder-is-labelled-by-its-kind",
    ),
    pytest.param(
        ["市長報告", " (件数) 目的外利用5件 外部提供2件"],
        [("目的外利用", "purpose_outside_use", 5, 2), ("外部提供", "external_provision", 2, 2)],
        id="counts-parted-by-spaces-after-a-bracketed-tag",
    ),
    pytest.param(
        ["2 報告事項", " (1)個人情報取扱事務の届出について(新規1件、変更1件)",
         "・新規 空き家バンク登録事務(都市計画課)", "・変更 犬の登録事務(生活衛生課)"],
        [],  # the title repeats the registrations listed under it (realshapes21-22: unless none are listed)
        id="an-agenda-title-with-bracketed-counts-counts-nothing",
    ),
    pytest.param(
        ["今回届出がありましたのは2件で、いずれも新規です。"],
        [("今回届出がありましたの", "registration_total", 2, 1)],
        id="the-notices-received-are-a-total",
    ),
    pytest.param(
        ["自己情報の開示請求等の状況", "┌──────┬─────┬─────┐", "│区 分   │令和4年度 │令和5年度 │",
         "├──────┼─────┼─────┤", "│開示請求  │   17│   23│", "├──────┼─────┼─────┤",
         "│訂正請求  │    2│    0│", "└──────┴─────┴─────┘"],
        [("令和4年度", "disclosure_request", 17, 5), ("令和5年度", "disclosure_request", 23, 5),
         ("令和4年度", "correction_request", 2, 7), ("令和5年度", "correction_request", 0, 7)],
        id="a-box-drawn-count-table-its-columns-periods",
    ),
    pytest.param(
        ["請求の状況", "開示請求", "17件", "訂正請求", "2件", "審査請求", "0件"],
        [("開示請求", "disclosure_request", 17, 3), ("訂正請求", "correction_request", 2, 5),
         ("審査請求", "review_request", 0, 7)],
        id="each-kind-a-line-over-its-count-in-件",
    ),
    pytest.param(
        ["目的外利用等の件数", "区分 実施機関 件数", "目的外利用 町長 9", "〃 教育委員会 2", "外部提供 町長 4",
         "〃 農業委員会 1"],
        [("町長", "purpose_outside_use", 9, 3), ("教育委員会", "purpose_outside_use", 2, 4),
         ("町長", "external_provision", 4, 5), ("農業委員会", "external_provision", 1, 6)],
        id="two-label-columns-and-ditto-marks",
    ),
    pytest.param(
        ["開示請求等の状況 (令和6年度末現在)", "年度 開示請求 訂正請求 審査請求", "令和5年度 14 1 0",
         "令和6年度 19 0 2"],
        [("令和5年度", "disclosure_request", 14, 3), ("令和5年度", "correction_request", 1, 3),
         ("令和5年度", "review_request", 0, 3), ("令和6年度", "disclosure_request", 19, 4),
         ("令和6年度", "correction_request", 0, 4), ("令和6年度", "review_request", 2, 4)],
        id="a-spaced-title-over-the-header-is-no-spanning-header",
    ),
    pytest.param(
        ["請求件数", "・開示請求 21件", "・訂正請求 1件"],
        [("開示請求", "disclosure_request", 21, 2), ("訂正請求", "correction_request", 1, 3)],
        id="bullets-of-counts-are-labelled-without-the-bullet",
    ),
    pytest.param(
        ["開示請求 31件(開示14件、部分開示15件、不開示2件)"],
        [("開示請求", "disclosure_request", 31, 1), ("開示", "disclosure_granted", 14, 1),
         ("部分開示", "disclosure_partial", 15, 1), ("不開示", "disclosure_refused", 2, 1)],
        id="outcomes-in-a-bracket-after-the-requests",
    ),
    pytest.param(
        ["令和五年度に届出のあった個人情報取扱事務は、新規四件、変更十一件の計十五件である。"],
        [("新規", "registration_new", 4, 1), ("変更", "registration_modify", 11, 1),
         ("計", "registration_total", 15, 1)],
        id="counts-in-kanji-numerals",
    ),
    pytest.param(
        ["外部提供件数 町長 7件 教育委員会 2件", "内訳 全部開示 5件 不開示 1件"],
        [("町長", "external_provision", 7, 1), ("教育委員会", "external_provision", 2, 1),
         ("全部開示", "disclosure_granted", 5, 2), ("不開示", "disclosure_refused", 1, 2)],
        id="a-kind-then-the-organs-counted-parted-by-spaces",
    ),
    pytest.param(
        ["目的外利用 8件 / 外部提供 2件", "・開示請求件数……………19件", "1 訂正請求 2件"],
        [("目的外利用", "purpose_outside_use", 8, 1), ("外部提供", "external_provision", 2, 1),
         ("開示請求件数", "disclosure_request", 19, 2), ("訂正請求", "correction_request", 2, 3)],
        id="slashes-leaders-and-item-numbers-are-no-part-of-a-label",
    ),
    pytest.param(
        ["開示請求の状況(令和5年度)", "請求件数 全部開示 部分開示 不開示", "21 9 10 2"],
        [("令和5年度 請求件数", "disclosure_request", 21, 3), ("令和5年度 全部開示", "disclosure_granted", 9, 3),
         ("令和5年度 部分開示", "disclosure_partial", 10, 3), ("令和5年度 不開示", "disclosure_refused", 2, 3)],
        id="one-row-of-counts-under-a-header-of-kinds-only",
    ),
    pytest.param(
        ["【開示請求】18件【訂正請求】2件", "(利用停止請求) 1件", "外部提供(法令に基づくもの) 6件",
         "【総務課】令和6年度の開示請求は18件です。"],
        [("開示請求", "disclosure_request", 18, 1), ("訂正請求", "correction_request", 2, 1),
         ("利用停止請求", "suspension_request", 1, 2), ("法令に基づくもの", "external_provision", 6, 3),
         ("令和6年度の開示請求", "disclosure_request", 18, 4)],
        id="labels-in-brackets-a-basis-in-brackets-and-a-speaker-tag",
    ),
    pytest.param(
        ["平成26年度の異議申立ては2件、開示の申出は14件でした。"],
        [("平成26年度の異議申立て", "review_request", 2, 1), ("平成26年度 開示の申出", "disclosure_request", 14, 1)],
        id="older-words-for-a-review-and-a-request",
    ),
    pytest.param(
        ["○事務局 令和6年度の開示請求は31件でした。", "◎総務課長(森君) 目的外利用につきましては12件です。"],
        [("令和6年度の開示請求", "disclosure_request", 31, 1), ("目的外利用", "purpose_outside_use", 12, 2)],
        id="a-speakers-turn-and-a-topic-phrase-are-no-part-of-a-label",
    ),
    pytest.param(
        ["目的外利用等の状況", "区分\t実施機関\t件数", "目的外利用\t町長\t6", "〃\t教育委員会\t2", "外部提供\t町長\t3"],
        [("町長", "purpose_outside_use", 6, 3), ("教育委員会", "purpose_outside_use", 2, 4),
         ("町長", "external_provision", 3, 5)],
        id="a-tab-table-whose-first-label-column-names-the-kind-with-ditto-marks",
    ),
    pytest.param(
        ["年度\t開示請求\t全部開示", "令和5年度\t20\t8", "〃6年度\t25\t10"],
        [("令和5年度", "disclosure_request", 20, 2), ("令和5年度", "disclosure_granted", 8, 2),
         ("令和6年度", "disclosure_request", 25, 3), ("令和6年度", "disclosure_granted", 10, 3)],
        id="a-ditto-mark-before-digits-repeats-the-era",
    ),
    pytest.param(
        ["届出の状況", "区分\t件数", "新規\t4", "廃止\t1", "計\t5"],
        [("新規", "registration_new", 4, 3), ("廃止", "registration_abolish", 1, 4),
         ("計", "registration_total", 5, 5)],
        id="the-total-row-under-registration-kinds",
    ),
    pytest.param(
        ["登録の状況", "区分 件数", "新規 4", "変更 2", "計 6"],
        [("新規", "registration_new", 4, 3), ("変更", "registration_modify", 2, 4),
         ("計", "registration_total", 6, 5)],
        id="the-total-row-under-registration-kinds-parted-by-spaces",
    ),
    pytest.param(
        ["届出状況", "新規 3件", "廃止 2件", "", "合計 5件"],
        [("新規", "registration_new", 3, 2), ("廃止", "registration_abolish", 2, 3),
         ("合計", "registration_total", 5, 5)],
        id="a-total-on-its-own-line-under-counts-of-registration-kinds",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), COUNTS)
def test_count_shapes_of_the_eighth_and_ninth_rounds(lines: list[str], expected: list[tuple]) -> None:
    assert stats(lines) == expected


def test_an_ordinal_is_no_count_and_no_unread_count() -> None:
    result = extract(["個人情報取扱事務の届出を報告します。",
                      "まず新規でございますが、1件目は市民課の「証明書コンビニ交付事務」で、令和6年5月1日に届出がございました。"])
    assert result.statistics == []
    assert not [d for d in result.diagnostics if "count" in d.message]
