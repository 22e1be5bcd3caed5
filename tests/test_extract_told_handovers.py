"""Plain sentences telling one hand-over each (online links, collection from outside, contractors, answers to
enquiries, data shared both ways): invented sentences of the shapes real pages use, through the whole reader."""

from __future__ import annotations

import pytest

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document


def flows(text: str) -> list[tuple]:
    return [(f.source_department, f.source_business, f.source_external, f.recipient_department, f.recipient_business,
             f.recipient_external, f.kind)
            for f in extract_document(Document(path="page.txt", sha256="0" * 64, text=text)).flows]


CASES = [
    ("本町は、令和6年4月1日から、こども福祉課の子ども相談システムと教育委員会の就学管理システムをオンラインで"
     "結合し、児童の情報を共有する。",
     [("こども福祉課", "子ども相談システム", None, "教育委員会", "就学管理システム", None, "online_connection")]),
    ("虐待の防止のため、こども福祉課と学校教育課の間で、要保護児童の情報を共有しています。",
     [("こども福祉課", None, None, "学校教育課", None, None, "purpose_outside_use"),
      ("学校教育課", None, None, "こども福祉課", None, None, "purpose_outside_use")]),
    ("水道局は、料金の徴収のため、市民課に転出者の情報を照会し、回答を受けています。",
     [("市民課", None, None, "水道局", None, None, "purpose_outside_use")]),
    ("国民健康保険税の賦課のため、税務署から所得の情報を収集しています。",
     [(None, None, "税務署", None, "国民健康保険税の賦課", None, "collection_from_others")]),
    ("収税課は、滞納整理のため、金融機関から預金の情報を収集します。",
     [(None, None, "金融機関", "収税課", None, None, "collection_from_others")]),
    ("健診の受付業務を西浜健康サービスに委託するに当たり、受託者に受診者の氏名、住所を提供します。",
     [(None, None, None, None, "健診の受付業務", "西浜健康サービス", "external_provision")]),
    ("資格確認のため、保険年金課は、日本年金機構から被保険者の情報の提供を受けています。",
     [(None, None, "日本年金機構", "保険年金課", None, None, "collection_from_others")]),
    ("市は、学校と警察署との間で締結した「児童の健全育成に関する相互連絡制度」に基づき、児童の氏名、学校名を"
     "警察署に連絡します。",
     [(None, None, None, None, None, "警察署", "external_provision")]),
    ("市は、西浜新聞販売店組合と協定を締結しました。協定に基づき、市は、高齢者の氏名及び住所を組合に提供します。",
     [(None, None, None, None, None, "西浜新聞販売店組合", "external_provision")]),
    ("【保健センター】健診の事後フォローのため、町内の小児科医療機関から、受診した乳幼児の氏名、診察結果の提供を"
     "受け、保健センターの乳幼児健診事業で利用したいというものです。",
     [(None, None, "町内の小児科医療機関", "保健センター", "乳幼児健診事業", None, "collection_from_others")]),
    ("市は、刑事訴訟法第197条第2項に基づく警察署からの照会に対し、必要な範囲で個人情報を提供しています。",
     [(None, None, None, None, None, "警察署", "external_provision")]),
    ("(1)市民課の住民基本台帳データを、防災課が要支援者名簿の作成に利用",
     [("市民課", "住民基本台帳", None, "防災課", "要支援者名簿の作成", None, "purpose_outside_use")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_told_hand_over_is_read_with_both_ends(text, expected):
    assert flows(text) == expected


@pytest.mark.parametrize("text", [
    "本人から申請書により氏名、住所を収集します。",
    "警察から学校が情報を収集することの可否について諮られました。",
    "システムの更新に当たり、旧システムと新システムを並行して運用します。",
])
def test_no_flow_where_no_outside_supplier_or_no_personal_data_is_named(text):
    assert [flow for flow in flows(text) if flow[6] in ("collection_from_others", "online_connection")] == []


def test_an_arrow_between_two_departments_under_no_heading_is_a_use_outside_the_purpose():
    text = "\n".join(["・保険年金課 → 健康推進課 被保険者の健診結果(保健指導のため)",
                      "・住基事務 → 情報機構"])
    extraction = extract_document(Document(path="page.txt", sha256="0" * 64, text=text))
    assert [(f.source_department, f.recipient_department, f.kind, f.items) for f in extraction.flows] == [
        ("保険年金課", "健康推進課", "purpose_outside_use", ["被保険者の健診結果"])]
    assert [d.line for d in extraction.diagnostics if "no heading" in d.message] == [2]


@pytest.mark.parametrize("text", [
    "実施機関は、保有個人情報を実施機関以外のものに提供するときは、本人の同意を得なければならない。",
    "総務課は、各課から提出された個人情報取扱事務届出書の写しを審議会に送付します。",
    "市民課は、転入届の受付の際に、氏名・住所を確認し、その情報を住民記録システムに入力します。",
    "警察から照会があった場合には、法令に基づき回答することがあります。",
])
def test_rules_paperwork_and_own_processing_are_no_flows(text):
    assert flows(text) == []
