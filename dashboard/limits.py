"""How much of an answer one page draws: a browser freezes on ten thousand graph elements or a
table of megabytes. Above these caps a page shows the first part and says so; the exports always
hold the whole answer.

>>> shown, note = capped(list(range(5)), 3, "ja")
>>> shown, bool(note)
([0, 1, 2], True)
>>> capped([1, 2], 3, "ja")
([1, 2], '')
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from .messages import t

__all__ = ["MAX_DRAWN_HOPS", "MAX_GRID_ROWS", "MAX_SANKEY_LINKS", "MAX_TABLE_ROWS", "capped"]

MAX_GRID_ROWS = 2000  # AG Grid draws only the rows in view; the cap bounds what one callback sends (~1 MB)
MAX_DRAWN_HOPS = 400  # the 300-node drawing is the measured comfortable size (benchmarks/results/dashboard.json)
MAX_TABLE_ROWS = 200  # a plain HTML table (not virtualised)
MAX_SANKEY_LINKS = 150

T = TypeVar("T")


def capped(rows: Sequence[T], limit: int, lang: str) -> tuple[list[T], str]:
    """The first ``limit`` rows and, when some were left out, the sentence that says so."""
    if len(rows) <= limit:
        return list(rows), ""
    return list(rows[:limit]), t("answer.capped", lang).format(total=len(rows), shown=limit)
