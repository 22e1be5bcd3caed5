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
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_round19_flow_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected
