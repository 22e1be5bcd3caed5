"""Both ends of a flow completed and trimmed from its own line (resolve/line_ends.py), on invented lines."""

from __future__ import annotations

import pytest

from tadori.ingest.documents.resolve.line_ends import mend_line_ends
from tadori.ingest.records import Flow

_ENDS = ("source_department", "source_business", "source_external", "recipient_department", "recipient_business",
         "recipient_external")

# (what the line says, the quote, the ends a reader read, the ends it should end with; fields not named are None)
CASES = [
    ("a register the source holds",
     "2 福祉課が保有する障害者手帳台帳の情報を、建設課が住宅改修助成事務に利用",
     dict(source_department="福祉課", recipient_department="建設課", recipient_business="住宅改修助成事務"),
     dict(source_department="福祉課", source_business="障害者手帳台帳", recipient_department="建設課",
          recipient_business="住宅改修助成事務")),
    ("a register named after the department with の",
     "・市民課の住民基本台帳情報を、防災課の避難支援事務に利用 5件",
     dict(source_department="市民課", recipient_department="防災課", recipient_business="避難支援事務"),
     dict(source_department="市民課", source_business="住民基本台帳", recipient_department="防災課",
          recipient_business="避難支援事務")),
    ("a business the source holds the data in",
     "(2)国保年金課が保有する後期高齢者医療事務の被保険者番号を、本人の同意を得て、収納課が督促事務に利用すること。",
     dict(source_department="国保年金課", recipient_department="収納課", recipient_business="督促事務"),
     dict(source_department="国保年金課", source_business="後期高齢者医療事務", recipient_department="収納課",
          recipient_business="督促事務")),
    ("a holder in its business (は、X事務において)",
     "- 保育課は、保育料算定事務において、世帯の課税額を本人の同意を得て児童委員へ提供します。",
     dict(source_department="-保育課", recipient_external="得て児童委員"),
     dict(source_department="保育課", source_business="保育料算定事務", recipient_external="児童委員")),
    ("a verb's purpose glued before the recipient",
     "1件目は、市民課が保有する住民票の情報を、記念品の通知を届けるため地域振興課が利用するもの。",
     dict(source_department="市民課", recipient_department="記念品の通知を届けるため地域振興課"),
     dict(source_department="市民課", source_business="住民票", recipient_department="地域振興課")),
    ("a named purpose glued before the recipient is what it is used for",
     "資産課が保有する土地の所有者情報を、河川の現況調査のため土木課が利用する件",
     dict(source_department="資産課", recipient_department="河川の現況調査のため土木課"),
     dict(source_department="資産課", recipient_department="土木課", recipient_business="河川の現況調査")),
    ("a statute's clause glued before an outside body",
     "(1) 年金課が保有する国民年金事務の加入者の住所を、国民年金法に基づき、日本年金機構へ提供すること。",
     dict(source_department="年金課", recipient_external="国民年金法に基づき、日本年金機構"),
     dict(source_department="年金課", source_business="国民年金事務", recipient_external="日本年金機構")),
    ("a council number glued before the holder",
     "実施機関より、諮問第7号は長寿支援課が介護保険事務で保有する認定情報を、見守り事業を委託する社会福祉法人へ提供するもの",
     dict(source_department="諮問第7号は長寿支援課", source_business="介護保険事務",
          recipient_external="社会福祉法人"),
     dict(source_department="長寿支援課", source_business="介護保険事務", recipient_business="見守り事業",
          recipient_external="社会福祉法人")),
    ("the business a contractor serves, read glued to its name",
     "諮問第3号は、学務課が、給食配送事業の受託事業者である株式会社ひかり配送に、児童の氏名を提供するものです。",
     dict(source_department="学務課", recipient_external="給食配送事業の受託事業者である株式会社ひかり配送"),
     dict(source_department="学務課", recipient_business="給食配送事業", recipient_external="株式会社ひかり配送")),
    ("a contractor named by its role only",
     "(2) 障害福祉課が保有する障害支援区分認定事務の認定結果を、相談支援業務の受託法人へ提供すること。",
     dict(source_department="障害福祉課", recipient_external="相談支援業務の受託法人"),
     dict(source_department="障害福祉課", source_business="障害支援区分認定事務", recipient_business="相談支援業務",
          recipient_external="相談支援業務の受託法人")),
    ("the task entrusted to the recipient, written before its name",
     "- 水道課が水道料金事務で保有する使用者の氏名を、検針票の印刷を委託する株式会社あおば印刷へ提供しています。",
     dict(source_department="水道課", source_business="水道料金事務", recipient_external="株式会社あおば印刷"),
     dict(source_department="水道課", source_business="水道料金事務", recipient_business="検針票の印刷",
          recipient_external="株式会社あおば印刷")),
    ("a business whose 委託先 the recipient is",
     "■納税課が保有する滞納者の氏名及び住所を、徴収事務の委託先である北陽債権回収株式会社に提供するもの。",
     dict(source_department="納税課", recipient_external="北陽債権回収株式会社"),
     dict(source_department="納税課", recipient_business="徴収事務", recipient_external="北陽債権回収株式会社")),
    ("the business named after the recipient (Bに X事業のため提供)",
     "(4) 健康課が健診事務で保有する受診歴を、港町医師会に在宅医療連携事業のため提供すること。",
     dict(source_department="健康課", source_business="健診事務", recipient_external="港町医師会"),
     dict(source_department="健康課", source_business="健診事務", recipient_business="在宅医療連携事業",
          recipient_external="港町医師会")),
    ("no source read: the one department the line says holds the data",
     "(3)保健課が保有する予防接種情報を、地区医師会の運営法人に提供することは、適当である。",
     dict(recipient_external="地区医師会の運営法人"),
     dict(source_department="保健課", recipient_external="地区医師会の運営法人")),
    ("no source read: the department that gives it",
     "住民票の写しを戸籍課が代理人に交付した場合に、本人に通知する制度です。",
     dict(recipient_external="代理人"),
     dict(source_department="戸籍課", recipient_external="代理人")),
    ("a verb read with the recipient",
     "市民課が保有する転出届の情報を、保険課、税務課に提供し、手続の案内に使う",
     dict(source_department="市民課", recipient_external="税務課に提供し"),
     dict(source_department="市民課", recipient_external="税務課")),
    ("a council title names the register used",
     "(3) 災害見舞金支給事業に伴う罹災台帳の目的外利用について",
     dict(recipient_business="災害見舞金支給事業"),
     dict(source_business="罹災台帳", recipient_business="災害見舞金支給事業")),
    ("a council title, its department in a bracket closing the line, receives the use",
     "イ 地域猫活動事業の実施に伴う動物登録情報の目的外利用について(生活環境課)",
     dict(recipient_business="•地域猫活動事業"),
     dict(source_business="動物登録情報", recipient_department="生活環境課", recipient_business="地域猫活動事業")),
    ("a council title of a provision: the bracketed department holds",
     "(1) 諮問第5号 配食事業の委託に伴う保有個人情報の外部提供について(高齢介護課)",
     dict(recipient_business="配食事業"),
     dict(source_department="高齢介護課", recipient_business="配食事業")),
    ("a council title names the recipient after the data, and the business it serves",
     "ウ 見守り訪問活動に伴う独居高齢者名簿の地区福祉委員への外部提供について",
     dict(recipient_external="独居高齢者名簿の地区福祉委員"),
     dict(source_business="独居高齢者名簿", recipient_business="見守り訪問活動", recipient_external="地区福祉委員")),
    ("the business the recipient runs, written before its name",
     "- 児童課が保有する受給者の氏名を、放課後学習支援事業を行うNPO法人みどり塾へ提供しています。",
     dict(source_department="児童課", recipient_external="NPO法人みどり塾"),
     dict(source_department="児童課", recipient_business="放課後学習支援事業", recipient_external="NPO法人みどり塾")),
    ("a system the department manages the data in",
     "(5) 道路課が管理する占用許可システムの申請者情報を、下水道課が排水設備事務に利用すること。",
     dict(source_department="道路課", recipient_department="下水道課", recipient_business="排水設備事務"),
     dict(source_department="道路課", source_business="占用許可システム", recipient_department="下水道課",
          recipient_business="排水設備事務")),
    ("a role word found inside a longer one: the business it serves",
     "(2) 国保課が保有する健診結果を、保健指導事業の委託事業者に提供すること(相当の理由)。",
     dict(source_department="国保課", recipient_external="事業者"),
     dict(source_department="国保課", recipient_business="保健指導事業", recipient_external="事業者")),
    ("an item's number run into the department, a clause after it, a case number before a business",
     "3 学務課は、児童の氏名を、本人の同意を得て県スポーツ振興会へ提供する。",
     dict(source_department="3学務課", recipient_external="得て県スポーツ振興会"),
     dict(source_department="学務課", recipient_external="県スポーツ振興会")),
    ("a department read with the clause it is the subject of",
     "諮問第4号は、年金課が保有する受給状況を、児童課が手当額の算定に利用するもの",
     dict(source_department="年金課", recipient_department="児童課が手当額の算定",
          recipient_business="諮問第4号手当事務"),
     dict(source_department="年金課", recipient_department="児童課", recipient_business="手当事務")),
    ("a holder's system, and a register under a department's charge (所管の)",
     "■ 介護課が認定支援システムで管理する認定結果を、所管の地域包括支援センターについて、県介護支援協会へ提供",
     dict(source_department="介護課", recipient_external="所管の地域包括支援センターについて、県介護支援協会"),
     dict(source_department="介護課", source_business="認定支援システム", recipient_external="県介護支援協会")),
    ("the business an outside body uses it for, in a bracket after its name",
     "・県職員共済組合(年金である給付の支給に関する事務)",
     dict(recipient_external="県職員共済組合(年金である給付の支給に関する事務)"),
     dict(recipient_business="年金である給付の支給に関する事務", recipient_external="県職員共済組合")),
    ("the department that gives, named after the recipient in the same sentence",
     "東山市では、自衛隊東山地方協力本部の依頼を受けて、対象者の氏名と住所を記載した名簿を、住民課から電子媒体で提供しています。",
     dict(recipient_external="自衛隊東山地方協力本部"),
     dict(source_department="住民課", recipient_external="自衛隊東山地方協力本部")),
    ("the giver after the recipient, as the subject of the verb",
     "令和3年度から、自衛隊東山地方協力本部の依頼により、戸籍住民課が対象者の情報を紙で提供している。",
     dict(recipient_external="自衛隊東山地方協力本部"),
     dict(source_department="戸籍住民課", recipient_external="自衛隊東山地方協力本部")),
    ("a department that asks is not the one that gives",
     "自治会長の求めにより、福祉課からの依頼で住民課が名簿を提供する。",
     dict(recipient_external="自治会長"),
     dict(source_department="住民課", recipient_external="自治会長")),
]

