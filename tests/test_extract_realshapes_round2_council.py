"""Floors on the real-shaped documents of the council genres (minutes, operation statistics), scored by the
shared scorer: tests/fixtures/realshapes/ holds the documents and their gold, ../shared/tools/score.py scores them.

A floor is what the readers reached, rounded down; floors only ever rise.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_scores import score_document
from shared_data import require_shared

REALSHAPES = Path(__file__).parent / "fixtures" / "realshapes"

# stem: {part: floor F1}; a part with nothing in the gold and nothing predicted scores 1.0
FLOORS = {
    "shingikai_1": {"flows": 1.0, "cases": 1.0, "regs": 1.0, "stats": 1.0},
    "shingikai_2": {"flows": 1.0, "cases": 1.0, "regs": 1.0, "stats": 1.0},
    "unyou_1": {"flows": 1.0, "cases": 1.0, "stats": 1.0},
    "unyou_2": {"flows": 1.0, "cases": 1.0, "stats": 1.0},
    "unyou_3": {"flows": 1.0, "cases": 1.0, "stats": 1.0},
}
_F1_KEY = {"flows": "F1", "cases": "F", "stats": "F", "regs": "F"}


@pytest.mark.parametrize("stem", sorted(FLOORS))
def test_realshapes_council_genres_keep_their_floors(stem: str, tmp_path: Path) -> None:
    shared = require_shared()
    summary, _ = score_document(REALSHAPES / f"{stem}.txt", REALSHAPES / f"{stem}.json",
                                shared / "tools" / "score.py", tmp_path)
    reached = {part: round(summary[part][_F1_KEY[part]], 3) for part in FLOORS[stem]}
    below = {part: (reached[part], floor) for part, floor in FLOORS[stem].items() if reached[part] < floor}
    assert not below, f"{stem}: below floor (reached, floor): {below}"
