"""What a hand-over's object says of the data: the register it comes from and the items it lists.

Pages name the data handed over as a term of the register, then the items: 「住民基本台帳の情報(氏名,住所)」,
「住民票の情報のうち、氏名・住所」, 「選挙人名簿の情報」. The register (a 台帳, 名簿 or 住民票) is the business the
data is kept in — the flow's source business — and the items are those listed after it, not the term itself;
data that is no register's (「課税情報(所得金額,控除の状況)」) keeps its listed items alone.

>>> held_data("住民基本台帳の情報(氏名,住所,生年月日)")
('住民基本台帳', ['氏名', '住所', '生年月日'])
>>> held_data("村民税の課税情報(所得金額、控除の状況)")
(None, ['所得金額', '控除の状況'])
>>> held_data("住民票の情報のうち、氏名・性別")
('住民票', ['氏名', '性別'])
>>> held_data("住民票の情報のうち、4情報(氏名・住所)")
('住民票', ['氏名', '住所'])
>>> held_data("選挙人名簿の情報")
('選挙人名簿', [])
>>> held_data("がん検診の受診結果")
(None, ['がん検診の受診結果'])
"""

from __future__ import annotations

import re

from ...normalize import split_items

__all__ = ["held_data", "register_of"]

_REGISTER_NOUN = r"(?:台帳|名簿|住民票|原票|原簿)"
# 「住民基本台帳の情報」「選挙人名簿のデータ」: the register's data, no item singled out
_REGISTER_DATA = re.compile(rf"^(?P<register>[^、。を()（）]{{0,20}}?{_REGISTER_NOUN})の?(?:情報|データ|記録)$")
# 「Xの情報(a,b,c)」: the term, then its items in a bracket
_TERM_LISTED = re.compile(r"^(?P<term>[^()（）、,，]{2,30}?)[(（](?P<listed>[^()（）]+[、,，・][^()（）]+)[)）]$")
# 「Xの情報のうち、a・b」: the items picked out of the term
_PICKED = re.compile(r"^(?P<term>[^、。()（）]{2,30}?)のうち、?(?P<listed>.+)$")


def register_of(term: str) -> str | None:
    """The register a term of data names (「住民基本台帳の情報」 → 住民基本台帳), if it names one.

    >>> register_of("要介護認定の情報") is None
    True
    """
    found = _REGISTER_DATA.match(term.strip())
    return found.group("register") if found else None


def held_data(held: str) -> tuple[str | None, list[str]]:
    """(register, items) of the object of a hand-over (see the module's examples)."""
    held = held.strip("、 ")
    shaped = _TERM_LISTED.match(held) or _PICKED.match(held)
    if shaped:
        listed = shaped.group("listed").replace(",", "、").replace("，", "、")
        inner = _TERM_LISTED.match(listed)  # 「…のうち、4情報(氏名・住所)」: the term picked lists its items
        return register_of(shaped.group("term")), split_items(inner.group("listed") if inner else listed)
    register = register_of(held)
    return (register, []) if register else (None, split_items(held))
