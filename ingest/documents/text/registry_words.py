"""The words of a registry: the action a heading or a cell names (新規 / 変更 / 廃止) and several businesses
named in one cell. Shared by the registry readers of tables, agendas and notices.

>>> action_of("個人情報取扱事務の廃止"), action_of("記録項目の変更"), action_of("新規"), action_of("報告")
('abolish', 'modify', 'new', None)
"""

from __future__ import annotations

import re

__all__ = ["BUSINESS_END", "action_of", "business_names"]

_ACTIONS = (
    ("abolish", ("廃止", "削除", "抹消")),
    ("modify", ("修正", "変更")),
    ("new", ("新規", "開始", "追加登録", "登録")),
)
BUSINESS_END = re.compile(r"(?:業務|事務|事業|システム)$")


def action_of(text: str | None) -> str | None:
    """new / modify / abolish named by ``text``, or ``None``."""
    if not text:
        return None
    for action, words in _ACTIONS:
        if any(word in text for word in words):
            return action
    return None


def business_names(cell: str) -> list[str]:
    """Several businesses in one cell (「A事務、B事務」, 「A事務及びB事務」) are several; one name stays one.

    >>> business_names("児童手当支給事務、児童扶養手当支給事務"), business_names("母子・父子自立支援事務")
    (['児童手当支給事務', '児童扶養手当支給事務'], ['母子・父子自立支援事務'])
    """
    parts = [part.strip() for part in re.split(r"[、,]|及び|並びに|\n", cell) if part.strip()]
    if len(parts) > 1 and all(BUSINESS_END.search(part) for part in parts):
        return parts
    return [cell.strip()]
