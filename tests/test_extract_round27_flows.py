"""Flow shapes the twenty-seventh and twenty-eighth blind rounds (realshapes27, realshapes28) taught, on invented
pages of the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import extract, flows

CASES = [
    pytest.param(
        ["別表(第3条関係)", "",
         "番号 保有課 利用又は提供先 事務 情報項目 根拠", "",
         "1 収納課 保育課 保育料算定事務 課税額、扶養親族数 相当の理由", "",
         "2 住民課 学校教育課 就学援助認定事務 氏名、世帯構成 法令(学校教育法第19条)"],
        [("収納課", None, "保育課", "purpose_outside_use", "reasonable_grounds", ("課税額", "扶養親族数"), 5),
         ("住民課", None, "学校教育課", "purpose_outside_use", "law", ("氏名", "世帯構成"), 7)],
        id="a-reiki-annex-one-row-a-line-cells-parted-by-single-spaces-with-a-blank-line-between-rows",
    ),
    pytest.param(
        ["【運用】",
         "1　戸籍係は、住民基本台帳法第30条の11の規定に基づき、本人確認情報を専用回線を通じて"
         "県の連絡協議会に通知する。",
         "2　資産税係は、地方税法第382条の規定により、家屋課税台帳の登記情報を地方法務局支局から収集する。",
         "3　学務係は、入学予定者の氏名及び住所を、本人の同意を得て西原町交通安全協会へ提供する。"],
        [("戸籍係", "住民基本台帳", "県の連絡協議会", "online_connection", "law", ("本人確認情報",), 2),
         (None, "地方法務局支局", "資産税係", "collection_from_others", "law", ("登記情報",), 3),
         ("学務係", None, "西原町交通安全協会", "external_provision", "consent", ("氏名", "住所"), 4)],
        id="numbered-duties-a-notice-over-a-line-a-collection-from-a-named-supplier-and-a-provision-on-consent",
    ),
    pytest.param(
        ["第3", "定例の提供",
         "(1) 住民係は、住民票の写しの交付記録を、",
         "住民基本台帳法第12条に基づき",
         "隣接する町村へ提供する。",
         "(2) 国保係は、後期高齢者医療保険の",
         "被保険者情報を、県後期高齢者医療広域連合に",
         "委託して電子媒体で提供する。"],
        [("住民係", "住民基本台帳", "隣接する町村", "external_provision", "law", ("住民票の写しの交付記録",), 3),
         ("国保係", "後期高齢者医療保険", "県後期高齢者医療広域連合", "online_connection", "unknown",
          ("後期高齢者医療保険の被保険者情報",), 6)],
        id="numbered-duties-a-transcript-broke-mid-sentence-joined-until-the-full-stop",
    ),
    pytest.param(
        ["東浜町では、自衛官等の募集事務のため、住民基本台帳に記録されている方のうち対象年齢の方の情報を、"
         "自衛隊北浜地方協力本部へ提供しています。",
         "提供する情報について",
         "- 提供する項目:氏名、住所、生年月日",
         "- 提供の根拠:自衛隊法第97条第1項"],
        [(None, "住民基本台帳", "自衛隊北浜地方協力本部", "external_provision", "law",
          ("氏名", "住所", "生年月日"), 1)],
        id="label-bullets-below-a-recruitment-notice-give-its-items-and-its-ground",
    ),
    pytest.param(
        ["避難行動要支援者名簿について",
         "名簿は、町の福祉課が保有し、提供を拒む届出をした方を除いて、区長会及び民生委員へ提供します。"
         "大雨などの災害が迫ったときは、届出の有無にかかわらず、消防団や自主防災会にも提供することがあります。"],
        [(None, "避難行動要支援者名簿", "区長会", "external_provision", "unknown", (), 2),
         (None, "避難行動要支援者名簿", "民生委員", "external_provision", "unknown", (), 2),
         (None, "避難行動要支援者名簿", "消防団", "external_provision", "vital_interest", (), 2),
         (None, "避難行動要支援者名簿", "自主防災会", "external_provision", "vital_interest", (), 2)],
        id="a-disaster-time-provision-regardless-of-the-refusal-notice-is-for-vital-interest",
    ),
    pytest.param(
        ["令和7年3月4日、北里町議会は定例会を開いた。",
         "坂上議員は、住民課が住民基本台帳から抽出した18歳の氏名と住所を自衛隊北浜地方協力本部へ提供している件について"
         "ただした。",
         "これに対し町長は、自衛隊法施行令第120条に基づく依頼であり、法令に基づく提供だと答えた。"],
        [("住民課", "住民基本台帳", "自衛隊北浜地方協力本部", "external_provision", "law", ("氏名", "住所"), 2)],
        id="a-provision-asked-about-in-a-session-its-ground-in-the-answer-on-the-next-line-items-joined-by-to",
    ),
    pytest.param(
        ["3.目的外利用及び外部提供",
         "",
         "代表的なものは、保険課の国保加入者情報を健康推進課が特定健診の案内に利用したもの、水道課の使用者情報を",
         "",
         "東谷地区衛生組合へ提供したものなどです。"],
        [("保険課", None, "健康推進課", "purpose_outside_use", "unknown", ("国保加入者情報",), 3),
         ("水道課", "使用者情報", "東谷地区衛生組合", "external_provision", "unknown", (), 5)],
        id="an-example-provision-cut-by-the-wrap-after-its-wo-read-on-the-line-naming-the-receiver",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_round27_flow_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected


def test_a_bare_jimu_column_after_the_receiver_is_the_business_the_receiver_runs() -> None:
    page = extract(["番号 保有課 利用又は提供先 事務 情報項目 根拠", "",
                    "1 収納課 保育課 保育料算定事務 課税額 相当の理由"])
    assert [f.recipient_business for f in page.flows] == ["保育料算定事務"]
