"""Flow shapes the seventh blind round (realshapes7) taught, on invented pages of the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows, read

CASES = [
    pytest.param(
        ["○小石村個人情報の反復的な利用に関する規程", "この規程は、令和5年4月1日から施行する。", "別表(第3関係)",
         "区分 保有課 事務 利用課又は提供先 項目 根拠",
         "目的外利用 企画課 統計調査事務 福祉課 見守り事業 世帯主氏名、電話番号 相当の理由",
         "外部提供 水道課 料金徴収事務 小石村消防団 氏名、所在地 法令"],
        [("企画課", "統計調査事務", "福祉課", "purpose_outside_use", "reasonable_grounds",
          ("世帯主氏名", "電話番号"), 5),
         ("水道課", "料金徴収事務", "小石村消防団", "external_provision", "law", ("氏名", "所在地"), 6)],
        id="annexed-table-rows-one-a-line-with-cells-parted-by-spaces",
    ),
    pytest.param(
        ["目 的 外 利 用 と 外 部 提 供 の 状 況", "", "目的外利用", "",
         "(1) 保 有 課 : 農 政 課 ( 農 地 台 帳 事 務 )", "", "ア", "",
         "利 用 課 : 防 災 課 ( 避 難 所 運 営 事 務 )", "", "イ", "",
         "項 目 : 耕 作 者 氏 名 , 連 絡 先", "", "ウ", "",
         "根 拠 : 相 当 の 理 由 が あ る も の", "", "外部提供", "",
         "(1) 保 有 課 : 下 水 道 課 ( 排 水 設 備 事 務 )", "", "ア", "",
         "提 供 先 : 北 浜 管 工 事 協 同 組 合", "", "イ", "", "項 目 : 申 請 者 氏 名", "", "ウ", "",
         "根 拠 : 本 人 の 同 意 が あ る も の"],
        [("農政課", "農地台帳事務", "防災課", "purpose_outside_use", "reasonable_grounds", ("耕作者氏名", "連絡先"), 9),
         ("下水道課", "排水設備事務", "北浜管工事協同組合", "external_provision", "consent", ("申請者氏名",), 25)],
        id="spaced-out-card-opened-by-its-numbered-holder-with-lone-item-labels",
    ),
    pytest.param(
        ["【 答弁 】村井企画課長", "",
         " 令和4年度は、会計課が公金収納事務で保有する納付者の口座番号を、水道課が料金徴収事務で利用いたしました。"
         "水道法に基づくもので、法令に基づく利用でございます。",
         " また、会計課が公金収納事務で保有する納付履歴を、本人の同意を得たうえで、子育て課の給食費補助事務で"
         "利用しております。",
         " 外部への提供としましては、子育て課が児童手当事務で保有する受給者の氏名、住所を、毎年度、"
         "東浦町子ども会育成連絡協議会に提供しております。行事の案内に必要な範囲で、相当の理由があるものとして"
         "提供しております。",
         " 子育て課の特別児童扶養手当事務では、所得の確認のため、全国健康保険協会から被扶養者の情報を収集しております。"
         "法令に基づく収集でございます。"],
        [("会計課", "公金収納事務", "水道課", "purpose_outside_use", "law", ("納付者の口座番号",), 3),
         ("会計課", "公金収納事務", "子育て課", "purpose_outside_use", "consent", ("納付履歴",), 4),
         ("子育て課", "児童手当事務", "東浦町子ども会育成連絡協議会", "external_provision", "reasonable_grounds",
          ("氏名", "住所"), 5),
         (None, "全国健康保険協会", "子育て課", "collection_from_others", "law", ("被扶養者の情報",), 6)],
        id="assembly-answer-grounds-in-the-next-sentence-a-consent-clause-a-yearly-provision-and-a-collection",
    ),
    pytest.param(
        ["令和5年11月2日、桐ヶ丘村個人情報保護審査会の第2回会議が開かれた。",
         "市民課長は、村役場の窓口予約業務で扱う予約者の氏名、電話番号を、令和6年1月4日から、予約サービス会社の"
         "運営するクラウドサーバとオンライン結合して運用する計画だと説明した。",
         "健康課の母子保健事務で保有する妊婦の氏名、住所を、産前訪問業務を委託している桐ヶ丘村助産師会に提供する"
         "もので、条例第8条第2項第3号による諮問だ。"],
        [("市民課", "窓口予約業務", "クラウドサーバ", "online_connection", "unknown", ("氏名", "電話番号"), 2),
         ("健康課", "母子保健事務", "産前訪問業務", "external_provision", "council", ("妊婦の氏名", "住所"), 3)],
        id="news-report-of-a-council-a-head-explaining-a-connection-and-a-provision-to-an-entrusted-body",
    ),
    pytest.param(
        ["◎道路課長(", "西田勉君)", "道路課でございます。",
         "通学路安全対策事業において、道路課が道路占用許可事務で保有する占用者の氏名、連絡先を、",
         "南浜町",
         "除雪業務の受託者である南浜建設協同組合に提供し、作業前の連絡をしてもらうものです。"],
        [("道路課", "道路占用許可事務", "南浜町除雪業務", "external_provision", "unknown", ("氏名", "連絡先"), 4)],
        id="transcript-sentence-broken-over-three-lines-before-a-place-name-to-a-contractor",
    ),
    pytest.param(
        ["役所のシステムと委託先の話です。",
         "例えば、保険課の国民健康保険税賦課事務では、被保険者の氏名、所得額が、令和3年7月から"
         "有限会社椿ネットワークのクラウドサーバとオンライン結合されています。",
         "今年度は、図書課が電子図書館貸出事務を株式会社栞ラボに委託するに当たり、利用者の氏名、貸出記録を"
         "委託先のサーバに置くことになり、令和6年6月1日からオンライン結合を始めました。"],
        [("保険課", "国民健康保険税賦課事務", "有限会社椿ネットワーク", "online_connection", "unknown",
          ("氏名", "所得額"), 2),
         ("図書課", None, "電子図書館貸出事務", "online_connection", "unknown", ("氏名", "貸出記録"), 3)],
        id="blog-connections-to-a-contractors-server-told-passively-and-on-entrusting",
    ),
    pytest.param(
        ["○高村 環境課長 資源回収の案内について御報告いたします。",
         "○高村 環境課長 回収日程通知発送業務は、梅ノ木市障害者就労支援センターに委託しており、環境課から送付先名簿を"
         "提供いたします。"],
        [("環境課", None, "回収日程通知発送業務", "external_provision", "unknown", ("送付先名簿",), 2)],
        id="committee-answer-a-business-entrusted-to-a-centre-and-the-data-handed-to-it",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_flow_shapes_of_the_seventh_round(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected


def test_a_spaced_row_that_does_not_fit_its_header_is_a_diagnostic() -> None:
    page = ["別表", "区分 保有課 事務 利用課又は提供先 項目 根拠",
            "目的外利用 企画課 統計調査事務 福祉課 見守り事業 世帯主氏名 電話番号 相当 の 理由"]
    document = read("\n".join(page))
    assert not document.flows
    assert any(diagnostic.line == 3 for diagnostic in document.diagnostics)
