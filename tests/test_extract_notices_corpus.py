"""Notices of a standing provision as real pages word them: invented pages of the same shapes, other names."""

from __future__ import annotations

import pytest

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document


def extract(text: str):
    return extract_document(Document(path="notice.txt", sha256="0" * 64, text=text))


def ends(flow) -> tuple:
    return (flow.source_department or flow.source_business or flow.source_external,
            flow.recipient_department or flow.recipient_business or flow.recipient_external, flow.kind)


CASES = [
    (  # the ground cited just above, then 「Bに対し、…を紙媒体で提供しています」
        ["消防団員の募集は、消防組織法第9条第1項に基づき、町も協力しています。",
         "北浜町では、募集案内の送付のため、北浜消防本部に対し、その年度に20歳になる方の氏名、住所の名簿を紙媒体で"
         "提供しています。"],
        [(None, "北浜消防本部", "external_provision", "law", 2, ["氏名", "住所"])]),
    (  # 「Bからの資料提供依頼に応じて、…情報を提供しています」, the statute in the same sentence
        ["村では、令和2年度より統計法施行令第5条に基づく総務大臣からの資料提供依頼に応じて、調査(以下「本調査」という。)"
         "のために必要な世帯情報を提供しています。"],
        [(None, "総務大臣", "external_provision", "law", 1, ["世帯情報"])]),
    (  # an outside body inspects (閲覧) the register under a statute and copies items
        ["北浜統計センターが、毎年度、統計法第13条第1項に基づき、住民基本台帳の閲覧を行っており、調査員が氏名・住所を"
         "書き写しておりました。"],
        [("住民基本台帳", "北浜統計センター", "external_provision", "law", 1, ["氏名", "住所"])]),
    (  # an 要綱: the recipient named in full with its alias, the register named in a later article
        ["第1条 この要綱は、市長が、西浜市見守り推進委員(以下「推進委員」という。)に対し提供する個人情報について、"
         "必要な事項を定める。", "", "第2条 市長から推進委員に提供する個人情報の対象者は、担当区域の者とする。", "",
         "第3条 前条に規定する対象者の情報は、住民基本台帳に記録されている事項のうち、氏名及び住所とする。"],
        [("住民基本台帳", "西浜市見守り推進委員", "external_provision", "unknown", 1, ["氏名", "住所"])]),
    (  # 「AからBに対し、Xが通知されます」: both ends outside the writing body
        ["番号照会の流れ", "区長から県知事に対し、照会情報が通知されます。"],
        [("区長", "県知事", "external_provision", "unknown", 2, ["照会情報"])]),
    (  # an office and the police share 相互に: one flow each way, the police as the outside supplier
        ["高齢者虐待について、福祉相談所と警察との間で、それぞれが保有する情報を、相互に共有する。"],
        [("福祉相談所", "警察", "external_provision", "unknown", 1, []),
         ("警察", "福祉相談所", "collection_from_others", "unknown", 1, [])]),
    (  # ends named by an arrow: 「園→警察に提供する情報は…。警察→園に収集する情報は…」
        ["内容は情報交換の可否です。保育園→警察に提供する情報は「事故の事案」。警察→保育園に収集する情報は「不審者の事案」です。"],
        [("保育園", "警察", "external_provision", "unknown", 1, []),
         ("警察", "保育園", "collection_from_others", "unknown", 1, [])]),
]


CASES += [
    (  # announced: 「…の提供について、…B本部より依頼があったら、対応していく」
        ["町長は、「対象者情報の提供について、北浜地方協力本部より依頼があったら、対応していく。」と答弁した。"],
        [(None, "北浜地方協力本部", "external_provision", "unknown", 1, ["対象者情報"])]),
    (  # what anyone may ask for: 「…は、…第三者でも請求できることが「…法」で定められています」
        ["住民票の写しなどの証明書は、正当な理由があれば第三者でも請求できることが「住民基本台帳法」で定められています。"],
        [(None, "第三者", "external_provision", "law", 1, ["住民票の写しなどの証明書"])]),
]


CASES += [
    (  # 「…に基づき、B本部長からの依頼により、…の情報を提供しています」
        ["本市では、自衛隊法第97条及び同法施行令第120条に基づき、南浜地方協力本部長からの依頼により、"
         "18歳になる方の氏名、住所及び性別の情報を提供しています。"],
        [(None, "南浜地方協力本部長", "external_provision", "law", 1, ["氏名", "住所", "性別"])]),
    (  # the manner before the recipient: 「…を、紙媒体により B本部へ提供」
        ["本町は、自衛隊法施行令第120条の規定に基づき、対象者の氏名及び住所を、紙媒体により南浜地方協力本部へ"
         "提供しています。"],
        [(None, "南浜地方協力本部", "external_provision", "law", 1, ["氏名", "住所"])]),
    (  # 「B本部長から依頼のあった、…の4情報を紙媒体で提供しています」
        ["市では、自衛隊法施行令第120条の規定に基づき、南浜地方協力本部長から依頼のあった、対象者の氏名、住所、"
         "性別の3情報を紙媒体で提供しています。"],
        [(None, "南浜地方協力本部長", "external_provision", "law", 1, ["氏名", "住所", "性別"])]),
    (  # 「Bに対して、…の名簿を閲覧させています」
        ["村では、募集案内のため、南浜地方協力本部に対して、対象者の名簿を閲覧させています。"],
        [(None, "南浜地方協力本部", "external_provision", "unknown", 1, ["対象者"])]),
]


CASES += [
    (  # the items named a line below: 「記載されていた事項は、…となります」
        ["本町は、自衛隊法第97条に基づき、募集に必要な対象者の情報を、南浜地方協力本部に提供しています。",
         "対象者は、住民基本台帳に登録されている者です。",
         "記載されていた事項は、対象者の氏名、住所及び性別となります。"],
        [("住民基本台帳", "南浜地方協力本部", "external_provision", "law", 1, ["氏名", "住所", "性別"])]),
    (  # 「…へ提供する個人情報は、住民基本台帳のうち、…次に掲げる事項とする」 and the numbered lines under it
        ["第2条 見守り推進委員へ提供する個人情報は、住民基本台帳のうち、担当区域の高齢者に係る次に掲げる事項とする。",
         "", "(1) 氏名", "", "(2) 住所", "", "(3) 生年月日", "", "(提供の方法)"],
        [("住民基本台帳", "見守り推進委員", "external_provision", "unknown", 1, ["氏名", "住所", "生年月日"])]),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_a_standing_provision_is_one_flow_per_direction(lines, expected):
    flows = extract("\n".join(lines)).flows
    assert [(*ends(f), f.basis, f.line, f.items) for f in flows] == [
        (source, recipient, kind, basis, line, items) for source, recipient, kind, basis, line, items in expected]


def test_an_outside_supplier_is_the_source_external_of_the_flow():
    (flow,) = extract("区長から県知事に対し、照会情報が通知されます。").flows
    assert (flow.source_external, flow.source_department, flow.source_business) == ("区長", None, None)


@pytest.mark.parametrize("sentence", [
    "防衛省は、東浜市に対し、18歳の市民の情報を紙で自衛隊に提供を求める協力依頼を続けています。",  # a request
    "自治体の中には、住民の情報を名簿の形式で自衛隊に提供するところも出ています。",  # what others do
])
def test_a_request_or_what_other_bodies_do_is_no_flow(sentence):
    assert extract(sentence).flows == []
