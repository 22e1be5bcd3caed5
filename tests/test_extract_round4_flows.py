"""Flow shapes the fourth blind round (realshapes4) taught, on invented pages of the same shape.

Each case is a small invented page and the flows expected of it, as (source business, recipient, kind, basis,
items, line) — or, for a part of a page that must stay silent, what must not be read.
"""

from __future__ import annotations

import pytest

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document


def flows(text: str) -> list[tuple]:
    extraction = extract_document(Document(path="page.txt", sha256="0" * 64, text=text))
    return [(f.source_department, f.source_business, f.recipient_department or f.recipient_business
             or f.recipient_external, f.kind, f.basis, tuple(f.items), f.line) for f in extraction.flows]


_ROSTER_ITEMS = ("氏名", "住所", "電話番号")

CASES = [
    pytest.param(
        ["避難支援者名簿について",
         "この名簿は、本人が同意した場合に限り、平常時から消防や警察、自主防災会、消防団、社会福祉協議会など"
         "(避難支援等関係者)へ提供しています。ただし、災害が発生したときは、同意のない方の名簿情報も"
         "避難支援等関係者へ提供することがあります。",
         "名簿に記載する情報は、氏名、住所、電話番号です。"],
        [(None, "避難支援者名簿", body, "external_provision", "consent", _ROSTER_ITEMS, 2)
         for body in ("消防", "警察", "自主防災会", "消防団", "社会福祉協議会")]
        + [(None, "避難支援者名簿", "避難支援等関係者", "external_provision", "vital_interest", _ROSTER_ITEMS, 2)],
        id="roster-bodies-in-one-sentence-and-the-disaster-time-provision",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_flow_shapes_of_the_fourth_round(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected
