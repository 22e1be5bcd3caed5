"""Sensitivity tags of data items, and flags on hops that move tagged items somewhere risky.

Tags come from ``queries/data/sensitivity.csv`` (an editable vocabulary, not code):
``dv`` (the DV / stalking 支援措置 flag), ``special_care`` (要配慮個人情報: health,
disability, welfare, criminal record …), ``specific`` (特定個人情報: 個人番号) or
``ordinary``.

Examples
--------
>>> item_tags("ＤＶ情報等"), item_tags("生活保護受給状況"), item_tags("個人番号"), item_tags("氏名")
(['dv'], ['special_care'], ['specific'], ['ordinary'])
>>> from tadori.queries.testing import tiny_store
>>> from tadori.queries.trace import trace
>>> hop = trace(tiny_store(), "DV情報等").hops[1]
>>> hop.recipient["business"], hop.sensitivity, flag_hop(hop)
('料金収納システム業務', ['dv'], ['outside_party', 'weak_basis'])
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from tadori.graph.model import EXTERNAL_PARTY

from .vocabulary import fold, is_weak_basis, read_rows

__all__ = ["FLAGS", "TAGS", "flag_hop", "item_tags", "sensitive", "tags_of", "tagged_items"]

TAGS = ("dv", "special_care", "specific", "ordinary")
FLAGS = ("outside_party", "online_connection", "weak_basis")


@cache
def _rules() -> tuple[tuple[str, str], ...]:
    return tuple((row["tag"], fold(row["term"])) for row in read_rows("sensitivity.csv"))


@lru_cache(maxsize=4096)
def item_tags(item: str) -> list[str]:
    """The tags of one item, in the order of :data:`TAGS`; ``['ordinary']`` when none applies."""
    folded = fold(item)
    found = {tag for tag, term in _rules() if term in folded}
    return [tag for tag in TAGS if tag in found] or ["ordinary"]


def tags_of(items: Iterable[str]) -> list[str]:
    """The tags of several items together; ``['ordinary']`` only when nothing is tagged."""
    found = {tag for item in items for tag in item_tags(item)}
    tagged = [tag for tag in TAGS[:-1] if tag in found]
    return tagged or (["ordinary"] if found else [])


def sensitive(tags: Iterable[str]) -> bool:
    """True when a tag other than ordinary is present."""
    return any(tag != "ordinary" for tag in tags)


def tagged_items(items: Iterable[str]) -> dict[str, list[str]]:
    """Items grouped by tag (items with several tags appear under each); ordinary items left out."""
    grouped: dict[str, list[str]] = {}
    for item in dict.fromkeys(items):
        for tag in item_tags(item):
            if tag != "ordinary":
                grouped.setdefault(tag, []).append(item)
    return {tag: sorted(grouped[tag]) for tag in TAGS if tag in grouped}


def flag_hop(hop: Any) -> list[str]:
    """Why a hop that carries tagged items deserves a look; [] when it carries none.

    ``outside_party``: to an outside party or another organ (外部提供); ``online_connection``:
    by online connection or electronic media; ``weak_basis``: on a basis basis_order.csv marks weak.
    Works on a trace :class:`~tadori.queries.trace.Hop` (its ``sensitivity``, ``recipient``,
    ``kind`` and ``basis``).
    """
    if not sensitive(hop.sensitivity):
        return []
    flags = []
    if hop.recipient.get("label") == EXTERNAL_PARTY or hop.kind == "external_provision":
        flags.append("outside_party")
    if hop.kind == "online_connection":
        flags.append("online_connection")
    if is_weak_basis(hop.basis):
        flags.append("weak_basis")
    return flags
