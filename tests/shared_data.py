"""Where the shared seed documents and gold files live, for tests that need them.

``require_shared()`` returns ``../shared`` next to the repository. When that folder is absent
the test is skipped with the reason, except under CI (the ``CI`` environment variable set),
where missing data must fail loudly rather than pass silently.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def require_shared() -> Path:
    """The shared folder (seeds, gold, tools); skip the test, or fail under CI, when it is absent."""
    if (SHARED / "seeds").is_dir() and (SHARED / "gold").is_dir() and (SHARED / "tools" / "score.py").is_file():
        return SHARED
    reason = f"shared seed data not found at {SHARED} (seeds/, gold/, tools/score.py)"
    if os.environ.get("CI"):
        pytest.fail(reason + "; CI is set, so missing data is an error", pytrace=False)
    pytest.skip(reason)
