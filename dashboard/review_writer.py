"""How the dashboard stores a review: a function the composition root (tadori/wiring.py) hands in.

The review page sends plain dicts (document_name, record_type, record_id, action, reviewer, note,
line, and the edited fields as text) and gets back the graph store rebuilt with the reviews
applied, which it then answers from. Without a writer (a read-only dashboard) the page says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tadori.graph.protocol import GraphStore

__all__ = ["ReviewWriter", "get_review_writer", "set_review_writer"]

ReviewWriter = Callable[[list[dict[str, Any]]], GraphStore]

_writer: ReviewWriter | None = None


def set_review_writer(writer: ReviewWriter | None) -> None:
    global _writer
    _writer = writer


def get_review_writer() -> ReviewWriter | None:
    return _writer
