"""Name-list and recruitment shapes the thirty-first to thirty-fourth blind rounds (realshapes31-34) taught, on
invented pages of the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows, read

_LIST = "避難行動要支援者名簿"
_CASES = [
    pytest.param(
        ["災害時の手助けが必要な方の登録", "",
         "この村では、ひとりで逃げることが難しい方のために避難行動要支援者名簿を作っています。", "",
         "登録できる方", "",
         "家で暮らしている次の1から3のどれかに当たる方です。",
         "※ 氏名・住所・電話番号・持病などの個人情報を、避難支援等関係者へ渡すことに同意していただきます。", "",
         "1 80歳以上でひとりで暮らしている方",
         "2 要介護4又は5の方",
         "3 その他手助けを望む方", "",
         "名簿を受け取る避難支援等関係者", "",
         "登録した方の情報は、次の1から3の関係者へ提供し、ふだんの見守りに使います。", "",
         "1 西谷地区自主防災会",
         "2 西谷村消防団",
         "3 西谷村社会福祉協議会", "",
         "申し込み方法"],
        [(None, _LIST, body, "external_provision", "consent", ("氏名", "住所", "電話番号", "持病"), line)
         for body, line in (("西谷地区自主防災会", 18), ("西谷村消防団", 19), ("西谷村社会福祉協議会", 20))],
        id="receivers-numbered-bare-under-a-lead-in-the-registered-people-numbered-the-same-way-are-not-receivers",
    ),
    pytest.param(
        ["避難行動要支援者名簿への登録のお願い", "",
         "この名簿は、地域で見守りをしている民生委員や自治会長などにあらかじめ提供し、ふだんの声かけに使います。", "",
         "1 名簿の提供先", "",
         "名簿は、次の機関・団体に提供します。", "",
         "  1. 南浦警察署、南浦消防団",
         "  2. 民生委員・児童委員",
         "  3. 自治会長", "",
         "2 提供する情報", "",
         "提供先に渡す情報は、「氏名」「住所」「性別」「連絡先」です。", "",
         "※平常時の提供には、ご本人の同意が必要です。"],
        [(None, _LIST, body, "external_provision", "consent", ("氏名", "住所", "性別", "連絡先"), line)
         for body, line in (("南浦警察署", 9), ("南浦消防団", 9), ("民生委員・児童委員", 10), ("自治会長", 11))],
        id="a-summary-lead-with-nado-gives-way-to-the-list-two-bodies-on-one-item-items-quoted-without-separators",
    ),
    pytest.param(
        ["避難行動要支援者名簿について", "",
         "市では避難行動要支援者名簿をつくり、地域の避難支援等関係者へ日ごろから名簿を渡しています。", "",
         "ふだん・・・名簿を外に出すことに同意をいただいた方の名簿を、避難支援等関係者に提供します。", "",
         "災害時・・・災害が起きたときは、避難の手助けのため、本人の同意がなくても名簿を避難支援等関係者に"
         "提供することがあります。", "",
         "対象となる方", "",
         "  1. 80 歳以上のひとり暮らしの方"],
        [(None, _LIST, "避難支援等関係者", "external_provision", "consent", (), 5),
         (None, _LIST, "避難支援等関係者", "external_provision", "vital_interest", (), 7)],
        id="no-body-named-the-statutory-group-receives-in-ordinary-times-on-consent-in-a-disaster-without-it",
    ),
    pytest.param(
        ["避難行動要支援者名簿と個別避難計画",
         "避難行動要支援者名簿とは",
         "避難行動要支援者名簿とは、ひとりで逃げることが難しい方の氏名、住所、連絡先、必要な手助けなどを記載した名簿です。"
         "本人の同意を得て、地区の自主防災会や北浜市社会福祉協議会などの避難支援等関係者に名簿を提供しています。",
         "個別避難計画とは",
         "個別避難計画とは、名簿に登録された方ごとにつくる計画のことで、名簿の情報に加え、避難先、手伝う方などを記載しています。"],
        [(None, _LIST, body, "external_provision", "consent", ("氏名", "住所", "連絡先", "必要な手助け"), 3)
         for body in ("地区の自主防災会", "北浜市社会福祉協議会")],
        id="items-from-the-sentence-defining-the-list-not-from-the-plan-built-on-it-in-the-next-paragraph",
    ),
    pytest.param(
        ["災害時要援護者名簿について", "",
         "- 一人で避難できない方でも、登録に同意されない方は名簿に載りません。", "",
         "登録した方の情報は、次の団体が共有し、見守りに使います。",
         "- 南谷消防署",
         "- 南谷地区社会福祉協議会"],
        [(None, "災害時要援護者名簿", body, "external_provision", "consent", (), line)
         for body, line in (("南谷消防署", 6), ("南谷地区社会福祉協議会", 7))],
        id="a-list-holding-only-those-who-agreed-is-given-on-consent",
    ),
    pytest.param(
        ["避難支援名簿への登録", "",
         "※この名簿は自治会など、災害時に手助けをしてくださる団体で保管・活用されます。"
         "登録には、ご自身の情報を知らせることへの同意が必要です。"],
        [(None, "避難支援名簿", "自治会", "external_provision", "consent", (), 3)],
        id="consent-to-making-the-data-known-is-consent-to-the-hand-over",
    ),
    pytest.param(
        ["避難行動要支援者名簿について", "",
         "名簿は、本人の同意を得て、次の関係者へ提供します。", "",
         "名簿の提供先", "",
         "1 北谷消防署",
         "2 北谷警察署"],
        [(None, _LIST, body, "external_provision", "consent", (), line)
         for body, line in (("北谷消防署", 7), ("北谷警察署", 8))],
        id="receivers-numbered-bare-under-a-receivers-heading",
    ),
    pytest.param(
        ["要援護者名簿のご案内", "",
         "登録した方の名簿は、同意を得たうえで地域で見守りを行う方々へ提供します。", "",
         "地域の協力者", "",
         "1 東原町内会",
         "2 東原消防団"],
        [(None, "要援護者名簿", body, "external_provision", "consent", (), line)
         for body, line in (("東原町内会", 7), ("東原消防団", 8))],
        id="support-bodies-numbered-bare-under-a-heading-no-pattern-names",
    ),
    pytest.param(
        ["避難行動要支援者名簿について", "",
         "村は、名簿を外に出すことに同意された方の名簿を、避難支援等関係者に提供します。",
         "また、大きな災害が起きたときは、本人の同意がなくても名簿を避難支援等関係者に提供することがあります。"],
        [(None, _LIST, "避難支援等関係者", "external_provision", "consent", (), 3),
         (None, _LIST, "避難支援等関係者", "external_provision", "vital_interest", (), 4)],
        id="no-body-named-the-group-on-two-grounds-unlabelled-is-two-provisions",
    ),
    pytest.param(
        ["避難行動要支援者名簿について", "",
         "名簿は、本人の同意を得て、次の団体に提供します。",
         "・西区自治会",
         "・西区消防団", "",
         "提供する情報:「氏名」「住所」「電話番号」"],
        [(None, _LIST, body, "external_provision", "consent", ("氏名", "住所", "電話番号"), line)
         for body, line in (("西区自治会", 4), ("西区消防団", 5))],
        id="items-quoted-one-after-another-after-a-label",
    ),
    pytest.param(
        ["避難行動要支援者名簿について", "",
         "登録された方の名簿は、本人の同意を得たうえで、以下の提供先へお渡しします。", "",
         "1 南町自主防災会",
         "2 南消防署"],
        [(None, _LIST, body, "external_provision", "consent", (), line)
         for body, line in (("南町自主防災会", 5), ("南消防署", 6))],
        id="a-lead-in-naming-the-receivers-teikyousaki-the-clause-before-the-verb-is-no-data",
    ),
    pytest.param(
        ["ひとりで避難できない方の名簿をつくります", "",
         "災害対策基本法により、町は避難行動要支援者名簿をつくり、ご本人の同意を得て、地域で見守りをする"
         "班長や消防団などの各団体(避難支援等関係者)へ名簿情報を提供します。", "",
         "2.名簿には、氏名、住所、電話番号のほか、手助けが要る理由を載せます。", "",
         "3.名簿情報は次の避難支援等関係者が共有します。",
         "  • 町の関係機関",
         "    (保健福祉課・防災対策室)",
         "  • 北浜地区社会福祉協議会"],
        [(None, _LIST, body, kind, basis, ("氏名", "住所", "電話番号", "手助けが要る理由"), line)
         for body, kind, basis, line in (("班長", "external_provision", "consent", 3),
                                         ("消防団", "external_provision", "consent", 3),
                                         ("保健福祉課", "purpose_outside_use", "law", 9),
                                         ("防災対策室", "purpose_outside_use", "law", 9),
                                         ("北浜地区社会福祉協議会", "external_provision", "consent", 10))],
        id="the-towns-own-offices-in-brackets-under-a-bullet-use-the-list-a-describing-clause-cut-items-after-nohoka",
    ),
    pytest.param(
        ["議員活動報告", "",
         "●名簿の提出はどう行ったのか。",
         "(→市民課長)令和5年4月3日に、市民課から自衛隊東浦地方協力本部へ、対象者の氏名と住所を紙で提供した。",
         "自衛隊法施行令第120条に基づく依頼に応じたものである。",
         "●以前は閲覧だったのではないか。",
         "(→市民課長)令和2年度までは、自衛隊の募集担当者が市民課で住民基本台帳の写しを閲覧し、氏名、住所及び性別を"
         "手で写していた。"],
        [("市民課", None, "自衛隊東浦地方協力本部", "external_provision", "law", ("氏名", "住所"), 4),
         (None, "住民基本台帳", "自衛隊", "external_provision", "unknown", ("氏名", "住所", "性別"), 7)],
        id="recruitment-the-forces-told-as-the-subject-inspecting-the-register-the-data-copied-after-the-verb",
    ),
    pytest.param(
        ["○北浜村自衛官募集対象者情報の提供に関する要綱",
         "令和7年2月1日",
         "(趣旨)",
         "第1条 この要綱は、自衛隊法施行令第120条の規定により、村長が自衛隊南湖地方協力本部長に提供する募集対象者の"
         "情報について必要な事項を定める。",
         "(提供の方法)",
         "第2条 村長は、住民基本台帳に記録されている者のうち、翌年度に満18歳となる者の氏名及び住所を、紙に印字して"
         "提供するものとする。",
         "2 前項の提供に係る事務は、村民課が行う。"],
        [("村民課", "住民基本台帳", "自衛隊南湖地方協力本部長", "external_provision", "law", ("氏名", "住所"), 4)],
        id="recruitment-youkou-items-in-the-next-article-the-department-its-paragraph-gives-the-work-to",
    ),
    pytest.param(
        ["○南湖町募集対象者情報の除外申出に関する要綱", "",
         "(趣旨)", "",
         "第1条 この要綱は、自衛隊法施行令(昭和29年政令第179号)第120条による本町の資料の提出に関し、"
         "除外申出の手続を定める。", "",
         "(定義)", "",
         "(1) 対象者 本町の住民基本台帳に記録されている者のうち、翌年度に満18歳となる者をいう。", "",
         "(2) 対象者情報 対象者の氏名及び住所をいう。", "",
         "(3) 除外申出 自衛隊西浦地方協力本部からの依頼に対し、自己の情報の提供を望まない者を、町長が提供する"
         "対象者情報から除く手続をいう。", "",
         "(申出の方法)", "",
         "第3条 除外申出は、対象者が申出書を住民課に提出することにより行う。"],
        [(None, "住民基本台帳", "自衛隊西浦地方協力本部", "external_provision", "law", ("氏名", "住所"), 13)],
        id="recruitment-the-provision-told-in-a-definition-a-wish-not-to-be-given-is-no-refusal-a-form-filed-no-flow",
    ),
    pytest.param(
        ["○東川町自衛官募集対象者情報の提供に関する要綱",
         "第1条 この要綱は、自衛隊法施行令第120条の規定により、町長が自衛隊北湖地方協力本部長に提供する情報に"
         "ついて定める。",
         "第2条 町長は、住民基本台帳に記録されている者のうち、翌年度に満18歳となる者の氏名、住所及び性別を提供する。",
         "第3条 前条の事務は、住民課において処理する。"],
        [("住民課", "住民基本台帳", "自衛隊北湖地方協力本部長", "external_provision", "law",
          ("氏名", "住所", "性別"), 2)],
        id="recruitment-youkou-the-department-an-article-gives-the-previous-articles-work-to",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), _CASES)
def test_round33_name_list_and_recruitment_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected


def test_a_lead_in_whose_numbered_bodies_were_read_is_read_too() -> None:
    page = ["避難行動要支援者名簿について", "",
            "名簿は、町の関係課で使うほか、次の機関・団体に提供します。", "",
            "  1. 東浜警察署、東浜消防団",
            "  2. 民生委員・児童委員", "",
            "※平常時の提供には、ご本人の同意が必要です。"]
    extraction = read("\n".join(page))
    assert [flow.line for flow in extraction.flows] == [5, 5, 6]
    assert [diagnostic.line for diagnostic in extraction.diagnostics] == []


def test_a_list_handed_to_a_group_with_no_body_anywhere_is_said_with_its_candidate() -> None:
    page = ["避難援護者名簿について", "", "名簿は、本人の同意を得て、地区の支援関係者に提供します。"]
    extraction = read("\n".join(page))
    assert extraction.flows == []
    assert [(d.line, d.candidate["source_business"], d.candidate["recipient_external"])
            for d in extraction.diagnostics] == [(3, "避難援護者名簿", "支援関係者")]
