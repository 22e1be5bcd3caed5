"""A holder's business a reader took for an item (「X事務において」) is the flow's source business, not data."""

from __future__ import annotations

from page_shapes import flows


def test_a_business_read_as_an_item_becomes_the_source_business() -> None:
    page = ("外部提供\n障がい福祉課は、補装具給付事務において、受給者の氏名を、"
            "県リハビリテーションセンターに提供しています。")
    assert flows(page) == [("障がい福祉課", "補装具給付事務", "県リハビリテーションセンター", "external_provision",
                            "unknown", ("受給者の氏名",), 2)]
