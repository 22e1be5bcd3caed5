"""A holder's business a reader took for an item of data, put back in its place.

「A課は、X事務において、甲及び乙を、Bに提供」: a reader that reads the holder and the object but not the business
between them leaves 「X事務において」 among the items. An item that is a business with the particle that places the
holding in it (において / で) is no data: it is the flow's source business when none was read, and it leaves the items.

>>> flow = Flow(source_department="福祉課", items=["補装具給付事務において", "受給者の氏名"], quote="…")
>>> business_from_items([flow])
>>> (flow.source_business, flow.items)
('補装具給付事務', ['受給者の氏名'])
"""

from __future__ import annotations

import re

from ...records import Flow

__all__ = ["business_from_items"]

_PLACED_BUSINESS = re.compile(r"^(?P<business>[^、。をが\s]{2,30}?(?:事務|業務|事業))(?:において|で)$")


def business_from_items(flows: list[Flow]) -> None:
    """Move an item that names the holder's business (「X事務において」) to the flow's source business."""
    for flow in flows:
        placed = [found for item in flow.items if (found := _PLACED_BUSINESS.match(item))]
        if not placed:
            continue
        flow.items = [item for item in flow.items if item not in {found.string for found in placed}]
        if flow.source_business is None and flow.source_external is None:
            flow.source_business = placed[0].group("business")
