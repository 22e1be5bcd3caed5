"""Every reader of the READERS table, alone, through the one interface: ``read(page, readings) -> Reading``.

One row per reader (a new reader adds its row; ``test_every_reader_has_a_row`` says so): an invented
three-line document of its genre and what the reader alone proposes — flows as (kind, source, recipient,
line), registrations as (action, business, line), statistics as (kind, count, line), cases as (title start,
decision, line) — and the lines it claims.
"""

from __future__ import annotations

import pytest

from tadori.ingest.documents.layout.page import page_of
from tadori.ingest.documents.readers import READERS
from tadori.ingest.documents.reading import Reader, Reading, Readings
from tadori.ingest.records import Flow

BY_NAME = {reader.name: reader for reader in READERS}


def read_alone(name: str, text: str) -> Reading:
    """What one reader reads in ``text`` when it is the only reader (the table lines claimed by the layout)."""
    page = page_of(text)
    readings = Readings()
    readings.claim("records", page.table_lines)
    return BY_NAME[name].read(page, readings)


def _end(department: str | None, business: str | None, external: str | None) -> str:
    return "/".join(part for part in (department, business, external) if part)


def summary(reading: Reading) -> dict:
    out: dict = {}
    if reading.flows:
        out["flows"] = [(f.kind, _end(f.source_department, f.source_business, f.source_external),
                         _end(f.recipient_department, f.recipient_business, f.recipient_external), f.line)
                        for f in reading.flows]
    if reading.registrations:
        out["registrations"] = [(r.action, r.business, r.line) for r in reading.registrations]
    if reading.statistics:
        out["statistics"] = [(s.kind, s.count, s.line) for s in reading.statistics]
    if reading.cases:
        out["cases"] = [(c.title[:8], c.decision, c.line) for c in reading.cases]
    if reading.claimed:
        out["claimed"] = sorted(reading.claimed)
    return out


POU, EXT, ONLINE, COLLECT = "purpose_outside_use", "external_provision", "online_connection", "collection_from_others"

