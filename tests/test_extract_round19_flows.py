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
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_round19_flow_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected
