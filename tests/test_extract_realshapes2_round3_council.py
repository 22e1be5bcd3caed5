"""Council answers and minutes in the shapes of tests/fixtures/realshapes2/ (round 3): invented regression
documents, one per pattern (table-driven); the real-shaped documents' floors are in test_extract_realshapes.py.

Patterns: an 答申 whose number carries the body's prefix and whose subject is a 「件名：…に関する件」 line, dated
by the signature below and approved on conditions; a numbered agenda 「3. 議題：(1)…について（諮問）」 whose items
the minutes decide later by number (「議題(2)は…を付して認めることとします」), dated by 「1. 日時：」;
an answer for a contractor
(「Y業務をX（以下「受託者」という。）に委託するに当たり、A課が保有するZを…結合して…提供」) completed by the
linked system and the start its explanation names; a department's speech under its name in a flattened
speaker table (「W事務では、…SシステムとXの…を専用回線で結び、Zを…送る」, 「Y業務は、…からXに委託します。
これに伴い、Sシステムを…結合し、Zを…参照」).
"""

from __future__ import annotations

import pytest

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document


def extract(text: str):
    return extract_document(Document(path="fixture.txt", sha256="0" * 64, text=text))


ANSWER_WITH_SUBJECT_LINE = "\n".join([
    "(別紙)",
    "霧島個審答申第7号",
    "(諮問第12号)",
    "件名:図書館利用者カードの発行事務における電子計算機の結合に関する件",
    "答 申",
    "霧島町教育委員会が、利用者の氏名及び住所を貸出システムで扱うことについては、次の条件を付した上で、妥当である。",
    "(1) 扱う項目は最小限とすること。",
    "令和3年9月30日",
    "霧島町個人情報保護審議会",
])
MINUTES_DECIDED_BY_AGENDA_NUMBER = "\n".join([
    "第9回白浜町個人情報保護審査会会議録",
    "1. 日時:令和2年7月15日(水曜日)午前10時から",
    "2. 場所:白浜町役場 第二会議室",
    "3. 議題:(1)保育料の口座振替に係る電子計算機の結合について(諮問)",
    "(2)町営プールの指定管理に伴う電子計算機の結合について(諮問)",
    "(3)個人情報取扱事務登録の状況について(報告)",
    "会長",
    "議題(1)について、こども課から説明をお願いします。",
    "会長",
    "それでは、議題(1)は諮問のとおり認めることとします。",
    "会長",
    "議題(2)は、閲覧できる職員を限ることを付して認めることとします。",
])


@pytest.mark.parametrize("text, expected", [
    (ANSWER_WITH_SUBJECT_LINE,
     [("図書館利用者カードの発行事務における電子計算機の結合に関する件", "2021-09-30", "approved_with_opinion")]),
    (MINUTES_DECIDED_BY_AGENDA_NUMBER,
     [("保育料の口座振替に係る電子計算機の結合について", "2020-07-15", "approved"),
      ("町営プールの指定管理に伴う電子計算機の結合について", "2020-07-15", "approved_with_opinion")]),
])
def test_council_cases_of_round3_shapes(text: str, expected: list[tuple[str, str, str]]) -> None:
    cases = extract(text).council_cases
    assert [(case.title, case.date, case.decision) for case in cases] == expected


ANSWER_FOR_A_CONTRACTOR = "\n".join([
    "霧島個審答申第8号",
    "件名:学童保育業務の委託に伴う保有個人情報の提供及び電子計算機の結合に関する件",
    "答 申",
    "霧島町長が、学童保育業務を社会福祉法人みどり会(以下「受託者」という。)に委託するに当たり、子育て支援課が保有する"
    "児童の氏名、学年及び緊急連絡先を、受託者の電子計算機と結合して受託者に提供することについては、妥当である。",
    "1 諮問の内容",
    "町は、令和5年4月1日から学童保育業務を受託者に委託し、閉域網により入所管理システムと受託者の電子計算機とを結合する。",
    "令和5年2月1日",
])


def test_an_answer_for_a_contractor_states_the_linked_flow() -> None:
    extraction = extract(ANSWER_FOR_A_CONTRACTOR)
    assert [(flow.source_department, flow.source_business, flow.recipient_business, flow.recipient_external,
             flow.kind, flow.start_date, flow.items, flow.line) for flow in extraction.flows] == [
        ("子育て支援課", "入所管理システム", "学童保育業務", "社会福祉法人みどり会", "online_connection",
         "2023-04-01", ["氏名", "学年", "緊急連絡先"], 4)]
    assert [case.decision for case in extraction.council_cases] == ["approved"]


MINUTES_WITH_SPEAKER_ABOVE_SPEECH = "\n".join([
    "第4回白浜町個人情報保護審査会会議録",
    "1. 日時:令和3年5月20日(木曜日)午後2時から",
    "3. 議題:(1)町立保育所の給食費の口座振替に係る電子計算機の結合について(諮問)",
    "(2)町営駐車場管理業務の委託に伴う電子計算機の結合について(諮問)",
    "発言者 内容",
    "会長",
    "議題(1)について、こども課から説明をお願いします。",
    "こども課",
    "町立保育所の給食費の徴収事務では、現在、申込書を紙で郵送しています。来年度からは、給食費管理システムと"
    "収納代行会社の受付サーバを専用回線で結び、児童氏名、口座番号及び引落額をデータで送ることとしたいので、"
    "条例第8条第1項の規定により御意見を伺うものです。",
    "会長",
    "議題(1)は諮問のとおり認めることとします。",
    "建設課",
    "町営駐車場の管理業務は、町が行ってきましたが、令和3年10月1日から白浜町振興公社に委託します。"
    "これに伴い、駐車場管理システムを公社の端末と結合し、利用者の氏名、車両番号及び契約期間を公社が参照できるようにします。",
])


def test_a_department_speaking_under_its_name_states_the_link() -> None:
    extraction = extract(MINUTES_WITH_SPEAKER_ABOVE_SPEECH)
    assert [(flow.source_department, flow.source_business, flow.recipient_business, flow.recipient_external,
             flow.kind, flow.basis_text, flow.start_date, flow.items, flow.line) for flow in extraction.flows] == [
        ("こども課", "町立保育所の給食費の徴収事務", None, "収納代行会社", "online_connection", "条例第8条第1項",
         None, ["児童氏名", "口座番号", "引落額"], 9),
        ("建設課", "駐車場管理システム", "町営駐車場の管理業務", "白浜町振興公社", "online_connection", None,
         "2021-10-01", ["氏名", "車両番号", "契約期間"], 13)]
