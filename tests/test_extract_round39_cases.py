"""Council shapes the second pass over rounds 35-38 taught (realshapes35-38), on invented pages."""

from __future__ import annotations

from page_shapes import read

_CONSULTED_ONLY_IN_THE_PAPERS = [
    "第3回白鷺町個人情報保護審議会会議録",
    "",
    "令和7年7月8日(火曜日)午前10時~午前11時",
    "",
    "白鷺町役場 2階 第1会議室",
    "",
    "配付資料",
    "",
    "・会次第",
    "",
    "・資料1 狂犬病予防事業に係る住民票情報の目的外利用について(諮問第9号)",
    "",
    "・資料2 児童手当事業に係る年金機構への認定情報の提供について(諮問第10号)",
    "",
    "(情報連携ネットワークの説明を含む)",
    "",
    "・審議会委員一覧",
    "",
    "1.開会",
    "",
    "●事務局",
    "",
    "ただいまから会議を始めます。",
    "",
    "2.諮問第9号について",
    "",
    "●環境衛生課",
    "",
    "狂犬病予防事業において、登録の届出がない飼い主について、住民課が住民記録の管理のために保有している"
    "転出先住所、転出日を、環境衛生課が利用したいというものです。個人情報の保護に関する法律第69条第2項第3号に"
    "該当すると考えます。",
    "",
    "●会長",
    "",
    "それでは諮問第9号は、原案のとおり認めることでよろしいか。",
    "",
    "(異議なし)",
    "",
    "3.諮問第10号について",
    "",
    "●こども支援課",
    "",
    "児童手当事業において、令和8年1月から、受給者の届出を省けるよう、受給者の氏名、認定番号、支給区分を、"
    "情報連携ネットワークシステムを通じて日本年金機構へ提供するものです。",
]


def test_cases_named_only_in_the_papers_list_take_their_flows_from_each_explanation() -> None:
    document = read("\n".join(_CONSULTED_ONLY_IN_THE_PAPERS))
    assert [(case.line, case.title[:8], case.decision, case.date) for case in document.council_cases] == [
        (11, "狂犬病予防事業に", "approved", "2025-07-08"), (13, "児童手当事業に係", "unknown", "2025-07-08")]
    assert [(flow.line, flow.kind, flow.basis, flow.basis_text, flow.source_department, flow.source_business,
             flow.recipient_department, flow.recipient_business, flow.recipient_external, tuple(flow.items),
             flow.reason) for flow in document.flows] == [
        (29, "purpose_outside_use", "reasonable_grounds", "個人情報の保護に関する法律第69条第2項第3号", "住民課", None,
         "環境衛生課", "狂犬病予防事業", None, ("転出先住所", "転出日"), "登録の届出がない飼い主について"),
        (41, "online_connection", "council", None, "こども支援課", "児童手当事業", None, None, "日本年金機構",
         ("氏名", "認定番号", "支給区分"), "受給者の届出を省けるよう")]
    assert [case.flow_ids for case in document.council_cases] == [[document.flows[0].id], [document.flows[1].id]]
