"""The readers read every known document exactly as recorded in tests/extract_snapshot.json.

A deliberate change to what is read is recorded with ``python -m tests.extract_snapshot --update``
(after checking the diff of ``--dump`` before and after); anything else that changes a reading is a regression.
"""

from __future__ import annotations

import json

from tests.extract_snapshot import SNAPSHOT, current, differences
from tests.shared_data import require_shared


def test_every_reading_is_as_recorded() -> None:
    require_shared()
    changed = differences(json.loads(SNAPSHOT.read_text(encoding="utf-8")), current())
    assert not changed, ("these documents read differently from tests/extract_snapshot.json "
                         "(run `python -m tests.extract_snapshot --update` if the change is meant): "
                         + ", ".join(changed))
