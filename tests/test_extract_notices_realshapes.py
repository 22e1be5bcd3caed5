"""Notices, name lists, ファイル簿 sheets, assessments and exception tables in the shapes other bodies publish.

Invented pages, one per pattern met on real pages outside the corpus: a PDF transcript with a blank line
after every printed line, a yearly 「key・・・value」 status block, a news report, a table of the cases where
data may come from others than the person, the 収集方法 of a ファイル簿 sheet, an assessment whose words
break across lines.
"""

from __future__ import annotations

import pytest

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document


def extract(text: str):
    return extract_document(Document(path="page.txt", sha256="0" * 64, text=text))


def _double_spaced(*printed: str) -> str:
    return "\n\n".join(printed)


def _ends(flow) -> tuple[str | None, str | None]:
    return (flow.source_business or flow.source_external or flow.source_department,
            flow.recipient_business or flow.recipient_external or flow.recipient_department)


CASES = {
    "double-spaced notice, the provision wrapped over three printed lines": (
        _double_spaced(
            "令和8年度に19歳になる方へ",
            "1 募集事務について",
            " 市町村長は、自衛官の募集に関する事務の一部を行うこととされ、この事務は法定受託事務とされ",
            "ています。市ではこの事務として広報紙への掲載や案内板の設置などを行っているところです。",
            "2 対象者情報の提供",
            " 自衛隊は毎年度、案内状を郵送するため、防衛大臣から市長あてに対象者の情報の提出を求めて",
            "います。本市は、自衛隊法施行令第120条の規定に基づき、住民基本台帳より抽出した対象者の",
            "氏名、住所及び生年月日を、電子媒体により自衛隊北嶺地方協力本部へ提供しています。",
            "3 除外の申出",
            " 提供を望まない方は、申出書を令和8年4月30日までに市民課へ提出してください。",
        ),
        [("住民基本台帳", "自衛隊北嶺地方協力本部", "external_provision", "law", ["氏名", "住所", "生年月日"])],
    ),
    "a register the persons are extracted from, quoted items, a yearly status block": (
        "\n".join([
            "自衛官等の募集に係る情報提供について",
            " 令和4年度から、募集案内の送付のため、住民基本台帳から抽出した、その年度に18歳になる方の"
            "「氏名」「住所」「生年月日」の一覧表を自衛隊に提供しています。",
            "",
            " 【令和8年度の提供状況】",
            "  • (1)申請をした国等の名称・・・自衛隊西湊地方協力本部",
            "  • (2)提供した人数・・・812人",
            "  • (3)提供の根拠・・・自衛隊法施行令第120条",
        ]),
        [("住民基本台帳", "自衛隊西湊地方協力本部", "external_provision", "law", ["氏名", "住所", "生年月日"])],
    ),
    "a news report: asked by the office, extracted from the register, given; a request to the governor is none": (
        "\n".join([
            " 柳川町は先月、自衛隊の地方協力本部から隊員募集への協力を依頼され、住民基本台帳から今年度に"
            "18歳になる人の氏名、住所を抜き出し、名簿にして提供した。",
            " 県によると、防衛大臣から知事に対して同世代の情報を名簿で提出するよう求める通知があった。",
        ]),
        [("住民基本台帳", "自衛隊の地方協力本部", "external_provision", "unknown", ["氏名", "住所"])],
    ),
    "data collected from others than the person: one collection per supplier of a wrapped row": (
        "\n".join([
            "本人以外からの収集ができる事項(条例第6条第2項第5号)",
            " 次の事項は、北沢県個人情報保護審議会の意見を聴いて、本人以外のものから収集できます。",
            "【類型事項】",
            "番号 類型 理由",
            "1 (推薦) 候補者の経歴を推薦団体から得る場合",
            "【個別事項】",
            "番号 事務の名称 担当課 収集先 収集する個人情報",
            "1 育英資金貸与事務 教育総務課 市町村、北沢県税務課",
            "保護者の所得の状況",
        ]),
        [("市町村", "育英資金貸与事務", "collection_from_others", "council", ["保護者の所得の状況"]),
         ("北沢県税務課", "育英資金貸与事務", "collection_from_others", "council", ["保護者の所得の状況"])],
    ),
    "a ファイル簿 sheet: a provision per 経常的提供先, named outside suppliers are collections": (
        "\n".join([
            "個人情報ファイルの名称 | 介護保険受給者ファイル",
            "個人情報ファイルが利用に供される事務をつかさどる組織の名称 | 福祉部介護保険課",
            "記録項目 | 1 氏名、2 住所、3 要介護度",
            "記録情報の収集方法 | 本人からの申請、住民記録システムからの連携、北沢県国保連合会からの給付実績の送付",
            "記録情報の経常的提供先 | 北沢県国保連合会",
        ]),
        [("介護保険受給者ファイル", "北沢県国保連合会", "external_provision", "unknown",
          ["氏名", "住所", "要介護度"]),
         ("北沢県国保連合会", "介護保険受給者ファイル", "collection_from_others", "unknown", ["給付実績"])],
    ),
    "an assessment transcript: the business name and a word broken across double-spaced lines": (
        _double_spaced(
            "特定個人情報保護評価書(", "重点項目評価書)", "評価書番号", "評価書名", "12", "後期高齢者医療資格・",
            "給付事務 ", "重点項目評価書", "②システムの機能", "1.給付管理",
            " 北沢県後期高齢者医療広域連合から受領したデー", "タファイルに基づき給付額を算定し、結果を通知する。",
            "2.資格管理", " 住所の異動情報を住民記録システムから取り込み、資格を管理する。",
        ),
        [("北沢県後期高齢者医療広域連合", "後期高齢者医療資格・給付事務", "collection_from_others", "unknown",
          ["データファイル"])],
    ),
    "a name list's 「記載する事項」, bodies given 「市からA及びB」": (
        "\n".join([
            "災害時支援名簿について",
            "名簿に記載する事項",
            "氏名、住所、連絡先",
            "回答",
            " 災害時支援名簿は、本人の同意を得たうえで、市から自主防災会長及び民生委員に提供しています。",
        ]),
        [("災害時支援名簿", "自主防災会長", "external_provision", "consent", ["氏名", "住所", "連絡先"]),
         ("災害時支援名簿", "民生委員", "external_provision", "consent", ["氏名", "住所", "連絡先"])],
    ),
    "a resident's proposal: the bodies that already hold the list, then the city's answer": (
        "\n".join([
            "災害時見守名簿の配布範囲について",
            "提案",
            "・自治会長と防災委員会に、町から配布されている災害時見守名簿を組長にも渡してほしいと頼んだが断られた。",
            "回答",
            " 災害時見守名簿は、本人の同意を得たうえで、町から自治会長及び民生委員に提供しています。",
        ]),
        [("災害時見守名簿", "自治会長", "external_provision", "consent", []),
         ("災害時見守名簿", "防災委員会", "external_provision", "consent", []),
         ("災害時見守名簿", "民生委員", "external_provision", "consent", [])],
    ),
    "at the office's request, a list 「…を記載した名簿」 handed over on paper": (
        "本村では、自衛隊法第97条及び同法施行令第120条に基づき、自衛隊南嶺地方協力本部からの依頼により、"
        "17歳になる方の氏名、住所及び性別を記載した名簿を紙媒体で提出しています。",
        [(None, "自衛隊南嶺地方協力本部", "external_provision", "law", ["氏名", "住所", "性別"])],
    ),
    "at the minister's request, the persons qualified before the items, labels as the medium": (
        "町は、防衛大臣からの求めに応じ、住民基本台帳に記録されている19歳の方の氏名、住所及び性別の情報を、"
        "宛名ラベルの形で自衛隊東浜地方協力本部に提供しています。",
        [("住民基本台帳", "自衛隊東浜地方協力本部", "external_provision", "unknown", ["氏名", "住所", "性別"])],
    ),
    "the office inspects the register and copies the items": (
        "自衛隊北浜地方協力本部は、住民基本台帳法第11条に基づき、住民基本台帳の一部の写しを閲覧し、"
        "対象者の氏名、住所及び性別を書き写しています。",
        [("住民基本台帳", "自衛隊北浜地方協力本部", "external_provision", "law", ["氏名", "住所", "性別"])],
    ),
    "a news report naming the office loosely, then in full: one flow under the full name": (
        "\n".join([
            " 柳川町は先月、自衛隊の地方協力本部から隊員募集への協力を依頼され、住民基本台帳から今年度に"
            "18歳になる人の氏名、住所を抜き出し、名簿にして提供した。",
            " 町によると、提供先は自衛隊筑後地方協力本部。",
        ]),
        [("住民基本台帳", "自衛隊筑後地方協力本部", "external_provision", "unknown", ["氏名", "住所"])],
    ),
    "only statements of the provision: 「提供先は…です」 and what is given, the register named above": (
        "\n".join([
            "対象者の情報は住民基本台帳から抽出します。",
            "提供先は自衛隊北郷地方協力本部です。",
            "提供する情報は、氏名、住所及び性別の3情報です。",
        ]),
        [("住民基本台帳", "自衛隊北郷地方協力本部", "external_provision", "unknown", ["氏名", "住所", "性別"])],
    ),
    "only yearly status blocks: one flow, with the basis the block cites": (
        "\n".join([
            "【令和8年度の提供状況】",
            "・(1)申請をした国等の名称・・・自衛隊南郷地方協力本部",
            "・(2)提供した情報・・・氏名、住所、性別",
            "・(3)提供の根拠・・・自衛隊法施行令第120条",
            "【令和7年度の提供状況】",
            "・(1)申請をした国等の名称・・・自衛隊南郷地方協力本部",
            "・(2)提供した情報・・・氏名、住所、性別",
            "・(3)提供の根拠・・・自衛隊法施行令第120条",
        ]),
        [(None, "自衛隊南郷地方協力本部", "external_provision", "law", ["氏名", "住所", "性別"])],
    ),
    "data collected from others than the person, as a pipe table": (
        "\n".join([
            "本人以外からの収集について(条例第9条第2項第4号)",
            "審議会の意見を聴いて定めた事項は次のとおりです。",
            "| 番号 | 事務の名称 | 担当課 | 収集先 | 収集する個人情報 |",
            "|---|---|---|---|---|",
            "| 1 | 奨学金返還事務 | 教育企画課 | 連帯保証人、勤務先 | 返還者の住所 |",
        ]),
        [("連帯保証人", "奨学金返還事務", "collection_from_others", "council", ["返還者の住所"]),
         ("勤務先", "奨学金返還事務", "collection_from_others", "council", ["返還者の住所"])],
    ),
    "an assessment: data obtained or received from named parties": (
        "\n".join([
            "評価書名",
            "障害児福祉手当に関する事務 全項目評価書",
            "他市町村から転入者の課税情報を情報提供ネットワークシステムにより取得する。",
            "北沢県国保連合会から受領した請求データに基づき支給額を算定する。",
        ]),
        [("他市町村", "障害児福祉手当に関する事務", "collection_from_others", "unknown", ["転入者の課税情報"]),
         ("北沢県国保連合会", "障害児福祉手当に関する事務", "collection_from_others", "unknown", ["請求データ"])],
    ),
    "a name list: bodies and items each labelled on one line": (
        "\n".join([
            "要配慮者支援台帳名簿について",
            "提供先：自主防災会、民生委員、消防本部",
            "記載事項：氏名、生年月日、連絡先",
        ]),
        [("要配慮者支援台帳名簿", body, "external_provision", "unknown", ["氏名", "生年月日", "連絡先"])
         for body in ("自主防災会", "民生委員", "消防本部")],
    ),
    "a name list given under the law without consent: consent is no ground": (
        "\n".join([
            "要配慮者支援台帳名簿",
            "町は、災害対策基本法第49条の11第2項に基づき、本人の同意がなくても、名簿情報を消防本部及び警察署に"
            "提供しています。",
            "提供する情報",
            "・氏名",
            "・住所",
        ]),
        [("要配慮者支援台帳名簿", body, "external_provision", "law", ["氏名", "住所"])
         for body in ("消防本部", "警察署")],
    ),
    "a council question: the city allows the inspection the lines above describe": (
        "\n".join([
            " 防衛省は毎年、本市に対し、住民基本台帳の情報を名簿で自衛隊に渡すよう依頼しています。",
            "",
            " 住民基本台帳法は、11条1項で、国の機関が事務のために台帳の閲覧を請求できると定めています。",
            "",
            " これまで本市は、支援措置の対象者を除き、閲覧を認めています。",
        ]),
        [("住民基本台帳", "自衛隊", "external_provision", "law", [])],
    ),
    "a name list: bodies with consent, and the group it goes to in a disaster without consent": (
        "\n".join([
            "要配慮者支援台帳名簿",
            "名簿情報は、本人の同意があれば、平常時から自治会、消防署などの避難支援等関係者へ提供されます。",
            "同意を得ていない場合でも、災害が起きたときは、名簿情報が避難支援等関係者に提供されます。",
        ]),
        [("要配慮者支援台帳名簿", "自治会", "external_provision", "consent", []),
         ("要配慮者支援台帳名簿", "消防署", "external_provision", "consent", []),
         ("要配慮者支援台帳名簿", "避難支援等関係者", "external_provision", "vital_interest", [])],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(CASES.values()), ids=list(CASES))
def test_each_stated_flow_is_read_with_its_ends_basis_and_items(text, expected):
    flows = extract(text).flows
    read = [(*_ends(flow), flow.kind, flow.basis, flow.items) for flow in flows]
    assert read == expected


def test_the_body_named_with_ni_taishi_receives_rather_than_the_minister_who_asked():
    text = ("本町では、自衛隊法施行令第120条の規定に基づき、防衛大臣からの依頼を受けて、自衛隊西浜地方協力本部に"
            "対し、18歳になる方の氏名及び住所を記載した名簿を提供しています。")
    (flow,) = extract(text).flows
    assert (flow.recipient_external, flow.kind, flow.basis) == ("自衛隊西浜地方協力本部", "external_provision", "law")


def test_the_data_then_the_contractor_it_is_given_to():
    (flow,) = extract("返礼品の発送のため、寄附者の氏名、住所を返礼品発送事業者に提供しています。").flows
    assert (flow.recipient_external, flow.kind, flow.items) == ("返礼品発送事業者", "external_provision",
                                                                ["氏名", "住所"])


def test_a_register_given_itself_to_a_body_is_the_source():
    text = ("第1条 この要綱は、市が作成する世帯情報台帳(以下「台帳」という。)を市内の自主防災組織に提供することに関し"
            "必要な事項を定める。")
    (flow,) = extract(text).flows
    assert (flow.source_business, flow.recipient_external) == ("世帯情報台帳", "市内の自主防災組織")


def test_the_data_made_into_a_list_then_the_body():
    text = "令和4年度からは対象者情報を紙の名簿にして防衛大臣に提供しています。"
    (flow,) = extract(text).flows
    assert (flow.recipient_external, flow.items) == ("防衛大臣", ["対象者情報"])