CASES = [
    ("flow_list",
     "架空市 目的外利用の状況\nNo.\t担当課\t業務の名称\t利用する課\t利用する業務\t根拠\n"
     "1\t市民課\t住民記録業務\t福祉課\t介護認定業務\t本人同意",
     {"flows": [(POU, "市民課/住民記録業務", "福祉課/介護認定業務", 3)]}),
    ("registry_table",
     "個人情報取扱業務登録簿の変更\nNo.\t担当課\t業務の名称\t区分\t年月日\n"
     "1\t税務課\t固定資産税業務\t新規\t令和5年4月1日\n2\t市民課\t印鑑登録業務\t廃止\t令和5年6月1日",
     {"registrations": [("new", "固定資産税業務", 3), ("abolish", "印鑑登録業務", 4)]}),
    ("flow_cards",
     "【No.1】\n担当課：健康課\n業務の名称：予防接種業務\n提供先：架空医師会\n区分：外部提供\n根拠：本人同意",
     {"flows": [(EXT, "健康課/予防接種業務", "架空医師会", 2)], "claimed": [1, 2, 3, 4, 5, 6]}),
    ("registry_list",
     "1 新規に登録した業務\n【子育て支援課】\n・ファミリーサポート業務\n・一時預かり業務",
     {"registrations": [("new", "ファミリーサポート業務", 3), ("new", "一時預かり業務", 4)]}),
    ("registry_prose",
     "市民課の住民記録事務及び税務課の課税事務の2事務について、「電話番号」を記録項目に追加し、"
     "令和6年4月1日から取り扱う。",
     {"registrations": [("modify", "住民記録事務", 1), ("modify", "課税事務", 1)]}),
    ("registry_agenda",
     "報告1 乳幼児健診事務について【変更】\n報告2 図書館利用者登録事務について【廃止】",
     {"registrations": [("modify", "乳幼児健診事務", 1), ("abolish", "図書館利用者登録事務", 2)]}),
    ("registry_outline",
     "第1 新たに登録した事務\n1 公民館利用登録事務\n(1) 担当課 社会教育課\n第2 登録を廃止した事務\n"
     "1 旧バス回数券事務\n(1) 担当課 交通政策課",
     {"registrations": [("new", "公民館利用登録事務", 2), ("abolish", "旧バス回数券事務", 5)],
      "claimed": [1, 2, 3, 4, 5, 6]}),
    ("registry_bullets",
     "•新規 市民課 窓口予約事務 •廃止 税務課 旧申告事務3",
     {"registrations": [("new", "窓口予約事務", 1), ("abolish", "旧申告事務", 1)], "claimed": [1]}),
    ("registry_dated_items",
     "(1) 観光課が登録した事務\n・花火大会協賛者管理事務(登録日 令和6年6月2日)\n"
     "道路課 | 除雪協力者登録事務(廃止日 令和6年3月31日)",
     {"registrations": [("new", "花火大会協賛者管理事務", 2), ("abolish", "除雪協力者登録事務", 3)],
      "claimed": [2, 3]}),
    ("registry_heads",
     "(1) 新規 環境課 資源回収登録事務\n\n 届出日 令和6年5月7日 目的 回収団体の管理 対象者 回収団体の代表者\n"
     "(2) 廃止 税務課 旧納付書再発行事務",
     {"registrations": [("new", "資源回収登録事務", 1), ("abolish", "旧納付書再発行事務", 4)], "claimed": [1, 3, 4]}),
    ("registry_sentences",
     "1 新規登録\n(1) 「公園使用許可事務」は、公園緑地課が公園の使用許可のため、申請者から本人収集により"
     "取り扱う事務として、令和6年4月8日に登録した。\n2 廃止\n"
     "(1) 「古紙回収事務」は、清掃課が令和6年8月30日に廃止した。",
     {"registrations": [("new", "公園使用許可事務", 2), ("abolish", "古紙回収事務", 4)], "claimed": [2, 4]}),
    ("registry_fields",
     "変更登録\n\n事務の名称\n図書館資料貸出事務\n所属\n中央図書館\n変更日\n令和6年6月3日",
     {"registrations": [("modify", "図書館資料貸出事務", 4)], "claimed": [3, 4, 5, 6, 7, 8]}),
    ("registry_count_heads",
     " 新規登録 1件\n  港湾課 係留施設使用許可事務 (令和6年5月8日)\n 変更登録 1件\n"
     "  農林課 種苗配布事務 記録項目に「連絡先」を追加 (令和6年6月1日)",
     {"registrations": [("new", "係留施設使用許可事務", 2), ("modify", "種苗配布事務", 4)],
      "statistics": [("registration_new", 1, 1), ("registration_modify", 1, 3)], "claimed": [1, 2, 3, 4]}),
    ("registry_rows",
     "区分 担当課 事務の名称 登録日\n新規 市民課 窓口予約事務 令和6年4月1日\n廃止 税務課 旧申告事務 令和6年9月30日",
     {"registrations": [("new", "窓口予約事務", 2), ("abolish", "旧申告事務", 3)], "claimed": [1, 2, 3]}),
    ("registry_unread",
     "個人情報取扱事務の届出\n◇市民課 住民票交付事務 令和6年4月1日 新規届出(様式第2号)",
     {"registrations": [("new", "住民票交付事務", 2)], "claimed": [2]}),
    ("register_counts",
     "個人情報ファイル簿のお知らせ\n今回は1つ消えて、合わせて公表されているのは27ファイルです。",
     {"statistics": [("registration_abolish", 1, 2), ("registration_total", 27, 2)]}),
    ("registry_told",
     "個人情報ファイル簿の更新\n住民課の「転入者案内ファイル」は、記録項目に「連絡先」が加わりました(令和7年6月1日付け)。",
     {"registrations": [("modify", "転入者案内ファイル", 2)], "claimed": [2]}),
    ("registry_counted",
     "審議会の概要\n議題(3)では、事務局から、新たに登録した事務は、環境課の犬猫譲渡事務の1件であると報告があった。",
     {"registrations": [("new", "犬猫譲渡事務", 2)]}),
    ("registry_spoken",
     "個人情報取扱事務の届出を報告します。\n次に廃止でございますが、文化課の「市民劇場会員事務」を"
     "令和6年3月31日をもって廃止しました。",
     {"registrations": [("abolish", "市民劇場会員事務", 2)], "claimed": [2]}),
    ("registry_notice",
     "個人情報取扱事務の変更について告示する。\n(1) 税務課 軽自動車税賦課事務(変更日 令和5年4月1日)\n"
     "変更の理由 環境課の放置車両対策事務へ目的外利用するため\n変更の内容 記録項目に「所有者住所」を追加",
     {"flows": [(POU, "税務課/軽自動車税賦課事務", "環境課/放置車両対策事務", 3)],
      "registrations": [("modify", "軽自動車税賦課事務", 2)], "claimed": [2, 3, 4]}),
    ("name_lists",
     "避難支援名簿について\n名簿は、本人の同意を得て、消防団及び民生委員へ提供します。\n名簿の提供先\n・自主防災組織",
     {"flows": [(EXT, "避難支援名簿", "消防団", 2), (EXT, "避難支援名簿", "民生委員", 2),
                (EXT, "避難支援名簿", "自主防災組織", 4)], "claimed": [2, 4]}),
    ("supplied",
     "評価書名\n介護保険に関する事務 全項目評価書\n被保険者、年金機構、他市町村等から提供される所得情報に基づき",
     {"flows": [(COLLECT, "年金機構", "介護保険に関する事務", 3), (COLLECT, "他市町村等", "介護保険に関する事務", 3)],
      "claimed": [3]}),
    ("run_on_rows",
     "運用状況\n主なもの 番号 区分 保有する課 保有する事務 利用・提供先 提供する項目 根拠 "
     "1 目的外利用 市民課 住基事務 福祉課 手当事務 氏名 相当の理由 2 外部提供 税務課 課税事務 架空医師会 住所 本人同意",
     {"flows": [(POU, "市民課/住基事務", "福祉課/手当事務", 2), (EXT, "税務課/課税事務", "架空医師会", 2)],
      "claimed": [2]}),
    ("bulleted_statements",
     "町は、\n・保険課の健診事務の受診者、\n・氏名、\n・住所を、\n架空町医師会の受診勧奨事業に提供しています。",
     {"flows": [(EXT, "保険課/健診事務", "受診勧奨事業/架空町医師会", 2)], "claimed": [2, 3, 4, 5]}),
    ("glued_fields",
     "結合の状況\n本文です。結合1事務の名称住基事務保有課市民課結合の相手方情報機構提供する項目氏名根拠法令に基づく"
     "結合2事務の名称検診事務保有課保健課結合の相手方株式会社北(検診管理業務の受託者)提供する項目受診日根拠本人同意",
     {"flows": [(ONLINE, "市民課/住基事務", "情報機構", 2), (ONLINE, "保健課/検診事務", "検診管理業務/株式会社北", 2)],
      "claimed": [2]}),
    ("spaced_flow_rows",
     "別表\n区分 保有課 事務 利用課又は提供先 項目 根拠\n目的外利用 市民課 住基事務 福祉課 手当事務 氏名 相当の理由",
     {"flows": [(POU, "市民課/住基事務", "福祉課/手当事務", 3)], "claimed": [2, 3]}),
    ("collection_exceptions",
     "本人以外からの収集(条例第7条第3項第6号)\n番号\t事務の名称\t担当課\t収集先\t収集する個人情報\n"
     "1\t架空手当事務\t子育て課\t架空年金機構\t受給者の所得",
     {"flows": [(COLLECT, "架空年金機構", "子育て課/架空手当事務", 3)], "claimed": [2, 3]}),
    ("council",
     "架空市個人情報保護審議会\n諮問第1号 市民課が保有する住民記録を福祉課が目的外利用することについて\n"
     "審議の結果、承認された。",
     {"flows": [(POU, "市民課", "福祉課", 2)], "cases": [("市民課が保有する", "approved", 2)], "claimed": [2]}),
    ("spoken_reports",
     "委員長：次に報告事項です。\n事務局：それでは目的外利用の報告です。1件目は、税務課が保有する軽自動車税台帳の"
     "所有者情報を、環境課が放置車両対策事務に利用するものです。",
     {"flows": [(POU, "税務課/軽自動車税台帳", "環境課/放置車両対策事務", 2)], "claimed": [2]}),
    ("numbered_statements",
     "(1) 税務課が保有する「課税事務」の所得額を、保育課が「入所事務」で目的外に利用する。"
     "(本人同意／令和6年4月1日から)",
     {"flows": [(POU, "税務課/課税事務", "保育課/入所事務", 1)], "claimed": [1]}),
    ("numbered_duties",
     "運用\n(1) 保険係は、加入者の氏名を、\n健康保険法第9条に基づき\n北浜町の連合会へ提供する。",
     {"flows": [(EXT, "保険係", "北浜町の連合会", 2)], "claimed": [2, 3, 4]}),
    ("held_clauses",
     "定例的な提供\n※ 図書課が保有する利用登録者の氏名を、北浜読書会に提供(本人同意)",
     {"flows": [(EXT, "図書課", "北浜読書会", 2)], "claimed": [2]}),
    ("explained_handovers",
     "説明\n保険課の国保事務において、受診記録を、株式会社北星が運用するクラウドサーバとオンライン結合します。",
     {"flows": [(ONLINE, "保険課/国保事務", "株式会社北星", 2)], "claimed": [2]}),
    ("label_cards",
     "状況\n保有課\n税務課\n提供先\n北浜商工会\n根拠\n本人同意",
     {"flows": [(EXT, "税務課", "北浜商工会", 2)], "claimed": [2, 3, 4, 5, 6, 7]}),
    ("cell_lines",
     "主な提供\n提供課\n提供先\n提供した情報\n税務課\n北浜町\n所有者の氏名",
     {"flows": [(EXT, "税務課", "北浜町", 5)], "claimed": [2, 3, 4, 5, 6, 7]}),
    ("business_headings",
     "本人以外からの収集\n\n国保課 高額療養費事務\n\n医療機関から診療報酬明細書を収集しています(国民健康保険法)。",
     {"flows": [(COLLECT, "医療機関", "国保課/高額療養費事務", 5)], "claimed": [5]}),
    ("business_first",
     "◆年金課\n国民年金事務で保有する氏名を、本人の同意を得て年金協会に外部提供しました。",
     {"flows": [(EXT, "年金課/国民年金事務", "年金協会", 2)], "claimed": [2]}),
    ("recipient_first",
     "報告\nこのほか、防災課が消防団に団員名簿を提供している件が報告されました。",
     {"flows": [(EXT, "防災課", "消防団", 2)], "claimed": [2]}),
    ("general_clauses",
     "お知らせ\n【保険課長】保険課は、健診事務において、受診者の氏名を、健康財団のサーバとオンライン結合しています。",
     {"flows": [(ONLINE, "保険課/健診事務", "健康財団のサーバ", 2)], "claimed": [2]}),
    ("unclaimed_handovers",
     "お知らせ\n北浜町では、住民係が住民記録事務で管理している本人確認情報を、専用回線を通じて西岬県知事へ通知しています。",
     {"flows": [(ONLINE, "住民係/住民記録事務", "西岬県知事", 2)], "claimed": [2]}),
    ("council_parts",  # alone it sees no case: what it ties to the cases is tested in test_extract_round15_cases
     "審議概要\n第1 保有個人情報の外部提供について\n市民課が保有する住民記録を福祉会に提供するもの",
     {}),
    ("arrow_list",
     "オンライン結合の一覧\n【市民課】\n・住基事務 → 地方公共団体情報システム機構",
     {"flows": [(ONLINE, "市民課/住基事務", "地方公共団体情報システム機構", 3)]}),
    ("recruitment",
     "自衛官募集について\n自衛隊北浜地方協力本部からの依頼に基づき、住民基本台帳から抽出した方の氏名及び住所を"
     "提供しています。",
     {"flows": [(EXT, "住民基本台帳", "自衛隊北浜地方協力本部", 2)], "claimed": [2]}),
    ("system_links",
     "結合の例\n・年金課が国民年金事務において専用回線を通じて日本年金機構へ資格取得届データを送信",
     {"flows": [(ONLINE, "年金課/国民年金事務", "日本年金機構", 2)], "claimed": [2]}),
    ("inspection_lists",
     "住民基本台帳の閲覧状況\n閲覧日 申出者 利用目的\n令和6年4月9日 南浦大学 学術調査",
     {"flows": [(EXT, "住民基本台帳", "南浦大学", 3)], "claimed": [3]}),
    ("register_inspections",
     "選挙人名簿抄本の閲覧\n公職選挙法の規定により閲覧できます。\n・昨年は、西岬放送が世論調査のため、有権者の氏名を閲覧しました。",
     {"flows": [(EXT, "選挙人名簿抄本", "西岬放送", 3)], "claimed": [3]}),
    ("listed_recipients",
     "県は、国民年金法に定める事務を行う次の機関に、本人確認情報を提供しています。\n・西海年金基金(給付の事務)\n"
     "・北嶺共済組合(資格の事務)",
     {"flows": [(EXT, "", "西海年金基金", 2), (EXT, "", "北嶺共済組合", 3)], "claimed": [1, 2, 3]}),
    ("listed_reporters",
     "▽協力している事業者\n・東浦郵便局\n・西浜乳業販売店\n協力している事業者は、異変があれば市の福祉課に連絡します。",
     {"flows": [(COLLECT, "東浦郵便局", "福祉課", 2), (COLLECT, "西浜乳業販売店", "福祉課", 3)], "claimed": [2, 3]}),
    ("agreements",
     "西町防犯に関する協定書\n東見配送株式会社(以下「甲」という。)と西町(以下「乙」という。)は、協定を締結する。\n"
     "第3条 乙は、見回りの結果を、本人の同意を得て甲に伝える。",
     {"flows": [(EXT, "", "東見配送株式会社", 3)], "claimed": [3]}),
    ("sentences",
     "架空市\n健康課が保有する健診データを保険課が目的外利用しています。",
     {"flows": [(POU, "健康課", "保険課", 2)]}),
    ("count_tables",
     "実施機関\t目的外利用\t外部提供\n市長\t12\t3\n教育委員会\t0\t4",
     {"statistics": [(POU, 12, 2), (EXT, 3, 2), (POU, 0, 3), (EXT, 4, 3)]}),
    ("counts_labelled",
     "●請求の状況 [請求の種類]開示 [請求件数]9 ○決定 [承諾]7 [却下]2",
     {"statistics": [("disclosure_request", 9, 1), ("disclosure_granted", 7, 1)], "claimed": [1]}),
    ("counts_spaced",
     "年度 開示請求 決定の状況\n全部開示 不開示 取下げ\n6 9 6 2 1",
     {"statistics": [("disclosure_request", 9, 3), ("disclosure_granted", 6, 3), ("disclosure_refused", 2, 3),
                     ("disclosure_withdrawn", 1, 3)], "claimed": [3]}),
    ("count_prose",
     "令和5年度の目的外利用は20件、外部提供は3件でした。",
     {"statistics": [(POU, 20, 1), (EXT, 3, 1)]}),
    ("counts_glued",
     " 請求取下げ\n開示請求18315\n訂正請求202\n20317",
     {"statistics": [("disclosure_request", 18, 2), ("disclosure_withdrawn", 3, 2), ("correction_request", 2, 3)]}),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_reader_alone(name: str, text: str, expected: dict) -> None:
    assert summary(read_alone(name, text)) == expected


def test_every_reader_has_a_row() -> None:
    assert sorted(BY_NAME) == sorted(case[0] for case in CASES)


def test_a_reader_leaves_claimed_lines_alone() -> None:
    """The line an earlier reader claimed is not read again."""
    name, text, expected = next(case for case in CASES if case[0] == "sentences")
    readings = Readings()
    assert summary(BY_NAME[name].read(page_of(text), readings)) == expected
    readings.claim("council", {2})
    assert summary(BY_NAME[name].read(page_of(text), readings)) == {}


def test_withdrawing_a_flow_that_was_never_given_an_id_drops_no_other_flow() -> None:
    readings = Readings()
    first = Reader("first", lambda page, seen: Reading())
    readings.add(first, Reading(flows=[Flow(line=3), Flow(id="first:5:1", line=5)]))
    readings.add(first, Reading(withdrawn={"", "first:5:1"}))
    assert [flow.line for flow in readings.flows] == [3]
