"""The reader of last resort (issue 10): a hand-over sentence no genre reader took, read by the roles its phrases play.

Two tables of invented sentences. READ: the sentence names a holder, a receiver and a verb of hand-over, in one
of the orders real pages use, and gives its flows as (kind, source department, source business or outside
supplier, recipient department, recipient business, recipient outside body, items, basis). NOT_READ: questions,
a regulation's rule, denials, plans under study, definitions, conditions, and sentences with one end missing give
nothing (the diagnosis reports them). Then the reader itself: last in the table, it leaves claimed lines and
restated flows alone.
"""

from __future__ import annotations

import pytest

from tadori.ingest.documents.layout.page import page_of
from tadori.ingest.documents.readers import READERS, unclaimed_handovers
from tadori.ingest.documents.reading import Reader, Reading, Readings
from tadori.ingest.documents.text.handover_roles import handover_flows
from tadori.ingest.records import CouncilCase, Flow

POU, EXT, ONLINE, COLLECT = "purpose_outside_use", "external_provision", "online_connection", "collection_from_others"

READ = [
    pytest.param(
        "読書推進事業では、図書課が保有する利用者の氏名、貸出履歴を、学習支援課が読書案内の作成に利用します。",
        [(POU, "図書課", None, "学習支援課", "読書推進事業", None, ("利用者の氏名", "貸出履歴"), "unknown")],
        id="topic-business-is-the-using-departments-work"),
    pytest.param(
        "東浜町では、住民係が住民記録事務で管理している本人確認情報を、専用回線を通じて西岬県知事へ通知しています。",
        [(ONLINE, "住民係", "住民記録事務", None, None, "西岬県知事", ("本人確認情報",), "unknown")],
        id="notified-over-a-line-to-an-outside-body"),
    pytest.param(
        "水路課の排水設備事務において、戸籍係の戸籍台帳から転居の情報を目的外利用したい。",
        [(POU, "戸籍係", "戸籍台帳", "水路課", "排水設備事務", None, ("転居の情報",), "unknown")],
        id="user-as-topic-holder-told-with-kara"),
    pytest.param(
        "防災室で保有している避難者名簿のデータを、がん予防室の検診案内事業で目的外利用したいというものです。",
        [(POU, "防災室", "避難者名簿", "がん予防室", "検診案内事業", None, ("データ",), "unknown")],
        id="held-with-de-used-in-another-offices-business"),
    pytest.param(
        "本議案は、知事が児童手当の支給に関する事務で保有する特定個人情報を、教育委員会が行う奨学金の貸与に関する事務"
        "に提供できるようにするものです。",
        [(EXT, None, "児童手当の支給に関する事務", "教育委員会", "奨学金の貸与に関する事務", None, ("特定個人情報",),
          "unknown")],
        id="another-organ-and-the-business-it-runs"),
    pytest.param(
        "2 固定資産係は、地方税法第382条の規定により、家屋課税台帳の所有者情報を南港地方法務局から収集する。",
        [(COLLECT, None, "南港地方法務局", "固定資産係", "家屋課税台帳", None, ("所有者情報",), "law")],
        id="collection-from-a-named-supplier-under-a-statute"),
    pytest.param(
        "緑地課の公園管理事業で、上下水道部料金係が保有する使用水量の情報を目的外利用し、あわせて点検を委託する民間事業者"
        "へ所有者の氏名と住所を外部提供するものです。",
        [(POU, "上下水道部料金係", None, "緑地課", "公園管理事業", None, ("使用水量の情報",), "unknown"),
         (EXT, "緑地課", "公園管理事業", None, "公園管理事業", "民間事業者", ("所有者の氏名と住所",), "unknown")],
        id="two-hand-overs-in-one-sentence-contractor-works-on-the-topic"),
    pytest.param(
        "文化振興課の施設予約システムでは、文化振興課が利用者から受け付けた予約データを、委託先の株式会社みなと情報が"
        "管理するクラウドサーバとオンライン結合して保存します。",
        [(ONLINE, "文化振興課", "施設予約システム", None, "施設予約システム", "株式会社みなと情報のクラウドサーバ",
          ("予約データ",), "unknown")],
        id="joined-with-a-contractors-server"),
    pytest.param(
        "北浜自衛隊地方協力本部の依頼を受けて、総合窓口課が住民基本台帳から抽出した対象者の「氏名」「住所」を宛名シールに"
        "印刷して提供しています。",
        [(EXT, "総合窓口課", "住民基本台帳", None, None, "北浜自衛隊地方協力本部", ("氏名", "住所"), "unknown")],
        id="the-body-that-asks-receives"),
    pytest.param(
        "子育て課の保育料算定事務において、世帯の収入を確かめるため、北浜公共職業安定所から本人以外の収集を行う旨の説明"
        "があった。",
        [(COLLECT, None, "北浜公共職業安定所", "子育て課", "保育料算定事務", None, (), "unknown")],
        id="collection-told-as-a-noun"),
    pytest.param(
        "生涯学習課が保有する受講者名簿の氏名及び学年並びに体育課が保有する大会参加者の氏名を、青少年課が表彰事務に"
        "利用するものです。",
        [(POU, "生涯学習課", "受講者名簿", "青少年課", "表彰事務", None, ("氏名", "学年"), "unknown"),
         (POU, "体育課", None, "青少年課", "表彰事務", None, ("大会参加者の氏名",), "unknown")],
        id="two-holders-one-flow-each"),
    pytest.param(
        "市民係が保有する死亡の情報を、年金係、介護係及び収税係に提供しています。",
        [(POU, "市民係", None, "年金係", None, None, ("死亡の情報",), "unknown"),
         (POU, "市民係", None, "介護係", None, None, ("死亡の情報",), "unknown"),
         (POU, "市民係", None, "収税係", None, None, ("死亡の情報",), "unknown")],
        id="three-departments-one-flow-each"),
    pytest.param(
        "南浜町では、避難の支援が要る方を把握するため、避難支援者名簿を作成し、本人の同意を得て、南浜区長、"
        "南浜町社会福祉協議会及び南浜消防署に名簿情報を提供しています。",
        [(EXT, None, "避難支援者名簿", None, None, body, (), "consent")
         for body in ("南浜区長", "南浜町社会福祉協議会", "南浜消防署")],
        id="the-register-made-given-to-each-body-listed"),
    pytest.param(
        "諮問されたのは、保健係が住民記録から抽出した高齢者の氏名及び住所を、見守り活動のため南浜町社会福祉協議会に"
        "提供する件と、水道係が保有する使用水量の記録を、空き家の調査のため都市計画係が利用する件の二件です。",
        [(EXT, "保健係", "住民記録", None, "見守り活動", "南浜町社会福祉協議会", ("高齢者の氏名", "住所"), "unknown"),
         (POU, "水道係", None, "都市計画係", "空き家の調査", None, ("使用水量の記録",), "unknown")],
        id="two-cases-told-in-one-sentence-each-with-its-purpose"),
    pytest.param(
        "主な内訳は、農政課が家畜防疫事務で保有する飼養者の氏名を市町村の防疫業務へ提供したもの(4件)、収税課が"
        "取得税事務で保有する取得者の住所を法務局の登記事務へ提供したもの(2件)などです。",
        [(EXT, "農政課", "家畜防疫事務", None, "防疫業務", "市町村", ("飼養者の氏名",), "unknown"),
         (EXT, "収税課", "取得税事務", None, "登記事務", "法務局", ("取得者の住所",), "unknown")],
        id="examples-of-a-report-each-a-flow-the-outside-bodys-business"),
    pytest.param(
        "実施機関より、障がい支援課が手帳交付事務で保有する所持者の氏名、住所を、防災室が避難支援事務に利用するとともに、"
        "同じ情報を近隣の市町村へ提供するものである旨の説明があった。",
        [(POU, "障がい支援課", "手帳交付事務", "防災室", "避難支援事務", None, ("所持者の氏名", "住所"), "unknown"),
         (EXT, "障がい支援課", "手帳交付事務", None, None, "近隣の市町村", ("所持者の氏名", "住所"), "unknown")],
        id="the-same-data-given-on-in-a-second-clause"),
    pytest.param(
        "(1)住民税課が保有する給与支払報告書の情報を、保育課が入所調整事務に利用することは、適当である。",
        [(POU, "住民税課", "給与支払報告書", "保育課", "入所調整事務", None, (), "unknown")],
        id="a-reports-record-held-judged-fit"),
    pytest.param(
        "(4) 介護係が介護保険事務で保有する要介護度及び氏名を、南浜町社会福祉協議会に地域見守り事業のため"
        "提供すること。",
        [(EXT, "介護係", "介護保険事務", None, "地域見守り事業", "南浜町社会福祉協議会", ("要介護度", "氏名"),
          "unknown")],
        id="the-purpose-after-the-body"),
    pytest.param(
        "- 住民記録係の住民基本台帳情報を、北浜警察署に提供 3件(捜査関係事項照会)",
        [(EXT, "住民記録係", "住民基本台帳", None, None, "北浜警察署", (), "unknown")],
        id="a-report-line-with-its-count-the-holder-named-with-no"),
    pytest.param(
        "1 収税課が行う事務収税課は、家屋税の課税事務において、南港法務局から登記済通知書により所有者の氏名及び住所を"
        "収集する。",
        [(COLLECT, None, "南港法務局", "収税課", "家屋税の課税事務", None, ("所有者の氏名", "住所"), "unknown")],
        id="a-heading-glued-to-its-statement-collected-by-a-means"),
    pytest.param(
        "東浜町では、自衛官募集の事務として、住民基本台帳に記録されている方のうち18歳の方の氏名及び住所を、"
        "自衛隊東浜地方協力本部へ提供しています。",
        [(EXT, None, "住民基本台帳", None, None, "自衛隊東浜地方協力本部", ("18歳の方の氏名", "住所"), "unknown")],
        id="the-register-the-data-is-recorded-in-holds-it"),
    pytest.param(
        "令和5年度から、自衛隊東浜地方協力本部の依頼を受けて、住民係が「氏名」「住所」を紙媒体で提供しています。",
        [(EXT, "住民係", None, None, None, "自衛隊東浜地方協力本部", ("氏名", "住所"), "unknown")],
        id="the-giving-department-after-what-frames-it"),
    pytest.param(
        "北浜町では、「避難支援者名簿」を防災係で作成し、町内会、民生委員及び北浜消防署に提供しています。",
        [(EXT, "防災係", "避難支援者名簿", None, None, body, (), "unknown")
         for body in ("町内会", "民生委員", "北浜消防署")],
        id="the-register-a-department-makes"),
    pytest.param(
        "高齢者など、自力での避難が難しい方(避難支援対象者)の名簿を作成し、その名簿を消防、警察など避難支援等関係者に"
        "平常時から提供しています。",
        [(EXT, None, "避難支援対象者の名簿", None, None, body, (), "unknown") for body in ("消防", "警察")],
        id="the-bodies-listed-before-nado-the-register-by-its-bracketed-term"),
    pytest.param(
        "北浜市では、「避難支援者名簿」を作成し、避難支援等関係者(自治会、民生委員、北浜消防団など)に名簿情報を"
        "配布しています。",
        [(EXT, None, "避難支援者名簿", None, None, body, (), "unknown")
         for body in ("自治会", "民生委員", "北浜消防団")],
        id="the-bodies-a-bracket-lists-handed-out"),
    pytest.param(
        "児童虐待の事案について、南浜児童相談所(北浜市を除く)と南浜県警察との間で、それぞれが保有する情報を、相互に共有し、"
        "虐待の防止に役立てます。",
        [(EXT, "南浜児童相談所", None, None, None, "南浜県警察", (), "unknown"),
         (COLLECT, None, "南浜県警察", "南浜児童相談所", None, None, (), "unknown")],
        id="mutual-sharing-both-ways"),
    pytest.param(
        "市町村長から都道府県知事に対し、本人確認情報が通知されます。",
        [(EXT, None, "市町村長", None, None, "都道府県知事", ("本人確認情報",), "unknown")],
        id="passive-from-one-body-to-another"),
    pytest.param(
        "(3)保健係が保有する健診の結果を、本人の同意を得て、健診業務の委託先である南浜医師会に提供する。",
        [(EXT, "保健係", None, None, "健診業務", "南浜医師会", ("健診の結果",), "consent")],
        id="contractor-of-a-named-business-consent"),
]

