"""The document's municipality and title, read from its first lines.

The municipality is the first 〜市 / 〜町 / 〜村 / 〜区 name that starts after a boundary (the start,
a year, 第N回, a space or a bracket) in the opening lines: 「令和2年度久留米市個人情報…」 → 久留米市.
No list of cities is consulted, so any city reads the same.

>>> municipality_of(["", "平成25年度 第2回 北杜市情報公開審議会次第"])
'北杜市'
>>> municipality_of(["市民課の業務について"]) is None
True
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["municipality_of", "title_of"]

_NAME = re.compile(
    r"(?:^|(?<=[\s\d年度回第号（(「『・都道府県]))(?![年度回第号])([一-龥ァ-ヶー]{1,5}?[市町村区])"
    r"(?![民内長場役営議外域立税費道債有])"
)
_NOT_NAMES = {"各市", "本市", "当市", "同市", "全市", "市町", "市区", "町村", "区市", "地区", "他市", "各区"}


def _names(text: str) -> list[str]:
    return [name for name in _NAME.findall(text) if name not in _NOT_NAMES and len(name) >= 2]


def municipality_of(lines: list[str], head: int = 20) -> str | None:
    """The municipality named in the first ``head`` non-blank lines, else the most frequent in the text."""
    seen = 0
    for text in lines:
        if not text.strip():
            continue
        names = _names(text)
        if names:
            return names[0]
        seen += 1
        if seen >= head:
            break
    counts = Counter(name for text in lines for name in _names(text))
    return counts.most_common(1)[0][0] if counts else None


def title_of(lines: list[str]) -> str | None:
    """The first non-blank line, trimmed to a title's length."""
    for text in lines:
        text = text.strip()
        if text:
            return text[:120]
    return None