# lines where nothing may change: the value is a name, not a clause glued to one; or the line names no more
UNCHANGED = [
    ("a 保有個人情報 title names no register",
     "2 ふるさと納税返礼品発送業務の委託に伴う保有個人情報の外部提供について",
     dict(recipient_business="ふるさと納税返礼品発送業務")),
    ("a system in a bracket is the body's own system, not a business",
     "| 国民年金事務 | デジタル庁(情報提供ネットワークシステム) | 資格情報 |",
     dict(source_business="国民年金事務", recipient_external="デジタル庁(情報提供ネットワークシステム)")),
    ("ため at the start of a department's name",
     "農政課が保有する水利台帳の情報を、ため池管理課が点検事務に利用",
     dict(source_department="農政課", source_business="水利台帳", recipient_department="ため池管理課",
          recipient_business="点検事務")),
    ("a described recipient keeps its clause",
     "(6)要支援者の住む地域で、避難の支援のために市長が必要と認めた者",
     dict(source_business="避難行動要支援者名簿", recipient_external="避難の支援のために市長が必要と認めた者")),
    ("a holder named after the recipient, in another sentence, is another flow's",
     "受託者へ印刷物を渡す。なお、市民課が保有する住民基本台帳の情報は別に扱う。",
     dict(recipient_external="受託者")),
    ("two departments giving together say no one giver",
     "自治会長へ、住民課及び福祉課がそれぞれ名簿を提供する。",
     dict(recipient_external="自治会長")),
    ("a giver in the next sentence is another statement's",
     "名簿を自治会長に渡す。住民課から警察署へ提供することもある。",
     dict(recipient_external="自治会長")),
    ("a verb's clause is no business name",
     "健康課が行う接種事業において、接種券の宛名を印刷業者に提供する",
     dict(source_department="健康課", recipient_external="印刷業者")),
    ("a copy of a register is a document, not the register",
     "※ 戸籍課が保有する住民票の写しの交付記録を、警察署からの照会に対し提供(法令)",
     dict(source_department="戸籍課", recipient_external="警察署")),
    ("a filled source business is kept",
     "市民課が保有する住民基本台帳の情報を、福祉課が手当事務に利用",
     dict(source_department="市民課", source_business="住民記録事務", recipient_department="福祉課",
          recipient_business="手当事務")),
    ("a served business already read keeps the contractor as written",
     "健診課ががん検診事務で保有する対象者の氏名を、受診勧奨業務の受託事業者に提供したい",
     dict(source_department="健診課", source_business="がん検診事務", recipient_business="がん検診受診勧奨業務",
          recipient_external="受診勧奨業務の受託事業者")),
]


