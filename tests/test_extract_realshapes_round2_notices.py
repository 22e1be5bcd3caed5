"""The realshapes documents of the notice genres (name lists, 自衛隊 notices, exceptions to collecting from
the person, assessments, ファイル簿 sheets) scored by the shared scorer against their gold.

These invented documents copy the shapes of real pages of bodies outside the corpus; the floors are what the
readers reach (rounded down) and only ever rise. Silent misses (a gold flow with no flow and no diagnostic
within a line) must stay at zero.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_scores import score_document
from shared_data import require_shared

pytestmark = pytest.mark.seeds

REALSHAPES = Path(__file__).resolve().parent / "fixtures" / "realshapes"

# stem → floor of each part's F1 (flows, cases, stats, regs)
FLOORS = {
    "jieikan_1": {"flows": 1.0, "cases": 1.0, "stats": 1.0, "regs": 1.0},
    "jieikan_2": {"flows": 1.0, "cases": 1.0, "stats": 1.0, "regs": 1.0},
    "jieikan_3": {"flows": 1.0, "cases": 1.0, "stats": 1.0, "regs": 1.0},
    "youshiensha_1": {"flows": 1.0, "cases": 1.0, "stats": 1.0, "regs": 1.0},
    "youshiensha_2": {"flows": 1.0, "cases": 1.0, "stats": 1.0, "regs": 1.0},
    "shushu_1": {"flows": 1.0, "cases": 1.0, "stats": 1.0, "regs": 1.0},
    "pia_1": {"flows": 1.0, "cases": 1.0, "stats": 1.0, "regs": 1.0},
    "filebo_1": {"flows": 1.0, "cases": 1.0, "stats": 1.0, "regs": 1.0},
}


@pytest.mark.parametrize("stem", sorted(FLOORS))
def test_each_notice_shaped_document_stays_at_or_above_its_floors(stem, tmp_path):
    shared = require_shared()
    summary, silent = score_document(REALSHAPES / f"{stem}.txt", REALSHAPES / f"{stem}.json",
                                     shared / "tools" / "score.py", tmp_path)
    scores = {"flows": summary["flows"]["F1"], "cases": summary["cases"]["F"], "stats": summary["stats"]["F"],
              "regs": summary["regs"]["F"]}
    low = [f"{part} F1={scores[part]:.3f} < {floor}" for part, floor in FLOORS[stem].items()
           if scores[part] < floor - 1e-9]
    assert not low, f"{stem}: " + "; ".join(low)
    assert not silent, f"{stem}: gold flows missed in silence at lines {silent}"
