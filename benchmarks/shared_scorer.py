"""The shared scorer (``../shared/tools/score.py``), loaded as a module so a benchmark can match flows itself."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def load_scorer() -> ModuleType:
    """``score.py`` of ../shared; its ``greedy_match`` and ``flow_pair_score`` pair predicted flows with gold ones."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
