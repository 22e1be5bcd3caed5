"""Pausing Python's cyclic garbage collector around bulk allocation.

Building a graph, or a long trace answer, allocates many objects and frees none of them: the
collector would scan them again and again for cycles that do not exist.

>>> import gc
>>> with collector_paused():
...     gc.isenabled()
False
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused(*, freeze: bool = False) -> Iterator[None]:
    """Disable the collector inside the block; with ``freeze``, move everything built so far out of its
    sight afterwards (for long-lived structures such as a graph)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        if freeze:
            gc.freeze()
