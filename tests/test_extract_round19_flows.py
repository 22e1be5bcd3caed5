"""Flow shapes the nineteenth and twentieth blind rounds (realshapes19, realshapes20) taught, on invented pages of
the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows

CASES = [
    pytest.param(
        ["◆災害時支援者名簿について", "災害時支援者名簿に載るのは、ひとりで逃げることが難しい方です。",
         "■名簿の情報を渡すことへの同意",
         "名簿に載った方には、地域の支援関係者*1へ名簿の情報をお渡ししてよいか、同意を確かめるはがきを送ります。",
         "*1 地域の支援関係者:北浦市消防本部、北浦警察署、民生委員、北浦市社会福祉協議会、町内会"],
        [(None, "災害時支援者名簿", body, "external_provision", "consent", (), 5)
         for body in ("北浦市消防本部", "北浦警察署", "民生委員", "北浦市社会福祉協議会", "町内会")],
        id="receivers-only-in-a-footnote-defining-the-group-by-colon-and-commas-handed-over-in-plain-words",
    ),
    pytest.param(
        ["- 住民基本台帳の一部の写しの閲覧は、住民基本台帳法の規定により行い、その件数を毎年お知らせします。",
         "令和6年度の閲覧の状況", "申出者 利用目的の概要 閲覧年月日 閲覧に係る住民の範囲",
         "東磯統計研究所 県の委託による暮らしの意識調査 令和6年7月2日 東磯市北町 20歳以上の男女",
         "東磯短期大学 通学時間に関する研究 令和6年10月15日 東磯市全域 高校生のいる世帯"],
        [(None, "住民基本台帳", "東磯統計研究所", "external_provision", "law", (), 4),
         (None, "住民基本台帳", "東磯短期大学", "external_provision", "law", (), 5)],
        id="inspection-rows-led-by-the-asker-the-day-in-its-column-the-last-column-holding-spaces",
    ),
    pytest.param(
        ["○北潟村自衛官等募集の対象者情報の提出に関する要綱", "令和5年9月1日", "(趣旨)",
         "第1条 この要綱は、自衛隊法施行令(昭和29年政令第179号)第120条の規定に従って村長が防衛大臣に提出する"
         "対象者情報の取扱いに関し、必要な事項を定める。", "(定義)",
         "第2条 この要綱において対象者情報とは、北潟村の住民基本台帳に記録されている者のうち、当該年度に18歳と"
         "なる者の氏名、住所、性別をいう。"],
        [(None, "住民基本台帳", "防衛大臣", "external_provision", "law", ("氏名", "住所", "性別"), 4)],
        id="a-rule-purpose-article-naming-the-minister-the-data-is-submitted-to-the-next-article-defines-it-unquoted",
    ),
    pytest.param(
        ["(2)主な外部提供の状況", "",
         "・保険年金課:国民健康保険の加入者の氏名、保険証番号を市町村へ提供(医療費の審査のため)",
         "・くらし支援課:生活相談の相談者の氏名、相談内容を市町村へ提供(支援の調整のため)"],
        [("保険年金課", None, "市町村", "external_provision", "unknown", ("国民健康保険の加入者の氏名", "保険証番号"),
          3),
         ("くらし支援課", None, "市町村", "external_provision", "unknown", ("生活相談の相談者の氏名", "相談内容"),
          4)],
        id="itemised-provisions-led-by-the-office-as-a-label-then-data-to-body-and-the-purpose-in-brackets",
    ),
    pytest.param(
        ["電子計算機の結合の状況", "",
         "　戸籍住民課の転出届受付事務では、行政手続のネットワークにより、国民健康保険中央会と"
         "オンライン結合しています。",
         "　令和7年4月1日からは、障害福祉課の補装具支給事務で、判定を依頼する更生相談所と電子申請システムにより"
         "結合します。",
         "　収納課の法人市民税賦課事務では、国税連携システム(KSK)を通じて、法人税の申告書を受け付けています。"],
        [("戸籍住民課", "転出届受付事務", "国民健康保険中央会", "online_connection", "unknown", (), 3),
         ("障害福祉課", "補装具支給事務", "更生相談所", "online_connection", "unknown", (), 4),
         (None, "国税連携システム(KSK)", "収納課", "online_connection", "unknown", ("法人税の申告書",), 5)],
        id="an-office-business-joined-to-a-body-one-from-a-day-told-first-one-receiving-through-an-outside-system",
    ),
    pytest.param(
        ["本人以外からの収集", "",
         "　保険課は、後期高齢者医療事務において、年金保険者及び医療機関から受給状況を収集しています。"],
        [(None, name, "保険課", "collection_from_others", "unknown", ("受給状況",), 3)
         for name in ("年金保険者", "医療機関")],
        id="a-collection-from-two-suppliers-joined-by-oyobi-one-flow-each",
    ),
    pytest.param(
        ["毎年度の外部提供", "", " 次の提供は、法令の定めにより毎年度行うものです。",
         "  • 戸籍課が、戸籍法第10条の2に基づき、司法書士等の職務上請求に応じて戸籍謄本を交付するもの",
         "  • 収納課が、国税徴収法第146条の2に基づき、他の自治体からの照会に応じて滞納情報を回答するもの",
         "  • 介護保険課が、介護保険法第203条に基づき、国へ要介護認定の結果を報告するもの"],
        [("戸籍課", None, "司法書士等", "external_provision", "law", ("戸籍謄本",), 4),
         ("収納課", None, "他の自治体", "external_provision", "law", ("滞納情報",), 5),
         ("介護保険課", None, "国", "external_provision", "law", ("要介護認定の結果",), 6)],
        id="bullets-an-office-under-a-statute-article-issues-answers-or-reports-to-the-asker-or-the-body-named",
    ),
    pytest.param(
        ["利用・提供の件数", "",
         "  • 審議会の意見を聴いて行った目的外利用は2件で、いずれも健康課の妊婦訪問事業において、戸籍課が保有する"
         "戸籍附票台帳の情報を利用したものです。"],
        [("戸籍課", "戸籍附票台帳", "健康課", "purpose_outside_use", "council", (), 3)],
        id="counted-council-heard-uses-all-one-use-by-an-office-business-named-with-no-of-a-register-held-elsewhere",
    ),
    pytest.param(
        ["南岬町では、災害時に避難の手助けが要る方の情報を、支援関係者(消防署・民生委員・自治会)に提供しています。",
         "災害時避難支援名簿の作成", "※名簿には、氏名・住所・連絡先・支援が要る理由を記載します。"],
        [(None, "災害時避難支援名簿", body, "external_provision", "unknown",
          ("氏名", "住所", "連絡先", "支援が要る理由"), 1) for body in ("消防署", "民生委員", "自治会")],
        id="the-list-contents-in-a-note-line-joined-by-middle-dots",
    ),
    pytest.param(
        ["地域支援者名簿のご案内", "名簿に載る方には、町内の支援関係者に名簿をお渡ししてよいか、同意の確認をします。",
         "同意された方の氏名、住所、電話番号を支援関係者にお渡しします。",
         "*2 支援関係者:東岬消防署、東岬町社会福祉協議会"],
        [(None, "地域支援者名簿", body, "external_provision", "consent", ("氏名", "住所", "電話番号"), 4)
         for body in ("東岬消防署", "東岬町社会福祉協議会")],
        id="the-data-named-in-the-hand-over-sentence-of-the-persons-who-agreed",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_round19_flow_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected
