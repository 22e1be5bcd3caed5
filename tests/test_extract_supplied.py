"""Impact assessments (評価書) naming the outside parties that supply a business's data: invented pages."""

from __future__ import annotations

import pytest

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document


def extract(text: str):
    return extract_document(Document(path="pia.txt", sha256="0" * 64, text=text))


CASES = [
    (  # 「A、B、C等から提出・提供される X」 under 事務の名称; the data subject is no supplier
        ["1.特定個人情報ファイルを取り扱う事務", "①事務の名称", "介護保険に関する事務 (資格管理業務)", "〈概要〉",
         "1.被保険者、年金機構、医療保険者、他市町村等から提出・提供される資格情報に基づき資格を管理する。"],
        [("年金機構", "資格情報"), ("医療保険者", "資格情報"), ("他市町村等", "資格情報")], "介護保険に関する事務"),
    (  # 「Aとの X を連携し」, and a report received from submitters it does not name
        ["評価書名", "", "国民年金に関する事務", "", "・年金機構との被保険者情報を連携し、また、提出が求められている"
         "免除申請書を電子データで受理し、記録する。"],
        [("年金機構", "被保険者情報"), (None, "免除申請書")], "国民年金に関する事務"),
]


@pytest.mark.parametrize(("lines", "expected", "business"), CASES)
def test_each_named_supplier_is_one_collection_into_the_business(lines, expected, business):
    flows = extract("\n".join(lines)).flows
    assert [(f.source_external, f.items[0]) for f in flows] == expected
    assert {(f.kind, f.recipient_business, f.source_department, f.source_business) for f in flows} == {
        ("collection_from_others", business, None, None)}


def test_a_page_without_the_business_label_or_with_an_inside_supplier_reads_nothing_here():
    assert extract("年金機構、他市町村等から提出される資格情報に基づき管理する。").flows == []
    page = "①事務の名称\n住民税に関する事務\n市民課から提供される異動情報に基づき課税する。"
    assert extract(page).flows == []
