"""Flow shapes the twenty-ninth and thirtieth blind rounds (realshapes29, realshapes30) taught, on invented pages
of the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows

CASES = [
    pytest.param(
        ["第4 定例の提供", "",
         "1 保育課が行う事務保育課は、保育所入所事務において、北原地区社会福祉協議会に入所児童の氏名、"
         "保護者名及び在籍園を電子媒体で提供する。", "",
         "2 戸籍課が行う事務戸籍課は、住民基本台帳法第30条の8の規定により、本人確認情報を南湖県知事に"
         "専用の通信回線を通じて送信する。", "",
         "3 資産税課が行う事務資産税課は、家屋の課税事務において、地方法務局から登記済通知書により"
         "家屋の所在及び床面積を収集する。"],
        [("保育課", "保育所入所事務", "北原地区社会福祉協議会", "online_connection", "unknown",
          ("入所児童の氏名", "保護者名", "在籍園"), 3),
         ("戸籍課", "住民基本台帳", "南湖県知事", "online_connection", "law", ("本人確認情報",), 5),
         (None, "地方法務局", "資産税課", "collection_from_others", "unknown", ("家屋の所在", "床面積"), 7)],
        id="a-reiki-heading-run-into-its-text-the-receiver-told-before-the-data-a-sending-over-a-line-a-means-paper",
    ),
    pytest.param(
        ["(1)決まって行う提供",
         "- 介護保険課は、要介護認定事務において、認定者の氏名、認定区分を東浜県国民健康保険団体連合会へ"
         "オンラインで提供します。",
         "- 生涯学習課は、公民館事務において、講座受講者の氏名及び連絡先を本人の同意を得て地区公民館運営委員会へ"
         "提供します。"],
        [("介護保険課", "要介護認定事務", "東浜県国民健康保険団体連合会", "online_connection", "unknown",
          ("認定者の氏名", "認定区分"), 2),
         ("生涯学習課", "公民館事務", "地区公民館運営委員会", "external_provision", "consent",
          ("講座受講者の氏名", "連絡先"), 3)],
        id="dash-bullets-a-provision-online-and-one-on-consent-told-between-the-data-and-the-receiver",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_round29_flow_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected
