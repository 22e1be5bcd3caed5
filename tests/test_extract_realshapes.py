"""Every real-shape set (tests/fixtures/realshapes*/) scored by the shared scorer against their gold.

Invented documents in the exact shape of real pages of bodies outside the corpus. Every document's F1 per part
must stay at or above its floor in tests/realshapes_floors.json, and its silent misses (a gold flow with no
flow and no diagnostic within a line) at or below the count there; floors only ever rise.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus_scores import score_document
from shared_data import require_shared

pytestmark = pytest.mark.seeds

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FLOORS = json.loads((Path(__file__).resolve().parent / "realshapes_floors.json").read_text(encoding="utf-8"))
_F1_KEY = {"flows": "F1", "cases": "F", "stats": "F", "regs": "F"}
DOCUMENTS = [(name, stem) for name, stems in FLOORS["sets"].items() for stem in stems]


def test_every_document_of_every_set_has_a_floor():
    on_disk = {(path.parent.name, path.stem) for path in FIXTURES.glob("realshapes*/*.txt")}
    assert on_disk == set(DOCUMENTS)


@pytest.mark.parametrize(("name", "stem"), DOCUMENTS, ids=[f"{n}/{s}" for n, s in DOCUMENTS])
def test_each_real_shaped_document_stays_at_or_above_its_floors(name, stem, tmp_path):
    shared = require_shared()
    folder, floor = FIXTURES / name, FLOORS["sets"][name][stem]
    summary, silent = score_document(folder / f"{stem}.txt", folder / f"{stem}.json", shared / "tools" / "score.py",
                                     tmp_path)
    below = {part: (round(summary[part][key], 3), floor[part]) for part, key in _F1_KEY.items()
             if summary[part][key] < floor[part] - 1e-9}
    assert not below, f"{name}/{stem}: below floor (reached, floor): {below}"
    assert len(silent) <= floor["silent"], f"{name}/{stem}: gold flows missed in silence at lines {silent}"