NOT_READ = [
    pytest.param("市民係が保有する住民記録を北浜自治会に提供することはできるのか。", id="question"),
    pytest.param("第8条 実施機関は、保有する個人情報を他の実施機関に提供することができる。", id="rule-of-a-regulation"),
    pytest.param("南港県に通知された本人確認情報が、民間の事業者へ提供されることはありません。", id="denial"),
    pytest.param("図書課が保有する貸出履歴を学習支援課で利用することを検討しています。", id="under-study"),
    pytest.param("「外部提供」とは、実施機関が保有する個人情報を実施機関以外の者に提供することをいいます。",
                 id="definition"),
    pytest.param("本人の同意がある場合は、市民係が保有する住民記録を北浜自治会に提供します。", id="condition"),
    pytest.param("市民係は、住民記録の写しを本人に交付しています。", id="to-the-person-themself"),
    pytest.param("個人情報の提供を希望しない方は、申出書を市民係へ提出してください。", id="announcement"),
    pytest.param("北浜自治会に名簿を提供しています。", id="no-holder"),
    pytest.param("市民係が保有する住民記録を提供しています。", id="no-receiver"),
    pytest.param("また、住民票の記載事項の変更があった場合は、その都度通知されます。", id="passive-without-ends"),
    pytest.param("防災室が保有する避難者名簿を、紙に印刷して提供しています。", id="a-medium-is-no-receiver"),
    pytest.param("このたび、南港市民生委員協議会と見守り協定を締結しました。", id="agreement-without-data"),
]


