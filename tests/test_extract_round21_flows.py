"""Flow shapes the twenty-first and twenty-second blind rounds (realshapes21, realshapes22) taught, on invented
pages of the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows

CASES = [
    pytest.param(
        ["本人以外からの収集", "",
         " 原則として本人から集めますが、法令の定めがある場合などは本人以外からも集めます。例えば介護保険課では、"
         "保険料の算定事務のため、所得の情報を県内の市町村から、年金の受給額を年金の支払者から受け取っています。"],
        [(None, "県内の市町村", "介護保険課", "collection_from_others", "law", ("所得の情報",), 3),
         (None, "年金の支払者", "介護保険課", "collection_from_others", "law", ("年金の受給額",), 3)],
        id="an-example-office-takes-data-for-its-business-each-datum-before-its-supplier-verb-uketoru",
    ),
    pytest.param(
        ["電算機のつながり", "",
         " 戸籍課の戸籍届出事務では、戸籍法に基づき、国の戸籍情報システムにより法務局と専用の回線で結び、"
         "届出の情報(氏名、本籍、届出日)を送っています。"],
        [("戸籍課", "戸籍届出事務", "法務局", "online_connection", "law", ("氏名", "本籍", "届出日"), 3)],
        id="an-office-business-tied-to-a-body-by-a-line-musubu-under-a-statute-the-data-sent-listed-in-brackets",
    ),    pytest.param(
        ["第3 定例的な提供", "次に掲げる利用及び提供は、相当な理由があるものとして行うことができる。",
         "(1) 保育課が入所事務で保有する児童の氏名を、健康課が乳幼児健診事務に利用すること。",
         "(2) 福祉課が障害者支援事務で保有する手帳の等級及び住所を、北里町防災会に避難訓練事業のため提供すること。"],
        [("保育課", "入所事務", "健康課", "purpose_outside_use", "reasonable_grounds", ("児童の氏名",), 3),
         ("福祉課", "障害者支援事務", "避難訓練事業", "external_provision", "reasonable_grounds",
          ("手帳の等級", "住所"), 4)],
        id="standing-items-one-gives-to-a-body-for-its-project-told-between-the-body-and-the-verb",
    ),    pytest.param(
        ["自衛官募集のための名簿の提供", "",
         "名簿の提供は、令和2年度までは自衛隊職員による住民基本台帳の写しの閲覧により行っていましたが、"
         "令和3年度からは、自衛隊南浜地方協力本部長からの依頼を受け、住民課が住民基本台帳から抽出した名簿を"
         "紙媒体で提供しています。",
         "提供する情報", "町内に住む、その年度に18歳になる方の氏名、住所、生年月日"],
        [("住民課", "住民基本台帳", "自衛隊南浜地方協力本部長", "external_provision", "unknown",
          ("氏名", "住所", "生年月日"), 3),
         (None, "住民基本台帳", "自衛隊", "external_provision", "unknown", ("住民基本台帳の写し",), 3)],
        id="recruitment-the-earlier-inspection-and-the-current-list-on-one-line-the-data-on-a-line-of-its-own",
    ),    pytest.param(
        [" 目的外の利用及び提供", "", " 主なものは次のとおりです。", "",
         "① 住民課が保有する住民基本台帳の情報を、防災課が避難所の運営事務に利用",
         "② 収納課が保有する家屋課税台帳のデータを、建設課が空き家の調査に利用"],
        [("住民課", "住民基本台帳", "防災課", "purpose_outside_use", "unknown", ("住民基本台帳の情報",), 5),
         ("収納課", "家屋課税台帳", "建設課", "purpose_outside_use", "unknown", ("家屋課税台帳のデータ",), 6)],
        id="itemised-uses-the-data-a-named-ledger-whole-the-ledger-is-the-holders-business",
    ),    pytest.param(
        ["要援護者名簿の提供について",
         "町では「要援護者名簿」を作り、避難支援関係者(区長会、民生委員など)に名簿情報を提供しています。",
         "平常時の提供には本人の同意が必要です。",
         "名簿に載る情報は、氏名、住所、電話番号、支援が要る理由です。名簿を受け取った団体は秘密を守ります。"],
        [(None, "要援護者名簿", body, "external_provision", "consent",
          ("氏名", "住所", "電話番号", "支援が要る理由"), 2) for body in ("区長会", "民生委員")],
        id="name-list-contents-told-as-what-goes-on-the-list-in-one-sentence-another-sentence-after-it",
    ),
    pytest.param(
        ["本人通知のご案内",
         "この制度は、戸籍の謄本や住民票の写しを代理人や第三者に交付したときに、その事実を本人にお知らせするものです。"
         "証明書は、戸籍法や住民基本台帳法の規定により、正当な理由のある第三者にも交付されます。"],
        [(None, None, "第三者", "external_provision", "law", ("戸籍の謄本や住民票の写し",), 2)],
        id="certificates-issued-to-third-parties-the-statutes-named-by-no-kitei-ni-yori-in-the-next-sentence",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_round21_flow_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected
