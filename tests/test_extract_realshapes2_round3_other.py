"""The realshapes2 documents of the prose and statistics genres scored by the shared scorer against their gold.

Invented documents shaped on real pages of bodies outside the corpus; the floors are what the readers reach
(rounded down) and only ever rise.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_scores import score_document
from shared_data import require_shared

pytestmark = pytest.mark.seeds

REALSHAPES2 = Path(__file__).resolve().parent / "fixtures" / "realshapes2"

# stem → floor of each part's F1 (flows, cases, stats, regs)
FLOORS = {
    "mokutekigai_2": {"flows": 1.0, "cases": 1.0, "stats": 1.0, "regs": 1.0},
    "jieikan_1": {"flows": 1.0, "cases": 1.0, "stats": 1.0, "regs": 1.0},
    "jieikan_2": {"flows": 1.0, "cases": 1.0, "stats": 1.0, "regs": 1.0},
    "unyou_1": {"flows": 1.0, "cases": 1.0, "stats": 1.0, "regs": 1.0},
    "youshiensha_1": {"flows": 1.0, "cases": 1.0, "stats": 1.0, "regs": 1.0},
    "youshiensha_2": {"flows": 1.0, "cases": 1.0, "stats": 1.0, "regs": 1.0},
}


@pytest.mark.parametrize("stem", sorted(FLOORS))
def test_each_prose_shaped_document_stays_at_or_above_its_floors(stem, tmp_path):
    shared = require_shared()
    summary, _ = score_document(REALSHAPES2 / f"{stem}.txt", REALSHAPES2 / f"{stem}.json",
                                shared / "tools" / "score.py", tmp_path)
    scores = {"flows": summary["flows"]["F1"], "cases": summary["cases"]["F"], "stats": summary["stats"]["F"],
              "regs": summary["regs"]["F"]}
    low = [f"{part} F1={scores[part]:.3f} < {floor}" for part, floor in FLOORS[stem].items()
           if scores[part] < floor - 1e-9]
    assert not low, f"{stem}: " + "; ".join(low)