def _shape(flow: Flow) -> tuple:
    return (flow.kind, flow.source_department, flow.source_business or flow.source_external,
            flow.recipient_department, flow.recipient_business, flow.recipient_external, tuple(flow.items), flow.basis)


@pytest.mark.parametrize(("sentence", "expected"), READ)
def test_a_sentence_naming_holder_receiver_and_verb_gives_its_flows(sentence: str, expected: list[tuple]) -> None:
    flows = handover_flows(sentence, 7, sentence)
    assert [_shape(flow) for flow in flows] == expected
    assert all(flow.line == 7 and flow.quote == sentence for flow in flows)


@pytest.mark.parametrize("sentence", NOT_READ)
def test_a_sentence_with_less_gives_nothing(sentence: str) -> None:
    assert handover_flows(sentence, 1, sentence) == []


def test_the_reader_is_the_last_row() -> None:
    assert READERS[-1] is unclaimed_handovers.READER


SENTENCE = "市民係が保有する死亡の情報を、年金係に提供しています。"


def test_the_reader_reads_an_unclaimed_line_and_claims_it() -> None:
    reading = unclaimed_handovers.read(page_of(f"お知らせ\n{SENTENCE}"), Readings())
    assert [(flow.recipient_department, flow.line) for flow in reading.flows] == [("年金係", 2)]
    assert reading.claimed == {2}


