"""Numbered statements of one hand-over each (「（3）A課が保有する「X事務」のYを、B課が「Z事務」で目的外に利用する。
（根拠／開始日）」) and their variants: invented lines of the shapes real answers and reports use."""

from __future__ import annotations

import pytest

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document

CASES = [
    ("（3）衛生課が保有する「予防接種事務」の接種記録を、学務課が「就学時健診事務」で目的外に利用する。"
     "（相当な理由あり／令和6年4月1日から）",
     ("衛生課", "予防接種事務", "学務課", "就学時健診事務", None, "purpose_outside_use", "reasonable_grounds",
      "2024-04-01", ["接種記録"])),
    ("(2) 資産税課が保有する「家屋課税事務」の所有者情報を、危機管理課が「空家対策事業」で目的外に利用する。"
     "(法令に基づく/令和5年10月1日から)",
     ("資産税課", "家屋課税事務", "危機管理課", "空家対策事業", None, "purpose_outside_use", "law", "2023-10-01",
      ["所有者情報"])),
    ("3 戸籍課の「戸籍届出事務」で保有する死亡情報を、年金課が「受給資格事務」に目的外利用する。（本人同意）",
     ("戸籍課", "戸籍届出事務", "年金課", "受給資格事務", None, "purpose_outside_use", "consent", None, ["死亡情報"])),
    ("(4) 障害福祉課が保有する「手帳交付事務」の交付者名簿を、社会福祉協議会に提供する。(本人同意)",
     ("障害福祉課", "手帳交付事務", None, None, "社会福祉協議会", "external_provision", "consent", None,
      ["交付者名簿"])),
    ("諮問のあった事項のうち、収税課が保有する滞納者情報を、市営住宅課が住宅使用料の徴収に利用することについては、"
     "妥当なものと判断する。",
     ("収税課", None, "市営住宅課", "住宅使用料の徴収", None, "purpose_outside_use", "council", None, ["滞納者情報"])),
]


@pytest.mark.parametrize(("line", "expected"), CASES)
def test_a_numbered_statement_is_one_flow_with_its_note(line, expected):
    (flow,) = extract_document(Document(path="answer.txt", sha256="0" * 64, text=line)).flows
    assert (flow.source_department, flow.source_business, flow.recipient_department, flow.recipient_business,
            flow.recipient_external, flow.kind, flow.basis, flow.start_date, flow.items) == expected
    assert flow.line == 1


TOLD = [  # plain sentences telling one hand-over with a verb of the shared vocabulary
    ("資産税課の家屋情報を建築指導課が空家対策事業で目的外利用します。",
     ("資産税課", None, "建築指導課", "空家対策事業", None, "purpose_outside_use")),
    ("住民基本台帳の情報を、選挙管理委員会が選挙人名簿の登録に利用しています。",
     (None, "住民基本台帳", "選挙管理委員会", "選挙人名簿の登録", None, "purpose_outside_use")),
    ("子育て支援課は、転入した世帯の情報を、西浜福祉協議会と共有しています。",
     ("子育て支援課", None, None, None, "西浜福祉協議会", "external_provision")),
    ("長寿課は、記念品の送付のため、住民記録システムから88歳の方の氏名・住所を抽出し、各町内会に送付しています。",
     ("長寿課", "住民記録システム", None, None, "町内会", "external_provision")),
    ("市は、民生委員に対し、担当地区のひとり暮らし高齢者の名簿を渡しています。",
     (None, None, None, None, "民生委員", "external_provision")),
    ("東浜警察署からの照会に対し、対象者の氏名及び住所を回答しました。",
     (None, None, None, None, "東浜警察署", "external_provision")),
]


@pytest.mark.parametrize(("line", "expected"), TOLD)
def test_a_hand_over_told_with_another_verb_is_one_flow(line, expected):
    (flow,) = extract_document(Document(path="page.txt", sha256="0" * 64, text=line)).flows
    assert (flow.source_department, flow.source_business, flow.recipient_department, flow.recipient_business,
            flow.recipient_external, flow.kind) == expected


@pytest.mark.parametrize("line", [
    "申請書は、記入のうえ総務課に送付してください。",
    "福祉課は、申請者の氏名・住所を確認し、申請者本人に決定通知書を送付します。",
    "教育委員会は、学校からの照会に対し、制度の概要を回答しました。",
    "市は、自治会に対し、防災訓練の日程を伝えています。",
])
def test_a_sentence_that_sends_no_personal_data_to_a_body_is_no_flow(line):
    assert extract_document(Document(path="page.txt", sha256="0" * 64, text=line)).flows == []
