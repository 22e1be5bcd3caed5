"""Flow shapes the fourth blind round (realshapes4) taught, on invented pages of the same shape.

Each case is a small invented page and the flows expected of it, as (source business, recipient, kind, basis,
items, line) — or, for a part of a page that must stay silent, what must not be read.
"""

from __future__ import annotations

import pytest

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document


def flows(text: str) -> list[tuple]:
    extraction = extract_document(Document(path="page.txt", sha256="0" * 64, text=text))
    return [(f.source_department, f.source_business, f.recipient_department or f.recipient_business
             or f.recipient_external, f.kind, f.basis, tuple(f.items), f.line) for f in extraction.flows]


_ROSTER_ITEMS = ("氏名", "住所", "電話番号")

CASES = [
    pytest.param(
        ["避難支援者名簿について",
         "この名簿は、本人が同意した場合に限り、平常時から消防や警察、自主防災会、消防団、社会福祉協議会など"
         "(避難支援等関係者)へ提供しています。ただし、災害が発生したときは、同意のない方の名簿情報も"
         "避難支援等関係者へ提供することがあります。",
         "名簿に記載する情報は、氏名、住所、電話番号です。"],
        [(None, "避難支援者名簿", body, "external_provision", "consent", _ROSTER_ITEMS, 2)
         for body in ("消防", "警察", "自主防災会", "消防団", "社会福祉協議会")]
        + [(None, "避難支援者名簿", "避難支援等関係者", "external_provision", "vital_interest", _ROSTER_ITEMS, 2)],
        id="roster-bodies-in-one-sentence-and-the-disaster-time-provision",
    ),
    pytest.param(
        ["自衛官募集への協力について",
         "募集に関する事務は、自衛隊法第97条第1項などで市町村が行う事務とされています。",
         "防衛大臣からは毎年、対象者情報を出すよう依頼があり、以前は住民基本台帳の閲覧で対応してきましたが、"
         "国の通知で一部の写しを用いることが示されたことなどから、令和5年度からは対象者情報を紙の名簿にして"
         "防衛大臣に提供しています。",
         "", "提供する情報", "", "その年度に18歳になる方の氏名、住所、性別の3項目です。"],
        [(None, "住民基本台帳", "防衛大臣", "external_provision", "law", ("氏名", "住所", "性別"), 3)],
        id="provision-closing-a-long-sentence-items-under-a-heading",
    ),
    pytest.param(
        ["○緑川町募集対象者情報の除外に関する要綱",
         "第1条 この要綱は、自衛隊法施行令第120条の規定に基づく防衛大臣の求めにより、町長が防衛大臣に"
         "提出する募集の対象者の情報(以下「対象者情報」という。)について、除外の手続を定めるものとする。",
         "第2条 申出ができる者は、町の住民基本台帳に記録されている者であって、当該年度に18歳となるものとする。",
         "第3条 対象者情報は、前条に規定する者の氏名、住所及び性別とする。",
         "第4条 町長は、申出者を除いた対象者情報を防衛大臣に提出するものとする。"],
        # the recruits are those the register records (第2条): the corpus gives the register as the source
        [(None, "住民基本台帳", "防衛大臣", "external_provision", "law", ("氏名", "住所", "性別"), 2)],
        id="rule-purpose-article-states-the-provision-items-defined-by-article",
    ),
    pytest.param(
        ["○青葉町世帯情報台帳の提供に関する要綱",
         "第1条 この要綱は、町が作成する世帯情報台帳(以下「台帳」という。)を町内の自主防災組織(規約を町長に"
         "届け出たものをいう。以下同じ。)に提供することに関し必要な事項を定めるものとする。",
         "", "第2条 台帳には、次に掲げる事項を記載する。", "", "(1) 住所(班名を含む。)", "", "(2) 世帯主氏名", "",
         "第3条 町長は、協定を締結した自主防災組織に対し、その区域に係る台帳を提供する。"],
        [(None, "世帯情報台帳", "町内の自主防災組織", "external_provision", "unknown", ("住所", "世帯主氏名"), 2)],
        id="rule-hands-a-register-to-bodies-restated-by-its-alias",
    ),
    pytest.param(
        ["第2回 杉浦町個人情報保護審議会 会議録", "", "日時", "", "2023年6月8日(木)10:00~11:20", "", "議事次第", "",
         "1.諮問事項",
         "  (1)乳幼児健診未受診児訪問業務に係る保有個人情報の目的外利用について【母子保健課】",
         "  (2)防災協力協定に伴う保有個人情報の外部提供について【防災課】",
         "2.閉会", "", "配布資料", "",
         "【資料1】 諮問書(諮問第5号)及び説明資料 (PDF形式:210KB)", "",
         "≪1.諮問事項≫", "",
         "○会長 諮問第5号について説明をお願いします。",
         "○母子保健課長 住民課が住民基本台帳事務で保有する転入の情報を、母子保健課の未受診児訪問業務で"
         "利用したいというものです。利用する項目は氏名、住所、生年月日です。",
         "○会長 続いて諮問第6号について説明をお願いします。",
         "○防災課長 防災課が避難支援事務で保有する要配慮者の氏名、住所を、町と協定を結んだ介護事業所、"
         "薬局などの防災協力事業者へ提供するものです。"],
        [("住民課", "住民基本台帳事務", "母子保健課", "purpose_outside_use", "council", ("氏名", "住所", "生年月日"),
          10),
         ("防災課", "避難支援事務", "防災協力協定", "external_provision", "council",
          ("氏名", "住所"), 11)],
        id="agenda-titles-completed-by-the-discussion-far-below-handouts-no-registrations",
    ),
    pytest.param(
        ["かえで町個人情報保護審査会", "", "第3回かえで町個人情報保護審査会議事録", "",
         "1 日時:令和6年7月3日(水) 10:00〜11:00", "", "4 議題:",
         "(1)諮問第2号 公園使用許可事務のクラウド移行に伴う電子計算機の結合について",
         "(2)諮問第3号 予防接種事業における本人以外からの個人情報の収集について", "", "5 審議経過:", "",
         "【会長】まず諮問第2号について、公園課から説明をお願いします。",
         "【公園課】公園課では、公園使用許可事務で申請者の氏名、住所、連絡先を管理していますが、来年度から、"
         "このシステムを受託事業者が用意するクラウドに移行し、業者側のサーバーと回線で接続して使う予定です。",
         "【会長】次に諮問第3号について、健康課から説明をお願いします。",
         "【健康課】接種歴の確認のため、町内の医療機関から、接種した児童の氏名、接種日の提供を受け、健康課の"
         "予防接種事業で利用したいというものです。"],
        [("公園課", "公園使用許可事務", "受託事業者が用意するクラウド", "online_connection", "council",
          ("氏名", "住所", "連絡先"), 8),
         (None, None, "健康課", "collection_from_others", "council", ("氏名", "接種日"), 9)],
        id="agenda-titles-naming-no-party-take-the-speech-that-names-their-business",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_flow_shapes_of_the_fourth_round(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected


def test_cases_of_an_unnumbered_agenda_take_the_decisions_of_the_numbers_discussed_in_order() -> None:
    text = "\n".join(["第4回 北浜市個人情報保護審議会 議事録", "", "日時", "", "2024年2月1日(木)15:00~16:00", "",
                      "議事次第", "",
                      "  (1)学習支援業務に係る保有個人情報の目的外利用について【教育総務課】",
                      "  (2)防犯協定に伴う保有個人情報の外部提供について【市民安全課】", "",
                      "○会長 それでは諮問第7号について説明をお願いします。",
                      "○会長 諮問第7号は承認とします。",
                      "○会長 続いて諮問第8号について説明をお願いします。",
                      "○会長 報告を条件として、諮問第8号は承認とします。"])
    extraction = extract_document(Document(path="page.txt", sha256="0" * 64, text=text))
    assert [(case.line, case.decision) for case in extraction.council_cases] == [
        (9, "approved"), (10, "approved_with_opinion")]


@pytest.mark.parametrize(("lines", "start"), [
    pytest.param(["○青葉町世帯情報台帳の提供に関する要綱",
                  "第1条 この要綱は、町が作成する世帯情報台帳(以下「台帳」という。)を町内の自主防災組織に提供することに"
                  "関し必要な事項を定めるものとする。", "附 則", "この要綱は、令和3年4月1日から施行する。"],
                 "2021-04-01", id="a-rule-about-a-provision-starts-it-when-in-force"),
    pytest.param(["○青葉町対象者情報の除外に関する要綱",
                  "第1条 この要綱は、町長が防衛大臣に提出する募集の対象者の情報について、除外の手続を定める。",
                  "附 則", "この要綱は、令和3年4月1日から施行する。"],
                 None, id="a-rule-about-opting-out-does-not-start-the-provision"),
    pytest.param(["第2回 杉浦町個人情報保護審議会 会議録", "", "日時", "", "2023年6月8日(木)10:00~11:20", "",
                  "  (1)防災協力協定に伴う保有個人情報の外部提供について【防災課】", "",
                  "○防災課長 防災課が避難支援事務で保有する要配慮者の氏名、住所を、町と協定を結んだ介護事業所、"
                  "薬局などの防災協力事業者へ提供するものです。開始は令和5年10月1日を予定しております。"],
                 "2023-10-01", id="the-start-a-speech-gives"),
])
def test_the_start_of_a_provision(lines: list[str], start: str | None) -> None:
    extraction = extract_document(Document(path="page.txt", sha256="0" * 64, text="\n".join(lines)))
    assert [flow.start_date for flow in extraction.flows] == [start]