def test_a_sentence_wrapped_over_lines_is_read_whole_on_its_first_line() -> None:
    """A page wrapped mid-sentence (mid-word, even): the lines up to the 「。」 are one sentence, all claimed."""
    page = page_of("情報の提供\n(1) 住民係は、戸籍の附票の記載事項を、\n住民基本台帳法第20条に基づき\n他の市町"
                   "村へ提供する。\n(2) 次の項目")
    reading = unclaimed_handovers.read(page, Readings())
    assert [(flow.source_department, flow.source_business, flow.recipient_external, flow.items, flow.basis,
             flow.line) for flow in reading.flows] == [("住民係", "戸籍の附票", "他の市町村", ["記載事項"], "law", 2)]
    assert "他の市町村へ提供する" in reading.flows[0].quote  # the receiver's line is quoted too
    assert reading.claimed == {2, 3, 4}


def test_the_reader_leaves_claimed_lines_and_lines_with_records_alone() -> None:
    page = page_of(f"お知らせ\n{SENTENCE}")
    claimed = Readings()
    claimed.claim("council", {2})
    assert unclaimed_handovers.read(page, claimed).flows == []
    with_a_flow = Readings()
    with_a_flow.add(Reader("earlier", lambda page, so_far: Reading()), Reading(flows=[Flow(id="e:2:1", line=2)]))
    assert unclaimed_handovers.read(page, with_a_flow).flows == []


def test_a_flow_read_before_is_not_told_twice() -> None:
    """The same two ends read on another line (a summary), or a case's holder (the minutes explaining
    the case in other words), give no second flow."""
    page = page_of(f"お知らせ\n{SENTENCE}")
    earlier = Readings()
    earlier.add(Reader("earlier", lambda page, so_far: Reading()),
                Reading(flows=[Flow(id="e:9:1", line=9, kind=POU, source_department="市民係",
                                    recipient_department="年金係")]))
    assert unclaimed_handovers.read(page, earlier).flows == []
    a_case = Readings()
    a_case.add(Reader("council", lambda page, so_far: Reading()),
               Reading(flows=[Flow(id="c:1:1", line=1, kind=POU, source_department="市民係",
                                   recipient_department="福祉係")],
                       cases=[CouncilCase(title="死亡の情報の目的外利用について", line=1, flow_ids=["c:1:1"])]))
    assert unclaimed_handovers.read(page, a_case).flows == []