def _mended(quote: str, read: dict, kind: str = "external_provision") -> dict:
    flow = Flow(kind=kind, quote=quote, line=1, **read)
    mend_line_ends([flow])
    return {name: getattr(flow, name) for name in _ENDS if getattr(flow, name) is not None}


@pytest.mark.parametrize(("label", "quote", "read", "expected"), CASES, ids=[case[0] for case in CASES])
def test_an_end_is_completed_or_trimmed_from_its_line(label: str, quote: str, read: dict, expected: dict) -> None:
    kind = "purpose_outside_use" if "recipient_department" in expected else "external_provision"
    assert _mended(quote, read, kind) == expected


@pytest.mark.parametrize(("label", "quote", "read"), UNCHANGED, ids=[case[0] for case in UNCHANGED])
def test_a_name_that_is_whole_stays(label: str, quote: str, read: dict) -> None:
    assert _mended(quote, read) == read


def test_a_use_is_not_given_by_the_department_that_uses_it() -> None:
    """「A課がX事務に利用」: the department named before the verb is the recipient of a use, never its source."""
    quote = "住民票の写しを戸籍課が代理人に交付した場合に、本人に通知する制度です。"
    assert _mended(quote, dict(recipient_external="代理人"), "purpose_outside_use") == dict(recipient_external="代理人")


def test_a_flow_without_its_line_is_only_trimmed() -> None:
    assert _mended("", dict(recipient_department="-学校教育課")) == dict(recipient_department="学校教育課")


def test_the_numbered_statement_reads_its_register_end_to_end() -> None:
    from page_shapes import read

    page = ("目的外利用の状況\n"
            "1 住民課が保有する住民基本台帳の情報を、企画課が防災ラジオの貸与事務に利用\n")
    [flow] = read(page).flows
    assert (flow.source_department, flow.source_business, flow.recipient_department, flow.recipient_business,
            flow.line) == ("住民課", "住民基本台帳", "企画課", "防災ラジオの貸与事務", 2)


# (what the page says, the title line, the lines after it, the kind, the ends read, the ends it should end with)
BELOW = [
    ("one department under a provision's title holds what is given",
     "① 粗大ごみ収集業務の委託に伴う保有個人情報の外部提供について", ["　　【環境美化課】　　　資料3"],
     "external_provision", dict(recipient_business="粗大ごみ収集業務"),
     dict(source_department="環境美化課", recipient_business="粗大ごみ収集業務")),
    ("one department under a use's title, a blank line between, uses it",
     "イ 市営墓地の使用者確認に係る保有個人情報の目的外利用について", ["", "【公園緑地課】"],
     "purpose_outside_use", dict(recipient_business="市営墓地の使用者確認"),
     dict(recipient_department="公園緑地課", recipient_business="市営墓地の使用者確認")),
    ("of several departments the first uses what the others hold",
     "ウ 就学援助の認定に係る保有個人情報の目的外利用について", ["【学務課、住民税課】"],
     "purpose_outside_use", dict(recipient_department="住民税課", recipient_business="就学援助の認定"),
     dict(source_department="住民税課", recipient_department="学務課", recipient_business="就学援助の認定")),
    ("the first department alone is the user, not a source",
     "ウ 就学援助の認定に係る保有個人情報の目的外利用について", ["【学務課、住民税課】"],
     "purpose_outside_use", dict(recipient_business="就学援助の認定"),
     dict(recipient_department="学務課", recipient_business="就学援助の認定")),
    ("a use whose holder is read keeps its ends: the bracket may name the holder that brings it",
     "ア 健康づくり事業に係る保有個人情報の目的外利用について", ["【保健センター】"],
     "purpose_outside_use", dict(source_department="国保年金課", recipient_business="健康づくり事業"),
     dict(source_department="国保年金課", recipient_business="健康づくり事業")),
    ("a statement, not an item's title, is not completed from the line below",
     "1 健康づくり事業に必要な受診結果を目的外利用する", ["【保健センター】"],
     "purpose_outside_use", dict(recipient_business="健康づくり事業"), dict(recipient_business="健康づくり事業")),
    ("a bracket two lines down after text is another item's",
     "ア 古紙回収業務に係る保有個人情報の外部提供について", ["(説明)委託先へ渡す", "【清掃課】"],
     "external_provision", dict(recipient_business="古紙回収業務"), dict(recipient_business="古紙回収業務")),
    ("several departments under a use and a provision at once bring both: none is the one user",
     "ア 給付金の支給に伴う保有個人情報の目的外利用及び外部提供について", ["【納税課、会計課】"],
     "purpose_outside_use", dict(recipient_department="会計課", recipient_business="給付金の支給"),
     dict(recipient_department="会計課", recipient_business="給付金の支給")),
    ("several departments under a provision say no one holder",
     "ア 古紙回収業務に係る保有個人情報の外部提供について", ["【清掃課、資源循環課】"],
     "external_provision", dict(recipient_business="古紙回収業務"), dict(recipient_business="古紙回収業務")),
    ("departments joined by a middle dot are read as no list",
     "ア 給食費管理に伴う保有個人情報の目的外利用について", ["【学務課・給食センター】"],
     "purpose_outside_use", dict(recipient_business="給食費管理"), dict(recipient_business="給食費管理")),
]


