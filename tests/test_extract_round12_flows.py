"""Flow shapes the twelfth blind round (realshapes12) taught, on invented pages of the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows

CASES = [
    pytest.param(
        ["北里村の目的外利用と外部提供(令和6年度)", "", "( 利用)", "村は、次の利用を行いました。",
         "( 1 ) 水道課の水道料金事務で保有する使用者の氏名・電話番号を、防災課の災害時連絡事務に利用しました。"
         "(本人同意)",
         "( 2 ) 保険課の国民健康保険事務で保有する被保険者の住所を、北里村医師会に提供しました。(相当の理由)"],
        [("水道課", "水道料金事務", "防災課", "purpose_outside_use", "consent", ("使用者の氏名", "電話番号"), 5),
         ("保険課", "国民健康保険事務", "北里村医師会", "external_provision", "reasonable_grounds",
          ("被保険者の住所",), 6)],
        id="numbered-items-with-spaces-inside-the-brackets-the-ground-after-the-full-stop",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_flow_shapes_of_the_twelfth_round(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected
