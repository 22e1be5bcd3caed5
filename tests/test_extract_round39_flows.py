"""Flow shapes the second mending pass of the thirty-fifth to thirty-eighth blind rounds (realshapes35-38) taught,
on invented pages of the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows

CASES = [
    pytest.param(
        ["避難行動要支援者名簿の制度", "",
         "名簿に載った方のうち、平常時の情報提供に同意された方の名簿情報を、避難支援等関係者に提供しています。", "",
         "避難支援等関係者", "", "北浦市消防本部、北浦警察署、北浦市社会福祉協議会、市内自治会 そ"],
        [(None, "避難行動要支援者名簿", "北浦市消防本部", "external_provision", "consent", (), 7),
         (None, "避難行動要支援者名簿", "北浦警察署", "external_provision", "consent", (), 7),
         (None, "避難行動要支援者名簿", "北浦市社会福祉協議会", "external_provision", "consent", (), 7),
         (None, "避難行動要支援者名簿", "市内自治会", "external_provision", "consent", (), 7)],
        id="support-bodies-run-on-the-last-one-before-a-word-cut-off-by-the-page-end",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_round39_flow_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected
