"""The business a holder keeps data for, told between 保有する and the data.

Pages say 「A課が保有するX事務のY」 (and 「A課の X事務で保有するY」): X is the business the data comes from, Y the
data. Read without this rule, X is glued to the first item (「X事務の氏名」) and the flow has no source business.

>>> business_of_held("国民年金事務の加入者の氏名、住所")
('国民年金事務', '加入者の氏名、住所')
>>> business_of_held("氏名、住所")
(None, '氏名、住所')
"""

from __future__ import annotations

import re

__all__ = ["business_of_held"]

_BUSINESS_THEN_DATA = re.compile(r"^(?P<business>[^、。のを「」()（）\s]{2,30}?(?:事務|業務|事業))"
                                 r"の(?P<data>[^、。].*)$")


def business_of_held(held: str) -> tuple[str | None, str]:
    """(business, data) of what follows 保有する: 「X事務のY」 names business X and data Y; else (None, the whole)."""
    said = _BUSINESS_THEN_DATA.match(held)
    if said is None:
        return None, held
    return said.group("business"), said.group("data")
