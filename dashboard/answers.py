"""Recent answers kept for the graph they came from: many users open the same views, and a
whole-country trace costs a second of CPU each time it is asked.

Entries belong to one graph store object (held weakly: a replaced graph is freed, not kept
alive here); when the graph is rebuilt (the record store changed) the new object misses every
entry, so no stale answer is ever served.

>>> class Store: ...
>>> calls, store = [], Store()
>>> remembered(store, ("trace", "x"), lambda: calls.append(1) or "answer")
'answer'
>>> remembered(store, ("trace", "x"), lambda: calls.append(1) or "answer"), len(calls)
('answer', 1)
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

__all__ = ["MAX_ANSWERS", "remembered"]

MAX_ANSWERS = 8  # a whole-country trace answer is tens of MB: a few are enough for the views in use
T = TypeVar("T")
_answers: OrderedDict[tuple[int, Hashable], tuple[Any, Any]] = OrderedDict()
_lock = threading.Lock()


def remembered(store: Any, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, or the answer it gave for ``key`` on this very ``store`` (least recently used go first)."""
    slot = (id(store), key)
    with _lock:
        entry = _answers.get(slot)
        if entry is not None and entry[0]() is store:
            _answers.move_to_end(slot)
            return entry[1]
    value = compute()  # outside the lock: two users asking at once both compute, neither waits on the other
    with _lock:
        _answers[slot] = (weakref.ref(store), value)
        _answers.move_to_end(slot)
        while len(_answers) > MAX_ANSWERS:
            _answers.popitem(last=False)
    return value
