"""Every document of ``../shared/corpus`` (real published pages, with gold) scored by the shared scorer.

Micro F1 per genre for flows, council cases, statistics and registrations, and the silent misses (gold flows with
no flow and no diagnostic within one line), must stay at or above the floors in ``corpus_floors.json``. The floors
only ever rise: when a change lifts a figure, raise its floor in the same commit. The table is printed at the end
of the pytest run (see ``conftest.py``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus_scores import PARTS, score_corpus, table
from shared_data import require_shared

pytestmark = pytest.mark.seeds

FLOORS = Path(__file__).resolve().parent / "corpus_floors.json"
REPORT: list[str] = []  # printed by conftest.pytest_terminal_summary


@pytest.fixture(scope="module")
def corpus_scores(tmp_path_factory):
    shared = require_shared()
    corpus = shared / "corpus"
    if not corpus.is_dir():
        pytest.skip(f"no corpus at {corpus}")
    genres = score_corpus(corpus, shared / "tools" / "score.py", tmp_path_factory.mktemp("corpus"))
    REPORT[:] = ["corpus micro F1 per genre (matched/gold, p=predicted), silent flow misses:", *table(genres)]
    return genres


def test_every_genre_of_the_corpus_is_scored(corpus_scores):
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    assert set(corpus_scores) == set(floors["genres"]), "a genre without a floor (or a floor without documents)"
    assert sum(genre.documents for genre in corpus_scores.values()) == floors["documents"]


def test_each_genre_stays_at_or_above_its_floors(corpus_scores):
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    failures = []
    for name, genre in sorted(corpus_scores.items()):
        for part in PARTS:
            floor = floors["genres"][name][part]
            if genre.f1(part) < floor - 1e-9:
                failures.append(f"{name} {part} F1={genre.f1(part):.3f} < floor {floor:.3f}")
    assert not failures, "; ".join(failures)


def test_silent_misses_do_not_grow(corpus_scores):
    ceiling = json.loads(FLOORS.read_text(encoding="utf-8"))["silent_at_most"]
    silent = [miss for genre in corpus_scores.values() for miss in genre.silent]
    assert len(silent) <= ceiling, f"{len(silent)} silent misses > {ceiling}: {', '.join(sorted(silent))}"
