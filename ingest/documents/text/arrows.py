"""The grammar of an arrow between two ends, 「税務課（課税事務）→ 福祉課（手当事務）」: a list of connections
states one per line (:mod:`..readers.arrows`), a flow list may state one per cell (:mod:`.flow_rows`).

>>> arrow_ends("税務課（課税事務）→ 福祉課（手当事務）")
(('税務課', '課税事務'), ('福祉課', '手当事務'))
"""

from __future__ import annotations

import re

from .names import is_department

__all__ = ["ARROW", "arrow_ends", "has_arrow"]

ARROW = re.compile(r"^(?:[・\-*●○◯]\s*)?(?P<source>[^→⇒]+?)\s*(?:→|⇒|->|=>)\s*(?P<target>[^→⇒]+?)$")
_PAREN = re.compile(r"^(.+?)\s*[(（]([^()（）]+)[)）]$")


def has_arrow(text: str) -> bool:
    return "→" in text or "⇒" in text or "->" in text or "=>" in text


def _end(text: str) -> tuple[str | None, str | None]:
    """(department, business) of one side of an arrow: 「課（事務）」, 「事務（課）」, a 課 or a business."""
    paren = _PAREN.match(text.strip())
    if paren:
        outer, inner = paren.group(1).strip(), paren.group(2).strip()
        if is_department(outer) and not is_department(inner):
            return outer, inner
        if is_department(inner):
            return inner, outer
    text = text.strip()
    return (text, None) if is_department(text) else (None, text)


def arrow_ends(text: str) -> tuple[tuple[str | None, str | None], tuple[str | None, str | None]] | None:
    """The ((department, business), (department, business)) an arrow cell joins, or ``None``.

    >>> arrow_ends("税務課（課税事務）→ 福祉課（手当事務）")
    (('税務課', '課税事務'), ('福祉課', '手当事務'))
    >>> arrow_ends("福祉課の手当事務") is None
    True
    """
    arrow = ARROW.match(text.strip()) if has_arrow(text) else None
    if arrow is None:
        return None
    return _end(arrow.group("source")), _end(arrow.group("target"))