@pytest.mark.parametrize(("label", "title", "below", "kind", "read", "expected"), BELOW,
                         ids=[case[0] for case in BELOW])
def test_a_bracket_of_departments_below_a_title_completes_it(label: str, title: str, below: list[str], kind: str,
                                                            read: dict, expected: dict) -> None:
    lines = ["2 議題", title, *below, "3 その他"]
    flow = Flow(kind=kind, quote=title, line=2, **read)
    mend_line_ends([flow], lines)
    assert {name: getattr(flow, name) for name in _ENDS if getattr(flow, name) is not None} == expected
    filled = sorted(set(expected) - set(read) | {name for name in read if expected.get(name) != read[name]})
    if filled:  # a field taken from the bracket's line says so
        own, evidence = flow.evidence
        assert (own["line"], own["quote"]) == (2, title)
        assert sorted(evidence["fields"]) == filled and lines[evidence["line"] - 1].strip() == evidence["quote"]
    else:
        assert flow.evidence == []


def test_a_use_read_again_with_no_holder_goes_when_the_holders_state_it() -> None:
    """Under 「【A課、B課、C課】」 a reader reads a use to each department: B's and C's become A's uses of what B and C
    hold; the use to A with no holder says nothing more and goes. A use on another line stays."""
    title = "ウ 空き店舗対策事業における保有個人情報の目的外利用について"
    lines = ["3 議題", title, "【商工課、資産税課、水道料金課】", "エ 別の事業に係る保有個人情報の目的外利用について"]
    read = [Flow(quote=title, line=2, recipient_department=department, recipient_business="空き店舗対策事業")
            for department in ("商工課", "資産税課", "水道料金課")]
    elsewhere = Flow(quote=lines[3], line=4, recipient_department="商工課", recipient_business="空き店舗対策事業")
    flows = [*read, elsewhere]
    mend_line_ends(flows, lines)
    assert [(flow.source_department, flow.recipient_department, flow.line) for flow in flows] == [
        ("資産税課", "商工課", 2), ("水道料金課", "商工課", 2), (None, "商工課", 4)]


def test_a_council_agenda_reads_the_departments_under_its_items() -> None:
    from page_shapes import read

    page = ("第2回 個人情報保護審議会 次第\n"
            "3 議題\n"
            "ア 市営墓地の使用者確認に係る保有個人情報の目的外利用について\n"
            "　　【公園緑地課】　　資料1\n"
            "イ 就学援助の認定に係る保有個人情報の目的外利用について\n"
            "【学務課、住民税課】\n")
    ends = {(flow.source_department, flow.recipient_department, flow.recipient_business, flow.line,
             tuple(evidence["line"] for evidence in flow.evidence)) for flow in read(page).flows}
    assert {(None, "公園緑地課", "市営墓地の使用者確認", 3, (3, 4)),
            ("住民税課", "学務課", "就学援助の認定", 5, (5, 6))} <= ends
    assert not [end for end in ends if end[3] == 5 and end[0] is None]  # the use to 学務課 read with no holder
