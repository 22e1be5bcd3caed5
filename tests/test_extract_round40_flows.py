"""Flow shapes of notices the thirty-ninth and fortieth blind rounds (realshapes39-40) taught, on invented pages of
the same shape: 通知 as the verb of a provision, a provision made when a body asks, a body told before the data.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows

CASES = [
    pytest.param(
        ["住民台帳の連携システム", "", "連携システムで町が知らせる情報", "",
         " 住民窓口課は、住民台帳法に基づき、住民票の記載事項のうち氏名、性別、住所及びこれらの変更情報(確認情報)を、"
         "連携システムを通じて北海県に通知しています。知らされた確認情報は、国の機関等から提供されます。"],
        [("住民窓口課", None, "北海県", "external_provision", "law",
          ("氏名", "性別", "住所及びこれらの変更情報(確認情報)"), 5)],
        id="notice-an-office-notifies-the-prefecture-through-the-network-on-the-statute",
    ),
    pytest.param(
        ["住民台帳の連携について", "",
         "町は、住民台帳法第12条の3の規定により、住民票に記載された氏名、住所及びこれらの変更情報を、西海県知事に"
         "通知しています。",
         "また、町は、町内に住む方が町外へ引っ越す際、転居証明情報を転居先の市区町村長に通知しています。"],
        [(None, None, "西海県知事", "external_provision", "law", ("氏名", "住所及びこれらの変更情報"), 3),
         (None, None, "転居先の市区町村長", "external_provision", "unknown", ("転居証明情報",), 4)],
        id="notice-the-body-itself-notifies-the-governor-and-the-new-municipality-no-end-of-its-own",
    ),
    pytest.param(
        ["連携システムのしくみ", "",
         "(3)市区長は、住民票の記載を行ったときは、確認情報を知事に通知し、知事はこれを県の記録装置に保存します。"],
        [(None, "市区長", "知事", "external_provision", "unknown", ("確認情報",), 3)],
        id="notice-the-heads-of-every-municipality-notify-the-governor-an-outside-party",
    ),
    pytest.param(
        ["2.確認情報の提供について", "",
         "(1)県は、台帳法別表第2に掲げる国の機関等から求めがあったときは、法律で定められた事務の処理に必要な範囲で"
         "確認情報を提供しています。", "",
         "(2)昨年度は、恩給の支給の事務のため東日本共済機構に、延べ3万件の確認情報を提供しました。", "",
         "(3)県の機関では、台帳法別表第4に掲げる事務(免許の交付など)に確認情報を利用しています。"],
        [(None, None, "国の機関等", "external_provision", "law", ("確認情報",), 3),
         (None, None, "東日本共済機構", "external_provision", "unknown", ("確認情報",), 5)],
        id="notice-provided-when-a-listed-body-asks-and-a-body-told-before-the-data-no-example-as-recipient",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_round40_notice_flow_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected
