"""Pages about a name list (名簿) and the bodies that receive it: invented pages of the shapes cities publish."""

from __future__ import annotations

import pytest

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document


def extract(text: str):
    return extract_document(Document(path="page.txt", sha256="0" * 64, text=text))


CASES = [
    (  # bodies as bullets under a heading; the ordinance the providing sentence names is the basis
        "\n".join(["地域見守台帳名簿について",
                   "東浜市では、地域見守台帳名簿に関する条例を定め、支援者に名簿を提供します。", "名簿の内容",
                   "- 氏名", "- 住所", "名簿の提供先(支援者)", "- 町内会", "- 東浜消防署",
                   "- 東浜市社会福祉協議会", "※ 平常時から提供します。"]),
        "地域見守台帳名簿", ["町内会", "東浜消防署", "東浜市社会福祉協議会"], [7, 8, 9], "law", ["氏名", "住所"]),
    (  # bodies in a bracket after the group, in one sentence
        "\n".join(["災害時要援護者名簿を関係者に提供します",
                   " 町では、協定を結んだ避難支援等関係者(消防、警察、民生委員など)に名簿を提供していきます。"]),
        "災害時要援護者名簿", ["消防", "警察", "民生委員"], [2, 2, 2], "unknown", []),
    (  # 「A、B、Cなどの関係者へ配布」, with consent
        "\n".join(["要配慮者名簿制度", "(1) 名簿情報は、「氏名」、「住所」、「連絡先」です。",
                   "(2) 要配慮者名簿の情報は、本人の同意があれば、平時に自治会・町内会、消防署、警察署などの"
                   "避難支援等関係者へ配布されます。"]),
        "要配慮者名簿", ["自治会・町内会", "消防署", "警察署"], [3, 3, 3], "consent", ["氏名", "住所", "連絡先"]),
    (  # 「AやBなど関係者に提供」, then the same bodies again as bullets: one flow each, at the first line
        "\n".join(["避難支援者名簿の制度", "特に支援を要する方(要支援者)の名簿を作成し、その名簿を消防や警察など"
                   "支援等関係者に提供するものです。", "支援等関係者とは", "次の方々です。", "●消防", "●警察",
                   "●自治会"]),
        "避難支援者名簿", ["消防", "警察", "自治会"], [2, 2, 7], "unknown", []),
    (  # the bodies listed right before the verb, a clause before them; one group name alone is no list
        "\n".join(["要配慮者支援名簿について", "要配慮者支援名簿は、本人の同意を得て、消防署、警察署及び民生委員に"
                   "提供します。", "名簿を支援者に提供することで、見守りに役立てます。"]),
        "要配慮者支援名簿", ["消防署", "警察署", "民生委員"], [2, 2, 2], "consent", []),
    (  # the bodies on one comma line under the heading
        "\n".join(["要援護者台帳名簿", "名簿の提供先", "消防本部、警察署、民生委員・児童委員、自治会", "登録の方法"]),
        "要援護者台帳名簿", ["消防本部", "警察署", "民生委員・児童委員", "自治会"], [3, 3, 3, 3], "unknown", []),
    (  # a sentence saying the bodies below share the data, then bullets; 「その他」 is no body
        "\n".join(["見守台帳名簿とは", "対象の方", "- 要介護3以上の方", "- 80歳以上の方だけの世帯",
                   "登録された方の情報(氏名・住所・電話番号など)は、次の団体が共有し、見守りに使われます。",
                   "- 町内会", "- 西浜消防団", "- その他", "登録のしかた"]),
        "見守台帳名簿", ["町内会", "西浜消防団"], [6, 7], "unknown", ["氏名", "住所", "電話番号"]),
    (  # a lead-in naming what the bodies do with the list, numbered bodies with blank lines between them
        "\n".join(["支援者台帳名簿について", "", "対象者", "", "1. 要介護3以上の方", "", "支援等関係者", "",
                   "平常時から支援者台帳名簿の提供を受け、見守りに協力していただく団体", "", "1. 消防署", "",
                   "2. 東浜地区自主防災会", "", "支援者", "", "地域の住民のみなさん"]),
        "支援者台帳名簿", ["消防署", "東浜地区自主防災会"], [11, 13], "unknown", []),
    (  # 「この名簿は町内会など、…団体で保管・活用されます」
        "\n".join(["避難支援名簿の制度", " ※この名簿は自治会など、災害のときに支援をしてくださる団体で保管・活用"
                   "されます。"]),
        "避難支援名簿", ["自治会"], [2], "unknown", []),
    (  # a page that calls the list a register and never says 名簿: the register named before the bodies
        "\n".join(["要援護者見守り台帳を整備しています", "",
                    "このため、本人の同意を得て作成した要援護者見守り台帳は、自治会長、東浜消防署及び東浜警察署で"
                    "共有します。"]),
        "要援護者見守り台帳", ["自治会長", "東浜消防署", "東浜警察署"], [3, 3, 3], "consent", []),
]


@pytest.mark.parametrize(("text", "source", "bodies", "lines", "basis", "items"), CASES)
def test_each_receiving_body_of_a_name_list_is_one_flow(text, source, bodies, lines, basis, items):
    flows = extract(text).flows
    assert [f.recipient_external for f in flows] == bodies
    assert [f.line for f in flows] == lines
    assert {(f.source_business, f.kind, f.basis) for f in flows} == {(source, "external_provision", basis)}
    assert all(f.items == items for f in flows)


def test_a_list_handed_to_a_group_without_a_named_body_is_a_candidate_not_silence():
    text = "\n".join(["緊急連絡名簿について", "名簿の提供先", "・消防団",
                      "災害時には、緊急連絡名簿の情報が避難支援等関係者に提供されます。"])
    extraction = extract(text)
    assert [f.recipient_external for f in extraction.flows] == ["消防団"]
    (diagnostic,) = [d for d in extraction.diagnostics if d.line == 4]
    assert diagnostic.candidate["recipient_external"] == "避難支援等関係者"
    assert diagnostic.candidate["source_business"] == "緊急連絡名簿"


def test_a_page_without_a_name_list_reads_no_bodies():
    text = "\n".join(["申請の流れ", "提供先", "・窓口で申請する", "・郵送する"])
    assert extract(text).flows == []


def test_bodies_numbered_under_a_sentence_giving_the_list_to_the_following_supporters():
    text = "\n".join(["避難支援名簿の提供について", "市は、名簿情報を、平常時から次の避難支援等関係者に提供します。",
                      "(1)消防本部", "(2)民生委員・児童委員"])
    assert [(f.recipient_external, f.line) for f in extract(text).flows] == [("消防本部", 3), ("民生委員・児童委員", 4)]


def test_a_list_shared_with_bodies_named_before_the_verb():
    text = "本市では、災害に備え、要支援者の名簿を区長、民生委員、消防団と共有しています。"
    assert [f.recipient_external for f in extract(text).flows] == ["区長", "民生委員", "消防団"]


def test_bodies_closed_by_a_bracketed_group_and_a_disaster_time_group_after_them():
    text = ("この名簿は、本人が同意した場合に限り、平常時から消防や警察、自治会、民生委員協議会など(避難支援等関係者)へ"
            "提供しています。ただし、災害のときは、同意のない方の名簿情報も避難支援等関係者へ提供することがあります。")
    flows = extract("避難支援名簿について\n" + text).flows
    assert [(f.recipient_external, f.basis) for f in flows] == [
        ("消防", "consent"), ("警察", "consent"), ("自治会", "consent"), ("民生委員協議会", "consent"),
        ("避難支援等関係者", "vital_interest")]


def test_bodies_an_agreement_on_the_list_was_signed_with_listed_below():
    text = "\n".join(["避難行動要支援者名簿の情報提供に関する協定を、次の自主防災組織と締結しました。",
                      "・北町自治会自主防災会", "・南町町内会"])
    assert [(f.recipient_external, f.line) for f in extract(text).flows] == [("北町自治会自主防災会", 2),
                                                                             ("南町町内会", 3)]


def test_the_contents_of_the_list_stated_in_one_sentence_are_the_items():
    text = "\n".join(["避難支援名簿について",
                      "名簿は、本人が同意した場合に限り、平常時から消防、警察、自治会に提供しています。",
                      "名簿に記載する情報は、氏名、住所、電話番号です。"])
    assert {tuple(f.items) for f in extract(text).flows} == {("氏名", "住所", "電話番号")}
